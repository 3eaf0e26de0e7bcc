import { createActionsHost } from './host/actions-host.js';
import type { Host } from './host.js';
import {
  AuditGateError,
  classify,
  errorMessage,
  type FailureReason,
  type KnownOutputs,
} from './errors.js';
import { parseOptions, registerSecrets, type Options } from './options.js';
import type { ModeResult } from './modes/result.js';
import { renderFailureSummary } from './report/gate-summary.js';
import { writeMetrics } from './report/metrics.js';

const FAILURE_TITLES: Record<FailureReason, string> = {
  schema: 'artifact refused',
  hmac: 'signature refused',
  quota: 'API quota exhausted',
  config: 'configuration error',
  internal: 'unexpected failure',
};

/**
 * The one place that turns a mode's result or error into outputs, a summary and an exit code.
 * Returns the exit code rather than exiting, so tests call it without ending the process.
 */
export async function run(host: Host = createActionsHost()): Promise<number> {
  const started = performance.now();
  let options: Options | null = null;
  try {
    registerSecrets(host);
    options = parseOptions(host);
    const result = await dispatch(options, host);
    setOutputs(host, result.outputs);
    if (result.failureReason) host.setOutput('failure-reason', result.failureReason);
    await host.writeSummary(result.summary);
    await writeMetrics(options.metrics, options.mode, result.metrics ?? {}, started, host);
    return result.exitCode ?? 0;
  } catch (error) {
    const { exitCode, reason } = classify(error);
    const details = error instanceof AuditGateError ? error.details : [];
    if (error instanceof AuditGateError) setOutputs(host, error.outputs);
    if (details.length > 0) {
      await host.group(`${details.length} problem(s) in detail`, async () => {
        for (const line of details) host.info(line);
      });
    }
    if (reason === 'internal' && error instanceof Error && error.stack) host.debug(error.stack);
    const message =
      reason === 'internal' ? `Unexpected failure: ${errorMessage(error)}` : errorMessage(error);
    host.error(message, { title: `audit-gate: ${FAILURE_TITLES[reason]}` });
    host.setOutput('failure-reason', reason);
    if (reason === 'schema' || reason === 'hmac') host.setOutput('valid', false);
    await host
      .writeSummary(renderFailureSummary(FAILURE_TITLES[reason], message, details))
      .catch(() => undefined);
    if (options) {
      const samples = error instanceof AuditGateError ? error.metrics : {};
      await writeMetrics(options.metrics, options.mode, samples, started, host).catch(
        () => undefined,
      );
    }
    return exitCode;
  }
}

/**
 * Each mode is imported when chosen, so the bundle splits along modes and a `validate` run
 * does not load the GitHub client, the artifact uploader or the filer.
 */
async function dispatch(options: Options, host: Host): Promise<ModeResult> {
  switch (options.mode) {
    case 'validate':
      return (await import('./modes/validate.js')).validateMode(options.gate, host);
    case 'sign':
      return (await import('./modes/sign.js')).signMode(options.sign, host);
    case 'fallback':
      return (await import('./modes/fallback.js')).fallbackMode(
        options.gate,
        options.fallback,
        host,
      );
    case 'purge':
      return (await import('./modes/purge.js')).purgeMode(options.purge, host);
    case 'file':
      return (await import('./modes/file.js')).fileMode(options.file, host);
    default:
      return assertNever(options);
  }
}

function setOutputs(host: Host, outputs: KnownOutputs): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined) host.setOutput(name as keyof KnownOutputs, value);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled mode: ${JSON.stringify(value)}`);
}
