/**
 * Issues and comments on the local GitHub, through the real Octokit client: create, get,
 * update, list (filters, sort, pagination), comments, validation and timestamps.
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
  gh = await startLocalGitHub({ repository: `${owner}/${repo}`, now: clock.now });
  octokit = testOctokit(gh);
});
afterEach(async () => {
  await gh.close();
});

/** A request the typed client would not let us make. */
const send = (method: string, path: string, body: unknown) =>
  fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: 'token t', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const labelNames = (labels: ReadonlyArray<string | { name?: string }>) =>
  labels.map((l) => (typeof l === 'string' ? l : l.name));

describe('create and get', () => {
  it('creates an issue (201) with labels made on the fly, ignoring assignees', async () => {
    const created = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'Legacy client in org/a',
      body: '<!-- audit-gate:v1 kind=group fp=ab12 -->\nbody',
      labels: ['audit-gate', 'security'],
      assignees: ['someone'],
    });

    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      number: 1,
      state: 'open',
      state_reason: null,
      title: 'Legacy client in org/a',
      comments: 0,
      locked: false,
      assignees: [],
      closed_at: null,
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: 'https://github.com/octo-org/audit-central/issues/1',
      url: `${gh.url}/repos/octo-org/audit-central/issues/1`,
      created_at: '2026-11-25T02:00:00Z',
    });
    expect(labelNames(created.data.labels)).toEqual(['audit-gate', 'security']);
    expect(created.data).not.toHaveProperty('pull_request');

    const fetched = await octokit.rest.issues.get({ owner, repo, issue_number: 1 });
    expect(fetched.data).toEqual(created.data);
    expect(gh.issue(1)?.body).toBe('<!-- audit-gate:v1 kind=group fp=ab12 -->\nbody');
  });

  it('numbers issues per repository and reuses labels case-insensitively', async () => {
    gh.seedIssue({ title: 'seeded', labels: ['Audit-Gate'] });
    const { data } = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'x',
      labels: ['audit-gate'],
    });
    const other = await octokit.rest.issues.create({ owner, repo: 'elsewhere', title: 'y' });

    expect(data.number).toBe(2);
    expect(labelNames(data.labels)).toEqual(['Audit-Gate']);
    expect(other.data.number).toBe(1);
  });

  it('answers 404 for an issue that does not exist', async () => {
    await expect(octokit.rest.issues.get({ owner, repo, issue_number: 7 })).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('validation', () => {
  const validation = (field: string, message: string, resource = 'Issue') => ({
    status: 422,
    response: {
      data: {
        message: 'Validation Failed',
        errors: [{ resource, code: 'custom', field, message }],
        status: '422',
        documentation_url: expect.stringContaining('docs.github.com'),
      },
    },
  });

  it('refuses a body over 65,536 characters and accepts exactly 65,536', async () => {
    await expect(
      octokit.rest.issues.create({ owner, repo, title: 't', body: 'x'.repeat(65_537) }),
    ).rejects.toMatchObject(validation('body', 'body is too long (maximum is 65536 characters)'));
    // Characters, not UTF-16 units: 65,536 emoji are 131,072 units and still fit.
    await expect(
      octokit.rest.issues.create({ owner, repo, title: 't', body: '😀'.repeat(65_536) }),
    ).resolves.toMatchObject({ status: 201 });
    expect(gh.issues()).toHaveLength(1);
  });

  it('refuses a long body on update and on comments', async () => {
    const { number } = gh.seedIssue({ title: 't' });
    const long = 'y'.repeat(65_537);
    await expect(
      octokit.rest.issues.update({ owner, repo, issue_number: number, body: long }),
    ).rejects.toMatchObject(validation('body', 'body is too long (maximum is 65536 characters)'));
    await expect(
      octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: long }),
    ).rejects.toMatchObject(
      validation('body', 'body is too long (maximum is 65536 characters)', 'IssueComment'),
    );
    expect(gh.comments(number)).toEqual([]);
  });

  it('refuses a title over 256 characters, an empty title and a missing one', async () => {
    await expect(
      octokit.rest.issues.create({ owner, repo, title: 'x'.repeat(257) }),
    ).rejects.toMatchObject(validation('title', 'title is too long (maximum is 256 characters)'));
    await expect(octokit.rest.issues.create({ owner, repo, title: ' ' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ code: 'missing_field', field: 'title' }] } },
    });
    const untitled = await send('POST', `/repos/${owner}/${repo}/issues`, { body: 'no title' });
    expect(untitled.status).toBe(422);
    expect(await untitled.json()).toMatchObject({
      message: 'Invalid request.\n\n"title" wasn\'t supplied.',
    });
    expect(gh.issues()).toEqual([]);
  });
});

