/**
 * `mode: fallback` through the bundled action, run as the Actions runner runs it, against the
 * local GitHub with its results service (where @actions/artifact uploads land).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, type ActionRun, type RunActionOptions } from '../../test-support/run-action.js';
import { startLocalGitHub, type LocalGitHub } from '../../test-support/github/server.js';
import {
  createResultsService,
  readZipFile,
  type ResultsService,
} from '../../test-support/github/results-service.js';
import { fixture, fixtureJson } from '../../test-support/artifacts.js';

const DAY = 24 * 3600 * 1000;
const REDACTED = '<REDACTED>';

let gh: LocalGitHub;
let results: ResultsService;
const runs: ActionRun[] = [];
// Each run gets its own run id: GitHub refuses a second artifact of one name in a run.
let nextRunId = 7000;

beforeAll(async () => {
  gh = await startLocalGitHub();
  results = createResultsService(gh.artifacts);
  gh.mount(results);
});
afterAll(async () => {
  await Promise.all(runs.map((run) => run.cleanup()));
  await gh.close();
});

interface Hit {
  repo: string;
  path: string;
  line_number: number;
  pattern: string;
  snippet?: string;
  [key: string]: unknown;
}
interface Copy {
  org_unregistered_hits: Hit[];
  fallback: Record<string, unknown>;
  signature?: unknown;
}

/** Hits whose snippets are text found nowhere else, so any leak is visible. */
function artifactWithSecrets(count: number): { hits: Hit[]; json: string } {
  const hits = Array.from({ length: count }, (_, i) => ({
    repo: `org/repo-${i % 3}`,
    path: `src/module_${i}/file.py`,
    line_number: 10 + i,
    pattern: i % 2 ? 'md5(' : 'LegacyClient(',
    snippet: `password = "SNIPPET-${i}-hunter2"`,
    commit: 'abcdef1234567',
    message: `finding ${i}`,
  }));
  const artifact = {
    schema_version: '1.0',
    audit_id: 'nightly-e2e',
    generated_at: '2026-11-25T02:00:00Z',
    org_unregistered_hits: hits,
  };
  // Unusual spacing: the input must stay byte-identical, not merely equal as JSON.
  return { hits, json: JSON.stringify(artifact, null, 3) + '\n\n' };
}

