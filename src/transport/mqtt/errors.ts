/** What a user reads when the MQTT link fails: MQTT.js and socket errors in the package's words. */
import { ROBOT_PORTS } from '../../protocol/ports';
import { describeSocketError } from '../tcp';

export function describeMqttError(err: Error, endpoint: string): Error {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') {
    const out = new Error(`${endpoint}: connection refused (no MQTT broker there: a Kortex 3 robot runs an MQTT v5 broker on port ${ROBOT_PORTS.mqtt})`);
    (out as NodeJS.ErrnoException).code = code;
    return out;
  }
  if (typeof code === 'string') return describeSocketError(err, endpoint);
  if (/^Connection refused/.test(err.message)) return new Error(`${endpoint}: the MQTT broker refused the connection (${err.message.replace(/^Connection refused: /, '')})`);
  return new Error(`${endpoint}: ${err.message}`);
}
