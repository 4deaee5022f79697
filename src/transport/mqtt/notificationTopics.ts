/**
 * The notification topics one Kortex 3 link hears (docs/protocol.md, "Notifications"):
 * `[ns/]notif/<svc>/<fn>`, subscribed on request, each with the function uid its frames must name.
 */
import type { MqttClient } from 'mqtt';
import { functionUid } from '../../protocol/header';
import { k3Topics } from './topics';

export class NotificationTopics {
  private readonly uids = new Map<string, number>();

  constructor(
    private readonly endpoint: string,
    private readonly namespace: string | undefined,
  ) {}

  /** The function uid a frame on `topic` must name; undefined when the topic is not ours. */
  uidOf(topic: string): number | undefined {
    return this.uids.get(topic);
  }

  /** A new link: no topic is heard. */
  clear(): void {
    this.uids.clear();
  }

  /** Resolves once the broker granted the topic; rejects (and forgets it) when refused. */
  subscribe(client: MqttClient, serviceId: number, functionId: number): Promise<void> {
    const topic = k3Topics.notification(this.namespace, serviceId, functionId);
    this.uids.set(topic, functionUid(serviceId, functionId));
    return new Promise<void>((resolve, reject) => {
      // MQTT.js reports a refusal in the SUBACK as an error (errors.ts, refusedTopics).
      // Stryker disable next-line ObjectLiteral: equivalent, MQTT.js's defaults are QoS 0 and no retain: the same bytes
      client.subscribe(topic, { qos: 0 }, (err) => {
        if (err) {
          this.uids.delete(topic);
          reject(new Error(`the broker at ${this.endpoint} refused the subscription to ${topic}: ${err.message}`));
          return;
        }
        resolve();
      });
    });
  }

  /** Stops hearing the topic at once; unsubscribes on the broker while `client` is connected. */
  unsubscribe(client: MqttClient | undefined, serviceId: number, functionId: number): void {
    const topic = k3Topics.notification(this.namespace, serviceId, functionId);
    if (!this.uids.delete(topic) || !client) return;
    // No callback: as the ping topic's (transport.ts, setSessionId), an UNSUBSCRIBE fails only with its connection.
    client.unsubscribe(topic);
  }
}
