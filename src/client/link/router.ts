/**
 * The router: message ids, the pending map, per-request timeouts, response matching, the session
 * id carried by responses; notification frames go to the link's notification outlet. One router
 * per transport connection.
 */
import { EventEmitter } from 'node:events';
// Straight from the modules, not the '../protocol' barrel: its re-exports compile to getters
// that are paid on every request.
import { decodeErrorResponse } from '../../protocol/errors';
import { Frame, writeRequestHeader } from '../../protocol/frame';
import { FUNCTION_UID_MASK, FrameType, RawHeader, functionUid } from '../../protocol/header';
import type { Transport } from '../../transport/types';
import { Clock, TimerHandle, systemClock } from '../../util/clock';
import { KortexError, replyTooLargeError } from '../core/errors';
import { NotificationOutlet } from './notifications';

/**
 * One request in flight. The router keeps the caller's own object (no wrapper per call): under
 * load, every object per call is garbage the process must collect.
 */
export interface RouterRequest {
  readonly serviceId: number;
  readonly functionId: number;
  readonly payload: Uint8Array | undefined;
  readonly timeoutMs: number;
  /** RPC name for error texts. */
  readonly rpc: string;
  readonly deviceId?: number;
  /** Set by the router: the clock's now() after which the request fails with TIMEOUT. */
  deadline: number;
  /** Set by the router: `serviceId << 16 | functionId`, which the reply's `service_info` must echo. */
  functionUid: number;
  /**
   * Called exactly once: `(undefined, payload, sessionId)` on success, `(error)` on failure.
   * Called synchronously from inside the router (a reply being handled, a timeout sweep, failAll,
   * a refused write in send), so it must not assume anything about its caller's state then.
   */
  settle(err: Error | undefined, payload?: Buffer, sessionId?: number): void;
}

export type CallOptions = Omit<RouterRequest, 'deadline' | 'functionUid' | 'settle' | 'payload'> & { payload?: Uint8Array };

/** router.call's request: settles a Promise with the reply's payload. */
class PromisedRequest implements RouterRequest {
  readonly serviceId: number;
  readonly functionId: number;
  readonly payload: Uint8Array | undefined;
  readonly timeoutMs: number;
  readonly rpc: string;
  readonly deviceId: number | undefined;
  deadline = 0;
  functionUid = 0;

  constructor(
    o: CallOptions,
    private readonly resolve: (payload: Buffer) => void,
    private readonly reject: (err: Error) => void,
  ) {
    this.serviceId = o.serviceId;
    this.functionId = o.functionId;
    this.payload = o.payload;
    this.timeoutMs = o.timeoutMs;
    this.rpc = o.rpc;
    this.deviceId = o.deviceId;
  }

  settle(err: Error | undefined, payload?: Buffer): void {
    if (err) this.reject(err);
    else this.resolve(payload as Buffer);
  }
}

/**
 * A sweep runs this early (ms) at most: setTimeout only has millisecond resolution, and an entry
 * due within a fraction of a millisecond is not worth another timer.
 */
const SWEEP_SLACK_MS = 1;

export interface RouterEventMap {
  /** Frames we could not place (unknown message id, a reply that is not for the pending call, unexpected type). */
  problem: [error: Error];
}

export class Router extends EventEmitter<RouterEventMap> {
  private readonly pending = new Map<number, RouterRequest>();
  private lastMessageId = 0;
  private currentSessionId = 0;
  /** The clock's now() at the last frame sent and received, for keep-alive decisions. */
  lastSentAt = 0;
  lastReceivedAt = 0;
  private readonly onFrame = (frame: Frame): void => this.handleFrame(frame);
  private readonly onOversize = (header: RawHeader, length: number, limit: number): void => this.failOversized(header, length, limit);
  /** Written for each request: a transport reads the header during send() only. */
  private readonly requestHeader: RawHeader = { frameInfo: 0, messageInfo: 0, serviceInfo: 0, payloadInfo: 0 };
  /**
   * One timer per router instead of one per request (arming and clearing a timer per call was a
   * visible share of the pipelined cost). It is armed for the earliest deadline known when it was
   * set, sweeps every expired entry, re-arms for the next one, and is cleared as soon as nothing is
   * pending, so an idle router holds no timer.
   */
  private sweepTimer: TimerHandle | undefined;
  /** The clock's now() at which `sweepTimer` fires (Infinity when none is armed). */
  private sweepAt = Infinity;
  private readonly onSweep = (): void => this.sweep();

  /**
   * `notifications`: the link's outlet (notifications.ts); by default one of the router's own, so
   * that a router alone still counts and drops what no handle asked for.
   */
  constructor(
    private readonly transport: Transport,
    private readonly clock: Clock = systemClock,
    readonly notifications = new NotificationOutlet(transport.kind, undefined, transport.endpoint, clock),
  ) {
    super();
    transport.on('frame', this.onFrame);
    transport.on('oversize', this.onOversize);
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
    this.transport.off('oversize', this.onOversize);
    this.notifications.clear();
    this.failAll(reason);
  }

  failAll(reason: Error | ((rpc: string) => Error)): void {
    const entries = [...this.pending.values()];
    this.pending.clear();
    this.disarm();
    for (const p of entries) p.settle(typeof reason === 'function' ? reason(p.rpc) : reason);
  }

