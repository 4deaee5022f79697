/**
 * The one-command demo (scripts/demo, what `npm start` runs after the build): it starts the
 * simulator and Node-RED with every example flow deployed against it, the flows work (listing
 * connections, raising a temporary role, a robot error reaching a Catch node, the PLC tabs' registers
 * on the demo's Modbus TCP stand-in, a job started from there), it stops cleanly on
 * SIGTERM, and a second run in the same user directory works too. Ports are free ones, so a demo
 * the developer has running is not disturbed.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { selectedNodeRedDir } from '../../scripts/compat/runtimes';
import ModbusRTU from 'modbus-serial';
import { waitFor } from '../helpers/wait';
import { RunningDemo, getJson, makeTempDir, removeDir, repoRoot, startDemo, stopDemo } from './nodeRed';
import { packageJson } from '../helpers/packageNodes';

interface FlowNode {
  id: string;
  type: string;
  z?: string;
  name?: string;
  label?: string;
  host?: string;
  port?: string | number;
  wires?: string[][];
  [key: string]: unknown;
}

interface DebugEvent {
  id: string;
  name?: string;
  msg: string;
  format: string;
}

/** The `ws` client that Node-RED itself depends on. */
function loadWs(): new (url: string) => {
  on(event: string, cb: (...args: unknown[]) => void): void;
  send(data: string): void;
  close(): void;
  terminate(): void;
  readyState: number;
} {
  // Node-RED's own copy of ws, by path.
  const nodeRedDir = selectedNodeRedDir();
  return require(require.resolve('ws', { paths: [nodeRedDir] })) as never;
}

