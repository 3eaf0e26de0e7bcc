import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import path from 'node:path';
import type { ConsumerArtifact, Hit } from '../../src/gate/artifact.js';
import { gateArtifact } from '../../src/gate/gate.js';
import { validateArtifactSchema } from '../../src/gate/schema.js';
import {
  MAX_DETAIL,
  REDACTED,
  redactArtifact,
  redactHit,
  type FallbackRecord,
} from '../../src/fallback/redact.js';
import { FakeHost } from '../../test-support/fake-host.js';
import { FIXTURES, fixtureJson } from '../../test-support/artifacts.js';

const record: FallbackRecord = {
  reason: 'no-permission',
  detail: 'Resource not accessible by integration',
  created_at: '2026-11-25T03:00:00.000Z',
  repository: 'org/central',
  run_id: '4242',
  run_attempt: '2',
  source_hits: 2,
  signature_removed: true,
};

const fullHit: Hit = {
  repo: 'org/a',
  path: 'src/x.py',
  line_number: 12,
  column: 5,
  pattern: 'LegacyClient(',
  snippet: 'client = LegacyClient(api_key="hunter2")',
  commit: 'abcdef1234567',
  severity: 'high',
  message: 'Use PlatformClient.',
};

const signed: ConsumerArtifact = {
  schema_version: '1.0',
  audit_id: 'nightly-2026-11-25',
  generated_at: '2026-11-25T02:00:00Z',
  source: { repository: 'org/scanner', run_id: '123', commit: 'abcdef1' },
  scope: { complete: true, repositories: ['org/a', 'org/b'] },
  org_unregistered_hits: [
    fullHit,
    { repo: 'org/b', path: 'b.js', line_number: 1, pattern: 'md5(' },
  ],
  signature: { alg: 'HMAC-SHA256', kid: 'k1', value: 'a'.repeat(64) },
};

/** Every object and array reachable from `value`. */
function containers(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null && !into.has(value)) {
    into.add(value);
    for (const child of Object.values(value)) containers(child, into);
  }
  return into;
}

describe('redactHit', () => {
  it('replaces the snippet and keeps every other field, in order', () => {
    const redacted = redactHit(fullHit);
    expect(redacted).toEqual({ ...fullHit, snippet: REDACTED });
    expect(Object.keys(redacted)).toEqual(Object.keys(fullHit));
  });

  it('adds no snippet to a hit that had none', () => {
    const hit: Hit = { repo: 'org/a', path: 'a', line_number: 1, pattern: 'p' };
    expect(redactHit(hit)).toEqual(hit);
    expect(Object.hasOwn(redactHit(hit), 'snippet')).toBe(false);
  });

  it('redacts an empty snippet too', () => {
    expect(redactHit({ ...fullHit, snippet: '' }).snippet).toBe(REDACTED);
  });
});

describe('redactArtifact', () => {
  it('keeps the artifact but the hits, the signature and the record', () => {
    const copy = redactArtifact(signed, signed.org_unregistered_hits, record);
    const { signature: _signature, org_unregistered_hits: _hits, ...rest } = signed;
    expect(copy).toEqual({
      ...rest,
      org_unregistered_hits: [
        { ...fullHit, snippet: REDACTED },
        { repo: 'org/b', path: 'b.js', line_number: 1, pattern: 'md5(' },
      ],
      fallback: record,
    });
    expect(Object.hasOwn(copy, 'signature')).toBe(false);
  });

  it('never changes its inputs and shares no object with them (the seed copied shallowly)', () => {
    const before = structuredClone(signed);
    const copy = redactArtifact(signed, signed.org_unregistered_hits, record);
    expect(signed).toEqual(before);
    const theirs = containers(signed);
    for (const mine of containers(copy)) {
      if (mine !== record) expect(theirs.has(mine)).toBe(false);
    }
    // Writing to the copy cannot reach the caller.
    (copy.org_unregistered_hits[0] as { path: string }).path = 'changed';
    (copy.scope!.repositories as string[]).push('org/z');
    expect(signed).toEqual(before);
  });

  it('holds only the hits it is given (the unfiled subset)', () => {
    const copy = redactArtifact(signed, signed.org_unregistered_hits.slice(1), {
      ...record,
      source_hits: 2,
    });
    expect(copy.org_unregistered_hits).toEqual([signed.org_unregistered_hits[1]]);
    expect(copy.fallback.source_hits).toBe(2);
  });

  it('replaces the record of an earlier fallback copy', () => {
    const earlier = redactArtifact(signed, signed.org_unregistered_hits, record);
    const again = redactArtifact(earlier, earlier.org_unregistered_hits, {
      ...record,
      reason: 'requested',
    });
    expect(again.fallback.reason).toBe('requested');
    expect(validateArtifactSchema(JSON.parse(JSON.stringify(again)), { file: 'x' })).toBeTruthy();
  });

  it('clips a long detail to what the schema allows', () => {
    const copy = redactArtifact(signed, [], { ...record, detail: 'd'.repeat(5000) });
    expect(copy.fallback.detail).toHaveLength(MAX_DETAIL);
  });

  it('keeps a detail of exactly the allowed length whole, and marks a clipped one', () => {
    const fits = 'd'.repeat(MAX_DETAIL);
    expect(redactArtifact(signed, [], { ...record, detail: fits }).fallback.detail).toBe(fits);
    const clipped = redactArtifact(signed, [], { ...record, detail: `${fits}e` }).fallback.detail;
    expect(clipped).toBe(`${'d'.repeat(MAX_DETAIL - 1)}…`);
  });

  it('is a valid consumer artifact, so it can be filed later', () => {
    const copy = redactArtifact(signed, signed.org_unregistered_hits, record);
    expect(() =>
      validateArtifactSchema(JSON.parse(JSON.stringify(copy)), { file: 'copy.json' }),
    ).not.toThrow();
  });

  it('a fallback record the schema does not know is refused (the schema stays strict)', () => {
    const copy = redactArtifact(signed, [], record);
    const tampered = { ...copy, fallback: { ...copy.fallback, extra: 1 } };
    expect(() => validateArtifactSchema(tampered, { file: 'copy.json' })).toThrow(/extra/);
  });
});

