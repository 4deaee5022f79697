/**
 * The runtime half of the editor's "Kortex" sidebar tab: one card per deployed kortex-session config
 * node (robotCards.ts builds them), kept live over the editor's comms channel. The admin route and
 * the Node-RED wiring are in sidebarEndpoint.ts; the comms notices (throttle, lease) in
 * sidebarNotices.ts.
 *
 * Comms messages go to every editor connection, and a connection needs only "status.read"; a card
 * names the robot's users, their addresses and roles, which need "kortex-session.read". So comms
 * carries only which card changed (its config node id and revision), and the editor reads the card
 * through the guarded GET.
 *
 * Nothing is published, and no robot is asked for its connections, unless an editor has asked for
 * the sidebar within the last LEASE_MS (the tab polls while it is visible) and an editor is still
 * connected: the lease ends when the last editor's comms connection closes.
 *
 * Who is on the robot: from the client's `sessions` events (the robot's session broadcast, where
 * the client provides them; the listener is optional and costs nothing when none come), otherwise
 * from GetConnections, asked on demand and at most every FRESH_MS while the tab is visible. The
 * robot's own work (arm state, fault, job): from what the robot-work nodes on the client heard
 * (nodes/lib/robotWorkView.ts); the sidebar subscribes nothing on the robot for it.
 */
import { redact } from '../../src/client/core/redact';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionStateEvent } from '../../src/client/session/states';
import { trackerFor } from '../lib/clientTracker';
import { robotWorkView } from '../lib/robotWorkView';
import {
  CardMemory,
  CardSource,
  ClientView,
  RobotCard,
  buildCard,
  parsePushedSessions,
  rememberState,
  unknownPushedSessions,
} from './robotCards';
import { CardNotices, Publish } from './sidebarNotices';

/** A card as the GET serves it: with the revision a later notice is compared against. */
export type ServedCard = RobotCard & { rev: number };

export interface SidebarTimings {
  /** At most one publish per card this often (ms). */
  throttleMs: number;
  /** How long one request of the sidebar keeps the live updates going (ms). */
  leaseMs: number;
  /** How often the visible tab asks again (ms); told to the editor. */
  pollMs: number;
  /** A connection list younger than this is not asked for again (ms). */
  freshMs: number;
  /** The longest a GET waits for the robots' connection lists (ms). */
  answerWithinMs: number;
  /** GetConnections timeout (ms). */
  requestTimeoutMs: number;
}

const DEFAULT_TIMINGS: SidebarTimings = {
  throttleMs: 250,
  leaseMs: 30_000,
  pollMs: 10_000,
  freshMs: 5_000,
  answerWithinMs: 2_000,
  requestTimeoutMs: 3_000,
};

/** The config node's side of a card. */
export interface CardHandle {
  /** The config node handed out or took back a client share: re-read it. */
  changed(): void;
  remove(): void;
}

interface Entry {
  source: CardSource;
  memory: CardMemory;
  rev: number;
  client?: KortexSessionClient;
  detach?: () => void;
  fetching?: Promise<void>;
}

export class RobotSidebar {
  private readonly entries = new Map<string, Entry>();
  private readonly notices: CardNotices;
  /** The last revision given to a card change; one counter, so a card removed and added again (a deploy) never repeats one. */
  private lastRev = 0;
  readonly timings: SidebarTimings;

  constructor(
    publish: Publish,
    timings: Partial<SidebarTimings> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.timings = { ...DEFAULT_TIMINGS, ...timings };
    const cards = { ids: () => [...this.entries.keys()], rev: (id: string) => this.entries.get(id)?.rev };
    this.notices = new CardNotices(publish, cards, this.timings, now);
  }

  /** Adds the card of a config node; the handle updates and removes it. */
  add(source: CardSource): CardHandle {
    const previous = this.entries.get(source.id);
    if (previous) this.detach(previous);
    const entry: Entry = { source, memory: { down: false }, rev: 0 };
    this.entries.set(source.id, entry);
    this.attach(entry);
    this.schedule(source.id, true);
    return {
      changed: () => {
        if (this.entries.get(source.id) !== entry) return;
        this.attach(entry);
        this.schedule(source.id);
      },
      remove: () => {
        if (this.entries.get(source.id) !== entry) return;
        this.detach(entry);
        this.entries.delete(source.id);
        this.notices.forget(source.id);
        this.schedule(undefined, true);
      },
    };
  }

  /** True while an editor wants live updates. */
  get live(): boolean {
    return this.notices.live;
  }

  /** The sidebar asked for cards: keep the live updates going for another lease. */
  renewLease(): void {
    this.notices.renewLease();
  }

  editorConnected(): void {
    this.notices.editorConnected();
  }

  editorDisconnected(): void {
    this.notices.editorDisconnected();
  }

