/**
 * Tests that need a system tool (mosquitto, chromium): locally a missing tool skips the test with a
 * hint; under CI it fails, so a CI image without the tool cannot pass by skipping.
 */
import fs from 'node:fs';

export function requireTool(context: Mocha.Context, file: string, install: string, what = 'this test'): void {
  if (fs.existsSync(file)) return;
  if (process.env.CI) throw new Error(`${file} is missing; CI must install it (${install}, see .ci/run)`);
  console.log(`      (skipped: ${file} is not installed; "${install}" to run ${what})`);
  context.skip();
}
