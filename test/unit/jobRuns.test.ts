/**
 * One run's edges (src/client/jobs/job.ts, jobRunner.ts) over the REAL session client on the in-memory
 * robot (test/helpers/jobRobot.ts) and a manual clock: the robot's events in an order the happy path
 * never has, the timeouts' texts, what is refused and why, a closed runner, and on Kortex 3 how a
 * claimed end is checked with the robot's own status (when, how often, which claim wins).
 */
import assert from 'node:assert/strict';
import { JobEvent, JobRunner } from '../../src/client/jobs/jobRunner';
import type { KortexError } from '../../src/client/core/errors';
import { ErrorCode, SubErrorCode } from '../../src/protocol/errors';
import { Generation, JOB_WORDS, JobRobot } from '../helpers/jobRobot';
import { settle } from '../helpers/manualClock';

/** Opens a robot of `generation` with a runner on it; its events are collected. */
async function setUp(
  generation: Generation,
  options: ConstructorParameters<typeof JobRunner>[1] = { startTimeoutMs: 1000, stopTimeoutMs: 1000 },
): Promise<{ robot: JobRobot; runner: JobRunner; events: JobEvent[]; problems: Error[] }> {
  const robot = new JobRobot(generation);
  await robot.open();
  const runner = new JobRunner(robot.client, options);
  const events: JobEvent[] = [];
  runner.on('job', (e) => events.push(e));
  const problems: Error[] = [];
  robot.client.on('problem', (e) => problems.push(e));
  return { robot, runner, events, problems };
}

const seenOf = (events: JobEvent[]): string[] => events.map((e) => `${e.event} ${e.job.name}`);

