import { describe, expect, it } from '@jest/globals';
import type { Hit } from '../../src/gate/artifact.js';
import { describePlan } from '../../src/filer/describe-plan.js';
import { groupHits } from '../../src/filer/group.js';
import { parseGroupMeta } from '../../src/filer/marker.js';
import { planCost, planFiling } from '../../src/filer/plan.js';
import { planRun } from '../../src/filer/plan-run.js';
import { BODY_LIMIT, type RenderedIssue } from '../../src/filer/render-issue.js';
import type { Plan, PlanOp } from '../../src/filer/types.js';
import {
  applyPlanToModel,
  GitHubModel,
  inputAgainst,
  planAgainst,
  type RunOptions,
} from './github-model.js';

const hit = (
  repo: string,
  path: string,
  line: number,
  pattern = 'LegacyClient(',
  snippet = `use ${path}`,
): Hit => ({
  repo,
  path,
  line_number: line,
  pattern,
  snippet,
  commit: 'c'.repeat(40),
});

const artifact: Hit[] = [
  hit('org/a', 'a1.py', 1),
  hit('org/a', 'a2.py', 2),
  hit('org/b', 'b1.py', 3),
  hit('org/c', 'c1.py', 4),
];

const options = (over: Partial<RunOptions> = {}): RunOptions => ({
  mode: 'individual',
  groupBy: 'repo',
  labels: ['audit-gate', 'security'],
  fpLabel: 'false-positive',
  autoClose: true,
  scope: { complete: true },
  auditId: 'nightly-1',
  ...over,
});

const kinds = (plan: Plan) => plan.ops.map((op) => op.kind);
const numberOf = (model: GitHubModel, repo: string) =>
  model.issues.find((i) => i.title.endsWith(` in ${repo}`))!.number;

function expectAccounted(plan: Plan): void {
  const a = plan.accounting;
  expect(a.filed + a.inDigest + a.suppressed + a.deferred).toBe(a.total);
}

/** Runs the plan, applies it, and checks that running again plans nothing. */
function run(model: GitHubModel, hits: readonly Hit[], opts = options(), budget?: number): Plan {
  const plan = planAgainst(model, hits, opts, budget);
  expectAccounted(plan);
  applyPlanToModel(model, plan);
  if (budget === undefined) expect(planAgainst(model, hits, opts).ops).toEqual([]);
  return plan;
}

