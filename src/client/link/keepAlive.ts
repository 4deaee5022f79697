/**
 * Keep-alive and session checks for one open session (a new monitor per session).
 *
 * - Idle for one interval in either direction (a request without an answer counts as idle): send
 *   KeepAlive. Two silent intervals in a row mean the robot (or the path to it) is gone.
 * - Kortex 3: a PING from the robot is a sign of life (we answered it with a PONG), so no KeepAlive
 *   is needed while the robot pings.
 * - A call answered with a session-level error (INVALID_SESSION, or INVALID_USER_SESSION_ACCESS,
 *   which a Link 6 may use for "out of session" and also for "permission denied"): one KeepAlive
 *   tells the two apart. If it fails too, the robot has forgotten the session.
 * - A call that timed out while the robot has been silent for an interval counts as one missed
 *   keep-alive; the next silent KeepAlive then ends the session.
 * - Kortex 3: a `sessions/killed` broadcast naming our session (verifySession): anyone on the
 *   robot's anonymous broker can publish one, so one KeepAlive decides. An error answer or no answer
 *   (a robot that drops out-of-session requests) means the kill was real.
 * See docs/protocol.md ("What real robots may do differently") and docs/session-status.md.
 */
import { Clock, TimerHandle, systemClock } from '../../util/clock';
import { KortexError } from '../core/errors';

export interface KeepAliveLink {
  /** ms readings of the monitor's clock (its now()) when the link last sent and received a frame. */
  readonly lastSentAt: number;
  readonly lastReceivedAt: number;
  /** Sends KeepAlive; rejects with a KortexError. */
  sendKeepAlive(timeoutMs: number): Promise<unknown>;
}

/** Why the monitor gave the session up: the link is dead, or the robot forgot the session. */
export type SessionLossHandler = (error: KortexError, sessionLost: boolean) => void;

export interface KeepAliveOptions {
  link: KeepAliveLink;
  /** Idle time before a KeepAlive, and its reply timeout (ms). 0: no periodic KeepAlive. */
  intervalMs: number;
  /** Reply timeout of a verification KeepAlive when `intervalMs` is 0. */
  requestTimeoutMs: number;
  robot: string;
  onLoss: SessionLossHandler;
  /** A session check passed (the session is fine), so held calls may go. */
  onVerified?: () => void;
  /** The link's clock (its now() is the scale of lastSentAt and lastReceivedAt). Default: systemClock. */
  clock?: Clock;
}

/**
 * Outcome of verifySession: the robot still answers for the session ('alive'); the session is lost
 * and the loss handler has been told ('lost'); the monitor stopped before the check decided
 * ('ended': the link went down for another reason, or the client closed).
 */
export type SessionCheckOutcome = 'alive' | 'lost' | 'ended';

/** The one session check for kill broadcasts; every kill that arrives while it runs joins it. */
interface SessionCheck {
  readonly outcome: Promise<SessionCheckOutcome>;
  decide(outcome: SessionCheckOutcome): void;
}

/** Sub-codes that may mean "this session is unknown" (docs/protocol.md). */
const SESSION_LEVEL_SUB_CODES = new Set(['INVALID_SESSION', 'INVALID_USER_SESSION_ACCESS']);

function isSessionLevelError(err: unknown): err is KortexError {
  return err instanceof KortexError && err.subCodeName !== undefined && SESSION_LEVEL_SUB_CODES.has(err.subCodeName);
}

export class KeepAliveMonitor {
  private readonly link: KeepAliveLink;
  private readonly clock: Clock;
  private timer: TimerHandle | undefined;
  private missed = 0;
  private probing = false;
  private stopped = false;
  private lastHeardAt = 0;
  private verifying = false;
  private sessionCheck: SessionCheck | undefined;

  constructor(private readonly o: KeepAliveOptions) {
    this.link = o.link;
    this.clock = o.clock ?? systemClock;
  }

  /**
   * True while a session check after a session-level error is running: new calls wait for its
   * outcome, so they run on a session that is known to be good (or on the new one).
   */
  get checkingSession(): boolean {
    return this.verifying;
  }

  start(): void {
    if (this.o.intervalMs > 0) this.arm(this.o.intervalMs);
  }

  /** Ends the monitor: no timer stays armed, and replies still on their way are ignored. */
  stop(): void {
    this.stopped = true;
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.decideSessionCheck('ended');
  }

  /**
   * Checks with one KeepAlive that the robot still knows the session, after a `sessions/killed`
   * broadcast named it. Kills reported while a check is pending join it (the same Promise), so a
   * burst of kills costs one KeepAlive; a KeepAlive already in flight was sent before the kill, so the check
   * sends its own once that one is back. A failed check (an error answer, or no answer within the
   * probe timeout) reports the session lost to the loss handler before the Promise resolves.
   * RPC calls are not held meanwhile (unlike checkingSession's check): a spoofed kill must not
   * give anyone on the broker a way to stall them.
   */
  verifySession(): Promise<SessionCheckOutcome> {
    if (this.stopped) return Promise.resolve('ended');
    if (this.sessionCheck) return this.sessionCheck.outcome;
    let decide!: (outcome: SessionCheckOutcome) => void;
    const outcome = new Promise<SessionCheckOutcome>((resolve) => {
      decide = resolve;
    });
    this.sessionCheck = { outcome, decide };
    this.probe('kill');
    return outcome;
  }

