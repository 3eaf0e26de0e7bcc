/**
 * Runs a plan's ops against GitHub, in order, with the run's one client. The plan decided what
 * to write; this decides what to do when a write fails: stop on a spent quota or a missing
 * permission (the rest goes to the fallback), reconcile a lost create by listing again, and
 * count every op that was not written so the accounting still adds up.
 */
import type { GitHubClient } from '../github/client.js';
import type { Host } from '../host.js';
import { classifyApiError, describeApiError, statusOf, type ApiFailure } from './api-errors.js';
import { parseMarker } from './marker.js';
import { canonicalIssue, indexOwned, type OwnedIndex } from './owned.js';
import type { RepositoryName } from './options.js';
import { listComments, listOwnedIssues, sinceListing } from './read-state.js';
import type { DeferredGroup, Plan, PlanOp } from './types.js';

/** Why the run stopped writing before the end of the plan. */
export interface StopReason {
  readonly failure: Exclude<ApiFailure, 'lost' | 'rejected'>;
  readonly status: number | null;
  readonly message: string;
}

export interface UnwrittenOp {
  readonly op: PlanOp;
  /** The hits this op would have delivered: they go to the fallback. */
  readonly carries: readonly DeferredGroup[];
  /** null: not attempted because the run had stopped. */
  readonly error: string | null;
}

export interface ExecutionResult {
  /** Issues this run created (group issues and the digest), with their fingerprints. */
  readonly created: { readonly number: number; readonly fingerprint: string | null }[];
  readonly updated: number[];
  readonly reopened: number[];
  readonly closedResolved: number[];
  readonly closedDuplicates: number[];
  /** The digest issue written or created in this run. */
  digestIssue: number | null;
  readonly unwritten: UnwrittenOp[];
  /** Creates that failed (metric `audit_issue_create_failures_total`). */
  createFailures: number;
  /** Lost create responses that listing found committed (no second POST was sent). */
  reconciled: number;
  stop: StopReason | null;
}

export interface ExecutorContext {
  readonly client: GitHubClient;
  readonly repository: RepositoryName;
  readonly ownerLabel: string;
  readonly host: Host;
  /**
   * GitHub's time of the run's first listing, which planned the writes. A create is planned
   * only for a key that had no issue then, so the lookup after a lost create, like the
   * duplicate check after writing, lists only issues updated since (one page, however many
   * issues the repository holds). Unknown: they list everything.
   */
  readonly listedAt?: Date | null;
}

/** A create is tried at most this often, with a listing between attempts. */
const CREATE_ATTEMPTS = 3;
/** A create that has not answered in this long counts as lost and is reconciled. */
const CREATE_TIMEOUT_MS = 60_000;

const STOPPING = new Set<ApiFailure>([
  'primary-rate-limit',
  'secondary-rate-limit',
  'no-permission',
  'bad-credentials',
]);

export function emptyExecution(): ExecutionResult {
  return {
    created: [],
    updated: [],
    reopened: [],
    closedResolved: [],
    closedDuplicates: [],
    digestIssue: null,
    unwritten: [],
    createFailures: 0,
    reconciled: 0,
    stop: null,
  };
}

export class Executor {
  readonly result = emptyExecution();

  constructor(private readonly ctx: ExecutorContext) {}

  get stopped(): boolean {
    return this.result.stop !== null;
  }

  async executePlan(plan: Plan): Promise<ExecutionResult> {
    for (const [index, op] of plan.ops.entries()) {
      await this.execute(op, plan.opCarries[index] ?? []);
    }
    return this.result;
  }

