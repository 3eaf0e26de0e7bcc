/**
 * `mode: file` when GitHub misbehaves: no quota, secondary limits, lost responses, racing
 * runs, missing permissions, and text from scanned repositories that tries to forge markers.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Hit } from '../../src/gate/artifact.js';
import { groupHits } from '../../src/filer/group.js';
import { bodyLines, parseMarker, renderMarker } from '../../src/filer/marker.js';
import { createResultsService } from '../../test-support/github/results-service.js';
import { startLocalGitHub, type LocalGitHub } from '../../test-support/github/server.js';
import { fixtureJson } from '../../test-support/artifacts.js';
import { runAction, type ActionRun } from '../../test-support/run-action.js';
import { textOutsideCode } from '../filer/markdown-scan.js';
import {
  accounting,
  artifact,
  fallbackFileExists,
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
  gh.mount(createResultsService(gh.artifacts));
});
afterEach(async () => gh.close());

describe('the quota guard', () => {
  it('no quota left: exit 3, nothing written, every hit kept in the fallback', async () => {
    gh.knobs.quotaRemaining = 0;
    const run = await file(gh, artifact(spread(3)), { inputs: { 'metrics-file': 'm.prom' } });
    expect(run.exitCode).toBe(3);
    // The failed step still counts its fallback, for the alert on fallbacks.
    const metrics = await readFile(path.join(run.workspace, 'm.prom'), 'utf8');
    expect(metrics).toMatch(/^audit_fallback_artifacts_total\{mode="file"\} 1$/m);
    expect(metrics).toMatch(/^github_api_quota_remaining\{mode="file"\} 0$/m);
    expect(run.outputs['failure-reason']).toBe('quota');
    expect(run.outputs).toMatchObject({ 'mode-used': 'fallback', hits: '6', valid: 'true' });
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
    expect(gh.log.writes).toBe(0);
    expect(gh.log.filter((e) => e.route !== 'rateLimit.get')).toEqual([]);
    expect(fallbackFileExists(run)).toBe(true);
    const kept = JSON.parse(await readFile(run.outputs['fallback-path']!, 'utf8')) as {
      org_unregistered_hits: { snippet?: string }[];
    };
    expect(kept.org_unregistered_hits).toHaveLength(6);
    expect(kept.org_unregistered_hits.every((h) => h.snippet === '<REDACTED>')).toBe(true);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/quota/i);
  });

  it('quota too low for three issues but enough for a digest: the digest', async () => {
    gh.knobs.quotaRemaining = 3;
    const run = await file(gh, artifact(spread(3)), { inputs: { 'quota-threshold': 0 } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['mode-used']).toBe('digest');
    expect(accounting(run)).toEqual({ total: 6, filed: 0, digest: 6, fallback: 0, suppressed: 0 });
  });

  it('quota too low for even the digest: the hits go to the fallback, nothing is lost', async () => {
    // One request left after listing, kept for the listing that follows the writes.
    gh.knobs.quotaRemaining = 2;
    const run = await file(gh, artifact(spread(3)), { inputs: { 'quota-threshold': 0 } });
    expect(run.exitCode).toBe(0);
    expect(gh.log.writes).toBe(0);
    expect(accounting(run)).toEqual({ total: 6, filed: 0, digest: 0, fallback: 6, suppressed: 0 });
    expect(fallbackFileExists(run)).toBe(true);
  });

  it('quota running out mid-run: stops writing and keeps what was not filed', async () => {
    let creates = 0;
    // Another job spends the rest of the quota while this run is writing.
    gh.mount((req) => {
      if (req.method === 'POST' && /\/issues$/.test(req.url ?? '') && ++creates === 2)
        gh.knobs.quotaRemaining = 0;
      return false;
    });
    const run = await file(gh, artifact(spread(3)));
    expect(run.exitCode).toBe(0);
    expect(groupIssues(gh)).toHaveLength(1);
    expect(gh.log.count('issues.create')).toBe(2);
    expect(accounting(run)).toEqual({ total: 6, filed: 2, digest: 0, fallback: 4, suppressed: 0 });
    expect(fallbackFileExists(run)).toBe(true);
    expect(run.outputs['issues-created']).toBe('1');
  });
});

describe('retries that never duplicate', () => {
  it('a secondary rate limit on a write is waited out and retried', async () => {
    gh.onRequest('issues.create', 2).secondaryRateLimit({ retryAfterSeconds: 1 });
    const run = await file(gh, artifact(spread(3)));
    expect(run.exitCode).toBe(0);
    expect(gh.log.statuses('issues.create')).toEqual([201, 403, 201, 201]);
    expect(groupIssues(gh)).toHaveLength(3);
    expect(run.outputs['issues-created']).toBe('3');
  });

  it.each(['bad-gateway', 'reset'] as const)(
    'a create whose response is lost (%s) is found by listing, not posted again',
    async (how) => {
      gh.onRequest('issues.create', 1).loseResponse(how);
      const run = await file(gh, artifact(spread(3)));
      expect(run.exitCode).toBe(0);
      expect(gh.log.count('issues.create')).toBe(3);
      expect(groupIssues(gh)).toHaveLength(3);
      expect([...openPerFingerprint(gh).values()]).toEqual([1, 1, 1]);
      expect(run.outputs['issues-created']).toBe('3');
      expect(run.summary).toContain('reconciled');
      // The lookup after the lost create, like the duplicate check, lists only what changed.
      const lists = gh.log.filter('issues.listForRepo').map((l) => l.query.since ?? null);
      expect(lists).toEqual([null, expect.any(String), expect.any(String)]);
    },
  );

  it('a create that really failed (502 before it was handled) is posted again after listing', async () => {
    gh.onRequest('issues.create', 1).badGateway();
    const run = await file(gh, artifact(spread(3)));
    expect(run.exitCode).toBe(0);
    expect(gh.log.statuses('issues.create')).toEqual([502, 201, 201, 201]);
    expect(groupIssues(gh)).toHaveLength(3);
  });

  it('closes the issue a racing run filed after this run listed, listing again only what changed', async () => {
    // 250 owned issues from long ago: the first listing takes 3 pages.
    const longAgo = new Date(Date.now() - 86_400_000);
    gh.seedIssues(250, (i) => ({
      title: `old ${i}`,
      body: `<!-- audit-gate:v1 kind=group fp=${i.toString(16).padStart(24, '0')} -->`,
      labels: ['audit-gate'],
      state: 'closed',
      stateReason: 'completed',
      createdAt: longAgo,
      updatedAt: longAgo,
    }));
    const input = artifact(spread(1));
    const [group] = groupHits(input.org_unregistered_hits as Hit[], 'repo');
    // Another run files the same group between this run's listing and its create.
    let racer = 0;
    gh.onRequest('issues.create', 1).before(() => {
      racer = gh.seedIssue({
        title: 'audit-gate: 2 hits in org/repo-0',
        body: renderMarker({ kind: 'group', fingerprint: group!.fingerprint }),
        labels: ['audit-gate'],
      }).number;
    });
    const run = await file(gh, input);
    expect(run.exitCode).toBe(0);
    expect(openPerFingerprint(gh).get(group!.fingerprint)).toBe(1);
    const ours = gh
      .issues()
      .find((i) => i.number !== racer && i.body?.includes(group!.fingerprint));
    expect(ours).toMatchObject({ state: 'closed', stateReason: 'duplicate' });
    const lists = gh.log.filter('issues.listForRepo');
    expect(lists.map((l) => l.query.since ?? null)).toEqual([null, null, null, expect.any(String)]);
    expect(Date.parse(lists[3]!.query.since!)).toBeGreaterThan(longAgo.getTime());
  });

  it('two runs started at once end with one open issue per group', async () => {
    gh.knobs.latencyMs = 20;
    const input = artifact(spread(3));
    const both = await Promise.all([file(gh, input), file(gh, input)]);
    expect(both.map((r) => r.exitCode)).toEqual([0, 0]);
    expect([...openPerFingerprint(gh).values()]).toEqual([1, 1, 1]);
    // A third run agrees: nothing left to do.
    gh.log.reset();
    expect((await file(gh, input)).exitCode).toBe(0);
    expect(gh.log.writes).toBe(0);
  });
});

describe('no permission: the fallback', () => {
  it('403 on the first write: everything not filed goes to the fallback, exit 0', async () => {
    const token = 'ghs_readonly000000000000000000000000000';
    gh.restrictToken(token, { issues: 'read' });
    const run = await file(gh, artifact(spread(3)), { token });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['mode-used']).toBe('fallback');
    expect(groupIssues(gh)).toHaveLength(0);
    expect(fallbackFileExists(run)).toBe(true);
    expect(run.outputs['fallback-artifact-id']).toMatch(/^\d+$/);
    expect(accounting(run)).toEqual({ total: 6, filed: 0, digest: 0, fallback: 6, suppressed: 0 });
    expect(run.annotations.some((a) => a.level === 'warning' && /fallback/.test(a.message))).toBe(
      true,
    );
  });

  it('what was filed stays filed; the rest goes to the fallback', async () => {
    const input = artifact(spread(2));
    await file(gh, input);
    const token = 'ghs_readonly000000000000000000000000000';
    gh.restrictToken(token, { issues: 'read' });
    const run = await file(gh, artifact(spread(3)), { token });
    expect(run.exitCode).toBe(0);
    expect(groupIssues(gh)).toHaveLength(2);
    const a = accounting(run)!;
    expect(a.fallback).toBeGreaterThan(0);
    expect(a.filed + a.fallback).toBe(6);
  });

  it('fail-on-fallback turns the fallback into exit 1', async () => {
    gh.knobs.issuesDisabled.add(gh.repository);
    const run = await file(gh, artifact(spread(3)), { inputs: { 'fail-on-fallback': true } });
    expect(run.exitCode).toBe(1);
    expect(fallbackFileExists(run)).toBe(true);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', title: 'audit-gate: fallback used' }),
    );
  });

  it.each([
    [
      '404, the repository is missing',
      (g: LocalGitHub) => g.knobs.missingRepositories.add(g.repository),
      'repository-not-found',
    ],
    [
      '410, issues are disabled',
      (g: LocalGitHub) => g.knobs.issuesDisabled.add(g.repository),
      'issues-disabled',
    ],
  ])('%s: all hits go to the fallback, exit 0', async (_name, setUp, reason) => {
    setUp(gh);
    const run = await file(gh, artifact(spread(3)));
    expect(run.exitCode).toBe(0);
    expect(run.outputs['mode-used']).toBe('fallback');
    expect(gh.log.writes).toBe(0);
    const kept = JSON.parse(await readFile(run.outputs['fallback-path']!, 'utf8')) as {
      fallback: { reason: string };
    };
    expect(kept.fallback.reason).toBe(reason);
  });
});

describe('text from scanned repositories', () => {
  it('cannot forge a marker, mention anyone or break the Markdown', async () => {
    // The schema refuses a commit that is not a SHA; the forgery attempts are in the other fields.
    const hits = fixtureJson<{ commit?: string }[]>(
      '../__tests__/filer/fixtures/forged-hits.json',
    ).map(({ commit, ...hit }) =>
      commit !== undefined && /^[0-9a-f]{7,64}$/.test(commit) ? { ...hit, commit } : hit,
    );
    const run = await file(gh, {
      schema_version: '1.0',
      audit_id: 'forgery',
      generated_at: '2026-11-25T02:00:00Z',
      org_unregistered_hits: hits,
    });
    expect(run.exitCode).toBe(0);
    const issues = groupIssues(gh);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      const body = issue.body!;
      // Only the first line is a marker, and it is the group's real fingerprint.
      expect(
        bodyLines(body)
          .slice(1)
          .filter((l) => /^<!-- audit-gate:v1/.test(l)),
      ).toEqual([]);
      expect(parseMarker(body)?.kind).toBe('group');
      expect(body).not.toMatch(/^- \[x\]/m);
      const outside = textOutsideCode(body);
      expect(outside).not.toMatch(/@org\/(security-)?team/);
      expect(outside).not.toContain('<!-- audit-gate:v1 kind=group fp=0000');
      expect(issue.title.length).toBeLessThan(256);
    }
    // Nothing forged made a second issue look like ours on the re-run.
    gh.log.reset();
    const again = await file(gh, {
      schema_version: '1.0',
      audit_id: 'forgery',
      generated_at: '2026-11-25T02:00:00Z',
      org_unregistered_hits: hits,
    });
    expect(again.exitCode).toBe(0);
    expect(gh.log.writes).toBe(0);
  });
});

describe('configuration', () => {
  it('a bad group-by is exit 1 before any request', async () => {
    const run = await runAction({
      inputs: { mode: 'file', 'group-by': 'team' },
      githubUrl: gh.url,
      files: { 'adversarial_reports/consumer_artifact.json': JSON.stringify(artifact(spread(1))) },
    });
    runs.push(run);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('config');
    expect(gh.log.entries).toEqual([]);
  });

  it('a bad artifact is exit 2 before any request', async () => {
    const run = await file(gh, { schema_version: '1.0' });
    expect(run.exitCode).toBe(2);
    expect(gh.log.entries).toEqual([]);
  });
});