  /**
   * The cards as of now. With `refresh`, or when a list is older than freshMs and no broadcast
   * feeds it, the robots are asked for their connections first (waiting at most answerWithinMs).
   */
  async snapshot(options: { refresh?: boolean; id?: string } = {}): Promise<ServedCard[]> {
    const entries = [...this.entries.values()].filter((e) => !options.id || e.source.id === options.id);
    const asks: Array<Promise<void>> = [];
    for (const entry of entries) {
      this.attach(entry);
      const stale = !entry.memory.listAt || this.now() - entry.memory.listAt >= this.timings.freshMs;
      if (options.refresh || (stale && !entry.memory.pushed)) asks.push(this.fetchConnections(entry));
    }
    if (asks.length > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.all(asks), new Promise<void>((resolve) => (timer = setTimeout(resolve, this.timings.answerWithinMs)))]);
      clearTimeout(timer);
    }
    return entries.map((e) => ({ ...this.cardOf(e), rev: e.rev }));
  }

  /** Ends every timer and listener (runtime stop, tests). */
  dispose(): void {
    for (const entry of this.entries.values()) this.detach(entry);
    this.entries.clear();
    this.notices.endLease();
  }

  /* ---------------- clients ---------------- */

  private cardOf(entry: Entry): RobotCard {
    const client = entry.client;
    let view: ClientView | undefined;
    if (client) {
      const tracker = trackerFor(client);
      view = { client, last: tracker.last, lastAt: tracker.lastAt, work: robotWorkView(client).snapshot() };
    }
    return buildCard(entry.source, view, entry.memory, this.now());
  }

  /** Follows the client the config node hands out now (a changed password gives a new one). */
  private attach(entry: Entry): void {
    let client: KortexSessionClient | undefined;
    try {
      client = entry.source.client();
    } catch {
      client = undefined;
    }
    if (client === entry.client) return;
    this.detach(entry);
    entry.memory = { down: false };
    entry.client = client;
    if (!client) return;
    const tracker = trackerFor(client);
    if (tracker.last) rememberState(entry.memory, tracker.last);
    const unsubscribe = tracker.subscribe((event) => this.onState(entry, event));
    // The robot's session broadcast (Kortex 3 push); a client that never emits it costs nothing.
    const onSessions = (value: unknown): void => this.onPushedSessions(entry, value);
    client.on('sessions', onSessions);
    const stopWork = robotWorkView(client).subscribe(() => this.schedule(entry.source.id));
    entry.detach = () => {
      unsubscribe();
      client.off('sessions', onSessions);
      stopWork();
    };
  }

  private detach(entry: Entry): void {
    entry.detach?.();
    entry.detach = undefined;
    entry.client = undefined;
  }

  private onState(entry: Entry, event: SessionStateEvent): void {
    rememberState(entry.memory, event);
    // A new session: our own row (and maybe the robot) changed; look again while someone watches.
    if (event.state === 'open' && this.live && !entry.memory.pushed) void this.fetchConnections(entry);
    this.schedule(entry.source.id);
  }

  private onPushedSessions(entry: Entry, value: unknown): void {
    const sessions = parsePushedSessions(value);
    if (!sessions) return;
    entry.memory.pushed = sessions;
    entry.memory.pushedAt = this.now();
    // The broadcast names users by id; ask for names and addresses of sessions not seen yet.
    if (this.live && unknownPushedSessions(sessions, entry.memory.list).length > 0) void this.fetchConnections(entry);
    this.schedule(entry.source.id);
  }

  /** One GetConnections at a time per card; failures are remembered (redacted), never thrown. */
  private fetchConnections(entry: Entry): Promise<void> {
    const client = entry.client;
    if (!client || client.state !== 'open') return Promise.resolve();
    if (entry.fetching) return entry.fetching;
    const fetching = client
      .call('getConnections', {}, { timeoutMs: this.timings.requestTimeoutMs })
      .then(
        (reply) => {
          if (entry.client !== client) return;
          entry.memory.list = reply.payload;
          entry.memory.listAt = this.now();
          entry.memory.listError = undefined;
        },
        (err: Error) => {
          if (entry.client !== client) return;
          entry.memory.listError = redact(err.message);
        },
      )
      .finally(() => {
        entry.fetching = undefined;
        this.schedule(entry.source.id);
      });
    entry.fetching = fetching;
    return fetching;
  }

  /* ---------------- publishing ---------------- */

  /** Counts a change of the card (and, with `listChanged`, of the card list) and queues its notice. */
  private schedule(id?: string, listChanged = false): void {
    const entry = id === undefined ? undefined : this.entries.get(id);
    if (entry) entry.rev = ++this.lastRev;
    this.notices.queue(id, listChanged);
  }
}
