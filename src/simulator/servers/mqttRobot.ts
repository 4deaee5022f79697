/**
 * The simulated Link 6's services on an MQTT v5 broker (docs/protocol.md, "Kortex 3: MQTT v5 on port 1883"): the robot side of the
 * Kortex 3 transport. It connects to a broker as one more MQTT client, exactly like the real
 * robot's services do, and serves the shared SessionModel:
 *
 * - requests arrive on `[ns/]req/<svc>/<fn>`; each distinct requester (its Response Topic, i.e. its
 *   client id) is one model connection (mqttRequesters.ts);
 * - the reply goes to the request's Response Topic, QoS 0, echoing its Correlation Data;
 * - IsAlive: anything on `services/ping/<svc>[/ns]` is answered on `services/pong/<svc>[/ns]`, for
 *   every served service;
 * - a notification is one NOTIFICATION frame on `[ns/]notif/<svc>/<fn>`, QoS 0, session and message
 *   id 0, while any session subscribes to that topic (docs/protocol.md, "Notifications");
 * - every `pingIntervalMs` each open session gets a PING frame on `ping/<sid>`; PONGs come back on
 *   `pong/<sid>` and count as activity (mqttPing.ts);
 * - every change of the session list is broadcast on `sessions/status`, every session the robot
 *   ends on `sessions/killed` (statusBroadcaster.ts).
 * - CONNECT advertises Maximum Packet Size MQTT_MAX_PACKET_BYTES, like the client's transport
 *   (mqttRobotBroker.ts: broker address, CONNECT options, topics).
 *
 * Vanished clients. A broker tells no client when another one disconnects, so the robot cannot
 * see an MQTT peer leave. It relies on PONG loss instead: a session whose PONGs (and requests)
 * stop for its session_inactivity_timeout is closed by the model (or after `pongTimeoutMs`, when
 * set), and its requester is then forgotten. A requester without a session cannot be pinged; it is
 * listed as an unauthenticated connection until it has been silent for `requesterIdleTimeoutMs`.
 */
import { EventEmitter } from 'node:events';
import { connect as mqttConnect } from 'mqtt';
import type { IPublishPacket, MqttClient } from 'mqtt';
import { Frame, decodeFrame, encodeFrame } from '../../protocol/frame';
import { ROBOT_PORTS } from '../../protocol/ports';
import { endMqttClient } from '../../transport/mqtt/end';
import { describeMqttError } from '../../transport/mqtt/errors';
import { LinkRefusedError } from '../../transport/types';
import { k3Topics, validateNamespace } from '../../transport/mqtt/topics';
import type { TimerHandle } from '../../util/clock';
import type { SessionModel } from '../robot/model';
import type { SessionSnapshot } from '../robot/modelTypes';
import type { NotificationDelivery } from '../robot/notifications';
import { notificationFrame } from '../robot/responses';
import { SIMULATED_SERVICES } from '../services/registry';
import { MqttRequesters } from './mqttRequesters';
import { PONG_TOPIC_PREFIX, decodePong, encodePing, pongTopicSessionId } from './mqttPing';
import { parseBrokerUrl } from '../../transport/brokerAccess';
import { RobotServiceTopics, robotClientOptions, robotServiceTopics } from './mqttRobotBroker';
import { startStatusBroadcasts } from '../services/session/statusBroadcaster';
import type { MqttRobot, MqttRobotEvents, MqttRobotOptions } from './mqttRobotTypes';

const DEFAULT_PING_INTERVAL_MS = 1000;
const DEFAULT_REQUESTER_IDLE_MS = 60_000;
const PONG_FALLBACK_INTERVALS = 5;

class MqttRobotClient extends EventEmitter<MqttRobotEvents> implements MqttRobot {
  readonly endpoint: string;
  readonly port: number;
  readonly namespace: string | undefined;
  readonly clientId: string;
  private readonly requesters: MqttRequesters;
  private readonly pingIntervalMs: number;
  private readonly pongTimeoutMs: number | undefined;
  private readonly requesterIdleTimeoutMs: number;
  private readonly topics: RobotServiceTopics;
  private client: MqttClient | undefined;
  private pingTimer: TimerHandle | undefined;
  private pingCounter = 0;
  private closePromise: Promise<void> | undefined;
  private stopStatusBroadcasts: () => void = () => undefined;
  private readonly onSessionClosed = (session: SessionSnapshot, reason: string): void => this.sessionClosed(session, reason);
  private readonly onNotification = (delivery: NotificationDelivery): void => this.publishNotification(delivery);

