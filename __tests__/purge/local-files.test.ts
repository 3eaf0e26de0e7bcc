import { lstat, mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../src/errors.js';
import { deleteLocalFile, diskUsage, scanFallbackDir } from '../../src/purge/local-files.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'purge-local-'));
});
afterEach(async () => rm(root, { recursive: true, force: true }));

describe('scanFallbackDir', () => {
  it('is null for a missing directory', async () => {
    expect(await scanFallbackDir(path.join(root, 'nowhere'))).toBeNull();
  });

  it('refuses a file given as the directory', async () => {
    await writeFile(path.join(root, 'file'), 'x');
    await expect(scanFallbackDir(path.join(root, 'file'))).rejects.toThrow(ConfigurationError);
  });

  it('describes entries with lstat: a link is a link, never its target', async () => {
    const dir = path.join(root, 'reports');
    await mkdir(path.join(dir, 'nested'), { recursive: true });
    await writeFile(path.join(dir, 'fallback_1.json'), '12345');
    await writeFile(path.join(root, 'outside.json'), 'x'.repeat(100));
    await symlink(path.join(root, 'outside.json'), path.join(dir, 'fallback_link.json'));
    await writeFile(path.join(dir, 'nested', 'fallback_deep.json'), 'x');
    const old = new Date('2020-01-01T00:00:00Z');
    await utimes(path.join(dir, 'fallback_1.json'), old, old);

    const entries = await scanFallbackDir(dir);
    expect(entries?.map(({ name, kind, sizeInBytes }) => ({ name, kind, sizeInBytes }))).toEqual([
      { name: 'fallback_1.json', kind: 'file', sizeInBytes: 5 },
      { name: 'fallback_link.json', kind: 'symlink', sizeInBytes: 0 },
      { name: 'nested', kind: 'other', sizeInBytes: 0 },
    ]);
    expect(entries?.[0]?.mtimeMs).toBe(old.getTime());
    expect(diskUsage(entries ?? [])).toEqual({ files: 1, bytes: 5 });
  });
});

describe('deleteLocalFile', () => {
  it('removes the file and reports a file already gone as false', async () => {
    await writeFile(path.join(root, 'fallback_1.json'), '{}');
    expect(await deleteLocalFile(root, 'fallback_1.json')).toBe(true);
    await expect(lstat(path.join(root, 'fallback_1.json'))).rejects.toThrow(/ENOENT/);
    expect(await deleteLocalFile(root, 'fallback_1.json')).toBe(false);
  });

  it('removes only the link when a file was swapped for one: the target survives', async () => {
    const target = path.join(root, 'precious.json');
    await writeFile(target, 'keep me');
    await symlink(target, path.join(root, 'fallback_swapped.json'));
    expect(await deleteLocalFile(root, 'fallback_swapped.json')).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('keep me');
  });
});
