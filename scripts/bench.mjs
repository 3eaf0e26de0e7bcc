// `npm run bench`: the figures of docs/BENCHMARKS.md, each measured side by side in one run.
// Needs a built dist/ (npm run build). `--quick` runs smaller sizes; results also go to
// reports/bench.json. Exits 1 when a target is missed.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchGate } from './bench/gate.mjs';
import { benchFiler } from './bench/filer.mjs';
import { benchScale } from './bench/scale.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const fmt = (n, digits = 0) => n.toFixed(digits);
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
const count = (n) => n.toLocaleString('en-US');

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${fmt(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, ${os.platform()} ${os.release()}`;
console.log(`machine: ${machine}\n`);

const gate = benchGate({ root, ...(quick ? { hits: 20_000, repos: 1_000, rounds: 3 } : {}) });
const gateRows = [
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
console.log(
  [
    `Gate on ${count(gate.artifact.hits)} hits over ${count(gate.artifact.repos)} repositories (${fmt(gate.artifact.mib, 1)} MiB), medians of ${gate.gate.runs} interleaved runs, each a fresh process:`,
    '',
    '| measure | time | peak RSS | target |',
    '| --- | ---: | ---: | --- |',
    ...gateRows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n'),
);

const filer = benchFiler({ root, groups: quick ? 20 : 100 });
// The least any filer could do: read the quota, list the owned issues, write each change.
const listPages = (owned) => Math.max(1, Math.ceil(owned / 100));
const runs = [
  ['first run', filer.first, 1 + listPages(0) + filer.groups],
  [
    'unchanged re-run (target: no writes, ≤ 3 requests)',
    filer.unchanged,
    1 + listPages(filer.groups),
  ],
  // The digest runs use a GitHub of their own: no group issues, then the one digest issue.
  ['digest run (new audit, low quota)', filer.digest, 1 + listPages(0) + 1],
  ['digest re-run', filer.digestRerun, 1 + listPages(1)],
];
console.log(
  [
    '',
    `API requests of \`file\` runs with ${filer.groups} groups, counted by the local GitHub:`,
    '',
    '| run | mode | requests | writes | minimum possible |',
    '| --- | --- | ---: | ---: | ---: |',
    ...runs.map(
      ([name, r, min]) => `| ${name} | ${r.modeUsed} | ${r.requests} | ${r.writes} | ${min} |`,
    ),
    `| unchanged re-run within target | | | | ${verdict(filer.unchangedWithinTarget)} |`,
  ].join('\n'),
);

const scale = benchScale({ root, quick });
const { digest, dryRun } = scale;
const mib = (n) => `${fmt(n)} MiB`;
const scaleRow = (name, r) => [
  name,
  r.ms,
  r.rssMiB,
  fmt(r.timeRatio, 1),
  fmt(r.rssRatio, 2),
  r.requests,
  r.minimum,
];
const scaleRows = [
  ['read + JSON.parse (baseline)', digest.baseline.ms, digest.baseline.rssMiB, '', '', '', ''],
  scaleRow(`digest (max-new-issues 50; ${digest.digestComments} continuation comments)`, digest),
  scaleRow('dry-run of individual issues', dryRun),
];
const growthRows = Object.entries(scale.growth).flatMap(([vary, runs]) =>
  runs.map((r) => [
    vary,
    count(r.hits),
    count(r.groups),
    count(r.owned),
    `${fmt(r.ms)} ms`,
    mib(r.rssMiB),
    fmt(r.timeRatio, 1),
    `${r.requests} (${r.minimum})`,
  ]),
);
console.log(
  [
    '',
    `\`file\` on ${count(digest.hits)} hits over ${count(digest.groups)} repositories (${fmt(digest.mib, 1)} MiB, group-by repo) against the local GitHub, medians of ${scale.rounds} interleaved runs, each a fresh process:`,
    '',
    '| run | time | peak RSS | time ratio | RSS ratio | requests | minimum possible |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...scaleRows.map(
      ([name, ms, rss, ...rest]) =>
        `| ${name} | ${fmt(ms)} ms | ${mib(rss)} | ${rest.join(' | ')} |`,
    ),
    '',
    `Where a run's own time goes on that artifact, in one process (\`scripts/bench/phases.ts\`, medians of ${scale.phases.rounds}):`,
    '',
    '| phase | time |',
    '| --- | ---: |',
    ...[
      ['JSON.parse', scale.phases.ms.parse],
      [`grouping (${count(scale.phases.groups)} groups, a sha256 per hit)`, scale.phases.ms.group],
      ['counting the individual plan for the quota decision (`planCost`)', scale.phases.ms.count],
      [
        'individual plan (every issue rendered; only a run that files issues makes it)',
        scale.phases.ms.individual,
      ],
      ['digest plan', scale.phases.ms.digest],
    ].map(([phase, ms]) => `| ${phase} | ${fmt(ms)} ms |`),
    '',
    'Digest runs, one dimension varied at a time (owned issues: open issues of the first groups, filed by an earlier run):',
    '',
    '| varied | hits | groups | owned issues | time | peak RSS | time ratio | requests (minimum) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...growthRows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n'),
);

mkdirSync(path.join(root, 'reports'), { recursive: true });
writeFileSync(
  path.join(root, 'reports/bench.json'),
  JSON.stringify({ date: new Date().toISOString(), machine, quick, gate, filer, scale }, null, 2) +
    '\n',
);
const failed =
  gate.timeRatio > 3 ||
  gate.rssRatio > 2 ||
  gate.coldStartOverheadMs > 250 ||
  !filer.unchangedWithinTarget;
process.exitCode = failed ? 1 : 0;