const text = fc.string({ minLength: 1, maxLength: 30 });
const arbHit: fc.Arbitrary<Hit> = fc.record(
  {
    repo: fc.constantFrom('org/a', 'org-b/c.d', 'O_1/x'),
    path: text,
    line_number: fc.integer({ min: 1, max: 1_000_000 }),
    column: fc.integer({ min: 1, max: 500 }),
    pattern: text,
    snippet: fc.string({ maxLength: 200 }),
    commit: fc.stringMatching(/^[0-9a-f]{7,40}$/),
    severity: fc.constantFrom('error', 'warning', 'note'),
    message: fc.string({ maxLength: 100 }),
  },
  { requiredKeys: ['repo', 'path', 'line_number', 'pattern'] },
);
const arbArtifact: fc.Arbitrary<ConsumerArtifact> = fc.record(
  {
    schema_version: fc.constant('1.0'),
    audit_id: fc.constantFrom('nightly', 'org/scanner/12'),
    generated_at: fc.constant('2026-11-25T02:00:00Z'),
    org_unregistered_hits: fc.array(arbHit, { maxLength: 20 }),
    signature: fc.constant({ alg: 'HMAC-SHA256' as const, value: 'b'.repeat(64) }),
  },
  { requiredKeys: ['schema_version', 'generated_at', 'org_unregistered_hits'] },
);

describe('redaction, for any artifact', () => {
  it('redacts every snippet, keeps every other field, and changes nothing of the input', () => {
    fc.assert(
      fc.property(arbArtifact, (artifact) => {
        const before = structuredClone(artifact);
        const copy = redactArtifact(artifact, artifact.org_unregistered_hits, {
          ...record,
          source_hits: artifact.org_unregistered_hits.length,
        });
        expect(artifact).toEqual(before);
        expect(copy.org_unregistered_hits).toHaveLength(artifact.org_unregistered_hits.length);
        copy.org_unregistered_hits.forEach((hit, i) => {
          const original = artifact.org_unregistered_hits[i]!;
          const { snippet, ...others } = hit;
          const { snippet: originalSnippet, ...originalOthers } = original;
          expect(others).toEqual(originalOthers);
          expect(snippet).toBe(originalSnippet === undefined ? undefined : REDACTED);
        });
        expect(
          validateArtifactSchema(JSON.parse(JSON.stringify(copy)), { file: 'copy' }),
        ).toBeTruthy();
      }),
      { numRuns: 200 },
    );
  });
});

describe('SARIF input', () => {
  /** Every snippet text of a SARIF log (region and context region). */
  function sarifSnippets(log: { runs: { results?: unknown[] }[] }): string[] {
    const texts: string[] = [];
    for (const run of log.runs) {
      for (const result of (run.results ?? []) as {
        locations?: {
          physicalLocation?: Record<string, { snippet?: { text?: string } } | undefined>;
        }[];
      }[]) {
        for (const location of result.locations ?? []) {
          for (const key of ['region', 'contextRegion']) {
            const snippet = location.physicalLocation?.[key]?.snippet?.text;
            if (snippet) texts.push(snippet.trim());
          }
        }
      }
    }
    return texts;
  }

  it.each(['codeql.sarif.json', 'semgrep.sarif.json', 'absolute-uris.sarif.json'])(
    '%s: the converted hits are kept, no snippet text survives',
    async (name) => {
      const file = path.join(FIXTURES, 'artifacts/sarif', name);
      const gated = await gateArtifact(
        {
          artifact: file,
          schemaPath: null,
          maxArtifactBytes: 1 << 24,
          requireHmac: false,
          keyRing: null,
          sarifRepository: 'org/fallback',
        },
        new FakeHost(),
      );
      const hits = gated.artifact.org_unregistered_hits;
      expect(hits.length).toBeGreaterThan(0);
      const copy = redactArtifact(gated.artifact, hits, { ...record, source_hits: hits.length });
      const json = JSON.stringify(copy);
      for (const snippet of sarifSnippets(fixtureJson(`artifacts/sarif/${name}`))) {
        expect(json).not.toContain(JSON.stringify(snippet).slice(1, -1));
      }
      expect(copy.org_unregistered_hits).toEqual(
        hits.map((hit) => (hit.snippet === undefined ? hit : { ...hit, snippet: REDACTED })),
      );
      expect(validateArtifactSchema(JSON.parse(json), { file: name })).toBeTruthy();
    },
  );

  it('the SARIF fixtures with snippets do have some (the check above is not empty)', () => {
    expect(sarifSnippets(fixtureJson('artifacts/sarif/semgrep.sarif.json')).length).toBe(3);
  });
});
