/**
 * The hostile section's frames: NOTIFICATION frames as a robot (or anyone at its address, or on its
 * broker) could send them. Kortex 2: one frame on the TCP stream, its message id the subscription
 * handle. Kortex 3: one MQTT message on `[ns/]notif/<svc>/<fn>`, session and handle 0 (a broadcast).
 * docs/protocol.md, "Notifications".
 */
import type { ArmStateName } from '../../src/protocol/base/baseJson';
import { BASE_SERVICE_ID, actionTopic, armStateTopic } from '../../src/protocol/base/rpcs';
import { encodeFrame, encodedFrameLength } from '../../src/protocol/frame';
import { RawHeader, packPayloadInfo } from '../../src/protocol/header';
import { PROGRAM_RUNNER_SERVICE_ID, executionEventTopic } from '../../src/protocol/programRunner/rpcs';
import { wrapTcpFrame, TCP_PREFIX_LENGTH, writeTcpPrefix } from '../../src/protocol/tcpFraming';
import { notificationFrame } from '../../src/simulator/robot/responses';

/** A topic by its service and OnNotification…Topic function id. */
export interface TopicId {
  serviceId: number;
  functionId: number;
}

export const ARM_STATE_TOPIC: TopicId = { serviceId: BASE_SERVICE_ID, functionId: armStateTopic.subscribe.functionId };
export const ACTION_TOPIC: TopicId = { serviceId: BASE_SERVICE_ID, functionId: actionTopic.subscribe.functionId };
export const EXECUTION_EVENT_TOPIC: TopicId = {
  serviceId: PROGRAM_RUNNER_SERVICE_ID,
  functionId: executionEventTopic.subscribe.functionId,
};

export const MiB = 1024 * 1024;
const FULL_PERMISSION = 7;
const NOW = { sec: 1_700_000_000, usec: 0 };

/** One NOTIFICATION frame (no TCP prefix) naming `topic`, with `sessionId` and `handle` in its message info. */
export function frameOf(topic: TopicId, payload: Uint8Array, sessionId = 0, handle = 0): Buffer {
  const { header } = notificationFrame(topic.serviceId, topic.functionId, sessionId, handle, payload);
  return encodeFrame(header, payload);
}

/** The same with the Kortex 2 TCP prefix. */
export const tcpFrameOf = (topic: TopicId, payload: Uint8Array, sessionId = 0, handle = 0): Buffer =>
  wrapTcpFrame(frameOf(topic, payload, sessionId, handle));

export function armStatePayload(generation: 'k2' | 'k3', activeState: ArmStateName): Uint8Array {
  return armStateTopic.encodeNotification(
    generation === 'k2' ? { activeState, timestamp: NOW } : { activeState, genericInfo: { severity: 'NOTIF_INFO', timestamp: NOW } },
  );
}

/** Kortex 2: "the action with this identifier ended". */
export function actionEndPayload(actionIdentifier: number): Uint8Array {
  return actionTopic.encodeNotification({
    actionEvent: 'ACTION_END',
    handle: { identifier: actionIdentifier, actionType: 'REACH_JOINT_ANGLES', permission: FULL_PERMISSION },
    timestamp: NOW,
    abortDetails: 'SUB_ERROR_NONE',
    trajectoryInfo: [],
  });
}

/** Kortex 3: "the program with this identifier completed". */
export function programCompletedPayload(programIdentifier: number): Uint8Array {
  return executionEventTopic.encodeNotification({
    event: 'EXECUTION_EVENT_COMPLETED',
    handle: { programHandle: { identifier: programIdentifier, permission: FULL_PERMISSION } },
    payload: '{}',
    genericInfo: { severity: 'NOTIF_INFO', timestamp: NOW },
  });
}

/**
 * A NOTIFICATION frame of `totalBytes` (its header included) on `topic`: the length the robot
 * announces is the length it sends. With `tcp`, the 12-byte prefix goes before it.
 */
export function bigFrame(topic: TopicId, totalBytes: number, o: { sessionId?: number; handle?: number; tcp?: boolean } = {}): Buffer {
  const { header: small } = notificationFrame(topic.serviceId, topic.functionId, o.sessionId ?? 0, o.handle ?? 0, Buffer.alloc(1));
  const headerFor = (payloadBytes: number): RawHeader => ({ ...small, payloadInfo: packPayloadInfo(payloadBytes) });
  // The header holds the payload's length, so its own length moves with it: settle the two.
  let payloadBytes = totalBytes - 64;
  for (let i = 0; i < 4; i++) payloadBytes += totalBytes - encodedFrameLength(headerFor(payloadBytes), payloadBytes);
  const header = headerFor(payloadBytes);
  if (encodedFrameLength(header, payloadBytes) !== totalBytes) throw new Error(`no frame of exactly ${totalBytes} bytes`);
  const prefix = o.tcp ? TCP_PREFIX_LENGTH : 0;
  const out = encodeFrame(header, Buffer.alloc(payloadBytes), prefix);
  if (o.tcp) writeTcpPrefix(out, totalBytes);
  return out;
}
