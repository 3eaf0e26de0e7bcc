/**
 * Redaction over whole artifacts. `__tests__/fallback/redact.test.ts` already checks, for any
 * list of hits, that each hit keeps every field but its snippet; its generated artifacts fix
 * every top-level field, and always pass all hits. This adds: any optional top-level content
 * (`$schema`, `audit_id`, `source`, `scope`, an earlier copy's `fallback`) survives unchanged,
 * any subset of hits (the unfiled ones) is kept in order, and no snippet text is left anywhere
 * in the written copy.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ConsumerArtifact, Hit } from '../../src/gate/artifact.js';
import { REDACTED, redactArtifact, type FallbackRecord } from '../../src/fallback/redact.js';
import { validateArtifactSchema } from '../../src/gate/schema.js';
import { propertyRuns, propertySeed } from '../../test-support/property-runs.js';

const line = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !/[\r\n]/.test(s));
const repo = fc.constantFrom('org/a', 'org-b/c.d', 'O_1/x');
/** Snippets stand out: a marker no other field can hold, so finding it in the copy is a leak. */
const snippet = fc.string({ maxLength: 40 }).map((s) => `SNIP<${s}>`);

const arbHit: fc.Arbitrary<Hit> = fc.record(
  {
    repo,
    path: line,
    line_number: fc.integer({ min: 1, max: 1_000_000 }),
    column: fc.integer({ min: 1, max: 500 }),
    pattern: line,
    snippet,
    commit: fc.stringMatching(/^[0-9a-f]{7,40}$/),
    severity: fc.constantFrom('error', 'warning', 'note'),
    message: line,
  },
  { requiredKeys: ['repo', 'path', 'line_number', 'pattern'] },
);

const earlierRecord: fc.Arbitrary<FallbackRecord> = fc.record({
  reason: fc.constantFrom('no-permission', 'quota-exhausted'),
  created_at: fc.constant('2026-11-20T03:00:00.000Z'),
  source_hits: fc.nat({ max: 50 }),
  signature_removed: fc.boolean(),
});

const arbArtifact = fc.record(
  {
    $schema: fc.constant('https://example.com/consumer-artifact.schema.json'),
    schema_version: fc.constantFrom('1.0', '1.7'),
    audit_id: line.filter((s) => !s.includes('SNIP<')),
    generated_at: fc.constant('2026-11-25T02:00:00Z'),
    source: fc.record(
      {
        repository: repo,
        run_id: fc.nat().map(String),
        commit: fc.stringMatching(/^[0-9a-f]{7,40}$/),
      },
      { requiredKeys: [] },
    ),
    scope: fc.record(
      { complete: fc.boolean(), repositories: fc.uniqueArray(repo, { maxLength: 3 }) },
      { requiredKeys: ['complete'] },
    ),
    org_unregistered_hits: fc.array(arbHit, { maxLength: 15 }),
    signature: fc.constant({ alg: 'HMAC-SHA256' as const, value: 'c'.repeat(64) }),
    fallback: earlierRecord,
  },
  { requiredKeys: ['schema_version', 'generated_at', 'org_unregistered_hits'] },
) as fc.Arbitrary<ConsumerArtifact & { fallback?: FallbackRecord }>;

const record: FallbackRecord = {
  reason: 'no-permission',
  created_at: '2026-11-25T03:00:00.000Z',
  source_hits: 0,
  signature_removed: true,
};

describe('redactArtifact over whole artifacts (property)', () => {
  it('keeps every field but snippets, signature and an earlier record; leaves no snippet text', () => {
    fc.assert(
      fc.property(
        arbArtifact.chain((artifact) =>
          fc.tuple(fc.constant(artifact), fc.subarray(artifact.org_unregistered_hits as Hit[])),
        ),
        ([artifact, unfiled]) => {
          const copy = redactArtifact(artifact, unfiled, record);
          const { signature: _s, fallback: _f, org_unregistered_hits: _h, ...rest } = artifact;
          const { org_unregistered_hits: hits, fallback, ...kept } = copy;
          expect(kept).toEqual(rest);
          expect(Object.keys(kept)).toEqual(Object.keys(rest));
          expect(fallback).toEqual(record);
          expect(hits).toEqual(
            unfiled.map((hit) => (hit.snippet === undefined ? hit : { ...hit, snippet: REDACTED })),
          );
          const text = JSON.stringify(copy);
          expect(text).not.toContain('SNIP<');
          expect(() => validateArtifactSchema(JSON.parse(text), { file: 'copy' })).not.toThrow();
        },
      ),
      { numRuns: propertyRuns(200), ...propertySeed() },
    );
  });
});
