/**
 * The job runner and its runs (src/client/jobs/) over the REAL session client on an in-memory
 * robot (test/helpers/jobRobot.ts) and a manual clock, on both generations: Kortex 2's stored
 * actions (Base's action topic, over 'tcp') and Kortex 3's programs (ProgramRunner's execution
 * events, named by topic as over 'mqtt'). The robot's notifications are pushed frame by frame.
 */
import assert from 'node:assert/strict';
import { JobEvent, JobRunner } from '../../src/client/jobs/jobRunner';
import { KortexError } from '../../src/client/core/errors';
import { ErrorCode, SubErrorCode } from '../../src/protocol/errors';
import { Generation, JobRobot } from '../helpers/jobRobot';
import { settle } from '../helpers/manualClock';

/** Each generation's words for the same things. */
const WORDS = {
  k2: {
    list: 'ReadAllActions',
    start: 'ExecuteActionFromReference',
    pause: 'PauseAction',
    resume: 'ResumeAction',
    stop: 'StopAction',
    started: 'ACTION_START',
    paused: 'ACTION_PAUSE',
    resumed: 'ACTION_START', // Kortex 2 says a resumed action starts again
    done: 'ACTION_END',
    stopped: ['ACTION_ABORT', 'SUB_ERROR_NONE'],
    fault: ['ACTION_ABORT', 'ROBOT_IN_FAULT'],
    faultCode: 'ROBOT_IN_FAULT',
    kind: 'action',
  },
  k3: {
    list: 'ReadAllPrograms',
    start: 'Start',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop',
    started: 'EXECUTION_EVENT_STARTED',
    paused: 'EXECUTION_EVENT_PAUSED',
    resumed: 'EXECUTION_EVENT_RESUMED',
    done: 'EXECUTION_EVENT_COMPLETED',
    stopped: ['EXECUTION_EVENT_STOPPED', ''],
    fault: ['EXECUTION_EVENT_FAILED', '{"error":"ROBOT_IN_FAULT"}'],
    faultCode: 'FAILED',
    kind: 'program',
  },
} as const;

