import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode, SubErrorCode, decodeErrorResponse } from '../../src/protocol/errors';
import { Frame, buildRequestHeader } from '../../src/protocol/frame';
import { FrameType, RawHeader, packFrameInfo, unpackHeader } from '../../src/protocol/header';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { SessionCloseReason, SimulatorOptions } from '../../src/simulator/robot/modelTypes';
import type { ResponseFrame } from '../../src/simulator/robot/responses';
import { SessionModel } from '../../src/simulator/robot/model';
import { SimConnection } from '../../src/simulator/robot/simConnection';
import { loadUsersFile, parseUsersConfig } from '../../src/simulator/robot/users';

/** Drives a SessionModel directly with request frames, like a transport would. */
class Peer {
  private messageId = 1;
  sessionId = 0;
  constructor(
    readonly model: SessionModel,
    readonly conn: SimConnection,
  ) {}

  send(
    functionId: number,
    payload?: Uint8Array,
    o: { sessionId?: number; serviceId?: number; header?: Partial<RawHeader> } = {},
  ): ResponseFrame | null {
    const header = {
      ...buildRequestHeader({
        sessionId: o.sessionId ?? this.sessionId,
        messageId: this.messageId++,
        serviceId: o.serviceId ?? 1,
        functionId,
        payload,
      }),
      ...o.header,
    };
    const frame: Frame = { header, payload: payload ? Buffer.from(payload) : Buffer.alloc(0) };
    const r = this.model.handleRequest(this.conn, frame);
    if (r && ((r.header.frameInfo >>> 12) & 0xf) === 0) this.sessionId = r.header.messageInfo >>> 16;
    return r;
  }

  login(username: string, password: string, sessionInactivityTimeout = 0): ResponseFrame {
    const r = this.send(
      1,
      SessionRpcs.createSession.encodeRequest({ username, password, sessionInactivityTimeout, connectionInactivityTimeout: 1000 }),
    );
    assert.ok(r);
    return r;
  }
}

function bits(r: ResponseFrame | null): { code: number; sub: number; sid: number } {
  assert.ok(r, 'expected a response');
  const f = unpackHeader(r.header);
  return { code: f.errorCode, sub: f.errorSubCode, sid: f.sessionId };
}

