/**
 * One Session RPC in flight: the request the router keeps, and the settling of the caller's
 * Promise. One object per call on purpose: under load, every object a call creates is garbage the
 * process must collect (see bench/README.md, "Garbage per call").
 */
import { performance } from 'node:perf_hooks';
import { SESSION_SERVICE_ID } from '../../protocol/session/rpcs';
import { KortexError } from '../core/errors';
import type { KeepAliveMonitor } from './keepAlive';
import { redact } from '../core/redact';
import type { RouterRequest } from './router';

export interface CallResult<T> {
  payload: T;
  meta: CallMeta;
}

export interface CallMeta {
  robot: string;
  rpc: string;
  sessionId: number;
  durationMs: number;
}

/** What a call needs from its session client. */
export interface SessionCallOwner {
  /** Robot label for meta and error texts. */
  robot(): string;
  /** The call is over, either way: its request slot is free again. */
  callEnded(): void;
}

export class SessionCall<T> implements RouterRequest {
  readonly serviceId = SESSION_SERVICE_ID;
  deadline = 0;
  functionUid = 0;
  private readonly started = performance.now();
  /** Once settled, later settles are ignored: the slot must be released exactly once. */
  private settled = false;

  /** `keepAlive`: the monitor of the session the call is sent on, told how the call went. */
  constructor(
    private readonly owner: SessionCallOwner,
    private readonly keepAlive: KeepAliveMonitor | undefined,
    readonly rpc: string,
    readonly functionId: number,
    readonly payload: Uint8Array | undefined,
    readonly timeoutMs: number,
    private readonly decode: (reply: Uint8Array) => T,
    private readonly resolve: (result: CallResult<T>) => void,
    private readonly reject: (err: Error) => void,
  ) {}

  settle(err: Error | undefined, reply?: Buffer, sessionId?: number): void {
    if (this.settled) return;
    if (err) {
      // Failures reach us synchronously from inside the router (failAll while the link is torn
      // down, a timeout sweep, a refused write). Handled one microtask later, so the slot is
      // released only once the client's state has settled.
      queueMicrotask(() => this.fail(err));
      return;
    }
    let decoded: T;
    try {
      decoded = this.decode(reply as Buffer);
    } catch (e) {
      this.fail(new KortexError(`the robot's reply could not be decoded: ${redact((e as Error).message)}`, {
        kind: 'BAD_RESPONSE', rpc: this.rpc, robot: this.owner.robot(), cause: e as Error,
      }));
      return;
    }
    this.settled = true;
    this.keepAlive?.replied();
    this.owner.callEnded();
    this.resolve({
      payload: decoded,
      meta: { robot: this.owner.robot(), rpc: this.rpc, sessionId: sessionId as number, durationMs: performance.now() - this.started },
    });
  }

  /**
   * Fails the call as it is; nothing is resent. A session-level error or a silent robot makes
   * the keep-alive monitor check the session.
   */
  fail(err: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.keepAlive?.callFailed(err);
    this.owner.callEnded();
    this.reject(err);
  }
}
