/**
 * The sidebar's comms notices (nodes/admin/sidebar.ts): which card changed, throttled, and only while
 * an editor holds the lease.
 *
 *   comms topic "kortex/sidebar/card"   { id, rev }: that card changed (at most every throttleMs); fetch it
 *   comms topic "kortex/sidebar/cards"  { ids }: the set of cards changed (a deploy); fetch again
 *
 * The lease: an editor's GET of the sidebar keeps the notices going for leaseMs; it ends early when
 * the last editor's comms connection closes, since nobody can see an update then.
 */

export const CARD_TOPIC = 'kortex/sidebar/card';
export const CARDS_TOPIC = 'kortex/sidebar/cards';

/** What comms says about a card: which one changed, nothing of its content. */
export interface CardNotice {
  id: string;
  /** Goes up with every change of any card of this sidebar (a re-added card continues); a served card with this rev is current. */
  rev: number;
}

export type Publish = (topic: string, data: unknown) => void;

/** What the notices read of the sidebar when they go out. */
export interface NoticeCards {
  /** The ids of the cards now, in order. */
  ids(): string[];
  /** The card's revision now; undefined once it is gone. */
  rev(id: string): number | undefined;
}

export class CardNotices {
  private leaseUntil = 0;
  /** Editor comms connections we know of (only counted where the runtime reports them). */
  private editors = 0;
  private readonly pending = new Set<string>();
  private listChanged = false;
  private flushTimer: NodeJS.Timeout | undefined;
  private lastFlushAt = 0;

  constructor(
    private readonly publish: Publish,
    private readonly cards: NoticeCards,
    private readonly timings: { readonly throttleMs: number; readonly leaseMs: number },
    private readonly now: () => number,
  ) {}

  /** True while an editor wants live updates. */
  get live(): boolean {
    return this.leaseUntil > this.now();
  }

  /** The sidebar asked for cards: keep the live updates going for another lease. */
  renewLease(): void {
    this.leaseUntil = this.now() + this.timings.leaseMs;
  }

  editorConnected(): void {
    this.editors++;
  }

  /** An editor's comms connection closed; with none left, nobody can see an update. */
  editorDisconnected(): void {
    this.editors = Math.max(0, this.editors - 1);
    if (this.editors === 0) this.endLease();
  }

  endLease(): void {
    this.leaseUntil = 0;
    this.pending.clear();
    this.listChanged = false;
    this.stopFlush();
  }

  /** Queues a notice for the card (or, without an id, only for the card list), throttled; nothing while no lease. */
  queue(id?: string, listChanged = false): void {
    if (listChanged) this.listChanged = true;
    if (!this.live) return;
    if (id !== undefined) this.pending.add(id);
    if (this.flushTimer) return;
    const wait = Math.max(0, this.lastFlushAt + this.timings.throttleMs - this.now());
    this.flushTimer = setTimeout(() => this.flush(), wait);
    this.flushTimer.unref?.();
  }

  /** The card is gone: no notice for it. */
  forget(id: string): void {
    this.pending.delete(id);
  }

  private flush(): void {
    this.flushTimer = undefined;
    this.lastFlushAt = this.now();
    if (!this.live) {
      this.endLease();
      return;
    }
    const ids = [...this.pending];
    this.pending.clear();
    if (this.listChanged) {
      this.listChanged = false;
      this.send(CARDS_TOPIC, { ids: this.cards.ids() });
    }
    for (const id of ids) {
      const rev = this.cards.rev(id);
      if (rev !== undefined) this.send(CARD_TOPIC, { id, rev } satisfies CardNotice);
    }
  }

  private send(topic: string, data: unknown): void {
    try {
      this.publish(topic, data);
    } catch {
      // A broken comms channel must not break the sessions.
    }
  }

  private stopFlush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
  }
}
