import { describe, expect, it } from '@jest/globals';
import {
  DAY_MS,
  isFallbackArtifact,
  planArtifactPurge,
  planLocalPurge,
  type ListedArtifact,
  type LocalEntry,
} from '../../src/purge/decide.js';

const NOW = new Date('2026-11-25T02:00:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * DAY_MS).toISOString();

let nextId = 1;
function artifact(name: string, ageDays: number, extra: Partial<ListedArtifact> = {}) {
  return {
    id: nextId++,
    name,
    sizeInBytes: 1000,
    createdAt: ago(ageDays),
    expired: false,
    ...extra,
  } satisfies ListedArtifact;
}

const rules = { artifactName: 'audit-fallback', ttlDays: 7, maxDeletions: 200, now: NOW };
const names = (plan: ReturnType<typeof planArtifactPurge>) =>
  plan.delete.map((c) => c.artifact.name);

describe('isFallbackArtifact: the prefix is <artifact-name>-', () => {
  it.each([
    ['audit-fallback-123-1', true],
    ['audit-fallback-', true],
    ['audit-fallback', false],
    ['audit-fallbackx-123-1', false],
    ['audit-fallback_123', false],
    ['my-audit-fallback-1-1', false],
    ['Audit-Fallback-1-1', false],
  ])('%s -> %s', (name, expected) => {
    expect(isFallbackArtifact(name, 'audit-fallback')).toBe(expected);
  });
});

describe('planArtifactPurge: ages at the boundary', () => {
  const second = 1 / 86_400;
  it.each([
    ['exactly ttl-days old stays', 7, false],
    ['one second under stays', 7 - second, false],
    ['one second over goes', 7 + second, true],
    ['a day over goes', 8, true],
    ['brand new stays', 0, false],
    ['created in the future (clock skew) stays', -1, false],
  ])('%s', (_label, age, deleted) => {
    const plan = planArtifactPurge([artifact('audit-fallback-1-1', age)], rules);
    expect(plan.delete.length).toBe(deleted ? 1 : 0);
    expect(plan.young).toBe(deleted ? 0 : 1);
  });

  it.each([1, 3, 30, 400])('honours ttl-days %i', (ttlDays) => {
    const plan = planArtifactPurge(
      [
        artifact('audit-fallback-a-1', ttlDays - 0.01),
        artifact('audit-fallback-b-1', ttlDays + 0.01),
      ],
      { ...rules, ttlDays },
    );
    expect(names(plan)).toEqual(['audit-fallback-b-1']);
  });
});

describe('planArtifactPurge: what is never deleted', () => {
  it('leaves other artifacts alone whatever their age', () => {
    const plan = planArtifactPurge(
      [
        artifact('coverage', 100),
        artifact('audit-fallbackx-1-1', 100),
        artifact('audit-fallback', 100),
        artifact('audit-fallback-9-1', 100),
      ],
      rules,
    );
    expect(names(plan)).toEqual(['audit-fallback-9-1']);
    expect(plan.young + plan.expired + plan.undated + plan.deferred).toBe(0);
  });

  it('skips artifacts GitHub already expired, and counts them', () => {
    const plan = planArtifactPurge(
      [artifact('audit-fallback-1-1', 30, { expired: true }), artifact('audit-fallback-2-1', 30)],
      rules,
    );
    expect(names(plan)).toEqual(['audit-fallback-2-1']);
    expect(plan.expired).toBe(1);
  });

  it.each([null, 'not a date'])('keeps an artifact whose created_at is %p', (createdAt) => {
    const plan = planArtifactPurge([artifact('audit-fallback-1-1', 30, { createdAt })], rules);
    expect(plan.delete).toEqual([]);
    expect(plan.undated).toBe(1);
  });
});

describe('planArtifactPurge: order and the cap', () => {
  const listing = [
    artifact('audit-fallback-c-1', 9),
    artifact('audit-fallback-a-1', 30),
    artifact('audit-fallback-young-1', 2),
    artifact('audit-fallback-b-1', 12),
    artifact('audit-fallback-d-1', 8),
  ];

  it('deletes oldest first', () => {
    expect(names(planArtifactPurge(listing, rules))).toEqual([
      'audit-fallback-a-1',
      'audit-fallback-b-1',
      'audit-fallback-c-1',
      'audit-fallback-d-1',
    ]);
  });

  it.each([
    [1, ['audit-fallback-a-1'], 3],
    [2, ['audit-fallback-a-1', 'audit-fallback-b-1'], 2],
    [
      4,
      ['audit-fallback-a-1', 'audit-fallback-b-1', 'audit-fallback-c-1', 'audit-fallback-d-1'],
      0,
    ],
    [
      10,
      ['audit-fallback-a-1', 'audit-fallback-b-1', 'audit-fallback-c-1', 'audit-fallback-d-1'],
      0,
    ],
  ])('max-deletions %i takes %j and defers %i', (maxDeletions, expected, deferred) => {
    const plan = planArtifactPurge(listing, { ...rules, maxDeletions });
    expect(names(plan)).toEqual(expected);
    expect(plan.deferred).toBe(deferred);
    expect(plan.young).toBe(1);
  });

  it('breaks ties in created_at by id, so the order is stable', () => {
    const same = ago(10);
    const first = artifact('audit-fallback-x-1', 0, { createdAt: same });
    const second = artifact('audit-fallback-y-1', 0, { createdAt: same });
    const plan = planArtifactPurge([second, first], { ...rules, maxDeletions: 1 });
    expect(names(plan)).toEqual(['audit-fallback-x-1']);
  });

  it('reports the age in days', () => {
    const [candidate] = planArtifactPurge([artifact('audit-fallback-1-1', 9.5)], rules).delete;
    expect(candidate?.ageDays).toBeCloseTo(9.5, 6);
  });
});

describe('planLocalPurge', () => {
  const entry = (name: string, ageDays: number, kind: LocalEntry['kind'] = 'file'): LocalEntry => ({
    name,
    kind,
    sizeInBytes: 10,
    mtimeMs: NOW.getTime() - ageDays * DAY_MS,
  });

  it('deletes old regular fallback_*.json files only, oldest first', () => {
    const plan = planLocalPurge(
      [
        entry('fallback_1_1_20261101T000000Z.json', 24),
        entry('fallback_2_1_20261110T000000Z.json', 15),
        entry('fallback_3_1_20261124T000000Z.json', 1),
        entry('consumer_artifact.json', 90),
        entry('fallback_notes.txt', 90),
        entry('fallback_.json', 90),
        entry('old-fallback_1.json', 90),
      ],
      { ttlDays: 7, now: NOW },
    );
    expect(plan.delete.map((c) => c.entry.name)).toEqual([
      'fallback_1_1_20261101T000000Z.json',
      'fallback_2_1_20261110T000000Z.json',
    ]);
    expect(plan.young.map((e) => e.name)).toEqual(['fallback_3_1_20261124T000000Z.json']);
  });

  it('never deletes a symlink or a directory named like a fallback copy', () => {
    const plan = planLocalPurge(
      [entry('fallback_link.json', 90, 'symlink'), entry('fallback_dir.json', 90, 'other')],
      { ttlDays: 7, now: NOW },
    );
    expect(plan.delete).toEqual([]);
    expect(plan.skipped.map((e) => e.name)).toEqual(['fallback_link.json', 'fallback_dir.json']);
  });

  it('keeps a file exactly ttl-days old', () => {
    const plan = planLocalPurge([entry('fallback_1.json', 7)], { ttlDays: 7, now: NOW });
    expect(plan.delete).toEqual([]);
  });
});
