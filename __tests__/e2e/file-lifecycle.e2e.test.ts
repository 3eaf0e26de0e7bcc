/**
 * The issue lifecycle through the bundled action: auto-close, reopen, and the decisions people
 * make by hand (not planned, the false-positive label, ticked "ignore" boxes), across runs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { parseMarker } from '../../src/filer/marker.js';
import { startLocalGitHub, type LocalGitHub } from '../../test-support/github/server.js';
import type { StoredIssue } from '../../test-support/github/server.js';
import type { ActionRun } from '../../test-support/run-action.js';
import { accounting, artifact, fileRunner, groupIssues, spread } from './file-support.js';

const runs: ActionRun[] = [];
const file = fileRunner(runs);
afterAll(async () => Promise.all(runs.map((run) => run.cleanup())));

let gh: LocalGitHub;
beforeEach(async () => {
  gh = await startLocalGitHub();
});
afterEach(async () => gh.close());

const REPOS = ['org/repo-0', 'org/repo-1', 'org/repo-2'];
const complete = { scope: { complete: true, repositories: REPOS } };
const autoClose = { inputs: { 'auto-close': true } };

/** The issue whose title names `repo` (group-by repo). */
function issueOf(repo: string): StoredIssue {
  const found = groupIssues(gh).find((i) => i.title.includes(repo));
  if (!found) throw new Error(`no issue for ${repo}`);
  return found;
}

/** What a person does in the web UI. */
function byHand(issue: StoredIssue, changes: Parameters<LocalGitHub['state']['updateIssue']>[2]) {
  gh.state.updateIssue(gh.state.repository(gh.repository), issue, changes);
}

describe('auto-close and reopen', () => {
  it('closes a group that is gone from a complete scope, and reopens it when it returns', async () => {
    expect((await file(gh, artifact(spread(3), complete), autoClose)).exitCode).toBe(0);
    const gone = issueOf('org/repo-2');

    const resolved = await file(gh, artifact(spread(2), complete), autoClose);
    expect(resolved.exitCode).toBe(0);
    expect(resolved.outputs['issues-closed']).toBe('1');
    expect(gh.issue(gone.number)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(gh.comments(gone.number).at(-1)?.body).toMatch(/Closed as completed/);
    expect(issueOf('org/repo-0').state).toBe('open');

    // Unchanged: the closed issue stays closed, nothing is written.
    gh.log.reset();
    expect((await file(gh, artifact(spread(2), complete), autoClose)).exitCode).toBe(0);
    expect(gh.log.writes).toBe(0);
    expect(gh.log.entries.length).toBeLessThanOrEqual(3);

    const back = await file(gh, artifact(spread(3), complete), autoClose);
    expect(back.exitCode).toBe(0);
    expect(back.outputs['issues-reopened']).toBe('1');
    expect(gh.issue(gone.number)).toMatchObject({ state: 'open', stateReason: 'reopened' });
    expect(gh.comments(gone.number).at(-1)?.body).toMatch(/Reopened/);
    expect(groupIssues(gh)).toHaveLength(3);
  });

  it('a partial scope closes nothing, and the summary says why', async () => {
    await file(gh, artifact(spread(3)), autoClose);
    const run = await file(gh, artifact(spread(2), { scope: { complete: false } }), autoClose);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['issues-closed']).toBe('0');
    expect(groupIssues(gh).every((i) => i.state === 'open')).toBe(true);
    expect(run.summary).toMatch(/scope is partial/);
  });

  it('without auto-close nothing is closed', async () => {
    await file(gh, artifact(spread(3), complete));
    const run = await file(gh, artifact(spread(2), complete));
    expect(run.outputs['issues-closed']).toBe('0');
    expect(groupIssues(gh).every((i) => i.state === 'open')).toBe(true);
  });
});

describe('false positives', () => {
  it('closed as not planned: stays closed and suppressed across runs', async () => {
    await file(gh, artifact(spread(3)));
    const dismissed = issueOf('org/repo-0');
    byHand(dismissed, { state: 'closed', stateReason: 'not_planned' });

    for (let round = 0; round < 2; round += 1) {
      gh.log.reset();
      const run = await file(gh, artifact([...spread(3), { repo: 'org/repo-0', path: 'new.py' }]));
      expect(run.exitCode).toBe(0);
      expect(run.outputs.suppressed).toBe('3');
      expect(accounting(run)).toEqual({
        total: 7,
        filed: 4,
        digest: 0,
        fallback: 0,
        suppressed: 3,
      });
      expect(gh.issue(dismissed.number)).toMatchObject({
        state: 'closed',
        stateReason: 'not_planned',
      });
      expect(gh.log.filter((e) => e.write && e.path.endsWith(`/${dismissed.number}`))).toEqual([]);
      expect(groupIssues(gh)).toHaveLength(3);
    }
  });

  it('the fp-label suppresses its group and counts in the metrics', async () => {
    await file(gh, artifact(spread(3)));
    const flagged = issueOf('org/repo-1');
    byHand(flagged, { labels: [...flagged.labels, 'false-positive'] });
    const run = await file(gh, artifact([...spread(3), { repo: 'org/repo-1', path: 'more.py' }]), {
      inputs: { 'metrics-file': 'm.prom' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      suppressed: '3',
      'suppressed-groups': '1',
      'false-positive-issues': '1',
      'false-positive-rate': '0.3333',
    });
    expect(run.outputs['issues-updated']).toBe('0');
    expect(gh.issue(flagged.number)?.body).toBe(flagged.body);
    expect(run.summary).toMatch(/false-positive issues: 1 of 3 owned issues \(33\.3%\)/);
    const metrics = await readFile(path.join(run.workspace, 'm.prom'), 'utf8');
    expect(metrics).toMatch(/^audit_false_positive_issues\{mode="file"\} 1$/m);
    expect(metrics).toMatch(/^audit_suppressed_hits_total\{mode="file"\} 3$/m);
  });

  it('a ticked "ignore" box suppresses one hit and survives the re-render', async () => {
    await file(gh, artifact(spread(3)));
    const issue = issueOf('org/repo-0');
    const item = /^- \[ \] (<!-- audit-gate:hit=([0-9a-f]{16}) -->)/m.exec(issue.body!);
    expect(item).not.toBeNull();
    // The web UI ticks the box and sends the body back with CRLF line ends.
    const ticked = issue.body!.replace(item![0], `- [x] ${item![1]}`).replace(/\n/g, '\r\n');
    byHand(issue, { body: ticked });

    const run = await file(gh, artifact([...spread(3), { repo: 'org/repo-0', path: 'added.py' }]));
    expect(run.exitCode).toBe(0);
    expect(run.outputs.suppressed).toBe('1');
    expect(run.outputs['issues-updated']).toBe('1');
    expect(accounting(run)).toEqual({ total: 7, filed: 6, digest: 0, fallback: 0, suppressed: 1 });
    const body = gh.issue(issue.number)!.body!;
    expect(body).toContain('added.py');
    expect(body).toMatch(new RegExp(`^- \\[x\\] <!-- audit-gate:hit=${item![2]} -->`, 'm'));
    expect(parseMarker(body)).toEqual(parseMarker(issue.body));

    gh.log.reset();
    const again = await file(
      gh,
      artifact([...spread(3), { repo: 'org/repo-0', path: 'added.py' }]),
    );
    expect(again.outputs.suppressed).toBe('1');
    expect(gh.log.writes).toBe(0);
  });
});
