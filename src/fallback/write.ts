import { lstat, mkdir, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';

/** `fallback_<run_id>_<attempt>_<YYYYMMDDTHHMMSSZ>.json`, with `_<n>` if that name is taken. */
export const FALLBACK_FILE = /^fallback_[A-Za-z0-9-]+_[A-Za-z0-9-]+_\d{8}T\d{6}Z(?:_\d+)?\.json$/;

/**
 * The temp files writeFileAtomic makes for a fallback (`.fallback_….json.<hex>.tmp`). Hidden
 * and never matching FALLBACK_FILE, so no reader takes one for a fallback copy.
 */
export const FALLBACK_TEMP = /^\.fallback_.+\.tmp$/;

/**
 * A temp file untouched for this long belongs to a writer that died (SIGKILL, power loss: no
 * code runs to remove it). A live writer touches its temp file with every chunk it writes.
 */
export const STALE_TEMP_MS = 60_000;

/** `20261125T020000Z`: the UTC time to the second, safe in file names on every platform. */
export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** Run ids and attempts are digits on GitHub; anything else (a CLI run: '') gets a safe stand-in. */
export function namePart(value: string, fallback: string): string {
  const safe = value.replace(/[^A-Za-z0-9-]/g, '-').slice(0, 40);
  return safe === '' ? fallback : safe;
}

export function fallbackFileName(runId: string, attempt: string, at: Date): string {
  return `fallback_${namePart(runId, 'local')}_${namePart(attempt, '1')}_${utcStamp(at)}.json`;
}

export interface WriteFallbackOptions {
  readonly runId: string;
  readonly attempt: string;
  readonly now: Date;
}

/**
 * Writes `content` as a new fallback file in `dir` (made if missing) and returns its path.
 * A crash leaves either the whole file or none under a FALLBACK_FILE name: writeFileAtomic
 * writes a temp file, fsyncs, renames, fsyncs the directory, and removes the temp on any
 * error it sees. Temp files of writers killed earlier are swept first (see STALE_TEMP_MS).
 */
export async function writeFallbackFile(
  dir: string,
  content: string,
  options: WriteFallbackOptions,
): Promise<string> {
  await mkdir(dir, { recursive: true });
  await sweepStaleTemps(dir, options.now);
  const file = await freeName(dir, fallbackFileName(options.runId, options.attempt, options.now));
  await writeFileAtomic(file, content);
  return file;
}

/**
 * Removes FALLBACK_TEMP files in `dir` not modified for `maxAgeMs`; returns their names.
 * Younger ones may belong to a writer still running (a parallel job in a shared workspace).
 */
export async function sweepStaleTemps(
  dir: string,
  now: Date,
  maxAgeMs: number = STALE_TEMP_MS,
): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names.filter((n) => FALLBACK_TEMP.test(n))) {
    const file = path.join(dir, name);
    const stats = await lstat(file).catch(() => null);
    if (!stats?.isFile() || now.getTime() - stats.mtimeMs < maxAgeMs) continue;
    // Another sweeper may have got there first.
    if (
      await unlink(file).then(
        () => true,
        () => false,
      )
    )
      removed.push(name);
  }
  return removed;
}

/**
 * `name`, or `name` with `_2`, `_3`… when taken: rename replaces its target, so two copies
 * written in the same second by one run must not share a name.
 */
async function freeName(dir: string, name: string): Promise<string> {
  const stem = name.replace(/\.json$/, '');
  for (let n = 1; n <= 1000; n++) {
    const candidate = path.join(dir, n === 1 ? name : `${stem}_${n}.json`);
    const taken = await lstat(candidate).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    if (!taken) return candidate;
  }
  throw new Error(`${dir} already holds 1000 fallback files named ${name}`);
}
