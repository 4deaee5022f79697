/**
 * decodeConnectionList (the hand-written fast path of GetConnections) must give exactly what the
 * generic path gives: protobufjs toObject with the canonical options, minus null placeholders.
 * Same values, same keys, same key order (users see JSON.stringify of it in debug panes).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SessionMessages } from '../../src/protocol/messageCodec';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { decodeConnectionList, decodeConnectionListGeneric } from '../../src/protocol/session/connectionList';

const reference = decodeConnectionListGeneric;

const uint32 = fc.nat({ max: 0xffffffff });
// Enum numbers beyond the known ones too: toObject keeps those as numbers.
const role = fc.record({ identifier: fc.string(), permissions: fc.array(fc.nat({ max: 9 }), { maxLength: 7 }) }, { requiredKeys: [] });
const connection = fc.record(
  {
    userHandle: fc.record({ identifier: uint32, permission: uint32 }, { requiredKeys: [] }),
    connectionInformation: fc.string(),
    connectionIdentifier: uint32,
    isLocal: fc.boolean(),
    sessionIdentifier: uint32,
    connectionInactivityTimeout: uint32,
    roles: fc.array(role, { maxLength: 3 }),
    connectionType: fc.nat({ max: 6 }),
    isWebapp: fc.boolean(),
    username: fc.string(),
  },
  { requiredKeys: [] },
);
const list = fc.record(
  {
    connection: fc.array(connection, { maxLength: 3 }),
    userConnections: fc.array(connection, { maxLength: 3 }),
    pluginConnections: fc.array(connection, { maxLength: 2 }),
    internalConnections: fc.array(connection, { maxLength: 2 }),
    unauthenticatedConnections: fc.array(connection, { maxLength: 2 }),
    monitorConnections: fc.array(connection, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

describe('protocol: ConnectionList fast decode', () => {
  it('is the GetConnections decoder', () => {
    assert.equal(SessionRpcs.getConnections.decodeResponse, decodeConnectionList);
  });

  it('equals toObject(canonical) + dropNulls, key order included, for any list (seeded)', () => {
    fc.assert(
      fc.property(list, (input) => {
        const bytes = SessionMessages.ConnectionList.encode(SessionMessages.ConnectionList.fromObject(input)).finish();
        const fast = decodeConnectionList(bytes);
        const ref = reference(bytes);
        assert.deepStrictEqual(fast, ref);
        assert.equal(JSON.stringify(fast), JSON.stringify(ref));
      }),
      { seed: 6, numRuns: 400 },
    );
  });

  it('decodes the empty reply to six empty lists', () => {
    assert.deepStrictEqual(decodeConnectionList(new Uint8Array(0)), {
      connection: [],
      userConnections: [],
      pluginConnections: [],
      internalConnections: [],
      unauthenticatedConnections: [],
      monitorConnections: [],
    });
  });
});
