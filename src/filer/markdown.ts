/**
 * Markdown for text from scanned repositories inside issue bodies. Such text must never form
 * a marker, a task item, a mention, a reference or broken Markdown: inline text goes into
 * code spans, snippets into fences longer than any backtick run inside them, and control or
 * bidi characters (which can hide or reorder what a reader sees) are replaced.
 * (src/report/markdown.ts escapes `|` for table cells; these lists have no tables.)
 */

const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `max` UTF-16 code units (how GitHub and JS count a body), ending
 * with an ellipsis, and never between the two halves of a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, Math.max(0, end)) + ELLIPSIS;
}

/** C0/C1 controls, DEL, line/paragraph separators and bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One line of plain text: line breaks and tabs become spaces, unsafe characters U+FFFD. */
export function flatten(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(UNSAFE, '\uFFFD');
}

function longestRun(text: string, char: '`' | '~'): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/**
 * Inline code safe on a list line: the delimiter is longer than any backtick run inside, and
 * a space pads text that starts or ends with a backtick. Inside a code span `@team` does not
 * ping, `#1` does not link and `<!--` is not a comment.
 */
export function inlineCode(text: string, max = 200): string {
  const flat = truncate(flatten(text), max);
  if (flat === '') return '` `';
  const fence = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

export interface FenceLimits {
  readonly maxChars: number;
  readonly maxLines: number;
}

/**
 * A fenced code block, each line prefixed with `indent` (to sit inside a list item). The
 * fence is longer than any backtick run in the text, so no line of it can close the block.
 */
export function codeFence(text: string, indent: string, limits: FenceLimits): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .replace(UNSAFE, '\uFFFD')
    .split('\n');
  let joined = lines.slice(0, limits.maxLines).join('\n');
  if (lines.length > limits.maxLines) joined += `\n${ELLIPSIS}`;
  joined = truncate(joined, limits.maxChars);
  const fence = '`'.repeat(Math.max(3, longestRun(joined, '`') + 1));
  const body = joined.split('\n').map((line) => (line === '' ? '' : indent + line));
  return [indent + fence, ...body, indent + fence];
}

/**
 * A one-line title: no control characters, and `@` followed by a zero-width space, so a
 * pattern like `@org/team` cannot mention anyone wherever the title is rendered.
 */
export function plainTitleText(text: string): string {
  return flatten(text).replace(/@/g, '@\u200B');
}

const HEX_COMMIT = /^[0-9a-f]{7,64}$/i;

/** Each path segment percent-encoded, parentheses too: a bare `)` would end a Markdown link. */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[()'!*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}

/**
 * Link to the line at the commit, or null when the commit is unknown or not a SHA. The server
 * is the run's own (GITHUB_SERVER_URL), so links work on GitHub Enterprise Server too.
 */
export function blobUrl(
  repo: string,
  commit: string | undefined,
  path: string,
  line: number,
  serverUrl = 'https://github.com',
): string | null {
  if (commit === undefined || !HEX_COMMIT.test(commit)) return null;
  const server = serverUrl.replace(/\/+$/, '');
  return `${server}/${encodePath(repo)}/blob/${commit}/${encodePath(path)}#L${Math.trunc(line)}`;
}
