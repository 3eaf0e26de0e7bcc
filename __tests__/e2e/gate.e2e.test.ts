/**
 * The ingest gate through the bundled action, run as the Actions runner runs it.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { runAction, type ActionRun } from '../../test-support/run-action.js';
import {
  artifactWithHits,
  fixture,
  fixtureJson,
  signWithOracle,
} from '../../test-support/artifacts.js';

const KEY = 'e2e-secret-key-0123456789';
const runs: ActionRun[] = [];
afterAll(async () => Promise.all(runs.map((run) => run.cleanup())));

async function validate(
  content: string | Buffer,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  const run = await runAction({
    inputs: { mode: 'validate', artifact: 'in/artifact.json', ...inputs },
    files: { 'in/artifact.json': content },
  });
  runs.push(run);
  return run;
}

/** No stack trace may reach the log: one clear line is the contract. */
function expectNoStackTrace(run: ActionRun): void {
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

const manifest = fixtureJson<{
  files: Record<string, { fragment: string; maxArtifactMb?: number }>;
}>('artifacts/bad/expected.json');

describe('a bad artifact: exit 2, one line naming the file, never a stack trace', () => {
  it('has a corpus of at least 25 bad artifacts, each listed in the manifest', () => {
    const files = readdirSync(path.join('__fixtures__/artifacts/bad')).filter(
      (name) => name !== 'expected.json' && name !== 'README.md',
    );
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(manifest.files).sort()).toEqual(files.sort());
  });

  it.concurrent.each(Object.entries(manifest.files))('%s', async (name, expected) => {
    const run = await validate(
      fixture(`artifacts/bad/${name}`),
      expected.maxArtifactMb ? { 'max-artifact-mb': String(expected.maxArtifactMb) } : {},
    );
    expect({ exit: run.exitCode, reason: run.outputs['failure-reason'] }).toEqual({
      exit: 2,
      reason: 'schema',
    });
    expect(run.outputs.valid).toBe('false');
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('in/artifact.json');
    expect(errors[0]?.message).toContain(expected.fragment);
    expect(errors[0]?.message).not.toContain('\n');
    expectNoStackTrace(run);
  });

  it('a missing artifact is exit 2 naming the path', async () => {
    const run = await runAction({ inputs: { mode: 'validate', artifact: 'nowhere.json' } });
    runs.push(run);
    expect(run.exitCode).toBe(2);
    expect(run.annotations[0]?.message).toMatch(/nowhere\.json.*(not found|does not exist)/);
  });

  it('a directory is exit 2', async () => {
    const run = await runAction({
      inputs: { mode: 'validate', artifact: 'dir' },
      files: { 'dir/x.txt': 'x' },
    });
    runs.push(run);
    expect(run.exitCode).toBe(2);
    expectNoStackTrace(run);
  });

  it('lists every schema violation in a log group and the first ones in the summary', async () => {
    const artifact = artifactWithHits(3);
    const hits = artifact.org_unregistered_hits as Record<string, unknown>[];
    hits[0]!.line_number = 0;
    hits[1]!.repo = 'not a repo';
    hits[2]!.pattern = '';
    const run = await validate(JSON.stringify(artifact));
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('::group::3 problem(s) in detail');
    for (const pointer of [
      '/org_unregistered_hits/0/line_number',
      '/org_unregistered_hits/1/repo',
      '/org_unregistered_hits/2/pattern',
    ]) {
      expect(run.stdout).toContain(pointer);
      expect(run.summary).toContain(pointer);
    }
    expect(run.summary).toContain('artifact refused');
  });
});

