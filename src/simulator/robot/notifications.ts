/**
 * The simulated robot's notification subscriptions (docs/protocol.md, "Notifications"): a session
 * subscribes to a service's topic through its OnNotification…Topic RPC and gets a handle; the
 * service's Unsubscribe (with that handle) or the end of the session removes it. A publish hands
 * the live subscriptions of the topic to the servers, which frame them for their transport
 * (tcpServer.ts: one frame per subscription; mqttRobot.ts: one broadcast per topic).
 */
import { ErrorCode, SubErrorCode } from '../../protocol/errors';
import { RequestError } from './responses';
import type { SimConnection, SimSession } from './simConnection';

/** Subscriptions one connection may hold at once; one more is refused. */
const MAX_SUBSCRIPTIONS_PER_CONNECTION = 64;

/** Handles must fit the 16 message-id bits of a Kortex 2 NOTIFICATION frame. */
const MAX_HANDLE = 0xffff;

export interface NotificationSubscription {
  /** The robot's NotificationHandle identifier: unique on the robot while the subscription lives. */
  readonly handle: number;
  readonly connection: SimConnection;
  readonly sessionId: number;
  readonly serviceId: number;
  /** The topic: its OnNotification…Topic RPC's function id. */
  readonly functionId: number;
}

/** One notification to deliver, and who subscribed to its topic. */
export interface NotificationDelivery {
  readonly serviceId: number;
  readonly functionId: number;
  readonly payload: Uint8Array;
  /** The topic's live subscriptions at the time of the publish (never empty). */
  readonly subscriptions: readonly NotificationSubscription[];
}

export class RobotNotifications {
  private readonly byHandle = new Map<number, NotificationSubscription>();
  private lastHandle = 0;

  constructor(private readonly deliver: (delivery: NotificationDelivery) => void) {}

  get size(): number {
    return this.byHandle.size;
  }

  /** Subscribes `session` (held by `connection`) to a topic; returns the handle. */
  subscribe(connection: SimConnection, session: SimSession, serviceId: number, functionId: number): number {
    let held = 0;
    for (const s of this.byHandle.values()) if (s.connection === connection) held++;
    if (held >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
      throw new RequestError(
        ErrorCode.ERROR_DEVICE,
        SubErrorCode.METHOD_FAILED,
        `notification subscription limit reached (${MAX_SUBSCRIPTIONS_PER_CONNECTION} on this connection): unsubscribe first`,
      );
    }
    if (this.byHandle.size >= MAX_HANDLE) {
      throw new RequestError(
        ErrorCode.ERROR_DEVICE,
        SubErrorCode.METHOD_FAILED,
        `notification subscription limit reached (${MAX_HANDLE} on this robot)`,
      );
    }
    const handle = this.allocateHandle();
    this.byHandle.set(handle, { handle, connection, sessionId: session.id, serviceId, functionId });
    return handle;
  }

  /**
   * Ends the subscription `handle` of `session` to a topic of `serviceId`. A handle the session does
   * not hold there (never given, already ended, another session's) is ERROR_DEVICE/ENTITY_NOT_FOUND,
   * as the Session service answers for a role that does not exist.
   */
  unsubscribe(session: SimSession, serviceId: number, handle: number): void {
    const s = this.byHandle.get(handle);
    if (!s || s.sessionId !== session.id || s.serviceId !== serviceId) {
      throw new RequestError(
        ErrorCode.ERROR_DEVICE,
        SubErrorCode.ENTITY_NOT_FOUND,
        `no notification subscription with handle ${handle} in this session`,
      );
    }
    this.byHandle.delete(handle);
  }

  /** The session ended (whatever the reason): its subscriptions end with it. */
  endSession(session: SimSession): void {
    for (const [handle, s] of this.byHandle) if (s.sessionId === session.id) this.byHandle.delete(handle);
  }

  /** Hands one notification to the servers, if anyone subscribed to its topic. */
  publish(serviceId: number, functionId: number, payload: Uint8Array): void {
    const subscriptions = [...this.byHandle.values()].filter((s) => s.serviceId === serviceId && s.functionId === functionId);
    if (subscriptions.length > 0) this.deliver({ serviceId, functionId, payload, subscriptions });
  }

  /** Counts up from 1, wraps after 65535 and skips handles in use (at most 64 per connection live at once). */
  private allocateHandle(): number {
    let handle = this.lastHandle;
    do {
      handle = handle >= MAX_HANDLE ? 1 : handle + 1;
    } while (this.byHandle.has(handle));
    this.lastHandle = handle;
    return handle;
  }
}
