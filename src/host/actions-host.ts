import * as core from '@actions/core';
import type { InputName, OutputName } from '../constants.js';
import { runContextFromEnv, type AnnotationProperties, type Host } from '../host.js';

/** The Host inside a GitHub Actions step: inputs from INPUT_*, outputs to GITHUB_OUTPUT. */
export function createActionsHost(env: NodeJS.ProcessEnv = process.env): Host {
  const annotation = (properties?: AnnotationProperties): core.AnnotationProperties | undefined =>
    properties && {
      title: properties.title,
      file: properties.file,
      startLine: properties.startLine,
    };
  return {
    getInput: (name: InputName) => core.getInput(name),
    getMultilineInput: (name: InputName) => core.getInput(name, { trimWhitespace: false }),
    setOutput: (name: OutputName, value) => core.setOutput(name, String(value)),
    setSecret: (value) => core.setSecret(value),
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    notice: (message, properties) => core.notice(message, annotation(properties)),
    warning: (message, properties) => core.warning(message, annotation(properties)),
    error: (message, properties) => core.error(message, annotation(properties)),
    group: (title, fn) => core.group(title, fn),
    async writeSummary(markdown) {
      // Outside a runner (no GITHUB_STEP_SUMMARY) @actions/core throws; there is no summary.
      if (!env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
      core.summary.emptyBuffer();
    },
    context: runContextFromEnv(env),
  };
}
