/**
 * The ProgramRunner service (Kortex 3 only; docs/protocol.md, "The ProgramRunner service"): the
 * robot's stored programs, running one, and hearing its status and execution events. Every call is
 * refused (UNSUPPORTED, nothing sent) on a Kortex 2 robot.
 */
import { ProgramRunnerRpcs, executionEventTopic, runnerStatusTopic } from '../../../protocol/programRunner/rpcs';
import type {
  ExecutionEventNotificationJson,
  ProgramListJson,
  StatusChangeNotificationJson,
  StatusInformationJson,
} from '../../../protocol/programRunner/programRunnerJson';
import type { ProgramHandleJson } from '../../../protocol/commonJson';
import type { EmptyJson as Empty } from '../../../protocol/rpcCodecs';
import type { CallResult, ServiceCaller } from '../caller';
import { onGeneration } from '../generation';

export type { ExecutionEventName, ExecutionEventNotificationJson, ProgramJson } from '../../../protocol/programRunner/programRunnerJson';
export type { ProgramHandleJson } from '../../../protocol/commonJson';

type Options = { timeoutMs?: number };

export function readAllPrograms(caller: ServiceCaller, options?: Options): Promise<CallResult<ProgramListJson>> {
  return onGeneration(caller, 'k3', 'ReadAllPrograms', () => caller.callRpc(ProgramRunnerRpcs.readAllPrograms, {}, options));
}

/** Starts a stored program; `debugMode` stays off unless asked (docs/protocol.md, question 20). */
export function startProgram(
  caller: ServiceCaller,
  programHandle: ProgramHandleJson,
  options?: Options & { debugMode?: boolean },
): Promise<CallResult<Empty>> {
  const input = { debugMode: options?.debugMode ?? false, handle: { programHandle } };
  return onGeneration(caller, 'k3', 'Start', () => caller.callRpc(ProgramRunnerRpcs.start, input, options));
}

export function stopProgram(caller: ServiceCaller, options?: Options): Promise<CallResult<Empty>> {
  return onGeneration(caller, 'k3', 'Stop', () => caller.callRpc(ProgramRunnerRpcs.stop, {}, options));
}

export function pauseProgram(caller: ServiceCaller, options?: Options): Promise<CallResult<Empty>> {
  return onGeneration(caller, 'k3', 'Pause', () => caller.callRpc(ProgramRunnerRpcs.pause, {}, options));
}

/** The robot resumes what is paused; the handle it takes is ignored, so an empty one goes. */
export function resumeProgram(caller: ServiceCaller, options?: Options): Promise<CallResult<Empty>> {
  return onGeneration(caller, 'k3', 'Resume', () => caller.callRpc(ProgramRunnerRpcs.resume, {}, options));
}

export function getRunnerStatus(caller: ServiceCaller, options?: Options): Promise<CallResult<StatusInformationJson>> {
  return onGeneration(caller, 'k3', 'GetStatus', () => caller.callRpc(ProgramRunnerRpcs.getStatus, {}, options));
}

/** `ownerId` hears each change of the runner's status until it stops watching (GetStatus gives the first). */
export function watchRunnerStatus(caller: ServiceCaller, ownerId: string, callback: (n: StatusChangeNotificationJson) => void): void {
  caller.subscribe(runnerStatusTopic, ownerId, callback);
}

export function stopWatchingRunnerStatus(caller: ServiceCaller, ownerId: string, removed = true): void {
  caller.unsubscribe(runnerStatusTopic, ownerId, removed);
}

/** `ownerId` hears each execution event (started, completed, failed, stopped ...) until it stops watching. */
export function watchExecutionEvents(caller: ServiceCaller, ownerId: string, callback: (n: ExecutionEventNotificationJson) => void): void {
  caller.subscribe(executionEventTopic, ownerId, callback);
}

export function stopWatchingExecutionEvents(caller: ServiceCaller, ownerId: string, removed = true): void {
  caller.unsubscribe(executionEventTopic, ownerId, removed);
}
