/**
 * The quota guard's input: `GET /rate_limit` (it costs no quota). When it cannot be read the
 * run stops before writing: the seed went on "with caution" without knowing the quota.
 */
import { ConfigurationError, QuotaExhaustedError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { classifyApiError, describeApiError } from './api-errors.js';

export interface Quota {
  readonly remaining: number;
  readonly limit: number;
  /** Epoch seconds of the reset. */
  readonly reset: number;
}

export class QuotaUnknownError extends Error {
  override readonly name = 'QuotaUnknownError';
}

/** What a GitHub Enterprise Server with rate limiting switched off has: no limit at all. */
export const UNLIMITED: Quota = { remaining: Number.MAX_SAFE_INTEGER, limit: 0, reset: 0 };

export async function readQuota(client: GitHubClient): Promise<Quota> {
  let core: { remaining: number; limit: number; reset: number };
  try {
    const { data } = await client.rest.rateLimit.get();
    core = data.resources.core;
  } catch (error) {
    // GitHub Enterprise Server answers 404 "Rate limiting is not enabled." when it has none:
    // the quota is then known, and unlimited.
    if (isRateLimitingDisabled(error)) return UNLIMITED;
    const what = `Could not read the API quota (GET /rate_limit: ${describeApiError(error)}); nothing was written.`;
    switch (classifyApiError(error, false)) {
      case 'primary-rate-limit':
      case 'secondary-rate-limit':
        throw new QuotaExhaustedError(what);
      case 'bad-credentials':
        throw new ConfigurationError(`${what} Check the 'token' input.`);
      default:
        throw new QuotaUnknownError(what);
    }
  }
  if (!Number.isFinite(core?.remaining)) {
    throw new QuotaUnknownError(
      'GET /rate_limit returned no core quota; nothing was written (the quota must be known).',
    );
  }
  return { remaining: core.remaining, limit: core.limit, reset: core.reset };
}

function isRateLimitingDisabled(error: unknown): boolean {
  const failure = error as { status?: number; response?: { data?: { message?: unknown } } };
  const message = failure?.response?.data?.message;
  return (
    failure?.status === 404 &&
    typeof message === 'string' &&
    /rate limiting is not enabled/i.test(message)
  );
}
