/**
 * Shared set-up for the Node-RED flow tests: node-red-node-test-helper on the real node-red
 * runtime (the repository's 4.1, or the install $KORTEX_NODE_RED_DIR names: `npm run test:compat`), the BUILT nodes package.json lists (so the package as shipped is what is tested), an
 * in-process simulator on 127.0.0.1, and recorders for outputs, statuses and log lines.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { selectedNodeRedDir } from '../../scripts/compat/runtimes';
import type { SessionClientOptions } from '../../src/client/session/options';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { defaultUsersConfig } from '../../src/simulator/robot/users';
import type { Generation } from '../../src/simulator/robot/modelTypes';
import type { UsersConfig } from '../../src/simulator/robot/users';
import { NODE_TYPES, builtNodeFile } from '../helpers/packageNodes';

/* ---------------- typed view of node-red-node-test-helper ---------------- */

export interface FlowNode {
  id: string;
  type: string;
  z?: string;
  name?: string;
  wires?: string[][];
  [property: string]: unknown;
}

export type Credentials = Record<string, Record<string, string>>;
export type NodeModule = (RED: unknown) => void | Promise<void>;

export interface TestMessage {
  _msgid?: string;
  topic?: string;
  payload?: unknown;
  [property: string]: unknown;
}

export interface RuntimeNode {
  id: string;
  type: string;
  on(event: 'input', listener: (msg: TestMessage) => void): void;
  receive(msg?: TestMessage): void;
}

interface SinonCall {
  thisValue: { id: string };
  args: unknown[];
}

interface TestHelper {
  init(runtimePath: string, userSettings?: Record<string, unknown>): void;
  load(nodes: NodeModule[], flow: FlowNode[], credentials?: Credentials): Promise<void>;
  unload(): Promise<void>;
  setFlows(flow: FlowNode[], type: 'full' | 'flows' | 'nodes', credentials?: Credentials): Promise<void>;
  getNode(id: string): RuntimeNode | null;
  credentials: { export(): Promise<Record<string, unknown>> };
  /** supertest against the runtime's admin API (no adminAuth: every permission). */
  request(): { get(path: string): { expect(status: number): Promise<{ body: unknown }> } };
  _redNodes: {
    getFlows(): { flows: FlowNode[] } | null;
    setFlows(flow: FlowNode[], credentials: Credentials | 'full' | 'flows' | 'nodes', type?: 'full' | 'flows' | 'nodes'): Promise<unknown>;
  };
  _events: EventEmitter;
  _NodePrototype: { status: { getCalls(): SinonCall[] } };
  _log: { addHandler(handler: EventEmitter): void; removeHandler(handler: EventEmitter): void };
}

export const helper = require('node-red-node-test-helper') as TestHelper;
/** The node-red package folder under test. */
const NODE_RED_DIR = selectedNodeRedDir();
helper.init(path.join(NODE_RED_DIR, 'lib', 'red.js'));

/**
 * Deploys like the editor's Deploy button: `credentials` separately, or (when omitted) inline on
 * the nodes as the editor sends them. Resolves once the runtime has started the new flows. (The
 * helper's own setFlows listens for "flows:started" only after the deploy call returns, and can
 * miss it on a fast deploy.)
 */
export async function deploy(flow: FlowNode[], type: 'full' | 'flows' | 'nodes', credentials?: Credentials): Promise<void> {
  const started = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      helper._events.off('flows:started', onStarted);
      reject(new Error(`the ${type} deploy did not start within 5 s`));
    }, 5000);
    const onStarted = (): void => {
      clearTimeout(timer);
      helper._events.off('flows:started', onStarted);
      resolve();
    };
    helper._events.on('flows:started', onStarted);
  });
  await (credentials ? helper._redNodes.setFlows(flow, credentials, type) : helper._redNodes.setFlows(flow, type));
  await started;
}

/* ---------------- the built package ---------------- */

/** The node modules as Node-RED loads them (compiled JS, not the TS sources), every one package.json lists. */
export function builtNodes(): NodeModule[] {
  return NODE_TYPES.map((type) => require(builtNodeFile(type)) as NodeModule);
}

interface BuiltClient {
  sharedPool: {
    closeAll(): Promise<void>;
    size: number;
    ownerCount(o: Pick<SessionClientOptions, 'transport' | 'host' | 'port' | 'namespace' | 'username'>): number;
  };
}

/** The pool instance the built nodes use (the TS sources would be a different module instance). */
export const builtClient = require(path.resolve(__dirname, '../../dist/src/client/session/pool')) as BuiltClient;

/** Core nodes by type, for example flows. */
export function coreNode(file: string): NodeModule {
  const nodesDir = path.dirname(require.resolve('@node-red/nodes/package.json', { paths: [NODE_RED_DIR] }));
  return require(path.join(nodesDir, 'core', file)) as NodeModule;
}

/* ---------------- simulator ---------------- */

/**
 * The simulator's default users with passwords no other text contains, so that "no log line,
 * status, output or exported flow contains a password" can be checked literally.
 */
export const PASSWORDS = { admin: 'Adm1n-Pw-4471', operator: 'Op3r-Pw-9912', system: 'Syst3m-Pw-5523' } as const;
export const ALL_PASSWORDS: readonly string[] = Object.values(PASSWORDS);

