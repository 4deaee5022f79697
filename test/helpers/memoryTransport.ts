/**
 * A Transport in memory (src/transport/types.ts) for unit tests of the router and the session
 * link: it keeps what is sent, and the test hands frames back with `emit('frame', reply(…))`.
 */
import { EventEmitter } from 'node:events';
import { encodeErrorPayload } from '../../src/protocol/errors';
import type { Frame } from '../../src/protocol/frame';
import {
  FrameType,
  HEADER_VERSION,
  RawHeader,
  packFrameInfo,
  packMessageInfo,
  packPayloadInfo,
  packServiceInfo,
} from '../../src/protocol/header';
import type { Transport, TransportEventMap, TransportKind } from '../../src/transport/types';

export interface SentFrame {
  header: RawHeader;
  messageId: number;
  sessionId: number;
  functionId: number;
  /** The request's payload bytes (empty when it had none). */
  payload: Buffer;
}

export class MemoryTransport extends EventEmitter<TransportEventMap> implements Transport {
  /** 'mqtt' makes the link name notifications by topic, as on Kortex 3 (src/client/link/notifications.ts). */
  readonly kind: TransportKind;
  readonly endpoint = 'memory:1';
  connected = false;
  readonly sent: SentFrame[] = [];
  readonly sessionIds: number[] = [];
  /** The timeout of each close() call. */
  readonly closes: number[] = [];
  /** When set, send() throws it (a link that refuses the write). */
  refuse: Error | undefined;

  constructor(connected = true, kind: TransportKind = 'tcp') {
    super();
    this.connected = connected;
    this.kind = kind;
  }

  connect(): Promise<void> {
    this.connected = true;
    return Promise.resolve();
  }

  send(header: RawHeader, payload?: Uint8Array): void {
    if (this.refuse) throw this.refuse;
    // The router reuses its header object: keep a copy.
    this.sent.push({
      header: { ...header },
      messageId: header.messageInfo & 0xffff,
      sessionId: header.messageInfo >>> 16,
      functionId: header.serviceInfo & 0xffff,
      payload: Buffer.from(payload ?? []),
    });
  }

  setSessionId(sessionId: number): void {
    this.sessionIds.push(sessionId);
  }

  /** Notification topics heard now, as "service/function". */
  readonly notificationTopics = new Set<string>();

  subscribeNotifications(serviceId: number, functionId: number): Promise<void> {
    this.notificationTopics.add(`${serviceId}/${functionId}`);
    return Promise.resolve();
  }

  unsubscribeNotifications(serviceId: number, functionId: number): void {
    this.notificationTopics.delete(`${serviceId}/${functionId}`);
  }

  close(timeoutMs = 0): Promise<void> {
    this.closes.push(timeoutMs);
    this.connected = false;
    return Promise.resolve();
  }
}

export interface ReplyOptions {
  payload?: string | Uint8Array;
  sessionId?: number;
  /** Another service and function than the request's. */
  serviceInfo?: number;
  /** An error reply: code, sub-code, the robot's text. */
  error?: [number, number, string];
  type?: FrameType;
}

/** A reply to `request` (its service and function unless `serviceInfo` says otherwise). */
export function reply(request: Pick<SentFrame, 'header' | 'messageId'>, o: ReplyOptions = {}): Frame {
  const [errorCode, subCode, text] = o.error ?? [0, 0, ''];
  const payload = o.error ? encodeErrorPayload(errorCode, subCode, text) : Buffer.from(o.payload ?? '');
  return {
    header: {
      frameInfo: packFrameInfo(HEADER_VERSION, o.type ?? FrameType.Response, 0, errorCode, subCode),
      messageInfo: packMessageInfo(o.sessionId ?? 0, request.messageId),
      serviceInfo: o.serviceInfo ?? request.header.serviceInfo,
      payloadInfo: packPayloadInfo(payload.length),
    },
    payload,
  };
}

/** A NOTIFICATION frame as a robot pushes it: `messageId` is the handle identifier on Kortex 2. */
export function notificationFrame(serviceId: number, functionId: number, messageId: number, payload: Uint8Array, sessionId = 0): Frame {
  return {
    header: {
      frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Notification, 0, 0, 0),
      messageInfo: packMessageInfo(sessionId, messageId),
      serviceInfo: packServiceInfo(1, serviceId, functionId),
      payloadInfo: packPayloadInfo(payload.length),
    },
    payload: Buffer.from(payload),
  };
}
