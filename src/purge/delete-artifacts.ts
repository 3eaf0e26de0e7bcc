import type { GitHubClient } from '../github/client.js';
import type { Host } from '../host.js';
import { errorMessage } from '../errors.js';
import type { ArtifactCandidate } from './decide.js';
import { classifyFailure, missingPermission, rateLimited } from './api-errors.js';
import { deleteWorkflowArtifact } from './workflow-artifacts.js';

export interface ArtifactDeletions {
  readonly deleted: readonly ArtifactCandidate[];
  /** Already gone when their turn came (a concurrent purge, or GitHub's own expiry). */
  readonly gone: readonly ArtifactCandidate[];
  readonly failed: readonly { readonly candidate: ArtifactCandidate; readonly message: string }[];
}

/**
 * Deletes one artifact after the other. The run's client paces writes (plugin-throttling: one
 * at a time, a second apart), which keeps a large backlog clear of GitHub's secondary limits.
 * A 403 stops at once (no later delete can succeed); a 5xx that survives the retries is
 * reported and the rest go on.
 */
export async function deleteArtifacts(
  candidates: readonly ArtifactCandidate[],
  client: GitHubClient,
  repository: string,
  host: Host,
): Promise<ArtifactDeletions> {
  const deleted: ArtifactCandidate[] = [];
  const gone: ArtifactCandidate[] = [];
  const failed: { candidate: ArtifactCandidate; message: string }[] = [];
  for (const [index, candidate] of candidates.entries()) {
    const { id, name } = candidate.artifact;
    try {
      await deleteWorkflowArtifact(client, repository, id);
      deleted.push(candidate);
      host.info(`Deleted workflow artifact ${name} (id ${id}).`);
    } catch (error) {
      switch (classifyFailure(error)) {
        case 'permission':
          throw missingPermission(repository, error);
        case 'rate-limit':
          throw rateLimited(deleted.length, candidates.length - index, error);
        case 'not-found':
          gone.push(candidate);
          host.info(`Workflow artifact ${name} (id ${id}) was already gone.`);
          break;
        case 'other': {
          const message = errorMessage(error);
          failed.push({ candidate, message });
          host.warning(`Could not delete workflow artifact ${name} (id ${id}): ${message}`);
        }
      }
    }
  }
  return { deleted, gone, failed };
}
