// `npm run bench`: the performance figures of docs/BENCHMARKS.md, each a ratio measured side by
// side in one run. Needs a built dist/ (npm run build). Results also go to reports/bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchGate } from './bench/gate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const fmt = (n, digits = 0) => n.toFixed(digits);
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${fmt(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, ${os.platform()} ${os.release()}`;
console.log(`machine: ${machine}\n`);

const gate = benchGate({ root, ...(quick ? { hits: 20_000, repos: 1_000, rounds: 3 } : {}) });
const rows = [
  [
    'read + JSON.parse (baseline)',
    `${fmt(gate.baseline.ms)} ms`,
    `${fmt(gate.baseline.rssMiB)} MiB`,
    '',
  ],
  [
    'gate: dist/index.js validate, require-hmac',
    `${fmt(gate.gate.ms)} ms`,
    `${fmt(gate.gate.rssMiB)} MiB`,
    '',
  ],
  ['time ratio (target ≤ 3.0)', fmt(gate.timeRatio, 2), '', verdict(gate.timeRatio <= 3)],
  ['peak RSS ratio (target ≤ 2.0)', '', fmt(gate.rssRatio, 2), verdict(gate.rssRatio <= 2)],
  ['bare `node -e 0`', `${fmt(gate.coldNode.ms)} ms`, `${fmt(gate.coldNode.rssMiB)} MiB`, ''],
  [
    'action cold start, 3-hit artifact',
    `${fmt(gate.coldAction.ms)} ms`,
    `${fmt(gate.coldAction.rssMiB)} MiB`,
    '',
  ],
  [
    'cold start above bare node (target ≤ 250 ms)',
    `${fmt(gate.coldStartOverheadMs)} ms`,
    '',
    verdict(gate.coldStartOverheadMs <= 250),
  ],
];
const table = [
  `Gate on ${gate.artifact.hits.toLocaleString('en-US')} hits over ${gate.artifact.repos.toLocaleString('en-US')} repositories (${fmt(gate.artifact.mib, 1)} MiB), medians of ${gate.gate.runs} interleaved runs, each a fresh process:`,
  '',
  '| measure | time | peak RSS | target |',
  '| --- | ---: | ---: | --- |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
console.log(table);

mkdirSync(path.join(root, 'reports'), { recursive: true });
writeFileSync(
  path.join(root, 'reports/bench.json'),
  JSON.stringify({ date: new Date().toISOString(), machine, quick, gate }, null, 2) + '\n',
);
const failed = gate.timeRatio > 3 || gate.rssRatio > 2 || gate.coldStartOverheadMs > 250;
process.exitCode = failed ? 1 : 0;
