import { TcpTransport } from './tcp';
import type { Transport, TransportKind } from './types';

export * from './types';
export { TcpTransport, describeSocketError } from './tcp';

export const DEFAULT_PORTS: Record<TransportKind, number> = { tcp: 10000, mqtt: 1883 };

export interface TransportOptions {
  kind: TransportKind;
  host: string;
  port?: number;
  /** K3 only: prefixes request and notification topics. */
  namespace?: string;
}

type TransportFactory = (options: TransportOptions) => Transport;

const factories: Partial<Record<TransportKind, TransportFactory>> = {
  tcp: (o) => new TcpTransport({ host: o.host, port: o.port ?? DEFAULT_PORTS.tcp }),
};

export function createTransport(options: TransportOptions): Transport {
  const factory = factories[options.kind];
  if (!factory) throw new Error(`transport "${options.kind}" is not available`);
  return factory(options);
}
