/**
 * The crash guarantee, shown by killing a writer rather than by reading the code: a process
 * writing a large fallback copy gets SIGKILL mid-write. Afterwards `fallback-dir` holds no
 * fallback file or a complete one that parses; the only other thing a kill may leave is a
 * hidden `.fallback_….tmp` file (no code runs on SIGKILL to remove it), which never matches
 * the fallback name and is swept by the next write once it is a minute old.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { REPO_ROOT } from '../../test-support/run-action.js';
import { FakeHost } from '../../test-support/fake-host.js';
import { keepFallback } from '../../src/fallback/keep.js';
import { FALLBACK_FILE, FALLBACK_TEMP, STALE_TEMP_MS } from '../../src/fallback/write.js';

const CHILD = path.join(REPO_ROOT, 'test-support/fixtures/kill-during-write.mjs');
const HITS = 5000;
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

interface Trial {
  readonly dir: string;
  readonly signal: NodeJS.Signals | null;
  readonly sawWriting: boolean;
  readonly finished: boolean;
}

/** Starts the writer and kills it with SIGKILL as soon as it says the write is under way. */
async function killMidWrite(): Promise<Trial> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fallback-kill-'));
  dirs.push(dir);
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(HITS)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let sawWriting = false;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk;
    if (!sawWriting && stdout.includes('WRITING ')) {
      sawWriting = true;
      child.kill('SIGKILL');
    }
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
    child.on('close', (c, s) => done([c, s])),
  );
  if (!sawWriting) throw new Error(`the writer never reported a write (exit ${code}): ${stderr}`);
  return { dir, signal, sawWriting, finished: stdout.includes('DONE ') };
}

/** Every fallback file in `dir` is whole; anything else there is a recognisable temp file. */
async function expectWholeOrNothing(dir: string): Promise<{ files: string[]; temps: string[] }> {
  const names = await readdir(dir);
  const files = names.filter((n) => FALLBACK_FILE.test(n));
  const temps = names.filter((n) => FALLBACK_TEMP.test(n));
  expect(files.length + temps.length).toBe(names.length);
  expect(files.length).toBeLessThanOrEqual(1);
  for (const name of files) {
    const copy = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as {
      org_unregistered_hits: unknown[];
    };
    expect(copy.org_unregistered_hits).toHaveLength(HITS);
  }
  return { files, temps };
}

describe('a writer killed with SIGKILL mid-write', () => {
  it('leaves no fallback file or a whole one, and the next write sweeps its temp file', async () => {
    // The kill races the write; a few attempts make sure one lands in the middle of it.
    let midWrite: Trial | null = null;
    for (let attempt = 0; attempt < 5 && midWrite === null; attempt++) {
      const trial = await killMidWrite();
      expect(trial.signal).toBe('SIGKILL');
      const { files, temps } = await expectWholeOrNothing(trial.dir);
      if (files.length === 0) {
        // Killed before the rename: the partial data is only in the hidden temp file.
        expect(temps).toHaveLength(1);
        expect(trial.finished).toBe(false);
        midWrite = trial;
      }
    }
    expect(midWrite).not.toBeNull();
    const { dir } = midWrite!;

    // A write within the minute leaves the temp alone: it may be a live writer's.
    const host = new FakeHost({}, { workspace: dir, runId: '78' });
    const options = {
      fallbackDir: dir,
      artifactName: 'audit-fallback',
      retentionDays: 1,
      failOnFallback: false,
      notifyWebhook: null,
    };
    const source = {
      schema_version: '1.0',
      generated_at: '2026-11-25T02:00:00Z',
      org_unregistered_hits: [{ repo: 'org/a', path: 'a.py', line_number: 1, pattern: 'p' }],
    };
    const request = { source, hits: source.org_unregistered_hits, reason: 'requested' as const };
    const upload = async () => ({ id: null });
    await keepFallback(request, options, host, { upload });
    expect((await readdir(dir)).filter((n) => FALLBACK_TEMP.test(n))).toHaveLength(1);

    // Once it is older than STALE_TEMP_MS, the next write removes it.
    const later = () => new Date(Date.now() + STALE_TEMP_MS + 1000);
    await keepFallback(request, options, host, { upload, now: later });
    const names = await readdir(dir);
    expect(names.filter((n) => FALLBACK_TEMP.test(n))).toEqual([]);
    expect(names.filter((n) => FALLBACK_FILE.test(n))).toHaveLength(2);
  });
});
