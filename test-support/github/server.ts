/**
 * A local, stateful GitHub REST API on 127.0.0.1 (test infrastructure, never bundled).
 *
 * Tests, the end-to-end runs of `dist/index.js` (via GITHUB_API_URL) and the demo all talk to it
 * over real HTTP with the real Octokit clients. Knobs reproduce what production meets: an
 * exhausted quota, secondary limits, missing permissions, a lagging search index, and writes
 * that commit although the client never hears back.
 *
 *   const gh = await startLocalGitHub();
 *   gh.seedIssue({ title: 'old', labels: ['audit-gate'] });
 *   gh.onRequest('issues.create', 1).loseResponse();
 *   gh.knobs.quotaRemaining = 0;
 *   expect(gh.log.writes).toBe(0);
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  HttpError,
  badCredentials,
  badGateway,
  issuesDisabled,
  notAccessible,
  notFound,
  primaryRateLimit,
  problemsParsingJson,
  secondaryRateLimit,
} from './http-errors.js';
import {
  FaultBuilder,
  Knobs,
  nextFault,
  type Permissions,
  type RequestSelector,
  type RouteId,
} from './knobs.js';
import {
  GitHubState,
  type IssueInit,
  type StoredComment,
  type StoredIssue,
} from './repositories.js';
import type { Bases } from './representations.js';
import { RequestLog, type LoggedRequest } from './request-log.js';
import { matchRoute, type Reply } from './routes.js';
import { ArtifactStore, type StoredWorkflowArtifact } from './state.js';

/**
 * A handler tried before the REST routes (the Actions results service, its blob store).
 * It answers and returns true, or returns false to let the request through.
 */
export type MountedHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  url: URL,
) => Promise<boolean> | boolean;

export interface LocalGitHubOptions {
  /** The repository seeds and inspections use when none is named. */
  repository?: string;
  /** The clock for timestamps, search lag and artifact ages. */
  now?: () => Date;
  /** Web base for `html_url` links (never fetched). */
  htmlUrl?: string;
  /** Shared with the results service, so uploads show up in the REST listing. */
  artifacts?: ArtifactStore;
  mounts?: MountedHandler[];
  searchLagMs?: number;
  latencyMs?: number;
  quotaLimit?: number;
  quotaRemaining?: number;
}

export type SeedIssue = IssueInit & { repository?: string };

export interface SeedArtifact {
  name: string;
  repository?: string;
  /** How long ago it was created. */
  ageDays?: number;
  sizeInBytes?: number;
  retentionDays?: number;
  workflowRunId?: number;
}

const DAY_MS = 86_400_000;

type Resource = 'core' | 'search';

interface Outcome {
  reply: Reply;
  resource: Resource;
  lost?: 'bad-gateway' | 'reset';
}

export class LocalGitHub {
  readonly url: string;
  readonly repository: string;
  readonly knobs: Knobs;
  readonly log = new RequestLog();
  readonly artifacts: ArtifactStore;
  readonly state: GitHubState;
  readonly now: () => Date;
  private readonly htmlUrl: string;
  private readonly mounts: MountedHandler[];
  private requests = 0;

  private constructor(
    private readonly server: Server,
    options: LocalGitHubOptions,
  ) {
    const { port } = server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    this.repository = options.repository ?? 'octo-org/audit-central';
    this.now = options.now ?? (() => new Date());
    this.htmlUrl = options.htmlUrl ?? 'https://github.com';
    this.artifacts = options.artifacts ?? new ArtifactStore();
    this.state = new GitHubState(this.now);
    this.mounts = [...(options.mounts ?? [])];
    this.knobs = new Knobs(this.now());
    if (options.searchLagMs !== undefined) this.knobs.searchLagMs = options.searchLagMs;
    if (options.latencyMs !== undefined) this.knobs.latencyMs = options.latencyMs;
    if (options.quotaLimit !== undefined) this.knobs.quotaLimit = options.quotaLimit;
    this.knobs.quotaRemaining = options.quotaRemaining ?? this.knobs.quotaLimit;
  }