  /** Runs one op, or records it as unwritten (with the error, or because the run stopped). */
  async execute(op: PlanOp, carries: readonly DeferredGroup[]): Promise<void> {
    if (this.stopped) {
      this.result.unwritten.push({ op, carries, error: null });
      return;
    }
    try {
      await this.run(op);
    } catch (error) {
      const repositoryLevel = op.kind === 'create' || op.kind === 'create-digest';
      const failure = classifyApiError(error, repositoryLevel);
      if (repositoryLevel) this.result.createFailures += 1;
      const message = describeApiError(error);
      if (STOPPING.has(failure)) {
        this.result.stop = {
          failure: failure as StopReason['failure'],
          status: statusOf(error),
          message,
        };
        this.ctx.host.warning(`Stopped writing at ${describeOp(op)}: ${message}`);
      } else {
        this.ctx.host.warning(`Could not ${describeOp(op)}: ${message}`);
      }
      this.result.unwritten.push({ op, carries, error: message });
    }
  }

  private get where() {
    return { owner: this.ctx.repository.owner, repo: this.ctx.repository.repo };
  }

  private async run(op: PlanOp): Promise<void> {
    const { client } = this.ctx;
    switch (op.kind) {
      case 'create': {
        const number = await this.createIssue(op.title, op.body, op.labels, () =>
          this.findGroupIssue(op.fingerprint),
        );
        this.result.created.push({ number, fingerprint: op.fingerprint });
        return;
      }
      case 'update':
        await client.rest.issues.update({
          ...this.where,
          issue_number: op.issueNumber,
          title: op.title,
          body: op.body,
        });
        this.result.updated.push(op.issueNumber);
        return;
      case 'reopen':
        await client.rest.issues.update({
          ...this.where,
          issue_number: op.issueNumber,
          state: 'open',
          state_reason: 'reopened',
          title: op.title,
          body: op.body,
        });
        this.result.reopened.push(op.issueNumber);
        // The reopen is what matters; the comment only explains it.
        await this.comment(op.issueNumber, op.comment, false);
        return;
      case 'close-resolved':
        await this.comment(op.issueNumber, op.comment, true);
        await client.rest.issues.update({
          ...this.where,
          issue_number: op.issueNumber,
          state: 'closed',
          state_reason: 'completed',
          body: op.body,
        });
        this.result.closedResolved.push(op.issueNumber);
        return;
      case 'close-duplicate':
        await this.comment(op.issueNumber, op.comment, true);
        await client.rest.issues.update({
          ...this.where,
          issue_number: op.issueNumber,
          state: 'closed',
          // Typed loosely by the client's schema version; GitHub accepts `duplicate`.
          state_reason: 'duplicate' as 'not_planned',
        });
        this.result.closedDuplicates.push(op.issueNumber);
        return;
      case 'create-digest': {
        const number = await this.createIssue(op.title, op.body, op.labels, () =>
          this.findDigest(op.auditId),
        );
        this.result.created.push({ number, fingerprint: null });
        this.result.digestIssue = number;
        return;
      }
      case 'update-digest':
        await client.rest.issues.update({
          ...this.where,
          issue_number: op.issueNumber,
          title: op.title,
          body: op.body,
        });
        this.result.updated.push(op.issueNumber);
        this.result.digestIssue = op.issueNumber;
        return;
      case 'create-digest-comment': {
        const issueNumber = op.issueNumber ?? this.result.digestIssue;
        if (issueNumber === null)
          throw new Error('the digest issue this part belongs to was not created');
        await this.createPart(issueNumber, op.auditId, op.part, op.body);
        this.result.digestIssue ??= issueNumber;
        return;
      }
      case 'update-digest-comment':
        await client.rest.issues.updateComment({
          ...this.where,
          comment_id: op.commentId,
          body: op.body,
        });
        this.result.digestIssue ??= op.issueNumber;
        return;
    }
  }

