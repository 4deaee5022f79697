/**
 * Entry limits of a GetConnections reply (src/protocol/limits.ts): over a limit, both decoders
 * (the direct wire reader and the protobufjs fallback) throw ListLimitError naming the count and
 * the limit, after building at most one entry too many.
 */
import assert from 'node:assert/strict';
import { decodeConnectionList, decodeConnectionListGeneric } from '../../src/protocol/session/connectionList';
import { ListLimitError } from '../../src/protocol/session/connectionListLimits';
import { MAX_LIST_ENTRIES, MAX_NESTED_ENTRIES, MAX_SESSION_REPLY_BYTES } from '../../src/protocol/limits';

/** A length-delimited field. */
function field(tag: number, body: Buffer): Buffer {
  let n = body.length;
  const length: number[] = [];
  while (n >= 0x80) {
    length.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  length.push(n);
  return Buffer.concat([Buffer.from([tag, ...length]), body]);
}

const emptyConnections = (n: number): Buffer => Buffer.alloc(2 * n, Buffer.from([0x0a, 0x00]));
/** A connection with an unknown field: the direct reader leaves the whole reply to protobufjs. */
const unusualConnection = field(0x0a, Buffer.from([0x58, 0x01]));
const connectionWithRoles = (n: number): Buffer => field(0x0a, Buffer.alloc(2 * n, Buffer.from([0x3a, 0x00])));
const roleWithPackedPermissions = (n: number): Buffer => field(0x0a, field(0x3a, field(0x12, Buffer.alloc(n, 1))));
const roleWithPermissions = (n: number): Buffer => field(0x0a, field(0x3a, Buffer.alloc(2 * n, Buffer.from([0x10, 0x01]))));

const decoders: Array<[string, (bytes: Uint8Array) => unknown]> = [
  ['direct reader', decodeConnectionList],
  ['protobufjs fallback', (bytes) => decodeConnectionList(Buffer.concat([unusualConnection, bytes]))],
  ['generic decoder', decodeConnectionListGeneric],
];

function limitError(decode: () => unknown): ListLimitError {
  try {
    decode();
  } catch (err) {
    assert.ok(err instanceof ListLimitError, `a ListLimitError, not ${String(err)}`);
    return err;
  }
  assert.fail('decoded a reply over the limit');
}

describe('protocol: entry limits of a GetConnections reply', () => {
  for (const [label, decode] of decoders) {
    describe(label, () => {
      it(`accepts ${MAX_LIST_ENTRIES} connections and refuses ${MAX_LIST_ENTRIES + 1}, naming count and limit`, () => {
        const fallback = label === 'protobufjs fallback' ? 1 : 0;
        const ok = decode(emptyConnections(MAX_LIST_ENTRIES - fallback)) as { connection: unknown[] };
        assert.equal(ok.connection.length, MAX_LIST_ENTRIES);
        const err = limitError(() => decode(emptyConnections(MAX_LIST_ENTRIES + 1 - fallback)));
        assert.equal(
          err.message,
          `ConnectionList.connection has ${MAX_LIST_ENTRIES + 1} connections, over the limit of ${MAX_LIST_ENTRIES}`,
        );
      });

      it('refuses a 1 MiB reply of half a million empty connections at once', () => {
        const entries = (MAX_SESSION_REPLY_BYTES - 64) / 2;
        const started = performance.now();
        const err = limitError(() => decode(emptyConnections(entries)));
        const ms = performance.now() - started;
        assert.match(
          err.message,
          new RegExp(`has ${entries + (label === 'protobufjs fallback' ? 1 : 0)} connections, over the limit of ${MAX_LIST_ENTRIES}`),
        );
        assert.ok(ms < 200, `took ${ms.toFixed(0)} ms`);
      });

      it(`refuses more than ${MAX_NESTED_ENTRIES} roles in a connection or permissions in a role`, () => {
        decode(connectionWithRoles(MAX_NESTED_ENTRIES));
        decode(roleWithPackedPermissions(MAX_NESTED_ENTRIES));
        decode(roleWithPermissions(MAX_NESTED_ENTRIES));
        assert.match(
          limitError(() => decode(connectionWithRoles(MAX_NESTED_ENTRIES + 1))).message,
          new RegExp(`${MAX_NESTED_ENTRIES + 1} roles in one connection, over the limit of ${MAX_NESTED_ENTRIES}`),
        );
        assert.match(
          limitError(() => decode(roleWithPackedPermissions(MAX_NESTED_ENTRIES + 1))).message,
          new RegExp(`${MAX_NESTED_ENTRIES + 1} permissions in one role, over the limit of ${MAX_NESTED_ENTRIES}`),
        );
        assert.match(
          limitError(() => decode(roleWithPermissions(MAX_NESTED_ENTRIES + 1))).message,
          new RegExp(`${MAX_NESTED_ENTRIES + 1} permissions in one role, over the limit of ${MAX_NESTED_ENTRIES}`),
        );
      });
    });
  }

  it('names the list that is over the limit (Kortex 3 lists)', () => {
    const monitors = Buffer.alloc(2 * (MAX_LIST_ENTRIES + 5), Buffer.from([0x32, 0x00]));
    assert.equal(
      limitError(() => decodeConnectionList(monitors)).message,
      `ConnectionList.monitorConnections has ${MAX_LIST_ENTRIES + 5} connections, over the limit of ${MAX_LIST_ENTRIES}`,
    );
  });
});

describe('protocol: entry limits of a GetConnections reply with fields the package does not know', () => {
  /** Unknown fields of every wire type: varint, fixed64, length-delimited (holding what reads like entries), fixed32. */
  const unknownFields = (fieldNumber: number): Buffer[] => [
    Buffer.from([(fieldNumber << 3) | 0, 0x96, 0x01]),
    Buffer.from([(fieldNumber << 3) | 1, 1, 2, 3, 4, 5, 6, 7, 8]),
    field((fieldNumber << 3) | 2, Buffer.alloc(40, Buffer.from([0x0a, 0x00]))),
    Buffer.from([(fieldNumber << 3) | 5, 1, 2, 3, 4]),
  ];
  const LISTS = [
    'connection',
    'userConnections',
    'pluginConnections',
    'internalConnections',
    'unauthenticatedConnections',
    'monitorConnections',
  ];
  /** `n` empty entries of list `f` (1..6), with one unknown field of each wire type before and among them. */
  function listWithUnknownFields(f: number, n: number): Buffer {
    const entry = Buffer.from([(f << 3) | 2, 0x00]);
    const unknown = unknownFields(7);
    const half = Math.floor(n / 2);
    return Buffer.concat([...unknown, Buffer.alloc(2 * half, entry), ...unknown, Buffer.alloc(2 * (n - half), entry)]);
  }

  for (const [label, decode] of [
    ['decodeConnectionList', decodeConnectionList],
    ['generic decoder', decodeConnectionListGeneric],
  ] as const) {
    it(`every list is counted past unknown fields, and its name and exact count are in the error (${label})`, () => {
      LISTS.forEach((name, i) => {
        const ok = decode(listWithUnknownFields(i + 1, MAX_LIST_ENTRIES)) as unknown as Record<string, unknown[]>;
        assert.equal(ok[name].length, MAX_LIST_ENTRIES, name);
        assert.equal(
          limitError(() => decode(listWithUnknownFields(i + 1, MAX_LIST_ENTRIES + 1))).message,
          `ConnectionList.${name} has ${MAX_LIST_ENTRIES + 1} connections, over the limit of ${MAX_LIST_ENTRIES}`,
        );
      });
    });

    it(`roles and permissions are counted past unknown fields, and what unknown fields hold is not counted (${label})`, () => {
      const rolesAfterUnknown = (n: number): Buffer =>
        field(0x0a, Buffer.concat([...unknownFields(11), Buffer.alloc(2 * n, Buffer.from([0x3a, 0x00]))]));
      decode(rolesAfterUnknown(MAX_NESTED_ENTRIES));
      assert.match(limitError(() => decode(rolesAfterUnknown(MAX_NESTED_ENTRIES + 1))).message, /257 roles in one connection/);
      const permissionsAfterUnknown = (n: number): Buffer =>
        field(0x0a, field(0x3a, Buffer.concat([...unknownFields(3), Buffer.alloc(2 * n, Buffer.from([0x10, 0x01]))])));
      decode(permissionsAfterUnknown(MAX_NESTED_ENTRIES));
      assert.match(limitError(() => decode(permissionsAfterUnknown(MAX_NESTED_ENTRIES + 1))).message, /257 permissions in one role/);
      // Unknown fields that hold what reads like entries, and many unknown varints in a role: no limit reached.
      const lookalikes = Buffer.concat([
        field(0x3a, Buffer.alloc(2 * (MAX_LIST_ENTRIES + 1), Buffer.from([0x0a, 0x00]))),
        field(0x0a, field(0x5a, Buffer.alloc(2 * (MAX_NESTED_ENTRIES + 1), Buffer.from([0x3a, 0x00])))),
        field(0x0a, field(0x3a, field(0x1a, Buffer.alloc(2 * (MAX_NESTED_ENTRIES + 1), Buffer.from([0x10, 0x01]))))),
        field(0x0a, field(0x3a, Buffer.alloc(2 * (MAX_NESTED_ENTRIES + 1), Buffer.from([0x18, 0x01])))),
      ]);
      const list = decode(lookalikes) as { connection: Array<{ roles: Array<{ permissions: unknown[] }> }> };
      assert.deepEqual(
        list.connection.map((c) => c.roles.map((r) => r.permissions.length)),
        [[], [0], [0]],
      );
    });
  }

  it('malformed bytes under the limits are left to the decoder: its own error, not the limit check', () => {
    for (const hex of ['0a05', '0a0318', '0a02ff']) {
      for (const decode of [decodeConnectionList, decodeConnectionListGeneric]) {
        assert.throws(() => decode(Buffer.from(hex, 'hex')), { name: 'RangeError', message: 'index out of range' }, hex);
      }
    }
  });

  it('counts entries whose length takes two bytes, and never counts field 0 as a list', () => {
    // 1,025 connections of 128 bytes: each length is the varint 0x80 0x01.
    const entry = Buffer.concat([Buffer.from([0x0a, 0x80, 0x01, 0x52, 0x7e]), Buffer.alloc(126, 0x61)]);
    const fieldZero = Buffer.alloc(2 * (MAX_LIST_ENTRIES + 1), Buffer.from([0x02, 0x00]));
    for (const decode of [decodeConnectionList, decodeConnectionListGeneric]) {
      assert.equal(
        limitError(() => decode(Buffer.concat(Array<Buffer>(MAX_LIST_ENTRIES + 1).fill(entry)))).message,
        `ConnectionList.connection has ${MAX_LIST_ENTRIES + 1} connections, over the limit of ${MAX_LIST_ENTRIES}`,
      );
      assert.throws(() => decode(fieldZero), { message: 'illegal tag: field number 0' });
    }
  });

  it('adds up the permissions of every packed run in a role', () => {
    const run = field(0x12, Buffer.alloc(150, 0x01));
    const reply = field(0x0a, field(0x3a, Buffer.concat([run, run])));
    for (const decode of [decodeConnectionList, decodeConnectionListGeneric]) {
      assert.equal(
        limitError(() => decode(reply)).message,
        `ConnectionList has 300 permissions in one role, over the limit of ${MAX_NESTED_ENTRIES}`,
      );
    }
  });

  it('a long varint or a group that protobufjs skips hides no list behind it', () => {
    const tenByteVarint = Buffer.from([0x38, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    // Field 7 as a group holding a varint and a group of field 8: protobufjs skips it whole.
    const group = Buffer.from([0x3b, 0x08, 0x01, 0x43, 0x44, 0x3c]);
    const roles = Buffer.alloc(2 * (MAX_NESTED_ENTRIES + 1), Buffer.from([0x3a, 0x00]));
    const permissions = Buffer.alloc(2 * MAX_NESTED_ENTRIES, Buffer.from([0x10, 0x01]));
    const cases: Array<[Buffer, string]> = [
      [Buffer.concat([tenByteVarint, emptyConnections(MAX_LIST_ENTRIES + 1)]), `${MAX_LIST_ENTRIES + 1} connections`],
      [Buffer.concat([group, emptyConnections(MAX_LIST_ENTRIES + 1)]), `${MAX_LIST_ENTRIES + 1} connections`],
      [field(0x0a, Buffer.concat([Buffer.from([0x5b, 0x08, 0x01, 0x5c]), roles])), '257 roles'],
      [field(0x0a, Buffer.concat([Buffer.from([0x58]), tenByteVarint.subarray(1), roles])), '257 roles'],
      // The first permission's value in ten bytes, then 256 more.
      [field(0x0a, field(0x3a, Buffer.concat([Buffer.from([0x10]), tenByteVarint.subarray(1), permissions]))), '257 permissions'],
    ];
    for (const [reply, over] of cases) {
      for (const decode of [decodeConnectionList, decodeConnectionListGeneric]) {
        assert.match(limitError(() => decode(reply)).message, new RegExp(`has ${over}`), reply.subarray(0, 16).toString('hex'));
      }
    }
  });

  it('counts only what protobufjs reads as entries, and leaves to it the bytes it refuses', () => {
    const over = emptyConnections(MAX_LIST_ENTRIES + 1);
    const roles = (n: number): Buffer => Buffer.alloc(2 * n, Buffer.from([0x3a, 0x00]));
    const outOfRange = /^index out of range/;
    const cases: Array<[string, Buffer, { lists: number[] } | { message: string | RegExp }]> = [
      // protobufjs skips a list's field of another wire type as unknown.
      ['1,025 list fields as varints', Buffer.alloc(2 * (MAX_LIST_ENTRIES + 1), Buffer.from([0x08, 0x00])), { lists: [0, 0] }],
      ['field 7 holding what reads like 257 roles', field(0x3a, roles(MAX_NESTED_ENTRIES + 1)), { lists: [0, 0] }],
      [
        '200 packed permissions of two bytes each',
        field(0x0a, field(0x3a, field(0x12, Buffer.alloc(400, Buffer.from([0x80, 0x01]))))),
        { lists: [1, 0] },
      ],
      // Tags and lengths of more than five bytes, wire types 4, 6 and 7, a field running past its message: protobufjs' errors.
      [
        '1,025 connections with six-byte tags',
        Buffer.alloc(7 * (MAX_LIST_ENTRIES + 1), Buffer.from([0x8a, 0x80, 0x80, 0x80, 0x80, 0x00, 0x00])),
        { message: 'invalid tag encoding' },
      ],
      [
        'wire type 6 ahead of 1,025 connections',
        Buffer.concat([Buffer.from([0x3e, 1, 2, 3, 4]), over]),
        { message: 'invalid wire type 6 at offset 1' },
      ],
      [
        "a tag cut at its connection's end",
        Buffer.concat([field(0x0a, Buffer.concat([roles(MAX_NESTED_ENTRIES), Buffer.from([0xba])])), Buffer.from([0x00])]),
        { message: outOfRange },
      ],
      [
        'a role running past its connection',
        Buffer.concat([Buffer.from([0x0a, 0x03, 0x3a, 0x82, 0x04]), Buffer.alloc(2 * (MAX_NESTED_ENTRIES + 1), Buffer.from([0x10, 0x01]))]),
        { message: outOfRange },
      ],
      [
        'a fixed64 running past its connection',
        Buffer.concat([Buffer.from([0x0a, 0x03, 0x59, 0x01, 0x02]), over]),
        { message: outOfRange },
      ],
    ];
    for (const [what, reply, expected] of cases) {
      for (const decode of [decodeConnectionList, decodeConnectionListGeneric]) {
        if ('lists' in expected) {
          const list = decode(reply) as { connection: unknown[]; monitorConnections: unknown[] };
          assert.deepEqual([list.connection.length, list.monitorConnections.length], expected.lists, what);
        } else assert.throws(() => decode(reply), { message: expected.message }, what);
      }
    }
    // Fields of list numbers with another wire type are not in the count either.
    const withVarints = Buffer.concat([over, Buffer.alloc(6, Buffer.from([0x08, 0x00]))]);
    for (const decode of [decodeConnectionList, decodeConnectionListGeneric]) {
      assert.equal(
        limitError(() => decode(withVarints)).message,
        `ConnectionList.connection has ${MAX_LIST_ENTRIES + 1} connections, over the limit of ${MAX_LIST_ENTRIES}`,
      );
    }
  });

  it("a varint value ends at its last byte: a byte of 0x80 goes on, a value cut at its role's end is left to protobufjs", () => {
    // 257 permissions of the value 128, two bytes each (0x80 0x01).
    const twoByteValues = field(0x0a, field(0x3a, Buffer.alloc(3 * (MAX_NESTED_ENTRIES + 1), Buffer.from([0x10, 0x80, 0x01]))));
    // A 257th permission whose value is cut at its role's end, followed by the connection's next field.
    const permissions = Buffer.alloc(2 * MAX_NESTED_ENTRIES, Buffer.from([0x10, 0x01]));
    const cut = field(
      0x0a,
      Buffer.concat([field(0x3a, Buffer.concat([permissions, Buffer.from([0x10, 0x81])])), Buffer.from([0x18, 0x00])]),
    );
    for (const decode of [decodeConnectionList, decodeConnectionListGeneric]) {
      assert.match(limitError(() => decode(twoByteValues)).message, /has 257 permissions in one role/);
      assert.throws(() => decode(cut), { name: 'RangeError', message: /^index out of range/ });
    }
  });

  it('a group is counted past as protobufjs skips it; a malformed or too deep one is left to protobufjs, whose error it is', () => {
    const nested = (depth: number): Buffer =>
      Buffer.concat([Buffer.alloc(depth, 0x3b), Buffer.alloc(depth, 0x3c), emptyConnections(MAX_LIST_ENTRIES + 1)]);
    const overLimit = `ConnectionList.connection has ${MAX_LIST_ENTRIES + 1} connections, over the limit of ${MAX_LIST_ENTRIES}`;
    const cases: Array<[string, Buffer, string]> = [
      ['128 groups deep', nested(128), overLimit],
      ['129 groups deep', nested(129), 'max depth exceeded'],
      ['100,000 groups deep', nested(100_000), 'max depth exceeded'],
      [
        'ended by the end tag of another field',
        Buffer.concat([Buffer.from([0x3b, 0x44]), emptyConnections(MAX_LIST_ENTRIES + 1)]),
        'invalid end group tag',
      ],
      [
        'holding field 0',
        Buffer.concat([Buffer.from([0x3b, 0x00, 0x00, 0x3c]), emptyConnections(MAX_LIST_ENTRIES + 1)]),
        'illegal tag: field number 0',
      ],
    ];
    for (const [what, reply, message] of cases) {
      for (const decode of [decodeConnectionList, decodeConnectionListGeneric]) {
        assert.throws(() => decode(reply), { message }, what);
      }
    }
  });

  it('every decoder names the same limit when an entry one past a limit is itself over a nested one', () => {
    // The 1,025th connection holds 257 roles; the 257th role of a connection holds 257 permissions.
    const lastOverRoles = (before: number): Buffer =>
      Buffer.concat([emptyConnections(before), connectionWithRoles(MAX_NESTED_ENTRIES + 1)]);
    const permissions = field(0x3a, Buffer.alloc(2 * (MAX_NESTED_ENTRIES + 1), Buffer.from([0x10, 0x01])));
    const lastOverPermissions = field(0x0a, Buffer.concat([Buffer.alloc(2 * MAX_NESTED_ENTRIES, Buffer.from([0x3a, 0x00])), permissions]));
    for (const [label, decode] of decoders) {
      const over = (reply: Buffer): string => limitError(() => decode(reply)).message;
      const fallback = label === 'protobufjs fallback' ? 1 : 0;
      assert.equal(
        over(lastOverRoles(MAX_LIST_ENTRIES - fallback)),
        `ConnectionList has 257 roles in one connection, over the limit of ${MAX_NESTED_ENTRIES}`,
        label,
      );
      assert.equal(
        over(lastOverPermissions),
        `ConnectionList has 257 permissions in one role, over the limit of ${MAX_NESTED_ENTRIES}`,
        label,
      );
    }
  });

  it('a reply over the limit with a malformed tail still fails with the count it could read', () => {
    const reply = Buffer.concat([emptyConnections(MAX_LIST_ENTRIES + 1), unusualConnection, Buffer.from([0x3a, 0x05, 0x00])]);
    assert.equal(
      limitError(() => decodeConnectionList(reply)).message,
      `ConnectionList.connection has ${MAX_LIST_ENTRIES + 2} connections, over the limit of ${MAX_LIST_ENTRIES}`,
    );
    assert.equal(limitError(() => decodeConnectionList(reply)).name, 'ListLimitError');
  });
});
