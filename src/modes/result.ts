import type { OutputName } from '../constants.js';

/** What a mode hands back to main: its outputs, its job-summary Markdown and metric samples. */
export interface ModeResult {
  readonly outputs: Partial<Record<OutputName, string | number | boolean>>;
  readonly summary: string;
  /** Exit code for a run that succeeded in its own terms (fail-on-fallback sets 1). */
  readonly exitCode?: 0 | 1;
  readonly metrics?: Readonly<Record<string, number>>;
}
