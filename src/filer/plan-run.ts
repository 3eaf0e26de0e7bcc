/**
 * Chooses the mode and plans with it: the individual plan is made first (pure, cheap), its
 * calls and new groups feed the quota decision, and a digest plan replaces it when a rule says
 * so. The caller has already exited 3 when no quota is left.
 */
import { planFiling, type PlanInput } from './plan.js';
import { decideMode, type ModeDecision } from './quota-decision.js';
import type { Plan, PlanOptions } from './types.js';

export interface PlanRunInput extends Omit<PlanInput, 'options'> {
  readonly options: Omit<PlanOptions, 'mode'>;
  readonly quota: {
    readonly remaining: number;
    readonly threshold: number;
    readonly maxNewIssues: number;
  };
}

export function planRun(input: PlanRunInput): { decision: ModeDecision; plan: Plan } {
  const { quota, budget, ...rest } = input;
  const individual = planFiling({ ...rest, options: { ...input.options, mode: 'individual' } });
  const decision = decideMode({
    remaining: quota.remaining,
    plannedCalls: individual.calls,
    threshold: quota.threshold,
    newGroups: individual.newGroups,
    maxNewIssues: quota.maxNewIssues,
  });
  const plan =
    decision.mode === 'individual' && budget === undefined
      ? individual
      : planFiling({ ...rest, budget, options: { ...input.options, mode: decision.mode } });
  return { decision, plan };
}
