/** One run of a built binary (`kortex`, `kortex-sim`) as a child process of node, as users run it. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
export const KORTEX_BIN = path.join(ROOT, 'dist', 'src', 'cli', 'kortex.js');
export const KORTEX_SIM_BIN = path.join(ROOT, 'dist', 'src', 'simulator', 'cli.js');

export interface BinaryRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** ms from start to exit, and from the first byte on stderr to exit. */
  totalMs: number;
  afterErrorMs: number | undefined;
}

/** Runs `bin` to its exit (killed, and rejected, after `limitMs`). */
export function runBinary(bin: string, args: string[], env: Record<string, string> = {}, limitMs = 10_000): Promise<BinaryRun> {
  assert.ok(fs.existsSync(bin), `${bin} is missing: run npm run build first`);
  const started = Date.now();
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let firstErrorAt: number | undefined;
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    firstErrorAt ??= Date.now();
    stderr += d;
  });
  return new Promise<BinaryRun>((resolve, reject) => {
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${path.basename(bin)} ${args.join(' ')} still running after ${limitMs} ms; stderr: ${stderr}`));
    }, limitMs);
    child.on('exit', (code) => {
      clearTimeout(guard);
      const now = Date.now();
      resolve({ code, stdout, stderr, totalMs: now - started, afterErrorMs: firstErrorAt === undefined ? undefined : now - firstErrorAt });
    });
  });
}
