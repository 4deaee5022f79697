/**
 * A reply settles only its own call: the router matches a response by message id AND by the
 * service and function its request named (docs/protocol.md, "Responses"). A scripted robot on a
 * real socket on 127.0.0.1 sends replies that carry a pending call's message id but answer another
 * function: after the 16-bit message ids wrap (a late reply to a call that timed out long ago), and
 * directly. The router is driven with the real K2 transport.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { KortexError } from '../../src/client/core/errors';
import { Router } from '../../src/client/link/router';
import { ErrorCode, SubErrorCode, encodeErrorPayload } from '../../src/protocol/errors';
import {
  FrameType,
  HEADER_VERSION,
  RawHeader,
  packFrameInfo,
  packMessageInfo,
  packPayloadInfo,
  packServiceInfo,
} from '../../src/protocol/header';
import { SESSION_SERVICE_ID, SessionRpcs } from '../../src/protocol/session/rpcs';
import { TcpFrameSplitter, wrapTcpFrame } from '../../src/protocol/tcpFraming';
import { decodeFrame, encodeFrame } from '../../src/protocol/frame';
import { TcpTransport } from '../../src/transport/tcp';
import { LoopbackServer, listenOnLoopback } from '../helpers/loopbackServer';
import { waitFor } from '../helpers/wait';

const CREATE_SESSION = SessionRpcs.createSession.functionId;
const KEEP_ALIVE = SessionRpcs.keepAlive.functionId;
const GET_CONNECTIONS = SessionRpcs.getConnections.functionId;

/** One request as the scripted robot saw it. */
interface SeenRequest {
  header: RawHeader;
  messageId: number;
  functionId: number;
}

/** A response frame (with the TCP prefix) for `request`; `serviceInfo` and error bits may differ from it. */
function response(request: SeenRequest, payload: Buffer, o: { serviceInfo?: number; errorSubCode?: number } = {}): Buffer {
  const errorCode = o.errorSubCode === undefined ? 0 : ErrorCode.ERROR_PROTOCOL_SERVER;
  const body = o.errorSubCode === undefined ? payload : encodeErrorPayload(errorCode, o.errorSubCode, payload.toString());
  return wrapTcpFrame(
    encodeFrame(
      {
        frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Response, 0, errorCode, o.errorSubCode ?? 0),
        messageInfo: packMessageInfo(7, request.messageId),
        serviceInfo: o.serviceInfo ?? request.header.serviceInfo,
        payloadInfo: packPayloadInfo(body.length),
      },
      body,
    ),
  );
}

/**
 * A robot whose answers the test writes: `onRequests` gets each batch of requests decoded from one
 * chunk and returns the bytes to send back (one write per chunk, so 65 536 round trips stay fast).
 */
function scriptedRobot(onRequests: (requests: SeenRequest[], socket: net.Socket) => Buffer[]): Promise<LoopbackServer> {
  return listenOnLoopback((socket) => {
    let batch: SeenRequest[] = [];
    const splitter = new TcpFrameSplitter({
      onFrame: (bytes) => {
        const frame = decodeFrame(bytes);
        batch.push({
          header: { ...frame.header },
          messageId: frame.header.messageInfo & 0xffff,
          functionId: frame.header.serviceInfo & 0xffff,
        });
      },
    });
    socket.on('data', (chunk: Buffer) => {
      splitter.push(chunk);
      const requests = batch;
      batch = [];
      const out = onRequests(requests, socket);
      if (out.length > 0) socket.write(Buffer.concat(out));
    });
  });
}

/** The settled state of a Promise, readable at any time. */
function track(p: Promise<Buffer>): { outcome?: { payload?: string; error?: Error } } {
  const t: { outcome?: { payload?: string; error?: Error } } = {};
  p.then(
    (payload) => {
      t.outcome = { payload: payload.toString() };
    },
    (error: Error) => {
      t.outcome = { error };
    },
  );
  return t;
}

