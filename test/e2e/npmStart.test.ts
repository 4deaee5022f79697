/**
 * `npm start` under a process manager: docker stop, systemd and CI runners signal the npm process
 * only, not its process group. SIGTERM or SIGINT to npm, or npm killed outright, must stop the demo,
 * its simulator and its broker within 5 s: every port freed, no process of the tree left, and the
 * demo's own clean stop reported. Ctrl-C in a terminal (the whole group) too.
 * Runs `npm start --ignore-scripts` (the build is pretest's) on free ports in a temp user directory.
 */
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { freePort } from '../helpers/ports';
import { DEMO_MAIN, makeTempDir, removeDir, repoRoot } from './nodeRed';

const STOP_WITHIN_MS = 5000;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Pids of every living descendant of `pid` (from /proc; zombies count as gone). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    if (!stat || stat.state === 'Z') continue;
    children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function procStat(pid: number): { state: string; ppid: number; name: string } | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (name) state ppid …": the name may hold spaces and parentheses.
    const close = text.lastIndexOf(')');
    const [state, ppid] = text.slice(close + 2).split(' ');
    return { state, ppid: Number(ppid), name: text.slice(text.indexOf('(') + 1, close) };
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  const stat = procStat(pid);
  return stat !== undefined && stat.state !== 'Z';
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

describe('npm start under a process manager (signals to the npm process only)', function () {
  this.timeout(90_000);

  let userDir: string | undefined;
  let npmChild: ChildProcess | undefined;
  let tree: number[] = [];

  before(function () {
    if (process.platform !== 'linux') this.skip();
    assert.ok(fs.existsSync(DEMO_MAIN), `${DEMO_MAIN} is missing: run "npm run build" first`);
  });

  afterEach(function () {
    // Whatever a failed case left behind: npm leads its own process group (detached).
    if (npmChild?.pid) {
      try {
        process.kill(-npmChild.pid, 'SIGKILL');
      } catch {
        // the group is gone
      }
    }
    for (const pid of tree) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
    npmChild = undefined;
    tree = [];
    removeDir(userDir);
    userDir = undefined;
  });

  /** Starts `npm start` and resolves once the demo printed its banner and all its ports answer. */
  async function startNpm(): Promise<{ child: ChildProcess; ports: Record<string, number>; output(): string }> {
    userDir = makeTempDir('kortex-npm-start-');
    const [ui, sim, mqtt, gen3] = await distinctFreePorts(4);
    const ports = { editor: ui, simulator: sim, broker: mqtt, 'Gen3 simulator': gen3 };
    const child = spawn(npm, ['start', '--ignore-scripts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        DEMO_DIR: userDir,
        DEMO_QUIET: '1',
        PORT: String(ui),
        SIM_PORT: String(sim),
        GEN3_PORT: String(gen3),
        MQTT_PORT: String(mqtt),
        npm_config_update_notifier: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    npmChild = child;
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    const deadline = Date.now() + 60_000;
    while (!/Ctrl-C stops everything/.test(out)) {
      assert.equal(child.exitCode, null, `npm start exited with ${child.exitCode}:\n${out}`);
      assert.ok(Date.now() < deadline, `the demo did not start within 60 s:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const [what, port] of Object.entries(ports)) {
      assert.ok(await listening(port), `the ${what} does not listen on ${port} (mosquitto installed?):\n${out}`);
    }
    tree = descendants(child.pid!);
    assert.ok(tree.length > 0, 'npm start has no child process');
    return { child, ports, output: () => out };
  }

  /** Waits up to STOP_WITHIN_MS for every process of the tree to end and every port to be free. */
  /** What is still running or listening once everything has gone, or STOP_WITHIN_MS after the signal. */
  async function leftAfter(ports: Record<string, number>, signalledAt: number): Promise<string[]> {
    const remaining = async (): Promise<string[]> => {
      const left = tree.filter(alive).map((pid) => `process ${pid} (${procStat(pid)?.name ?? '?'})`);
      for (const [what, port] of Object.entries(ports)) if (await listening(port)) left.push(`the ${what} on port ${port}`);
      return left;
    };
    let left = await remaining();
    while (left.length && Date.now() - signalledAt < STOP_WITHIN_MS) {
      await new Promise((r) => setTimeout(r, 100));
      left = await remaining();
    }
    return left;
  }

  async function expectAllStopped(ports: Record<string, number>, output: () => string, signalledAt: number): Promise<void> {
    const left = await leftAfter(ports, signalledAt);
    assert.deepEqual(left, [], `still there ${Date.now() - signalledAt} ms after the signal:\n${output()}`);
    // A clean stop (sessions closed, broker stopped), not a process killed halfway.
    assert.match(output(), /^stopped\.$/m, `the demo did not report a clean stop:\n${output()}`);
  }

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} to npm stops Node-RED, the simulator and the broker within 5 s and frees their ports`, async () => {
      const { child, ports, output } = await startNpm();
      const signalledAt = Date.now();
      process.kill(child.pid!, signal);
      await expectAllStopped(ports, output, signalledAt);
    });
  }

  it('Ctrl-C in a terminal (SIGINT to the whole process group, so the demo gets it twice) stops everything cleanly within 5 s', async () => {
    const { child, ports, output } = await startNpm();
    const signalledAt = Date.now();
    process.kill(-child.pid!, 'SIGINT');
    await expectAllStopped(ports, output, signalledAt);
  });

  it('the demo itself killed outright (SIGKILL): its broker ends with it (no orphaned mosquitto)', async () => {
    const { child, ports, output } = await startNpm();
    const demoPid = tree.find((pid) => procStat(pid)?.ppid === child.pid && procStat(pid)?.name === 'node');
    assert.ok(demoPid, `no demo process under npm: ${tree.map((pid) => procStat(pid)?.name).join(', ')}`);
    const signalledAt = Date.now();
    process.kill(demoPid, 'SIGKILL');
    const remaining = await leftAfter(ports, signalledAt);
    assert.deepEqual(remaining, [], `still there ${Date.now() - signalledAt} ms after the demo was killed:\n${output()}`);
  });

  it('npm killed outright (SIGKILL): the demo notices its parent is gone and stops everything within 5 s', async () => {
    const { child, ports, output } = await startNpm();
    const signalledAt = Date.now();
    process.kill(child.pid!, 'SIGKILL');
    await expectAllStopped(ports, output, signalledAt);
  });
});
