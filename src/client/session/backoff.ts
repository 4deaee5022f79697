/**
 * Reconnect delays: exponential with full jitter, reset after a session that stayed open long
 * enough; a refused login waits the longest delay (wrong credentials do not fix themselves).
 */
import { Clock, systemClock } from '../../util/clock';

export interface BackoffOptions {
  initialDelayMs: number;
  maxDelayMs: number;
  /** A session open this long resets the attempt count. */
  resetAfterMs: number;
  random: () => number;
  /** Tells when a session opened and was lost (the reset rule). Default: the system's. */
  clock?: Clock;
}

export class ReconnectBackoff {
  private attempts = 0;
  /** When the current session opened; undefined when none is open (0 is a valid reading of a clock). */
  private openedAt: number | undefined;
  private readonly clock: Clock;

  constructor(private readonly o: BackoffOptions) {
    this.clock = o.clock ?? systemClock;
  }

  /** Attempts made since the last reset. */
  get attempt(): number {
    return this.attempts;
  }

  /** Starts counting attempts afresh (a login the user asked for, not a retry). */
  reset(): void {
    this.attempts = 0;
    this.openedAt = undefined;
  }

  /** The session opened now. */
  opened(): void {
    this.openedAt = this.clock.now();
  }

  /**
   * The link or session was lost: the delay before the next attempt, counted as one more attempt.
   * A session the robot ended or forgot, on a link that worked, is logged in again at once the
   * first time (the robot is there); repeated losses back off like any other.
   */
  nextDelay(cause: 'link' | 'login-refused' | 'session-lost'): number {
    const now = this.clock.now();
    if (this.openedAt !== undefined && now - this.openedAt >= this.o.resetAfterMs) this.attempts = 0;
    this.openedAt = undefined;
    const loginRefused = cause === 'login-refused';
    if (cause === 'session-lost' && this.attempts === 0) {
      this.attempts++;
      return 0;
    }
    const ceiling = loginRefused ? this.o.maxDelayMs : Math.min(this.o.maxDelayMs, this.o.initialDelayMs * 2 ** this.attempts);
    this.attempts++;
    return loginRefused ? ceiling : Math.round(this.o.random() * ceiling);
  }
}