for (const generation of ['k2', 'k3'] as Generation[]) {
  const w = JOB_WORDS[generation];

  describe(`a run's edges (${generation === 'k2' ? 'Kortex 2' : 'Kortex 3'}, in-memory robot, manual clock)`, () => {
    const robots: JobRobot[] = [];
    const runners: JobRunner[] = [];
    async function open(options?: ConstructorParameters<typeof JobRunner>[1]): ReturnType<typeof setUp> {
      const s = await setUp(generation, options);
      robots.push(s.robot);
      runners.push(s.runner);
      return s;
    }
    afterEach(async () => {
      for (const r of runners.splice(0)) r.close();
      for (const r of robots.splice(0)) await r.client.close();
    });

    it("the robot's start event before its answer to the start call: running, and no start timeout fires later", async () => {
      const { robot, runner, events } = await open();
      robot.held.add(w.start);
      const run = await runner.start('pick');
      await robot.notify(w.started, 11);
      await robot.answer(w.start);
      await robot.clock.advance(5000);
      assert.equal(run.state, 'running');
      assert.deepEqual(seenOf(events), ['started pick']);
    });

    it('a start timeout says what the robot did not do, for which job, within what', async () => {
      const { robot, runner, events } = await open();
      await runner.start('pick');
      await robot.clock.advance(1000);
      assert.equal(events[0].reason, 'the robot accepted the start but did not start "pick" within 1000 ms');
    });

    it("a stop timeout: the stop's own time replaces the start's, and its text names the job", async () => {
      const { robot, runner, events } = await open({ startTimeoutMs: 1000, stopTimeoutMs: 3000 });
      const run = await runner.start('pick');
      await robot.clock.advance(500);
      await runner.stop();
      assert.equal(run.state, 'stopping');
      await robot.clock.advance(2999); // past the start timeout: it no longer counts
      assert.equal(run.state, 'stopping');
      await robot.clock.advance(1);
      assert.deepEqual(seenOf(events), ['failed pick']);
      assert.equal(events[0].code, 'TIMEOUT');
      assert.equal(events[0].reason, 'the robot accepted the stop but did not end "pick" within 3000 ms');
    });

    it('pause, resume and stop refused: the text names what was asked and the state it met', async () => {
      const { robot, runner } = await open();
      for (const [what, act] of [
        ['stop', () => runner.stop()],
        ['pause', () => runner.pause()],
        ['resume', () => runner.resume()],
      ] as const) {
        await assert.rejects(act(), (e: KortexError) => e.kind === 'INVALID_INPUT' && e.message === `no job is running to ${what}`);
      }
      await runner.start('pick');
      await assert.rejects(
        runner.pause(),
        (e: KortexError) => e.kind === 'INVALID_INPUT' && e.message === 'cannot pause "pick" while it is starting',
      );
      await robot.notify(w.started, 11);
      await assert.rejects(runner.resume(), (e: KortexError) => e.message === 'cannot resume "pick" while it is running');
    });

    it('a second stop while stopping, and a stop of a finished run, resolve without asking the robot again', async () => {
      const { robot, runner } = await open();
      const run = await runner.start('pick');
      await robot.notify(w.started, 11);
      await runner.stop();
      await run.stop();
      assert.equal(robot.asked.filter((a) => a === (generation === 'k2' ? 'StopAction' : 'Stop')).length, 1);
      await robot.notify(w.done, 11);
      assert.equal(run.state, 'done');
      await run.stop();
      assert.equal(robot.asked.filter((a) => a === (generation === 'k2' ? 'StopAction' : 'Stop')).length, 1);
    });

    it("a stop's abort without the robot's own text: the reason names the job and the robot's code, nothing more", async () => {
      const { robot, runner, events } = await open();
      await runner.start('pick');
      await robot.notify(w.started, 11);
      await runner.stop();
      await robot.notify(generation === 'k2' ? 'ACTION_ABORT' : 'EXECUTION_EVENT_STOPPED', 11);
      const code = generation === 'k2' ? 'SUB_ERROR_NONE' : 'STOPPED';
      assert.equal(events[1].reason, `"pick" stopped at our request (${code})`);
    });

    it('a paused run the robot ends is done (not resumed)', async () => {
      const { robot, runner, events } = await open();
      await runner.start('pick');
      await robot.notify(w.started, 11);
      await robot.notify(w.paused, 11);
      await robot.notify(w.done, 11);
      assert.deepEqual(seenOf(events), ['started pick', 'paused pick', 'done pick']);
    });

    it("a repeated start or pause of the robot changes nothing and is nobody's problem", async () => {
      const { robot, runner, events, problems } = await open();
      const run = await runner.start('pick');
      await robot.notify(w.started, 11);
      await robot.notify(w.started, 11);
      assert.equal(run.state, 'running');
      await robot.notify(w.paused, 11);
      await robot.notify(w.paused, 11);
      assert.equal(run.state, 'paused');
      assert.deepEqual(seenOf(events), ['started pick', 'paused pick']);
      assert.deepEqual(problems, []);
    });

    it('a start the robot refuses after it already ended the run changes nothing (no second end, nothing thrown)', async () => {
      const { robot, runner, events } = await open();
      const unhandled: unknown[] = [];
      const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
      process.on('unhandledRejection', onUnhandled);
      try {
        robot.held.add(w.start);
        robot.refusals.set(w.start, [ErrorCode.ERROR_DEVICE, SubErrorCode.INVALID_PARAM, 'late']);
        await runner.start('pick');
        await robot.notify(w.started, 11);
        await robot.notify(w.done, 11);
        await robot.answer(w.start);
        await settle();
        assert.deepEqual(seenOf(events), ['started pick', 'done pick']);
        assert.deepEqual(unhandled, []);
      } finally {
        process.off('unhandledRejection', onUnhandled);
      }
    });

    it("each call takes the runner's callTimeoutMs: a list and a start call the robot does not answer time out then", async () => {
      const { robot, runner, events } = await open({ startTimeoutMs: 1000, stopTimeoutMs: 1000, callTimeoutMs: 50 });
      robot.held.add(w.list);
      const refused = assert.rejects(runner.start('pick'), (e: KortexError) => e.kind === 'TIMEOUT');
      await robot.clock.advance(50);
      await refused;
      robot.held.delete(w.list);
      robot.held.add(w.start);
      const run = await runner.start('pick');
      await robot.clock.advance(49);
      assert.equal(run.state, 'starting');
      await robot.clock.advance(1);
      assert.deepEqual(seenOf(events), ['failed pick']);
      assert.equal(events[0].code, 'TIMEOUT');
    });

    it("a lost link's reason carries the link's own error", async () => {
      const { robot, runner, events } = await open();
      await runner.start('pick');
      await robot.linkDown();
      assert.match(
        events[0].reason ?? '',
        /^the session was lost during "pick" \(on memory:1: connection reset by the robot\); the robot may still/,
      );
    });

    it('closing the client fails the run at once (the robot may still run it), and tells once that the other jobs are no longer known', async () => {
      const { robot, runner, events } = await open();
      const others: unknown[] = [];
      runner.on('otherJob', (job) => others.push(job));
      const run = await runner.start('pick');
      const closing = robot.client.close();
      assert.equal(run.state, 'failed');
      assert.equal(events[0].code, 'DISCONNECTED');
      assert.equal(events[0].reason, 'the session was lost during "pick"; the robot may still be running it, and it will not be restarted');
      await closing;
      assert.deepEqual(others, [undefined]);
    });

    it('a release of the robot fails the run (DISCONNECTED)', async () => {
      const { robot, runner, events } = await open();
      await runner.start('pick');
      const released = robot.client.release();
      await robot.clock.advance(1000);
      await released;
      assert.deepEqual(seenOf(events), ['failed pick']);
      assert.equal(events[0].code, 'DISCONNECTED');
    });

    it('a closed runner: a run on fails (CLOSED), a start meanwhile or later is refused (CLOSED), its topic ends at once', async () => {
      const { robot, runner, events } = await open();
      const run = await runner.start('pick');
      runner.close();
      assert.equal(run.state, 'failed');
      assert.equal(events[0].code, 'CLOSED');
      assert.equal(events[0].reason, 'the job runner was closed during "pick"; the robot may still be running it');
      await settle();
      if (generation === 'k2') assert.equal(robot.asked[robot.asked.length - 1], 'Unsubscribe');
      else assert.deepEqual([...robot.transport.notificationTopics], []);
      const askedBefore = robot.asked.length;
      await assert.rejects(runner.start('pick'), (e: KortexError) => e.kind === 'CLOSED' && e.message === 'the job runner is closed');
      assert.equal(robot.asked.length, askedBefore, 'a closed runner asks the robot nothing');

      const second = new JobRunner(robot.client);
      runners.push(second);
      robot.held.add(w.list);
      const starting = assert.rejects(
        second.start('pick'),
        (e: KortexError) => e.kind === 'CLOSED' && e.message === 'the job runner is closed',
      );
      await settle();
      second.close();
      await robot.answer(w.list);
      await starting;
      assert.equal(robot.asked.filter((a) => a === w.start).length, 1);
    });

    it('two runners of their own on one client: closing one (once or twice) leaves the other hearing its run', async () => {
      const { robot } = await open();
      const a = new JobRunner(robot.client);
      const b = new JobRunner(robot.client);
      runners.push(a, b);
      a.close();
      const run = await b.start('pick');
      a.close();
      await robot.notify(w.started, 11);
      assert.equal(run.state, 'running');
      const c = new JobRunner(robot.client, { ownerId: 'node-1' });
      c.close();
      const d = new JobRunner(robot.client, { ownerId: 'node-1' }); // the same node, redeployed
      runners.push(d);
      c.close();
      await robot.notify(w.done, 11);
      const again = await d.start('place');
      await robot.notify(w.started, 12);
      assert.equal(again.state, 'running');
    });
  });
}

