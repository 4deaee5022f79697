// Mutation testing with StrykerJS: `npm run mutate` (scripts/mutate.ts picks a Node Stryker runs on).
// Not part of `npm test` or CI; what it measures and the equivalent mutants: docs/reliability.md#mutation-score.

import { fileURLToPath } from 'node:url';

/**
 * The tests that run the client, transports and protocol in the test process, where the mutants are:
 * unit, integration, simulator, Kortex 3 (mosquitto), and the reliability tests that need no Node-RED.
 */
const SPEC = [
  'test/unit/**/*.test.ts',
  'test/integration/**/*.test.ts',
  'test/simulator/**/*.test.ts',
  'test/k3/**/*.test.ts',
  ...['hostileBytes', 'replyLimits', 'stateListeners', 'robotVariants', 'k3Faults'].map((name) => `test/reliability/${name}.test.ts`),
];

/** Tests of the built binaries (dist/, never mutated; the sandbox has no dist/). */
const BUILT_BINARY_TESTS = ['test/simulator/fleet.test.ts', 'test/k3/tlsCli.test.ts'];

/**
 * Tests that bound wall-clock time: instrumented code runs many times slower (the coverage counters
 * in a loop over half a million entries), so they fail in the initial run. Left out by title.
 */
const WALL_CLOCK_TESTS = ['refuses a 1 MiB reply of half a million empty connections at once'];

const MOCHA_12_PRELOAD = fileURLToPath(new URL('./scripts/stryker-mocha12.js', import.meta.url));

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/client/**/*.ts', 'src/transport/**/*.ts', 'src/protocol/**/*.ts', '!src/protocol/generated/**'],
  testRunner: 'mocha',
  // The tests load TypeScript as `npm test` does (.mocharc.js): tsx transpiles the sandbox's
  // instrumented sources when the tests import them. The config file is skipped: it adds the whole
  // suite when no test file is named.
  mochaOptions: {
    'no-config': true,
    spec: SPEC,
    ignore: BUILT_BINARY_TESTS,
    require: ['tsx/cjs', 'test/setup.ts'],
    // Mocha takes a "/…/" string as a regular expression: every test whose title names none of them.
    grep: `/^(?!.*(?:${WALL_CLOCK_TESTS.join('|')}))/`,
  },
  // Mocha 12 with @stryker-mutator/mocha-runner 10.1.1: scripts/stryker-mocha12.js.
  testRunnerNodeArgs: ['--require', MOCHA_12_PRELOAD],
  checkerNodeArgs: ['--require', MOCHA_12_PRELOAD],
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  coverageAnalysis: 'perTest',
  // Results kept in reports/ (not committed): a later run tests again only the mutants whose code or
  // covering tests changed.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // The machine is shared (docs/reliability.md#mutation-score): one test process; raise it with --concurrency.
  concurrency: 1,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['/dist', '/coverage', '/test-output', '/.demo', '/bench/results'],
};
