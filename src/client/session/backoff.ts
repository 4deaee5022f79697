/**
 * Reconnect delays: exponential with full jitter, reset after a session that stayed open long
 * enough; a refused login waits the longest delay (wrong credentials do not fix themselves).
 */
export interface BackoffOptions {
  initialDelayMs: number;
  maxDelayMs: number;
  /** A session open this long resets the attempt count. */
  resetAfterMs: number;
  random: () => number;
}

export class ReconnectBackoff {
  private attempts = 0;
  private openedAt = 0;

  constructor(private readonly o: BackoffOptions) {}

  /** Attempts made since the last reset. */
  get attempt(): number {
    return this.attempts;
  }

  /** Starts counting attempts afresh (a login the user asked for, not a retry). */
  reset(): void {
    this.attempts = 0;
    this.openedAt = 0;
  }

  /** The session opened now. */
  opened(now = Date.now()): void {
    this.openedAt = now;
  }

  /**
   * The link or session was lost: the delay before the next attempt, counted as one more attempt.
   * A session the robot ended or forgot, on a link that worked, is logged in again at once the
   * first time (the robot is there); repeated losses back off like any other.
   */
  nextDelay(cause: 'link' | 'login-refused' | 'session-lost', now = Date.now()): number {
    if (this.openedAt && now - this.openedAt >= this.o.resetAfterMs) this.attempts = 0;
    this.openedAt = 0;
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
