import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  FrameDecodeError,
  decodeFrame,
  encodeFrame,
  encodeFrameInto,
  encodeRequestFrame,
  encodedFrameLength,
  writeRequestHeader,
  buildRequestHeader,
} from '../../src/protocol/frame';
import {
  FrameType,
  packHeader,
  unpackHeader,
  HeaderFields,
  RawHeader,
  HEADER_VERSION,
  packFrameInfo,
  packMessageInfo,
  packServiceInfo,
} from '../../src/protocol/header';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { BaseRpcs } from '../../src/protocol/base/rpcs';
import { ProgramRunnerRpcs } from '../../src/protocol/programRunner/rpcs';
import { TCP_MAGIC, TcpFrameSplitter, wrapTcpFrame, SplitterProblem } from '../../src/protocol/tcpFraming';
import { decodeErrorResponse, encodeErrorPayload, errorName } from '../../src/protocol/errors';
import { MAX_SESSION_REPLY_BYTES } from '../../src/protocol/limits';
import { captures } from '../fixtures/captures';

const PREFIX = 12;

describe('protocol: header bitfields', () => {
  const limits: HeaderFields = {
    headerVersion: 0xf,
    frameType: 0xf,
    deviceId: 0xff,
    errorCode: 0xf,
    errorSubCode: 0xfff,
    sessionId: 0xffff,
    messageId: 0xffff,
    serviceVersion: 0xf,
    serviceId: 0xfff,
    functionId: 0xffff,
    payloadLength: 0xffffff,
    payloadReserved: 0xff,
  };

  it('round-trips every field at its upper bit limit', () => {
    const raw = packHeader(limits);
    assert.deepEqual(raw, { frameInfo: 0xffffffff, messageInfo: 0xffffffff, serviceInfo: 0xffffffff, payloadInfo: 0xffffffff });
    assert.deepEqual(unpackHeader(raw), limits);
  });

  it('round-trips zeros and each field alone without touching its neighbours', () => {
    const zero = Object.fromEntries(Object.keys(limits).map((k) => [k, 0])) as unknown as HeaderFields;
    assert.deepEqual(unpackHeader(packHeader(zero)), zero);
    for (const key of Object.keys(limits) as (keyof HeaderFields)[]) {
      const one = { ...zero, [key]: limits[key] };
      assert.deepEqual(unpackHeader(packHeader(one)), one, key);
    }
  });

  it('masks values wider than their field', () => {
    const fields = unpackHeader(packHeader({ ...limits, deviceId: 0x1ff, messageId: 0x1_0001, errorSubCode: 0x1fff }));
    assert.equal(fields.deviceId, 0xff);
    assert.equal(fields.messageId, 1);
    assert.equal(fields.errorSubCode, 0xfff);
    assert.equal(fields.errorCode, 0xf, 'sub-code overflow must not leak into the error code');
  });

  it('round-trips random headers (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          headerVersion: fc.integer({ min: 0, max: 0xf }),
          frameType: fc.integer({ min: 0, max: 0xf }),
          deviceId: fc.integer({ min: 0, max: 0xff }),
          errorCode: fc.integer({ min: 0, max: 0xf }),
          errorSubCode: fc.integer({ min: 0, max: 0xfff }),
          sessionId: fc.integer({ min: 0, max: 0xffff }),
          messageId: fc.integer({ min: 0, max: 0xffff }),
          serviceVersion: fc.integer({ min: 0, max: 0xf }),
          serviceId: fc.integer({ min: 0, max: 0xfff }),
          functionId: fc.integer({ min: 0, max: 0xffff }),
          payloadLength: fc.integer({ min: 0, max: 0xffffff }),
          payloadReserved: fc.integer({ min: 0, max: 0xff }),
        }),
        (fields) => assert.deepEqual(unpackHeader(packHeader(fields)), { ...fields }),
      ),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('protocol: captured bytes (docs/protocol.md, "Captured bytes")', () => {
  it('encodes the K2 CreateSession request byte for byte', () => {
    const payload = SessionRpcs.createSession.encodeRequest({
      username: 'admin',
      password: 'admin',
      sessionInactivityTimeout: 10000,
      connectionInactivityTimeout: 2000,
    });
    const frame = encodeRequestFrame({ sessionId: 0, messageId: 2, serviceId: 1, functionId: 1, payload });
    assert.equal(wrapTcpFrame(frame).toString('hex'), captures.k2CreateSessionRequest.toString('hex'));
  });

  it("accepts snake_case input names like Kinova's Python docs", () => {
    const payload = SessionRpcs.createSession.encodeRequest({
      username: 'admin',
      password: 'admin',
      session_inactivity_timeout: 10000,
      connection_inactivity_timeout: 2000,
    } as unknown as Parameters<typeof SessionRpcs.createSession.encodeRequest>[0]);
    assert.equal(Buffer.from(payload ?? []).toString('hex'), captures.k2CreateSessionRequest.subarray(PREFIX + 24).toString('hex'));
  });

  it('decodes the K2 CreateSession request', () => {
    const frame = decodeFrame(captures.k2CreateSessionRequest.subarray(PREFIX));
    const h = unpackHeader(frame.header);
    assert.deepEqual(
      [h.headerVersion, h.frameType, h.sessionId, h.messageId, h.serviceId, h.functionId, h.payloadLength],
      [1, FrameType.Request, 0, 2, 1, 1, 20],
    );
    assert.deepEqual(SessionRpcs.createSession.decodeRequest(frame.payload), {
      username: 'admin',
      password: 'admin',
      sessionInactivityTimeout: 10000,
      connectionInactivityTimeout: 2000,
    });
  });

  it('encodes and decodes the K2 CreateSession response (session 42)', () => {
    const frame = decodeFrame(captures.k2CreateSessionResponse.subarray(PREFIX));
    const h = unpackHeader(frame.header);
    assert.deepEqual([h.frameType, h.sessionId, h.messageId, h.payloadLength, frame.payload.length], [FrameType.Response, 42, 2, 0, 0]);
    assert.deepEqual(wrapTcpFrame(encodeFrame(frame.header)), captures.k2CreateSessionResponse);
  });

  it('encodes the K2 KeepAlive request without a payload', () => {
    const frame = encodeRequestFrame({
      sessionId: 42,
      messageId: 3,
      serviceId: 1,
      functionId: 3,
      payload: SessionRpcs.keepAlive.encodeRequest({}),
    });
    assert.deepEqual(wrapTcpFrame(frame), captures.k2KeepAliveRequest);
  });

  it('encodes and decodes the error response ERROR_DEVICE/INVALID_PASSWORD', () => {
    const frame = decodeFrame(captures.k2InvalidPasswordResponseFrame);
    const h = unpackHeader(frame.header);
    assert.equal(errorName(h.errorCode, h.errorSubCode), 'ERROR_DEVICE/INVALID_PASSWORD');
    assert.deepEqual(decodeErrorResponse(h.errorCode, h.errorSubCode, frame.payload), {
      code: 3,
      subCode: 15,
      text: 'bad credentials (toy)',
    });
    const payload = encodeErrorPayload(3, 15, 'bad credentials (toy)');
    assert.deepEqual(encodeFrame(frame.header, payload), captures.k2InvalidPasswordResponseFrame);
  });

  it('falls back to the header bits when the error payload is missing or garbage', () => {
    assert.deepEqual(decodeErrorResponse(1, 12, Buffer.alloc(0)), { code: 1, subCode: 12, text: '' });
    assert.deepEqual(decodeErrorResponse(1, 12, Buffer.from([0xff, 0xff, 0xff])), { code: 1, subCode: 12, text: '' });
  });

  it('encodes the K3 CreateSession request and decodes the K3 response', () => {
    const payload = SessionRpcs.createSession.encodeRequest({
      username: 'admin',
      password: 'admin',
      sessionInactivityTimeout: 10000,
      connectionInactivityTimeout: 2000,
    });
    assert.deepEqual(
      encodeRequestFrame({ sessionId: 0, messageId: 1, serviceId: 1, functionId: 1, payload }),
      captures.k3CreateSessionRequest,
    );
    assert.equal(unpackHeader(decodeFrame(captures.k3CreateSessionResponse).header).sessionId, 51);
  });

  it('decodes the K3 PONG frame', () => {
    const h = unpackHeader(decodeFrame(captures.k3Pong).header);
    assert.deepEqual([h.frameType, h.sessionId, h.messageId, h.serviceId], [FrameType.Pong, 51, 0x0101, 1]);
  });
});

