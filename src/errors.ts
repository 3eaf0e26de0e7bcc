/**
 * Named errors, each carrying the exit code and `failure-reason` it maps to.
 * `main.ts` is the only place that turns them into a failed step.
 */

import type { OutputName } from './constants.js';

export type FailureReason = 'schema' | 'hmac' | 'quota' | 'config' | 'internal';

export type KnownOutputs = Partial<Record<OutputName, string | number | boolean>>;

export abstract class AuditGateError extends Error {
  abstract readonly exitCode: 1 | 2 | 3;
  abstract readonly reason: FailureReason;
  /** Extra lines (for example every schema violation) logged in a collapsible group. */
  readonly details: readonly string[];
  /** Outputs already known when the run failed (say, where the fallback copy went). */
  readonly outputs: KnownOutputs;
  /** Metric samples of what the run did before failing (say, a fallback copy written). */
  readonly metrics: Readonly<Record<string, number>>;

  constructor(
    message: string,
    details: readonly string[] = [],
    outputs: KnownOutputs = {},
    metrics: Readonly<Record<string, number>> = {},
  ) {
    super(message);
    this.details = details;
    this.outputs = outputs;
    this.metrics = metrics;
  }
}

/** The user's configuration is wrong (an input, a key, a mode not built yet). Exit 1. */
export class ConfigurationError extends AuditGateError {
  // Written out: bundlers rename classes, so `new.target.name` is not stable.
  override readonly name = 'ConfigurationError';
  readonly exitCode = 1 as const;
  readonly reason = 'config' as const;
}

/** The artifact is missing, unreadable, not JSON, too large, or fails the schema. Exit 2. */
export class ArtifactError extends AuditGateError {
  override readonly name = 'ArtifactError';
  readonly exitCode = 2 as const;
  readonly reason = 'schema' as const;
}

/** The artifact's HMAC signature is missing, unknown or wrong. Exit 3. */
export class SignatureError extends AuditGateError {
  override readonly name = 'SignatureError';
  readonly exitCode = 3 as const;
  readonly reason = 'hmac' as const;
}

/** GitHub's API quota is exhausted: nothing was written. Exit 3. */
export class QuotaExhaustedError extends AuditGateError {
  override readonly name = 'QuotaExhaustedError';
  readonly exitCode = 3 as const;
  readonly reason = 'quota' as const;
}

/** One line for anything thrown, Error or not (a bare `instanceof Error` check drops the rest). */
export function errorMessage(error: unknown): string {
  // Duck-typed: errors from another realm (a VM context, a worker) fail `instanceof Error`.
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { message, name } = error as { message: unknown; name?: unknown };
    if (typeof message === 'string' && message !== '') return message;
    if (typeof name === 'string') return name;
  }
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** Exit code and reason for anything thrown: named errors keep theirs, the rest is internal. */
export function classify(error: unknown): { exitCode: 1 | 2 | 3; reason: FailureReason } {
  if (error instanceof AuditGateError) return { exitCode: error.exitCode, reason: error.reason };
  return { exitCode: 1, reason: 'internal' };
}
