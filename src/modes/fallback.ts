import type { Host } from '../host.js';
import type { GateOptions } from '../options.js';
import type { FallbackOptions } from '../fallback/options.js';
import { keepFallback, type FallbackDeps } from '../fallback/keep.js';
import { renderFallbackSummary } from '../fallback/summary.js';
import { gateArtifact } from '../gate/gate.js';
import { renderGateSummary } from '../report/gate-summary.js';
import type { ModeResult } from './result.js';

/** `mode: fallback` — gate the artifact, then keep a redacted copy locally and as an artifact. */
export async function fallbackMode(
  gate: GateOptions,
  options: FallbackOptions,
  host: Host,
  deps: FallbackDeps = {},
): Promise<ModeResult> {
  // A bad or forged artifact is refused (exit 2/3) here, as in every mode that reads one.
  const gated = await gateArtifact(gate, host);
  const hits = gated.artifact.org_unregistered_hits;
  const request = { source: gated.artifact, hits, reason: 'requested' as const };
  const result = await keepFallback(request, options, host, deps);

  // An empty artifact still gets its (empty) copy, but no finding went anywhere to fail for.
  const fail = options.failOnFallback && result.hits > 0;
  if (fail) {
    host.error(
      `${result.hits} finding(s) went to the fallback and 'fail-on-fallback' is true: failing the step.`,
      { title: 'audit-gate: fallback used' },
    );
  }
  return {
    outputs: {
      valid: true,
      hits: hits.length,
      'mode-used': 'fallback',
      'fallback-path': result.path,
      // Unset when nothing was uploaded, as in `file` mode.
      ...(result.artifactId !== null ? { 'fallback-artifact-id': result.artifactId } : {}),
    },
    summary: `${renderFallbackSummary(request, result)}\n${renderGateSummary(gated)}`,
    exitCode: fail ? 1 : 0,
    metrics: { audit_hits_total: hits.length, audit_fallback_artifacts_total: 1 },
  };
}
