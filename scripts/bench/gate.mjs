// The ingest gate against a bare read + JSON.parse of the same file, and the action's cold start
// against bare node: ratios measured side by side in one run.
import { mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeArtifact } from './make-artifact.mjs';
import { compare, measure } from './measure.mjs';

const KEY = 'bench-key';

function actionEnv(dir, inputs) {
  const env = {
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_REPOSITORY: 'org/central',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  for (const file of ['output', 'summary']) writeFileSync(path.join(dir, file), '');
  return env;
}

export function benchGate({ root, hits = 100_000, repos = 5_000, rounds = 5 }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-gate-'));
  try {
    const big = path.join(dir, 'big.json');
    writeFileSync(big, JSON.stringify(makeArtifact({ hits, repos, key: KEY })));
    const small = path.join(dir, 'small.json');
    writeFileSync(small, JSON.stringify(makeArtifact({ hits: 3, repos: 2, key: KEY })));
    const entry = path.join(root, 'dist/index.js');
    const gate = (file) => () =>
      measure([entry], {
        cwd: dir,
        env: actionEnv(dir, {
          mode: 'validate',
          artifact: file,
          'require-hmac': 'true',
          'hmac-key': KEY,
          'max-artifact-mb': '256',
        }),
      });

    const big_ = compare(
      {
        baseline: () =>
          measure(['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(big)}, 'utf8'))`]),
        gate: gate(big),
      },
      rounds,
    );
    const cold = compare(
      {
        node: () => measure(['-e', '0']),
        action: gate(small),
      },
      rounds * 2,
    );
    return {
      artifact: { hits, repos, mib: statSync(big).size / 1024 / 1024 },
      baseline: big_.baseline,
      gate: big_.gate,
      timeRatio: big_.gate.ms / big_.baseline.ms,
      rssRatio: big_.gate.rssMiB / big_.baseline.rssMiB,
      coldNode: cold.node,
      coldAction: cold.action,
      coldStartOverheadMs: cold.action.ms - cold.node.ms,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