  private decideSessionCheck(outcome: SessionCheckOutcome): void {
    const check = this.sessionCheck;
    this.sessionCheck = undefined;
    check?.decide(outcome);
  }

  /** Gives the session up: stops the monitor and tells the loss handler; a pending kill check learns it was real. */
  private lose(error: KortexError, sessionLost: boolean): void {
    const check = this.sessionCheck;
    this.sessionCheck = undefined;
    this.stop();
    this.o.onLoss(error, sessionLost);
    check?.decide('lost');
  }

  /** Any reply from the robot. */
  replied(): void {
    this.missed = 0;
  }

  /** K3: the robot pinged our session (and the transport answered with a PONG). */
  heard(): void {
    this.lastHeardAt = this.clock.now();
    this.missed = 0;
  }

  /** A call failed: decide whether the session or the link needs checking. */
  callFailed(err: unknown): void {
    if (this.stopped) return;
    if (isSessionLevelError(err)) {
      this.verifying = true;
      this.probe('verify');
      return;
    }
    if (err instanceof KortexError && err.kind === 'TIMEOUT' && this.o.intervalMs > 0 && this.silentFor() >= this.o.intervalMs) {
      this.missed = Math.max(this.missed, 1);
      this.probe('tick');
    }
  }

  private silentFor(): number {
    // Idle in EITHER direction counts: requests that get no answer (a frozen robot under steady
    // traffic) must still be probed, or the link would never be marked down.
    const lastExchange = Math.min(this.link.lastSentAt, this.link.lastReceivedAt);
    return this.clock.now() - Math.max(lastExchange, this.lastHeardAt);
  }

  private arm(delayMs: number): void {
    // Stryker disable next-line CallExpression: equivalent, no timer is armed here (start() runs once, the timer clears itself, finally arms only without one)
    this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      const idleFor = this.silentFor();
      if (idleFor + 5 < this.o.intervalMs) this.arm(this.o.intervalMs - idleFor);
      else this.probe('tick');
    }, delayMs);
  }

  /**
   * One KeepAlive at a time; `verify` after a session-level error, `tick` when idle, `kill` for
   * verifySession.
   */
  private probe(reason: 'tick' | 'verify' | 'kill'): void {
    if (this.probing || this.stopped) return;
    this.probing = true;
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    const timeoutMs = this.o.intervalMs || this.o.requestTimeoutMs;
    // A pending kill check came before this KeepAlive (probes never overlap, and a check is decided by
    // the end of its own), so this KeepAlive answers it.
    const check = this.sessionCheck;
    const after = check ? ' after a sessions/killed broadcast named it' : reason === 'verify' ? ' after a session error' : '';
    this.link
      .sendKeepAlive(timeoutMs)
      .then(
        () => {
          this.missed = 0;
          // The check is still pending here: only this probe's end or stop() decides it.
          if (check) this.decideSessionCheck('alive');
        },
        (err: unknown) => {
          if (this.stopped || !(err instanceof KortexError)) return;
          if (err.errorCode !== undefined) {
            // The robot answered KeepAlive with an error: this session is gone, whatever the call before said.
            this.lose(
              new KortexError(`the robot no longer knows this session (KeepAlive answered ${err.code}${after})`, {
                kind: 'DISCONNECTED',
                rpc: 'KeepAlive',
                robot: this.o.robot,
                cause: err,
              }),
              true,
            );
          } else if (err.kind === 'TIMEOUT' && check) {
            // After a kill, silence is the kill: a robot may drop requests of a session it ended.
            this.lose(
              new KortexError(`the robot ended this session (no KeepAlive reply within ${timeoutMs} ms${after})`, {
                kind: 'DISCONNECTED',
                rpc: 'KeepAlive',
                robot: this.o.robot,
                cause: err,
              }),
              true,
            );
          } else if (err.kind === 'TIMEOUT') {
            // Two silent intervals in a row: the robot (or the path to it) is gone.
            if (++this.missed >= 2) {
              this.lose(
                new KortexError(`robot stopped answering keep-alives for ${2 * timeoutMs} ms`, {
                  kind: 'TIMEOUT',
                  rpc: 'KeepAlive',
                  robot: this.o.robot,
                }),
                false,
              );
            }
          }
        },
      )
      .finally(() => {
        this.probing = false;
        // Neither answer nor a known failure (e.g. the link refused the write): the link's own
        // 'down' follows, which ends the monitor; the check cannot tell more.
        if (check && this.sessionCheck === check) this.decideSessionCheck('ended');
        if (this.verifying) {
          this.verifying = false;
          if (!this.stopped) this.o.onVerified?.();
        }
        if (this.stopped) return;
        // A kill arrived while another KeepAlive was in flight: its own check goes now.
        if (this.sessionCheck) {
          this.probe('kill');
          return;
        }
        // After a missed reply, probe again at once: two misses then take 3 intervals from the
        // last sign of life, i.e. the inactivity timeout when the interval is its default third.
        if (this.o.intervalMs > 0 && !this.timer) this.arm(this.missed > 0 ? 0 : this.o.intervalMs);
      });
  }
}
