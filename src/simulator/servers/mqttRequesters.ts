/**
 * The simulated Kortex 3 robot's MQTT peers (src/simulator/servers/mqttRobot.ts): each distinct requester,
 * known by its Response Topic (i.e. its client id), is one model connection (information = client
 * id, type MQTT_TCP). A broker never says when a client leaves, so a requester is attached on its
 * first request and detached only when the robot decides it is gone.
 */
import type { SessionModel } from '../robot/model';
import type { SimConnection } from '../robot/simConnection';

export type RequesterGoneReason = 'pong-timeout' | 'idle' | 'dropped' | 'closed';

export interface Requester {
  clientId: string;
  responseTopic: string;
  conn: SimConnection;
  lastHeardAt: number;
}

export class MqttRequesters {
  private readonly byResponseTopic = new Map<string, Requester>();

  constructor(
    private readonly model: SessionModel,
    private readonly onAttached: (clientId: string) => void,
    private readonly onGone: (clientId: string, reason: RequesterGoneReason) => void,
  ) {}

  get size(): number {
    return this.byResponseTopic.size;
  }

  /** A copy, so callers may forget requesters while they walk it. */
  all(): Requester[] {
    return [...this.byResponseTopic.values()];
  }

  /** The requester answering on `responseTopic`, attached to the model on first sight. */
  forResponseTopic(responseTopic: string): Requester {
    let requester = this.byResponseTopic.get(responseTopic);
    if (!requester) {
      const clientId = responseTopic.startsWith('res/') ? responseTopic.slice('res/'.length) : responseTopic;
      const conn = this.model.attach({ information: clientId, connectionType: 1 /* CONNECTION_TYPE_MQTT_TCP */ });
      requester = { clientId, responseTopic, conn, lastHeardAt: this.model.clock.now() };
      this.byResponseTopic.set(responseTopic, requester);
      this.onAttached(clientId);
    }
    return requester;
  }

  withSession(sessionId: number): Requester | undefined {
    if (!Number.isInteger(sessionId) || sessionId === 0) return undefined;
    for (const r of this.byResponseTopic.values()) if (r.conn.sessionId === sessionId) return r;
    return undefined;
  }

  withConnection(connectionId: number): Requester | undefined {
    for (const r of this.byResponseTopic.values()) if (r.conn.id === connectionId) return r;
    return undefined;
  }

  forget(requester: Requester, reason: RequesterGoneReason): void {
    if (this.byResponseTopic.get(requester.responseTopic) !== requester) return;
    this.byResponseTopic.delete(requester.responseTopic);
    this.model.detach(requester.conn); // its session ends with it
    this.onGone(requester.clientId, reason);
  }
}
