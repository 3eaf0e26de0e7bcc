/**
 * Runs the bundled action (`node dist/index.js`) in a child process the way the Actions runner
 * does: inputs as `INPUT_*` from action.yml's defaults and the test's values, the `GITHUB_*`
 * variables and file commands, a fresh workspace as the cwd, and nothing else inherited from
 * the parent but PATH. Reads back what the runner would: exit, outputs, summary, annotations.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { makeRuntimeToken } from './github/results-service.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface RunActionOptions {
  /** Input values by their action.yml names; they override the defaults. */
  inputs?: Record<string, string | number | boolean>;
  /** The local GitHub's URL: REST API and results service. Without it, both point at a closed port. */
  githubUrl?: string;
  /** `GITHUB_SERVER_URL`; *.localhost keeps @actions/artifact from treating it as GHES. */
  serverUrl?: string;
  token?: string;
  repository?: string;
  runId?: number;
  runAttempt?: number;
  jobId?: number;
  /** An existing workspace (kept, e.g. for a re-run); by default a fresh one is made. */
  workspace?: string;
  /** Files written into the workspace before the run, by relative path. */
  files?: Record<string, string | Buffer>;
  /** Extra environment; `undefined` removes a variable the runner would set. */
  env?: Record<string, string | undefined>;
  /** Directory holding action.yml (default: the repository root). */
  actionDir?: string;
  /** Script to run instead of action.yml's `runs.main`. */
  entry?: string;
  /** Kill with SIGKILL after this long and report `timedOut` (default 25 s, under Jest's 30 s). */
  timeoutMs?: number;
  /** Send a signal on the first line matching `onLine`, or `afterMs` after the start. */
  interrupt?: {
    signal?: NodeJS.Signals;
    onLine?: string | RegExp;
    stream?: 'stdout' | 'stderr' | 'any';
    afterMs?: number;
  };
  /** Pass inputs action.yml does not declare (the runner only warns); default: throw. */
  allowUnknownInputs?: boolean;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  title?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** The `interrupt` signal was sent. */
  interrupted: boolean;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Values registered with `::add-mask::`. */
  masks: string[];
  workspace: string;
  runnerTemp: string;
  /** The child's whole environment. */
  env: Record<string, string>;
  /** Removes the temporary directories (not a workspace passed in). */
  cleanup: () => Promise<void>;
}

export interface ActionManifest {
  inputs: Record<string, { default?: string; required?: string; description?: string }>;
  using: string;
  main: string;
}

