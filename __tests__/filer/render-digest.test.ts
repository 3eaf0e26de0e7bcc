import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseMarker } from '../../src/filer/marker.js';
import { renderDigest, renderUnusedPart, type DigestEntry } from '../../src/filer/render-digest.js';
import { BODY_LIMIT, TITLE_LIMIT } from '../../src/filer/render-issue.js';

const entry = (i: number, over: Partial<DigestEntry> = {}): DigestEntry => ({
  fingerprint: i.toString(16).padStart(24, '0'),
  repo: `org/repo-${i % 300}`,
  pattern: `pattern-${i}`,
  repos: 1,
  files: 1 + (i % 7),
  hits: 1 + (i % 13),
  issueNumber: i % 3 === 0 ? 1000 + i : null,
  ...over,
});

const parts = (d: ReturnType<typeof renderDigest>) => [d.body, ...d.continuations];
const listedLines = (d: ReturnType<typeof renderDigest>) =>
  parts(d).flatMap((p) => p.split('\n').filter((l) => l.startsWith('- ')));

describe('renderDigest', () => {
  it('lists each group with its counts and its issue when it has one', () => {
    const d = renderDigest({
      auditId: 'nightly-1',
      titlePrefix: 'audit-gate',
      entries: [entry(3), entry(4)],
      suppressedHits: 5,
    });
    expect(listedLines(d)).toEqual([
      '- `org/repo-3` · `pattern-3` · 4 hits in 4 files · #1003',
      '- `org/repo-4` · `pattern-4` · 5 hits in 5 files',
    ]);
    expect(d.title).toBe('audit-gate: digest of nightly-1 — 9 hits in 2 groups');
    expect(d.body).toContain('9 hits** in 2 groups; 5 hits suppressed as false positives.');
    expect(d.continuations).toEqual([]);
  });

  it('continues 20,000 hits in 3,000 groups over 300 repositories in marked comments', () => {
    const entries = Array.from({ length: 3_000 }, (_, i) => entry(i));
    expect(entries.reduce((n, e) => n + e.hits, 0)).toBeGreaterThanOrEqual(20_000);
    const d = renderDigest({
      auditId: 'org/scanner/123',
      titlePrefix: 'audit-gate',
      entries,
      suppressedHits: 0,
    });
    expect(d.continuations.length).toBeGreaterThan(0);
    parts(d).forEach((part, i) => {
      expect(part.length).toBeLessThanOrEqual(BODY_LIMIT);
      expect(parseMarker(part)).toEqual({
        kind: 'digest',
        auditId: 'org/scanner/123',
        part: i + 1,
      });
      expect(part).toContain(`of ${parts(d).length}`);
    });
    expect(listedLines(d)).toHaveLength(3_000);
    expect(d.entriesPerPart.reduce((a, b) => a + b, 0)).toBe(3_000);
  });

  it('never loses or repeats a group, whatever the sizes (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            pattern: fc.string({ maxLength: 300 }),
            hits: fc.integer({ min: 1, max: 1e6 }),
          }),
          { maxLength: 400 },
        ),
        fc.string({ minLength: 1, maxLength: 300 }),
        (raw, auditId) => {
          const entries = raw.map((r, i) =>
            entry(i, { pattern: `<${i}>${r.pattern}`, hits: r.hits }),
          );
          const d = renderDigest({
            auditId,
            titlePrefix: 'audit-gate',
            entries,
            suppressedHits: 0,
          });
          const lines = listedLines(d);
          expect(lines).toHaveLength(entries.length);
          lines.forEach((line, i) => expect(/· `+ ?<(\d+)>/.exec(line)?.[1]).toBe(String(i)));
          expect(d.entriesPerPart.reduce((a, b) => a + b, 0)).toBe(entries.length);
          for (const part of parts(d)) expect(part.length).toBeLessThanOrEqual(BODY_LIMIT);
          expect(d.title.length).toBeLessThanOrEqual(TITLE_LIMIT);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps parts within the limit when the audit id is long and needs encoding', () => {
    const auditId = 'é'.repeat(3_000);
    const entries = Array.from({ length: 1_500 }, (_, i) => entry(i, { pattern: 'p'.repeat(190) }));
    const d = renderDigest({ auditId, titlePrefix: 'audit-gate', entries, suppressedHits: 0 });
    for (const part of parts(d)) {
      expect(part.length).toBeLessThanOrEqual(BODY_LIMIT);
      expect(parseMarker(part)).toMatchObject({ auditId });
    }
  });

  it('is deterministic', () => {
    const input = {
      auditId: 'a',
      titlePrefix: 'audit-gate',
      entries: [entry(1), entry(2)],
      suppressedHits: 0,
    };
    expect(renderDigest(input)).toEqual(renderDigest(structuredClone(input)));
  });

  it('renders an empty digest as one part', () => {
    const d = renderDigest({
      auditId: 'a',
      titlePrefix: 'audit-gate',
      entries: [],
      suppressedHits: 2,
    });
    expect(d.continuations).toEqual([]);
    expect(d.body).toContain('Part 1 of 1: no groups.');
  });
});

describe('renderDigest part headers', () => {
  const long = Array.from({ length: 3_000 }, (_, i) => entry(i));
  const render = (entries: DigestEntry[], suppressedHits = 0) =>
    renderDigest({ auditId: 'n-7', titlePrefix: 'audit-gate', entries, suppressedHits });

  it('numbers the groups each part lists, and says the list continues below', () => {
    const d = render(long);
    const count = parts(d).length;
    expect(count).toBeGreaterThan(2);
    let first = 1;
    // Compared without thousands separators: the header may or may not group digits.
    const plain = (text: string) => text.replace(/(\d),(?=\d{3}\b)/g, '$1');
    parts(d).forEach((raw, i) => {
      const part = plain(raw);
      const last = first + d.entriesPerPart[i]! - 1;
      const range = `groups ${first}–${last} of 3000.`;
      if (i === 0) {
        expect(part).toContain(
          `\n\nPart 1 of ${count}: ${range} The list continues in the comments below.\n\n- `,
        );
      } else {
        expect(part.split('\n').slice(0, 4)).toEqual([
          `<!-- audit-gate:v1 kind=digest audit=n-7 part=${i + 1} -->`,
          '',
          `Audit \`n-7\`, part ${i + 1} of ${count}: ${range}`,
          '',
        ]);
      }
      expect(part.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(last - first + 1);
      expect(part.endsWith('\n')).toBe(true);
      expect(part.endsWith('\n\n')).toBe(false);
      first = last + 1;
    });
  });

  it('fills each part close to the body budget before starting the next', () => {
    const d = render(long);
    for (const part of parts(d).slice(0, -1)) expect(part.length).toBeGreaterThan(60_000);
  });

  it('says nothing of continuations or suppression when there are none', () => {
    const d = render([entry(1), entry(2)]);
    expect(d.body.split('\n').slice(0, 5)).toEqual([
      '<!-- audit-gate:v1 kind=digest audit=n-7 -->',
      '',
      'Audit `n-7`: **5 hits** in 2 groups.',
      '',
      'Part 1 of 1: groups 1–2 of 2.',
    ]);
  });

  it('counts repositories and files of a group that spans repositories', () => {
    const d = render([
      entry(1, { repo: null, repos: 3, files: 1 }),
      entry(2, { repo: null, repos: 1, files: 4 }),
    ]);
    expect(listedLines(d)).toEqual([
      '- `pattern-1` · 2 hits in 3 repositories, 1 file',
      '- `pattern-2` · 3 hits in 1 repository, 4 files',
    ]);
  });

  it('keeps the title within the limit by shortening a long audit id, not the counts', () => {
    const d = renderDigest({
      auditId: `nightly-${'x'.repeat(400)}`,
      titlePrefix: 'audit-gate',
      entries: [entry(1), entry(2)],
      suppressedHits: 0,
    });
    expect(d.title).toHaveLength(TITLE_LIMIT);
    expect(d.title).toMatch(/^audit-gate: digest of nightly-x+… — 5 hits in 2 groups$/);
  });
});

describe('renderUnusedPart', () => {
  it('keeps the part marker and says the part is no longer needed', () => {
    expect(renderUnusedPart('n-7', 3)).toBe(
      '<!-- audit-gate:v1 kind=digest audit=n-7 part=3 -->\n\nAudit `n-7`, part 3: no longer needed; the digest is shorter now.\n',
    );
    expect(parseMarker(renderUnusedPart('n-7', 3))).toEqual({
      kind: 'digest',
      auditId: 'n-7',
      part: 3,
    });
  });
});
