import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { Hit } from '../../src/gate/artifact.js';
import { groupHits } from '../../src/filer/group.js';
import { parseGroupMeta, parseIgnoredHits, parseMarker } from '../../src/filer/marker.js';
import {
  BODY_LIMIT,
  renderIssue,
  renderIssueBody,
  TITLE_LIMIT,
} from '../../src/filer/render-issue.js';
import { textOutsideCode } from './markdown-scan.js';

const forged = JSON.parse(
  readFileSync(new URL('./fixtures/forged-hits.json', import.meta.url), 'utf8'),
) as Hit[];
const options = {
  titlePrefix: 'audit-gate',
  fpLabel: 'false-positive',
  ignored: new Set<string>(),
};
const OUR_COMMENT =
  /<!-- audit-gate:(?:v1 kind=group fp=[0-9a-f]{24}|repos=[0-9a-f,]+|hit=[0-9a-f]{16}) -->/g;

function manyHits(count: number, files: number): Hit[] {
  return Array.from({ length: count }, (_, i) => ({
    repo: 'org/big',
    path: `src/module-${i % files}/file.py`,
    line_number: i + 1,
    pattern: 'LegacyClient(',
    snippet: `client_${i} = LegacyClient(key)  # ${'x'.repeat(i % 200)}`,
    commit: 'a'.repeat(40),
  }));
}

function tick(body: string, ids: readonly string[]): string {
  return ids.reduce(
    (b, id) =>
      b.replace(`- [ ] <!-- audit-gate:hit=${id} -->`, `- [x] <!-- audit-gate:hit=${id} -->`),
    body,
  );
}

describe('renderIssueBody with text from a hostile repository', () => {
  for (const groupBy of ['repo', 'pattern'] as const) {
    const groups = groupHits(forged, groupBy);
    for (const group of groups) {
      const body = renderIssueBody(group, options);

      it(`keeps our marker alone on the first line (group-by ${groupBy}, ${group.hits.length} hits)`, () => {
        expect(parseMarker(body)).toEqual({ kind: 'group', fingerprint: group.fingerprint });
        const markerLines = body.split('\n').filter((line) => line.includes('audit-gate:v1'));
        expect(body.split('\n').findIndex((line) => /^<!-- audit-gate:v1/.test(line))).toBe(0);
        expect(markerLines.slice(1).every((line) => !line.startsWith('<!--'))).toBe(true);
      });

      it(`lets no snippet tick a box or set a meta line (group-by ${groupBy})`, () => {
        expect(parseIgnoredHits(body).size).toBe(0);
        expect(parseGroupMeta(body).closedByAudit).toBe(false);
      });

      it(`leaves no mention, reference or comment outside code (group-by ${groupBy})`, () => {
        const visible = textOutsideCode(body.replace(OUR_COMMENT, ''));
        expect(visible).not.toMatch(/@|<!--|-->|#\d/);
        // Not even inside code: a NUL or a bidi override changes what a reader sees.
        expect(body).not.toMatch(/\u202e|\uFFFE/);
        expect(body.includes(String.fromCharCode(0))).toBe(false);
        // Only our own links: a path or pattern cannot open one.
        for (const url of visible.match(/\]\(([^)]*)\)/g) ?? []) {
          expect(url).toMatch(
            /^\]\(https:\/\/github\.com\/org\/a\/blob\/[0-9a-f]{40}\/[^\s()]+#L\d+\)$/,
          );
        }
      });
    }
  }

  it('links a hit to its line at the commit, and does not link an unknown commit', () => {
    const body = renderIssueBody(groupHits(forged, 'repo')[0]!, options);
    expect(body).toContain(
      '(https://github.com/org/a/blob/0123456789abcdef0123456789abcdef01234567/src/marker.py#L3)',
    );
    expect(body).not.toContain('not-a-sha');
  });
});

describe('renderIssueBody size', () => {
  const group = groupHits(manyHits(5_000, 120), 'repo')[0]!;
  const body = renderIssueBody(group, options);
  const listedIds = [...body.matchAll(/^- \[ \] <!-- audit-gate:hit=([0-9a-f]{16}) -->/gm)].map(
    (m) => m[1]!,
  );

  it('stays within 65,536 characters for one group of 5,000 hits', () => {
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(listedIds.length).toBeGreaterThan(20);
  });

  it('summarises what does not fit with exact counts of hits and files', () => {
    const listed = new Set(listedIds);
    const rest = group.hits.filter((h) => !listed.has(h.id));
    const files = new Set(rest.map((h) => h.hit.path)).size;
    expect(body).toContain(
      `_…and ${rest.length.toLocaleString('en-US')} more hits in ${files} files (an issue body`,
    );
    expect(listed.size + rest.length).toBe(5_000);
  });

  it('lists ticked hits first, so a tick beyond the room for snippets is still kept', () => {
    const lastIds = group.hits.slice(-30).map((h) => h.id);
    const again = renderIssueBody(group, { ...options, ignored: new Set(lastIds) });
    expect(parseIgnoredHits(again)).toEqual(new Set(lastIds));
    expect(again.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(again).toContain('30 hits ignored');
  });
});

describe('renderIssue determinism and ticks', () => {
  const hits = manyHits(12, 3);
  const group = groupHits(hits, 'repo-pattern')[0]!;

  it('renders the same bytes for the same hits in any order', () => {
    const shuffled = groupHits([...hits].reverse(), 'repo-pattern')[0]!;
    expect(renderIssue(shuffled, options)).toEqual(renderIssue(group, options));
  });

  it('keeps a tick made in the web UI (CRLF) through the next render, which is then stable', () => {
    const first = renderIssueBody(group, options);
    const id = group.hits[4]!.id;
    const edited = tick(first, [id]).replace(/\n/g, '\r\n');
    const second = renderIssueBody(group, { ...options, ignored: parseIgnoredHits(edited) });
    expect(parseIgnoredHits(second)).toEqual(new Set([id]));
    expect(second).toContain('**11 hits**');
    expect(renderIssueBody(group, { ...options, ignored: parseIgnoredHits(second) })).toBe(second);
  });

  it('keeps a tick when the code moves to another line', () => {
    const id = group.hits[0]!.id;
    const moved = groupHits(
      hits.map((h, i) => (i === 0 ? { ...h, line_number: 999 } : h)),
      'repo-pattern',
    )[0]!;
    const body = renderIssueBody(moved, { ...options, ignored: new Set([id]) });
    expect(parseIgnoredHits(body)).toEqual(new Set([id]));
    expect(body).toContain('file.py:999');
  });
});

describe('renderIssueTitle', () => {
  it.each([
    ['repo', 'audit-gate: 3 hits in org/a'],
    ['repo-pattern', 'audit-gate: 3 hits of LegacyClient( in org/a'],
    ['pattern', 'audit-gate: 3 hits of LegacyClient( in 1 repository'],
  ] as const)('names the group (group-by %s)', (groupBy, title) => {
    const group = groupHits(
      manyHits(3, 1).map((h) => ({ ...h, repo: 'org/a' })),
      groupBy,
    )[0]!;
    expect(renderIssue(group, options).title).toBe(title);
  });

  it('stays under 256 characters with a long astral pattern, without splitting a pair', () => {
    const pattern = '🦊'.repeat(400);
    const group = groupHits([{ ...manyHits(1, 1)[0]!, pattern }], 'repo-pattern')[0]!;
    const { title } = renderIssue(group, options);
    expect(title.length).toBeLessThanOrEqual(TITLE_LIMIT);
    expect(title).toMatch(/^audit-gate: 1 hit of 🦊+… in org\/big$/u);
  });
});
