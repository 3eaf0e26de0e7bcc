/**
 * Stable identities. Each is the sha256 of a versioned key (`v1\0kind\0…`), so it is the same
 * in every run and process, and a future change of the key format bumps the version instead of
 * silently re-keying every issue. Only our own hex ever reaches an issue body as an identity.
 */
import { createHash } from 'node:crypto';
import type { Hit } from '../gate/artifact.js';
import type { GroupBy } from './types.js';

/** 96 bits: collisions between the groups of one repository are not a practical concern. */
export const FINGERPRINT_HEX = 24;
/** Hit ids only need to be unique inside one group. */
export const HIT_ID_HEX = 16;
export const REPO_HASH_HEX = 16;

function digest(parts: readonly string[], hex: number): string {
  return createHash('sha256')
    .update(['v1', ...parts].join('\0'), 'utf8')
    .digest('hex')
    .slice(0, hex);
}

/**
 * GitHub treats `Org/Repo` and `org/repo` as one repository, and a scanner may spell it either
 * way; the key uses the lower-case form so the spelling does not re-key the group.
 */
export function repoKey(repo: string): string {
  return repo.toLowerCase();
}

/** The parts of a group's key, in order; also what the renderer shows. */
export function groupKeyParts(hit: Pick<Hit, 'repo' | 'pattern'>, groupBy: GroupBy): string[] {
  switch (groupBy) {
    case 'repo':
      return [repoKey(hit.repo)];
    case 'repo-pattern':
      return [repoKey(hit.repo), hit.pattern];
    case 'pattern':
      return [hit.pattern];
  }
}

export function groupFingerprint(groupBy: GroupBy, keyParts: readonly string[]): string {
  return digest(['group', groupBy, ...keyParts], FINGERPRINT_HEX);
}

/**
 * What makes a hit "the same hit" across audits: where (repo, path), what (pattern) and the
 * code itself (snippet with whitespace runs collapsed, so re-indenting does not matter). The
 * line number is left out, so code moving up or down keeps its id and its "ignore" tick; an
 * edited snippet is new code and asks for a fresh look. `ordinal` tells apart identical code
 * found more than once in one file (the 2nd occurrence, in line order, is ordinal 1).
 */
export function hitId(hit: Hit, ordinal: number): string {
  return hitIdOf(hitIdentityKey(hit), ordinal);
}

/** The identity part of `hitId` without the ordinal, to count occurrences. */
export function hitIdentityKey(hit: Hit): string {
  return [repoKey(hit.repo), hit.path, hit.pattern, normalizeSnippet(hit.snippet)].join('\0');
}

/** `hitId` from a key `hitIdentityKey` already made: grouping needs both, and normalising twice costs. */
export function hitIdOf(identityKey: string, ordinal: number): string {
  return digest(['hit', identityKey, String(ordinal)], HIT_ID_HEX);
}

function normalizeSnippet(snippet: string | undefined): string {
  return (snippet ?? '').replace(/\s+/g, ' ').trim();
}

/** Lets auto-close check a closed group's repositories against the scope without user text. */
export function repoHash(repo: string): string {
  return digest(['repo', repoKey(repo)], REPO_HASH_HEX);
}