describe('update', () => {
  it('edits title and body, and replaces labels', async () => {
    const { number } = gh.seedIssue({ title: 'old', body: 'old body', labels: ['a', 'b'] });
    const { data } = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: number,
      title: 'new',
      body: 'new body',
      labels: ['c'],
    });
    expect(data).toMatchObject({ title: 'new', body: 'new body' });
    expect(labelNames(data.labels)).toEqual(['c']);
  });

  it('closes with a reason, reopens as reopened, and clears a reason with null', async () => {
    const { number } = gh.seedIssue({ title: 't' });
    const close = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: number,
      state: 'closed',
      state_reason: 'not_planned',
    });
    expect(close.data).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(close.data.closed_at).not.toBeNull();
    expect(close.data.closed_by).toMatchObject({ login: 'github-actions[bot]' });

    const reopen = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: number,
      state: 'open',
    });
    expect(reopen.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });

    const closeDefault = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: number,
      state: 'closed',
    });
    expect(closeDefault.data.state_reason).toBe('completed');

    const cleared = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: number,
      state_reason: null,
    });
    expect(cleared.data).toMatchObject({ state: 'closed', state_reason: null });
  });

  it('refuses an unknown state reason', async () => {
    const { number } = gh.seedIssue({ title: 't' });
    const res = await send('PATCH', `/repos/${owner}/${repo}/issues/${number}`, {
      state: 'closed',
      state_reason: 'wontfix',
    });
    expect(res.status).toBe(422);
    expect(gh.issue(number)?.state).toBe('open');
  });
});

describe('list', () => {
  it('filters by state (default open)', async () => {
    gh.seedIssue({ title: 'open one' });
    gh.seedIssue({ title: 'closed one', state: 'closed', stateReason: 'completed' });

    const titles = async (state?: 'open' | 'closed' | 'all') =>
      (await octokit.rest.issues.listForRepo({ owner, repo, state })).data.map((i) => i.title);
    expect(await titles()).toEqual(['open one']);
    expect(await titles('closed')).toEqual(['closed one']);
    expect(await titles('all')).toEqual(['closed one', 'open one']);
  });

  it('requires ALL the listed labels to match, case-insensitively', async () => {
    gh.seedIssue({ title: 'both', labels: ['audit-gate', 'security'] });
    gh.seedIssue({ title: 'one', labels: ['audit-gate'] });
    gh.seedIssue({ title: 'other', labels: ['security'] });

    const { data } = await octokit.rest.issues.listForRepo({
      owner,
      repo,
      labels: 'Audit-Gate,security',
    });
    expect(data.map((i) => i.title)).toEqual(['both']);
  });

  it('includes pull requests, marked with a pull_request key', async () => {
    gh.seedIssue({ title: 'an issue', labels: ['audit-gate'] });
    gh.seedPullRequest({ title: 'a pull request', labels: ['audit-gate'] });

    const { data } = await octokit.rest.issues.listForRepo({ owner, repo, labels: 'audit-gate' });
    const pr = data.find((i) => i.title === 'a pull request');
    expect(data).toHaveLength(2);
    expect(pr?.pull_request).toMatchObject({ url: expect.stringContaining('/pulls/2') });
    expect(pr?.html_url).toBe('https://github.com/octo-org/audit-central/pull/2');
  });

  it('sorts by created, updated or comments, in either direction', async () => {
    const a = gh.seedIssue({ title: 'a', createdAt: new Date('2026-01-01T00:00:00Z') });
    gh.seedIssue({ title: 'b', createdAt: new Date('2026-02-01T00:00:00Z') });
    gh.seedIssue({ title: 'c', createdAt: new Date('2026-03-01T00:00:00Z') });
    gh.seedComment(a.number, 'first');
    gh.seedComment(a.number, 'second');

    const order = async (sort: 'created' | 'updated' | 'comments', direction?: 'asc' | 'desc') =>
      (await octokit.rest.issues.listForRepo({ owner, repo, sort, direction })).data.map(
        (i) => i.title,
      );
    expect(await order('created')).toEqual(['c', 'b', 'a']);
    expect(await order('created', 'asc')).toEqual(['a', 'b', 'c']);
    // The comments bumped a's updated_at to now.
    expect(await order('updated')).toEqual(['a', 'c', 'b']);
    expect(await order('comments')).toEqual(['a', 'c', 'b']);
  });

  it('filters by since (updated at or after)', async () => {
    gh.seedIssue({ title: 'old', createdAt: new Date('2026-01-01T00:00:00Z') });
    gh.seedIssue({ title: 'new', createdAt: new Date('2026-06-01T00:00:00Z') });
    const { data } = await octokit.rest.issues.listForRepo({
      owner,
      repo,
      since: '2026-03-01T00:00:00Z',
    });
    expect(data.map((i) => i.title)).toEqual(['new']);
  });

  it('pages 30 by default, at most 100, with a GitHub-style Link header', async () => {
    gh.seedIssues(250, (i) => ({ title: `issue ${i}` }));

    const first = await octokit.rest.issues.listForRepo({ owner, repo });
    expect(first.data).toHaveLength(30);

    const capped = await octokit.rest.issues.listForRepo({ owner, repo, per_page: 500 });
    expect(capped.data).toHaveLength(100);

    const middle = await octokit.rest.issues.listForRepo({ owner, repo, per_page: 100, page: 2 });
    const base = `${gh.url}/repos/${owner}/${repo}/issues?per_page=100&page=`;
    expect(middle.headers.link).toBe(
      `<${base}1>; rel="prev", <${base}3>; rel="next", <${base}3>; rel="last", <${base}1>; rel="first"`,
    );
    const last = await octokit.rest.issues.listForRepo({ owner, repo, per_page: 100, page: 3 });
    expect(last.data).toHaveLength(50);
    expect(last.headers.link).not.toContain('rel="next"');

    gh.log.reset();
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      state: 'all',
      per_page: 100,
    });
    expect(all).toHaveLength(250);
    expect(new Set(all.map((i) => i.number)).size).toBe(250);
    expect(gh.log.count('issues.listForRepo')).toBe(3);
  });

  it('sends no Link header when one page holds everything', async () => {
    gh.seedIssue({ title: 'only' });
    const { headers } = await octokit.rest.issues.listForRepo({ owner, repo });
    expect(headers.link).toBeUndefined();
  });
});

