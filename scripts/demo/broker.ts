/**
 * A private mosquitto for the demo's "Publish session events to MQTT" example, when one is
 * installed: the shared launcher (scripts/lib/mosquitto.ts), which ends the broker with the demo
 * however the demo ends, on MQTT_PORT (default 1883, the examples' port; any free port when taken).
 */
import fs from 'node:fs';
import path from 'node:path';
import { startMosquitto } from '../lib/mosquitto';
import { ROBOT_PORTS } from '../../src/protocol/ports';
import { freePort } from '../../src/util/freePort';
import { envPort, portFree } from './ports';

export interface DemoBroker {
  host: string;
  port: number;
  stop(): Promise<void>;
}

function findExecutable(name: string): string | undefined {
  for (const dir of [...(process.env.PATH || '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin', '/usr/bin']) {
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // keep looking
    }
  }
  return undefined;
}

/** Starts the broker; undefined when mosquitto is not installed or does not start (the demo runs without it). */
export async function startBroker(host: string): Promise<DemoBroker | undefined> {
  const binary = process.env.MOSQUITTO_BIN ?? findExecutable('mosquitto');
  if (!binary) return undefined;
  const wanted = envPort('MQTT_PORT', ROBOT_PORTS.mqtt);
  const port = wanted !== 0 && (await portFree(wanted, host)) ? wanted : await freePort(host);
  try {
    const broker = await startMosquitto({ port, binary });
    return { host, port, stop: () => broker.dispose() };
  } catch {
    return undefined;
  }
}
