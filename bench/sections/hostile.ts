/**
 * hostile: bad input against a Node-RED that is running a job. Node-RED in its own process
 * (bench/children/noderedHostile.ts: editor on, kortex-robot-state and kortex-run-job on one
 * session); the robot in another (bench/children/hostileRobot.ts), with whoever sends the bad
 * frames: a man-in-the-middle on the robot's own TCP stream (Kortex 2) or a stranger on its broker
 * (Kortex 3). With the job running, in turn: forged "done" frames for that job that no live
 * subscription may take, a flood of NOTIFICATION frames (half matching the arm-state subscription)
 * for `floodMs`, and one 16 MiB frame. Meanwhile this process asks the editor for GET /flows, one
 * request after the other, and Node-RED measures its RSS peak and event-loop delay. Afterwards: the
 * job events that reached the flow since `started` (forged job changes: must be none), a real arm
 * state change must still reach the flow, and the robot must still be running the job.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { MOSQUITTO_BIN, MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import type { HostileCounts } from '../children/noderedHostile';
import { ChildHandle } from '../lib/child';
import { builtNodeFile } from '../lib/embeddedNodeRed';
import { SkipError } from '../lib/skip';
import { msSummary, round, sleep } from '../lib/stats';

const ROBOT_SCRIPT = path.join(__dirname, '../children/hostileRobot.js');
const NODERED_SCRIPT = path.join(__dirname, '../children/noderedHostile.js');
/** Long enough to outlast the attack: it must still be running at the end. */
const JOB = { name: 'Long', durationMs: 600_000 };
const K3_NAMESPACE = 'cell1';
const EDITOR_TIMEOUT_MS = 5000;

export interface HostileOptions {
  floodMs: number;
  /** Editor requests go on this long after each attack ends (ms). */
  tailMs: number;
}

/** GET /flows, one after the other, until `stop()`: each answer's time in ms (a timeout counts as EDITOR_TIMEOUT_MS). */
function editorProbe(port: number): { stop(): Promise<number[]> } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const samples: number[] = [];
  let running = true;
  const once = (): Promise<void> =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const done = (): void => {
        samples.push(performance.now() - t0);
        resolve();
      };
      const req = http.get({ host: '127.0.0.1', port, path: '/flows', agent, timeout: EDITOR_TIMEOUT_MS }, (res) => {
        res.resume();
        res.on('end', done);
        res.on('error', done);
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', done);
    });
  const loop = (async () => {
    while (running) {
      await once();
      await sleep(10);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      agent.destroy();
      return samples;
    },
  };
}

function editorSummary(samples: number[]): Record<string, number> {
  return { ...msSummary(samples, 1), over250Ms: samples.filter((x) => x >= 250).length };
}

/**
 * Runs one attack while the editor is asked and Node-RED watches its event loop: the editor's
 * answers and Node-RED's figures from the attack's start until `tailMs` after it.
 */
async function during<T>(
  red: ChildHandle,
  editorPort: number,
  tailMs: number,
  attack: () => Promise<T>,
): Promise<{ sent: T; editor: Record<string, number>; nodeRed: Record<string, number> }> {
  await red.request('watchLoad', { name: 'phase' });
  const probe = editorProbe(editorPort);
  try {
    const sent = await attack();
    await sleep(tailMs);
    const editor = editorSummary(await probe.stop());
    const figures = await red.request<Record<string, number>>('loadFigures', { name: 'phase' });
    return { sent, editor, nodeRed: phaseFigures(figures) };
  } finally {
    await probe.stop();
  }
}

/** A phase's event-loop delay and RSS peak (the attack's RSS growth is taken over all phases). */
const phaseFigures = (f: Record<string, number>): Record<string, number> => ({
  eventLoopDelayP99Ms: f.eventLoopDelayP99Ms,
  eventLoopDelayMaxMs: f.eventLoopDelayMaxMs,
  rssPeakMB: f.rssPeakMB,
});

