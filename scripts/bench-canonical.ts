/**
 * How much canonicalisation costs next to JSON.parse, on a 100,000-hit artifact shaped like the
 * DESIGN.md example. The gate (read + parse + schema + HMAC) must stay within 3x a bare
 * read + JSON.parse, so canonicalJson must cost about one parse or less.
 *
 *   npx tsx scripts/bench-canonical.ts [hits] [runs]
 */
import canonicalize from 'canonicalize';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { canonicalJson, canonicalJsonBy, canonicalRoute } from '../src/gate/canonical-json.js';
import { computeSignature } from '../src/gate/signature.js';
import { median } from './bench/measure.mjs';

// A full collection before each timed run, so one run's garbage is not charged to the next.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const hits = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 7);

function artifact(count: number): Record<string, unknown> {
  const patterns = ['LegacyClient(', 'old_api.call(', 'insecure_hash('];
  const hitList = Array.from({ length: count }, (_, i) => ({
    repo: `org/service-${i % 500}`,
    path: `src/module_${i % 37}/handlers/file_${i}.py`,
    line_number: ((i * 7919) % 5000) + 1,
    pattern: patterns[i % patterns.length],
    snippet: `    client = ${patterns[i % patterns.length]}key_${i}, "région" \\ ${'x'.repeat(i % 120)})`,
    commit: ((i * 2654435761) >>> 0).toString(16).padStart(8, '0').repeat(5),
  }));
  return {
    schema_version: '1.0',
    audit_id: 'nightly-2026-11-25',
    generated_at: '2026-11-25T02:00:00Z',
    source: { repository: 'org/scanner', run_id: '123', commit: 'a'.repeat(40) },
    scope: { complete: true, repositories: ['org/a', 'org/b'] },
    org_unregistered_hits: hitList,
  };
}

function timed(run: () => unknown): number {
  collectGarbage();
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const text = JSON.stringify(artifact(hits));
const document = JSON.parse(text) as Record<string, unknown>;
const value: unknown = document;
const expected = canonicalize(value);
// The same artifact as a producer that sorts its keys would write it.
const presorted: unknown = JSON.parse(expected as string);
if (canonicalJson(value) !== expected) throw new Error('canonicalJson differs from canonicalize');

console.log(`artifact: ${hits} hits, ${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MiB`);
console.log(`route: ${canonicalRoute(value)}; median of ${runs} runs`);
const rows: [string, () => unknown][] = [
  ['JSON.parse', () => JSON.parse(text)],
  ['JSON.stringify', () => JSON.stringify(value)],
  ['canonicalize (oracle)', () => canonicalize(value)],
  ['canonicalJson', () => canonicalJson(value)],
  ['  keys already sorted', () => canonicalJson(presorted)],
  ['  by property list', () => canonicalJsonBy('property-list', value)],
  ['  by sorted copy', () => canonicalJsonBy('sorted-copy', value)],
  ['  member by member', () => canonicalJsonBy('member-by-member', value)],
  ['HMAC (canonicalJson + HMAC)', () => computeSignature(document, 'native', 'bench-key')],
];
// Rounds interleave the contenders, and each is compared with the parse of its own round, so a
// machine busy with other work slows every row alike instead of skewing one.
const times = rows.map(() => [] as number[]);
const ratios = rows.map(() => [] as number[]);
for (let round = 0; round < runs; round++) {
  const parse = timed(() => JSON.parse(text));
  rows.forEach(([, run], row) => {
    const ms = row === 0 ? parse : timed(run);
    times[row]?.push(ms);
    ratios[row]?.push(ms / parse);
  });
}
rows.forEach(([name], row) => {
  const ms = median(times[row] ?? []).toFixed(0);
  const ratio = median(ratios[row] ?? []).toFixed(2);
  console.log(`${name.padEnd(28)} ${ms.padStart(6)} ms  ${ratio}x parse`);
});
