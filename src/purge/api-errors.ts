import { ConfigurationError, QuotaExhaustedError, errorMessage } from '../errors.js';

/** What a failed artifacts request means for the purge. */
export type ArtifactFailure =
  /** 403 without a rate limit: the token may not list or delete workflow artifacts. */
  | 'permission'
  /** Primary or secondary rate limit that the client gave up waiting for. */
  | 'rate-limit'
  /** 404: the repository is not visible to the token, or the artifact is already gone. */
  | 'not-found'
  | 'other';

interface HttpFailure {
  status?: number;
  response?: { headers?: Record<string, unknown> };
}

export function classifyFailure(error: unknown): ArtifactFailure {
  const { status, response } = (error ?? {}) as HttpFailure;
  const message = errorMessage(error);
  if (status === 404) return 'not-found';
  // GitHub answers both a missing permission and a rate limit with 403; only the limits say so.
  const rateLimited =
    status === 429 ||
    String(response?.headers?.['x-ratelimit-remaining']) === '0' ||
    /rate limit/i.test(message);
  if ((status === 403 || status === 429) && rateLimited) return 'rate-limit';
  if (status === 403) return 'permission';
  return 'other';
}

export function missingPermission(repository: string, error: unknown): ConfigurationError {
  return new ConfigurationError(
    `The token lacks actions: write on ${repository} (GitHub said: 403 ${errorMessage(error)}); ` +
      'add `permissions: actions: write` to the job, or pass a token that has it in `token`.',
  );
}

export function repositoryNotFound(repository: string): ConfigurationError {
  return new ConfigurationError(
    `Repository ${repository} was not found, or the token cannot see it (404): check 'repository' and 'token'.`,
  );
}

export function listingRateLimited(error: unknown): QuotaExhaustedError {
  return new QuotaExhaustedError(
    `GitHub rate limit reached while listing workflow artifacts; nothing was deleted (${errorMessage(error)}).`,
  );
}

export function rateLimited(deleted: number, left: number, error: unknown): QuotaExhaustedError {
  return new QuotaExhaustedError(
    `GitHub rate limit reached after ${deleted} deletion(s); ${left} fallback artifact(s) left for the next run (${errorMessage(error)}).`,
  );
}
