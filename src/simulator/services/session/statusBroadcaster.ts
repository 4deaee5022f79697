/**
 * The simulated Link 6's session status broadcasts (docs/session-status.md): the list of open
 * sessions on `sessions/status` after every change (login, logout, expiry, temporary role), and the
 * session the robot ended on `sessions/killed` (expiry, reboot, eviction at the session limit, a
 * requester forgotten), in the envelope chosen, since the real one is not documented.
 */
import {
  SESSION_KILLED_TOPIC,
  SESSION_STATUS_TOPIC,
  StatusEnvelope,
  encodeSessionKilledBroadcast,
  encodeSessionStatusBroadcast,
} from '../../../protocol/session/sessionStatus';
import type { SessionModel } from '../../robot/model';
import type { SessionCloseReason, SessionListChange } from '../../robot/modelTypes';

export type StatusEnvelopeChoice = StatusEnvelope | 'off';
export const STATUS_ENVELOPE_CHOICES: readonly StatusEnvelopeChoice[] = ['raw-frame', 'bare', 'off'];
export type KilledPayloadForm = 'handle' | 'list';

export interface StatusBroadcastOptions {
  /** Default 'raw-frame'; 'off' publishes nothing. */
  envelope?: StatusEnvelopeChoice;
  /** `sessions/killed` holds one SessionStatusHandle ('handle', default) or a PayloadSessionStatusRaw ('list'). */
  killedForm?: KilledPayloadForm;
}

/** Ends the robot decided on; a logout ('closed'), a re-login ('replaced') or a shutdown is not a kill. */
const KILL_REASONS: ReadonlySet<SessionCloseReason> = new Set(['expired', 'reboot', 'evicted', 'detached']);

/** Publishes the model's changes through `publish`; returns the function that stops it. */
export function startStatusBroadcasts(
  model: SessionModel,
  publish: (topic: string, payload: Buffer) => void,
  options: StatusBroadcastOptions = {},
): () => void {
  const envelope = options.envelope ?? 'raw-frame';
  if (envelope === 'off') return () => undefined;
  const killedForm = options.killedForm ?? 'handle';
  const onChange = (change: SessionListChange): void => {
    if (change.ended && KILL_REASONS.has(change.ended.reason)) {
      publish(SESSION_KILLED_TOPIC, encodeSessionKilledBroadcast(change.ended.session, envelope, killedForm));
    }
    publish(SESSION_STATUS_TOPIC, encodeSessionStatusBroadcast(change.sessions, envelope));
  };
  model.on('sessions-changed', onChange);
  return () => model.off('sessions-changed', onChange);
}
