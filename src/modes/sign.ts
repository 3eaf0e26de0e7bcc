import type { Host } from '../host.js';
import type { SignOptions } from '../options.js';
import { gateArtifact } from '../gate/gate.js';
import { signDocument } from '../gate/signature.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { ModeResult } from './result.js';

/**
 * `mode: sign` — the producer's side: check the artifact against the schema (a bad artifact is
 * never signed), then add an HMAC signature in place. The file is replaced atomically, so a
 * reader never sees half a file.
 */
export async function signMode(options: SignOptions, host: Host): Promise<ModeResult> {
  const gated = await gateArtifact(options.gate, host);
  const signed = signDocument(
    gated.document,
    gated.format,
    options.keyRing,
    options.keyId ?? undefined,
  );
  await writeFileAtomic(options.gate.artifact, JSON.stringify(signed, null, 2) + '\n');
  const kid = signatureKid(signed, gated.format);
  const hits = gated.artifact.org_unregistered_hits.length;
  host.info(`${gated.displayPath}: signed with HMAC-SHA256${kid ? ` (kid ${kid})` : ''}.`);
  return {
    outputs: { valid: true, hits },
    summary:
      `### audit-gate: signed\n\n\`${gated.displayPath}\` (${hits} hits) now carries an ` +
      `HMAC-SHA256 signature${kid ? ` with key id \`${kid}\`` : ''}.\n`,
  };
}

function signatureKid(signed: Record<string, unknown>, format: 'native' | 'sarif'): string | null {
  const holder =
    format === 'native' ? signed : ((signed.properties ?? {}) as Record<string, unknown>);
  const signature = holder.signature as { kid?: unknown } | undefined;
  return typeof signature?.kid === 'string' ? signature.kid : null;
}
