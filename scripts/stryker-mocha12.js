// Preloaded (`node --require`) into StrykerJS's processes by scripts/mutate.ts and stryker.config.mjs.
// @stryker-mutator/mocha-runner 10.1.1 requires Mocha's CLI helpers by path without an extension
// (lib/cli/run-helpers, options, collect-files); Mocha 12 ships them as .cjs files, so the runner
// fails to load ("Cannot find TestRunner plugin mocha"). Letting require() also try .cjs finds them.
// Remove once the runner resolves them itself (docs/reliability.md#mutation-score).
'use strict';
require.extensions['.cjs'] ??= require.extensions['.js'];
