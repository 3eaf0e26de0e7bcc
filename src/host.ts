import type { InputName, OutputName } from './constants.js';

/** Where an annotation points, as GitHub's workflow commands take it. */
export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
}

/**
 * Everything the action needs from its surroundings: inputs, outputs, logs, the summary and the
 * run's context. The action passes one that speaks the runner's protocol; the CLI passes one backed by
 * argv and stdio. Logic never writes workflow commands itself, so both run the same code.
 */
export interface Host {
  /** The raw input, trimmed; '' when not given. */
  getInput(name: InputName): string;
  /** The raw input with line breaks kept (multi-line secrets such as key rings). */
  getMultilineInput(name: InputName): string;
  setOutput(name: OutputName, value: string | number | boolean): void;
  setSecret(value: string): void;
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  /** Runs `fn` inside a collapsible log group. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Appends Markdown to the job summary (a no-op where there is none). */
  writeSummary(markdown: string): Promise<void>;
  readonly context: RunContext;
}

export interface RunContext {
  /** `owner/name` of the repository running the workflow ('' outside Actions). */
  readonly repository: string;
  readonly runId: string;
  readonly runAttempt: string;
  readonly serverUrl: string;
  readonly apiUrl: string;
  readonly workspace: string;
}

export function runContextFromEnv(env: NodeJS.ProcessEnv): RunContext {
  return {
    repository: env.GITHUB_REPOSITORY ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
  };
}
