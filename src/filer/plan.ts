/**
 * The plan: a pure function from groups, the issues GitHub holds, and options to the writes
 * that make GitHub show the audit. Writing only what differs is what makes a re-run on the
 * same artifact plan nothing; the budget counts API calls, so quota is spent predictably.
 */
import type { Hit } from '../gate/artifact.js';
import { plural } from '../report/markdown.js';
import { repoHash, repoKey } from './fingerprint.js';
import { inlineCode } from './markdown.js';
import { markClosedByAudit, parseGroupMeta, parseIgnoredHits, parseMarker } from './marker.js';
import { canonicalIssue, duplicatesOf, indexOwned, suppression, type OwnedIndex } from './owned.js';
import { renderDigest, renderUnusedPart, type DigestEntry } from './render-digest.js';
import { liveHits, renderIssue, type RenderedIssue } from './render-issue.js';
import type {
  DeferredGroup,
  ExistingComment,
  ExistingIssue,
  Group,
  Plan,
  PlanAction,
  PlanOp,
  PlanOptions,
  Scope,
  SuppressedGroup,
} from './types.js';

export interface PlanInput {
  readonly groups: readonly Group[];
  /** Every issue the list call returned (PRs and issues that are not ours are skipped). */
  readonly issues: readonly ExistingIssue[];
  /** Comments of the audit's digest issue (`digestIssueFor`), when it exists. */
  readonly digestComments?: readonly ExistingComment[];
  readonly options: PlanOptions;
  /** Most API calls the plan may make; absent: no limit. */
  readonly budget?: number;
  /**
   * Issue renderings by fingerprint, shared by plans of the same groups, issues and options
   * (planRun counts the individual plan, then makes one): each group is rendered once.
   */
  readonly renderings?: Map<string, RenderedIssue>;
}

/** API calls per operation: a PATCH or POST each, plus one for the comment that goes with it. */
export const CALLS = {
  create: 1,
  update: 1,
  reopen: 2,
  'close-resolved': 2,
  'close-duplicate': 2,
  'create-digest': 1,
  'update-digest': 1,
  'create-digest-comment': 1,
  'update-digest-comment': 1,
} as const satisfies Record<PlanOp['kind'], number>;

/** A group after suppression: what is left to file and where it stands. */
interface Analysed {
  readonly group: Group;
  readonly canonical: ExistingIssue | null;
  readonly ignored: ReadonlySet<string>;
  readonly live: readonly Hit[];
}

/** An op before the budget, with the hits it puts in front of people if it is written. */
interface Candidate {
  /**
   * null: the issue or comment already says this, so its hits are delivered without a call.
   * Otherwise what the op costs, and the op itself, built only if the plan takes it: counting
   * a plan then renders no issue it would create or reopen.
   */
  readonly op: { readonly calls: number; readonly build: () => PlanOp } | null;
  readonly carries: readonly { readonly fingerprint: string; readonly hits: readonly Hit[] }[];
  /** A continuation comment on the digest this plan creates: pointless without it. */
  readonly needsNewDigest?: boolean;
}

function op(action: PlanAction): PlanOp {
  return { ...action, calls: CALLS[action.kind] };
}

/** A candidate op already built. */
function ready(action: PlanAction): NonNullable<Candidate['op']> {
  const built = op(action);
  return { calls: built.calls, build: () => built };
}

/** A candidate op built when taken. */
function later(kind: PlanAction['kind'], action: () => PlanAction): NonNullable<Candidate['op']> {
  return { calls: CALLS[kind], build: () => op(action()) };
}

function analyse(input: PlanInput, index: OwnedIndex, suppressed: SuppressedGroup[]): Analysed[] {
  const analysed: Analysed[] = [];
  for (const group of input.groups) {
    const issues = index.groups.get(group.fingerprint) ?? [];
    const canonical = canonicalIssue(issues);
    const reason = canonical && suppression(issues, canonical, input.options.fpLabel);
    if (canonical && reason) {
      suppressed.push({
        fingerprint: group.fingerprint,
        issueNumber: canonical.number,
        reason,
        hits: group.hits.length,
      });
      continue;
    }
    // Ticks are read from the body the list call returned; a tick on code that is gone goes with it.
    const ticked = parseIgnoredHits(canonical?.body ?? null);
    const live = liveHits(group, ticked);
    const ignored = new Set(group.hits.filter((h) => ticked.has(h.id)).map((h) => h.id));
    if (canonical && ignored.size > 0) {
      suppressed.push({
        fingerprint: group.fingerprint,
        issueNumber: canonical.number,
        reason: 'ignored-hits',
        hits: ignored.size,
      });
    }
    analysed.push({ group, canonical, ignored, live: live.map((h) => h.hit) });
  }
  return analysed;
}

