/**
 * The link's notification outlet: the live notification handles of one connection attempt, and the
 * delivery of the robot's NOTIFICATION frames to them (docs/protocol.md, "Notifications").
 *
 * A frame that matches no live handle is dropped and counted, never handed to another handle's
 * listener. What names the handle differs by generation: on Kortex 2 the frame's service id and its
 * message id field (the robot's handle identifier); on Kortex 3 its service and function id (the
 * topic `[ns/]notif/<service>/<function>`, a broadcast topic where the robot's handle ids are not ours).
 * It dies with its link: nothing of an old link's subscriptions can reach a new one.
 */
import type { Frame } from '../../protocol/frame';
import { FUNCTION_UID_MASK } from '../../protocol/header';
import type { TransportKind } from '../../transport/types';
import { KortexError } from '../core/errors';

/** Live handles on one link, at most: each is a robot-side subscription (docs/security.md, "Limits"). */
export const MAX_NOTIFICATION_HANDLES = 64;

/** Gets a copy of the payload: the K2 transport decodes frames in place in its read buffer. */
export type NotificationListener = (payload: Buffer) => void;

export class NotificationOutlet {
  private readonly live = new Map<number, NotificationListener>();
  private droppedCount = 0;
  /** Kortex 2 names a handle by its identifier, Kortex 3 by its topic. */
  private readonly byIdentifier: boolean;

  constructor(
    kind: TransportKind,
    private readonly limit = MAX_NOTIFICATION_HANDLES,
    private readonly robot?: string,
  ) {
    this.byIdentifier = kind === 'tcp';
  }

  /** Live handles. */
  get size(): number {
    return this.live.size;
  }

  /** Notification frames that matched no live handle, since the link began. */
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
    this.live.set(key, listener);
    return () => {
      if (this.live.get(key) === listener) this.live.delete(key);
    };
  }

  /** One NOTIFICATION frame from the robot. */
  deliver(frame: Frame): void {
    const { messageInfo, serviceInfo } = frame.header;
    const listener = this.live.get(
      this.byIdentifier ? this.keyOf((serviceInfo >>> 16) & 0xfff, 0, messageInfo & 0xffff) : serviceInfo & FUNCTION_UID_MASK,
    );
    if (!listener) {
      this.droppedCount++;
      return;
    }
    listener(Buffer.from(frame.payload));
  }

  /** The link is gone: no handle of it is live any more. */
  clear(): void {
    this.live.clear();
  }

  private keyOf(serviceId: number, functionId: number, identifier: number): number {
    // 12 bits of service and 16 of handle or function: one number, no string per frame.
    return this.byIdentifier
      ? (serviceId & 0xfff) * 0x10000 + (identifier & 0xffff)
      : (((serviceId & 0xfff) << 16) | (functionId & 0xffff)) >>> 0;
  }
}
