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
