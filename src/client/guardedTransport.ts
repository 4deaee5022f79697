/**
 * A transport factory that never throws. KortexSessionClient builds its transport at the start of
 * each connection attempt; a factory that throws there (a transport kind this build does not have,
 * a bad option) would escape the client's error handling as an unhandled rejection and take the
 * whole Node-RED process down. This factory turns such a failure into a transport whose connect()
 * rejects, so the client reports it like any other failed attempt (state 'reconnecting' with the
 * reason), and the nodes show it as a red status.
 */
import { EventEmitter } from 'node:events';
import { createTransport } from '../transport';
import type { Transport, TransportEventMap, TransportKind } from '../transport/types';
import type { SessionClientOptions } from './sessionClient';

/** Why a transport could not even be built; `cause` is the factory's own error. */
export class TransportUnavailableError extends Error {
  constructor(message: string, readonly kind: TransportKind) {
    super(message);
    this.name = 'TransportUnavailableError';
  }
}

/** Stands in for a transport that could not be built: every connect() fails with the reason. */
class UnavailableTransport extends EventEmitter<TransportEventMap> implements Transport {
  readonly connected = false;

  constructor(readonly kind: TransportKind, readonly endpoint: string, private readonly reason: TransportUnavailableError) {
    super();
  }

  connect(): Promise<void> {
    return Promise.reject(this.reason);
  }

  send(): void {
    throw this.reason;
  }

  setSessionId(): void {
    // Nothing to subscribe: there is no link.
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** Builds the transport like the client's default factory does, but reports failure through connect(). */
export function guardedTransportFactory(options: SessionClientOptions): Transport {
  // The client resolves 'auto' to a concrete kind before it builds a transport.
  const kind: TransportKind = options.transport === 'auto' ? 'tcp' : options.transport;
  try {
    if (options.transport === 'auto') throw new Error('transport "auto" must be resolved before connecting');
    return createTransport({ kind, host: options.host, port: options.port, namespace: options.namespace });
  } catch (err) {
    const reason = new TransportUnavailableError((err as Error)?.message ?? String(err), kind);
    return new UnavailableTransport(kind, `${options.host}:${options.port ?? ''}`, reason);
  }
}
