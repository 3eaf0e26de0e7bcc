// Types of the validator scripts/compile-schema.mjs generates next to this file.
import type { ErrorObject } from 'ajv/dist/2020.js';

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: GeneratedValidator;
export default validate;