describe('planFiling, individual issues', () => {
  it('creates one issue per group with every label, then writes nothing on a re-run', () => {
    const model = new GitHubModel();
    const plan = run(model, artifact);
    expect(kinds(plan)).toEqual(['create', 'create', 'create']);
    // What each write carries: its hits go to the fallback if the write fails.
    expect(plan.opCarries).toEqual(
      groupHits(artifact, 'repo').map((g) => [
        { fingerprint: g.fingerprint, hits: g.hits.map((h) => h.hit) },
      ]),
    );
    expect(plan.calls).toBe(3);
    expect(plan.newGroups).toBe(3);
    expect(plan.accounting).toEqual({
      total: 4,
      filed: 4,
      inDigest: 0,
      suppressed: 0,
      deferred: 0,
    });
    expect(model.issues.every((i) => i.labels.join() === 'audit-gate,security')).toBe(true);
    const again = planAgainst(model, [...artifact].reverse(), options());
    expect(again.unchanged).toEqual(
      groupHits(artifact, 'repo').map((g, i) => ({
        issueNumber: model.issues[i]!.number,
        fingerprint: g.fingerprint,
      })),
    );
    expect(again.accounting.filed).toBe(4);
  });

  it('updates only the issue whose hits changed', () => {
    const model = new GitHubModel();
    run(model, artifact);
    const plan = run(model, [...artifact, hit('org/b', 'b2.py', 9)]);
    expect(plan.ops).toMatchObject([
      { kind: 'update', issueNumber: numberOf(model, 'org/b'), hits: 2 },
    ]);
  });

  it('updates an issue whose title alone was edited by hand', () => {
    const model = new GitHubModel();
    run(model, artifact);
    const a = numberOf(model, 'org/a');
    model.issue(a).title = 'Renamed by hand';
    expect(run(model, artifact).ops).toEqual([
      expect.objectContaining({
        kind: 'update',
        issueNumber: a,
        title: 'audit-gate: 2 hits in org/a',
      }),
    ]);
  });

  it('titles issues and the digest with the first label', () => {
    const labels = ['sec-audit', 'security'];
    const titles = (plan: Plan) => plan.ops.map((o) => ('title' in o ? o.title : ''));
    expect(titles(planAgainst(new GitHubModel(), artifact, options({ labels })))).toEqual([
      'sec-audit: 2 hits in org/a',
      'sec-audit: 1 hit in org/b',
      'sec-audit: 1 hit in org/c',
    ]);
    const [digest] = titles(
      planAgainst(new GitHubModel(), artifact, options({ labels, mode: 'digest' })),
    );
    expect(digest).toMatch(/^sec-audit: digest of /);
  });

  it('does not update when code only moved to other lines', () => {
    const model = new GitHubModel();
    run(model, artifact);
    const moved = artifact.map((h) => ({ ...h, line_number: h.line_number + 100 }));
    const plan = planAgainst(model, moved, options());
    // The body shows line numbers, so it changes; the group and the issue stay the same.
    expect(kinds(plan).every((k) => k === 'update')).toBe(true);
    expect(plan.newGroups).toBe(0);
  });

  it('closes a resolved group with a comment in a complete scope, and leaves it closed', () => {
    const model = new GitHubModel();
    run(model, artifact);
    const b = numberOf(model, 'org/b');
    const plan = run(
      model,
      artifact.filter((h) => h.repo !== 'org/b'),
    );
    expect(plan.ops).toEqual([
      expect.objectContaining({ kind: 'close-resolved', issueNumber: b, calls: 2 }),
    ]);
    expect(model.issue(b)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(model.commentsOf(b)[0]!.body).toContain('found no hits');
  });

  it('closes nothing a person closed already', () => {
    const model = new GitHubModel();
    run(model, artifact);
    model.close(numberOf(model, 'org/b'), 'completed');
    expect(
      run(
        model,
        artifact.filter((h) => h.repo !== 'org/b'),
      ).ops,
    ).toEqual([]);
  });

  it('closes nothing whose repositories its body no longer names, when the scope lists some', () => {
    const model = new GitHubModel();
    run(model, artifact);
    const b = model.issue(numberOf(model, 'org/b'));
    // A person rewrote the body below the marker: the repositories meta line is gone.
    b.body = `${b.body!.split('\n')[0]!}\nRewritten by hand.`;
    const scope = { complete: true, repositories: ['org/a', 'org/b', 'org/c'] };
    expect(planAgainst(model, [], options({ scope })).ops).toEqual([
      expect.objectContaining({ kind: 'close-resolved', issueNumber: numberOf(model, 'org/a') }),
      expect.objectContaining({ kind: 'close-resolved', issueNumber: numberOf(model, 'org/c') }),
    ]);
  });

  it.each<[string, Partial<RunOptions>]>([
    ['auto-close is off', { autoClose: false }],
    ['the artifact is partial', { scope: { complete: false } }],
    ['the artifact says nothing about its scope', { scope: null }],
    [
      'the repository is not in the complete scope',
      { scope: { complete: true, repositories: ['org/a', 'org/c'] } },
    ],
  ])('closes nothing when %s', (_name, over) => {
    const model = new GitHubModel();
    run(model, artifact);
    expect(
      planAgainst(
        model,
        artifact.filter((h) => h.repo !== 'org/b'),
        options(over),
      ).ops,
    ).toEqual([]);
  });

  it('closes when the complete scope lists the repository (in any case)', () => {
    const model = new GitHubModel();
    run(model, artifact);
    const plan = planAgainst(
      model,
      [],
      options({ scope: { complete: true, repositories: ['ORG/B'] } }),
    );
    expect(plan.ops).toEqual([
      expect.objectContaining({ kind: 'close-resolved', issueNumber: numberOf(model, 'org/b') }),
    ]);
  });

  it('closes a pattern group only when the scope lists every repository it covered', () => {
    const model = new GitHubModel();
    const opts = (repositories: string[]) =>
      options({ groupBy: 'pattern', scope: { complete: true, repositories } });
    run(model, artifact, opts(['org/a', 'org/b', 'org/c']));
    expect(planAgainst(model, [], opts(['org/a', 'org/b'])).ops).toEqual([]);
    expect(kinds(planAgainst(model, [], opts(['org/a', 'org/b', 'org/c', 'org/d'])))).toEqual([
      'close-resolved',
    ]);
  });

  it('reopens a closed-as-completed group that comes back, with a comment and a fresh body', () => {
    const model = new GitHubModel();
    run(model, artifact);
    const b = numberOf(model, 'org/b');
    run(
      model,
      artifact.filter((h) => h.repo !== 'org/b'),
    );
    const plan = run(model, artifact);
    expect(plan.ops).toEqual([
      expect.objectContaining({ kind: 'reopen', issueNumber: b, calls: 2 }),
    ]);
    expect(model.issue(b)).toMatchObject({ state: 'open', stateReason: 'reopened' });
    expect(parseGroupMeta(model.issue(b).body).closedByAudit).toBe(false);
    expect(model.commentsOf(b).at(-1)!.body).toContain('found 1 hit of this group again');
  });

  it('leaves open an issue a person reopened while its hits stay absent (no flapping)', () => {
    const model = new GitHubModel();
    run(model, artifact);
    const b = numberOf(model, 'org/b');
    const withoutB = artifact.filter((h) => h.repo !== 'org/b');
    run(model, withoutB);
    model.reopen(b);
    expect(planAgainst(model, withoutB, options()).ops).toEqual([]);
    // When the hits come back and go again, the issue is ours to close once more.
    expect(kinds(run(model, artifact))).toEqual(['update']);
    expect(kinds(run(model, withoutB))).toEqual(['close-resolved']);
  });

  it.each<[string, (model: GitHubModel, n: number) => void, string]>([
    ['closed as not planned', (m, n) => m.close(n, 'not_planned'), 'not-planned'],
    ['labelled false-positive', (m, n) => m.label(n, 'false-positive'), 'fp-label'],
    [
      'labelled false-positive and closed',
      (m, n) => (m.label(n, 'false-positive'), m.close(n, 'completed')),
      'fp-label',
    ],
  ])('suppresses a group %s: never reopened, re-filed or updated', (_name, act, reason) => {
    const model = new GitHubModel();
    run(model, artifact);
    const a = numberOf(model, 'org/a');
    act(model, a);
    const before = { ...model.issue(a) };
    const plan = run(model, [...artifact, hit('org/a', 'a3.py', 7)]);
    expect(plan.ops).toEqual([]);
    expect(plan.suppressed).toEqual([
      { fingerprint: expect.any(String), issueNumber: a, reason, hits: 3 },
    ]);
    expect(plan.suppressedGroups).toBe(1);
    expect(plan.accounting).toMatchObject({ total: 5, suppressed: 3, filed: 2 });
    expect(model.issue(a)).toEqual(before);
    // Nor auto-closed when its hits go away.
    expect(
      planAgainst(model, [], options()).ops.map(
        (o) => o.kind === 'close-resolved' && o.issueNumber,
      ),
    ).not.toContain(a);
  });

  it('suppresses a ticked hit, keeps the tick through re-renders and counts it', () => {
    const model = new GitHubModel();
    run(model, artifact);
    const a = numberOf(model, 'org/a');
    const [first] = groupHits(artifact, 'repo')[0]!.hits;
    model.tick(a, first!.id);
    const plan = run(model, artifact);
    expect(plan.ops).toEqual([
      expect.objectContaining({ kind: 'update', issueNumber: a, hits: 1 }),
    ]);
    expect(plan.suppressed).toEqual([
      expect.objectContaining({ issueNumber: a, reason: 'ignored-hits', hits: 1 }),
    ]);
    expect(plan.accounting).toMatchObject({ filed: 3, suppressed: 1 });
    expect(model.issue(a).body).toContain(`- [x] <!-- audit-gate:hit=${first!.id} -->`);
    expect(model.issue(a).title).toBe('audit-gate: 1 hit in org/a');
  });

  it('does not reopen a closed issue whose returning hits are all ticked', () => {
    const model = new GitHubModel();
    const one = [hit('org/a', 'a1.py', 1)];
    run(model, one);
    model.tick(1, groupHits(one, 'repo')[0]!.hits[0]!.id);
    model.close(1, 'completed');
    const plan = run(model, one);
    expect(plan.ops).toEqual([]);
    expect(plan.unchanged).toEqual([]);
    expect(plan.accounting).toMatchObject({ total: 1, suppressed: 1 });
    expect(plan.suppressedGroups).toBe(1);
  });

  it('closes duplicates of a fingerprint, keeping the oldest, and never creates twice', () => {
    const model = new GitHubModel();
    run(model, artifact);
    const a = model.issue(numberOf(model, 'org/a'));
    const racer = model.create(a.title, a.body!, a.labels);
    const plan = run(model, artifact);
    expect(plan.ops).toEqual([
      expect.objectContaining({
        kind: 'close-duplicate',
        issueNumber: racer.number,
        duplicateOf: a.number,
        comment: `Closed as a duplicate of #${a.number}, which tracks the same findings.`,
      }),
    ]);
    expect(model.issue(racer.number).stateReason).toBe('duplicate');
  });

  it('ignores issues without the owner label, PRs and bodies with a marker below the first line', () => {
    const model = new GitHubModel();
    run(model, artifact);
    for (const issue of model.issues) issue.body = `Edited by hand\n${issue.body}`;
    const plan = planAgainst(model, artifact, options({ labels: ['audit-gate'] }));
    expect(kinds(plan)).toEqual(['create', 'create', 'create']);
    expect(planAgainst(model, artifact, options({ labels: ['other-label'] })).newGroups).toBe(3);
  });

  it('spends at most the budget and defers the hits it could not file', () => {
    const model = new GitHubModel();
    const plan = run(model, artifact, options(), 2);
    expect(plan.calls).toBe(2);
    expect(kinds(plan)).toEqual(['create', 'create']);
    expect(plan.deferred.map((d) => d.hits.map((h) => h.repo))).toEqual([['org/c']]);
    expect(plan.accounting).toEqual({
      total: 4,
      filed: 3,
      inDigest: 0,
      suppressed: 0,
      deferred: 1,
    });
    expect(kinds(run(model, artifact))).toEqual(['create']);
  });

  it('skips a two-call reopen on one call left but still makes a one-call update after it', () => {
    const model = new GitHubModel();
    run(model, artifact);
    run(
      model,
      artifact.filter((h) => h.repo !== 'org/a'),
    );
    const plan = planAgainst(model, [...artifact, hit('org/b', 'b9.py', 9)], options(), 1);
    expect(kinds(plan)).toEqual(['update']);
    expect(plan.deferred).toHaveLength(1);
    expectAccounted(plan);
  });
});

describe('planFiling, digest', () => {
  const many: Hit[] = Array.from({ length: 3_000 }, (_, i) =>
    hit(`org/repo-${i % 300}`, `f${i}.py`, i + 1, `pattern-${'p'.repeat(60)}-${i % 7}`),
  );
  const digestOptions = (over: Partial<RunOptions> = {}) =>
    options({ mode: 'digest', groupBy: 'repo-pattern', ...over });

  it('files a long digest as one issue plus marked comments, and updates nothing on a re-run', () => {
    const model = new GitHubModel();
    const plan = run(model, many, digestOptions());
    expect(kinds(plan)[0]).toBe('create-digest');
    expect(
      kinds(plan)
        .slice(1)
        .every((k) => k === 'create-digest-comment'),
    ).toBe(true);
    expect(plan.ops.length).toBeGreaterThan(2);
    expect(plan.ops.slice(1).map((o) => ('part' in o ? o.part : 0))).toEqual(
      plan.ops.slice(1).map((_, i) => i + 2),
    );
    expect(plan.accounting).toEqual({
      total: 3_000,
      filed: 0,
      inDigest: 3_000,
      suppressed: 0,
      deferred: 0,
    });
    expect(model.issues).toHaveLength(1);
    expect(model.commentsOf(1)).toHaveLength(plan.ops.length - 1);
  });

  it('names the digest as unchanged only when no op writes it, and never an issue of a group', () => {
    const model = new GitHubModel();
    run(model, artifact, digestOptions());
    const digest = model.issues[0]!.number;
    const same = planAgainst(model, artifact, digestOptions());
    expect(same.ops).toEqual([]);
    expect(same.unchanged).toEqual([{ issueNumber: digest, fingerprint: null }]);
    const changed = planAgainst(model, [...artifact, hit('org/d', 'd.py', 9)], digestOptions());
    expect(kinds(changed)).toEqual(['update-digest']);
    expect(changed.unchanged).toEqual([]);
    // Group issues filed earlier are listed in the digest, not reported unchanged.
    const filed = new GitHubModel();
    run(filed, artifact);
    const over = planAgainst(filed, artifact, digestOptions());
    expect(kinds(over)).toEqual(['create-digest']);
    expect(over.unchanged).toEqual([]);
  });

  it("reads only its audit's part markers among the digest's comments, the oldest of a part", () => {
    const model = new GitHubModel();
    run(model, many, digestOptions());
    const part2 = model.commentsOf(1)[0]!;
    model.comment(1, 'Thanks, looking into it.');
    model.comment(1, `${part2.body}\nA copy, edited.`);
    model.comment(1, '<!-- audit-gate:v1 kind=digest audit=nightly-2 part=90 -->\nAnother audit.');
    model.comment(1, '<!-- audit-gate:v1 kind=digest audit=nightly-1 -->\nNot a part.');
    const input = inputAgainst(model, many, digestOptions());
    // In whatever order the comments come, the oldest of two for part 2 is the one kept.
    const plan = planFiling({ ...input, digestComments: [...input.digestComments!].reverse() });
    expect(plan.ops).toEqual([]);
    expect(plan.unchanged).toEqual([{ issueNumber: 1, fingerprint: null }]);
    expect(planCost(input).calls).toBe(0);
  });

  it('recreates a deleted part and rewrites an edited one, leaving the digest itself unchanged', () => {
    const model = new GitHubModel();
    run(model, many, digestOptions());
    const comments = model.comments.get(1)!;
    expect(comments.length).toBeGreaterThan(1);
    const [deleted] = comments.splice(0, 1);
    comments[0]!.body = `${comments[0]!.body.split('\n')[0]!}\nEdited by hand`;
    const plan = run(model, many, digestOptions());
    expect(plan.ops).toEqual([
      expect.objectContaining({
        kind: 'create-digest-comment',
        issueNumber: 1,
        part: 2,
        body: deleted!.body,
      }),
      expect.objectContaining({
        kind: 'update-digest-comment',
        commentId: comments[0]!.id,
        part: 3,
      }),
    ]);
    expect(plan.unchanged).toEqual([{ issueNumber: 1, fingerprint: null }]);
  });

  it('updates a digest whose body or title alone was edited by hand', () => {
    const model = new GitHubModel();
    const first = run(model, artifact, digestOptions());
    model.issue(1).body = `${model.issue(1).body!}\nEdited by hand`;
    expect(kinds(run(model, artifact, digestOptions()))).toEqual(['update-digest']);
    model.issue(1).title = 'Renamed by hand';
    expect(run(model, artifact, digestOptions()).ops).toEqual([
      expect.objectContaining({
        kind: 'update-digest',
        title: (first.ops[0] as { title: string }).title,
      }),
    ]);
  });

  it('keeps every part of a digest of 20,000 hits over 300 repositories within the body limit', () => {
    const hits = Array.from({ length: 20_000 }, (_, i) =>
      hit(
        `org/repository-${i % 300}`,
        `src/f${i % 40}.py`,
        i + 1,
        `pattern-${'q'.repeat(40)}-${i % 11}`,
      ),
    );
    const plan = run(new GitHubModel(), hits, digestOptions());
    const bodies = plan.ops.map((op) => ('body' in op ? op.body : ''));
    expect(bodies.length).toBeGreaterThan(1);
    for (const body of bodies) expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(
      bodies
        .join('\n')
        .split('\n')
        .filter((l) => l.startsWith('- ')),
    ).toHaveLength(3_300);
    expect(plan.accounting).toMatchObject({ total: 20_000, inDigest: 20_000 });
  });

  it('updates the parts in place when the digest grows and shrinks', () => {
    const model = new GitHubModel();
    run(model, many, digestOptions());
    const parts = model.commentsOf(1).length;
    const grown = run(
      model,
      [...many, ...many.map((h) => ({ ...h, pattern: `${h.pattern}-x` }))],
      digestOptions(),
    );
    expect(kinds(grown).filter((k) => k === 'update-digest-comment')).toHaveLength(parts);
    expect(kinds(grown)).toContain('create-digest-comment');
    const shrunk = run(model, many.slice(0, 10), digestOptions());
    expect(kinds(shrunk).every((k) => k === 'update-digest' || k === 'update-digest-comment')).toBe(
      true,
    );
    expect(model.commentsOf(1).every((c) => (c.body ?? '').includes('no longer needed'))).toBe(
      true,
    );
    expect(model.issues).toHaveLength(1);
  });

  it('lists groups with a link to their issue and leaves suppressed groups out', () => {
    const model = new GitHubModel();
    run(model, artifact);
    model.close(numberOf(model, 'org/b'), 'not_planned');
    const plan = run(model, artifact, options({ mode: 'digest' }));
    const digest = plan.ops[0] as Extract<PlanOp, { kind: 'create-digest' }>;
    expect(digest.body).toContain(`- \`org/a\` · 2 hits in 2 files · #${numberOf(model, 'org/a')}`);
    expect(digest.body).not.toContain('org/b');
    // A group whose every hit is ticked is suppressed, not listed.
    const ticked = new GitHubModel();
    run(ticked, artifact);
    const c = numberOf(ticked, 'org/c');
    ticked.tick(c, groupHits(artifact, 'repo')[2]!.hits[0]!.id);
    const listing = planAgainst(ticked, artifact, options({ mode: 'digest' }));
    expect((listing.ops[0] as { body: string }).body).not.toContain('org/c');
    expect(listing.accounting).toMatchObject({ inDigest: 3, suppressed: 1 });
    expect(plan.accounting).toEqual({
      total: 4,
      filed: 0,
      inDigest: 3,
      suppressed: 1,
      deferred: 0,
    });
  });

  it('counts the repositories and files of a pattern group', () => {
    const plan = planAgainst(
      new GitHubModel(),
      artifact,
      options({ mode: 'digest', groupBy: 'pattern' }),
    );
    expect((plan.ops[0] as { body: string }).body).toContain(
      '- `LegacyClient(` · 4 hits in 3 repositories, 4 files',
    );
  });

  it('updates a closed digest of the same audit without reopening it or adding another', () => {
    const model = new GitHubModel();
    run(model, artifact, options({ mode: 'digest' }));
    model.close(1, 'completed');
    const plan = run(model, [...artifact, hit('org/d', 'd.py', 1)], options({ mode: 'digest' }));
    expect(kinds(plan)).toEqual(['update-digest']);
    expect(model.issue(1).state).toBe('closed');
  });

  it('keeps one digest per audit id: another audit gets its own', () => {
    const model = new GitHubModel();
    run(model, artifact, options({ mode: 'digest' }));
    expect(kinds(run(model, artifact, options({ mode: 'digest', auditId: 'nightly-2' })))).toEqual([
      'create-digest',
    ]);
    expect(model.issues).toHaveLength(2);
  });

  it('defers the groups of parts the budget cannot pay for', () => {
    const model = new GitHubModel();
    const plan = run(model, many, digestOptions(), 1);
    expect(kinds(plan)).toEqual(['create-digest']);
    expect(plan.accounting.inDigest).toBeGreaterThan(0);
    expect(plan.accounting.deferred).toBe(3_000 - plan.accounting.inDigest);
    expect(planAgainst(new GitHubModel(), many, digestOptions(), 0).accounting.deferred).toBe(
      3_000,
    );
  });
});

describe('planRun', () => {
  const quota = { remaining: 5_000, threshold: 500, maxNewIssues: 50 };
  const input = (over: Partial<typeof quota>) => ({
    groups: groupHits(artifact, 'repo'),
    issues: [],
    options: options(),
    quota: { ...quota, ...over },
  });

  it.each([
    [{}, 'individual', 'within-limits', 'create'],
    [{ remaining: 502 }, 'digest', 'quota-threshold', 'create-digest'],
    [{ maxNewIssues: 2 }, 'digest', 'max-new-issues', 'create-digest'],
  ] as const)('with %j plans %s issues (%s)', (over, mode, rule, firstOp) => {
    const { decision, plan } = planRun(input(over));
    expect(decision).toMatchObject({ mode, rule });
    expect(plan.mode).toBe(mode);
    expect(plan.ops[0]!.kind).toBe(firstOp);
  });
});

describe('renderings shared by the plans of a run', () => {
  it('counting a plan renders only what it compares: open issues, not new groups', () => {
    const model = new GitHubModel();
    run(model, artifact.slice(0, 2)); // org/a has an open issue now
    const input = inputAgainst(model, artifact, options());
    const renderings = new Map<string, RenderedIssue>();
    expect(planCost({ ...input, renderings })).toEqual({ calls: 2, newGroups: 2 });
    const [a] = input.groups;
    expect([...renderings.keys()]).toEqual([a!.fingerprint]);
  });

  it("a plan takes a group's issue text from the renderings it is given", () => {
    const input = inputAgainst(new GitHubModel(), artifact, options());
    const [a] = input.groups;
    const renderings = new Map([[a!.fingerprint, { title: 'given title', body: 'given body' }]]);
    const plan = planFiling({ ...input, renderings });
    expect(plan.ops[0]).toMatchObject({ kind: 'create', title: 'given title', body: 'given body' });
    expect(plan.ops[1]).toMatchObject({ kind: 'create' });
    expect((plan.ops[1] as { body: string }).body).toContain('org/b');
  });
});

describe('describePlan', () => {
  it('prints each write and the accounting, for dry-run', () => {
    const lines = describePlan(planAgainst(new GitHubModel(), artifact, options(), 2));
    expect(lines).toEqual([
      'individual plan: 2 writes, 2 API calls; 0 issues unchanged.',
      '  create: audit-gate: 2 hits in org/a (2 hits)',
      '  create: audit-gate: 1 hit in org/b (1 hit)',
      'hits: 4 = 3 filed + 0 in the digest + 0 suppressed + 1 deferred (0 groups suppressed, 3 new groups).',
    ]);
  });
});