describe('comments', () => {
  it('creates, lists (paged) and updates comments, counting them on the issue', async () => {
    const { number } = gh.seedIssue({ title: 't' });
    for (let i = 0; i < 3; i += 1)
      await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: `c${i}` });

    const page = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: number,
      per_page: 2,
    });
    expect(page.data.map((c) => c.body)).toEqual(['c0', 'c1']);
    expect(page.headers.link).toContain('rel="next"');
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: number,
      per_page: 2,
    });
    expect(all.map((c) => c.body)).toEqual(['c0', 'c1', 'c2']);

    const first = all[0];
    if (!first) throw new Error('no comment');
    const updated = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: first.id,
      body: 'edited',
    });
    expect(updated.data).toMatchObject({ id: first.id, body: 'edited' });
    expect(updated.data.html_url).toBe(
      `https://github.com/octo-org/audit-central/issues/${number}#issuecomment-${first.id}`,
    );
    expect(gh.comments(number).map((c) => c.body)).toEqual(['edited', 'c1', 'c2']);

    const issue = await octokit.rest.issues.get({ owner, repo, issue_number: number });
    expect(issue.data.comments).toBe(3);
  });

  it('answers 404 for a comment on a missing issue or an unknown comment id', async () => {
    await expect(
      octokit.rest.issues.createComment({ owner, repo, issue_number: 5, body: 'x' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.rest.issues.updateComment({ owner, repo, comment_id: 5, body: 'x' }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('timestamps', () => {
  it('come from the injected clock, at second resolution, and move on each write', async () => {
    const { data: created } = await octokit.rest.issues.create({ owner, repo, title: 't' });
    clock.advance(90_000);
    const { data: updated } = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: created.number,
      state: 'closed',
    });

    expect(created.created_at).toBe('2026-11-25T02:00:00Z');
    expect(updated.created_at).toBe('2026-11-25T02:00:00Z');
    expect(updated.updated_at).toBe('2026-11-25T02:01:30Z');
    expect(updated.closed_at).toBe('2026-11-25T02:01:30Z');
  });

  it('are strictly increasing between writes even when the clock stands still', async () => {
    await octokit.rest.issues.create({ owner, repo, title: 'one' });
    await octokit.rest.issues.create({ owner, repo, title: 'two' });
    await octokit.rest.issues.update({ owner, repo, issue_number: 1, body: 'edited' });

    const [one, two] = gh.issues();
    expect(one && two).toBeDefined();
    expect(two!.createdAt.getTime()).toBeGreaterThan(one!.createdAt.getTime());
    expect(one!.updatedAt.getTime()).toBeGreaterThan(two!.createdAt.getTime());
  });
});
