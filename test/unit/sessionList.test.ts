/** The session list derived from GetConnections (robots that do not push it), and its canonical form. */
import assert from 'node:assert/strict';
import { canonicalSessionList, sessionsFromConnectionList } from '../../src/client/watch/sessionList';
import { connectionEntry } from '../helpers/connectionEntry';

const connection = (o: Parameters<typeof connectionEntry>[0]) => connectionEntry({ connectionType: 'CONNECTION_TYPE_MQTT_TCP', ...o });

describe('client: session list from GetConnections', () => {
  it('Kortex 3: one entry per session across the lists, roles kept, the legacy repeat and unauthenticated connections left out, sorted', () => {
    const admin = connection({
      sessionIdentifier: 9,
      userHandle: { identifier: 1, permission: 7 },
      roles: [{ identifier: 'Admin', permissions: ['USER_PERMISSION_OPERATE'] }],
    });
    const plugin = connection({ sessionIdentifier: 4, userHandle: { identifier: 3, permission: 7 } });
    const list = sessionsFromConnectionList({
      connection: [admin],
      userConnections: [admin],
      pluginConnections: [plugin],
      unauthenticatedConnections: [connection({})],
    });
    assert.deepEqual(list, {
      sessions: [
        { sessionIdentifier: 4, userIdentifier: 3, roles: [] },
        { sessionIdentifier: 9, userIdentifier: 1, roles: [{ identifier: 'Admin', permissions: ['USER_PERMISSION_OPERATE'] }] },
      ],
    });
    assert.equal(
      JSON.stringify(list.sessions[1]),
      '{"sessionIdentifier":9,"userIdentifier":1,"roles":[{"identifier":"Admin","permissions":["USER_PERMISSION_OPERATE"]}]}',
    );
  });

  it('Kortex 2: a logged-in connection (user handle) stands for a session, its connection identifier for the id; no roles', () => {
    const list = sessionsFromConnectionList({
      connection: [
        connection({ connectionIdentifier: 12, userHandle: { identifier: 2, permission: 7 } }),
        connection({ connectionIdentifier: 13 }),
      ],
    });
    assert.deepEqual(list, { sessions: [{ sessionIdentifier: 12, userIdentifier: 2, roles: [] }] });
  });

  it('a session held by two connections is listed once, as its first row (users first) shows it', () => {
    const asUser = connection({
      sessionIdentifier: 9,
      userHandle: { identifier: 1, permission: 7 },
      roles: [{ identifier: 'Admin', permissions: ['USER_PERMISSION_OPERATE'] }],
    });
    const asMonitor = connection({ sessionIdentifier: 9, userHandle: { identifier: 5, permission: 7 }, connectionInformation: 'm' });
    assert.deepEqual(sessionsFromConnectionList({ monitorConnections: [asMonitor], userConnections: [asUser] }), {
      sessions: [{ sessionIdentifier: 9, userIdentifier: 1, roles: [{ identifier: 'Admin', permissions: ['USER_PERMISSION_OPERATE'] }] }],
    });
  });

  it('canonical form: equal lists give equal JSON whatever the order and key order', () => {
    const one = canonicalSessionList({
      sessions: [{ roles: [], userIdentifier: 1, sessionIdentifier: 5 } as never, { sessionIdentifier: 2, userIdentifier: 3, roles: [] }],
    });
    const two = canonicalSessionList({
      sessions: [
        { sessionIdentifier: 2, userIdentifier: 3, roles: [] },
        { sessionIdentifier: 5, userIdentifier: 1, roles: [] },
      ],
    });
    assert.equal(JSON.stringify(one), JSON.stringify(two));
    assert.deepEqual(
      one.sessions.map((s) => s.sessionIdentifier),
      [2, 5],
    );
  });
});
