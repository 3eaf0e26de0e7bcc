/**
 * The filer's GitHub adapters against the local GitHub over real HTTP: reading state, reading
 * the quota, telling GitHub's 403s apart, and the executor's handling of a lost create.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { QuotaExhaustedError } from '../../src/errors.js';
import { classifyApiError } from '../../src/filer/api-errors.js';
import { Executor } from '../../src/filer/execute.js';
import { renderMarker } from '../../src/filer/marker.js';
import { parseRepository } from '../../src/filer/options.js';
import { readQuota } from '../../src/filer/read-quota.js';
import { listOwnedIssues } from '../../src/filer/read-state.js';
import { createGitHubClient } from '../../src/github/client.js';
import { startLocalGitHub, type LocalGitHub } from '../../test-support/github/server.js';
import { FakeHost } from '../../test-support/fake-host.js';

let gh: LocalGitHub;
let host: FakeHost;
beforeEach(async () => {
  gh = await startLocalGitHub();
  host = new FakeHost({}, { apiUrl: gh.url });
});
afterEach(async () => gh.close());

const repository = () => parseRepository(gh.repository);
const client = (token = 'ghs_test') => createGitHubClient({ token, apiUrl: gh.url }, host).client;
const marker = (fp: string) => renderMarker({ kind: 'group', fingerprint: fp });

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('listOwnedIssues', () => {
  it('reads every page of the owner label, open and closed, and skips pull requests', async () => {
    gh.seedIssues(230, (i) => ({
      title: `t${i}`,
      body: marker(i.toString(16).padStart(24, '0')),
      labels: ['audit-gate'],
      state: i % 3 === 0 ? 'closed' : 'open',
      stateReason: i % 3 === 0 ? 'not_planned' : null,
    }));
    gh.seedIssue({ title: 'not ours', labels: ['bug'] });
    gh.seedPullRequest({ title: 'a PR', labels: ['audit-gate'] });
    const { issues, pages } = await listOwnedIssues(client(), repository(), 'audit-gate');
    expect(pages).toBe(3);
    expect(issues).toHaveLength(230);
    expect(
      issues.filter((i) => i.state === 'closed' && i.stateReason === 'not_planned'),
    ).toHaveLength(77);
    expect(issues.every((i) => i.labels.includes('audit-gate') && !i.isPullRequest)).toBe(true);
    const listed = gh.log.filter('issues.listForRepo');
    expect(listed.every((e) => e.query.state === 'all' && e.query.per_page === '100')).toBe(true);
    expect(gh.log.count('search.issuesAndPullRequests')).toBe(0);
  });
});

describe('readQuota', () => {
  it('reads the core quota without spending it', async () => {
    gh.knobs.quotaRemaining = 1234;
    expect((await readQuota(client())).remaining).toBe(1234);
    expect(gh.knobs.quotaRemaining).toBe(1234);
  });

  it('an unreadable quota is an error, never "proceed with caution"', async () => {
    gh.mount((req, res) => {
      if (req.url !== '/rate_limit') return false;
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"message":"Not Found"}');
      return true;
    });
    await expect(readQuota(client())).rejects.toThrow(
      /Could not read the API quota.*nothing was written/,
    );
  });

  it('a GitHub Enterprise Server without rate limiting has an unlimited quota', async () => {
    gh.mount((req, res) => {
      if (req.url !== '/rate_limit') return false;
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(
        '{"message":"Rate limiting is not enabled.","documentation_url":"https://docs.github.com/enterprise-server/rest"}',
      );
      return true;
    });
    expect((await readQuota(client())).remaining).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('a primary rate limit on the quota call is QuotaExhaustedError', async () => {
    gh.mount((req, res) => {
      if (req.url !== '/rate_limit') return false;
      res.writeHead(403, {
        'content-type': 'application/json',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      });
      res.end('{"message":"API rate limit exceeded for installation ID 1."}');
      return true;
    });
    await expect(readQuota(client())).rejects.toBeInstanceOf(QuotaExhaustedError);
  });
});

describe('classifyApiError', () => {
  const create = (c: ReturnType<typeof client>) =>
    c.rest.issues.create({
      owner: 'octo-org',
      repo: 'audit-central',
      title: 't',
      request: { retries: 0 },
    });

  it('tells a missing permission from a spent quota and a secondary limit', async () => {
    gh.restrictToken('ghs_ro', { issues: 'read' });
    expect(classifyApiError(await failureOf(create(client('ghs_ro'))), true)).toBe('no-permission');

    gh.knobs.quotaRemaining = 0;
    expect(classifyApiError(await failureOf(create(client())), true)).toBe('primary-rate-limit');
    gh.knobs.quotaRemaining = 100;

    const limited = createGitHubClient(
      { token: 'ghs_test', apiUrl: gh.url, secondaryLimitRetries: 0 },
      host,
    ).client;
    gh.onRequest('issues.create', 1).secondaryRateLimit();
    expect(classifyApiError(await failureOf(create(limited)), true)).toBe('secondary-rate-limit');
  });

  it('404 on the repository is a refusal; on one issue it only fails that write', async () => {
    gh.knobs.missingRepositories.add(gh.repository);
    const error = await failureOf(create(client()));
    expect(classifyApiError(error, true)).toBe('no-permission');
    expect(classifyApiError(error, false)).toBe('rejected');
  });

  it('a lost response is "lost"', async () => {
    gh.onRequest('issues.create', 1).loseResponse('reset');
    expect(classifyApiError(await failureOf(create(client())), true)).toBe('lost');
  });
});

describe('Executor', () => {
  const op = (fp: string) => ({
    kind: 'create' as const,
    fingerprint: fp,
    title: `audit-gate: ${fp}`,
    body: `${marker(fp)}\n\nbody`,
    labels: ['audit-gate'],
    hits: 1,
    calls: 1,
  });

  it('a create whose response was lost is looked up, not posted again', async () => {
    gh.onRequest('issues.create', 1).loseResponse();
    const executor = new Executor({
      client: client(),
      repository: repository(),
      ownerLabel: 'audit-gate',
      host,
    });
    await executor.execute(op('a'.repeat(24)), []);
    expect(gh.log.count('issues.create')).toBe(1);
    expect(gh.issues()).toHaveLength(1);
    expect(executor.result.created).toEqual([{ number: 1, fingerprint: 'a'.repeat(24) }]);
    expect(executor.result.reconciled).toBe(1);
  });

  it('looks a lost create up among the issues updated since the first listing, in one page', async () => {
    const longAgo = new Date(Date.UTC(2026, 0, 1));
    gh.seedIssues(150, (i) => ({
      title: `old ${i}`,
      body: `${marker(String(i).padStart(24, '0'))}\n\nbody`,
      labels: ['audit-gate'],
      createdAt: longAgo,
      updatedAt: longAgo,
    }));
    gh.onRequest('issues.create', 1).loseResponse();
    const listedAt = new Date();
    const executor = new Executor({
      client: client(),
      repository: repository(),
      ownerLabel: 'audit-gate',
      host,
      listedAt,
    });
    await executor.execute(op('a'.repeat(24)), []);
    expect(executor.result.created).toEqual([{ number: 151, fingerprint: 'a'.repeat(24) }]);
    expect(executor.result.reconciled).toBe(1);
    const lists = gh.log.filter('issues.listForRepo');
    expect(lists).toHaveLength(1);
    // A minute before the first listing, on GitHub's clock, to the second.
    expect(Date.parse(lists[0]!.query.since!)).toBe(
      Math.floor(listedAt.getTime() / 1000) * 1000 - 60_000,
    );
  });

  it('stops at a missing permission and records every later op as unwritten', async () => {
    gh.restrictToken('ghs_ro', { issues: 'read' });
    const executor = new Executor({
      client: client('ghs_ro'),
      repository: repository(),
      ownerLabel: 'audit-gate',
      host,
    });
    const carries = [{ fingerprint: 'x', hits: [] }];
    await executor.execute(op('a'.repeat(24)), carries);
    await executor.execute(op('b'.repeat(24)), carries);
    expect(executor.result.stop).toMatchObject({ failure: 'no-permission', status: 403 });
    expect(executor.result.unwritten.map((u) => u.error === null)).toEqual([false, true]);
    expect(gh.log.count('issues.create')).toBe(1);
  });
});
