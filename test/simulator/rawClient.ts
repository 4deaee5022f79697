/**
 * A bare-bones test peer for the simulator: a raw TCP socket plus our protocol encoders. It is
 * deliberately not the package's client, so simulator tests do not depend on it.
 */
import net from 'node:net';
import { DecodedError, decodeErrorResponse } from '../../src/protocol/errors';
import { Frame, buildRequestHeader, decodeFrame, encodeFrame } from '../../src/protocol/frame';
import { FrameType, HeaderFields, unpackHeader } from '../../src/protocol/header';
import { SESSION_SERVICE_ID, SessionRpcs } from '../../src/protocol/session/rpcs';
import { TcpFrameSplitter, wrapTcpFrame } from '../../src/protocol/tcpFraming';

export interface RawResponse {
  frame: Frame;
  fields: HeaderFields;
}

export class RawClient {
  private readonly splitter: TcpFrameSplitter;
  private readonly waiting = new Map<number, { resolve: (r: RawResponse) => void; timer: NodeJS.Timeout }>();
  private nextMessageId = 1;
  /** Session id sent in requests; updated from every response, like the vendor K2 client. */
  sessionId = 0;
  readonly received: RawResponse[] = [];
  /** NOTIFICATION frames, kept apart: their message id is a subscription handle, not a request's. */
  readonly notifications: RawResponse[] = [];

  private constructor(readonly socket: net.Socket) {
    this.splitter = new TcpFrameSplitter({
      onFrame: (bytes) => {
        const frame = decodeFrame(bytes);
        const fields = unpackHeader(frame.header);
        const response = { frame, fields };
        if (fields.frameType === FrameType.Notification) {
          this.notifications.push(response);
          return;
        }
        this.received.push(response);
        if (fields.errorCode === 0) this.sessionId = fields.sessionId;
        const w = this.waiting.get(fields.messageId);
        if (w) {
          clearTimeout(w.timer);
          this.waiting.delete(fields.messageId);
          w.resolve(response);
        }
      },
    });
    socket.on('data', (chunk: Buffer) => this.splitter.push(chunk));
    socket.on('error', () => undefined); // tests look at 'close' and at responses
  }

  static connect(port: number, host = '127.0.0.1'): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host, port }, () => {
        socket.off('error', reject);
        resolve(new RawClient(socket));
      });
      socket.once('error', reject);
    });
  }

  /** Resolves with the next response carrying `messageId`, or null after `timeoutMs`. */
  expectResponse(messageId: number, timeoutMs = 2000): Promise<RawResponse | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(messageId);
        resolve(null);
      }, timeoutMs);
      this.waiting.set(messageId, { resolve, timer });
    });
  }

  /** Sends a raw frame (any header) and resolves with the response, or null after `timeoutMs`. */
  sendFrame(header: Frame['header'], payload?: Uint8Array, timeoutMs = 2000): Promise<RawResponse | null> {
    const response = this.expectResponse(header.messageInfo & 0xffff, timeoutMs);
    this.socket.write(wrapTcpFrame(encodeFrame(header, payload)));
    return response;
  }

  /** Sends a Session request with the next message id and the current session id. */
  request(
    functionId: number,
    payload?: Uint8Array,
    overrides: { sessionId?: number; serviceId?: number; timeoutMs?: number } = {},
  ): Promise<RawResponse | null> {
    const messageId = this.nextMessageId++;
    const header = buildRequestHeader({
      sessionId: overrides.sessionId ?? this.sessionId,
      messageId,
      serviceId: overrides.serviceId ?? SESSION_SERVICE_ID,
      functionId,
      payload,
    });
    return this.sendFrame(header, payload, overrides.timeoutMs);
  }

  /** Like request(), but fails the test when no response arrives. */
  async call(
    functionId: number,
    payload?: Uint8Array,
    overrides: { sessionId?: number; serviceId?: number; timeoutMs?: number } = {},
  ): Promise<RawResponse> {
    const r = await this.request(functionId, payload, overrides);
    if (!r) throw new Error(`no response to function ${functionId}`);
    return r;
  }

  createSession(
    username: string,
    password: string,
    sessionInactivityTimeout = 10000,
    connectionInactivityTimeout = 2000,
  ): Promise<RawResponse> {
    return this.call(
      1,
      SessionRpcs.createSession.encodeRequest({ username, password, sessionInactivityTimeout, connectionInactivityTimeout }),
    );
  }

  /** Resolves when the server closes the socket (or it is already closed). */
  closed(): Promise<void> {
    if (this.socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => this.socket.once('close', () => resolve()));
  }

  destroy(): Promise<void> {
    for (const w of this.waiting.values()) clearTimeout(w.timer);
    this.waiting.clear();
    const done = this.closed();
    this.socket.destroy();
    return done;
  }
}

export function errorOf(r: RawResponse): DecodedError {
  return decodeErrorResponse(r.fields.errorCode, r.fields.errorSubCode, r.frame.payload);
}
