/**
 * The artifact's HMAC: HMAC-SHA256, keyed with the UTF-8 bytes of the key, over the UTF-8 bytes
 * of the RFC 8785 canonical JSON of the document without its signature, written as lower-case
 * hex and compared in constant time. __fixtures__/signing/vectors.json shows it worked through
 * for producers in other languages.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ArtifactError, ConfigurationError, SignatureError } from '../errors.js';
import type { ArtifactSignature } from './artifact.js';
import { writeCanonicalJson } from './canonical-json.js';

export const SIGNATURE_ALG = 'HMAC-SHA256' as const;

/**
 * Where the signature lives: in a `native` artifact, the top-level `signature`; in a `sarif`
 * 2.1.0 log, `properties.signature`, in the log's top-level property bag.
 */
export type SignedFormat = 'native' | 'sarif';

const KID = /^[A-Za-z0-9._-]{1,64}$/;
const KID_RULE = '1 to 64 characters among A-Z a-z 0-9 . _ -';

/**
 * The keys of the `hmac-key` input: one bare key, or lines `kid:key` for rotation.
 * Key material lives in a private field, so it never shows in JSON.stringify or a console dump.
 */
export class KeyRing {
  readonly #keys: ReadonlyMap<string | null, string>;

  /** `null` as the only kid stands for a bare key. */
  constructor(keys: ReadonlyMap<string | null, string>) {
    this.#keys = keys;
  }

  /** A bare key verifies a signature whatever its kid, and signs without one unless asked. */
  get isBare(): boolean {
    return this.#keys.has(null);
  }

  /** Key ids, in the order given (empty for a bare key). Not secret: they appear in artifacts. */
  get kids(): string[] {
    return [...this.#keys.keys()].filter((kid): kid is string => kid !== null);
  }

  /** Every key, to register with `core.setSecret` so the runner masks them in logs. */
  secrets(): string[] {
    return [...this.#keys.values()];
  }

  /**
   * The key to sign with, and the kid to write. A bare key writes no kid unless one is given
   * (it must still be a well-formed kid); a ring of several keys needs the kid named.
   */
  signingKey(kid?: string): { kid: string | null; key: string } {
    const wanted = kid === undefined || kid === '' ? null : kid;
    if (wanted !== null && !KID.test(wanted)) {
      throw new ConfigurationError(`hmac-key-id must be ${KID_RULE}`);
    }
    const bare = this.#keys.get(null);
    if (bare !== undefined) return { kid: wanted, key: bare };
    if (wanted === null) {
      const [only, ...others] = this.#keys;
      if (only !== undefined && others.length === 0) return { kid: only[0], key: only[1] };
      throw new ConfigurationError(
        `hmac-key holds ${this.#keys.size} keys (${this.kids.join(', ')}): ` +
          'set hmac-key-id to the one to sign with',
      );
    }
    const key = this.#keys.get(wanted);
    if (key === undefined) {
      throw new ConfigurationError(
        `hmac-key-id "${wanted}" is not in hmac-key (known: ${this.kids.join(', ')})`,
      );
    }
    return { kid: wanted, key };
  }

  /** The key a signature with this kid (or none) was made with, or why there is none. */
  verifyingKey(kid: string | null): string {
    const bare = this.#keys.get(null);
    if (bare !== undefined) return bare;
    if (kid === null) {
      const [only, ...others] = this.#keys.values();
      if (only !== undefined && others.length === 0) return only;
      throw new SignatureError(
        `signature has no kid, but hmac-key holds ${this.#keys.size} keys ` +
          `(${this.kids.join(', ')}): cannot tell which one signed it`,
      );
    }
    const key = this.#keys.get(kid);
    if (key === undefined) {
      throw new SignatureError(
        `signature kid "${kid}" is not in hmac-key (known: ${this.kids.join(', ')})`,
      );
    }
    return key;
  }

  toJSON(): { kids: string[]; bare: boolean } {
    return { kids: this.kids, bare: this.isBare };
  }
}

/**
 * Parses the `hmac-key` input. Either one bare key (a single non-empty line without `:`), or
 * lines `kid:key`, split at the first `:`, so a key containing `:` must be given as `kid:key`
 * (a lone line `a:b` is read as kid `a`, key `b`). Lines and the parts around the `:` are
 * trimmed, blank lines ignored. Errors name lines, never their text, which may be a key.
 */
export function parseKeyRing(raw: string): KeyRing {
  const lines = raw
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ text: line.trim(), number: index + 1 }))
    .filter((line) => line.text !== '');
  if (lines.length === 0) throw new ConfigurationError('hmac-key is empty');

  const only = lines.length === 1 ? lines[0] : undefined;
  if (only !== undefined && !only.text.includes(':')) {
    return new KeyRing(new Map([[null, only.text]]));
  }

  const keys = new Map<string, string>();
  const lineOfKid = new Map<string, number>();
  for (const { text, number } of lines) {
    const colon = text.indexOf(':');
    if (colon < 0) {
      throw new ConfigurationError(
        `hmac-key line ${number} is not "kid:key" (with several lines, each must be kid:key)`,
      );
    }
    const kid = text.slice(0, colon).trim();
    const key = text.slice(colon + 1).trim();
    if (!KID.test(kid)) {
      throw new ConfigurationError(
        `hmac-key line ${number}: the kid before ":" must be ${KID_RULE} ` +
          '(a key containing ":" must be given as kid:key)',
      );
    }
    if (key === '') throw new ConfigurationError(`hmac-key line ${number}: the key is empty`);
    const first = lineOfKid.get(kid);
    if (first !== undefined) {
      throw new ConfigurationError(`hmac-key line ${number} repeats the kid of line ${first}`);
    }
    lineOfKid.set(kid, number);
    keys.set(kid, key);
  }
  return new KeyRing(keys);
}

