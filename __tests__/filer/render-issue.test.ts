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

  it('counts the repositories of a pattern group', () => {
    const group = groupHits(
      manyHits(4, 1).map((h, i) => ({ ...h, repo: `org/r${i % 2}` })),
      'pattern',
    )[0]!;
    expect(renderIssue(group, options).title).toBe(
      'audit-gate: 4 hits of LegacyClient( in 2 repositories',
    );
  });

  it('shortens a long pattern to the room left, keeping the count and the place', () => {
    const pattern = `Legacy${'x'.repeat(300)}`;
    const group = groupHits([{ ...manyHits(1, 1)[0]!, pattern }], 'repo-pattern')[0]!;
    const { title } = renderIssue(group, options);
    expect(title).toHaveLength(TITLE_LIMIT);
    expect(title).toMatch(/^audit-gate: 1 hit of Legacyx+… in org\/big$/);
  });

  it('stays under 256 characters with a long astral pattern, without splitting a pair', () => {
    const pattern = '🦊'.repeat(400);
    const group = groupHits([{ ...manyHits(1, 1)[0]!, pattern }], 'repo-pattern')[0]!;
    const { title } = renderIssue(group, options);
    expect(title.length).toBeLessThanOrEqual(TITLE_LIMIT);
    expect(title).toMatch(/^audit-gate: 1 hit of 🦊+… in org\/big$/u);
  });
});

const parseListedIds = (body: string) =>
  [...body.matchAll(/^- \[ \] <!-- audit-gate:hit=([0-9a-f]{16}) -->/gm)].map((m) => m[1]!);

