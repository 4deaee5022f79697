/**
 * What of the robot's `sessions/status` and `sessions/killed` broadcasts reaches the session client
 * (docs/session-status.md, "Bounds"). Anyone on the broker can publish on these topics, so:
 *
 * - a payload over MAX_BROADCAST_BYTES is dropped at once, undecoded, and reported;
 * - status lists are coalesced: each supersedes the one before, so only the latest undecoded
 *   payload is kept and at most one is passed on per STATUS_INTERVAL_MS. A list after a quiet
 *   interval goes on at once (no delay for a robot's normal, rare changes); under a flood the
 *   latest goes on at the end of the interval, so the last list always arrives;
 * - `sessions/killed` is passed on one by one, never coalesced: each may name a different session,
 *   ours among them. But at most KILLED_PER_SECOND a second: a real robot ends a few sessions at a
 *   time (expiry, a reboot), while a stranger's flood would otherwise reach every flow message by
 *   message. The rest of a second's are dropped, reported once. Our own session does not depend on
 *   them: a kill we miss still shows at the next call or KeepAlive (INVALID_SESSION or silence).
 */
import { performance } from 'node:perf_hooks';
import { SESSION_KILLED_TOPIC, SESSION_STATUS_TOPIC, oversizeBroadcast } from '../../protocol/session/sessionStatus';

export type SessionBroadcastTopic = typeof SESSION_STATUS_TOPIC | typeof SESSION_KILLED_TOPIC;

/**
 * At most ten status lists a second reach the client: far more often than a robot's session list
 * changes (logins, logouts), while a flood costs at most ten decodes and ten flow messages a second.
 */
export const STATUS_INTERVAL_MS = 100;

/** More than a robot of a full session table ends at once, far fewer than a flood. */
export const KILLED_PER_SECOND = 64;

export class SessionBroadcastGate {
  private latestStatus: Buffer | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastStatusAt = -Infinity;
  private killedSecondStart = -Infinity;
  private killedThisSecond = 0;

  constructor(
    private readonly deliver: (topic: SessionBroadcastTopic, payload: Buffer) => void,
    private readonly problem: (err: Error) => void,
    private readonly intervalMs = STATUS_INTERVAL_MS,
  ) {}

  offer(topic: SessionBroadcastTopic, payload: Buffer, endpoint: string): void {
    const tooLarge = oversizeBroadcast(topic, payload.length);
    if (tooLarge) {
      this.problem(new Error(`${tooLarge} (from the broker at ${endpoint})`));
      return;
    }
    if (topic === SESSION_KILLED_TOPIC) {
      const now = performance.now();
      // Stryker disable next-line EqualityOperator: equivalent, only a broadcast exactly 1 s after the second's start differs
      if (now - this.killedSecondStart >= 1000) {
        this.killedSecondStart = now;
        this.killedThisSecond = 0;
      }
      if (++this.killedThisSecond <= KILLED_PER_SECOND) this.deliver(topic, payload);
      else if (this.killedThisSecond === KILLED_PER_SECOND + 1) {
        this.problem(
          new Error(
            `more than ${KILLED_PER_SECOND} sessions/killed broadcasts within a second: the rest of this second's are dropped (from the broker at ${endpoint})`,
          ),
        );
      }
      return;
    }
    this.latestStatus = payload;
    if (this.timer) return;
    const waitMs = this.lastStatusAt + this.intervalMs - performance.now();
    // Stryker disable next-line EqualityOperator: equivalent, a wait of exactly 0 ms flushes on the next turn instead
    if (waitMs <= 0) this.flush();
    else this.timer = setTimeout(this.flush, waitMs);
  }

  /** Drops a held list and its timer (the link ended). */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.latestStatus = undefined;
  }

  private readonly flush = (): void => {
    this.timer = undefined;
    const payload = this.latestStatus;
    this.latestStatus = undefined;
    if (!payload) return;
    this.lastStatusAt = performance.now();
    this.deliver(SESSION_STATUS_TOPIC, payload);
  };
}
