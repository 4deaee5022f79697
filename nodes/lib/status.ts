/**
 * Node status from the session's life (docs/nodes/README.md): yellow ring while connecting, green dot with the
 * session id when open, red ring with a live "retry in N s (attempt k)" countdown while down, and a
 * short red text after a failed call (until the next state change or successful call); a grey
 * `released` while the flow has handed the robot over (kortex-session-control).
 */
import { KortexError, TransportUnavailableError } from '../../src/client/core/errors';
import { redact } from '../../src/client/core/redact';
import { SessionStateEvent } from '../../src/client/session/states';
import type { ClientTracker } from './clientTracker';
import type { Translate } from './i18n';
import type { Node, NodeStatus } from './types';

/** The part of a state event the status needs, with the time it happened. */
interface StateSnapshot {
  event: SessionStateEvent | undefined;
  at: number;
}

const MAX_STATUS_TEXT = 80;

/** A status text short enough to read under a node. */
function shortText(text: string): string {
  const clean = redact(text).replace(/\s+/g, ' ').trim();
  return clean.length > MAX_STATUS_TEXT ? `${clean.slice(0, MAX_STATUS_TEXT - 1)}…` : clean;
}

/** The few words a failed call leaves under the node: the Kortex error name where there is one. */
function failureText(err: Error, t: Translate): string {
  if (err instanceof KortexError) {
    if (err.kind === 'INVALID_INPUT') return t('kortex.status.invalidInput');
    return shortText(err.code);
  }
  return shortText(err.message);
}

/** Why a retry is pending, when it is something the user must fix rather than wait out. */
function unavailableReason(event: SessionStateEvent): string | undefined {
  const error = event.error as (Error & { cause?: unknown }) | undefined;
  if (!error) return undefined;
  if (error instanceof TransportUnavailableError) return error.message;
  if (error.cause instanceof TransportUnavailableError) return error.cause.message;
  return undefined;
}

export class StatusReporter {
  private countdown: NodeJS.Timeout | undefined;
  private disposed = false;

  constructor(
    private readonly node: Pick<Node, 'status'>,
    private readonly t: Translate,
  ) {}

  /** Shows the session state; `tracker` supplies the last event when `event` is not given. */
  showState(tracker: ClientTracker, event?: SessionStateEvent): void {
    if (this.disposed) return;
    this.stopCountdown();
    const snapshot: StateSnapshot = event ? { event, at: Date.now() } : { event: tracker.last, at: tracker.lastAt };
    const state = event?.state ?? tracker.client.state;
    switch (state) {
      case 'idle':
      case 'connecting':
        this.set({ fill: 'yellow', shape: 'ring', text: this.t('kortex.status.connecting') });
        return;
      case 'authenticating':
        this.set({ fill: 'yellow', shape: 'ring', text: this.t('kortex.status.authenticating') });
        return;
      case 'open':
        this.set({ fill: 'green', shape: 'dot', text: this.t('kortex.status.open', { id: event?.sessionId ?? tracker.client.sessionId }) });
        return;
      case 'reconnecting':
        this.showRetry(snapshot.event?.state === 'reconnecting' ? snapshot : { event: undefined, at: Date.now() });
        return;
      case 'closing':
        this.set({ fill: 'grey', shape: 'ring', text: this.t('kortex.status.closing') });
        return;
      case 'closed':
        this.set({ fill: 'grey', shape: 'ring', text: this.t('kortex.status.closed') });
        return;
      case 'released':
        this.set({ fill: 'grey', shape: 'ring', text: this.t('kortex.status.released') });
        return;
    }
  }

  /** A short red text after a failed call. */
  showFailure(err: Error): void {
    if (this.disposed) return;
    this.stopCountdown();
    this.set({ fill: 'red', shape: 'dot', text: failureText(err, this.t) });
  }

  /** A fixed red problem (no config, invalid config). */
  showProblem(text: string): void {
    if (this.disposed) return;
    this.stopCountdown();
    this.set({ fill: 'red', shape: 'ring', text: shortText(text) });
  }

  /** Stops the countdown; the node is closing. */
  dispose(): void {
    this.disposed = true;
    this.stopCountdown();
  }

  private showRetry(snapshot: StateSnapshot): void {
    const event = snapshot.event;
    const reason = event && unavailableReason(event);
    if (reason) {
      // Waiting will not help: show what is wrong, without a countdown.
      this.set({ fill: 'red', shape: 'ring', text: shortText(this.t('kortex.status.unavailable', { reason })) });
      return;
    }
    const deadline = snapshot.at + (event?.delayMs ?? 0);
    const attempt = event?.attempt ?? 1;
    const loginCode = event?.authFailed && event.error instanceof KortexError ? event.error.code : undefined;
    // TLS_FAILED and BROKER_REFUSED: the link was refused (Kortex 3), not the robot's login.
    const refusedLink = loginCode !== undefined && event?.error instanceof KortexError && event.error.errorCode === undefined;
    const render = (): number => {
      const seconds = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      const text = loginCode
        ? this.t(refusedLink ? 'kortex.status.linkRefused' : 'kortex.status.loginRefused', { code: loginCode, seconds })
        : this.t('kortex.status.retry', { seconds, attempt });
      this.set({ fill: 'red', shape: 'ring', text: shortText(text) });
      return seconds;
    };
    if (render() > 0) {
      this.countdown = setInterval(() => {
        if (render() <= 0) this.stopCountdown();
      }, 1000);
      // A countdown alone must not keep a stopping process alive.
      this.countdown.unref();
    }
  }

  private stopCountdown(): void {
    if (this.countdown) clearInterval(this.countdown);
    this.countdown = undefined;
  }

  private set(status: NodeStatus): void {
    this.node.status(status);
  }
}
