/** Builds the transport for a robot: K2 TCP, or K3 MQTT (MQTT.js is loaded only when an MQTT transport is built). */
import { ROBOT_PORTS } from '../protocol/ports';
import { TcpTransport } from './tcp';
import type { BrokerCredentials, MqttTlsOptions, Transport, TransportKind } from './types';

export interface TransportOptions {
  kind: TransportKind;
  host: string;
  port?: number;
  /** K3 only: prefixes request and notification topics. */
  namespace?: string;
  /** K3 only: MQTT over TLS. */
  tls?: MqttTlsOptions;
  /** K3 only: the broker's own login. */
  broker?: BrokerCredentials;
}

type TransportFactory = (options: TransportOptions) => Transport;

const factories: Partial<Record<TransportKind, TransportFactory>> = {
  tcp: (o) => {
    if (o.tls || o.broker) throw new Error('TLS and broker credentials are Kortex 3 (MQTT) settings: Kortex 2 TCP has neither');
    return new TcpTransport({ host: o.host, port: o.port ?? ROBOT_PORTS.tcp });
  },
  mqtt: (o) => {
    // Lazy: a Kortex 2 user never loads MQTT.js.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { MqttTransport } = require('./mqtt/transport') as typeof import('./mqtt/transport');
    return new MqttTransport({ host: o.host, port: o.port, namespace: o.namespace, tls: o.tls, broker: o.broker });
  },
};

export function createTransport(options: TransportOptions): Transport {
  const factory = factories[options.kind];
  if (!factory) throw new Error(`transport "${options.kind}" is not available`);
  return factory(options);
}
