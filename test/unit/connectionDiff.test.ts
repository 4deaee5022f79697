import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diffConnectionLists } from '../../src/client/watch/connectionDiff';
import { ConnectionJson, ConnectionListJson, connectionKey } from '../../src/client/watch/connectionRows';

function conn(overrides: Partial<ConnectionJson> = {}): ConnectionJson {
  return {
    connectionInformation: '10.0.0.5:50001',
    connectionIdentifier: 0,
    isLocal: false,
    sessionIdentifier: 1,
    connectionInactivityTimeout: 10000,
    roles: [],
    connectionType: 'CONNECTION_TYPE_MQTT_TCP',
    isWebapp: false,
    username: 'admin',
    userHandle: { identifier: 1, permission: 7 },
    ...overrides,
  };
}

function list(overrides: Partial<ConnectionListJson> = {}): ConnectionListJson {
  return {
    connection: [],
    userConnections: [],
    pluginConnections: [],
    internalConnections: [],
    unauthenticatedConnections: [],
    monitorConnections: [],
    ...overrides,
  };
}

describe('connectionDiff: diffConnectionLists', () => {
  it('reports nothing for the first reply (the baseline)', () => {
    assert.deepEqual(diffConnectionLists(undefined, list({ userConnections: [conn()] })), []);
  });

  it('reports nothing when nothing changed, even if the entries are new objects', () => {
    assert.deepEqual(diffConnectionLists(list({ userConnections: [conn()] }), list({ userConnections: [conn()] })), []);
  });

  it('names a connection that appeared and one that left, with its list', () => {
    const operator = conn({
      connectionInformation: '10.0.0.6:50002',
      sessionIdentifier: 2,
      username: 'operator',
      userHandle: { identifier: 2, permission: 7 },
    });
    const monitor = conn({ connectionInformation: '10.0.0.7:50003', sessionIdentifier: 3, username: 'system' });
    const before = list({ userConnections: [conn()], monitorConnections: [monitor] });
    const after = list({ userConnections: [conn(), operator] });
    assert.deepEqual(diffConnectionLists(before, after), [
      { event: 'left', list: 'monitorConnections', connection: monitor, sessionId: 3 },
      { event: 'appeared', list: 'userConnections', connection: operator, sessionId: 2 },
    ]);
  });

  it('tells apart connections that differ in any one of address, connection id, session, user name, user id or type', () => {
    const others: Array<Partial<ConnectionJson>> = [
      { connectionInformation: '10.0.0.5:50002' },
      { connectionIdentifier: 7 },
      { sessionIdentifier: 2 },
      { username: 'operator' },
      { userHandle: { identifier: 2, permission: 7 } },
      { connectionType: 'CONNECTION_TYPE_MQTT_WEBSOCKET' },
    ];
    for (const other of others) {
      const changes = diffConnectionLists(list({ userConnections: [conn()] }), list({ userConnections: [conn(other)] }));
      assert.deepEqual(
        changes.map((c) => c.event),
        ['left', 'appeared'],
        JSON.stringify(other),
      );
    }
  });

  it('does not count a role change as a connection leaving and coming back', () => {
    const before = list({ userConnections: [conn({ roles: [] })] });
    const after = list({ userConnections: [conn({ roles: [{ identifier: 'Admin', permissions: ['USER_PERMISSION_OPERATE'] }] })] });
    assert.deepEqual(diffConnectionLists(before, after), []);
  });

  it('sees a login as leaving unauthenticatedConnections and appearing in userConnections', () => {
    const anonymous = conn({ sessionIdentifier: 0, username: '', userHandle: undefined, connectionInformation: '10.0.0.9:1' });
    const loggedIn = conn({ connectionInformation: '10.0.0.9:1', sessionIdentifier: 4 });
    const changes = diffConnectionLists(list({ unauthenticatedConnections: [anonymous] }), list({ userConnections: [loggedIn] }));
    assert.deepEqual(
      changes.map((c) => `${c.event} ${c.list}`),
      ['left unauthenticatedConnections', 'appeared userConnections'],
    );
  });

  it('reads Kortex 2 lists from the `connection` field, the connection identifier naming the session', () => {
    const k2a = conn({ connectionIdentifier: 1, sessionIdentifier: 0, username: '', connectionType: 'CONNECTION_TYPE_UNSPECIFIED' });
    const k2b = conn({
      connectionIdentifier: 2,
      sessionIdentifier: 0,
      username: '',
      connectionInformation: '10.0.0.8:2',
      connectionType: 'CONNECTION_TYPE_UNSPECIFIED',
    });
    assert.deepEqual(diffConnectionLists(list({ connection: [k2a] }), list({ connection: [k2a, k2b] })), [
      { event: 'appeared', list: 'connection', connection: k2b, sessionId: 2 },
    ]);
  });

  it('reports a Kortex 3 login once, although the robot repeats user connections in `connection`', () => {
    const operator = conn({ sessionIdentifier: 2, username: 'operator', connectionInformation: '10.0.0.6:2' });
    const before = list({ connection: [conn()], userConnections: [conn()] });
    const after = list({ connection: [conn(), operator], userConnections: [conn(), operator] });
    assert.deepEqual(diffConnectionLists(before, after), [
      { event: 'appeared', list: 'userConnections', connection: operator, sessionId: 2 },
    ]);
  });

  it('counts identical entries one by one', () => {
    const twice = list({ pluginConnections: [conn(), conn()] });
    const once = list({ pluginConnections: [conn()] });
    assert.equal(diffConnectionLists(twice, once).length, 1);
    assert.equal(diffConnectionLists(once, twice).length, 1);
  });

  it('tolerates missing lists (partial replies)', () => {
    assert.deepEqual(diffConnectionLists({}, { userConnections: [conn()] }), [
      { event: 'appeared', list: 'userConnections', connection: conn(), sessionId: 1 },
    ]);
  });

  it('property: applying the reported changes to the old multiset of keys gives the new one', () => {
    const entry = fc
      .record({
        connectionInformation: fc.constantFrom('a:1', 'b:2', 'c:3'),
        sessionIdentifier: fc.integer({ min: 0, max: 3 }),
        username: fc.constantFrom('', 'admin', 'operator'),
      })
      .map((e) => conn(e));
    const names = ['userConnections', 'pluginConnections', 'monitorConnections', 'unauthenticatedConnections'] as const;
    const anyList = fc
      .record(
        Object.fromEntries(names.map((n) => [n, fc.array(entry, { maxLength: 5 })])) as Record<
          (typeof names)[number],
          fc.Arbitrary<ConnectionJson[]>
        >,
      )
      .map((l) => list(l));
    fc.assert(
      fc.property(anyList, anyList, (before, after) => {
        const count = new Map<string, number>();
        const bump = (key: string, by: number): void => {
          count.set(key, (count.get(key) ?? 0) + by);
        };
        for (const n of names) for (const c of before[n]) bump(`${n}|${connectionKey(c)}`, 1);
        for (const change of diffConnectionLists(before, after))
          bump(`${change.list}|${connectionKey(change.connection)}`, change.event === 'appeared' ? 1 : -1);
        const expected = new Map<string, number>();
        for (const n of names)
          for (const c of after[n]) expected.set(`${n}|${connectionKey(c)}`, (expected.get(`${n}|${connectionKey(c)}`) ?? 0) + 1);
        for (const [key, value] of count) assert.equal(value, expected.get(key) ?? 0, key);
        for (const [key, value] of expected) assert.equal(count.get(key), value, key);
      }),
    );
  });
});
