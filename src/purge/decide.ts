/**
 * What purge deletes: a pure function of the listing, the clock and the options, so the rules
 * (prefix, age, expiry, cap, order) are table-tested without GitHub or a disk.
 */

export const DAY_MS = 86_400_000;

/** A workflow artifact as the list endpoint describes it. */
export interface ListedArtifact {
  readonly id: number;
  readonly name: string;
  readonly sizeInBytes: number;
  /** ISO 8601; GitHub may send null for an artifact still being created. */
  readonly createdAt: string | null;
  /** GitHub already removed its contents at the end of its retention. */
  readonly expired: boolean;
}

export interface ArtifactRules {
  readonly artifactName: string;
  readonly ttlDays: number;
  readonly maxDeletions: number;
  readonly now: Date;
}

export interface ArtifactCandidate {
  readonly artifact: ListedArtifact;
  readonly ageDays: number;
}

export interface ArtifactPlan {
  /** To delete this run, oldest first, at most `maxDeletions`. */
  readonly delete: readonly ArtifactCandidate[];
  /** Old enough, but over the cap: the next run takes them. */
  readonly deferred: number;
  /** Fallback artifacts younger than the TTL. */
  readonly young: number;
  /** Fallback artifacts GitHub has already expired: nothing left to free, so not spent on. */
  readonly expired: number;
  /** Fallback artifacts without a creation time: their age is unknown, so they stay. */
  readonly undated: number;
}

/**
 * Uploads are named `<artifact-name>-<run_id>-<attempt>`, so the prefix includes the hyphen:
 * `audit-fallback` must not take `audit-fallbackx-1-1`, which some other job owns.
 */
export function isFallbackArtifact(name: string, artifactName: string): boolean {
  return name.startsWith(`${artifactName}-`);
}

/** Age in days (fractional) at `now`; negative for a clock skewed into the future. */
export function ageInDays(createdMs: number, now: Date): number {
  return (now.getTime() - createdMs) / DAY_MS;
}

/** "Older than ttl-days" is strict: an artifact exactly ttl-days old stays one more run. */
export function isExpiredByTtl(createdMs: number, ttlDays: number, now: Date): boolean {
  return now.getTime() - createdMs > ttlDays * DAY_MS;
}

export function planArtifactPurge(
  artifacts: readonly ListedArtifact[],
  rules: ArtifactRules,
): ArtifactPlan {
  const due: { artifact: ListedArtifact; createdMs: number }[] = [];
  let young = 0;
  let expired = 0;
  let undated = 0;
  for (const artifact of artifacts) {
    if (!isFallbackArtifact(artifact.name, rules.artifactName)) continue;
    if (artifact.expired) {
      expired++;
      continue;
    }
    const createdMs = artifact.createdAt === null ? Number.NaN : Date.parse(artifact.createdAt);
    if (!Number.isFinite(createdMs)) {
      undated++;
      continue;
    }
    if (isExpiredByTtl(createdMs, rules.ttlDays, rules.now)) due.push({ artifact, createdMs });
    else young++;
  }
  // Oldest first, so a capped run always frees the copies that have waited longest.
  due.sort((a, b) => a.createdMs - b.createdMs || a.artifact.id - b.artifact.id);
  const taken = due.slice(0, rules.maxDeletions);
  return {
    delete: taken.map(({ artifact, createdMs }) => ({
      artifact,
      ageDays: ageInDays(createdMs, rules.now),
    })),
    deferred: due.length - taken.length,
    young,
    expired,
    undated,
  };
}

/** A directory entry of fallback-dir, as lstat saw it (links are never followed). */
export interface LocalEntry {
  readonly name: string;
  readonly kind: 'file' | 'symlink' | 'other';
  readonly sizeInBytes: number;
  readonly mtimeMs: number;
}

export interface LocalCandidate {
  readonly entry: LocalEntry;
  readonly ageDays: number;
}

export interface LocalPlan {
  readonly delete: readonly LocalCandidate[];
  /** Fallback files younger than the TTL. */
  readonly young: readonly LocalEntry[];
  /** Entries named like fallback copies that are not regular files (symlinks, directories). */
  readonly skipped: readonly LocalEntry[];
}

/** The names the fallback writes: `fallback_<run_id>_<attempt>_<utc timestamp>.json`. */
export const FALLBACK_FILE = /^fallback_.+\.json$/;

/**
 * Only regular files are deleted. The fallback writes regular files (temp + rename), so a
 * symlink or directory with such a name was put there by someone else and is left alone.
 */
export function planLocalPurge(
  entries: readonly LocalEntry[],
  rules: { readonly ttlDays: number; readonly now: Date },
): LocalPlan {
  const remove: LocalCandidate[] = [];
  const young: LocalEntry[] = [];
  const skipped: LocalEntry[] = [];
  for (const entry of entries) {
    if (!FALLBACK_FILE.test(entry.name)) continue;
    if (entry.kind !== 'file') skipped.push(entry);
    else if (isExpiredByTtl(entry.mtimeMs, rules.ttlDays, rules.now)) {
      remove.push({ entry, ageDays: ageInDays(entry.mtimeMs, rules.now) });
    } else young.push(entry);
  }
  remove.sort((a, b) => b.ageDays - a.ageDays || a.entry.name.localeCompare(b.entry.name));
  return { delete: remove, young, skipped };
}