async function fallback(
  content: string | Buffer,
  opts: Omit<RunActionOptions, 'files' | 'githubUrl'> = {},
): Promise<ActionRun & { runId: number }> {
  const runId = nextRunId++;
  const run = await runAction({
    runId,
    githubUrl: gh.url,
    ...opts,
    inputs: { mode: 'fallback', artifact: 'in/artifact.json', ...opts.inputs },
    files: { 'in/artifact.json': content },
  });
  runs.push(run);
  if (run.exitCode !== 0 && run.exitCode !== 1) {
    throw new Error(`unexpected exit ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
  }
  return { ...run, runId };
}

/** The fallback directory holds exactly the one fallback file: no temp file, nothing partial. */
async function onlyFallbackFile(run: ActionRun, dir = 'adversarial_reports'): Promise<string> {
  const names = await readdir(path.join(run.workspace, dir));
  expect(names).toHaveLength(1);
  expect(names[0]).toMatch(/^fallback_\d+_\d+_\d{8}T\d{6}Z\.json$/);
  expect(run.outputs['fallback-path']).toBe(path.join(run.workspace, dir, names[0]!));
  return run.outputs['fallback-path']!;
}

function uploaded(run: ActionRun) {
  const stored = gh.artifacts.artifacts.get(Number(run.outputs['fallback-artifact-id']));
  if (!stored?.zip) throw new Error(`no uploaded artifact ${run.outputs['fallback-artifact-id']}`);
  return stored;
}

describe('mode: fallback', () => {
  it('keeps every hit redacted, locally and as a workflow artifact kept 7 days', async () => {
    const { hits, json } = artifactWithSecrets(25);
    const started = Date.now();
    const run = await fallback(json, { inputs: { 'metrics-file': 'metrics.prom' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'mode-used': 'fallback', hits: '25', valid: 'true' });

    const file = await onlyFallbackFile(run);
    const text = await readFile(file, 'utf8');
    const copy = JSON.parse(text) as Copy;
    expect(copy.org_unregistered_hits).toEqual(hits.map((hit) => ({ ...hit, snippet: REDACTED })));
    for (const hit of hits) expect(text).not.toContain(hit.snippet);
    expect(text).not.toContain('hunter2');
    expect(copy.fallback).toMatchObject({ reason: 'requested', run_id: String(run.runId) });

    // The input is untouched, byte for byte.
    expect(await readFile(path.join(run.workspace, 'in/artifact.json'), 'utf8')).toBe(json);

    const stored = uploaded(run);
    expect(stored.name).toBe(`audit-fallback-${run.runId}-1`);
    expect(readZipFile(stored.zip!, path.basename(file)).toString('utf8')).toBe(text);
    const expiresIn = stored.expiresAt!.getTime() - started;
    expect(expiresIn).toBeGreaterThan(7 * DAY - 60_000);
    expect(expiresIn).toBeLessThan(7 * DAY + 60_000);

    const warnings = run.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain(path.relative(run.workspace, file));
    expect(warnings[0]!.message).toContain(`audit-fallback-${run.runId}-1`);
    expect(run.summary).toContain('findings kept in the fallback');
    expect(run.stdout + run.stderr + run.summary).not.toContain('hunter2');

    const metrics = await readFile(path.join(run.workspace, 'metrics.prom'), 'utf8');
    expect(metrics).toMatch(/^audit_fallback_artifacts_total\{mode="fallback"\} 1$/m);
  });

  it.each(['codeql.sarif.json', 'semgrep.sarif.json'])(
    'SARIF %s: the converted hits, with no snippet text anywhere',
    async (name) => {
      const input = fixture(`artifacts/sarif/${name}`);
      const run = await fallback(input, { inputs: { repository: 'org/scanned' } });
      expect(run.exitCode).toBe(0);
      const text = await readFile(await onlyFallbackFile(run), 'utf8');
      const copy = JSON.parse(text) as Copy;
      expect(copy.org_unregistered_hits.length).toBe(Number(run.outputs.hits));
      expect(copy.org_unregistered_hits.length).toBeGreaterThan(0);
      for (const hit of copy.org_unregistered_hits) {
        expect(hit.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
        expect(hit.line_number).toBeGreaterThanOrEqual(1);
        if (hit.snippet !== undefined) expect(hit.snippet).toBe(REDACTED);
      }
      const zipped = readZipFile(uploaded(run).zip!, path.basename(run.outputs['fallback-path']!));
      const log = fixtureJson<{
        runs: {
          results: {
            locations?: { physicalLocation?: { region?: { snippet?: { text: string } } } }[];
          }[];
        }[];
      }>(`artifacts/sarif/${name}`);
      const snippets = log.runs.flatMap((r) =>
        r.results.flatMap((res) =>
          (res.locations ?? []).flatMap((l) => l.physicalLocation?.region?.snippet?.text ?? []),
        ),
      );
      for (const snippet of snippets) {
        const escaped = JSON.stringify(snippet.trim()).slice(1, -1);
        expect(text).not.toContain(escaped);
        expect(zipped.toString('utf8')).not.toContain(escaped);
      }
      expect((await readFile(path.join(run.workspace, 'in/artifact.json'))).equals(input)).toBe(
        true,
      );
    },
  );

  it('names the upload by run attempt, with the retention asked for', async () => {
    const { json } = artifactWithSecrets(2);
    const started = Date.now();
    const run = await fallback(json, {
      runAttempt: 3,
      inputs: { 'retention-days': '2', 'artifact-name': 'findings', 'fallback-dir': 'out/fb' },
    });
    expect(run.exitCode).toBe(0);
    const file = await onlyFallbackFile(run, 'out/fb');
    expect(path.basename(file)).toMatch(new RegExp(`^fallback_${run.runId}_3_`));
    const stored = uploaded(run);
    expect(stored.name).toBe(`findings-${run.runId}-3`);
    expect(Math.abs(stored.expiresAt!.getTime() - started - 2 * DAY)).toBeLessThan(60_000);
  });

  it('a failed upload warns with the local file, keeps it, and still exits 0', async () => {
    const { json } = artifactWithSecrets(3);
    results.faults.upload = 'create';
    let run: ActionRun;
    try {
      run = await fallback(json);
    } finally {
      results.faults.upload = null;
    }
    expect(run.exitCode).toBe(0);
    const file = await onlyFallbackFile(run);
    expect((JSON.parse(await readFile(file, 'utf8')) as Copy).org_unregistered_hits).toHaveLength(
      3,
    );
    expect(run.outputs['fallback-artifact-id']).toBeUndefined();
    const warning = run.annotations.find((a) => a.message.startsWith('Could not upload'));
    expect(warning?.level).toBe('warning');
    expect(warning?.message).toContain(path.relative(run.workspace, file));
    expect(run.summary).toContain('not uploaded');
  });

  it('fail-on-fallback: true exits 1 after keeping the copy', async () => {
    const { json } = artifactWithSecrets(2);
    const run = await fallback(json, { inputs: { 'fail-on-fallback': 'true' } });
    expect(run.exitCode).toBe(1);
    await onlyFallbackFile(run);
    expect(run.outputs['mode-used']).toBe('fallback');
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('fail-on-fallback'),
      }),
    );
  });

  it('a bad artifact exits 2 and keeps nothing', async () => {
    const run = await runAction({
      githubUrl: gh.url,
      runId: nextRunId++,
      inputs: { mode: 'fallback', artifact: 'in/artifact.json' },
      files: { 'in/artifact.json': '{"schema_version":"1.0"}' },
    });
    runs.push(run);
    expect(run.exitCode).toBe(2);
    await expect(readdir(path.join(run.workspace, 'adversarial_reports'))).rejects.toThrow();
    expect(run.outputs['fallback-path']).toBeUndefined();
  });

  it('refuses a fallback-dir outside the workspace (exit 1)', async () => {
    const run = await fallback(artifactWithSecrets(1).json, {
      inputs: { 'fallback-dir': '../outside' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['failure-reason']).toBe('config');
  });
});

describe('notify-webhook', () => {
  const received: string[] = [];
  let status = 200;
  let hookUrl: string;
  let closeHook: () => Promise<void>;

  beforeAll(async () => {
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push(body);
        res.writeHead(status).end(status === 200 ? 'ok' : 'no_service');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    hookUrl = `http://127.0.0.1:${port}/services/T0/B0/webhook-s3cr3t`;
    closeHook = () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
  });
  afterAll(async () => closeHook());

  /** Everything the run printed or wrote, but the line that registers the mask itself. */
  function everythingPrinted(run: ActionRun): string {
    const lines = `${run.stdout}\n${run.stderr}`
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'));
    return `${lines.join('\n')}\n${run.summary}\n${JSON.stringify(run.outputs)}`;
  }

  it('POSTs { text } naming the repository, run, reason and artifact; never prints the URL', async () => {
    received.length = 0;
    status = 200;
    const run = await fallback(artifactWithSecrets(4).json, {
      inputs: { 'notify-webhook': hookUrl },
    });
    expect(run.exitCode).toBe(0);
    expect(received).toHaveLength(1);
    const payload = JSON.parse(received[0]!) as Record<string, unknown>;
    expect(Object.keys(payload)).toEqual(['text']);
    const text = payload.text as string;
    expect(text).toContain('octo-org/audit-central');
    expect(text).toContain(`run ${run.runId}`);
    expect(text).toContain('requested');
    expect(text).toContain(
      `audit-fallback-${run.runId}-1 (id ${run.outputs['fallback-artifact-id']})`,
    );
    expect(text).not.toContain('hunter2');
    expect(run.masks).toContain(hookUrl);
    expect(everythingPrinted(run)).not.toContain('webhook-s3cr3t');
    expect(run.summary).toContain('notified');
  });

  it('a failing webhook only warns, and never prints the URL', async () => {
    received.length = 0;
    status = 500;
    const run = await fallback(artifactWithSecrets(1).json, {
      inputs: { 'notify-webhook': hookUrl },
    });
    expect(run.exitCode).toBe(0);
    expect(received).toHaveLength(1);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('HTTP 500'),
      }),
    );
    expect(everythingPrinted(run)).not.toContain('webhook-s3cr3t');
  });

  it('an unreachable webhook only warns, and never prints the URL', async () => {
    const closed = 'http://127.0.0.1:9/services/T0/B0/webhook-s3cr3t';
    const run = await fallback(artifactWithSecrets(1).json, {
      inputs: { 'notify-webhook': closed },
    });
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining('Could not notify the webhook'),
      }),
    );
    expect(everythingPrinted(run)).not.toContain('webhook-s3cr3t');
  });
});
