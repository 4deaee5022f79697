/**
 * Session status broadcasts: both envelopes built byte by byte from the documented layout
 * (docs/session-status.md), then truncated and corrupted. The decoder returns a list or throws
 * SessionStatusDecodeError, nothing else.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Kinova } from '../../src/protocol/generated/kortex';
import { SessionStatusDecodeError } from '../../src/protocol/session/sessionStatusMessages';
import {
  decodeSessionKilledBroadcast,
  decodeSessionStatusBroadcast,
  encodeSessionKilledBroadcast,
  encodeSessionStatusBroadcast,
} from '../../src/protocol/session/sessionStatus';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const ascii = (s: string): string => Buffer.from(s, 'ascii').toString('hex');
const len = (b: Buffer | string): string => (typeof b === 'string' ? b.length / 2 : b.length).toString(16).padStart(2, '0');

// UserRole{identifier "admin" (1, LEN), permissions [OPERATE, CONFIGURE] (2, packed)}
const ROLE = `0a05${ascii('admin')} 120201 02`.replace(/\s+/g, '');
// SessionStatusHandle{session_identifier 51 (1, varint), user_identifier 1 (2, varint), roles (3, LEN)}
const HANDLE = `0833 1001 1a${len(ROLE)}${ROLE}`.replace(/\s+/g, '');
// SessionStatusHandle{session 7, user 2, roles [{"Operator", [OPERATE]}]}
const ROLE2 = `0a08${ascii('Operator')}120101`;
const HANDLE2 = `0807 1002 1a${len(ROLE2)}${ROLE2}`.replace(/\s+/g, '');
// PayloadSessionStatusRaw{sessions (1, LEN) ×2}
const LIST = `0a${len(HANDLE)}${HANDLE}0a${len(HANDLE2)}${HANDLE2}`;

/** Frame{header{frame_info v1|RAW, payload_info}, payload PayloadFrameTypeRaw{topic, payload}} */
function rawFrame(topic: string, message: string, frameInfo = '00000012'): Buffer {
  const raw = `0a${len(ascii(topic))}${ascii(topic)}12${len(message)}${message}`;
  const payloadInfo = len(raw) + '000000';
  const header = `0d${frameInfo}25${payloadInfo}`;
  return hex(`0a${len(header)}${header}12${len(raw)}${raw}`);
}

const EXPECTED_SESSIONS = [
  {
    sessionIdentifier: 51,
    userIdentifier: 1,
    roles: [{ identifier: 'admin', permissions: ['USER_PERMISSION_OPERATE', 'USER_PERMISSION_CONFIGURE'] }],
  },
  { sessionIdentifier: 7, userIdentifier: 2, roles: [{ identifier: 'Operator', permissions: ['USER_PERMISSION_OPERATE'] }] },
];

function assertOnlyTypedErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof SessionStatusDecodeError, `threw ${(err as Error)?.name}: ${(err as Error)?.message}`);
  }
}