/** The parts of action.yml the runner needs: inputs with their defaults, `runs`. */
export function readActionManifest(actionDir: string = REPO_ROOT): ActionManifest {
  const yaml = parseYaml(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as {
    runs?: { using?: unknown; main?: unknown };
    inputs?: Record<string, unknown>;
  };
  const runs = yaml.runs;
  if (typeof runs?.main !== 'string' || typeof runs.using !== 'string') {
    throw new Error(`${actionDir}/action.yml has no runs.using and runs.main`);
  }
  const inputs: ActionManifest['inputs'] = {};
  for (const [name, spec] of Object.entries(yaml.inputs ?? {})) {
    inputs[name] =
      typeof spec === 'object' && spec !== null ? (spec as ActionManifest['inputs'][string]) : {};
  }
  return { inputs, using: runs.using, main: runs.main };
}

/** The runner's name for an input's variable: `INPUT_MAX-ARTIFACT-MB` (hyphens stay). */
export const inputVariable = (name: string): string =>
  `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/**
 * Parses a `GITHUB_OUTPUT`-style file as the runner does: `name=value` lines, and
 * `name<<DELIMITER` heredocs (what @actions/core writes) up to a line equal to the delimiter.
 */
export function parseKeyValueFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals);
      if (!name) throw new Error(`Invalid format '${line}': name must not be empty`);
      result[name] = line.slice(equals + 1);
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!name || !delimiter) throw new Error(`Invalid format '${line}'`);
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) throw new Error(`Matching delimiter not found '${delimiter}'`);
      result[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return result;
}

const unescapeData = (s: string): string =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string =>
  unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/**
 * Reads workflow commands from output lines as the runner does (`::name k=v,…::data`, leading
 * spaces allowed), honouring `::stop-commands::TOKEN` … `::TOKEN::`.
 */
export function parseWorkflowCommands(lines: readonly string[]): {
  annotations: Annotation[];
  masks: string[];
} {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  let stopToken: string | null = null;
  for (const raw of lines) {
    const line = raw.trimStart();
    if (!line.startsWith('::')) continue;
    const end = line.indexOf('::', 2);
    if (end < 0) continue;
    const info = line.slice(2, end);
    const data = line.slice(end + 2);
    if (stopToken !== null) {
      if (info === stopToken) stopToken = null;
      continue;
    }
    const space = info.indexOf(' ');
    const command = space < 0 ? info : info.slice(0, space);
    const props: Record<string, string> = {};
    if (space > 0) {
      for (const pair of info
        .slice(space + 1)
        .trim()
        .split(',')) {
        const eq = pair.indexOf('=');
        if (eq > 0 && eq < pair.length - 1) {
          props[pair.slice(0, eq).toLowerCase()] = unescapeProperty(pair.slice(eq + 1));
        }
      }
    }
    if (command === 'stop-commands') {
      stopToken = data;
    } else if (command === 'add-mask') {
      masks.push(unescapeData(data));
    } else if (command === 'error' || command === 'warning' || command === 'notice') {
      const annotation: Annotation = { level: command, message: unescapeData(data) };
      if (props.file !== undefined) annotation.file = props.file;
      if (props.title !== undefined) annotation.title = props.title;
      for (const [key, field] of [
        ['line', 'line'],
        ['endline', 'endLine'],
        ['col', 'col'],
        ['endcolumn', 'endColumn'],
      ] as const) {
        if (props[key] !== undefined) annotation[field] = Number(props[key]);
      }
      annotations.push(annotation);
    }
  }
  return { annotations, masks };
}

export async function runAction(opts: RunActionOptions = {}): Promise<ActionRun> {
  const actionDir = opts.actionDir ?? REPO_ROOT;
  const manifest = readActionManifest(actionDir);
  const entry = resolve(opts.entry ?? join(actionDir, manifest.main));
  for (const name of Object.keys(opts.inputs ?? {})) {
    if (!(name in manifest.inputs) && !opts.allowUnknownInputs) {
      throw new Error(
        `input '${name}' is not in action.yml (${Object.keys(manifest.inputs).join(', ')})`,
      );
    }
  }
  const root = await mkdtemp(join(tmpdir(), 'audit-gate-run-'));
  let prepared: PreparedRun;
  try {
    prepared = await prepareRun(opts, manifest, root);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return {
    ...(await execute(opts, entry, prepared)),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

interface PreparedRun {
  env: Record<string, string>;
  workspace: string;
  runnerTemp: string;
  outputFile: string;
  summaryFile: string;
}

/** Makes the workspace, temp dir and file-command files, and the child's environment. */
async function prepareRun(
  opts: RunActionOptions,
  manifest: ActionManifest,
  root: string,
): Promise<PreparedRun> {
  // The local GitHub's default repository, so a run and a bare startLocalGitHub() agree.
  const repository = opts.repository ?? 'octo-org/audit-central';
  const token = opts.token ?? 'ghs_localtesttoken0000000000000000000000';
  const runId = opts.runId ?? 4242;
  const runAttempt = opts.runAttempt ?? 1;
  const jobId = opts.jobId ?? 1;
  // A closed port: a run that forgets the local GitHub fails fast instead of reaching github.com.
  const githubUrl = (opts.githubUrl ?? 'http://127.0.0.1:9').replace(/\/$/, '');
  const serverUrl = opts.serverUrl ?? 'http://github.localhost';

  const workspace = opts.workspace ?? join(root, 'workspace');
  const runnerTemp = join(root, 'temp');
  const commandDir = join(root, 'file-commands');
  await Promise.all(
    [workspace, runnerTemp, commandDir, join(root, 'home')].map((d) =>
      mkdir(d, { recursive: true }),
    ),
  );
  const commandFiles = {
    GITHUB_OUTPUT: join(commandDir, 'output'),
    GITHUB_STEP_SUMMARY: join(commandDir, 'step_summary'),
    GITHUB_ENV: join(commandDir, 'env'),
    GITHUB_PATH: join(commandDir, 'path'),
    GITHUB_STATE: join(commandDir, 'state'),
  };
  await Promise.all(Object.values(commandFiles).map((f) => writeFile(f, '')));
  const eventPath = join(commandDir, 'event.json');
  await writeFile(eventPath, '{}\n');
  for (const [path, content] of Object.entries(opts.files ?? {})) {
    const target = join(workspace, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }

  const context: Record<string, string> = {
    'github.token': token,
    'github.repository': repository,
    'github.repository_owner': repository.split('/')[0] ?? '',
    'github.run_id': String(runId),
    'github.run_attempt': String(runAttempt),
    'github.server_url': serverUrl,
    'github.api_url': githubUrl,
    'github.workspace': workspace,
    'runner.temp': runnerTemp,
  };
  const evaluate = (value: string): string =>
    value.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, expr: string) => {
      const resolved = context[expr];
      if (resolved === undefined) throw new Error(`runAction cannot evaluate \${{ ${expr} }}`);
      return resolved;
    });

  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    if (spec.default !== undefined) inputs[inputVariable(name)] = evaluate(spec.default);
  }
  for (const [name, value] of Object.entries(opts.inputs ?? {})) {
    inputs[inputVariable(name)] = String(value);
  }

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: join(root, 'home'),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: githubUrl,
    GITHUB_GRAPHQL_URL: `${githubUrl}/graphql`,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: context['github.repository_owner']!,
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: String(runAttempt),
    GITHUB_RUN_NUMBER: '1',
    GITHUB_JOB: 'audit',
    GITHUB_WORKFLOW: 'audit',
    GITHUB_ACTION: 'audit-gate',
    GITHUB_ACTOR: 'audit-bot',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_WORKSPACE: workspace,
    GITHUB_RETENTION_DAYS: '90',
    ...commandFiles,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ACTIONS_RUNTIME_TOKEN: makeRuntimeToken(runId, jobId, { repository }),
    ACTIONS_RESULTS_URL: `${githubUrl}/`,
    ...inputs,
  };
  for (const [name, value] of Object.entries(opts.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return {
    env,
    workspace,
    runnerTemp,
    outputFile: commandFiles.GITHUB_OUTPUT,
    summaryFile: commandFiles.GITHUB_STEP_SUMMARY,
  };
}

/** Runs the entry and reads back what the runner would. */
async function execute(
  opts: RunActionOptions,
  entry: string,
  { env, workspace, runnerTemp, outputFile, summaryFile }: PreparedRun,
): Promise<Omit<ActionRun, 'cleanup'>> {
  const child = spawn(process.execPath, [entry], {
    cwd: workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const text = { stdout: '', stderr: '' };
  let timedOut = false;
  let interrupted = false;
  const interrupt = () => {
    if (interrupted || child.exitCode !== null || child.signalCode !== null) return;
    interrupted = true;
    child.kill(opts.interrupt?.signal ?? 'SIGKILL');
  };
  const timers = [
    setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 25_000),
  ];
  if (opts.interrupt?.afterMs !== undefined) {
    timers.push(setTimeout(interrupt, opts.interrupt.afterMs));
  }
  for (const stream of ['stdout', 'stderr'] as const) {
    let partial = '';
    child[stream].setEncoding('utf8');
    child[stream].on('data', (chunk: string) => {
      text[stream] += chunk;
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) onLine(stream, line);
    });
    child[stream].on('end', () => {
      if (partial) onLine(stream, partial);
    });
  }
  function onLine(stream: 'stdout' | 'stderr', line: string) {
    lines.push(line);
    const trigger = opts.interrupt;
    if (!trigger?.onLine) return;
    if ((trigger.stream ?? 'any') !== 'any' && trigger.stream !== stream) return;
    const hit =
      typeof trigger.onLine === 'string'
        ? line.includes(trigger.onLine)
        : trigger.onLine.test(line);
    if (hit) interrupt();
  }

  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
    (done, fail) => {
      child.on('error', fail);
      child.on('close', (code, sig) => done([code, sig]));
    },
  ).finally(() => timers.forEach(clearTimeout));

  const outputText = await readFile(outputFile, 'utf8');
  let outputs: Record<string, string>;
  try {
    outputs = parseKeyValueFile(outputText);
  } catch (error) {
    // The runner fails the step here; keep what the action said for the reader.
    throw new Error(`GITHUB_OUTPUT is malformed: ${String(error)}\nstderr:\n${text.stderr}`, {
      cause: error,
    });
  }
  return {
    exitCode,
    signal,
    timedOut,
    interrupted,
    stdout: text.stdout,
    stderr: text.stderr,
    outputs,
    summary: await readFile(summaryFile, 'utf8'),
    ...parseWorkflowCommands(lines),
    workspace,
    runnerTemp,
    env,
  };
}
