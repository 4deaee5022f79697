/** Ending an MQTT.js client within a bound; shared by the transport and the simulated robot. */
import type { MqttClient } from 'mqtt';

/** Ends an MQTT.js client gracefully, forced after `timeoutMs`; never rejects. */
export function endMqttClient(client: MqttClient, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    let done = false;
    let backstop: NodeJS.Timeout | undefined;
    const finish = (): void => {
      if (done) return;
      // Stryker disable next-line BooleanLiteral: equivalent, a second finish() resolves a settled promise and clears cleared timers
      done = true;
      clearTimeout(force);
      if (backstop) clearTimeout(backstop);
      resolve();
    };
    const force = setTimeout(
      () => {
        // end(true) after end(false) is a no-op in MQTT.js: destroy the stream instead.
        // Stryker disable next-line OptionalChaining: equivalent, an MqttClient has its stream from construction
        client.stream?.destroy();
        backstop = setTimeout(finish, 100);
      },
      Math.max(0, timeoutMs),
    );
    try {
      client.end(false, {}, () => finish());
      // Stryker disable BlockStatement,OptionalChaining,CallExpression: equivalent, defensive: MQTT.js's end() does not throw
    } catch {
      client.stream?.destroy();
      finish();
    }
    // Stryker restore BlockStatement,OptionalChaining,CallExpression
  });
}
