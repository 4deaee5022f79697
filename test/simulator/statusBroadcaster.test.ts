/**
 * The simulated Link 6's session status broadcasts, driven through the SessionModel directly: what
 * it publishes on each change (login, temporary role, logout, expiry, eviction at the session limit),
 * in each envelope, read back with the client's decoder.
 */
import assert from 'node:assert/strict';
import { Frame, buildRequestHeader } from '../../src/protocol/frame';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { decodeSessionKilledBroadcast, decodeSessionStatusBroadcast } from '../../src/protocol/session/sessionStatus';
import { SessionModel } from '../../src/simulator/robot/model';
import { SimConnection } from '../../src/simulator/robot/simConnection';
import { SimulatorOptions } from '../../src/simulator/robot/modelTypes';
import { StatusBroadcastOptions, startStatusBroadcasts } from '../../src/simulator/services/session/statusBroadcaster';

let messageId = 1;
function call(model: SessionModel, conn: SimConnection, functionId: number, payload?: Uint8Array): number {
  const header = buildRequestHeader({ sessionId: conn.sessionId, messageId: messageId++, serviceId: 1, functionId, payload });
  const frame: Frame = { header, payload: payload ? Buffer.from(payload) : Buffer.alloc(0) };
  const r = model.handleRequest(conn, frame);
  assert.ok(r);
  return (r.header.frameInfo >>> 12) & 0xf;
}
function login(model: SessionModel, username: string, sessionInactivityTimeout = 0): SimConnection {
  const conn = model.attach({ information: username });
  assert.equal(
    call(
      model,
      conn,
      1,
      SessionRpcs.createSession.encodeRequest({ username, password: username, sessionInactivityTimeout, connectionInactivityTimeout: 0 }),
    ),
    0,
    `${username} logs in`,
  );
  return conn;
}

describe('simulator: session status broadcasts', function () {
  const models: SessionModel[] = [];
  function world(options: Partial<SimulatorOptions> = {}, broadcast: StatusBroadcastOptions = {}) {
    const model = new SessionModel({ generation: 'k3', ...options });
    models.push(model);
    const published: Array<{ topic: string; payload: Buffer }> = [];
    const stop = startStatusBroadcasts(model, (topic, payload) => published.push({ topic, payload }), broadcast);
    const lists = (): number[][] =>
      published
        .filter((p) => p.topic === 'sessions/status')
        .map((p) => decodeSessionStatusBroadcast(p.payload).sessions.map((s) => s.sessionIdentifier));
    const killed = (): number[][] =>
      published
        .filter((p) => p.topic === 'sessions/killed')
        .map((p) => decodeSessionKilledBroadcast(p.payload).sessions.map((s) => s.sessionIdentifier));
    return { model, published, stop, lists, killed };
  }
  afterEach(() => {
    for (const m of models.splice(0)) m.close();
  });

  it('publishes the list after a login, a temporary role, its removal and a logout; a logout is no kill', () => {
    const w = world();
    const admin = login(w.model, 'admin');
    const operator = login(w.model, 'operator');
    const [a, o] = [admin.sessionId, operator.sessionId];
    assert.equal(
      call(w.model, operator, 5, SessionRpcs.addTemporaryUserRole.encodeRequest({ roleIdentifier: 'Admin', password: 'admin' })),
      0,
    );
    const withRole = decodeSessionStatusBroadcast(w.published[w.published.length - 1].payload).sessions.find(
      (s) => s.sessionIdentifier === operator.sessionId,
    );
    assert.deepEqual(
      withRole?.roles.map((r) => r.identifier),
      ['Operator', 'Admin'],
    );
    assert.equal(call(w.model, operator, 6), 0);
    assert.equal(call(w.model, operator, 2), 0); // CloseSession
    assert.deepEqual(w.lists(), [[a], [a, o], [a, o], [a, o], [a]]);
    assert.deepEqual(w.killed(), []);
    assert.equal(decodeSessionStatusBroadcast(w.published[0].payload).envelope, 'raw-frame', 'raw-frame by default');
  });

  it('publishes sessions/killed, then the list, when a session expires or the robot reboots', async () => {
    const w = world({}, { envelope: 'bare', killedForm: 'list' });
    const a = login(w.model, 'admin', 50);
    const aId = a.sessionId;
    await new Promise((r) => setTimeout(r, 120));
    assert.deepEqual(w.killed(), [[aId]]);
    assert.deepEqual(w.published.map((p) => p.topic).slice(-2), ['sessions/killed', 'sessions/status']);
    assert.equal(decodeSessionKilledBroadcast(w.published[w.published.length - 2].payload).envelope, 'bare');
    const bId = login(w.model, 'operator').sessionId;
    w.model.reboot();
    assert.deepEqual(w.killed(), [[aId], [bId]]);
    assert.deepEqual(w.lists()[w.lists().length - 1], []);
  });

  it('session limit: "refuse" answers METHOD_FAILED; "evict-oldest" ends the oldest session, which is killed', () => {
    const refuse = world({ maxSessions: 1 });
    login(refuse.model, 'admin');
    const extra = refuse.model.attach({ information: 'late' });
    assert.equal(
      call(refuse.model, extra, 1, SessionRpcs.createSession.encodeRequest({ username: 'operator', password: 'operator' })),
      3,
      'ERROR_DEVICE',
    );
    assert.deepEqual(refuse.killed(), []);

    const evict = world({ maxSessions: 1, sessionLimitMode: 'evict-oldest' });
    const first = login(evict.model, 'admin');
    const firstId = first.sessionId;
    const second = login(evict.model, 'operator');
    assert.equal(first.sessionId, 0, 'the oldest session was ended');
    assert.deepEqual(
      evict.model.sessions().map((s) => s.sessionId),
      [second.sessionId],
    );
    assert.deepEqual(evict.killed(), [[firstId]]);
  });

  it("'off' publishes nothing, and stop() ends the broadcasts", () => {
    const off = world({}, { envelope: 'off' });
    login(off.model, 'admin');
    assert.deepEqual(off.published, []);
    const on = world();
    on.stop();
    login(on.model, 'admin');
    assert.deepEqual(on.published, []);
  });
});
