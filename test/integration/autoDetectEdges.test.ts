/**
 * Transport 'auto' against listeners on 127.0.0.1 that answer what an MQTT broker of another
 * version, or something else, would answer (a real broker's case: test/k3/auto.test.ts): what is
 * taken for a Kortex 3 robot, what the error says when nothing is, and how answers are remembered.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { cachedTransport, detectTransport, forgetDetectedTransport } from '../../src/transport/auto';
import { freePort } from '../helpers/ports';
import { listenOnLoopback } from '../helpers/loopbackServer';
import { activeResources, sleep, waitFor } from '../helpers/wait';

interface Listener {
  port: number;
  received: Buffer[];
  readonly connections: number;
  /** Connections that have closed on the listener's side. */
  readonly closed: number;
  close(): Promise<void>;
}

/** A listener that answers the first bytes it gets with `replies` (written one after another) and records what it got. */
async function answeringOn(port: number, ...replies: number[][]): Promise<Listener> {
  const received: Buffer[] = [];
  let connections = 0;
  let closed = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket: net.Socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      closed++;
    });
    connections++;
    let answered = false;
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk);
      if (answered) return;
      answered = true;
      replies.forEach((reply, i) => setTimeout(() => socket.write(Buffer.from(reply)), 20 * i));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    received,
    get connections() {
      return connections;
    },
    get closed() {
      return closed;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe("transport 'auto': what counts as a Kortex 3 broker, and what is remembered", function () {
  this.timeout(10000);
  const servers: Listener[] = [];
  /** A listener on `port` (0: any free one) answering `replies`, closed after the test. */
  const serve = async (port: number, ...replies: number[][]): Promise<Listener> => {
    const server = await answeringOn(port, ...replies);
    servers.push(server);
    return server;
  };

  beforeEach(() => forgetDetectedTransport());
  afterEach(async () => {
    forgetDetectedTransport();
    for (const s of servers.splice(0)) await s.close();
  });

  it('a listener that answers something else is no MQTT broker; the error names both probes', async () => {
    const http = await serve(0, [...Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n')]);
    const tcpPort = await freePort();
    await assert.rejects(detectTransport('127.0.0.1', { mqttPort: http.port, tcpPort, timeoutMs: 1000 }), {
      message: `no Kortex robot answered at 127.0.0.1: Kortex 3 (MQTT on port ${http.port}): 127.0.0.1:${http.port} is not an MQTT broker; Kortex 2 (TCP on port ${tcpPort}): 127.0.0.1:${tcpPort}: connection refused (robot off, wrong port, or Kortex service not running)`,
    });
  });

  it('an MQTT 3.1.1 broker (refusing protocol version 5, either way) is not a Kortex 3 robot', async () => {
    for (const refusal of [
      [0x20, 0x02, 0x00, 0x01],
      [0x20, 0x03, 0x00, 0x84, 0x00],
    ]) {
      const v3 = await serve(0, refusal);
      const tcpPort = await freePort();
      await assert.rejects(detectTransport('127.0.0.1', { mqttPort: v3.port, tcpPort, timeoutMs: 1000 }), {
        message: new RegExp(
          `Kortex 3 \\(MQTT on port ${v3.port}\\): the MQTT broker at 127\\.0\\.0\\.1:${v3.port} does not speak MQTT v5;`,
        ),
      });
      forgetDetectedTransport();
    }
  });

  it('a refusal that arrives in pieces is read whole before it decides', async () => {
    const v3 = await serve(0, [0x20, 0x02, 0x00], [0x01]);
    const k2 = await serve(0);
    assert.equal(await detectTransport('127.0.0.1', { mqttPort: v3.port, tcpPort: k2.port, timeoutMs: 1000 }), 'tcp');
  });

  it("an MQTT v5 broker's CONNACK, accepting (then told goodbye) or not, of 4 bytes or more: Kortex 3", async () => {
    const accepting = await serve(0, [0x20, 0x03, 0x00, 0x00, 0x00]);
    const short = await serve(0, [0x20, 0x02, 0x00, 0x00]);
    const refusing = await serve(0, [0x20, 0x03, 0x00, 0x87, 0x00]);
    const tcpPort = await freePort();
    for (const broker of [accepting, short, refusing]) {
      assert.equal(await detectTransport('127.0.0.1', { mqttPort: broker.port, tcpPort, timeoutMs: 1000 }), 'mqtt');
    }
    // The accepting broker hears a DISCONNECT after its CONNACK; the refusing one only the CONNECT.
    await waitFor(
      () =>
        Buffer.concat(accepting.received)
          .subarray(-2)
          .equals(Buffer.from([0xe0, 0x00])),
      'DISCONNECT after CONNACK',
      2000,
    );
    await waitFor(() => refusing.closed === 1, 'the end of the refusing broker connection', 2000);
    assert.equal(Buffer.concat(refusing.received).length, 15, 'the CONNECT only');
    assert.equal(Buffer.concat(refusing.received)[0], 0x10);
  });

  it('remembers an answer per host, forgets one host or all', async () => {
    const k2 = await serve(0);
    const ports = { mqttPort: await freePort(), tcpPort: k2.port, timeoutMs: 1000 };
    assert.equal(await detectTransport('localhost', ports), 'tcp');
    assert.equal(await detectTransport('127.0.0.1', ports), 'tcp');
    assert.equal(cachedTransport('LOCALHOST', ports), 'tcp', 'host names are not case-sensitive');
    forgetDetectedTransport('LocalHost');
    assert.equal(cachedTransport('localhost', ports), undefined);
    assert.equal(cachedTransport('127.0.0.1', ports), 'tcp', 'another host is still remembered');
    forgetDetectedTransport();
    assert.equal(cachedTransport('127.0.0.1', ports), undefined);
  });

  it('a broker that comes up later is found only when asked to probe again', async () => {
    const k2 = await serve(0);
    const ports = { mqttPort: await freePort(), tcpPort: k2.port, timeoutMs: 1000 };
    assert.equal(await detectTransport('127.0.0.1', ports), 'tcp');
    const broker = await serve(ports.mqttPort, [0x20, 0x03, 0x00, 0x00, 0x00]);
    assert.equal(await detectTransport('127.0.0.1', ports), 'tcp', 'remembered');
    assert.equal(broker.connections, 0);
    assert.equal(await detectTransport('127.0.0.1', { ...ports, refresh: true }), 'mqtt');
    assert.equal(cachedTransport('127.0.0.1', ports), 'mqtt');
  });

  it('callers that ask at once share one probe; a failed probe is not remembered', async () => {
    const k2 = await serve(0);
    const ports = { mqttPort: await freePort(), tcpPort: k2.port, timeoutMs: 1000 };
    const answers = await Promise.all([
      detectTransport('127.0.0.1', ports),
      detectTransport('127.0.0.1', ports),
      detectTransport('127.0.0.1', ports),
    ]);
    assert.deepEqual(answers, ['tcp', 'tcp', 'tcp']);
    await sleep(50); // the listener accepts after our side has connected
    assert.equal(k2.connections, 1, 'one probe for three callers');

    const nothing = { mqttPort: ports.mqttPort, tcpPort: await freePort(), timeoutMs: 500 };
    await assert.rejects(detectTransport('127.0.0.1', nothing), /no Kortex robot answered/);
    assert.equal(cachedTransport('127.0.0.1', nothing), undefined);
    // The robot is there now: the next ask probes again instead of repeating the failure.
    await serve(nothing.tcpPort);
    assert.equal(await detectTransport('127.0.0.1', nothing), 'tcp');
  });

  it('a probe leaves no timer and no socket behind, after an answer or an error', async () => {
    const http = await serve(0, [...Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n')]);
    const k2 = await serve(0);
    const timers = activeResources('Timeout');
    const sockets = activeResources('TCPSocketWrap');
    assert.equal(await detectTransport('127.0.0.1', { mqttPort: http.port, tcpPort: k2.port, timeoutMs: 10_000 }), 'tcp');
    assert.equal(activeResources('Timeout'), timers, 'no probe timer left (their timeout was 10 s)');
    await waitFor(() => activeResources('TCPSocketWrap') <= sockets, 'both probe connections closed, on both sides', 1000);
  });

  it('a robot that never closes its side after our goodbye: our socket is gone within a moment anyway', async () => {
    const halfOpen = await listenOnLoopback((socket) => socket.resume(), { allowHalfOpen: true });
    try {
      const sockets = activeResources('TCPSocketWrap');
      const timers = activeResources('Timeout');
      const ports = { mqttPort: await freePort(), tcpPort: halfOpen.port, timeoutMs: 1000 };
      assert.equal(await detectTransport('127.0.0.1', ports), 'tcp');
      assert.equal(activeResources('Timeout'), timers, 'the wait for the robot to close does not hold the process');
      // The robot's side stays open (one socket more than before); ours goes.
      await waitFor(() => activeResources('TCPSocketWrap') <= sockets + 1, 'our probe socket closed', 1000);
    } finally {
      await halfOpen.close();
    }
  });

  it('a listener that never answers the CONNECT, or one that hangs up: the error says which', async () => {
    const silent = await listenOnLoopback((socket) => socket.resume());
    const hangsUp = await listenOnLoopback((socket) => socket.resume().end());
    try {
      const tcpPort = await freePort();
      const refused = `Kortex 2 (TCP on port ${tcpPort}): 127.0.0.1:${tcpPort}: connection refused`;
      await assert.rejects(detectTransport('127.0.0.1', { mqttPort: silent.port, tcpPort, timeoutMs: 200 }), {
        message: new RegExp(`Kortex 3 \\(MQTT on port ${silent.port}\\): no answer within 200 ms; ${refused.replace(/[()]/g, '\\$&')}`),
      });
      await assert.rejects(detectTransport('127.0.0.1', { mqttPort: hangsUp.port, tcpPort, timeoutMs: 1000 }), {
        message: new RegExp(`Kortex 3 \\(MQTT on port ${hangsUp.port}\\): 127\\.0\\.0\\.1:${hangsUp.port} closed the connection; `),
      });
    } finally {
      await silent.close();
      await hangsUp.close();
    }
  });
});
