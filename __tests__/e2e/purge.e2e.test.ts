/**
 * `mode: purge` through the bundled action, run as the Actions runner runs it, against the
 * local GitHub: which fallback copies go (by age, prefix and cap), dry runs, a token without
 * actions: write, and local files including a symlink that points out of fallback-dir.
 */
import {
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startLocalGitHub, type LocalGitHub } from '../../test-support/github/server.js';
import { runAction, type ActionRun } from '../../test-support/run-action.js';

const DAY_MS = 86_400_000;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => Promise.all(cleanups.map((cleanup) => cleanup())));

let gh: LocalGitHub;
beforeEach(async () => {
  gh = await startLocalGitHub();
});
afterEach(async () => gh.close());

async function purge(
  inputs: Record<string, string> = {},
  options: { token?: string; workspace?: string } = {},
): Promise<ActionRun> {
  const run = await runAction({
    inputs: { mode: 'purge', ...inputs },
    githubUrl: gh.url,
    ...options,
  });
  cleanups.push(run.cleanup);
  return run;
}

const remaining = () => [...gh.artifacts.artifacts.values()].map((a) => a.name).sort();
const deletes = () => gh.log.entries.filter((e) => e.method === 'DELETE');

describe('purge of workflow artifacts', () => {
  it('deletes fallback artifacts older than ttl-days, and only those', async () => {
    gh.seedArtifact({ name: 'audit-fallback-100-1', ageDays: 30, sizeInBytes: 3000 });
    gh.seedArtifact({ name: 'audit-fallback-101-2', ageDays: 8, sizeInBytes: 200 });
    gh.seedArtifact({ name: 'audit-fallback-102-1', ageDays: 6.9, sizeInBytes: 50 });
    gh.seedArtifact({ name: 'audit-fallbackx-103-1', ageDays: 30 });
    gh.seedArtifact({ name: 'coverage-report', ageDays: 30 });
    gh.seedArtifact({ name: 'audit-fallback-104-1', ageDays: 60, retentionDays: 7 });

    const run = await purge();

    expect(run.exitCode).toBe(0);
    expect(remaining()).toEqual([
      'audit-fallback-102-1',
      // Expired by GitHub: its contents are gone already, so it is not spent on.
      'audit-fallback-104-1',
      'audit-fallbackx-103-1',
      'coverage-report',
    ]);
    expect(run.outputs['purged-count']).toBe('2');
    expect(run.outputs['purged-bytes']).toBe('3200');
    expect(run.outputs['failure-reason']).toBeUndefined();
    expect(run.summary).toContain('Deleted 2 copies');
    expect(run.summary).toMatch(
      /\| `audit-fallback-100-1` \| workflow artifact \| 30\.0 \| 2\.9 KiB \|/,
    );
    expect(run.summary).toMatch(
      /\| `audit-fallback-101-2` \| workflow artifact \| 8\.0 \| 200 B \|/,
    );
    expect(run.summary).toContain('1 workflow artifact already expired by GitHub');
    // Oldest first.
    expect(run.summary.indexOf('audit-fallback-100-1')).toBeLessThan(
      run.summary.indexOf('audit-fallback-101-2'),
    );
  });

  it('honours ttl-days and artifact-name', async () => {
    gh.seedArtifact({ name: 'nightly-copy-1-1', ageDays: 2 });
    gh.seedArtifact({ name: 'nightly-copy-2-1', ageDays: 0.5 });
    gh.seedArtifact({ name: 'audit-fallback-3-1', ageDays: 30 });

    const run = await purge({ 'ttl-days': '1', 'artifact-name': 'nightly-copy' });

    expect(run.exitCode).toBe(0);
    expect(remaining()).toEqual(['audit-fallback-3-1', 'nightly-copy-2-1']);
    expect(run.outputs['purged-count']).toBe('1');
  });

  it('lists 100 per page and deletes at most max-deletions, oldest first, saying how many are left', async () => {
    for (let i = 0; i < 130; i++) {
      gh.seedArtifact({
        name: `audit-fallback-${i}-1`,
        ageDays: 10 + i,
        sizeInBytes: 10,
        // Past GitHub's retention an artifact is expired, and purge skips those.
        retentionDays: 400,
      });
    }

    const run = await purge({ 'max-deletions': '25' });

    expect(run.exitCode).toBe(0);
    const lists = gh.log.entries.filter((e) => e.route === 'actions.listArtifactsForRepo');
    expect(lists.map((e) => [e.query.per_page, e.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
    ]);
    expect(deletes()).toHaveLength(25);
    expect(run.outputs['purged-count']).toBe('25');
    expect(run.outputs['purged-bytes']).toBe('250');
    // The oldest are ages 139 down to 115: indexes 129..105.
    expect(remaining()).toHaveLength(105);
    expect(remaining()).not.toContain('audit-fallback-129-1');
    expect(remaining()).toContain('audit-fallback-104-1');
    expect(run.summary).toContain('105 more old workflow artifacts left for the next run');
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'notice',
        message: '105 old fallback artifact(s) left for the next run (max-deletions 25).',
      }),
    );
  });

  it('dry-run lists, deletes nothing and says so', async () => {
    gh.seedArtifact({ name: 'audit-fallback-1-1', ageDays: 30, sizeInBytes: 700 });
    gh.seedArtifact({ name: 'audit-fallback-2-1', ageDays: 1 });

    const run = await purge({ 'dry-run': 'true' });

    expect(run.exitCode).toBe(0);
    expect(deletes()).toEqual([]);
    expect(gh.log.writes).toBe(0);
    expect(remaining()).toEqual(['audit-fallback-1-1', 'audit-fallback-2-1']);
    expect(run.outputs['purged-count']).toBe('0');
    expect(run.outputs['purged-bytes']).toBe('0');
    expect(run.summary).toContain('dry run: nothing was deleted');
    expect(run.summary).toContain('Would delete 1 copy, 700 B');
    expect(run.summary).toContain('`audit-fallback-1-1`');
    expect(run.stdout).toContain('Dry run: would delete workflow artifact audit-fallback-1-1');
  });

  it('a token without actions: write fails with exit 1 naming the permission, deleting nothing', async () => {
    const token = 'ghs_readonly0000000000000000000000000000';
    gh.restrictToken(token, { actions: 'read' });
    gh.seedArtifact({ name: 'audit-fallback-1-1', ageDays: 30 });

    const run = await purge({}, { token });

    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('config');
    expect(remaining()).toEqual(['audit-fallback-1-1']);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain(
      'The token lacks actions: write on octo-org/audit-central',
    );
    expect(errors[0]?.message).toContain('add `permissions: actions: write` to the job');
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('an artifact deleted by someone else meanwhile is not an error', async () => {
    const first = gh.seedArtifact({ name: 'audit-fallback-1-1', ageDays: 30, sizeInBytes: 5 });
    gh.seedArtifact({ name: 'audit-fallback-2-1', ageDays: 20, sizeInBytes: 7 });
    // A concurrent purge takes the first one between our list and our delete.
    let listed = false;
    gh.mount((req) => {
      if (req.method === 'DELETE' && !listed) {
        listed = true;
        gh.artifacts.delete(first.id);
      }
      return false;
    });

    const run = await purge();

    expect(run.exitCode).toBe(0);
    expect(remaining()).toEqual([]);
    expect(run.outputs['purged-count']).toBe('1');
    expect(run.outputs['purged-bytes']).toBe('7');
  });

  it('an exhausted API quota is exit 3 with failure-reason quota', async () => {
    gh.seedArtifact({ name: 'audit-fallback-1-1', ageDays: 30 });
    gh.knobs.quotaRemaining = 0;

    const run = await purge();

    expect(run.exitCode).toBe(3);
    expect(run.outputs['failure-reason']).toBe('quota');
    expect(run.annotations.find((a) => a.level === 'error')?.message).toContain(
      'GitHub rate limit reached while listing workflow artifacts; nothing was deleted',
    );
    expect(remaining()).toEqual(['audit-fallback-1-1']);
  });

  it('an empty token is a configuration error', async () => {
    const run = await purge({ token: '' }, { token: '' });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]?.message).toContain("Input 'token' is empty");
    expect(gh.log.entries).toEqual([]);
  });
});

