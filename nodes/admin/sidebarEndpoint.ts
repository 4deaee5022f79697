/**
 * The Node-RED side of the "Kortex" sidebar (sidebar.ts): the admin route the editor reads the
 * cards from, comms for the notices, and the editor connections that end the lease.
 *
 *   GET <httpAdminRoot>/kortex/sidebar            (needs "kortex-session.read")
 *       ?refresh=1  ask the robots for their connections now (else only when older than FRESH_MS)
 *       ?id=<config node id>  only that card
 *   200: { cards: Array<RobotCard & { rev }>, pollMs, leaseMs }
 *
 *   comms topics "kortex/sidebar/card" { id, rev } and "kortex/sidebar/cards" { ids }: see
 *   sidebarNotices.ts (throttle and lease)
 */
import { redact } from '../../src/client/core/redact';
import { ADMIN_PERMISSIONS } from './permissions';
import { RobotSidebar, SidebarTimings } from './sidebar';

const SIDEBAR_PATH = '/kortex/sidebar';
const SIDEBAR_PERMISSION = ADMIN_PERMISSIONS.read;

export interface SidebarRequest {
  query?: Record<string, unknown>;
}
export interface SidebarResponse {
  status(code: number): SidebarResponse;
  json(body: unknown): unknown;
}
type Handler = (req: SidebarRequest, res: SidebarResponse, next?: (err?: unknown) => void) => void;

/** The parts of the Node-RED runtime API the sidebar uses. */
export interface SidebarRED {
  httpAdmin?: { get?(path: string, ...handlers: Handler[]): unknown };
  auth?: { needsPermission(permission: string): Handler };
  comms?: { publish(topic: string, data: unknown, retain?: boolean): void };
  events?: { on(event: string, listener: () => void): unknown };
  log?: { warn?(msg: string): void };
}

/** One sidebar per admin app: loading the node set twice (tests) must not register the routes twice. */
const sidebars = new WeakMap<object, RobotSidebar>();
/**
 * One pair of editor-connection listeners per event bus, telling the newest sidebar on it: test
 * runtimes build a new admin app per load on one shared bus, and must not pile up listeners.
 */
const watchedBuses = new WeakMap<object, { current: RobotSidebar }>();

/**
 * The sidebar of this runtime, created (with its admin route and editor-connection tracking) on
 * first use; undefined where the runtime has no admin API (some test runtimes).
 */
export function robotSidebar(RED: SidebarRED, timings: Partial<SidebarTimings> = {}): RobotSidebar | undefined {
  const { httpAdmin, auth, comms } = RED;
  if (!httpAdmin || !auth || typeof httpAdmin.get !== 'function') return undefined;
  const existing = sidebars.get(httpAdmin);
  if (existing) return existing;
  // Never retained: an editor that opens later asks for the cards itself.
  const sidebar = new RobotSidebar((topic, data) => comms?.publish(topic, data, false), timings);
  sidebars.set(httpAdmin, sidebar);
  const events = RED.events;
  if (events) {
    const watched = watchedBuses.get(events);
    if (watched) watched.current = sidebar;
    else {
      const target = { current: sidebar };
      watchedBuses.set(events, target);
      events.on('comms:connection-added', () => target.current.editorConnected());
      events.on('comms:connection-removed', () => target.current.editorDisconnected());
    }
  }
  httpAdmin.get(SIDEBAR_PATH, auth.needsPermission(SIDEBAR_PERMISSION), (req, res) => {
    const query = req.query ?? {};
    const id = typeof query.id === 'string' && query.id ? query.id : undefined;
    const refresh = query.refresh === '1' || query.refresh === 'true';
    sidebar.renewLease();
    sidebar
      .snapshot({ refresh, id })
      .then((cards) => res.status(200).json({ cards, pollMs: sidebar.timings.pollMs, leaseMs: sidebar.timings.leaseMs }))
      .catch((err: Error) => {
        RED.log?.warn?.(`kortex sidebar: ${redact(err.message)}`);
        res.status(500).json({ error: redact(err.message) });
      });
  });
  return sidebar;
}
