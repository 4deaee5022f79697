/**
 * What a kortex-session config node offers the nodes that use it. The config node does not own a
 * client: it hands each user node the pooled client for its robot identity, with the user node's id
 * as the pool owner, so the pool knows exactly who still needs the session.
 */
import type { KortexSessionClient } from '../../src/client/session/client';
import type { SessionCredentials } from './options';
import type { Node } from './types';

export const SESSION_CONFIG_TYPE = 'kortex-session';

export interface KortexSessionConfigNode extends Node<SessionCredentials> {
  /**
   * The shared client for this config's robot, started on the first registration. Throws a
   * ConfigProblem when the configuration is unusable (empty host, bad port, no password...).
   */
  register(user: Pick<Node, 'id'>): KortexSessionClient;
  /**
   * Gives the user node's share back. `removed` (the node was deleted) closes the session once no
   * user is left; a restart (redeploy) keeps it for the restarted nodes. Resolves when done, in
   * bounded time; never rejects.
   */
  deregister(user: Pick<Node, 'id'>, removed: boolean): Promise<void>;
}

export function isSessionConfigNode(value: unknown): value is KortexSessionConfigNode {
  if (!value || typeof value !== 'object') return false;
  const node = value as Partial<KortexSessionConfigNode>;
  return node.type === SESSION_CONFIG_TYPE && typeof node.register === 'function' && typeof node.deregister === 'function';
}
