/**
 * A session client's call path: encode, admit (admission.ts), put the call on the current link.
 * On the fast path, the common case under load, a call costs one Promise and one RpcCall: every
 * object per call is garbage to collect (bench/README.md, "Garbage per call").
 */
import type { RpcDescriptor } from '../../protocol/rpc';
import { PayloadError } from '../../protocol/messageCodec';
import type { CallResult } from '../core/callResult';
import { KortexError, reasonOf } from '../core/errors';
import { captureSettlers, takeReject, takeResolve } from '../core/promiseSettlers';
import { redact } from '../core/redact';
import { RpcCall, RpcCallOwner } from '../link/call';
import type { SessionLink } from '../link/link';
import { AdmissionQueue } from './admission';
import type { ResolvedSessionOptions } from './options';
import type { SessionState } from './states';

/** What the call path needs from its client. */
export interface CallPathHost {
  robot(): string;
  state(): SessionState;
  /** The current connection attempt, if any. */
  currentLink(): SessionLink | undefined;
  /** Why the last attempt failed, for the texts of calls that cannot go. */
  lastError(): Error | undefined;
  /** While the robot refuses our login: the robot's own error for this call. */
  refusedNow(rpc: string): KortexError | undefined;
  /** Starts connecting (idempotent). */
  start(): void;
}

export class CallPath {
  readonly admission: AdmissionQueue;
  /** What each call needs from its client (one object for all calls). */
  private readonly callOwner: RpcCallOwner;

  constructor(
    private readonly host: CallPathHost,
    private readonly o: ResolvedSessionOptions,
  ) {
    this.admission = new AdmissionQueue(o, {
      robot: () => host.robot(),
      isOpen: () => host.state() === 'open' && !host.currentLink()?.checkingSession,
      waitExpired: (rpc, waitedMs) => {
        const lastError = host.lastError();
        return host.state() === 'open'
          ? new KortexError(`waited ${waitedMs} ms for a free request slot`, { kind: 'TIMEOUT', rpc, robot: host.robot() })
          : new KortexError(`robot not reachable for ${waitedMs} ms${lastError ? ` (${lastError.message})` : ''}`, {
              kind: 'NOT_CONNECTED',
              rpc,
              robot: host.robot(),
            });
      },
    });
    this.callOwner = { robot: () => host.robot(), callEnded: () => this.admission.release() };
  }

  /** One call of any service's RPC. Fails with a KortexError; never throws synchronously. */
  call<In, Out>(descriptor: RpcDescriptor<In, Out>, input: In, options?: { timeoutMs?: number }): Promise<CallResult<Out>> {
    const host = this.host;
    let payload: Uint8Array | undefined;
    try {
      payload = descriptor.encodeRequest(input);
    } catch (err) {
      const message = err instanceof PayloadError ? err.message : `cannot encode the request: ${(err as Error).message}`;
      return Promise.reject(new KortexError(redact(message), { kind: 'INVALID_INPUT', rpc: descriptor.name, robot: host.robot() }));
    }
    const decode = descriptor.decodeResponse;
    const timeoutMs = options?.timeoutMs ?? this.o.requestTimeoutMs;
    const { name, serviceId, functionId } = descriptor;
    // Fast path: open, a free slot and nobody queued ahead; the call goes on the wire now.
    if (this.admission.tryTake()) {
      const promise = new Promise<CallResult<Out>>(captureSettlers);
      this.dispatch(
        new RpcCall(
          this.callOwner,
          host.currentLink()?.keepAlive,
          serviceId,
          name,
          functionId,
          payload,
          timeoutMs,
          decode,
          takeResolve(),
          takeReject(),
        ),
      );
      return promise;
    }
    const refused = host.refusedNow(name);
    if (refused) return Promise.reject(refused);
    const state = host.state();
    if (state === 'released')
      return Promise.reject(
        new KortexError('the session was released (handed over)', { kind: 'RELEASED', rpc: name, robot: host.robot() }),
      );
    if (state === 'closing' || state === 'closed') {
      return Promise.reject(new KortexError('the session client is closed', { kind: 'CLOSED', rpc: name, robot: host.robot() }));
    }
    const slot = this.admission.acquire(name);
    host.start();
    return slot.then(
      () =>
        new Promise((resolve, reject) =>
          this.dispatch(
            new RpcCall(
              this.callOwner,
              host.currentLink()?.keepAlive,
              serviceId,
              name,
              functionId,
              payload,
              timeoutMs,
              decode,
              resolve,
              reject,
            ),
          ),
        ),
    );
  }

  /**
   * Sends one request on a slot already taken; the call settles its caller's Promise. Never
   * throws: on the fast path nothing would turn a throw into a rejection.
   */
  private dispatch<T>(call: RpcCall<T>): void {
    const link = this.host.currentLink();
    if (!link || this.host.state() !== 'open') {
      const lastError = this.host.lastError();
      call.fail(
        new KortexError(`robot is not connected${lastError ? `: ${reasonOf(lastError, this.host.robot())}` : ''}`, {
          kind: 'NOT_CONNECTED',
          rpc: call.rpc,
          robot: this.host.robot(),
        }),
      );
      return;
    }
    try {
      link.send(call);
      // Stryker disable next-line BlockStatement: equivalent, an open session's link has its router; only one without throws here
    } catch (err) {
      // Stryker disable next-line CallExpression: equivalent, not reached (see the line above)
      call.fail(err instanceof Error ? err : new Error(String(err)));
    }
  }
}
