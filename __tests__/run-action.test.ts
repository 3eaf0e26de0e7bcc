/**
 * The end-to-end runner, exercised against a stand-in action (test-support/fixtures/echo-action)
 * so it is proven before, and independently of, the real bundle.
 */
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZipFile, serveResultsService } from '../test-support/github/results-service.js';
import { ArtifactStore } from '../test-support/github/state.js';
import {
  parseKeyValueFile,
  parseWorkflowCommands,
  readActionManifest,
  REPO_ROOT,
  runAction,
  type ActionRun,
  type RunActionOptions,
} from '../test-support/run-action.js';

const actionDir = join(REPO_ROOT, 'test-support/fixtures/echo-action');
const runs: ActionRun[] = [];
afterAll(() => Promise.all(runs.map((r) => r.cleanup())));

async function run(opts: RunActionOptions): Promise<ActionRun> {
  const result = await runAction({ actionDir, ...opts });
  runs.push(result);
  return result;
}

describe('readActionManifest', () => {
  it('reads input names, defaults and the entry point of action.yml', () => {
    const manifest = readActionManifest(actionDir);
    expect(manifest.using).toBe('node20');
    expect(manifest.main).toBe('index.js');
    expect(Object.keys(manifest.inputs)).toEqual([
      'behaviour',
      'exit-code',
      'max-artifact-mb',
      'token',
      'repository',
      'note',
    ]);
    expect(manifest.inputs['max-artifact-mb']?.default).toBe('256');
    expect(manifest.inputs.token?.default).toBe('${{ github.token }}');
    expect(manifest.inputs.repository?.default).toBe('${{ github.repository }}');
    expect(manifest.inputs.note?.default).toBeUndefined();
    expect(manifest.inputs.token?.description).toBe(
      'Defaults to the workflow token,\nas the real action does.\n',
    );
  });
});

describe('parseKeyValueFile (GITHUB_OUTPUT)', () => {
  it.each([
    ['plain', 'a=1\n', { a: '1' }],
    ['value with = and <<', 'a=b=c<<d\n', { a: 'b=c<<d' }],
    ['heredoc', 'a<<EOF\nline 1\nline 2\nEOF\n', { a: 'line 1\nline 2' }],
    ['empty heredoc', 'a<<EOF\nEOF\n', { a: '' }],
    ['heredoc holding = lines', 'a<<D\nx=y\nD\nb=2\n', { a: 'x=y', b: '2' }],
    ['last write wins', 'a=1\na=2\n', { a: '2' }],
    ['blank lines skipped', '\na=1\n\n', { a: '1' }],
  ])('%s', (_, text, expected) => {
    expect(parseKeyValueFile(text)).toEqual(expected);
  });

  it.each([
    ['no delimiter end', 'a<<EOF\nvalue\n', /Matching delimiter not found 'EOF'/],
    ['neither form', 'just text\n', /Invalid format 'just text'/],
    ['empty name', '=1\n', /name must not be empty/],
  ])('rejects %s as the runner does', (_, text, error) => {
    expect(() => parseKeyValueFile(text)).toThrow(error);
  });
});

describe('parseWorkflowCommands', () => {
  it('unescapes data and properties as @actions/core escapes them', () => {
    const { annotations } = parseWorkflowCommands([
      '::error file=a%2Cb.ts,title=x%3Ay,line=2,col=5::50%25%0Adone',
      'not a command ::error::x',
      '::debug::ignored',
    ]);
    expect(annotations).toEqual([
      { level: 'error', file: 'a,b.ts', title: 'x:y', line: 2, col: 5, message: '50%\ndone' },
    ]);
  });
});

