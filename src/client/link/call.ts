/**
 * One RPC in flight, of any service: the request the router keeps, and the settling of the caller's
 * Promise. One object per call on purpose: under load, every object a call creates is garbage the
 * process must collect (see bench/README.md, "Garbage per call").
 */
import { performance } from 'node:perf_hooks';
import type { CallResult } from '../core/callResult';
import { KortexError } from '../core/errors';
import type { KeepAliveMonitor } from './keepAlive';
import { redact } from '../core/redact';
import type { RouterRequest } from './router';

/** What a call needs from its session client. */
export interface RpcCallOwner {
  /** Robot label for meta and error texts. */
  robot(): string;
  /** The call is over, either way: its request slot is free again. */
  callEnded(): void;
}

export class RpcCall<T> implements RouterRequest {
  deadline = 0;
  functionUid = 0;
  private readonly started = performance.now();
  /** Once settled, later settles are ignored: the slot must be released exactly once. */
  private settled = false;

  /** `keepAlive`: the monitor of the session the call is sent on, told how the call went. */
  constructor(
    private readonly owner: RpcCallOwner,
    private readonly keepAlive: KeepAliveMonitor | undefined,
    readonly serviceId: number,
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
      this.fail(
        new KortexError(`the robot's reply could not be decoded: ${redact((e as Error).message)}`, {
          kind: 'BAD_RESPONSE',
          rpc: this.rpc,
          robot: this.owner.robot(),
          cause: e as Error,
        }),
      );
      return;
    }
    // Stryker disable next-line BooleanLiteral: equivalent, the router settles a request once (its entry is gone first); the flag guards a second settle no path makes
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
    // Stryker disable next-line BooleanLiteral: equivalent, as above: each call fails at most once (dispatch fails only calls it kept, the router only those it held)
    this.settled = true;
    this.keepAlive?.callFailed(err);
    this.owner.callEnded();
    this.reject(err);
  }
}
