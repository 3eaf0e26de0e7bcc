import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { VERSION } from '../constants.js';
import type { Host } from '../host.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** What the run saw of the API: per-request counts for metrics and the last quota header. */
export class ApiTelemetry {
  /** `METHOD status` -> count, e.g. `POST 201`. */
  readonly requests = new Map<string, number>();
  /** `x-ratelimit-remaining` of the latest response that carried it. */
  quotaRemaining: number | null = null;

  record(method: string, status: number, headers: Record<string, unknown> | undefined): void {
    const key = `${method.toUpperCase()} ${status}`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const remaining = Number(headers?.['x-ratelimit-remaining']);
    if (headers?.['x-ratelimit-remaining'] !== undefined && Number.isFinite(remaining)) {
      this.quotaRemaining = remaining;
    }
  }

  get total(): number {
    let sum = 0;
    for (const count of this.requests.values()) sum += count;
    return sum;
  }
}

export interface ClientOptions {
  readonly token: string;
  readonly apiUrl: string;
  /** Times a secondary rate limit is waited out before the write is given up. */
  readonly secondaryLimitRetries?: number;
}

/**
 * The one GitHub client of a run: throttling (GitHub's pacing of writes and content creation,
 * `retry-after` honoured), retries of 5xx for idempotent requests, the user agent and the
 * request counter. A primary rate limit is never waited out: a reset can be an hour away, so
 * the run stops and accounts for what it did not file.
 */
export function createGitHubClient(
  options: ClientOptions,
  host: Host,
): { client: GitHubClient; telemetry: ApiTelemetry } {
  const telemetry = new ApiTelemetry();
  const secondaryRetries = options.secondaryLimitRetries ?? 3;
  const client = getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      userAgent: `audit-gate/${VERSION}`,
      throttle: {
        onRateLimit: (retryAfter: number, request: { method: string; url: string }) => {
          host.warning(
            `GitHub API quota exhausted on ${request.method} ${request.url} (resets in ${retryAfter} s): stopping writes.`,
          );
          return false;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          request: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          const again = retryCount < secondaryRetries;
          host.warning(
            `GitHub secondary rate limit on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter} s` : 'giving up'}.`,
          );
          return again;
        },
        ...(isLoopback(options.apiUrl) ? unpacedGroups() : {}),
      },
    },
    throttling,
    retry,
  );
  client.hook.after('request', (response, request) => {
    telemetry.record(request.method, response.status, response.headers);
  });
  client.hook.error('request', (error, request) => {
    const failure = error as { status?: number; response?: { headers?: Record<string, unknown> } };
    telemetry.record(request.method, failure.status ?? 0, failure.response?.headers);
    throw error;
  });
  return { client, telemetry };
}

/**
 * GitHub asks for writes one at a time and a pause between content-creating requests, which
 * plugin-throttling enforces process-wide. A GitHub on the loopback interface (the project's
 * own local server, a proxy) has no such limits, so its runs skip the pauses.
 */
function unpacedGroups() {
  const group = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });
  return { write: group(), notifications: group(), search: group() };
}

export function isLoopback(apiUrl: string): boolean {
  try {
    const { hostname } = new URL(apiUrl);
    return (
      hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname)
    );
  } catch {
    return false;
  }
}
