/**
 * GetConnections polling while a session is open, one poll at a time. The first reply after start
 * is the baseline (nothing reported); after that, each reply is compared with the previous one
 * (connectionDiff.ts). Used by the kortex-session-events node.
 */
import type { RpcDescriptor } from '../../protocol/rpc';
import { SessionRpcs } from '../../protocol/session/rpcs';
import type { EmptyJson } from '../../protocol/session/sessionJson';
import { Clock, TimerHandle, systemClock } from '../../util/clock';
import { ConnectionChange, diffConnectionLists } from './connectionDiff';
import type { ConnectionListJson } from './connectionRows';
import type { KortexSessionClient } from '../session/client';

/**
 * GetConnections for one poller: a reply of the same bytes as the one before decodes to the very
 * same list object, so a robot whose connections did not change costs a byte comparison per poll,
 * not a decode, a diff and a session list (docs/performance.md, "Where a Kortex 3 robot's time goes").
 */
function pollingGetConnections(): RpcDescriptor<EmptyJson, ConnectionListJson> {
  const rpc = SessionRpcs.getConnections;
  let lastBytes: Buffer | undefined;
  let lastList: ConnectionListJson | undefined;
  return {
    ...rpc,
    decodeResponse(bytes: Uint8Array): ConnectionListJson {
      if (lastList && lastBytes?.equals(bytes)) return lastList;
      const list = rpc.decodeResponse(bytes);
      // A copy: `bytes` is a view of the received packet.
      lastBytes = Buffer.from(bytes);
      lastList = list;
      return list;
    },
  };
}

export class ConnectionPoller {
  private timer: TimerHandle | undefined;
  private previous: ConnectionListJson | undefined;
  private inFlight = false;
  /** The session changed while a poll was on the wire: poll again as soon as it is back. */
  private pollAgain = false;
  private stopped = false;
  private readonly getConnections = pollingGetConnections();

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
    // Stryker disable next-line LogicalOperator: equivalent, both callers call it only when neither stopped nor in flight
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
      const reply = await this.client.callRpc(this.getConnections, {});
      // Stopped, or the session left 'open' while the reply was on its way: a list of a session that is gone.
      if (this.stopped || this.client.state !== 'open') return;
      const list = reply.payload;
      // The same object: the robot sent the same bytes as last time, so nothing changed.
      if (list !== this.previous) {
        const changes = diffConnectionLists(this.previous, list);
        this.previous = list;
        if (changes.length > 0) this.report(changes);
      }
      this.replied(list);
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
