/**
 * What the frame reader makes of malformed and unusual bytes from the network (docs/protocol.md,
 * "Frame and header"): each malformed frame is refused with a FrameDecodeError that names what is
 * wrong (that text reaches a `problem` event), fields it does not know are skipped whole, and the
 * header of an oversized frame is named from its first bytes or not at all.
 */
import assert from 'node:assert/strict';
import { FrameDecodeError, NEED_MORE_BYTES, decodeFrame, encodeFrame, encodeFrameInto, frameHeaderAhead } from '../../src/protocol/frame';
import {
  FrameType,
  HEADER_VERSION,
  MAX_PAYLOAD_LENGTH,
  RawHeader,
  packFrameInfo,
  packMessageInfo,
  packServiceInfo,
} from '../../src/protocol/header';

const HEADER: RawHeader = {
  frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Response, 0, 0, 0),
  messageInfo: packMessageInfo(42, 7),
  serviceInfo: packServiceInfo(1, 1, 4),
  payloadInfo: 3,
};
const PAYLOAD = Buffer.from([0xaa, 0xbb, 0xcc]);
/** A whole valid frame: header (field 1, 20 bytes) and payload (field 2). */
const FRAME = encodeFrame(HEADER, PAYLOAD);
const HEADER_FIELD = FRAME.subarray(0, 22);

/** Protobuf varint of a non-negative integer (BigInt for values past 2^53). */
function varint(value: number | bigint): number[] {
  let n = BigInt(value);
  const out: number[] = [];
  while (n >= 0x80n) {
    out.push(Number(n & 0x7fn) | 0x80);
    n >>= 7n;
  }
  out.push(Number(n));
  return out;
}

function decodeError(bytes: Buffer | number[], from?: number, end?: number): FrameDecodeError {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  try {
    decodeFrame(buf, from, end);
  } catch (err) {
    assert.ok(err instanceof FrameDecodeError, `a FrameDecodeError, got ${String(err)}`);
    return err;
  }
  assert.fail('decoded a malformed frame');
}

/** A header field holding `inner` as its bytes (field 1, length-delimited), then the valid payload. */
function withHeaderBytes(inner: number[]): Buffer {
  return Buffer.concat([Buffer.from([0x0a, inner.length, ...inner]), FRAME.subarray(22)]);
}

describe('protocol: malformed frames are refused, each with its reason', () => {
  it('names the error FrameDecodeError and says what is wrong', () => {
    const cases: Array<[string, number[] | Buffer, RegExp]> = [
      ['a length that ends with the bytes', [0x0a], /: truncated varint$/],
      ['a varint of 11 bytes', [0x18, ...new Array<number>(10).fill(0x80), 0x00, ...FRAME], /: varint longer than 10 bytes$/],
      ['a varint past 2^53', [0x18, ...varint(2n ** 53n), ...FRAME], /: varint too large$/],
      ['wire type 3 (a group)', [0x1b, ...FRAME], /: unsupported wire type 3$/],
      ['wire type 7', [0x1f, ...FRAME], /: unsupported wire type 7$/],
      ['a fixed64 field cut short', [...FRAME, 0x19, 1, 2, 3, 4], /: field runs past the end of the frame$/],
      ['a fixed32 field cut short', [...FRAME, 0x1d, 1, 2], /: field runs past the end of the frame$/],
      ['field number 0', [0x00, 0x00, ...FRAME], /: field number 0$/],
      ['field number 0 inside the header', [0x0a, 0x02, 0x00, 0x00], /: field number 0 in header$/],
      ['field number 0 as a fixed32 inside the header', [0x0a, 0x05, 0x05, 1, 2, 3, 4], /: field number 0 in header$/],
      ['a header word cut short', [0x0a, 0x03, 0x0d, 0x01, 0x02, 0x12, 0x00], /: truncated header field$/],
      ['no header', [...FRAME.subarray(22)], /: no header$/],
    ];
    for (const [what, bytes, reason] of cases) {
      const err = decodeError(bytes);
      assert.equal(err.name, 'FrameDecodeError', what);
      assert.match(err.message, /^Kortex frame could not be decoded: /, what);
      assert.match(err.message, reason, what);
    }
  });

  it('a value of exactly 2^53 - 1 in an unknown field is still read (and skipped)', () => {
    const frame = decodeFrame(Buffer.from([0x18, ...varint(Number.MAX_SAFE_INTEGER), ...FRAME]));
    assert.deepEqual(frame.header, HEADER);
    assert.deepEqual([...frame.payload], [...PAYLOAD]);
  });

  it('a field that runs past a frame read in place names the frame by its own length', () => {
    const cut = Buffer.concat([Buffer.from([0xee, 0xee, 0xee]), HEADER_FIELD, Buffer.from([0x12, 0x04, 1, 2]), Buffer.from([3, 4])]);
    const end = 3 + HEADER_FIELD.length + 4;
    assert.match(decodeError(cut, 3, end).message, new RegExp(`field 2 length 4 runs past the end of the ${end - 3}-byte frame$`));
  });

  it('a varint cut at the end of a frame read in place is truncated, whatever bytes follow the frame', () => {
    // The next frame's bytes in the same read would complete each varint: a reader must not take them.
    const cases: Array<[string, number[]]> = [
      ['the payload length', [0x12, 0x80]],
      ['a tag', [0x98]],
      ['a tag inside the header', []],
    ];
    for (const [what, tail] of cases) {
      const frame = what.endsWith('header') ? [0x0a, 0x01, 0x80] : [...HEADER_FIELD, ...tail];
      const bytes = Buffer.from([...frame, 0x00, 0x00, ...FRAME]);
      assert.match(decodeError(bytes, 0, frame.length).message, /: truncated varint$/, what);
    }
  });
});

