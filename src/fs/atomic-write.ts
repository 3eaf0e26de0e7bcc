import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `data` to `file` so that a crash leaves either the old file or the whole new one:
 * a temp file in the same directory (rename is only atomic within one file system), fsync,
 * rename over the target, then fsync the directory so the rename itself is durable.
 * On failure the temp file is removed.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  let closed = false;
  try {
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    closed = true;
    await rename(temp, file);
  } catch (error) {
    if (!closed) await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

async function syncDirectory(dir: string): Promise<void> {
  // Some file systems refuse fsync on a directory; the data is already renamed into place.
  const handle = await open(dir, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    /* not supported here */
  } finally {
    await handle.close();
  }
}