  static async start(options: LocalGitHubOptions = {}): Promise<LocalGitHub> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const gh = new LocalGitHub(server, options);
    server.on('request', (req, res) => void gh.serve(req, res));
    return gh;
  }

  /** Try `handler` before the REST routes, after those mounted earlier. */
  mount(handler: MountedHandler): void {
    this.mounts.push(handler);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      // Keep-alive connections from fetch would otherwise hold close() open for seconds.
      this.server.closeAllConnections();
    });
  }

  /** Fault injection on the n-th matching request: `gh.onRequest('write', 2).badGateway()`. */
  onRequest(on: RequestSelector, nth: number | readonly number[]): FaultBuilder {
    return new FaultBuilder(this.knobs.faults, on, typeof nth === 'number' ? [nth] : nth);
  }

  /** Give one token fewer permissions than the default (`{ issues: 'read' }`). */
  restrictToken(token: string, permissions: Partial<Permissions>): void {
    this.knobs.tokenPermissions.set(token, permissions);
  }

  // Seeding: existing state, written without requests, searchable at once.

  seedIssue(init: SeedIssue): StoredIssue {
    const { repository, ...rest } = init;
    return this.state.createIssue(this.state.repository(repository ?? this.repository), rest);
  }

  seedIssues(count: number, make: (index: number) => SeedIssue): StoredIssue[] {
    return Array.from({ length: count }, (_, i) => this.seedIssue(make(i)));
  }

  seedPullRequest(init: SeedIssue): StoredIssue {
    return this.seedIssue({ ...init, pullRequest: true });
  }

  seedComment(issueNumber: number, body: string, repository?: string): StoredComment {
    const repo = this.state.repository(repository ?? this.repository);
    const issue = repo.issues.get(issueNumber);
    if (!issue) throw new Error(`no issue #${issueNumber} in ${repo.fullName}`);
    return this.state.addComment(repo, issue, body, issue.user);
  }

  seedArtifact(init: SeedArtifact): StoredWorkflowArtifact {
    const createdAt = new Date(this.now().getTime() - (init.ageDays ?? 0) * DAY_MS);
    return this.artifacts.add({
      name: init.name,
      repository: init.repository ?? this.repository,
      workflowRunId: init.workflowRunId ?? 9_000_000 + this.artifacts.artifacts.size,
      workflowJobRunId: 1,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + (init.retentionDays ?? 90) * DAY_MS),
      finalized: true,
      sizeInBytes: init.sizeInBytes ?? 1024,
      zip: null,
      digest: null,
    });
  }

  // Inspection.

  /** The repository's issues and pull requests, by number. */
  issues(repository?: string): StoredIssue[] {
    const repo = this.state.repository(repository ?? this.repository);
    return [...repo.issues.values()].sort((a, b) => a.number - b.number);
  }

  issue(number: number, repository?: string): StoredIssue | undefined {
    return this.state.repository(repository ?? this.repository).issues.get(number);
  }

  comments(issueNumber: number, repository?: string): StoredComment[] {
    const repo = this.state.repository(repository ?? this.repository);
    return [...repo.comments.values()]
      .filter((c) => c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id);
  }

  /** GET /rate_limit's body: the quota as the knobs set it. */
  rateLimit() {
    const reset = Math.floor(this.knobs.quotaReset.getTime() / 1000);
    const minute = Math.floor(this.now().getTime() / 60_000) * 60 + 60;
    const window = (limit: number, remaining = limit, at = reset) => ({
      limit,
      used: Math.max(0, limit - remaining),
      remaining,
      reset: at,
    });
    const core = window(this.knobs.quotaLimit, this.knobs.quotaRemaining);
    return {
      resources: {
        core,
        search: window(this.knobs.searchLimit, this.knobs.searchRemaining, minute),
        graphql: window(5000),
        integration_manifest: window(5000),
        source_import: window(100, 100, minute),
        code_scanning_upload: window(1000),
        actions_runner_registration: window(10000),
        scim: window(15000),
        dependency_snapshots: window(100, 100, minute),
        code_search: window(10, 10, minute),
        code_scanning_autofix: window(10, 10, minute),
      },
      rate: core,
    };
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
      for (const handler of this.mounts) if (await handler(req, res, body, url)) return;
      if (this.knobs.latencyMs > 0) await sleep(this.knobs.latencyMs);

      const method = req.method ?? 'GET';
      const entry: LoggedRequest = {
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        route: null,
        status: 0,
        write: method !== 'GET' && method !== 'HEAD',
        at: this.now(),
      };
      this.log.entries.push(entry);
      const requestId = `${randomBytes(2).toString('hex').toUpperCase()}:${(++this.requests).toString(16).toUpperCase()}`;

      let outcome: Outcome;
      try {
        outcome = this.dispatch(req, url, body, entry, requestId);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        const resource = entry.route === 'search.issuesAndPullRequests' ? 'search' : 'core';
        outcome = { reply: error, resource };
      }
      if (outcome.lost === 'reset') {
        req.socket.destroy();
        return;
      }
      const reply = outcome.lost === 'bad-gateway' ? badGateway() : outcome.reply;
      entry.status = reply.status;
      this.send(res, reply, outcome.resource, requestId);
    } catch (error) {
      // A bug in the fake itself: make it loud rather than a silent hang.
      console.error('local GitHub failed', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: String(error) }));
    }
  }

  private dispatch(
    req: IncomingMessage,
    url: URL,
    raw: Buffer,
    entry: LoggedRequest,
    requestId: string,
  ): Outcome {
    const token = tokenOf(req.headers.authorization);
    if (!token) throw badCredentials();
    const matched = matchRoute(entry.method, url.pathname);
    if (!matched) throw notFound();
    const { route, captures } = matched;
    entry.route = route.id;
    if (route.id === 'rateLimit.get')
      return { reply: { status: 200, body: this.rateLimit() }, resource: 'core' };

    this.spend(route.resource);
    const fault = nextFault(this.knobs.faults, route.id, entry.write);
    if (fault?.kind === 'secondary-rate-limit')
      throw secondaryRateLimit(fault.retryAfterSeconds, requestId);
    if (fault?.kind === 'bad-gateway') throw badGateway();
    if (fault?.kind === 'before') fault.run();

    const repoScoped = url.pathname.startsWith('/repos/');
    const fullName = repoScoped ? `${captures[0]}/${captures[1]}` : this.repository;
    if (repoScoped && this.knobs.isMissing(fullName)) throw notFound(route.docs);
    if (repoScoped && route.scope === 'issues' && this.knobs.hasIssuesDisabled(fullName))
      throw issuesDisabled();
    if (entry.write && route.scope && this.knobs.permissionsOf(token)[route.scope] !== 'write')
      throw notAccessible(route.docs, `${route.scope}=write`);

    let body: unknown = undefined;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        throw problemsParsingJson(route.docs);
      }
    }
    const reply = route.handle({
      state: this.state,
      artifacts: this.artifacts,
      knobs: this.knobs,
      bases: this.bases(req),
      url,
      params: repoScoped ? captures.slice(2) : captures,
      repo: this.state.repository(fullName),
      body,
      docs: route.docs,
    });
    return {
      reply,
      resource: route.resource,
      lost: fault?.kind === 'lost-response' ? fault.how : undefined,
    };
  }

  /** Every request but /rate_limit costs one from its resource; none left is a primary limit. */
  private spend(resource: Resource): void {
    if (resource === 'search') {
      if (this.knobs.searchRemaining <= 0) throw primaryRateLimit();
      this.knobs.searchRemaining -= 1;
      return;
    }
    if (this.knobs.quotaRemaining <= 0) throw primaryRateLimit();
    this.knobs.quotaRemaining -= 1;
  }

  private bases(req: IncomingMessage): Bases {
    return { api: req.headers.host ? `http://${req.headers.host}` : this.url, html: this.htmlUrl };
  }

  private send(res: ServerResponse, reply: Reply, resource: Resource, requestId: string): void {
    const limits = this.rateLimit().resources[resource];
    const headers: Record<string, string> = {
      // GitHub's own clock, as clients see it: `since` filters compare with it, not the client's.
      date: this.now().toUTCString(),
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': requestId,
      'x-ratelimit-limit': String(limits.limit),
      'x-ratelimit-remaining': String(limits.remaining),
      'x-ratelimit-used': String(limits.used),
      'x-ratelimit-reset': String(limits.reset),
      'x-ratelimit-resource': resource,
      ...reply.headers,
    };
    if (reply.status === 204 || reply.body === undefined) {
      res.writeHead(reply.status, headers);
      res.end();
      return;
    }
    headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(reply.status, headers);
    res.end(JSON.stringify(reply.body));
  }
}

export function startLocalGitHub(options: LocalGitHubOptions = {}): Promise<LocalGitHub> {
  return LocalGitHub.start(options);
}

/** `token X` or `Bearer X`; the fake accepts any non-empty token. */
function tokenOf(header: string | undefined): string | undefined {
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export type { RouteId, RequestSelector, Permissions, StoredIssue, StoredComment };
export { ArtifactStore, Knobs, RequestLog };
