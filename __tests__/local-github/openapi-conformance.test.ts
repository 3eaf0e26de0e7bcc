/**
 * Every response shape the local GitHub serves, validated against the response schemas of
 * GitHub's official OpenAPI description (test-support/openapi/schemas.json, extracted from
 * @octokit/openapi by extract.mjs, `nullable` already converted to JSON Schema).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { testOctokit, type TestOctokit } from '../../test-support/github/octokit.js';
import { startLocalGitHub, type LocalGitHub } from '../../test-support/github/server.js';

interface Extract {
  source: { package: string };
  responses: Record<string, { operation: string; status: number; schema: object }>;
}

const extract = JSON.parse(
  readFileSync(new URL('../../test-support/openapi/schemas.json', import.meta.url), 'utf8'),
) as Extract;

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validators = new Map<string, ValidateFunction>(
  Object.entries(extract.responses).map(([key, r]) => [key, ajv.compile(r.schema)]),
);

function conforms(key: string, data: unknown): string[] {
  const validate = validators.get(key);
  if (!validate) throw new Error(`no schema ${key} in the extract`);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${key}: ${e.instancePath} ${e.message}`);
}

const owner = 'octo-org';
const repo = 'audit-central';

let gh: LocalGitHub;
let octokit: TestOctokit;
beforeAll(async () => {
  gh = await startLocalGitHub({ repository: `${owner}/${repo}`, searchLagMs: 0 });
  octokit = testOctokit(gh);
  // Variety, so nullable and optional fields are exercised both ways.
  gh.seedIssue({ title: 'open', body: 'fp=1', labels: ['audit-gate'], comments: ['seeded'] });
  gh.seedIssue({ title: 'closed', body: null, state: 'closed', stateReason: 'not_planned' });
  gh.seedPullRequest({ title: 'a pull request', body: 'fp=1', labels: ['audit-gate'] });
  gh.seedArtifact({ name: 'audit-fallback-1-1', ageDays: 3 });
  gh.artifacts.add({
    name: 'no-expiry',
    repository: `${owner}/${repo}`,
    workflowRunId: 1,
    workflowJobRunId: 1,
    createdAt: new Date(),
    expiresAt: null,
    finalized: true,
    sizeInBytes: 1,
    zip: null,
    digest: 'sha256:00',
  });
});
afterAll(async () => {
  await gh.close();
});

/** Extract key -> a real call whose response body must conform. */
const calls: Record<string, () => Promise<unknown>> = {
  'issues/list-for-repo': async () =>
    (await octokit.rest.issues.listForRepo({ owner, repo, state: 'all' })).data,
  'issues/create': async () =>
    (await octokit.rest.issues.create({ owner, repo, title: 'new', labels: ['x'] })).data,
  'issues/get': async () => (await octokit.rest.issues.get({ owner, repo, issue_number: 2 })).data,
  'issues/update': async () =>
    (
      await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: 1,
        state: 'closed',
        state_reason: 'completed',
      })
    ).data,
  'issues/list-comments': async () =>
    (await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 })).data,
  'issues/create-comment': async () =>
    (await octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'c' })).data,
  'issues/update-comment': async () => {
    const [first] = gh.comments(1);
    return (
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: first!.id, body: 'e' })
    ).data;
  },
  'rate-limit/get': async () => (await octokit.rest.rateLimit.get()).data,
  'search/issues-and-pull-requests': async () =>
    (await octokit.rest.search.issuesAndPullRequests({ q: `repo:${owner}/${repo} fp=1` })).data,
  'actions/list-artifacts-for-repo': async () =>
    (await octokit.rest.actions.listArtifactsForRepo({ owner, repo })).data,
  'actions/get-artifact': async () => {
    const [artifact] = gh.artifacts.list(`${owner}/${repo}`);
    return (await octokit.rest.actions.getArtifact({ owner, repo, artifact_id: artifact!.id }))
      .data;
  },
  'repos/get': async () => (await octokit.rest.repos.get({ owner, repo })).data,
  'validation-error': () =>
    errorBody(octokit.rest.issues.create({ owner, repo, title: 't', body: 'x'.repeat(70_000) })),
  'basic-error': () => errorBody(octokit.rest.issues.get({ owner, repo, issue_number: 404 })),
};

async function errorBody(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return (error as { response?: { data?: unknown } }).response?.data;
  }
  throw new Error('expected the call to fail');
}

describe(`responses conform to ${extract.source.package}`, () => {
  it('has a call for every extracted schema', () => {
    expect(Object.keys(calls).sort()).toEqual(Object.keys(extract.responses).sort());
  });

  it.each(Object.keys(extract.responses))('%s', async (key) => {
    const data = await calls[key]!();
    expect(Array.isArray(data) ? data.length : 1).toBeGreaterThan(0);
    expect(conforms(key, data)).toEqual([]);
  });

  it.each([
    ['401 bad credentials', () => fetch(`${gh.url}/rate_limit`)],
    ['403 rate limit', () => limited()],
    ['410 issues disabled', () => disabled()],
  ])('error body: %s', async (_name, call) => {
    const res = await call();
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(conforms('basic-error', await res.json())).toEqual([]);
  });

  it('catches a response that does not conform', async () => {
    const { data } = await octokit.rest.issues.get({ owner, repo, issue_number: 2 });
    expect(conforms('issues/get', data)).toEqual([]);
    const withoutNodeId: Record<string, unknown> = { ...data };
    delete withoutNodeId.node_id;
    expect(conforms('issues/get', withoutNodeId)).toEqual([
      "issues/get:  must have required property 'node_id'",
    ]);
    expect(conforms('issues/get', { ...data, number: '2' })).toEqual([
      'issues/get: /number must be integer',
    ]);
    expect(conforms('issues/get', { ...data, state_reason: 'wontfix' })).toEqual([
      'issues/get: /state_reason must be equal to one of the allowed values',
    ]);
  });
});

async function limited(): Promise<Response> {
  const saved = gh.knobs.quotaRemaining;
  gh.knobs.quotaRemaining = 0;
  try {
    return await fetch(`${gh.url}/repos/${owner}/${repo}`, {
      headers: { authorization: 'token t' },
    });
  } finally {
    gh.knobs.quotaRemaining = saved;
  }
}

async function disabled(): Promise<Response> {
  gh.knobs.issuesDisabled.add('octo-org/no-issues');
  return fetch(`${gh.url}/repos/octo-org/no-issues/issues`, {
    headers: { authorization: 'token t' },
  });
}
