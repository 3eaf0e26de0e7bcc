import type { InputName, OutputName } from '../src/constants.js';
import type { AnnotationProperties, Host, RunContext } from '../src/host.js';

export interface Logged {
  readonly level: 'debug' | 'info' | 'notice' | 'warning' | 'error';
  readonly message: string;
  readonly properties?: AnnotationProperties;
}

/** An in-memory Host for unit tests: give it inputs, read back outputs, logs and the summary. */
export class FakeHost implements Host {
  readonly outputs = new Map<OutputName, string>();
  readonly secrets: string[] = [];
  readonly logs: Logged[] = [];
  readonly groups: string[] = [];
  summary = '';
  readonly context: RunContext;

  constructor(
    private readonly inputs: Partial<Record<InputName, string>> = {},
    context: Partial<RunContext> = {},
  ) {
    this.context = {
      repository: 'org/central',
      runId: '42',
      runAttempt: '1',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      workspace: process.cwd(),
      ...context,
    };
  }

  getInput(name: InputName): string {
    return (this.inputs[name] ?? '').trim();
  }
  getMultilineInput(name: InputName): string {
    return this.inputs[name] ?? '';
  }
  setOutput(name: OutputName, value: string | number | boolean): void {
    this.outputs.set(name, String(value));
  }
  setSecret(value: string): void {
    this.secrets.push(value);
  }
  debug(message: string): void {
    this.logs.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.logs.push({ level: 'info', message });
  }
  notice(message: string, properties?: AnnotationProperties): void {
    this.logs.push({ level: 'notice', message, properties });
  }
  warning(message: string, properties?: AnnotationProperties): void {
    this.logs.push({ level: 'warning', message, properties });
  }
  error(message: string, properties?: AnnotationProperties): void {
    this.logs.push({ level: 'error', message, properties });
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.groups.push(title);
    return fn();
  }
  async writeSummary(markdown: string): Promise<void> {
    this.summary += markdown;
  }

  /** Every logged message, for "was X ever printed" assertions. */
  text(): string {
    return this.logs.map((entry) => entry.message).join('\n') + '\n' + this.summary;
  }
}
