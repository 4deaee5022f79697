/**
 * How often a session watch polls GetConnections where the robot does not push its list (seconds):
 * the default and bounds of the kortex-session-events node's "Check every" (the runtime's check,
 * and the editor's field through the node's exported settings) and of `kortex watch --interval`.
 */
export const WATCH_INTERVAL_S = { default: 5, min: 0.1, max: 3600 } as const;

/** The interval in ms (blank: the default), or undefined when it is not a number of seconds within the bounds. */
export function watchIntervalMs(raw: unknown): number | undefined {
  const seconds = raw === undefined || raw === '' ? WATCH_INTERVAL_S.default : Number(raw);
  if (!Number.isFinite(seconds) || seconds < WATCH_INTERVAL_S.min || seconds > WATCH_INTERVAL_S.max) return undefined;
  return Math.round(seconds * 1000);
}
