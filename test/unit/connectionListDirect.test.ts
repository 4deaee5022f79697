/**
 * decodeConnectionList reads common replies straight from the wire and hands everything else to
 * protobufjs. Whatever the bytes, the outcome (value, or error text) must be protobufjs' own.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SessionMessages } from '../../src/protocol/messageCodec';
import { decodeConnectionList, decodeConnectionListGeneric } from '../../src/protocol/session/connectionList';
import { readConnectionList } from '../../src/protocol/session/connectionListWire';

function outcome(decode: () => unknown): { ok: string } | { error: string } {
  try {
    return { ok: JSON.stringify(decode()) };
  } catch (err) {
    return { error: `${(err as Error).name}: ${(err as Error).message}` };
  }
}

const reference = decodeConnectionListGeneric;

function same(bytes: Uint8Array): void {
  assert.deepStrictEqual(
    outcome(() => decodeConnectionList(bytes)),
    outcome(() => reference(bytes)),
    Buffer.from(bytes).toString('hex'),
  );
}

const encode = (o: Record<string, unknown>): Uint8Array =>
  SessionMessages.ConnectionList.encode(SessionMessages.ConnectionList.fromObject(o)).finish();

const uint32 = fc.nat({ max: 0xffffffff });
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }));
const role = fc.record(
  { identifier: text, permissions: fc.array(fc.integer({ min: -3, max: 9 }), { maxLength: 5 }) },
  { requiredKeys: [] },
);
const connection = fc.record(
  {
    userHandle: fc.record({ identifier: uint32, permission: uint32 }, { requiredKeys: [] }),
    connectionInformation: text,
    connectionIdentifier: uint32,
    isLocal: fc.boolean(),
    sessionIdentifier: uint32,
    connectionInactivityTimeout: uint32,
    roles: fc.array(role, { maxLength: 2 }),
    connectionType: fc.integer({ min: -2, max: 6 }),
    isWebapp: fc.boolean(),
    username: text,
  },
  { requiredKeys: [] },
);
const list = fc.record(
  {
    connection: fc.array(connection, { maxLength: 2 }),
    userConnections: fc.array(connection, { maxLength: 2 }),
    monitorConnections: fc.array(connection, { maxLength: 1 }),
  },
  { requiredKeys: [] },
);

describe('protocol: ConnectionList direct reader', () => {
  it('matches protobufjs for any encoded list, including non-ASCII text and negative enums (seeded)', () => {
    fc.assert(
      fc.property(list, (input) => same(encode(input))),
      { seed: 7, numRuns: 300 },
    );
  });

  it('matches protobufjs, value or error, when encoded lists are cut, spliced or corrupted (seeded)', () => {
    const mutated = fc
      .tuple(list, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 4 }), fc.nat(), fc.uint8Array({ maxLength: 8 }))
      .map(([input, flips, cut, extra]) => {
        const bytes = Buffer.from(encode(input));
        for (const [i, v] of flips) if (bytes.length) bytes[i % bytes.length] = v;
        const kept = bytes.subarray(0, bytes.length ? cut % (bytes.length + 1) : 0);
        return Buffer.concat([kept, extra]);
      });
    fc.assert(
      fc.property(mutated, (bytes) => same(bytes)),
      { seed: 8, numRuns: 2000 },
    );
  });

  it('hands protobufjs the cases it treats specially', () => {
    const cases: Record<string, string> = {
      'repeated user_handle (merged)': '0a0e0a050801150100000a05080215000000',
      'unknown field in a connection': '0a03f80101',
      'unknown top-level field': '3801',
      'long varint': '0a0b18ffffffffffffffffff01',
      group: '0a02230c',
      'packed permissions cut': '0a063a0412030102',
      // A varint whose fifth byte lies past its connection's end (protobufjs: out of range), then an empty connection.
      'varint cut before its fifth byte': '0a051880808080010a00',
      // A fifth byte with the continuation bit: protobufjs reads on (a longer varint), then fails on what follows.
      'fifth varint byte continued': '0a081880808080802001',
      "repeated user_handle, the second without a permission (merged: the first one's stays)": '0a0d0a07080115010000000a020802',
      'unknown field in a user_handle': '0a090a0708011005000000',
      'a user name of the one byte 0x80 (not ASCII: protobufjs reads U+FFFD)': '0a03520180',
      'top-level field 0, length-delimited': '0200',
      'top-level field 7, length-delimited': '3a00',
      // A length whose fifth byte is 16: truncated to 32 bits it is 0, but protobufjs refuses it.
      'a length with a fifth byte of 16': '0a06528080808010',
      // protobufjs skips a known field of another wire type as unknown: no connection.
      'top-level field 2 as a varint': '1000',
      'top-level field 1 as a fixed32, then a connection': '0d010203040a00',
    };
    for (const [name, hex] of Object.entries(cases)) {
      const bytes = Buffer.from(hex, 'hex');
      assert.doesNotThrow(() => same(bytes), name);
    }
  });
});

describe('protocol: ConnectionList direct reader, the common case', () => {
  // The direct reader is why a poll is cheap (docs/performance.md): every reply a robot sends in the
  // common case (ASCII text, enums in range, no unknown fields) must be read by it, to protobufjs' result.
  const ascii = fc.oneof(
    fc.constantFrom('', 'admin', 'operator', '192.168.1.10', 'Kinova Web App'),
    fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 90 }),
  );
  const commonRole = fc.record(
    { identifier: ascii, permissions: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 6 }) },
    { requiredKeys: [] },
  );
  const commonConnection = fc.record(
    {
      userHandle: fc.record({ identifier: uint32, permission: uint32 }, { requiredKeys: [] }),
      connectionInformation: ascii,
      connectionIdentifier: uint32,
      isLocal: fc.boolean(),
      sessionIdentifier: uint32,
      connectionInactivityTimeout: uint32,
      roles: fc.array(commonRole, { maxLength: 3 }),
      connectionType: fc.integer({ min: 0, max: 6 }),
      isWebapp: fc.boolean(),
      username: ascii,
    },
    { requiredKeys: [] },
  );
  const lists = [
    'connection',
    'userConnections',
    'pluginConnections',
    'internalConnections',
    'unauthenticatedConnections',
    'monitorConnections',
  ];
  const commonList = fc.record(Object.fromEntries(lists.map((name) => [name, fc.array(commonConnection, { maxLength: 3 })])), {
    requiredKeys: [],
  });

  function readsDirectly(bytes: Uint8Array): void {
    const direct = readConnectionList(bytes);
    assert.ok(direct, `left to protobufjs: ${Buffer.from(bytes).toString('hex')}`);
    assert.deepStrictEqual(JSON.stringify(direct), JSON.stringify(reference(bytes)), Buffer.from(bytes).toString('hex'));
  }

  it('reads every common reply itself, to what protobufjs reads (seeded)', () => {
    fc.assert(
      fc.property(commonList, (input) => readsDirectly(encode(input))),
      { seed: 21, numRuns: 400 },
    );
  });

  it('reads permissions packed, one by one, or both in one role; and the largest uint32 values', () => {
    const role = Buffer.from([0x3a, 0x0b, 0x0a, 0x01, 0x41, 0x12, 0x02, 0x01, 0x02, 0x10, 0x03, 0x10, 0x09]);
    const handle = Buffer.from([0x0a, 0x0b, 0x08, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x15, 0xff, 0xff, 0xff, 0xff]);
    const connection = Buffer.concat([handle, role, Buffer.from([0x28, 0x80, 0x80, 0x80, 0x80, 0x08, 0x20, 0x01])]);
    readsDirectly(Buffer.concat([Buffer.from([0x0a, connection.length]), connection]));
    const parsed = readConnectionList(Buffer.concat([Buffer.from([0x0a, connection.length]), connection]));
    assert.deepEqual(parsed?.connection[0].roles[0].permissions.length, 4);
    assert.equal(parsed?.connection[0].sessionIdentifier, 2 ** 31);
    assert.equal(parsed?.connection[0].userHandle?.identifier, 0xffffffff);
  });

  it('never gives a remembered text for another of the same length, even where the bytes before it spell the remembered one', () => {
    // ' \x03R' and ' #f' share a slot of the string cache; read backwards from the second
    // user name, the wire holds ' ', its length 0x03 and its tag 0x52 ('R'): the first text.
    const withUsername = (name: string): Buffer => Buffer.from([0x0a, name.length + 2, 0x52, name.length, ...Buffer.from(name, 'latin1')]);
    for (const name of [' \x03R', ' #f']) {
      const bytes = withUsername(name);
      readsDirectly(bytes);
      assert.equal(readConnectionList(bytes)?.connection[0].username, name);
    }
  });
});
