/** Why findings went to the fallback, and what the reader should do about it. */
export type FallbackReason =
  'no-permission' | 'issues-disabled' | 'repository-not-found' | 'quota-exhausted' | 'requested';

export const FALLBACK_REASONS: readonly FallbackReason[] = [
  'no-permission',
  'issues-disabled',
  'repository-not-found',
  'quota-exhausted',
  'requested',
];

/** GitHub's page on granting the workflow token `issues: write`. */
export const TOKEN_DOCS_URL =
  'https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token';

/** One sentence per reason: what happened and how to fix it. */
export const REASON_TEXT: Readonly<Record<FallbackReason, string>> = {
  'no-permission':
    'The token may not write issues in the central repository (403 "Resource not accessible by integration"). ' +
    `Grant the job \`permissions: issues: write\` (${TOKEN_DOCS_URL}), or pass a token that can write issues there.`,
  'issues-disabled':
    'Issues are disabled in the central repository (410). Enable them under Settings > General > Features > Issues.',
  'repository-not-found':
    'The central repository was not found (404): check the `repository` input. The workflow token only reaches the repository running the workflow; ' +
    'for another repository pass a GitHub App or fine-grained token that can write its issues.',
  'quota-exhausted':
    'The GitHub API quota is exhausted, so nothing more could be filed. Run again after the quota resets.',
  requested: '`mode: fallback` was requested: the findings were kept without filing.',
};
