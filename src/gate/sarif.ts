import type { ValidateFunction } from 'ajv/dist/2020.js';
import { ArtifactError } from '../errors.js';
import type { ConsumerArtifact, Hit } from './artifact.js';
import { printable } from './read-artifact.js';
import { createAjv } from './ajv.js';
import { schemaViolations } from './schema.js';
import { isSarifLog } from './sarif-detect.js';

export { isSarifLog };

/**
 * Reading a SARIF 2.1.0 log (CodeQL, Semgrep and most scanners write one) as a consumer
 * artifact: each result becomes a hit. Only the fields used here are checked, by a small
 * schema, so a malformed log gets pointer-and-rule messages like a native artifact.
 */

export interface SarifOptions {
  /** owner/name of the scanned repository when the log has no versionControlProvenance. */
  readonly repository?: string | null;
  /** How to name the file in messages. */
  readonly file: string;
  /** `generated_at` when no invocation gives a time; default now. */
  readonly now?: Date;
  /** Told about lossy conversions (a missing start line, skipped suppressed results). */
  readonly warn?: (message: string) => void;
}

/**
 * Converts a SARIF log into a consumer artifact (not yet checked by the consumer schema: the
 * caller validates it like a native one). Throws ArtifactError when the log is malformed or
 * cannot be converted: no repository known, a result without a location or a rule id.
 */
export function sarifToArtifact(log: unknown, options: SarifOptions): ConsumerArtifact {
  const validate = sarifValidator();
  if (!validate(log)) {
    throw schemaViolations(options.file, validate.errors ?? [], 'SARIF violation');
  }
  const sarif = log as SarifLog;
  const file = printable(options.file);
  const fail = (reason: string): ArtifactError => new ArtifactError(`${file}: SARIF: ${reason}`);

  const hits: Hit[] = [];
  let defaultedLines = 0;
  let skipped = 0;
  for (const [r, run] of sarif.runs.entries()) {
    const results = run.results ?? [];
    if (results.length === 0) continue;
    const provenance = run.versionControlProvenance?.[0];
    const repository =
      repositoryFromUri(provenance?.repositoryUri) ?? (options.repository || undefined);
    if (repository === undefined) {
      throw fail(
        `/runs/${r} has results but no repository: no versionControlProvenance[0].repositoryUri ` +
          'names a GitHub owner/name, and none was given',
      );
    }
    const rules = run.tool?.driver?.rules ?? [];
    const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
    for (const [i, result] of results.entries()) {
      // Suppressed in source or dismissed, or fixed since the baseline: not a finding to file.
      if (isSuppressed(result) || result.baselineState === 'absent') {
        skipped += 1;
        continue;
      }
      const pointer = `/runs/${r}/results/${i}`;
      const ruleIndex = result.ruleIndex ?? result.rule?.index;
      const indexed = ruleIndex === undefined ? undefined : rules[ruleIndex];
      const pattern = result.ruleId ?? result.rule?.id ?? indexed?.id;
      if (pattern === undefined) {
        throw fail(`${pointer} has no ruleId, rule.id or ruleIndex naming a rule`);
      }
      const rule = indexed ?? rulesById.get(pattern);
      const physical = result.locations?.[0]?.physicalLocation;
      const uri = physical?.artifactLocation?.uri ?? artifactUri(run, physical?.artifactLocation);
      if (uri === undefined) {
        throw fail(
          `${pointer} has no location (locations[0].physicalLocation.artifactLocation.uri)`,
        );
      }
      const region = physical?.region;
      if (region?.startLine === undefined) defaultedLines += 1;
      const snippet = region?.snippet?.text ?? physical?.contextRegion?.snippet?.text;
      // SARIF §3.27.10: no level on the result means the rule's default, else "warning".
      const severity = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
      hits.push({
        repo: repository,
        path: relativePath(uri, run),
        // SARIF allows a region without a line (a whole-file result); line 1 stands for it.
        line_number: region?.startLine ?? 1,
        pattern,
        ...(region?.startColumn !== undefined && { column: region.startColumn }),
        ...(snippet !== undefined && { snippet }),
        ...(provenance?.revisionId !== undefined && { commit: provenance.revisionId }),
        severity,
        ...(result.message?.text !== undefined && { message: result.message.text }),
      });
    }
  }

  if (defaultedLines > 0) {
    options.warn?.(`${file}: ${defaultedLines} SARIF result(s) had no startLine; line 1 was used`);
  }
  if (skipped > 0) {
    options.warn?.(`${file}: ${skipped} suppressed or absent SARIF result(s) were skipped`);
  }

  const first = sarif.runs[0];
  const invocation = first?.invocations?.[0];
  const generatedAt =
    invocation?.endTimeUtc ?? invocation?.startTimeUtc ?? (options.now ?? new Date()).toISOString();
  const auditId = first?.automationDetails?.id;
  return {
    schema_version: '1.0',
    ...(auditId !== undefined && { audit_id: auditId }),
    generated_at: generatedAt,
    org_unregistered_hits: hits,
  };
}

/**
 * owner/name from a repository URI: https://host/owner/name(.git), ssh://git@host/owner/name,
 * or git@host:owner/name.git. Anything else is unknown (undefined), not a guess.
 */
