// `file` at scale: large artifacts through dist/index.js against the local GitHub. The base
// (the most hits and groups, no owned issues) runs in digest mode and as a dry-run of an
// individual plan; digest runs then vary hits, groups and owned issues one at a time. The runs happen in
// TypeScript (the local GitHub is test support), through tsx; see scale-runs.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeArtifact } from './make-artifact.mjs';

const FULL = {
  hits: [10_000, 50_000, 100_000],
  groups: [100, 1_000, 5_000],
  owned: [0, 100, 1_000],
};
const QUICK = { hits: [5_000, 20_000], groups: [100, 1_000], owned: [0, 100] };

/** The least any filer could do: read the quota, list the owned issues, write each change. */
const listPages = (owned) => Math.max(1, Math.ceil(owned / 100));
export function minimumRequests({ mode, owned, digestComments }) {
  // A first digest: one issue, plus a comment for each part that does not fit its body.
  const writes = mode === 'digest' ? 1 + digestComments : 0;
  return 1 + listPages(owned) + writes;
}

/** Runs a TypeScript bench script (it imports src/ and test support) and parses its last line. */
function runTsx(root, script, args) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, script), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) {
    throw new Error(`${script} failed (${child.status}): ${child.stderr.slice(-3000)}`);
  }
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}

export function benchScale({ root, quick = false, rounds = quick ? 1 : 3 }) {
  const sizes = quick ? QUICK : FULL;
  const base = { hits: sizes.hits.at(-1), groups: sizes.groups.at(-1), owned: sizes.owned[0] };
  const points = [
    ...sizes.hits.map((hits) => ({ ...base, hits })),
    ...sizes.groups.map((groups) => ({ ...base, groups })),
    ...sizes.owned.map((owned) => ({ ...base, owned })),
  ];
  const key = (p) => `${p.hits}/${p.groups}/${p.owned}`;
  const unique = [...new Map(points.map((p) => [key(p), p])).values()];

  const dir = mkdtempSync(path.join(tmpdir(), 'bench-scale-'));
  try {
    const files = new Map();
    for (const { hits, groups } of unique) {
      const name = `${hits}-${groups}`;
      if (files.has(name)) continue;
      const file = path.join(dir, `${name}.json`);
      writeFileSync(file, JSON.stringify(makeArtifact({ hits, repos: groups })));
      files.set(name, file);
    }
    // Every point in digest mode (it writes); the base also as a dry-run of individual issues.
    const caseOf = (p, mode) => ({
      name: `${mode} ${key(p)}`,
      file: files.get(`${p.hits}-${p.groups}`),
      ...p,
      mode,
    });
    const cases = [...unique.map((p) => caseOf(p, 'digest')), caseOf(base, 'dry-run')];
    const measured = runTsx(root, 'scripts/bench/scale-runs.ts', [
      JSON.stringify({ cases, rounds }),
    ]);
    const results = measured.cases.map(({ file, name: _name, ...c }) => {
      const baseline = measured.baselines[file];
      return {
        ...c,
        mib: statSync(file).size / 2 ** 20,
        baseline,
        timeRatio: c.ms / baseline.ms,
        rssRatio: c.rssMiB / baseline.rssMiB,
        minimum: minimumRequests(c),
      };
    });
    const find = (p, mode) => results.find((r) => r.mode === mode && key(r) === key(p));
    const phases = runTsx(root, 'scripts/bench/phases.ts', [
      files.get(`${base.hits}-${base.groups}`),
      String(quick ? 1 : 5),
    ]);
    return {
      rounds,
      phases,
      digest: find(base, 'digest'),
      dryRun: find(base, 'dry-run'),
      growth: Object.fromEntries(
        Object.entries(sizes).map(([vary, values]) => [
          vary,
          values.map((value) => find({ ...base, [vary]: value }, 'digest')),
        ]),
      ),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
