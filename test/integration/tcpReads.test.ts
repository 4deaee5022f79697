/**
 * The Kortex 2 transport reads at most about one full read buffer per turn of the event loop
 * (src/transport/tcp.ts, pauseReading): left alone, Node reads up to 32 buffers of 64 KiB in one
 * turn, so a robot (or anything at its address) that floods the link would hold the whole process,
 * a Node-RED editor included. Checked on a real socket on 127.0.0.1: the frames handled between
 * two turns (setImmediate), and that none is lost.
 */
import assert from 'node:assert/strict';
import { encodeFrame } from '../../src/protocol/frame';
import { FrameType, HEADER_VERSION, packFrameInfo, packMessageInfo, packPayloadInfo, packServiceInfo } from '../../src/protocol/header';
import { wrapTcpFrame } from '../../src/protocol/tcpFraming';
import { TcpTransport } from '../../src/transport/tcp';
import { LoopbackServer, listenOnLoopback } from '../helpers/loopbackServer';
import { waitFor } from '../helpers/wait';

const READ_BUFFER_BYTES = 64 * 1024;
const FLOOD_BYTES = 8 * 1024 * 1024;

function notification(): Buffer {
  const payload = Buffer.alloc(20, 7);
  return wrapTcpFrame(
    encodeFrame(
      {
        frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Notification, 0, 0, 0),
        messageInfo: packMessageInfo(1, 3),
        serviceInfo: packServiceInfo(1, 2, 0xb0),
        payloadInfo: packPayloadInfo(payload.length),
      },
      payload,
    ),
  );
}

describe('Kortex 2 transport: a flood is read a buffer per turn', function () {
  this.timeout(20000);
  let server: LoopbackServer | undefined;
  let transport: TcpTransport | undefined;

  afterEach(async () => {
    await transport?.close();
    await server?.close();
    transport = undefined;
    server = undefined;
  });

  it('8 MiB of notifications at once: no turn of the event loop handles more than a few full reads, and every frame arrives', async () => {
    const frame = notification();
    const count = Math.floor(FLOOD_BYTES / frame.length);
    const flood = Buffer.concat(Array.from({ length: count }, () => frame));
    let stopped = false;
    server = await listenOnLoopback((socket) => socket.write(flood));
    transport = new TcpTransport({ host: '127.0.0.1', port: server.port });
    transport.on('down', () => undefined);
    let total = 0;
    let thisTurn = 0;
    let most = 0;
    transport.on('frame', () => {
      total++;
      thisTurn++;
    });
    const turn = (): void => {
      most = Math.max(most, thisTurn);
      thisTurn = 0;
      if (!stopped) setImmediate(turn);
    };
    setImmediate(turn);
    await transport.connect(2000);
    try {
      await waitFor(() => total === count, `all ${count} frames`, 10000);
    } finally {
      stopped = true;
    }
    const perRead = Math.ceil(READ_BUFFER_BYTES / frame.length);
    // Two reads can meet in one turn (the one paused, then the next); without the pause Node reads up to 32.
    assert.ok(most <= 4 * perRead, `${most} frames in one turn; at most ${4 * perRead} (four full reads of ${perRead}) expected`);
  });
});
