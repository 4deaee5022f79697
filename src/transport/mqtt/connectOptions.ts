/** The CONNECT of the client's Kortex 3 link, as Kinova's client makes it (docs/protocol.md, "Kortex 3: MQTT v5 on port 1883"). */
import type { IClientOptions } from 'mqtt';
import { MQTT_MAX_PACKET_BYTES } from '../../protocol/limits';
import type { BrokerCredentials, MqttTlsOptions } from '../types';

export interface LinkConnectOptions {
  host: string;
  port: number;
  tls: MqttTlsOptions | undefined;
  broker: BrokerCredentials | undefined;
  keepaliveSeconds: number;
  timeoutMs: number;
}

/** How much longer MQTT.js waits for the CONNACK than the transport does (transport.ts's connect). */
const CONNACK_BACKSTOP_MS = 1000;

export function linkClientOptions(o: LinkConnectOptions): IClientOptions {
  return {
    host: o.host,
    port: o.port,
    protocol: o.tls ? 'mqtts' : 'mqtt',
    ...o.tls,
    ...(o.broker ? { username: o.broker.username, password: o.broker.password } : {}),
    protocolVersion: 5,
    clientId: '', // the broker assigns one
    clean: true,
    keepalive: o.keepaliveSeconds,
    reconnectPeriod: 0, // the session client owns reconnection
    // A backstop only: the transport's own timer, with a clearer message, ends the attempt first.
    connectTimeout: Math.max(1, o.timeoutMs) + CONNACK_BACKSTOP_MS,
    // Stryker disable next-line BooleanLiteral: equivalent, with reconnectPeriod 0 MQTT.js never reconnects: nothing to resubscribe
    resubscribe: false,
    // Stryker disable next-line BooleanLiteral: equivalent, nor to replay
    queueQoSZero: false,
    // The broker drops larger packets instead of sending them (anyone may publish on the broadcast topics).
    properties: { maximumPacketSize: MQTT_MAX_PACKET_BYTES },
  };
}
