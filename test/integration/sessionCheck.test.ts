/**
 * The keep-alive monitor's check of a `sessions/killed` broadcast (src/client/link/keepAlive.ts,
 * verifySession): one KeepAlive decides, kills that arrive meanwhile join it, a KeepAlive already
 * in flight is followed by the check's own, and only an error answer or silence loses the session.
 * Driven through the real router and K2 transport against a scripted robot on 127.0.0.1 that
 * holds each KeepAlive until the test answers it.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { KortexError } from '../../src/client/core/errors';
import { Router } from '../../src/client/link/router';
import { KeepAliveMonitor } from '../../src/client/link/keepAlive';
import { ErrorCode, SubErrorCode, encodeErrorPayload } from '../../src/protocol/errors';
import { FrameType, HEADER_VERSION, RawHeader, packFrameInfo, packMessageInfo, packPayloadInfo } from '../../src/protocol/header';
import { SESSION_SERVICE_ID, SessionRpcs } from '../../src/protocol/session/rpcs';
import { TcpFrameSplitter, wrapTcpFrame } from '../../src/protocol/tcpFraming';
import { decodeFrame, encodeFrame } from '../../src/protocol/frame';
import { TcpTransport } from '../../src/transport/tcp';
import { waitFor } from '../helpers/wait';

/** A robot that answers GetConnections at once (a round trip to sync on) and holds every KeepAlive. */
async function holdingRobot(): Promise<{
  port: number;
  held: RawHeader[];
  answer(request: RawHeader, errorSubCode?: number): void;
  close(): Promise<void>;
}> {
  const held: RawHeader[] = [];
  let socket: net.Socket | undefined;
  const reply = (request: RawHeader, errorSubCode?: number): Buffer => {
    const errorCode = errorSubCode === undefined ? 0 : ErrorCode.ERROR_PROTOCOL_SERVER;
    const payload = errorSubCode === undefined ? Buffer.alloc(0) : encodeErrorPayload(errorCode, errorSubCode, 'session not recognized');
    return wrapTcpFrame(
      encodeFrame(
        {
          frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Response, 0, errorCode, errorSubCode ?? 0),
          messageInfo: packMessageInfo(9, request.messageInfo & 0xffff),
          serviceInfo: request.serviceInfo,
          payloadInfo: packPayloadInfo(payload.length),
        },
        payload,
      ),
    );
  };
  const server = net.createServer((s) => {
    socket = s;
    s.on('error', () => undefined);
    const splitter = new TcpFrameSplitter({
      onFrame: (bytes) => {
        const header = { ...decodeFrame(bytes).header };
        if ((header.serviceInfo & 0xffff) === SessionRpcs.keepAlive.functionId) held.push(header);
        else s.write(reply(header));
      },
    });
    s.on('data', (chunk: Buffer) => splitter.push(chunk));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    held,
    answer: (request, errorSubCode) => socket?.write(reply(request, errorSubCode)),
    close: () =>
      new Promise<void>((resolve) => {
        socket?.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('keep-alive monitor: one KeepAlive checks a sessions/killed broadcast (K2 transport, scripted robot)', function () {
  this.timeout(10000);
  let robot: Awaited<ReturnType<typeof holdingRobot>> | undefined;
  let transport: TcpTransport | undefined;
  let router: Router | undefined;
  let monitor: KeepAliveMonitor | undefined;

  afterEach(async () => {
    monitor?.stop();
    router?.dispose(new Error('test over'));
    await transport?.close(200);
    await robot?.close();
  });

  async function setUp(requestTimeoutMs = 5000): Promise<{ losses: Array<[KortexError, boolean]>; roundTrip(): Promise<unknown> }> {
    robot = await holdingRobot();
    transport = new TcpTransport({ host: '127.0.0.1', port: robot.port });
    await transport.connect(2000);
    const r = new Router(transport);
    router = r;
    const losses: Array<[KortexError, boolean]> = [];
    // No periodic KeepAlive: every KeepAlive the robot holds is a check's.
    monitor = new KeepAliveMonitor({
      link: {
        get lastSentAt() {
          return r.lastSentAt;
        },
        get lastReceivedAt() {
          return r.lastReceivedAt;
        },
        sendKeepAlive: (timeoutMs) =>
          r.call({ serviceId: SESSION_SERVICE_ID, functionId: SessionRpcs.keepAlive.functionId, timeoutMs, rpc: 'KeepAlive' }),
      },
      intervalMs: 0,
      requestTimeoutMs,
      robot: transport.endpoint,
      onLoss: (error, sessionLost) => losses.push([error, sessionLost]),
    });
    monitor.start();
    // A request answered at once: once it is back, every request sent before it has reached the robot.
    const roundTrip = (): Promise<unknown> =>
      r.call({ serviceId: SESSION_SERVICE_ID, functionId: SessionRpcs.getConnections.functionId, timeoutMs: 2000, rpc: 'GetConnections' });
    return { losses, roundTrip };
  }

  it('kills during a check join it (one KeepAlive, calls not held); a robot that answers makes it "alive"; a later kill checks again', async () => {
    const { losses, roundTrip } = await setUp();
    const m = monitor as KeepAliveMonitor;
    const first = m.verifySession();
    const joined = Array.from({ length: 19 }, () => m.verifySession());
    await roundTrip();
    assert.equal(robot?.held.length, 1, 'one KeepAlive for twenty kills');
    assert.ok(
      joined.every((p) => p === first),
      'every kill got the same check',
    );
    assert.equal(m.checkingSession, false, 'calls are not held for a kill check');
    robot?.answer(robot.held[0]);
    assert.deepEqual(await Promise.all([first, ...joined]), Array(20).fill('alive'));
    assert.deepEqual(losses, []);

    const again = m.verifySession();
    assert.notEqual(again, first);
    await waitFor(() => robot?.held.length === 2, "a second check's KeepAlive");
    robot?.answer(robot.held[1]);
    assert.equal(await again, 'alive');
  });

  it('a KeepAlive already in flight when the kill arrives is not the check: the check sends its own after it, and an error answer loses the session', async () => {
    const { losses, roundTrip } = await setUp();
    const m = monitor as KeepAliveMonitor;
    // A session-level error starts a KeepAlive of its own, before the kill.
    m.callFailed(new KortexError('', { errorCode: ErrorCode.ERROR_PROTOCOL_SERVER, subCode: SubErrorCode.INVALID_USER_SESSION_ACCESS }));
    await waitFor(() => robot?.held.length === 1, 'the first KeepAlive');
    let outcome: string | undefined;
    const check = m.verifySession().then((o) => {
      outcome = o;
    });
    await roundTrip();
    assert.equal(robot?.held.length, 1, 'never two KeepAlives in flight');
    robot?.answer(robot.held[0]);
    await waitFor(() => robot?.held.length === 2, "the check's own KeepAlive");
    assert.equal(outcome, undefined, 'the earlier KeepAlive did not decide the check');
    robot?.answer(robot.held[1], SubErrorCode.INVALID_SESSION);
    await check;
    assert.equal(outcome, 'lost');
    assert.equal(losses.length, 1);
    assert.equal(losses[0][1], true, 'the session is lost (a re-login), not the link');
    assert.match(
      losses[0][0].message,
      /no longer knows this session \(KeepAlive answered ERROR_PROTOCOL_SERVER\/INVALID_SESSION after a sessions\/killed broadcast named it\)/,
    );
  });

  it("no answer to the check's KeepAlive loses the session; a monitor stopped meanwhile ends a check undecided", async () => {
    const { losses } = await setUp(150);
    const m = monitor as KeepAliveMonitor;
    assert.equal(await m.verifySession(), 'lost');
    assert.deepEqual(
      losses.map(([e, sessionLost]) => [e.message.replace(/^.*?: /, ''), sessionLost]),
      [['the robot ended this session (no KeepAlive reply within 150 ms after a sessions/killed broadcast named it)', true]],
    );
    assert.equal(await m.verifySession(), 'ended', 'a stopped monitor checks nothing');

    monitor = new KeepAliveMonitor({
      link: {
        lastSentAt: 0,
        lastReceivedAt: 0,
        sendKeepAlive: (timeoutMs) =>
          (router as Router).call({
            serviceId: SESSION_SERVICE_ID,
            functionId: SessionRpcs.keepAlive.functionId,
            timeoutMs,
            rpc: 'KeepAlive',
          }),
      },
      intervalMs: 0,
      requestTimeoutMs: 5000,
      robot: 'x',
      onLoss: () => assert.fail('no loss after stop'),
    });
    const pending = monitor.verifySession();
    await waitFor(() => robot?.held.length === 2, "the second monitor's KeepAlive");
    monitor.stop();
    assert.equal(await pending, 'ended');
  });
});
