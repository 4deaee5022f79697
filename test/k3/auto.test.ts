/** Transport 'auto': probe K3 (MQTT v5) and K2 (TCP), prefer MQTT, remember per host. */
import assert from 'node:assert/strict';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionModel } from '../../src/simulator/robot/model';
import { startTcpRobot, TcpRobot } from '../../src/simulator/servers/tcpServer';
import { cachedTransport, detectTransport, forgetDetectedTransport } from '../../src/transport/auto';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { freePort } from '../helpers/ports';
import { LoopbackServer, listenOnLoopback } from '../helpers/loopbackServer';
import { settle } from '../helpers/manualClock';
import { PacketType, connack, scriptedBroker } from '../helpers/scriptedBroker';
import { waitFor } from '../helpers/wait';
import { K3World } from './harness';

describe("K3/K2 transport 'auto'", function () {
  this.timeout(15000);
  let broker: MosquittoBroker | undefined;
  let tcp: TcpRobot | undefined;
  let tcpModel: SessionModel | undefined;
  const listeners: LoopbackServer[] = [];
  const listen = async (onSocket: Parameters<typeof listenOnLoopback>[0]): Promise<LoopbackServer> => {
    const server = await listenOnLoopback(onSocket);
    listeners.push(server);
    return server;
  };
  const world = new K3World(() => {
    if (!broker) throw new Error('no broker');
    return broker;
  });

  beforeEach(() => forgetDetectedTransport());
  afterEach(async () => {
    await world.cleanup();
    await tcp?.close();
    tcpModel?.close();
    await broker?.dispose();
    await Promise.all(listeners.splice(0).map((l) => l.close()));
    broker = undefined;
    tcp = undefined;
    tcpModel = undefined;
    forgetDetectedTransport();
  });

  async function tcpRobot(): Promise<TcpRobot> {
    tcpModel = new SessionModel({ generation: 'k2' });
    tcp = await startTcpRobot({ model: tcpModel, host: '127.0.0.1', port: 0 });
    return tcp;
  }

  it('detects mqtt when only a broker is up, and remembers it', async () => {
    broker = await startMosquitto();
    const tcpPort = await freePort();
    assert.equal(await detectTransport('127.0.0.1', { mqttPort: broker.port, tcpPort, timeoutMs: 1000 }), 'mqtt');
    assert.equal(cachedTransport('127.0.0.1', { mqttPort: broker.port, tcpPort }), 'mqtt');
    await broker.stop();
    assert.equal(await detectTransport('127.0.0.1', { mqttPort: broker.port, tcpPort, timeoutMs: 300 }), 'mqtt', 'cached, no probe');
    forgetDetectedTransport('127.0.0.1');
    assert.equal(cachedTransport('127.0.0.1', { mqttPort: broker.port, tcpPort }), undefined);
    await assert.rejects(
      detectTransport('127.0.0.1', { mqttPort: broker.port, tcpPort, timeoutMs: 300 }),
      /no Kortex robot answered at 127\.0\.0\.1/,
    );
  });

  it('the MQTT probe says goodbye to the broker: a DISCONNECT after its CONNACK', async () => {
    const scripted = await scriptedBroker((socket, type) => {
      if (type === PacketType.CONNECT) socket.write(connack(undefined));
    });
    try {
      const tcpPort = await freePort();
      assert.equal(await detectTransport('127.0.0.1', { mqttPort: scripted.port, tcpPort, timeoutMs: 1000 }), 'mqtt');
      await waitFor(() => scripted.received.length === 2, 'a second packet from the probe', 1000);
      assert.deepEqual(scripted.received, [PacketType.CONNECT, PacketType.DISCONNECT]);
    } finally {
      await scripted.close();
    }
  });

  it('detects tcp when only a TCP robot is up', async () => {
    const robot = await tcpRobot();
    const mqttPort = await freePort();
    assert.equal(await detectTransport('127.0.0.1', { mqttPort, tcpPort: robot.port, timeoutMs: 1000 }), 'tcp');
  });

  it('prefers mqtt when both answer', async () => {
    broker = await startMosquitto();
    const robot = await tcpRobot();
    assert.equal(await detectTransport('127.0.0.1', { mqttPort: broker.port, tcpPort: robot.port, timeoutMs: 1000 }), 'mqtt');
  });

  it('does not take a TCP robot port for an MQTT broker', async () => {
    const robot = await tcpRobot();
    // Both probes on the TCP robot's port: the MQTT probe must fail (no CONNACK), the TCP one succeed.
    assert.equal(await detectTransport('127.0.0.1', { mqttPort: robot.port, tcpPort: robot.port, timeoutMs: 500 }), 'tcp');
  });

  it('a session client configured as auto opens a K3 session over MQTT', async () => {
    broker = await startMosquitto();
    const { model } = await world.robot();
    const c = world.client({ transport: 'auto', port: undefined, autoDetect: { mqttPort: broker.port, tcpPort: await freePort() } });
    assert.equal(c.transportKind, 'auto');
    await c.openOnce();
    assert.equal(c.transportKind, 'mqtt');
    assert.equal(c.robot, `127.0.0.1:${broker.port}`);
    assert.equal(model.sessions().length, 1);
    assert.deepEqual((await c.call('getAccessControl', {})).payload, { singleSourceControl: false, bypassRemoteAccess: false });
  });

  it('a session client configured as auto opens a K2 session over TCP', async () => {
    const robot = await tcpRobot();
    const c = new KortexSessionClient({
      host: '127.0.0.1',
      transport: 'auto',
      username: 'admin',
      password: 'admin',
      autoDetect: { mqttPort: await freePort(), tcpPort: robot.port, timeoutMs: 1000 },
      log: (line) => lines.push(line),
    });
    const lines: string[] = [];
    try {
      await c.openOnce();
      assert.equal(c.transportKind, 'tcp');
      assert.ok(lines.includes(`127.0.0.1:${robot.port}: probe chose tcp on port ${robot.port}`), lines.join('\n'));
      assert.equal(c.robot, `127.0.0.1:${robot.port}`);
      assert.equal(tcpModel?.sessions().length, 1);
    } finally {
      await c.close();
    }
  });

  it('a session client configured as auto fails clearly when nothing answers', async () => {
    const c = new KortexSessionClient({
      host: '127.0.0.1',
      transport: 'auto',
      username: 'admin',
      password: 'admin',
      autoDetect: { mqttPort: await freePort(), tcpPort: await freePort(), timeoutMs: 300 },
    });
    await assert.rejects(c.openOnce(), /no Kortex robot answered at 127\.0\.0\.1/);
    await c.close();
  });

  it("while no probe has answered, the robot is named by its host alone; the probe waits autoDetect's timeout, else the connect timeout", async () => {
    const listener = await listen(() => undefined); // takes the probe's CONNECT, never answers it
    const tcpPort = await freePort();
    for (const [timeoutMs, waited] of [
      [150, 150],
      [undefined, 200],
    ]) {
      const c = new KortexSessionClient({
        host: '127.0.0.1',
        transport: 'auto',
        username: 'admin',
        password: 'admin',
        connectTimeoutMs: 200,
        autoDetect: { mqttPort: listener.port, tcpPort, ...(timeoutMs === undefined ? {} : { timeoutMs }) },
      });
      try {
        await assert.rejects(c.openOnce(), new RegExp(`no answer within ${waited} ms`));
        assert.equal(c.robot, '127.0.0.1', 'no port until a probe found one');
      } finally {
        await c.close();
      }
    }
  });

  it('a remembered transport that failed three connections in a row is probed again, said once: failed probes do not count', async () => {
    const listener = await listen((socket) => socket.destroy());
    const autoDetect = { mqttPort: await freePort(), tcpPort: listener.port, timeoutMs: 500 };
    assert.equal(await detectTransport('127.0.0.1', autoDetect), 'tcp');
    await listener.close(); // the robot leaves; its transport is remembered
    const seen: string[] = [];
    const c = new KortexSessionClient({
      host: '127.0.0.1',
      transport: 'auto',
      username: 'admin',
      password: 'admin',
      autoDetect,
      reconnectInitialDelayMs: 1,
      reconnectMaxDelayMs: 2,
      log: (line) => {
        if (line.includes('probed again')) seen.push('probe again');
      },
    });
    c.on('state', (e) => {
      if (e.state === 'reconnecting' && e.previous === 'connecting') seen.push('failed');
    });
    try {
      c.start();
      await waitFor(() => seen.filter((s) => s === 'failed').length >= 10, 'ten failed attempts');
    } finally {
      await c.close();
    }
    const failed = (n: number): string[] => new Array<string>(n).fill('failed');
    assert.deepEqual(seen.slice(0, 10), [...failed(2), 'probe again', ...failed(7)]);
    assert.equal(cachedTransport('127.0.0.1'), undefined, 'the answer is forgotten');
  });

  it('a reconnect while the probe runs shares it, and its choice is logged once; a client closed meanwhile connects nothing after it', async () => {
    const mqtt = await listen(() => undefined); // never answers the probe's CONNECT: the probe takes its whole timeout
    const tcp = await listen((socket) => socket.resume()); // a TCP robot that accepts, reads, and hangs up when we do
    const autoDetect = { mqttPort: mqtt.port, tcpPort: tcp.port, timeoutMs: 200 };
    const lines: string[] = [];
    const client = (): KortexSessionClient =>
      new KortexSessionClient({
        host: '127.0.0.1',
        transport: 'auto',
        username: 'admin',
        password: 'admin',
        autoDetect,
        log: (l) => lines.push(l),
      });
    const c = client();
    try {
      c.start();
      await c.reconnect();
      assert.equal(await detectTransport('127.0.0.1', autoDetect), 'tcp', 'the same probe');
      await waitFor(() => lines.some((l) => l.endsWith('connecting (tcp)')), 'the new attempt connecting');
      assert.deepEqual(
        lines.filter((l) => l.includes('probe chose')),
        [`127.0.0.1:${tcp.port}: probe chose tcp on port ${tcp.port}`],
      );
    } finally {
      await c.close();
    }
    forgetDetectedTransport();
    lines.length = 0;
    const d = client();
    d.start();
    await d.close();
    assert.equal(await detectTransport('127.0.0.1', autoDetect), 'tcp');
    await settle();
    assert.deepEqual(
      lines.filter((l) => l.includes('connecting (')),
      [],
    );
  });
});
