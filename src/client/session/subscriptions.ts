/**
 * The notification subscriptions the client's users want, kept above the link, as MQTT.js keeps
 * its wanted topics above the connection: counted per owner (one robot-side subscription per topic,
 * however many owners share it), replayed exactly once after each login and before the session is
 * reported open. A failed replay is a problem, not a lost link. The last owner's removal ends the
 * robot-side subscription after a grace period unless the owner was removed for good, so a redeploy
 * that restarts the same node keeps it (docs/architecture.md, "Services and notifications").
 */
import type { NotificationOptionsJson, NotificationTopic } from '../../protocol/rpc';
import type { Clock, TimerHandle } from '../../util/clock';
import { KortexError } from '../core/errors';
import type { SessionLink } from '../link/link';
import { MAX_NOTIFICATION_HANDLES } from '../link/notifications';

/** Gets the decoded notification; each owner its own copy. */
export type NotificationCallback<P> = (payload: P) => void;

/** Topics wanted at once, at most: each one is a robot-side subscription on every link. */
const MAX_WANTED_TOPICS = MAX_NOTIFICATION_HANDLES;

/** Every topic is subscribed for its events (the robot's only kind on Kortex 3, docs/protocol.md). */
const EVENT_OPTIONS: NotificationOptionsJson = { type: 'NOTIFICATION_TYPE_EVENT' };

interface Wanted {
  readonly key: string;
  readonly topic: NotificationTopic<unknown>;
  readonly owners: Map<string, NotificationCallback<unknown>>;
  /** The robot-side subscription on the current link. */
  live?: { link: SessionLink; identifier: number; close: () => void };
  /** The link a subscribe call is on its way on. */
  pending?: SessionLink;
  graceTimer?: TimerHandle;
}

/** What the subscriptions need from their client. */
export interface SubscriptionHost {
  robot(): string;
  /** The link whose login succeeded and that is not lost: subscriptions go on it now. */
  loggedInLink(): SessionLink | undefined;
  requestTimeoutMs(): number;
  problem(error: Error): void;
}

export class WantedSubscriptions {
  private readonly wanted = new Map<string, Wanted>();

  constructor(
    private readonly host: SubscriptionHost,
    private readonly graceMs: number,
    private readonly clock: Clock,
  ) {}

  /** Topics wanted now. */
  get size(): number {
    return this.wanted.size;
  }

  /**
   * `ownerId` wants `topic`'s notifications (again: a later call replaces its callback). The first
   * owner subscribes on the robot now when logged in, else at the next login. Throws past MAX_WANTED_TOPICS.
   */
  add<P>(topic: NotificationTopic<P>, ownerId: string, callback: NotificationCallback<P>): void {
    const key = topicKey(topic);
    let w = this.wanted.get(key);
    if (!w) {
      if (this.wanted.size >= MAX_WANTED_TOPICS) {
        throw new KortexError(`more than ${MAX_WANTED_TOPICS} notification topics wanted at once`, {
          kind: 'QUEUE_FULL',
          rpc: topic.subscribe.name,
          robot: this.host.robot(),
        });
      }
      w = { key, topic: topic as NotificationTopic<unknown>, owners: new Map() };
      this.wanted.set(key, w);
    }
    this.clock.clearTimeout(w.graceTimer);
    w.graceTimer = undefined;
    w.owners.set(ownerId, callback as NotificationCallback<unknown>);
    const link = this.host.loggedInLink();
    if (link && !w.live && w.pending !== link) void this.subscribeOn(link, w);
  }

  /**
   * `ownerId` no longer wants `topic`. With no owner left, the robot-side subscription ends now when
   * `removed` (the owner is gone for good), else after the grace period, unless an owner comes back.
   */
  remove(topic: NotificationTopic<unknown>, ownerId: string, removed: boolean): void {
    const w = this.wanted.get(topicKey(topic));
    if (!w || !w.owners.delete(ownerId) || w.owners.size > 0) return;
    if (removed || this.graceMs <= 0) {
      this.drop(w);
      return;
    }
    w.graceTimer ??= this.clock.setTimeout(() => {
      w.graceTimer = undefined;
      // Stryker disable next-line ConditionalExpression: equivalent, add() clears this timer whenever an owner comes back
      if (w.owners.size === 0) this.drop(w);
    }, this.graceMs);
  }

