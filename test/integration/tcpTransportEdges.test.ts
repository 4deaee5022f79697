/**
 * The Kortex 2 transport's own errors, against listeners on 127.0.0.1: a frame sent before the
 * link is up, a second connect, a robot that resets the connection, and one that never answers
 * the connection (its accept queue full), each in words an
 * integrator can act on (they reach `problem`, `reconnecting` and Catch nodes).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { TcpTransport } from '../../src/transport/tcp';
import { FrameType, packFrameInfo, packMessageInfo, packServiceInfo } from '../../src/protocol/header';
import { LoopbackServer, listenOnLoopback } from '../helpers/loopbackServer';
import { waitFor } from '../helpers/wait';

const HEADER = {
  frameInfo: packFrameInfo(1, FrameType.Request, 0, 0, 0),
  messageInfo: packMessageInfo(0, 1),
  serviceInfo: packServiceInfo(1, 1, 3),
  payloadInfo: 0,
};

describe('transport: K2 TCP link errors, in words', function () {
  this.timeout(10000);
  let server: LoopbackServer | undefined;
  let transport: TcpTransport | undefined;
  afterEach(async () => {
    await transport?.close(100);
    await server?.close();
    transport = server = undefined;
  });

  it('a frame before the link is up, and a second connect, are refused naming the robot', async () => {
    server = await listenOnLoopback(() => undefined);
    transport = new TcpTransport({ host: '127.0.0.1', port: server.port });
    assert.throws(() => transport?.send(HEADER), { message: `not connected to 127.0.0.1:${server.port}` });
    await transport.connect(1000);
    await assert.rejects(transport.connect(1000), { message: `already connected to 127.0.0.1:${server.port}` });
    assert.equal(transport.connected, true, 'the first link stays up');
  });

  it('a robot that resets the connection: the link is down, "connection reset by the robot"', async () => {
    const sockets: import('node:net').Socket[] = [];
    server = await listenOnLoopback((socket) => sockets.push(socket));
    transport = new TcpTransport({ host: '127.0.0.1', port: server.port });
    const down: Error[] = [];
    transport.on('down', (err) => down.push(err));
    await transport.connect(1000);
    await waitFor(() => sockets.length === 1, 'the robot side of the connection');
    sockets[0].resetAndDestroy();
    await waitFor(() => down.length > 0, 'the link down');
    assert.deepEqual(
      down.map((e) => e.message),
      [`127.0.0.1:${server.port}: connection reset by the robot`],
    );
    assert.equal(transport.connected, false);
  });

  it('a robot that never completes the connection: "timed out after N ms", the next connect may try again, a close ends the attempt', async () => {
    // A listener whose process never accepts: its queue (backlog 1) takes two connections, the third waits unanswered.
    const robot = spawn(process.execPath, ['-e', STALLED_LISTENER], { stdio: ['ignore', 'pipe', 'inherit'] });
    const early: net.Socket[] = [];
    try {
      const port = await new Promise<number>((resolve) => robot.stdout.once('data', (d: Buffer) => resolve(Number(d.toString()))));
      for (let i = 0; i < 2; i++) {
        const socket = net.connect({ host: '127.0.0.1', port });
        early.push(socket);
        await new Promise((resolve, reject) => socket.once('connect', resolve).once('error', reject));
      }
      transport = new TcpTransport({ host: '127.0.0.1', port });
      await assert.rejects(transport.connect(150), { message: `connecting to 127.0.0.1:${port} timed out after 150 ms` });
      assert.equal(transport.connected, false);
      await assert.rejects(transport.connect(50), { message: `connecting to 127.0.0.1:${port} timed out after 50 ms` });
      // Closed by its owner while still connecting: the attempt ends with that.
      const attempt = transport.connect(5000);
      await transport.close(50);
      await assert.rejects(attempt, { message: `connection to 127.0.0.1:${port} closed while connecting` });
    } finally {
      for (const socket of early) socket.destroy();
      robot.kill('SIGKILL');
    }
  });
});

const STALLED_LISTENER = `const s = require('node:net').createServer().listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
  console.log(s.address().port); // synchronous on a pipe (Linux)
  // Blocked before the event loop can accept anything: every connection stays in the kernel's queue.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5000);
});`;
