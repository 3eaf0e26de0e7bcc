/**
 * The issues side of the local GitHub: repositories, issues, pull requests (as the issues API
 * sees them), comments and labels. The REST routes and the seed helpers both write through
 * `GitHubState`, so seeded data behaves exactly like data created over HTTP.
 */

export type IssueState = 'open' | 'closed';
export type StateReason = 'completed' | 'not_planned' | 'reopened' | 'duplicate';

export interface StoredLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

/** What the search index holds for an issue after one write (see `GitHubState.searchView`). */
export interface IssueRevision {
  at: Date;
  title: string;
  body: string | null;
  labels: string[];
  state: IssueState;
}

export interface StoredIssue {
  readonly repository: string;
  readonly number: number;
  readonly id: number;
  title: string;
  body: string | null;
  state: IssueState;
  stateReason: StateReason | null;
  /** Label names, in the case they were created with. */
  labels: string[];
  user: string;
  pullRequest: boolean;
  locked: boolean;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  closedBy: string | null;
  commentCount: number;
  readonly revisions: IssueRevision[];
}

export interface StoredComment {
  readonly id: number;
  readonly repository: string;
  readonly issueNumber: number;
  body: string;
  user: string;
  createdAt: Date;
  updatedAt: Date;
}

export class RepositoryState {
  readonly owner: string;
  readonly name: string;
  readonly issues = new Map<number, StoredIssue>();
  readonly comments = new Map<number, StoredComment>();
  /** By lower-cased name: GitHub label names are case-insensitive. */
  readonly labels = new Map<string, StoredLabel>();
  nextNumber = 1;

  constructor(
    readonly fullName: string,
    readonly id: number,
    readonly createdAt: Date,
  ) {
    const [owner = '', name = ''] = fullName.split('/');
    this.owner = owner;
    this.name = name;
  }
}

export interface IssueInit {
  title: string;
  body?: string | null;
  labels?: string[];
  state?: IssueState;
  stateReason?: StateReason | null;
  user?: string;
  pullRequest?: boolean;
  locked?: boolean;
  createdAt?: Date;
  updatedAt?: Date;
  comments?: string[];
  /** Searchable at once (seeded history) unless false, as for issues created over the API. */
  indexed?: boolean;
}

export interface IssueChanges {
  title?: string;
  body?: string | null;
  state?: IssueState;
  stateReason?: StateReason | null;
  labels?: string[];
}

/** The login every write over the API is attributed to, as with a workflow's GITHUB_TOKEN. */
export const ACTOR = 'github-actions[bot]';

const LABEL_COLORS = ['d73a4a', '0075ca', 'a2eeef', '7057ff', '008672', 'e4e669', 'd876e3'];

export class GitHubState {
  private readonly repositories = new Map<string, RepositoryState>();
  private nextRepositoryId = 700_001;
  private nextIssueId = 1_000_001;
  private nextCommentId = 2_000_001;
  private nextLabelId = 3_000_001;
  private lastStamp = 0;

  constructor(readonly now: () => Date) {}

  /** Write timestamps: the clock, but strictly increasing, so every write orders after the last. */
  stamp(): Date {
    this.lastStamp = Math.max(this.now().getTime(), this.lastStamp + 1);
    return new Date(this.lastStamp);
  }

  /** Any `owner/name` exists on first use (knobs make one missing). */
  repository(fullName: string): RepositoryState {
    const key = fullName.toLowerCase();
    let repo = this.repositories.get(key);
    if (!repo) {
      repo = new RepositoryState(
        fullName,
        this.nextRepositoryId++,
        new Date('2020-01-01T00:00:00Z'),
      );
      this.repositories.set(key, repo);
    }
    return repo;
  }

  allRepositories(): RepositoryState[] {
    return [...this.repositories.values()];
  }

  label(repo: RepositoryState, name: string): StoredLabel {
    const key = name.toLowerCase();
    let label = repo.labels.get(key);
    if (!label) {
      const color = LABEL_COLORS[this.nextLabelId % LABEL_COLORS.length] ?? 'ededed';
      label = { id: this.nextLabelId++, name, color, description: null };
      repo.labels.set(key, label);
    }
    return label;
  }

