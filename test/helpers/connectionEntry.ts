/** A ConnectionList entry in canonical JSON, every field at its default unless given. */
import type { ConnectionJson } from '../../src/protocol/session/sessionJson';

export function connectionEntry(o: Partial<ConnectionJson>): ConnectionJson {
  return {
    connectionInformation: '10.0.0.9:5000',
    connectionIdentifier: 0,
    isLocal: false,
    sessionIdentifier: 0,
    connectionInactivityTimeout: 0,
    roles: [],
    connectionType: 'CONNECTION_TYPE_UNSPECIFIED',
    isWebapp: false,
    username: '',
    ...o,
  };
}
