/**
 * The kortex-session-events node's "Check every" interval (seconds between GetConnections polls):
 * its default and bounds, used by the runtime's check and, through the node's exported settings,
 * by the editor's field (nodes/kortex-session-events.html).
 */
export const WATCH_INTERVAL_S = { default: 5, min: 0.1, max: 3600 } as const;

/** The interval in ms, or undefined when the configured value is not a number of seconds within the bounds. */
export function watchIntervalMs(raw: unknown): number | undefined {
  const seconds = raw === undefined || raw === '' ? WATCH_INTERVAL_S.default : Number(raw);
  if (!Number.isFinite(seconds) || seconds < WATCH_INTERVAL_S.min || seconds > WATCH_INTERVAL_S.max) return undefined;
  return Math.round(seconds * 1000);
}
