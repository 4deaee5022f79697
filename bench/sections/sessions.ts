/**
 * sessions: how long a change of the robot's session list takes to reach a flow. The simulated
 * robot runs in this process and stamps each change (a second user logs in, then out) when its
 * session model makes it; a real Node-RED runtime in its own process runs kortex-session-events →
 * sink and stamps each "sessions" message on arrival. Both stamps are epoch times from
 * performance.timeOrigin + performance.now(), comparable across the two processes.
 *
 * push: Kortex 3 over mosquitto, the robot's `sessions/status` broadcast (poll interval left at the
 *   default 5 s, so a poll cannot be what delivers it). poll: Kortex 2 over TCP, GetConnections
 *   every `pollIntervalMs`; a change waits for the next poll, so expect about half the interval.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { KortexSessionClient } from '../../src/client/session/client';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { SessionSnapshot } from '../../src/simulator/robot/modelTypes';
import { ChildHandle } from '../lib/child';
import { MOSQUITTO_BIN, MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { builtNodeFile } from '../lib/embeddedNodeRed';
import { SkipError } from '../lib/skip';
import { percentile, round, sleep } from '../lib/stats';

const NODERED_SCRIPT = path.join(__dirname, '../children/nodered.js');

interface Arrival {
  atEpochMs: number;
  sessionIds: number[];
}

const epochNow = (): number => performance.timeOrigin + performance.now();

function summaryMs(samples: number[]): Record<string, number> {
  const sorted = [...samples].sort((x, y) => x - y);
  return {
    samples: sorted.length,
    p50Ms: round(percentile(sorted, 50), 1),
    p90Ms: round(percentile(sorted, 90), 1),
    maxMs: round(sorted[sorted.length - 1] ?? NaN, 1),
    meanMs: round(sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1), 1),
  };
}

function nextChange(
  sim: RunningSimulator,
  event: 'session-opened' | 'session-closed',
  username: string,
): Promise<{ atEpochMs: number; sessionId: number }> {
  return new Promise((resolve) => {
    const on = (s: SessionSnapshot): void => {
      if (s.username !== username) return;
      sim.model.off(event, on);
      resolve({ atEpochMs: epochNow(), sessionId: s.sessionId });
    };
    sim.model.on(event, on);
  });
}

async function arrivalAfter(red: ChildHandle, since: number, matches: (a: Arrival) => boolean, timeoutMs: number): Promise<Arrival> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const all = await red.request<Arrival[]>('arrivals');
    const hit = all.find((a) => a.atEpochMs >= since && matches(a));
    if (hit) return hit;
    if (Date.now() > end) throw new Error(`no matching "sessions" message within ${timeoutMs} ms`);
    await sleep(5);
  }
}

/** `trials` logins and logouts of a second user; latency from the robot's change to the flow. */
async function measure(
  sim: RunningSimulator,
  transport: 'tcp' | 'mqtt',
  port: number,
  watchIntervalS: number,
  trials: number,
): Promise<Record<string, unknown>> {
  const red = await ChildHandle.start(
    NODERED_SCRIPT,
    { mode: 'sessions', functionNodes: 0, robotPort: port, transport, watchIntervalS },
    { timeoutMs: 60000 },
  );
  const login: number[] = [];
  const logout: number[] = [];
  try {
    await arrivalAfter(red, 0, (a) => a.sessionIds.length === 1, 15000); // the flow's own session: the current list
    // A random phase against the poll timer, as a real change would have (pushes have no timer to miss).
    const phaseMs = transport === 'mqtt' ? 200 : watchIntervalS * 1000;
    for (let i = 0; i < trials; i++) {
      await sleep(Math.random() * phaseMs);
      const opened = nextChange(sim, 'session-opened', 'operator');
      const visitor = new KortexSessionClient({ host: '127.0.0.1', port, transport, username: 'operator', password: 'operator' });
      try {
        await visitor.openOnce();
        const o = await opened;
        const listed = await arrivalAfter(red, o.atEpochMs, (a) => a.sessionIds.includes(o.sessionId), watchIntervalS * 1000 + 5000);
        login.push(listed.atEpochMs - o.atEpochMs);
        await sleep(Math.random() * phaseMs);
        const closed = nextChange(sim, 'session-closed', 'operator');
        await visitor.close();
        const c = await closed;
        const gone = await arrivalAfter(red, c.atEpochMs, (a) => !a.sessionIds.includes(o.sessionId), watchIntervalS * 1000 + 5000);
        logout.push(gone.atEpochMs - c.atEpochMs);
      } finally {
        await visitor.close();
      }
    }
  } finally {
    await red.stop();
  }
  return { login: summaryMs(login), logout: summaryMs(logout), all: summaryMs([...login, ...logout]) };
}

export async function sessions(o: { pushTrials: number; pollTrials: number; pollIntervalMs: number }): Promise<Record<string, unknown>> {
  if (!fs.existsSync(builtNodeFile('kortex-session-events'))) throw new SkipError('the kortex-session-events node is not built');
  const out: Record<string, unknown> = {
    what:
      'robot-side session change (simulator, this process) → kortex-session-events → sink in a Node-RED runtime (own process); ' +
      'a second user logs in, then out, at a random phase against the poll timer',
  };
  let broker: MosquittoBroker | undefined;
  let sim: RunningSimulator | undefined;
  if (fs.existsSync(MOSQUITTO_BIN)) {
    try {
      broker = await startMosquitto();
      sim = await startSimulator({ generation: 'k3', transport: 'mqtt', broker: broker.url });
      out.push = {
        what: 'Kortex 3 over mosquitto: sessions/status broadcast (raw-frame envelope); events node poll interval 5 s',
        ...(await measure(sim, 'mqtt', broker.port, 5, o.pushTrials)),
      };
    } finally {
      await sim?.close();
      await broker?.dispose();
    }
  } else {
    out.push = { skipped: `no mosquitto at ${MOSQUITTO_BIN}` };
  }
  sim = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0 });
  try {
    const intervalS = o.pollIntervalMs / 1000;
    out.poll = {
      what: `Kortex 2 over TCP: GetConnections every ${intervalS} s`,
      intervalMs: o.pollIntervalMs,
      ...(await measure(sim, 'tcp', sim.port ?? 0, intervalS, o.pollTrials)),
    };
  } finally {
    await sim.close();
  }
  return out;
}
