import { appendFile } from 'node:fs/promises';
import type { InputName, OutputName } from '../constants.js';
import { runContextFromEnv, type AnnotationProperties, type Host } from '../host.js';

export interface CliStreams {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/**
 * The Host for the command line: inputs come from parsed flags, logs go to stderr and the
 * outputs to stdout as `name=value` lines, so `audit-gate validate … | grep hits=` works.
 */
export function createCliHost(
  inputs: ReadonlyMap<InputName, string>,
  env: NodeJS.ProcessEnv = process.env,
  streams: CliStreams = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  },
): Host & { readonly outputs: ReadonlyMap<OutputName, string> } {
  const secrets: string[] = [];
  const outputs = new Map<OutputName, string>();
  const mask = (text: string): string =>
    secrets.reduce((masked, secret) => masked.split(secret).join('***'), text);
  const log = (prefix: string, message: string, properties?: AnnotationProperties): void => {
    const where = properties?.file
      ? ` (${properties.file}${properties.startLine ? `:${properties.startLine}` : ''})`
      : '';
    streams.err(mask(`${prefix}${message}${where}`) + '\n');
  };
  const verbose = env.AUDIT_GATE_DEBUG === '1' || env.RUNNER_DEBUG === '1';

  return {
    getInput: (name) => (inputs.get(name) ?? '').trim(),
    getMultilineInput: (name) => inputs.get(name) ?? '',
    setOutput(name, value) {
      outputs.set(name, String(value));
    },
    setSecret(value) {
      if (value) secrets.push(value);
    },
    debug: (message) => verbose && log('debug: ', message),
    info: (message) => log('', message),
    notice: (message, properties) => log('notice: ', message, properties),
    warning: (message, properties) => log('warning: ', message, properties),
    error: (message, properties) => log('error: ', message, properties),
    async group(title, fn) {
      log('', `── ${title}`);
      return fn();
    },
    async writeSummary(markdown) {
      // On a runner (`run: npx audit-gate …`) the summary still reaches the job page.
      if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, markdown + '\n');
    },
    context: runContextFromEnv(env),
    outputs,
  };
}

export function printOutputs(outputs: ReadonlyMap<OutputName, string>, out: (t: string) => void) {
  for (const [name, value] of outputs) out(`${name}=${value}\n`);
}