describe('simulator SessionModel', function () {
  const models: SessionModel[] = [];
  function makeModel(options: SimulatorOptions): SessionModel {
    const m = new SessionModel(options);
    models.push(m);
    return m;
  }
  function peer(model: SessionModel, info = '10.0.0.9:4000'): Peer {
    return new Peer(model, model.attach({ information: info }));
  }
  afterEach(function () {
    for (const m of models.splice(0)) m.close();
  });

  it('builds error responses exactly as docs/protocol.md, "Errors", says (request header copied, error bits, Error payload, length)', function () {
    const p = peer(makeModel({ generation: 'k2' }));
    const payload = SessionRpcs.createSession.encodeRequest({ username: 'admin', password: 'nope' });
    assert.ok(payload);
    const request = buildRequestHeader({ sessionId: 0x1234, messageId: 0xbeef, serviceId: 1, functionId: 1, payload });
    const r = p.model.handleRequest(p.conn, {
      header: { ...request, frameInfo: packFrameInfo(1, FrameType.Request, 0, 0, 0) },
      payload: Buffer.from(payload),
    });
    assert.ok(r && r.payload);
    assert.equal(r.header.frameInfo, 0x1300300f);
    assert.equal(r.header.messageInfo, request.messageInfo);
    assert.equal(r.header.serviceInfo, request.serviceInfo);
    assert.equal(r.header.payloadInfo, r.payload.length);
    const e = decodeErrorResponse(3, 15, r.payload);
    assert.deepEqual([e.code, e.subCode], [ErrorCode.ERROR_DEVICE, SubErrorCode.INVALID_PASSWORD]);
    assert.ok(!e.text.includes('nope'));
  });

  it('answers protocol errors: header version, frame type, device, service, method, payload', function () {
    const p = peer(makeModel({ generation: 'k3' }));
    p.login('admin', 'admin');
    const v2 = p.send(3, undefined, { header: { frameInfo: packFrameInfo(2, FrameType.Request, 0, 0, 0) } });
    assert.deepEqual(bits(v2), { code: 1, sub: SubErrorCode.INCOMPATIBLE_HEADER_VERSION, sid: p.sessionId });
    const raw = p.send(3, undefined, { header: { frameInfo: packFrameInfo(1, FrameType.Raw, 0, 0, 0) } });
    assert.equal(bits(raw).sub, SubErrorCode.UNSUPPORTED_FRAME_TYPE);
    const device = p.send(3, undefined, { header: { frameInfo: packFrameInfo(1, FrameType.Request, 5, 0, 0) } });
    assert.equal(bits(device).sub, SubErrorCode.INVALID_DEVICE);
    assert.equal(((device?.header.frameInfo ?? 0) >>> 16) & 0xff, 5, 'device id echoed');
    assert.deepEqual(bits(p.send(1, undefined, { serviceId: 99 })), { code: 1, sub: SubErrorCode.UNSUPPORTED_SERVICE, sid: p.sessionId });
    assert.equal(bits(p.send(99)).sub, SubErrorCode.UNSUPPORTED_METHOD);
    const garbled = p.send(7, Buffer.from([0x0a, 0xff, 0xff]));
    assert.deepEqual(bits(garbled), { code: 1, sub: SubErrorCode.PAYLOAD_DECODING_ERR, sid: p.sessionId });
    // None of that ended the session.
    assert.equal(bits(p.send(3)).code, 0);
  });

  it("noSessionMode 'drop' sends nothing; 'error' with a configurable sub-code", function () {
    const drop = peer(makeModel({ generation: 'k2', noSessionMode: 'drop' }));
    assert.equal(drop.send(4), null);
    drop.login('admin', 'admin');
    assert.equal(drop.send(4, undefined, { sessionId: drop.sessionId + 1 }), null, 'stale id dropped');
    assert.equal(bits(drop.send(4)).code, 0);
    const err = peer(makeModel({ generation: 'k3', noSessionErrorSubCode: SubErrorCode.INVALID_USER_SESSION_ACCESS }));
    assert.deepEqual(bits(err.send(3)), { code: ErrorCode.ERROR_PROTOCOL_SERVER, sub: SubErrorCode.INVALID_USER_SESSION_ACCESS, sid: 0 });
  });

  it("closeSessionResponseSessionId 'same' echoes the closed id", function () {
    const p = peer(makeModel({ generation: 'k3', closeSessionResponseSessionId: 'same' }));
    const sid = bits(p.login('admin', 'admin')).sid;
    const r = p.send(2);
    assert.deepEqual(bits(r), { code: 0, sub: 0, sid });
    assert.equal(p.model.sessions().length, 0);
  });

  it('badCredentialsErrorCode selects the error code of a failed login', function () {
    const p = peer(makeModel({ generation: 'k2', badCredentialsErrorCode: ErrorCode.ERROR_PROTOCOL_SERVER }));
    assert.deepEqual(bits(p.login('admin', 'x')), { code: 1, sub: SubErrorCode.INVALID_PASSWORD, sid: 0 });
    assert.deepEqual(bits(p.login('ghost', 'x')), { code: 1, sub: SubErrorCode.USER_NOT_FOUND, sid: 0 });
  });

  it('enforces maxSessions, not counting the session a CreateSession replaces', function () {
    const model = makeModel({ generation: 'k2', maxSessions: 2 });
    const a = peer(model);
    const b = peer(model);
    const c = peer(model);
    a.login('admin', 'admin');
    b.login('admin', 'admin');
    const refused = c.login('admin', 'admin');
    assert.deepEqual(bits(refused), { code: ErrorCode.ERROR_DEVICE, sub: SubErrorCode.METHOD_FAILED, sid: 0 });
    assert.match(decodeErrorResponse(3, 1, refused.payload ?? new Uint8Array()).text, /session limit/);
    const reasons: SessionCloseReason[] = [];
    model.on('session-closed', (_s, reason) => reasons.push(reason));
    const before = a.sessionId;
    const again = bits(a.login('operator', 'operator'));
    assert.equal(again.code, 0);
    assert.notEqual(again.sid, before);
    assert.deepEqual(reasons, ['replaced']);
    assert.equal(model.sessions().length, 2);
  });

  it('session ids are non-zero, wrap after 65535 and skip ids in use', function () {
    const model = makeModel({ generation: 'k2', firstSessionId: 0xfffe });
    const a = peer(model);
    const b = peer(model);
    assert.equal(bits(a.login('admin', 'admin')).sid, 0xfffe);
    assert.equal(bits(b.login('admin', 'admin')).sid, 0xffff);
    assert.equal(bits(b.login('admin', 'admin')).sid, 1, 'wraps past 0');
    // Walk b round the whole id space: when the counter reaches a's id it must skip it.
    let sid = 1;
    for (let i = 2; i <= 0xfffd; i++) sid = bits(b.login('admin', 'admin')).sid;
    assert.equal(sid, 0xfffd);
    assert.equal(bits(b.login('admin', 'admin')).sid, 0xffff);
    assert.equal(model.sessions().length, 2);
  });

  it('emits session-opened, session-closed with reasons, and request events; detach ends the session', function () {
    const model = makeModel({ generation: 'k3' });
    const events: string[] = [];
    model.on('session-opened', (s) => events.push(`open ${s.username} ${s.sessionId}`));
    model.on('session-closed', (s, reason) => events.push(`close ${s.sessionId} ${reason}`));
    model.on('request', (name) => events.push(name));
    const p = peer(model);
    p.login('operator', 'operator');
    p.send(3);
    p.send(3, undefined, { serviceId: 7 });
    model.detach(p.conn);
    assert.deepEqual(events, ['CreateSession', 'open operator 1', 'KeepAlive', 'service 7 function 3', 'close 1 detached']);
    assert.equal(model.connectionCount, 0);
    assert.equal(p.send(3), null, 'a detached connection gets no answers');
  });

  it('K3 lists connections by kind, unauthenticated ones separately; legacy list can be empty', function () {
    const model = makeModel({ generation: 'k3', k3LegacyConnectionList: 'empty' });
    const user = peer(model);
    const plugin = new Peer(model, model.attach({ information: 'plugin-a', kind: 'plugin', isLocal: true, connectionType: 3 }));
    const monitor = new Peer(model, model.attach({ information: 'monitor-a', kind: 'monitor' }));
    model.attach({ information: 'internal-a', kind: 'internal' });
    user.login('admin', 'admin');
    plugin.login('system', 'system');
    monitor.login('operator', 'operator');
    const r = user.send(4);
    assert.ok(r?.payload);
    const list = SessionRpcs.getConnections.decodeResponse(r.payload);
    assert.deepEqual(list.connection, []);
    assert.deepEqual(
      list.userConnections.map((c) => c.username),
      ['admin'],
    );
    assert.deepEqual(
      list.pluginConnections.map((c) => [c.username, c.isLocal, c.connectionType]),
      [['system', true, 'CONNECTION_TYPE_UDP']],
    );
    assert.deepEqual(
      list.monitorConnections.map((c) => c.username),
      ['operator'],
    );
    assert.deepEqual(list.internalConnections, []);
    assert.deepEqual(
      list.unauthenticatedConnections.map((c) => c.connectionInformation),
      ['internal-a'],
    );
  });

  it('expiry follows the injected clock through processConnectionsSanity', function () {
    let now = 1_000;
    const model = makeModel({ generation: 'k2', now: () => now });
    const p = peer(model);
    p.login('admin', 'admin', 500);
    now += 400;
    p.send(3);
    now += 400;
    model.processConnectionsSanity();
    assert.equal(model.sessions().length, 1, 'activity 400 ms ago keeps it');
    now += 100;
    model.processConnectionsSanity();
    assert.equal(model.sessions().length, 0);
  });

  it('a zero session_inactivity_timeout never expires; close() ends sessions and answers nothing more', function () {
    let now = 0;
    const model = makeModel({ generation: 'k2', now: () => now });
    const p = peer(model);
    p.login('admin', 'admin', 0);
    now += 10_000_000;
    model.processConnectionsSanity();
    assert.equal(model.sessions().length, 1);
    const reasons: SessionCloseReason[] = [];
    model.on('session-closed', (_s, reason) => reasons.push(reason));
    model.close();
    assert.deepEqual(reasons, ['shutdown']);
    assert.equal(p.send(3), null);
  });

  it('rejects SetAccessControl without SYSTEM or CONFIGURE, and lets System do it', function () {
    const model = makeModel({ generation: 'k3' });
    const op = peer(model);
    const sys = peer(model);
    op.login('operator', 'operator');
    sys.login('system', 'system');
    const opts = SessionRpcs.setAccessControl.encodeRequest({ singleSourceControl: true, bypassRemoteAccess: false });
    assert.deepEqual(bits(op.send(7, opts)), { code: 3, sub: SubErrorCode.INVALID_USER_SESSION_ACCESS, sid: op.sessionId });
    assert.equal(bits(sys.send(7, opts)).code, 0);
    assert.deepEqual(model.accessControl, { singleSourceControl: true, bypassRemoteAccess: false });
  });

  describe('users file', function () {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'kortex-sim-users-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("loads users and roles, and grants temporary roles by the role holder's password", function () {
      const file = join(dir, 'users.json');
      writeFileSync(
        file,
        JSON.stringify({
          users: [
            { username: 'cell', password: 'cellpw', role: 'Operator' },
            { username: 'boss', password: 'bosspw', role: 'Admin' },
          ],
          roles: [
            { identifier: 'Operator', permissions: ['USER_PERMISSION_OPERATE', 'READ_ONLY'] },
            { identifier: 'Admin', permissions: ['USER_PERMISSION_OPERATE', 'USER_PERMISSION_CONFIGURE', 'USER_PERMISSION_READ_ONLY'] },
          ],
        }),
      );
      const users = loadUsersFile(file);
      const model = makeModel({ generation: 'k3', users });
      const p = peer(model);
      assert.equal(bits(p.login('admin', 'admin')).sub, SubErrorCode.USER_NOT_FOUND, 'defaults are replaced');
      assert.equal(bits(p.login('cell', 'cellpw')).code, 0);
      const grant = p.send(5, SessionRpcs.addTemporaryUserRole.encodeRequest({ roleIdentifier: 'Admin', password: 'bosspw' }));
      assert.equal(bits(grant).code, 0);
      assert.deepEqual(model.sessions()[0].roles, ['Operator', 'Admin']);
      assert.equal(model.sessions()[0].userId, 1);
      const system = p.send(5, SessionRpcs.addTemporaryUserRole.encodeRequest({ roleIdentifier: 'System', password: 'x' }));
      assert.equal(bits(system).sub, SubErrorCode.ENTITY_NOT_FOUND);
    });

    it('reports bad files clearly and never echoes a password', function () {
      const badJson = join(dir, 'bad.json');
      writeFileSync(badJson, '{"users": [{"username": "a", "password": s3cr3t}]}');
      assert.throws(
        () => loadUsersFile(badJson),
        (err: Error) => /not valid JSON/.test(err.message) && !err.message.includes('s3cr3t'),
      );
      assert.throws(() => loadUsersFile(join(dir, 'missing.json')), /cannot read users file/);
      assert.throws(() => parseUsersConfig({ users: [{ username: 'a', password: 'p', role: 'Nope' }], roles: [] }), /unknown role 'Nope'/);
      assert.throws(() => parseUsersConfig({ users: [], roles: [{ identifier: 'R', permissions: ['FLY'] }] }), /unknown permission 'FLY'/);
      assert.throws(
        () =>
          parseUsersConfig({
            users: [{ username: 'a', password: 'p', role: 'R' }],
            roles: [{ identifier: 'R', permissions: [] }],
            temporaryRoles: [{ role: 'R', grantingUser: 'zed' }],
          }),
        /unknown user 'zed'/,
      );
    });
  });
});