export function testUsers(): UsersConfig {
  const users = defaultUsersConfig();
  for (const user of users.users) user.password = PASSWORDS[user.username as keyof typeof PASSWORDS] ?? user.password;
  return users;
}

export async function simulator(generation: Generation, users: UsersConfig = testUsers()): Promise<RunningSimulator> {
  return startSimulator({ generation, transport: 'tcp', host: '127.0.0.1', port: 0, users });
}

/** RPC names the simulator received, in order (KeepAlive left out: it depends on timing). */
export function recordRequests(sim: RunningSimulator): string[] {
  const seen: string[] = [];
  sim.model.on('request', (name) => {
    if (name !== 'KeepAlive') seen.push(name);
  });
  return seen;
}

/* ---------------- flows ---------------- */

export const TAB = 'tab1';

export function tab(): FlowNode {
  return { id: TAB, type: 'tab', label: 'test' };
}

export function sessionNode(port: number, overrides: Partial<FlowNode> = {}): FlowNode {
  return {
    id: 'robot',
    type: 'kortex-session',
    name: 'sim',
    host: '127.0.0.1',
    transport: 'tcp',
    port: String(port),
    namespace: '',
    username: 'admin',
    sessionInactivityTimeout: '60000',
    connectionInactivityTimeout: '10000',
    requestTimeout: '2000',
    ...overrides,
  };
}

export function helperNode(id: string): FlowNode {
  return { id, type: 'helper', z: TAB, x: 0, y: 0, wires: [] };
}

export function catchNode(id = 'catch', wires: string[] = ['caught']): FlowNode {
  return { id, type: 'catch', z: TAB, x: 0, y: 0, scope: null, uncaught: false, wires: [wires] };
}

/**
 * Node-RED 4 treats a node without x/y as a config node; flow nodes written for tests get a
 * position so they are started as the flow nodes they are.
 */
export function placed(flow: FlowNode[]): FlowNode[] {
  return flow.map((n) => (n.z && !('x' in n) ? { ...n, x: 100, y: 100 } : n));
}

/* ---------------- waiting and recording ---------------- */

/** Collects every message a (helper) node receives from now on. */
export function collect(id: string): TestMessage[] {
  const node = helper.getNode(id);
  if (!node) throw new Error(`no node ${id}`);
  const received: TestMessage[] = [];
  node.on('input', (msg) => received.push(msg));
  return received;
}

/** Resolves with the next message node `id` receives. */
export function nextMessage(id: string, timeoutMs = 5000): Promise<TestMessage> {
  const node = helper.getNode(id);
  if (!node) throw new Error(`no node ${id}`);
  return new Promise((resolve, reject) => {
    let waiting = true;
    const timer = setTimeout(() => {
      waiting = false;
      reject(new Error(`no message at ${id} within ${timeoutMs} ms`));
    }, timeoutMs);
    node.on('input', (msg) => {
      if (!waiting) return;
      waiting = false;
      clearTimeout(timer);
      resolve(msg);
    });
  });
}

export interface StatusRecord {
  fill?: string;
  shape?: string;
  text?: string;
}

/** Every status node `id` has shown since the last helper.load (the helper spies on Node.prototype.status). */
export function statuses(id: string): StatusRecord[] {
  const spy = helper._NodePrototype.status;
  // Before the first helper.load (or after unload) there is no spy to ask.
  if (typeof spy.getCalls !== 'function') return [];
  return spy
    .getCalls()
    .filter((call) => call.thisValue?.id === id)
    .map((call) => call.args[0] as StatusRecord);
}

export function lastStatus(id: string): StatusRecord | undefined {
  const all = statuses(id);
  return all[all.length - 1];
}

/** Records every Node-RED log line (all levels) until stopped; never filtered by the console level. */
export class LogRecorder {
  readonly lines: string[] = [];
  private readonly handler = new EventEmitter();

  constructor() {
    this.handler.on('log', (entry: { msg?: unknown; level?: number; type?: string; id?: string; name?: string }) => {
      const text =
        entry.msg instanceof Error
          ? `${entry.msg.message}\n${entry.msg.stack ?? ''}`
          : typeof entry.msg === 'string'
            ? entry.msg
            : JSON.stringify(entry.msg);
      this.lines.push(`[${entry.level ?? '?'}] ${entry.type ?? ''}:${entry.name ?? entry.id ?? ''} ${text}`);
    });
    helper._log.addHandler(this.handler);
  }

  stop(): void {
    helper._log.removeHandler(this.handler);
  }
}

/** Fails if any of `texts` contains one of the test passwords. */
export function assertNoPassword(texts: Iterable<string>, where: string): void {
  for (const text of texts) {
    for (const password of ALL_PASSWORDS) {
      if (text.includes(password)) throw new Error(`${where} contains a password: ${text.split(password).join('<PASSWORD>')}`);
    }
  }
}

/** Unloads the flows, closes every pooled client and the simulator: nothing carries into the next test. */
export async function cleanUp(sim: RunningSimulator | undefined): Promise<void> {
  await helper.unload();
  await builtClient.sharedPool.closeAll();
  await sim?.close();
}
