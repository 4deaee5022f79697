/**
 * Floods: many callers firing at once at one robot. Every request either completes or fails
 * explicitly (no silent drop), the in-flight cap holds on the wire, memory stays bounded, and a full
 * queue rejects at once. Measured through a proxy that counts frames on the wire and plays a slow
 * robot (fixed answer latency).
 */
import assert from 'node:assert/strict';
import { ClientPool } from '../../src/client/session/pool';
import { KortexError } from '../../src/client/core/errors';
import { SessionClientOptions } from '../../src/client/session/options';
import type { RunningSimulator } from '../../src/simulator';
import { ROBOT_PASSWORDS, startTestRobot } from '../helpers/robotUsers';
import { settledHeap, failOnUncaught } from '../helpers/guards';
import { TcpProxy, startProxy } from '../../scripts/lib/tcpProxy';
import { waitFor } from '../helpers/wait';
import {
  FlowNode,
  TAB,
  TestMessage,
  builtNodes,
  catchNode,
  cleanUp,
  collect,
  coreNode,
  helper,
  helperNode,
  sessionNode,
  tab,
} from '../nodered/support';

const MB = 1024 * 1024;

describe('reliability: floods', function () {
  this.timeout(30000);
  let sim: RunningSimulator | undefined;
  let proxy: TcpProxy | undefined;

  beforeEach(async () => {
    sim = await startTestRobot('k2');
  });

  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
    await sim?.close();
    sim = undefined;
  });
  failOnUncaught();

  describe('client level', () => {
    const pool = new ClientPool(0);
    afterEach(() => pool.closeAll());

    function identity(port: number, extra: Partial<SessionClientOptions> = {}): SessionClientOptions {
      return {
        host: '127.0.0.1',
        port,
        transport: 'tcp',
        username: 'admin',
        password: ROBOT_PASSWORDS.admin,
        requestTimeoutMs: 3000,
        keepAliveIntervalMs: 0,
        ...extra,
      };
    }

    it('50 callers on one pooled client, 1,000 requests at once: each completes or fails explicitly, the in-flight cap holds, memory stays bounded', async function () {
      proxy = await startProxy({ targetPort: sim?.port as number, delayToClientMs: 20 });
      const options = identity(proxy.port, { maxInFlight: 16, maxQueued: 600, queueWaitMs: 1000 });
      const callers = Array.from({ length: 50 }, (_, i) => pool.acquire(options, `caller-${i}`));
      assert.ok(
        callers.every((c) => c === callers[0]),
        'one client for one robot identity',
      );
      const client = callers[0];
      await client.openOnce();
      assert.equal(sim?.model.sessions().length, 1);

      const heapBefore = settledHeap();
      const requestsBefore = proxy.requests;
      let maxInFlight = 0;
      const outcomes: Array<Promise<'ok' | KortexError>> = [];
      for (const c of callers) {
        for (let i = 0; i < 20; i++) {
          outcomes.push(
            c.call('getConnections', {}).then(
              () => 'ok' as const,
              (e: unknown) => {
                assert.ok(e instanceof KortexError, String(e));
                return e;
              },
            ),
          );
          maxInFlight = Math.max(maxInFlight, c.inFlightCount);
        }
      }
      const sampler = setInterval(() => {
        maxInFlight = Math.max(maxInFlight, client.inFlightCount);
      }, 1);
      const results = await Promise.all(outcomes);
      clearInterval(sampler);

      const ok = results.filter((r) => r === 'ok').length;
      const failed = results.filter((r): r is KortexError => r !== 'ok');
      assert.equal(ok + failed.length, 1000, 'nothing silently dropped');
      assert.ok(ok > 0 && failed.length > 0, `both outcomes seen (ok ${ok}, failed ${failed.length})`);
      const kinds = new Set(failed.map((e) => e.kind));
      for (const k of kinds) assert.ok(k === 'QUEUE_FULL' || k === 'TIMEOUT', `explicit overload errors only, got ${String(k)}`);
      assert.equal(failed.filter((e) => e.kind === 'QUEUE_FULL').length, 1000 - 16 - 600, 'exactly what did not fit was refused at once');
      assert.ok(maxInFlight <= 16, `client in flight ${maxInFlight}`);
      assert.ok(proxy.maxOutstanding <= 16, `on the wire ${proxy.maxOutstanding}`);
      assert.equal(
        proxy.requests - requestsBefore,
        ok + failed.filter((e) => e.kind === 'TIMEOUT' && /no reply/.test(e.message)).length,
        'only admitted requests reached the robot',
      );
      assert.equal(client.queuedCount, 0);
      assert.equal(client.inFlightCount, 0);
      const heapDelta = settledHeap() - heapBefore;
      assert.ok(heapDelta < 16 * MB, `heap grew ${(heapDelta / MB).toFixed(1)} MB`);
      assert.equal(sim?.model.sessions().length, 1, 'still one session');
    });

    it('a full request queue rejects at once (QUEUE_FULL), without sending anything', async function () {
      // A robot that never answers: everything admitted stays in flight.
      proxy = await startProxy({ targetPort: sim?.port as number });
      const options = identity(proxy.port, { maxInFlight: 4, maxQueued: 10, queueWaitMs: 5000, requestTimeoutMs: 5000 });
      const client = pool.acquire(options, 'only');
      await client.openOnce();
      proxy.setToClient(() => null);
      const held = Array.from({ length: 14 }, () =>
        client.call('getConnections', {}).then(
          () => 'ok',
          (e: Error) => e,
        ),
      );
      await waitFor(() => client.inFlightCount === 4 && client.queuedCount === 10, 'in flight and queue full');
      const sentBefore = proxy.requests;
      const latencies: number[] = [];
      for (let i = 0; i < 100; i++) {
        const started = process.hrtime.bigint();
        const err = await client.call('getConnections', {}).then(
          () => undefined,
          (e: unknown) => e,
        );
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
        assert.ok(err instanceof KortexError && err.kind === 'QUEUE_FULL', String(err));
        assert.match(err.message, /^GetConnections on 127\.0\.0\.1:\d+: request queue full \(10 waiting, 4 in flight\)$/);
      }
      latencies.sort((a, b) => a - b);
      assert.ok(latencies[50] < 2, `median rejection ${latencies[50].toFixed(3)} ms`);
      assert.ok(latencies[latencies.length - 1] < 50, `slowest rejection ${latencies[latencies.length - 1].toFixed(2)} ms`);
      assert.equal(proxy.requests, sentBefore, 'nothing reached the robot');
      await pool.closeAll();
      const settled = await Promise.all(held);
      assert.ok(
        settled.every((r) => r instanceof KortexError && r.kind === 'CLOSED'),
        'held calls end with CLOSED when the client closes',
      );
    });
  });

  describe('through Node-RED (node-red-node-test-helper, built nodes)', () => {
    afterEach(() => cleanUp(undefined));

    it('50 kortex-list-connections nodes, 1,000 messages at once: every msg is sent on or reaches the Catch node via done(err); cap holds; memory bounded', async function () {
      // A slow robot: 100 ms per answer, so 32 in flight serve ~320 msg/s and the 2 s queue wait runs out for some.
      proxy = await startProxy({ targetPort: sim?.port as number, delayToClientMs: 100 });
      const flow: FlowNode[] = [
        tab(),
        sessionNode(proxy.port, { requestTimeout: '2000', sessionInactivityTimeout: '60000', connectionInactivityTimeout: '60000' }),
        helperNode('out'),
        helperNode('caught'),
        catchNode('catcher', ['caught']),
      ];
      for (let i = 0; i < 50; i++)
        flow.push({ id: `list${i}`, type: 'kortex-list-connections', z: TAB, session: 'robot', wires: [['out']] });
      await helper.load([...builtNodes(), coreNode('common/25-catch.js')], flow, { robot: { password: ROBOT_PASSWORDS.admin } });
      const out = collect('out');
      const caught = collect('caught');
      await waitFor(() => sim?.model.sessions().length === 1, 'the pooled session');

      const heapBefore = settledHeap();
      for (let m = 0; m < 1000; m++) helper.getNode(`list${m % 50}`)?.receive({ payload: m, tag: m });
      await waitFor(() => out.length + caught.length >= 1000, 'every message accounted for', 20000);
      const tags = [...out, ...caught].map((msg: TestMessage) => msg.tag as number).sort((a, b) => a - b);
      assert.deepEqual(
        tags,
        Array.from({ length: 1000 }, (_, i) => i),
        'each msg exactly once: sent on or caught',
      );
      assert.ok(out.length > 0 && caught.length > 0, `both outcomes seen (out ${out.length}, caught ${caught.length})`);
      for (const msg of caught) {
        const error = msg.error as { message?: string; source?: { type?: string } };
        assert.match(
          String(error.message),
          /GetConnections on 127\.0\.0\.1:\d+: (waited 2000 ms for a free request slot|no reply within 2000 ms)/,
        );
        assert.equal(error.source?.type, 'kortex-list-connections');
      }
      for (const msg of out) assert.ok(Array.isArray((msg.payload as { connection?: unknown[] }).connection));
      // 32 is the client's default in-flight cap; a keep-alive may ride along.
      assert.ok(proxy.maxOutstanding <= 33, `on the wire ${proxy.maxOutstanding}`);
      assert.equal(sim?.model.sessions().length, 1);
      const heapDelta = settledHeap() - heapBefore;
      assert.ok(heapDelta < 32 * MB, `heap grew ${(heapDelta / MB).toFixed(1)} MB`);
    });
  });
});
