/**
 * Message ids on the wire, as the vendor's clients count them (docs/protocol.md): 1, 2, … 65535,
 * then 0, 1, … (modulo 65536). Seen by a man-in-the-middle between the client and the simulator.
 */
import assert from 'node:assert/strict';
import { KortexSessionClient } from '../../src/client/session/client';
import { decodeFrame } from '../../src/protocol/frame';
import { unpackHeader } from '../../src/protocol/header';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { TcpProxy, startProxy } from '../../scripts/lib/tcpProxy';

describe('message ids on the wire (K2 over TCP)', function () {
  this.timeout(60000);
  let sim: RunningSimulator | undefined;
  let proxy: TcpProxy | undefined;
  let client: KortexSessionClient | undefined;

  after(async () => {
    await client?.close();
    await proxy?.close();
    await sim?.close();
  });

  it("count 1 … 65535, then 0, 1, 2 like the vendor's clients", async () => {
    sim = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0 });
    const ids: number[] = [];
    proxy = await startProxy({
      targetPort: sim.port as number,
      onRequestFrame: (bytes) => ids.push(unpackHeader(decodeFrame(bytes).header).messageId),
    });
    client = new KortexSessionClient({
      host: '127.0.0.1',
      port: proxy.port,
      transport: 'tcp',
      username: 'admin',
      password: 'admin',
      keepAliveIntervalMs: 0,
    });
    await client.openOnce();
    const c = client;
    const total = 65_540;
    for (let sent = 1; sent < total; sent += 64) {
      await Promise.all(Array.from({ length: Math.min(64, total - sent) }, () => c.call('keepAlive', {})));
    }
    assert.equal(ids[0], 1, 'CreateSession is message 1');
    assert.equal(ids.length, total);
    const wrap = ids.indexOf(65535);
    assert.ok(wrap > 0, 'reached 65535');
    assert.deepEqual(ids.slice(wrap - 1, wrap + 4), [65534, 65535, 0, 1, 2]);
    // Every reply, including the one to message 0, reached its call.
    assert.equal(c.state, 'open');
  });
});
