/**
 * A refused login, kept by the session client until a login succeeds (calls fail at once with it,
 * the reconnect waits the longest delay). The robot refuses with its error codes (any error reply
 * to CreateSession, docs/protocol.md); the link refuses when TLS fails or the broker refuses its
 * own credentials (Kortex 3).
 */
import { LinkRefusedError } from '../../transport/types';
import { KortexError, withoutEndpoint } from '../core/errors';
import { redact } from '../core/redact';

export type LoginRefusal =
  { errorCode: number; subCode?: number; serverText?: string } | { kind: 'TLS_FAILED' | 'BROKER_REFUSED'; summary: string };

/** The refusal `err` means, if any: a robot error reply to the login (`login`), or a refused link. */
export function refusalOf(err: unknown, login: boolean, ...endpoints: Array<string | undefined>): LoginRefusal | undefined {
  if (login && err instanceof KortexError && err.errorCode !== undefined) {
    return { errorCode: err.errorCode, subCode: err.subCode, serverText: err.serverText };
  }
  if (err instanceof LinkRefusedError) {
    return { kind: err.reason === 'tls' ? 'TLS_FAILED' : 'BROKER_REFUSED', summary: withoutEndpoint(redact(err.message), ...endpoints) };
  }
  return undefined;
}

/** The error a call (or the attempt itself, without `rpc`) fails with while the refusal stands. */
export function refusalError(refusal: LoginRefusal, robot: string, rpc?: string): KortexError {
  if ('kind' in refusal) return new KortexError(refusal.summary, { kind: refusal.kind, rpc, robot });
  return new KortexError('the robot refused the login', { rpc, robot, ...refusal });
}
