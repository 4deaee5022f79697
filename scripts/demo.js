#!/usr/bin/env node
/**
 * The one-command demo (`npm start`, which builds first): a simulated Kinova Link 6 (Kortex 3
 * session model) served over TCP, and Node-RED 4 with this package and every example flow
 * deployed against it, editor on http://127.0.0.1:1880.
 *
 *   npm start                       start (redeploys the example flows; the previous flows are kept
 *                                   in .demo/flows.previous.json)
 *   npm start -- --keep             start with the flows you left in .demo/ last time
 *
 * Environment: PORT (editor port, default 1880), SIM_PORT (simulator port, default 10000), MQTT_PORT
 * (demo broker, default 1883; used only when mosquitto is installed), each 0 for any free port and
 * falling back to a free port when taken; DEMO_DIR (Node-RED user directory, default .demo);
 * DEMO_QUIET=1 (only Node-RED warnings and errors).
 * Ctrl-C or SIGTERM stops Node-RED, closes the robot sessions and the simulator, and exits 0.
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const pkg = require(path.join(root, 'package.json'));

/** Credentials of the simulator's default users (design §4); the demo's config nodes log in with these. */
const SIM_PASSWORDS = { admin: 'admin', operator: 'operator', system: 'system' };
/** Temporary roles are granted on presentation of the matching user's password. */
const ROLE_PASSWORDS = { Admin: 'admin', System: 'system' };
const CREDENTIAL_SECRET = 'kortex-demo-not-a-secret';

/* ---------------- flows ---------------- */

/** Stable new id for an example node, so that re-running the demo gives the same ids. */
function newId(file, id) {
  return crypto.createHash('sha256').update(`${file}\0${id}`).digest('hex').slice(0, 16);
}

/** Replaces every string that is an old id anywhere inside `value` (wires, z, config references, scopes…). */
function remap(value, ids) {
  if (typeof value === 'string') return ids.has(value) ? ids.get(value) : value;
  if (Array.isArray(value)) return value.map((v) => remap(v, ids));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = remap(v, ids);
    return out;
  }
  return value;
}

