import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseMarker } from '../../src/filer/marker.js';
import { renderDigest, type DigestEntry } from '../../src/filer/render-digest.js';
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
