/**
 * kortex-session-control's parts that need no Node-RED: which command a message asks for, what the
 * session is doing as a message, and waiting (bounded) for a login to succeed or fail.
 */
import { KortexError } from '../../src/client/core/errors';
import { redact } from '../../src/client/core/redact';
import type { KortexSessionClient } from '../../src/client/session/client';
import type { SessionState, SessionStateEvent } from '../../src/client/session/states';
import { waitForState } from '../../src/client/core/waitForState';
import { inputError } from './binding';
import { describeValue } from '../../src/util/describeValue';
import type { Translate } from './i18n';
import type { NodeMessage } from './types';

export type ControlCommand = 'release' | 'acquire' | 'reconnect' | 'status';
export const CONTROL_COMMANDS: readonly ControlCommand[] = ['release', 'acquire', 'reconnect', 'status'];

function isCommand(value: unknown): value is ControlCommand {
  return typeof value === 'string' && (CONTROL_COMMANDS as readonly string[]).includes(value);
}

/**
 * `msg.payload` when it is a string (it must then be a command), else `msg.topic` when it names a
 * command, else the node's own command: an inject's timestamp payload runs the configured command.
 */
export function commandFor(msg: NodeMessage, configured: ControlCommand, t: Translate): ControlCommand {
  const payload = msg.payload;
  if (typeof payload === 'string') {
    if (isCommand(payload)) return payload;
    throw inputError(t('kortex.errors.command', { got: describeValue(payload) }));
  }
  return isCommand(msg.topic) ? msg.topic : configured;
}

/** msg.payload of kortex-session-control: the session as it is after the command. */
export interface SessionSummary {
  command: ControlCommand;
  state: SessionState;
  /** The flow handed the robot over: no session until "acquire" or "reconnect". */
  released: boolean;
  robot: string;
  /** The open session's id, 0 when there is none. */
  sessionId: number;
  /** Why the session is not open, when it failed (redacted), and its Kortex error name or client kind. */
  error?: string;
  code?: string;
}

export function sessionSummary(command: ControlCommand, client: KortexSessionClient, last: SessionStateEvent | undefined): SessionSummary {
  const state = client.state;
  const summary: SessionSummary = {
    command,
    state,
    released: state === 'released',
    robot: client.robot,
    sessionId: state === 'open' ? client.sessionId : 0,
  };
  const error = state === 'reconnecting' && last?.state === 'reconnecting' ? last.error : undefined;
  if (error) {
    summary.error = redact(error.message);
    if (error instanceof KortexError) summary.code = error.code;
  }
  return summary;
}

/** Resolves once a login the node asked for is settled: open, failed (retrying), released or closed; or after `timeoutMs`. */
export function loginSettled(client: KortexSessionClient, timeoutMs: number): Promise<void> {
  const settled = (state: SessionState): boolean =>
    state === 'open' || state === 'reconnecting' || state === 'released' || state === 'closed';
  // A login still unsettled after timeoutMs is reported as it is then, not as an error.
  return waitForState(client, settled, { timeoutMs }).then(
    () => undefined,
    () => undefined,
  );
}