export function repositoryFromUri(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  const scp = /^[\w.-]+@[\w.-]+:([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(uri);
  if (scp) return scp[1];
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) return undefined;
  const parts = url.pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  if (parts.length !== 2) return undefined;
  return `${decodeURIComponent(parts[0]!)}/${decodeURIComponent(parts[1]!).replace(/\.git$/, '')}`;
}

function isSuppressed(result: SarifResult): boolean {
  // A suppression without a status counts as accepted (SARIF §3.35.3).
  return (result.suppressions ?? []).some((s) => s.status === undefined || s.status === 'accepted');
}

function artifactUri(
  run: SarifRun,
  location: SarifArtifactLocation | undefined,
): string | undefined {
  if (location?.index === undefined) return undefined;
  return run.artifacts?.[location.index]?.location?.uri;
}

/**
 * A repository-relative path from an artifact URI. URIs relative to a base (%SRCROOT%) are
 * kept as they are; an absolute file:// URI loses the prefix of a file:// base the run
 * declares in originalUriBaseIds, else only its scheme.
 */
function relativePath(uri: string, run: SarifRun): string {
  let path = uri;
  if (/^file:/i.test(path)) {
    const base = Object.values(run.originalUriBaseIds ?? {})
      .map((b) => b.uri)
      .find((b): b is string => typeof b === 'string' && /^file:/i.test(b) && uri.startsWith(b));
    path = base ? uri.slice(base.length) : uri.replace(/^file:(\/\/[^/]*)?/i, '');
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // Not percent-encoded after all: keep it as written.
  }
  return path.replace(/^(\.\/)+/, '');
}

// The part of SARIF 2.1.0 read here (see the schema below for what is checked).
interface SarifArtifactLocation {
  readonly uri?: string;
  readonly uriBaseId?: string;
  readonly index?: number;
}
interface SarifRegion {
  readonly startLine?: number;
  readonly startColumn?: number;
  readonly snippet?: { readonly text?: string };
}
interface SarifResult {
  readonly ruleId?: string;
  readonly ruleIndex?: number;
  readonly rule?: { readonly id?: string; readonly index?: number };
  readonly level?: string;
  readonly message?: { readonly text?: string };
  readonly baselineState?: string;
  readonly suppressions?: ReadonlyArray<{ readonly status?: string }>;
  readonly locations?: ReadonlyArray<{
    readonly physicalLocation?: {
      readonly artifactLocation?: SarifArtifactLocation;
      readonly region?: SarifRegion;
      readonly contextRegion?: SarifRegion;
    };
  }>;
}
interface SarifRun {
  readonly tool?: {
    readonly driver?: {
      readonly rules?: ReadonlyArray<{
        readonly id?: string;
        readonly defaultConfiguration?: { readonly level?: string };
      }>;
    };
  };
  readonly results?: readonly SarifResult[];
  readonly artifacts?: ReadonlyArray<{ readonly location?: { readonly uri?: string } }>;
  readonly originalUriBaseIds?: Readonly<Record<string, { readonly uri?: string }>>;
  readonly versionControlProvenance?: ReadonlyArray<{
    readonly repositoryUri?: string;
    readonly revisionId?: string;
  }>;
  readonly invocations?: ReadonlyArray<{
    readonly startTimeUtc?: string;
    readonly endTimeUtc?: string;
  }>;
  readonly automationDetails?: { readonly id?: string };
}
interface SarifLog {
  readonly version: '2.1.0';
  readonly runs: readonly SarifRun[];
}

const string = { type: 'string' } as const;
const text = { type: 'object', properties: { text: string } } as const;
const index = { type: 'integer', minimum: 0 } as const;
const region = {
  type: 'object',
  properties: {
    startLine: { type: 'integer', minimum: 1 },
    startColumn: { type: 'integer', minimum: 1 },
    snippet: text,
  },
} as const;

/** The fields of SARIF 2.1.0 this module reads, with the types the specification gives them. */
export const SARIF_SUBSET_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:audit-gate:schema:sarif-subset:2.1.0',
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          tool: {
            type: 'object',
            properties: {
              driver: {
                type: 'object',
                properties: {
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        id: string,
                        defaultConfiguration: {
                          type: 'object',
                          properties: { level: { enum: ['none', 'note', 'warning', 'error'] } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                ruleId: string,
                ruleIndex: index,
                rule: { type: 'object', properties: { id: string, index } },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: text,
                baselineState: string,
                suppressions: {
                  type: 'array',
                  items: { type: 'object', properties: { status: string } },
                },
                locations: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        properties: {
                          artifactLocation: {
                            type: 'object',
                            properties: { uri: string, uriBaseId: string, index },
                          },
                          region,
                          contextRegion: region,
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          artifacts: {
            type: 'array',
            items: {
              type: 'object',
              properties: { location: { type: 'object', properties: { uri: string } } },
            },
          },
          originalUriBaseIds: {
            type: 'object',
            additionalProperties: { type: 'object', properties: { uri: string } },
          },
          versionControlProvenance: {
            type: 'array',
            items: {
              type: 'object',
              properties: { repositoryUri: string, revisionId: string },
            },
          },
          invocations: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                startTimeUtc: { type: 'string', format: 'date-time' },
                endTimeUtc: { type: 'string', format: 'date-time' },
              },
            },
          },
          automationDetails: { type: 'object', properties: { id: string } },
        },
      },
    },
  },
} as const;

let sarifValidate: ValidateFunction | undefined;

function sarifValidator(): ValidateFunction {
  sarifValidate ??= createAjv({ ours: true }).compile(SARIF_SUBSET_SCHEMA);
  return sarifValidate;
}
