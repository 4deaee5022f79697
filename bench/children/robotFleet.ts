/**
 * The fleet section's robots: `startFleet` (what `kortex-sim --robots N` runs) in its own process,
 * recording when each robot receives a GetConnections call, so the section can tell whether every
 * robot's watcher is served at its interval (no robot starved) from outside Node-RED.
 */
import { performance } from 'node:perf_hooks';
import { runChild } from '../lib/child';
import { round } from '../lib/stats';

export interface RobotFleetArgs {
  robots: number;
  transport: 'tcp' | 'mqtt';
  /** mqtt: broker URL. */
  broker?: string;
  /** mqtt: the robots' broker login. */
  brokerAuth?: { username: string; password: string };
  /** mqtt: namespace prefix (default "robot"): fleets sharing one broker need their own. */
  namespace?: string;
  /** mqtt: first session id (fleets sharing one broker need disjoint ids: PING topics carry no namespace). */
  firstSessionId?: number;
  /** Each robot's arm state changes this many times a second (the simulator's armStateChatterHz); default off. */
  armStateChatterHz?: number;
}

export interface IntervalReport {
  /** Robots that sent at least two polls in the window. */
  robotsPolled: number;
  /** Intervals between consecutive GetConnections calls, all robots pooled (ms). */
  intervals: number;
  minMs: number;
  maxMs: number;
  /** Share of intervals within expected ± tolerance. */
  withinTolerance: number;
  /** Robots with any interval outside expected ± tolerance, or fewer than two polls. */
  robotsOutside: number;
  /** The worst robot's largest gap (ms). */
  worstRobotMaxMs: number;
  pollsPerRobotMin: number;
  pollsPerRobotMax: number;
}

runChild<RobotFleetArgs>(async (a) => {
  const { startFleet } = await import('../../src/simulator/fleet');
  const fleet = await startFleet({
    robots: a.robots,
    generation: a.transport === 'mqtt' ? 'k3' : 'k2',
    transport: a.transport,
    broker: a.broker,
    port: 0,
    ...(a.brokerAuth ? { brokerAccess: { auth: a.brokerAuth } } : {}),
    namespace: a.namespace,
    firstSessionId: a.firstSessionId,
    armStateChatterHz: a.armStateChatterHz,
  });
  let recording = false;
  const polls: number[][] = fleet.robots.map(() => []);
  fleet.robots.forEach((robot, k) => {
    robot.simulator.model.on('request', (name) => {
      if (recording && name === 'GetConnections') polls[k].push(performance.now());
    });
  });
  return {
    ready: {
      firstPort: fleet.firstPort,
      namespaces: fleet.robots.map((r) => r.name),
      endpoint: fleet.endpoint,
    },
    handlers: {
      sessions: () => fleet.robots.map((r) => r.simulator.model.sessions().length),
      /** Per robot, the ids of its open sessions. */
      sessionIds: () => fleet.robots.map((r) => r.simulator.model.sessions().map((s) => s.sessionId)),
      /** Stops robots (as if switched off): their sessions end and their ports close. */
      stopRobots: async (o: { indices: number[] }) => {
        await Promise.all(o.indices.map((k) => fleet.robots[k]?.simulator.close()));
        return true;
      },
      record: () => {
        for (const p of polls) p.length = 0;
        recording = true;
        return true;
      },
      intervals: (o: { expectedMs: number; tolerance: number }): IntervalReport => {
        recording = false;
        const low = o.expectedMs * (1 - o.tolerance);
        const high = o.expectedMs * (1 + o.tolerance);
        let count = 0;
        let within = 0;
        let min = Infinity;
        let max = 0;
        let outside = 0;
        let worst = 0;
        let polled = 0;
        for (const times of polls) {
          if (times.length >= 2) polled++;
          let robotOutside = times.length < 2;
          let robotMax = 0;
          for (let i = 1; i < times.length; i++) {
            const d = times[i] - times[i - 1];
            count++;
            if (d >= low && d <= high) within++;
            else robotOutside = true;
            min = Math.min(min, d);
            max = Math.max(max, d);
            robotMax = Math.max(robotMax, d);
          }
          if (robotOutside) outside++;
          worst = Math.max(worst, robotMax);
        }
        const counts = polls.map((p) => p.length);
        return {
          robotsPolled: polled,
          intervals: count,
          minMs: round(min, 1),
          maxMs: round(max, 1),
          withinTolerance: count ? round(within / count, 4) : 0,
          robotsOutside: outside,
          worstRobotMaxMs: round(worst, 1),
          pollsPerRobotMin: Math.min(...counts),
          pollsPerRobotMax: Math.max(...counts),
        };
      },
    },
    stop: () => fleet.close(),
  };
});