describe('a good artifact passes with outputs and a summary', () => {
  it.each([
    ['minimal.json', 1],
    ['zero-hits.json', 0],
    ['full.json', 2],
    ['crlf-line-endings.json', 1],
  ])('%s', async (name, hits) => {
    const run = await validate(fixture(`artifacts/good/${name}`));
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ valid: 'true', hits: String(hits) });
    expect(run.outputs['failure-reason']).toBeUndefined();
    expect(run.summary).toContain('artifact valid');
  });

  it('ignores a UTF-8 byte order mark, with a notice', async () => {
    const run = await validate(fixture('artifacts/good/utf8-bom.json'));
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'notice',
        message: expect.stringContaining('byte order mark'),
      }),
    );
  });

  it.each(['codeql.sarif.json', 'semgrep.sarif.json'])('accepts the SARIF log %s', async (name) => {
    const log = fixtureJson<{ runs: { results: unknown[] }[] }>(`artifacts/sarif/${name}`);
    const results = log.runs.reduce((n, r) => n + r.results.length, 0);
    const run = await validate(fixture(`artifacts/sarif/${name}`), { repository: 'org/fallback' });
    expect(run.exitCode).toBe(0);
    expect(Number(run.outputs.hits)).toBeGreaterThan(0);
    expect(Number(run.outputs.hits)).toBeLessThanOrEqual(results);
    expect(run.summary).toContain('SARIF 2.1.0');
  });

  it('writes Prometheus metrics when asked', async () => {
    const run = await validate(JSON.stringify(artifactWithHits(4)), { 'metrics-file': 'm.prom' });
    expect(run.exitCode).toBe(0);
    const text = await readFile(path.join(run.workspace, 'm.prom'), 'utf8');
    expect(text).toMatch(/^# TYPE audit_hits_total counter$/m);
    expect(text).toMatch(/^audit_hits_total\{mode="validate"\} 4$/m);
    expect(text).toMatch(/^audit_run_duration_seconds\{mode="validate"\} [0-9.e-]+$/m);
  });
});

describe('HMAC: exit 3 with failure-reason hmac; the key is never printed', () => {
  const signed = signWithOracle(artifactWithHits(5), KEY, 'k1');

  function expectKeyHidden(run: ActionRun): void {
    // `::add-mask::` lines are how the runner learns what to hide; nothing else may carry it.
    const printed = (run.stdout + run.stderr).replace(/^::add-mask::.*$/gm, '');
    expect(printed + run.summary).not.toContain(KEY);
    expect(run.masks).toContain(KEY);
  }

  it('accepts a valid signature when required', async () => {
    const run = await validate(JSON.stringify(signed), { 'require-hmac': 'true', 'hmac-key': KEY });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('verified HMAC-SHA256');
    expectKeyHidden(run);
  });

  it('accepts it with key rotation: the kid picks the key', async () => {
    const run = await validate(JSON.stringify(signed), {
      'require-hmac': 'true',
      'hmac-key': `k0:older-key\nk1:${KEY}\n`,
    });
    expect(run.exitCode).toBe(0);
    expectKeyHidden(run);
  });

  it('accepts a signature whatever its key order on disk', async () => {
    const reordered = Object.fromEntries(Object.entries(signed).reverse());
    const run = await validate(JSON.stringify(reordered, null, 4), {
      'require-hmac': 'true',
      'hmac-key': KEY,
    });
    expect(run.exitCode).toBe(0);
  });

  const tampered = structuredClone(signed) as { org_unregistered_hits: { line_number: number }[] };
  tampered.org_unregistered_hits[2]!.line_number += 1;
  const { signature: _none, ...unsigned } = signed;

  it.each([
    ['tampered', tampered, KEY, /does not match/],
    ['unsigned', unsigned, KEY, /no signature|not signed|missing/i],
    [
      'signed with another key',
      signWithOracle(artifactWithHits(5), 'other-key', 'k1'),
      KEY,
      /does not match/,
    ],
    ['an unknown kid', signWithOracle(artifactWithHits(5), KEY, 'k9'), `k1:${KEY}\nk2:x-key`, /k9/],
  ])('refuses an artifact %s', async (_what, artifact, key, message) => {
    const run = await validate(JSON.stringify(artifact), {
      'require-hmac': 'true',
      'hmac-key': key,
    });
    expect({ exit: run.exitCode, reason: run.outputs['failure-reason'] }).toEqual({
      exit: 3,
      reason: 'hmac',
    });
    expect(run.outputs.valid).toBe('false');
    expect(run.annotations.find((a) => a.level === 'error')?.message).toMatch(message);
    expectNoStackTrace(run);
    expectKeyHidden(run);
  });

  it('checks a present signature even when not required', async () => {
    const run = await validate(JSON.stringify(tampered), { 'hmac-key': KEY });
    expect(run.exitCode).toBe(3);
  });

  it('is a configuration error (exit 1) to require HMAC without a key', async () => {
    const run = await validate(JSON.stringify(signed), { 'require-hmac': 'true' });
    expect({ exit: run.exitCode, reason: run.outputs['failure-reason'] }).toEqual({
      exit: 1,
      reason: 'config',
    });
  });

  it('checks the schema before the signature: a malformed forged artifact is exit 2', async () => {
    const run = await validate(JSON.stringify({ ...tampered, extra: true }), {
      'require-hmac': 'true',
      'hmac-key': KEY,
    });
    expect(run.exitCode).toBe(2);
  });
});

