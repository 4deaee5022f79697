/** Public API: the client (for scripts and the nodes) and the protocol helpers. */
export * from './client';
export * as protocol from './protocol';
export type { TransportKind } from './transport/types';
