/** Ending an MQTT.js client within a bound; shared by the transport and the simulated robot. */
import type { MqttClient } from 'mqtt';

/** Ends an MQTT.js client gracefully, forced after `timeoutMs`; never rejects. */
export function endMqttClient(client: MqttClient, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    let done = false;
    let backstop: NodeJS.Timeout | undefined;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(force);
      if (backstop) clearTimeout(backstop);
      resolve();
    };
    const force = setTimeout(
      () => {
        // end(true) after end(false) is a no-op in MQTT.js: destroy the stream instead.
        client.stream?.destroy();
        backstop = setTimeout(finish, 100);
      },
      Math.max(0, timeoutMs),
    );
    try {
      client.end(false, {}, () => finish());
    } catch {
      client.stream?.destroy();
      finish();
    }
  });
}