describe("Kortex 3: a claimed end is checked with the robot's own status (in-memory robot, manual clock)", () => {
  let robot: JobRobot;
  let runner: JobRunner;
  let events: JobEvent[];
  const checks = (): number => robot.asked.filter((a) => a === 'GetStatus').length;
  const running = (handle = 11): { status: string; handle: number } => ({ status: 'STATUS_RUNNING', handle });

  beforeEach(async () => {
    ({ robot, runner, events } = await setUp('k3'));
  });
  afterEach(async () => {
    runner.close();
    await robot.client.close();
  });

  it('while the robot says the job runs, it is asked at 0, 100, 250, 500 ms, then each second; one claim at a time; its end once it agrees', async () => {
    robot.runnerStatus = running();
    const run = await runner.start('pick');
    await robot.notify('EXECUTION_EVENT_STARTED', 11);
    await robot.notify('EXECUTION_EVENT_COMPLETED', 11);
    const at: number[] = [checks()];
    for (const step of [99, 1, 149, 1, 249, 1]) {
      await robot.clock.advance(step);
      at.push(checks());
    }
    assert.deepEqual(at, [1, 1, 2, 2, 3, 3, 4]);
    assert.equal(run.refusedEnds, 1);
    await robot.notify('EXECUTION_EVENT_COMPLETED', 11); // a second claim while one stands: no extra call
    assert.equal(checks(), 4);
    await robot.clock.advance(999);
    assert.equal(checks(), 4);
    await robot.clock.advance(1);
    assert.equal(checks(), 5);
    await robot.clock.advance(1000);
    assert.equal(checks(), 6);
    assert.equal(run.state, 'running');
    robot.runnerStatus = undefined;
    await robot.clock.advance(1000);
    assert.deepEqual(seenOf(events), ['started pick', 'done pick']);
  });

  it('claims while the robot has not answered the check yet start no second check', async () => {
    robot.held.add('GetStatus');
    const run = await runner.start('pick');
    await robot.notify('EXECUTION_EVENT_STARTED', 11);
    await robot.notify('EXECUTION_EVENT_COMPLETED', 11);
    await robot.notify('EXECUTION_EVENT_COMPLETED', 11);
    assert.equal(checks(), 1);
    robot.held.delete('GetStatus');
    await robot.answer('GetStatus');
    assert.equal(run.state, 'done');
    assert.equal(checks(), 1);
  });

  it('an abort outranks an end while the claim waits for the robot, whichever came first', async () => {
    for (const order of [
      ['EXECUTION_EVENT_COMPLETED', 'EXECUTION_EVENT_STOPPED'],
      ['EXECUTION_EVENT_STOPPED', 'EXECUTION_EVENT_COMPLETED'],
    ] as const) {
      robot.runnerStatus = running();
      const run = await runner.start('pick');
      await robot.notify('EXECUTION_EVENT_STARTED', 11);
      await robot.notify(order[0], 11);
      await robot.notify(order[1], 11);
      robot.runnerStatus = undefined;
      await robot.clock.advance(100);
      assert.equal(run.state, 'aborted', order.join(' then '));
      assert.equal((await run.finished).code, 'STOPPED');
    }
  });

  it('starting, running, paused, paused to resume by itself, waiting for an acknowledge: the job still runs; another program running: it ended', async () => {
    const run = await runner.start('pick');
    await robot.notify('EXECUTION_EVENT_STARTED', 11);
    // The first check at once, then one at each of the next times.
    robot.runnerStatus = { status: 'STATUS_STARTING', handle: 11 };
    await robot.notify('EXECUTION_EVENT_COMPLETED', 11);
    assert.equal(run.state, 'running', 'STATUS_STARTING');
    const steps: Array<[string, number]> = [
      ['STATUS_RUNNING', 100],
      ['STATUS_PAUSED', 150],
      ['STATUS_PAUSED_AUTOMATIC_RESUME', 250],
      ['STATUS_WAITING_FOR_ACKNOWLEDGE', 1000],
    ];
    for (const [status, waitMs] of steps) {
      robot.runnerStatus = { status, handle: 11 };
      await robot.clock.advance(waitMs);
      assert.equal(run.state, 'running', status);
    }
    assert.equal(checks(), 5);
    robot.runnerStatus = running(12);
    await robot.clock.advance(1000);
    assert.equal(run.state, 'done');
  });

  it('a robot that cannot be asked (GetStatus refused): the claim is taken', async () => {
    robot.refusals.set('GetStatus', [ErrorCode.ERROR_DEVICE, SubErrorCode.INVALID_PARAM, 'busy']);
    const run = await runner.start('pick');
    await robot.notify('EXECUTION_EVENT_STARTED', 11);
    await robot.notify('EXECUTION_EVENT_COMPLETED', 11);
    assert.equal(run.state, 'done');
  });

  it('a run that ends while a claim waits asks the robot nothing more', async () => {
    robot.runnerStatus = running();
    const run = await runner.start('pick');
    await robot.notify('EXECUTION_EVENT_STARTED', 11);
    await robot.notify('EXECUTION_EVENT_COMPLETED', 11);
    runner.close();
    assert.equal(run.state, 'failed');
    await robot.clock.advance(5000);
    assert.equal(checks(), 1);
  });
});
