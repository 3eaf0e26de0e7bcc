import type { Host } from '../host.js';
import type { GateOptions } from '../options.js';
import { gateArtifact } from '../gate/gate.js';
import { renderGateSummary } from '../report/gate-summary.js';
import type { ModeResult } from './result.js';

/** `mode: validate` — the ingest gate on its own. */
export async function validateMode(options: GateOptions, host: Host): Promise<ModeResult> {
  const gated = await gateArtifact(options, host);
  const hits = gated.artifact.org_unregistered_hits.length;
  host.info(`${gated.displayPath}: valid, ${hits} hit(s), signature ${describe(gated)}.`);
  return {
    outputs: { valid: true, hits },
    summary: renderGateSummary(gated),
    metrics: { audit_hits_total: hits },
  };
}

function describe(gated: Awaited<ReturnType<typeof gateArtifact>>): string {
  switch (gated.signature.state) {
    case 'verified':
      return gated.signature.kid ? `verified (kid ${gated.signature.kid})` : 'verified';
    case 'unsigned':
      return 'absent (not required)';
    case 'not-checked':
      return 'present but not checked (no hmac-key)';
  }
}
