/**
 * The title and body of one group's issue. Rendering is deterministic (same group and ticks,
 * same bytes) and carries nothing run-specific such as a timestamp or run id, so an unchanged
 * audit leaves every body as it is and re-running writes nothing.
 */
import { plural, thousands } from '../report/markdown.js';
import { repoHash, repoKey } from './fingerprint.js';
import { blobUrl, codeFence, inlineCode, plainTitleText, truncate } from './markdown.js';
import { renderGroupMeta, renderHitComment, renderMarker } from './marker.js';
import type { Group, GroupedHit } from './types.js';

/** GitHub rejects an issue body or comment over 65,536 characters. */
export const BODY_LIMIT = 65_536;
/**
 * What we fill up to: a margin under the limit, because GitHub's count (code points, after its
 * own normalisation) and ours (UTF-16 code units) may differ at the edges.
 */
export const BODY_BUDGET = 65_000;
/** Titles must stay under 256 characters. */
export const TITLE_LIMIT = 255;
/** More repositories than this and the issue records `repos=many` (auto-close then needs a scope without a list). */
export const MAX_REPO_HASHES = 256;

const SNIPPET = { maxChars: 1_000, maxLines: 20 } as const;
const FOOTER_RESERVE = 400;

export interface IssueRenderOptions {
  /** First word of the title; the owner label reads well there. */
  readonly titlePrefix: string;
  readonly fpLabel: string;
  /** Hit ids ticked "ignore" in the issue's current body. */
  readonly ignored: ReadonlySet<string>;
  /** Where hit links point; default https://github.com. */
  readonly serverUrl?: string;
}

export interface RenderedIssue {
  readonly title: string;
  readonly body: string;
}

/** Hits of the group that are not ticked "ignore". */
export function liveHits(group: Group, ignored: ReadonlySet<string>): GroupedHit[] {
  return group.hits.filter((h) => !ignored.has(h.id));
}

function fileCount(hits: readonly GroupedHit[]): number {
  return new Set(hits.map((h) => `${repoKey(h.hit.repo)}\0${h.hit.path}`)).size;
}

function hitsWord(count: number): string {
  return plural(count, 'hit');
}

export function renderIssueTitle(group: Group, live: number, prefix: string): string {
  const head = `${plainTitleText(prefix)}: ${hitsWord(live)}`;
  const where =
    group.repo === null
      ? `in ${plural(group.repos.length, 'repository', 'repositories')}`
      : `in ${plainTitleText(group.repo)}`;
  if (group.pattern === null) return truncate(`${head} ${where}`, TITLE_LIMIT);
  // The pattern is the part that gets shortened, so the count and the place stay readable.
  const room = TITLE_LIMIT - head.length - where.length - ' of  '.length;
  const pattern = truncate(plainTitleText(group.pattern), Math.max(16, room));
  return truncate(`${head} of ${pattern} ${where}`, TITLE_LIMIT);
}

function summaryLine(group: Group, live: readonly GroupedHit[], ignored: number): string {
  const parts = [`**${hitsWord(live.length)}**`];
  if (group.pattern !== null) parts.push(`of ${inlineCode(group.pattern)}`);
  if (group.repo !== null) parts.push(`in ${inlineCode(group.repo)}`);
  else parts.push(`in ${plural(group.repos.length, 'repository', 'repositories')}`);
  parts.push(`(${plural(fileCount(live), 'file')})`);
  const ignoredNote = ignored > 0 ? `; ${plural(ignored, 'hit')} ignored` : '';
  return `${parts.join(' ')}${ignoredNote}.`;
}

function itemLine(group: Group, gh: GroupedHit, ticked: boolean, serverUrl?: string): string {
  const { hit } = gh;
  const where = inlineCode(`${hit.path}:${hit.line_number}`, 240);
  const url = blobUrl(hit.repo, hit.commit, hit.path, hit.line_number, serverUrl);
  const parts = [`- [${ticked ? 'x' : ' '}] ${renderHitComment(gh.id)} ignore ·`];
  if (group.repo === null) parts.push(inlineCode(hit.repo, 120));
  parts.push(url === null ? where : `[${where}](${url})`);
  if (group.pattern === null) parts.push(`· ${inlineCode(hit.pattern)}`);
  return parts.join(' ');
}

function liveItem(group: Group, gh: GroupedHit, serverUrl?: string): string {
  const lines = [itemLine(group, gh, false, serverUrl)];
  if (gh.hit.snippet !== undefined && gh.hit.snippet.trim() !== '') {
    lines.push(...codeFence(gh.hit.snippet, '  ', SNIPPET));
  }
  return lines.join('\n');
}

/** Takes items in order while they fit; the rest is counted, never half-rendered. */
function fit(items: readonly string[], room: number): { taken: string[]; used: number } {
  const taken: string[] = [];
  let used = 0;
  for (const item of items) {
    const cost = item.length + 1;
    if (used + cost > room) break;
    taken.push(item);
    used += cost;
  }
  return { taken, used };
}

export function renderIssueBody(group: Group, options: IssueRenderOptions): string {
  const live = liveHits(group, options.ignored);
  const ticked = group.hits.filter((h) => options.ignored.has(h.id));
  const hashes = group.repos.map(repoHash);
  const header = [
    renderMarker({ kind: 'group', fingerprint: group.fingerprint }),
    ...renderGroupMeta({
      repoHashes: hashes.length > MAX_REPO_HASHES ? null : hashes,
      closedByAudit: false,
    }),
    '',
    summaryLine(group, live, ticked.length),
    '',
    `Tick **ignore** on a hit to suppress it in later audits. To suppress the whole group, ` +
      `close this issue as *not planned* or add the label ${inlineCode(options.fpLabel)}.`,
    '',
  ].join('\n');

  let room = BODY_BUDGET - header.length - FOOTER_RESERVE;
  // Ticked items are placed first: a tick that is not rendered is forgotten on the next run.
  const ignoredFit = fit(
    ticked.map((gh) => itemLine(group, gh, true, options.serverUrl)),
    room,
  );
  room -= ignoredFit.used;
  const liveFit = fit(
    live.map((gh) => liveItem(group, gh, options.serverUrl)),
    room,
  );

  const sections = [header, ...liveFit.taken];
  const omittedLive = live.slice(liveFit.taken.length);
  if (ignoredFit.taken.length > 0)
    sections.push('', `**Ignored** (${ticked.length}):`, '', ...ignoredFit.taken);
  const limit = `an issue body holds at most ${thousands(BODY_LIMIT)} characters`;
  if (omittedLive.length > 0) {
    const files = plural(fileCount(omittedLive), 'file');
    sections.push('', `_…and ${plural(omittedLive.length, 'more hit')} in ${files} (${limit})._`);
  }
  const omittedTicked = ticked.length - ignoredFit.taken.length;
  if (omittedTicked > 0) {
    sections.push(
      '',
      `_…and ${plural(omittedTicked, 'more ignored hit')}, whose ticks are not kept (${limit})._`,
    );
  }
  return sections.join('\n') + '\n';
}

export function renderIssue(group: Group, options: IssueRenderOptions): RenderedIssue {
  return {
    title: renderIssueTitle(group, liveHits(group, options.ignored).length, options.titlePrefix),
    body: renderIssueBody(group, options),
  };
}