  constructor(
    private readonly model: SessionModel,
    private readonly brokerUrl: URL,
    options: MqttRobotOptions,
  ) {
    super();
    this.namespace = validateNamespace(options.namespace);
    this.port = Number(brokerUrl.port || ROBOT_PORTS.mqtt);
    this.endpoint = `${brokerUrl.protocol}//${brokerUrl.hostname}:${this.port}${this.namespace ? `/${this.namespace}` : ''}`;
    this.clientId = options.clientId ?? `kortex-sim-session-${Math.random().toString(16).slice(2, 10)}`;
    this.pingIntervalMs = positive(options.pingIntervalMs ?? DEFAULT_PING_INTERVAL_MS, 'pingIntervalMs');
    this.pongTimeoutMs = options.pongTimeoutMs === undefined ? undefined : positive(options.pongTimeoutMs, 'pongTimeoutMs');
    this.requesterIdleTimeoutMs = positive(options.requesterIdleTimeoutMs ?? DEFAULT_REQUESTER_IDLE_MS, 'requesterIdleTimeoutMs');
    this.topics = robotServiceTopics(
      this.namespace,
      SIMULATED_SERVICES.map((s) => s.serviceId),
      model.servedServiceIds,
    );
    this.requesters = new MqttRequesters(
      model,
      (clientId) => this.emit('requester', clientId),
      (clientId, reason) => this.emit('requester-gone', clientId, reason),
    );
  }

  get requesterCount(): number {
    return this.requesters.size;
  }

  get brokerConnected(): boolean {
    return this.client?.connected === true;
  }

