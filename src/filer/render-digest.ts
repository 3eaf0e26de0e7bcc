/**
 * The digest: one issue per audit id listing every group that is not suppressed. A digest too
 * long for one body continues in comments on the same issue, each with its own marker
 * (`part=2`, …), so a re-run finds and updates them in place instead of adding new ones.
 */
import { plural } from '../report/markdown.js';
import { inlineCode, plainTitleText, truncate } from './markdown.js';
import { renderMarker } from './marker.js';
import { BODY_BUDGET, TITLE_LIMIT } from './render-issue.js';

export interface DigestEntry {
  readonly fingerprint: string;
  readonly repo: string | null;
  readonly pattern: string | null;
  readonly repos: number;
  readonly files: number;
  /** Hits not suppressed. */
  readonly hits: number;
  /** The group's own issue, when it has one. */
  readonly issueNumber: number | null;
}

export interface DigestRenderInput {
  readonly auditId: string;
  readonly titlePrefix: string;
  /** In the order they are listed. */
  readonly entries: readonly DigestEntry[];
  readonly suppressedHits: number;
}

export interface RenderedDigest {
  readonly title: string;
  /** Part 1. */
  readonly body: string;
  /** Parts 2, 3, … as comment bodies. */
  readonly continuations: readonly string[];
  /** How many entries each part lists (part 1 first); they add up to the number of entries. */
  readonly entriesPerPart: readonly number[];
}

/** Room kept for a part's header lines besides its marker (their audit id is capped at 200). */
const HEADER_RESERVE = 1_000;

function entryLine(entry: DigestEntry): string {
  const parts = ['-'];
  if (entry.repo !== null) parts.push(inlineCode(entry.repo, 120));
  if (entry.pattern !== null)
    parts.push(`${parts.length > 1 ? '· ' : ''}${inlineCode(entry.pattern)}`);
  const where =
    entry.repo === null
      ? `${plural(entry.repos, 'repository', 'repositories')}, ${plural(entry.files, 'file')}`
      : plural(entry.files, 'file');
  parts.push(`· ${plural(entry.hits, 'hit')} in ${where}`);
  if (entry.issueNumber !== null) parts.push(`· #${entry.issueNumber}`);
  return parts.join(' ');
}

/** Splits lines into parts of at most `room` characters each; never drops or splits a line. */
function partition(lines: readonly string[], room: number): string[][] {
  const parts: string[][] = [[]];
  let used = 0;
  for (const line of lines) {
    const cost = line.length + 1;
    if (used + cost > room && parts[parts.length - 1]!.length > 0) {
      parts.push([]);
      used = 0;
    }
    parts[parts.length - 1]!.push(line);
    used += cost;
  }
  return parts;
}

export function renderDigestTitle(
  input: Pick<DigestRenderInput, 'auditId' | 'titlePrefix' | 'entries'>,
): string {
  const hits = input.entries.reduce((sum, e) => sum + e.hits, 0);
  const tail = ` — ${plural(hits, 'hit')} in ${plural(input.entries.length, 'group')}`;
  const head = `${plainTitleText(input.titlePrefix)}: digest of `;
  const id = truncate(
    plainTitleText(input.auditId),
    Math.max(16, TITLE_LIMIT - head.length - tail.length),
  );
  return truncate(`${head}${id}${tail}`, TITLE_LIMIT);
}

export function renderDigest(input: DigestRenderInput): RenderedDigest {
  const total = input.entries.length;
  const hits = input.entries.reduce((sum, e) => sum + e.hits, 0);
  // Entry lines are short (their user text is capped), so each fits a part with room to spare.
  const longestMarker = renderMarker({ kind: 'digest', auditId: input.auditId, part: 9999 });
  const room = BODY_BUDGET - HEADER_RESERVE - longestMarker.length;
  const parts = partition(input.entries.map(entryLine), room);
  const audit = inlineCode(input.auditId);
  let first = 1;
  const bodies = parts.map((lines, index) => {
    const range =
      lines.length === 0 ? 'no groups' : `groups ${first}–${first + lines.length - 1} of ${total}`;
    first += lines.length;
    const marker = renderMarker({ kind: 'digest', auditId: input.auditId, part: index + 1 });
    const head =
      index === 0
        ? [
            marker,
            '',
            `Audit ${audit}: **${plural(hits, 'hit')}** in ${plural(total, 'group')}` +
              (input.suppressedHits > 0
                ? `; ${plural(input.suppressedHits, 'hit')} suppressed as false positives.`
                : '.'),
            '',
            `Part 1 of ${parts.length}: ${range}.` +
              (parts.length > 1 ? ' The list continues in the comments below.' : ''),
          ]
        : [marker, '', `Audit ${audit}, part ${index + 1} of ${parts.length}: ${range}.`];
    return [...head, '', ...lines].join('\n') + '\n';
  });
  return {
    title: renderDigestTitle(input),
    body: bodies[0]!,
    continuations: bodies.slice(1),
    entriesPerPart: parts.map((lines) => lines.length),
  };
}

/** A continuation comment no longer needed: kept (with its marker) rather than deleted, and reused when the digest grows again. */
export function renderUnusedPart(auditId: string, part: number): string {
  return (
    [
      renderMarker({ kind: 'digest', auditId, part }),
      '',
      `Audit ${inlineCode(auditId)}, part ${part}: no longer needed; the digest is shorter now.`,
    ].join('\n') + '\n'
  );
}
