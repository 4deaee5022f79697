/**
 * The session client's states, the transitions allowed between them (checked in one place), and
 * an emitter that delivers state events in order: a listener that changes the state (a close()
 * from inside a 'reconnecting' event) queues the new event behind the one being delivered, so
 * every listener sees the same sequence, and the last event of a closed client is 'closed'.
 */
import { EventEmitter } from 'node:events';
import type { KortexError } from '../core/errors';

/**
 * 'released': the flow handed the robot over (release()); no session, no retries, calls fail at once
 * with RELEASED until acquire() logs in again.
 */
export type SessionState = 'idle' | 'connecting' | 'authenticating' | 'open' | 'reconnecting' | 'released' | 'closing' | 'closed';

export interface SessionStateEvent {
  state: SessionState;
  previous: SessionState;
  /** Robot endpoint, "host:port". */
  robot: string;
  sessionId: number;
  /** reconnecting: wait before the next attempt, and which attempt that will be. */
  delayMs?: number;
  attempt?: number;
  /** Why we left the previous state (redacted). */
  error?: KortexError | Error;
  /** reconnecting after the robot refused the login (any error reply to CreateSession). */
  authFailed?: boolean;
  /** reconnecting because the robot no longer knows our session while the link was fine. */
  sessionLost?: boolean;
}

/** Every state change the client may make; anything else is a bug, thrown where it happens. */
export const SESSION_TRANSITIONS: Readonly<Record<SessionState, readonly SessionState[]>> = {
  idle: ['connecting', 'released', 'closing'],
  connecting: ['authenticating', 'reconnecting', 'released', 'closing'],
  authenticating: ['open', 'reconnecting', 'released', 'closing'],
  open: ['reconnecting', 'released', 'closing'],
  reconnecting: ['connecting', 'released', 'closing'],
  released: ['connecting', 'closing'],
  closing: ['closed'],
  closed: [],
};

export class IllegalTransitionError extends Error {
  constructor(from: SessionState, to: SessionState) {
    super(`session client: illegal state change ${from} → ${to}`);
    this.name = 'IllegalTransitionError';
  }
}

export interface StateEventMap {
  state: [event: SessionStateEvent];
}

/** Holds the current state; `enter()` checks the table, updates the state, then delivers the event in order. */
export class SessionStateMachine extends EventEmitter<StateEventMap> {
  private current: SessionState = 'idle';
  private readonly queue: SessionStateEvent[] = [];
  private delivering = false;

  get state(): SessionState {
    return this.current;
  }

  /** True while `state` may move to `to`. */
  canEnter(to: SessionState): boolean {
    return SESSION_TRANSITIONS[this.current].includes(to);
  }

  /**
   * Moves to `event.state`. The state is updated before any listener runs; listeners that change
   * the state again have their event delivered after this one, to every listener.
   */
  enter(event: Omit<SessionStateEvent, 'previous'>): void {
    const previous = this.current;
    if (!this.canEnter(event.state)) throw new IllegalTransitionError(previous, event.state);
    this.current = event.state;
    this.queue.push({ ...event, previous });
    if (this.delivering) return;
    this.delivering = true;
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) this.emit('state', next);
    } finally {
      this.delivering = false;
    }
  }
}
