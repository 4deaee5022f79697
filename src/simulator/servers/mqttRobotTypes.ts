/** The simulated Kortex 3 robot's public shapes (mqttRobot.ts): its options, events and handle. */
import type { EventEmitter } from 'node:events';
import type { BrokerAccess } from '../../transport/brokerAccess';
import type { SessionModel } from '../robot/model';
import type { StatusBroadcastOptions } from '../services/session/statusBroadcaster';
import type { RequesterGoneReason } from './mqttRequesters';

export interface MqttRobotOptions {
  /** Broker URL, e.g. mqtt://127.0.0.1:1883 or mqtts://127.0.0.1:8883 (a bare host:port is taken as mqtt://). */
  broker: string;
  /** TLS settings (with an mqtts:// broker) and the broker's own login. */
  brokerAccess?: BrokerAccess;
  /** Topic namespace of the robot's services: `<ns>/req/1/…`, `<ns>/notif/2/…`, `services/ping/1/<ns>`. */
  namespace?: string;
  /** A Kortex 3 model (`generation: 'k3'`). */
  model: SessionModel;
  /** PING each open session this often (ms). Default 1000. */
  pingIntervalMs?: number;
  /**
   * Close a session that sent no PONG and no request for this long (ms). Default: its
   * session_inactivity_timeout (enforced by the model); for sessions without one, 5 ping intervals.
   */
  pongTimeoutMs?: number;
  /** Forget a requester without a session after this much silence (ms). Default 60000. */
  requesterIdleTimeoutMs?: number;
  /** First broker connection (ms). Default 5000. */
  connectTimeoutMs?: number;
  /** Retry period after the broker connection is lost (ms). Default 500. */
  reconnectPeriodMs?: number;
  /** The robot's own MQTT client id. Default "kortex-sim-session-<random>". */
  clientId?: string;
  /** `sessions/status` and `sessions/killed` broadcasts: envelope and killed payload (statusBroadcaster.ts). */
  statusBroadcasts?: StatusBroadcastOptions;
}

export interface MqttRobotEvents {
  /** Trouble that does not stop the robot: undecodable frames, requests without a Response Topic, broker errors. */
  problem: [error: Error];
  /** A new requester (client id) was attached to the model. */
  requester: [clientId: string];
  /** A requester was forgotten (detached from the model). */
  'requester-gone': [clientId: string, reason: RequesterGoneReason];
  /** The robot's own broker connection: (re)connected, or lost. */
  broker: [state: 'connected' | 'offline'];
}

export interface MqttRobot extends EventEmitter<MqttRobotEvents> {
  /** "mqtt://host:port" (mqtts:// with TLS) plus "/namespace". */
  readonly endpoint: string;
  /** The broker's port: where Kortex 3 clients connect. */
  readonly port: number;
  readonly namespace: string | undefined;
  /** The robot's MQTT client id. */
  readonly clientId: string;
  /** Requesters currently attached to the model. */
  readonly requesterCount: number;
  readonly brokerConnected: boolean;
  /** Forgets every requester (their sessions end), as a robot reboot would. */
  dropConnections(): void;
  /** Stops pinging, detaches every requester, leaves the broker. Safe to call twice. */
  close(): Promise<void>;
}
