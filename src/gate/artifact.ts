/** The consumer artifact after it has passed the gate (see schemas/consumer-artifact.schema.json). */

export interface Hit {
  /** `owner/name` of the scanned repository. */
  readonly repo: string;
  readonly path: string;
  /** 1-based. */
  readonly line_number: number;
  readonly pattern: string;
  readonly snippet?: string;
  /** Commit SHA the hit was found at, when known. */
  readonly commit?: string;
  readonly column?: number;
  readonly severity?: string;
  readonly message?: string;
}

export interface ArtifactSignature {
  readonly alg: 'HMAC-SHA256';
  readonly kid?: string;
  /** Lower-case hex. */
  readonly value: string;
}

export interface ConsumerArtifact {
  readonly schema_version: string;
  readonly audit_id?: string;
  readonly generated_at: string;
  readonly source?: {
    readonly repository?: string;
    readonly run_id?: string;
    readonly commit?: string;
  };
  readonly scope?: {
    readonly complete: boolean;
    readonly repositories?: readonly string[];
  };
  readonly org_unregistered_hits: readonly Hit[];
  readonly signature?: ArtifactSignature;
}