function titleOf(file) {
  const base = path.basename(file, '.json').replace(/^\d+[-_]/, '');
  return base.replace(/[-_]+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}

/**
 * Merges every examples/flows/*.json into one flow set, each example on its own tab, every
 * kortex-session pointed at the simulator, plus the credentials to deploy with it.
 * @returns {{flows: object[], credentials: Record<string, object>, tabs: string[]}}
 */
function buildDemoFlows({ examplesDir = path.join(root, 'examples', 'flows'), host = '127.0.0.1', port = 10000, mqttBroker } = {}) {
  const files = fs.existsSync(examplesDir)
    ? fs.readdirSync(examplesDir).filter((f) => f.endsWith('.json')).sort()
    : [];
  const flows = [];
  const credentials = {};
  const tabs = [];
  for (const file of files) {
    const nodes = JSON.parse(fs.readFileSync(path.join(examplesDir, file), 'utf8'));
    if (!Array.isArray(nodes)) continue;
    const ids = new Map(nodes.map((n) => [n.id, newId(file, n.id)]));
    const mapped = nodes.map((n) => remap(n, ids));
    let tab = mapped.find((n) => n.type === 'tab');
    if (!tab) {
      tab = { id: newId(file, 'tab'), type: 'tab', label: titleOf(file), disabled: false, info: '' };
      for (const n of mapped) {
        // Nodes on the canvas (they have coordinates) go on the new tab; config nodes stay global.
        if (n.z === undefined && typeof n.x === 'number') n.z = tab.id;
        else if (n.z === '') n.z = tab.id;
      }
      mapped.unshift(tab);
    }
    tabs.push(tab.label || titleOf(file));
    for (const n of mapped) {
      if (n.type === 'kortex-session') {
        n.host = host;
        n.port = port;
        n.transport = 'tcp';
        if (n.namespace !== undefined) n.namespace = '';
        const user = typeof n.username === 'string' && n.username ? n.username : 'admin';
        n.username = user;
        credentials[n.id] = { password: SIM_PASSWORDS[user] ?? user };
      } else if (n.type === 'kortex-add-temporary-role' && n.action !== 'remove') {
        const role = typeof n.role === 'string' && n.role ? n.role : 'Admin';
        credentials[n.id] = { rolePassword: ROLE_PASSWORDS[role] ?? role.toLowerCase() };
      } else if (n.type === 'mqtt-broker' && mqttBroker) {
        n.broker = mqttBroker.host;
        n.port = String(mqttBroker.port);
      }
      flows.push(n);
    }
  }
  return { flows, credentials, tabs };
}

/* ---------------- ports ---------------- */

function portFree(port, host) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

function freePort(host) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen({ port: 0, host }, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function envPort(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number (0-65535), got "${raw}"`);
  return n;
}

/* ---------------- MQTT broker for the "publish to MQTT" example ---------------- */

function findMosquitto() {
  for (const dir of [...(process.env.PATH || '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin']) {
    const file = path.join(dir, 'mosquitto');
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // keep looking
    }
  }
  return undefined;
}

/** Starts a private mosquitto on a free local port when one is installed; resolves undefined otherwise. */
async function startBroker(userDir, host) {
  const binary = findMosquitto();
  if (!binary) return undefined;
  // The examples' broker is localhost:1883; use that port when it is free, any free one otherwise.
  const wanted = envPort('MQTT_PORT', 1883);
  const port = wanted !== 0 && (await portFree(wanted, host)) ? wanted : await freePort(host);
  const conf = path.join(userDir, 'mosquitto.conf');
  fs.writeFileSync(conf, `# written by scripts/demo.js\nlistener ${port} ${host}\nallow_anonymous true\npersistence false\n`);
  const { spawn } = require('node:child_process');
  const child = spawn(binary, ['-c', conf], { stdio: 'ignore' });
  const ok = await new Promise((resolve) => {
    const deadline = Date.now() + 3000;
    child.once('exit', () => resolve(false));
    const tryConnect = () => {
      const socket = net.connect({ host, port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline || child.exitCode !== null) resolve(false);
        else setTimeout(tryConnect, 100);
      });
    };
    tryConnect();
  });
  if (!ok) {
    child.kill('SIGKILL');
    return undefined;
  }
  return {
    host,
    port,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/* ---------------- user directory ---------------- */

function settingsSource({ uiPort }) {
  return `// Node-RED settings for the @kortex-flows/node-red-kortex demo (written by scripts/demo.js;
// rewritten on every \`npm start\`). You can also run this directory with a plain Node-RED:
//   npx node-red -u .demo
module.exports = {
    uiHost: '127.0.0.1',
    uiPort: process.env.PORT || ${uiPort},
    flowFile: 'flows.json',
    flowFilePretty: true,
    // A fixed, public secret: demo credentials are the simulator's well-known passwords.
    credentialSecret: ${JSON.stringify(CREDENTIAL_SECRET)},
    httpAdminRoot: '/',
    httpNodeRoot: '/api',
    // No adminAuth: the editor is only reachable from this machine (uiHost 127.0.0.1).
    diagnostics: { enabled: false, ui: false },
    telemetry: { enabled: false },
    externalModules: { palette: { allowInstall: false } },
    editorTheme: {
        projects: { enabled: false },
        tours: false,
        palette: { catalogues: [] },
    },
    logging: { console: { level: process.env.DEMO_QUIET ? 'warn' : 'info', metrics: false, audit: false } },
    functionGlobalContext: {},
};
`;
}

/** Creates the user dir with settings.js and this package linked into its node_modules. */
function prepareUserDir(userDir, { uiPort }) {
  fs.mkdirSync(path.join(userDir, 'node_modules', '@kortex-flows'), { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.js'), settingsSource({ uiPort }));
  const link = path.join(userDir, 'node_modules', ...pkg.name.split('/'));
  let current;
  try {
    current = fs.readlinkSync(link);
  } catch {
    current = undefined;
  }
  if (current === undefined || path.resolve(path.dirname(link), current) !== root) {
    fs.rmSync(link, { recursive: true, force: true });
    fs.symlinkSync(path.relative(path.dirname(link), root) || '.', link, 'dir');
  }
  const userPkg = path.join(userDir, 'package.json');
  if (!fs.existsSync(userPkg)) {
    fs.writeFileSync(userPkg, `${JSON.stringify({ name: 'node-red-kortex-demo', description: 'Node-RED user directory of the demo', version: '0.0.0', private: true, dependencies: { [pkg.name]: `file:${path.relative(userDir, root)}` } }, null, 2)}\n`);
  }
}

/* ---------------- main ---------------- */

function log(line) {
  process.stdout.write(`${line}\n`);
}

/** What has been started, stopped in reverse order by shutdown(). */
const cleanups = [];
let shuttingDown;

/** Stops everything that was started (Node-RED, robot sessions, simulator, broker, HTTP server) and exits. */
function shutdown(reason, exitCode = 0) {
  if (shuttingDown) return shuttingDown;
  if (reason) log(`\n${reason}: stopping the demo...`);
  const force = setTimeout(() => {
    log('! clean stop took too long; exiting anyway.');
    process.exit(exitCode || 1);
  }, 10_000);
  force.unref();
  shuttingDown = (async () => {
    for (const [name, fn] of cleanups.reverse()) {
      try {
        await fn();
      } catch (err) {
        log(`! stopping ${name}: ${err && err.message ? err.message : err}`);
      }
    }
    clearTimeout(force);
    log('stopped.');
    process.exit(exitCode);
  })();
  return shuttingDown;
}

async function main() {
  const keep = process.argv.includes('--keep');
  const host = '127.0.0.1';
  const userDir = path.resolve(root, process.env.DEMO_DIR || '.demo');
  for (const f of Object.values(pkg['node-red'].nodes)) {
    if (!fs.existsSync(path.join(root, f))) throw new Error(`${f} is missing: run "npm run build" (npm start does it for you)`);
  }
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  // 1. the simulated robot
  const { startSimulator } = require(path.join(root, 'dist/src/simulator'));
  const wantedSimPort = envPort('SIM_PORT', 10000);
  let simulator;
  try {
    simulator = await startSimulator({ generation: 'k3', transport: 'tcp', host, port: wantedSimPort });
  } catch (err) {
    if (err.code !== 'EADDRINUSE' && !/EADDRINUSE|in use/i.test(err.message)) throw err;
    simulator = await startSimulator({ generation: 'k3', transport: 'tcp', host, port: 0 });
    log(`! port ${wantedSimPort} is taken (a robot bridge or another simulator?); the simulator uses port ${simulator.port} instead.`);
  }
  cleanups.push(['the simulator', () => simulator.close()]);
  const simPort = simulator.port;

  // 2. the user directory, and a broker for the MQTT example when mosquitto is installed
  const wantedUiPort = envPort('PORT', 1880);
  let uiPort = wantedUiPort;
  if (uiPort === 0 || !(await portFree(uiPort, host))) {
    uiPort = await freePort(host);
    if (wantedUiPort !== 0) log(`! port ${wantedUiPort} is taken (another Node-RED?); the editor uses port ${uiPort} instead.`);
  }
  prepareUserDir(userDir, { uiPort });
  const broker = await startBroker(userDir, host);
  if (broker) cleanups.push(['the MQTT broker', () => broker.stop()]);
  if (!keep) {
    const flowFile = path.join(userDir, 'flows.json');
    if (fs.existsSync(flowFile)) fs.copyFileSync(flowFile, path.join(userDir, 'flows.previous.json'));
    for (const f of ['flows.json', 'flows_cred.json', '.flows.json.backup', '.flows_cred.json.backup']) fs.rmSync(path.join(userDir, f), { force: true });
  }

  // 3. Node-RED, embedded in this process
  const nodeRedDir = path.dirname(require.resolve('node-red/package.json', { paths: [root] }));
  const RED = require(path.join(nodeRedDir, 'lib', 'red.js'));
  const express = require(require.resolve('express', { paths: [nodeRedDir] }));
  const settingsFile = path.join(userDir, 'settings.js');
  const settings = require(settingsFile);
  delete require.cache[require.resolve(settingsFile)];
  Object.assign(settings, { userDir, uiPort, SKIP_BUILD_CHECK: true });

  const app = express();
  const server = http.createServer(app);
  RED.init(server, settings);
  app.use(settings.httpAdminRoot, RED.httpAdmin);
  app.use(settings.httpNodeRoot, RED.httpNode);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(uiPort, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  cleanups.push(['the HTTP server', () => new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections?.();
  })]);
  cleanups.push(['Node-RED', async () => {
    await RED.stop();
    // Sessions of stopped nodes may be waiting out the pool's redeploy grace period: end them now.
    await require(path.join(root, 'dist/src/client')).sharedPool.closeAll();
  }]);
  await RED.start();

  // 4. the example flows, deployed through the admin API with their credentials
  let tabs;
  if (!keep || !fs.existsSync(path.join(userDir, 'flows.json'))) {
    const demo = buildDemoFlows({ host, port: simPort, mqttBroker: broker && { host: broker.host, port: broker.port } });
    tabs = demo.tabs;
    const flows = demo.flows.map((n) => (demo.credentials[n.id] ? { ...n, credentials: demo.credentials[n.id] } : n));
    const started = new Promise((resolve) => {
      const timer = setTimeout(resolve, 5000);
      RED.events.once('flows:started', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    const res = await fetch(`http://${host}:${uiPort}/flows`, {
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
  log(`  Editor:     http://${host}:${uiPort}   <- open this in a browser`);
  log(`  Robot:      simulated Link 6 (Kortex 3 session model) on tcp://${host}:${simPort}`);
  log('              users admin/admin, operator/operator, system/system');
  log(`  MQTT:       ${broker ? `mosquitto on ${broker.host}:${broker.port} (used by "Publish session events to MQTT")` : 'no mosquitto installed: "Publish session events to MQTT" needs a broker on localhost:1883'}`);
  log(`  Flows:      ${tabs === undefined ? 'kept from last time (--keep)' : tabs.length ? tabs.join('\n              ') : 'none (examples/flows is empty)'}`);
  log(`  User dir:   ${shownDir && !shownDir.startsWith('..') ? shownDir : userDir}`);
  log('  Open a tab, click the button of an inject node and watch the debug sidebar (bug icon).');
  log('  Ctrl-C stops everything.');
  log('');
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`demo failed: ${err && err.stack ? err.stack : err}\n`);
    void shutdown('', 1);
  });
}

module.exports = { buildDemoFlows, settingsSource, prepareUserDir, SIM_PASSWORDS, ROLE_PASSWORDS, CREDENTIAL_SECRET };