/** Auto-close may act only where the artifact saw everything: a complete scope listing the issue's repositories. */
function scopeCovers(scope: Scope | null, issue: ExistingIssue): boolean {
  if (scope?.complete !== true) return false;
  if (scope.repositories === undefined) return true;
  const hashes = parseGroupMeta(issue.body).repoHashes;
  if (hashes === null) return false;
  const scanned = new Set(scope.repositories.map(repoHash));
  return hashes.every((h) => scanned.has(h));
}

function groupCandidates(
  input: PlanInput,
  index: OwnedIndex,
  analysed: readonly Analysed[],
): Candidate[] {
  const { options } = input;
  const titlePrefix = options.labels[0] ?? 'audit-gate';
  const audit = inlineCode(options.auditId);
  const filing: Candidate[] = [];
  for (const { group, canonical, ignored, live } of analysed) {
    const fingerprint = group.fingerprint;
    const render = (): RenderedIssue => {
      const known = input.renderings?.get(fingerprint);
      if (known) return known;
      const rendered = renderIssue(group, {
        titlePrefix,
        fpLabel: options.fpLabel,
        ignored,
        ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
      });
      input.renderings?.set(fingerprint, rendered);
      return rendered;
    };
    const carries = [{ fingerprint, hits: live }];
    if (canonical === null) {
      const create = later('create', () => ({
        kind: 'create',
        fingerprint,
        ...render(),
        labels: options.labels,
        hits: live.length,
      }));
      filing.push({ op: create, carries });
    } else if (canonical.state === 'open') {
      // Only here does the plan need the text to decide: an issue that says it already is left alone.
      const { title, body } = render();
      if (canonical.title !== title || canonical.body !== body) {
        const update = ready({
          kind: 'update',
          issueNumber: canonical.number,
          fingerprint,
          title,
          body,
          hits: live.length,
        });
        filing.push({ op: update, carries });
      }
    } else if (live.length > 0) {
      const comment = `Reopened: audit ${audit} found ${plural(live.length, 'hit')} of this group again.`;
      const reopen = later('reopen', () => ({
        kind: 'reopen',
        issueNumber: canonical.number,
        fingerprint,
        ...render(),
        comment,
        hits: live.length,
      }));
      filing.push({ op: reopen, carries });
    }
  }

  const present = new Set(input.groups.map((g) => g.fingerprint));
  const duplicates: Candidate[] = [];
  const resolved: Candidate[] = [];
  for (const [fingerprint, issues] of index.groups) {
    const canonical = canonicalIssue(issues)!;
    for (const duplicate of duplicatesOf(issues, canonical)) {
      const comment = `Closed as a duplicate of #${canonical.number}, which tracks the same findings.`;
      duplicates.push({
        op: ready({
          kind: 'close-duplicate',
          issueNumber: duplicate.number,
          duplicateOf: canonical.number,
          comment,
        }),
        carries: [],
      });
    }
    const closable =
      options.autoClose &&
      !present.has(fingerprint) &&
      canonical.state === 'open' &&
      suppression(issues, canonical, options.fpLabel) === null &&
      // Still open although we closed it: a person reopened it, so it stays open (no flapping).
      !parseGroupMeta(canonical.body).closedByAudit &&
      scopeCovers(options.scope, canonical);
    if (closable) {
      const comment = `Closed as completed: audit ${audit} scanned this group's repositories in full and found no hits.`;
      const body = markClosedByAudit(canonical.body ?? '');
      resolved.push({
        op: ready({
          kind: 'close-resolved',
          issueNumber: canonical.number,
          fingerprint,
          body,
          comment,
        }),
        carries: [],
      });
    }
  }
  // Filing first: when the budget runs short, findings matter more than tidying up.
  return [...filing, ...duplicates, ...resolved];
}

