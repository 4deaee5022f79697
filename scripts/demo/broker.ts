/**
 * A private mosquitto for the demo's "Publish session events to MQTT" example, when one is
 * installed. It is started through `setpriv --pdeathsig` where available, so it ends with the demo
 * even when the demo itself is killed (SIGKILL leaves no chance to stop it).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { envPort, freePort, portFree, waitForListener } from './ports';

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

/** Starts mosquitto on MQTT_PORT (default 1883, any free port when taken); undefined when not installed. */
export async function startBroker(userDir: string, host: string): Promise<DemoBroker | undefined> {
  const binary = findExecutable('mosquitto');
  if (!binary) return undefined;
  // The examples' broker is localhost:1883; use that port when it is free, any free one otherwise.
  const wanted = envPort('MQTT_PORT', 1883);
  const port = wanted !== 0 && (await portFree(wanted, host)) ? wanted : await freePort(host);
  const conf = path.join(userDir, 'mosquitto.conf');
  fs.writeFileSync(conf, `# written by the demo (npm start)\nlistener ${port} ${host}\nallow_anonymous true\npersistence false\n`);
  const setpriv = process.platform === 'linux' ? findExecutable('setpriv') : undefined;
  const child = setpriv
    ? spawn(setpriv, ['--pdeathsig', 'TERM', '--', binary, '-c', conf], { stdio: 'ignore' })
    : spawn(binary, ['-c', conf], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ok = await waitForListener(host, port, 3000, () => child.exitCode !== null || child.signalCode !== null);
  if (!ok) {
    child.kill('SIGKILL');
    await exited;
    return undefined;
  }
  return {
    host,
    port,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
      await exited;
      clearTimeout(timer);
    },
  };
}
