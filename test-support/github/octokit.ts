/**
 * The real client stack (`getOctokit` from @actions/github with plugin-throttling and
 * plugin-retry) pointed at the local GitHub, tuned so tests stay fast.
 *
 * plugin-throttling paces writes 1 s apart and issue/comment creation 3 s apart, in limiter
 * groups shared by every client in the process; the groups here keep its concurrency rules
 * but drop the pacing. `retryAfterBaseValue` turns GitHub's retry-after seconds into
 * milliseconds of waiting (1000 is real time).
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
// A dependency of plugin-throttling; its groups are how the plugin lets callers set pacing.
import Bottleneck from 'bottleneck';

type LimitHandler = (
  retryAfter: number,
  options: object,
  octokit: unknown,
  retryCount: number,
) => boolean | void;

export interface TestClientOptions {
  token?: string;
  /** Default: retry up to `maxLimitRetries` times. */
  onSecondaryRateLimit?: LimitHandler;
  /** Default: never retry (wait for reset is not something a test does). */
  onRateLimit?: LimitHandler;
  maxLimitRetries?: number;
  /** plugin-retry's retries for 5xx and network errors (default 0: tests opt in). */
  retries?: number;
  /** Milliseconds per second of retry-after / retry back-off (default 1000, as in production). */
  retryAfterBaseValue?: number;
}

export type TestOctokit = ReturnType<typeof getOctokit>;

export function testOctokit(gh: { url: string }, options: TestClientOptions = {}): TestOctokit {
  const maxLimitRetries = options.maxLimitRetries ?? 2;
  const unpaced = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });
  return getOctokit(
    options.token ?? 'test-token',
    {
      baseUrl: gh.url,
      throttle: {
        onSecondaryRateLimit:
          options.onSecondaryRateLimit ??
          ((_s, _o, _k, retryCount) => retryCount < maxLimitRetries),
        onRateLimit: options.onRateLimit ?? (() => false),
        write: unpaced(),
        notifications: unpaced(),
        search: unpaced(),
        retryAfterBaseValue: options.retryAfterBaseValue ?? 1000,
      },
      retry: {
        retries: options.retries ?? 0,
        retryAfterBaseValue: options.retryAfterBaseValue ?? 1000,
      },
    },
    throttling,
    retry,
  );
}
