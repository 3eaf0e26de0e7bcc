/** GitHub's error bodies, with the exact messages its clients (and plugin-throttling) key on. */

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message));
  }
}

export const REST_DOCS = 'https://docs.github.com/rest';

function basic(status: number, message: string, documentation_url: string): HttpError {
  return new HttpError(status, { message, documentation_url, status: String(status) });
}

export const badCredentials = () => basic(401, 'Bad credentials', REST_DOCS);

export const notFound = (docs: string = REST_DOCS) => basic(404, 'Not Found', docs);

/** What an installation token (GITHUB_TOKEN) gets when it lacks the permission. */
export const notAccessible = (docs: string, permission: string) => {
  const error = basic(403, 'Resource not accessible by integration', docs);
  error.headers['x-accepted-github-permissions'] = permission;
  return error;
};

export const issuesDisabled = () =>
  basic(410, 'Issues are disabled for this repo', 'https://docs.github.com/v3/issues/');

/** Primary limit: plugin-throttling recognises it by 403 + `x-ratelimit-remaining: 0`. */
export const primaryRateLimit = () =>
  basic(
    403,
    'API rate limit exceeded for installation ID 1234.',
    'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
  );

/** Secondary limit: plugin-throttling recognises it by /\bsecondary rate\b/ in the message. */
export const secondaryRateLimit = (retryAfterSeconds: number, requestId: string) => {
  const error = basic(
    403,
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
      `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
    'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
  );
  error.headers['retry-after'] = String(retryAfterSeconds);
  return error;
};

export const badGateway = () =>
  new HttpError(502, { message: 'Server Error', documentation_url: REST_DOCS, status: '502' });

export const problemsParsingJson = (docs: string) => basic(400, 'Problems parsing JSON', docs);

/** A required parameter is absent, or has the wrong type (GitHub's schema check, 422). */
export const invalidRequest = (docs: string, detail: string) =>
  basic(422, `Invalid request.\n\n${detail}`, docs);

export interface ValidationErrorItem {
  resource: string;
  code: 'missing_field' | 'invalid' | 'custom' | 'missing';
  field: string;
  message?: string;
}

export const validationFailed = (docs: string, ...errors: ValidationErrorItem[]) =>
  new HttpError(422, {
    message: 'Validation Failed',
    errors,
    documentation_url: docs,
    status: '422',
  });

/** GitHub counts characters, not UTF-16 units, against its limits. */
export function characterCount(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

export const tooLong = (resource: string, field: string, maximum: number): ValidationErrorItem => ({
  resource,
  code: 'custom',
  field,
  message: `${field} is too long (maximum is ${maximum} characters)`,
});
