/**
 * The subset of GitHub's issue search syntax the local GitHub understands:
 * `repo:o/r`, `is:issue|pr|open|closed`, `type:`, `state:`, `label:x` (quoted for spaces,
 * `-label:` to exclude), `author:`, `in:title|body`, quoted phrases and bare words.
 * Matching is case-insensitive substring matching, which is looser than GitHub's tokenizer.
 */
import type { IssueRevision, StoredIssue } from './repositories.js';

export interface SearchQuery {
  repos: string[];
  kind: 'issue' | 'pr' | null;
  state: 'open' | 'closed' | null;
  labels: string[];
  excludedLabels: string[];
  author: string | null;
  fields: Array<'title' | 'body'>;
  terms: string[];
}

const TOKEN = /(-?)([a-z_]+):("[^"]*"|\S+)|"([^"]*)"|(\S+)/gi;

export function parseSearchQuery(q: string): SearchQuery {
  const query: SearchQuery = {
    repos: [],
    kind: null,
    state: null,
    labels: [],
    excludedLabels: [],
    author: null,
    fields: [],
    terms: [],
  };
  for (const match of q.matchAll(TOKEN)) {
    const [, negated, rawKey, rawValue, phrase, word] = match;
    if (phrase !== undefined) {
      query.terms.push(phrase.toLowerCase());
      continue;
    }
    if (word !== undefined) {
      query.terms.push(word.toLowerCase());
      continue;
    }
    const key = (rawKey ?? '').toLowerCase();
    const value = (rawValue ?? '').replace(/^"|"$/g, '');
    const lower = value.toLowerCase();
    if (key === 'repo') query.repos.push(lower);
    else if ((key === 'is' || key === 'type') && (lower === 'issue' || lower === 'pr'))
      query.kind = lower;
    else if (key === 'is' && lower === 'pull-request') query.kind = 'pr';
    else if ((key === 'is' || key === 'state') && (lower === 'open' || lower === 'closed'))
      query.state = lower;
    else if (key === 'label') (negated ? query.excludedLabels : query.labels).push(lower);
    else if (key === 'author') query.author = lower;
    else if (key === 'in')
      for (const f of lower.split(',')) {
        if (f === 'title' || f === 'body') query.fields.push(f);
      }
    else query.terms.push(`${key}:${value}`.toLowerCase());
  }
  return query;
}

/** Does the issue, as the index sees it (`view`), match? */
export function matchesSearch(
  query: SearchQuery,
  issue: StoredIssue,
  view: IssueRevision,
): boolean {
  if (query.repos.length > 0 && !query.repos.includes(issue.repository.toLowerCase())) return false;
  if (query.kind === 'issue' && issue.pullRequest) return false;
  if (query.kind === 'pr' && !issue.pullRequest) return false;
  if (query.state && view.state !== query.state) return false;
  if (query.author && issue.user.toLowerCase() !== query.author) return false;
  const labels = view.labels.map((l) => l.toLowerCase());
  if (!query.labels.every((l) => labels.includes(l))) return false;
  if (query.excludedLabels.some((l) => labels.includes(l))) return false;
  const fields = query.fields.length > 0 ? query.fields : ['title', 'body'];
  const text = fields
    .map((f) => (f === 'title' ? view.title : (view.body ?? '')))
    .join('\n')
    .toLowerCase();
  return query.terms.every((term) => text.includes(term));
}