describe('protocol: Session payloads in canonical JSON', () => {
  it('decodes a K3 ConnectionList with defaults present and enum names', () => {
    const bytes = SessionRpcs.getConnections.encodeResponse({
      user_connections: [
        {
          username: 'admin',
          session_identifier: 7,
          roles: [{ identifier: 'Admin', permissions: ['USER_PERMISSION_OPERATE', 1] }],
          connection_type: 1,
        },
      ],
    } as unknown as Parameters<typeof SessionRpcs.getConnections.encodeResponse>[0]);
    const list = SessionRpcs.getConnections.decodeResponse(bytes ?? new Uint8Array());
    assert.deepEqual(list.connection, []);
    assert.equal(list.userConnections[0].username, 'admin');
    assert.equal(list.userConnections[0].sessionIdentifier, 7);
    assert.equal(list.userConnections[0].isLocal, false);
    assert.equal(list.userConnections[0].connectionType, 'CONNECTION_TYPE_MQTT_TCP');
    assert.deepEqual(list.userConnections[0].roles, [
      { identifier: 'Admin', permissions: ['USER_PERMISSION_OPERATE', 'USER_PERMISSION_OPERATE'] },
    ]);
    assert.equal('userHandle' in list.userConnections[0], false, 'unset sub-messages are omitted, not null');
  });

  it('decodes a K2 ConnectionList (connection_identifier = 3)', () => {
    // connection { user_handle { identifier 1 permission 7 } connection_information "x" connection_identifier 9 }
    const conn = Buffer.from('0a07080115070000001201781809', 'hex');
    const list = SessionRpcs.getConnections.decodeResponse(Buffer.concat([Buffer.from([0x0a, conn.length]), conn]));
    assert.deepEqual(list.connection[0].userHandle, { identifier: 1, permission: 7 });
    assert.equal(list.connection[0].connectionIdentifier, 9);
    assert.equal(list.connection[0].connectionInformation, 'x');
  });

  it('accepts unpacked repeated enums', () => {
    // UserRole { identifier "A" permissions 1 permissions 5 } unpacked (tag 0x10 each)
    const role = Buffer.from('0a014110011005', 'hex');
    const conn = Buffer.concat([Buffer.from([0x3a, role.length]), role]);
    const list = SessionRpcs.getConnections.decodeResponse(Buffer.concat([Buffer.from([0x12, conn.length]), conn]));
    assert.deepEqual(list.userConnections[0].roles[0].permissions, ['USER_PERMISSION_OPERATE', 'USER_PERMISSION_READ_ONLY']);
  });

  it('omits all-default AccessControlOptions on the wire and restores them on decode', () => {
    const bytes = SessionRpcs.setAccessControl.encodeRequest({ singleSourceControl: false, bypassRemoteAccess: false });
    assert.equal(bytes?.length, 0);
    assert.deepEqual(SessionRpcs.getAccessControl.decodeResponse(Buffer.alloc(0)), {
      singleSourceControl: false,
      bypassRemoteAccess: false,
    });
  });

  it('rejects a non-object input with a message naming the message type', () => {
    assert.throws(
      () => SessionRpcs.setAccessControl.encodeRequest('yes' as unknown as { singleSourceControl: boolean; bypassRemoteAccess: boolean }),
      /AccessControlOptions must be an object, got a string/,
    );
  });
});

