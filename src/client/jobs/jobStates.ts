/**
 * One run of a stored job: its states and the transitions allowed between them, in one table,
 * checked in one place (as the session client's, ../session/states.ts). A transition the table does
 * not hold is a bug: it throws where it happens, and the tests make sure none does.
 */

/**
 * 'starting': the start call went out, the robot has not said it started; 'stopping': the robot
 * accepted our stop and has not ended the run yet; done, aborted and failed are final.
 */
export type JobState = 'idle' | 'starting' | 'running' | 'paused' | 'stopping' | 'done' | 'aborted' | 'failed';

export const JOB_TRANSITIONS: Readonly<Record<JobState, readonly JobState[]>> = {
  idle: ['starting'],
  // The robot may refuse, abort or end a run before we heard it start (a fault, a very short job).
  starting: ['running', 'stopping', 'done', 'aborted', 'failed'],
  running: ['paused', 'stopping', 'done', 'aborted', 'failed'],
  // The robot's word ends a paused run too (Kortex 3 believes it once the robot's status agrees).
  paused: ['running', 'stopping', 'done', 'aborted', 'failed'],
  stopping: ['done', 'aborted', 'failed'],
  done: [],
  aborted: [],
  failed: [],
};

export function isFinal(state: JobState): boolean {
  return JOB_TRANSITIONS[state].length === 0;
}

export class IllegalJobTransitionError extends Error {
  constructor(from: JobState, to: JobState) {
    super(`job: illegal state change ${from} → ${to}`);
    this.name = 'IllegalJobTransitionError';
  }
}

/** The state of one run; `enter()` checks the table. */
export class JobStateMachine {
  private current: JobState = 'idle';

  get state(): JobState {
    return this.current;
  }

  canEnter(to: JobState): boolean {
    return JOB_TRANSITIONS[this.current].includes(to);
  }

  /** Moves to `to`, or throws IllegalJobTransitionError. Returns the state left. */
  enter(to: JobState): JobState {
    const from = this.current;
    if (!this.canEnter(to)) throw new IllegalJobTransitionError(from, to);
    this.current = to;
    return from;
  }
}
