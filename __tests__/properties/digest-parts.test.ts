/**
 * The digest renderer on awkward text. `__tests__/filer/render-digest.test.ts` already checks,
 * for up to 400 entries with ASCII patterns, that no group is lost or repeated and no part
 * passes the limit. This adds what that leaves out: entries of every grouping (no repository,
 * no pattern), text in any Unicode including lone surrogates and backtick runs (which widen
 * the inline code fences), audit ids that need encoding in the marker, and enough entries
 * for ten and more parts, where each part's marker must still name its own number.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseMarker } from '../../src/filer/marker.js';
import { renderDigest, type DigestEntry } from '../../src/filer/render-digest.js';
import { BODY_LIMIT, TITLE_LIMIT } from '../../src/filer/render-issue.js';
import { propertyRuns, propertySeed } from '../../test-support/property-runs.js';

/** Scanned text at its worst: any code unit, long backtick runs, Markdown and HTML. */
const text = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 250 }),
    fc.integer({ min: 1, max: 300 }).map((n) => '`'.repeat(n)),
    fc.constantFrom('<!-- audit-gate:v1 kind=digest audit=x part=1 -->', '@org/team', '| a |'),
  )
  .map((s) => s.replaceAll('§', ''));

const arbEntry = fc.record({
  grouping: fc.constantFrom('repo', 'repo-pattern', 'pattern'),
  repo: text,
  pattern: text,
  files: fc.integer({ min: 1, max: 10_000 }),
  hits: fc.integer({ min: 1, max: 1_000_000 }),
  issueNumber: fc.option(fc.integer({ min: 1, max: 999_999 }), { nil: null }),
});

/** The entry's position, written first so truncation cannot cut it. */
const tag = (i: number) => `§${i}§`;

let maxParts = 0;

const WIDE = {
  grouping: 'repo-pattern',
  repo: 'org/x',
  pattern: '`'.repeat(300),
  files: 9_999,
  hits: 999_999,
  issueNumber: 999_999,
} as const;

describe('renderDigest on awkward text (property)', () => {
  it('keeps every part within the limit, every group once and in order, each part marked', () => {
    fc.assert(
      fc.property(
        // A pool cycled to a length that spans from one part to a dozen or more.
        fc
          .tuple(
            fc.array(arbEntry, { minLength: 1, maxLength: 40 }),
            fc.integer({ min: 0, max: 4_000 }),
          )
          .map(([pool, count]) => Array.from({ length: count }, (_, i) => pool[i % pool.length]!)),
        text.filter((s) => s.trim() !== ''),
        (raw, auditId) => {
          const entries: DigestEntry[] = raw.map((r, i) => ({
            fingerprint: i.toString(16).padStart(24, '0'),
            repo: r.grouping === 'pattern' ? null : tag(i) + r.repo,
            pattern:
              r.grouping === 'repo' ? null : (r.grouping === 'pattern' ? tag(i) : '') + r.pattern,
            repos: 1 + (i % 5),
            files: r.files,
            hits: r.hits,
            issueNumber: r.issueNumber,
          }));
          const digest = renderDigest({
            auditId,
            titlePrefix: 'audit-gate',
            entries,
            suppressedHits: 3,
          });
          const parts = [digest.body, ...digest.continuations];
          maxParts = Math.max(maxParts, parts.length);
          const listed: number[] = [];
          parts.forEach((part, index) => {
            expect(part.length).toBeLessThanOrEqual(BODY_LIMIT);
            expect(parseMarker(part)).toEqual({ kind: 'digest', auditId, part: index + 1 });
            for (const line of part.split('\n')) {
              const match = /^- `+ ?§(\d+)§/.exec(line);
              if (match) listed.push(Number(match[1]));
            }
          });
          expect(listed).toEqual(entries.map((_, i) => i));
          expect(digest.entriesPerPart).toEqual(
            parts.map((part) => part.split('\n').filter((l) => /^- `+ ?§\d+§/.test(l)).length),
          );
          expect(digest.title.length).toBeLessThanOrEqual(TITLE_LIMIT);
        },
      ),
      {
        numRuns: propertyRuns(25),
        ...propertySeed(),
        // Always among the runs: wide fences on every line, so dozens of parts.
        examples: [[Array.from({ length: 4_000 }, () => WIDE), 'nightly ``é`` 1']],
      },
    );
    // The runs did reach the many-part case this property is about.
    expect(maxParts).toBeGreaterThanOrEqual(10);
  });
});
