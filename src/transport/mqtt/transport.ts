/**
 * Kortex 3 (Link 6) transport: MQTT v5 to the broker on the robot, port 1883 (docs/protocol.md, "Kortex 3: MQTT v5 on port 1883").
 *
 * - connect with an empty client id and clean start; the broker assigns the id (CONNACK property
 *   Assigned Client Identifier) and we subscribe to `res/<clientId>`;
 * - a REQUEST frame is published on `[ns/]req/<serviceId>/<functionId>` at QoS 0 with the MQTT5
 *   Response Topic `res/<clientId>` and Correlation Data = the 16-bit message id, big-endian;
 * - the robot's PING on `ping/<sessionId>` is answered on `pong/<sessionId>` with the same frame,
 *   frame type PONG and our session id (byte for byte what the vendor's client sends, docs/protocol.md, "Captured bytes");
 * - notification topics `[ns/]notif/<svc>/<fn>` on request, each frame checked (notificationTopics.ts, inbound.ts);
 * - `sessions/status` and `sessions/killed` ride with the response topic, passed on undecoded as
 *   `sessionBroadcast` events, bounded and coalesced (broadcasts.ts);
 * - CONNECT (connectOptions.ts): Maximum Packet Size, no automatic reconnect (the session client
 *   owns it); with `tls` MQTT over TLS (port 8883), with `broker` the broker's own login; a failed
 *   TLS handshake or a refused broker login is a LinkRefusedError;
 * - MQTT.js keeps the MQTT session; the PUBLISH packets both ways are the link's own
 *   (linkStream.ts, publishPacket.ts).
 *
 * This module loads MQTT.js; src/transport/index.ts requires it lazily so the K2 path never does.
 */
import { EventEmitter } from 'node:events';
import type { IConnackPacket, MqttClient } from 'mqtt';
import { FrameType, RawHeader } from '../../protocol/header';
import { MQTT_TLS_PORT, ROBOT_PORTS } from '../../protocol/ports';
import { SESSION_KILLED_TOPIC, SESSION_STATUS_TOPIC } from '../../protocol/session/sessionStatus';
import { SessionBroadcastGate } from './broadcasts';
import { endMqttClient } from './end';
import { MqttErrorContext, describeMqttError, refusedTopics } from './errors';
import { IsAliveWaiters } from './isAlive';
import { readInboundFrame } from './inbound';
import { linkClient } from './linkStream';
import { NotificationTopics } from './notificationTopics';
import { LinkPackets } from './publishPacket';
import { readPing } from './pong';
import { k3Topics, validateNamespace } from './topics';
import type { BrokerCredentials, MqttTlsOptions, Transport, TransportEventMap } from '../types';

/** paho's default, which the vendor's Python client uses (docs/protocol.md, "Kortex 3: MQTT v5 on port 1883"). */
const DEFAULT_MQTT_KEEPALIVE_SECONDS = 60;
/** K3PY `IsAlive` default wait. */
const DEFAULT_IS_ALIVE_TIMEOUT_MS = 1000;

/**
 * The robot's session status broadcasts (docs/session-status.md). No namespace: they come from the
 * robot's one Session service, like `ping/` and `res/`, not from a namespaced service instance.
 */
const SESSION_BROADCAST_TOPICS = [SESSION_STATUS_TOPIC, SESSION_KILLED_TOPIC] as const;

export interface MqttTransportOptions {
  host: string;
  /** Default 1883, 8883 with `tls`. */
  port?: number;
  /** Prefixes `req/`, `dev/` and `notif/` topics (`<ns>/req/...`) and suffixes `services/ping|pong/<svc>/<ns>`. */
  namespace?: string;
  /** MQTT keep-alive in seconds. Default 60. */
  keepaliveSeconds?: number;
  /** MQTT over TLS. */
  tls?: MqttTlsOptions;
  /** The broker's own login (not the robot account). */
  broker?: BrokerCredentials;
}

