import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ConfigurationError, errorMessage } from '../errors.js';
import { printable } from './read-artifact.js';

/*
 * Ajv at run time, for the schemas not compiled ahead of time: a user's `schema` input and the
 * SARIF subset. Imported only when one of them is needed.
 */

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

const custom = new Map<string, ValidateFunction>();

export function customValidator(schemaPath: string): ValidateFunction {
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
