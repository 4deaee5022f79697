// Lint for real problems and for the layer rules; layout is Prettier's (.prettierrc.json, `prettier --check` in npm run lint).
// Layers point one way: nodes -> client -> transport -> protocol; simulator beside (docs/architecture.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** No barrels (index.ts files that only re-export): code and tests import the module that defines a name. */
const BARRELS = [
  {
    regex: '^((\\.\\./)+|\\./src/)(src/)?(client|protocol)(/index)?$',
    message: 'Import the module that defines it (e.g. ../src/client/session/client), not the barrel.',
  },
];
const NODES_STAY_ON_CLIENT = [
  {
    regex: '^(\\.{1,2}/)+src/(transport|protocol)(/|$)',
    message: 'Nodes talk to src/client only; ask the client for what you need from transport or protocol.',
  },
];
const RUNTIME_HELPERS_NEVER_ADMIN = [
  {
    regex: '^\\.\\./admin(/|$)',
    message:
      'nodes/lib holds the runtime helpers every node uses; the editor-side admin code (nodes/admin) builds on them, not the other way round.',
  },
];
const CLIENT_NEVER_UP = [
  { regex: '^(\\.{1,2}/)+(nodes|simulator|cli)(/|$)', message: 'src/client must not depend on nodes, the simulator or the CLI.' },
];
// Inside src/client, a part imports only what lives at least as long as itself (docs/architecture.md).
const CORE_IMPORTS_NO_PART = [
  {
    regex: '^(\\.\\./)+(link|session|watch|services|jobs)(/|$)',
    message: 'src/client/core serves every part of the client and imports none of them.',
  },
];
const LINK_STAYS_IN_ITS_ATTEMPT = [
  {
    regex: '^(\\.\\./)+(session|watch|services|jobs)(/|$)',
    message: 'src/client/link is one connection attempt: it must not import what outlives it (session, watch, services, jobs).',
  },
];
const SERVICES_OVER_A_CALLER = [
  {
    regex: '^(\\.\\./)+(link|session|watch|jobs)(/|$)',
    message: 'A service is typed calls over the narrow caller interface (src/client/services/caller.ts), not over the session or the link.',
  },
];
const JOBS_OVER_SERVICES = [
  {
    regex: '^(\\.\\./)+(link|session|watch)(/|$)',
    message: 'A job runs over the services and their caller interface (src/client/services/), not over the session or the link.',
  },
  {
    regex: '^(\\.\\./)+protocol(/|$)',
    message: "Jobs take protocol types through the services' exports (src/client/services/), never from src/protocol.",
  },
];
const TRANSPORT_NEVER_UP = [
  { regex: '^(\\.{1,2}/)+(nodes|client|simulator|cli)(/|$)', message: 'src/transport depends only on src/protocol.' },
];
const PROTOCOL_NEVER_UP = [
  { regex: '^(\\.{1,2}/)+(nodes|client|transport|simulator|cli)(/|$)', message: 'src/protocol depends on nothing else in the package.' },
];

const restrict = (...groups) => ['error', { patterns: groups.flat() }];

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'src/protocol/generated/**', 'coverage/**', 'test-results/**', '.stryker-tmp/**', 'reports/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        clearImmediate: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        queueMicrotask: 'readonly',
        structuredClone: 'readonly',
        performance: 'readonly',
        global: 'readonly',
        globalThis: 'readonly',
        exports: 'writable',
        __filename: 'readonly',
        Mocha: 'readonly',
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Modules load lazily with require() only where a comment says why (eslint-disable-next-line).
      '@typescript-eslint/no-require-imports': 'error',
      // Node-RED's idiom: `const node = this` inside a node constructor.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['node', 'self'] }],
      // The protocol code checks for control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-throw-literal': 'error',
      'prefer-const': 'error',
      'no-var': 'error',
      // Some errors drop their cause on purpose: it may quote a password (see src/simulator/robot/users.ts).
      'preserve-caught-error': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'nodes/**/*.ts', 'bench/**/*.ts', 'scripts/**', 'test/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(BARRELS) },
  },
  { files: ['nodes/**/*.ts'], rules: { 'no-restricted-imports': restrict(BARRELS, NODES_STAY_ON_CLIENT) } },
  {
    files: ['nodes/lib/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(BARRELS, NODES_STAY_ON_CLIENT, RUNTIME_HELPERS_NEVER_ADMIN) },
  },
  { files: ['src/client/**/*.ts'], rules: { 'no-restricted-imports': restrict(BARRELS, CLIENT_NEVER_UP) } },
  { files: ['src/client/core/**/*.ts'], rules: { 'no-restricted-imports': restrict(BARRELS, CLIENT_NEVER_UP, CORE_IMPORTS_NO_PART) } },
  { files: ['src/client/link/**/*.ts'], rules: { 'no-restricted-imports': restrict(BARRELS, CLIENT_NEVER_UP, LINK_STAYS_IN_ITS_ATTEMPT) } },
  {
    files: ['src/client/services/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(BARRELS, CLIENT_NEVER_UP, SERVICES_OVER_A_CALLER) },
  },
  { files: ['src/client/jobs/**/*.ts'], rules: { 'no-restricted-imports': restrict(BARRELS, CLIENT_NEVER_UP, JOBS_OVER_SERVICES) } },
  { files: ['src/transport/**/*.ts'], rules: { 'no-restricted-imports': restrict(BARRELS, TRANSPORT_NEVER_UP) } },
  { files: ['src/protocol/**/*.ts'], rules: { 'no-restricted-imports': restrict(BARRELS, PROTOCOL_NEVER_UP) } },
  // Programs print to the terminal: the CLIs, the bench, the scripts; tests print their figures.
  { files: ['src/cli/**', 'src/simulator/cli.ts', 'bench/**', 'scripts/**', 'test/**'], rules: { 'no-console': 'off' } },
  // Plain-JS scripts are CommonJS; tests load built modules and Node-RED's own packages by path.
  { files: ['**/*.js', 'test/**'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // The editor's scripts (served by Node-RED at resources/<package>/): plain browser scripts, with the
  // browser's globals and the editor's (RED, jQuery), not Node's.
  {
    files: ['resources/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        require: 'off',
        module: 'off',
        process: 'off',
        __dirname: 'off',
        __filename: 'off',
        Buffer: 'off',
        global: 'off',
        exports: 'off',
        setImmediate: 'off',
        clearImmediate: 'off',
        Mocha: 'off',
        window: 'readonly',
        document: 'readonly',
        RED: 'readonly',
        $: 'readonly',
        jQuery: 'readonly',
      },
    },
  },
);