/** Subscribes to the editor's debug stream and collects what debug nodes send. */
async function debugStream(
  url: string,
): Promise<{ events: DebugEvent[]; close(): void; waitFor(pred: (e: DebugEvent) => boolean, what: string): Promise<DebugEvent> }> {
  const WebSocket = loadWs();
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/comms`);
  const events: DebugEvent[] = [];
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => resolve());
    ws.on('error', (err) => reject(err as Error));
  });
  ws.on('message', (data) => {
    const frames = JSON.parse(String(data)) as Array<{ topic: string; data: DebugEvent }> | { topic: string; data: DebugEvent };
    for (const frame of Array.isArray(frames) ? frames : [frames]) if (frame.topic === 'debug') events.push(frame.data);
  });
  ws.send(JSON.stringify({ subscribe: 'debug' }));
  return {
    events,
    close: () => ws.terminate(),
    async waitFor(pred, what) {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const hit = events.find(pred);
        if (hit) return hit;
        if (Date.now() > deadline)
          throw new Error(`no debug message ${what}; got:\n${events.map((e) => `${e.name}: ${e.msg}`).join('\n')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

async function inject(url: string, id: string): Promise<void> {
  const res = await fetch(`${url}/inject/${id}`, { method: 'POST' });
  assert.equal(res.status, 200, `inject ${id}: ${await res.text()}`);
}

describe('the demo (npm start)', function () {
  this.timeout(90_000);

  let userDir: string | undefined;
  let demo: RunningDemo | undefined;

  before(function () {
    for (const file of Object.values(packageJson['node-red'].nodes)) {
      assert.ok(fs.existsSync(path.join(repoRoot, file)), `${file} is missing: run "npm run build" first`);
    }
    userDir = makeTempDir('kortex-demo-');
  });

  after(async function () {
    if (demo) await stopDemo(demo);
    removeDir(userDir);
  });

  it('deploys every example flow, each on its own tab, pointed at the simulator', async function () {
    demo = await startDemo(userDir!);
    const flows = await getJson<FlowNode[]>(`${demo.url}/flows`);
    const dir = path.join(repoRoot, 'examples', 'flows');
    const examples = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
    // One tab per example, or the example's own tabs (the fleet example has a cell and an overview tab).
    const expectedTabs = examples.reduce((sum, f) => {
      const own = (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as FlowNode[]).filter((n) => n.type === 'tab').length;
      return sum + Math.max(1, own);
    }, 0);
    const tabs = flows.filter((n) => n.type === 'tab');
    assert.equal(tabs.length, expectedTabs, `tabs: ${tabs.map((t) => t.label).join(', ')}`);
    const sessions = flows.filter((n) => n.type === 'kortex-session');
    assert.ok(sessions.length > 0);
    // The jobs example runs against the demo's Gen3 (Kortex 2, stored actions); the rest against the Link 6 model.
    const gen3Port = Number(/Gen3:.*tcp:\/\/127\.0\.0\.1:(\d+)/.exec(demo.output())?.[1]);
    assert.ok(gen3Port > 0 && gen3Port !== demo.simPort, `no Gen3 simulator in the banner:\n${demo.output()}`);
    const runsJobs = new Set(flows.filter((n) => n.type === 'kortex-run-job').map((n) => n.session));
    assert.ok(runsJobs.size > 0, 'no kortex-run-job in the examples');
    for (const s of sessions) {
      assert.equal(s.host, '127.0.0.1');
      assert.equal(String(s.port), String(runsJobs.has(s.id) ? gen3Port : demo.simPort), `the port of ${s.name ?? s.id}`);
    }
    // Passwords live only in the encrypted credentials file.
    const saved = fs.readFileSync(path.join(userDir!, 'flows.json'), 'utf8');
    assert.doesNotMatch(saved, /"password"|rolePassword"\s*:/);
    const creds = JSON.parse(fs.readFileSync(path.join(userDir!, 'flows_cred.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(Object.keys(creds), ['$']);
  });

  it('runs the examples: list connections, raise a temporary role, a robot error reaching a Catch node', async function () {
    const flows = await getJson<FlowNode[]>(`${demo!.url}/flows`);
    const injectInto = (type: string, pred: (n: FlowNode) => boolean = () => true): FlowNode => {
      const target = flows.filter((n) => n.type === type && pred(n));
      const source = flows.find((n) => n.type === 'inject' && (n.wires ?? []).flat().some((id) => target.some((t) => t.id === id)));
      assert.ok(source, `no inject node feeds a ${type}`);
      return source;
    };
    const debug = await debugStream(demo!.url);
    try {
      await inject(demo!.url, injectInto('kortex-list-connections').id);
      const list = await debug.waitFor((e) => /userConnections/.test(e.msg), 'with a ConnectionList');
      assert.match(list.msg, /"username":\s*"admin"/);

      const addAdmin = injectInto('kortex-add-temporary-role', (n) => n.action === 'add' && n.role === 'Admin');
      await inject(demo!.url, addAdmin.id);
      await debug.waitFor((e) => /Admin/.test(e.msg) && /Operator/.test(e.msg), 'with the session roles Operator and Admin');

      const wrong = flows.find((n) => n.type === 'inject' && JSON.stringify(n.props ?? []).includes('rolePassword'));
      assert.ok(wrong, 'no inject sends a wrong msg.rolePassword');
      await inject(demo!.url, wrong.id);
      const caught = await debug.waitFor((e) => /INVALID_PASSWORD/.test(e.msg), 'naming ERROR_DEVICE/INVALID_PASSWORD');
      assert.doesNotMatch(caught.msg, /not-the-password/);
    } finally {
      debug.close();
    }
  });

  it('runs the jobs example against the Gen3 simulator: lists the stored jobs, runs "Home" to its end', async function () {
    const flows = await getJson<FlowNode[]>(`${demo!.url}/flows`);
    const tab = flows.find((n) => n.type === 'tab' && n.label === "Run the robot's stored jobs");
    const runJob = flows.find((n) => n.type === 'kortex-run-job' && n.z === tab?.id);
    assert.ok(runJob, 'no kortex-run-job node on the tab "Run the robot\'s stored jobs"');
    const injectWith = (payload: string): FlowNode => {
      const found = flows.find(
        (n) => n.type === 'inject' && n.z === runJob.z && n.payload === payload && (n.wires ?? []).flat().includes(runJob.id),
      );
      assert.ok(found, `no inject sends "${payload}" to the run-job node`);
      return found;
    };
    const debug = await debugStream(demo!.url);
    try {
      await inject(demo!.url, injectWith('list').id);
      await debug.waitFor((e) => /"name":\s*"Home"/.test(e.msg) && /"kind":\s*"action"/.test(e.msg), 'listing the stored action "Home"');
      await inject(demo!.url, injectWith('start').id);
      await debug.waitFor((e) => /"event":\s*"started"/.test(e.msg), 'with the started event');
      const done = await debug.waitFor((e) => /"event":\s*"done"/.test(e.msg), 'with the done event');
      assert.match(done.msg, /"durationMs"/);
    } finally {
      debug.close();
    }
  });

  it("serves the PLC tab's registers on the Modbus TCP stand-in named in the banner, and a coil releases the session", async function () {
    const port = Number(/PLC:\s+Modbus TCP stand-in on 127\.0\.0\.1:(\d+)/.exec(demo!.output())?.[1]);
    assert.ok(port > 0, `no PLC port in the banner:\n${demo!.output()}`);
    const plc = new ModbusRTU();
    await plc.connectTCP('127.0.0.1', { port });
    plc.setID(1);
    try {
      const state = async (): Promise<number> => (await plc.readHoldingRegisters(0, 5)).data[0];
      await waitFor(async () => (await state()) === 2, 'HR0 = 2 (session open)', 15_000, 100);
      await plc.writeCoil(0, true);
      await waitFor(async () => (await state()) === 4, 'HR0 = 4 (released)', 15_000, 100);
      await plc.writeCoil(0, false);
      await waitFor(async () => (await state()) === 2, 'HR0 = 2 again (taken back)', 15_000, 100);
    } finally {
      await new Promise<void>((resolve) => plc.close(() => resolve()));
    }
  });

  it('serves the job handshake tab on the same stand-in: a start from the PLC runs job 1 on the Gen3 to done', async function () {
    const port = Number(/PLC:\s+Modbus TCP stand-in on 127\.0\.0\.1:(\d+)/.exec(demo!.output())?.[1]);
    const plc = new ModbusRTU();
    await plc.connectTCP('127.0.0.1', { port });
    plc.setID(1);
    try {
      // HR10 ready … HR13 done (docs/plc.md); HR20 start … HR23 job number.
      const robotToPlc = async (): Promise<number[]> => (await plc.readHoldingRegisters(10, 8)).data;
      await waitFor(async () => (await robotToPlc())[0] === 1, 'HR10 = 1 (ready)', 15_000, 100);
      await plc.writeRegisters(20, [1, 0, 0, 1]);
      await waitFor(async () => (await robotToPlc())[3] === 1, 'HR13 = 1 (done)', 15_000, 100);
      await plc.writeRegisters(20, [0, 0, 0, 0]);
      await waitFor(async () => (await robotToPlc())[3] === 0, 'HR13 = 0 once start is 0', 15_000, 100);
    } finally {
      await new Promise<void>((resolve) => plc.close(() => resolve()));
    }
  });

  it('stops cleanly on SIGTERM and starts again in the same user directory', async function () {
    const first = demo!;
    assert.equal(await stopDemo(first), 0, first.output());
    assert.match(first.output(), /stopped\./);
    await assert.rejects(fetch(first.url), 'the editor port is still open after the demo stopped');

    demo = await startDemo(userDir!);
    assert.ok(fs.existsSync(path.join(userDir!, 'flows.previous.json')));
    const flows = await getJson<FlowNode[]>(`${demo.url}/flows`);
    assert.ok(flows.some((n) => n.type === 'kortex-list-connections'));
    const debug = await debugStream(demo.url);
    try {
      const list = flows.find(
        (n) =>
          n.type === 'inject' && (n.wires ?? []).flat().some((id) => flows.find((m) => m.id === id)?.type === 'kortex-list-connections'),
      );
      assert.ok(list);
      await inject(demo.url, list.id);
      await debug.waitFor((e) => /userConnections/.test(e.msg), 'with a ConnectionList after the restart');
    } finally {
      debug.close();
    }
    assert.equal(await stopDemo(demo), 0, demo.output());
    demo = undefined;
  });
});
