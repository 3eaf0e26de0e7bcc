import { describe, expect, it } from '@jest/globals';
import {
  canonicalIssue,
  digestIssueFor,
  duplicatesOf,
  indexOwned,
  suppression,
} from '../../src/filer/owned.js';
import type { ExistingIssue } from '../../src/filer/types.js';

const FP = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const marker = `<!-- audit-gate:v1 kind=group fp=${FP} -->`;
let next = 1;
const issue = (over: Partial<ExistingIssue> = {}): ExistingIssue => {
  const number = over.number ?? next++;
  return {
    number,
    state: 'open',
    stateReason: null,
    labels: ['audit-gate'],
    body: `${marker}\nbody`,
    title: 't',
    createdAt: `2026-01-01T00:00:${String(number % 60).padStart(2, '0')}Z`,
    isPullRequest: false,
    ...over,
  };
};

describe('indexOwned', () => {
  it('keeps only labelled issues with a first-line marker, never pull requests', () => {
    const ours = issue({ number: 1 });
    const index = indexOwned(
      [
        ours,
        issue({ number: 2, labels: ['other'] }),
        issue({ number: 3, isPullRequest: true }),
        issue({ number: 4, body: `note\n${marker}` }),
        issue({ number: 5, body: null }),
        issue({
          number: 6,
          labels: ['Audit-Gate'],
          body: '<!-- audit-gate:v1 kind=digest audit=n1 -->',
        }),
        issue({ number: 7, body: '<!-- audit-gate:v1 kind=digest audit=n1 part=2 -->' }),
      ],
      'audit-gate',
    );
    expect(index.groups.get(FP)).toEqual([ours]);
    expect([...index.groups.keys()]).toEqual([FP]);
    expect(index.digests.get('n1')!.map((i) => i.number)).toEqual([6]);
    expect(digestIssueFor(index, 'n1')!.number).toBe(6);
    expect(digestIssueFor(index, 'n2')).toBeNull();
  });

  it('orders issues of one fingerprint oldest first, by creation time then number', () => {
    const late = issue({ number: 3, createdAt: '2026-02-01T00:00:00Z' });
    const early = issue({ number: 9, createdAt: '2026-01-01T00:00:00Z' });
    const tie = issue({ number: 5, createdAt: '2026-02-01T00:00:00Z' });
    expect(indexOwned([late, tie, early], 'audit-gate').groups.get(FP)).toEqual([early, late, tie]);
  });

  it('breaks a tie in creation time by number, whatever order the list call returned', () => {
    const lower = issue({ number: 4, createdAt: '2026-03-01T00:00:00Z' });
    const higher = issue({ number: 8, createdAt: '2026-03-01T00:00:00Z' });
    for (const listed of [
      [higher, lower],
      [lower, higher],
    ]) {
      expect(indexOwned(listed, 'audit-gate').groups.get(FP)).toEqual([lower, higher]);
    }
  });

  it('orders by number where a creation time cannot be read', () => {
    const unreadable = issue({ number: 7, createdAt: 'yesterday' });
    const lower = issue({ number: 2, createdAt: '2026-03-01T00:00:00Z' });
    const higher = issue({ number: 9, createdAt: '2026-01-01T00:00:00Z' });
    for (const [a, b] of [
      [lower, unreadable],
      [unreadable, higher],
    ] as const) {
      expect(indexOwned([b, a], 'audit-gate').groups.get(FP)).toEqual([a, b]);
      expect(indexOwned([a, b], 'audit-gate').groups.get(FP)).toEqual([a, b]);
    }
  });
});

describe('canonicalIssue and duplicatesOf', () => {
  it('picks the oldest, skipping one closed as a duplicate', () => {
    const dupClosed = issue({ number: 1, state: 'closed', stateReason: 'duplicate' });
    const older = issue({ number: 2, state: 'closed', stateReason: 'completed' });
    const newer = issue({ number: 3 });
    expect(canonicalIssue([dupClosed, older, newer])).toBe(older);
    expect(duplicatesOf([dupClosed, older, newer], older)).toEqual([newer]);
    expect(canonicalIssue([dupClosed])).toBe(dupClosed);
    expect(canonicalIssue([])).toBeNull();
  });
});

describe('suppression', () => {
  it.each<[string, Partial<ExistingIssue>[], number, string | null]>([
    ['open, no label', [{}], 0, null],
    ['closed as completed', [{ state: 'closed', stateReason: 'completed' }], 0, null],
    ['closed as not planned', [{ state: 'closed', stateReason: 'not_planned' }], 0, 'not-planned'],
    [
      'fp-label on an open issue (any case)',
      [{ labels: ['audit-gate', 'False-Positive'] }],
      0,
      'fp-label',
    ],
    ['fp-label on a duplicate', [{}, { labels: ['false-positive'] }], 0, 'fp-label'],
    [
      'not planned on a duplicate only',
      [{}, { state: 'closed', stateReason: 'not_planned' }],
      0,
      null,
    ],
  ])('%s', (_name, overs, canonicalAt, expected) => {
    const issues = overs.map((o) => issue(o));
    expect(suppression(issues, issues[canonicalAt]!, 'false-positive')).toBe(expected);
  });
});