export class MqttTransport extends EventEmitter<TransportEventMap> implements Transport {
  readonly kind = 'mqtt' as const;
  readonly endpoint: string;
  readonly host: string;
  readonly port: number;
  readonly namespace: string | undefined;
  private client: MqttClient | undefined;
  /** True between a completed connect() (CONNACK + SUBACK) and the link's end. */
  // Stryker disable next-line BooleanLiteral: equivalent, connect() sets it before there is a client to be connected
  private ready = false;
  private assignedId = '';
  /** `res/<clientId>` and the link's PUBLISH packets, from the CONNACK on (topic strings built once per link). */
  private responseTopicName = k3Topics.response('');
  private packets: LinkPackets | undefined;
  private currentSessionId = 0;
  /** `ping/<sessionId>` of the current session; undefined while there is none. */
  private pingTopic: string | undefined;
  private lastError: Error | undefined;
  private readonly keepaliveSeconds: number;
  private readonly tls: MqttTlsOptions | undefined;
  private readonly broker: BrokerCredentials | undefined;
  private readonly notificationTopics: NotificationTopics;
  private readonly aliveWaiters = new IsAliveWaiters(() => (this.connected ? this.client : undefined));
  private readonly broadcasts = new SessionBroadcastGate(
    (topic, payload) => this.emit('sessionBroadcast', topic, payload),
    (err) => this.emit('problem', err),
  );

  constructor(options: MqttTransportOptions) {
    super();
    this.host = options.host;
    this.tls = options.tls;
    this.broker = options.broker;
    this.port = options.port ?? (options.tls ? MQTT_TLS_PORT : ROBOT_PORTS.mqtt);
    this.namespace = validateNamespace(options.namespace);
    this.keepaliveSeconds = options.keepaliveSeconds ?? DEFAULT_MQTT_KEEPALIVE_SECONDS;
    // Same form as the TCP transport and KortexSessionClient.robot.
    this.endpoint = `${this.host}:${this.port}${this.namespace ? `/${this.namespace}` : ''}`;
    this.notificationTopics = new NotificationTopics(this.endpoint, this.namespace);
  }

  get connected(): boolean {
    return this.ready && this.client !== undefined && this.client.connected;
  }

  /** The broker-assigned client id ('' before connect). */
  get clientId(): string {
    return this.assignedId;
  }

  /** `res/<clientId>`: where the robot publishes our responses. */
  get responseTopic(): string {
    return this.responseTopicName;
  }

  get sessionId(): number {
    return this.currentSessionId;
  }