describe('protocol: session status broadcasts', () => {
  it('reads a sessions/status MSG_FRAME_RAW frame holding PayloadFrameTypeRaw{topic, PayloadSessionStatusRaw}', () => {
    const decoded = decodeSessionStatusBroadcast(rawFrame('sessions/status', LIST));
    assert.equal(decoded.envelope, 'raw-frame');
    assert.equal(decoded.rawTopic, 'sessions/status');
    assert.deepEqual(decoded.sessions, EXPECTED_SESSIONS);
  });

  it('reads the bare PayloadSessionStatusRaw, and an empty payload as an empty list', () => {
    const decoded = decodeSessionStatusBroadcast(hex(LIST));
    assert.equal(decoded.envelope, 'bare');
    assert.deepEqual(decoded.sessions, EXPECTED_SESSIONS);
    assert.deepEqual(decodeSessionStatusBroadcast(Buffer.alloc(0)), { envelope: 'bare', sessions: [] });
  });

  it('gives the same sessions as the generated protobufjs codec, in canonical JSON key order', () => {
    const generic = Kinova.Api.Session.PayloadSessionStatusRaw.toObject(Kinova.Api.Session.PayloadSessionStatusRaw.decode(hex(LIST)), {
      defaults: true,
      enums: String,
      arrays: true,
    });
    const ours = decodeSessionStatusBroadcast(hex(LIST));
    assert.deepEqual(JSON.parse(JSON.stringify(ours.sessions)), generic.sessions);
    assert.equal(
      JSON.stringify(ours.sessions[0]),
      '{"sessionIdentifier":51,"userIdentifier":1,"roles":[{"identifier":"admin","permissions":["USER_PERMISSION_OPERATE","USER_PERMISSION_CONFIGURE"]}]}',
    );
  });

  it('accepts unpacked permissions and skips unknown fields', () => {
    const unpacked = `0a05${ascii('admin')}1001 1002`;
    const handle = `0833 1001 1a${len(unpacked.replace(/\s+/g, ''))}${unpacked} f80101`.replace(/\s+/g, '');
    const decoded = decodeSessionStatusBroadcast(hex(`0a${len(handle)}${handle}`));
    assert.deepEqual(decoded.sessions, [EXPECTED_SESSIONS[0]]);
  });

  it('the simulator encoders produce exactly these bytes', () => {
    const list = { sessions: EXPECTED_SESSIONS as never };
    assert.deepEqual(encodeSessionStatusBroadcast(list, 'raw-frame'), rawFrame('sessions/status', LIST));
    assert.deepEqual(encodeSessionStatusBroadcast(list, 'bare'), hex(LIST));
    assert.deepEqual(encodeSessionKilledBroadcast(EXPECTED_SESSIONS[0] as never, 'raw-frame'), rawFrame('sessions/killed', HANDLE));
  });

  it('reads sessions/killed as one SessionStatusHandle or a list, in both envelopes', () => {
    for (const [bytes, envelope, sessions] of [
      [rawFrame('sessions/killed', HANDLE), 'raw-frame', [EXPECTED_SESSIONS[0]]],
      [hex(HANDLE), 'bare', [EXPECTED_SESSIONS[0]]],
      [rawFrame('sessions/killed', LIST), 'raw-frame', EXPECTED_SESSIONS],
      [hex(LIST), 'bare', EXPECTED_SESSIONS],
    ] as const) {
      const decoded = decodeSessionKilledBroadcast(bytes);
      assert.equal(decoded.envelope, envelope);
      assert.deepEqual(decoded.sessions, sessions);
    }
  });

  it('rejects every truncation of either envelope with a SessionStatusDecodeError', () => {
    const single = `0a${len(HANDLE)}${HANDLE}`;
    for (const whole of [rawFrame('sessions/status', single), hex(single)]) {
      for (let cut = 1; cut < whole.length; cut++) {
        assert.throws(
          () => decodeSessionStatusBroadcast(whole.subarray(0, cut)),
          SessionStatusDecodeError,
          `cut at ${cut} of ${whole.length}`,
        );
      }
    }
    const killed = rawFrame('sessions/killed', HANDLE);
    for (let cut = 1; cut < killed.length; cut++) assertOnlyTypedErrors(() => decodeSessionKilledBroadcast(killed.subarray(0, cut)));
  });

  it('rejects frames of another type or header version, bad UTF-8 and wrong wire types, naming what was wrong', () => {
    assert.throws(() => decodeSessionStatusBroadcast(rawFrame('sessions/status', LIST, '00000015')), /type 5 \(expected MSG_FRAME_RAW/);
    assert.throws(() => decodeSessionStatusBroadcast(rawFrame('sessions/status', LIST, '00000022')), /header version 2/);
    const badUtf8 = `0a02c328`;
    const handle = `08011a${len(badUtf8)}${badUtf8}`;
    assert.throws(() => decodeSessionStatusBroadcast(hex(`0a${len(handle)}${handle}`)), /not valid UTF-8/);
    assert.throws(() => decodeSessionStatusBroadcast(hex('0a030a0100')), /SessionStatusHandle field 1 has wire type 2, expected 0/);
    assert.throws(() => decodeSessionStatusBroadcast(hex('0b')), SessionStatusDecodeError);
  });

  it('never throws anything else on random bytes or bit-flipped, cut and spliced broadcasts (fast-check)', () => {
    const seeds = [rawFrame('sessions/status', LIST), hex(LIST), rawFrame('sessions/killed', HANDLE), hex(HANDLE)];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          fc
            .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { maxLength: 6 }), fc.nat())
            .map(([seed, flips, cut]) => {
              const b = Buffer.from(seed);
              for (const [at, bit] of flips) b[at % b.length] ^= 1 << bit;
              return b.subarray(0, cut % (b.length + 1));
            }),
        ),
        (bytes) => {
          for (const decode of [decodeSessionStatusBroadcast, decodeSessionKilledBroadcast]) {
            try {
              const out = decode(bytes);
              assert.ok(Array.isArray(out.sessions));
              for (const s of out.sessions)
                assert.ok(Number.isInteger(s.sessionIdentifier) && s.sessionIdentifier >= 0 && s.sessionIdentifier < 2 ** 32);
            } catch (err) {
              assert.ok(err instanceof SessionStatusDecodeError, `threw ${(err as Error)?.name}: ${(err as Error)?.message}`);
            }
          }
        },
      ),
      { seed: 12, numRuns: 3000 },
    );
  });
});

