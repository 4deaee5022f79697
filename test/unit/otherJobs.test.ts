/**
 * The robot's jobs that are not the runner's own run (src/client/jobs/otherJobs.ts) over the REAL
 * session client on the in-memory robot and a manual clock: what is told for each robot event, with
 * which name, when the robot is asked, and that a closed runner tells nothing more.
 */
import assert from 'node:assert/strict';
import { JobRunner, OtherJob } from '../../src/client/jobs/jobRunner';
import { Generation, JOB_WORDS, JobRobot } from '../helpers/jobRobot';
import { settle } from '../helpers/manualClock';

/** A few turns of the event loop: the list and status calls a check makes are answered on each. */
const turns = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await settle();
};

for (const generation of ['k2', 'k3'] as Generation[]) {
  const w = JOB_WORDS[generation];

  describe(`other jobs than the runner's (${generation === 'k2' ? 'Kortex 2' : 'Kortex 3'}, in-memory robot, manual clock)`, () => {
    let robot: JobRobot;
    let runner: JobRunner;
    let others: Array<OtherJob | undefined>;
    const lists = (): number => robot.asked.filter((a) => a === w.list).length;
    /** What the robot's status says (Kortex 3 believes a claim only when it agrees). */
    const robotRuns = (handle: number, status = 'STATUS_RUNNING'): void => {
      robot.runnerStatus = { status, handle };
    };

    beforeEach(async () => {
      robot = new JobRobot(generation);
      await robot.open();
      runner = new JobRunner(robot.client);
      others = [];
      runner.on('otherJob', (job) => others.push(job));
      await settle(); // the job topic is subscribed
    });
    afterEach(async () => {
      runner.close();
      await robot.client.close();
    });

    it("an event that names no job is nobody's: nothing told, the robot not asked", async () => {
      const asked = robot.asked.length;
      await robot.notify(w.started, undefined);
      await robot.clock.advance(1000);
      assert.deepEqual(others, []);
      assert.equal(robot.asked.length, asked);
    });

    it('a job another client runs: started, paused, resumed, ended, each told with its name from the list already read (not read again), checks spaced', async () => {
      await runner.list();
      const listed = lists();
      robotRuns(12);
      await robot.notify(w.started, 12);
      await robot.clock.advance(100);
      robotRuns(12, 'STATUS_PAUSED');
      await robot.notify(w.paused, 12);
      await robot.clock.advance(100);
      robotRuns(12);
      await robot.notify(w.resumed, 12);
      await robot.clock.advance(100);
      robot.runnerStatus = undefined;
      await robot.notify(w.done, 12);
      await robot.clock.advance(100);
      assert.deepEqual(
        others.map((o) => o?.state),
        ['running', 'paused', 'running', 'ended'],
      );
      assert.deepEqual(others[0], { handle: 12, name: 'place', state: 'running' });
      assert.equal(lists(), listed);
    });

    it("a job the robot's list does not name is told without a name", async () => {
      robotRuns(99);
      await robot.notify(w.started, 99);
      await turns();
      assert.deepEqual(others, [{ handle: 99, state: 'running' }]);
    });

    it('a runner closed while the robot is asked about another job tells nothing of it, and leaves no timer', async () => {
      robot.held.add(w.list);
      robotRuns(12);
      await robot.notify(w.started, 12);
      runner.close();
      await robot.answer(w.list);
      await robot.clock.advance(1000);
      assert.deepEqual(others, []);
    });

    it('a runner closed just after telling another job leaves no timer of its own behind', async () => {
      robotRuns(12);
      await robot.notify(w.started, 12);
      await turns();
      assert.equal(others.length, 1);
      const timers = robot.clock.pending;
      runner.close();
      await settle();
      assert.equal(robot.clock.pending, timers - 1);
    });
  });
}