  /**
   * POST without the retry plugin (a retried POST whose first response was lost files a
   * duplicate); a lost response is reconciled by listing again, and only an issue that is
   * really missing is posted again.
   */
  private async createIssue(
    title: string,
    body: string,
    labels: readonly string[],
    find: () => Promise<number | null>,
  ): Promise<number> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const { data } = await this.ctx.client.rest.issues.create({
          ...this.where,
          title,
          body,
          labels: [...labels],
          request: { retries: 0, signal: AbortSignal.timeout(CREATE_TIMEOUT_MS) },
        });
        return data.number;
      } catch (error) {
        if (classifyApiError(error, true) !== 'lost' || attempt >= CREATE_ATTEMPTS) throw error;
        this.ctx.host.warning(
          `The response to creating "${title}" was lost (${describeApiError(error)}): listing the issues before trying again.`,
        );
        const found = await find();
        if (found !== null) {
          this.result.reconciled += 1;
          this.ctx.host.info(`It was created after all: #${found}.`);
          return found;
        }
      }
    }
  }

  private async createPart(
    issueNumber: number,
    auditId: string,
    part: number,
    body: string,
  ): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.postComment(issueNumber, body);
        return;
      } catch (error) {
        if (classifyApiError(error, false) !== 'lost' || attempt >= CREATE_ATTEMPTS) throw error;
        const comments = await listComments(this.ctx.client, this.ctx.repository, issueNumber);
        const exists = comments.some((c) => {
          const marker = parseMarker(c.body);
          return marker?.kind === 'digest' && marker.auditId === auditId && marker.part === part;
        });
        if (exists) {
          this.result.reconciled += 1;
          return;
        }
      }
    }
  }

  private async postComment(issueNumber: number, body: string): Promise<void> {
    await this.ctx.client.rest.issues.createComment({
      ...this.where,
      issue_number: issueNumber,
      body,
      request: { retries: 0 },
    });
  }

  /**
   * An explanatory comment. `required`: the op must not go on without it (a close), except when
   * the response was lost (the comment most likely exists; posting again would repeat it).
   */
  private async comment(issueNumber: number, body: string, required: boolean): Promise<void> {
    try {
      await this.postComment(issueNumber, body);
    } catch (error) {
      const failure = classifyApiError(error, false);
      if (failure === 'lost') {
        this.ctx.host.warning(
          `The response to commenting on #${issueNumber} was lost (${describeApiError(error)}); not posting it again.`,
        );
        return;
      }
      if (required) throw error;
      if (STOPPING.has(failure)) {
        this.result.stop = {
          failure: failure as StopReason['failure'],
          status: statusOf(error),
          message: describeApiError(error),
        };
      }
      this.ctx.host.warning(`Could not comment on #${issueNumber}: ${describeApiError(error)}`);
    }
  }

  private async findGroupIssue(fingerprint: string): Promise<number | null> {
    const found = (await this.listRecent()).groups.get(fingerprint) ?? [];
    return canonicalIssue(found)?.number ?? null;
  }

  private async findDigest(auditId: string): Promise<number | null> {
    const found = (await this.listRecent()).digests.get(auditId) ?? [];
    return canonicalIssue(found)?.number ?? null;
  }

  /** The owned issues updated since the first listing (all of them when its time is unknown). */
  private async listRecent(): Promise<OwnedIndex> {
    const { client, repository, ownerLabel, listedAt } = this.ctx;
    const { issues } = await listOwnedIssues(
      client,
      repository,
      ownerLabel,
      sinceListing(listedAt),
    );
    return indexOwned(issues, ownerLabel);
  }
}

export function describeOp(op: PlanOp): string {
  switch (op.kind) {
    case 'create':
      return `create "${op.title}"`;
    case 'create-digest':
      return `create the digest "${op.title}"`;
    case 'create-digest-comment':
      return `add part ${op.part} of the digest`;
    case 'update-digest-comment':
      return `update part ${op.part} of the digest (comment ${op.commentId})`;
    case 'update':
    case 'update-digest':
      return `update #${op.issueNumber}`;
    case 'reopen':
      return `reopen #${op.issueNumber}`;
    case 'close-resolved':
      return `close #${op.issueNumber} as completed`;
    case 'close-duplicate':
      return `close #${op.issueNumber} as a duplicate of #${op.duplicateOf}`;
  }
}
