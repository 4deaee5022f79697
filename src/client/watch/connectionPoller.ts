/**
 * GetConnections polling while a session is open, one poll at a time. The first reply after start
 * is the baseline (nothing reported); after that, each reply is compared with the previous one
 * (connectionDiff.ts). Used by the kortex-session-events node.
 */
import { Clock, TimerHandle, systemClock } from '../../util/clock';
import { ConnectionChange, diffConnectionLists } from './connectionDiff';
import type { ConnectionListJson } from './connectionRows';
import type { KortexSessionClient } from '../session/client';

export class ConnectionPoller {
  private timer: TimerHandle | undefined;
  private previous: ConnectionListJson | undefined;
  private inFlight = false;
  /** The session changed while a poll was on the wire: poll again as soon as it is back. */
  private pollAgain = false;
  private stopped = false;

  constructor(
    private readonly client: KortexSessionClient,
    private readonly intervalMs: number,
    private readonly report: (changes: ConnectionChange[]) => void,
    private readonly failed: (err: unknown) => void,
    /** Every reply, after `report` (the session list is derived from it). */
    private readonly replied: (list: ConnectionListJson) => void = () => undefined,
    /** Polls only while this says so; asked before each poll (a session-list watch stops once pushes arrive). */
    private readonly wanted: () => boolean = () => true,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Follows the session: poll now when it (re)opens, pause while it is down. */
  sessionChanged(): void {
    if (this.stopped) return;
    if (this.client.state !== 'open') {
      this.clearTimer();
    } else if (this.inFlight) {
      this.pollAgain = true;
    } else {
      this.schedule(0);
    }
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private schedule(delayMs: number): void {
    if (this.stopped || this.inFlight) return;
    this.clearTimer();
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      void this.poll();
    }, delayMs);
  }

  private async poll(): Promise<void> {
    if (this.stopped || this.client.state !== 'open' || !this.wanted()) return;
    this.inFlight = true;
    try {
      const reply = await this.client.call('getConnections', {});
      if (this.stopped) return;
      const changes = diffConnectionLists(this.previous, reply.payload);
      this.previous = reply.payload;
      if (changes.length > 0) this.report(changes);
      this.replied(reply.payload);
    } catch (err) {
      if (!this.stopped) this.failed(err);
    } finally {
      this.inFlight = false;
    }
    const again = this.pollAgain;
    this.pollAgain = false;
    if (!this.stopped && this.client.state === 'open') this.schedule(again ? 0 : this.intervalMs);
  }

  private clearTimer(): void {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
