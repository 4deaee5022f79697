/**
 * One MQTT v5 peer speaking Kortex 3 by hand, with frames built from src/protocol (not our session
 * client), for the simulator's tests on a real mosquitto.
 */
import assert from 'node:assert/strict';
import { connect } from 'mqtt';
import type { MqttClient } from 'mqtt';
import { encodeRequestFrame, decodeFrame } from '../../src/protocol/frame';
import { HeaderFields, unpackHeader } from '../../src/protocol/header';
import type { NotificationHandleJson, NotificationOptionsJson, RpcDescriptor } from '../../src/protocol/rpc';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import type { MosquittoBroker } from '../../scripts/lib/mosquitto';
import { sleep } from '../helpers/wait';

export interface Received {
  topic: string;
  fields: HeaderFields;
  payload: Buffer;
}

/** One MQTT v5 peer speaking Kortex 3 by hand. */
export class RawK3Peer {
  readonly inbox: Received[] = [];
  sessionId = 0;
  private messageId = 1;

  private constructor(
    readonly client: MqttClient,
    readonly clientId: string,
    readonly namespace: string,
  ) {
    client.on('message', (topic, payload) => {
      try {
        const frame = decodeFrame(payload);
        this.inbox.push({ topic, fields: unpackHeader(frame.header), payload: frame.payload });
      } catch {
        this.inbox.push({ topic, fields: unpackHeader({ frameInfo: 0, messageInfo: 0, serviceInfo: 0, payloadInfo: 0 }), payload });
      }
    });
  }

  static async connect(broker: MosquittoBroker, namespace: string): Promise<RawK3Peer> {
    const client = connect({
      host: broker.host,
      port: broker.port,
      protocolVersion: 5,
      clientId: '',
      clean: true,
      reconnectPeriod: 0,
      connectTimeout: 3000,
    });
    client.on('error', () => undefined);
    const clientId = await new Promise<string>((resolve, reject) => {
      client.once('connect', (connack) => resolve(connack.properties?.assignedClientIdentifier ?? ''));
      client.once('close', () => reject(new Error('raw MQTT peer could not connect')));
    });
    const peer = new RawK3Peer(client, clientId, namespace);
    await peer.subscribe(`res/${clientId}`);
    return peer;
  }

  subscribe(topic: string): Promise<void> {
    return new Promise((resolve, reject) => this.client.subscribe(topic, { qos: 0 }, (err) => (err ? reject(err) : resolve())));
  }

  publish(topic: string, payload: Buffer): Promise<void> {
    return new Promise((resolve, reject) => this.client.publish(topic, payload, { qos: 0 }, (err) => (err ? reject(err) : resolve())));
  }

  /** One request on `<ns>/req/<svc>/<fn>`; resolves with its reply, or null after `timeoutMs`. */
  async request(serviceId: number, functionId: number, payload?: Uint8Array, timeoutMs = 2000): Promise<Received | null> {
    const messageId = this.messageId++;
    const frame = encodeRequestFrame({ sessionId: this.sessionId, messageId, serviceId, functionId, payload });
    const correlationData = Buffer.from([messageId >> 8, messageId & 0xff]);
    await new Promise<void>((resolve, reject) =>
      this.client.publish(
        `${this.namespace}/req/${serviceId}/${functionId}`,
        frame,
        { qos: 0, properties: { responseTopic: `res/${this.clientId}`, correlationData } },
        (err) => (err ? reject(err) : resolve()),
      ),
    );
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const reply = this.inbox.find((m) => m.topic === `res/${this.clientId}` && m.fields.messageId === messageId);
      if (reply) {
        if (reply.fields.errorCode === 0) this.sessionId = reply.fields.sessionId;
        return reply;
      }
      await sleep(5);
    }
    return null;
  }

  async call(serviceId: number, functionId: number, payload?: Uint8Array): Promise<Received> {
    const r = await this.request(serviceId, functionId, payload);
    if (!r) throw new Error(`no reply to service ${serviceId} function ${functionId}`);
    return r;
  }

  async login(user = 'admin'): Promise<void> {
    const r = await this.call(
      1,
      1,
      SessionRpcs.createSession.encodeRequest({
        username: user,
        password: user,
        sessionInactivityTimeout: 10000,
        connectionInactivityTimeout: 2000,
      }),
    );
    assert.equal(r.fields.errorCode, 0);
  }

  /** Subscribes the session to a topic (and MQTT-subscribes its broadcast); returns the handle. */
  async subscribeTopic(rpc: RpcDescriptor<NotificationOptionsJson, NotificationHandleJson>): Promise<number> {
    await this.subscribe(this.notifTopic(rpc.serviceId, rpc.functionId));
    const r = await this.call(rpc.serviceId, rpc.functionId, rpc.encodeRequest({ type: 'NOTIFICATION_TYPE_EVENT' }));
    assert.equal(r.fields.errorCode, 0);
    return rpc.decodeResponse(r.payload).identifier;
  }

  notifTopic(serviceId: number, functionId: number): string {
    return `${this.namespace}/notif/${serviceId}/${functionId}`;
  }

  on(topic: string): Received[] {
    return this.inbox.filter((m) => m.topic === topic);
  }

  end(): Promise<void> {
    return new Promise((resolve) => this.client.end(true, {}, () => resolve()));
  }
}