  /** Connects, subscribes, starts pinging. Rejects if the broker is not there within the timeout. */
  start(options: MqttRobotOptions): Promise<void> {
    const connectTimeoutMs = options.connectTimeoutMs ?? 5000;
    const client = mqttConnect(
      this.brokerUrl.toString(),
      robotClientOptions(this.clientId, connectTimeoutMs, options.reconnectPeriodMs ?? 500, options.brokerAccess),
    );
    this.client = client;
    this.model.on('session-closed', this.onSessionClosed);
    this.model.on('notification', this.onNotification);
    this.stopStatusBroadcasts = startStatusBroadcasts(
      this.model,
      (topic, payload) => {
        if (this.client === client && client.connected)
          client.publish(topic, payload, { qos: 0, retain: false }, (err) => this.publishFailed(topic, err));
      },
      options.statusBroadcasts,
    );
    client.on('error', (err) => this.emit('problem', new Error(`${this.endpoint}: ${err.message}`)));
    client.on('offline', () => this.emit('broker', 'offline'));
    client.on('message', (topic, payload, packet) => this.onMessage(client, topic, payload, packet));
    this.pingTimer = this.model.clock.setInterval(() => this.tick(), this.pingIntervalMs);
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(
        () => fail(new Error(`the simulated robot could not reach the MQTT broker at ${this.endpoint} within ${connectTimeoutMs} ms`)),
        connectTimeoutMs,
      );
      const fail = (err: Error): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void this.close().then(() => reject(err));
      };
      // TLS and the broker's login do not fix themselves: fail the start now, in their own words.
      client.on('error', (err) => {
        const described = describeMqttError(err, this.endpoint, {
          tls: this.brokerUrl.protocol === 'mqtts:',
          port: this.port,
          servername: options.brokerAccess?.tls?.servername ?? this.brokerUrl.hostname,
        });
        if (described instanceof LinkRefusedError) fail(new Error(`the simulated robot could not join the broker: ${described.message}`));
      });
      client.on('connect', () => {
        client.subscribe(
          [...this.topics.requests, ...this.topics.pongTopicFor.keys(), `${PONG_TOPIC_PREFIX}+`],
          { qos: 0 },
          (err, granted) => {
            if (err || granted?.some((g) => g.qos === 128)) {
              const problem = new Error(`the broker at ${this.endpoint} refused the robot's subscriptions${err ? `: ${err.message}` : ''}`);
              if (!settled) fail(problem);
              else this.emit('problem', problem);
              return;
            }
            this.emit('broker', 'connected');
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            resolve();
          },
        );
      });
    });
  }

  dropConnections(): void {
    for (const r of this.requesters.all()) this.requesters.forget(r, 'dropped');
  }

  close(): Promise<void> {
    if (!this.closePromise) {
      if (this.pingTimer) this.model.clock.clearInterval(this.pingTimer);
      this.pingTimer = undefined;
      this.stopStatusBroadcasts();
      for (const r of this.requesters.all()) this.requesters.forget(r, 'closed');
      this.model.off('session-closed', this.onSessionClosed);
      this.model.off('notification', this.onNotification);
      const client = this.client;
      this.client = undefined;
      this.closePromise = client ? endMqttClient(client, 1000) : Promise.resolve();
    }
    return this.closePromise;
  }

  /* ---------------- messages ---------------- */

  private onMessage(client: MqttClient, topic: string, payload: Buffer, packet: IPublishPacket): void {
    if (client !== this.client) return;
    const pongTopic = this.topics.pongTopicFor.get(topic);
    if (pongTopic) {
      client.publish(pongTopic, Buffer.alloc(0), { qos: 0, retain: false }, (err) => this.publishFailed(pongTopic, err));
    } else if (topic.startsWith(PONG_TOPIC_PREFIX)) {
      this.onPong(topic, payload);
    } else {
      this.onRequest(client, topic, payload, packet);
    }
  }

  private onRequest(client: MqttClient, topic: string, payload: Buffer, packet: IPublishPacket): void {
    const responseTopic = packet.properties?.responseTopic;
    if (!responseTopic) {
      this.emit('problem', new Error(`request on ${topic} has no Response Topic; it cannot be answered`));
      return;
    }
    let frame: Frame;
    try {
      frame = decodeFrame(payload);
    } catch (err) {
      this.emit('problem', new Error(`undecodable frame on ${topic} from ${responseTopic}: ${(err as Error).message}`));
      return;
    }
    const requester = this.requesters.forResponseTopic(responseTopic);
    requester.lastHeardAt = this.model.clock.now();
    const response = this.model.handleRequest(requester.conn, frame);
    if (!response) return;
    const correlationData = packet.properties?.correlationData;
    client.publish(
      responseTopic,
      encodeFrame(response.header, response.payload),
      {
        qos: 0,
        retain: false,
        properties: correlationData ? { correlationData } : undefined,
      },
      (err) => this.publishFailed(responseTopic, err),
    );
  }

  private onPong(topic: string, payload: Buffer): void {
    const sessionId = pongTopicSessionId(topic);
    const requester = this.requesters.withSession(sessionId);
    if (!requester) return; // a late PONG for a session that is already gone
    let frame: Frame;
    try {
      frame = decodePong(topic, sessionId, payload);
    } catch (err) {
      this.emit('problem', err as Error);
      return;
    }
    requester.lastHeardAt = this.model.clock.now();
    this.model.handleRequest(requester.conn, frame); // PONG: activity only, no reply
  }

  /** The model expired a session: over MQTT that means its PONGs stopped, so the client is gone. */
  private sessionClosed(session: SessionSnapshot, reason: string): void {
    if (reason !== 'expired') return;
    const requester = this.requesters.withConnection(session.connectionId);
    if (requester) this.requesters.forget(requester, 'pong-timeout');
  }

  /** One broadcast per notification, whoever subscribed: the subscribers' MQTT subscriptions do the rest. */
  private publishNotification(delivery: NotificationDelivery): void {
    const client = this.client;
    if (!client?.connected) return;
    const topic = k3Topics.notification(this.namespace, delivery.serviceId, delivery.functionId);
    const frame = notificationFrame(delivery.serviceId, delivery.functionId, 0, 0, delivery.payload);
    client.publish(topic, encodeFrame(frame.header, frame.payload), { qos: 0, retain: false }, (err) => this.publishFailed(topic, err));
  }

  /* ---------------- PING ---------------- */

  private tick(): void {
    const now = this.model.clock.now();
    const client = this.client;
    for (const r of this.requesters.all()) {
      const sessionId = r.conn.sessionId;
      if (sessionId === 0) {
        if (now - r.lastHeardAt >= this.requesterIdleTimeoutMs) this.requesters.forget(r, 'idle');
        continue;
      }
      const limit = this.pongLimit(sessionId);
      if (limit !== undefined && now - r.lastHeardAt >= limit) {
        this.requesters.forget(r, 'pong-timeout');
        continue;
      }
      if (client?.connected) this.sendPing(client, sessionId);
    }
  }

  /** Our own PONG deadline; undefined when the model's session_inactivity_timeout already covers it. */
  private pongLimit(sessionId: number): number | undefined {
    if (this.pongTimeoutMs !== undefined) return this.pongTimeoutMs;
    const session = this.model.sessions().find((s) => s.sessionId === sessionId);
    if (session && session.sessionInactivityTimeout > 0) return undefined;
    return PONG_FALLBACK_INTERVALS * this.pingIntervalMs;
  }

  private sendPing(client: MqttClient, sessionId: number): void {
    this.pingCounter = this.pingCounter >= 0xffff ? 1 : this.pingCounter + 1;
    const topic = `ping/${sessionId}`;
    client.publish(topic, encodePing(sessionId, this.pingCounter), { qos: 0, retain: false }, (err) => this.publishFailed(topic, err));
  }

  private publishFailed(topic: string, err: Error | undefined): void {
    if (err) this.emit('problem', new Error(`publishing on ${topic} failed: ${err.message}`));
  }
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number of ms, got ${value}`);
  return value;
}

/** Connects the simulated robot's Session service to an MQTT v5 broker and serves `model` there. */
export async function startMqttRobot(options: MqttRobotOptions): Promise<MqttRobot> {
  if (options.model.generation !== 'k3') {
    throw new Error('the MQTT transport is Kortex 3 only: start the simulator with generation k3');
  }
  const robot = new MqttRobotClient(options.model, parseBrokerUrl(options.broker), options);
  await robot.start(options);
  return robot;
}