for (const generation of ['k2', 'k3'] as Generation[]) {
  const w = WORDS[generation];

  describe(`job runner (${generation === 'k2' ? 'Kortex 2 stored actions' : 'Kortex 3 programs'}, in-memory robot, manual clock)`, () => {
    let robot: JobRobot;
    let runner: JobRunner;
    /** The runner's events as "event name", plus each in full. */
    let events: JobEvent[];
    const seen = (): string[] => events.map((e) => `${e.event} ${e.job.name}`);

    beforeEach(async () => {
      robot = new JobRobot(generation);
      await robot.open();
      runner = new JobRunner(robot.client, { startTimeoutMs: 1000, stopTimeoutMs: 1000 });
      events = [];
      runner.on('job', (e) => events.push(e));
    });
    afterEach(async () => {
      runner.close();
      await robot.client.close();
    });

    it('subscribes its job topic as soon as it exists (live before any start), and lists the stored jobs in one shape', async () => {
      const subscribe = generation === 'k2' ? 'OnNotificationActionTopic' : 'OnNotificationExecutionEventTopic';
      await settle();
      assert.deepEqual(robot.asked.slice(-1), [subscribe]);
      assert.deepEqual(await runner.list(), [
        { name: 'pick', handle: 11, kind: w.kind },
        { name: 'place', handle: 12, kind: w.kind },
      ]);
      assert.equal(robot.asked.filter((a) => a === subscribe).length, 1);
    });

    it("start → started → done, with the cycle time on the clock from the robot's start to its end", async () => {
      const run = await runner.start('pick');
      assert.equal(run.state, 'starting');
      assert.deepEqual(robot.asked.slice(-2), [w.list, w.start]);
      await robot.clock.advance(300); // the cycle begins with the robot's start, not our call
      await robot.notify(w.started, 11);
      assert.equal(run.state, 'running');
      await robot.clock.advance(2500);
      await robot.notify(w.done, 11);
      assert.deepEqual(seen(), ['started pick', 'done pick']);
      assert.equal(events[1].durationMs, 2500);
      assert.deepEqual(events[1].job, { name: 'pick', handle: 11 });
      assert.equal(run.state, 'done');
      assert.equal(runner.current, undefined);
      assert.deepEqual(await run.finished, events[1]);
    });

    it('starts by handle as well; a job the robot does not have is NOT_FOUND, nothing started', async () => {
      const run = await runner.start(12);
      assert.deepEqual(run.job, { name: 'place', handle: 12 });
      await robot.notify(w.done, 12);
      await assert.rejects(runner.start('weld'), (e: KortexError) => e.kind === 'NOT_FOUND' && /weld/.test(e.message));
      assert.equal(robot.asked.filter((a) => a === w.start).length, 1);
    });

    it("pause and resume: the calls go out, the state follows the robot's own events only", async () => {
      const run = await runner.start('pick');
      await robot.notify(w.started, 11);
      await runner.pause();
      assert.equal(robot.asked[robot.asked.length - 1], w.pause);
      assert.equal(run.state, 'running', 'paused only when the robot says so');
      await robot.notify(w.paused, 11);
      assert.equal(run.state, 'paused');
      await assert.rejects(runner.pause(), (e: KortexError) => e.kind === 'INVALID_INPUT');
      await runner.resume();
      assert.equal(robot.asked[robot.asked.length - 1], w.resume);
      await robot.notify(w.resumed, 11);
      await robot.clock.advance(100);
      await robot.notify(w.done, 11);
      assert.deepEqual(seen(), ['started pick', 'paused pick', 'resumed pick', 'done pick']);
      assert.equal(events[3].durationMs, 100);
    });

    it('stop → stopping → aborted, with the robot\'s reason and "at our request"', async () => {
      const run = await runner.start('pick');
      await robot.notify(w.started, 11);
      await runner.stop();
      assert.equal(robot.asked[robot.asked.length - 1], w.stop);
      assert.equal(run.state, 'stopping');
      await robot.notify(w.stopped[0], 11, w.stopped[1]);
      assert.deepEqual(seen(), ['started pick', 'aborted pick']);
      assert.match(events[1].reason ?? '', /stopped at our request/);
      assert.equal(events[1].code, generation === 'k2' ? 'SUB_ERROR_NONE' : 'STOPPED');
    });

    it("a fault mid-job aborts the run with the robot's fault as its reason", async () => {
      await runner.start('pick');
      await robot.notify(w.started, 11);
      await robot.notify(w.fault[0], 11, w.fault[1]);
      assert.deepEqual(seen(), ['started pick', 'aborted pick']);
      assert.equal(events[1].code, w.faultCode);
      assert.match(events[1].reason ?? '', /aborted by the robot.*ROBOT_IN_FAULT/);
      assert.equal(runner.current, undefined);
    });

    it('start answered but no start event within startTimeoutMs → failed (TIMEOUT); a late start event changes nothing', async () => {
      const run = await runner.start('pick');
      await robot.clock.advance(999);
      assert.equal(run.state, 'starting');
      await robot.clock.advance(1);
      assert.equal(run.state, 'failed');
      assert.deepEqual(seen(), ['failed pick']);
      assert.equal(events[0].code, 'TIMEOUT');
      await robot.notify(w.started, 11);
      assert.deepEqual(seen(), ['failed pick']);
      assert.equal(runner.droppedNotifications, 1);
    });

    it("a start the robot refuses fails the run with the robot's error", async () => {
      robot.refusals.set(w.start, [ErrorCode.ERROR_DEVICE, SubErrorCode.INVALID_PARAM, 'not in AUTO']);
      const run = await runner.start('pick');
      assert.equal((await run.finished).event, 'failed');
      assert.equal(events[0].code, 'ERROR_DEVICE/INVALID_PARAM');
      assert.match(events[0].reason ?? '', /not in AUTO/);
    });

    it('a second start while a job runs (or is being started) is refused with BUSY, never queued', async () => {
      robot.held.add(w.list);
      const first = runner.start('pick');
      await assert.rejects(runner.start('place'), (e: KortexError) => e.kind === 'BUSY' && e.message.includes('a job is running: pick'));
      await robot.answer(w.list);
      await first;
      await assert.rejects(runner.start('place'), (e: KortexError) => e.kind === 'BUSY' && e.code === 'BUSY');
      await robot.notify(w.started, 11);
      await robot.notify(w.done, 11);
      await robot.clock.advance(5000);
      assert.equal(robot.asked.filter((a) => a === w.start).length, 1, 'the refused start never went out');
    });

    it('a forged or stale "done" for another handle (or none) changes nothing and is counted as dropped', async () => {
      const run = await runner.start('pick');
      await robot.notify(w.started, 11);
      await robot.notify(w.done, 12);
      await robot.notify(w.done, undefined);
      await robot.notify(w.fault[0], 99, w.fault[1]);
      assert.equal(run.state, 'running');
      assert.deepEqual(seen(), ['started pick']);
      assert.equal(runner.droppedNotifications, 3);
      assert.equal(run.droppedNotifications, 3);
      await robot.notify(w.done, 11);
      assert.equal(run.state, 'done');
    });

    it('a lost link mid-run fails the run (DISCONNECTED, the robot may still run it); after the reconnect nothing is restarted', async () => {
      const run = await runner.start('pick');
      await robot.notify(w.started, 11);
      await robot.linkDown();
      assert.equal(run.state, 'failed');
      assert.deepEqual(seen(), ['started pick', 'failed pick']);
      assert.equal(events[1].code, 'DISCONNECTED');
      assert.match(events[1].reason ?? '', /may still be running it/);
      await robot.clock.advance(1000);
      for (let i = 0; i < 20 && robot.client.state !== 'open'; i++) await robot.clock.advance(0);
      assert.equal(robot.client.state, 'open');
      assert.equal(robot.transports.length, 2);
      assert.equal(robot.asked.filter((a) => a === w.start).length, 1);
      assert.equal(runner.current, undefined);
      // The job topic was made again at the new login: a new run is heard.
      const again = await runner.start('place');
      await robot.notify(w.started, 12);
      assert.equal(again.state, 'running');
    });

    it('events fire once the state is consistent: a listener of "started" may stop the run', async () => {
      const states: string[] = [];
      runner.on('job', (e) => {
        states.push(`${e.event}:${runner.current?.state ?? 'none'}`);
        if (e.event === 'started') void runner.stop();
      });
      await runner.start('pick');
      await robot.notify(w.started, 11);
      assert.equal(runner.current?.state, 'stopping');
      await robot.notify(w.stopped[0], 11, w.stopped[1]);
      assert.deepEqual(states, ['started:running', 'aborted:none']);
    });
  });
}
