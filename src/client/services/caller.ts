/**
 * The narrow interface a robot service's typed calls run over (as node-opcua's pseudo-session
 * serves its service functions): a call by descriptor and the wanted notification subscriptions.
 * The session client is one; a service module knows nothing else of it.
 */
import type { NotificationTopic, RpcDescriptor } from '../../protocol/rpc';
import type { CallResult } from '../core/callResult';

export type { CallResult } from '../core/callResult';

export interface ServiceCaller {
  callRpc<In, Out>(descriptor: RpcDescriptor<In, Out>, input: In, options?: { timeoutMs?: number }): Promise<CallResult<Out>>;
  subscribe<P>(topic: NotificationTopic<P>, ownerId: string, callback: (payload: P) => void): void;
  unsubscribe(topic: NotificationTopic<unknown>, ownerId: string, removed?: boolean): void;
}
