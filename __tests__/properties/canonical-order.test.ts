/**
 * Canonicalisation under any key order. `__tests__/canonical-json.test.ts` already checks the
 * oracle and one reordering (every object's keys reversed) on `canonicalJson`; this adds
 * arbitrary permutations, and the streamed writer the HMAC is actually computed with, on
 * arrays long enough to be written in batches.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { canonicalJson, writeCanonicalJson } from '../../src/gate/canonical-json.js';
import { propertyRuns, propertySeed } from '../../test-support/property-runs.js';

/** `value` with every object's keys inserted in the order `order` picks (a Fisher–Yates walk). */
function permuteKeys(value: unknown, order: () => number): unknown {
  if (Array.isArray(value)) return value.map((item) => permuteKeys(item, order));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  for (let i = keys.length - 1; i > 0; i--) {
    const j = order() % (i + 1);
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  }
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    // defineProperty: assigning `__proto__` would set the prototype instead of a member.
    Object.defineProperty(copy, key, {
      value: permuteKeys((value as Record<string, unknown>)[key], order),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

function streamed(value: unknown): string {
  const chunks: string[] = [];
  writeCanonicalJson(value, (chunk) => chunks.push(chunk));
  return chunks.join('');
}

const key = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
  fc.nat({ max: 20 }).map(String),
  fc.constantFrom('__proto__', 'constructor', '01', ''),
);
const value = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.jsonValue({ maxDepth: 0 }),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(key, tie('node'), { maxKeys: 7 }),
  ),
})).node;

/** A list of hit-like objects longer than the streamed writer's batch of 512. */
const longList = fc
  .tuple(
    fc.array(fc.dictionary(key, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 5 }), {
      minLength: 1,
      maxLength: 8,
    }),
    fc.integer({ min: 513, max: 900 }),
  )
  .map(([shapes, length]) => ({
    org_unregistered_hits: Array.from({ length }, (_, i) => shapes[i % shapes.length]),
    schema_version: '1.0',
  }));

/** A source of choices for the permutation, cycled through (a plain array shrinks well). */
const order = fc.array(fc.nat(), { minLength: 1, maxLength: 64 }).map((choices) => {
  let i = 0;
  return () => choices[i++ % choices.length]!;
});

describe('canonical JSON is independent of key order (property)', () => {
  it('for any value and any permutation of every object’s keys, both writers agree', () => {
    fc.assert(
      fc.property(value, order, order, (original, first, second) => {
        const expected = canonicalJson(original);
        const a = permuteKeys(original, first);
        const b = permuteKeys(original, second);
        expect(canonicalJson(a)).toBe(expected);
        expect(streamed(b)).toBe(expected);
      }),
      { numRuns: propertyRuns(300), ...propertySeed() },
    );
  });

  it('for long lists written in batches', () => {
    fc.assert(
      fc.property(longList, order, (original, shuffle) => {
        expect(streamed(permuteKeys(original, shuffle))).toBe(canonicalJson(original));
      }),
      { numRuns: propertyRuns(8), ...propertySeed() },
    );
  });
});
