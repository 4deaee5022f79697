/**
 * One interface, two implementations (K2 TCP, K3 MQTT v5). A transport moves whole Kortex frames;
 * it knows nothing of message ids, sessions or RPCs, except that K3 must answer the robot's PING
 * for the current session id (docs/protocol.md, "Kortex 3: MQTT v5 on port 1883"), which the router tells it through setSessionId().
 */
import type { EventEmitter } from 'node:events';
import type { Frame } from '../protocol/frame';
import type { RawHeader } from '../protocol/header';

export type TransportKind = 'tcp' | 'mqtt';

/**
 * Kortex 3 over TLS: node:tls options, the ones Node-RED's tls-config node fills (CA, client
 * certificate and key with its passphrase, server name, whether to verify the broker's certificate).
 */
export interface MqttTlsOptions {
  ca?: string | Buffer | string[] | Buffer[];
  cert?: string | Buffer | string[] | Buffer[];
  key?: string | Buffer | string[] | Buffer[];
  passphrase?: string;
  /** Default true: the broker's certificate must chain to `ca` (or the system's CAs) and name the host. */
  rejectUnauthorized?: boolean;
  /** The name the broker's certificate must carry, when it is not the host (SNI too). */
  servername?: string;
  ALPNProtocols?: string[];
}

/** Kortex 3: the broker's own login (MQTT CONNECT user name and password), not the robot account. */
export interface BrokerCredentials {
  username: string;
  password?: string;
}

/**
 * The link itself was refused and retrying soon cannot help: TLS failed (the broker's certificate
 * is not trusted or not for this host, no client certificate where one is required), or the broker
 * refused our MQTT credentials. The session client treats it like a refused login.
 */
export class LinkRefusedError extends Error {
  constructor(
    message: string,
    readonly reason: 'tls' | 'broker-auth',
  ) {
    super(message);
    this.name = 'LinkRefusedError';
  }
}

/** What a user may configure: a transport, or 'auto' (probe K3 MQTT on 1883, then K2 TCP on 10000). */
export type TransportChoice = TransportKind | 'auto';

export interface TransportEventMap {
  /**
   * A decoded frame from the robot (responses, notifications; K3 PINGs are answered inside). K3
   * passes on a notification only from a topic it subscribed, and only when the frame names that
   * topic's service and function.
   */
  frame: [frame: Frame];
  /** The link is gone (socket closed, reset, broker lost). Emitted once per connect(). */
  down: [error: Error];
  /**
   * A frame over the transport's size limit was skipped unread; its header tells which call it
   * answers, so that call can fail. The link stays up.
   */
  oversize: [header: RawHeader, length: number, limit: number];
  /** Non-fatal trouble: garbage skipped, undecodable frame. The link stays up. */
  problem: [error: Error];
  /** K3: the robot pinged our session; counts as robot activity. */
  ping: [sessionId: number];
  /**
   * K3: a message on `sessions/status` or `sessions/killed`, undecoded (docs/session-status.md);
   * at most MAX_BROADCAST_BYTES, and status lists coalesced (the latest wins, src/transport/mqtt/broadcasts.ts).
   */
  sessionBroadcast: [topic: 'sessions/status' | 'sessions/killed', payload: Buffer];
}

export interface Transport extends EventEmitter<TransportEventMap> {
  readonly kind: TransportKind;
  /** "host:port" (plus namespace for MQTT), for messages and msg.kortex.robot. */
  readonly endpoint: string;
  readonly connected: boolean;
  /** Opens the link; rejects with a clear error (refused, unreachable, timed out). */
  connect(timeoutMs: number): Promise<void>;
  /** Sends one frame; throws if the link is not up. `header` is read during the call only (callers reuse it). */
  send(header: RawHeader, payload?: Uint8Array): void;
  /** K3: move the ping/<sid> subscription. K2: no-op. */
  setSessionId(sessionId: number): void;
  /**
   * Starts hearing one notification topic (docs/protocol.md, "Notifications"): K3 subscribes
   * `[ns/]notif/<serviceId>/<functionId>` and resolves once the broker granted it; K2 resolves at
   * once (the robot pushes on the same stream). Its frames arrive as `frame` events.
   */
  subscribeNotifications(serviceId: number, functionId: number): Promise<void>;
  /** Stops hearing that topic (K3 unsubscribes; K2 nothing). Never throws. */
  unsubscribeNotifications(serviceId: number, functionId: number): void;
  /** Ends the link gracefully, then forcibly after `timeoutMs`. Never rejects. Emits no `down`. */
  close(timeoutMs?: number): Promise<void>;
}
