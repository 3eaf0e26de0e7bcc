/**
 * Individual issues or one digest. The quota is compared *after* the planned calls: the seed
 * compared the quota before its run, so a run could start with 600 left, spend 400 and leave
 * 200, below the threshold it promised to keep. The first rule that matches decides, and the
 * summary names it.
 */
import type { FilingMode } from './types.js';

export type ModeRule = 'quota-exhausted' | 'quota-threshold' | 'max-new-issues' | 'within-limits';

export interface ModeInput {
  /** Core quota remaining now (`GET /rate_limit`). */
  readonly remaining: number;
  /** API calls the individual plan would make. */
  readonly plannedCalls: number;
  readonly threshold: number;
  /** Groups the individual plan would create an issue for. */
  readonly newGroups: number;
  readonly maxNewIssues: number;
}

export interface ModeDecision {
  readonly mode: FilingMode;
  readonly rule: ModeRule;
  /** One sentence with the figures, for the log and the job summary. */
  readonly reason: string;
}

export function decideMode(input: ModeInput): ModeDecision {
  const { remaining, plannedCalls, threshold, newGroups, maxNewIssues } = input;
  // The caller exits 3 before planning when nothing is left; a total function still answers.
  if (!(remaining > 0)) {
    return {
      mode: 'digest',
      rule: 'quota-exhausted',
      reason: `No API quota is left (${remaining}).`,
    };
  }
  const after = remaining - plannedCalls;
  if (!(after >= threshold)) {
    return {
      mode: 'digest',
      rule: 'quota-threshold',
      reason: `Quota after the ${plannedCalls} planned calls would be ${after}, below the threshold of ${threshold}.`,
    };
  }
  if (newGroups > maxNewIssues) {
    return {
      mode: 'digest',
      rule: 'max-new-issues',
      reason: `${newGroups} new groups is more than max-new-issues (${maxNewIssues}).`,
    };
  }
  return {
    mode: 'individual',
    rule: 'within-limits',
    reason: `Quota after the ${plannedCalls} planned calls would be ${after} (threshold ${threshold}); ${newGroups} new groups (max ${maxNewIssues}).`,
  };
}