describe('protocol: frame decoder', () => {
  it('reports truncated and malformed frames as FrameDecodeError', () => {
    assert.throws(() => decodeFrame(Buffer.from([0x0a, 0x14, 0x0d])), FrameDecodeError);
    assert.throws(() => decodeFrame(Buffer.alloc(0)), /no header/);
    assert.throws(() => decodeFrame(Buffer.from([0x0b])), FrameDecodeError);
    assert.throws(() => decodeFrame(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f])), /runs past the end/);
  });

  it('never throws anything but FrameDecodeError on random bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          decodeFrame(Buffer.from(bytes));
        } catch (err) {
          assert.ok(err instanceof FrameDecodeError, String(err));
        }
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('skips unknown fields', () => {
    const frame = Buffer.concat([Buffer.from([0x18, 0x05]), captures.k3CreateSessionResponse, Buffer.from([0x2a, 0x01, 0x00])]);
    assert.equal(unpackHeader(decodeFrame(frame).header).sessionId, 51);
  });

  it('decodes a frame in place inside a larger buffer, and never reads past its end', () => {
    const frame = captures.k2CreateSessionResponse.subarray(PREFIX);
    const around = Buffer.concat([Buffer.from([0xde, 0xad, 0xbe]), frame, Buffer.from([0x12, 0x02, 0xaa, 0xbb])]);
    const inPlace = decodeFrame(around, 3, 3 + frame.length);
    const alone = decodeFrame(frame);
    assert.deepEqual(inPlace.header, alone.header);
    assert.equal(inPlace.payload.toString('hex'), alone.payload.toString('hex'));
    // A payload field whose length runs past `end` is an error, although the buffer goes on.
    const header = encodeFrame(alone.header);
    const cut = Buffer.concat([header, Buffer.from([0x12, 0x04, 1, 2]), Buffer.from([3, 4])]);
    assert.throws(
      () => decodeFrame(cut, 0, header.length + 4),
      new RegExp(`field 2 length 4 runs past the end of the ${header.length + 4}-byte frame`),
    );
    assert.doesNotThrow(() => decodeFrame(cut));
  });
});

