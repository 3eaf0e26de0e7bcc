/**
 * Reads what GitHub holds: the owned issues (the issues list filtered by the owner label) and
 * the digest's comments. Never the search API: its index lags by seconds to minutes, so a
 * retry that deduplicated through it would file the same issue twice.
 */
import type { GitHubClient } from '../github/client.js';
import type { RepositoryName } from './options.js';
import type { ExistingComment, ExistingIssue, StateReason } from './types.js';

export interface OwnedIssues {
  readonly issues: readonly ExistingIssue[];
  /** Requests the listing took (one per page of 100). */
  readonly pages: number;
  /** GitHub's clock when it answered the first page (its `Date` header); null without one. */
  readonly listedAt: Date | null;
}

const STATE_REASONS = new Set(['completed', 'not_planned', 'reopened', 'duplicate']);

interface IssueItem {
  readonly number: number;
  readonly state: string;
  readonly state_reason?: string | null;
  readonly labels: readonly (string | { readonly name?: string })[];
  readonly body?: string | null;
  readonly title: string;
  readonly created_at: string;
  readonly pull_request?: unknown;
}

export function toExistingIssue(item: IssueItem): ExistingIssue {
  const reason = item.state_reason ?? null;
  return {
    number: item.number,
    state: item.state === 'closed' ? 'closed' : 'open',
    stateReason: reason !== null && STATE_REASONS.has(reason) ? (reason as StateReason) : null,
    labels: item.labels.flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : [])),
    body: item.body ?? null,
    title: item.title,
    createdAt: item.created_at,
    isPullRequest: item.pull_request !== undefined && item.pull_request !== null,
  };
}

/**
 * How far before a listing a later one with `since` reaches back: GitHub's frontends agree on
 * the time within seconds, and a minute more costs nothing but an issue or two on the page.
 */
export const SINCE_MARGIN_MS = 60_000;

/**
 * The `since` of a listing that must see every issue changed after an earlier listing answered
 * at `listedAt` (GitHub's clock); undefined, so a full listing, when that time is unknown.
 */
export function sinceListing(listedAt: Date | null | undefined): Date | undefined {
  return listedAt != null ? new Date(listedAt.getTime() - SINCE_MARGIN_MS) : undefined;
}

/**
 * The owned issues, or with `since` only those updated at or after it (GitHub's `since`
 * compares with `updated_at`, on GitHub's clock).
 */
export async function listOwnedIssues(
  client: GitHubClient,
  repository: RepositoryName,
  ownerLabel: string,
  since?: Date,
): Promise<OwnedIssues> {
  let pages = 0;
  let listedAt: Date | null = null;
  const items = await client.paginate(
    client.rest.issues.listForRepo,
    {
      owner: repository.owner,
      repo: repository.repo,
      labels: ownerLabel,
      state: 'all',
      per_page: 100,
      ...(since ? { since: since.toISOString().replace(/\.\d{3}Z$/, 'Z') } : {}),
    },
    (response) => {
      pages += 1;
      if (pages === 1) listedAt = serverTime(response.headers.date);
      return response.data;
    },
  );
  const issues = items.map((item) => toExistingIssue(item as IssueItem));
  return { issues: issues.filter((i) => !i.isPullRequest), pages, listedAt };
}

function serverTime(header: string | undefined): Date | null {
  const ms = header === undefined ? Number.NaN : Date.parse(header);
  return Number.isNaN(ms) ? null : new Date(ms);
}

export async function listComments(
  client: GitHubClient,
  repository: RepositoryName,
  issueNumber: number,
): Promise<ExistingComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: repository.owner,
    repo: repository.repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  return comments.map((c) => ({ id: c.id, body: c.body ?? null }));
}
