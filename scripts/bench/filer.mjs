// API requests per `file` run (first run, unchanged re-run, digest run), counted by the local
// GitHub. The counting runs in TypeScript (the local GitHub is test support), through tsx.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export function benchFiler({ root, groups = 100 }) {
  const script = path.join(root, 'scripts/bench/filer-requests.ts');
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, String(groups)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) {
    throw new Error(`filer bench failed (${child.status}): ${child.stderr.slice(-2000)}`);
  }
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1));
  return {
    ...result,
    // The target: an unchanged re-run writes nothing and makes at most 3 requests.
    unchangedWithinTarget: result.unchanged.writes === 0 && result.unchanged.requests <= 3,
  };
}
