/**
 * Hostile bytes: property-based fuzzing (fast-check, fixed seeds) of the frame decoder and the TCP
 * splitter with random and mutated frames; oversize length fields; and fuzzing peers on both ends
 * of the wire (a hostile "robot" for our client, hostile clients for the simulator).
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import fc from 'fast-check';
import { FrameDecodeError, buildRequestHeader, decodeFrame, encodeFrame } from '../../src/protocol/frame';
import {
  FrameType,
  HEADER_VERSION,
  RawHeader,
  packFrameInfo,
  packMessageInfo,
  packPayloadInfo,
  packServiceInfo,
} from '../../src/protocol/header';
import { SESSION_SERVICE_ID, SessionRpcs } from '../../src/protocol/session/rpcs';
import { TCP_MAGIC, TCP_PREFIX_LENGTH, TcpFrameSplitter, wrapTcpFrame } from '../../src/protocol/tcpFraming';
import { KortexError } from '../../src/client/core/errors';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionClientOptions } from '../../src/client/session/options';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { seededRandom, settledHeap, failOnUncaught } from '../helpers/guards';
import { TcpProxy, startProxy } from '../../scripts/lib/tcpProxy';
import { sleep, waitFor } from '../helpers/wait';

/* ---------------- generators ---------------- */

const u32 = fc.integer({ min: 0, max: 0xffffffff });

/** A well-formed frame: any header words, any payload up to 300 bytes. */
const validFrame = fc
  .record({
    header: fc.record({ frameInfo: u32, messageInfo: u32, serviceInfo: u32, payloadInfo: u32 }),
    payload: fc.uint8Array({ maxLength: 300 }),
  })
  .map(({ header, payload }) => encodeFrame(header as RawHeader, payload));

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'varint'; at: number }; // a run of 0xff: overlong or huge varints

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('varint' as const), at: fc.nat() }),
);

function mutate(input: Buffer, mutations: Mutation[]): Buffer {
  let b = Buffer.from(input);
  for (const m of mutations) {
    const at = b.length === 0 ? 0 : m.at % (b.length + 1);
    switch (m.kind) {
      case 'flip':
        if (at < b.length) b[at] ^= 1 << m.bit;
        break;
      case 'set':
        if (at < b.length) b[at] = m.value;
        break;
      case 'truncate':
        b = b.subarray(0, at);
        break;
      case 'insert':
        b = Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
        break;
      case 'delete':
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.count)]);
        break;
      case 'varint':
        b = Buffer.concat([b.subarray(0, at), Buffer.alloc(11, 0xff), b.subarray(at)]);
        break;
    }
  }
  return b;
}

/** decodeFrame's contract: a Frame, or a FrameDecodeError; nothing else, and quickly. */
function decodeOrReject(bytes: Buffer): void {
  const started = process.hrtime.bigint();
  try {
    const f = decodeFrame(bytes);
    assert.ok(f.payload.length <= bytes.length, 'payload is a view within the input');
  } catch (err) {
    assert.ok(err instanceof FrameDecodeError, `only FrameDecodeError may escape, got ${String(err)}`);
  }
  // Generous (a GC pause must not fail it): the point is that no input makes the decoder loop or crawl.
  assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 250, 'no slow path');
}

/** Splits `data` into chunks of the given sizes (cycled). */
function chunked(data: Buffer, sizes: number[]): Buffer[] {
  const out: Buffer[] = [];
  for (let pos = 0, i = 0; pos < data.length; i++) {
    const size = sizes[i % sizes.length];
    out.push(data.subarray(pos, pos + size));
    pos += size;
  }
  return out;
}

/** A request frame as our client would send it, with the TCP prefix. */
function sentinelFrame(messageId: number): Buffer {
  return wrapTcpFrame(encodeFrame(buildRequestHeader({ sessionId: 9, messageId, serviceId: SESSION_SERVICE_ID, functionId: 3 })));
}

