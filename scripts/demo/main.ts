/**
 * The one-command demo (`npm start`, which builds first): a simulated Kinova Link 6 (Kortex 3
 * session model) served over TCP, a simulated Gen3 (Kortex 2) with stored actions, and Node-RED with this package and every example flow deployed
 * against it, editor on http://127.0.0.1:1880. Node-RED is 5.0 on Node 22 or newer, the
 * repository's 4.1 on Node 20 (see ./nodeRed.ts).
 *
 *   npm start                       start (redeploys the example flows; the previous flows are kept
 *                                   in .demo/flows.previous.json)
 *   npm start -- --keep             start with the flows you left in .demo/ last time
 *
 * Environment: PORT (editor port, default 1880), SIM_PORT (simulator port, default 10000), GEN3_PORT
 * (the Gen3 simulator for the jobs example, default 10001), MQTT_PORT
 * (demo broker, default 1883; used only when mosquitto is installed), PLC_PORT (the Modbus TCP PLC
 * stand-in, default 5020), each 0 for any free port and
 * falling back to a free port when taken; DEMO_DIR (Node-RED user directory, default .demo);
 * DEMO_QUIET=1 (only Node-RED warnings and errors); KORTEX_NODE_RED_DIR (a node-red package folder
 * to run instead).
 * SIGINT, SIGTERM, SIGHUP, or the end of the parent process (a process manager that killed npm)
 * stops Node-RED, closes the robot sessions, the simulator, the broker and the PLC stand-in, and exits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sharedPool } from '../../src/client/session/pool';
import { ROBOT_PORTS } from '../../src/protocol/ports';
import { startSimulator } from '../../src/simulator';
import type { RunningSimulator } from '../../src/simulator';
import { startBroker } from './broker';
import { startDemoPlc } from './plc';
import { buildDemoFlows } from './flows';
import { repoRoot } from '../compat/runtimes';
import { chooseNodeRed, startEmbedded } from './nodeRed';
import { freePort } from '../../src/util/freePort';
import { envPort, portFree } from './ports';
import { prepareUserDir } from './userDir';

const root = repoRoot;
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  'node-red': { nodes: Record<string, string> };
};
const HOST = '127.0.0.1';
/** How often the demo checks that the process that started it is still there. */
const PARENT_CHECK_MS = 250;
/** After this, a stop that hangs gives way to an exit: a process manager waits for us. */
const FORCED_EXIT_MS = 4000;

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** What has been started, stopped in reverse order by shutdown(). */
const cleanups: Array<[string, () => Promise<void>]> = [];
let shuttingDown: Promise<void> | undefined;

/** Stops everything that was started (Node-RED, robot sessions, simulator, broker) and exits. */
function shutdown(reason: string, exitCode = 0): Promise<void> {
  if (shuttingDown) return shuttingDown;
  if (reason) log(`\n${reason}: stopping the demo...`);
  const force = setTimeout(() => {
    log('! clean stop took too long; exiting anyway.');
    process.exit(exitCode || 1);
  }, FORCED_EXIT_MS);
  force.unref();
  shuttingDown = (async () => {
    for (const [name, stop] of cleanups.reverse()) {
      try {
        await stop();
      } catch (err) {
        log(`! stopping ${name}: ${(err as Error).message ?? String(err)}`);
      }
    }
    clearTimeout(force);
    log('stopped.');
    process.exit(exitCode);
  })();
  return shuttingDown;
}

/** Ends the demo with its parent: npm killed by a process manager must not leave us running. */
function watchParent(): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      void shutdown('the parent process ended');
    }
  }, PARENT_CHECK_MS);
  timer.unref();
}

/**
 * One simulated robot on `envName`'s port (default `defaultPort`), or any free port when that one is
 * taken. `generation`: the Link 6's session model (k3) for the Session examples, a Gen3 (k2) with
 * stored actions for the jobs example, whose nodes reach a robot over TCP as a Kortex 2 one.
 */
async function startRobot(envName: string, defaultPort: number, generation: 'k2' | 'k3'): Promise<RunningSimulator> {
  const wanted = envPort(envName, defaultPort);
  try {
    return await startSimulator({ generation, transport: 'tcp', host: HOST, port: wanted });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code !== 'EADDRINUSE' && !/EADDRINUSE|in use/i.test(e.message)) throw err;
    const simulator = await startSimulator({ generation, transport: 'tcp', host: HOST, port: 0 });
    log(`! port ${wanted} is taken (a robot bridge or another simulator?); the simulator uses port ${simulator.port} instead.`);
    return simulator;
  }
}

