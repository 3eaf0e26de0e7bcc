// Runs a command in a fresh process under the rusage hook and returns its wall time and peak RSS.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOOK = fileURLToPath(new URL('./rusage-hook.mjs', import.meta.url));

export function measure(args, { env = {}, cwd, expectExit = 0 } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-'));
  const report = path.join(dir, 'report.json');
  try {
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ['--import', HOOK, ...args], {
      cwd,
      env: { PATH: process.env.PATH, ...env, BENCH_REPORT: report },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const outerMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (child.status !== expectExit) {
      throw new Error(
        `${args.join(' ')} exited ${child.status} (expected ${expectExit}):\n${child.stdout}\n${child.stderr}`,
      );
    }
    const { maxRssKiB } = JSON.parse(readFileSync(report, 'utf8'));
    return { ms: outerMs, rssMiB: maxRssKiB / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs each named case `rounds` times, interleaved so drift hits them alike; medians. */
export function compare(cases, rounds) {
  const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(cases)) samples[name].push(run());
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, runs]) => [
      name,
      {
        ms: median(runs.map((r) => r.ms)),
        rssMiB: median(runs.map((r) => r.rssMiB)),
        runs: runs.length,
      },
    ]),
  );
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
