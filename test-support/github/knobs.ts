/**
 * What a test can turn on the local GitHub: quota, permissions, missing repositories, disabled
 * issues, latency, search lag, and one-shot faults on the n-th request of a kind.
 */

/** Routes, named as the Octokit methods that call them (`octokit.rest.issues.create`). */
export const ROUTE_IDS = [
  'rateLimit.get',
  'repos.get',
  'issues.listForRepo',
  'issues.create',
  'issues.get',
  'issues.update',
  'issues.listComments',
  'issues.createComment',
  'issues.getComment',
  'issues.updateComment',
  'search.issuesAndPullRequests',
  'actions.listArtifactsForRepo',
  'actions.getArtifact',
  'actions.deleteArtifact',
] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

/** Which requests a fault counts: all, reads (GET), writes (anything else), or one route. */
export type RequestSelector = 'any' | 'read' | 'write' | RouteId;

export type Fault =
  /** 403 with GitHub's secondary-rate-limit message and `retry-after`. Nothing is written. */
  | { kind: 'secondary-rate-limit'; retryAfterSeconds: number }
  /** 502 before the request is handled. Nothing is written. */
  | { kind: 'bad-gateway' }
  /** The write is committed, then the client gets a 502, or its connection is reset. */
  | { kind: 'lost-response'; how: 'bad-gateway' | 'reset' }
  /** Something else happens first (another client's write, say); then the request is handled. */
  | { kind: 'before'; run: () => void };

export interface FaultRule {
  readonly on: RequestSelector;
  /** 1-based positions among the matching requests seen since the rule was added. */
  readonly nth: readonly number[];
  readonly fault: Fault;
  seen: number;
}

export interface Permissions {
  issues: 'read' | 'write';
  actions: 'read' | 'write';
}

export class Knobs {
  /** Core quota. It never replenishes by itself: tests say what is left. */
  quotaLimit = 5000;
  quotaRemaining = 5000;
  /** When the quota window resets (sent as `x-ratelimit-reset`, epoch seconds). */
  quotaReset: Date;
  searchLimit = 30;
  searchRemaining = 30;
  /** Added before every REST response. */
  latencyMs = 0;
  /** Writes younger than this are not yet in the search index (GitHub's index lags). */
  searchLagMs = 1000;
  /** Permissions of every token, unless `tokenPermissions` says otherwise for one. */
  permissions: Permissions = { issues: 'write', actions: 'write' };
  readonly tokenPermissions = new Map<string, Partial<Permissions>>();
  /** `owner/name`: 404 Not Found on everything under the repository. */
  readonly missingRepositories = new Set<string>();
  /** `owner/name`: 410 Issues are disabled, on every issues route of the repository. */
  readonly issuesDisabled = new Set<string>();
  readonly faults: FaultRule[] = [];

  constructor(now: Date) {
    this.quotaReset = new Date(now.getTime() + 3600_000);
  }

  permissionsOf(token: string): Permissions {
    return { ...this.permissions, ...this.tokenPermissions.get(token) };
  }

  isMissing(repository: string): boolean {
    return hasCaseless(this.missingRepositories, repository);
  }

  hasIssuesDisabled(repository: string): boolean {
    return hasCaseless(this.issuesDisabled, repository);
  }
}

function hasCaseless(set: ReadonlySet<string>, value: string): boolean {
  const lower = value.toLowerCase();
  for (const item of set) if (item.toLowerCase() === lower) return true;
  return false;
}

/** Fluent fault injection: `gh.onRequest('write', 2).secondaryRateLimit()`. */
export class FaultBuilder {
  constructor(
    private readonly rules: FaultRule[],
    private readonly on: RequestSelector,
    private readonly nth: readonly number[],
  ) {}

  /** Default `retry-after: 1`. Note `0` makes plugin-throttling fall back to 60 s. */
  secondaryRateLimit({ retryAfterSeconds = 1 }: { retryAfterSeconds?: number } = {}): void {
    this.add({ kind: 'secondary-rate-limit', retryAfterSeconds });
  }

  badGateway(): void {
    this.add({ kind: 'bad-gateway' });
  }

  loseResponse(how: 'bad-gateway' | 'reset' = 'bad-gateway'): void {
    this.add({ kind: 'lost-response', how });
  }

  /** Runs `fn` just before the request is handled: a racing client acting at that moment. */
  before(fn: () => void): void {
    this.add({ kind: 'before', run: fn });
  }

  private add(fault: Fault): void {
    this.rules.push({ on: this.on, nth: this.nth, fault, seen: 0 });
  }
}

/** Counts the request against every rule it matches; returns the first fault that fires. */
export function nextFault(
  rules: readonly FaultRule[],
  route: RouteId,
  write: boolean,
): Fault | undefined {
  let fired: Fault | undefined;
  for (const rule of rules) {
    const matches =
      rule.on === 'any' ||
      rule.on === route ||
      (rule.on === 'write' && write) ||
      (rule.on === 'read' && !write);
    if (!matches) continue;
    rule.seen += 1;
    if (!fired && rule.nth.includes(rule.seen)) fired = rule.fault;
  }
  return fired;
}
