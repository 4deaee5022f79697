/**
 * kortex-session-events: an input node (no input port) that tells the flow about the session's
 * life — msg.topic "state" with {event, robot, sessionId, delayMs?, attempt?, error?, code?} — and,
 * when asked to, about connections appearing in or leaving the robot's GetConnections lists
 * (msg.topic "connection"), found by polling while the session is open and reporting differences only.
 */
import { ConnectionListJson, KortexSessionClient, diffConnectionLists } from '../src/client';
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

/**
 * Polls GetConnections while the session is open, one poll at a time. The first reply after start
 * is the baseline (nothing reported); after that, each reply is compared with the previous one.
 */
class ConnectionPoller {
  private timer: NodeJS.Timeout | undefined;
  private previous: ConnectionListJson | undefined;
  private inFlight = false;
  /** The session changed while a poll was on the wire: poll again as soon as it is back. */
  private pollAgain = false;
  private stopped = false;

  constructor(
    private readonly client: KortexSessionClient,
    private readonly intervalMs: number,
    private readonly report: (changes: ReturnType<typeof diffConnectionLists>) => void,
    private readonly failed: (err: Error) => void,
  ) {}

  /** Follows the session: poll now when it (re)opens, pause while it is down. */
  sessionChanged(): void {
    if (this.stopped) return;
    if (this.client.state !== 'open') {
      this.clearTimer();
    } else if (this.inFlight) {
      this.pollAgain = true;
    } else {
      this.schedule(0);
    }
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private schedule(delayMs: number): void {
    if (this.stopped || this.inFlight) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.poll();
    }, delayMs);
  }

  private async poll(): Promise<void> {
    if (this.stopped || this.client.state !== 'open') return;
    this.inFlight = true;
    try {
      const reply = await this.client.call('getConnections', {});
      if (this.stopped) return;
      const changes = diffConnectionLists(this.previous, reply.payload);
      this.previous = reply.payload;
      if (changes.length > 0) this.report(changes);
    } catch (err) {
      if (!this.stopped) this.failed(asNodeError(err));
    } finally {
      this.inFlight = false;
    }
    const again = this.pollAgain;
    this.pollAgain = false;
    if (!this.stopped && this.client.state === 'open') this.schedule(again ? 0 : this.intervalMs);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

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
          (err) => {
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
