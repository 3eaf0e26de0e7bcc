/**
 * The planner under a call budget. `__tests__/filer/plan-property.test.ts` already checks, over
 * random histories in both modes and with budgets, that a plan never creates twice, keeps its
 * budget and accounts for every hit, and that an unbudgeted re-run plans nothing. What it
 * leaves out is what happens after a budgeted run: this checks that re-running with the same
 * budget converges (each run makes progress, so a run short of quota only delays filing) and
 * ends where a single unbudgeted run would have, with no group created twice on the way.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Hit } from '../../src/gate/artifact.js';
import { parseMarker } from '../../src/filer/marker.js';
import type { StateReason } from '../../src/filer/types.js';
import { propertyRuns, propertySeed } from '../../test-support/property-runs.js';
import {
  applyPlanToModel,
  GitHubModel,
  planAgainst,
  type RunOptions,
} from '../filer/github-model.js';

const arbHit: fc.Arbitrary<Hit> = fc.record({
  repo: fc.constantFrom('org/a', 'org/b', 'org/c', 'org/d', 'Org/A'),
  path: fc.constantFrom('x.py', 'src/y.py', 'z.js'),
  line_number: fc.integer({ min: 1, max: 4 }),
  pattern: fc.constantFrom('p1', 'p2', 'p3'),
  snippet: fc.constantFrom('s1', 's2'),
});

type Human = { action: 'completed' | 'not_planned' | 'fp-label'; pick: number };
const arbHuman: fc.Arbitrary<Human> = fc.record({
  action: fc.constantFrom('completed' as const, 'not_planned' as const, 'fp-label' as const),
  pick: fc.nat(),
});

interface Case {
  before: Hit[];
  people: Human[];
  after: Hit[];
  options: RunOptions;
  budget: number;
}

const arbCase: fc.Arbitrary<Case> = fc.record({
  before: fc.array(arbHit, { maxLength: 10 }),
  people: fc.array(arbHuman, { maxLength: 3 }),
  after: fc.array(arbHit, { minLength: 1, maxLength: 14 }),
  options: fc.record({
    mode: fc.constantFrom('individual' as const, 'individual' as const, 'digest' as const),
    groupBy: fc.constantFrom('repo' as const, 'repo-pattern' as const, 'pattern' as const),
    labels: fc.constant(['audit-gate']),
    fpLabel: fc.constant('false-positive'),
    autoClose: fc.boolean(),
    scope: fc.record({ complete: fc.boolean() }),
    auditId: fc.constant('audit-1'),
  }),
  // The costliest operation takes 2 calls: a smaller budget could stall on it for ever.
  budget: fc.integer({ min: 2, max: 5 }),
});

/** The same history, played on a fresh model: the before-run, then what people did. */
function history(c: Case): GitHubModel {
  const model = new GitHubModel();
  applyPlanToModel(model, planAgainst(model, c.before, { ...c.options, mode: 'individual' }));
  for (const { action, pick } of c.people) {
    const open = model.issues.filter((i) => i.state === 'open');
    if (open.length === 0) break;
    const issue = open[pick % open.length]!;
    if (action === 'fp-label') model.label(issue.number, 'false-positive');
    else model.close(issue.number, action as StateReason);
  }
  return model;
}

/** What a reader sees: each open issue's marker, title and body, by marker. */
function openView(model: GitHubModel): Map<string, { title: string; body: string }> {
  const view = new Map<string, { title: string; body: string }>();
  for (const issue of model.issues) {
    if (issue.state !== 'open') continue;
    const marker = parseMarker(issue.body);
    if (marker === null) continue;
    const key =
      marker.kind === 'group' ? `group ${marker.fingerprint}` : `digest ${marker.auditId}`;
    expect(view.has(key)).toBe(false);
    view.set(key, { title: issue.title, body: issue.body ?? '' });
  }
  return view;
}

describe('planFiling under a budget (property)', () => {
  it('re-runs with the same budget converge to what one unbudgeted run gives', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const once = history(c);
        const full = planAgainst(once, c.after, c.options);
        applyPlanToModel(once, full);

        const budgeted = history(c);
        const created = new Set<string>();
        let runs = 0;
        for (;;) {
          const plan = planAgainst(budgeted, c.after, c.options, c.budget);
          if (plan.ops.length === 0) break;
          expect(plan.calls).toBeLessThanOrEqual(c.budget);
          for (const op of plan.ops) {
            if (op.kind !== 'create') continue;
            expect(created.has(op.fingerprint)).toBe(false);
            created.add(op.fingerprint);
          }
          applyPlanToModel(budgeted, plan);
          runs += 1;
          // Every run but the last writes at least one operation's worth of calls.
          expect(runs).toBeLessThanOrEqual(full.ops.length);
        }
        // Converged: nothing deferred, and an unbudgeted plan agrees there is nothing to do.
        expect(planAgainst(budgeted, c.after, c.options).ops).toEqual([]);
        expect(planAgainst(budgeted, c.after, c.options, c.budget).accounting.deferred).toBe(0);
        if (c.options.mode === 'individual') {
          expect(openView(budgeted)).toEqual(openView(once));
        } else {
          // A digest names group issues by number, which differ with the order of creation.
          expect([...openView(budgeted).keys()].sort()).toEqual([...openView(once).keys()].sort());
        }
      }),
      { numRuns: propertyRuns(300), ...propertySeed() },
    );
  });
});