describe('renderIssueBody content', () => {
  const hit = (over: Partial<Hit>): Hit => ({
    repo: 'org/a',
    path: 'src/x.py',
    line_number: 3,
    pattern: 'md5(',
    snippet: 'digest = md5(data)',
    commit: 'b'.repeat(40),
    ...over,
  });
  const spread = [
    hit({}),
    hit({ path: 'src/y.py', line_number: 9 }),
    hit({ repo: 'org/b', path: 'lib/z.py', snippet: 'md5(x)' }),
  ];
  const itemLines = (body: string) => body.split('\n').filter((l) => /^- \[[ x]\] /.test(l));

  it.each([
    ['repo', 0, '**2 hits** in `org/a` (2 files).'],
    ['repo-pattern', 0, '**2 hits** of `md5(` in `org/a` (2 files).'],
    ['pattern', 0, '**3 hits** of `md5(` in 2 repositories (3 files).'],
  ] as const)('sums up the group (group-by %s)', (groupBy, index, summary) => {
    const body = renderIssueBody(groupHits(spread, groupBy)[index]!, options);
    expect(body.split('\n')).toContain(summary);
  });

  it('counts the ignored hits in the summary, and only the live ones as hits', () => {
    const group = groupHits(spread, 'pattern')[0]!;
    const body = renderIssueBody(group, { ...options, ignored: new Set([group.hits[0]!.id]) });
    expect(body.split('\n')).toContain(
      '**2 hits** of `md5(` in 2 repositories (2 files); 1 hit ignored.',
    );
  });

  it('names what the grouping leaves out on each hit: the repository, the pattern', () => {
    const byPattern = renderIssueBody(groupHits(spread, 'pattern')[0]!, options);
    expect(itemLines(byPattern).map((l) => l.replace(/<!--.*?-->/, '<id>'))).toEqual([
      `- [ ] <id> ignore · \`org/a\` [\`src/x.py:3\`](https://github.com/org/a/blob/${'b'.repeat(40)}/src/x.py#L3)`,
      `- [ ] <id> ignore · \`org/a\` [\`src/y.py:9\`](https://github.com/org/a/blob/${'b'.repeat(40)}/src/y.py#L9)`,
      `- [ ] <id> ignore · \`org/b\` [\`lib/z.py:3\`](https://github.com/org/b/blob/${'b'.repeat(40)}/lib/z.py#L3)`,
    ]);
    const byRepo = renderIssueBody(groupHits([hit({ commit: 'unknown' })], 'repo')[0]!, options);
    expect(itemLines(byRepo).map((l) => l.replace(/<!--.*?-->/, '<id>'))).toEqual([
      '- [ ] <id> ignore · `src/x.py:3` · `md5(`',
    ]);
    const byBoth = renderIssueBody(groupHits([hit({})], 'repo-pattern')[0]!, options);
    expect(itemLines(byBoth)[0]).not.toMatch(/`org\/a`|`md5\(`/);
  });

  it('fences a snippet under its hit, and renders no fence for a missing or blank one', () => {
    const group = groupHits(
      [
        hit({ path: 'a.py', snippet: 'x = md5(y)' }),
        hit({ path: 'b.py', snippet: ' \t ' }),
        hit({ path: 'c.py', snippet: undefined }),
      ],
      'repo',
    )[0]!;
    const body = renderIssueBody(group, options);
    const fences = body.split('\n').filter((l) => l === '  ```');
    expect(fences).toHaveLength(2);
    expect(body).toContain('`a.py:3`](');
    expect(body).toMatch(/a\.py#L3\) · `md5\(`\n {2}```\n {2}x = md5\(y\)\n {2}```\n- \[ \]/);
  });

  it('tells how to suppress, naming the false-positive label', () => {
    const body = renderIssueBody(groupHits([hit({})], 'repo')[0]!, {
      ...options,
      fpLabel: 'not-a-bug',
    });
    expect(body).toContain(
      'Tick **ignore** on a hit to suppress it in later audits. To suppress the whole group, close this issue as *not planned* or add the label `not-a-bug`.',
    );
  });

  it('lists ticked hits in their own section after the live ones, and none when nothing is ticked', () => {
    const group = groupHits(spread, 'pattern')[0]!;
    const plain = renderIssueBody(group, options);
    expect(plain).not.toContain('**Ignored**');
    expect(plain.endsWith('\n')).toBe(true);
    expect(plain.endsWith('\n\n')).toBe(false);
    const ticked = renderIssueBody(group, { ...options, ignored: new Set([group.hits[1]!.id]) });
    const lines = ticked.split('\n');
    const section = lines.indexOf('**Ignored** (1):');
    expect(section).toBeGreaterThan(0);
    expect(lines.slice(section + 1).filter((l) => l.startsWith('- [x]'))).toHaveLength(1);
    expect(lines.slice(0, section).filter((l) => l.startsWith('- [ ]'))).toHaveLength(2);
    expect(ticked).not.toContain('more hit');
  });

  it('counts the hits that do not fit, and the ticks it cannot keep', () => {
    const group = groupHits(manyHits(5_000, 120), 'repo')[0]!;
    const all = new Set(group.hits.map((h) => h.id));
    const body = renderIssueBody(group, { ...options, ignored: all });
    const kept = parseIgnoredHits(body).size;
    expect(kept).toBeGreaterThan(100);
    expect(kept).toBeLessThan(5_000);
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(body).toContain(
      `_…and ${(5_000 - kept).toLocaleString('en-US')} more ignored hits, whose ticks are not kept (an issue body holds at most 65,536 characters)._`,
    );
    expect(body).toMatch(/^\*\*Ignored\*\* \(5,?000\):$/m);
    expect(body).not.toContain('more hits in');
  });

  it('lists every live hit of a group that fits, with no note of omission', () => {
    const group = groupHits(manyHits(40, 7), 'repo')[0]!;
    const body = renderIssueBody(group, options);
    expect(itemLines(body)).toHaveLength(40);
    expect(body).not.toContain('_…and');
  });

  it('fills the body up to its budget, not far below it', () => {
    const group = groupHits(manyHits(5_000, 120), 'repo')[0]!;
    const body = renderIssueBody(group, options);
    expect(body.length).toBeGreaterThan(64_000);
    const listed = new Set(parseListedIds(body));
    const rest = group.hits.filter((h) => !listed.has(h.id));
    const files = new Set(rest.map((h) => h.hit.path)).size;
    expect(body).toContain(
      `_…and ${rest.length.toLocaleString('en-US')} more hits in ${files} files`,
    );
  });

  it('records the repositories by hash up to 256 of them, and "many" beyond', () => {
    const across = (repos: number) =>
      groupHits(
        Array.from({ length: repos }, (_, i) => hit({ repo: `org/r${i}` })),
        'pattern',
      )[0]!;
    expect(parseGroupMeta(renderIssueBody(across(256), options)).repoHashes).toHaveLength(256);
    expect(parseGroupMeta(renderIssueBody(across(257), options)).repoHashes).toBeNull();
  });
});
