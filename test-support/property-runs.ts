/**
 * Iteration counts for property tests. `npm test` runs on a 2-core CI machine, so each
 * property gets a few hundred runs there; `AUDIT_GATE_LONG=1` (as `npm run test:long` sets it)
 * multiplies them for a deeper search before a release.
 */
export const LONG_RUN = process.env.AUDIT_GATE_LONG === '1';

/** `normal` runs, or `long` (default 20 times as many) under AUDIT_GATE_LONG=1. */
export function propertyRuns(normal: number, long: number = normal * 20): number {
  return LONG_RUN ? long : normal;
}

/**
 * A fixed seed when AUDIT_GATE_SEED is set (to replay a failure fast-check reported), else
 * fast-check's own random seed, which it prints with every counterexample.
 */
export function propertySeed(): { seed?: number } {
  const raw = process.env.AUDIT_GATE_SEED;
  return raw === undefined || raw === '' ? {} : { seed: Number(raw) };
}
