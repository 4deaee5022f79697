/**
 * Kortex 3 and 'auto' against robots that behave differently from our defaults (docs/protocol.md):
 * - the robot's PINGs are signs of life: while it pings, the client sends no KeepAlive of its own;
 * - a robot replaced by one of the other generation at the same address is found again after three
 *   failed connections to the remembered transport, without a restart.
 */
import assert from 'node:assert/strict';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionStateEvent } from '../../src/client/session/states';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { decodeFrame } from '../../src/protocol/frame';
import { unpackHeader } from '../../src/protocol/header';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { SessionModel } from '../../src/simulator/robot/model';
import { startMqttRobot } from '../../src/simulator/servers/mqttRobot';
import { forgetDetectedTransport } from '../../src/transport/auto';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { freePort } from '../helpers/ports';
import { sleep, waitFor } from '../helpers/wait';
import { useK3World } from './harness';

describe('K3: robot variants (mosquitto)', function () {
  this.timeout(20000);
  const { world } = useK3World();

  it("counts the robot's PINGs as liveness: no KeepAlive while the robot pings an idle session", async () => {
    await world.robot({ pingIntervalMs: 100 });
    const c = world.client({ keepAliveIntervalMs: 300, sessionInactivityTimeoutMs: 3000, connectionInactivityTimeoutMs: 0 });
    await c.openOnce();
    const spy = await world.raw();
    await spy.subscribe('req/1/#');
    await sleep(1500); // five keep-alive intervals, idle
    const keepAlives = spy.inbox.filter((m) => unpackHeader(decodeFrame(m.payload).header).functionId === SessionRpcs.keepAlive.functionId);
    assert.equal(keepAlives.length, 0, `${keepAlives.length} KeepAlive requests while the robot pinged every 100 ms`);
    assert.equal(c.state, 'open');
    // Still a working session.
    assert.equal((await c.call('getConnections', {})).meta.sessionId, c.sessionId);
  });

  it('without PINGs an idle session still sends KeepAlive (the PING rule does not switch keep-alive off)', async () => {
    await world.robot({ pingIntervalMs: 60_000 });
    const c = world.client({ keepAliveIntervalMs: 300, sessionInactivityTimeoutMs: 3000, connectionInactivityTimeoutMs: 0 });
    await c.openOnce();
    const spy = await world.raw();
    await spy.subscribe('req/1/#');
    await sleep(1000);
    const keepAlives = spy.inbox.filter((m) => unpackHeader(decodeFrame(m.payload).header).functionId === SessionRpcs.keepAlive.functionId);
    assert.ok(keepAlives.length >= 2, `${keepAlives.length} KeepAlive requests`);
  });
});

describe("'auto': a robot replaced by the other generation at the same address", function () {
  this.timeout(30000);
  let broker: MosquittoBroker | undefined;
  let k2: RunningSimulator | undefined;
  const clients: KortexSessionClient[] = [];

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await k2?.close();
    await broker?.dispose();
    forgetDetectedTransport('127.0.0.1');
  });

  it('is found again after three failed connections to the remembered transport', async () => {
    broker = await startMosquitto();
    const robot = await startMqttRobot({ broker: broker.url, model: new SessionModel({ generation: 'k3' }), pingIntervalMs: 200 });
    robot.on('problem', () => undefined);
    const tcpPort = await freePort();
    const lines: string[] = [];
    const c = new KortexSessionClient({
      host: '127.0.0.1',
      transport: 'auto',
      autoDetect: { mqttPort: broker.port, tcpPort, timeoutMs: 500 },
      username: 'admin',
      password: 'admin',
      reconnectInitialDelayMs: 20,
      reconnectMaxDelayMs: 100,
      connectTimeoutMs: 500,
      requestTimeoutMs: 1000,
      log: (line) => lines.push(line),
    });
    clients.push(c);
    c.on('problem', () => undefined);
    const states: SessionStateEvent[] = [];
    c.on('state', (e) => states.push(e));
    await c.openOnce();
    assert.equal(c.transportKind, 'mqtt');
    // The Link 6 leaves; a Kortex 2 robot takes its address.
    await robot.close();
    await broker.dispose();
    broker = undefined;
    k2 = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: tcpPort });
    await waitFor(
      () => c.state === 'open' && c.transportKind === 'tcp',
      `open again over tcp (states: ${states.map((e) => e.state).join(' → ')})`,
      10000,
    );
    assert.equal(c.robot, `127.0.0.1:${tcpPort}`);
    assert.equal(k2.model.sessions().length, 1);
    const failedConnects = states.filter((e) => e.state === 'reconnecting' && e.previous === 'connecting').length;
    assert.ok(failedConnects >= 3, `probed again only after three failures (saw ${failedConnects})`);
    assert.equal(
      lines.filter((l) => l.endsWith(': several failed connections in a row: the robot will be probed again')).length,
      1,
      'the log says why it probes again',
    );
  });
});