describe('protocol: frame encoder', () => {
  it('encodeFrameInto writes at an offset exactly what encodeFrame returns (property)', () => {
    const word = fc.nat({ max: 0xffffffff });
    fc.assert(
      fc.property(
        word,
        word,
        word,
        fc.nat({ max: 0xffffff }),
        fc.uint8Array({ maxLength: 300 }),
        fc.nat({ max: 40 }),
        (frameInfo, messageInfo, serviceInfo, payloadInfo, payload, offset) => {
          const header: RawHeader = { frameInfo, messageInfo, serviceInfo, payloadInfo };
          const target = Buffer.alloc(offset + encodedFrameLength(header, payload.length) + 5, 0xee);
          const end = encodeFrameInto(target, offset, header, payload);
          assert.equal(target.subarray(offset, end).toString('hex'), encodeFrame(header, payload).toString('hex'));
          assert.equal(end, offset + encodedFrameLength(header, payload.length));
          assert.ok(
            target.subarray(0, offset).every((b) => b === 0xee) && target.subarray(end).every((b) => b === 0xee),
            'wrote outside its frame',
          );
        },
      ),
      { seed: 11, numRuns: 500 },
    );
  });

  it('writeRequestHeader fills a reused header as buildRequestHeader builds a new one (property)', () => {
    const reused: RawHeader = { frameInfo: 1, messageInfo: 2, serviceInfo: 3, payloadInfo: 4 };
    fc.assert(
      fc.property(
        fc.nat({ max: 0xffff }),
        fc.nat({ max: 0xffff }),
        fc.nat({ max: 0xfff }),
        fc.nat({ max: 0xffff }),
        fc.nat({ max: 300 }),
        fc.nat({ max: 0xff }),
        (sessionId, messageId, serviceId, functionId, payloadLength, deviceId) => {
          writeRequestHeader(reused, sessionId, messageId, serviceId, functionId, payloadLength, deviceId);
          assert.deepEqual(
            reused,
            buildRequestHeader({ sessionId, messageId, serviceId, functionId, payload: Buffer.alloc(payloadLength), deviceId }),
          );
        },
      ),
      { seed: 12, numRuns: 500 },
    );
  });
});

