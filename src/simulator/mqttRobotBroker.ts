/**
 * The simulated Kortex 3 robot's own broker connection (src/simulator/mqttRobot.ts): the broker
 * address it accepts, the CONNECT options it uses and the topics of its Session service.
 */
import type { IClientOptions } from 'mqtt';
import { MQTT_MAX_PACKET_BYTES } from '../protocol/limits';
import { ROBOT_PORTS } from '../protocol/ports';

const SESSION_SERVICE = 1;

/** A broker URL with its port filled in; a bare host:port is taken as mqtt://. */
export function parseBrokerUrl(broker: string): URL {
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(broker) ? broker : `mqtt://${broker}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`invalid MQTT broker address ${JSON.stringify(broker)} (expected e.g. mqtt://127.0.0.1:${ROBOT_PORTS.mqtt})`);
  }
  if (url.protocol !== 'mqtt:' && url.protocol !== 'tcp:') {
    throw new Error(`unsupported MQTT broker scheme ${url.protocol} in ${JSON.stringify(broker)} (use mqtt://host:port)`);
  }
  if (!url.port) url.port = String(ROBOT_PORTS.mqtt);
  return url;
}

/** CONNECT options of the robot's client: MQTT v5, Maximum Packet Size MQTT_MAX_PACKET_BYTES, like the client's transport. */
export function robotClientOptions(clientId: string, connectTimeoutMs: number, reconnectPeriodMs: number): IClientOptions {
  return {
    protocolVersion: 5,
    clientId,
    clean: true,
    keepalive: 30,
    connectTimeout: connectTimeoutMs,
    reconnectPeriod: reconnectPeriodMs,
    resubscribe: false, // the robot subscribes again on every CONNACK instead
    queueQoSZero: false,
    // Anyone on the broker can publish on the request topics: the broker drops what is too large
    // for any Session request instead of handing it to us.
    properties: { maximumPacketSize: MQTT_MAX_PACKET_BYTES },
  };
}

export interface SessionServiceTopics {
  /** `[ns/]req/1/+`: where requests arrive. */
  request: string;
  /** `services/ping/1[/ns]`: IsAlive probes. */
  servicePing: string;
  /** `services/pong/1[/ns]`: where IsAlive probes are answered. */
  servicePong: string;
}

export function sessionServiceTopics(namespace: string | undefined): SessionServiceTopics {
  return {
    request: `${namespace ? `${namespace}/` : ''}req/${SESSION_SERVICE}/+`,
    servicePing: `services/ping/${SESSION_SERVICE}${namespace ? `/${namespace}` : ''}`,
    servicePong: `services/pong/${SESSION_SERVICE}${namespace ? `/${namespace}` : ''}`,
  };
}
