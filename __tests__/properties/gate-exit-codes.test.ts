/**
 * The gate's promise, checked on generated input through `run()` itself: whatever the bytes,
 * `validate` ends with exit 0, 2 or 3, never 1, and a refusal names `schema` or `hmac`, never
 * `internal`. A thrown TypeError or RangeError anywhere in reading, SARIF conversion, schema
 * checking or canonicalisation would surface here as exit 1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { run } from '../../src/main.js';
import { FakeHost } from '../../test-support/fake-host.js';
import { fixtureJson, signWithOracle } from '../../test-support/artifacts.js';
import { propertyRuns, propertySeed } from '../../test-support/property-runs.js';
import { mutatedDocument, type MutatedDocument } from '../../test-support/artifact-mutations.js';

const KEY = 'property-test-key';
const workspace = mkdtempSync(path.join(tmpdir(), 'audit-gate-props-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

interface Outcome {
  exitCode: number;
  host: FakeHost;
}

let counter = 0;
/** Writes `bytes` to a fresh file in the workspace and runs `mode: validate` on it. */
async function validate(bytes: Uint8Array, withKey: boolean): Promise<Outcome> {
  const name = `artifact-${++counter}.json`;
  await writeFile(path.join(workspace, name), bytes);
  const host = new FakeHost(
    {
      mode: 'validate',
      artifact: name,
      ...(withKey ? { 'require-hmac': 'true', 'hmac-key': KEY } : {}),
    },
    { workspace },
  );
  const exitCode = await run(host);
  rmSync(path.join(workspace, name), { force: true });
  return { exitCode, host };
}

/** What every outcome must satisfy, whatever the input. */
function expectMapped({ exitCode, host }: Outcome): void {
  const reason = host.outputs.get('failure-reason');
  const errors = host.logs.filter((entry) => entry.level === 'error');
  // Printed first, so a failing run shows the message that explains it.
  if (![0, 2, 3].includes(exitCode)) throw new Error(`exit ${exitCode}: ${host.text()}`);
  switch (exitCode) {
    case 0:
      expect(reason).toBeUndefined();
      expect(errors).toEqual([]);
      expect(host.outputs.get('valid')).toBe('true');
      break;
    case 2:
      expect(reason).toBe('schema');
      break;
    case 3:
      expect(reason).toBe('hmac');
      break;
  }
  if (exitCode !== 0) {
    // One error line, no stack trace, and `valid` says false.
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).not.toMatch(/^\s+at /m);
    expect(host.outputs.get('valid')).toBe('false');
  }
}

/**
 * A passed native artifact is a JSON object whose hit count is the `hits` output; a passed
 * SARIF log has at most as many hits as results (suppressed results are left out).
 */
function expectHitsMatch(text: string, { exitCode, host }: Outcome): void {
  if (exitCode !== 0) return;
  const value = JSON.parse(text.replace(/^\ufeff/, '')) as Record<string, unknown>;
  const hits = Number(host.outputs.get('hits'));
  if (Array.isArray(value.org_unregistered_hits)) {
    expect(hits).toBe(value.org_unregistered_hits.length);
    return;
  }
  const runs = value.runs as { results?: unknown[] }[];
  expect(hits).toBeLessThanOrEqual(runs.reduce((n, r) => n + (r.results?.length ?? 0), 0));
}

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const withBom = (bom: boolean, bytes: Buffer): Buffer =>
  bom ? Buffer.concat([BOM, bytes]) : bytes;

const settings = (normal: number) => ({ numRuns: propertyRuns(normal), ...propertySeed() });

describe.each([
  ['without a key', false],
  ['with require-hmac and a key', true],
])('validate %s never exits 1', (_name, withKey) => {
  it('on any byte string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.boolean(), async (bytes, bom) => {
        expectMapped(await validate(withBom(bom, Buffer.from(bytes)), withKey));
      }),
      settings(150),
    );
  });

  it('on any text, sometimes after a byte order mark', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      // Text that starts like JSON gets further into the parser.
      fc.string({ maxLength: 300 }).map((s) => `{"schema_version":"1.0",${s}`),
    );
    await fc.assert(
      fc.asyncProperty(text, fc.boolean(), async (value, bom) => {
        expectMapped(await validate(withBom(bom, utf8(value)), withKey));
      }),
      settings(150),
    );
  });

  it('on any JSON value', async () => {
    const json = fc.oneof(
      fc.jsonValue(),
      fc.jsonValue({ stringUnit: 'binary' }),
      fc.dictionary(
        fc.constantFrom('schema_version', 'generated_at', 'org_unregistered_hits', 'signature'),
        fc.jsonValue({ maxDepth: 3 }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(json, async (value) => {
        const text = JSON.stringify(value);
        const outcome = await validate(utf8(text), withKey);
        expectMapped(outcome);
        expectHitsMatch(text, outcome);
      }),
      settings(200),
    );
  });

  it('on mutations of valid native and SARIF artifacts', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedDocument(withKey ? KEY : null), async (doc: MutatedDocument) => {
        const outcome = await validate(utf8(doc.text), withKey);
        expectMapped(outcome);
        expectHitsMatch(doc.text, outcome);
      }),
      settings(250),
    );
  });
});

describe('validate with require-hmac and a key', () => {
  it('passes only artifacts whose signature the independent oracle reproduces', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedDocument(KEY, 'native'), async (doc) => {
        const outcome = await validate(utf8(doc.text), true);
        expectMapped(outcome);
        if (outcome.exitCode !== 0) return;
        const value = JSON.parse(doc.text) as Record<string, unknown>;
        const signature = value.signature as { value: string };
        expect(signature.value).toBe(
          (signWithOracle(value, KEY).signature as { value: string }).value,
        );
      }),
      settings(150),
    );
  });

  it('the mutations do produce every outcome (the properties above are not vacuous)', async () => {
    const seen = new Set<number>();
    const samples = fc.sample(mutatedDocument(KEY), { numRuns: 150, seed: 8 });
    for (const doc of samples) seen.add((await validate(utf8(doc.text), true)).exitCode);
    expect([...seen].sort()).toEqual([0, 2, 3]);
  });
});

it('the valid fixtures the mutations start from pass untouched', async () => {
  const full = fixtureJson('artifacts/good/full.json');
  const signed = signWithOracle(full, KEY);
  expect((await validate(utf8(JSON.stringify(signed)), true)).exitCode).toBe(0);
  const sarif = fixtureJson('artifacts/sarif/codeql.sarif.json');
  expect((await validate(utf8(JSON.stringify(sarif)), false)).exitCode).toBe(0);
});