describe('protocol: TCP splitter', () => {
  const frames = [captures.k2CreateSessionRequest, captures.k2CreateSessionResponse, captures.k2KeepAliveRequest];
  const stream = Buffer.concat(frames);
  const expected = frames.map((f) => f.subarray(PREFIX).toString('hex'));

  function collect(chunks: Buffer[], maxFrameLength?: number) {
    const out: string[] = [];
    const problems: string[] = [];
    const splitter = new TcpFrameSplitter({
      maxFrameLength,
      onFrame: (f) => out.push(f.toString('hex')),
      onProblem: (p) => problems.push(p.kind),
    });
    for (const c of chunks) splitter.push(c);
    return { out, problems, buffered: splitter.bufferedBytes };
  }

  it('splits whole frames in one chunk', () => {
    assert.deepEqual(collect([stream]).out, expected);
  });

  it('survives byte-by-byte delivery', () => {
    const r = collect([...stream].map((b) => Buffer.from([b])));
    assert.deepEqual(r.out, expected);
    assert.deepEqual(r.problems, []);
    assert.equal(r.buffered, 0);
  });

  it('survives random chunking (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 60 }), (sizes) => {
        const chunks: Buffer[] = [];
        let pos = 0;
        for (let i = 0; pos < stream.length; i++) {
          const size = sizes[i % sizes.length];
          chunks.push(stream.subarray(pos, pos + size));
          pos += size;
        }
        assert.deepEqual(collect(chunks).out, expected);
      }),
      { seed: 1, numRuns: 300 },
    );
  });

  it('resynchronises after garbage between frames without losing the next good frame', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 50 }),
        fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 20 }),
        (garbageBytes, sizes) => {
          // Garbage must not itself contain the magic (that would be a frame claim, handled below).
          const garbage = Buffer.from(garbageBytes.map((b) => (b === 0x07 ? 0x08 : b)));
          const data = Buffer.concat([frames[0], garbage, frames[1], garbage, frames[2]]);
          const chunks: Buffer[] = [];
          let pos = 0;
          for (let i = 0; pos < data.length; i++) {
            chunks.push(data.subarray(pos, pos + sizes[i % sizes.length]));
            pos += sizes[i % sizes.length];
          }
          const r = collect(chunks);
          assert.deepEqual(r.out, expected);
          assert.ok(r.problems.includes('garbage'));
        },
      ),
      { seed: 3, numRuns: 300 },
    );
  });

  it('keeps a partial magic at the end of garbage', () => {
    const r = collect([Buffer.from('garbage'), TCP_MAGIC.subarray(0, 5), Buffer.concat([TCP_MAGIC.subarray(5), stream.subarray(8)])]);
    assert.deepEqual(r.out, expected);
  });

  it('rejects an oversize length without allocating it, then finds the next frame', () => {
    const hostile = Buffer.concat([TCP_MAGIC, Buffer.from([0xff, 0xff, 0xff, 0xff])]);
    const r = collect([hostile, frames[1]], 1024);
    assert.deepEqual(r.out, [expected[1]]);
    assert.ok(r.problems.includes('oversize'));
    assert.equal(r.buffered, 0);
  });

  describe('a reply over the limit', () => {
    const header: RawHeader = {
      frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Response, 0, 0, 0),
      messageInfo: packMessageInfo(7, 42),
      serviceInfo: packServiceInfo(1, 1, 4),
      payloadInfo: 16_000_000,
    };
    // 8 million empty connections (0a 00), with a whole frame smuggled in the middle: the reply's
    // bytes are never read as frames.
    const payload = Buffer.alloc(16_000_000, Buffer.from([0x0a, 0x00]));
    frames[0].copy(payload, 8_000_000);
    const bomb = wrapTcpFrame(encodeFrame(header, payload));

    function pushBomb(sizes: (at: number) => number) {
      const out: string[] = [];
      const problems: SplitterProblem[] = [];
      const splitter = new TcpFrameSplitter({
        maxFrameLength: MAX_SESSION_REPLY_BYTES,
        onFrame: (f) => out.push(f.toString('hex')),
        onProblem: (p) => problems.push(p),
      });
      let mostBuffered = 0;
      for (let at = 0; at < bomb.length;) {
        const next = Math.min(bomb.length, at + sizes(at));
        splitter.push(bomb.subarray(at, next));
        mostBuffered = Math.max(mostBuffered, splitter.bufferedBytes);
        at = next;
      }
      splitter.push(frames[1]);
      return { out, problems, mostBuffered, buffered: splitter.bufferedBytes };
    }

    for (const [label, sizes] of [
      ['in 64 KB chunks', () => 65536],
      ['its first 40 bytes one at a time', (at: number) => (at < 40 ? 1 : 65536)],
      ['in one piece', () => bomb.length],
    ] as Array<[string, (at: number) => number]>) {
      it(`is skipped unread, named by its header, and the next frame is delivered (${label})`, () => {
        const r = pushBomb(sizes);
        assert.deepEqual(r.out, [expected[1]], 'only the frame after the reply, none of the frames inside it');
        assert.ok(r.mostBuffered <= 64, `at most a prefix and a header held, held ${r.mostBuffered} bytes`);
        assert.deepEqual(r.problems, [{ kind: 'oversize', length: bomb.length - PREFIX, limit: MAX_SESSION_REPLY_BYTES, header }]);
        assert.equal(r.buffered, 0);
      });
    }

    it('is dropped as garbage when its first bytes do not look like a frame, as before', () => {
      const notAFrame = Buffer.from(bomb);
      notAFrame[PREFIX] = 0x41;
      const problems: string[] = [];
      const out: string[] = [];
      const splitter = new TcpFrameSplitter({
        maxFrameLength: MAX_SESSION_REPLY_BYTES,
        onFrame: (f) => out.push(f.toString('hex')),
        onProblem: (p) => problems.push(p.kind),
      });
      splitter.push(notAFrame.subarray(0, 100));
      assert.ok(splitter.bufferedBytes < PREFIX);
      assert.deepEqual(problems, ['oversize', 'garbage']);
    });
  });
});