describe('router: a reply settles only its own call (K2 transport, scripted robot)', function () {
  this.timeout(20000);
  let robot: { port: number; close(): Promise<void> } | undefined;
  let transport: TcpTransport | undefined;
  let router: Router | undefined;

  afterEach(async () => {
    router?.dispose(new Error('test over'));
    await transport?.close(200);
    await robot?.close();
    robot = undefined;
    transport = undefined;
    router = undefined;
  });

  async function connect(port: number): Promise<{ router: Router; problems: Error[] }> {
    transport = new TcpTransport({ host: '127.0.0.1', port });
    await transport.connect(2000);
    router = new Router(transport);
    const problems: Error[] = [];
    router.on('problem', (e) => problems.push(e));
    return { router, problems };
  }

  const call = (r: Router, functionId: number, rpc: string, timeoutMs = 2000): Promise<Buffer> =>
    r.call({ serviceId: SESSION_SERVICE_ID, functionId, rpc, timeoutMs });

  it('after the 16-bit ids wrap, a late reply to a timed-out call does not settle the new call with that id; the new call still gets its own reply', async () => {
    let held: SeenRequest | undefined;
    let heldNewCall: SeenRequest | undefined;
    let lateReplySent = false;
    let robotSocket: net.Socket | undefined;
    robot = await scriptedRobot((requests, socket) => {
      robotSocket = socket;
      const out: Buffer[] = [];
      for (const request of requests) {
        if (request.functionId === CREATE_SESSION) {
          held = request; // answered only once its message id is in use again
        } else if (request.functionId === GET_CONNECTIONS && held && request.messageId === held.messageId) {
          out.push(response(held, Buffer.from('late CreateSession reply')));
          lateReplySent = true;
          heldNewCall = request;
        } else {
          out.push(response(request, Buffer.alloc(0)));
        }
      }
      return out;
    });
    const { router: r, problems } = await connect(robot.port);

    const old = call(r, CREATE_SESSION, 'CreateSession', 100);
    await assert.rejects(old, (e: unknown) => e instanceof KortexError && e.kind === 'TIMEOUT');
    const oldId = held?.messageId;
    assert.equal(oldId, 1);

    // Every other id once (2 … 65535, then 0): the next call gets id 1 again.
    let calls = 0;
    while (calls < 65535) {
      const n = Math.min(4096, 65535 - calls);
      await Promise.all(Array.from({ length: n }, () => call(r, KEEP_ALIVE, 'KeepAlive')));
      calls += n;
    }

    const fresh = track(call(r, GET_CONNECTIONS, 'GetConnections'));
    await waitFor(() => lateReplySent, 'the late reply sent');
    assert.equal(heldNewCall?.messageId, oldId, "the new call reuses the timed-out call's message id");
    // A later round trip on the same stream: the late reply has surely been handled before its answer.
    await call(r, KEEP_ALIVE, 'KeepAlive');
    assert.equal(fresh.outcome, undefined, `the late reply settled the new call: ${JSON.stringify(fresh.outcome)}`);
    assert.ok(
      problems.some((p) =>
        /reply for function 0x10001 \(message id 1\) does not match the pending GetConnections call \(0x10004\): dropped/.test(p.message),
      ),
      problems.map((p) => p.message).join('\n'),
    );

    // The new call's own reply still settles it.
    robotSocket?.write(response(heldNewCall as SeenRequest, Buffer.from('own GetConnections reply')));
    await waitFor(() => fresh.outcome, 'the new call settled');
    assert.deepEqual(fresh.outcome, { payload: 'own GetConnections reply' });
    assert.equal(r.inFlight, 0);
  });

  it('a reply with the pending id but another function or service (success or error) is dropped as a problem; the version bits do not matter', async () => {
    robot = await scriptedRobot((requests) =>
      requests.flatMap((request) => {
        if (request.functionId !== GET_CONNECTIONS) return [response(request, Buffer.alloc(0))];
        return [
          response(request, Buffer.from('KeepAlive reply'), { serviceInfo: packServiceInfo(1, SESSION_SERVICE_ID, KEEP_ALIVE) }),
          response(request, Buffer.from('other service'), { serviceInfo: packServiceInfo(1, 2, GET_CONNECTIONS) }),
          response(request, Buffer.from('wrong function'), {
            serviceInfo: packServiceInfo(1, SESSION_SERVICE_ID, CREATE_SESSION),
            errorSubCode: SubErrorCode.INVALID_SESSION,
          }),
          // Service version 2 in the top bits: still the reply to this call.
          response(request, Buffer.from('own reply'), { serviceInfo: packServiceInfo(2, SESSION_SERVICE_ID, GET_CONNECTIONS) }),
        ];
      }),
    );
    const { router: r, problems } = await connect(robot.port);
    const payload = await call(r, GET_CONNECTIONS, 'GetConnections');
    assert.equal(payload.toString(), 'own reply');
    assert.deepEqual(
      problems.map((p) => p.message.replace(/^.*?: /, '')),
      [
        'reply for function 0x10003 (message id 1) does not match the pending GetConnections call (0x10004): dropped',
        'reply for function 0x20004 (message id 1) does not match the pending GetConnections call (0x10004): dropped',
        'reply for function 0x10001 (message id 1) does not match the pending GetConnections call (0x10004): dropped',
      ],
    );
    assert.ok(problems.every((p) => p instanceof KortexError && p.kind === 'BAD_RESPONSE'));
    assert.equal(r.inFlight, 0);
  });

  it('an oversized reply with the pending id but another function does not fail that call either; one for it does, with BAD_RESPONSE', async () => {
    const oversized = Buffer.alloc(1024 * 1024 + 1);
    robot = await scriptedRobot((requests) =>
      requests.flatMap((request) => {
        if (request.functionId === GET_CONNECTIONS) {
          return [
            response(request, oversized, { serviceInfo: packServiceInfo(1, SESSION_SERVICE_ID, KEEP_ALIVE) }),
            response(request, Buffer.from('own reply')),
          ];
        }
        if (request.functionId === CREATE_SESSION) return [response(request, oversized)];
        return [response(request, Buffer.alloc(0))];
      }),
    );
    const { router: r, problems } = await connect(robot.port);
    const payload = await call(r, GET_CONNECTIONS, 'GetConnections');
    assert.equal(payload.toString(), 'own reply');
    assert.equal(problems.length, 1, problems.map((p) => p.message).join('\n'));
    assert.match(problems[0].message, /exceeds the limit of 1048576 bytes/);
    await assert.rejects(
      call(r, CREATE_SESSION, 'CreateSession'),
      (e: unknown) => e instanceof KortexError && e.kind === 'BAD_RESPONSE' && /CreateSession on .*reply of 1048\d+ bytes/.test(e.message),
    );
    assert.equal(r.inFlight, 0);
  });
});
