import type { ConsumerArtifact, Hit } from '../gate/artifact.js';
import type { FallbackReason } from './reason.js';

/** What every snippet becomes in a fallback copy (the seed's marker, kept). */
export const REDACTED = '<REDACTED>';

/** The `fallback` property of a fallback copy (see the schema's `#/properties/fallback`). */
export interface FallbackRecord {
  readonly reason: FallbackReason;
  readonly detail?: string;
  readonly created_at: string;
  readonly repository?: string;
  readonly run_id?: string;
  readonly run_attempt?: string;
  /** Hits in the artifact the copy was made from; the copy may hold only the unfiled ones. */
  readonly source_hits: number;
  /** The source carried a signature, which the copy cannot keep (its content changed). */
  readonly signature_removed: boolean;
}

/** A fallback copy: a valid consumer artifact, so it can be filed later with `mode: file`. */
export type FallbackArtifact = ConsumerArtifact & { readonly fallback: FallbackRecord };

/** The schema caps `fallback.detail` at this many characters. */
export const MAX_DETAIL = 1000;

/**
 * The redacted copy of `source` holding `hits`. Pure: `source` and `hits` are deep-copied
 * first (the seed copied shallowly and so rewrote its caller's hits).
 *
 * Only `snippet` is redacted, and that is not configurable: it is the one field that carries
 * source text from the scanned repositories; the others are what a reader needs to find the
 * hit again. A configurable list would let a typo silently keep the secrets in.
 *
 * The signature is dropped: it covered the original content, so on the copy it could only
 * fail to verify. A `fallback` record from an earlier copy is replaced by this one.
 */
export function redactArtifact(
  source: ConsumerArtifact,
  hits: readonly Hit[],
  record: FallbackRecord,
): FallbackArtifact {
  const {
    org_unregistered_hits: _hits,
    signature: _signature,
    fallback: _previous,
    ...rest
  } = source as ConsumerArtifact & { readonly fallback?: unknown };
  return {
    ...structuredClone(rest),
    org_unregistered_hits: hits.map(redactHit),
    fallback: record.detail === undefined ? record : { ...record, detail: clip(record.detail) },
  };
}

/** A deep copy of `hit` with its snippet, if it has one, replaced; every other field kept. */
export function redactHit(hit: Hit): Hit {
  const copy = structuredClone(hit) as { -readonly [K in keyof Hit]: Hit[K] };
  // Assigned on the copy so the snippet keeps its place among the hit's keys.
  if (Object.hasOwn(copy, 'snippet')) copy.snippet = REDACTED;
  return copy;
}

function clip(detail: string): string {
  return detail.length <= MAX_DETAIL ? detail : `${detail.slice(0, MAX_DETAIL - 1)}…`;
}
