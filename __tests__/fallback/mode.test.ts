import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { fallbackMode } from '../../src/modes/fallback.js';
import type { GateOptions } from '../../src/options.js';
import type { FallbackOptions } from '../../src/fallback/options.js';
import { ArtifactError } from '../../src/errors.js';
import { FakeHost } from '../../test-support/fake-host.js';
import { artifactWithHits } from '../../test-support/artifacts.js';

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'fallback-mode-'));
});
afterEach(async () => rm(workspace, { recursive: true, force: true }));

async function run(artifact: unknown, failOnFallback = false) {
  const file = path.join(workspace, 'artifact.json');
  await writeFile(file, typeof artifact === 'string' ? artifact : JSON.stringify(artifact));
  const gate: GateOptions = {
    artifact: file,
    schemaPath: null,
    maxArtifactBytes: 1 << 20,
    requireHmac: false,
    keyRing: null,
    sarifRepository: 'org/central',
  };
  const options: FallbackOptions = {
    fallbackDir: path.join(workspace, 'adversarial_reports'),
    artifactName: 'audit-fallback',
    retentionDays: 7,
    failOnFallback,
    notifyWebhook: null,
  };
  const host = new FakeHost({}, { workspace, runId: '9', runAttempt: '1' });
  const result = await fallbackMode(gate, options, host, { upload: async () => ({ id: 55 }) });
  return { result, host };
}

describe('fallbackMode', () => {
  it('keeps every hit and reports the outputs, summary and metrics', async () => {
    const { result } = await run(artifactWithHits(4));
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      valid: true,
      hits: 4,
      'mode-used': 'fallback',
      'fallback-artifact-id': 55,
    });
    const copy = JSON.parse(await readFile(String(result.outputs['fallback-path']), 'utf8')) as {
      org_unregistered_hits: unknown[];
      fallback: { reason: string };
    };
    expect(copy.org_unregistered_hits).toHaveLength(4);
    expect(copy.fallback.reason).toBe('requested');
    expect(result.metrics).toEqual({ audit_hits_total: 4, audit_fallback_artifacts_total: 1 });
    expect(result.summary).toContain('4 hits (of 4 in the artifact)');
  });

  it('fail-on-fallback fails the step (1) with an error line when hits were kept', async () => {
    const { result, host } = await run(artifactWithHits(2), true);
    expect(result.exitCode).toBe(1);
    expect(host.logs.filter((l) => l.level === 'error')).toHaveLength(1);
  });

  it('fail-on-fallback does not fail an artifact without hits: no finding went anywhere', async () => {
    const { result, host } = await run(artifactWithHits(0), true);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['fallback-path']).toMatch(/fallback_9_1_\d{8}T\d{6}Z\.json$/);
    expect(host.logs.filter((l) => l.level === 'error')).toHaveLength(0);
  });

  it('gates first: a bad artifact is refused and nothing is kept', async () => {
    await expect(run('{"schema_version":"1.0"}')).rejects.toBeInstanceOf(ArtifactError);
    await expect(readFile(path.join(workspace, 'adversarial_reports'))).rejects.toThrow();
  });
});
