/**
 * The link's notification outlet: the live notification handles of one connection attempt, and the
 * delivery of the robot's NOTIFICATION frames to them (docs/protocol.md, "Notifications").
 *
 * A frame that matches no live handle is dropped and counted, never handed to another handle's
 * listener. What names the handle differs by generation: on Kortex 2 the frame's service id and its
 * message id field (the robot's handle identifier); on Kortex 3 its service and function id (the
 * topic `[ns/]notif/<service>/<function>`, a broadcast topic where the robot's handle ids are not ours).
 * It dies with its link: nothing of an old link's subscriptions can reach a new one.
 *
 * Each handle takes at most MAX_NOTIFICATIONS_PER_SECOND a second: a robot tells its state changes
 * and its jobs' events a few at a time, while a flood (from anything at the robot's address, or
 * anyone on a Kortex 3 broker) would otherwise become one flow message per frame and hold the
 * whole Node-RED up. The rest of that second's frames for the handle are dropped and counted, and
 * reported once (docs/security.md, "Limits"); a flood on one handle takes nothing from another.
 */
import type { Frame } from '../../protocol/frame';
import { MAX_NOTIFICATIONS_PER_SECOND } from '../../protocol/limits';
import { FUNCTION_UID_MASK } from '../../protocol/header';
import type { TransportKind } from '../../transport/types';
import { type Clock, systemClock } from '../../util/clock';
import { KortexError } from '../core/errors';

/** Live handles on one link, at most: each is a robot-side subscription (docs/security.md, "Limits"). */
export const MAX_NOTIFICATION_HANDLES = 64;

/** Gets a copy of the payload: the K2 transport decodes frames in place in its read buffer. */
export type NotificationListener = (payload: Buffer) => void;

interface LiveHandle {
  readonly listener: NotificationListener;
  readonly what: string;
  /** The clock's now() when the handle's current second began, and what it took since. */
  secondStart: number;
  taken: number;
}

export class NotificationOutlet {
  private readonly live = new Map<number, LiveHandle>();
  private droppedCount = 0;
  /** Kortex 2 names a handle by its identifier, Kortex 3 by its topic. */
  private readonly byIdentifier: boolean;

  constructor(
    kind: TransportKind,
    private readonly limit = MAX_NOTIFICATION_HANDLES,
    private readonly robot?: string,
    private readonly clock: Clock = systemClock,
  ) {
    this.byIdentifier = kind === 'tcp';
  }

  /** Live handles. */
  get size(): number {
    return this.live.size;
  }

  /** Notification frames that matched no live handle, or came over a handle's rate, since the link began. */
  get dropped(): number {
    return this.droppedCount;
  }

  /**
   * Delivers the notifications of one robot-side subscription (`identifier`: the robot's handle) to
   * `listener` until the returned function is called. Throws past the limit, or for a handle that is
   * live already (a robot that hands the same id out twice must not merge two streams).
   */
  open(serviceId: number, functionId: number, identifier: number, listener: NotificationListener): () => void {
    const key = this.keyOf(serviceId, functionId, identifier);
    if (this.live.has(key)) {
      throw new KortexError(`the robot named notification handle ${identifier} of service ${serviceId} twice`, {
        kind: 'BAD_RESPONSE',
        robot: this.robot,
      });
    }
    if (this.live.size >= this.limit) {
      throw new KortexError(`more than ${this.limit} notification subscriptions on one link`, { kind: 'QUEUE_FULL', robot: this.robot });
    }
    const what = `notification handle ${identifier} of service ${serviceId} (function ${functionId})`;
    const handle: LiveHandle = { listener, what, secondStart: -Infinity, taken: 0 };
    this.live.set(key, handle);
    return () => {
      if (this.live.get(key) === handle) this.live.delete(key);
    };
  }

  /** One NOTIFICATION frame from the robot; the problem to report when it is the first a handle drops in its second. */
  deliver(frame: Frame): KortexError | undefined {
    const { messageInfo, serviceInfo } = frame.header;
    const handle = this.live.get(
      this.byIdentifier ? this.keyOf((serviceInfo >>> 16) & 0xfff, 0, messageInfo & 0xffff) : serviceInfo & FUNCTION_UID_MASK,
    );
    if (!handle) {
      this.droppedCount++;
      return undefined;
    }
    const now = this.clock.now();
    if (now - handle.secondStart >= 1000) {
      handle.secondStart = now;
      handle.taken = 0;
    }
    if (++handle.taken > MAX_NOTIFICATIONS_PER_SECOND) {
      this.droppedCount++;
      if (handle.taken > MAX_NOTIFICATIONS_PER_SECOND + 1) return undefined;
      return new KortexError(
        `more than ${MAX_NOTIFICATIONS_PER_SECOND} notifications within a second on ${handle.what}: the rest of this second's are dropped`,
        { kind: 'BAD_RESPONSE', robot: this.robot },
      );
    }
    handle.listener(Buffer.from(frame.payload));
    return undefined;
  }

  /** The link is gone: no handle of it is live any more. */
  clear(): void {
    this.live.clear();
  }

  private keyOf(serviceId: number, functionId: number, identifier: number): number {
    // 12 bits of service and 16 of handle or function: one number, no string per frame.
    // Stryker disable next-line ArithmeticOperator: equivalent, s * 65536 - id and s / 65536 + id also give each (service, handle) its own key
    if (this.byIdentifier) return (serviceId & 0xfff) * 0x10000 + (identifier & 0xffff);
    return (((serviceId & 0xfff) << 16) | (functionId & 0xffff)) >>> 0;
  }
}
