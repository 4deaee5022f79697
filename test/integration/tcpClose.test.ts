/**
 * After close(), and after a reconnect replaced the socket, nothing an old socket still receives
 * reaches the K2 transport's parser: a robot (or anything at its address) that keeps writing
 * after we hung up must not produce frames or problems on the transport, least of all on the
 * link that replaced it. Raw servers on 127.0.0.1 that keep writing after the client's FIN.
 */
import assert from 'node:assert/strict';
import { encodeFrame } from '../../src/protocol/frame';
import { FrameType, packFrameInfo, packMessageInfo, packServiceInfo } from '../../src/protocol/header';
import { wrapTcpFrame } from '../../src/protocol/tcpFraming';
import { TcpTransport } from '../../src/transport/tcp';
import { LoopbackServer, listenOnLoopback } from '../helpers/loopbackServer';
import { sleep, waitFor } from '../helpers/wait';

/**
 * A server that writes a RESPONSE frame every 5 ms on each connection until that socket closes, FIN
 * or not; the frame's message id is the connection's number (1, 2, ...).
 */
function chattyServer(): Promise<LoopbackServer> {
  let connections = 0;
  // allowHalfOpen: the client's FIN does not end our side; we go on writing as a hostile peer would.
  return listenOnLoopback(
    (socket) => {
      const frame = wrapTcpFrame(
        encodeFrame({
          frameInfo: packFrameInfo(1, FrameType.Response, 0, 0, 0),
          messageInfo: packMessageInfo(3, ++connections),
          serviceInfo: packServiceInfo(1, 1, 3),
          payloadInfo: 0,
        }),
      );
      const timer = setInterval(() => socket.write(frame), 5);
      socket.on('close', () => clearInterval(timer));
    },
    { allowHalfOpen: true },
  );
}

describe('transport: K2 socket after close()', function () {
  this.timeout(10000);
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  function watch(t: TcpTransport): { messageIds: number[]; problems: Error[] } {
    const seen = { messageIds: [] as number[], problems: [] as Error[] };
    t.on('frame', (f) => seen.messageIds.push(f.header.messageInfo & 0xffff));
    t.on('problem', (e) => seen.problems.push(e));
    return seen;
  }

  it('emits no frame and no problem once close() was called, while the peer keeps writing', async () => {
    const server = await chattyServer();
    cleanups.push(() => server.close());
    const t = new TcpTransport({ host: '127.0.0.1', port: server.port });
    cleanups.push(() => t.close(10));
    const seen = watch(t);
    await t.connect(2000);
    await waitFor(() => seen.messageIds.length >= 3, 'frames before close()', 2000);
    const closed = t.close(300); // the socket lingers for up to 300 ms after our FIN; the server writes on
    const before = seen.messageIds.length;
    await closed;
    assert.equal(seen.messageIds.length - before, 0, `frames after close(): ${seen.messageIds.length - before}`);
    assert.deepEqual(seen.problems, []);
  });

  it("the new link never sees the old socket's bytes after a reconnect", async () => {
    const robot = await chattyServer();
    cleanups.push(() => robot.close());
    const t = new TcpTransport({ host: '127.0.0.1', port: robot.port });
    const seen = watch(t);
    await t.connect(2000);
    await waitFor(() => seen.messageIds.length >= 3, 'frames from the old robot', 2000);
    const closed = t.close(500);
    const reconnected = t.connect(2000);
    const mark = seen.messageIds.length;
    await reconnected;
    cleanups.push(() => t.close(10));
    await sleep(200);
    await closed;
    const after = seen.messageIds.slice(mark);
    assert.ok(after.includes(2), 'frames from the new link (connection 2) arrive');
    assert.deepEqual(
      after.filter((id) => id === 1),
      [],
      'no frame of the old socket (connection 1) after close()',
    );
    assert.deepEqual(seen.problems, []);
  });
});
