/**
 * What every robot service's RPC table is made of (docs/protocol.md, "Frame and header"): one
 * descriptor per RPC, naming its service and function, with its payload codecs; and one descriptor
 * per notification topic (docs/protocol.md, "Notifications").
 */

export interface RpcDescriptor<In, Out> {
  /** The service the RPC belongs to (Session 1, Base 2, ...): the header's service id. */
  serviceId: number;
  /** Vendor RPC name, e.g. "GetConnections". */
  name: string;
  functionId: number;
  /** Only Kortex 3 (Link 6) robots implement it. */
  k3Only: boolean;
  /** `undefined` for Empty inputs: the vendor sends no payload at all then. */
  encodeRequest(input: In): Uint8Array | undefined;
  decodeRequest(bytes: Uint8Array): In;
  encodeResponse(output: Out): Uint8Array | undefined;
  decodeResponse(bytes: Uint8Array): Out;
}

/** `Common.NotificationOptions` in canonical JSON. */
export interface NotificationOptionsJson {
  type?: 'NOTIFICATION_TYPE_UNSPECIFIED' | 'NOTIFICATION_TYPE_THRESHOLD' | 'NOTIFICATION_TYPE_FIX_RATE' | 'NOTIFICATION_TYPE_EVENT';
  rateMSec?: number;
  thresholdValue?: number;
}

/** `Common.NotificationHandle` in canonical JSON: the robot's id for one subscription. */
export interface NotificationHandleJson {
  identifier: number;
}

/**
 * One notification topic of a service: subscribed by calling `subscribe` (its function id is the
 * topic's: Kortex 3 publishes on `[ns/]notif/<serviceId>/<functionId>`), ended by `unsubscribe`
 * with the handle (Kortex 2; over MQTT the vendor's client only unsubscribes the topic).
 */
export interface NotificationTopic<Payload> {
  serviceId: number;
  /** e.g. "ArmState". */
  name: string;
  subscribe: RpcDescriptor<NotificationOptionsJson, NotificationHandleJson>;
  unsubscribe: RpcDescriptor<NotificationHandleJson, Record<string, never>>;
  encodeNotification(payload: Payload): Uint8Array;
  decodeNotification(bytes: Uint8Array): Payload;
}
