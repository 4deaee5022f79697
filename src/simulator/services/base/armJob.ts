/**
 * The one job the arm runs at a time (a Kortex 2 stored action, a Kortex 3 program), timed on the
 * robot's clock: start, pause (the remaining time is kept), resume, stop, the end after its
 * duration, and faults (the `fault` option, injectFault, setArmState): the arm goes IN_FAULT and
 * the job aborts. The service that started a job tells its subscribers through the job's
 * JobReporter; this file only keeps time and state. The job's timer is the robot's: cleared when
 * the job ends, aborts or pauses, and when the robot reboots or closes.
 */
import type { ArmStateName } from '../../../protocol/base/baseJson';
import { ErrorCode, SubErrorCode } from '../../../protocol/errors';
import { RequestError } from '../../robot/responses';
import type { SimSession } from '../../robot/simConnection';
import type { TimerHandle } from '../../../util/clock';
import type { ServiceRobot, ServiceStateKey } from '../serviceTypes';
import { changeArmState, isArmFaulted, readyArmState } from './armState';
import type { StoredJob } from './storedJobs';

/** Why a job aborted. */
export type AbortCause = 'stopped' | 'emergency-stop' | 'quick-stop' | 'fault' | 'replaced' | 'session-ended' | 'reboot';

/** Why a job aborted, as a SubErrorCodes name (K2 abort_details, K3 the FAILED or STOPPED event's reason). */
export const ABORT_SUB_CODES: Readonly<Record<AbortCause, keyof typeof SubErrorCode>> = {
  stopped: 'CONTROL_MANUAL_STOP',
  'emergency-stop': 'ROBOT_IN_EMERGENCY_STOP',
  'quick-stop': 'CONTROL_MANUAL_STOP',
  fault: 'ROBOT_IN_FAULT',
  replaced: 'CONTROL_ALREADY_RUNNING',
  'session-ended': 'INVALID_SESSION',
  reboot: 'METHOD_FAILED',
};

/** How the service that started a job reports it (its notification topics). */
export interface JobReporter {
  started(job: RunningJob): void;
  paused(job: RunningJob): void;
  resumed(job: RunningJob): void;
  ended(job: RunningJob): void;
  aborted(job: RunningJob, cause: AbortCause): void;
}

export interface RunningJob {
  readonly job: StoredJob;
  /** The session that started it. */
  readonly session: SimSession;
  readonly reporter: JobReporter;
  /** Run time left to the end. */
  remainingMs: number;
  /** Run time left until the fault the `fault` option planned ('mid-job'). */
  faultInMs: number | undefined;
  /** Clock time the current stretch of running began; undefined while paused. */
  runningSince: number | undefined;
  timer: TimerHandle | undefined;
}

interface ArmJobState {
  running?: RunningJob;
  /** The `fault` option applies to the first job started only. */
  plannedFaultUsed: boolean;
}

const ARM_JOB: ServiceStateKey<ArmJobState> = { create: () => ({ plannedFaultUsed: false }) };

export function runningJob(robot: ServiceRobot): RunningJob | undefined {
  return robot.state(ARM_JOB).running;
}

/**
 * Starts `job` for `session`. Refused while the arm is in fault (ERROR_DEVICE/ROBOT_IN_FAULT);
 * while another job runs, that one aborts or the start is refused (busyStart).
 */
export function startJob(robot: ServiceRobot, session: SimSession, job: StoredJob, reporter: JobReporter): void {
  if (isArmFaulted(robot)) {
    throw new RequestError(
      ErrorCode.ERROR_DEVICE,
      SubErrorCode.ROBOT_IN_FAULT,
      `the arm is in fault: ClearFaults before starting '${job.name}'`,
    );
  }
  const state = robot.state(ARM_JOB);
  if (state.running) {
    if (robot.options.busyStart === 'refuse') {
      throw new RequestError(
        ErrorCode.ERROR_DEVICE,
        SubErrorCode.ROBOT_MOVEMENT_IN_PROGRESS,
        `'${state.running.job.name}' is running: stop it before starting '${job.name}'`,
      );
    }
    abortJob(robot, 'replaced');
  }
  const planned = state.plannedFaultUsed ? undefined : robot.options.fault;
  if (planned) state.plannedFaultUsed = true;
  const running: RunningJob = {
    job,
    session,
    reporter,
    remainingMs: job.durationMs,
    faultInMs: planned === 'mid-job' ? Math.floor(job.durationMs / 2) : undefined,
    runningSince: robot.clock.now(),
    timer: undefined,
  };
  state.running = running;
  reporter.started(running);
  if (planned === 'at-start') faultArm(robot);
  else schedule(robot, running);
}

