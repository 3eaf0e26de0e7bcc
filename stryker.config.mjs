// Mutation testing of the pure core: `npm run mutation` (not part of CI). The whole core takes
// over two hours on 2 cores; one group at a time, as docs/BENCHMARKS.md reports them:
//   npm run mutation -- --mutate 'src/fallback/redact.ts' --incrementalFile reports/mutation/redact.json
// Incremental: a re-run retests only mutants whose code or covering tests changed (`--force`
// retests all). Reports land in reports/mutation/.

import { fileURLToPath } from 'node:url';

/** The pure core: the gate, the planner and renderers, redaction. */
const CORE = [
  'src/gate/canonical-json.ts',
  'src/gate/signature.ts',
  'src/gate/read-artifact.ts',
  'src/gate/schema.ts',
  'src/filer/plan.ts',
  'src/filer/render-issue.ts',
  'src/filer/render-digest.ts',
  'src/filer/marker.ts',
  'src/filer/markdown.ts',
  'src/filer/group.ts',
  'src/filer/fingerprint.ts',
  'src/filer/owned.ts',
  'src/filer/quota-decision.ts',
  'src/fallback/redact.ts',
];

/**
 * The core's own tests: its unit and property tests. Not the end-to-end tests (they run dist/,
 * which mutants do not change), nor tests of the shell (modes, CLI, adapters), which each
 * mutant would load for seconds to exercise the core only in passing.
 */
const CORE_TESTS = [
  '__tests__/{canonical-json,signature,read-artifact,schema}.test.ts',
  '__tests__/filer/{group,markdown,marker,owned,plan,plan-property,quota-decision,render-digest,render-issue}.test.ts',
  '__tests__/fallback/redact.test.ts',
  '__tests__/properties/{canonical-order,digest-parts,plan-budget,redaction-fields}.test.ts',
  '__tests__/mutation/*.test.ts',
].map((glob) => `<rootDir>/${glob}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: CORE,
  testRunner: 'jest',
  // Jest runs the ESM build of the tests only with vm modules.
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  // Mutants are switched at run time (one instrumented build), and each runs only the tests
  // that cover it, in the test files that import its module.
  coverageAnalysis: 'perTest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    enableFindRelatedTests: true,
    config: {
      // All sources in the module map, so related tests are found through any import chain.
      roots: ['<rootDir>/__tests__', '<rootDir>/src', '<rootDir>/test-support'],
      testMatch: CORE_TESTS,
      moduleNameMapper: {
        '^fast-check$': '<rootDir>/__tests__/mutation/fast-check-capped.ts',
        '^fast-check-real$': fileURLToPath(import.meta.resolve('fast-check')),
        '^(\\.{1,2}/.*)\\.js$': '$1',
      },
    },
  },
  // Only the mutated files get `// @ts-nocheck` (the default also touches src/gate/generated/,
  // whose freshness a test checks byte for byte); ts-jest does not type-check anyway.
  disableTypeChecks: '{src/gate,src/filer,src/fallback}/*.ts',
  // Module-level constants: each would rerun every test of every importer (60% of the time
  // for 16% of the mutants). They are reported as ignored.
  ignoreStatic: true,
  concurrency: 2,
  // Jest under vm modules keeps every run's module graph: a worker reaches 4 GiB within 100
  // mutants and slows to a crawl in GC. A fresh worker every 30 mutants keeps them fast.
  maxTestRunnerReuse: 30,
  // A mutant that loops forever is cut off at 1.25× the tests' normal time plus this. Loops
  // are common among mutants (a `<` turned `<=`, `+=` turned `-=`), and each costs the timeout
  // and a fresh worker: 10 s made them most of the run's time.
  timeoutMS: 3_000,
  timeoutFactor: 1.25,
  ignorePatterns: ['dist', 'reports', 'coverage', 'examples', 'docs'],
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  tempDirName: 'reports/.stryker-tmp',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 75, break: null },
};
