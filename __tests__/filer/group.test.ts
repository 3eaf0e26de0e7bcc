import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Hit } from '../../src/gate/artifact.js';
import { groupHits } from '../../src/filer/group.js';
import { groupFingerprint } from '../../src/filer/fingerprint.js';
import type { GroupBy } from '../../src/filer/types.js';

const hit = (over: Partial<Hit> = {}): Hit => ({
  repo: 'org/a',
  path: 'src/x.py',
  line_number: 12,
  pattern: 'LegacyClient(',
  snippet: 'client = LegacyClient(key)',
  ...over,
});

const hits: Hit[] = [
  hit(),
  hit({ path: 'src/y.py', line_number: 3 }),
  hit({ pattern: 'OldApi(', snippet: 'OldApi()' }),
  hit({ repo: 'org/b', path: 'b.py', line_number: 1 }),
];

describe('groupHits', () => {
  it.each<[GroupBy, string[][]]>([
    [
      'repo',
      [
        ['org/a', '3'],
        ['org/b', '1'],
      ],
    ],
    [
      'repo-pattern',
      [
        ['org/a LegacyClient(', '2'],
        ['org/a OldApi(', '1'],
        ['org/b LegacyClient(', '1'],
      ],
    ],
    [
      'pattern',
      [
        ['LegacyClient(', '3'],
        ['OldApi(', '1'],
      ],
    ],
  ])('groups by %s', (groupBy, expected) => {
    const groups = groupHits(hits, groupBy);
    const shown = groups.map((g) => [
      [g.repo, g.pattern].filter((x) => x !== null).join(' '),
      String(g.hits.length),
    ]);
    expect(shown).toEqual(expected);
  });

  it('fingerprints sha256 of the documented versioned key, so other tools can compute it', () => {
    const [group] = groupHits([hit()], 'repo-pattern');
    const expected = createHash('sha256')
      .update('v1\0group\0repo-pattern\0org/a\0LegacyClient(')
      .digest('hex');
    expect(group!.fingerprint).toBe(expected.slice(0, 24));
    expect(groupFingerprint('repo-pattern', ['org/a', 'LegacyClient('])).toBe(group!.fingerprint);
  });

  it('ids a hit by sha256 of its versioned key, so ticks survive an upgrade of the action', () => {
    // Repo lower-cased, snippet whitespace collapsed and trimmed, then the ordinal in the file.
    const group = groupHits(
      [hit({ repo: 'Org/A', snippet: '  client =\tLegacyClient(key) ' }), hit({ line_number: 40 })],
      'repo',
    )[0]!;
    const id = (ordinal: number) =>
      createHash('sha256')
        .update(`v1\0hit\0org/a\0src/x.py\0LegacyClient(\0client = LegacyClient(key)\0${ordinal}`)
        .digest('hex')
        .slice(0, 16);
    expect(group.hits.map((h) => h.id)).toEqual([id(0), id(1)]);
  });

  it('gives the same key under different group-by a different fingerprint', () => {
    const byRepo = groupHits([hit({ pattern: 'org/a' })], 'repo')[0]!;
    const byPattern = groupHits([hit({ pattern: 'org/a' })], 'pattern')[0]!;
    expect(byRepo.fingerprint).not.toBe(byPattern.fingerprint);
  });

  it('treats repository names case-insensitively, as GitHub does', () => {
    const groups = groupHits(
      [hit({ repo: 'Org/A' }), hit({ repo: 'org/a', path: 'z.py' })],
      'repo',
    );
    expect(groups).toHaveLength(1);
    // The spelling of the group's first hit names it.
    expect(groups[0]!.repos).toEqual(['Org/A']);
    expect(groups[0]!.repo).toBe('Org/A');
    expect(groups[0]!.fingerprint).toBe(groupHits([hit()], 'repo')[0]!.fingerprint);
  });

  it('keeps apart groups whose key parts would run together', () => {
    const groups = groupHits(
      [hit({ repo: 'org/ab', pattern: 'c' }), hit({ repo: 'org/a', pattern: 'bc' })],
      'repo-pattern',
    );
    expect(groups.map((g) => `${g.repo} ${g.pattern}`)).toEqual(['org/a bc', 'org/ab c']);
  });

  it('keeps a hit id when the code moves to another line or is re-indented', () => {
    const before = groupHits(
      [hit({ line_number: 12, snippet: 'client = LegacyClient(key)' })],
      'repo',
    )[0]!;
    const after = groupHits(
      [hit({ line_number: 40, snippet: '    client  =  LegacyClient(key)' })],
      'repo',
    )[0]!;
    expect(after.hits[0]!.id).toBe(before.hits[0]!.id);
  });

  it('gives edited code, another file or another pattern a new hit id', () => {
    const base = groupHits([hit()], 'repo')[0]!.hits[0]!.id;
    for (const changed of [
      hit({ snippet: 'client = LegacyClient(other)' }),
      hit({ path: 'src/z.py' }),
      hit({ pattern: 'Legacy' }),
    ]) {
      expect(groupHits([changed], 'repo')[0]!.hits[0]!.id).not.toBe(base);
    }
  });

  it('tells apart identical code found twice in one file, in line order', () => {
    const group = groupHits([hit({ line_number: 50 }), hit({ line_number: 10 })], 'repo')[0]!;
    expect(group.hits.map((h) => h.hit.line_number)).toEqual([10, 50]);
    expect(new Set(group.hits.map((h) => h.id)).size).toBe(2);
    // The first occurrence keeps the id a single occurrence has.
    expect(group.hits[0]!.id).toBe(groupHits([hit({ line_number: 10 })], 'repo')[0]!.hits[0]!.id);
  });

  it.each([
    ['column', { column: 2 }, { column: 10 }],
    ['column, unknown first', {}, { column: 1 }],
    ['snippet', { snippet: 'a = LegacyClient(1)' }, { snippet: 'b = LegacyClient(1)' }],
    ['snippet, missing first', { snippet: undefined }, { snippet: 'A' }],
    ['commit', { commit: 'a'.repeat(40) }, { commit: 'b'.repeat(40) }],
    ['commit, missing first', {}, { commit: 'A' }],
    ['severity', { severity: 'high' }, { severity: 'low' }],
    ['severity, missing first', {}, { severity: 'A' }],
    ['message', { message: 'first' }, { message: 'second' }],
    ['message, missing first', {}, { message: 'A' }],
  ] as const)('orders hits that differ only in %s, whatever the input order', (_f, a, b) => {
    const first = hit({ ...a });
    const second = hit({ ...b });
    for (const input of [
      [first, second],
      [second, first],
    ]) {
      expect(groupHits(input, 'repo')[0]!.hits.map((h) => h.hit)).toEqual([first, second]);
    }
  });

  const arbHit = fc.record({
    repo: fc.constantFrom('org/a', 'org/b', 'Org/A'),
    path: fc.constantFrom('a.py', 'b/c.ts'),
    line_number: fc.integer({ min: 1, max: 5 }),
    pattern: fc.constantFrom('p1', 'p2'),
    snippet: fc.option(fc.constantFrom('x', 'y y', ' x'), { nil: undefined }),
    // Fields outside the identity still decide the order of hits that share the rest.
    column: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    commit: fc.option(fc.constantFrom('a'.repeat(40), 'b'.repeat(40)), { nil: undefined }),
    severity: fc.option(fc.constantFrom('high', 'low'), { nil: undefined }),
    message: fc.option(fc.constantFrom('m1', 'm2'), { nil: undefined }),
  });

  it('depends only on the set of hits, not their order (property)', () => {
    fc.assert(
      fc.property(fc.array(arbHit, { maxLength: 30 }), (list) => {
        const reversed = [...list].reverse();
        for (const groupBy of ['repo', 'repo-pattern', 'pattern'] as const) {
          expect(JSON.stringify(groupHits(reversed, groupBy))).toBe(
            JSON.stringify(groupHits(list, groupBy)),
          );
        }
      }),
    );
  });

  it('puts every hit in exactly one group, with ids unique inside it (property)', () => {
    fc.assert(
      fc.property(
        fc.array(arbHit, { maxLength: 40 }),
        fc.constantFrom<GroupBy>('repo', 'repo-pattern', 'pattern'),
        (list, groupBy) => {
          const groups = groupHits(list, groupBy);
          expect(groups.reduce((n, g) => n + g.hits.length, 0)).toBe(list.length);
          for (const g of groups) expect(new Set(g.hits.map((h) => h.id)).size).toBe(g.hits.length);
          expect(new Set(groups.map((g) => g.fingerprint)).size).toBe(groups.length);
        },
      ),
    );
  });
});
