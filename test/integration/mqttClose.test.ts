/**
 * Closing a Kortex 3 link (src/transport/mqtt/end.ts), against a scripted MQTT v5 listener on
 * 127.0.0.1: a broker that reads gets a DISCONNECT; one that stopped reading, with megabytes queued
 * to it, has the connection ended within the close's bound. Either way no timer outlives close().
 */
import assert from 'node:assert/strict';
import type net from 'node:net';
import { buildRequestHeader } from '../../src/protocol/frame';
import { MqttTransport } from '../../src/transport/mqtt/transport';
import { PacketType, ScriptedBroker, connack, readSubscribe, scriptedBroker, suback } from '../helpers/scriptedBroker';
import { activeResources, waitFor } from '../helpers/wait';

const PUBLISH = 3;
const DISCONNECT = 14;

describe('transport: closing a K3 MQTT link', function () {
  this.timeout(10000);
  let broker: ScriptedBroker | undefined;
  let transport: MqttTransport | undefined;
  let robotSide: net.Socket | undefined;
  let ended = false;

  /** A broker that stops reading after the SUBACK when `stall`. */
  async function connected({ stall = false }: { stall?: boolean }): Promise<MqttTransport> {
    ended = false;
    broker = await scriptedBroker((socket, type, body) => {
      if (type === PacketType.CONNECT) {
        robotSide = socket;
        socket.once('end', () => (ended = true));
        socket.write(connack('k3-test'));
      }
      if (type === PacketType.SUBSCRIBE) {
        const { packetId, topics } = readSubscribe(body);
        socket.write(
          suback(
            packetId,
            topics.map(() => 0),
          ),
        );
        if (stall) socket.pause();
      }
    });
    transport = new MqttTransport({ host: '127.0.0.1', port: broker.port });
    await transport.connect(1000);
    return transport;
  }

  afterEach(async () => {
    await transport?.close(100);
    await broker?.close();
    transport = broker = robotSide = undefined;
  });

  /** Timers and TCP sockets of this process: what close() must give back. */
  const resources = () => ({ timers: activeResources('Timeout'), sockets: activeResources('TCPSocketWrap') });
  /** The same, read after a turn of the event loop (mocha's own timer for the test is running by then). */
  const baseline = async () => {
    await new Promise(setImmediate);
    return resources();
  };

  it('a broker that reads: DISCONNECT, then the connection ends; no timer left', async () => {
    const before = await baseline();
    const t = await connected({});
    await t.close(5000);
    await waitFor(() => ended, 'the end of the connection');
    assert.equal(broker?.received.at(-1), DISCONNECT);
    await waitFor(() => resources().timers <= before.timers, 'the timers back to before the link', 1000);
  });

  it('a broker that stopped reading, 16 MiB queued to it: close() ends our socket within its bound; no timer left', async () => {
    const before = await baseline();
    const t = await connected({ stall: true });
    queueRequests(t);
    await t.close(200);
    assert.ok(resources().timers <= before.timers, 'close() left a timer');
    // Our socket is gone; the broker's side stays until it reads again.
    await waitFor(() => resources().sockets <= before.sockets + 1, 'our socket closed', 1000);
  });

  it('a broker slow to read: close() waits for what was queued and the DISCONNECT to go out', async () => {
    const t = await connected({ stall: true });
    queueRequests(t);
    setTimeout(() => robotSide?.resume(), 100);
    await t.close(5000);
    await waitFor(() => ended, 'the end of the connection');
    assert.deepEqual(broker?.received.slice(-17), [...Array<number>(16).fill(PUBLISH), DISCONNECT]);
  });
});

/** 16 requests of 1 MiB: more than the kernel buffers on loopback hold. */
function queueRequests(t: MqttTransport): void {
  const payload = Buffer.alloc(1 << 20);
  for (let i = 1; i <= 16; i++) t.send(buildRequestHeader({ sessionId: 0, messageId: i, serviceId: 1, functionId: 1, payload }), payload);
}
