/**
 * Which existing issues are ours, and which one of several speaks for a fingerprint. State is
 * read from the issues list (never the search API, whose index lags and lets a retry
 * duplicate); an issue is ours only with the owner label *and* a well-formed first-line marker.
 */
import { parseMarker } from './marker.js';
import type { ExistingIssue, SuppressionReason } from './types.js';

export interface OwnedIndex {
  /** Group issues by fingerprint, oldest first. */
  readonly groups: ReadonlyMap<string, readonly ExistingIssue[]>;
  /** Digest issues by audit id, oldest first. */
  readonly digests: ReadonlyMap<string, readonly ExistingIssue[]>;
}

/** GitHub matches label names case-insensitively. */
export function hasLabel(issue: ExistingIssue, label: string): boolean {
  const wanted = label.toLowerCase();
  return issue.labels.some((l) => l.toLowerCase() === wanted);
}

/** Oldest first; on equal or unreadable dates (NaN, which is falsy) the lower number first. */
function byAge(a: ExistingIssue, b: ExistingIssue): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.number - b.number;
}

function push(map: Map<string, ExistingIssue[]>, key: string, issue: ExistingIssue): void {
  const list = map.get(key);
  if (list) list.push(issue);
  else map.set(key, [issue]);
}

export function indexOwned(issues: readonly ExistingIssue[], ownerLabel: string): OwnedIndex {
  const groups = new Map<string, ExistingIssue[]>();
  const digests = new Map<string, ExistingIssue[]>();
  for (const issue of issues) {
    if (issue.isPullRequest || !hasLabel(issue, ownerLabel)) continue;
    const marker = parseMarker(issue.body);
    if (marker?.kind === 'group') push(groups, marker.fingerprint, issue);
    // A digest issue's own body is part 1; a part marker there is not ours.
    else if (marker?.kind === 'digest' && marker.part === 1) push(digests, marker.auditId, issue);
  }
  for (const list of [...groups.values(), ...digests.values()]) list.sort(byAge);
  return { groups, digests };
}

/**
 * The issue that speaks for a fingerprint: the oldest, so racing runs converge on the same
 * one. An issue closed as a duplicate is never it (it points at another), unless all are.
 */
export function canonicalIssue(issues: readonly ExistingIssue[]): ExistingIssue | null {
  return (
    issues.find((i) => !(i.state === 'closed' && i.stateReason === 'duplicate')) ??
    issues[0] ??
    null
  );
}

/** Open issues other than the canonical one: each is closed as its duplicate. */
export function duplicatesOf(
  issues: readonly ExistingIssue[],
  canonical: ExistingIssue,
): ExistingIssue[] {
  return issues.filter((i) => i !== canonical && i.state === 'open');
}

/**
 * Why a group is suppressed, or null. `fp-label` on any of its issues counts (the label says
 * "false positive" and nothing else); `not_planned` only on the canonical one, because people
 * also close plain duplicates as not planned.
 */
export function suppression(
  issues: readonly ExistingIssue[],
  canonical: ExistingIssue,
  fpLabel: string,
): Exclude<SuppressionReason, 'ignored-hits'> | null {
  if (fpLabel !== '' && issues.some((i) => hasLabel(i, fpLabel))) return 'fp-label';
  if (canonical.state === 'closed' && canonical.stateReason === 'not_planned') return 'not-planned';
  return null;
}

/** The digest issue of an audit, so the caller knows whose comments to read before planning. */
export function digestIssueFor(index: OwnedIndex, auditId: string): ExistingIssue | null {
  return canonicalIssue(index.digests.get(auditId) ?? []);
}
