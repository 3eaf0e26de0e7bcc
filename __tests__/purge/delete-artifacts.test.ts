import { describe, expect, it, jest } from '@jest/globals';
import { FakeHost } from '../../test-support/fake-host.js';
import { ConfigurationError, QuotaExhaustedError } from '../../src/errors.js';
import type { GitHubClient } from '../../src/github/client.js';
import type { ArtifactCandidate } from '../../src/purge/decide.js';
import { deleteArtifacts } from '../../src/purge/delete-artifacts.js';

const candidates: ArtifactCandidate[] = [1, 2, 3].map((id) => ({
  artifact: {
    id,
    name: `audit-fallback-${id}-1`,
    sizeInBytes: id,
    createdAt: null,
    expired: false,
  },
  ageDays: 10,
}));

const httpError = (status: number, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { status, response: { headers } });

/** A client whose DELETE answers in turn: undefined resolves, an error rejects. */
function clientAnswering(...answers: (Error | undefined)[]) {
  const deleteArtifact = jest.fn(async ({ artifact_id }: { artifact_id: number }) => {
    const answer = answers[artifact_id - 1];
    if (answer) throw answer;
    return { status: 204 };
  });
  const client = { rest: { actions: { deleteArtifact } } } as unknown as GitHubClient;
  return { client, deleteArtifact };
}

describe('deleteArtifacts', () => {
  it('deletes each in order, through owner and repo', async () => {
    const { client, deleteArtifact } = clientAnswering();
    const result = await deleteArtifacts(candidates, client, 'org/central', new FakeHost());
    expect(result.deleted.map((c) => c.artifact.id)).toEqual([1, 2, 3]);
    expect(deleteArtifact.mock.calls.map(([args]) => args)).toEqual([
      { owner: 'org', repo: 'central', artifact_id: 1 },
      { owner: 'org', repo: 'central', artifact_id: 2 },
      { owner: 'org', repo: 'central', artifact_id: 3 },
    ]);
  });

  it('reports a failure that survived the retries and goes on with the rest', async () => {
    const host = new FakeHost();
    const { client } = clientAnswering(undefined, httpError(502, 'Bad Gateway'));
    const result = await deleteArtifacts(candidates, client, 'org/central', host);
    expect(result.deleted.map((c) => c.artifact.id)).toEqual([1, 3]);
    expect(result.failed).toEqual([{ candidate: candidates[1], message: 'Bad Gateway' }]);
    expect(host.logs).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('audit-fallback-2-1'),
      }),
    );
  });

  it('counts an artifact already gone (404) apart', async () => {
    const { client } = clientAnswering(httpError(404, 'Not Found'));
    const result = await deleteArtifacts(candidates, client, 'org/central', new FakeHost());
    expect(result.gone.map((c) => c.artifact.id)).toEqual([1]);
    expect(result.deleted.map((c) => c.artifact.id)).toEqual([2, 3]);
    expect(result.failed).toEqual([]);
  });

  it('stops at the first 403 with the missing permission named', async () => {
    const { client, deleteArtifact } = clientAnswering(
      undefined,
      httpError(403, 'Resource not accessible by integration'),
    );
    const run = deleteArtifacts(candidates, client, 'org/central', new FakeHost());
    await expect(run).rejects.toThrow(ConfigurationError);
    await expect(run).rejects.toThrow('lacks actions: write');
    expect(deleteArtifact).toHaveBeenCalledTimes(2);
  });

  it('stops at a rate limit, saying how many were deleted and left', async () => {
    const { client } = clientAnswering(
      undefined,
      httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }),
    );
    const run = deleteArtifacts(candidates, client, 'org/central', new FakeHost());
    await expect(run).rejects.toThrow(QuotaExhaustedError);
    await expect(run).rejects.toThrow('after 1 deletion(s); 2 fallback artifact(s) left');
  });
});
