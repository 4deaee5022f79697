/**
 * Helpers for tests that need a real Node-RED: a throw-away user directory with this package in
 * its node_modules, a Node-RED child process on a free port (the repository's 4.1, or the install
 * $KORTEX_NODE_RED_DIR names: `npm run test:compat`), and a few admin API calls. The
 * child is a separate process so it never shares Node-RED's singletons with in-process tests.
 */
import { ChildProcess, spawn } from 'node:child_process';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { selectedNodeRedDir } from '../../scripts/compat/runtimes';
import { packageJson } from '../helpers/packageNodes';
import { freePort } from '../helpers/ports';

export const repoRoot = path.resolve(__dirname, '..', '..');

export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes a settings.js that keeps Node-RED quiet, local and free of pop-ups. */
export function writeSettings(userDir: string, extra: Record<string, unknown> = {}): void {
  const settings = {
    uiHost: '127.0.0.1',
    flowFile: 'flows.json',
    credentialSecret: 'kortex-test-secret',
    httpAdminRoot: '/',
    diagnostics: { enabled: false, ui: false },
    // Node-RED 4.1+ asks about telemetry and announces updates on a fresh user directory.
    telemetry: { enabled: false, updateNotification: false },
    externalModules: { palette: { allowInstall: false } },
    editorTheme: { projects: { enabled: false }, tours: false, palette: { catalogues: [] } },
    logging: { console: { level: 'info', metrics: false, audit: false } },
    ...extra,
  };
  fs.writeFileSync(path.join(userDir, 'settings.js'), `module.exports = ${JSON.stringify(settings, null, 2)};\n`);
}

/** Links the working tree into `<userDir>/node_modules/<package name>` (what the demo does). */
export function linkPackage(userDir: string, packageDir = repoRoot): string {
  const target = path.join(userDir, 'node_modules', ...packageJson.name.split('/'));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.symlinkSync(packageDir, target, 'dir');
  return target;
}

export interface NodeRedProcess {
  url: string;
  port: number;
  userDir: string;
  child: ChildProcess;
  /** Everything the child printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `node-red -u userDir -p port` and resolves once the admin API answers. */
export async function startNodeRed(
  userDir: string,
  options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<NodeRedProcess> {
  const port = await freePort();
  const redJs = path.join(selectedNodeRedDir(), 'red.js');
  const child = spawn(process.execPath, [redJs, '-u', userDir, '-p', String(port)], {
    cwd: userDir,
    env: { ...process.env, NODE_OPTIONS: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Node-RED exited with ${child.exitCode}:\n${log}`);
    // English, or German for a runtime started with lang: 'de'.
    if (/Started flows|Flows sind gestartet/.test(log)) {
      try {
        // Public even with adminAuth; any answer means the admin API is up.
        const res = await fetch(`${url}/auth/login`, { headers: { accept: 'application/json' } });
        await res.arrayBuffer();
        if (res.status < 500) break;
      } catch {
        // not listening yet
      }
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Node-RED did not start within ${options.timeoutMs ?? 30_000} ms:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, port, userDir, child, output: () => log, stop };
}

/** Deploys a full flow set (nodes may carry `credentials`); `bearer` for a runtime with adminAuth. */
export async function deployFlows(url: string, flows: unknown[], bearer?: string): Promise<void> {
  const res = await fetch(`${url}/flows`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'Node-RED-API-Version': 'v1',
      'Node-RED-Deployment-Type': 'full',
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: JSON.stringify(flows),
  });
  if (!res.ok) throw new Error(`deploy failed: HTTP ${res.status} ${await res.text()}`);
}

/** POSTs `body` as JSON (with a bearer token when given); the reply's status, text and JSON (empty when it is not JSON, e.g. a 401). */
export async function postJson(
  url: string,
  body: unknown,
  bearer?: string,
): Promise<{ status: number; text: string; json: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON: the caller's assertions on the status say enough
  }
  return { status: res.status, text, json };
}

export async function getJson<T = unknown>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export function removeDir(dir: string | undefined): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/* ---------------- the demo (scripts/demo, what `npm start` runs) ---------------- */

/** The built demo: `npm start` runs this file after `npm run build`. */
export const DEMO_MAIN = path.join(repoRoot, 'dist', 'scripts', 'demo', 'main.js');

export interface RunningDemo {
  child: ChildProcess;
  url: string;
  simPort: number;
  output(): string;
  exit: Promise<number | null>;
}

/** Starts the demo on free ports in `userDir` (plus `env`) and resolves once it printed its banner. */
export async function startDemo(userDir: string, env: NodeJS.ProcessEnv = {}): Promise<RunningDemo> {
  const child = spawn(process.execPath, [DEMO_MAIN], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      DEMO_DIR: userDir,
      PORT: '0',
      SIM_PORT: '0',
      GEN3_PORT: '0',
      MQTT_PORT: '0',
      DEMO_QUIET: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  while (!/Ctrl-C stops everything/.test(out)) {
    if (child.exitCode !== null) throw new Error(`the demo exited with ${child.exitCode}:\n${out}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the demo did not start within 30 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const url = /Editor:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
  const simPort = Number(/tcp:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1]);
  assert.ok(url && simPort, `cannot read the editor URL and robot port from:\n${out}`);
  return { child, url, simPort, output: () => out, exit };
}

export async function stopDemo(demo: RunningDemo): Promise<number | null> {
  if (demo.child.exitCode !== null) return demo.child.exitCode;
  demo.child.kill('SIGTERM');
  const timer = setTimeout(() => demo.child.kill('SIGKILL'), 15_000);
  const code = await demo.exit;
  clearTimeout(timer);
  return code;
}
