/**
 * The Base service (service id 2): the RPCs and the notification topic this package uses so far,
 * payloads in canonical JSON (docs/protocol.md, "The Base service").
 */
import { BaseMessages, CommonMessages, decodeMessage, encodeMessage } from '../messageCodec';
import type { NotificationHandleJson, NotificationOptionsJson, NotificationTopic, RpcDescriptor } from '../rpc';
import type { ArmStateInformationJson, ArmStateNotificationJson } from './baseJson';

export const BASE_SERVICE_ID = 2;

type Empty = Record<string, never>;
const empty = { encode: (): undefined => undefined, decode: (): Empty => ({}) };

const handleCodec = {
  encode: (handle: NotificationHandleJson) => encodeMessage(CommonMessages.NotificationHandle, 'NotificationHandle', handle),
  decode: (bytes: Uint8Array): NotificationHandleJson => decodeMessage(CommonMessages.NotificationHandle, bytes),
};

/** An `OnNotification<X>Topic` RPC: NotificationOptions in, the robot's handle out. */
function topicRpc(name: string, functionId: number): RpcDescriptor<NotificationOptionsJson, NotificationHandleJson> {
  return {
    serviceId: BASE_SERVICE_ID,
    name,
    functionId,
    k3Only: false,
    encodeRequest: (options) => encodeMessage(CommonMessages.NotificationOptions, 'NotificationOptions', options),
    decodeRequest: (bytes) => decodeMessage(CommonMessages.NotificationOptions, bytes),
    encodeResponse: handleCodec.encode,
    decodeResponse: handleCodec.decode,
  };
}

export const BaseRpcs = {
  getArmState: {
    serviceId: BASE_SERVICE_ID,
    name: 'GetArmState',
    functionId: 0xaf,
    k3Only: false,
    encodeRequest: empty.encode,
    decodeRequest: empty.decode,
    encodeResponse: (output: ArmStateInformationJson) => encodeMessage(BaseMessages.ArmStateInformation, 'ArmStateInformation', output),
    decodeResponse: (bytes: Uint8Array): ArmStateInformationJson => decodeMessage(BaseMessages.ArmStateInformation, bytes),
  } satisfies RpcDescriptor<Empty, ArmStateInformationJson>,
  onNotificationArmStateTopic: topicRpc('OnNotificationArmStateTopic', 0xb0),
  unsubscribe: {
    serviceId: BASE_SERVICE_ID,
    name: 'Unsubscribe',
    functionId: 0x61,
    k3Only: false,
    encodeRequest: handleCodec.encode,
    decodeRequest: handleCodec.decode,
    encodeResponse: empty.encode,
    decodeResponse: empty.decode,
  } satisfies RpcDescriptor<NotificationHandleJson, Empty>,
} as const;

/** Base's arm state topic: one notification each time the arm changes state. */
export const armStateTopic: NotificationTopic<ArmStateNotificationJson> = {
  serviceId: BASE_SERVICE_ID,
  name: 'ArmState',
  subscribe: BaseRpcs.onNotificationArmStateTopic,
  unsubscribe: BaseRpcs.unsubscribe,
  encodeNotification: (payload) => encodeMessage(BaseMessages.ArmStateNotification, 'ArmStateNotification', payload),
  decodeNotification: (bytes) => decodeMessage(BaseMessages.ArmStateNotification, bytes),
};