/** `sarif` for a SARIF 2.1.0 log (`version: "2.1.0"` and a `runs` array), else `native`. */
export function signedFormatOf(document: Record<string, unknown>): SignedFormat {
  return document['version'] === '2.1.0' && Array.isArray(document['runs']) ? 'sarif' : 'native';
}

/**
 * What the HMAC covers: the document without its signature. For SARIF, a property bag left
 * empty by removing the signature is dropped too, so signing a log that had no `properties`
 * covers exactly the log as it was, and an empty bag added or removed later changes nothing.
 */
export function unsignedPayload(
  document: Record<string, unknown>,
  format: SignedFormat,
): Record<string, unknown> {
  if (format === 'native') return without(document, 'signature');
  const properties = document['properties'];
  if (!isPlainObject(properties)) return document;
  const rest = without(properties, 'signature');
  return Object.keys(rest).length === 0
    ? without(document, 'properties')
    : { ...document, properties: rest };
}

/** Lower-case hex HMAC-SHA256 of the UTF-8 of the document's canonical JSON without its signature. */
export function computeSignature(
  document: Record<string, unknown>,
  format: SignedFormat,
  key: string,
): string {
  const hmac = createHmac('sha256', key);
  try {
    // Streamed: the canonical text of a large artifact is hashed chunk by chunk, never whole.
    writeCanonicalJson(unsignedPayload(document, format), (chunk) => hmac.update(chunk));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArtifactError(`artifact cannot be canonicalised for its HMAC (RFC 8785): ${reason}`);
  }
  return hmac.digest('hex');
}

/** A new document carrying a fresh signature; the input is left as it was. */
export function signDocument(
  document: Record<string, unknown>,
  format: SignedFormat,
  ring: KeyRing,
  kid?: string,
): Record<string, unknown> {
  const signer = ring.signingKey(kid);
  const signature: ArtifactSignature = {
    alg: SIGNATURE_ALG,
    ...(signer.kid === null ? {} : { kid: signer.kid }),
    value: computeSignature(document, format, signer.key),
  };
  if (format === 'native') return { ...document, signature };
  const properties = document['properties'];
  if (properties !== undefined && !isPlainObject(properties)) {
    throw new ArtifactError('the SARIF log\'s top-level "properties" is not an object');
  }
  return { ...document, properties: { ...properties, signature } };
}

/**
 * Checks the document's signature; returns the kid it names (null when it names none).
 * Throws SignatureError, in one line, when it is missing, malformed, of another algorithm,
 * made with a key the ring does not hold, or does not match.
 */
export function verifyDocument(
  document: Record<string, unknown>,
  format: SignedFormat,
  ring: KeyRing,
): { kid: string | null } {
  const signature = readSignature(document, format);
  const key = ring.verifyingKey(signature.kid);
  const expected = Buffer.from(computeSignature(document, format, key));
  const actual = Buffer.from(signature.value);
  // timingSafeEqual throws on a length difference; the length of a digest is no secret.
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw new SignatureError(
      'signature does not match: the artifact was changed after signing, or signed with another key',
    );
  }
  return { kid: signature.kid };
}

function readSignature(
  document: Record<string, unknown>,
  format: SignedFormat,
): { kid: string | null; value: string } {
  const where = format === 'native' ? '"signature"' : 'the SARIF log\'s "properties.signature"';
  const bag = format === 'native' ? document : document['properties'];
  const signature = isPlainObject(bag) ? bag['signature'] : undefined;
  if (signature === undefined) throw new SignatureError(`artifact has no signature (${where})`);
  if (!isPlainObject(signature)) {
    throw new SignatureError(`malformed signature: ${where} must be an object {alg, kid?, value}`);
  }
  const { alg, kid, value } = signature;
  if (typeof alg !== 'string') {
    throw new SignatureError(`malformed signature: ${where}.alg must be "${SIGNATURE_ALG}"`);
  }
  if (alg !== SIGNATURE_ALG) {
    throw new SignatureError(
      `unsupported signature algorithm ${quote(alg)}: only ${SIGNATURE_ALG} is accepted`,
    );
  }
  if (kid !== undefined && (typeof kid !== 'string' || !KID.test(kid))) {
    throw new SignatureError(`malformed signature: ${where}.kid must be ${KID_RULE}`);
  }
  if (typeof value !== 'string' || !/^[0-9a-f]*$/.test(value)) {
    throw new SignatureError(`malformed signature: ${where}.value must be lower-case hex`);
  }
  return { kid: kid ?? null, value };
}

function without(object: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...object };
  delete copy[key];
  return copy;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An artifact's text in a one-line message: quoted, escaped, and cut short. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
