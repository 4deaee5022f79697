/**
 * The demo's flow set: every examples/flows/*.json merged into one deployable set, each example on
 * its own tab, every kortex-session pointed at the simulator (the MQTT brokers and the Modbus client at
 * the demo's broker and PLC stand-in), plus the credentials to deploy with.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Credentials of the simulator's default users; the demo's config nodes log in with these. */
const SIM_PASSWORDS: Readonly<Record<string, string>> = { admin: 'admin', operator: 'operator', system: 'system' };
/** Temporary roles are granted on presentation of the matching user's password. */
const ROLE_PASSWORDS: Readonly<Record<string, string>> = { Admin: 'admin', System: 'system' };

export interface DemoNode {
  id: string;
  type: string;
  z?: string;
  x?: number;
  label?: string;
  [property: string]: unknown;
}

export interface DemoFlows {
  flows: DemoNode[];
  credentials: Record<string, Record<string, string>>;
  /** Tab labels, in order. */
  tabs: string[];
}

export interface DemoFlowOptions {
  examplesDir: string;
  host: string;
  port: number;
  /** The Gen3 (Kortex 2) simulator's port: examples that run the robot's stored jobs point there. */
  gen3Port?: number;
  mqttBroker?: { host: string; port: number };
  /** The PLC stand-in the Modbus example's client is pointed at. */
  plc?: { host: string; port: number };
}

/** Stable new id for an example node, so that re-running the demo gives the same ids. */
function newId(file: string, id: string): string {
  return crypto.createHash('sha256').update(`${file}\0${id}`).digest('hex').slice(0, 16);
}

/** Replaces every string that is an old id anywhere inside `value` (wires, z, config references, scopes…). */
function remap(value: unknown, ids: Map<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => remap(v, ids));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = remap(v, ids);
    return out;
  }
  return value;
}

function titleOf(file: string): string {
  const base = path.basename(file, '.json').replace(/^\d+[-_]/, '');
  return base.replace(/[-_]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}

/** Nodes that run the robot's own work: the demo's Link 6 model serves Session only, so they get the Gen3. */
const ROBOT_WORK_TYPES = new Set(['kortex-robot-state', 'kortex-run-job', 'kortex-robot-command']);

export function buildDemoFlows({ examplesDir, host, port, gen3Port, mqttBroker, plc }: DemoFlowOptions): DemoFlows {
  const files = fs.existsSync(examplesDir)
    ? fs
        .readdirSync(examplesDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const flows: DemoNode[] = [];
  const credentials: DemoFlows['credentials'] = {};
  const tabs: string[] = [];
  for (const file of files) {
    const nodes = JSON.parse(fs.readFileSync(path.join(examplesDir, file), 'utf8')) as unknown;
    if (!Array.isArray(nodes)) continue;
    const ids = new Map((nodes as DemoNode[]).map((n) => [n.id, newId(file, n.id)]));
    const mapped = (nodes as DemoNode[]).map((n) => remap(n, ids) as DemoNode);
    let tab = mapped.find((n) => n.type === 'tab');
    if (!tab) {
      tab = { id: newId(file, 'tab'), type: 'tab', label: titleOf(file), disabled: false, info: '' };
      for (const n of mapped) {
        // Nodes on the canvas (they have coordinates) go on the new tab; config nodes stay global.
        if (n.z === undefined && typeof n.x === 'number') n.z = tab.id;
        else if (n.z === '') n.z = tab.id;
      }
      mapped.unshift(tab);
    }
    tabs.push(tab.label || titleOf(file));
    const runsJobs = gen3Port !== undefined && mapped.some((n) => ROBOT_WORK_TYPES.has(n.type));
    for (const n of mapped) {
      if (n.type === 'kortex-session') {
        n.host = host;
        n.port = runsJobs ? gen3Port : port;
        n.transport = 'tcp';
        if (n.namespace !== undefined) n.namespace = '';
        const user = typeof n.username === 'string' && n.username ? n.username : 'admin';
        n.username = user;
        credentials[n.id] = { password: SIM_PASSWORDS[user] ?? user };
      } else if (n.type === 'kortex-add-temporary-role' && n.action !== 'remove') {
        const role = typeof n.role === 'string' && n.role ? n.role : 'Admin';
        credentials[n.id] = { rolePassword: ROLE_PASSWORDS[role] ?? role.toLowerCase() };
      } else if (n.type === 'mqtt-broker' && mqttBroker) {
        n.broker = mqttBroker.host;
        n.port = String(mqttBroker.port);
      } else if (n.type === 'modbus-client' && plc) {
        n.tcpHost = plc.host;
        n.tcpPort = String(plc.port);
      }
      flows.push(n);
    }
  }
  return { flows, credentials, tabs };
}
