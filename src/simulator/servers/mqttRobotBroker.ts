/**
 * The simulated Kortex 3 robot's own broker connection (src/simulator/servers/mqttRobot.ts): the CONNECT
 * options it uses (TLS and the broker's login included) and the topics of its services. The
 * broker address it accepts: src/transport/brokerAccess.ts.
 */
import type { IClientOptions } from 'mqtt';
import { MQTT_MAX_PACKET_BYTES } from '../../protocol/limits';
import type { BrokerAccess } from '../../transport/brokerAccess';
import { k3Topics } from '../../transport/mqtt/topics';

/** CONNECT options of the robot's client: MQTT v5, Maximum Packet Size MQTT_MAX_PACKET_BYTES, like the client's transport. */
export function robotClientOptions(
  clientId: string,
  connectTimeoutMs: number,
  reconnectPeriodMs: number,
  access: BrokerAccess = {},
): IClientOptions {
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

export interface RobotServiceTopics {
  /**
   * `[ns/]req/<svc>/+` of every registered service: one left out by the `services` option is
   * still heard, so that it answers UNSUPPORTED_SERVICE as over TCP instead of leaving the caller to time out.
   */
  requests: string[];
  /** IsAlive of every served service: `services/ping/<svc>[/ns]` → `services/pong/<svc>[/ns]`. */
  pongTopicFor: ReadonlyMap<string, string>;
}

export function robotServiceTopics(
  namespace: string | undefined,
  registeredServiceIds: readonly number[],
  servedServiceIds: readonly number[],
): RobotServiceTopics {
  return {
    requests: registeredServiceIds.map((svc) => `${namespace ? `${namespace}/` : ''}req/${svc}/+`),
    pongTopicFor: new Map(servedServiceIds.map((svc) => [k3Topics.servicePing(svc, namespace), k3Topics.servicePong(svc, namespace)])),
  };
}
