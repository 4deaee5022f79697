/**
 * The Kortex 2 transport batches the frames of one tick into shared slabs and writes them several
 * at a time (src/transport/tcp.ts). Whatever the batching, the robot must receive exactly the
 * bytes of each frame, prefix and frame back to back, in the order they were sent; nothing sent
 * before close() may be lost. Checked on a real socket on 127.0.0.1 against the plain encoding.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { Worker } from 'node:worker_threads';
import { FrameType, RawHeader, packFrameInfo, packMessageInfo, packServiceInfo } from '../../src/protocol/header';
import { TCP_PREFIX_LENGTH, writeTcpPrefix } from '../../src/protocol/tcpFraming';
import { encodeFrame } from '../../src/protocol/frame';
import { TcpTransport } from '../../src/transport/tcp';
import { waitFor } from '../helpers/wait';

interface Capture {
  port: number;
  /** Every byte received on the one connection, and whether the client ended it (FIN). */
  received(): Buffer;
  ended(): boolean;
  /** Stops reading until resumeReading(): the kernel buffers fill and the client's writes queue up. */
  pauseReading(): void;
  resumeReading(): void;
  close(): Promise<void>;
}

async function captureServer(): Promise<Capture> {
  const chunks: Buffer[] = [];
  let socket: net.Socket | undefined;
  let ended = false;
  let paused = false;
  const server = net.createServer((s) => {
    socket = s;
    if (paused) s.pause();
    s.on('data', (c: Buffer) => chunks.push(c));
    s.on('end', () => {
      ended = true;
      s.end();
    });
    s.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    received: () => Buffer.concat(chunks),
    ended: () => ended,
    pauseReading: () => {
      paused = true;
      socket?.pause();
    },
    resumeReading: () => {
      paused = false;
      socket?.resume();
    },
    close: () =>
      new Promise<void>((resolve) => {
        socket?.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A request frame with a recognisable payload of `size` bytes. */
function frame(messageId: number, size: number): { header: RawHeader; payload: Buffer } {
  const payload = Buffer.alloc(size);
  for (let i = 0; i < size; i++) payload[i] = (messageId * 31 + i) & 0xff;
  return {
    header: {
      frameInfo: packFrameInfo(1, FrameType.Request, 0, 0, 0),
      messageInfo: packMessageInfo(7, messageId & 0xffff),
      serviceInfo: packServiceInfo(1, 1, 4),
      payloadInfo: size,
    },
    payload,
  };
}

/** The plain encoding: one buffer per frame, prefix and frame. */
function wire(f: { header: RawHeader; payload: Buffer }): Buffer {
  const buf = encodeFrame(f.header, f.payload, TCP_PREFIX_LENGTH);
  writeTcpPrefix(buf, buf.length - TCP_PREFIX_LENGTH);
  return buf;
}

describe('K2 transport writes: batching keeps every byte and the order', function () {
  this.timeout(30000);
  let server: Capture | undefined;
  let transport: TcpTransport | undefined;

  afterEach(async () => {
    await transport?.close(200);
    await server?.close();
    transport = undefined;
    server = undefined;
  });

  async function connected(): Promise<{ s: Capture; t: TcpTransport }> {
    const s = await captureServer();
    const t = new TcpTransport({ host: '127.0.0.1', port: s.port });
    await t.connect(2000);
    server = s;
    transport = t;
    return { s, t };
  }

  it('small and large frames in one tick, across several slabs, then close(): all arrive in order before the FIN', async () => {
    const { s, t } = await connected();
    // 0 to 5,000 bytes: small frames share slabs, those above a quarter slab get their own buffer,
    // and 3,000 frames fill many slabs; a few are larger than a whole slab (16 KiB) or a full read.
    const sizes = Array.from({ length: 3000 }, (_, i) =>
      i % 1000 === 500 ? 70_000 : i % 1000 === 250 ? 20_000 : i % 97 === 0 ? 4000 + (i % 1000) : i % 301,
    );
    const frames = sizes.map((size, i) => frame(i + 1, size));
    for (const f of frames) t.send(f.header, f.payload);
    // However the batches fell, this one is still waiting for its batch when close() comes.
    const last = frame(frames.length + 1, 3);
    frames.push(last);
    t.send(last.header, last.payload);
    await t.close(2000);
    transport = undefined;
    const expected = Buffer.concat(frames.map(wire));
    await waitFor(() => s.ended(), 'the FIN after the last frame');
    const got = s.received();
    assert.equal(got.length, expected.length, 'byte count');
    assert.ok(got.equals(expected), 'bytes differ from the plain encoding');
  });

  it('frames sent over many ticks while the robot does not read: no byte of a queued write is overwritten', async () => {
    const { s, t } = await connected();
    s.pauseReading();
    const frames: { header: RawHeader; payload: Buffer }[] = [];
    // About 6 MB: far more than the kernel buffers hold, so most writes wait in the socket's queue
    // while later frames are encoded.
    for (let tick = 0; tick < 40; tick++) {
      for (let i = 0; i < 500; i++) {
        const f = frame(frames.length + 1, 200 + ((tick * 500 + i) % 400));
        frames.push(f);
        t.send(f.header, f.payload);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    s.resumeReading();
    const expected = Buffer.concat(frames.map(wire));
    await waitFor(() => s.received().length >= expected.length, 'all bytes', 20000);
    assert.ok(s.received().equals(expected), 'bytes differ from the plain encoding');
  });

  it('sixteen requests in one tick reach the robot before that tick ends: it starts on them while the client builds the rest', async () => {
    // The robot runs in a worker thread: it reads while this thread stays in one tick.
    const received = new Int32Array(new SharedArrayBuffer(4));
    const frames = Array.from({ length: 16 }, (_, i) => frame(i + 1, 10));
    const expected = frames.reduce((n, f) => n + wire(f).length, 0);
    const robot = new Worker(COUNTING_ROBOT, { eval: true, workerData: { received, expected } });
    try {
      const port = await new Promise<number>((resolve, reject) => robot.once('message', resolve).once('error', reject));
      transport = new TcpTransport({ host: '127.0.0.1', port });
      await transport.connect(2000);
      for (const f of frames) transport.send(f.header, f.payload);
      const waited = Atomics.wait(received, 0, 0, 2000); // this tick goes on
      assert.notEqual(waited, 'timed-out', `the robot got ${Atomics.load(received, 0)} of ${expected} bytes within the tick`);
    } finally {
      await transport?.close(200);
      transport = undefined;
      await robot.terminate();
    }
  });

  it('a lone request is written at the end of its tick, without waiting for more', async () => {
    const { s, t } = await connected();
    const f = frame(1, 10);
    t.send(f.header, f.payload);
    await waitFor(() => s.received().length === wire(f).length, 'the lone frame', 2000, 1);
  });
});

/** A robot that counts the bytes it receives and wakes the test once `expected` have come. */
const COUNTING_ROBOT = `const { parentPort, workerData } = require('node:worker_threads');
const { received, expected } = workerData;
let bytes = 0;
const server = require('node:net').createServer((socket) => {
  socket.on('data', (chunk) => {
    bytes += chunk.length;
    if (bytes >= expected) {
      Atomics.store(received, 0, bytes);
      Atomics.notify(received, 0);
    }
  });
  socket.on('error', () => undefined);
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));`;
