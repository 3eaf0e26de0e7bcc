/**
 * `npm run demo`: the story a new user wants to see, told by the bundled action itself
 * (dist/index.js run exactly as the Actions runner runs it) against a local GitHub on
 * 127.0.0.1. Nothing here talks to github.com.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalGitHub } from '../test-support/github/server.js';
import { createResultsService } from '../test-support/github/results-service.js';
import { runAction, type ActionRun } from '../test-support/run-action.js';
import { artifactWithHits, signWithOracle } from '../test-support/artifacts.js';

const KEY = 'demo-hmac-key';
const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
const dim = (text: string) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[0m` : text);

const gh = await startLocalGitHub();
gh.mount(createResultsService(gh.artifacts));
// Everything the runs leave (workspace, fallback copies, job summaries) stays in reports/demo/
// for a look afterwards; it is cleared at the start of each demo.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'reports', 'demo');
const workspace = path.join(out, 'workspace');
await rm(out, { recursive: true, force: true });
await mkdir(workspace, { recursive: true });
const relative = (file: string) => path.relative(root, file);
let step = 0;
let failures = 0;

async function show(
  title: string,
  inputs: Record<string, string>,
  expectExit: number,
  explain: (run: ActionRun) => string[],
): Promise<ActionRun> {
  step += 1;
  const writesBefore = gh.log.writes;
  const requestsBefore = gh.log.entries.length;
  const run = await runAction({ githubUrl: gh.url, workspace, inputs, repository: gh.repository });
  const ok = run.exitCode === expectExit;
  if (!ok) failures += 1;
  console.log(`\n${bold(`${step}. ${title}`)}`);
  console.log(`   exit ${run.exitCode}${ok ? '' : `  (expected ${expectExit})`}`);
  for (const line of explain(run)) console.log(`   ${line}`);
  const errors = run.annotations.filter((a) => a.level !== 'notice');
  for (const a of errors.slice(0, 3)) console.log(dim(`   ${a.level}: ${a.message}`));
  console.log(
    dim(
      `   API: ${gh.log.entries.length - requestsBefore} requests, ${gh.log.writes - writesBefore} writes`,
    ),
  );
  await keepSummary(title, run);
  if (!ok) console.log(run.stdout.slice(-2000), run.stderr.slice(-2000));
  return run;
}

async function keepSummary(title: string, run: ActionRun): Promise<void> {
  const file = path.join(out, `${String(step).padStart(2, '0')}-summary.md`);
  await writeFile(file, `<!-- ${title} -->\n${run.summary}`);
  console.log(dim(`   job summary: ${relative(file)}`));
}

const write = async (name: string, value: unknown) => {
  await mkdir(path.dirname(path.join(workspace, name)), { recursive: true });
  await writeFile(path.join(workspace, name), JSON.stringify(value, null, 2));
};

try {
  console.log(
    bold('audit-gate demo') + dim(` — local GitHub at ${gh.url}, workspace ${workspace}`),
  );
  const artifact = signWithOracle(
    { ...artifactWithHits(12, 3), audit_id: 'nightly-2026-11-25' },
    KEY,
    'k1',
  );
  await write('adversarial_reports/consumer_artifact.json', artifact);
  const forged = structuredClone(artifact) as { org_unregistered_hits: { path: string }[] };
  forged.org_unregistered_hits[0]!.path = 'src/innocent.py';
  await write('forged.json', forged);
  const gate = { 'require-hmac': 'true', 'hmac-key': `k1:${KEY}` };

  await show('Gate a signed artifact', { mode: 'validate', ...gate }, 0, (run) => [
    `valid=${run.outputs.valid} hits=${run.outputs.hits}`,
  ]);
  await show(
    'Gate a forged copy (one path changed after signing)',
    { mode: 'validate', artifact: 'forged.json', ...gate },
    3,
    (run) => [`failure-reason=${run.outputs['failure-reason']}: nothing downstream runs`],
  );
  await show('File the findings: one issue per repository', { mode: 'file', ...gate }, 0, (run) => [
    `mode-used=${run.outputs['mode-used']} created=${run.outputs['issues-created']} groups=${run.outputs.groups}`,
    ...gh.issues().map((i) => dim(`#${i.number} ${i.title}`)),
  ]);
  await show(
    'Run it again: nothing to do, nothing written',
    { mode: 'file', ...gate },
    0,
    (run) => [`created=${run.outputs['issues-created']} updated=${run.outputs['issues-updated']}`],
  );

  gh.knobs.quotaRemaining = 120;
  await write(
    'nightly-2.json',
    signWithOracle({ ...artifactWithHits(40, 10), audit_id: 'nightly-2026-11-26' }, KEY, 'k1'),
  );
  await show(
    'Low API quota (120 left): one digest issue instead',
    { mode: 'file', artifact: 'nightly-2.json', ...gate },
    0,
    (run) => [`mode-used=${run.outputs['mode-used']} digest-issue=#${run.outputs['digest-issue']}`],
  );
  gh.knobs.quotaRemaining = 5000;

  gh.restrictToken('ghs_readonly', { issues: 'read' });
  const denied = await runAction({
    githubUrl: gh.url,
    workspace,
    repository: gh.repository,
    token: 'ghs_readonly',
    inputs: { mode: 'file', artifact: 'nightly-2.json', ...gate },
  });
  step += 1;
  console.log(`\n${bold(`${step}. A token that may not write issues: a redacted fallback`)}`);
  console.log(`   exit ${denied.exitCode} mode-used=${denied.outputs['mode-used']}`);
  if (denied.outputs['fallback-path']) {
    const kept = await readFile(path.resolve(workspace, denied.outputs['fallback-path']), 'utf8');
    console.log(
      `   fallback-path=${relative(path.resolve(workspace, denied.outputs['fallback-path']))} (snippets: ${kept.includes('<REDACTED>') ? '<REDACTED>' : 'NOT redacted'})`,
    );
    console.log(`   uploaded as workflow artifact id ${denied.outputs['fallback-artifact-id']}`);
  } else failures += 1;
  await keepSummary('fallback', denied);

  gh.seedArtifact({ name: 'audit-fallback-100-1', ageDays: 9, sizeInBytes: 2048 });
  gh.seedArtifact({ name: 'audit-fallback-101-1', ageDays: 2, sizeInBytes: 1024 });
  await show(
    'The daily purge: fallback copies older than 7 days go',
    { mode: 'purge' },
    0,
    (run) => [
      `purged-count=${run.outputs['purged-count']} purged-bytes=${run.outputs['purged-bytes']}`,
    ],
  );

  console.log(
    `\n${failures === 0 ? bold('Every step behaved as documented.') : bold(`${failures} step(s) did not behave as documented.`)}`,
  );
  console.log(dim(`The job summaries and the workspace of every run are in ${relative(out)}/.`));
} finally {
  await gh.close();
}
process.exitCode = failures === 0 ? 0 : 1;