async function scenario(generation: 'k2' | 'k3', o: HostileOptions, broker?: MosquittoBroker): Promise<Record<string, unknown>> {
  const k2 = generation === 'k2';
  const namespace = k2 ? undefined : K3_NAMESPACE;
  const robot = await ChildHandle.start(ROBOT_SCRIPT, { generation, broker: broker?.url, namespace, job: JOB }, { timeoutMs: 30000 });
  let red: ChildHandle | undefined;
  try {
    const robotPort = k2 ? (robot.ready.port as number) : broker?.port;
    red = await ChildHandle.start(
      NODERED_SCRIPT,
      { transport: k2 ? 'tcp' : 'mqtt', robotPort, namespace, job: JOB.name },
      { execArgv: ['--expose-gc'], timeoutMs: 60000 },
    );
    const editorPort = red.ready.editorPort as number;
    const counts = (): Promise<HostileCounts> => (red as ChildHandle).request<HostileCounts>('counts');
    await red.request('waitOpen', { timeoutMs: 20000 }, 30000);
    const started = await red.request<string[]>('startJob', { timeoutMs: 10000 }, 20000);
    if (started[0] !== 'started') throw new Error(`the job did not start: ${started.join(', ')}`);
    const learned = await robot.request<Record<string, unknown>>('learn');
    const quiet = await during(red, editorPort, 2000, async () => null);
    const memoryBefore = await red.request<Record<string, number>>('memory');
    const before = await counts();
    await red.request('watchLoad', { name: 'attack' });
    const forged = await during(red, editorPort, 500, () => robot.request<Record<string, number>>('forge', {}, 30000));
    const afterForged = await counts();
    const flood = await during(red, editorPort, o.tailMs, () => robot.request('flood', { ms: o.floodMs }, o.floodMs + 60000));
    const afterFlood = await counts();
    const bomb = await during(red, editorPort, o.tailMs, () => robot.request('bomb', {}, 60000));
    const load = await red.request<Record<string, number>>('loadFigures', { name: 'attack' });
    const memoryAfter = await red.request<Record<string, number>>('memory');
    // Still alive: a real change reaches the flow, and the robot still runs the job.
    await robot.request('setArmState', { state: 'ARMSTATE_SERVOING_MANUALLY_CONTROLLED' });
    const liveEnd = Date.now() + 5000;
    let end = await counts();
    while (end.lastArmState !== 'ARMSTATE_SERVOING_MANUALLY_CONTROLLED' && Date.now() < liveEnd) {
      await sleep(20);
      end = await counts();
    }
    const robotJob = await robot.request<{ running: string | null }>('robotJob');
    const jobEventsDuringAttack = end.jobEvents.slice(before.jobEvents.length);
    const result: Record<string, unknown> = {
      what: k2
        ? "Kortex 2 over TCP: a man-in-the-middle on the robot's own stream"
        : `Kortex 3 over mosquitto: a stranger on the robot's broker (robot namespace ${K3_NAMESPACE})`,
      learned,
      quiet: { editor: quiet.editor, nodeRed: quiet.nodeRed },
      forged: {
        sent: forged.sent,
        editor: forged.editor,
        nodeRed: forged.nodeRed,
        jobEventsAfter: afterForged.jobEvents.slice(before.jobEvents.length),
      },
      flood: {
        sent: flood.sent,
        editor: flood.editor,
        nodeRed: flood.nodeRed,
        armStatesReachingTheFlow: afterFlood.armStates - afterForged.armStates,
      },
      bomb16MiB: {
        sent: bomb.sent,
        editor: bomb.editor,
        nodeRed: bomb.nodeRed,
        armStatesReachingTheFlow: end.armStates - afterFlood.armStates,
      },
      nodeRed: {
        ...load,
        retainedGrowthMB: round(memoryAfter.rssMB - memoryBefore.rssMB, 1),
        rssAfterGcBeforeMB: memoryBefore.rssMB,
        rssAfterGcAfterMB: memoryAfter.rssMB,
      },
      forgedJobChanges: jobEventsDuringAttack.length,
      jobEventsDuringAttack,
      sessionLost: end.lost - before.lost,
      realArmStateReachedTheFlow: end.lastArmState === 'ARMSTATE_SERVOING_MANUALLY_CONTROLLED',
      robotStillRunsTheJob: robotJob.running === JOB.name,
      errorsAtCatch: end.errors.slice(before.errors.length, before.errors.length + 5),
    };
    if (!k2) result.exactForgery = await exactForgery(robot, red, end.jobEvents.length);
    else result.stoppedAfter = await red.request('stopJob', { timeoutMs: 10000 }, 20000);
    return result;
  } finally {
    await red?.stop();
    await robot.stop();
  }
}

/**
 * Kortex 3, after everything else: "completed" for the running program on the robot's own topic,
 * in the robot's own form. Nothing on an anonymous broker tells it from the robot, so the run asks the
 * robot (GetStatus) before it believes an end: no job event expected; reported beside the targets.
 */
async function exactForgery(robot: ChildHandle, red: ChildHandle, eventsBefore: number): Promise<Record<string, unknown>> {
  await robot.request('exactForgery');
  await sleep(1000); // past the run's last re-check of a claimed end (500 ms)
  const after = await red.request<HostileCounts>('counts');
  const robotJob = await robot.request<{ running: string | null }>('robotJob');
  return {
    what: "one COMPLETED for the running program's handle on the robot's own execution-event topic, frame as the robot sends it",
    jobEventsFromIt: after.jobEvents.slice(eventsBefore),
    robotStillRunsTheJob: robotJob.running === JOB.name,
  };
}

export async function hostile(o: HostileOptions): Promise<Record<string, unknown>> {
  for (const type of ['kortex-session', 'kortex-robot-state', 'kortex-run-job']) {
    if (!fs.existsSync(builtNodeFile(type))) throw new SkipError(`the ${type} node is not built`);
  }
  const out: Record<string, unknown> = {
    what:
      `Node-RED (own process, editor on) with kortex-robot-state and kortex-run-job on one session, job '${JOB.name}' running; ` +
      `forged "done" frames (each variant 10 times), a flood of NOTIFICATION frames for ${o.floodMs} ms (half on the arm-state subscription), ` +
      `one 16 MiB NOTIFICATION frame; GET /flows one after the other from the bench process during each (and ${o.tailMs} ms after); ` +
      'RSS growth = peak during the attacks − RSS at their start (sampled every 5 ms in Node-RED); forgedJobChanges = job events at the sink during the attacks.',
  };
  out.k2 = await scenario('k2', o);
  if (!fs.existsSync(MOSQUITTO_BIN)) {
    out.k3 = { skipped: `no mosquitto at ${MOSQUITTO_BIN}` };
    return out;
  }
  const broker = await startMosquitto();
  try {
    out.k3 = await scenario('k3', o, broker);
  } finally {
    await broker.dispose();
  }
  return out;
}
