/**
 * Every hidden comment the filer writes, and the strict parsers that read them back. The
 * marker on a body's first line is what makes an issue ours; the meta lines right under it
 * and the hit comments on task items carry only our own hex, never text from an artifact.
 */

export type Marker =
  | { readonly kind: 'group'; readonly fingerprint: string }
  | { readonly kind: 'digest'; readonly auditId: string; readonly part: number };

/** Characters an audit id keeps as they are; everything else is percent-encoded. */
const SAFE_ID_CHAR = /[A-Za-z0-9._~/:-]/;

/**
 * Percent-encodes the UTF-8 bytes of everything outside a small safe set, so no audit id can
 * contain `>`, a space or a newline and end the comment or the line early.
 */
export function encodeAuditId(auditId: string): string {
  let out = '';
  for (const char of auditId) {
    if (SAFE_ID_CHAR.test(char)) out += char;
    else
      for (const byte of Buffer.from(char, 'utf8'))
        out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function decodeAuditId(encoded: string): string | null {
  try {
    const decoded = decodeURIComponent(encoded);
    // Only the canonical spelling counts, so one audit id has exactly one marker.
    return encodeAuditId(decoded) === encoded ? decoded : null;
  } catch {
    return null;
  }
}

export function renderMarker(marker: Marker): string {
  if (marker.kind === 'group') return `<!-- audit-gate:v1 kind=group fp=${marker.fingerprint} -->`;
  // An empty id would render a marker no parser accepts, and every run would add a digest.
  if (marker.auditId === '') throw new Error('The audit id of a digest must not be empty.');
  const part = marker.part > 1 ? ` part=${marker.part}` : '';
  return `<!-- audit-gate:v1 kind=digest audit=${encodeAuditId(marker.auditId)}${part} -->`;
}

const GROUP_MARKER = /^<!-- audit-gate:v1 kind=group fp=([0-9a-f]{24}) -->$/;
const DIGEST_MARKER =
  /^<!-- audit-gate:v1 kind=digest audit=([A-Za-z0-9._~/:%-]+)(?: part=([2-9]|[1-9][0-9]{1,3}))? -->$/;

/** Lines as GitHub returns them: bodies edited in the web UI come back with CRLF. */
export function bodyLines(body: string | null): string[] {
  return (body ?? '').split(/\r?\n/);
}

/**
 * The marker on the first line of `body`, or null. Only an exact first line counts: no
 * leading whitespace or BOM (we never write one, so such a body is not one we wrote), no
 * marker further down (text from a repository is never on a first line, so it cannot forge
 * one), no non-canonical audit id.
 */
export function parseMarker(body: string | null): Marker | null {
  const first = bodyLines(body)[0] ?? '';
  const group = GROUP_MARKER.exec(first);
  if (group) return { kind: 'group', fingerprint: group[1]! };
  const digest = DIGEST_MARKER.exec(first);
  if (!digest) return null;
  const auditId = decodeAuditId(digest[1]!);
  return auditId === null ? null : { kind: 'digest', auditId, part: Number(digest[2] ?? '1') };
}

/** Meta lines sit right under the marker; they tell auto-close what the issue covered. */
export interface GroupMeta {
  /** `repoHash` of each repository the issue covered; null: too many to list. */
  readonly repoHashes: readonly string[] | null;
  /** We closed it as resolved; still open with this line means a person reopened it. */
  readonly closedByAudit: boolean;
}

const REPOS_META = /^<!-- audit-gate:repos=([0-9a-f]{16}(?:,[0-9a-f]{16})*|many) -->$/;
const CLOSED_META = '<!-- audit-gate:closed -->';

export function renderGroupMeta(meta: GroupMeta): string[] {
  const repos = meta.repoHashes === null ? 'many' : meta.repoHashes.join(',');
  return [`<!-- audit-gate:repos=${repos} -->`, ...(meta.closedByAudit ? [CLOSED_META] : [])];
}

/** Reads the meta lines directly under a group marker; missing lines mean "unknown". */
export function parseGroupMeta(body: string | null): GroupMeta {
  let repoHashes: string[] | null = null;
  let closedByAudit = false;
  for (const line of bodyLines(body).slice(1)) {
    const repos = REPOS_META.exec(line);
    if (repos) repoHashes = repos[1] === 'many' ? null : repos[1]!.split(',');
    else if (line === CLOSED_META) closedByAudit = true;
    else break;
  }
  return { repoHashes, closedByAudit };
}

/**
 * The body of an issue we close as resolved: the body as it was, plus the meta line that lets
 * the next run tell "we closed it" from "a person reopened it" (and then leave it open).
 */
export function markClosedByAudit(body: string): string {
  const lines = bodyLines(body);
  let at = 1;
  while (at < lines.length && (REPOS_META.test(lines[at]!) || lines[at] === CLOSED_META)) {
    if (lines[at] === CLOSED_META) return lines.join('\n');
    at += 1;
  }
  return [...lines.slice(0, at), CLOSED_META, ...lines.slice(at)].join('\n');
}

export function renderHitComment(id: string): string {
  return `<!-- audit-gate:hit=${id} -->`;
}

/**
 * A ticked task item of ours: `- [x] <!-- audit-gate:hit=<id> -->` at the start of a line. Our
 * renderer never puts text from an artifact at the start of a line (snippets are indented
 * inside their fence, other text follows a fixed prefix), so only real items match.
 */
const TICKED_ITEM = /^- \[[xX]\] <!-- audit-gate:hit=([0-9a-f]{16}) -->/;

export function parseIgnoredHits(body: string | null): Set<string> {
  const ids = new Set<string>();
  for (const line of bodyLines(body)) {
    const match = TICKED_ITEM.exec(line);
    if (match) ids.add(match[1]!);
  }
  return ids;
}
