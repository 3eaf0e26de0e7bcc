/**
 * fast-check as the tests see it under mutation testing only (stryker.config.mjs maps
 * `fast-check` here): every property runs at most CAPPED_RUNS times. A mutant that breaks a
 * property almost always fails within the first runs, and each of the ~2,000 mutants reruns
 * the properties covering it, which at full counts takes hours on 2 cores. A count, not a
 * time limit: a loaded machine must not turn a slow run into a kill.
 */
import type FastCheck from 'fast-check';
// stryker.config.mjs maps this name to fast-check's own entry file by absolute path (a relative
// path would miss a sandbox whose node_modules is found by walking up, not symlinked in).
// @ts-expect-error -- the name exists only under mutation testing
import realModule from 'fast-check-real';

const real = realModule as typeof FastCheck;

const CAPPED_RUNS = 10;

type Assert = typeof real.assert;

export const assert = ((property: Parameters<Assert>[0], params?: Parameters<Assert>[1]) =>
  real.assert(property, {
    ...params,
    numRuns: Math.min(params?.numRuns ?? 100, CAPPED_RUNS),
  })) as Assert;

export default { ...real, assert };