async function main(): Promise<void> {
  const keep = process.argv.includes('--keep');
  const userDir = path.resolve(root, process.env.DEMO_DIR || '.demo');
  for (const f of Object.values(pkg['node-red'].nodes)) {
    if (!fs.existsSync(path.join(root, f))) throw new Error(`${f} is missing: run "npm run build" (npm start does it for you)`);
  }
  // `on`, not `once`: Ctrl-C reaches the demo twice (from the terminal and forwarded by npm), and a
  // second signal must not kill it halfway through the clean stop.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));
  watchParent();

  const nodeRed = await chooseNodeRed(log);

  // 1. the simulated robot
  const simulator = await startRobot('SIM_PORT', ROBOT_PORTS.tcp, 'k3');
  cleanups.push(['the simulator', () => simulator.close()]);
  const simPort = simulator.port;
  const gen3 = await startRobot('GEN3_PORT', ROBOT_PORTS.tcp + 1, 'k2');
  cleanups.push(['the Gen3 simulator', () => gen3.close()]);
  const gen3Port = gen3.port;
  if (simPort === undefined || gen3Port === undefined) throw new Error('the TCP simulator reports no port');

  // 2. the user directory, and a broker for the MQTT example when mosquitto is installed
  const wantedUiPort = envPort('PORT', 1880);
  let uiPort = wantedUiPort;
  const uiPortPicked = uiPort === 0 || !(await portFree(uiPort, HOST));
  if (uiPortPicked) {
    uiPort = await freePort(HOST);
    if (wantedUiPort !== 0) log(`! port ${wantedUiPort} is taken (another Node-RED?); the editor uses port ${uiPort} instead.`);
  }
  prepareUserDir(userDir, { uiPort, packageRoot: root, packageName: pkg.name });
  const broker = await startBroker(HOST);
  if (broker) cleanups.push(['the MQTT broker', () => broker.stop()]);
  const plc = await startDemoPlc(HOST);
  if ('close' in plc) cleanups.push(['the PLC stand-in', () => plc.close()]);
  if (!keep) {
    const flowFile = path.join(userDir, 'flows.json');
    if (fs.existsSync(flowFile)) fs.copyFileSync(flowFile, path.join(userDir, 'flows.previous.json'));
    for (const f of ['flows.json', 'flows_cred.json', '.flows.json.backup', '.flows_cred.json.backup'])
      fs.rmSync(path.join(userDir, f), { force: true });
  }

  // 3. Node-RED, embedded in this process
  const settingsFile = path.join(userDir, 'settings.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const settings = { ...(require(settingsFile) as Record<string, unknown>), userDir, uiPort, SKIP_BUILD_CHECK: true };
  delete require.cache[require.resolve(settingsFile)];
  const embedded = await startEmbedded(nodeRed.dir, settings, HOST, uiPort, uiPortPicked);
  uiPort = embedded.port;
  cleanups.push([
    'Node-RED',
    async () => {
      await embedded.close();
      // Sessions of stopped nodes may be waiting out the pool's redeploy grace period: end them now.
      await sharedPool.closeAll();
    },
  ]);

  // 4. the example flows, deployed through the admin API with their credentials
  let tabs: string[] | undefined;
  if (!keep || !fs.existsSync(path.join(userDir, 'flows.json'))) {
    const demo = buildDemoFlows({
      examplesDir: path.join(root, 'examples', 'flows'),
      host: HOST,
      port: simPort,
      gen3Port,
      mqttBroker: broker && { host: broker.host, port: broker.port },
      plc: 'port' in plc ? { host: plc.host, port: plc.port } : undefined,
    });
    tabs = demo.tabs;
    const flows = demo.flows.map((n) => (demo.credentials[n.id] ? { ...n, credentials: demo.credentials[n.id] } : n));
    const started = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 5000);
      embedded.red.events.once('flows:started', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    const res = await fetch(`http://${HOST}:${uiPort}/flows`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Node-RED-API-Version': 'v1', 'Node-RED-Deployment-Type': 'full' },
      body: JSON.stringify(flows),
    });
    if (!res.ok) throw new Error(`deploying the example flows failed: HTTP ${res.status} ${await res.text()}`);
    await started;
  }

  const shownDir = path.relative(process.cwd(), userDir);
  log('');
  log('  Kinova Kortex demo is running');
  log(`  Editor:     http://${HOST}:${uiPort}   <- open this in a browser`);
  log(`  Node-RED:   ${nodeRed.version} on Node ${process.versions.node} (from ${nodeRed.source})`);
  log(`  Robot:      simulated Link 6 (Kortex 3 session model) on tcp://${HOST}:${simPort}`);
  log(`  Gen3:       simulated Gen3 (Kortex 2) with stored actions on tcp://${HOST}:${gen3Port} (used by the two jobs examples)`);
  log('              users admin/admin, operator/operator, system/system');
  log(
    `  MQTT:       ${broker ? `mosquitto on ${broker.host}:${broker.port} (used by "Publish session events to MQTT")` : `no mosquitto installed: "Publish session events to MQTT" needs a broker on localhost:${ROBOT_PORTS.mqtt}`}`,
  );
  log(
    `  PLC:        ${'port' in plc ? `Modbus TCP stand-in on ${plc.host}:${plc.port} (coils 0-1, holding registers 0-4, 10-17, 20-23: docs/plc.md)` : `no PLC stand-in (${plc.unavailable})`}`,
  );
  log(
    `  Flows:      ${tabs === undefined ? 'kept from last time (--keep)' : tabs.length ? tabs.join('\n              ') : 'none (examples/flows is empty)'}`,
  );
  log(`  User dir:   ${shownDir && !shownDir.startsWith('..') ? shownDir : userDir}`);
  log('  Open a tab, click the button of an inject node and watch the debug sidebar (bug icon).');
  log('  Ctrl-C stops everything.');
  log('');
}

main().catch((err: unknown) => {
  process.stderr.write(`demo failed: ${err instanceof Error && err.stack ? err.stack : String(err)}\n`);
  void shutdown('', 1);
});
