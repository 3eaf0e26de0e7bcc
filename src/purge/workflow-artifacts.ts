import type { GitHubClient } from '../github/client.js';
import type { ListedArtifact } from './decide.js';
import {
  classifyFailure,
  listingRateLimited,
  missingPermission,
  repositoryNotFound,
} from './api-errors.js';

export function splitRepository(repository: string): { owner: string; repo: string } {
  const [owner = '', repo = ''] = repository.split('/');
  return { owner, repo };
}

/**
 * Every workflow artifact of the repository, 100 per page. The endpoint's `name` filter is an
 * exact match, so the prefix is applied after listing.
 */
export async function listWorkflowArtifacts(
  client: GitHubClient,
  repository: string,
): Promise<ListedArtifact[]> {
  try {
    const artifacts = await client.paginate(client.rest.actions.listArtifactsForRepo, {
      ...splitRepository(repository),
      per_page: 100,
    });
    return artifacts.map((a) => ({
      id: a.id,
      name: a.name,
      sizeInBytes: a.size_in_bytes,
      createdAt: a.created_at ?? null,
      expired: a.expired,
    }));
  } catch (error) {
    const failure = classifyFailure(error);
    if (failure === 'permission') throw missingPermission(repository, error);
    if (failure === 'not-found') throw repositoryNotFound(repository);
    if (failure === 'rate-limit') throw listingRateLimited(error);
    throw error;
  }
}

/** One DELETE through the run's client, whose throttling paces writes one at a time. */
export async function deleteWorkflowArtifact(
  client: GitHubClient,
  repository: string,
  artifactId: number,
): Promise<void> {
  await client.rest.actions.deleteArtifact({
    ...splitRepository(repository),
    artifact_id: artifactId,
  });
}
