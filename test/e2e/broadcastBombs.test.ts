/**
 * A stranger on a Link 6's anonymous broker against a real Node-RED (its own process, embedded by
 * bench/children/nodered.ts) running one kortex-session (Kortex 3, a private mosquitto, the
 * simulated robot) and one kortex-session-events node. Event-loop delay and RSS are measured
 * inside the Node-RED process (bench/lib/loadWatch.ts). Set KORTEX_FIGURES=1 to print the figures.
 *
 * - a 16 MiB `sessions/status` bomb (8 Mi empty sessions): RSS grows < 64 MB, the loop is never
 *   blocked for 250 ms, the session stays open and the next real list reaches the flow;
 * - a flood of valid lists (10,000 a second for 5 s): loop p99 < 50 ms, the flow is told at most
 *   once per STATUS_INTERVAL_MS, and its last list is the last one published.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { connect } from 'mqtt';
import type { MqttClient } from 'mqtt';
import { ChildHandle } from '../../bench/lib/child';
import type { LoadFigures } from '../../bench/lib/loadWatch';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionStatusJson } from '../../src/protocol/session/sessionStatusMessages';
import { encodeSessionStatusBroadcast } from '../../src/protocol/session/sessionStatus';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { STATUS_INTERVAL_MS } from '../../src/transport/mqtt/broadcasts';
import { waitFor } from '../helpers/wait';
import { repoRoot } from './nodeRed';

const NODERED_CHILD = path.join(repoRoot, 'dist', 'bench', 'children', 'nodered.js');
const MiB = 1024 * 1024;
const FLOOD_PER_SECOND = 10_000;
const FLOOD_SECONDS = 5;

interface LastSessions {
  sessions: SessionStatusJson[] | undefined;
  count: number;
  stateEvents: string[];
}

const stranger = (sessionIdentifier: number): SessionStatusJson => ({
  sessionIdentifier,
  userIdentifier: 7,
  roles: [{ identifier: 'Stranger', permissions: ['USER_PERMISSION_OPERATE'] }],
});

function report(what: string, figures: Record<string, unknown>): void {
  if (process.env.KORTEX_FIGURES) console.log(`      ${what}: ${JSON.stringify(figures)}`);
}

async function strangerClient(broker: MosquittoBroker): Promise<MqttClient> {
  const client = connect({ host: broker.host, port: broker.port, protocolVersion: 5, clientId: '', clean: true, reconnectPeriod: 0 });
  client.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('close', () => reject(new Error('the stranger could not connect')));
  });
  return client;
}

const publish = (client: MqttClient, payload: Buffer): Promise<void> =>
  new Promise((resolve, reject) => client.publish('sessions/status', payload, { qos: 0 }, (err) => (err ? reject(err) : resolve())));

describe('Node-RED against a stranger on the K3 broker (child process)', function () {
  this.timeout(30000);
  let broker: MosquittoBroker | undefined;
  let sim: RunningSimulator | undefined;
  let red: ChildHandle | undefined;
  let peer: MqttClient | undefined;
  const visitors: KortexSessionClient[] = [];

  before(async function () {
    this.timeout(90000);
    assert.ok(fs.existsSync(NODERED_CHILD), `${path.relative(repoRoot, NODERED_CHILD)} is not built: npm run build`);
    broker = await startMosquitto();
    sim = await startSimulator({ generation: 'k3', transport: 'mqtt', broker: broker.url });
    red = await ChildHandle.start(
      NODERED_CHILD,
      { mode: 'sessions', functionNodes: 0, robotPort: broker.port, transport: 'mqtt', watchIntervalS: 5 },
      { timeoutMs: 60000 },
    );
    await waitFor(
      async () => (await red?.request<LastSessions>('lastSessions'))?.sessions?.length === 1,
      "the flow's first list",
      20000,
      50,
    );
    peer = await strangerClient(broker);
  });

  after(async () => {
    await Promise.all(visitors.splice(0).map((v) => v.close()));
    await new Promise<void>((resolve) => (peer ? peer.end(true, {}, () => resolve()) : resolve()));
    await red?.stop();
    await sim?.close();
    await broker?.dispose();
  });

  const lastSessions = (): Promise<LastSessions> => (red as ChildHandle).request<LastSessions>('lastSessions', {}, 120000);

  it('a 16 MiB sessions/status bomb: RSS grows < 64 MB, the loop never blocks 250 ms, the session stays open, the next list arrives', async function () {
    // Long enough for the code before the fix to fail on its figures rather than on a timeout.
    this.timeout(120000);
    const client = peer as MqttClient;
    const before = await lastSessions();
    await red?.request('watchLoad');
    // The stranger hears its own bomb: once it has, the broker has handed it to every subscriber it delivers it to.
    const echoed = new Promise<number>((resolve) => client.once('message', (_topic, payload) => resolve(payload.length)));
    await new Promise<void>((resolve, reject) => client.subscribe('sessions/status', { qos: 0 }, (err) => (err ? reject(err) : resolve())));
    const bomb = Buffer.alloc(16 * MiB, Buffer.from([0x0a, 0x00])); // PayloadSessionStatusRaw of 8 Mi empty sessions
    await publish(client, bomb);
    assert.equal(await echoed, 16 * MiB);
    await new Promise<void>((resolve) => client.unsubscribe('sessions/status', () => resolve()));

    // A real change afterwards: a second user logs in, the robot publishes the list.
    const visitor = new KortexSessionClient({
      host: '127.0.0.1',
      port: broker?.port ?? 0,
      transport: 'mqtt',
      username: 'operator',
      password: 'operator',
    });
    visitors.push(visitor);
    await visitor.openOnce();
    await waitFor(
      async () => (await lastSessions()).sessions?.some((s) => s.sessionIdentifier === visitor.sessionId),
      'the list with the visitor',
      100000,
      50,
    );
    const figures = await (red as ChildHandle).request<LoadFigures>('loadFigures', {}, 120000);
    const after = await lastSessions();
    report('bomb', { ...figures });
    assert.ok(figures.rssGrowthMB < 64, `RSS grew by ${figures.rssGrowthMB} MB (${figures.rssStartMB} → ${figures.rssPeakMB} MB)`);
    assert.ok(figures.eventLoopDelayMaxMs < 250, `event loop blocked for ${figures.eventLoopDelayMaxMs} ms`);
    assert.deepEqual(after.stateEvents.slice(before.stateEvents.length), [], 'the session did not stay open');
    assert.deepEqual(
      after.sessions?.map((s) => s.sessionIdentifier).sort((x, y) => x - y),
      sim?.model
        .sessions()
        .map((s) => s.sessionId)
        .sort((x, y) => x - y),
    );
  });

  it(`a flood of ${FLOOD_PER_SECOND} valid lists a second for ${FLOOD_SECONDS} s: loop p99 < 50 ms, at most one list per ${STATUS_INTERVAL_MS} ms, the last one wins`, async function () {
    this.timeout(120000);
    const client = peer as MqttClient;
    const total = FLOOD_PER_SECOND * FLOOD_SECONDS;
    const lists = Array.from({ length: total }, (_, i) => encodeSessionStatusBroadcast({ sessions: [stranger(1000 + i)] }, 'raw-frame'));
    const before = await lastSessions();
    await red?.request('watchLoad');
    // Publish on schedule: each tick sends what the rate asks for by now (a burst per tick, not one per 0.1 ms).
    const t0 = performance.now();
    let sent = 0;
    while (sent < total) {
      const due = Math.min(total, Math.ceil(((performance.now() - t0) / 1000) * FLOOD_PER_SECOND));
      for (; sent < due; sent++) client.publish('sessions/status', lists[sent], { qos: 0 });
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await publish(client, lists[total - 1]); // flushed: everything before it is on the wire
    const floodSeconds = (performance.now() - t0) / 1000;
    const last = stranger(1000 + total - 1);
    await waitFor(
      async () => (await lastSessions()).sessions?.[0]?.sessionIdentifier === last.sessionIdentifier,
      'the last list in the flow',
      100000,
      50,
    );
    const figures = await (red as ChildHandle).request<LoadFigures>('loadFigures', {}, 120000);
    const after = await lastSessions();
    const told = after.count - before.count;
    const allowed = Math.floor((figures.seconds * 1000) / STATUS_INTERVAL_MS) + 2;
    report('flood', {
      published: total + 1,
      publishedPerSecond: Math.round(total / floodSeconds),
      floodSeconds: Number(floodSeconds.toFixed(2)),
      listsToFlow: told,
      ...figures,
    });
    assert.deepEqual(after.sessions, [last]);
    assert.ok(told <= allowed, `the flow was told ${told} times in ${figures.seconds} s (at most ${allowed})`);
    assert.ok(figures.eventLoopDelayP99Ms < 50, `event-loop delay p99 ${figures.eventLoopDelayP99Ms} ms`);
  });
});
