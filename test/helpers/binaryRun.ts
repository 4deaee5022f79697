/** One run of a built binary (`kortex`, `kortex-sim`) as a child process of node, as users run it. */
import assert from 'node:assert/strict';
import { ChildProcessByStdio, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';

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

/** A built binary running as a child process: its output so far, and its exit. */
export interface RunningBinary {
  child: ChildProcessByStdio<null, Readable, Readable>;
  stdout(): string;
  stderr(): string;
  /** ms since epoch of the first byte on stderr. */
  firstErrorAt(): number | undefined;
  exited: Promise<number | null>;
}

/** Starts `bin` (for a test that signals it or reads it while it runs). */
export function startBinary(bin: string, args: string[], env: Record<string, string> = {}): RunningBinary {
  assert.ok(fs.existsSync(bin), `${bin} is missing: run npm run build first`);
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
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, firstErrorAt: () => firstErrorAt, exited };
}

/** Runs `bin` to its exit (killed, and rejected, after `limitMs`). */
export async function runBinary(bin: string, args: string[], env: Record<string, string> = {}, limitMs = 10_000): Promise<BinaryRun> {
  const started = Date.now();
  const run = startBinary(bin, args, env);
  let guard: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    guard = setTimeout(() => {
      run.child.kill('SIGKILL');
      reject(new Error(`${path.basename(bin)} ${args.join(' ')} still running after ${limitMs} ms; stderr: ${run.stderr()}`));
    }, limitMs);
  });
  try {
    const code = await Promise.race([run.exited, limit]);
    const now = Date.now();
    const firstErrorAt = run.firstErrorAt();
    return {
      code,
      stdout: run.stdout(),
      stderr: run.stderr(),
      totalMs: now - started,
      afterErrorMs: firstErrorAt === undefined ? undefined : now - firstErrorAt,
    };
  } finally {
    clearTimeout(guard);
  }
}
