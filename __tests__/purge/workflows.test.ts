/**
 * The companion workflows: the lint that CI runs over them, and the promises they make
 * (schedule, permissions, inputs, the concurrency group).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

const run = promisify(execFile);
const LINT = path.resolve('scripts/lint-workflows.mjs');

async function lint(...files: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [LINT, ...files]);
    return { code: 0, stdout };
  } catch (error) {
    const failure = error as { code: number; stdout: string };
    return { code: failure.code, stdout: failure.stdout };
  }
}

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  steps: Step[];
  needs?: string;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, { type: string; default?: unknown }> } | null> & {
    schedule?: { cron: string }[];
  };
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (name: string) =>
  parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
const actionStep = (job: Job) => job.steps.find((step) => step.uses === './')!;

describe('scripts/lint-workflows.mjs', () => {
  it('passes every workflow, action.yml and the workflow examples in docs/', async () => {
    const result = await lint();
    expect(result.stdout).toContain('ok    .github/workflows/cleanup-fallbacks.yml');
    expect(result.stdout).toContain('ok    .github/workflows/ingest-and-dryrun.yml');
    expect(result.stdout).toContain('ok    action.yml');
    expect(result.stdout).toMatch(/ok {4}docs\/OPERATIONS\.md:\d+/);
    expect(result.stdout).not.toContain('FAIL');
    expect(result.code).toBe(0);
  });

  it('fails a broken workflow and names each mistake', async () => {
    const result = await lint('__tests__/purge/fixtures/broken-workflow.yml');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('/permissions/actions: Enum conditions are not met');
    expect(result.stdout).toContain("input 'ttl_days' is not in action.yml");
    expect(result.stdout).toContain(
      'inputs.dryrun is used but workflow_dispatch declares no such input',
    );
  });
});

describe('cleanup-fallbacks.yml', () => {
  const wf = workflow('cleanup-fallbacks.yml');
  const step = actionStep(wf.jobs.purge!);

  it('runs daily at 02:00 UTC and by hand with dry-run and ttl-days', () => {
    expect(wf.on.schedule).toEqual([{ cron: '0 2 * * *' }]);
    expect(wf.on.workflow_dispatch?.inputs).toMatchObject({
      'dry-run': { type: 'boolean', default: false },
      'ttl-days': { type: 'number', default: 7 },
    });
  });

  it('has actions: write and contents: read, nothing more', () => {
    expect(wf.permissions).toEqual({ actions: 'write', contents: 'read' });
  });

  it('runs mode purge with the dispatch inputs, falling back to the defaults on schedule', () => {
    expect(step.with).toEqual({
      mode: 'purge',
      'ttl-days': '${{ inputs.ttl-days || 7 }}',
      'dry-run': '${{ inputs.dry-run || false }}',
    });
  });
});

describe('ingest-and-dryrun.yml', () => {
  const wf = workflow('ingest-and-dryrun.yml');
  const gate = wf.jobs['ingest-gate']!;
  const file = wf.jobs['file-dry-run']!;

  it('gates with validate, HMAC policy from a repository variable and keys from a secret', () => {
    expect(actionStep(gate).with).toMatchObject({
      mode: 'validate',
      'require-hmac': "${{ vars.AUDIT_REQUIRE_HMAC == 'true' }}",
      'hmac-key': '${{ secrets.AUDIT_HMAC_KEYS }}',
    });
  });

  it('files only after the gate, as a dry run, one run per central repository at a time', () => {
    expect(file.needs).toBe('ingest-gate');
    expect(actionStep(file).with).toMatchObject({ mode: 'file', 'dry-run': true });
    expect(file.concurrency).toEqual({
      group: 'audit-gate-file-${{ vars.AUDIT_CENTRAL_REPO || github.repository }}',
      'cancel-in-progress': false,
    });
    expect(actionStep(file).with?.repository).toBe(
      '${{ vars.AUDIT_CENTRAL_REPO || github.repository }}',
    );
    expect(file.permissions).toEqual({ contents: 'read', issues: 'read' });
  });
});
