import type { OutputName } from '../constants.js';
import type { FailureReason } from '../errors.js';

/** What a mode hands back to main: its outputs, its job-summary Markdown and metric samples. */
export interface ModeResult {
  readonly outputs: Partial<Record<OutputName, string | number | boolean>>;
  readonly summary: string;
  /** Exit code for a run that succeeded in its own terms (fail-on-fallback sets 1). */
  readonly exitCode?: 0 | 1;
  /** Why a run that returned exit 1 failed, for the `failure-reason` output. */
  readonly failureReason?: FailureReason;
  readonly metrics?: Readonly<Record<string, number>>;
}
