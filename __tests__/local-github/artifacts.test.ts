/**
 * Workflow artifacts on the local GitHub: listing (paged, filtered by name), get and delete,
 * backed by the ArtifactStore the results service also writes to.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { manualClock } from '../../test-support/github/clock.js';
import { testOctokit, type TestOctokit } from '../../test-support/github/octokit.js';
import { startLocalGitHub, type LocalGitHub } from '../../test-support/github/server.js';

const owner = 'octo-org';
const repo = 'audit-central';

let gh: LocalGitHub;
let octokit: TestOctokit;
beforeEach(async () => {
  gh = await startLocalGitHub({ repository: `${owner}/${repo}`, now: manualClock().now });
  octokit = testOctokit(gh);
});
afterEach(async () => {
  await gh.close();
});

describe('list', () => {
  it('lists newest first with GitHub fields, ages from the seed', async () => {
    const old = gh.seedArtifact({
      name: 'audit-fallback-1-1',
      ageDays: 10,
      sizeInBytes: 300,
      retentionDays: 7,
    });
    gh.seedArtifact({ name: 'audit-fallback-2-1', ageDays: 1, sizeInBytes: 200 });

    const { data } = await octokit.rest.actions.listArtifactsForRepo({ owner, repo });
    expect(data.total_count).toBe(2);
    expect(data.artifacts.map((a) => a.name)).toEqual(['audit-fallback-2-1', 'audit-fallback-1-1']);
    expect(data.artifacts[1]).toMatchObject({
      id: old.id,
      size_in_bytes: 300,
      created_at: '2026-11-15T02:00:00Z',
      expires_at: '2026-11-22T02:00:00Z',
      expired: true,
      url: `${gh.url}/repos/${owner}/${repo}/actions/artifacts/${old.id}`,
      archive_download_url: `${gh.url}/repos/${owner}/${repo}/actions/artifacts/${old.id}/zip`,
      workflow_run: { id: expect.any(Number) },
    });
    expect(data.artifacts[0]?.expired).toBe(false);
  });

  it('filters by exact name and pages with total_count over all pages', async () => {
    for (let i = 0; i < 120; i += 1) gh.seedArtifact({ name: `audit-fallback-${i}`, ageDays: i });
    gh.seedArtifact({ name: 'audit-fallback-7' });
    gh.seedArtifact({ name: 'other', repository: 'octo-org/elsewhere' });

    const page = await octokit.rest.actions.listArtifactsForRepo({ owner, repo, per_page: 100 });
    expect(page.data.total_count).toBe(121);
    expect(page.data.artifacts).toHaveLength(100);
    expect(page.headers.link).toContain('rel="next"');

    const all = await octokit.paginate(octokit.rest.actions.listArtifactsForRepo, {
      owner,
      repo,
      per_page: 100,
    });
    expect(all).toHaveLength(121);

    const named = await octokit.rest.actions.listArtifactsForRepo({
      owner,
      repo,
      name: 'audit-fallback-7',
    });
    expect(named.data.total_count).toBe(2);
    expect(named.data.artifacts.every((a) => a.name === 'audit-fallback-7')).toBe(true);
  });

  it('lists what others put in the shared store, but not unfinalized uploads', async () => {
    const base = {
      repository: `${owner}/${repo}`,
      workflowRunId: 5,
      workflowJobRunId: 6,
      createdAt: new Date('2026-11-25T00:00:00Z'),
      expiresAt: null,
      sizeInBytes: 10,
      zip: null,
      digest: null,
    };
    gh.artifacts.add({ ...base, name: 'uploaded', finalized: true });
    gh.artifacts.add({ ...base, name: 'half-uploaded', finalized: false });

    const { data } = await octokit.rest.actions.listArtifactsForRepo({ owner, repo });
    expect(data.artifacts.map((a) => a.name)).toEqual(['uploaded']);
    expect(data.artifacts[0]).toMatchObject({ expires_at: null, expired: false });
  });
});

describe('get and delete', () => {
  it('deletes (204), then answers 404 for the same id', async () => {
    const artifact = gh.seedArtifact({ name: 'audit-fallback-1-1', ageDays: 8 });
    const got = await octokit.rest.actions.getArtifact({ owner, repo, artifact_id: artifact.id });
    expect(got.data.name).toBe('audit-fallback-1-1');

    const deleted = await octokit.rest.actions.deleteArtifact({
      owner,
      repo,
      artifact_id: artifact.id,
    });
    expect(deleted.status).toBe(204);
    expect(gh.artifacts.artifacts.has(artifact.id)).toBe(false);
    await expect(
      octokit.rest.actions.deleteArtifact({ owner, repo, artifact_id: artifact.id }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("answers 404 for another repository's artifact", async () => {
    const artifact = gh.seedArtifact({ name: 'x', repository: 'octo-org/elsewhere' });
    await expect(
      octokit.rest.actions.deleteArtifact({ owner, repo, artifact_id: artifact.id }),
    ).rejects.toMatchObject({ status: 404 });
    expect(gh.artifacts.artifacts.has(artifact.id)).toBe(true);
  });

  it('refuses the delete (403) without actions write permission, but still lists', async () => {
    const artifact = gh.seedArtifact({ name: 'x' });
    gh.knobs.permissions.actions = 'read';

    await expect(
      octokit.rest.actions.deleteArtifact({ owner, repo, artifact_id: artifact.id }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/^Resource not accessible by integration/),
    });
    const { data } = await octokit.rest.actions.listArtifactsForRepo({ owner, repo });
    expect(data.total_count).toBe(1);
  });
});
