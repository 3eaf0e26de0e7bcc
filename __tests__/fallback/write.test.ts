import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { writeFileAtomic } from '../../src/fs/atomic-write.js';
import {
  FALLBACK_FILE,
  FALLBACK_TEMP,
  STALE_TEMP_MS,
  fallbackFileName,
  sweepStaleTemps,
  utcStamp,
  writeFallbackFile,
} from '../../src/fallback/write.js';
import { uploadName } from '../../src/fallback/upload.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fallback-write-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const AT = new Date('2026-11-25T02:03:04.567Z');

describe('names', () => {
  it.each([
    [new Date('2026-11-25T02:03:04.567Z'), '20261125T020304Z'],
    [new Date('2026-01-01T00:00:00.000Z'), '20260101T000000Z'],
    [new Date('2099-12-31T23:59:59.999Z'), '20991231T235959Z'],
  ])('utcStamp(%s) is %s', (date, stamp) => {
    expect(utcStamp(date)).toBe(stamp);
  });

  it.each([
    ['4242', '1', 'fallback_4242_1_20261125T020304Z.json'],
    ['4242', '3', 'fallback_4242_3_20261125T020304Z.json'],
    // Outside Actions there is no run id.
    ['', '', 'fallback_local_1_20261125T020304Z.json'],
    ['../x', '1', 'fallback_---x_1_20261125T020304Z.json'],
  ])('run %j attempt %j: %s', (runId, attempt, name) => {
    expect(fallbackFileName(runId, attempt, AT)).toBe(name);
    expect(FALLBACK_FILE.test(name)).toBe(true);
  });

  it.each([
    ['audit-fallback', '4242', '1', 'audit-fallback-4242-1'],
    ['audit-fallback', '4242', '2', 'audit-fallback-4242-2'],
    ['x', '', '', 'x-local-1'],
  ])('upload name of %s run %j attempt %j is %s', (prefix, runId, attempt, name) => {
    expect(uploadName(prefix, runId, attempt)).toBe(name);
  });

  it('tells fallback files and their temp files apart', () => {
    expect(FALLBACK_FILE.test('fallback_1_1_20261125T020304Z_2.json')).toBe(true);
    for (const other of [
      '.fallback_1_1_20261125T020304Z.json.0a1b2c3d4e5f.tmp',
      'fallback_1_1_20261125T020304Z.json.tmp',
      'fallback_1_1.json',
      'consumer_artifact.json',
    ]) {
      expect(FALLBACK_FILE.test(other)).toBe(false);
    }
    expect(FALLBACK_TEMP.test('.fallback_1_1_20261125T020304Z.json.0a1b2c3d4e5f.tmp')).toBe(true);
    expect(FALLBACK_TEMP.test('.metrics.prom.0a1b.tmp')).toBe(false);
  });
});

describe('writeFallbackFile', () => {
  const options = { runId: '4242', attempt: '1', now: AT };

  it('makes the directory and writes the whole content under the name, nothing else', async () => {
    const target = path.join(dir, 'nested', 'adversarial_reports');
    const file = await writeFallbackFile(target, '{"a":1}\n', options);
    expect(file).toBe(path.join(target, 'fallback_4242_1_20261125T020304Z.json'));
    expect(await readFile(file, 'utf8')).toBe('{"a":1}\n');
    expect(await readdir(target)).toEqual([path.basename(file)]);
  });

  it('never replaces a copy written in the same second', async () => {
    const first = await writeFallbackFile(dir, 'first', options);
    const second = await writeFallbackFile(dir, 'second', options);
    const third = await writeFallbackFile(dir, 'third', options);
    expect(path.basename(second)).toBe('fallback_4242_1_20261125T020304Z_2.json');
    expect(path.basename(third)).toBe('fallback_4242_1_20261125T020304Z_3.json');
    expect(await readFile(first, 'utf8')).toBe('first');
    expect(await readFile(second, 'utf8')).toBe('second');
  });

  it('fails when the directory cannot be made, leaving nothing', async () => {
    const blocker = path.join(dir, 'file');
    await writeFile(blocker, 'x');
    await expect(writeFallbackFile(path.join(blocker, 'sub'), 'x', options)).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['file']);
  });
});

describe('writeFileAtomic on failure', () => {
  it('removes its temp file when the rename fails', async () => {
    // A non-empty directory where the file should go: the rename cannot replace it.
    const target = path.join(dir, 'fallback_1_1_20261125T020304Z.json');
    await mkdir(path.join(target, 'inside'), { recursive: true });
    await expect(writeFileAtomic(target, 'x'.repeat(1 << 20))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([path.basename(target)]);
  });
});

describe('sweepStaleTemps', () => {
  it('removes fallback temp files idle for a minute, keeps younger ones and everything else', async () => {
    const now = new Date();
    const old = new Date(now.getTime() - STALE_TEMP_MS - 1000);
    const files = {
      stale: '.fallback_1_1_20261125T020304Z.json.aaaaaaaaaaaa.tmp',
      fresh: '.fallback_1_1_20261125T020305Z.json.bbbbbbbbbbbb.tmp',
      otherTemp: '.metrics.prom.cccccccccccc.tmp',
      copy: 'fallback_1_1_20261125T020304Z.json',
    };
    for (const name of Object.values(files)) await writeFile(path.join(dir, name), 'x');
    for (const name of [files.stale, files.otherTemp, files.copy]) {
      await utimes(path.join(dir, name), old, old);
    }
    expect(await sweepStaleTemps(dir, now)).toEqual([files.stale]);
    expect((await readdir(dir)).sort()).toEqual([files.fresh, files.otherTemp, files.copy].sort());
  });

  it('is quiet about a directory that does not exist', async () => {
    await expect(sweepStaleTemps(path.join(dir, 'none'), new Date())).resolves.toEqual([]);
  });
});