describe('purge of local fallback files', () => {
  let workspace: string;
  let outside: string;
  beforeEach(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'purge-ws-'));
    outside = await mkdtemp(path.join(tmpdir(), 'purge-outside-'));
  });
  afterEach(async () => {
    await rm(workspace, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  async function file(relative: string, content: string, ageDays: number): Promise<string> {
    const target = path.join(workspace, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    const when = new Date(Date.now() - ageDays * DAY_MS);
    await utimes(target, when, when);
    return target;
  }

  it('deletes old fallback_*.json only, never through a symlink, and reports what is left', async () => {
    await file('adversarial_reports/fallback_1_1_20261101T020000Z.json', '{"a":1}', 20);
    await file('adversarial_reports/fallback_2_1_20261123T020000Z.json', '{"b":22}', 2);
    await file('adversarial_reports/consumer_artifact.json', '{"keep":true}', 90);
    await file('adversarial_reports/fallback_notes.txt', 'notes', 90);
    await file('adversarial_reports/nested/fallback_3_1_x.json', '{}', 90);
    // A link named like a fallback copy, pointing outside: neither it nor its target may go.
    const precious = path.join(outside, 'precious.json');
    await writeFile(precious, 'do not touch');
    const old = new Date(Date.now() - 90 * DAY_MS);
    await utimes(precious, old, old);
    await symlink(precious, path.join(workspace, 'adversarial_reports/fallback_link.json'));

    const run = await purge({}, { workspace });

    expect(run.exitCode).toBe(0);
    expect((await readdir(path.join(workspace, 'adversarial_reports'))).sort()).toEqual([
      'consumer_artifact.json',
      'fallback_2_1_20261123T020000Z.json',
      'fallback_link.json',
      'fallback_notes.txt',
      'nested',
    ]);
    expect(
      (
        await lstat(path.join(workspace, 'adversarial_reports/fallback_link.json'))
      ).isSymbolicLink(),
    ).toBe(true);
    expect(await readFile(precious, 'utf8')).toBe('do not touch');
    expect(await readdir(path.join(workspace, 'adversarial_reports/nested'))).toEqual([
      'fallback_3_1_x.json',
    ]);
    expect(run.outputs['purged-count']).toBe('1');
    expect(run.outputs['purged-bytes']).toBe('7');
    expect(run.summary).toMatch(
      /\| `fallback_1_1_20261101T020000Z\.json` \| local file \| 20\.0 \| 7 B \|/,
    );
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('fallback_link.json in fallback-dir is a symbolic link'),
      }),
    );
    // What is left: one fallback file of 8 bytes; three regular files, 8 + 13 + 5 bytes.
    expect(run.summary).toContain(
      '**Disk usage left in `adversarial_reports`:** 1 fallback file (8 B); 3 files in all (26 B, 26 bytes).',
    );
  });

  it('artifacts and files together: counts and bytes add up', async () => {
    gh.seedArtifact({ name: 'audit-fallback-1-1', ageDays: 30, sizeInBytes: 1000 });
    await file('out/fallback_1_1_x.json', '12345', 9);

    const run = await purge({ 'fallback-dir': 'out' }, { workspace });

    expect(run.exitCode).toBe(0);
    expect(run.outputs['purged-count']).toBe('2');
    expect(run.outputs['purged-bytes']).toBe('1005');
    expect(await readdir(path.join(workspace, 'out'))).toEqual([]);
    expect(run.summary).toContain('0 fallback files (0 B); 0 files in all');
  });

  it('dry-run leaves local files and reports what would remain', async () => {
    await file('adversarial_reports/fallback_1_1_x.json', '12345', 9);
    await file('adversarial_reports/fallback_2_1_x.json', '123', 1);

    const run = await purge({ 'dry-run': 'true' }, { workspace });

    expect(run.exitCode).toBe(0);
    expect((await readdir(path.join(workspace, 'adversarial_reports'))).sort()).toEqual([
      'fallback_1_1_x.json',
      'fallback_2_1_x.json',
    ]);
    expect(run.outputs['purged-count']).toBe('0');
    expect(run.summary).toContain('Would delete 1 copy, 5 B');
    expect(run.summary).toContain('1 fallback file (3 B)');
  });

  it('a missing fallback-dir is nothing to do', async () => {
    const run = await purge({ 'fallback-dir': 'never-written' }, { workspace });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['purged-count']).toBe('0');
    expect(run.summary).toContain('the directory does not exist');
  });
});

describe('metrics', () => {
  it('writes audit_purged_total and audit_purged_bytes_total', async () => {
    gh.seedArtifact({ name: 'audit-fallback-1-1', ageDays: 30, sizeInBytes: 4096 });
    const run = await purge({ 'metrics-file': 'metrics.prom' });
    expect(run.exitCode).toBe(0);
    const text = await readFile(path.join(run.workspace, 'metrics.prom'), 'utf8');
    expect(text).toMatch(/^audit_purged_total\{mode="purge"\} 1$/m);
    expect(text).toMatch(/^audit_purged_bytes_total\{mode="purge"\} 4096$/m);
    expect(text).toMatch(/^github_api_quota_remaining\{mode="purge"\} \d+$/m);
  });
});
