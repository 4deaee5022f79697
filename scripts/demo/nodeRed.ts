/**
 * Which Node-RED the demo runs, and running it embedded in the demo's process.
 *  - `$KORTEX_NODE_RED_DIR` when set (a node-red package folder);
 *  - on Node 22 or newer: Node-RED 5.0 from the compatibility cache, installed there on first
 *    start (what a new user installs today needs Node 22);
 *  - otherwise (Node 20): the repository's own node-red devDependency (4.1).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CURRENT_NODE_RED } from '../compat/matrix';
import { NODE_RED_DIR_ENV, cachedNodeRed, ensureNodeRed, nodeRedVersionAt, selectedNodeRedDir } from '../compat/runtimes';

export interface ChosenNodeRed {
  dir: string;
  version: string;
  /** Why this one, for the banner. */
  source: string;
}

export async function chooseNodeRed(warn: (line: string) => void): Promise<ChosenNodeRed> {
  const bundled = (): ChosenNodeRed => {
    const dir = selectedNodeRedDir();
    return {
      dir,
      version: nodeRedVersionAt(dir),
      source: process.env[NODE_RED_DIR_ENV] ? NODE_RED_DIR_ENV : "the repository's devDependency",
    };
  };
  if (process.env[NODE_RED_DIR_ENV] || Number(process.versions.node.split('.')[0]) < 22) return bundled();
  try {
    let install = cachedNodeRed(CURRENT_NODE_RED);
    if (!install) {
      warn(`Installing Node-RED ${CURRENT_NODE_RED}.x into the cache (first start on Node ${process.versions.node}; once only)...`);
      install = await ensureNodeRed(CURRENT_NODE_RED);
    }
    return { dir: install.dir, version: install.version, source: 'the compatibility cache' };
  } catch (err) {
    const fallback = bundled();
    warn(
      `! cannot install Node-RED ${CURRENT_NODE_RED}.x (${(err as Error).message.split('\n')[0]}); running Node-RED ${fallback.version} instead.`,
    );
    return fallback;
  }
}

/** Flows that cannot start (missing node types) never report "flows:started"; give up waiting then. */
const INITIAL_FLOWS_TIMEOUT_MS = 15_000;

/** The part of Node-RED's embedding API the demo uses. */
interface EmbeddedRed {
  init(server: http.Server, settings: Record<string, unknown>): void;
  start(): Promise<void>;
  stop(): Promise<void>;
  httpAdmin: http.RequestListener;
  httpNode: http.RequestListener;
  events: { once(event: string, listener: () => void): void };
}

type Express = () => http.RequestListener & { use(root: string, handler: http.RequestListener): void };

export interface EmbeddedNodeRed {
  red: EmbeddedRed;
  server: http.Server;
  /** The port the editor listens on. */
  port: number;
  /** Stops the runtime and closes the HTTP server. */
  close(): Promise<void>;
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Loads Node-RED from `dir`, serves its editor on host:port and starts it. `anyPortIfTaken`: the
 * port was picked free a moment ago, not asked for; if something took it meanwhile (an outgoing
 * connection's local port can be any free one), any free port will do.
 */
export async function startEmbedded(
  dir: string,
  settings: Record<string, unknown>,
  host: string,
  port: number,
  anyPortIfTaken = false,
): Promise<EmbeddedNodeRed> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const red = require(path.join(dir, 'lib', 'red.js')) as EmbeddedRed;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const express = require(require.resolve('express', { paths: [dir] })) as Express;
  const app = express();
  const server = http.createServer(app);
  red.init(server, settings);
  app.use(String(settings.httpAdminRoot), red.httpAdmin);
  app.use(String(settings.httpNodeRoot), red.httpNode);
  try {
    await listen(server, port, host);
  } catch (err) {
    if (!anyPortIfTaken || (err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    await listen(server, 0, host);
  }
  // Node-RED's start() resolves before it has loaded and started the saved flows: wait for that
  // first "flows:started", or a deploy made right after start() can be overtaken by it.
  const initialFlows = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, INITIAL_FLOWS_TIMEOUT_MS);
    red.events.once('flows:started', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  let started = false;
  const close = async (): Promise<void> => {
    if (started) await red.stop();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  };
  try {
    await red.start();
    started = true;
    await initialFlows;
  } catch (err) {
    await close();
    throw err;
  }
  return { red, server, port: (server.address() as AddressInfo).port, close };
}
