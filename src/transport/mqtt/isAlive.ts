/**
 * Kortex 3 `IsAlive` (docs/protocol.md, "Kortex 3: MQTT v5 on port 1883"): an empty message on `services/ping/<svc>[/<ns>]`; the service is
 * alive when anything arrives on `services/pong/<svc>[/<ns>]` in time. Waiters share one
 * subscription per pong topic, which lives exactly as long as a waiter does.
 */
import type { MqttClient } from 'mqtt';
import { k3Topics } from './topics';

interface AliveWaiter {
  resolve: (alive: boolean) => void;
  timer: NodeJS.Timeout;
}

export class IsAliveWaiters {
  private readonly waitersByTopic = new Map<string, Set<AliveWaiter>>();

  /** `client()` is the live client (undefined once the link is gone). */
  constructor(private readonly client: () => MqttClient | undefined) {}

  ask(client: MqttClient, serviceId: number, namespace: string | undefined, timeoutMs: number): Promise<boolean> {
    const pongTopic = k3Topics.servicePong(serviceId, namespace);
    const pingTopic = k3Topics.servicePing(serviceId, namespace);
    return new Promise<boolean>((resolve) => {
      let waiters = this.waitersByTopic.get(pongTopic);
      const first = !waiters;
      if (!waiters) {
        waiters = new Set();
        this.waitersByTopic.set(pongTopic, waiters);
      }
      const waiter: AliveWaiter = {
        resolve,
        timer: setTimeout(() => this.settle(pongTopic, waiter, false), timeoutMs),
      };
      waiters.add(waiter);
      const ping = (): void => {
        // Stryker disable next-line OptionalChaining: equivalent, `waiters` is set above
        if (this.client() !== client || !waiters?.has(waiter)) return;
        // Stryker disable next-line ObjectLiteral,BlockStatement: equivalent, MQTT.js's defaults are QoS 0 and no retain; for the callback see below
        client.publish(pingTopic, Buffer.alloc(0), { qos: 0, retain: false }, (err) => {
          // MQTT.js fails a QoS 0 publish only on a client disconnected or disconnecting, which the link
          // has dropped by then (checked above) or whose waiters failAll() has answered.
          // Stryker disable next-line BooleanLiteral: equivalent, see above
          if (err) this.settle(pongTopic, waiter, false);
        });
      };
      if (!first) {
        ping();
        return;
      }
      // Publish only once the broker confirmed the subscription, or the answer could be missed.
      // Stryker disable next-line ObjectLiteral: equivalent, MQTT.js's defaults are QoS 0 and no retain: the same bytes
      client.subscribe(pongTopic, { qos: 0 }, (err) => {
        if (err) {
          for (const w of [...(waiters ?? [])]) this.settle(pongTopic, w, false);
          return;
        }
        ping();
      });
    });
  }

  /** A message arrived on `topic`: the waiters on it, if any, are answered. */
  answer(topic: string): void {
    const waiters = this.waitersByTopic.get(topic);
    if (waiters) for (const w of [...waiters]) this.settle(topic, w, true);
  }

  /** The link is gone or closing: every waiter gets false. */
  failAll(): void {
    for (const [topic, waiters] of [...this.waitersByTopic]) {
      for (const w of [...waiters]) this.settle(topic, w, false);
    }
  }

  private settle(topic: string, waiter: AliveWaiter, alive: boolean): void {
    const waiters = this.waitersByTopic.get(topic);
    if (!waiters || !waiters.delete(waiter)) return;
    clearTimeout(waiter.timer);
    if (waiters.size === 0) {
      this.waitersByTopic.delete(topic);
      const client = this.client();
      if (client?.connected) client.unsubscribe(topic, () => undefined);
    }
    waiter.resolve(alive);
  }
}
