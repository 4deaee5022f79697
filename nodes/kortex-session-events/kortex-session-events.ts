/**
 * kortex-session-events: an input node (no input port) that tells the flow about the session's
 * life — msg.topic "state" with {event, robot, sessionId, delayMs?, attempt?, error?, code?} —,
 * who holds a session on the robot — msg.topic "sessions" with the canonical JSON of
 * PayloadSessionStatusRaw, once at start and on every change, and "session-killed" — and, when
 * asked to, connections appearing in or leaving the robot's GetConnections lists (msg.topic
 * "connection"). The lists come from src/client/watch/sessionWatch.ts: pushed by a Kortex 3 robot,
 * polled elsewhere.
 */
import { SessionWatch } from '../../src/client/watch/sessionWatch';
import { WATCH_INTERVAL_S, watchIntervalMs } from '../../src/client/watch/watchInterval';
import { SessionBinding, asNodeError } from '../lib/binding';
import { translator } from '../lib/i18n';
import { configFlag } from '../lib/input';
import { SessionEventMapper } from '../lib/sessionEvents';
import type { Node, NodeAPI, NodeDef } from '../lib/types';

interface SessionEventsDef extends NodeDef {
  session?: string;
  watchConnections?: boolean | string;
  /** Report who holds a session ("sessions", "session-killed"). Absent in flows made before it existed: on. */
  watchSessions?: boolean | string;
  /** Seconds between GetConnections polls. */
  watchInterval?: number | string;
}

/** Like the inject node's "once" delay: lets the rest of the flow start before the first message. */
const START_DELAY_MS = 100;

export = function registerKortexSessionEvents(RED: NodeAPI): void {
  const t = translator(RED);

  function KortexSessionEventsNode(this: Node, def: SessionEventsDef): void {
    RED.nodes.createNode(this, def);
    const node = this;
    const binding = new SessionBinding(RED, node, def.session, t);
    const client = binding.client;
    if (!client) return;

    const mapper = new SessionEventMapper();
    // Messages wait until the rest of the flow has started (like the inject node's "once" delay):
    // sent from the constructor, they could reach nodes that do not exist yet.
    type Topic = 'state' | 'connection' | 'sessions' | 'session-killed';
    let queue: Array<{ topic: Topic; payload: unknown; kortex?: object }> | undefined = [];
    const emit = (topic: Topic, payload: unknown, kortex?: object): void => {
      const msg = kortex ? { topic, payload, kortex } : { topic, payload };
      if (queue) queue.push(msg);
      else node.send(msg);
    };

    const watchSessions = def.watchSessions === undefined || configFlag(def.watchSessions);
    const watchConnections = configFlag(def.watchConnections);
    let watch: SessionWatch | undefined;
    if (watchSessions || watchConnections) {
      const pollIntervalMs = watchIntervalMs(def.watchInterval);
      if (pollIntervalMs === undefined) {
        node.error(
          t('kortex.errors.intervalRange', { value: String(def.watchInterval), min: WATCH_INTERVAL_S.min, max: WATCH_INTERVAL_S.max }),
        );
      } else {
        watch = new SessionWatch(client, { pollIntervalMs, watchConnections });
        if (watchConnections) watch.on('connection', (change) => emit('connection', change));
        if (watchSessions) {
          watch.on('sessions', (e) =>
            emit('sessions', { sessions: e.sessions }, { robot: e.robot, source: e.source, sessionId: e.sessionId }),
          );
          watch.on('session-killed', (e) => emit('session-killed', { robot: e.robot, sessions: e.sessions, own: e.own }));
        }
        watch.on('failed', (failure) => {
          const err = asNodeError(failure);
          binding.showFailure(err);
          node.debug(`session watch: ${err.message}`);
        });
      }
    }

    // The client may have been running before this node (shared session, redeploy), and its first
    // "connecting" happens inside register(): start from a summary of where things stand.
    for (const payload of mapper.current(client.state, client.robot, client.sessionId, binding.tracker?.last)) emit('state', payload);
    binding.subscribe((event) => {
      for (const payload of mapper.map(event)) emit('state', payload);
    });

    let startTimer: NodeJS.Timeout | undefined = setTimeout(() => {
      startTimer = undefined;
      const waiting = queue ?? [];
      queue = undefined;
      for (const msg of waiting) node.send(msg);
    }, START_DELAY_MS);
    node.on('close', (_removed: boolean, done: () => void) => {
      if (startTimer) clearTimeout(startTimer);
      startTimer = undefined;
      queue = undefined;
      watch?.stop();
      done();
    });
    watch?.start();
  }

  RED.nodes.registerType('kortex-session-events', KortexSessionEventsNode, {
    // The editor's interval field takes its default and bounds from here.
    settings: { kortexSessionEventsWatchInterval: { value: WATCH_INTERVAL_S, exportable: true } },
  });
};
