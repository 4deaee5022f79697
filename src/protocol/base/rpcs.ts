/**
 * The Base service (service id 2): the Kortex 2 RPC table and topics, payloads in canonical JSON
 * (docs/protocol.md, "The Base service"). The arm state calls, faults, stop, action control and
 * Unsubscribe are the same on Kortex 3, whose table (./k3Rpcs.ts) reuses them.
 */
import { BaseMessages } from '../messageCodec';
import { EMPTY, emptyRpc, messageCodec, notificationTopic, rpcDescriptor, subscribeRpc, unsubscribeRpc } from '../rpcCodecs';
import type {
  ActionHandleJson,
  ActionJson,
  ActionListJson,
  ActionNotificationJson,
  ArmStateInformationJson,
  ArmStateNotificationJson,
  RequestedActionTypeJson,
} from './baseJson';

export const BASE_SERVICE_ID = 2;

/** An RPC both generations serve, or (`k3Only`) only Kortex 3. */
export const baseRpc = (name: string, functionId: number, k3Only = false) => ({ serviceId: BASE_SERVICE_ID, name, functionId, k3Only });

const Base = BaseMessages;
const actionHandle = messageCodec<ActionHandleJson>(Base.ActionHandle, 'ActionHandle');

export const BaseRpcs = {
  getArmState: rpcDescriptor(
    baseRpc('GetArmState', 0xaf),
    EMPTY,
    messageCodec<ArmStateInformationJson>(Base.ArmStateInformation, 'ArmStateInformation'),
  ),
  onNotificationArmStateTopic: subscribeRpc(baseRpc('OnNotificationArmStateTopic', 0xb0)),
  unsubscribe: unsubscribeRpc(baseRpc('Unsubscribe', 0x61)),
  /** Leaves the fault state; the arm may move again. */
  clearFaults: emptyRpc(baseRpc('ClearFaults', 0x92)),
  /** Stops the arm's motion. */
  stop: emptyRpc(baseRpc('Stop', 0x70)),
  /** K2's name for function 0x91; Kortex 3 calls it ApplyQuickStop (a category 2 stop). */
  applyEmergencyStop: emptyRpc(baseRpc('ApplyEmergencyStop', 0x91)),
  readAllActions: rpcDescriptor(
    baseRpc('ReadAllActions', 0x2c),
    messageCodec<RequestedActionTypeJson>(Base.RequestedActionType, 'RequestedActionType'),
    messageCodec<ActionListJson>(Base.ActionList, 'ActionList'),
  ),
  readAction: rpcDescriptor(baseRpc('ReadAction', 0x2b), actionHandle, messageCodec<ActionJson>(Base.Action, 'Action')),
  /** Runs a stored action, named by its handle. Kortex 2 only. */
  executeActionFromReference: rpcDescriptor(baseRpc('ExecuteActionFromReference', 0x2f), actionHandle, EMPTY),
  pauseAction: emptyRpc(baseRpc('PauseAction', 0x31)),
  stopAction: emptyRpc(baseRpc('StopAction', 0x32)),
  resumeAction: emptyRpc(baseRpc('ResumeAction', 0x33)),
  onNotificationActionTopic: subscribeRpc(baseRpc('OnNotificationActionTopic', 0x6a)),
} as const;

/** Base's arm state topic: one notification each time the arm changes state (both generations). */
export const armStateTopic = notificationTopic(
  'ArmState',
  BaseRpcs.onNotificationArmStateTopic,
  BaseRpcs.unsubscribe,
  // Stryker disable next-line StringLiteral: equivalent, the name is only in encode errors, and only the simulator encodes notifications
  messageCodec<ArmStateNotificationJson>(Base.ArmStateNotification, 'ArmStateNotification'),
);

/** Base's action topic as Kortex 2 shapes it: start, end, abort, pause ... of the running action. */
export const actionTopic = notificationTopic(
  'Action',
  BaseRpcs.onNotificationActionTopic,
  BaseRpcs.unsubscribe,
  // Stryker disable next-line StringLiteral: equivalent, the name is only in encode errors, and only the simulator encodes notifications
  messageCodec<ActionNotificationJson>(Base.ActionNotification, 'ActionNotification'),
);
