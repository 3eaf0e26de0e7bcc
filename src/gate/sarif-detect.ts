// Kept apart from sarif.ts, so telling a SARIF log apart does not load the SARIF reader and Ajv.

/** A SARIF log: `version` 2.1.0 with a `runs` array, or a `$schema` that names SARIF. */
export function isSarifLog(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if (record.version === '2.1.0' && Array.isArray(record.runs)) return true;
  return typeof record.$schema === 'string' && /sarif/i.test(record.$schema);
}
