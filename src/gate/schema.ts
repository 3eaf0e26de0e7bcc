import type { ErrorObject } from 'ajv/dist/2020.js';
import bundledSchema from '../../schemas/consumer-artifact.schema.json' with { type: 'json' };
import { ArtifactError } from '../errors.js';
import { validate as bundledValidate } from './generated/consumer-artifact.validate.js';
import type { ConsumerArtifact } from './artifact.js';
import { printable } from './read-artifact.js';

/** A compiled schema as Ajv makes them, standalone or not. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export interface SchemaCheckOptions {
  /** How to name the artifact in messages. */
  readonly file: string;
  /** A user's schema (see ./custom-schema.ts) instead of the bundled one. */
  readonly validate?: SchemaValidator;
}

/** Every violation goes to `details`, up to this many; the rest are counted. */
export const MAX_REPORTED_VIOLATIONS = 50;

/** The bundled schema, as imported (the same object the bundle inlines). */
export const CONSUMER_ARTIFACT_SCHEMA: Readonly<Record<string, unknown>> = bundledSchema;

/**
 * Checks an artifact against the bundled schema (or a user's) and returns it typed.
 * Throws ArtifactError (exit 2) whose message is one line naming the file, the count and the
 * first violation, and whose `details` list every violation as `<pointer> <rule>: <message>`.
 * The bundled schema is compiled ahead of time (scripts/compile-schema.mjs), so a run loads
 * neither Ajv's compiler nor pays for compiling.
 */
export function validateArtifactSchema(
  value: unknown,
  options: SchemaCheckOptions,
): ConsumerArtifact {
  const validate: SchemaValidator = options.validate ?? bundledValidate;
  if (validate(value)) return value as ConsumerArtifact;
  throw schemaViolations(options.file, validate.errors ?? [], 'schema violation');
}

/**
 * The ArtifactError for a list of Ajv errors: one summary line, every violation in details.
 * Shared with the SARIF reader so both speak the same `<pointer> <rule>: <message>` form.
 */
export function schemaViolations(
  file: string,
  errors: readonly ErrorObject[],
  noun: string,
): ArtifactError {
  const details = errors.slice(0, MAX_REPORTED_VIOLATIONS).map(formatViolation);
  if (errors.length > details.length) details.push(`… and ${errors.length - details.length} more`);
  const count = `${errors.length} ${noun}(s)`;
  const first = details[0] ?? '(no detail)';
  return new ArtifactError(`${printable(file)}: ${count}: first: ${first}`, details);
}

/**
 * Friendlier words for the bundled schema's patterns, keyed by schema path (a test checks
 * each path exists). Other patterns are shown as the regular expression.
 */
const PATTERN_HINTS: Readonly<Record<string, string>> = {
  '#/properties/schema_version/pattern': 'must be "1.<minor>", for example "1.0"',
  '#/$defs/repository/pattern': 'must be a GitHub repository as owner/name',
  '#/$defs/commit/pattern': 'must be a commit id of 7 to 64 hex digits',
  '#/$defs/singleLine/pattern': 'must not contain control characters (such as a newline)',
  '#/properties/signature/properties/kid/pattern':
    'must be 1 to 64 letters, digits, ".", "-" or "_"',
  '#/properties/signature/properties/value/pattern': 'must be 64 lower-case hex digits',
};

export const PATTERN_HINT_PATHS: readonly string[] = Object.keys(PATTERN_HINTS);

/** `<json pointer> <rule>: <message>`, with artifact-derived text made printable. */
function formatViolation(error: ErrorObject): string {
  const pointer = error.instancePath === '' ? '/' : error.instancePath;
  const params = error.params as Record<string, unknown>;
  let message = error.message ?? 'is invalid';
  switch (error.keyword) {
    case 'additionalProperties':
      message = `unknown property ${JSON.stringify(String(params.additionalProperty))}`;
      break;
    case 'pattern':
      message = `${PATTERN_HINTS[error.schemaPath] ?? message} (got ${excerpt(error.data)})`;
      break;
    case 'format':
    case 'const':
    case 'enum':
      message = `${message} (got ${excerpt(error.data)})`;
      break;
  }
  return printable(`${pointer} ${error.keyword}: ${message}`);
}

/** The offending value as JSON, cut short: enough to recognise it in the artifact. */
function excerpt(data: unknown): string {
  // A long string is cut before it is escaped, so a huge one is not copied whole.
  const short = typeof data === 'string' ? data.slice(0, 80) : data;
  const json = JSON.stringify(short) ?? String(short);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}
