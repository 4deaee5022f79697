/**
 * jobs: how long a job event takes from the robot to a flow. The simulated robot runs in this
 * process with one short stored job and stamps each job notification as its model publishes it
 * (the model's `notification` event, listener prepended so the stamp comes before the server
 * frames it); a real Node-RED runtime in its own process runs kortex-run-job → sink and stamps each
 * job event on arrival. Both stamps are epoch times (performance.timeOrigin + performance.now()).
 *
 * Per run: the bench asks the child to start the job (a `start` message into the node); the child
 * answers once the run ended. The job lasts 50 ms: two notifications closer together than about
 * 40 ms may be held by Nagle's algorithm (mosquitto's default and the simulated robot's MQTT.js
 * socket) until the peer's delayed ACK, so a shorter job would measure that hold on Kortex 3. started = first job notification of the run → `started` at the sink;
 * done = last job notification of the run → `done` at the sink. Kortex 2 over TCP (Base's
 * ActionNotification topic); Kortex 3 over mosquitto (ProgramRunner's ExecutionEvent topic) when
 * mosquitto is there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BASE_SERVICE_ID, actionTopic } from '../../src/protocol/base/rpcs';
import { PROGRAM_RUNNER_SERVICE_ID, executionEventTopic } from '../../src/protocol/programRunner/rpcs';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import type { NotificationDelivery } from '../../src/simulator/robot/notifications';
import { MOSQUITTO_BIN, MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import type { JobArrival } from '../children/noderedJobs';
import { ChildHandle } from '../lib/child';
import { builtNodeFile } from '../lib/embeddedNodeRed';
import { SkipError } from '../lib/skip';
import { msSummary, sleep } from '../lib/stats';

const CHILD_SCRIPT = path.join(__dirname, '../children/noderedJobs.js');
const JOB = { name: 'Quick', durationMs: 50 };
/** A random pause between runs (ms), so the runs do not fall into step with any timer. */
const PAUSE_MS = { min: 5, spread: 10 };

const epochNow = (): number => performance.timeOrigin + performance.now();

/** Starts the job once through the flow and waits for its end; the arrivals of this run. */
async function oneRun(red: ChildHandle, timeoutMs: number): Promise<JobArrival[]> {
  const { arrivals, errors } = await red.request<{ arrivals: JobArrival[]; errors: string[] }>('run', { timeoutMs }, timeoutMs + 5000);
  if (arrivals.some((x) => x.event === 'done')) return arrivals;
  if (arrivals.some((x) => x.event === 'failed' || x.event === 'aborted')) throw new Error(`the job ended ${arrivals.at(-1)?.event}`);
  throw new Error(`no "done" within ${timeoutMs} ms (errors: ${errors.slice(-1).join('') || 'none'})`);
}

async function measure(sim: RunningSimulator, transport: 'tcp' | 'mqtt', port: number, runs: number): Promise<Record<string, unknown>> {
  const [serviceId, functionId] =
    transport === 'tcp'
      ? [BASE_SERVICE_ID, actionTopic.subscribe.functionId]
      : [PROGRAM_RUNNER_SERVICE_ID, executionEventTopic.subscribe.functionId];
  let stamps: number[] = [];
  const onNotification = (d: NotificationDelivery): void => {
    if (d.serviceId === serviceId && d.functionId === functionId) stamps.push(epochNow());
  };
  sim.model.prependListener('notification', onNotification);
  const red = await ChildHandle.start(CHILD_SCRIPT, { robotPort: port, transport, job: JOB.name }, { timeoutMs: 60000 });
  const started: number[] = [];
  const done: number[] = [];
  try {
    // Warm-up (not counted): until a first run goes through, the session may still be opening.
    const warmEnd = Date.now() + 15000;
    for (;;) {
      try {
        await oneRun(red, 3000);
        break;
      } catch (err) {
        if (Date.now() > warmEnd) throw err;
        await sleep(200);
      }
    }
    for (let i = 0; i < runs; i++) {
      await sleep(PAUSE_MS.min + Math.random() * PAUSE_MS.spread);
      stamps = [];
      const mine = await oneRun(red, 5000);
      const s = mine.find((x) => x.event === 'started');
      const d = mine.find((x) => x.event === 'done');
      if (!s || !d || stamps.length < 2) throw new Error(`run ${i}: ${stamps.length} notifications, events ${mine.map((x) => x.event)}`);
      started.push(s.atEpochMs - stamps[0]);
      done.push(d.atEpochMs - stamps[stamps.length - 1]);
    }
  } finally {
    sim.model.off('notification', onNotification);
    await red.stop();
  }
  return { started: msSummary(started), done: msSummary(done), all: msSummary([...started, ...done]) };
}

export async function jobs(o: { runs: number }): Promise<Record<string, unknown>> {
  if (!fs.existsSync(builtNodeFile('kortex-run-job'))) throw new SkipError('the kortex-run-job node is not built');
  const out: Record<string, unknown> = {
    what:
      `robot's job notification (simulator, this process) → kortex-run-job → sink in a Node-RED runtime (own process); ` +
      `job '${JOB.name}' of ${JOB.durationMs} ms, ${o.runs} runs after one warm-up run, ${PAUSE_MS.min}–${PAUSE_MS.min + PAUSE_MS.spread} ms apart (random), started and done`,
  };
  let sim = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0, jobs: [JOB] });
  try {
    out.k2 = { what: 'Kortex 2 over TCP: Base ActionNotification', ...(await measure(sim, 'tcp', sim.port ?? 0, o.runs)) };
  } finally {
    await sim.close();
  }
  if (!fs.existsSync(MOSQUITTO_BIN)) {
    out.k3 = { skipped: `no mosquitto at ${MOSQUITTO_BIN}` };
    return out;
  }
  let broker: MosquittoBroker | undefined;
  try {
    broker = await startMosquitto();
    sim = await startSimulator({ generation: 'k3', transport: 'mqtt', broker: broker.url, jobs: [JOB] });
    out.k3 = { what: 'Kortex 3 over mosquitto: ProgramRunner ExecutionEvent', ...(await measure(sim, 'mqtt', broker.port, o.runs)) };
  } finally {
    await sim.close();
    await broker?.dispose();
  }
  return out;
}
