/**
 * A tiny in-memory GitHub for the plan's tests: issues and comments of one repository, the
 * writes a plan asks for, and the things people do by hand between runs.
 */
import { groupHits } from '../../src/filer/group.js';
import { digestIssueFor, indexOwned } from '../../src/filer/owned.js';
import { planFiling, type PlanInput } from '../../src/filer/plan.js';
import type { Hit } from '../../src/gate/artifact.js';
import type {
  ExistingComment,
  GroupBy,
  ExistingIssue,
  Plan,
  PlanOptions,
  StateReason,
} from '../../src/filer/types.js';

type MutableIssue = { -readonly [K in keyof ExistingIssue]: ExistingIssue[K] } & {
  labels: string[];
};

export class GitHubModel {
  readonly issues: MutableIssue[] = [];
  readonly comments = new Map<number, { id: number; body: string }[]>();
  /** Writes made, by kind, across all applied plans. */
  readonly writes: string[] = [];
  private nextNumber = 1;
  private nextCommentId = 1;

  list(): ExistingIssue[] {
    return this.issues.map((i) => ({ ...i, labels: [...i.labels] }));
  }

  commentsOf(issueNumber: number): ExistingComment[] {
    return (this.comments.get(issueNumber) ?? []).map((c) => ({ ...c }));
  }

  issue(number: number): MutableIssue {
    const found = this.issues.find((i) => i.number === number);
    if (!found) throw new Error(`no issue #${number}`);
    return found;
  }

  create(title: string, body: string, labels: readonly string[]): MutableIssue {
    const number = this.nextNumber++;
    // Creation times one second apart, as two issues never share a number.
    const createdAt = new Date(Date.UTC(2026, 0, 1) + number * 1000).toISOString();
    const created: MutableIssue = {
      number,
      state: 'open',
      stateReason: null,
      labels: [...labels],
      body,
      title,
      createdAt,
      isPullRequest: false,
    };
    this.issues.push(created);
    return created;
  }

  comment(issueNumber: number, body: string): void {
    const list = this.comments.get(issueNumber) ?? [];
    list.push({ id: this.nextCommentId++, body });
    this.comments.set(issueNumber, list);
  }

  // What people do between runs.
  close(number: number, reason: StateReason): void {
    Object.assign(this.issue(number), { state: 'closed', stateReason: reason });
  }
  reopen(number: number): void {
    Object.assign(this.issue(number), { state: 'open', stateReason: 'reopened' });
  }
  label(number: number, label: string): void {
    this.issue(number).labels.push(label);
  }
  /** Ticks the "ignore" box of a hit, as the web UI does (which also sends CRLF back). */
  tick(number: number, hitId: string): void {
    const issue = this.issue(number);
    issue.body = (issue.body ?? '')
      .replace(`- [ ] <!-- audit-gate:hit=${hitId} -->`, `- [x] <!-- audit-gate:hit=${hitId} -->`)
      .replace(/\r?\n/g, '\r\n');
  }
}

export function applyPlanToModel(model: GitHubModel, plan: Plan): void {
  let newDigest: number | null = null;
  for (const op of plan.ops) {
    model.writes.push(op.kind);
    switch (op.kind) {
      case 'create':
        model.create(op.title, op.body, op.labels);
        break;
      case 'update':
      case 'update-digest':
        Object.assign(model.issue(op.issueNumber), { title: op.title, body: op.body });
        break;
      case 'reopen':
        Object.assign(model.issue(op.issueNumber), {
          state: 'open',
          stateReason: 'reopened',
          title: op.title,
          body: op.body,
        });
        model.comment(op.issueNumber, op.comment);
        break;
      case 'close-resolved':
        model.comment(op.issueNumber, op.comment);
        Object.assign(model.issue(op.issueNumber), {
          state: 'closed',
          stateReason: 'completed',
          body: op.body,
        });
        break;
      case 'close-duplicate':
        model.comment(op.issueNumber, op.comment);
        Object.assign(model.issue(op.issueNumber), { state: 'closed', stateReason: 'duplicate' });
        break;
      case 'create-digest':
        newDigest = model.create(op.title, op.body, op.labels).number;
        break;
      case 'create-digest-comment': {
        const target = op.issueNumber ?? newDigest;
        if (target === null) throw new Error('a comment on a digest that was not created');
        model.comment(target, op.body);
        break;
      }
      case 'update-digest-comment': {
        const comment = model.comments.get(op.issueNumber)?.find((c) => c.id === op.commentId);
        if (!comment) throw new Error(`no comment ${op.commentId}`);
        comment.body = op.body;
        break;
      }
    }
  }
}

/** Options of a test run: the plan's, and how the artifact's hits are grouped. */
export type RunOptions = PlanOptions & { readonly groupBy: GroupBy };

/** The planner's input for the model's current state, with the digest's comments as the executor reads them. */
export function inputAgainst(
  model: GitHubModel,
  hits: readonly Hit[],
  { groupBy, ...options }: RunOptions,
  budget?: number,
): PlanInput {
  const issues = model.list();
  const digest = digestIssueFor(indexOwned(issues, options.labels[0]!), options.auditId);
  return {
    groups: groupHits(hits, groupBy),
    issues,
    digestComments: digest ? model.commentsOf(digest.number) : [],
    options,
    budget,
  };
}

/** Plans against the model's current state. */
export function planAgainst(
  model: GitHubModel,
  hits: readonly Hit[],
  options: RunOptions,
  budget?: number,
): Plan {
  return planFiling(inputAgainst(model, hits, options, budget));
}
