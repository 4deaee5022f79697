/**
 * The simulated Link 6's ProgramRunner service (service 35, Kortex 3 only): the robot's jobs as
 * stored programs (ReadAllPrograms), run by handle (Start), paused, resumed and stopped, with the
 * runner's status (GetStatus) and the StatusChange and ExecutionEvent topics (runnerReports.ts).
 * The run itself is the arm's one job (../base/armJob.ts), which Base's stops and faults end too.
 * StateChange can be subscribed to; the simulator sends nothing on it.
 */
import { ErrorCode, SubErrorCode } from '../../../protocol/errors';
import type { ProgramStartConfigurationJson } from '../../../protocol/programRunner/programRunnerJson';
import {
  PROGRAM_RUNNER_SERVICE_ID,
  ProgramRunnerRpcs,
  executionEventTopic,
  runnerStateTopic,
  runnerStatusTopic,
} from '../../../protocol/programRunner/rpcs';
import { RequestError } from '../../robot/responses';
import { abortJob, jobRobotReset, jobSessionEnded, pauseJob, resumeJob, startJob } from '../base/armJob';
import { storedJob, storedJobs } from '../base/storedJobs';
import { ServiceCall, ServiceRegistration, callerSession, serveRpc, serveSubscribe, serveUnsubscribe } from '../serviceTypes';
import { programHandle, programReporter, runnerStatus } from './runnerReports';

const OPERATE = { permissions: ['USER_PERMISSION_OPERATE'], inputType: 'Empty' } as const;

function notRunning(name: string): never {
  throw new RequestError(ErrorCode.ERROR_DEVICE, SubErrorCode.METHOD_FAILED, `${name}: no program is running or paused`);
}

/** Start wants a program handle and no action handle (the vendor documents INVALID_PARAM otherwise). */
function start(config: ProgramStartConfigurationJson, call: ServiceCall): Record<string, never> {
  const { actionHandle, programHandle: wanted } = config.handle ?? {};
  if (actionHandle || !wanted) {
    throw new RequestError(
      ErrorCode.ERROR_DEVICE,
      SubErrorCode.INVALID_PARAM,
      'Start needs handle.program_handle set and handle.action_handle unset',
    );
  }
  startJob(call.robot, callerSession(call), storedJob(call.robot, wanted.identifier, 'program'), programReporter(call.robot));
  return {};
}

/** Stop with nothing to stop: ERROR_DEVICE as the vendor's comment says, or success (docs/protocol.md, question 15). */
function stop(_input: unknown, call: ServiceCall): Record<string, never> {
  if (!abortJob(call.robot, 'stopped') && (call.robot.options.stopWhenIdle ?? 'error') === 'error') notRunning('Stop');
  return {};
}

export const programRunnerService: ServiceRegistration = {
  serviceId: PROGRAM_RUNNER_SERVICE_ID,
  name: 'programRunner',
  vendorName: 'ProgramRunner',
  k3Only: true,
  rpcs: [
    serveRpc(ProgramRunnerRpcs.readAllPrograms, { inputType: 'Empty' }, (_input, call) => ({
      programs: storedJobs(call.robot).map((job) => ({ handle: programHandle(job), name: job.name, isValidated: true })),
    })),
    serveRpc(ProgramRunnerRpcs.getStatus, { inputType: 'Empty' }, (_input, call) => runnerStatus(call.robot)),
    serveRpc(ProgramRunnerRpcs.start, { permissions: OPERATE.permissions, inputType: 'ProgramStartConfiguration' }, start),
    serveRpc(ProgramRunnerRpcs.stop, OPERATE, stop),
    serveRpc(ProgramRunnerRpcs.pause, OPERATE, (_input, call) => (pauseJob(call.robot) ? {} : notRunning('Pause'))),
    // The robot ignores Resume's handle: it resumes what is paused.
    serveRpc(ProgramRunnerRpcs.resume, { permissions: OPERATE.permissions, inputType: 'RunnableHandle' }, (_input, call) =>
      resumeJob(call.robot) ? {} : notRunning('Resume'),
    ),
    serveSubscribe(runnerStatusTopic.subscribe),
    serveSubscribe(executionEventTopic.subscribe),
    serveSubscribe(runnerStateTopic.subscribe),
    serveUnsubscribe(ProgramRunnerRpcs.unsubscribe),
  ],
  // The run is the arm's job: it ends with the robot whether or not Base is served.
  sessionEnded: jobSessionEnded,
  robotReset: jobRobotReset,
};
