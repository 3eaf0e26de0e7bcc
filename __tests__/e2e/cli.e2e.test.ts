/**
 * The CLI (`bin/audit-gate.js` over the same bundle): the action's input names as flags, the
 * same exit codes, outputs as name=value lines on stdout, logs on stderr.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { INPUTS } from '../../src/constants.js';
import { artifactWithHits, fixture, signWithOracle } from '../../test-support/artifacts.js';
import { REPO_ROOT } from '../../test-support/run-action.js';

const BIN = path.join(REPO_ROOT, 'bin/audit-gate.js');
const KEY = 'cli-secret-key';
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'audit-gate-cli-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      // Nothing of a runner: this is a laptop or another CI.
      { cwd: dir, env: { PATH: process.env.PATH ?? '', ...env } },
      (error, stdout, stderr) => {
        const outputs = Object.fromEntries(
          stdout
            .split('\n')
            .filter((line) => /^[a-z-]+=/.test(line))
            .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
        );
        const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ code, stdout, stderr, outputs });
      },
    );
  });
}

const noStackTrace = (run: CliRun) =>
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('the audit-gate CLI', () => {
  it('validates a good artifact: exit 0, outputs on stdout, no workflow commands', async () => {
    await writeFile(path.join(dir, 'good.json'), JSON.stringify(artifactWithHits(4)));
    const run = await cli(['validate', '--artifact', 'good.json']);
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ valid: 'true', hits: '4' });
    expect(run.stdout + run.stderr).not.toContain('::');
    expect(run.stderr).toContain('good.json: valid, 4 hit(s)');
  });

  it('refuses a bad artifact with exit 2 and one error line', async () => {
    await writeFile(path.join(dir, 'bad.json'), fixture('artifacts/bad/hit-line-zero.json'));
    const run = await cli(['validate', '--artifact=bad.json']);
    expect(run.code).toBe(2);
    expect(run.outputs).toMatchObject({ valid: 'false', 'failure-reason': 'schema' });
    expect(run.stderr.split('\n').filter((l) => l.startsWith('error: '))).toHaveLength(1);
    noStackTrace(run);
  });

  it('signs and verifies with the key from the environment, which it never prints', async () => {
    await writeFile(path.join(dir, 'to-sign.json'), JSON.stringify(artifactWithHits(2)));
    const signed = await cli(['sign', '--artifact', 'to-sign.json', '--hmac-key-id', 'k1'], {
      AUDIT_GATE_HMAC_KEY: `k1:${KEY}`,
    });
    expect(signed.code).toBe(0);
    const written = JSON.parse(await readFile(path.join(dir, 'to-sign.json'), 'utf8'));
    expect(written).toEqual(signWithOracle(artifactWithHits(2), KEY, 'k1'));

    const verified = await cli(['validate', '--artifact', 'to-sign.json', '--require-hmac'], {
      AUDIT_GATE_HMAC_KEY: `k1:${KEY}`,
    });
    expect(verified.code).toBe(0);
    for (const run of [signed, verified]) expect(run.stdout + run.stderr).not.toContain(KEY);
  });

  it('refuses a forged artifact with exit 3', async () => {
    const forged = signWithOracle(artifactWithHits(2), KEY) as {
      org_unregistered_hits: { path: string }[];
    };
    forged.org_unregistered_hits[0]!.path = 'elsewhere.py';
    await writeFile(path.join(dir, 'forged.json'), JSON.stringify(forged));
    const run = await cli(['validate', '--artifact', 'forged.json', '--require-hmac'], {
      AUDIT_GATE_HMAC_KEY: KEY,
    });
    expect(run.code).toBe(3);
    expect(run.outputs['failure-reason']).toBe('hmac');
    noStackTrace(run);
  });

  it('keeps a fallback copy on disk and says why it is not uploaded; stdout holds outputs only', async () => {
    await writeFile(path.join(dir, 'keep.json'), JSON.stringify(artifactWithHits(3)));
    const run = await cli(['fallback', '--artifact', 'keep.json']);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ 'mode-used': 'fallback', hits: '3' });
    expect(run.stdout.split('\n').filter((l) => l !== '' && !/^[a-z-]+=/.test(l))).toEqual([]);
    expect(run.stderr).toContain('not in a GitHub Actions job (no ACTIONS_RUNTIME_TOKEN)');
    const kept = JSON.parse(await readFile(run.outputs['fallback-path']!, 'utf8')) as {
      org_unregistered_hits: { snippet?: string }[];
    };
    expect(kept.org_unregistered_hits).toHaveLength(3);
    noStackTrace(run);
  });

  it('documents every input in --help', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    for (const name of Object.keys(INPUTS).filter((n) => n !== 'mode')) {
      expect(run.stdout).toContain(`--${name}`);
    }
  });

  it.each([
    [['validate', '--artefact', 'x.json'], "Unknown option '--artefact'"],
    [['explode'], "Unknown mode 'explode'"],
    [['validate', '--require-hmac'], "'hmac-key' is empty"],
  ])('%j is a usage or configuration error: exit 1', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
    noStackTrace(run);
  });
});
