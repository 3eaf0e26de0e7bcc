import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import bundledSchema from '../../schemas/consumer-artifact.schema.json' with { type: 'json' };
import { ArtifactError, ConfigurationError, errorMessage } from '../errors.js';
import type { ConsumerArtifact } from './artifact.js';
import { printable } from './read-artifact.js';

export interface SchemaCheckOptions {
  /** How to name the artifact in messages. */
  readonly file: string;
  /** A JSON Schema 2020-12 file to use instead of the bundled one; empty or absent: bundled. */
  readonly schemaPath?: string | null;
}

/** Every violation goes to `details`, up to this many; the rest are counted. */
export const MAX_REPORTED_VIOLATIONS = 50;

/** The bundled schema, as imported (the same object the bundle inlines). */
export const CONSUMER_ARTIFACT_SCHEMA: Readonly<Record<string, unknown>> = bundledSchema;

/**
 * Checks an artifact against the bundled schema (or `schemaPath`) and returns it typed.
 * Throws ArtifactError (exit 2) whose message is one line naming the file, the count and the
 * first violation, and whose `details` list every violation as `<pointer> <rule>: <message>`.
 * A custom schema that cannot be read or compiled is a ConfigurationError (exit 1).
 */
export function validateArtifactSchema(
  value: unknown,
  options: SchemaCheckOptions,
): ConsumerArtifact {
  const validate = options.schemaPath ? customValidator(options.schemaPath) : bundledValidator();
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
 * Ajv for artifact schemas: every error, standard formats. Our own schemas are compiled fully
 * strict. A user's schema (`ours: false`) is checked against the meta-schema and refused for
 * unknown keywords (a typo like "requird" would silently check nothing), but not held to the
 * stylistic rules (a `required` without `properties`, a keyword without its `type`).
 */
export function createAjv(options: { ours: boolean }): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    ...(options.ours
      ? { strict: true }
      : { strictSchema: true, strictNumbers: true, strictTypes: false, strictTuples: false }),
    // Checking our schemas against the meta-schema doubles the cold compile time; a unit test
    // does it once instead of every run.
    validateSchema: !options.ours,
    // verbose puts the offending value on each error, so a message can say what it got.
    verbose: true,
  });
  addFormats.default(ajv);
  return ajv;
}

let bundled: ValidateFunction | undefined;

function bundledValidator(): ValidateFunction {
  bundled ??= createAjv({ ours: true }).compile(bundledSchema);
  return bundled;
}

const custom = new Map<string, ValidateFunction>();

function customValidator(schemaPath: string): ValidateFunction {
  let validate = custom.get(schemaPath);
  if (validate) return validate;
  const fail = (reason: string): ConfigurationError =>
    new ConfigurationError(`schema ${printable(schemaPath)}: ${printable(reason)}`);
  let text: string;
  try {
    text = readFileSync(schemaPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    throw fail(code === 'ENOENT' ? 'no such file' : `cannot be read: ${errorMessage(error)}`);
  }
  let schema: unknown;
  try {
    schema = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw fail(`not valid JSON: ${errorMessage(error)}`);
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    throw fail('a JSON Schema must be a JSON object');
  }
  try {
    // A fresh Ajv per file: a custom schema may reuse the bundled schema's $id.
    validate = createAjv({ ours: false }).compile(schema);
  } catch (error) {
    throw fail(`not a usable JSON Schema 2020-12: ${errorMessage(error)}`);
  }
  custom.set(schemaPath, validate);
  return validate;
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
  const short = typeof data === 'string' && data.length > 80 ? data.slice(0, 80) : data;
  const json = JSON.stringify(short) ?? String(short);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}
