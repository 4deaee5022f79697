/**
 * The simulated Kortex 3 robot's own broker connection (src/simulator/servers/mqttRobot.ts): the CONNECT
 * options it uses (TLS and the broker's login included) and the topics of its Session service. The
 * broker address it accepts: src/transport/brokerAccess.ts.
 */
import type { IClientOptions } from 'mqtt';
import { MQTT_MAX_PACKET_BYTES } from '../../protocol/limits';
import type { BrokerAccess } from '../../transport/brokerAccess';

const SESSION_SERVICE = 1;

/** CONNECT options of the robot's client: MQTT v5, Maximum Packet Size MQTT_MAX_PACKET_BYTES, like the client's transport. */
export function robotClientOptions(clientId: string, connectTimeoutMs: number, reconnectPeriodMs: number, access: BrokerAccess = {}): IClientOptions {
  return {
    ...access.tls,
    ...(access.auth ? { username: access.auth.username, password: access.auth.password } : {}),
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