  /** Label names as stored: existing labels keep their case, new ones are created. */
  private labelNames(repo: RepositoryState, names: readonly string[]): string[] {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const raw of names) {
      const name = raw.trim();
      if (!name || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      out.push(this.label(repo, name).name);
    }
    return out;
  }

  createIssue(repo: RepositoryState, init: IssueInit): StoredIssue {
    const createdAt = init.createdAt ?? this.stamp();
    const state = init.state ?? 'open';
    const issue: StoredIssue = {
      repository: repo.fullName,
      number: repo.nextNumber++,
      id: this.nextIssueId++,
      title: init.title,
      body: init.body ?? null,
      state,
      stateReason: init.stateReason ?? (state === 'closed' ? 'completed' : null),
      labels: this.labelNames(repo, init.labels ?? []),
      user: init.user ?? ACTOR,
      pullRequest: init.pullRequest ?? false,
      locked: init.locked ?? false,
      createdAt,
      updatedAt: init.updatedAt ?? createdAt,
      closedAt: state === 'closed' ? (init.updatedAt ?? createdAt) : null,
      closedBy: state === 'closed' ? (init.user ?? ACTOR) : null,
      commentCount: 0,
      revisions: [],
    };
    repo.issues.set(issue.number, issue);
    // Seeded issues stand for history the index has long caught up with.
    this.index(issue, init.indexed === false ? this.now() : new Date(0));
    for (const body of init.comments ?? []) this.addComment(repo, issue, body, issue.user);
    return issue;
  }

  updateIssue(repo: RepositoryState, issue: StoredIssue, changes: IssueChanges): StoredIssue {
    const at = this.stamp();
    if (changes.title !== undefined) issue.title = changes.title;
    if (changes.body !== undefined) issue.body = changes.body;
    if (changes.labels !== undefined) issue.labels = this.labelNames(repo, changes.labels);
    if (changes.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed';
      issue.closedAt = at;
      issue.closedBy = ACTOR;
      issue.stateReason = changes.stateReason ?? 'completed';
    } else if (changes.state === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.closedAt = null;
      issue.closedBy = null;
      issue.stateReason = changes.stateReason === undefined ? 'reopened' : changes.stateReason;
    } else if (changes.stateReason !== undefined) {
      issue.stateReason = changes.stateReason;
    }
    issue.updatedAt = at;
    this.index(issue, this.now());
    return issue;
  }

  addComment(
    repo: RepositoryState,
    issue: StoredIssue,
    body: string,
    user: string = ACTOR,
  ): StoredComment {
    const at = this.stamp();
    const comment: StoredComment = {
      id: this.nextCommentId++,
      repository: repo.fullName,
      issueNumber: issue.number,
      body,
      user,
      createdAt: at,
      updatedAt: at,
    };
    repo.comments.set(comment.id, comment);
    issue.commentCount += 1;
    issue.updatedAt = at;
    return comment;
  }

  updateComment(comment: StoredComment, body: string): StoredComment {
    comment.body = body;
    comment.updatedAt = this.stamp();
    return comment;
  }

  /**
   * The issue as the search index knows it `lagMs` after the fact: GitHub indexes writes
   * asynchronously, so a new issue is missing and an edited one shows its old text for a while.
   */
  searchView(issue: StoredIssue, lagMs: number): IssueRevision | undefined {
    if (lagMs <= 0) return issue.revisions.at(-1);
    const horizon = this.now().getTime() - lagMs;
    return issue.revisions.findLast((r) => r.at.getTime() <= horizon);
  }

  /** `at` is the clock's time, not the write stamp, so lag is measured as tests move the clock. */
  private index(issue: StoredIssue, at: Date): void {
    issue.revisions.push({
      at,
      title: issue.title,
      body: issue.body,
      labels: [...issue.labels],
      state: issue.state,
    });
  }
}