describe('protocol: payloads a caller gives that cannot be encoded', () => {
  const bad = <T>(value: unknown): T => value as T;

  it('names the message type and what is wrong, as a PayloadError, before anything is sent', () => {
    assert.throws(() => SessionRpcs.setAccessControl.encodeRequest(bad(null)), {
      name: 'PayloadError',
      message: 'AccessControlOptions must be an object, got null',
    });
    assert.throws(() => ProgramRunnerRpcs.start.encodeRequest(bad({ handle: 5 })), {
      name: 'PayloadError',
      message: 'ProgramStartConfiguration: .Kinova.Api.ProgramRunner.ProgramStartConfiguration.handle: object expected',
    });
  });

  it('an empty repeated field reads as an empty list, not as a missing one', () => {
    assert.deepEqual(BaseRpcs.readAllActions.decodeResponse(Buffer.alloc(0)), { actionList: [] });
  });
});

describe('protocol: error names and payloads', () => {
  it('codes this build does not know are named by their numbers', () => {
    assert.equal(errorName(99, 9999), 'ERROR_CODE_99/SUB_ERROR_9999');
  });

  it('an error payload leaves out what is zero or empty, as the robot sends it (proto3)', () => {
    assert.equal(encodeErrorPayload(0, 0, '').length, 0);
    assert.deepEqual(decodeErrorResponse(3, 15, encodeErrorPayload(0, 0, 'bad credentials')), {
      code: 3,
      subCode: 15,
      text: 'bad credentials',
    });
    assert.equal(encodeErrorPayload(3, 0, '').toString('hex'), '0803');
    assert.equal(encodeErrorPayload(0, 15, '').toString('hex'), '100f');
  });
});
