import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import type { InputName, OutputName } from '../constants.js';
import { runContextFromEnv, type AnnotationProperties, type Host } from '../host.js';
import {
  appendKeyValue,
  issueCommand,
  readInput,
  type CommandProperties,
} from './workflow-commands.js';

/** The Host inside a GitHub Actions step: inputs from INPUT_*, outputs to GITHUB_OUTPUT. */
export function createActionsHost(
  env: NodeJS.ProcessEnv = process.env,
  write: (text: string) => void = (text) => process.stdout.write(text),
): Host {
  const annotation = (properties?: AnnotationProperties): CommandProperties => ({
    title: properties?.title,
    file: properties?.file,
    line: properties?.startLine,
  });
  const command = (name: string, properties: CommandProperties, message: string) =>
    issueCommand(name, properties, message, write);
  return {
    getInput: (name: InputName) => readInput(env, name).trim(),
    getMultilineInput: (name: InputName) => readInput(env, name),
    setOutput(name: OutputName, value) {
      if (env.GITHUB_OUTPUT) appendKeyValue(env.GITHUB_OUTPUT, name, String(value));
      else command('set-output', { name }, String(value));
    },
    setSecret: (value) => command('add-mask', {}, value),
    debug: (message) => command('debug', {}, message),
    info: (message) => write(message + EOL),
    notice: (message, properties) => command('notice', annotation(properties), message),
    warning: (message, properties) => command('warning', annotation(properties), message),
    error: (message, properties) => command('error', annotation(properties), message),
    async group(title, fn) {
      command('group', {}, title);
      try {
        return await fn();
      } finally {
        command('endgroup', {}, '');
      }
    },
    async writeSummary(markdown) {
      // Outside a runner there is no summary file, and so no summary.
      if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, markdown + EOL);
    },
    context: runContextFromEnv(env),
  };
}
