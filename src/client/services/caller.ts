/**
 * The narrow interface a robot service's typed calls run over (as node-opcua's pseudo-session
 * serves its service functions): a call by descriptor, the wanted notification subscriptions, the
 * robot's generation (which table a service takes), the caller's clock, and its session's state
 * changes (a long-lived user such as a job must hear a lost session). The session client is one;
 * a service module knows nothing else of it.
 */
import type { NotificationTopic, RpcDescriptor } from '../../protocol/rpc';
import type { Clock } from '../../util/clock';
import type { CallResult } from '../core/callResult';

export type { CallResult } from '../core/callResult';

/** Kortex 2 (TCP, Base's stored actions) or Kortex 3 (MQTT, ProgramRunner's programs). */
export type RobotGeneration = 'k2' | 'k3';

/** A change of the caller's session: `state` is the session client's state name ('open', 'reconnecting' ...). */
export interface CallerStateEvent {
  state: string;
  error?: Error;
}

export interface ServiceCaller {
  callRpc<In, Out>(descriptor: RpcDescriptor<In, Out>, input: In, options?: { timeoutMs?: number }): Promise<CallResult<Out>>;
  subscribe<P>(topic: NotificationTopic<P>, ownerId: string, callback: (payload: P) => void): void;
  unsubscribe(topic: NotificationTopic<unknown>, ownerId: string, removed?: boolean): void;
  /** 'k2' over TCP, 'k3' over MQTT; undefined while an 'auto' transport has not probed the robot yet. */
  generation(): RobotGeneration | undefined;
  /** The clock the caller times everything on; a service user times its own waits on it too. */
  clock(): Clock;
  on(event: 'state', listener: (event: CallerStateEvent) => void): unknown;
  off(event: 'state', listener: (event: CallerStateEvent) => void): unknown;
}
