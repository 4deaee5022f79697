/**
 * The kortex-session-events node's "sessions" output in the real Node-RED 4.1 runtime: on Kortex 3
 * over a real mosquitto, pushed by the simulated Link 6 (a second login shows in under 500 ms from
 * the robot-side change, its logout likewise); on Kortex 2, derived from GetConnections within one
 * poll interval.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { KortexSessionClient } from '../../src/client/session/client';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { useK3World } from '../k3/harness';
import {
  FlowNode,
  PASSWORDS,
  TAB,
  TestMessage,
  builtNodes,
  cleanUp,
  helper,
  helperNode,
  placed,
  sessionNode,
  tab,
  testUsers,
} from './support';
import { waitFor } from '../helpers/wait';

interface SessionsPayload {
  sessions: Array<{ sessionIdentifier: number; userIdentifier: number; roles: Array<{ identifier: string; permissions: string[] }> }>;
}

const PUSH_LIMIT_MS = 500;
const K2_POLL_S = 1;
/** The K2 poll's own round trip and the flow, on a loaded 2-core machine. */
const POLL_SLACK_MS = 300;

describe('kortex-session-events: who holds a session (Node-RED runtime)', function () {
  this.timeout(20000);
  const k3 = useK3World();
  let sim: RunningSimulator | undefined;
  const visitors: KortexSessionClient[] = [];

  afterEach(async () => {
    await Promise.all(visitors.splice(0).map((v) => v.close()));
    await cleanUp(sim);
    sim = undefined;
  });

  /** Arrival time of each "sessions" message at the helper node, by performance.now(). */
  async function deployEvents(
    session: Partial<FlowNode>,
    events: Partial<FlowNode> = {},
  ): Promise<Array<{ at: number; msg: TestMessage }>> {
    const flow = placed([
      tab(),
      sessionNode(sim?.port ?? 0, session),
      { id: 'events', type: 'kortex-session-events', z: TAB, name: '', session: 'robot', wires: [['events-out']], ...events },
      helperNode('events-out'),
    ]);
    await helper.load(builtNodes(), flow, { robot: { password: PASSWORDS.admin } });
    const received: Array<{ at: number; msg: TestMessage }> = [];
    helper.getNode('events-out')?.on('input', (msg) => {
      if (msg.topic === 'sessions') received.push({ at: performance.now(), msg });
    });
    return received;
  }

  const ids = (msg: TestMessage): number[] => (msg.payload as SessionsPayload).sessions.map((s) => s.sessionIdentifier);

  /** Robot-side time of the next session-opened / session-closed of `username`. */
  function robotChange(event: 'session-opened' | 'session-closed', username: string): Promise<{ at: number; sessionId: number }> {
    return new Promise((resolve) => {
      const on = (s: { username: string; sessionId: number }): void => {
        if (s.username !== username) return;
        sim?.model.off(event, on);
        resolve({ at: performance.now(), sessionId: s.sessionId });
      };
      sim?.model.on(event, on);
    });
  }

  async function secondLoginAndLogout(
    received: Array<{ at: number; msg: TestMessage }>,
    visitorOptions: { transport: 'mqtt' | 'tcp'; port: number },
    limitMs: number,
  ): Promise<number[]> {
    const opened = robotChange('session-opened', 'operator');
    const visitor = new KortexSessionClient({ host: '127.0.0.1', ...visitorOptions, username: 'operator', password: PASSWORDS.operator });
    visitors.push(visitor);
    await visitor.openOnce();
    const login = await opened;
    const listed = await waitFor(
      () => received.find((r) => r.at >= login.at && ids(r.msg).includes(login.sessionId)),
      'a sessions message listing the second session',
      limitMs + 3000,
    );
    const inLatency = listed.at - login.at;

    const closed = robotChange('session-closed', 'operator');
    await visitor.close();
    const logout = await closed;
    const without = await waitFor(
      () => received.find((r) => r.at >= logout.at && !ids(r.msg).includes(login.sessionId)),
      'a sessions message without it',
      limitMs + 3000,
    );
    const outLatency = without.at - logout.at;
    assert.ok(inLatency < limitMs, `login reached the flow after ${inLatency.toFixed(1)} ms (limit ${limitMs} ms)`);
    assert.ok(outLatency < limitMs, `logout reached the flow after ${outLatency.toFixed(1)} ms (limit ${limitMs} ms)`);
    return [inLatency, outLatency];
  }

  it(`Kortex 3 over mosquitto: a second login and its logout reach the flow in under ${PUSH_LIMIT_MS} ms, pushed`, async () => {
    sim = await startSimulator({ generation: 'k3', transport: 'mqtt', broker: k3.broker().url, users: testUsers() });
    // The default poll interval (5 s) is far above the limit: only the push can meet it.
    const received = await deployEvents({ transport: 'mqtt', port: String(k3.broker().port) });
    const first = await waitFor(() => received[0], 'the current list after deploy');
    const admin = sim.model.sessions().find((s) => s.username === 'admin');
    assert.deepEqual(first.msg.payload, {
      sessions: [
        {
          sessionIdentifier: admin?.sessionId,
          userIdentifier: admin?.userId,
          roles: [{ identifier: 'Admin', permissions: sim.model.sessionStatusList().sessions[0].roles[0].permissions }],
        },
      ],
    });
    await secondLoginAndLogout(received, { transport: 'mqtt', port: k3.broker().port ?? 0 }, PUSH_LIMIT_MS);
    const pushed = received.filter((r) => (r.msg.kortex as { source: string }).source === 'push');
    assert.ok(pushed.length >= 2, 'the changes came by push');
  });

  it(`Kortex 2: the same within one poll interval (${K2_POLL_S} s), derived from GetConnections`, async () => {
    sim = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0, users: testUsers() });
    const received = await deployEvents({}, { watchInterval: String(K2_POLL_S) });
    const first = await waitFor(() => received[0], 'the current list after deploy');
    assert.equal((first.msg.kortex as { source: string }).source, 'poll');
    assert.deepEqual(
      (first.msg.payload as SessionsPayload).sessions.map((s) => s.roles),
      [[]],
      'Kortex 2 reports no roles',
    );
    await secondLoginAndLogout(received, { transport: 'tcp', port: sim.port ?? 0 }, K2_POLL_S * 1000 + POLL_SLACK_MS);
  });

  it('with "Report who holds a session" off, no sessions message is sent', async () => {
    sim = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0, users: testUsers() });
    const requests: string[] = [];
    sim.model.on('request', (name) => requests.push(name));
    const received = await deployEvents({}, { watchSessions: false, watchInterval: '0.1' });
    await waitFor(() => sim?.model.sessions().length === 1, 'the session');
    await new Promise((r) => setTimeout(r, 400));
    assert.deepEqual(received, []);
    assert.ok(!requests.includes('GetConnections'), 'nothing is polled');
  });
});
