import { ROBOT_PORTS } from '../protocol/ports';
import { TcpTransport } from './tcp';
import type { Transport, TransportKind } from './types';

export * from './types';
export type { DetectTransportOptions } from './auto';
// Types only: the MQTT module (and MQTT.js) is loaded on first use of an 'mqtt' transport.
export type { MqttTransport, MqttTransportOptions } from './mqtt';

export interface TransportOptions {
  kind: TransportKind;
  host: string;
  port?: number;
  /** K3 only: prefixes request and notification topics. */
  namespace?: string;
}

type TransportFactory = (options: TransportOptions) => Transport;

const factories: Partial<Record<TransportKind, TransportFactory>> = {
  tcp: (o) => new TcpTransport({ host: o.host, port: o.port ?? ROBOT_PORTS.tcp }),
  mqtt: (o) => {
    // Lazy: a Kortex 2 user never loads MQTT.js.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { MqttTransport } = require('./mqtt') as typeof import('./mqtt');
    return new MqttTransport({ host: o.host, port: o.port ?? ROBOT_PORTS.mqtt, namespace: o.namespace });
  },
};

export function createTransport(options: TransportOptions): Transport {
  const factory = factories[options.kind];
  if (!factory) throw new Error(`transport "${options.kind}" is not available`);
  return factory(options);
}
