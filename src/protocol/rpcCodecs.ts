/**
 * Building blocks of the services' RPC tables (src/protocol/<service>/rpcs.ts): payload codecs in
 * canonical JSON and the descriptors every service has alike (topic subscription, Unsubscribe,
 * Empty-in Empty-out calls).
 */
import { CommonMessages, decodeMessage, encodeMessage, type MessageType } from './messageCodec';
import type { NotificationHandleJson, NotificationOptionsJson, NotificationTopic, RpcDescriptor } from './rpc';

/** `Common.Empty` in canonical JSON. */
export type EmptyJson = Record<string, never>;

/** One payload's encoder and decoder. `undefined` from `encode` means no payload field at all. */
export interface PayloadCodec<T> {
  encode(value: T): Uint8Array | undefined;
  decode(bytes: Uint8Array): T;
}

/** Empty payloads: the vendor sends none at all. */
export const EMPTY: PayloadCodec<EmptyJson> = { encode: () => undefined, decode: () => ({}) };

/** A generated message type as a codec of its canonical JSON form `J`. */
export function messageCodec<J, M = unknown>(
  type: MessageType<M>,
  typeName: string,
): { encode(value: J): Uint8Array; decode(bytes: Uint8Array): J } {
  return { encode: (value) => encodeMessage(type, typeName, value), decode: (bytes) => decodeMessage<M, J>(type, bytes) };
}

/** Where an RPC lives: its service, its vendor name and function id, and its generation. */
export interface RpcAddress {
  serviceId: number;
  name: string;
  functionId: number;
  k3Only: boolean;
}

export function rpcDescriptor<In, Out>(address: RpcAddress, input: PayloadCodec<In>, output: PayloadCodec<Out>): RpcDescriptor<In, Out> {
  return {
    ...address,
    encodeRequest: (value) => input.encode(value),
    decodeRequest: (bytes) => input.decode(bytes),
    encodeResponse: (value) => output.encode(value),
    decodeResponse: (bytes) => output.decode(bytes),
  };
}

/** A call with no payload either way (Stop, ClearFaults, PauseAction, ...). */
export function emptyRpc(address: RpcAddress): RpcDescriptor<EmptyJson, EmptyJson> {
  return rpcDescriptor(address, EMPTY, EMPTY);
}

// Stryker disable next-line StringLiteral: equivalent, the name is only in encode errors: the options are a constant
const notificationOptions = messageCodec<NotificationOptionsJson>(CommonMessages.NotificationOptions, 'NotificationOptions');
// Stryker disable next-line StringLiteral: equivalent, the name is only in encode errors: a handle is the robot's own uint32
const notificationHandle = messageCodec<NotificationHandleJson>(CommonMessages.NotificationHandle, 'NotificationHandle');

/** An `OnNotification<X>Topic` RPC: NotificationOptions in, the robot's handle out. */
export function subscribeRpc(address: RpcAddress): RpcDescriptor<NotificationOptionsJson, NotificationHandleJson> {
  return rpcDescriptor(address, notificationOptions, notificationHandle);
}

/** A service's `Unsubscribe`: the handle in, Empty out. */
export function unsubscribeRpc(address: RpcAddress): RpcDescriptor<NotificationHandleJson, EmptyJson> {
  return rpcDescriptor(address, notificationHandle, EMPTY);
}

/** A topic of the subscribe RPC's service, its notifications in canonical JSON `P`. */
export function notificationTopic<P>(
  name: string,
  subscribe: RpcDescriptor<NotificationOptionsJson, NotificationHandleJson>,
  unsubscribe: RpcDescriptor<NotificationHandleJson, EmptyJson>,
  payload: { encode(value: P): Uint8Array; decode(bytes: Uint8Array): P },
): NotificationTopic<P> {
  return {
    serviceId: subscribe.serviceId,
    name,
    subscribe,
    unsubscribe,
    encodeNotification: (value) => payload.encode(value),
    decodeNotification: (bytes) => payload.decode(bytes),
  };
}
