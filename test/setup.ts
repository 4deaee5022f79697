/**
 * Loaded before every test file: an unhandled rejection or uncaught exception anywhere fails the
 * run instead of passing silently.
 */
process.on('unhandledRejection', (reason) => {
  console.error('Unhandled rejection during tests:', reason);
  process.exitCode = 1;
  throw reason instanceof Error ? reason : new Error(String(reason));
});
