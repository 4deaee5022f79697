/**
 * The session client's `problem` events (a reply for no pending call, an oversized or undecodable
 * reply, a dropped broadcast, a kill the robot contradicts) in the Node-RED log, so an integrator
 * can see that something at the robot's address or on its broker misbehaves. The first problem is
 * logged at once, then at most one line per PROBLEM_LOG_INTERVAL_MS with how many were left out:
 * a stranger's flood must not become a log flood.
 */
import { redact } from '../../src/client/core/redact';
import type { KortexSessionClient } from '../../src/client/session/client';

export const PROBLEM_LOG_INTERVAL_MS = 60_000;

/** Logs `client`'s problems through `warn`, rate-limited; returns the function that stops it. */
export function logProblems(client: KortexSessionClient, warn: (line: string) => void, now: () => number = Date.now): () => void {
  let lastLoggedAt = -Infinity;
  let leftOut = 0;
  const onProblem = (err: Error): void => {
    const at = now();
    if (at - lastLoggedAt < PROBLEM_LOG_INTERVAL_MS) {
      leftOut++;
      return;
    }
    lastLoggedAt = at;
    const more = leftOut > 0 ? ` (${leftOut} more in the last ${Math.round(PROBLEM_LOG_INTERVAL_MS / 1000)} s)` : '';
    leftOut = 0;
    warn(redact(`robot link problem on ${client.robot}: ${err.message}${more}`));
  };
  client.on('problem', onProblem);
  return () => client.off('problem', onProblem);
}
