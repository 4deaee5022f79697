/**
 * The router: message ids, the pending map, per-request timeouts, response matching, the session
 * id carried by responses, and notifications. One router per transport connection.
 */
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
// Straight from the modules, not the '../protocol' barrel: its re-exports compile to getters
// that are paid on every request.
import { decodeErrorResponse } from '../protocol/errors';
import { Frame, buildRequestHeader } from '../protocol/frame';
import { FrameType, HeaderFields, unpackHeader } from '../protocol/header';
import type { Transport } from '../transport/types';
import { KortexError } from './errors';

export interface RouterResponse {
  header: HeaderFields;
  payload: Buffer;
}

/**
 * Completion of one call: `(undefined, payload, sessionId)` on success, `(error)` on failure.
 * Called synchronously from inside the router (a reply being handled, a timeout sweep, failAll),
 * so a callback must not assume anything about the session client's state at that moment.
 */
export type CallCallback = (err: Error | undefined, payload?: Buffer, header?: HeaderFields) => void;

interface Pending {
  rpc: string;
  timeoutMs: number;
  /** performance.now() after which the call fails with TIMEOUT. */
  deadline: number;
  done: CallCallback;
}

/**
 * A sweep runs this early (ms) at most: setTimeout only has millisecond resolution, and an entry
 * due within a fraction of a millisecond is not worth another timer.
 */
const SWEEP_SLACK_MS = 1;

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
  /**
   * One timer per router instead of one per request (arming and clearing a timer per call was a
   * visible share of the pipelined cost). It is armed for the earliest deadline known when it was
   * set, sweeps every expired entry, re-arms for the next one, and is cleared as soon as nothing is
   * pending, so an idle router holds no timer.
   */
  private sweepTimer: NodeJS.Timeout | undefined;
  /** performance.now() at which `sweepTimer` fires (Infinity when none is armed). */
  private sweepAt = Infinity;
  private readonly onSweep = (): void => this.sweep();

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
    this.disarm();
    for (const p of entries) p.done(typeof reason === 'function' ? reason(p.rpc) : reason);
  }

  call(options: CallOptions): Promise<RouterResponse> {
    return new Promise<RouterResponse>((resolve, reject) => {
      this.send(options, (err, payload, header) => {
        if (err) reject(err);
        else resolve({ header: header as HeaderFields, payload: payload as Buffer });
      });
    });
  }

  /**
   * `call` without a Promise: `done` is called exactly once, possibly synchronously (when the
   * transport refuses the frame). The session client's hot path uses it to wrap a whole call in a
   * single Promise.
   */
  send(options: CallOptions, done: CallCallback): void {
    let messageId: number;
    try {
      messageId = this.nextMessageId();
    } catch (err) {
      done(err as Error);
      return;
    }
    const header = buildRequestHeader({
      sessionId: this.currentSessionId,
      messageId,
      serviceId: options.serviceId,
      functionId: options.functionId,
      payload: options.payload,
      deviceId: options.deviceId,
    });
    const deadline = performance.now() + options.timeoutMs;
    this.pending.set(messageId, { rpc: options.rpc, timeoutMs: options.timeoutMs, deadline, done });
    if (deadline < this.sweepAt) this.arm(deadline);
    try {
      this.transport.send(header, options.payload);
      this.lastSentAt = Date.now();
    } catch (err) {
      this.pending.delete(messageId);
      if (this.pending.size === 0) this.disarm();
      done(new KortexError((err as Error).message, {
        kind: 'DISCONNECTED', rpc: options.rpc, robot: this.transport.endpoint, cause: err as Error,
      }));
    }
  }

  private arm(at: number): void {
    if (this.sweepTimer) clearTimeout(this.sweepTimer);
    this.sweepAt = at;
    this.sweepTimer = setTimeout(this.onSweep, Math.max(1, Math.ceil(at - performance.now())));
  }

  private disarm(): void {
    if (this.sweepTimer) clearTimeout(this.sweepTimer);
    this.sweepTimer = undefined;
    this.sweepAt = Infinity;
  }

  /** Fails every call past its deadline, then re-arms for the earliest one left. */
  private sweep(): void {
    this.sweepTimer = undefined;
    this.sweepAt = Infinity;
    const now = performance.now();
    let next = Infinity;
    const expired: Pending[] = [];
    for (const [messageId, p] of this.pending) {
      if (p.deadline <= now + SWEEP_SLACK_MS) {
        this.pending.delete(messageId);
        expired.push(p);
      } else if (p.deadline < next) {
        next = p.deadline;
      }
    }
    // Re-armed before the callbacks run: they may start new calls, which arm for themselves.
    if (next !== Infinity) this.arm(next);
    for (const p of expired) {
      p.done(new KortexError(`no reply within ${p.timeoutMs} ms`, {
        kind: 'TIMEOUT', rpc: p.rpc, robot: this.transport.endpoint,
      }));
    }
  }

  /**
   * Ids 1, 2, … 65535, then 0, 1, … as the vendor's clients count (modulo 65536, docs/protocol.md),
   * never one still waiting for its reply.
   */
  private nextMessageId(): number {
    for (let i = 0; i < 65536; i++) {
      this.lastMessageId = (this.lastMessageId + 1) & 0xffff;
      if (!this.pending.has(this.lastMessageId)) return this.lastMessageId;
    }
    throw new KortexError('all 65536 message ids are in flight', { kind: 'QUEUE_FULL', robot: this.transport.endpoint });
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
      // Listeners may keep a notification: give them their own bytes, not a view that would keep
      // the transport's whole receive chunk alive.
      this.emit('notification', { header: frame.header, payload: Buffer.from(frame.payload) }, header);
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
    // The last reply clears the sweep timer; otherwise it stays armed for deadlines still ahead.
    if (this.pending.size === 0) this.disarm();
    if (header.errorCode !== 0) {
      const e = decodeErrorResponse(header.errorCode, header.errorSubCode, frame.payload);
      pending.done(new KortexError('', {
        rpc: pending.rpc, robot: this.transport.endpoint, errorCode: e.code, subCode: e.subCode, serverText: e.text,
      }));
      return;
    }
    this.setSessionId(header.sessionId);
    pending.done(undefined, frame.payload, header);
  }
}