describe('runAction', () => {
  const probe = 'AUDIT_GATE_RUNNER_LEAK_PROBE';
  afterEach(() => {
    delete process.env[probe];
  });

  it('passes inputs, context and file commands as the runner does, and nothing else', async () => {
    process.env[probe] = 'must not reach the child';
    const result = await run({
      inputs: { behaviour: 'report', 'max-artifact-mb': 5, 'exit-code': 3 },
      token: 'ghs_test',
      repository: 'org/central',
      runId: 77,
      runAttempt: 2,
      githubUrl: 'http://127.0.0.1:8080',
    });
    expect(result.exitCode).toBe(3);
    const env = JSON.parse(result.outputs.env!) as Record<string, string>;

    expect(env).toMatchObject({
      INPUT_BEHAVIOUR: 'report',
      'INPUT_MAX-ARTIFACT-MB': '5',
      'INPUT_EXIT-CODE': '3',
      INPUT_TOKEN: 'ghs_test',
      INPUT_REPOSITORY: 'org/central',
      GITHUB_REPOSITORY: 'org/central',
      GITHUB_RUN_ID: '77',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_API_URL: 'http://127.0.0.1:8080',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:8080/',
      GITHUB_SERVER_URL: 'http://github.localhost',
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: result.workspace,
      RUNNER_TEMP: result.runnerTemp,
      PATH: process.env.PATH,
      cwd: result.workspace,
    });
    expect(env).not.toHaveProperty('INPUT_NOTE');
    expect(env).not.toHaveProperty(probe);
    expect(env).not.toHaveProperty('NODE_OPTIONS');
    expect(env).not.toHaveProperty('JEST_WORKER_ID');
    expect(Object.keys(env).filter((k) => !(k in result.env))).toEqual(['cwd']);

    // The runtime token carries the run and job as @actions/artifact reads them.
    const claims = JSON.parse(
      Buffer.from(env.ACTIONS_RUNTIME_TOKEN!.split('.')[1]!, 'base64url').toString(),
    ) as { scp: string };
    expect(claims.scp.split(' ')).toContain('Actions.Results:77:1');
  });

  it('reads outputs, summary, annotations and masks back', async () => {
    const result = await run({ inputs: { behaviour: 'report', note: 'hi' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ 'max-mb': '256', empty: '', plain: 'a=b<<c' });
    expect(result.summary).toContain('<h1>Fixture summary</h1>');
    expect(result.summary).toContain('note=hi');
    expect(result.annotations).toEqual([
      {
        level: 'error',
        message: 'bad thing\nsecond line',
        file: 'src/a.ts',
        title: 'Bad, really: yes',
        line: 3,
        endLine: 4,
      },
      { level: 'warning', message: 'careful: 100%' },
      { level: 'notice', message: 'fyi', title: 'Note' },
      { level: 'warning', message: 'from stderr, indented' },
    ]);
    expect(result.masks).toEqual(['s3cret']);
    expect(result.stdout).toContain('::error::not a command while stopped');
  });

  it('gives the action what @actions/artifact needs to upload to the local service', async () => {
    const store = new ArtifactStore();
    const service = await serveResultsService(store);
    try {
      const result = await run({
        githubUrl: service.url,
        repository: 'org/central',
        runId: 91,
        files: { 'upload/report.json': '{"redacted":true}' },
        inputs: { behaviour: 'upload' },
      });
      expect(result.exitCode).toBe(0);
      const artifact = store.artifacts.get(Number(result.outputs['artifact-id']));
      expect(artifact).toMatchObject({
        name: 'echo-upload',
        repository: 'org/central',
        workflowRunId: 91,
        finalized: true,
      });
      expect(readZipFile(artifact!.zip!, 'report.json').toString()).toBe('{"redacted":true}');
    } finally {
      await service.close();
    }
  });

  it('writes files into the workspace and can reuse it for a second run', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'runner-workspace-'));
    try {
      const first = await run({
        workspace,
        files: { 'adversarial_reports/consumer_artifact.json': '{"a":1}' },
        inputs: { behaviour: 'report' },
      });
      expect(first.workspace).toBe(workspace);
      await first.cleanup();
      const path = join(workspace, 'adversarial_reports/consumer_artifact.json');
      expect(await readFile(path, 'utf8')).toBe('{"a":1}');
      const second = await run({ workspace, inputs: { behaviour: 'report' } });
      expect(JSON.parse(second.outputs.env!).cwd).toBe(workspace);
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });

  it('sends SIGKILL when the action prints a given line', async () => {
    const result = await run({
      inputs: { behaviour: 'hang' },
      interrupt: { onLine: 'waiting for a signal', stream: 'stderr' },
    });
    expect(result).toMatchObject({
      exitCode: null,
      signal: 'SIGKILL',
      interrupted: true,
      timedOut: false,
    });
    // What was written before the kill is still read, as the runner would.
    expect(result.outputs['before-hang']).toBe('written');
  });

  it('sends another signal the action may handle', async () => {
    const result = await run({
      inputs: { behaviour: 'hang' },
      interrupt: { onLine: /waiting/, signal: 'SIGTERM' },
    });
    expect(result).toMatchObject({ exitCode: 143, signal: null, interrupted: true });
    expect(result.stdout).toContain('terminating on SIGTERM');
  });

  it('kills a run that outlives its timeout and says so', async () => {
    const started = Date.now();
    const result = await run({ inputs: { behaviour: 'hang' }, timeoutMs: 500 });
    expect(result).toMatchObject({ timedOut: true, signal: 'SIGKILL', interrupted: false });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses an input action.yml does not declare', async () => {
    await expect(run({ inputs: { behaviour: 'report', modee: 'file' } })).rejects.toThrow(
      /input 'modee' is not in action.yml/,
    );
  });

  it('runs the entry given instead of runs.main (a missing one exits 1)', async () => {
    await expect(
      run({ entry: join(actionDir, 'missing.js'), inputs: { behaviour: 'report' } }),
    ).resolves.toMatchObject({ exitCode: 1, outputs: {} });
  });
});
