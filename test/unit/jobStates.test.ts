/** The job's one transition table (src/client/jobs/jobStates.ts): what may follow what, and the throw for anything else. */
import assert from 'node:assert/strict';
import { IllegalJobTransitionError, JOB_TRANSITIONS, JobState, JobStateMachine, isFinal } from '../../src/client/jobs/jobStates';

const ALL = Object.keys(JOB_TRANSITIONS) as JobState[];

/** Walks the machine along `path` from idle. */
function walk(...path: JobState[]): JobStateMachine {
  const m = new JobStateMachine();
  for (const s of path) m.enter(s);
  return m;
}

describe('job states (one table)', () => {
  it('the life of a run: idle → starting → running ⇄ paused → done | aborted | failed, with stopping on the way to an end', () => {
    assert.equal(walk('starting', 'running', 'paused', 'running', 'done').state, 'done');
    assert.equal(walk('starting', 'running', 'stopping', 'aborted').state, 'aborted');
    assert.equal(walk('starting', 'running', 'paused', 'stopping', 'aborted').state, 'aborted');
    assert.equal(walk('starting', 'failed').state, 'failed');
    assert.equal(walk('starting', 'running', 'paused', 'aborted').state, 'aborted');
  });

  it('done, aborted and failed are final, and only they are', () => {
    assert.deepEqual(
      ALL.filter((s) => isFinal(s)),
      ['done', 'aborted', 'failed'],
    );
  });

  it('every change the table does not hold throws, naming both states, and leaves the state as it was', () => {
    let refused = 0;
    for (const from of ALL) {
      for (const to of ALL) {
        if (JOB_TRANSITIONS[from].includes(to)) continue;
        const m = new JobStateMachine();
        // Reach `from` by a path the table holds.
        const path: Record<JobState, JobState[]> = {
          idle: [],
          starting: ['starting'],
          running: ['starting', 'running'],
          paused: ['starting', 'running', 'paused'],
          stopping: ['starting', 'stopping'],
          done: ['starting', 'running', 'done'],
          aborted: ['starting', 'aborted'],
          failed: ['starting', 'failed'],
        };
        for (const s of path[from]) m.enter(s);
        assert.throws(
          () => m.enter(to),
          // Its name is what a log or a stack trace shows first.
          (e: Error) =>
            e instanceof IllegalJobTransitionError && e.name === 'IllegalJobTransitionError' && e.message.includes(`${from} → ${to}`),
        );
        assert.equal(m.state, from);
        refused++;
      }
    }
    // 8 × 8 pairs, 19 allowed.
    assert.equal(refused, 64 - 19);
  });

  it('a run never starts twice nor pauses twice; a paused run the robot ends is done', () => {
    assert.throws(() => walk('starting', 'running', 'starting'), IllegalJobTransitionError);
    assert.throws(() => walk('starting', 'running', 'paused', 'paused'), IllegalJobTransitionError);
    assert.equal(walk('starting', 'running', 'paused', 'done').state, 'done');
    assert.throws(() => walk('running'), IllegalJobTransitionError);
  });
});
