/**
 * The ProgramRunner service (service id 35, Kortex 3 only): running the robot's stored programs,
 * its RPC table and notification topics, payloads in canonical JSON (docs/protocol.md,
 * "The ProgramRunner service").
 */
import { ProgramConfigMessages, ProgramRunnerMessages } from '../messageCodec';
import { EMPTY, emptyRpc, messageCodec, notificationTopic, rpcDescriptor, subscribeRpc, unsubscribeRpc } from '../rpcCodecs';
import type {
  ExecutionEventNotificationJson,
  ProgramListJson,
  ProgramStartConfigurationJson,
  RunnableHandleJson,
  StateChangeNotificationJson,
  StatusChangeNotificationJson,
  StatusInformationJson,
} from './programRunnerJson';

export const PROGRAM_RUNNER_SERVICE_ID = 35;

const runnerRpc = (name: string, functionId: number) => ({ serviceId: PROGRAM_RUNNER_SERVICE_ID, name, functionId, k3Only: true });
const Runner = ProgramRunnerMessages;

export const ProgramRunnerRpcs = {
  readAllPrograms: rpcDescriptor(
    runnerRpc('ReadAllPrograms', 0x04),
    EMPTY,
    messageCodec<ProgramListJson>(ProgramConfigMessages.ProgramList, 'ProgramList'),
  ),
  getStatus: rpcDescriptor(
    runnerRpc('GetStatus', 0x09),
    EMPTY,
    messageCodec<StatusInformationJson>(Runner.StatusInformation, 'StatusInformation'),
  ),
  /** Pauses the running program or action. */
  pause: emptyRpc(runnerRpc('Pause', 0x0a)),
  /** The robot ignores the handle (Kinova's client sends an empty one): it resumes what is paused. */
  resume: rpcDescriptor(runnerRpc('Resume', 0x0b), messageCodec<RunnableHandleJson>(Runner.RunnableHandle, 'RunnableHandle'), EMPTY),
  start: rpcDescriptor(
    runnerRpc('Start', 0x0c),
    messageCodec<ProgramStartConfigurationJson>(Runner.ProgramStartConfiguration, 'ProgramStartConfiguration'),
    EMPTY,
  ),
  /** Stops the running or paused program or action; an error when nothing runs. */
  stop: emptyRpc(runnerRpc('Stop', 0x0d)),
  onNotificationStateChangeTopic: subscribeRpc(runnerRpc('OnNotificationStateChangeTopic', 0x0e)),
  onNotificationStatusChangeTopic: subscribeRpc(runnerRpc('OnNotificationStatusChangeTopic', 0x0f)),
  onNotificationExecutionEventTopic: subscribeRpc(runnerRpc('OnNotificationExecutionEventTopic', 0x11)),
  unsubscribe: unsubscribeRpc(runnerRpc('Unsubscribe', 0x12)),
} as const;

/** The runner's status (idle, running, paused ...) each time it changes; GetStatus gives the first. */
export const runnerStatusTopic = notificationTopic(
  'StatusChange',
  ProgramRunnerRpcs.onNotificationStatusChangeTopic,
  ProgramRunnerRpcs.unsubscribe,
  // Stryker disable next-line StringLiteral: equivalent, the name is only in encode errors, and only the simulator encodes notifications
  messageCodec<StatusChangeNotificationJson>(Runner.StatusChangeNotification, 'StatusChangeNotification'),
);

/** Events of a program's execution: started, completed, failed, feedback ... */
export const executionEventTopic = notificationTopic(
  'ExecutionEvent',
  ProgramRunnerRpcs.onNotificationExecutionEventTopic,
  ProgramRunnerRpcs.unsubscribe,
  // Stryker disable next-line StringLiteral: equivalent, the name is only in encode errors, and only the simulator encodes notifications
  messageCodec<ExecutionEventNotificationJson>(Runner.ExecutionEventNotification, 'ExecutionEventNotification'),
);

/** The playing program's sequence of actions, with their events and statistics. */
export const runnerStateTopic = notificationTopic(
  // Stryker disable next-line StringLiteral: equivalent, the client never subscribes to this topic (only the simulator serves it), so its name shows nowhere
  'StateChange',
  ProgramRunnerRpcs.onNotificationStateChangeTopic,
  ProgramRunnerRpcs.unsubscribe,
  // Stryker disable next-line StringLiteral: equivalent, the name is only in encode errors, and only the simulator encodes notifications
  messageCodec<StateChangeNotificationJson>(Runner.StateChangeNotification, 'StateChangeNotification'),
);
