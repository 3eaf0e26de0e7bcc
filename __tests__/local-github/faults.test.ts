/**
 * The local GitHub's fault knobs, seen through the real client stack (plugin-throttling and
 * plugin-retry): quota, permissions, missing repositories, disabled issues, secondary limits,
 * lost responses and bad gateways.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { testOctokit } from '../../test-support/github/octokit.js';
import { startLocalGitHub, type LocalGitHub } from '../../test-support/github/server.js';

const owner = 'octo-org';
const repo = 'audit-central';

let gh: LocalGitHub;
beforeEach(async () => {
  gh = await startLocalGitHub({ repository: `${owner}/${repo}` });
});
afterEach(async () => {
  await gh.close();
});

type Handler = (
  retryAfter: number,
  options: object,
  octokit: unknown,
  retryCount: number,
) => boolean;

describe('primary rate limit', () => {
  it('answers 403 with remaining 0, which plugin-throttling reports as a rate limit', async () => {
    gh.knobs.quotaRemaining = 0;
    const onRateLimit = jest.fn<Handler>(() => false);
    const onSecondaryRateLimit = jest.fn<Handler>(() => false);
    const octokit = testOctokit(gh, { onRateLimit, onSecondaryRateLimit });

    const failure = octokit.rest.issues.listForRepo({ owner, repo });
    await expect(failure).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/^API rate limit exceeded for installation ID 1234\./),
      response: { headers: { 'x-ratelimit-remaining': '0' } },
    });
    expect(onRateLimit).toHaveBeenCalledTimes(1);
    const [retryAfter] = onRateLimit.mock.calls[0] ?? [];
    expect(retryAfter).toBeGreaterThan(3500); // seconds until x-ratelimit-reset, + 1
    expect(onSecondaryRateLimit).not.toHaveBeenCalled();

    // GET /rate_limit still answers, and says why.
    const { data } = await octokit.rest.rateLimit.get();
    expect(data.resources.core).toMatchObject({ remaining: 0, used: 5000 });
  });

  it('lets the last request through, then refuses', async () => {
    gh.knobs.quotaRemaining = 1;
    const octokit = testOctokit(gh);
    await octokit.rest.repos.get({ owner, repo });
    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 403 });
    expect(gh.log.statuses('repos.get')).toEqual([200, 403]);
  });
});

describe('secondary rate limit', () => {
  it('refuses the n-th write with retry-after; the throttling plugin retries and succeeds', async () => {
    gh.onRequest('write', 2).secondaryRateLimit({ retryAfterSeconds: 1 });
    const onSecondaryRateLimit = jest.fn<Handler>(() => true);
    // retryAfterBaseValue 10: wait 10 ms per second of retry-after.
    const octokit = testOctokit(gh, { onSecondaryRateLimit, retryAfterBaseValue: 10 });

    await octokit.rest.issues.create({ owner, repo, title: 'first' });
    const second = await octokit.rest.issues.create({ owner, repo, title: 'second' });

    expect(second.status).toBe(201);
    expect(onSecondaryRateLimit).toHaveBeenCalledTimes(1);
    expect(onSecondaryRateLimit.mock.calls[0]?.[0]).toBe(1);
    expect(gh.log.statuses('issues.create')).toEqual([201, 403, 201]);
    expect(gh.issues().map((i) => i.title)).toEqual(['first', 'second']);
  });

  it('waits the real retry-after of 1 s with production settings', async () => {
    gh.onRequest('issues.createComment', 1).secondaryRateLimit({ retryAfterSeconds: 1 });
    const { number } = gh.seedIssue({ title: 't' });
    const octokit = testOctokit(gh);

    const started = Date.now();
    await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: 'hi' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(gh.comments(number)).toHaveLength(1);
  });

  it('carries GitHub’s message and headers, and writes nothing', async () => {
    gh.onRequest('issues.create', 1).secondaryRateLimit({ retryAfterSeconds: 3 });
    const octokit = testOctokit(gh, { onSecondaryRateLimit: () => false });

    await expect(octokit.rest.issues.create({ owner, repo, title: 't' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/^You have exceeded a secondary rate limit\./),
      response: { headers: { 'retry-after': '3', 'x-ratelimit-remaining': '4999' } },
    });
    expect(gh.issues()).toEqual([]);
  });
});

describe('permissions', () => {
  it('refuses issue writes without issues: write, but serves reads', async () => {
    gh.seedIssue({ title: 'existing' });
    gh.knobs.permissions.issues = 'read';
    const onRateLimit = jest.fn<Handler>(() => false);
    const octokit = testOctokit(gh, { onRateLimit });

    const { data } = await octokit.rest.issues.listForRepo({ owner, repo });
    expect(data).toHaveLength(1);
    for (const write of [
      () => octokit.rest.issues.create({ owner, repo, title: 't' }),
      () => octokit.rest.issues.update({ owner, repo, issue_number: 1, state: 'closed' }),
      () => octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'x' }),
    ])
      await expect(write()).rejects.toMatchObject({
        status: 403,
        message: expect.stringMatching(/^Resource not accessible by integration/),
        response: { headers: { 'x-accepted-github-permissions': 'issues=write' } },
      });
    expect(onRateLimit).not.toHaveBeenCalled();
    expect(gh.issue(1)).toMatchObject({ state: 'open', commentCount: 0 });
  });

  it('can restrict one token and leave the others', async () => {
    gh.restrictToken('read-only', { issues: 'read' });
    await expect(
      testOctokit(gh, { token: 'read-only' }).rest.issues.create({ owner, repo, title: 't' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      testOctokit(gh, { token: 'writer' }).rest.issues.create({ owner, repo, title: 't' }),
    ).resolves.toMatchObject({ status: 201 });
  });
});

describe('missing repository and disabled issues', () => {
  it('answers 404 on everything under a missing repository', async () => {
    gh.knobs.missingRepositories.add(`${owner}/${repo}`);
    const octokit = testOctokit(gh);
    for (const call of [
      () => octokit.rest.repos.get({ owner, repo }),
      () => octokit.rest.issues.listForRepo({ owner, repo }),
      () => octokit.rest.issues.create({ owner, repo, title: 't' }),
      () => octokit.rest.actions.listArtifactsForRepo({ owner, repo }),
    ])
      await expect(call()).rejects.toMatchObject({ status: 404 });
    expect(gh.issues()).toEqual([]);
  });

  it('answers 410 Issues are disabled on the issues routes only', async () => {
    gh.knobs.issuesDisabled.add(`${owner}/${repo}`);
    const octokit = testOctokit(gh);
    await expect(octokit.rest.issues.create({ owner, repo, title: 't' })).rejects.toMatchObject({
      status: 410,
      message: expect.stringMatching(/^Issues are disabled for this repo/),
    });
    await expect(octokit.rest.issues.listForRepo({ owner, repo })).rejects.toMatchObject({
      status: 410,
    });
    const { data } = await octokit.rest.repos.get({ owner, repo });
    expect(data.has_issues).toBe(false);
  });
});

describe('lost responses', () => {
  it('commits the create, then answers 502: the issue exists although the client saw a failure', async () => {
    gh.onRequest('issues.create', 1).loseResponse('bad-gateway');
    const octokit = testOctokit(gh);

    await expect(octokit.rest.issues.create({ owner, repo, title: 'lost' })).rejects.toMatchObject({
      status: 502,
    });
    const { data } = await octokit.rest.issues.listForRepo({ owner, repo });
    expect(data.map((i) => i.title)).toEqual(['lost']);
  });

  it('commits the create, then resets the connection', async () => {
    gh.onRequest('issues.create', 1).loseResponse('reset');
    const octokit = testOctokit(gh);

    await expect(octokit.rest.issues.create({ owner, repo, title: 'lost' })).rejects.toThrow();
    expect(gh.issues().map((i) => i.title)).toEqual(['lost']);
    expect(gh.log.statuses('issues.create')).toEqual([0]);
  });

  it('is why a create must not be retried blindly: plugin-retry re-posts and duplicates', async () => {
    gh.onRequest('issues.create', 1).loseResponse('bad-gateway');
    const octokit = testOctokit(gh, { retries: 2, retryAfterBaseValue: 1 });

    const { data } = await octokit.rest.issues.create({ owner, repo, title: 'twice' });
    expect(data.number).toBe(2);
    expect(gh.issues().map((i) => i.title)).toEqual(['twice', 'twice']);
  });
});

describe('bad gateway', () => {
  it('fails the n-th request of a route without handling it; plugin-retry retries reads', async () => {
    gh.seedIssue({ title: 't' });
    gh.onRequest('issues.listForRepo', [1, 2]).badGateway();
    const octokit = testOctokit(gh, { retries: 3, retryAfterBaseValue: 1 });

    const { data } = await octokit.rest.issues.listForRepo({ owner, repo });
    expect(data).toHaveLength(1);
    expect(gh.log.statuses('issues.listForRepo')).toEqual([502, 502, 200]);
  });

  it('counts only the requests that match the selector', async () => {
    gh.onRequest('read', 2).badGateway();
    const octokit = testOctokit(gh);

    await octokit.rest.issues.create({ owner, repo, title: 't' }); // a write: not counted
    await octokit.rest.issues.get({ owner, repo, issue_number: 1 });
    await expect(octokit.rest.issues.get({ owner, repo, issue_number: 1 })).rejects.toMatchObject({
      status: 502,
    });
    await octokit.rest.issues.get({ owner, repo, issue_number: 1 });
    expect(gh.log.statuses('issues.get')).toEqual([200, 502, 200]);
  });
});
