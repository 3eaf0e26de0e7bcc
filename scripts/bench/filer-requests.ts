/**
 * API requests per `file` run, counted by the local GitHub: a first run, an unchanged re-run
 * and a digest run. Prints one JSON object (run by scripts/bench/filer.mjs through tsx).
 */
import { startLocalGitHub, type LocalGitHub } from '../../test-support/github/server.js';
import { runAction } from '../../test-support/run-action.js';

interface Counted {
  exitCode: number | null;
  modeUsed: string | undefined;
  requests: number;
  reads: number;
  writes: number;
}

function artifact(groups: number, perGroup: number) {
  return {
    schema_version: '1.0',
    audit_id: 'bench',
    generated_at: '2026-11-25T02:00:00Z',
    org_unregistered_hits: Array.from({ length: groups * perGroup }, (_, i) => ({
      repo: `org/repo-${i % groups}`,
      path: `src/file_${i}.py`,
      line_number: i + 1,
      pattern: 'LegacyClient(',
      snippet: `client = LegacyClient(${i})`,
    })),
  };
}

async function counted(
  gh: LocalGitHub,
  content: unknown,
  inputs: Record<string, string> = {},
): Promise<Counted> {
  gh.log.reset();
  const run = await runAction({
    inputs: { mode: 'file', artifact: 'a.json', ...inputs },
    githubUrl: gh.url,
    files: { 'a.json': JSON.stringify(content) },
    timeoutMs: 120_000,
  });
  await run.cleanup();
  return {
    exitCode: run.exitCode,
    modeUsed: run.outputs['mode-used'],
    requests: gh.log.entries.length,
    reads: gh.log.reads,
    writes: gh.log.writes,
  };
}

const groups = Number(process.argv[2] ?? 100);
const gh = await startLocalGitHub();
try {
  const input = artifact(groups, 3);
  const first = await counted(gh, input, { 'max-new-issues': String(groups) });
  const unchanged = await counted(gh, input, { 'max-new-issues': String(groups) });
  const digestGh = await startLocalGitHub({ quotaRemaining: 400 });
  let digest: Counted;
  let digestRerun: Counted;
  try {
    digest = await counted(digestGh, input);
    digestRerun = await counted(digestGh, input);
  } finally {
    await digestGh.close();
  }
  process.stdout.write(`${JSON.stringify({ groups, first, unchanged, digest, digestRerun })}\n`);
} finally {
  await gh.close();
}
