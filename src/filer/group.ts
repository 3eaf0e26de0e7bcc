/**
 * Groups hits into the units that become issues. The result depends only on the set of hits,
 * never on their order in the artifact, so a re-ordered artifact renders the same bytes.
 */
import type { Hit } from '../gate/artifact.js';
import {
  groupFingerprint,
  groupKeyParts,
  hitIdentityKey,
  hitIdOf,
  repoKey,
} from './fingerprint.js';
import type { Group, GroupBy, GroupedHit } from './types.js';

/** Code-unit order: unlike localeCompare it is the same on every machine and ICU build. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareHits(a: Hit, b: Hit): number {
  return (
    compareText(repoKey(a.repo), repoKey(b.repo)) ||
    compareText(a.path, b.path) ||
    a.line_number - b.line_number ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.pattern, b.pattern) ||
    compareText(a.snippet ?? '', b.snippet ?? '') ||
    compareText(a.commit ?? '', b.commit ?? '') ||
    compareText(a.repo, b.repo) ||
    compareText(a.severity ?? '', b.severity ?? '') ||
    compareText(a.message ?? '', b.message ?? '')
  );
}

export function groupHits(hits: readonly Hit[], groupBy: GroupBy): Group[] {
  const buckets = new Map<string, { parts: string[]; hits: Hit[] }>();
  for (const hit of hits) {
    const parts = groupKeyParts(hit, groupBy);
    const key = parts.join('\0');
    const bucket = buckets.get(key);
    if (bucket) bucket.hits.push(hit);
    else buckets.set(key, { parts, hits: [hit] });
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([, bucket]) => toGroup(bucket.parts, bucket.hits, groupBy));
}

function toGroup(parts: readonly string[], hits: Hit[], groupBy: GroupBy): Group {
  const sorted = [...hits].sort(compareHits);
  const seen = new Map<string, number>();
  const grouped: GroupedHit[] = sorted.map((hit) => {
    const identity = hitIdentityKey(hit);
    const ordinal = seen.get(identity) ?? 0;
    seen.set(identity, ordinal + 1);
    return { id: hitIdOf(identity, ordinal), hit };
  });
  const first = sorted[0]!;
  const repos = new Map<string, string>();
  for (const hit of sorted)
    if (!repos.has(repoKey(hit.repo))) repos.set(repoKey(hit.repo), hit.repo);
  return {
    fingerprint: groupFingerprint(groupBy, parts),
    groupBy,
    repo: groupBy === 'pattern' ? null : first.repo,
    pattern: groupBy === 'repo' ? null : first.pattern,
    repos: [...repos.values()],
    hits: grouped,
  };
}