  /** After a login on `link`, before the session is reported open: every wanted topic, once. Never rejects. */
  replay(link: SessionLink): Promise<void> {
    return Promise.all([...this.wanted.values()].map((w) => this.subscribeOn(link, w))).then(() => undefined);
  }

  /** The link is gone, and every robot-side subscription with it: the next login replays them. */
  linkGone(): void {
    for (const w of this.wanted.values()) {
      w.live = undefined;
      w.pending = undefined;
    }
  }

  /** The client closes: nothing is wanted any more (the session's end ends the robot's side). */
  clear(): void {
    for (const w of this.wanted.values()) this.clock.clearTimeout(w.graceTimer);
    this.wanted.clear();
  }

  private async subscribeOn(link: SessionLink, w: Wanted): Promise<void> {
    w.pending = link;
    const subscribe = w.topic.subscribe;
    try {
      const reply = await link.request(subscribe, subscribe.encodeRequest(EVENT_OPTIONS), this.host.requestTimeoutMs());
      const { identifier } = subscribe.decodeResponse(reply);
      // Stryker disable next-line LogicalOperator: equivalent, a link is disposed before its topics move on, and then refuses them
      if (w.pending !== link || link.disposed) return; // the link went meanwhile: the next login replays
      if (this.wanted.get(w.key) !== w) {
        w.pending = undefined;
        this.unsubscribeOnRobot(link, w.topic, identifier); // nobody wants it any more
        return;
      }
      const close = await link.openNotifications(subscribe.serviceId, subscribe.functionId, identifier, (payload) =>
        this.deliver(w, payload),
      );
      if (w.pending !== link || link.disposed) {
        close();
        return;
      }
      w.pending = undefined;
      w.live = { link, identifier, close };
    } catch (err) {
      if (w.pending !== link || link.disposed) return;
      w.pending = undefined;
      this.host.problem(
        err instanceof KortexError
          ? err
          : new KortexError(`subscribing to ${w.topic.name} notifications failed: ${(err as Error).message}`, {
              kind: 'BAD_RESPONSE',
              rpc: subscribe.name,
              robot: this.host.robot(),
            }),
      );
    }
  }

  /** Decoded once; each owner after the first gets its own copy, as flows may change what they get. */
  private deliver(w: Wanted, payload: Buffer): void {
    let decoded: unknown;
    try {
      decoded = w.topic.decodeNotification(payload);
    } catch (err) {
      this.host.problem(
        new KortexError(`a ${w.topic.name} notification could not be decoded: ${(err as Error).message}`, {
          kind: 'BAD_RESPONSE',
          robot: this.host.robot(),
        }),
      );
      return;
    }
    // Stryker disable next-line BooleanLiteral: equivalent, the first owner would get a copy of an object nobody else holds
    let first = true;
    for (const callback of [...w.owners.values()]) {
      try {
        callback(first ? decoded : structuredClone(decoded));
      } catch (err) {
        this.host.problem(err as Error); // one owner's bug must not cost the others their notification
      }
      first = false;
    }
  }

  private drop(w: Wanted): void {
    if (this.wanted.get(w.key) === w) this.wanted.delete(w.key);
    const live = w.live;
    w.live = undefined;
    if (!live) return;
    live.close();
    this.unsubscribeOnRobot(live.link, w.topic, live.identifier);
  }

  /**
   * Kortex 2: the service's Unsubscribe with the handle. Kortex 3: closing the topic is all, as
   * Kinova's client does over MQTT (docs/protocol.md, "Notifications").
   */
  private unsubscribeOnRobot(link: SessionLink, topic: NotificationTopic<unknown>, identifier: number): void {
    if (link.disposed || link.transportKind !== 'tcp') return;
    const rpc = topic.unsubscribe;
    link.request(rpc, rpc.encodeRequest({ identifier }), this.host.requestTimeoutMs()).catch((err: unknown) => {
      if (!link.disposed) this.host.problem(err as Error);
    });
  }
}

function topicKey(topic: NotificationTopic<unknown>): string {
  return `${topic.serviceId}/${topic.subscribe.functionId}`;
}
