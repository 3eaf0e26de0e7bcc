import path from 'node:path';
import type { GateOptions } from '../options.js';
import type { Host } from '../host.js';
import type { ConsumerArtifact } from './artifact.js';
import { readArtifactFile } from './read-artifact.js';
import { validateArtifactSchema, type SchemaValidator } from './schema.js';
import { isSarifLog } from './sarif-detect.js';
import { verifyDocument, type SignedFormat } from './signature.js';

export type SignatureStatus =
  | { readonly state: 'verified'; readonly kid: string | null }
  | { readonly state: 'unsigned' }
  | { readonly state: 'not-checked' };

export interface GatedArtifact {
  readonly artifact: ConsumerArtifact;
  /** The document as parsed (a SARIF log stays a SARIF log): what a signature covers. */
  readonly document: Record<string, unknown>;
  readonly format: SignedFormat;
  readonly signature: SignatureStatus;
  readonly bytes: number;
  /** Path as the user gave it, relative to the workspace where possible (for messages). */
  readonly displayPath: string;
}

/**
 * The ingest gate: read, parse, schema-check and signature-check an artifact. Throws
 * ArtifactError (exit 2) or SignatureError (exit 3) before anything is filed; the schema runs
 * first, as in the seed, so a malformed artifact is a schema failure whatever its signature.
 */
export async function gateArtifact(options: GateOptions, host: Host): Promise<GatedArtifact> {
  const displayPath = displayPathOf(options.artifact, host.context.workspace);
  const read = await readArtifactFile(options.artifact, {
    maxBytes: options.maxArtifactBytes,
    displayPath,
  });
  if (read.bomStripped) {
    host.notice(`${displayPath}: a UTF-8 byte order mark was ignored.`, { file: displayPath });
  }

  const format: SignedFormat = isSarifLog(read.value) ? 'sarif' : 'native';
  // Ajv itself is loaded only for what was not compiled ahead of time: SARIF, a custom schema.
  const validate: SchemaValidator | undefined = options.schemaPath
    ? (await import('./ajv.js')).customValidator(options.schemaPath)
    : undefined;
  const native =
    format === 'sarif'
      ? (await import('./sarif.js')).sarifToArtifact(read.value, {
          repository: options.sarifRepository,
          file: displayPath,
          warn: (message) => host.warning(message, { file: displayPath }),
        })
      : read.value;
  const artifact = validateArtifactSchema(native, { file: displayPath, validate });

  return {
    artifact,
    document: read.value as Record<string, unknown>,
    format,
    signature: checkSignature(read.value, format, options),
    bytes: read.bytes,
    displayPath,
  };
}

function checkSignature(
  document: unknown,
  format: SignedFormat,
  options: GateOptions,
): SignatureStatus {
  if (options.keyRing === null) {
    return hasSignature(document, format) ? { state: 'not-checked' } : { state: 'unsigned' };
  }
  // With a key configured, a present signature is always checked: a wrong one is evidence of
  // tampering even where signatures are not required.
  if (!options.requireHmac && !hasSignature(document, format)) return { state: 'unsigned' };
  const { kid } = verifyDocument(document as Record<string, unknown>, format, options.keyRing);
  return { state: 'verified', kid };
}

function hasSignature(document: unknown, format: SignedFormat): boolean {
  const record = document as Record<string, unknown>;
  if (format === 'native') return Object.hasOwn(record, 'signature');
  const properties = record.properties;
  return (
    typeof properties === 'object' && properties !== null && Object.hasOwn(properties, 'signature')
  );
}

/** The path relative to the workspace when it lies inside it, else as given (absolute). */
export function displayPathOf(file: string, workspace: string): string {
  const relative = path.relative(workspace, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
