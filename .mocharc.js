// Mocha's settings for `npm test` and `npx mocha`. Mocha adds a config's `spec` to the files named
// on the command line, so `npx mocha test/unit/redact.test.ts` would run the whole suite as well:
// the spec applies only when no test file is named.

/** Options that take the next argument as their value (mocha 12's string, number and array options). */
const TAKES_VALUE = new Set([
  '--config',
  '--package',
  '--reporter',
  '-R',
  '--ui',
  '-u',
  '--grep',
  '-g',
  '--fgrep',
  '-f',
  '--slow',
  '-s',
  '--timeout',
  '-t',
  '--timeouts',
  '--retries',
  '--jobs',
  '-j',
  '--extension',
  '--file',
  '--global',
  '--globals',
  '--ignore',
  '--exclude',
  '--node-option',
  '-n',
  '--reporter-option',
  '--reporter-options',
  '-O',
  '--require',
  '-r',
  '--spec',
  '--watch-files',
  '--watch-ignore',
]);

function namesTestFiles(args) {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--spec' || arg.startsWith('--spec=')) return true;
    if (arg === '--') return i + 1 < args.length;
    if (arg.startsWith('-')) {
      if (!arg.includes('=') && TAKES_VALUE.has(arg)) i++;
      continue;
    }
    return true;
  }
  return false;
}

module.exports = {
  require: ['tsx/cjs', 'test/setup.ts'],
  ...(namesTestFiles(process.argv.slice(2)) ? {} : { spec: ['test/**/*.test.ts'] }),
  timeout: 20000,
  exit: false,
  reporter: 'spec',
};
