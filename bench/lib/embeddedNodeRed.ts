/**
 * A real Node-RED 4 runtime embedded in the current process (RED.init + RED.start; no editor and no
 * HTTP listener unless `editor` is asked for), with this package installed in a temp user dir the
 * way a user installs it (a node_modules entry), plus optional bench-only nodes. Used by bench children.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RedNode {
  send(msg: unknown): void;
  receive(msg: unknown): void;
}
export interface EmbeddedRED {
  init(server: http.Server, settings: Record<string, unknown>): void;
  start(): Promise<void>;
  stop(): Promise<void>;
  nodes: {
    getNode(id: string): RedNode | null;
    getType(type: string): unknown;
    getNodeList(): { id: string; types: string[]; enabled: boolean; err?: string }[];
  };
  /** The editor and its admin API (settings.httpAdminRoot), a request handler. */
  httpAdmin: http.RequestListener;
  /** The runtime's event bus ("flows:starting", "flows:started", …). */
  events: { once(event: string, listener: (...args: unknown[]) => void): void };
}

export const PACKAGE_ROOT = path.join(__dirname, '..', '..', '..');

/** Where the build puts a node type's .js: package.json's `node-red.nodes` says, as for Node-RED. */
export function builtNodeFile(type: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
    'node-red': { nodes: Record<string, string> };
  };
  const file = pkg['node-red'].nodes[type];
  if (!file) throw new Error(`package.json's node-red.nodes has no ${type}`);
  return path.join(PACKAGE_ROOT, file);
}

export interface EmbeddedNodeRed {
  RED: EmbeddedRED;
  /** Its temp user dir: removed by stop(), by the parent when this process was killed. */
  userDir: string;
  /** With `editor`: the port on 127.0.0.1 where the editor and its admin API answer (after start()). */
  editorPort(): number | undefined;
  /** Starts the flows (what a deploy does on start-up). */
  start(): Promise<void>;
  /** Stops the runtime, closes pooled sessions, removes the user dir. */
  stop(): Promise<void>;
}

/**
 * A bench-only node type `bench-<name>-sink` (one input, no output) that hands every message it
 * receives to `onMsg` in this process: how a child reads what a flow produced without HTTP.
 */
export function benchSinkNode(name: string, onMsg: (msg: Record<string, unknown>) => void): { js: string; html: string } {
  const key = `kortex-flows.bench.${name}-sink`;
  (globalThis as Record<symbol, unknown>)[Symbol.for(key)] = onMsg;
  const type = JSON.stringify(`bench-${name}-sink`);
  return {
    js: `module.exports = function (RED) {
  const onMsg = globalThis[Symbol.for(${JSON.stringify(key)})];
  function BenchSink(config) {
    RED.nodes.createNode(this, config);
    this.on('input', (msg, send, done) => { onMsg(msg); done(); });
  }
  RED.nodes.registerType(${type}, BenchSink);
};
`,
    html: `<script type="text/javascript">
RED.nodes.registerType(${type}, { category: 'bench', defaults: {}, inputs: 1, outputs: 0 });
</script>
`,
  };
}

export function prepareNodeRed(o: {
  flows: unknown[];
  credentials: Record<string, unknown>;
  benchNodes?: { js: string; html: string };
  /** Serve the editor and its admin API at / on a free port of 127.0.0.1, as `node-red` does. */
  editor?: boolean;
}): EmbeddedNodeRed {
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kortex-bench-nodered-'));
  fs.mkdirSync(path.join(userDir, 'node_modules', '@kortex-flows'), { recursive: true });
  fs.symlinkSync(PACKAGE_ROOT, path.join(userDir, 'node_modules', '@kortex-flows', 'node-red-kortex'), 'dir');
  if (o.benchNodes) {
    fs.mkdirSync(path.join(userDir, 'nodes'));
    fs.writeFileSync(path.join(userDir, 'nodes', 'bench-nodes.js'), o.benchNodes.js);
    fs.writeFileSync(path.join(userDir, 'nodes', 'bench-nodes.html'), o.benchNodes.html);
  }
  fs.writeFileSync(path.join(userDir, 'flows.json'), JSON.stringify(o.flows));
  fs.writeFileSync(path.join(userDir, 'flows_cred.json'), JSON.stringify(o.credentials));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const RED = require('node-red') as EmbeddedRED;
  const server = http.createServer();
  RED.init(server, {
    userDir,
    flowFile: 'flows.json',
    credentialSecret: false,
    httpAdminRoot: o.editor ? '/' : false,
    httpNodeRoot: false,
    logging: { console: { level: 'warn', metrics: false, audit: false } },
    telemetry: { enabled: false },
    externalModules: { autoInstall: false, palette: { allowInstall: false }, modules: { allowInstall: false } },
    functionExternalModules: false,
    editorTheme: { projects: { enabled: false } },
    diagnostics: { enabled: false },
    runtimeState: { enabled: false },
  });
  return {
    RED,
    userDir,
    editorPort: () => (server.listening ? (server.address() as AddressInfo).port : undefined),
    async start() {
      await RED.start();
      if (!o.editor) return;
      server.on('request', RED.httpAdmin);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
      });
    },
    async stop() {
      try {
        await RED.stop();
      } finally {
        if (server.listening) {
          server.closeAllConnections();
          await new Promise((resolve) => server.close(resolve));
        }
        // A plain runtime stop releases the nodes' shares without "removed", so the pool would keep
        // the sessions for its grace period: close them now.
        try {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          const { sharedPool } = require(
            path.join(PACKAGE_ROOT, 'dist', 'src', 'client', 'session', 'pool'),
          ) as typeof import('../../src/client/session/pool');
          await sharedPool.closeAll();
        } catch {
          // nothing to close
        }
        fs.rmSync(userDir, { recursive: true, force: true });
      }
    },
  };
}
