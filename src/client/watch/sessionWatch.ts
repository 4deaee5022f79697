/**
 * Who holds a session on the robot, as one stream for every robot generation: the current list
 * once, then the list whenever it changes, plus sessions the robot ended and (when asked)
 * connections appearing or leaving. Used by the kortex-session-events node and `kortex watch`.
 *
 * Where the list comes from: on Kortex 3 over MQTT the robot pushes it (`sessions/status`, the
 * client's `sessions` events); elsewhere, and on a Kortex 3 robot until a push has arrived since
 * the session (re)opened, it is derived from GetConnections, polled every `pollIntervalMs` while
 * the session is open. A push always wins: a poll reply is ignored for the list once one arrived.
 */
import { EventEmitter } from 'node:events';
import type { Clock } from '../../util/clock';
import { ConnectionPoller } from './connectionPoller';
import type { ConnectionChange } from './connectionDiff';
import type { ConnectionListJson } from './connectionRows';
import type { SessionKilledEvent, SessionsEvent } from '../link/sessionBroadcasts';
import type { KortexSessionClient, SessionStateEvent } from '../session/client';
import { canonicalSessionList, sessionsFromConnectionList } from './sessionList';

export interface SessionWatchOptions {
  /** GetConnections period (ms) where the robot does not push. */
  pollIntervalMs: number;
  /** Also report connections that appear in or leave the GetConnections lists (polls on every generation). */
  watchConnections?: boolean;
  /** Times the polls. Default: the system's. */
  clock?: Clock;
}

export interface ConnectionEvent extends ConnectionChange {
  robot: string;
}

/** A list as the watch reports it: only while our session is open, with its id. */
export interface WatchedSessionsEvent extends SessionsEvent {
  /** Our own session, so a flow can tell its own entry from others'. */
  sessionId: number;
}

export interface SessionWatchEvents {
  /** The list (canonical: sorted by session id): first the current one, then each change. */
  sessions: [event: WatchedSessionsEvent];
  'session-killed': [event: SessionKilledEvent];
  connection: [event: ConnectionEvent];
  /** A GetConnections poll failed (the watch goes on). */
  failed: [error: unknown];
}

export class SessionWatch extends EventEmitter<SessionWatchEvents> {
  private readonly poller: ConnectionPoller;
  /** A push arrived since the session last opened: polls no longer feed the list. */
  private pushed = false;
  private lastJson: string | undefined;
  /** The last polled list and the JSON its sessions gave (the poller hands the same object while nothing changed). */
  private polledList: ConnectionListJson | undefined;
  private polledJson: string | undefined;
  private stopped = false;
  /** A list that arrived before our own session was open (our login's own push): sent at 'open'. */
  private pending: SessionsEvent | undefined;
  private readonly onState = (e: SessionStateEvent): void => {
    if (e.state === 'open') {
      this.pushed = this.pending?.source === 'push';
      const pending = this.pending;
      this.pending = undefined;
      if (pending) this.publish(pending);
    } else if (e.state === 'reconnecting' || e.state === 'released' || e.state === 'closed') {
      this.pending = undefined; // from a link that is gone
    }
    this.poller.sessionChanged();
  };
  private readonly onPush = (e: SessionsEvent): void => {
    this.pushed = true;
    this.publish(e);
  };
  private readonly onKilled = (e: SessionKilledEvent): void => {
    if (!this.stopped) this.emit('session-killed', e);
  };

  constructor(
    private readonly client: KortexSessionClient,
    private readonly options: SessionWatchOptions,
  ) {
    super();
    this.poller = new ConnectionPoller(
      client,
      options.pollIntervalMs,
      (changes) => {
        if (!options.watchConnections) return;
        for (const change of changes) this.emit('connection', { ...change, robot: client.robot });
      },
      (err) => this.emit('failed', err),
      (list) => this.fromPoll(list),
      () => options.watchConnections === true || !this.pushed,
      options.clock,
    );
  }

  /** Starts following the client (which may already be open). */
  start(): this {
    this.client.on('state', this.onState);
    this.client.on('sessions', this.onPush);
    this.client.on('session-killed', this.onKilled);
    this.poller.sessionChanged();
    return this;
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.poller.stop();
    this.client.off('state', this.onState);
    this.client.off('sessions', this.onPush);
    this.client.off('session-killed', this.onKilled);
  }

  private fromPoll(list: ConnectionListJson): void {
    if (this.pushed) return;
    // The list whose sessions were published last, again: publishing it would change nothing.
    if (list === this.polledList && this.polledJson !== undefined && this.polledJson === this.lastJson && this.client.state === 'open')
      return;
    this.polledList = list;
    this.polledJson = this.publish({ robot: this.client.robot, source: 'poll', sessions: sessionsFromConnectionList(list).sessions });
  }

  /** Reports the list if it changed; returns its JSON, or undefined when it was held or dropped. */
  private publish(e: SessionsEvent): string | undefined {
    if (this.stopped) return undefined;
    // Held until our session is open, so that every list comes with our own session id.
    if (this.client.state !== 'open') {
      this.pending = e;
      return undefined;
    }
    const { sessions } = canonicalSessionList(e);
    const json = JSON.stringify(sessions);
    if (json === this.lastJson) return json;
    this.lastJson = json;
    this.emit('sessions', { robot: e.robot, source: e.source, sessions, sessionId: this.client.sessionId });
    return json;
  }
}
