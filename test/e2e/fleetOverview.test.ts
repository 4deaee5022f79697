/**
 * The "Fleet overview over MQTT" example at plant scale: three cells, each a real Node-RED process
 * watching 10 simulated robots (one `kortex-sim --robots 30`), publishing into one mosquitto; the
 * overview (in cell A's Node-RED) must list all 30 robots; after the broker restarts (forgetting
 * retained messages) the cells must have republished every robot's state; and a cell whose
 * Node-RED is killed must show as offline through its MQTT Will, with its robots' last states still
 * retained. Then an overview started late must list a plant's worth of retained robots (600).
 * At plant scale (10 × 100): the bench's `plant` section.
 */
import assert from 'node:assert/strict';
import mqtt from 'mqtt';
import { FlowNode, fleetFlow } from '../../scripts/lib/fleetOverviewFlow';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { SimChild, spawnSimulator } from '../helpers/simProcess';
import { waitFor } from '../helpers/wait';
import { RawClient } from '../simulator/rawClient';
import { NodeRedProcess, deployFlows, getJson, linkPackage, makeTempDir, removeDir, startNodeRed, writeSettings } from './nodeRed';

const CELLS = ['cellA', 'cellB', 'cellC'];
const ROBOTS_PER_CELL = 10;

interface Row {
  cell: string;
  robot: string;
  state: string;
  sessionId: number;
  sessions: Array<{ sessionIdentifier: number; userIdentifier: number }>;
  cellOnline: boolean;
  online: boolean;
}

/** Cell A's Node-RED holds the overview too; cells B and C keep only the cell tab. */
function cellFlow(cell: string, withOverview: boolean, brokerPort: number, firstRobotPort: number): FlowNode[] {
  const robots = Array.from({ length: ROBOTS_PER_CELL }, (_, k) => ({ port: firstRobotPort + k }));
  return fleetFlow({ cell, overview: withOverview, robots, brokerPort, password: 'admin' });
}

describe('example "Fleet overview over MQTT": 3 Node-RED cells × 10 robots into one mosquitto', function () {
  this.timeout(90_000);
  let broker: MosquittoBroker | undefined;
  let sim: SimChild | undefined;
  const reds: NodeRedProcess[] = [];
  const dirs: string[] = [];
  const subscribers: mqtt.MqttClient[] = [];

  after(async function () {
    await Promise.all(subscribers.map((s) => s.endAsync().catch(() => undefined)));
    await Promise.all(reds.map((r) => r.stop()));
    await sim?.kill();
    await broker?.dispose();
    for (const d of dirs) removeDir(d);
  });

  /** Retained messages on `topic` that a subscriber arriving now receives. */
  async function retained(topic: string, expected: number, waitMs = 5000): Promise<Map<string, string>> {
    const client = await mqtt.connectAsync(broker?.url ?? '', { reconnectPeriod: 0 });
    subscribers.push(client);
    const got = new Map<string, string>();
    client.on('message', (t, payload, packet) => {
      if (packet.retain) got.set(t, payload.toString());
    });
    await client.subscribeAsync(topic, { qos: 1 });
    await waitFor(() => got.size >= expected, `${expected} retained messages on ${topic} (got ${got.size})`, waitMs);
    return got;
  }

  it("the overview lists all 30 robots online; a killed cell shows offline (Will), its robots' states stay retained", async function () {
    broker = await startMosquitto();
    sim = await spawnSimulator(['--robots', String(CELLS.length * ROBOTS_PER_CELL), '--port', '0'], 30_000);
    const firstPort = sim.port;
    const started = await Promise.all(
      CELLS.map(async () => {
        const dir = makeTempDir('kortex-fleet-cell-');
        dirs.push(dir);
        writeSettings(dir);
        linkPackage(dir);
        return startNodeRed(dir, { timeoutMs: 60_000 });
      }),
    );
    reds.push(...started);
    await Promise.all(
      CELLS.map((cell, c) => deployFlows(started[c].url, cellFlow(cell, c === 0, broker?.port ?? 0, firstPort + c * ROBOTS_PER_CELL))),
    );

    const overview = `${started[0].url}/kortex/fleet`;
    let table: Row[] = [];
    await waitFor(
      async () => {
        table = await getJson<Row[]>(overview).catch(() => []);
        return (
          Array.isArray(table) &&
          table.length === 30 &&
          table.every((r) => r.online && r.sessions.some((s) => s.sessionIdentifier === r.sessionId && s.userIdentifier === 1))
        );
      },
      'the overview to list 30 robots, each online with its own session',
      30_000,
      200,
    ).catch((err: Error) => {
      throw new Error(
        `${err.message}\nlast table: ${JSON.stringify(table).slice(0, 2000)}\ncell A log:\n${started[0].output().slice(-3000)}`,
      );
    });
    assert.deepEqual(
      CELLS.map((cell) => table.filter((r) => r.cell === cell).length),
      [10, 10, 10],
    );
    // Robot names are their addresses (':' is allowed in a topic level).
    assert.ok(
      table.some((r) => r.cell === 'cellB' && r.robot === `127.0.0.1:${firstPort + 10 + 3}`),
      'robot 3 of cell B is listed by its address',
    );
    const states = await retained('kortex/+/+/state', 30);
    assert.equal(JSON.parse(states.get(`kortex/cellC/127.0.0.1:${firstPort + 29}/state`) ?? '{}').event, 'open');
    const cellStatus = await retained('kortex/+/_cell/status', 3);
    assert.deepEqual([...cellStatus.values()], ['online', 'online', 'online']);

    // Someone else logs into robot 0 of cell A: the next session-list poll (every 5 s on Kortex 2) shows it.
    const operator = await RawClient.connect(firstPort);
    try {
      assert.equal((await operator.createSession('operator', 'operator')).fields.errorCode, 0);
      const robot0 = `127.0.0.1:${firstPort}`;
      await waitFor(
        async () => {
          table = await getJson<Row[]>(overview).catch(() => []);
          return table
            .find((r) => r.cell === 'cellA' && r.robot === robot0)
            ?.sessions.some((s) => s.sessionIdentifier === operator.sessionId && s.userIdentifier === 2);
        },
        "the operator's session in robot 0's row",
        12_000,
        200,
      );
    } finally {
      await operator.destroy();
    }

    // The broker restarts and forgets every retained message (no persistence): each cell republishes
    // its robots' last states when it is connected again, so a subscriber arriving later has them all.
    await broker.restart();
    // Retained messages reach a subscriber when it subscribes: a new subscriber per look.
    let republished = new Map<string, string>();
    await waitFor(
      async () => {
        republished = await retained('kortex/+/+/state', 30, 1000).catch(() => new Map<string, string>());
        return republished.size === 30;
      },
      "every robot's state retained again after the broker restarted (the cells republish when connected)",
      25_000,
      500,
    ).catch((err: Error) => {
      throw new Error(`${err.message}: ${republished.size} of 30 retained`);
    });
    assert.equal(JSON.parse(republished.get(`kortex/cellB/127.0.0.1:${firstPort + 15}/state`) ?? '{}').event, 'open');
    assert.deepEqual([...(await retained('kortex/+/_cell/status', 3)).values()], ['online', 'online', 'online']);

    // Cell C's Node-RED dies without a goodbye: the broker publishes its Will.
    started[2].child.kill('SIGKILL');
    await waitFor(
      async () => {
        table = await getJson<Row[]>(overview).catch(() => []);
        return table.length === 30 && table.filter((r) => r.cell === 'cellC').every((r) => !r.cellOnline && !r.online);
      },
      'cell C to show offline in the overview',
      15_000,
      100,
    ).catch((err: Error) => {
      throw new Error(`${err.message}\nlast table: ${JSON.stringify(table.filter((r) => r.cell === 'cellC')).slice(0, 2000)}`);
    });
    assert.equal(table.filter((r) => r.online).length, 20, 'cells A and B stay online');
    const after = await retained('kortex/cellC/#', 21);
    assert.equal(after.get('kortex/cellC/_cell/status'), 'offline', 'the Will is retained');
    assert.equal(
      JSON.parse(after.get(`kortex/cellC/127.0.0.1:${firstPort + 20}/state`) ?? '{}').event,
      'open',
      'the last state stays retained',
    );
  });
});