describe('protocol: fields the reader does not know are skipped whole', () => {
  it('fixed64, fixed32, varint and length-delimited fields around the frame change nothing', () => {
    const unknown = [
      [0x19, 1, 2, 3, 4, 5, 6, 7, 8], // field 3, fixed64
      [0x1d, 1, 2, 3, 4], // field 3, fixed32
      [0x20, 0x96, 0x01], // field 4, varint
      // field 5, length-delimited, holding bytes that read like a payload field
      [0x2a, 0x03, 0x12, 0x01, 0xff],
      // field 1 and 2 with another wire type than bytes: not the header or the payload
      [0x08, 0x05],
      [0x10, 0x07],
    ];
    for (const field of unknown) {
      for (const bytes of [Buffer.from([...field, ...FRAME]), Buffer.from([...FRAME, ...field])]) {
        const frame = decodeFrame(bytes);
        assert.deepEqual(frame.header, HEADER, `header with ${Buffer.from(field).toString('hex')}`);
        assert.deepEqual([...frame.payload], [...PAYLOAD], `payload with ${Buffer.from(field).toString('hex')}`);
      }
    }
  });

  it('inside the header: an unknown fixed32 (field 5) or varint (field 6) sets no header word', () => {
    const words = [...HEADER_FIELD.subarray(2)];
    for (const extra of [
      [0x2d, 9, 9, 9, 9],
      [0x30, 0x01],
    ]) {
      const frame = decodeFrame(withHeaderBytes([...words, ...extra]));
      assert.deepEqual(frame.header, HEADER, `header with ${Buffer.from(extra).toString('hex')}`);
    }
  });
});

describe('protocol: the 24-bit payload limit when encoding', () => {
  it('a payload of exactly 16 MiB - 1 is encoded; one byte more is a RangeError naming both sizes, and nothing is written', () => {
    const largest = Buffer.alloc(MAX_PAYLOAD_LENGTH, 1);
    assert.equal(decodeFrame(encodeFrame(HEADER, largest)).payload.length, MAX_PAYLOAD_LENGTH);
    const over = Buffer.alloc(MAX_PAYLOAD_LENGTH + 1, 1);
    const expected = {
      name: 'RangeError',
      message: `Kortex payload of ${MAX_PAYLOAD_LENGTH + 1} bytes exceeds the 24-bit limit of ${MAX_PAYLOAD_LENGTH}`,
    };
    assert.throws(() => encodeFrame(HEADER, over), expected);
    const target = Buffer.alloc(64, 0xee);
    assert.throws(() => encodeFrameInto(target, 0, HEADER, over), expected);
    assert.ok(
      target.every((b) => b === 0xee),
      'nothing written',
    );
  });
});

