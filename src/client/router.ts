/**
 * The router: message ids, the pending map, per-request timeouts, response matching, the session
 * id carried by responses, and notifications. One router per transport connection.
 */
import { EventEmitter } from 'node:events';
import {
  Frame, FrameType, HeaderFields, buildRequestHeader, decodeErrorResponse, unpackHeader,
} from '../protocol';
import type { Transport } from '../transport/types';
import { KortexError } from './errors';

export interface RouterResponse {
  header: HeaderFields;
  payload: Buffer;
}

interface Pending {
  rpc: string;
  resolve: (response: RouterResponse) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export interface RouterEventMap {
  /** The session id in the robot's responses changed (CreateSession, CloseSession, restart). */
  sessionId: [sessionId: number, previous: number];
  notification: [frame: Frame, header: HeaderFields];
  /** Frames we could not place (unknown message id, unexpected type). */
  problem: [error: Error];
}

export interface CallOptions {
  serviceId: number;
  functionId: number;
  payload?: Uint8Array;
  timeoutMs: number;
  /** RPC name for error texts. */
  rpc: string;
  deviceId?: number;
}

export class Router extends EventEmitter<RouterEventMap> {
  private readonly pending = new Map<number, Pending>();
  private lastMessageId = 0;
  private currentSessionId = 0;
  /** ms timestamps of the last frame sent and received, for keep-alive decisions. */
  lastSentAt = 0;
  lastReceivedAt = 0;
  private readonly onFrame = (frame: Frame): void => this.handleFrame(frame);

  constructor(private readonly transport: Transport) {
    super();
    transport.on('frame', this.onFrame);
  }

  get sessionId(): number {
    return this.currentSessionId;
  }

  get inFlight(): number {
    return this.pending.size;
  }

  /**
   * Detaches from the transport; pending calls are failed with `reason` (or, given a function, with
   * the error it builds for each call's RPC name, so every caller learns which call was lost).
   */
  dispose(reason: Error | ((rpc: string) => Error)): void {
    this.transport.off('frame', this.onFrame);
    this.failAll(reason);
  }

  failAll(reason: Error | ((rpc: string) => Error)): void {
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const p of entries) {
      clearTimeout(p.timer);
      p.reject(typeof reason === 'function' ? reason(p.rpc) : reason);
    }
  }

  /** Forgets the session (e.g. the link dropped, so the robot's session is gone or stale). */
  resetSession(): void {
    this.setSessionId(0);
  }

  call(options: CallOptions): Promise<RouterResponse> {
    const messageId = this.nextMessageId();
    const header = buildRequestHeader({
      sessionId: this.currentSessionId,
      messageId,
      serviceId: options.serviceId,
      functionId: options.functionId,
      payload: options.payload,
      deviceId: options.deviceId,
    });
    return new Promise<RouterResponse>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.pending.get(messageId)?.timer !== timer) return;
        this.pending.delete(messageId);
        reject(new KortexError(`no reply within ${options.timeoutMs} ms`, {
          kind: 'TIMEOUT', rpc: options.rpc, robot: this.transport.endpoint,
        }));
      }, options.timeoutMs);
      this.pending.set(messageId, { rpc: options.rpc, resolve, reject, timer });
      try {
        this.transport.send(header, options.payload);
        this.lastSentAt = Date.now();
      } catch (err) {
        clearTimeout(timer);
        this.pending.delete(messageId);
        reject(new KortexError((err as Error).message, {
          kind: 'DISCONNECTED', rpc: options.rpc, robot: this.transport.endpoint, cause: err as Error,
        }));
      }
    });
  }

  /** Ids 1..65535, wrapping, never one still waiting for its reply. */
  private nextMessageId(): number {
    for (let i = 0; i < 65535; i++) {
      this.lastMessageId = this.lastMessageId >= 0xffff ? 1 : this.lastMessageId + 1;
      if (!this.pending.has(this.lastMessageId)) return this.lastMessageId;
    }
    throw new KortexError('all 65535 message ids are in flight', { kind: 'QUEUE_FULL', robot: this.transport.endpoint });
  }

  private setSessionId(sessionId: number): void {
    if (sessionId === this.currentSessionId) return;
    const previous = this.currentSessionId;
    this.currentSessionId = sessionId;
    this.transport.setSessionId(sessionId);
    this.emit('sessionId', sessionId, previous);
  }

  private handleFrame(frame: Frame): void {
    this.lastReceivedAt = Date.now();
    const header = unpackHeader(frame.header);
    if (header.frameType === FrameType.Notification) {
      this.emit('notification', frame, header);
      return;
    }
    if (header.frameType !== FrameType.Response) {
      this.emit('problem', new KortexError(`unexpected frame type ${header.frameType} from the robot`, {
        kind: 'INVALID_INPUT', robot: this.transport.endpoint,
      }));
      return;
    }
    const pending = this.pending.get(header.messageId);
    if (!pending) {
      // Late reply to a timed-out call, or a stray frame: the vendor calls this UNREGISTERED_FRAME_RECEIVED.
      this.emit('problem', new KortexError(`reply with unknown message id ${header.messageId} (late or stray)`, {
        kind: 'TIMEOUT', robot: this.transport.endpoint,
      }));
      return;
    }
    this.pending.delete(header.messageId);
    clearTimeout(pending.timer);
    if (header.errorCode !== 0) {
      const e = decodeErrorResponse(header.errorCode, header.errorSubCode, frame.payload);
      pending.reject(new KortexError('', {
        rpc: pending.rpc, robot: this.transport.endpoint, errorCode: e.code, subCode: e.subCode, serverText: e.text,
      }));
      return;
    }
    this.setSessionId(header.sessionId);
    pending.resolve({ header, payload: frame.payload });
  }
}
