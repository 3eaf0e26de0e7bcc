/**
 * The filer's data model: groups of hits, the issues GitHub already holds, and the plan that
 * turns one into the other. Everything here is plain data so the plan stays a pure function.
 */
import type { Hit } from '../gate/artifact.js';

export const GROUP_BY = ['repo', 'repo-pattern', 'pattern'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** A hit with its identity inside its group (see `hitId`: the line number is not part of it). */
export interface GroupedHit {
  readonly id: string;
  readonly hit: Hit;
}

export interface Group {
  /** sha256 hex of the versioned group key: stable across runs, processes and input order. */
  readonly fingerprint: string;
  readonly groupBy: GroupBy;
  /** The repository, when the grouping has one (`repo`, `repo-pattern`). */
  readonly repo: string | null;
  /** The pattern, when the grouping has one (`repo-pattern`, `pattern`). */
  readonly pattern: string | null;
  /** Distinct repositories of the hits, sorted. */
  readonly repos: readonly string[];
  /** Sorted by repository, path, line, column; ids are unique inside the group. */
  readonly hits: readonly GroupedHit[];
}

/** `state_reason` values GitHub returns; `null` for issues closed before reasons existed. */
export type StateReason = 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;

/** One item of `GET /repos/{owner}/{repo}/issues?state=all&labels=<owner label>`. */
export interface ExistingIssue {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly stateReason: StateReason;
  readonly labels: readonly string[];
  readonly body: string | null;
  readonly title: string;
  /** ISO 8601, as the API returns it. */
  readonly createdAt: string;
  readonly isPullRequest: boolean;
}

/** A comment on the digest issue (`GET /repos/{owner}/{repo}/issues/{n}/comments`). */
export interface ExistingComment {
  readonly id: number;
  readonly body: string | null;
}

/** What an artifact says about how much of the org it scanned. */
export interface Scope {
  readonly complete: boolean;
  readonly repositories?: readonly string[];
}

export type FilingMode = 'individual' | 'digest';

export interface PlanOptions {
  readonly mode: FilingMode;
  /** Labels of new issues; the first marks the issues this action owns. */
  readonly labels: readonly string[];
  readonly fpLabel: string;
  readonly autoClose: boolean;
  /** The artifact's scope; absent means partial (closes nothing). */
  readonly scope: Scope | null;
  readonly auditId: string;
  /** The GitHub server hit links point to (GITHUB_SERVER_URL); default https://github.com. */
  readonly serverUrl?: string;
}

/** One write the plan asks for (without its cost). */
export type PlanAction =
  | {
      readonly kind: 'create';
      readonly fingerprint: string;
      readonly title: string;
      readonly body: string;
      readonly labels: readonly string[];
      readonly hits: number;
    }
  | {
      readonly kind: 'update';
      readonly issueNumber: number;
      readonly fingerprint: string;
      readonly title: string;
      readonly body: string;
      readonly hits: number;
    }
  | {
      /** PATCH state=open, state_reason=reopened, title, body; then the comment. */
      readonly kind: 'reopen';
      readonly issueNumber: number;
      readonly fingerprint: string;
      readonly title: string;
      readonly body: string;
      readonly comment: string;
      readonly hits: number;
    }
  | {
      /** The comment first, then PATCH state=closed, state_reason=completed, body. */
      readonly kind: 'close-resolved';
      readonly issueNumber: number;
      readonly fingerprint: string;
      readonly body: string;
      readonly comment: string;
    }
  | {
      /** The comment first, then PATCH state=closed, state_reason=duplicate. */
      readonly kind: 'close-duplicate';
      readonly issueNumber: number;
      readonly duplicateOf: number;
      readonly comment: string;
    }
  | {
      readonly kind: 'create-digest';
      readonly auditId: string;
      readonly title: string;
      readonly body: string;
      readonly labels: readonly string[];
    }
  | {
      readonly kind: 'update-digest';
      readonly issueNumber: number;
      readonly auditId: string;
      readonly title: string;
      readonly body: string;
    }
  | {
      /** `issueNumber` null: the digest issue this same plan creates. */
      readonly kind: 'create-digest-comment';
      readonly issueNumber: number | null;
      readonly auditId: string;
      readonly part: number;
      readonly body: string;
    }
  | {
      readonly kind: 'update-digest-comment';
      readonly issueNumber: number;
      readonly commentId: number;
      readonly auditId: string;
      readonly part: number;
      readonly body: string;
    };

/** An action with the API calls it costs, so the budget counts writes, not operations. */
export type PlanOp = PlanAction & { readonly calls: number };

export type PlanOpKind = PlanOp['kind'];

export type SuppressionReason = 'not-planned' | 'fp-label' | 'ignored-hits';

export interface SuppressedGroup {
  readonly fingerprint: string;
  readonly issueNumber: number;
  readonly reason: SuppressionReason;
  readonly hits: number;
}

export interface DeferredGroup {
  readonly fingerprint: string;
  /** The group's hits that are not suppressed. */
  readonly hits: readonly Hit[];
}

/** Every hit of the artifact is in exactly one of these. */
export interface HitAccounting {
  readonly total: number;
  /** In a group issue that this plan writes or that already shows them. */
  readonly filed: number;
  readonly inDigest: number;
  readonly suppressed: number;
  /** Not written for lack of budget: the caller sends them to the fallback. */
  readonly deferred: number;
}

export interface Plan {
  readonly mode: FilingMode;
  /** In execution order. */
  readonly ops: readonly PlanOp[];
  /**
   * For each op (same index), the groups whose hits it puts in front of people: an op that is
   * not written sends exactly these to the fallback, so the accounting still adds up.
   */
  readonly opCarries: readonly (readonly DeferredGroup[])[];
  /** API calls of `ops`. */
  readonly calls: number;
  /** Groups with an issue that already says everything (no write). */
  readonly unchanged: readonly {
    readonly issueNumber: number;
    /** null for the digest issue. */
    readonly fingerprint: string | null;
  }[];
  /** Groups suppressed as a whole, and groups with ticked hits (reason `ignored-hits`). */
  readonly suppressed: readonly SuppressedGroup[];
  readonly suppressedGroups: number;
  /** Groups that have no issue yet (what `max-new-issues` is compared with). */
  readonly newGroups: number;
  /** Groups left out because an op did not fit the budget; these hits go to the fallback. */
  readonly deferred: readonly DeferredGroup[];
  readonly accounting: HitAccounting;
}