describe('protocol: naming an oversized frame from its first bytes (frameHeaderAhead)', () => {
  /** The first bytes of a frame of `payloadLength` bytes of payload, and that frame's length. */
  function startOf(
    payloadLength: number | bigint,
    header: number[] = [...HEADER_FIELD.subarray(2)],
  ): { bytes: Buffer; frameLength: number } {
    const lengthBytes = varint(payloadLength);
    const bytes = Buffer.from([0x0a, header.length, ...header, 0x12, ...lengthBytes]);
    return { bytes, frameLength: bytes.length + Number(payloadLength) };
  }

  it('names the header once the payload length is read, however long the frame', () => {
    for (const payloadLength of [1, 300, 20_000_000, 2 ** 28 + 5]) {
      const { bytes, frameLength } = startOf(payloadLength);
      assert.deepEqual(frameHeaderAhead(bytes, 0, bytes.length, frameLength), HEADER, `payload of ${payloadLength}`);
      // The same bytes inside a larger buffer, read from an offset.
      const around = Buffer.concat([Buffer.from([0x07, 0x07]), bytes, Buffer.from([0x12, 0x12])]);
      assert.deepEqual(frameHeaderAhead(around, 2, 2 + bytes.length, frameLength), HEADER, `payload of ${payloadLength}, at an offset`);
    }
  });

  it('asks for more bytes while the header or the payload length is incomplete, never reading past what it was given', () => {
    const { bytes, frameLength } = startOf(20_000_000);
    // Every cut short of the whole start, inside a buffer whose next bytes would complete it.
    for (let end = 0; end < bytes.length; end++) {
      assert.equal(frameHeaderAhead(bytes, 0, end, frameLength), NEED_MORE_BYTES, `after ${end} bytes`);
    }
    // Exactly the header and a one-byte payload length: enough.
    const short = startOf(100);
    assert.deepEqual(frameHeaderAhead(short.bytes, 0, short.bytes.length, short.frameLength), HEADER);
  });

  it('refuses what is not laid out like a frame', () => {
    const { bytes, frameLength } = startOf(20_000_000);
    const notAHeaderTag = Buffer.from(bytes);
    notAHeaderTag[0] = 0x41;
    assert.equal(frameHeaderAhead(notAHeaderTag.subarray(0, 2), 0, 2, frameLength), undefined, 'two bytes that cannot start a frame');
    assert.equal(frameHeaderAhead(notAHeaderTag, 0, bytes.length, frameLength), undefined);
    const noPayloadTag = Buffer.from(bytes);
    noPayloadTag[22] = 0x1a;
    assert.equal(frameHeaderAhead(noPayloadTag, 0, bytes.length, frameLength), undefined, 'no payload field after the header');
    assert.equal(frameHeaderAhead(bytes, 0, bytes.length, frameLength + 1), undefined, 'the payload does not end the frame');
    const malformedHeader = startOf(20_000_000, [0x0d, 1, 2]);
    assert.equal(frameHeaderAhead(malformedHeader.bytes, 0, malformedHeader.bytes.length, malformedHeader.frameLength), undefined);
  });

  it('looks at a header of at most 40 bytes and a payload length of at most 5 bytes', () => {
    const padded = (n: number): number[] => [...HEADER_FIELD.subarray(2), 0x32, n - 22, ...new Array<number>(n - 22).fill(0)];
    const forty = startOf(20_000_000, padded(40));
    assert.deepEqual(frameHeaderAhead(forty.bytes, 0, forty.bytes.length, forty.frameLength), HEADER, 'a 40-byte header');
    const fortyOne = startOf(20_000_000, padded(41));
    assert.equal(frameHeaderAhead(fortyOne.bytes, 0, fortyOne.bytes.length, fortyOne.frameLength), undefined, 'a 41-byte header');
    const fiveBytes = startOf(2 ** 34);
    assert.equal(varint(2 ** 34).length, 5);
    assert.deepEqual(frameHeaderAhead(fiveBytes.bytes, 0, fiveBytes.bytes.length, fiveBytes.frameLength), HEADER, 'a 5-byte length');
    const sixBytes = startOf(2 ** 35);
    assert.equal(varint(2 ** 35).length, 6);
    assert.equal(frameHeaderAhead(sixBytes.bytes, 0, sixBytes.bytes.length, sixBytes.frameLength), undefined, 'a 6-byte length');
  });
});