describe('protocol: malformed session status broadcasts, each named', () => {
  /** A MSG_FRAME_RAW frame around the given PayloadFrameTypeRaw bytes. */
  function rawFrameHolding(raw: string, payloadInfo?: string): Buffer {
    const r = raw.replace(/\s+/g, '');
    const header = `0d00000012${payloadInfo === undefined ? '' : `25${payloadInfo}`}`;
    return hex(`0a${len(header)}${header}12${len(r)}${r}`);
  }
  const BARE = 'neither a MSG_FRAME_RAW frame nor a bare PayloadSessionStatusRaw: ';
  const RAW = "the MSG_FRAME_RAW frame's PayloadFrameTypeRaw is malformed: ";

  it('says what is wrong, and where', () => {
    const cases: Array<[string, Buffer, string]> = [
      ['a varint of 11 bytes', hex('0a0c 08 80808080808080808080 00'), `${BARE}varint longer than 10 bytes`],
      ['a cut varint', hex('0a02 0880'), `${BARE}truncated varint`],
      ['field number 0', hex('0a02 0000'), `${BARE}field number 0`],
      ['a session longer than the list', hex('0a05 1a0a0a01'), `${BARE}a field of 5 bytes runs past the end of its 4-byte message`],
      ['a fixed64 cut short', hex('0a06 0833 21 010203'), `${BARE}a fixed-width field runs past the end of its message`],
      ['a fixed32 cut short', hex('0a05 0833 25 0102'), `${BARE}a fixed-width field runs past the end of its message`],
      ['wire type 3', hex('0a03 0833 23'), `${BARE}field 4 has wire type 3, which these messages never use`],
      ['a role name as a varint', hex('0a06 1a04 0801 1001'), `${BARE}UserRole field 1 has wire type 0, expected 2`],
      ['a permission as a fixed32', hex('0a08 1a06 1501020304 00'), `${BARE}UserRole field 2 has wire type 5, expected 0`],
      ['roles as a varint', hex('0a02 1801'), `${BARE}SessionStatusHandle field 3 has wire type 0, expected 2`],
      ['a user id as bytes', hex('0a03 120100'), `${BARE}SessionStatusHandle field 2 has wire type 2, expected 0`],
      ['a session as a varint', hex('0801'), `${BARE}PayloadSessionStatusRaw field 1 has wire type 0, expected 2`],
      [
        'a payload length that disagrees',
        rawFrameHolding(`0a0f${ascii('sessions/status')} 1204 0a020833`, '05000000'),
        'the MSG_FRAME_RAW frame announces 5 payload bytes but carries 23',
      ],
      ['a topic as a varint', rawFrameHolding('0801 1204 0a020833'), `${RAW}PayloadFrameTypeRaw field 1 has wire type 0, expected 2`],
      ['a payload as a varint', rawFrameHolding('1001'), `${RAW}PayloadFrameTypeRaw field 2 has wire type 0, expected 2`],
      ['a cut topic', rawFrameHolding('0a05 61'), `${RAW}a field of 5 bytes runs past the end of its 1-byte message`],
      [
        'a malformed list in a frame',
        rawFrame('sessions/status', '0a050833'),
        'the PayloadSessionStatusRaw inside the MSG_FRAME_RAW frame is malformed: a field of 5 bytes runs past the end of its 2-byte message',
      ],
    ];
    for (const [what, bytes, expected] of cases) {
      assert.throws(() => decodeSessionStatusBroadcast(bytes), { name: 'SessionStatusDecodeError', message: expected }, what);
    }
    assert.throws(() => decodeSessionKilledBroadcast(rawFrame('sessions/killed', '0a050833')), {
      message:
        'the SessionStatusHandle or PayloadSessionStatusRaw inside the MSG_FRAME_RAW frame is malformed: a field of 5 bytes runs past the end of its 2-byte message',
    });
    assert.throws(() => decodeSessionKilledBroadcast(hex('0a02 0880')), {
      message: 'neither a MSG_FRAME_RAW frame nor a bare SessionStatusHandle or PayloadSessionStatusRaw: truncated varint',
    });
  });

  it('skips unknown fixed64, fixed32 and varint fields, in a session, a role and the frame', () => {
    const session51 = { sessionIdentifier: 51, userIdentifier: 0, roles: [] };
    assert.deepEqual(decodeSessionStatusBroadcast(hex('0a0b 0833 21 0102030405060708')).sessions, [session51]);
    assert.deepEqual(decodeSessionStatusBroadcast(hex('0a07 0833 25 01020304')).sessions, [session51]);
    assert.deepEqual(decodeSessionStatusBroadcast(hex('0a06 1a04 1801 1002')).sessions, [
      { sessionIdentifier: 0, userIdentifier: 0, roles: [{ identifier: '', permissions: ['USER_PERMISSION_CONFIGURE'] }] },
    ]);
    const framed = decodeSessionStatusBroadcast(rawFrameHolding('1801 2a0100 1204 0a020833'));
    assert.deepEqual(framed, { envelope: 'raw-frame', rawTopic: '', sessions: [session51] });
  });

  it('a frame without payload_info, or without a topic, is read; a negative permission stays a number, as protobufjs reads it', () => {
    const noPayloadInfo = rawFrameHolding(`0a0f${ascii('sessions/status')} 1204 0a020833`);
    assert.deepEqual(decodeSessionStatusBroadcast(noPayloadInfo).rawTopic, 'sessions/status');
    const negative = decodeSessionStatusBroadcast(hex('0a0f 1a0d 10ffffffffffffffffff01 1001')).sessions;
    assert.deepEqual(negative[0].roles[0].permissions, [-1, 'USER_PERMISSION_OPERATE']);
    assert.deepEqual(
      Kinova.Api.Session.SessionStatusHandle.toObject(
        Kinova.Api.Session.SessionStatusHandle.decode(hex('1a0d 10ffffffffffffffffff01 1001')),
        {
          enums: String,
        },
      ).roles[0].permissions,
      [-1, 'USER_PERMISSION_OPERATE'],
    );
  });

  it('an empty sessions/killed is no session; the list form is encoded as a list', () => {
    assert.deepEqual(decodeSessionKilledBroadcast(Buffer.alloc(0)), { envelope: 'bare', sessions: [] });
    assert.deepEqual(encodeSessionKilledBroadcast(EXPECTED_SESSIONS[0] as never, 'bare', 'list'), hex(`0a${len(HANDLE)}${HANDLE}`));
    assert.deepEqual(encodeSessionKilledBroadcast(EXPECTED_SESSIONS[0] as never, 'bare'), hex(HANDLE));
  });
});
