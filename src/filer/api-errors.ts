/**
 * What a failed GitHub request means for the run. GitHub answers 403 for three different
 * things (the primary quota, a secondary limit, a missing permission), and each calls for a
 * different response: stop and account, wait and retry, or fall back.
 */

export type ApiFailure =
  /** The hourly quota is spent: stop writing, never wait an hour for the reset. */
  | 'primary-rate-limit'
  /** A secondary limit the client already retried: stop writing rather than push harder. */
  | 'secondary-rate-limit'
  /** 403 not accessible, 404 on the repository, 410 issues disabled: the fallback keeps the rest. */
  | 'no-permission'
  | 'bad-credentials'
  /** 5xx, a reset connection or a timeout: the write may or may not have happened. */
  | 'lost'
  /** The request was refused on its own merits (422, a 404 on one issue): that write fails. */
  | 'rejected';

interface RequestFailure {
  readonly status?: number;
  readonly message?: string;
  readonly response?: { readonly headers?: Record<string, unknown> };
}

function failureOf(error: unknown): RequestFailure {
  return typeof error === 'object' && error !== null ? (error as RequestFailure) : {};
}

export function statusOf(error: unknown): number | null {
  const status = failureOf(error).status;
  return typeof status === 'number' ? status : null;
}

/**
 * `repositoryLevel`: the request names only the repository (list, create), so a 404 means the
 * repository is gone or hidden; on one issue's URL a 404 means that issue is gone.
 */
export function classifyApiError(error: unknown, repositoryLevel: boolean): ApiFailure {
  const failure = failureOf(error);
  const status = statusOf(error);
  const message = typeof failure.message === 'string' ? failure.message : '';
  const headers = failure.response?.headers ?? {};
  if (status === null || status >= 500) return 'lost';
  if (status === 401) return 'bad-credentials';
  if (status === 403 || status === 429) {
    if (/\bsecondary rate\b/i.test(message)) return 'secondary-rate-limit';
    if (String(headers['x-ratelimit-remaining']) === '0') return 'primary-rate-limit';
    if (status === 429 || headers['retry-after'] !== undefined) return 'secondary-rate-limit';
    return 'no-permission';
  }
  if (status === 410) return 'no-permission';
  if (status === 404) return repositoryLevel ? 'no-permission' : 'rejected';
  return 'rejected';
}

/** One line for the log: status and GitHub's message, never the request body. */
export function describeApiError(error: unknown): string {
  const failure = failureOf(error);
  const status = statusOf(error);
  const message = (typeof failure.message === 'string' ? failure.message : String(error)).split(
    /\r?\n/,
  )[0]!;
  return status === null ? message : `${status} ${message}`;
}