describe('reliability: hostile bytes', function () {
  this.timeout(20000);

  describe('frame decoder (fast-check, seeded)', () => {
    it('random bytes: a Frame or a FrameDecodeError, never another exception, never slow', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => decodeOrReject(Buffer.from(bytes))),
        { seed: 0x5eed, numRuns: 3000 },
      );
    });

    it('mutated valid frames (bit flips, byte sets, truncation, insertion, deletion, huge varints): same contract', () => {
      fc.assert(
        fc.property(validFrame, fc.array(mutation, { minLength: 1, maxLength: 6 }), (frame, mutations) => {
          decodeOrReject(mutate(frame, mutations));
        }),
        { seed: 0xbadf00d, numRuns: 3000 },
      );
    });

    it('valid frames still decode to exactly what was encoded (the fuzzing above is not vacuous)', () => {
      fc.assert(
        fc.property(
          fc.record({ frameInfo: u32, messageInfo: u32, serviceInfo: u32, payloadInfo: u32 }),
          fc.uint8Array({ maxLength: 300 }),
          (header, payload) => {
            const f = decodeFrame(encodeFrame(header, payload));
            assert.deepEqual(f.header, { ...header });
            assert.deepEqual([...f.payload], [...payload]);
          },
        ),
        { seed: 11, numRuns: 500 },
      );
    });
  });

  describe('TCP splitter (fast-check, seeded)', () => {
    const MAX = 4096;

    /** Segments of a hostile stream: valid frames, mutated frames (prefix included), raw garbage, magic with a random length. */
    const segment = fc.oneof(
      validFrame.map((f) => wrapTcpFrame(f)),
      fc.tuple(validFrame, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([f, m]) => mutate(wrapTcpFrame(f), m)),
      fc.uint8Array({ minLength: 1, maxLength: 200 }).map((b) => Buffer.from(b)),
      fc.tuple(u32, fc.uint8Array({ maxLength: 40 })).map(([len, rest]) => {
        const head = Buffer.alloc(TCP_PREFIX_LENGTH);
        TCP_MAGIC.copy(head);
        head.writeUInt32BE(len, 8);
        return Buffer.concat([head, Buffer.from(rest)]);
      }),
    );

    it('any hostile stream, any chunking: no throw, bounded buffer, and the stream resynchronises on the good frames that follow', () => {
      fc.assert(
        fc.property(
          fc.array(segment, { maxLength: 25 }),
          fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 30 }),
          (segments, sizes) => {
            const frames: Buffer[] = [];
            const splitter = new TcpFrameSplitter({ maxFrameLength: MAX, onFrame: (f) => frames.push(f) });
            const hostile = Buffer.concat(segments);
            for (const c of chunked(hostile, sizes)) {
              splitter.push(c);
              assert.ok(splitter.bufferedBytes < TCP_PREFIX_LENGTH + MAX, `buffer bounded: ${splitter.bufferedBytes}`);
            }
            for (const f of frames) assert.ok(f.length <= MAX);
            // Whatever state the hostile bytes left: enough good frames to outrun the largest claim.
            const tail = Array.from({ length: 200 }, (_, i) => sentinelFrame(1 + i));
            const before = frames.length;
            for (const c of chunked(Buffer.concat(tail), sizes)) splitter.push(c);
            const recovered = frames.slice(before).map((f) => f.toString('hex'));
            // A length claim left by the hostile bytes may swallow up to MAX+12 bytes of the tail (each
            // sentinel is 29 bytes, so at most ~143 of them); every later sentinel comes out intact and in order.
            const expected = tail.map((t) => t.subarray(TCP_PREFIX_LENGTH).toString('hex'));
            assert.deepEqual(recovered.slice(-50), expected.slice(-50), 'the good frames after the hostile bytes are decoded');
            assert.equal(splitter.bufferedBytes, 0, 'nothing left over');
          },
        ),
        { seed: 0xfeed, numRuns: 400 },
      );
    });

    it('magic-free garbage between good frames loses no frame and is reported', () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 100 }), validFrame), { minLength: 1, maxLength: 10 }),
          fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 10 }),
          (pairs, sizes) => {
            const frames: string[] = [];
            const problems: string[] = [];
            const splitter = new TcpFrameSplitter({
              maxFrameLength: MAX,
              onFrame: (f) => frames.push(f.toString('hex')),
              onProblem: (p) => problems.push(p.kind),
            });
            const parts: Buffer[] = [];
            for (const [garbage, frame] of pairs) {
              let g = Buffer.from(garbage);
              while (g.includes(TCP_MAGIC)) g = Buffer.from(g.map((b) => (b === 0x07 ? 0x08 : b)));
              parts.push(g, wrapTcpFrame(frame));
            }
            for (const c of chunked(Buffer.concat(parts), sizes)) splitter.push(c);
            assert.deepEqual(
              frames,
              pairs.map(([, f]) => f.toString('hex')),
            );
            assert.ok(problems.length > 0 && problems.every((p) => p === 'garbage' || p === 'oversize'));
          },
        ),
        { seed: 21, numRuns: 300 },
      );
    });
  });

  describe('oversize length fields are rejected without allocating them', () => {
    it('4 GB claims: rejected at once, nothing buffered, heap flat', () => {
      const problems: string[] = [];
      const splitter = new TcpFrameSplitter({ onFrame: () => undefined, onProblem: (p) => problems.push(p.kind) });
      const claim = Buffer.concat([TCP_MAGIC, Buffer.from([0xff, 0xff, 0xff, 0xff]), Buffer.alloc(20, 0x41)]);
      const heapBefore = settledHeap();
      const rssBefore = process.memoryUsage().rss;
      for (let i = 0; i < 10_000; i++) {
        splitter.push(claim);
        assert.ok(splitter.bufferedBytes < TCP_PREFIX_LENGTH);
      }
      const heapDelta = settledHeap() - heapBefore;
      const rssDelta = process.memoryUsage().rss - rssBefore;
      assert.ok(heapDelta < 2 * 1024 * 1024, `heap grew ${heapDelta} bytes`);
      assert.ok(rssDelta < 64 * 1024 * 1024, `rss grew ${rssDelta} bytes`);
      assert.equal(problems.filter((p) => p === 'oversize').length, 10_000);
    });

    it('a claim just under the 16 MB limit holds only the bytes really received, and a dribbled frame costs no quadratic copying', () => {
      const frames: Buffer[] = [];
      const splitter = new TcpFrameSplitter({ onFrame: (f) => frames.push(f) });
      const length = 16 * 1024 * 1024 - 1;
      const head = Buffer.alloc(TCP_PREFIX_LENGTH);
      TCP_MAGIC.copy(head);
      head.writeUInt32BE(length, 8);
      const heapBefore = settledHeap();
      splitter.push(Buffer.concat([head, Buffer.alloc(100)]));
      assert.equal(splitter.bufferedBytes, TCP_PREFIX_LENGTH + 100, 'no allocation for the claimed length');
      assert.ok(settledHeap() - heapBefore < 1024 * 1024, 'heap flat after the claim');
      // The peer then dribbles the 16 MB in 4 KB pieces (4096 pushes): bounded time.
      const piece = Buffer.alloc(4096, 0x11);
      const started = Date.now();
      let sent = 100;
      while (sent + piece.length <= length) {
        splitter.push(piece);
        sent += piece.length;
      }
      splitter.push(Buffer.alloc(length - sent, 0x11));
      assert.equal(frames.length, 1);
      assert.equal(frames[0].length, length);
      assert.equal(splitter.bufferedBytes, 0);
      assert.ok(Date.now() - started < 1500, `took ${Date.now() - started} ms`);
    });
  });

  describe('fuzzing peers', () => {
    let sim: RunningSimulator | undefined;
    let proxy: TcpProxy | undefined;
    const clients: KortexSessionClient[] = [];
    const sockets: net.Socket[] = [];
    const servers: net.Server[] = [];

    afterEach(async () => {
      for (const s of sockets.splice(0)) s.destroy();
      await Promise.all(clients.splice(0).map((c) => c.close()));
      await proxy?.close();
      proxy = undefined;
      await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
      await sim?.close();
      sim = undefined;
    });
    failOnUncaught();

    function client(port: number, overrides: Partial<SessionClientOptions> = {}): { c: KortexSessionClient; problems: Error[] } {
      const c = new KortexSessionClient({
        host: '127.0.0.1',
        port,
        transport: 'tcp',
        username: 'admin',
        password: 'admin',
        requestTimeoutMs: 400,
        connectTimeoutMs: 500,
        keepAliveIntervalMs: 150,
        reconnectInitialDelayMs: 20,
        reconnectMaxDelayMs: 100,
        random: seededRandom(3),
        ...overrides,
      });
      const problems: Error[] = [];
      c.on('problem', (e) => problems.push(e));
      clients.push(c);
      return { c, problems };
    }

    /** Calls GetConnections `n` times, `gapMs` apart; returns how each settled. */
    async function workload(c: KortexSessionClient, n: number, gapMs: number): Promise<{ ok: number; errors: unknown[]; slowest: number }> {
      const runs: Array<Promise<{ ok: boolean; error?: unknown; ms: number }>> = [];
      for (let i = 0; i < n; i++) {
        const started = Date.now();
        runs.push(
          c.call('getConnections', {}).then(
            () => ({ ok: true, ms: Date.now() - started }),
            (error: unknown) => ({ ok: false, error, ms: Date.now() - started }),
          ),
        );
        await sleep(gapMs);
      }
      const results = await Promise.all(runs);
      return {
        ok: results.filter((r) => r.ok).length,
        errors: results.filter((r) => !r.ok).map((r) => r.error),
        slowest: Math.max(...results.map((r) => r.ms)),
      };
    }

    it('(a) a hostile robot link (mutated, random and injected bytes): the client never crashes, reports problems, fails calls cleanly, and recovers', async function () {
      sim = await startSimulator({ generation: 'k3', transport: 'tcp', host: '127.0.0.1', port: 0 });
      const rnd = seededRandom(0xc0ffee);
      const byte = (): number => Math.floor(rnd() * 256);
      const modes: Record<string, (chunk: Buffer) => Buffer | null> = {
        // Flip ~1 % of the bytes the robot sends.
        flip: (chunk) => Buffer.from(chunk.map((b) => (rnd() < 0.01 ? b ^ (1 << Math.floor(rnd() * 8)) : b))),
        // Replace whole chunks by noise.
        noise: (chunk) => (rnd() < 0.3 ? Buffer.from(Array.from({ length: chunk.length }, byte)) : chunk),
        // Inject fake prefixes with huge or plausible lengths, and stray bytes, between real frames.
        inject: (chunk) => {
          const head = Buffer.alloc(TCP_PREFIX_LENGTH);
          TCP_MAGIC.copy(head);
          head.writeUInt32BE(rnd() < 0.5 ? 0xfffffff0 : Math.floor(rnd() * 5000), 8);
          return rnd() < 0.3 ? Buffer.concat([Buffer.from(Array.from({ length: 1 + Math.floor(rnd() * 30) }, byte)), head, chunk]) : chunk;
        },
        // Drop chunks: answers go missing.
        drop: (chunk) => (rnd() < 0.3 ? null : chunk),
      };
      proxy = await startProxy({ targetPort: sim.port as number });
      const { c, problems } = client(proxy.port);
      const states: string[] = [];
      c.on('state', (e) => states.push(e.state));
      await c.openOnce();
      for (const [name, hook] of Object.entries(modes)) {
        proxy.setToClient(hook);
        const r = await workload(c, 40, 10);
        for (const e of r.errors) {
          assert.ok(e instanceof KortexError, `${name}: every failure is a KortexError, got ${String(e)}`);
          assert.ok(e.message.length > 0 && !e.message.includes('undefined'), `${name}: clear text: ${e.message}`);
        }
        // Each call waits at most for a link (queue wait = request timeout) and then its own timeout.
        assert.ok(r.slowest < 400 + 400 + 300, `${name}: slowest call took ${r.slowest} ms`);
        proxy.setToClient(undefined);
        await waitFor(
          async () =>
            c.state === 'open' &&
            (await c.call('getConnections', {}).then(
              () => true,
              () => false,
            )),
          `${name}: recovery`,
          4000,
          50,
        );
      }
      assert.ok(problems.length > 0, 'problems were reported');
      assert.ok(problems.every((p) => p.message.length > 0));
      // Dead links of the hostile phases are gone on the robot: only our session is left.
      await waitFor(() => sim?.model.sessions().length === 1, 'one session on the robot', 3000);
    });

    it('(a) a robot that only ever answers noise: no session, bounded retries, no crash', async function () {
      const rnd = seededRandom(99);
      const server = net.createServer((socket) => {
        socket.on('error', () => undefined);
        socket.on('data', () => {
          const n = 1 + Math.floor(rnd() * 300);
          const noise = Buffer.from(Array.from({ length: n }, () => Math.floor(rnd() * 256)));
          // Sometimes a well-formed frame with a random header: looks like a reply, is not ours.
          const fake = wrapTcpFrame(
            encodeFrame({
              frameInfo: packFrameInfo(
                HEADER_VERSION,
                rnd() < 0.5 ? FrameType.Response : Math.floor(rnd() * 16),
                0,
                Math.floor(rnd() * 16),
                0,
              ),
              messageInfo: packMessageInfo(Math.floor(rnd() * 65536), 1000 + Math.floor(rnd() * 60000)),
              serviceInfo: packServiceInfo(1, 1, 1),
              payloadInfo: packPayloadInfo(0),
            }),
          );
          socket.write(rnd() < 0.5 ? noise : Buffer.concat([noise, fake]));
        });
      });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { c, problems } = client((server.address() as net.AddressInfo).port, { requestTimeoutMs: 150 });
      const states: Array<{ state: string; attempt?: number }> = [];
      c.on('state', (e) => states.push({ state: e.state, attempt: e.attempt }));
      c.start();
      const r = await workload(c, 10, 30);
      assert.equal(r.ok, 0);
      for (const e of r.errors)
        assert.ok(e instanceof KortexError && ['NOT_CONNECTED', 'TIMEOUT', 'DISCONNECTED'].includes(String(e.kind)), String(e));
      await waitFor(() => states.filter((s) => s.state === 'reconnecting').length >= 2, 'retries', 3000);
      assert.ok(
        problems.some((p) => /garbage|length|unknown message id|frame type|decoded/.test(p.message)),
        problems.map((p) => p.message).join('\n'),
      );
      assert.ok(!states.some((s) => s.state === 'open'));
    });

    it('(b) fuzzing clients against the simulator: it never crashes and keeps serving a well-behaved client', async function () {
      sim = await startSimulator({ generation: 'k3', transport: 'tcp', host: '127.0.0.1', port: 0 });
      const server = sim.server as unknown as { on(event: 'problem', l: (e: Error) => void): void };
      const simProblems: Error[] = [];
      server.on('problem', (e) => simProblems.push(e));
      const port = sim.port as number;
      const { c } = client(port, { requestTimeoutMs: 1000, keepAliveIntervalMs: 0 });
      await c.openOnce();

      // Valid requests of every RPC, to be mutated: what a broken or malicious client might send.
      const templates = [
        encodeFrame(
          buildRequestHeader({
            sessionId: 0,
            messageId: 1,
            serviceId: 1,
            functionId: 1,
            payload: SessionRpcs.createSession.encodeRequest({ username: 'admin', password: 'admin', sessionInactivityTimeout: 1000 }),
          }),
          SessionRpcs.createSession.encodeRequest({ username: 'admin', password: 'admin', sessionInactivityTimeout: 1000 }),
        ),
        ...[2, 3, 4, 6, 8].map((fn) => encodeFrame(buildRequestHeader({ sessionId: 1, messageId: fn, serviceId: 1, functionId: fn }))),
        encodeFrame(
          buildRequestHeader({
            sessionId: 1,
            messageId: 5,
            serviceId: 1,
            functionId: 5,
            payload: SessionRpcs.addTemporaryUserRole.encodeRequest({ roleIdentifier: 'Admin', password: 'admin' }) as Uint8Array,
          }),
          SessionRpcs.addTemporaryUserRole.encodeRequest({ roleIdentifier: 'Admin', password: 'admin' }),
        ),
        encodeFrame(
          buildRequestHeader({
            sessionId: 1,
            messageId: 7,
            serviceId: 1,
            functionId: 7,
            payload: SessionRpcs.setAccessControl.encodeRequest({ singleSourceControl: true, bypassRemoteAccess: true }) as Uint8Array,
          }),
          SessionRpcs.setAccessControl.encodeRequest({ singleSourceControl: true, bypassRemoteAccess: true }),
        ),
      ];
      const samples = fc.sample(
        fc.tuple(
          fc.integer({ min: 0, max: templates.length - 1 }),
          fc.array(mutation, { maxLength: 5 }),
          fc.boolean(),
          fc.uint8Array({ maxLength: 64 }),
        ),
        { seed: 4242, numRuns: 3000 },
      );

      const fuzzers: net.Socket[] = [];
      for (let i = 0; i < 8; i++) {
        const s = net.connect({ host: '127.0.0.1', port });
        s.on('error', () => undefined);
        s.on('data', () => undefined);
        sockets.push(s);
        fuzzers.push(s);
      }
      await Promise.all(fuzzers.map((s) => new Promise((r) => s.once('connect', r))));

      // The good client keeps working while the fuzzers send.
      let goodOk = 0;
      let goodFailed: unknown;
      let stop = false;
      const good = (async () => {
        while (!stop) {
          await c.call('getConnections', {}).then(
            () => {
              goodOk++;
            },
            (e: unknown) => {
              goodFailed ??= e;
            },
          );
        }
      })();

      for (let i = 0; i < samples.length; i++) {
        const [t, mutations, keepPrefix, noise] = samples[i];
        const body = mutate(templates[t], mutations);
        // Either a correctly prefixed mutated frame (reaches the decoder and the model), or mutated bytes with their prefix.
        const bytes = keepPrefix ? wrapTcpFrame(body) : mutate(wrapTcpFrame(templates[t]), mutations);
        fuzzers[i % fuzzers.length].write(Buffer.concat([bytes, Buffer.from(noise)]));
        if (i % 200 === 0) await sleep(1);
      }
      // Oversize and near-limit length claims, then the fuzzers hang up.
      const huge = Buffer.concat([TCP_MAGIC, Buffer.from([0xff, 0xff, 0xff, 0xff])]);
      const near = Buffer.alloc(TCP_PREFIX_LENGTH);
      TCP_MAGIC.copy(near);
      near.writeUInt32BE(16 * 1024 * 1024 - 1, 8);
      fuzzers[0].write(huge);
      fuzzers[1].write(near);
      await sleep(200);
      stop = true;
      await good;
      assert.equal(goodFailed, undefined, `the good client never failed: ${String(goodFailed)}`);
      assert.ok(goodOk > 10, `the good client kept being served (${goodOk} calls)`);
      assert.ok(simProblems.length > 0, 'the simulator reported what it could not use');

      for (const s of fuzzers) s.destroy();
      await waitFor(() => sim?.model.connectionCount === 1, 'fuzzer connections detached', 3000);
      assert.deepEqual(
        sim.model.sessions().map((s) => s.sessionId),
        [c.sessionId],
        'only the good session is left',
      );
      // And it still accepts new clients.
      const { c: later } = client(port, { keepAliveIntervalMs: 0 });
      await later.openOnce();
      assert.equal((await later.call('getConnections', {})).payload.userConnections.length, 2);
    });
  });
});
