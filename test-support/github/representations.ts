/**
 * The JSON GitHub returns for each resource, built from the stored state. Field sets follow the
 * response schemas of GitHub's OpenAPI description (checked by openapi-conformance.test.ts).
 */
import type { StoredWorkflowArtifact } from './state.js';
import type {
  IssueRevision,
  RepositoryState,
  StoredComment,
  StoredIssue,
  StoredLabel,
} from './repositories.js';

/** Where links point: the API base the client used, and the web base for `html_url`. */
export interface Bases {
  api: string;
  html: string;
}

/** GitHub timestamps have second resolution: `2026-11-25T02:00:00Z`. */
export function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Legacy global node ids: base64 of `<type name length>:<Type><id>` (e.g. `05:Issue1`). */
export function nodeId(type: string, id: number): string {
  return Buffer.from(`${String(type.length).padStart(2, '0')}:${type}${id}`).toString('base64');
}

const BOT_IDS: Record<string, number> = { 'github-actions[bot]': 41898282 };

function userId(login: string): number {
  const known = BOT_IDS[login];
  if (known !== undefined) return known;
  let hash = 0;
  for (const ch of login) hash = (hash * 31 + ch.charCodeAt(0)) % 90_000_000;
  return 10_000_000 + hash;
}

export function userJson(bases: Bases, login: string, type?: 'User' | 'Bot' | 'Organization') {
  const kind = type ?? (login.endsWith('[bot]') ? 'Bot' : 'User');
  const id = userId(login);
  const url = `${bases.api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId(kind, id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url:
      kind === 'Bot'
        ? `${bases.html}/apps/${login.replace(/\[bot\]$/, '')}`
        : `${bases.html}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: kind,
    user_view_type: 'public',
    site_admin: false,
  };
}

export function labelJson(bases: Bases, repo: RepositoryState, label: StoredLabel) {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${bases.api}/repos/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: false,
    description: label.description,
  };
}

function reactions(url: string) {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0,
  };
}

/**
 * An issue as the issues endpoints return it. `view` replaces the searchable fields with what
 * the (lagging) search index holds.
 */