/** Pauses the running job, keeping its remaining time; false when nothing runs. Pausing a paused job changes nothing. */
export function pauseJob(robot: ServiceRobot): boolean {
  const running = runningJob(robot);
  if (!running) return false;
  if (running.runningSince === undefined) return true;
  holdTime(robot, running);
  running.reporter.paused(running);
  return true;
}

/** Resumes a paused job; false when nothing runs. Resuming a running job changes nothing. */
export function resumeJob(robot: ServiceRobot): boolean {
  const running = runningJob(robot);
  if (!running) return false;
  if (running.runningSince !== undefined) return true;
  running.runningSince = robot.clock.now();
  running.reporter.resumed(running);
  schedule(robot, running);
  return true;
}

/** Aborts the running or paused job for `cause`; false when there was none. */
export function abortJob(robot: ServiceRobot, cause: AbortCause): boolean {
  const state = robot.state(ARM_JOB);
  const running = state.running;
  if (!running) return false;
  robot.clock.clearTimeout(running.timer);
  state.running = undefined;
  running.reporter.aborted(running, cause);
  return true;
}

/** A fault now (or an emergency stop): the arm goes IN_FAULT (published), then the running job aborts with it. */
export function faultArm(robot: ServiceRobot, cause: 'fault' | 'emergency-stop' = 'fault'): void {
  changeArmState(robot, 'ARMSTATE_IN_FAULT');
  abortJob(robot, cause);
}

/** ClearFaults: a faulted arm is healthy again; a healthy one stays as it is. */
export function clearArmFaults(robot: ServiceRobot): void {
  if (isArmFaulted(robot)) changeArmState(robot, readyArmState(robot));
}

/** A session ended: its job aborts only when jobOnSessionEnd is 'abort'. */
export function jobSessionEnded(robot: ServiceRobot, session: SimSession): void {
  if (robot.options.jobOnSessionEnd === 'abort' && runningJob(robot)?.session === session) abortJob(robot, 'session-ended');
}

/** A reboot aborts the job (its subscribers are gone with their sessions); a shutdown only clears the timer. */
export function jobRobotReset(robot: ServiceRobot, cause: 'reboot' | 'shutdown'): void {
  const state = robot.state(ARM_JOB);
  if (cause === 'reboot') {
    abortJob(robot, 'reboot');
    return;
  }
  robot.clock.clearTimeout(state.running?.timer);
  state.running = undefined;
}

/** Stops the clock of a running job: what ran since its last stretch began is taken off. */
function holdTime(robot: ServiceRobot, running: RunningJob): void {
  const ran = robot.clock.now() - (running.runningSince ?? robot.clock.now());
  running.remainingMs = Math.max(0, running.remainingMs - ran);
  if (running.faultInMs !== undefined) running.faultInMs = Math.max(0, running.faultInMs - ran);
  running.runningSince = undefined;
  robot.clock.clearTimeout(running.timer);
  running.timer = undefined;
}

/** Sets the timer of the job's next moment: the planned fault or its end. */
function schedule(robot: ServiceRobot, running: RunningJob): void {
  const faultFirst = running.faultInMs !== undefined && running.faultInMs < running.remainingMs;
  const delay = faultFirst ? (running.faultInMs ?? 0) : running.remainingMs;
  running.timer = robot.clock.setTimeout(() => {
    running.timer = undefined;
    if (runningJob(robot) !== running) return;
    holdTime(robot, running);
    if (faultFirst) {
      faultArm(robot);
      return;
    }
    robot.state(ARM_JOB).running = undefined;
    running.reporter.ended(running);
  }, delay);
}

/** RunningSimulator.setArmState: a fault state aborts the running job as a fault does. */
export function setArmStateByHand(robot: ServiceRobot, state: ArmStateName): void {
  changeArmState(robot, state);
  if (isArmFaulted(robot)) abortJob(robot, 'fault');
}
