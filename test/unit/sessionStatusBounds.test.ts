/**
 * The status decoders' bounds (src/protocol/limits.ts) and their strings. Hostile lists: more
 * sessions, roles or permissions than the limits, or a payload over MAX_BROADCAST_BYTES, are a
 * SessionStatusDecodeError, found before the excess is read. Strings: exactly what protobufjs'
 * generated decoder gives for the same bytes (a leading U+FEFF kept, invalid UTF-8 refused by both).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Kinova } from '../../src/protocol/generated/kortex';
import { MAX_BROADCAST_BYTES, MAX_LIST_ENTRIES, MAX_NESTED_ENTRIES } from '../../src/protocol/limits';
import { SessionStatusDecodeError } from '../../src/protocol/session/sessionStatusMessages';
import { decodeSessionKilledBroadcast, decodeSessionStatusBroadcast, encodeRawFrame } from '../../src/protocol/session/sessionStatus';

const { PayloadSessionStatusRaw } = Kinova.Api.Session;

/** A varint-length-prefixed field: tag, length, bytes. */
function field(tag: number, body: Buffer): Buffer {
  const len: number[] = [];
  let n = body.length;
  while (n >= 0x80) {
    len.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  len.push(n);
  return Buffer.concat([Buffer.from([tag, ...len]), body]);
}

const list = (handles: Buffer[]): Buffer => Buffer.concat(handles.map((h) => field(0x0a, h)));
const handle = (sessionId: number, roles: Buffer[] = []): Buffer =>
  Buffer.concat([Buffer.from([0x08, sessionId]), ...roles.map((r) => field(0x1a, r))]);
const role = (identifier: Buffer, packedPermissions?: Buffer): Buffer =>
  Buffer.concat([field(0x0a, identifier), ...(packedPermissions ? [field(0x12, packedPermissions)] : [])]);

/** What the generated protobufjs codec makes of the same bytes, as canonical JSON. */
function generic(bytes: Buffer): unknown {
  return PayloadSessionStatusRaw.toObject(PayloadSessionStatusRaw.decode(bytes), { defaults: true, enums: String, arrays: true }).sessions;
}

/** Ours and protobufjs' outcome for the same bytes: the sessions, or that it refused them. */
function outcomes(bytes: Buffer): { ours: unknown; protobufjs: unknown } {
  let ours: unknown;
  let protobufjs: unknown;
  try {
    ours = decodeSessionStatusBroadcast(bytes).sessions;
  } catch (err) {
    assert.ok(err instanceof SessionStatusDecodeError, String(err));
    ours = 'refused';
  }
  try {
    protobufjs = generic(bytes);
  } catch {
    protobufjs = 'refused';
  }
  return { ours, protobufjs };
}

describe('protocol: session status bounds and strings', () => {
  describe('entry limits (src/protocol/limits.ts)', () => {
    it(`reads ${MAX_LIST_ENTRIES} sessions and refuses ${MAX_LIST_ENTRIES + 1}, in both decoders`, () => {
      const sessions = (n: number): Buffer => list(Array.from({ length: n }, (_, i) => handle(1 + (i % 100))));
      assert.equal(decodeSessionStatusBroadcast(sessions(MAX_LIST_ENTRIES)).sessions.length, MAX_LIST_ENTRIES);
      assert.throws(
        () => decodeSessionStatusBroadcast(sessions(MAX_LIST_ENTRIES + 1)),
        new RegExp(`more than ${MAX_LIST_ENTRIES} sessions in a list`),
      );
      assert.throws(() => decodeSessionKilledBroadcast(sessions(MAX_LIST_ENTRIES + 1)), SessionStatusDecodeError);
      assert.throws(
        () => decodeSessionStatusBroadcast(encodeRawFrame('sessions/status', sessions(MAX_LIST_ENTRIES + 1))),
        SessionStatusDecodeError,
      );
    });

    it(`reads ${MAX_NESTED_ENTRIES} roles per session and permissions per role (packed or not), refuses one more`, () => {
      const roles = (n: number): Buffer =>
        list([
          handle(
            3,
            Array.from({ length: n }, () => role(Buffer.from('r'))),
          ),
        ]);
      assert.equal(decodeSessionStatusBroadcast(roles(MAX_NESTED_ENTRIES)).sessions[0].roles.length, MAX_NESTED_ENTRIES);
      assert.throws(
        () => decodeSessionStatusBroadcast(roles(MAX_NESTED_ENTRIES + 1)),
        new RegExp(`more than ${MAX_NESTED_ENTRIES} roles in a session`),
      );
      assert.throws(
        () =>
          decodeSessionKilledBroadcast(
            handle(
              3,
              Array.from({ length: MAX_NESTED_ENTRIES + 1 }, () => role(Buffer.from('r'))),
            ),
          ),
        SessionStatusDecodeError,
      );

      const packed = (n: number): Buffer => list([handle(3, [role(Buffer.from('r'), Buffer.alloc(n, 1))])]);
      assert.equal(decodeSessionStatusBroadcast(packed(MAX_NESTED_ENTRIES)).sessions[0].roles[0].permissions.length, MAX_NESTED_ENTRIES);
      assert.throws(
        () => decodeSessionStatusBroadcast(packed(MAX_NESTED_ENTRIES + 1)),
        new RegExp(`more than ${MAX_NESTED_ENTRIES} permissions in a role`),
      );
      const unpacked = Buffer.concat([
        field(0x0a, Buffer.from('r')),
        Buffer.alloc(2 * (MAX_NESTED_ENTRIES + 1), Buffer.from([0x10, 0x01])),
      ]);
      assert.throws(() => decodeSessionStatusBroadcast(list([handle(3, [unpacked])])), /permissions in a role/);
    });

    it("skips a role's unknown fields as protobufjs does: a length-delimited field 3 holds no permissions", () => {
      const withUnknown = Buffer.concat([
        role(Buffer.from('r'), Buffer.from([0x01])),
        field(0x1a, Buffer.from([0x02])),
        Buffer.from([0x20, 0x05]),
      ]);
      const bytes = list([handle(3, [withUnknown])]);
      const { ours, protobufjs } = outcomes(bytes);
      assert.deepEqual(ours, protobufjs);
      assert.equal((ours as { roles: { permissions: unknown[] }[] }[])[0].roles[0].permissions.length, 1);
    });

    it("refuses a packed permission run whose last varint is cut at the run's end, whatever the role holds after it", () => {
      // 0x81 asks for another byte; the role's next field (0x20 0x05) must not be taken as it.
      const cut = Buffer.concat([role(Buffer.from('r'), Buffer.from([0x01, 0x81])), Buffer.from([0x20, 0x05])]);
      assert.throws(() => decodeSessionStatusBroadcast(list([handle(3, [cut])])), /truncated varint/);
    });

    it('refuses a list of 500,000 empty sessions that fits the size limit', () => {
      const bomb = Buffer.alloc(1_000_000, Buffer.from([0x0a, 0x00]));
      assert.ok(bomb.length <= MAX_BROADCAST_BYTES);
      assert.throws(() => decodeSessionStatusBroadcast(bomb), /more than 1024 sessions in a list/);
    });
  });

  describe(`size limit (MAX_BROADCAST_BYTES = ${MAX_BROADCAST_BYTES})`, () => {
    it('refuses a payload over the limit before reading it, naming its size; takes one at the limit', () => {
      const bomb = Buffer.alloc(16 * 1024 * 1024, Buffer.from([0x0a, 0x00])); // 8 Mi empty sessions
      assert.throws(() => decodeSessionStatusBroadcast(bomb), {
        name: 'SessionStatusDecodeError',
        message: 'sessions/status broadcast of 16 MB (16777216 bytes) exceeds 1 MB: dropped',
      });
      assert.throws(() => decodeSessionKilledBroadcast(bomb), /^SessionStatusDecodeError: sessions\/killed broadcast of 16 MB/);
      // At the limit: one unknown field filling it, skipped.
      const atLimit = field(0x12, Buffer.alloc(MAX_BROADCAST_BYTES - 4));
      assert.equal(atLimit.length, MAX_BROADCAST_BYTES);
      assert.deepEqual(decodeSessionStatusBroadcast(atLimit).sessions, []);
      assert.throws(() => decodeSessionStatusBroadcast(Buffer.concat([atLimit, Buffer.from([0x0a, 0x00])])), /exceeds 1 MB: dropped/);
    });
  });

  describe('strings, exactly as protobufjs reads them', () => {
    it('keeps a leading U+FEFF: a role "\\uFEFFAdmin" is not "Admin"', () => {
      const bytes = list([handle(5, [role(Buffer.from('\uFEFFAdmin'))])]);
      assert.equal(decodeSessionStatusBroadcast(bytes).sessions[0].roles[0].identifier, '\uFEFFAdmin');
      assert.deepEqual(decodeSessionStatusBroadcast(bytes).sessions, generic(bytes));
    });

    it("gives protobufjs' strings for any text, U+FEFF at the start or in the middle (fast-check)", () => {
      const text = fc
        .tuple(fc.boolean(), fc.string({ unit: 'binary', maxLength: 20 }), fc.boolean(), fc.string({ unit: 'binary', maxLength: 20 }))
        .map(([lead, a, middle, b]) => `${lead ? '\uFEFF' : ''}${a}${middle ? '\uFEFF' : ''}${b}`);
      fc.assert(
        fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.boolean(), (identifiers, framed) => {
          const message = Buffer.from(
            PayloadSessionStatusRaw.encode({
              sessions: [
                { sessionIdentifier: 9, userIdentifier: 1, roles: identifiers.map((identifier) => ({ identifier, permissions: [1] })) },
              ],
            }).finish(),
          );
          const ours = decodeSessionStatusBroadcast(framed ? encodeRawFrame('sessions/status', message) : message).sessions;
          assert.deepEqual(ours, generic(message));
          assert.deepEqual(
            ours[0].roles.map((r) => r.identifier),
            identifiers,
          );
        }),
        { seed: 7, numRuns: 2000 },
      );
    });

    it("gives protobufjs' strings for any bytes, and refuses the invalid UTF-8 it refuses (fast-check)", () => {
      const bom = fc.constant(Uint8Array.from([0xef, 0xbb, 0xbf]));
      const chunk = fc.oneof(
        fc.uint8Array({ maxLength: 12 }),
        bom,
        fc.string({ unit: 'binary', maxLength: 6 }).map((s) => Uint8Array.from(Buffer.from(s))),
      );
      fc.assert(
        fc.property(fc.array(chunk, { maxLength: 5 }), (chunks) => {
          const { ours, protobufjs } = outcomes(list([handle(4, [role(Buffer.concat(chunks))])]));
          assert.deepEqual(ours, protobufjs);
        }),
        { seed: 11, numRuns: 3000 },
      );
    });
  });
});