export function issueJson(
  bases: Bases,
  repo: RepositoryState,
  issue: StoredIssue,
  labelOf: (name: string) => StoredLabel,
  view: Omit<IssueRevision, 'at'> = issue,
) {
  const repoUrl = `${bases.api}/repos/${repo.fullName}`;
  const url = `${repoUrl}/issues/${issue.number}`;
  const htmlKind = issue.pullRequest ? 'pull' : 'issues';
  const closed = view.state === 'closed';
  return {
    url,
    repository_url: repoUrl,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${bases.html}/${repo.fullName}/${htmlKind}/${issue.number}`,
    id: issue.id,
    node_id: nodeId(issue.pullRequest ? 'PullRequest' : 'Issue', issue.id),
    number: issue.number,
    title: view.title,
    user: userJson(bases, issue.user),
    labels: view.labels.map((name) => labelJson(bases, repo, labelOf(name))),
    state: view.state,
    locked: issue.locked,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: issue.commentCount,
    created_at: timestamp(issue.createdAt),
    updated_at: timestamp(issue.updatedAt),
    closed_at: closed && issue.closedAt ? timestamp(issue.closedAt) : null,
    author_association: issue.user.endsWith('[bot]') ? 'NONE' : 'MEMBER',
    active_lock_reason: null,
    ...(issue.pullRequest
      ? {
          draft: false,
          pull_request: {
            url: `${repoUrl}/pulls/${issue.number}`,
            html_url: `${bases.html}/${repo.fullName}/pull/${issue.number}`,
            diff_url: `${bases.html}/${repo.fullName}/pull/${issue.number}.diff`,
            patch_url: `${bases.html}/${repo.fullName}/pull/${issue.number}.patch`,
            merged_at: null,
          },
        }
      : {}),
    body: view.body,
    closed_by: closed && issue.closedBy ? userJson(bases, issue.closedBy) : null,
    reactions: reactions(url),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    state_reason: closed || issue.stateReason === 'reopened' ? issue.stateReason : null,
    sub_issues_summary: { total: 0, completed: 0, percent_completed: 0 },
  };
}

export function commentJson(bases: Bases, repo: RepositoryState, comment: StoredComment) {
  const repoUrl = `${bases.api}/repos/${repo.fullName}`;
  const url = `${repoUrl}/issues/comments/${comment.id}`;
  return {
    url,
    html_url: `${bases.html}/${repo.fullName}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoUrl}/issues/${comment.issueNumber}`,
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    user: userJson(bases, comment.user),
    created_at: timestamp(comment.createdAt),
    updated_at: timestamp(comment.updatedAt),
    author_association: comment.user.endsWith('[bot]') ? 'NONE' : 'MEMBER',
    body: comment.body,
    reactions: reactions(url),
    performed_via_github_app: null,
  };
}

const REPO_URL_FIELDS: Record<string, string> = {
  forks_url: '/forks',
  keys_url: '/keys{/key_id}',
  collaborators_url: '/collaborators{/collaborator}',
  teams_url: '/teams',
  hooks_url: '/hooks',
  issue_events_url: '/issues/events{/number}',
  events_url: '/events',
  assignees_url: '/assignees{/user}',
  branches_url: '/branches{/branch}',
  tags_url: '/tags',
  blobs_url: '/git/blobs{/sha}',
  git_tags_url: '/git/tags{/sha}',
  git_refs_url: '/git/refs{/sha}',
  trees_url: '/git/trees{/sha}',
  statuses_url: '/statuses/{sha}',
  languages_url: '/languages',
  stargazers_url: '/stargazers',
  contributors_url: '/contributors',
  subscribers_url: '/subscribers',
  subscription_url: '/subscription',
  commits_url: '/commits{/sha}',
  git_commits_url: '/git/commits{/sha}',
  comments_url: '/comments{/number}',
  issue_comment_url: '/issues/comments{/number}',
  contents_url: '/contents/{+path}',
  compare_url: '/compare/{base}...{head}',
  merges_url: '/merges',
  archive_url: '/{archive_format}{/ref}',
  downloads_url: '/downloads',
  issues_url: '/issues{/number}',
  pulls_url: '/pulls{/number}',
  milestones_url: '/milestones{/number}',
  notifications_url: '/notifications{?since,all,participating}',
  labels_url: '/labels{/name}',
  releases_url: '/releases{/id}',
  deployments_url: '/deployments',
};

export function repositoryJson(
  bases: Bases,
  repo: RepositoryState,
  opts: { hasIssues: boolean; openIssues: number },
) {
  const url = `${bases.api}/repos/${repo.fullName}`;
  const html = `${bases.html}/${repo.fullName}`;
  const created = timestamp(repo.createdAt);
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    private: true,
    owner: userJson(bases, repo.owner, 'Organization'),
    html_url: html,
    description: null,
    fork: false,
    url,
    ...Object.fromEntries(Object.entries(REPO_URL_FIELDS).map(([k, suffix]) => [k, url + suffix])),
    created_at: created,
    updated_at: created,
    pushed_at: created,
    git_url: `git://${new URL(bases.html).host}/${repo.fullName}.git`,
    ssh_url: `git@${new URL(bases.html).host}:${repo.fullName}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    homepage: null,
    size: 0,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: opts.hasIssues,
    has_projects: true,
    has_downloads: true,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: opts.openIssues,
    license: null,
    allow_forking: false,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: 'private',
    forks: 0,
    open_issues: opts.openIssues,
    watchers: 0,
    default_branch: 'main',
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    network_count: 0,
    subscribers_count: 0,
  };
}

export function artifactJson(
  bases: Bases,
  artifact: StoredWorkflowArtifact,
  repositoryId: number,
  now: Date,
) {
  const url = `${bases.api}/repos/${artifact.repository}/actions/artifacts/${artifact.id}`;
  return {
    id: artifact.id,
    node_id: nodeId('Artifact', artifact.id),
    name: artifact.name,
    size_in_bytes: artifact.sizeInBytes,
    url,
    archive_download_url: `${url}/zip`,
    expired: artifact.expiresAt !== null && artifact.expiresAt.getTime() <= now.getTime(),
    ...(artifact.digest ? { digest: artifact.digest } : {}),
    created_at: timestamp(artifact.createdAt),
    expires_at: artifact.expiresAt ? timestamp(artifact.expiresAt) : null,
    updated_at: timestamp(artifact.createdAt),
    workflow_run: {
      id: artifact.workflowRunId,
      repository_id: repositoryId,
      head_repository_id: repositoryId,
      head_branch: 'main',
      head_sha: '0000000000000000000000000000000000000000',
    },
  };
}
