/**
 * The Kortex 2 transport's own errors, against listeners on 127.0.0.1: a frame sent before the
 * link is up, a second connect, a robot that refuses, closes or resets the connection, one that
 * never answers the connection (its accept queue full), and bytes that are no frame, each in words
 * an integrator can act on (they reach `problem`, `reconnecting` and Catch nodes); and what the
 * link leaves behind (sockets, timers, half-read frames) once it is over.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import net from 'node:net';
import { describeSocketError, TcpTransport } from '../../src/transport/tcp';
import { encodeFrame } from '../../src/protocol/frame';
import { FrameType, packFrameInfo, packMessageInfo, packServiceInfo } from '../../src/protocol/header';
import { TCP_MAGIC, wrapTcpFrame } from '../../src/protocol/tcpFraming';
import { LoopbackServer, listenOnLoopback } from '../helpers/loopbackServer';
import { freePort } from '../helpers/ports';
import { requireTool } from '../helpers/requiredTool';
import { activeResources, sleep, waitFor } from '../helpers/wait';

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

  it('a frame before the link is up, or while it is still connecting, and a second connect, are refused naming the robot', async () => {
    server = await listenOnLoopback(() => undefined);
    transport = new TcpTransport({ host: '127.0.0.1', port: server.port });
    assert.throws(() => transport?.send(HEADER), { message: `not connected to 127.0.0.1:${server.port}` });
    const timers = activeResources('Timeout');
    const connecting = transport.connect(1000);
    assert.equal(transport.connected, false, 'not connected before the robot answers');
    assert.throws(() => transport?.send(HEADER), { message: `not connected to 127.0.0.1:${server.port}` });
    await connecting;
    assert.equal(activeResources('Timeout'), timers, 'the connect timeout is cleared once connected');
    await assert.rejects(transport.connect(1000), { message: `already connected to 127.0.0.1:${server.port}` });
    assert.equal(transport.connected, true, 'the first link stays up');
    await transport.close(1000);
    assert.equal(activeResources('Timeout'), timers, 'the close timeout is cleared once closed');
  });

  it('a robot that refuses the connection: "connection refused (robot off, ...)", and no link went down', async () => {
    const port = await freePort();
    transport = new TcpTransport({ host: '127.0.0.1', port });
    const down: Error[] = [];
    transport.on('down', (err) => down.push(err));
    await assert.rejects(transport.connect(1000), {
      message: `127.0.0.1:${port}: connection refused (robot off, wrong port, or Kortex service not running)`,
    });
    assert.deepEqual(down, []);
  });

  it('an abandoned attempt refused after the next one started does not take the next link down', async () => {
    const port = await freePort();
    transport = new TcpTransport({ host: '127.0.0.1', port });
    const first = assert.rejects(transport.connect(1000), { message: /connection refused/ });
    await new Promise((resolve) => process.nextTick(resolve)); // its connect() has gone out to a closed port
    const robotSockets: net.Socket[] = [];
    const robot = net.createServer((socket) => robotSockets.push(socket.on('error', () => undefined))).listen({ port, host: '127.0.0.1' });
    try {
      const closed = transport.close(1000);
      await transport.connect(1000); // the robot listens now
      await first;
      await closed;
      assert.equal(transport.connected, true, 'the second link is up');
      transport.send(HEADER);
    } finally {
      for (const socket of robotSockets) socket.destroy();
      await new Promise((resolve) => robot.close(resolve));
    }
  });

  it('a robot that closes the connection: the link is down, "connection to ... closed by the robot"', async () => {
    server = await listenOnLoopback((socket) => socket.end());
    transport = new TcpTransport({ host: '127.0.0.1', port: server.port });
    const down: Error[] = [];
    transport.on('down', (err) => down.push(err));
    await transport.connect(1000);
    await waitFor(() => down.length > 0, 'the link down');
    assert.deepEqual(
      down.map((e) => e.message),
      [`connection to 127.0.0.1:${server.port} closed by the robot`],
    );
  });

  it('an idle link is probed: the kernel holds a TCP keep-alive timer of about 10 s on its socket', async function () {
    requireTool(this, '/usr/bin/ss', 'apt-get install iproute2');
    server = await listenOnLoopback(() => undefined);
    transport = new TcpTransport({ host: '127.0.0.1', port: server.port });
    await transport.connect(1000);
    // Our side of the connection is the one whose peer port is the robot's.
    const line = execFileSync('ss', ['-tnoH', 'state', 'established', `( dport = :${server.port} )`], { encoding: 'utf8' });
    assert.match(line, /timer:\(keepalive,(9|10)\.\d+/, line);
  });

  it('bytes that are no frame reach "problem" in words naming the robot, and the next frame is still read', async () => {
    const good = wrapTcpFrame(encodeFrame({ ...HEADER, frameInfo: packFrameInfo(1, FrameType.Notification, 0, 0, 0) }));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(1000);
    const wire = Buffer.concat([
      Buffer.from('hello'), // garbage
      TCP_MAGIC,
      length, // over the 64-byte limit below, and no frame header follows
      Buffer.alloc(40, 0xff),
      wrapTcpFrame(Buffer.from([0x0a, 0x05, 0x00])), // a header field running past its 3-byte frame
      good,
    ]);
    server = await listenOnLoopback((socket) => socket.write(wire));
    transport = new TcpTransport({ host: '127.0.0.1', port: server.port, maxFrameLength: 64 });
    const problems: Error[] = [];
    const frames: number[] = [];
    transport.on('problem', (err) => problems.push(err));
    transport.on('frame', (f) => frames.push(f.header.frameInfo));
    await transport.connect(1000);
    await waitFor(() => frames.length > 0, 'the good frame');
    const robot = `127.0.0.1:${server.port}`;
    assert.deepEqual(
      problems.map((e) => e.message),
      [
        `Kortex frame could not be decoded: skipped 5 bytes of garbage from ${robot}`,
        `Kortex frame could not be decoded: rejected a frame length of 1000 bytes (limit 64) from ${robot}`,
        `Kortex frame could not be decoded: skipped 51 bytes of garbage from ${robot}`,
        'Kortex frame could not be decoded: field 1 length 5 runs past the end of the 3-byte frame',
      ],
    );
    assert.deepEqual(frames, [packFrameInfo(1, FrameType.Notification, 0, 0, 0)]);
  });

  for (const end of ['the robot closes', 'close()'] as const) {
    it(`half a frame, then ${end}: the next link reads its own frames from the start`, async () => {
      const frame = wrapTcpFrame(encodeFrame(HEADER, Buffer.alloc(30, 1)));
      let connections = 0;
      server = await listenOnLoopback((socket) => {
        if (++connections > 1) socket.write(frame);
        else if (end === 'close()') socket.write(frame.subarray(0, 20));
        else socket.end(frame.subarray(0, 20));
      });
      transport = new TcpTransport({ host: '127.0.0.1', port: server.port });
      const frames: number[] = [];
      const problems: Error[] = [];
      transport.on('frame', (f) => frames.push(f.payload.length));
      transport.on('problem', (err) => problems.push(err));
      const down = new Promise((resolve) => transport?.once('down', resolve));
      await transport.connect(1000);
      if (end === 'close()') {
        await sleep(50); // the half frame is read
        await transport.close(1000);
      } else await down;
      await transport.connect(1000);
      await waitFor(() => frames.length > 0 || problems.length > 0, 'a frame on the second link');
      await sleep(20);
      assert.deepEqual(problems, []);
      assert.deepEqual(frames, [30]);
    });
  }

  it('the errno codes of a failed link, in words naming the robot; other errors as they are', () => {
    const cases: Record<string, string> = {
      ECONNREFUSED: 'connection refused (robot off, wrong port, or Kortex service not running)',
      EHOSTUNREACH: 'host unreachable (check the robot IP address and network)',
      ENETUNREACH: 'network unreachable (check the robot IP address and network)',
      ETIMEDOUT: 'connection timed out',
      ECONNRESET: 'connection reset by the robot',
      EPIPE: 'connection closed by the robot',
      ENOTFOUND: 'host name not found',
      EAI_AGAIN: 'host name lookup failed',
    };
    for (const [code, reason] of Object.entries(cases)) {
      const described = describeSocketError(Object.assign(new Error(`raw ${code}`), { code }), 'robot-7:10000');
      assert.equal(described.message, `robot-7:10000: ${reason}`);
      assert.equal((described as NodeJS.ErrnoException).code, code);
    }
    const other = Object.assign(new Error('raw'), { code: 'EMFILE' });
    assert.equal(describeSocketError(other, 'robot-7:10000'), other);
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
      const sockets = activeResources('TCPSocketWrap');
      transport = new TcpTransport({ host: '127.0.0.1', port });
      await assert.rejects(transport.connect(150), { message: `connecting to 127.0.0.1:${port} timed out after 150 ms` });
      assert.equal(transport.connected, false);
      await assert.rejects(transport.connect(50), { message: `connecting to 127.0.0.1:${port} timed out after 50 ms` });
      // A timed-out attempt leaves no socket (one would go on knocking, and reach the robot later).
      await waitFor(() => activeResources('TCPSocketWrap') === sockets, 'the timed-out sockets closed', 500);
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
