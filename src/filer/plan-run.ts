/**
 * Chooses the mode and plans with it: the individual plan is counted first (pure, and cheap:
 * nothing it would create is rendered), its calls and new groups feed the quota decision, and
 * the plan of the chosen mode is made. The caller has already exited 3 when no quota is left.
 */
import { planCost, planFiling, type PlanInput } from './plan.js';
import { decideMode, type ModeDecision } from './quota-decision.js';
import type { RenderedIssue } from './render-issue.js';
import type { Plan, PlanOptions } from './types.js';

export interface PlanRunInput extends Omit<PlanInput, 'options' | 'renderings'> {
  readonly options: Omit<PlanOptions, 'mode'>;
  readonly quota: {
    readonly remaining: number;
    readonly threshold: number;
    readonly maxNewIssues: number;
  };
}

export function planRun(input: PlanRunInput): { decision: ModeDecision; plan: Plan } {
  const { quota, budget, ...rest } = input;
  // The bodies counting had to render (to compare with open issues) are not rendered twice.
  const renderings = new Map<string, RenderedIssue>();
  const individual = planCost({
    ...rest,
    renderings,
    options: { ...input.options, mode: 'individual' },
  });
  const decision = decideMode({
    remaining: quota.remaining,
    plannedCalls: individual.calls,
    threshold: quota.threshold,
    newGroups: individual.newGroups,
    maxNewIssues: quota.maxNewIssues,
  });
  const plan = planFiling({
    ...rest,
    budget,
    renderings,
    options: { ...input.options, mode: decision.mode },
  });
  return { decision, plan };
}
