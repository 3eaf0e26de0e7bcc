/**
 * The local GitHub's plumbing: auth, the quota headers and /rate_limit, repositories, mounted
 * handlers and the request log, over real HTTP.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
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

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${gh.url}${path}`, { headers });

describe('authentication', () => {
  it('answers 401 Bad credentials without a token', async () => {
    const res = await get(`/repos/${owner}/${repo}/issues`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: 'Bad credentials' });
  });

  it('accepts both `token X` and `Bearer X`', async () => {
    expect((await get('/rate_limit', { authorization: 'token abc' })).status).toBe(200);
    expect((await get('/rate_limit', { authorization: 'Bearer abc' })).status).toBe(200);
    expect((await get('/rate_limit', { authorization: 'Basic abc' })).status).toBe(401);
  });
});

describe('rate limit', () => {
  it('spends one core request per call, but not for GET /rate_limit', async () => {
    const octokit = testOctokit(gh);
    await octokit.rest.repos.get({ owner, repo });
    const before = await octokit.rest.rateLimit.get();
    await octokit.rest.rateLimit.get();
    const after = await octokit.rest.rateLimit.get();

    expect(before.data.rate).toEqual(after.data.rate);
    expect(after.data.resources.core).toMatchObject({ limit: 5000, used: 1, remaining: 4999 });
    expect(after.data.resources.search).toMatchObject({ limit: 30, remaining: 30 });
  });

  it('sends the x-ratelimit headers as strings on every response, errors included', async () => {
    gh.knobs.quotaRemaining = 42;
    const ok = await get(`/repos/${owner}/${repo}`, { authorization: 'token t' });
    const missing = await get(`/repos/${owner}/${repo}/issues/999`, { authorization: 'token t' });

    for (const res of [ok, missing]) {
      expect(res.headers.get('x-ratelimit-limit')).toBe('5000');
      expect(res.headers.get('x-ratelimit-resource')).toBe('core');
      expect(res.headers.get('x-ratelimit-reset')).toMatch(/^\d{10}$/);
    }
    expect(ok.headers.get('x-ratelimit-remaining')).toBe('41');
    expect(ok.headers.get('x-ratelimit-used')).toBe('4959');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-ratelimit-remaining')).toBe('40');
  });

  it('reports search requests against the search resource', async () => {
    const res = await get('/search/issues?q=repo:octo-org/audit-central', {
      authorization: 'token t',
    });
    expect(res.headers.get('x-ratelimit-resource')).toBe('search');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('29');
    expect(gh.knobs.quotaRemaining).toBe(5000);
  });
});

describe('repositories', () => {
  it('serves any repository, and 404 Not Found for one marked missing', async () => {
    const octokit = testOctokit(gh);
    const { data } = await octokit.rest.repos.get({ owner, repo });
    expect(data).toMatchObject({ full_name: 'octo-org/audit-central', has_issues: true });

    gh.knobs.missingRepositories.add('octo-org/audit-central');
    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toMatchObject({
      status: 404,
      message: expect.stringMatching(/^Not Found/),
    });
  });

  it('answers 400 Problems parsing JSON for a malformed body, and writes nothing', async () => {
    const res = await fetch(`${gh.url}/repos/${owner}/${repo}/issues`, {
      method: 'POST',
      headers: { authorization: 'token t' },
      body: '{"title": ',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ message: 'Problems parsing JSON' });
    expect(gh.issues()).toEqual([]);
  });

  it('answers 404 for unknown routes', async () => {
    const res = await get('/repos/a/b/pulls', { authorization: 'token t' });
    expect(res.status).toBe(404);
  });
});

describe('mounted handlers', () => {
  it('are tried before the REST routes, and may pass', async () => {
    const seen: string[] = [];
    gh.mount((req, res, body, url) => {
      seen.push(url.pathname);
      if (!url.pathname.startsWith('/twirp/')) return false;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ echoed: body.toString('utf8') }));
      return true;
    });

    const twirp = await fetch(`${gh.url}/twirp/x.Service/Method`, { method: 'POST', body: 'hi' });
    expect(await twirp.json()).toEqual({ echoed: 'hi' });
    const rest = await get('/rate_limit', { authorization: 'token t' });
    expect(rest.status).toBe(200);
    expect(seen).toEqual(['/twirp/x.Service/Method', '/rate_limit']);
    // Mounted traffic is not REST traffic.
    expect(gh.log.entries.map((e) => e.path)).toEqual(['/rate_limit']);
  });
});

describe('request log', () => {
  it('counts reads and writes, filters by route, and resets', async () => {
    const octokit = testOctokit(gh);
    const { data: issue } = await octokit.rest.issues.create({ owner, repo, title: 'a' });
    await octokit.rest.issues.update({ owner, repo, issue_number: issue.number, body: 'b' });
    await octokit.rest.issues.listForRepo({ owner, repo, state: 'all', labels: 'x,y' });
    await expect(octokit.rest.issues.get({ owner, repo, issue_number: 99 })).rejects.toThrow();

    expect(gh.log.writes).toBe(2);
    expect(gh.log.reads).toBe(2);
    expect(gh.log.count('issues.create')).toBe(1);
    expect(gh.log.statuses('issues.get')).toEqual([404]);
    expect(gh.log.filter('issues.listForRepo')[0]).toMatchObject({
      method: 'GET',
      path: '/repos/octo-org/audit-central/issues',
      query: { state: 'all', labels: 'x,y' },
      status: 200,
    });
    expect(gh.log.count((e) => e.method === 'PATCH')).toBe(1);

    gh.log.reset();
    expect([gh.log.reads, gh.log.writes]).toEqual([0, 0]);
  });

  it('delays every response by the latency knob', async () => {
    gh.knobs.latencyMs = 150;
    const started = Date.now();
    await testOctokit(gh).rest.rateLimit.get();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});
