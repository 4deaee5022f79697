/** The one flattening of a ConnectionList: which connections, which session each holds, for both generations. */
import assert from 'node:assert/strict';
import { connectionRows, sessionIdOf } from '../../src/client/watch/connectionRows';
import { connectionEntry as connection } from '../helpers/connectionEntry';

describe('client: connectionRows', () => {
  it('Kortex 2: a logged-in entry holds the session its connection identifier names; the user is known by id only', () => {
    const admin = connection({
      connectionIdentifier: 12,
      userHandle: { identifier: 1, permission: 7 },
      connectionInformation: '10.0.0.9:1',
    });
    const rows = connectionRows({ connection: [admin] });
    assert.deepEqual(
      rows.map((r) => [r.list, r.sessionId, r.userId, r.user, r.address]),
      [['connection', 12, 1, '', '10.0.0.9:1']],
    );
    assert.equal(sessionIdOf(connection({ connectionIdentifier: 13 })), 0, 'no user handle: not logged in, no session');
  });

  it('Kortex 3: the session identifier and user name; the legacy repeat of a user connection is left out; users first', () => {
    const admin = connection({
      sessionIdentifier: 9,
      userHandle: { identifier: 1, permission: 7 },
      username: 'admin',
      connectionType: 'CONNECTION_TYPE_MQTT_TCP',
    });
    const plugin = connection({
      sessionIdentifier: 4,
      userHandle: { identifier: 3, permission: 7 },
      username: 'plugin',
      connectionInformation: 'p',
    });
    const anonymous = connection({ connectionInformation: '10.0.0.9:7' });
    const rows = connectionRows({
      connection: [admin],
      pluginConnections: [plugin],
      unauthenticatedConnections: [anonymous],
      userConnections: [admin],
    });
    assert.deepEqual(
      rows.map((r) => [r.list, r.sessionId, r.user]),
      [
        ['userConnections', 9, 'admin'],
        ['pluginConnections', 4, 'plugin'],
        ['unauthenticatedConnections', 0, ''],
      ],
    );
  });

  it('keeps a legacy entry that is not a repeat (a robot that fills both differently)', () => {
    const a = connection({ sessionIdentifier: 9, username: 'admin', userHandle: { identifier: 1, permission: 7 } });
    const b = connection({
      sessionIdentifier: 10,
      username: 'operator',
      userHandle: { identifier: 2, permission: 7 },
      connectionInformation: 'b',
    });
    assert.deepEqual(
      connectionRows({ userConnections: [a], connection: [a, b] }).map((r) => [r.list, r.sessionId]),
      [
        ['userConnections', 9],
        ['connection', 10],
      ],
    );
  });
});
