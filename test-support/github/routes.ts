/**
 * The REST routes of the local GitHub: what each does to the state and what it answers.
 * Checks common to all routes (auth, quota, faults, missing repository, permissions) live in
 * server.ts; a route only validates its own input.
 */
import {
  characterCount,
  invalidRequest,
  notFound,
  tooLong,
  validationFailed,
} from './http-errors.js';
import type { Knobs, RouteId } from './knobs.js';
import { paginate } from './pagination.js';
import {
  artifactJson,
  commentJson,
  issueJson,
  repositoryJson,
  type Bases,
} from './representations.js';
import type {
  GitHubState,
  IssueState,
  RepositoryState,
  StateReason,
  StoredIssue,
} from './repositories.js';
import { matchesSearch, parseSearchQuery } from './search-query.js';
import type { ArtifactStore } from './state.js';

export interface RouteContext {
  state: GitHubState;
  artifacts: ArtifactStore;
  knobs: Knobs;
  bases: Bases;
  url: URL;
  /** Path captures after owner and repo (issue number, comment id, artifact id). */
  params: string[];
  /** The repository, for routes under `/repos/{owner}/{repo}`. */
  repo: RepositoryState;
  body: unknown;
  docs: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  id: RouteId;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Captures owner and repo first for repository routes. */
  pattern: RegExp;
  /** The permission a write needs; issues routes also answer 410 when issues are disabled. */
  scope: 'issues' | 'actions' | null;
  resource: 'core' | 'search';
  docs: string;
  handle(ctx: RouteContext): Reply;
}

const BODY_LIMIT = 65_536;
const TITLE_LIMIT = 256;
const STATE_REASONS: ReadonlyArray<StateReason | null> = [
  'completed',
  'not_planned',
  'reopened',
  'duplicate',
  null,
];

const REPO = '/repos/([^/]+)/([^/]+)';
const DOCS = 'https://docs.github.com/rest';

const json = (status: number, body: unknown, link?: string): Reply => ({
  status,
  body,
  headers: link ? { link } : {},
});

function requireIssue(ctx: RouteContext): StoredIssue {
  const issue = ctx.repo.issues.get(Number(ctx.params[0]));
  if (!issue) throw notFound(ctx.docs);
  return issue;
}

function renderIssue(ctx: RouteContext, issue: StoredIssue) {
  return issueJson(ctx.bases, ctx.repo, issue, (name) => ctx.state.label(ctx.repo, name));
}

function objectBody(ctx: RouteContext): Record<string, unknown> {
  const body = ctx.body ?? {};
  if (typeof body !== 'object' || Array.isArray(body))
    throw invalidRequest(
      ctx.docs,
      `For 'links/0/schema', ${JSON.stringify(body)} is not an object.`,
    );
  return body as Record<string, unknown>;
}

