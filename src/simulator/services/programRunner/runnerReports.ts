/**
 * How a Kortex 3 program run is told (docs/protocol.md, "The ProgramRunner service"): the runner's
 * status (GetStatus and the StatusChange topic) and the ExecutionEvent topic, each notification
 * stamped in generic_info. A start goes STARTING, STARTED, RUNNING; a pause PAUSED (event), PAUSED;
 * a resume RESUMED, RUNNING; the end COMPLETED, IDLE; a stop STOPPING, STOPPED, IDLE; a fault or an
 * emergency stop FAILED, IDLE.
 */
import type { ProgramHandleJson } from '../../../protocol/commonJson';
import type { ExecutionEventName, RunnerStatusName, StatusInformationJson } from '../../../protocol/programRunner/programRunnerJson';
import { PROGRAM_RUNNER_SERVICE_ID, executionEventTopic, runnerStatusTopic } from '../../../protocol/programRunner/rpcs';
import { ABORT_SUB_CODES, AbortCause, JobReporter, RunningJob, runningJob } from '../base/armJob';
import { genericInfo } from '../base/armState';
import type { StoredJob } from '../base/storedJobs';
import type { ServiceRobot } from '../serviceTypes';

/** Read, update and delete (Common.Permission bits). */
const FULL_PERMISSION = 7;

export function programHandle(job: StoredJob): ProgramHandleJson {
  return { identifier: job.identifier, permission: FULL_PERMISSION };
}

function statusInformation(status: RunnerStatusName, job: StoredJob | undefined): StatusInformationJson {
  if (!job) return { status, startOperatingMode: 'OPERATING_MODE_UNSPECIFIED' };
  // The simulated Link 6 runs its programs in AUTO (its programs are validated).
  return { status, currentHandles: { actionHandles: [], programHandle: programHandle(job) }, startOperatingMode: 'OPERATING_MODE_AUTO' };
}

/** The last program to end and when, per robot: for k3StatusLagMs. */
const lastEnded = new WeakMap<ServiceRobot, { job: StoredJob; at: number }>();

/** GetStatus: IDLE, or the running program RUNNING or PAUSED (or, with k3StatusLagMs, the program that just ended RUNNING). */
export function runnerStatus(robot: ServiceRobot): StatusInformationJson {
  const running = runningJob(robot);
  const ended = lastEnded.get(robot);
  const lagMs = robot.options.k3StatusLagMs ?? 0;
  if (!running && ended && robot.clock.now() - ended.at < lagMs) return statusInformation('STATUS_RUNNING', ended.job);
  if (!running) return statusInformation('STATUS_IDLE', undefined);
  return statusInformation(running.runningSince === undefined ? 'STATUS_PAUSED' : 'STATUS_RUNNING', running.job);
}

function publishStatus(robot: ServiceRobot, status: RunnerStatusName, job: StoredJob | undefined): void {
  const payload = runnerStatusTopic.encodeNotification({ statusInfo: statusInformation(status, job), genericInfo: genericInfo(robot) });
  robot.notifications.publish(PROGRAM_RUNNER_SERVICE_ID, runnerStatusTopic.subscribe.functionId, payload);
}

function publishEvent(robot: ServiceRobot, event: ExecutionEventName, running: RunningJob, reason?: AbortCause): void {
  const payload = executionEventTopic.encodeNotification({
    event,
    handle: { programHandle: programHandle(running.job) },
    // JSON text whose content depends on the event; the simulator gives the program and, for a stop or failure, why.
    payload: JSON.stringify({ program: running.job.name, ...(reason ? { reason: ABORT_SUB_CODES[reason] } : {}) }),
    genericInfo: genericInfo(robot, event === 'EXECUTION_EVENT_FAILED' ? 'NOTIF_ERROR' : 'NOTIF_INFO'),
  });
  robot.notifications.publish(PROGRAM_RUNNER_SERVICE_ID, executionEventTopic.subscribe.functionId, payload);
}

/** What stops a program without failing it; the others (a fault, an emergency stop) fail it. */
const STOP_CAUSES: ReadonlySet<AbortCause> = new Set(['stopped', 'quick-stop', 'replaced', 'session-ended', 'reboot']);

export function programReporter(robot: ServiceRobot): JobReporter {
  return {
    started: (running) => {
      publishStatus(robot, 'STATUS_STARTING', running.job);
      publishEvent(robot, 'EXECUTION_EVENT_STARTED', running);
      publishStatus(robot, 'STATUS_RUNNING', running.job);
    },
    paused: (running) => {
      publishEvent(robot, 'EXECUTION_EVENT_PAUSED', running);
      publishStatus(robot, 'STATUS_PAUSED', running.job);
    },
    resumed: (running) => {
      publishEvent(robot, 'EXECUTION_EVENT_RESUMED', running);
      publishStatus(robot, 'STATUS_RUNNING', running.job);
    },
    ended: (running) => {
      lastEnded.set(robot, { job: running.job, at: robot.clock.now() });
      publishEvent(robot, 'EXECUTION_EVENT_COMPLETED', running);
      publishStatus(robot, 'STATUS_IDLE', undefined);
    },
    aborted: (running, cause) => {
      lastEnded.set(robot, { job: running.job, at: robot.clock.now() });
      if (STOP_CAUSES.has(cause)) {
        publishStatus(robot, 'STATUS_STOPPING', running.job);
        publishEvent(robot, 'EXECUTION_EVENT_STOPPED', running, cause);
      } else {
        publishEvent(robot, 'EXECUTION_EVENT_FAILED', running, cause);
      }
      publishStatus(robot, 'STATUS_IDLE', undefined);
    },
  };
}