describe('example "Fleet overview over MQTT": an overview started late, plant-sized retained state', function () {
  this.timeout(60_000);
  // Two retained messages per robot: past the 1,000 (+ 20 in flight) a broker queues for one
  // QoS 1 subscriber (mosquitto's default), which a plant of 600 robots passes.
  const ROBOTS = 600;
  let broker: MosquittoBroker | undefined;
  let red: NodeRedProcess | undefined;
  let dir: string | undefined;

  after(async function () {
    await red?.stop();
    await broker?.dispose();
    if (dir) removeDir(dir);
  });

  it(`lists all ${ROBOTS} robots from retained state alone`, async function () {
    broker = await startMosquitto();
    const publisher = await mqtt.connectAsync(broker.url, { reconnectPeriod: 0 });
    try {
      await publisher.publishAsync('kortex/plant/_cell/status', 'online', { qos: 1, retain: true });
      for (let k = 0; k < ROBOTS; k++) {
        const robot = `10.0.${k >> 8}.${k & 255}:10000`;
        await publisher.publishAsync(`kortex/plant/${robot}/state`, JSON.stringify({ event: 'open', robot, sessionId: k + 1 }), {
          qos: 1,
          retain: true,
        });
        await publisher.publishAsync(
          `kortex/plant/${robot}/sessions`,
          JSON.stringify([{ sessionIdentifier: k + 1, userIdentifier: 1, roles: [] }]),
          { qos: 1, retain: true },
        );
      }
    } finally {
      await publisher.endAsync();
    }
    dir = makeTempDir('kortex-fleet-overview-');
    writeSettings(dir);
    linkPackage(dir);
    red = await startNodeRed(dir, { timeoutMs: 60_000 });
    await deployFlows(red.url, fleetFlow({ cell: 'overview', overview: true, robots: [], brokerPort: broker.port, password: 'admin' }));
    let table: Row[] = [];
    await waitFor(
      async () => {
        table = await getJson<Row[]>(`${red?.url}/kortex/fleet`).catch(() => []);
        return Array.isArray(table) && table.length === ROBOTS && table.every((r) => r.online && r.sessions.length === 1);
      },
      `the overview to list ${ROBOTS} robots online`,
      20_000,
      250,
    ).catch((err: Error) => {
      throw new Error(`${err.message}: ${table.length} rows, ${table.filter((r) => r.online).length} online`);
    });
  });
});