function digestCandidates(
  input: PlanInput,
  index: OwnedIndex,
  analysed: readonly Analysed[],
  suppressedHits: number,
): Candidate[] {
  const { options } = input;
  const listed = analysed.filter((a) => a.live.length > 0);
  const entries: DigestEntry[] = listed.map(({ group, canonical, live }) => ({
    fingerprint: group.fingerprint,
    repo: group.repo,
    pattern: group.pattern,
    repos: new Set(live.map((h) => repoKey(h.repo))).size,
    files: new Set(live.map((h) => `${repoKey(h.repo)}\0${h.path}`)).size,
    hits: live.length,
    issueNumber: canonical?.number ?? null,
  }));
  const digest = renderDigest({
    auditId: options.auditId,
    titlePrefix: options.labels[0] ?? 'audit-gate',
    entries,
    suppressedHits,
  });
  let offset = 0;
  const carriesOf = digest.entriesPerPart.map((count) => {
    const part = listed
      .slice(offset, offset + count)
      .map((a) => ({ fingerprint: a.group.fingerprint, hits: a.live }));
    offset += count;
    return part;
  });

  const auditId = options.auditId;
  const issues = index.digests.get(auditId) ?? [];
  const existing = canonicalIssue(issues);
  const candidates: Candidate[] = [];
  if (existing === null) {
    const create = ready({
      kind: 'create-digest',
      auditId,
      title: digest.title,
      body: digest.body,
      labels: options.labels,
    });
    candidates.push({ op: create, carries: carriesOf[0]! });
    digest.continuations.forEach((body, i) => {
      const comment = ready({
        kind: 'create-digest-comment',
        issueNumber: null,
        auditId,
        part: i + 2,
        body,
      });
      candidates.push({ op: comment, carries: carriesOf[i + 1]!, needsNewDigest: true });
    });
    return candidates;
  }

  // A closed digest is updated but left closed: someone closed it on purpose.
  if (existing.title !== digest.title || existing.body !== digest.body) {
    const update = ready({
      kind: 'update-digest',
      issueNumber: existing.number,
      auditId,
      title: digest.title,
      body: digest.body,
    });
    candidates.push({ op: update, carries: carriesOf[0]! });
  } else {
    candidates.push({ op: null, carries: carriesOf[0]! });
  }
  const parts = existingParts(input.digestComments ?? [], auditId);
  const partCount = digest.continuations.length + 1;
  const lastPart = Math.max(partCount, ...parts.keys());
  for (let part = 2; part <= lastPart; part += 1) {
    const body =
      part <= partCount ? digest.continuations[part - 2]! : renderUnusedPart(auditId, part);
    const carries = part <= partCount ? carriesOf[part - 1]! : [];
    const comment = parts.get(part);
    if (comment === undefined) {
      candidates.push({
        op: ready({
          kind: 'create-digest-comment',
          issueNumber: existing.number,
          auditId,
          part,
          body,
        }),
        carries,
      });
    } else if (comment.body !== body) {
      const update = ready({
        kind: 'update-digest-comment',
        issueNumber: existing.number,
        commentId: comment.id,
        auditId,
        part,
        body,
      });
      candidates.push({ op: update, carries });
    } else {
      candidates.push({ op: null, carries });
    }
  }
  for (const duplicate of duplicatesOf(issues, existing)) {
    const comment = `Closed as a duplicate of #${existing.number}, the digest of the same audit.`;
    candidates.push({
      op: ready({
        kind: 'close-duplicate',
        issueNumber: duplicate.number,
        duplicateOf: existing.number,
        comment,
      }),
      carries: [],
    });
  }
  return candidates;
}

/**
 * Continuation comments by part; the oldest comment wins when a part appears twice. Other
 * comments (people's, other audits') are skipped; a part-1 marker in a comment is never read,
 * as continuations start at part 2.
 */
