/**
 * A private mosquitto for the demo's "Publish session events to MQTT" example, when one is
 * installed. It is started through `setpriv --pdeathsig` where available (and kept as the demo's
 * user, so the kernel keeps that setting), so it ends with the demo even when the demo itself is
 * killed (SIGKILL leaves no chance to stop it).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
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
  // `user`: mosquitto started as root otherwise switches to its own user, and a change of user
  // clears the parent-death signal that setpriv armed; as the demo's own user it keeps it.
  const user = os.userInfo().username;
  fs.writeFileSync(conf, `# written by the demo (npm start)\nlistener ${port} ${host}\nallow_anonymous true\npersistence false\nuser ${user}\n`);
  const setpriv = process.platform === 'linux' ? findExecutable('setpriv') : undefined;
  const child = setpriv
    ? spawn(setpriv, ['--pdeathsig', 'TERM', '--', binary, '-c', conf], { stdio: 'ignore' })
    : spawn(binary, ['-c', conf], { stdio: 'ignore' });
  // Whatever way the demo exits (a signal during start-up, the forced exit), the broker goes with it;
  // --pdeathsig alone can miss a demo that exits before setpriv has armed it.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      process.off('exit', killOnExit);
      resolve();
    }),
  );
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