describe('sign mode', () => {
  it('signs in place so the gate then accepts it, and the signature matches the contract', async () => {
    const artifact = artifactWithHits(3);
    const workspaceRun = await runAction({
      inputs: { mode: 'sign', artifact: 'a.json', 'hmac-key': `k7:${KEY}`, 'hmac-key-id': 'k7' },
      files: { 'a.json': JSON.stringify(artifact) },
    });
    runs.push(workspaceRun);
    expect(workspaceRun.exitCode).toBe(0);
    const written = JSON.parse(await readFile(path.join(workspaceRun.workspace, 'a.json'), 'utf8'));
    expect(written).toEqual(signWithOracle(artifact, KEY, 'k7'));
    const check = await runAction({
      workspace: workspaceRun.workspace,
      inputs: {
        mode: 'validate',
        artifact: 'a.json',
        'require-hmac': 'true',
        'hmac-key': `k7:${KEY}`,
      },
    });
    expect(check.exitCode).toBe(0);
    expect(workspaceRun.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(KEY);
  });

  it('refuses to sign a bad artifact and leaves the file untouched', async () => {
    const bad = fixture('artifacts/bad/hit-line-zero.json');
    const run = await runAction({
      inputs: { mode: 'sign', artifact: 'a.json', 'hmac-key': KEY },
      files: { 'a.json': bad },
    });
    runs.push(run);
    expect(run.exitCode).toBe(2);
    expect(await readFile(path.join(run.workspace, 'a.json'))).toEqual(bad);
  });
});

describe('configuration errors: exit 1 with failure-reason config', () => {
  it.each([
    [{ mode: 'nonsense' }, /Unknown mode 'nonsense'/],
    [{ mode: 'validate', 'max-artifact-mb': 'lots' }, /max-artifact-mb/],
    [{ mode: 'validate', 'require-hmac': 'perhaps' }, /require-hmac/],
    [{ mode: 'file', 'group-by': 'owner' }, /group-by/],
  ])('%j', async (inputs, message) => {
    const run = await runAction({ inputs });
    runs.push(run);
    expect({ exit: run.exitCode, reason: run.outputs['failure-reason'] }).toEqual({
      exit: 1,
      reason: 'config',
    });
    expect(run.annotations.find((a) => a.level === 'error')?.message).toMatch(message);
    expectNoStackTrace(run);
  });
});

describe('the examples that .github/workflows/ci.yml runs with uses: ./', () => {
  it('examples/consumer_artifact.json passes the gate', async () => {
    const run = await validate(fixture('../examples/consumer_artifact.json'));
    expect(run.exitCode).toBe(0);
    expect(Number(run.outputs.hits)).toBeGreaterThan(0);
  });

  it('examples/forged_artifact.json is refused with the example key', async () => {
    const run = await validate(fixture('../examples/forged_artifact.json'), {
      'require-hmac': 'true',
      'hmac-key': 'example-key-not-secret',
    });
    expect({ exit: run.exitCode, reason: run.outputs['failure-reason'] }).toEqual({
      exit: 3,
      reason: 'hmac',
    });
  });
});