function existingParts(
  comments: readonly ExistingComment[],
  auditId: string,
): Map<number, ExistingComment> {
  const parts = new Map<number, ExistingComment>();
  for (const comment of [...comments].sort((a, b) => a.id - b.id)) {
    const marker = parseMarker(comment.body);
    if (marker?.kind !== 'digest' || marker.auditId !== auditId) continue;
    if (!parts.has(marker.part)) parts.set(marker.part, comment);
  }
  return parts;
}

/** Suppression, then every op the mode would make, before the budget. */
function prepare(input: PlanInput) {
  const { options } = input;
  const index = indexOwned(input.issues, options.labels[0] ?? '');
  const suppressed: SuppressedGroup[] = [];
  const analysed = analyse(input, index, suppressed);
  const suppressedHits = suppressed.reduce((sum, s) => sum + s.hits, 0);
  const candidates =
    options.mode === 'individual'
      ? groupCandidates(input, index, analysed)
      : digestCandidates(input, index, analysed, suppressedHits);
  return { index, suppressed, analysed, suppressedHits, candidates };
}

/**
 * The `calls` and `newGroups` of the plan `planFiling` makes without a budget, without building
 * its ops: the quota decision needs only these, and a run that goes on to a digest would
 * otherwise render an issue for every group just to count it.
 */
export function planCost(input: Omit<PlanInput, 'budget'>): Pick<Plan, 'calls' | 'newGroups'> {
  const { analysed, candidates } = prepare(input);
  return {
    calls: candidates.reduce((sum, c) => sum + (c.op?.calls ?? 0), 0),
    newGroups: analysed.filter((a) => a.canonical === null).length,
  };
}

export function planFiling(input: PlanInput): Plan {
  const { options } = input;
  const { index, suppressed, analysed, suppressedHits, candidates } = prepare(input);

  const ops: PlanOp[] = [];
  const opCarries: DeferredGroup[][] = [];
  const deferred: DeferredGroup[] = [];
  let left = input.budget ?? Number.POSITIVE_INFINITY;
  let createdDigest = false;
  let delivered = 0;
  const written = new Set<string>();
  for (const candidate of candidates) {
    const fits =
      candidate.op === null ||
      (candidate.op.calls <= left && (!candidate.needsNewDigest || createdDigest));
    if (fits && candidate.op !== null) {
      const built = candidate.op.build();
      ops.push(built);
      opCarries.push(candidate.carries.map((c) => ({ fingerprint: c.fingerprint, hits: c.hits })));
      left -= built.calls;
      if (built.kind === 'create-digest') createdDigest = true;
    }
    for (const carried of candidate.carries) {
      written.add(carried.fingerprint);
      if (fits) delivered += carried.hits.length;
      else deferred.push(carried);
    }
  }

  // Groups with an open, up-to-date issue: their hits are already in front of people.
  const unchanged: { issueNumber: number; fingerprint: string | null }[] = [];
  if (options.mode === 'individual') {
    for (const a of analysed) {
      if (a.canonical?.state === 'open' && !written.has(a.group.fingerprint)) {
        unchanged.push({ issueNumber: a.canonical.number, fingerprint: a.group.fingerprint });
        delivered += a.live.length;
      }
    }
  } else if (!ops.some((o) => o.kind === 'update-digest')) {
    // A plan that creates the digest finds none here.
    const existing = canonicalIssue(index.digests.get(options.auditId) ?? []);
    if (existing) unchanged.push({ issueNumber: existing.number, fingerprint: null });
  }

  const total = input.groups.reduce((sum, g) => sum + g.hits.length, 0);
  const deferredHits = deferred.reduce((sum, d) => sum + d.hits.length, 0);
  const fullySuppressed = suppressed.filter((s) => s.reason !== 'ignored-hits').length;
  return {
    mode: options.mode,
    ops,
    opCarries,
    calls: ops.reduce((sum, o) => sum + o.calls, 0),
    unchanged,
    suppressed,
    suppressedGroups: fullySuppressed + analysed.filter((a) => a.live.length === 0).length,
    newGroups: analysed.filter((a) => a.canonical === null).length,
    deferred,
    accounting: {
      total,
      filed: options.mode === 'individual' ? delivered : 0,
      inDigest: options.mode === 'digest' ? delivered : 0,
      suppressed: suppressedHits,
      deferred: deferredHits,
    },
  };
}
