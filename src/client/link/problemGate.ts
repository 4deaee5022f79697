/**
 * A link's problems, bounded (docs/security.md, "Limits"): each problem the client hears is redacted
 * and handed to every listener (the Node-RED log, the sidebar), which costs more than the bad frame
 * that caused it. A flood of bad frames, from anything at the robot's address or anyone on a
 * Kortex 3 broker, must not cost more than the frames themselves: at most PROBLEMS_PER_SECOND a
 * second pass, the next one says that the rest of that second's are left out, and they are.
 */
import type { Clock } from '../../util/clock';
import { KortexError } from '../core/errors';

/** Far more than a misbehaving robot's occasional stray frame, far fewer than a flood. */
export const PROBLEMS_PER_SECOND = 16;

/** Wraps `pass` so that it hears at most PROBLEMS_PER_SECOND problems a second, plus one saying the rest are left out. */
export function problemGate(pass: (error: Error) => void, clock: Clock, robot: string): (error: Error) => void {
  let secondStart = -Infinity;
  let heard = 0;
  return (error) => {
    const now = clock.now();
    if (now - secondStart >= 1000) {
      secondStart = now;
      heard = 0;
    }
    heard++;
    if (heard <= PROBLEMS_PER_SECOND) pass(error);
    else if (heard === PROBLEMS_PER_SECOND + 1) {
      pass(
        new KortexError(`more than ${PROBLEMS_PER_SECOND} problems within a second on this link: the rest of this second's are left out`, {
          robot,
        }),
      );
    }
  };
}
