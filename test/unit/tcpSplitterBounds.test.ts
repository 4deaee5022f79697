/**
 * The Kortex 2 TCP splitter at its edges (docs/protocol.md, "Kortex 2: TCP on port 10000"): garbage
 * is reported by its exact size (the transport's `problem` text says "skipped N bytes of garbage")
 * and never kept, a frame of exactly the limit is read, an oversized one is skipped without losing
 * the frame after it, and a reset forgets a half frame of the previous connection.
 */
import assert from 'node:assert/strict';
import { encodeFrame } from '../../src/protocol/frame';
import { FrameType, HEADER_VERSION, RawHeader, packFrameInfo, packMessageInfo, packServiceInfo } from '../../src/protocol/header';
import { SplitterProblem, TcpFrameSplitter, wrapTcpFrame } from '../../src/protocol/tcpFraming';

function frameWith(messageId: number, payloadLength: number): Buffer {
  const header: RawHeader = {
    frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Response, 0, 0, 0),
    messageInfo: packMessageInfo(9, messageId),
    serviceInfo: packServiceInfo(1, 1, 4),
    payloadInfo: payloadLength,
  };
  return encodeFrame(header, Buffer.alloc(payloadLength, messageId));
}

function splitter(maxFrameLength?: number) {
  const frames: string[] = [];
  const problems: SplitterProblem[] = [];
  const s = new TcpFrameSplitter({
    maxFrameLength,
    onFrame: (f) => frames.push(f.toString('hex')),
    onProblem: (p) => problems.push(p),
  });
  return { s, frames, problems };
}

const ONE = frameWith(1, 10);
const TWO = frameWith(2, 30);
/** Bytes that hold no part of the magic (no 0x07). */
const GARBAGE = Buffer.alloc(30, 0x41);

describe('protocol: TCP splitter at its edges', () => {
  it('garbage between frames is reported by its exact size and not kept', () => {
    const { s, frames, problems } = splitter();
    s.push(Buffer.concat([wrapTcpFrame(ONE), GARBAGE, wrapTcpFrame(TWO)]));
    assert.deepEqual(frames, [ONE.toString('hex'), TWO.toString('hex')]);
    assert.deepEqual(problems, [{ kind: 'garbage', bytes: 30 }]);
    assert.equal(s.bufferedBytes, 0);
  });

  it('garbage at the end of a chunk, shorter or longer than a prefix, is reported whole and nothing is held', () => {
    for (const size of [5, 11, 12, 30]) {
      const { s, frames, problems } = splitter();
      s.push(Buffer.concat([wrapTcpFrame(ONE), GARBAGE.subarray(0, size)]));
      assert.deepEqual(frames, [ONE.toString('hex')], `${size} bytes`);
      assert.deepEqual(problems, [{ kind: 'garbage', bytes: size }], `${size} bytes`);
      assert.equal(s.bufferedBytes, 0, `${size} bytes`);
    }
  });

  it('a frame of exactly the limit is read; one byte over is skipped, named by its header', () => {
    const limit = wrapTcpFrame(TWO).length - 12;
    const atLimit = splitter(limit);
    atLimit.s.push(wrapTcpFrame(TWO));
    assert.deepEqual(atLimit.frames, [TWO.toString('hex')]);
    assert.deepEqual(atLimit.problems, []);
    const overLimit = splitter(limit - 1);
    overLimit.s.push(wrapTcpFrame(TWO));
    assert.deepEqual(overLimit.frames, []);
    assert.deepEqual(
      overLimit.problems.map((p) => p.kind === 'oversize' && [p.length, p.limit, p.header?.messageInfo]),
      [[limit, limit - 1, packMessageInfo(9, 2)]],
    );
  });

  it('an oversized frame and the next frame in one chunk: the oversized one is skipped, the next one read', () => {
    const { s, frames, problems } = splitter(20);
    s.push(Buffer.concat([wrapTcpFrame(TWO), wrapTcpFrame(frameWith(3, 0))]));
    assert.deepEqual(frames, [frameWith(3, 0).toString('hex')]);
    assert.deepEqual(
      problems.map((p) => p.kind),
      ['oversize'],
    );
    assert.equal(s.bufferedBytes, 0);
  });

  it('counts what it holds of an incomplete frame, however it arrives', () => {
    const { s, frames } = splitter();
    const bytes = wrapTcpFrame(TWO);
    let pushed = 0;
    for (const size of [14, 3, 5, 7]) {
      s.push(bytes.subarray(pushed, pushed + size));
      pushed += size;
      assert.equal(s.bufferedBytes, pushed, `after ${pushed} bytes`);
    }
    s.push(bytes.subarray(pushed));
    assert.deepEqual(frames, [TWO.toString('hex')]);
    assert.equal(s.bufferedBytes, 0);
  });

  it('a frame whose last bytes look like the start of a magic is read whole: nothing of it is kept as garbage', () => {
    const { s, frames, problems } = splitter();
    const header: RawHeader = {
      frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Response, 0, 0, 0),
      messageInfo: packMessageInfo(9, 3),
      serviceInfo: packServiceInfo(1, 1, 4),
      payloadInfo: 4,
    };
    const endsLikeMagic = encodeFrame(header, Buffer.from([0x41, 0x41, 0x07, 0x78]));
    s.push(wrapTcpFrame(endsLikeMagic));
    s.push(wrapTcpFrame(ONE));
    assert.deepEqual(frames, [endsLikeMagic.toString('hex'), ONE.toString('hex')]);
    assert.deepEqual(problems, []);
  });

  it('after a reset (a new connection), half a frame of the old one is forgotten', () => {
    const { s, frames, problems } = splitter();
    s.push(wrapTcpFrame(TWO).subarray(0, 20));
    s.reset();
    assert.equal(s.bufferedBytes, 0);
    s.push(wrapTcpFrame(ONE));
    assert.deepEqual(frames, [ONE.toString('hex')]);
    assert.deepEqual(problems, []);
  });

  it('needs somewhere to put the frames', () => {
    assert.throws(() => new TcpFrameSplitter({}), { name: 'TypeError', message: 'TcpFrameSplitter needs onFrame or onFrameIn' });
  });
});
