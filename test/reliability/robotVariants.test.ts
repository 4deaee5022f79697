/**
 * Robots that answer differently from the simulator's defaults (docs/protocol.md, "What real
 * robots may do differently"). Each variant is a kortex-sim switch; the client must pass all.
 * - A robot that forgot our session while the socket stays up answers with INVALID_SESSION (12),
 *   INVALID_USER_SESSION_ACCESS (54), or not at all: under steady traffic the client logs in again
 *   within two keep-alive intervals of the first failed call, and the calls after that succeed.
 * - 54 is also a real "permission denied": then the session is fine and must be kept.
 * - Any error reply to CreateSession is a refused login, whatever its codes.
 */
import assert from 'node:assert/strict';
import { KortexError } from '../../src/client/core/errors';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionClientOptions } from '../../src/client/session/options';
import { SessionStateEvent } from '../../src/client/session/states';
import { ErrorCode } from '../../src/protocol/errors';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { parseCliOptions } from '../../src/simulator/cli';
import { failOnUncaught } from '../helpers/guards';
import { sleep, waitFor } from '../helpers/wait';

interface CallRecord {
  at: number;
  ok: boolean;
  sessionId?: number;
  code?: string;
}

describe('reliability: robots that answer differently (K2 over TCP)', function () {
  this.timeout(20000);
  failOnUncaught();
  const sims: RunningSimulator[] = [];
  const clients: KortexSessionClient[] = [];

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(sims.splice(0).map((s) => s.close()));
  });

  /** A simulator started with these kortex-sim command-line switches. */
  async function robot(switches: string[]): Promise<RunningSimulator> {
    const options = parseCliOptions([...switches, '--port', '0']);
    assert.ok(options);
    const sim = await startSimulator({ ...options, host: '127.0.0.1' });
    sims.push(sim);
    return sim;
  }

  function client(
    sim: RunningSimulator,
    overrides: Partial<SessionClientOptions> = {},
  ): { c: KortexSessionClient; states: SessionStateEvent[] } {
    const c = new KortexSessionClient({
      host: '127.0.0.1',
      port: sim.port as number,
      transport: 'tcp',
      username: 'admin',
      password: 'admin',
      reconnectInitialDelayMs: 20,
      reconnectMaxDelayMs: 30_000,
      ...overrides,
    });
    c.on('problem', () => undefined);
    const states: SessionStateEvent[] = [];
    c.on('state', (e) => states.push(e));
    clients.push(c);
    return { c, states };
  }

  const KEEP_ALIVE_MS = 400;

  for (const mode of ['error12', 'error54', 'drop'] as const) {
    it(`--no-session-mode ${mode}: under steady traffic the client logs in again within two keep-alive intervals; nothing is resent`, async () => {
      const sim = await robot(['--generation', mode === 'error54' ? 'k3' : 'k2', '--no-session-mode', mode]);
      const { c, states } = client(sim, { keepAliveIntervalMs: KEEP_ALIVE_MS, requestTimeoutMs: KEEP_ALIVE_MS, queueWaitMs: 5000 });
      await c.openOnce();
      const firstSession = c.sessionId;
      const calls: CallRecord[] = [];
      let requestsSeen = 0;
      sim.model.on('request', (name) => {
        if (name === 'GetConnections') requestsSeen++;
      });
      let running = true;
      // Steady traffic: one GetConnections every 40 ms, each one awaited.
      const traffic = (async () => {
        while (running) {
          try {
            const r = await c.call('getConnections', {});
            calls.push({ at: Date.now(), ok: true, sessionId: r.meta.sessionId });
          } catch (err) {
            calls.push({ at: Date.now(), ok: false, code: (err as KortexError).code });
          }
          await sleep(40);
        }
      })();
      let recovered: CallRecord;
      try {
        await sleep(300);
        const forgottenAt = Date.now();
        sim.model.reboot(); // the robot forgets every session; the socket stays up
        recovered = await waitFor(
          () => calls.find((r) => r.ok && r.at > forgottenAt && r.sessionId !== firstSession),
          'a call on the new session',
          6000,
        );
        await sleep(300);
      } finally {
        running = false;
        await traffic;
      }
      const failed = calls.filter((r) => !r.ok);
      assert.ok(failed.length >= 1, 'the call that hit the forgotten session fails (a Catch node sees it)');
      const firstFailure = failed[0];
      const recoveryMs = recovered.at - firstFailure.at;
      assert.ok(
        recoveryMs <= 2 * KEEP_ALIVE_MS,
        `recovered ${recoveryMs} ms after the first failed call (limit ${2 * KEEP_ALIVE_MS} ms); failures: ${failed.map((f) => f.code).join(', ')}`,
      );
      console.log(`      (${mode}: new session ${recoveryMs} ms after the first failed call)`);
      const after = calls.filter((r) => r.at > recovered.at);
      assert.ok(
        after.length >= 3 && after.every((r) => r.ok && r.sessionId === recovered.sessionId),
        'every later call runs on the new session',
      );
      assert.notEqual(c.sessionId, firstSession, 'a new session id');
      assert.deepEqual(
        sim.model.sessions().map((s) => s.sessionId),
        [c.sessionId],
        'exactly one session on the robot',
      );
      const down = states.find((e) => e.state === 'reconnecting');
      assert.ok(down, 'the state shows the loss (no green status while every call fails)');
      // Nothing is resent: the robot received each call exactly once, failed or not.
      assert.equal(requestsSeen, calls.length, 'one GetConnections on the wire per call');
    });
  }

  it('INVALID_USER_SESSION_ACCESS as a real "permission denied": the session is checked, found good, and kept', async () => {
    const sim = await robot(['--generation', 'k3', '--no-session-mode', 'error54']);
    const { c, states } = client(sim, { username: 'operator', password: 'operator', keepAliveIntervalMs: KEEP_ALIVE_MS });
    await c.openOnce();
    const session = c.sessionId;
    for (let i = 0; i < 3; i++) {
      await assert.rejects(c.call('setAccessControl', { singleSourceControl: true, bypassRemoteAccess: false }), (err: KortexError) => {
        assert.equal(err.subCodeName, 'INVALID_USER_SESSION_ACCESS');
        return true;
      });
      const list = await c.call('getConnections', {});
      assert.equal(list.meta.sessionId, session, 'the next call runs on the same session');
    }
    assert.equal(c.sessionId, session);
    assert.equal(states.filter((e) => e.state === 'reconnecting').length, 0, 'no re-login');
    assert.equal(sim.model.sessions().length, 1);
  });

  for (const [errorName, subSwitch] of [
    ['ERROR_DEVICE', []],
    ['ERROR_PROTOCOL_SERVER', []],
    ['ERROR_DEVICE', ['--bad-credentials-subcode', '4242']],
    ['ERROR_PROTOCOL_SERVER', ['--bad-credentials-subcode', '4242']],
  ] as const) {
    it(`a login refused with ${errorName}${subSwitch.length ? ` and unknown sub-code ${subSwitch[1]}` : ''}: longest backoff, calls fail at once with the robot's error`, async () => {
      const sim = await robot(['--bad-credentials-error', errorName, ...subSwitch]);
      const { c, states } = client(sim, { password: 'wrong-password-77', queueWaitMs: 5000, reconnectMaxDelayMs: 30_000 });
      c.start();
      const down = await waitFor(() => states.find((e) => e.state === 'reconnecting'), 'the refusal', 3000);
      assert.equal(down.authFailed, true, 'reported as a refused login');
      assert.equal(down.delayMs, 30_000, 'waits the longest delay');
      const started = Date.now();
      await assert.rejects(c.call('getConnections', {}), (err: KortexError) => {
        assert.equal(err.errorCode, ErrorCode[errorName]);
        if (subSwitch.length) assert.equal(err.subCode, 4242);
        assert.equal(err.rpc, 'GetConnections');
        assert.doesNotMatch(err.message, /wrong-password-77/);
        return true;
      });
      assert.ok(Date.now() - started < 200, `failed at once (${Date.now() - started} ms), not after the queue wait`);
    });
  }
});
