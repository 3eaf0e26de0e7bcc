/**
 * `mode: file` through the bundled action against the local GitHub: filing, idempotent
 * re-runs, the digest, dry-run and the metrics.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { parseMarker } from '../../src/filer/marker.js';
import { startLocalGitHub, type LocalGitHub } from '../../test-support/github/server.js';
import type { ActionRun } from '../../test-support/run-action.js';
import {
  OWNER_LABEL,
  accounting,
  artifact,
  digestIssues,
  fileRunner,
  groupIssues,
  openPerFingerprint,
  spread,
} from './file-support.js';

const runs: ActionRun[] = [];
const file = fileRunner(runs);
afterAll(async () => Promise.all(runs.map((run) => run.cleanup())));

let gh: LocalGitHub;
beforeEach(async () => {
  gh = await startLocalGitHub();
});
afterEach(async () => gh.close());

describe('individual issues', () => {
  it('files one issue per group, each with its marker and the owner label', async () => {
    const run = await file(gh, artifact(spread(3)));
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      valid: 'true',
      hits: '6',
      groups: '3',
      'mode-used': 'individual',
      'issues-created': '3',
      'issues-updated': '0',
      'issues-closed': '0',
      suppressed: '0',
    });
    const issues = groupIssues(gh);
    expect(issues).toHaveLength(3);
    for (const issue of issues) {
      expect(issue.labels).toContain(OWNER_LABEL);
      expect(issue.state).toBe('open');
      expect(issue.title.startsWith(`${OWNER_LABEL}:`)).toBe(true);
    }
    expect(new Set(issues.map((i) => parseMarker(i.body)))).toHaveProperty('size', 3);
    expect(accounting(run)).toEqual({ total: 6, filed: 6, digest: 0, fallback: 0, suppressed: 0 });
    expect(run.summary).toContain('within-limits');
    expect(Number(run.outputs['quota-remaining'])).toBeLessThan(5000);
  });

  it("links each hit to its line on the run's own GitHub server", async () => {
    const input = artifact(spread(1, 1)) as { org_unregistered_hits: Record<string, unknown>[] };
    input.org_unregistered_hits[0]!.commit = 'abc1234';
    const run = await file(gh, input);
    expect(run.exitCode).toBe(0);
    const [issue] = groupIssues(gh);
    // runAction's GITHUB_SERVER_URL, as a GitHub Enterprise Server's would be.
    expect(issue?.body).toContain(`(${run.env.GITHUB_SERVER_URL}/org/repo-0/blob/abc1234/`);
    expect(issue?.body).not.toContain('https://github.com/org/');
  });

  it('an immediate re-run writes nothing and makes at most 3 requests', async () => {
    const input = artifact(spread(3));
    expect((await file(gh, input)).exitCode).toBe(0);
    const before = gh.issues().map((i) => ({ ...i }));
    gh.log.reset();
    const again = await file(gh, input);
    expect(again.exitCode).toBe(0);
    expect(gh.log.writes).toBe(0);
    expect(gh.log.entries.length).toBeLessThanOrEqual(3);
    expect(again.outputs).toMatchObject({ 'issues-created': '0', 'issues-updated': '0' });
    expect(gh.issues().map((i) => ({ ...i }))).toEqual(before);
    expect(accounting(again)).toMatchObject({ total: 6, filed: 6 });
  });

  it('an unchanged re-run over 100 owned issues still lists one page', async () => {
    const input = artifact(spread(100, 1));
    const first = await file(gh, input, { inputs: { 'max-new-issues': 200 } });
    expect(first.outputs['issues-created']).toBe('100');
    gh.log.reset();
    const again = await file(gh, input, { inputs: { 'max-new-issues': 200 } });
    expect(again.exitCode).toBe(0);
    expect(gh.log.writes).toBe(0);
    expect(gh.log.entries.length).toBeLessThanOrEqual(3);
  });

  it('updates the issue of a group whose hits changed, and only that one', async () => {
    await file(gh, artifact(spread(3)));
    gh.log.reset();
    const changed = artifact([...spread(3), { repo: 'org/repo-1', path: 'src/new.py' }]);
    const run = await file(gh, changed);
    expect(run.outputs).toMatchObject({ 'issues-created': '0', 'issues-updated': '1' });
    expect(gh.log.count('issues.update')).toBe(1);
    expect(groupIssues(gh)).toHaveLength(3);
  });
});

describe('the digest', () => {
  it('low quota files one digest; a re-run updates it and never adds a second', async () => {
    gh.knobs.quotaRemaining = 400;
    const first = await file(gh, artifact(spread(3)));
    expect(first.exitCode).toBe(0);
    expect(first.outputs['mode-used']).toBe('digest');
    expect(first.summary).toContain('quota-threshold');
    expect(groupIssues(gh)).toHaveLength(0);
    const digests = digestIssues(gh);
    expect(digests).toHaveLength(1);
    expect(first.outputs['digest-issue']).toBe(String(digests[0]!.number));
    expect(accounting(first)).toEqual({
      total: 6,
      filed: 0,
      digest: 6,
      fallback: 0,
      suppressed: 0,
    });
    expect(first.annotations.some((a) => a.level === 'warning' && /digest/.test(a.message))).toBe(
      true,
    );

    const second = await file(gh, artifact([...spread(4)]));
    expect(second.exitCode).toBe(0);
    expect(second.outputs['mode-used']).toBe('digest');
    expect(digestIssues(gh)).toHaveLength(1);
    expect(digestIssues(gh)[0]!.body).toContain('8 hits');
    expect(gh.log.count('issues.update')).toBe(1);
  });

  it('more new groups than max-new-issues: one digest', async () => {
    const run = await file(gh, artifact(spread(5, 1)), { inputs: { 'max-new-issues': 2 } });
    expect(run.outputs['mode-used']).toBe('digest');
    expect(run.summary).toContain('max-new-issues');
    expect(digestIssues(gh)).toHaveLength(1);
    expect(groupIssues(gh)).toHaveLength(0);
  });

  it('20,000 hits in 300 repositories: a digest continued in comments, no 422', async () => {
    const hits = Array.from({ length: 20_000 }, (_, i) => ({
      repo: `org/service-with-a-long-name-${i % 300}`,
      path: `src/module_${i % 97}/file_${i}.py`,
      pattern: `legacy_call_${Math.floor(i / 300) % 20}(`,
    }));
    // By repository and pattern: 6,000 groups, far more than one body holds.
    const run = await file(gh, artifact(hits), {
      inputs: { 'group-by': 'repo-pattern' },
      timeoutMs: 28_000,
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['mode-used']).toBe('digest');
    expect(gh.log.entries.filter((e) => e.status === 422)).toEqual([]);
    const [digest] = digestIssues(gh);
    expect(digestIssues(gh)).toHaveLength(1);
    expect(digest!.body!.length).toBeLessThanOrEqual(65_536);
    expect(accounting(run)).toEqual({
      total: 20_000,
      filed: 0,
      digest: 20_000,
      fallback: 0,
      suppressed: 0,
    });
    expect(run.outputs.groups).toBe('6000');
    const parts = gh.comments(digest!.number);
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      expect(part.body.length).toBeLessThanOrEqual(65_536);
      expect(parseMarker(part.body)).toMatchObject({ kind: 'digest', auditId: 'nightly-1' });
    }
    // Every repository is listed once per pattern across the body and its continuations.
    const text = [digest!.body!, ...parts.map((c) => c.body)].join('\n');
    for (const n of [0, 150, 299]) {
      expect(text.split(`org/service-with-a-long-name-${n}\``).length - 1).toBe(20);
    }
    // A re-run finds every part by its marker and writes nothing.
    gh.log.reset();
    const again = await file(gh, artifact(hits), {
      inputs: { 'group-by': 'repo-pattern' },
      timeoutMs: 28_000,
    });
    expect(again.exitCode).toBe(0);
    expect(gh.log.writes).toBe(0);
  });
});

describe('dry-run', () => {
  it('prints the plan and writes nothing', async () => {
    const run = await file(gh, artifact(spread(3)), { inputs: { 'dry-run': true } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['mode-used']).toBe('dry-run');
    expect(gh.log.writes).toBe(0);
    expect(gh.issues()).toHaveLength(0);
    expect(run.stdout).toContain('individual plan: 3 writes');
    expect(run.stdout.match(/^\s+create: /gm)).toHaveLength(3);
    expect(run.summary).toContain('dry-run');
  });

  it('names the digest issue it would update', async () => {
    gh.knobs.quotaRemaining = 400;
    const first = await file(gh, artifact(spread(3)));
    expect(first.outputs['mode-used']).toBe('digest');
    gh.log.reset();
    const run = await file(gh, artifact(spread(4)), { inputs: { 'dry-run': true } });
    expect(run.exitCode).toBe(0);
    expect(gh.log.writes).toBe(0);
    expect(run.stdout).toContain(`update digest #${first.outputs['digest-issue']}`);
    expect(run.outputs['digest-issue']).toBe(first.outputs['digest-issue']);
  });
});

describe('metrics', () => {
  it('writes the filing counters and the API requests by method and status', async () => {
    const run = await file(gh, artifact(spread(3)), { inputs: { 'metrics-file': 'm.prom' } });
    expect(run.exitCode).toBe(0);
    const text = await readFile(path.join(run.workspace, 'm.prom'), 'utf8');
    expect(text).toMatch(/^audit_issues_created_total\{mode="file"\} 3$/m);
    expect(text).toMatch(/^audit_hits_total\{mode="file"\} 6$/m);
    expect(text).toMatch(/^audit_api_requests_total\{method="POST",status="201",mode="file"\} 3$/m);
    expect(text).toMatch(
      /^audit_api_requests_total\{method="GET",status="200",mode="file"\} \d+$/m,
    );
    expect(text).toMatch(/^github_api_quota_remaining\{mode="file"\} \d+$/m);
    expect(openPerFingerprint(gh).size).toBe(3);
  });
});
