/**
 * reconnect: the robot goes away and comes back; how long from the backoff retry that finds it
 * (the 'connecting' state of the attempt that succeeds) to the session being 'open' again, and
 * from the robot listening again to 'open' (which includes the backoff wait).
 */
import { performance } from 'node:perf_hooks';
import type { SessionState, SessionStateEvent } from '../../src/client/session/states';
import { startSimulator, RunningSimulator } from '../../src/simulator';
import { median, round, sleep, withTimeout } from '../lib/stats';
import { benchClient } from './tcp';

interface Stamp {
  state: SessionState;
  t: number;
  attempt?: number;
  delayMs?: number;
}

export async function reconnect(o: { trials: number; initialDelayMs: number; maxDelayMs: number }): Promise<Record<string, unknown>> {
  let sim: RunningSimulator = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0 });
  const port = sim.port as number;
  const trials: Record<string, unknown>[] = [];
  try {
    for (let i = 0; i < o.trials; i++) {
      const client = benchClient(port, { reconnectInitialDelayMs: o.initialDelayMs, reconnectMaxDelayMs: o.maxDelayMs });
      const stamps: Stamp[] = [];
      const waiters = new Map<SessionState, () => void>();
      client.on('state', (e: SessionStateEvent) => {
        stamps.push({ state: e.state, t: performance.now(), attempt: e.attempt, delayMs: e.delayMs });
        const resolve = waiters.get(e.state);
        waiters.delete(e.state);
        resolve?.();
      });
      /** Resolves the next time the client enters `state`. */
      const reached = (state: SessionState): Promise<void> => new Promise((resolve) => waiters.set(state, resolve));
      try {
        await client.openOnce();
        const down = reached('reconnecting');
        await sim.close(); // the robot goes away (sockets destroyed, port closed)
        await withTimeout(down, 5000, 'client noticing the robot is gone');
        // Down for a while, so that some retries fail and the client is deep in its backoff.
        await sleep(150 + Math.round(Math.random() * 350));
        const open = reached('open');
        sim = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port });
        const tBack = performance.now();
        await withTimeout(open, 10000, 'session reopening');
        const tOpen = stamps[stamps.length - 1].t;
        let attemptIdx = stamps.length - 1;
        while (attemptIdx >= 0 && stamps[attemptIdx].state !== 'connecting') attemptIdx--;
        const attempt = stamps[attemptIdx];
        const firstAfterBack = stamps.find((s) => s.state === 'connecting' && s.t >= tBack);
        const failedBeforeBack = stamps.filter((s) => s.state === 'connecting' && s.t < tBack).length - 1; // minus the initial connect
        trials.push({
          attemptToOpenMs: round(tOpen - attempt.t, 2),
          backToOpenMs: round(tOpen - tBack, 2),
          backoffWaitAfterBackMs: round(Math.max(0, attempt.t - tBack), 2),
          succeedingAttempt: attempt.attempt,
          failedAttemptsWhileDown: failedBeforeBack,
          firstRetryFoundRobot: firstAfterBack === attempt || attempt.t < tBack,
        });
      } finally {
        await client.close();
      }
    }
  } finally {
    await sim.close();
  }
  const a = trials.map((t) => t.attemptToOpenMs as number);
  const b = trials.map((t) => t.backToOpenMs as number);
  return {
    what:
      'simulator closed (port gone) and restarted on the same port; client with reconnect backoff ' +
      `${o.initialDelayMs} ms doubling to ${o.maxDelayMs} ms, full jitter`,
    attemptToOpenMsMedian: round(median(a), 2),
    attemptToOpenMsMax: round(Math.max(...a), 2),
    backToOpenMsMedian: round(median(b), 2),
    backToOpenMsMax: round(Math.max(...b), 2),
    allFirstRetryFoundRobot: trials.every((t) => t.firstRetryFoundRobot === true),
    trials,
  };
}
