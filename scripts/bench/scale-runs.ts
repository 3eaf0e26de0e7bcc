/**
 * `file` runs of the bundled action on large artifacts against the local GitHub: wall time and
 * peak RSS of the action's process (under the rusage hook), API requests counted by the local
 * GitHub, and a bare read + JSON.parse of the same file as the baseline. Cases run `rounds`
 * times, interleaved so drift hits them alike. Run by scripts/bench/scale.mjs through tsx:
 * reads its cases as JSON on argv[2], prints one JSON object.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConsumerArtifact } from '../../src/gate/artifact.js';
import { groupHits } from '../../src/filer/group.js';
import { parseMarker } from '../../src/filer/marker.js';
import { renderIssue } from '../../src/filer/render-issue.js';
import { startLocalGitHub, type LocalGitHub } from '../../test-support/github/server.js';
import { runAction } from '../../test-support/run-action.js';
import { measure, median, type Measured } from './measure.mjs';

const HOOK = fileURLToPath(new URL('./rusage-hook.mjs', import.meta.url));
const OWNER_LABEL = 'audit-gate';

export interface ScaleCase {
  readonly name: string;
  /** The artifact, already written (the workspace's only file). */
  readonly file: string;
  readonly hits: number;
  readonly groups: number;
  /** Open issues of the artifact's first groups, as an earlier individual run filed them. */
  readonly owned: number;
  /** `digest`: forced by max-new-issues (default 50); `dry-run`: an individual plan, no writes. */
  readonly mode: 'digest' | 'dry-run';
}

interface Sample {
  ms: number;
  rssMiB: number;
  requests: number;
  writes: number;
  listPages: number;
  digestComments: number;
  modeUsed: string | undefined;
}

/** The baseline: a fresh node that reads and parses the file, timed from outside like a run. */
function baseline(file: string): Measured {
  return measure(['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`]);
}

/** The issues an earlier individual run would have filed for the artifact's first groups. */
function seedOwned(gh: LocalGitHub, artifact: ConsumerArtifact, owned: number): void {
  const groups = groupHits(artifact.org_unregistered_hits, 'repo').slice(0, owned);
  const dayAgo = new Date(Date.now() - 86_400_000);
  for (const group of groups) {
    const { title, body } = renderIssue(group, {
      titlePrefix: OWNER_LABEL,
      fpLabel: 'false-positive',
      ignored: new Set(),
    });
    // Filed by a run a day ago: the re-list after the writes reaches back only a minute.
    gh.seedIssue({ title, body, labels: [OWNER_LABEL], createdAt: dayAgo, updatedAt: dayAgo });
  }
}

async function runCase(c: ScaleCase, artifact: ConsumerArtifact): Promise<Sample> {
  // Enough quota for an individual plan of every group, so dry-run plans individually.
  const gh = await startLocalGitHub({ quotaLimit: 50_000 });
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-scale-'));
  const report = path.join(dir, 'report.json');
  try {
    seedOwned(gh, artifact, c.owned);
    const started = process.hrtime.bigint();
    const run = await runAction({
      inputs: {
        mode: 'file',
        artifact: c.file,
        ...(c.mode === 'dry-run' ? { 'dry-run': true, 'max-new-issues': c.groups } : {}),
      },
      githubUrl: gh.url,
      // The hook sees the action's own process: its peak RSS and nothing of the local GitHub's.
      env: { NODE_OPTIONS: `--import=${HOOK}`, BENCH_REPORT: report },
      timeoutMs: 300_000,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    await run.cleanup();
    if (run.exitCode !== 0) {
      throw new Error(`${c.name} exited ${run.exitCode}:\n${run.stderr.slice(-2000)}`);
    }
    const planned = c.mode === 'dry-run' ? /dry-run\*\* of a individual plan/ : /Mode: \*\*digest/;
    if (!planned.test(run.summary)) {
      throw new Error(`${c.name} did not run as ${c.mode}:\n${run.summary.slice(0, 2000)}`);
    }
    const digest = gh.issues().find((i) => parseMarker(i.body)?.kind === 'digest');
    const { maxRssKiB } = JSON.parse(readFileSync(report, 'utf8')) as { maxRssKiB: number };
    return {
      ms,
      rssMiB: maxRssKiB / 1024,
      requests: gh.log.entries.length,
      writes: gh.log.writes,
      listPages: gh.log.count('issues.listForRepo'),
      digestComments: digest ? gh.comments(digest.number).length : 0,
      modeUsed: run.outputs['mode-used'],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await gh.close();
  }
}

const { cases, rounds } = JSON.parse(process.argv[2] ?? '{}') as {
  cases: ScaleCase[];
  rounds: number;
};
const files = [...new Set(cases.map((c) => c.file))];
const artifacts = new Map(
  files.map((f) => [f, JSON.parse(readFileSync(f, 'utf8')) as ConsumerArtifact]),
);
const samples = new Map<string, Sample[]>(cases.map((c) => [c.name, []]));
const baselines = new Map<string, Measured[]>(files.map((f) => [f, []]));
for (let round = 0; round < rounds; round++) {
  for (const file of files) baselines.get(file)!.push(baseline(file));
  for (const c of cases) samples.get(c.name)!.push(await runCase(c, artifacts.get(c.file)!));
}

const summarise = (runs: readonly Measured[]) => ({
  ms: median(runs.map((r) => r.ms)),
  rssMiB: median(runs.map((r) => r.rssMiB)),
  runs: runs.length,
});
process.stdout.write(
  `${JSON.stringify({
    baselines: Object.fromEntries([...baselines].map(([f, runs]) => [f, summarise(runs)])),
    cases: cases.map((c) => {
      const runs = samples.get(c.name)!;
      // Each round starts from a fresh local GitHub, so every round must make the same requests.
      const requests = new Set(runs.map((r) => r.requests));
      if (requests.size > 1)
        throw new Error(`${c.name}: requests vary: ${[...requests].join(', ')}`);
      return { ...c, ...runs.at(-1)!, ...summarise(runs) };
    }),
  })}\n`,
);
