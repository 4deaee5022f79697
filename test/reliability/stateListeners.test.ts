/**
 * Lifecycle edges: a listener that closes the client from inside any state event. Whatever the
 * state, the client must end with 'closed' as the last event every listener hears, and leave no
 * timer and no socket behind (counted with process.getActiveResourcesInfo(), as the soak does).
 */
import assert from 'node:assert/strict';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionClientOptions } from '../../src/client/session/options';
import { SessionState, SessionStateEvent } from '../../src/client/session/states';
import type { RunningSimulator } from '../../src/simulator';
import { ROBOT_PASSWORDS, startTestRobot } from '../helpers/robotUsers';
import { freePort } from '../helpers/ports';
import { resourceGrowth, resourceCounts, sleep, waitFor } from '../helpers/wait';

describe('reliability: a listener that closes the client on any state', function () {
  this.timeout(20000);
  let sim: RunningSimulator | undefined;

  before(async () => {
    sim = await startTestRobot('k2');
  });
  after(async () => {
    await sim?.close();
  });

  function options(overrides: Partial<SessionClientOptions> = {}): SessionClientOptions {
    return {
      host: '127.0.0.1',
      port: sim?.port as number,
      transport: 'tcp',
      username: 'admin',
      password: ROBOT_PASSWORDS.admin,
      // Long delays, so a timer left armed would still be there when the handles are counted.
      reconnectInitialDelayMs: 20_000,
      reconnectMaxDelayMs: 30_000,
      keepAliveIntervalMs: 10_000,
      ...overrides,
    };
  }

  const cases: Array<{ state: SessionState; how: string; overrides: () => Promise<Partial<SessionClientOptions>> }> = [
    { state: 'connecting', how: 'a reachable robot', overrides: async () => ({}) },
    { state: 'authenticating', how: 'a reachable robot', overrides: async () => ({}) },
    { state: 'open', how: 'a reachable robot', overrides: async () => ({}) },
    { state: 'reconnecting', how: 'a wrong password', overrides: async () => ({ password: 'not-the-password-1' }) },
    { state: 'reconnecting', how: 'an unreachable robot', overrides: async () => ({ port: await freePort() /* nobody listens there */ }) },
    { state: 'closing', how: 'a reachable robot, closed once open', overrides: async () => ({}) },
    { state: 'closed', how: 'a reachable robot, closed once open', overrides: async () => ({}) },
  ];

  for (const { state, how, overrides } of cases) {
    it(`on '${state}' (${how}): 'closed' is the last event, no timer and no socket left`, async () => {
      const client = new KortexSessionClient(options(await overrides()));
      await sleep(20);
      const baseline = resourceCounts();
      const first: SessionStateEvent[] = [];
      const later: SessionStateEvent[] = [];
      let closes = 0;
      client.on('state', (e) => {
        first.push(e);
        if (e.state === state && closes++ === 0) void client.close();
      });
      // A second listener, registered after the one that closes: it must hear the same order.
      client.on('state', (e) => later.push(e));
      client.start();
      if (state === 'closing' || state === 'closed') {
        await waitFor(() => client.state === 'open', 'open', 5000);
        void client.close();
      }
      await waitFor(
        () => first.at(-1)?.state === 'closed',
        `'closed' after '${state}' (saw ${first.map((e) => e.state).join(' → ')})`,
        5000,
      );
      assert.ok(
        first.some((e) => e.state === state),
        `the state under test was reached: ${first.map((e) => e.state).join(' → ')}`,
      );
      await sleep(50);
      assert.equal(first.at(-1)?.state, 'closed', `last event: ${first.map((e) => e.state).join(' → ')}`);
      assert.deepEqual(
        later.map((e) => e.state),
        first.map((e) => e.state),
        'every listener hears the same sequence',
      );
      assert.equal(client.state, 'closed');
      await waitFor(
        () => resourceGrowth(baseline, resourceCounts()).length === 0,
        `no timer or socket left: ${resourceGrowth(baseline, resourceCounts()).join(', ')}`,
        3000,
      );
      assert.equal(sim?.model.sessions().length, 0, 'no session left on the robot');
    });
  }

  it('openOnce after a refused login: listeners registered after it hear reconnecting → closing → closed, in that order', async () => {
    const client = new KortexSessionClient(options({ password: 'not-the-password-2' }));
    const opening = client.openOnce();
    const seen: SessionState[] = [];
    client.on('state', (e) => seen.push(e.state));
    await assert.rejects(opening, /INVALID_PASSWORD/);
    await waitFor(() => seen.at(-1) === 'closed', `closed (saw ${seen.join(' → ')})`, 3000);
    assert.deepEqual(seen.slice(-3), ['reconnecting', 'closing', 'closed']);
  });
});
