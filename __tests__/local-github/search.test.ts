/**
 * Issue search on the local GitHub: the qualifiers it understands, and the index lag that makes
 * deduplicating through search unsafe (the seed's defect, kept visible here).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { manualClock, type ManualClock } from '../../test-support/github/clock.js';
import { testOctokit, type TestOctokit } from '../../test-support/github/octokit.js';
import { startLocalGitHub, type LocalGitHub } from '../../test-support/github/server.js';

const owner = 'octo-org';
const repo = 'audit-central';

let gh: LocalGitHub;
let octokit: TestOctokit;
let clock: ManualClock;
beforeEach(async () => {
  clock = manualClock();
  gh = await startLocalGitHub({
    repository: `${owner}/${repo}`,
    now: clock.now,
    searchLagMs: 5000,
  });
  octokit = testOctokit(gh);
});
afterEach(async () => {
  await gh.close();
});

const search = async (q: string) =>
  (await octokit.rest.search.issuesAndPullRequests({ q })).data.items.map((i) => i.title);

describe('qualifiers', () => {
  beforeEach(() => {
    gh.seedIssue({
      title: 'digest',
      body: 'audit=nightly-1 see "quoted text"',
      labels: ['audit-gate'],
    });
    gh.seedIssue({ title: 'group', body: 'fp=abc', labels: ['audit-gate', 'security'] });
    gh.seedIssue({ title: 'closed', body: 'fp=abc', labels: ['audit-gate'], state: 'closed' });
    gh.seedPullRequest({ title: 'a pr', body: 'fp=abc', labels: ['audit-gate'] });
    gh.seedIssue({ repository: 'octo-org/other', title: 'elsewhere', body: 'fp=abc' });
  });

  it('scopes by repo, is:issue, label and state', async () => {
    expect(await search(`repo:${owner}/${repo} is:issue label:audit-gate fp=abc`)).toEqual([
      'closed',
      'group',
    ]);
    expect(await search(`repo:${owner}/${repo} is:pr fp=abc`)).toEqual(['a pr']);
    expect(await search(`repo:${owner}/${repo} is:open label:security label:audit-gate`)).toEqual([
      'group',
    ]);
    expect(await search('fp=abc is:issue is:open')).toEqual(['elsewhere', 'group']);
  });

  it('matches a quoted phrase, in:body or in:title', async () => {
    expect(await search(`repo:${owner}/${repo} "see audit=nightly-1" in:body`)).toEqual([]);
    expect(await search(`repo:${owner}/${repo} "audit=nightly-1 see" in:body`)).toEqual(['digest']);
    expect(await search(`repo:${owner}/${repo} digest in:body`)).toEqual([]);
    expect(await search(`repo:${owner}/${repo} digest in:title`)).toEqual(['digest']);
  });

  it('answers the search result shape with a total count', async () => {
    const { data } = await octokit.rest.search.issuesAndPullRequests({
      q: `repo:${owner}/${repo} label:audit-gate`,
      per_page: 2,
    });
    expect(data.total_count).toBe(4);
    expect(data.incomplete_results).toBe(false);
    expect(data.items).toHaveLength(2);
    expect(data.items[0]).toMatchObject({
      score: 1,
      repository_url: expect.stringContaining(repo),
    });
  });

  it('refuses an empty query and a repository that does not exist', async () => {
    await expect(octokit.rest.search.issuesAndPullRequests({ q: '' })).rejects.toMatchObject({
      status: 422,
    });
    gh.knobs.missingRepositories.add('octo-org/gone');
    await expect(
      octokit.rest.search.issuesAndPullRequests({ q: 'repo:octo-org/gone x' }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('cannot be searched'),
    });
  });
});

describe('index lag', () => {
  it('does not find an issue created less than lagMs ago, so a search-based dedupe duplicates', async () => {
    const q = `repo:${owner}/${repo} "audit=nightly-7"`;
    const fileDigestOnce = async () => {
      if ((await search(q)).length > 0) return;
      await octokit.rest.issues.create({ owner, repo, title: 'digest', body: 'audit=nightly-7' });
    };

    await fileDigestOnce();
    clock.advance(1000);
    await fileDigestOnce(); // a quick retry: the search index has not seen the first one yet
    expect(gh.issues().map((i) => i.title)).toEqual(['digest', 'digest']);

    clock.advance(5000);
    expect(await search(q)).toEqual(['digest', 'digest']);
  });

  it('shows the old text of an issue edited less than lagMs ago', async () => {
    const { number } = gh.seedIssue({ title: 't', body: 'old words' });
    await octokit.rest.issues.update({ owner, repo, issue_number: number, body: 'new words' });

    expect(await search('"old words"')).toEqual(['t']);
    expect(await search('"new words"')).toEqual([]);
    const stale = await octokit.rest.search.issuesAndPullRequests({ q: 'words' });
    expect(stale.data.items[0]?.body).toBe('old words');

    clock.advance(5000);
    expect(await search('"old words"')).toEqual([]);
    expect(await search('"new words"')).toEqual(['t']);
  });

  it('with lag 0, sees every write at once', async () => {
    gh.knobs.searchLagMs = 0;
    await octokit.rest.issues.create({ owner, repo, title: 'fresh', body: 'now' });
    expect(await search('now')).toEqual(['fresh']);
  });
});
