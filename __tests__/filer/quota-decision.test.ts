import { describe, expect, it } from '@jest/globals';
import { decideMode, type ModeRule } from '../../src/filer/quota-decision.js';

describe('decideMode', () => {
  const base = {
    remaining: 5000,
    plannedCalls: 100,
    threshold: 500,
    newGroups: 10,
    maxNewIssues: 50,
  };

  it.each<[string, Partial<typeof base>, 'individual' | 'digest', ModeRule]>([
    ['plenty of quota, few new groups', {}, 'individual', 'within-limits'],
    [
      'exactly the threshold left after the plan',
      { remaining: 600, plannedCalls: 100 },
      'individual',
      'within-limits',
    ],
    [
      'one below the threshold after the plan',
      { remaining: 599, plannedCalls: 100 },
      'digest',
      'quota-threshold',
    ],
    [
      'above the threshold before the plan but not after (the seed let this through)',
      { remaining: 700, plannedCalls: 400 },
      'digest',
      'quota-threshold',
    ],
    ['exactly max-new-issues new groups', { newGroups: 50 }, 'individual', 'within-limits'],
    ['one more new group than max-new-issues', { newGroups: 51 }, 'digest', 'max-new-issues'],
    [
      'both rules: the quota is named first',
      { remaining: 550, newGroups: 51 },
      'digest',
      'quota-threshold',
    ],
    ['no quota at all', { remaining: 0 }, 'digest', 'quota-exhausted'],
    ['a quota that is not a number', { remaining: Number.NaN }, 'digest', 'quota-exhausted'],
    [
      'planned calls that are not a number',
      { plannedCalls: Number.NaN },
      'digest',
      'quota-threshold',
    ],
    [
      'threshold 0 and max 0 with nothing new',
      { threshold: 0, maxNewIssues: 0, newGroups: 0 },
      'individual',
      'within-limits',
    ],
  ])('%s', (_name, over, mode, rule) => {
    const decision = decideMode({ ...base, ...over });
    expect(decision).toMatchObject({ mode, rule });
    expect(decision.reason.length).toBeGreaterThan(0);
  });

  it('names the figures in its reason', () => {
    expect(decideMode({ ...base, remaining: 700, plannedCalls: 400 }).reason).toBe(
      'Quota after the 400 planned calls would be 300, below the threshold of 500.',
    );
  });
});
