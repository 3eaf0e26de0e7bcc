import { lstat, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, errorMessage } from '../errors.js';
import type { LocalEntry } from './decide.js';

/**
 * The entries directly inside fallback-dir, each described by lstat: a symlink is reported as
 * a symlink and never followed, so nothing outside the directory is ever looked at. A missing
 * directory is an empty one (no fallback was ever written on this runner).
 */
export async function scanFallbackDir(dir: string): Promise<LocalEntry[] | null> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ENOTDIR') {
      throw new ConfigurationError(`Input 'fallback-dir' is not a directory: ${dir}.`);
    }
    throw new Error(`Cannot read fallback-dir ${dir}: ${errorMessage(error)}`, { cause: error });
  }
  const entries: LocalEntry[] = [];
  for (const name of names.sort()) {
    try {
      const stats = await lstat(path.join(dir, name));
      entries.push({
        name,
        kind: stats.isSymbolicLink() ? 'symlink' : stats.isFile() ? 'file' : 'other',
        sizeInBytes: stats.isFile() ? stats.size : 0,
        mtimeMs: stats.mtimeMs,
      });
    } catch (error) {
      // Removed between readdir and lstat (a concurrent purge): nothing to account for.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return entries;
}

/**
 * Removes one entry by name. unlink never follows a link: had the file been swapped for a
 * symlink since the scan, only the link would go, never its target. Returns false when the
 * file was already gone.
 */
export async function deleteLocalFile(dir: string, name: string): Promise<boolean> {
  try {
    await unlink(path.join(dir, name));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Disk use of the regular files directly inside the directory. */
export interface DiskUsage {
  readonly files: number;
  readonly bytes: number;
}

export function diskUsage(entries: readonly LocalEntry[]): DiskUsage {
  let files = 0;
  let bytes = 0;
  for (const entry of entries) {
    if (entry.kind !== 'file') continue;
    files++;
    bytes += entry.sizeInBytes;
  }
  return { files, bytes };
}