  connect(timeoutMs: number): Promise<void> {
    if (this.client) return Promise.reject(new Error(`already connected to ${this.endpoint}`));
    this.ready = false;
    this.lastError = undefined;
    this.assignedId = '';
    this.responseTopicName = k3Topics.response('');
    this.packets = undefined;
    this.currentSessionId = 0;
    this.pingTopic = undefined;
    this.notificationTopics.clear();
    // Stryker disable next-line CallExpression: equivalent, close(), lost() and a failed connect stopped it already
    this.broadcasts.stop();
    // Set once the promise below exists: the stream may report an error before it is settled.
    let onLinkError: (err: Error) => void = () => undefined;
    let client: MqttClient;
    try {
      client = linkClient(
        { host: this.host, port: this.port, tls: this.tls, broker: this.broker, keepaliveSeconds: this.keepaliveSeconds, timeoutMs },
        { onPublish: (topic, payload) => this.onMessage(client, topic, payload), onError: (err) => onLinkError(err) },
      );
    } catch (err) {
      // node:tls throws at once on a key or certificate it cannot read.
      return Promise.reject(describeMqttError(err as Error, this.endpoint, this.describeContext()));
    }
    this.client = client;
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(
        () => fail(new Error(`connecting to the MQTT broker at ${this.endpoint} timed out after ${timeoutMs} ms`)),
        timeoutMs,
      );
      const fail = (err: Error): void => {
        if (settled) return;
        // Stryker disable next-line BooleanLiteral: equivalent, a second fail() finds everything done
        settled = true;
        clearTimeout(timer);
        if (this.client === client) this.client = undefined;
        this.broadcasts.stop();
        client.end(true);
        reject(err);
      };
      onLinkError = (err) => {
        const described = describeMqttError(err, this.endpoint, this.describeContext());
        if (!settled) fail(described);
        else this.lastError = described;
      };
      client.on('error', onLinkError);
      client.on('close', () => {
        if (!settled) fail(this.lastError ?? new Error(`connection to the MQTT broker at ${this.endpoint} closed while connecting`));
        else this.lost(client);
      });
      client.on('disconnect', (packet) => {
        const reason = packet.properties?.reasonString ?? `reason code ${packet.reasonCode ?? 0}`;
        this.lastError = new Error(`the MQTT broker at ${this.endpoint} disconnected us (${reason})`);
      });
      client.on('message', (topic, payload) => this.onMessage(client, topic, payload));
      client.once('connect', (connack: IConnackPacket) => {
        const assigned = connack.properties?.assignedClientIdentifier;
        if (!assigned) {
          fail(new Error(`the broker at ${this.endpoint} assigned no client identifier: Kortex 3 needs an MQTT v5 broker`));
          return;
        }
        this.assignedId = assigned;
        this.responseTopicName = k3Topics.response(assigned);
        this.packets = new LinkPackets(this.namespace, this.responseTopicName);
        // The session status broadcasts ride in the same SUBSCRIBE: no extra round trip, and they are
        // heard from before our own CreateSession. A broker that refuses them costs only the push.
        const topics = [this.responseTopic, ...SESSION_BROADCAST_TOPICS];
        // Stryker disable next-line ObjectLiteral: equivalent, MQTT.js subscribes at QoS 0 by default
        client.subscribe(topics, { qos: 0 }, (err, _granted, subAck) => {
          // Stryker disable next-line ConditionalExpression: equivalent, fail() ended the client, whose callbacks then carry an error
          if (settled) return;
          const codes = subAck?.granted;
          // Stryker disable BlockStatement,StringLiteral: equivalent, MQTT.js reports a lost link by 'close' first
          if (err && !codes) {
            fail(new Error(`could not subscribe to ${this.responseTopic} on ${this.endpoint}: ${err.message}`));
            return;
          }
          // Stryker restore BlockStatement,StringLiteral
          const refused = refusedTopics(topics, codes);
          if (refused.includes(this.responseTopic)) {
            fail(new Error(`the broker at ${this.endpoint} refused the subscription to ${this.responseTopic}`));
            return;
          }
          if (refused.length > 0)
            this.emit(
              'problem',
              new Error(
                `the broker at ${this.endpoint} refused the subscription to ${refused.join(' and ')}: session lists come by polling only`,
              ),
            );
          settled = true;
          clearTimeout(timer);
          this.ready = true;
          resolve();
        });
      });
    });
  }

  /**
   * Publishes a REQUEST frame on `[ns/]req/<svc>/<fn>` with Response Topic and Correlation Data:
   * one packet encoded by the link (publishPacket.ts), written straight to MQTT.js's socket, which
   * keeps the order of everything written to it. A failed write ends the link ('down').
   */
  send(header: RawHeader, payload?: Uint8Array): void {
    const client = this.client;
    const packets = this.packets;
    if (!client || !packets || !this.connected) throw new Error(`not connected to ${this.endpoint}`);
    const frameType = (header.frameInfo >>> 24) & 0xf;
    if (frameType !== FrameType.Request) {
      throw new Error(`the MQTT transport sends REQUEST frames only (got frame type ${frameType})`);
    }
    client.stream.write(packets.request(header, payload));
  }

  setSessionId(sessionId: number): void {
    const previous = this.currentSessionId;
    if (sessionId === previous) return;
    this.currentSessionId = sessionId;
    this.pingTopic = sessionId !== 0 ? k3Topics.ping(sessionId) : undefined;
    const client = this.client;
    if (!client || !this.connected) return;
    if (previous !== 0) {
      const topic = k3Topics.ping(previous);
      // No callback: MQTT.js fails an UNSUBSCRIBE only when the connection closed first, which ends
      // the broker's session and its subscriptions too (clean start, no session expiry).
      client.unsubscribe(topic);
    }
    if (sessionId !== 0) this.subscribe(client, k3Topics.ping(sessionId));
  }

  subscribeNotifications(serviceId: number, functionId: number): Promise<void> {
    const client = this.client;
    if (!client || !this.connected) return Promise.reject(new Error(`not connected to ${this.endpoint}`));
    return this.notificationTopics.subscribe(client, serviceId, functionId);
  }

  unsubscribeNotifications(serviceId: number, functionId: number): void {
    this.notificationTopics.unsubscribe(this.connected ? this.client : undefined, serviceId, functionId);
  }

  /**
   * `IsAlive` (docs/protocol.md, "Kortex 3: MQTT v5 on port 1883"): an empty message on `services/ping/<svc>[/<ns>]`; true when anything
   * arrives on `services/pong/<svc>[/<ns>]` within `timeoutMs`. False when not connected.
   */
  isAlive(serviceId = 1, timeoutMs = DEFAULT_IS_ALIVE_TIMEOUT_MS): Promise<boolean> {
    const client = this.client;
    if (!client || !this.connected) return Promise.resolve(false);
    return this.aliveWaiters.ask(client, serviceId, this.namespace, timeoutMs);
  }

  close(timeoutMs = 1000): Promise<void> {
    const client = this.client;
    this.client = undefined;
    // Stryker disable next-line BooleanLiteral: equivalent, without a client the link is not connected
    this.ready = false;
    this.aliveWaiters.failAll();
    this.broadcasts.stop();
    if (!client) return Promise.resolve();
    return endMqttClient(client, timeoutMs);
  }

  /* ---------------- internals ---------------- */

  private describeContext(): MqttErrorContext {
    return { tls: this.tls !== undefined, port: this.port, servername: this.tls?.servername ?? this.host };
  }

  private subscribe(client: MqttClient, topic: string): void {
    // A refusal in the SUBACK is an error too (errors.ts, refusedTopics).
    // Stryker disable next-line ObjectLiteral: equivalent, MQTT.js's defaults are QoS 0 and no retain: the same bytes
    client.subscribe(topic, { qos: 0 }, (err) => {
      if (err) this.emit('problem', new Error(`could not subscribe to ${topic} on ${this.endpoint}: ${err.message}`));
    });
  }

  private onMessage(client: MqttClient, topic: string, payload: Buffer): void {
    if (client !== this.client) return;
    if (topic === this.responseTopicName) {
      this.emitFrame(topic, payload);
    } else if (topic.startsWith('ping/')) {
      // A ping for a session we left (the unsubscribe may still be on its way) gets no answer.
      if (topic === this.pingTopic) this.onPing(client, topic, payload);
    } else if (topic === SESSION_STATUS_TOPIC || topic === SESSION_KILLED_TOPIC) {
      this.broadcasts.offer(topic, payload, this.endpoint);
    } else {
      const uid = this.notificationTopics.uidOf(topic);
      if (uid !== undefined) this.emitFrame(topic, payload, uid);
      else this.aliveWaiters.answer(topic);
    }
  }

  /** `notificationUid`: the message came on that notification topic (inbound.ts). */
  private emitFrame(topic: string, payload: Buffer, notificationUid?: number): void {
    const inbound = readInboundFrame(topic, payload, this.endpoint, notificationUid);
    if ('frame' in inbound) this.emit('frame', inbound.frame);
    else if ('oversize' in inbound) this.emit('oversize', inbound.oversize, inbound.length, inbound.limit);
    else this.emit('problem', inbound.problem);
  }

  private onPing(client: MqttClient, topic: string, payload: Buffer): void {
    const sessionId = this.currentSessionId;
    const ping = readPing(topic, payload, this.endpoint);
    if (ping instanceof Error) {
      this.emit('problem', ping);
      return;
    }
    client.stream.write((this.packets as LinkPackets).pong(ping, sessionId));
    this.emit('ping', sessionId);
  }

  private lost(client: MqttClient): void {
    if (this.client !== client) return; // closed by us, or replaced
    this.client = undefined;
    // Stryker disable next-line BooleanLiteral: equivalent, without a client the link is not connected
    this.ready = false;
    this.aliveWaiters.failAll();
    this.broadcasts.stop();
    // Stryker disable next-line BooleanLiteral,CallExpression: equivalent, the connection is closed already: MQTT.js's own 'close' stopped its keep-alive, and it never reconnects
    client.end(true);
    // Once per link, and never after close(): both forgot the client.
    this.emit('down', this.lastError ?? new Error(`connection to the MQTT broker at ${this.endpoint} was lost`));
  }
}
