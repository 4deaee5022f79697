/**
 * The simulator's armStateChatterHz (src/simulator/services/base/armStateChatter.ts): an arm state
 * that keeps changing, the bench's load case for kortex-robot-state on a fleet. On the robot's
 * clock (a manual one here), seen by a raw TCP subscriber (rawClient.ts).
 */
import assert from 'node:assert/strict';
import { BaseRpcs, armStateTopic } from '../../src/protocol/base/rpcs';
import { RunningSimulator, StartSimulatorOptions, startSimulator } from '../../src/simulator';
import { startFleet } from '../../src/simulator/fleet';
import { ManualClock } from '../helpers/manualClock';
import { RawClient, errorOf } from './rawClient';

const BASE = 2;
const KEEP_ALIVE_FN = 3;

describe('simulator: armStateChatterHz', function () {
  let sim: RunningSimulator | undefined;
  const clients: RawClient[] = [];

  afterEach(async function () {
    await Promise.all(clients.splice(0).map((c) => c.destroy()));
    await sim?.close();
    sim = undefined;
  });

  async function subscribed(robot: RunningSimulator): Promise<RawClient> {
    const c = await RawClient.connect(robot.port ?? 0);
    clients.push(c);
    assert.equal((await c.createSession('admin', 'admin', 0)).fields.errorCode, 0);
    const r = await c.call(
      BaseRpcs.onNotificationArmStateTopic.functionId,
      BaseRpcs.onNotificationArmStateTopic.encodeRequest({ type: 'NOTIFICATION_TYPE_EVENT' }),
      { serviceId: BASE },
    );
    assert.equal(r.fields.errorCode, 0, errorOf(r).text);
    return c;
  }

  /** A start that should be refused; a robot that started anyway is closed, so the refusal's assertion fails alone. */
  async function startedThenClosed(options: StartSimulatorOptions): Promise<void> {
    await (await startSimulator(options)).close();
  }

  /** The states `c` was told so far (a request's answer comes after every frame written before it). */
  async function statesTold(c: RawClient): Promise<string[]> {
    await c.call(KEEP_ALIVE_FN);
    return c.notifications.map((n) => armStateTopic.decodeNotification(n.frame.payload).activeState);
  }

  it('10 Hz: ten changes a second, ready and manually controlled in turn; none while faulted; none after close', async function () {
    const clock = new ManualClock(1_000_000);
    sim = await startSimulator({ generation: 'k2', port: 0, clock, armStateChatterHz: 10 });
    const c = await subscribed(sim);
    await clock.advance(1000);
    const told = await statesTold(c);
    assert.equal(told.length, 10);
    told.forEach((state, i) =>
      assert.equal(state, i % 2 === 0 ? 'ARMSTATE_SERVOING_MANUALLY_CONTROLLED' : 'ARMSTATE_SERVOING_READY', `change ${i}`),
    );

    sim.injectFault();
    await clock.advance(1000);
    assert.deepEqual((await statesTold(c)).slice(10), ['ARMSTATE_IN_FAULT'], 'a faulted arm stays faulted');

    const timers = clock.pending;
    await sim.close();
    assert.equal(clock.pending, timers - 1, 'close() clears the chatter timer');
  });

  it('a Link 6 toggles from its own ready state (k3ReadyArmState)', async function () {
    const clock = new ManualClock();
    sim = await startSimulator({
      generation: 'k3',
      port: 0,
      clock,
      armStateChatterHz: 4,
      k3ReadyArmState: 'ARMSTATE_ARM_OPERATIONAL',
    });
    const c = await subscribed(sim);
    await clock.advance(1000);
    assert.deepEqual(await statesTold(c), [
      'ARMSTATE_SERVOING_MANUALLY_CONTROLLED',
      'ARMSTATE_ARM_OPERATIONAL',
      'ARMSTATE_SERVOING_MANUALLY_CONTROLLED',
      'ARMSTATE_ARM_OPERATIONAL',
    ]);
  });

  it('off by default: no change without the option', async function () {
    const clock = new ManualClock();
    sim = await startSimulator({ generation: 'k2', port: 0, clock });
    const c = await subscribed(sim);
    await clock.advance(5000);
    assert.deepEqual(await statesTold(c), []);
  });

  it('every robot of a fleet chatters', async function () {
    const clock = new ManualClock();
    const fleet = await startFleet({ robots: 3, generation: 'k2', port: 0, clock, armStateChatterHz: 5 });
    try {
      const subscribers = await Promise.all(fleet.robots.map((r) => subscribed(r.simulator)));
      await clock.advance(1000);
      for (const c of subscribers) assert.equal((await statesTold(c)).length, 5);
    } finally {
      await fleet.close();
    }
  });

  for (const [bad, shown] of [
    [-1, '-1'],
    [1001, '1001'],
    [Number.NaN, 'NaN'],
    ['10', '10'],
  ] as const) {
    it(`refuses armStateChatterHz ${typeof bad === 'string' ? `"${bad}"` : shown} at the start, naming it`, async function () {
      const options = { generation: 'k2', port: 0, armStateChatterHz: bad } as unknown as StartSimulatorOptions;
      await assert.rejects(startedThenClosed(options), (err: Error) => {
        assert.match(err.message, /armStateChatterHz must be a number of changes a second from 0 to 1000/);
        assert.ok(err.message.endsWith(`got ${shown}`), err.message);
        return true;
      });
    });
  }

  it('refuses it on a robot without the Base service', async function () {
    await assert.rejects(
      startedThenClosed({ generation: 'k2', port: 0, services: ['session'], armStateChatterHz: 10 }),
      /armStateChatterHz needs the Base service/,
    );
  });
});
