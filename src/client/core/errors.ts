/** The one error type this package's client raises, with names a Catch node can switch on. */
import { errorCodeName, subErrorCodeName } from '../../protocol/errors';

import type { TransportKind } from '../../transport/types';
import { redact } from './redact';

/**
 * A transport that could not even be built (a kind this build does not have, a bad option): the
 * client reports it as a failed attempt (state 'reconnecting' with this as the cause), never as a crash.
 */
export class TransportUnavailableError extends Error {
  constructor(
    message: string,
    readonly kind: TransportKind,
  ) {
    super(message);
    this.name = 'TransportUnavailableError';
  }
}

/** Failures that happen on our side of the wire. */
export type ClientErrorKind =
  | 'TIMEOUT' // no reply within the request timeout
  | 'DISCONNECTED' // the link went down while the call was in flight
  | 'NOT_CONNECTED' // the robot stayed unreachable for the whole wait
  | 'QUEUE_FULL' // too many requests waiting for this robot
  | 'CLOSED' // the client was closed (redeploy, shutdown)
  | 'RELEASED' // the flow released the session (handover); no call goes out until it is acquired again
  | 'INVALID_INPUT' // the request could not be encoded, or does not fit the job's state; nothing was sent
  | 'BAD_RESPONSE' // the robot's reply could not be decoded (corrupted, not a Kortex reply, or over a limit)
  | 'TLS_FAILED' // Kortex 3 over TLS: the broker's certificate is not trusted or not for this host, or the broker wants a client certificate
  | 'BROKER_REFUSED' // Kortex 3: the broker refused its own login (user name and password of the broker, not the robot)
  | 'UNSUPPORTED' // the robot's generation has no such call (or it is not known yet); nothing was sent
  | 'NOT_FOUND' // the robot has no stored job by that name or handle
  | 'BUSY'; // a job of ours runs on this robot already; a second is refused, never queued

export interface KortexErrorDetails {
  rpc?: string;
  robot?: string;
  /** Robot-side error: `Kinova.Api.ErrorCodes` value. */
  errorCode?: number;
  /** Robot-side error: `Kinova.Api.SubErrorCodes` value. */
  subCode?: number;
  /** The robot's own text (Error.error_sub_string). */
  serverText?: string;
  kind?: ClientErrorKind;
  cause?: Error;
}

export class KortexError extends Error {
  /** "ERROR_DEVICE/INVALID_PASSWORD" for robot errors, the ClientErrorKind otherwise. */
  readonly code: string;
  readonly rpc?: string;
  readonly robot?: string;
  readonly errorCode?: number;
  readonly subCode?: number;
  readonly errorCodeName?: string;
  readonly subCodeName?: string;
  readonly serverText?: string;
  readonly kind?: ClientErrorKind;

  constructor(summary: string, details: KortexErrorDetails) {
    const isRobotError = details.errorCode !== undefined;
    const code = isRobotError
      ? `${errorCodeName(details.errorCode ?? 0)}/${subErrorCodeName(details.subCode ?? 0)}`
      : (details.kind ?? 'ERROR');
    const where = [details.rpc, details.robot && `on ${details.robot}`].filter(Boolean).join(' ');
    const text = details.serverText ? ` (robot says: ${details.serverText})` : '';
    super(`${where ? `${where}: ` : ''}${isRobotError ? `${code}${text}` : summary}${isRobotError && summary ? ` - ${summary}` : ''}`);
    this.name = 'KortexError';
    this.code = code;
    this.rpc = details.rpc;
    this.robot = details.robot;
    this.errorCode = details.errorCode;
    this.subCode = details.subCode;
    if (isRobotError) {
      this.errorCodeName = errorCodeName(details.errorCode ?? 0);
      this.subCodeName = subErrorCodeName(details.subCode ?? 0);
    }
    this.serverText = details.serverText;
    this.kind = details.kind;
    if (details.cause) (this as { cause?: Error }).cause = details.cause;
  }

  /** True for robot errors that mean the credentials are wrong (retrying will not help). */
  get isAuthFailure(): boolean {
    return this.subCodeName === 'INVALID_PASSWORD' || this.subCodeName === 'USER_NOT_FOUND';
  }
}

/** A reply over the size limit, skipped unread (docs/protocol.md, "Kortex 2: TCP on port 10000"). */
export function replyTooLargeError(length: number, limit: number, rpc: string | undefined, robot: string): KortexError {
  return new KortexError(`reply of ${describeBytes(length)} exceeds the limit of ${describeBytes(limit)}; it was skipped unread`, {
    kind: 'BAD_RESPONSE',
    rpc,
    robot,
  });
}

/** "16000030 bytes (16.0 MB)": exact, and readable at a glance. */
function describeBytes(n: number): string {
  return n < 1e6 ? `${n} bytes` : `${n} bytes (${(n / 1e6).toFixed(1)} MB)`;
}

/** "10.0.0.5:10000: connection refused …" → "connection refused …" (the endpoint is named once by KortexError). */
export function withoutEndpoint(text: string, ...endpoints: Array<string | undefined>): string {
  for (const e of endpoints) if (e && text.startsWith(`${e}: `)) return text.slice(e.length + 2);
  return text;
}

/** Why a link was lost, as the client reports it; transport texts already start with the endpoint, which KortexError names itself. */
export function linkLostError(cause: Error, robot: string, transportEndpoint: string | undefined): KortexError {
  if (cause instanceof KortexError) return cause;
  return new KortexError(withoutEndpoint(redact(cause.message), robot, transportEndpoint), { kind: 'DISCONNECTED', robot, cause });
}

/** What went wrong, without the "GetConnections on 10.0.0.5:10000: " a KortexError's text starts with (a text quoting it names the robot itself). */
export function reasonOf(error: Error, ...endpoints: Array<string | undefined>): string {
  return withoutEndpoint(error.message.replace(/^(?:\w+ )?on \S+: /, ''), ...endpoints);
}

/** One error per call lost with the link, naming its RPC: "GetConnections on 10.0.0.5:10000: connection lost (connection reset by the robot)". */
export function lostCallError(error: KortexError, robot: string, transportEndpoint: string | undefined): (rpc: string) => KortexError {
  const why = reasonOf(error, robot, transportEndpoint);
  return (rpc) => new KortexError(`connection lost (${why})`, { kind: 'DISCONNECTED', rpc, robot, cause: error });
}
