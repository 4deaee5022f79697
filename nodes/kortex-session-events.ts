/**
 * kortex-session-events: an input node (no input port) that tells the flow about the session's
 * life — msg.topic "state" with {event, robot, sessionId, delayMs?, attempt?, error?, code?} — and,
 * when asked to, about connections appearing in or leaving the robot's GetConnections lists
 * (msg.topic "connection"), found by polling while the session is open and reporting differences only.
 */
import { ConnectionPoller } from '../src/client/connectionPoller';
import { SessionBinding, asNodeError } from './lib/binding';
import { translator } from './lib/i18n';
import { configFlag } from './lib/input';
import { SessionEventMapper } from './lib/sessionEvents';
import type { Node, NodeAPI, NodeDef } from './lib/types';

interface SessionEventsDef extends NodeDef {
  session?: string;
  watchConnections?: boolean | string;
  /** Seconds between GetConnections polls. */
  watchInterval?: number | string;
}

const DEFAULT_WATCH_INTERVAL_S = 5;
/** Like the inject node's "once" delay: lets the rest of the flow start before the first message. */
const START_DELAY_MS = 100;
const MIN_WATCH_INTERVAL_S = 0.1;
const MAX_WATCH_INTERVAL_S = 3600;

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
    let queue: Array<{ topic: string; payload: unknown }> | undefined = [];
    const emit = (topic: 'state' | 'connection', payload: unknown): void => {
      if (queue) queue.push({ topic, payload });
      else node.send({ topic, payload });
    };

    let poller: ConnectionPoller | undefined;
    if (configFlag(def.watchConnections)) {
      const raw = def.watchInterval;
      const seconds = raw === undefined || raw === '' ? DEFAULT_WATCH_INTERVAL_S : Number(raw);
      if (!Number.isFinite(seconds) || seconds < MIN_WATCH_INTERVAL_S || seconds > MAX_WATCH_INTERVAL_S) {
        node.error(t('kortex.errors.intervalRange', { value: String(raw) }));
      } else {
        poller = new ConnectionPoller(
          client,
          Math.round(seconds * 1000),
          (changes) => {
            for (const change of changes) emit('connection', { ...change, robot: client.robot });
          },
          (failure) => {
            const err = asNodeError(failure);
            binding.showFailure(err);
            node.debug(`connection watch: ${err.message}`);
          },
        );
      }
    }

    // The client may have been running before this node (shared session, redeploy), and its first
    // "connecting" happens inside register(): start from a summary of where things stand.
    for (const payload of mapper.current(client.state, client.robot, client.sessionId, binding.tracker?.last)) emit('state', payload);
    binding.subscribe((event) => {
      for (const payload of mapper.map(event)) emit('state', payload);
      poller?.sessionChanged();
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
      poller?.stop();
      done();
    });
    poller?.sessionChanged();
  }

  RED.nodes.registerType('kortex-session-events', KortexSessionEventsNode);
};
