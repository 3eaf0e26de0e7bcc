import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Hit } from '../../src/gate/artifact.js';
import { parseMarker } from '../../src/filer/marker.js';
import { planCost } from '../../src/filer/plan.js';
import type { GroupBy, Plan } from '../../src/filer/types.js';
import {
  applyPlanToModel,
  GitHubModel,
  inputAgainst,
  planAgainst,
  type RunOptions,
} from './github-model.js';

/** A small universe, so runs share groups and hits and every lifecycle path is met. */
const arbHit: fc.Arbitrary<Hit> = fc
  .record({
    repo: fc.constantFrom('org/a', 'org/b', 'Org/C'),
    path: fc.constantFrom('x.py', 'src/y.py'),
    line_number: fc.integer({ min: 1, max: 3 }),
    pattern: fc.constantFrom('p1', 'p2'),
    snippet: fc.constantFrom('s1', 's2 ```', undefined),
    commit: fc.constantFrom('a'.repeat(40), undefined),
  })
  .map(({ snippet, commit, ...rest }) => ({
    ...rest,
    ...(snippet === undefined ? {} : { snippet }),
    ...(commit === undefined ? {} : { commit }),
  }));

type Step =
  | {
      kind: 'run';
      hits: Hit[];
      mode: 'individual' | 'digest';
      autoClose: boolean;
      complete: boolean;
      budget: number | null;
    }
  | {
      kind: 'human';
      action: 'completed' | 'not_planned' | 'reopen' | 'fp-label' | 'tick' | 'duplicate';
      pick: number;
    };

const arbStep: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('run' as const),
    hits: fc.array(arbHit, { maxLength: 12 }),
    mode: fc.constantFrom('individual' as const, 'individual' as const, 'digest' as const),
    autoClose: fc.boolean(),
    complete: fc.boolean(),
    budget: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null, freq: 3 }),
  }),
  fc.record({
    kind: fc.constant('human' as const),
    action: fc.constantFrom(
      'completed' as const,
      'not_planned' as const,
      'reopen' as const,
      'fp-label' as const,
      'tick' as const,
      'duplicate' as const,
    ),
    pick: fc.nat(),
  }),
);

function actByHand(model: GitHubModel, step: Extract<Step, { kind: 'human' }>): void {
  if (model.issues.length === 0) return;
  const issue = model.issues[step.pick % model.issues.length]!;
  switch (step.action) {
    case 'completed':
    case 'not_planned':
      if (issue.state === 'open') model.close(issue.number, step.action);
      break;
    case 'reopen':
      if (issue.state === 'closed') model.reopen(issue.number);
      break;
    case 'fp-label':
      model.label(issue.number, 'false-positive');
      break;
    case 'tick': {
      const ids = [
        ...(issue.body ?? '').matchAll(/^- \[ \] <!-- audit-gate:hit=([0-9a-f]{16}) -->/gm),
      ].map((m) => m[1]!);
      if (ids.length > 0) model.tick(issue.number, ids[step.pick % ids.length]!);
      break;
    }
    case 'duplicate':
      // Another run that raced this one created the same issue.
      model.create(issue.title, issue.body ?? '', issue.labels);
      break;
  }
}

function checkPlan(model: GitHubModel, plan: Plan, budget: number | null): void {
  const a = plan.accounting;
  expect(a.filed + a.inDigest + a.suppressed + a.deferred).toBe(a.total);
  if (budget !== null) expect(plan.calls).toBeLessThanOrEqual(budget);
  expect(plan.calls).toBe(plan.ops.reduce((n, op) => n + op.calls, 0));
  const owned = new Set(
    model.issues
      .map((i) => parseMarker(i.body))
      .flatMap((m) => (m?.kind === 'group' ? [m.fingerprint] : [])),
  );
  const created = plan.ops.flatMap((op) => (op.kind === 'create' ? [op.fingerprint] : []));
  expect(new Set(created).size).toBe(created.length);
  for (const fingerprint of created) expect(owned.has(fingerprint)).toBe(false);
}

describe('planFiling over a sequence of runs and human actions (property)', () => {
  it('never creates twice, keeps its budget, accounts for every hit, and a re-run plans nothing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<GroupBy>('repo', 'repo-pattern', 'pattern'),
        fc.array(arbStep, { maxLength: 12 }),
        (groupBy, steps) => {
          const model = new GitHubModel();
          for (const step of steps) {
            if (step.kind === 'human') {
              actByHand(model, step);
              continue;
            }
            const options: RunOptions = {
              mode: step.mode,
              groupBy,
              labels: ['audit-gate'],
              fpLabel: 'false-positive',
              autoClose: step.autoClose,
              scope: { complete: step.complete },
              auditId: 'audit-1',
            };
            // What the quota decision counts is what the plan without a budget would do.
            const unbudgeted = planAgainst(model, step.hits, options);
            expect(planCost(inputAgainst(model, step.hits, options))).toEqual({
              calls: unbudgeted.calls,
              newGroups: unbudgeted.newGroups,
            });
            const plan = planAgainst(model, step.hits, options, step.budget ?? undefined);
            checkPlan(model, plan, step.budget);
            applyPlanToModel(model, plan);
            if (step.budget !== null) continue;
            expect(planAgainst(model, step.hits, options).ops).toEqual([]);
            if (step.mode === 'individual') {
              const open = model.issues
                .filter((i) => i.state === 'open')
                .map((i) => parseMarker(i.body));
              const fps = open.flatMap((m) => (m?.kind === 'group' ? [m.fingerprint] : []));
              expect(new Set(fps).size).toBe(fps.length);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