function optionalString(
  ctx: RouteContext,
  value: unknown,
  name: string,
): string | null | undefined {
  if (value === undefined || value === null || typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw invalidRequest(
    ctx.docs,
    `For 'properties/${name}', ${JSON.stringify(value)} is not a string or null.`,
  );
}

function checkedTitle(ctx: RouteContext, value: unknown): string | undefined {
  const title = optionalString(ctx, value, 'title');
  if (title === undefined) return undefined;
  if (title === null || title.trim() === '')
    throw validationFailed(ctx.docs, { resource: 'Issue', code: 'missing_field', field: 'title' });
  if (characterCount(title) > TITLE_LIMIT)
    throw validationFailed(ctx.docs, tooLong('Issue', 'title', TITLE_LIMIT));
  return title;
}

function checkedBody(
  ctx: RouteContext,
  value: unknown,
  resource: string,
): string | null | undefined {
  const body = optionalString(ctx, value, 'body');
  if (typeof body === 'string' && characterCount(body) > BODY_LIMIT)
    throw validationFailed(ctx.docs, tooLong(resource, 'body', BODY_LIMIT));
  return body;
}

function checkedLabels(ctx: RouteContext, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (value === null) return [];
  if (!Array.isArray(value))
    throw invalidRequest(
      ctx.docs,
      `For 'properties/labels', ${JSON.stringify(value)} is not an array.`,
    );
  return value.map((label: unknown) => {
    if (typeof label === 'string') return label;
    if (
      label &&
      typeof label === 'object' &&
      typeof (label as { name?: unknown }).name === 'string'
    )
      return (label as { name: string }).name;
    throw invalidRequest(ctx.docs, `For 'items', ${JSON.stringify(label)} is not a string.`);
  });
}

function listIssues(ctx: RouteContext): Reply {
  const q = ctx.url.searchParams;
  const state = q.get('state') ?? 'open';
  const wanted = (q.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const since = q.get('since') ? Date.parse(q.get('since') as string) : NaN;
  const creator = q.get('creator')?.toLowerCase();
  const sort = q.get('sort') ?? 'created';
  const direction = q.get('direction') === 'asc' ? 1 : -1;
  const key = (i: StoredIssue) =>
    sort === 'updated'
      ? i.updatedAt.getTime()
      : sort === 'comments'
        ? i.commentCount
        : i.createdAt.getTime();

  const matching = [...ctx.repo.issues.values()]
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => {
      const names = i.labels.map((l) => l.toLowerCase());
      return wanted.every((l) => names.includes(l));
    })
    .filter((i) => Number.isNaN(since) || i.updatedAt.getTime() >= since)
    .filter((i) => !creator || i.user.toLowerCase() === creator)
    .sort((a, b) => direction * (key(a) - key(b) || a.number - b.number));
  const page = paginate(matching, ctx.url);
  return json(
    200,
    page.items.map((i) => renderIssue(ctx, i)),
    page.link,
  );
}

function createIssue(ctx: RouteContext): Reply {
  const input = objectBody(ctx);
  if (input.title === undefined) throw invalidRequest(ctx.docs, `"title" wasn't supplied.`);
  const title = checkedTitle(ctx, input.title) as string;
  const body = checkedBody(ctx, input.body, 'Issue');
  const labels = checkedLabels(ctx, input.labels);
  // Assignees, milestone and type are accepted and ignored: nothing here reads them back.
  const issue = ctx.state.createIssue(ctx.repo, {
    title,
    body: body ?? null,
    labels: labels ?? [],
    indexed: false,
  });
  return json(201, renderIssue(ctx, issue));
}

function updateIssue(ctx: RouteContext): Reply {
  const issue = requireIssue(ctx);
  const input = objectBody(ctx);
  const state = input.state;
  if (state !== undefined && state !== 'open' && state !== 'closed')
    throw invalidRequest(
      ctx.docs,
      `For 'properties/state', ${JSON.stringify(state)} is not one of open, closed.`,
    );
  const reason = input.state_reason;
  if (reason !== undefined && !STATE_REASONS.includes(reason as StateReason | null))
    throw invalidRequest(
      ctx.docs,
      `For 'properties/state_reason', ${JSON.stringify(reason)} is not a valid state reason.`,
    );
  ctx.state.updateIssue(ctx.repo, issue, {
    title: checkedTitle(ctx, input.title),
    body: checkedBody(ctx, input.body, 'Issue'),
    labels: checkedLabels(ctx, input.labels),
    state: state as IssueState | undefined,
    stateReason: reason as StateReason | null | undefined,
  });
  return json(200, renderIssue(ctx, issue));
}

function commentText(ctx: RouteContext): string {
  const input = objectBody(ctx);
  if (input.body === undefined) throw invalidRequest(ctx.docs, `"body" wasn't supplied.`);
  const body = checkedBody(ctx, input.body, 'IssueComment');
  if (!body)
    throw validationFailed(ctx.docs, {
      resource: 'IssueComment',
      code: 'missing_field',
      field: 'body',
    });
  return body;
}

function requireComment(ctx: RouteContext) {
  const comment = ctx.repo.comments.get(Number(ctx.params[0]));
  if (!comment) throw notFound(ctx.docs);
  return comment;
}

function searchIssues(ctx: RouteContext): Reply {
  const q = ctx.url.searchParams.get('q');
  if (!q?.trim())
    throw validationFailed(ctx.docs, { resource: 'Search', field: 'q', code: 'missing' });
  const query = parseSearchQuery(q);
  if (query.repos.some((r) => ctx.knobs.isMissing(r)))
    throw validationFailed(ctx.docs, {
      message:
        'The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.',
      resource: 'Search',
      field: 'q',
      code: 'invalid',
    });
  const sort = ctx.url.searchParams.get('sort');
  const order = ctx.url.searchParams.get('order') === 'asc' ? 1 : -1;
  const key = (i: StoredIssue) =>
    sort === 'updated'
      ? i.updatedAt.getTime()
      : sort === 'comments'
        ? i.commentCount
        : i.createdAt.getTime();

  const repos =
    query.repos.length > 0
      ? query.repos.map((r) => ctx.state.repository(r))
      : ctx.state.allRepositories();
  const hits = repos
    .flatMap((repo) => [...repo.issues.values()].map((issue) => ({ repo, issue })))
    .flatMap(({ repo, issue }) => {
      const view = ctx.state.searchView(issue, ctx.knobs.searchLagMs);
      return view && matchesSearch(query, issue, view) ? [{ repo, issue, view }] : [];
    })
    .sort((a, b) => order * (key(a.issue) - key(b.issue) || a.issue.number - b.issue.number));
  const page = paginate(hits, ctx.url);
  const items = page.items.map(({ repo, issue, view }) => ({
    ...issueJson(ctx.bases, repo, issue, (name) => ctx.state.label(repo, name), view),
    score: 1,
  }));
  return json(
    200,
    { total_count: hits.length, incomplete_results: false, items, search_type: 'lexical' },
    page.link,
  );
}

function listArtifacts(ctx: RouteContext): Reply {
  const name = ctx.url.searchParams.get('name');
  const all = ctx.artifacts.list(ctx.repo.fullName).filter((a) => name === null || a.name === name);
  const page = paginate(all, ctx.url);
  const now = ctx.state.now();
  return json(
    200,
    {
      total_count: all.length,
      artifacts: page.items.map((a) => artifactJson(ctx.bases, a, ctx.repo.id, now)),
    },
    page.link,
  );
}

function requireArtifact(ctx: RouteContext) {
  const artifact = ctx.artifacts.artifacts.get(Number(ctx.params[0]));
  const visible =
    artifact?.finalized && artifact.repository.toLowerCase() === ctx.repo.fullName.toLowerCase();
  if (!artifact || !visible) throw notFound(ctx.docs);
  return artifact;
}

export const ROUTES: readonly Route[] = [
  {
    id: 'rateLimit.get',
    method: 'GET',
    pattern: /^\/rate_limit$/,
    scope: null,
    resource: 'core',
    docs: `${DOCS}/rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user`,
    // Answered in server.ts: it reads the quota without spending it.
    handle: () => {
      throw new Error('rate_limit is answered by the server');
    },
  },
  {
    id: 'search.issuesAndPullRequests',
    method: 'GET',
    pattern: /^\/search\/issues$/,
    scope: null,
    resource: 'search',
    docs: `${DOCS}/search/search#search-issues-and-pull-requests`,
    handle: searchIssues,
  },
  {
    id: 'repos.get',
    method: 'GET',
    pattern: new RegExp(`^${REPO}$`),
    scope: null,
    resource: 'core',
    docs: `${DOCS}/repos/repos#get-a-repository`,
    handle: (ctx) =>
      json(
        200,
        repositoryJson(ctx.bases, ctx.repo, {
          hasIssues: !ctx.knobs.hasIssuesDisabled(ctx.repo.fullName),
          openIssues: [...ctx.repo.issues.values()].filter((i) => i.state === 'open').length,
        }),
      ),
  },
  {
    id: 'issues.listForRepo',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/issues$`),
    scope: 'issues',
    resource: 'core',
    docs: `${DOCS}/issues/issues#list-repository-issues`,
    handle: listIssues,
  },
  {
    id: 'issues.create',
    method: 'POST',
    pattern: new RegExp(`^${REPO}/issues$`),
    scope: 'issues',
    resource: 'core',
    docs: `${DOCS}/issues/issues#create-an-issue`,
    handle: createIssue,
  },
  {
    id: 'issues.getComment',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/issues/comments/(\\d+)$`),
    scope: 'issues',
    resource: 'core',
    docs: `${DOCS}/issues/comments#get-an-issue-comment`,
    handle: (ctx) => json(200, commentJson(ctx.bases, ctx.repo, requireComment(ctx))),
  },
  {
    id: 'issues.updateComment',
    method: 'PATCH',
    pattern: new RegExp(`^${REPO}/issues/comments/(\\d+)$`),
    scope: 'issues',
    resource: 'core',
    docs: `${DOCS}/issues/comments#update-an-issue-comment`,
    handle: (ctx) => {
      const comment = requireComment(ctx);
      ctx.state.updateComment(comment, commentText(ctx));
      return json(200, commentJson(ctx.bases, ctx.repo, comment));
    },
  },
  {
    id: 'issues.get',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/issues/(\\d+)$`),
    scope: 'issues',
    resource: 'core',
    docs: `${DOCS}/issues/issues#get-an-issue`,
    handle: (ctx) => json(200, renderIssue(ctx, requireIssue(ctx))),
  },
  {
    id: 'issues.update',
    method: 'PATCH',
    pattern: new RegExp(`^${REPO}/issues/(\\d+)$`),
    scope: 'issues',
    resource: 'core',
    docs: `${DOCS}/issues/issues#update-an-issue`,
    handle: updateIssue,
  },
  {
    id: 'issues.listComments',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/issues/(\\d+)/comments$`),
    scope: 'issues',
    resource: 'core',
    docs: `${DOCS}/issues/comments#list-issue-comments`,
    handle: (ctx) => {
      const issue = requireIssue(ctx);
      const all = [...ctx.repo.comments.values()]
        .filter((c) => c.issueNumber === issue.number)
        .sort((a, b) => a.id - b.id);
      const page = paginate(all, ctx.url);
      return json(
        200,
        page.items.map((c) => commentJson(ctx.bases, ctx.repo, c)),
        page.link,
      );
    },
  },
  {
    id: 'issues.createComment',
    method: 'POST',
    pattern: new RegExp(`^${REPO}/issues/(\\d+)/comments$`),
    scope: 'issues',
    resource: 'core',
    docs: `${DOCS}/issues/comments#create-an-issue-comment`,
    handle: (ctx) => {
      const issue = requireIssue(ctx);
      const comment = ctx.state.addComment(ctx.repo, issue, commentText(ctx));
      return json(201, commentJson(ctx.bases, ctx.repo, comment));
    },
  },
  {
    id: 'actions.listArtifactsForRepo',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/actions/artifacts$`),
    scope: 'actions',
    resource: 'core',
    docs: `${DOCS}/actions/artifacts#list-artifacts-for-a-repository`,
    handle: listArtifacts,
  },
  {
    id: 'actions.getArtifact',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/actions/artifacts/(\\d+)$`),
    scope: 'actions',
    resource: 'core',
    docs: `${DOCS}/actions/artifacts#get-an-artifact`,
    handle: (ctx) =>
      json(200, artifactJson(ctx.bases, requireArtifact(ctx), ctx.repo.id, ctx.state.now())),
  },
  {
    id: 'actions.deleteArtifact',
    method: 'DELETE',
    pattern: new RegExp(`^${REPO}/actions/artifacts/(\\d+)$`),
    scope: 'actions',
    resource: 'core',
    docs: `${DOCS}/actions/artifacts#delete-an-artifact`,
    handle: (ctx) => {
      ctx.artifacts.delete(requireArtifact(ctx).id);
      return { status: 204 };
    },
  },
];

/** The route for a method and path, with its captures (owner and repo first, if any). */
export function matchRoute(
  method: string,
  path: string,
): { route: Route; captures: string[] } | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const m = route.pattern.exec(path);
    if (m) return { route, captures: m.slice(1).map((c) => decodeURIComponent(c)) };
  }
  return undefined;
}