  /** One request; resolves with the reply's payload. */
  call(options: CallOptions): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => this.send(new PromisedRequest(options, resolve, reject)));
  }

  /**
   * Puts `request` on the wire; its `settle` is called exactly once, possibly synchronously (when
   * the transport refuses the frame). The session client's hot path uses it to wrap a whole call
   * in a single Promise.
   */
  send(request: RouterRequest): void {
    let messageId: number;
    try {
      messageId = this.nextMessageId();
    } catch (err) {
      request.settle(err as Error);
      return;
    }
    const header = this.requestHeader;
    writeRequestHeader(
      header,
      this.currentSessionId,
      messageId,
      request.serviceId,
      request.functionId,
      request.payload ? request.payload.length : 0,
      request.deviceId,
    );
    const deadline = this.clock.now() + request.timeoutMs;
    request.deadline = deadline;
    request.functionUid = functionUid(request.serviceId, request.functionId);
    this.pending.set(messageId, request);
    if (deadline < this.sweepAt) this.arm(deadline);
    try {
      this.transport.send(header, request.payload);
      this.lastSentAt = this.clock.now();
    } catch (err) {
      this.pending.delete(messageId);
      if (this.pending.size === 0) this.disarm();
      request.settle(
        new KortexError((err as Error).message, {
          kind: 'DISCONNECTED',
          rpc: request.rpc,
          robot: this.transport.endpoint,
          cause: err as Error,
        }),
      );
    }
  }

  private arm(at: number): void {
    if (this.sweepTimer) this.clock.clearTimeout(this.sweepTimer);
    this.sweepAt = at;
    this.sweepTimer = this.clock.setTimeout(this.onSweep, Math.max(1, Math.ceil(at - this.clock.now())));
  }

  private disarm(): void {
    if (this.sweepTimer) this.clock.clearTimeout(this.sweepTimer);
    this.sweepTimer = undefined;
    this.sweepAt = Infinity;
  }

  /** Fails every call past its deadline, then re-arms for the earliest one left. */
  private sweep(): void {
    this.sweepTimer = undefined;
    this.sweepAt = Infinity;
    const now = this.clock.now();
    let next = Infinity;
    const expired: RouterRequest[] = [];
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
      p.settle(
        new KortexError(`no reply within ${p.timeoutMs} ms`, {
          kind: 'TIMEOUT',
          rpc: p.rpc,
          robot: this.transport.endpoint,
        }),
      );
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
    this.currentSessionId = sessionId;
    this.transport.setSessionId(sessionId);
  }

  /** A reply the transport skipped for its size fails the call it answers; the link stays up. */
  private failOversized(header: RawHeader, length: number, limit: number): void {
    this.lastReceivedAt = this.clock.now();
    const messageId = header.messageInfo & 0xffff;
    const frameType = (header.frameInfo >>> 24) & 0xf;
    let pending = frameType === FrameType.Response ? this.pending.get(messageId) : undefined;
    // Like any reply, an oversized one fails only the call it answers (message id and function).
    if (pending && (header.serviceInfo & FUNCTION_UID_MASK) !== pending.functionUid) pending = undefined;
    const error = replyTooLargeError(length, limit, pending?.rpc, this.transport.endpoint);
    if (!pending) {
      this.emit('problem', error);
      return;
    }
    this.pending.delete(messageId);
    if (this.pending.size === 0) this.disarm();
    pending.settle(error);
  }

  private handleFrame(frame: Frame): void {
    this.lastReceivedAt = this.clock.now();
    // The header's fields straight from its words (docs/protocol.md, "Frame and header").
    const { frameInfo, messageInfo, serviceInfo } = frame.header;
    const frameType = (frameInfo >>> 24) & 0xf;
    if (frameType === FrameType.Notification) {
      const problem = this.notifications.deliver(frame);
      if (problem) this.emit('problem', problem);
      return;
    }
    if (frameType !== FrameType.Response) {
      this.emit(
        'problem',
        new KortexError(`unexpected frame type ${frameType} from the robot`, {
          kind: 'INVALID_INPUT',
          robot: this.transport.endpoint,
        }),
      );
      return;
    }
    const messageId = messageInfo & 0xffff;
    const pending = this.pending.get(messageId);
    if (!pending) {
      // Late reply to a timed-out call, or a stray frame: the vendor calls this UNREGISTERED_FRAME_RECEIVED.
      this.emit(
        'problem',
        new KortexError(`reply with unknown message id ${messageId} (late or stray)`, {
          kind: 'TIMEOUT',
          robot: this.transport.endpoint,
        }),
      );
      return;
    }
    if ((serviceInfo & FUNCTION_UID_MASK) !== pending.functionUid) {
      // A reply echoes its request's service and function (errors copy the whole header), as the
      // vendor's client checks too: after the 16-bit ids wrap, a late reply to a call that timed out
      // carries the id of a newer one. It must not settle that call, which keeps waiting for its own.
      this.emit(
        'problem',
        new KortexError(
          `reply for function 0x${(serviceInfo & FUNCTION_UID_MASK).toString(16)} (message id ${messageId}) does not match the pending ${pending.rpc} call (0x${pending.functionUid.toString(16)}): dropped`,
          {
            kind: 'BAD_RESPONSE',
            robot: this.transport.endpoint,
          },
        ),
      );
      return;
    }
    this.pending.delete(messageId);
    // The last reply clears the sweep timer; otherwise it stays armed for deadlines still ahead.
    if (this.pending.size === 0) this.disarm();
    const errorCode = (frameInfo >>> 12) & 0xf;
    if (errorCode !== 0) {
      const e = decodeErrorResponse(errorCode, frameInfo & 0xfff, frame.payload);
      pending.settle(
        new KortexError('', {
          rpc: pending.rpc,
          robot: this.transport.endpoint,
          errorCode: e.code,
          subCode: e.subCode,
          serverText: e.text,
        }),
      );
      return;
    }
    const sessionId = messageInfo >>> 16;
    this.setSessionId(sessionId);
    pending.settle(undefined, frame.payload, sessionId);
  }
}
