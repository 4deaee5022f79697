import assert from 'node:assert/strict';
import { ErrorCode, SubErrorCode } from '../../src/protocol/errors';
import { FrameType, packFrameInfo } from '../../src/protocol/header';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { TCP_MAGIC, wrapTcpFrame } from '../../src/protocol/tcpFraming';
import { buildRequestHeader, encodeFrame } from '../../src/protocol/frame';
import { SessionCloseReason, SessionSnapshot, SimulatorOptions } from '../../src/simulator/robot/modelTypes';
import { SessionModel } from '../../src/simulator/robot/model';
import { TcpRobot, startTcpRobot } from '../../src/simulator/servers/tcpServer';
import { sleep, waitFor } from '../helpers/wait';
import { RawClient, errorOf } from './rawClient';

const FN = {
  createSession: 1,
  closeSession: 2,
  keepAlive: 3,
  getConnections: 4,
  addTemporaryUserRole: 5,
  removeTemporaryUserRole: 6,
  setAccessControl: 7,
  getAccessControl: 8,
} as const;

describe('simulator over TCP (raw sockets)', function () {
  let model: SessionModel;
  let robot: TcpRobot;
  let clients: RawClient[];

  async function start(options: SimulatorOptions): Promise<void> {
    model = new SessionModel(options);
    robot = await startTcpRobot({ model, port: 0 });
    clients = [];
  }

  async function connect(): Promise<RawClient> {
    const c = await RawClient.connect(robot.port);
    clients.push(c);
    return c;
  }

  afterEach(async function () {
    await Promise.all((clients ?? []).map((c) => c.destroy()));
    if (robot) await robot.close();
    model?.close();
  });

  describe('k2', function () {
    beforeEach(() => start({ generation: 'k2' }));

    it('CreateSession answers with a non-zero session id in the response header', async function () {
      const c = await connect();
      const r = await c.createSession('admin', 'admin');
      assert.equal(r.fields.frameType, FrameType.Response);
      assert.equal(r.fields.errorCode, 0);
      assert.equal(r.fields.messageId, 1);
      assert.equal(r.fields.serviceId, 1);
      assert.equal(r.fields.functionId, FN.createSession);
      assert.notEqual(r.fields.sessionId, 0);
      assert.equal(r.frame.payload.length, 0);
      assert.equal(r.frame.header.payloadInfo, 0);
      assert.deepEqual(
        model.sessions().map((s) => s.username),
        ['admin'],
      );
      // Later requests in the session succeed and carry the same id.
      const k = await c.call(FN.keepAlive);
      assert.equal(k.fields.errorCode, 0);
      assert.equal(k.fields.sessionId, r.fields.sessionId);
    });

    it('a wrong password is ERROR_DEVICE/INVALID_PASSWORD in the header bits and the Error payload, without the password', async function () {
      const c = await connect();
      const r = await c.createSession('admin', 'hunter2-secret');
      assert.equal(r.fields.frameType, FrameType.Response);
      assert.equal(r.fields.errorCode, ErrorCode.ERROR_DEVICE);
      assert.equal(r.fields.errorSubCode, SubErrorCode.INVALID_PASSWORD);
      assert.equal(r.fields.sessionId, 0);
      assert.equal(r.frame.header.payloadInfo, r.frame.payload.length);
      const e = errorOf(r);
      assert.equal(e.code, ErrorCode.ERROR_DEVICE);
      assert.equal(e.subCode, SubErrorCode.INVALID_PASSWORD);
      assert.ok(e.text.length > 0);
      assert.ok(!e.text.includes('hunter2-secret'));
      assert.equal(model.sessions().length, 0);
    });

    it('an unknown user is ERROR_DEVICE/USER_NOT_FOUND', async function () {
      const c = await connect();
      const r = await c.createSession('nobody', 'admin');
      assert.equal(r.fields.errorCode, ErrorCode.ERROR_DEVICE);
      assert.equal(r.fields.errorSubCode, SubErrorCode.USER_NOT_FOUND);
      assert.equal(errorOf(r).subCode, SubErrorCode.USER_NOT_FOUND);
    });

    it('GetConnections lists one K2 entry per connection with a session', async function () {
      const a = await connect();
      const b = await connect();
      await connect(); // attached, no session: not listed on K2
      const sa = (await a.createSession('admin', 'admin')).fields.sessionId;
      const sb = (await b.createSession('operator', 'operator')).fields.sessionId;
      const r = await a.call(FN.getConnections);
      assert.equal(r.fields.errorCode, 0);
      assert.equal(r.frame.header.payloadInfo, r.frame.payload.length);
      const list = SessionRpcs.getConnections.decodeResponse(r.frame.payload);
      assert.equal(list.connection.length, 2);
      assert.deepEqual(list.connection.map((c) => c.connectionIdentifier).sort(), [sa, sb].sort());
      const adminEntry = list.connection.find((c) => c.connectionIdentifier === sa);
      assert.deepEqual(adminEntry?.userHandle, { identifier: 1, permission: 7 });
      const port = a.socket.localPort;
      assert.equal(adminEntry?.connectionInformation, `127.0.0.1:${port}`);
      assert.equal(list.userConnections.length, 0);
      // A connection that leaves disappears from the list.
      await b.destroy();
      await waitFor(() => model.sessions().length === 1, 'detach', 2000);
      const after = SessionRpcs.getConnections.decodeResponse((await a.call(FN.getConnections)).frame.payload);
      assert.deepEqual(
        after.connection.map((c) => c.connectionIdentifier),
        [sa],
      );
    });

    it('a K3-only RPC on a K2 robot is ERROR_PROTOCOL_SERVER/UNSUPPORTED_METHOD', async function () {
      const c = await connect();
      await c.createSession('admin', 'admin');
      for (const fn of [FN.addTemporaryUserRole, FN.removeTemporaryUserRole, FN.setAccessControl, FN.getAccessControl]) {
        const r = await c.call(fn);
        assert.equal(r.fields.errorCode, ErrorCode.ERROR_PROTOCOL_SERVER, `function ${fn}`);
        assert.equal(r.fields.errorSubCode, SubErrorCode.UNSUPPORTED_METHOD, `function ${fn}`);
      }
    });

    it('a request without a session is answered with ERROR_PROTOCOL_SERVER/INVALID_SESSION by default', async function () {
      const c = await connect();
      const r = await c.call(FN.keepAlive);
      assert.equal(r.fields.errorCode, ErrorCode.ERROR_PROTOCOL_SERVER);
      assert.equal(r.fields.errorSubCode, SubErrorCode.INVALID_SESSION);
    });

    it('CloseSession answers with session id 0 and really ends the session', async function () {
      const c = await connect();
      const sid = (await c.createSession('admin', 'admin')).fields.sessionId;
      const closed = new Promise<[SessionSnapshot, SessionCloseReason]>((resolve) =>
        model.once('session-closed', (s, reason) => resolve([s, reason])),
      );
      const r = await c.call(FN.closeSession);
      assert.equal(r.fields.errorCode, 0);
      assert.equal(r.fields.sessionId, 0);
      const [snapshot, reason] = await closed;
      assert.equal(snapshot.sessionId, sid);
      assert.equal(reason, 'closed');
      const stale = await c.call(FN.keepAlive, undefined, { sessionId: sid });
      assert.equal(stale.fields.errorSubCode, SubErrorCode.INVALID_SESSION);
    });

    it('a session expires after session_inactivity_timeout, and traffic keeps it alive', async function () {
      const idle = await connect();
      const busy = await connect();
      const idleSid = (await idle.createSession('admin', 'admin', 300)).fields.sessionId;
      const busySid = (await busy.createSession('operator', 'operator', 300)).fields.sessionId;
      const reasons = new Map<number, SessionCloseReason>();
      model.on('session-closed', (s, reason) => reasons.set(s.sessionId, reason));
      // Keep `busy` talking every 100 ms for 700 ms, well past the timeout.
      for (let i = 0; i < 7; i++) {
        await sleep(100);
        const k = await busy.call(FN.keepAlive);
        assert.equal(k.fields.errorCode, 0, `keep-alive ${i}`);
      }
      assert.equal(reasons.get(idleSid), 'expired');
      assert.equal(reasons.has(busySid), false);
      assert.deepEqual(
        model.sessions().map((s) => s.sessionId),
        [busySid],
      );
      // The expired session is really gone: its id is refused.
      const r = await idle.call(FN.keepAlive);
      assert.equal(r.fields.errorCode, ErrorCode.ERROR_PROTOCOL_SERVER);
      assert.equal(r.fields.errorSubCode, SubErrorCode.INVALID_SESSION);
      // The connection stays attached, without a session.
      assert.equal(model.connectionCount, 2);
    });

    it('garbage bytes between frames do not break the server', async function () {
      const problems: Error[] = [];
      robot.on('problem', (err) => problems.push(err));
      const c = await connect();
      c.socket.write(Buffer.from('this is not a kortex frame'));
      const sid = (await c.createSession('admin', 'admin')).fields.sessionId;
      assert.notEqual(sid, 0);
      // One write holding: garbage with a partial magic, a frame whose prefix is valid but whose bytes
      // are not a Frame, then a real KeepAlive.
      const keepAlive = encodeFrame(buildRequestHeader({ sessionId: sid, messageId: 77, serviceId: 1, functionId: FN.keepAlive }));
      const undecodable = wrapTcpFrame(Buffer.from([0xff, 0xff, 0xff]));
      const chunk = Buffer.concat([Buffer.from([0x00, 0x07, 0x78, 0x45]), TCP_MAGIC.subarray(0, 3), undecodable, wrapTcpFrame(keepAlive)]);
      const reply = c.expectResponse(77);
      c.socket.write(chunk);
      const r = await reply;
      assert.ok(r);
      assert.equal(r.fields.errorCode, 0);
      assert.ok(problems.length >= 2, `problems reported: ${problems.map((p) => p.message).join('; ')}`);
      // Oversize length field: skipped, and the stream resynchronises.
      const oversize = Buffer.alloc(12);
      TCP_MAGIC.copy(oversize, 0);
      oversize.writeUInt32BE(0x7fffffff, 8);
      c.socket.write(oversize);
      const again = await c.call(FN.getConnections);
      assert.equal(again.fields.errorCode, 0);
      assert.ok(problems.some((p) => /frame length/.test(p.message)));
      assert.equal(robot.socketCount, 1);
    });

    it('dropConnections cuts every socket but keeps listening; close() ends everything', async function () {
      const c = await connect();
      await c.createSession('admin', 'admin');
      robot.dropConnections();
      await c.closed();
      await waitFor(() => model.connectionCount === 0, 'detach after drop', 2000);
      assert.equal(model.sessions().length, 0);
      const d = await connect();
      const r = await d.createSession('admin', 'admin');
      assert.equal(r.fields.errorCode, 0);
      assert.equal(robot.socketCount, 1);
      await robot.close();
      await d.closed();
      assert.equal(robot.socketCount, 0);
    });
  });

  describe('k3', function () {
    beforeEach(() => start({ generation: 'k3' }));

    it('GetConnections fills user and unauthenticated lists with K3 fields', async function () {
      const a = await connect();
      const b = await connect();
      const sa = (await a.createSession('operator', 'operator', 10000, 2500)).fields.sessionId;
      const list = SessionRpcs.getConnections.decodeResponse((await a.call(FN.getConnections)).frame.payload);
      assert.equal(list.userConnections.length, 1);
      const me = list.userConnections[0];
      assert.equal(me.sessionIdentifier, sa);
      assert.equal(me.username, 'operator');
      assert.equal(me.connectionInactivityTimeout, 2500);
      assert.equal(me.connectionType, 'CONNECTION_TYPE_MQTT_TCP');
      assert.equal(me.isWebapp, false);
      assert.equal(me.isLocal, false);
      assert.equal(me.connectionIdentifier, 0); // reserved in K3
      assert.deepEqual(me.roles, [{ identifier: 'Operator', permissions: ['USER_PERMISSION_OPERATE', 'USER_PERMISSION_READ_ONLY'] }]);
      assert.deepEqual(me.userHandle, { identifier: 2, permission: 7 });
      assert.equal(list.unauthenticatedConnections.length, 1);
      const anon = list.unauthenticatedConnections[0];
      assert.equal(anon.connectionInformation, `127.0.0.1:${b.socket.localPort}`);
      assert.equal(anon.sessionIdentifier, 0);
      assert.equal(anon.userHandle, undefined);
      assert.deepEqual(anon.roles, []);
      // The deprecated field repeats the user connections (documented simulator choice).
      assert.deepEqual(
        list.connection.map((c) => c.sessionIdentifier),
        [sa],
      );
      assert.deepEqual(list.pluginConnections, []);
      assert.deepEqual(list.monitorConnections, []);
    });

    it('temporary roles: wrong password, unknown role, grant, removal, and gone with the session', async function () {
      const c = await connect();
      const watcher = await connect();
      await c.createSession('operator', 'operator');
      await watcher.createSession('admin', 'admin');
      const roleRequest = (roleIdentifier: string, password: string) =>
        SessionRpcs.addTemporaryUserRole.encodeRequest({ roleIdentifier, password });
      const rolesOf = async (who: string): Promise<string[]> => {
        const list = SessionRpcs.getConnections.decodeResponse((await watcher.call(FN.getConnections)).frame.payload);
        return list.userConnections.find((e) => e.username === who)?.roles.map((r) => r.identifier) ?? [];
      };

      const wrong = await c.call(FN.addTemporaryUserRole, roleRequest('Admin', 'not-the-admin-pw'));
      assert.equal(wrong.fields.errorCode, ErrorCode.ERROR_DEVICE);
      assert.equal(wrong.fields.errorSubCode, SubErrorCode.INVALID_PASSWORD);
      assert.ok(!errorOf(wrong).text.includes('not-the-admin-pw'));

      const unknown = await c.call(FN.addTemporaryUserRole, roleRequest('Wizard', 'admin'));
      assert.equal(unknown.fields.errorCode, ErrorCode.ERROR_DEVICE);
      assert.equal(unknown.fields.errorSubCode, SubErrorCode.ENTITY_NOT_FOUND);

      // The operator cannot change access control on its own...
      const denied = await c.call(
        FN.setAccessControl,
        SessionRpcs.setAccessControl.encodeRequest({ singleSourceControl: true, bypassRemoteAccess: false }),
      );
      assert.equal(denied.fields.errorCode, ErrorCode.ERROR_DEVICE);
      assert.equal(denied.fields.errorSubCode, SubErrorCode.INVALID_USER_SESSION_ACCESS);

      const granted = await c.call(FN.addTemporaryUserRole, roleRequest('Admin', 'admin'));
      assert.equal(granted.fields.errorCode, 0);
      assert.deepEqual(await rolesOf('operator'), ['Operator', 'Admin']);
      const system = await c.call(FN.addTemporaryUserRole, roleRequest('System', 'system'));
      assert.equal(system.fields.errorCode, 0);
      assert.deepEqual(await rolesOf('operator'), ['Operator', 'Admin', 'System']);

      // ...but can with the borrowed Admin role.
      const allowed = await c.call(
        FN.setAccessControl,
        SessionRpcs.setAccessControl.encodeRequest({ singleSourceControl: false, bypassRemoteAccess: true }),
      );
      assert.equal(allowed.fields.errorCode, 0);

      const removed = await c.call(FN.removeTemporaryUserRole);
      assert.equal(removed.fields.errorCode, 0);
      assert.deepEqual(await rolesOf('operator'), ['Operator']);

      await c.call(FN.addTemporaryUserRole, roleRequest('Admin', 'admin'));
      assert.deepEqual(await rolesOf('operator'), ['Operator', 'Admin']);
      await c.call(FN.closeSession);
      await c.createSession('operator', 'operator');
      assert.deepEqual(await rolesOf('operator'), ['Operator']);
    });

    it('the system user lacks OPERATE, so it cannot add a temporary role', async function () {
      const c = await connect();
      await c.createSession('system', 'system');
      const r = await c.call(
        FN.addTemporaryUserRole,
        SessionRpcs.addTemporaryUserRole.encodeRequest({ roleIdentifier: 'Admin', password: 'admin' }),
      );
      assert.equal(r.fields.errorCode, ErrorCode.ERROR_DEVICE);
      assert.equal(r.fields.errorSubCode, SubErrorCode.INVALID_USER_SESSION_ACCESS);
    });

    it('access control is robot-wide; a reboot keeps singleSourceControl and resets bypassRemoteAccess', async function () {
      const a = await connect();
      const b = await connect();
      await a.createSession('admin', 'admin');
      await b.createSession('operator', 'operator');
      const initial = SessionRpcs.getAccessControl.decodeResponse((await b.call(FN.getAccessControl)).frame.payload);
      assert.deepEqual(initial, { singleSourceControl: false, bypassRemoteAccess: false });

      const set = await a.call(
        FN.setAccessControl,
        SessionRpcs.setAccessControl.encodeRequest({ singleSourceControl: true, bypassRemoteAccess: true }),
      );
      assert.equal(set.fields.errorCode, 0);
      const seen = SessionRpcs.getAccessControl.decodeResponse((await b.call(FN.getAccessControl)).frame.payload);
      assert.deepEqual(seen, { singleSourceControl: true, bypassRemoteAccess: true });

      const reasons: SessionCloseReason[] = [];
      model.on('session-closed', (_s, reason) => reasons.push(reason));
      model.reboot();
      robot.dropConnections();
      await Promise.all([a.closed(), b.closed()]);
      assert.deepEqual(reasons, ['reboot', 'reboot']);
      assert.equal(model.sessions().length, 0);

      const c = await connect();
      await c.createSession('operator', 'operator');
      const afterReboot = SessionRpcs.getAccessControl.decodeResponse((await c.call(FN.getAccessControl)).frame.payload);
      assert.deepEqual(afterReboot, { singleSourceControl: true, bypassRemoteAccess: false });
    });

    it('a PONG frame counts as activity and gets no reply', async function () {
      const c = await connect();
      const sid = (await c.createSession('admin', 'admin', 300)).fields.sessionId;
      const pongHeader = {
        ...buildRequestHeader({ sessionId: sid, messageId: 500, serviceId: 1, functionId: 0 }),
        frameInfo: packFrameInfo(1, FrameType.Pong, 0, 0, 0),
      };
      for (let i = 0; i < 5; i++) {
        await sleep(100);
        const r = await c.sendFrame(pongHeader, undefined, 50);
        assert.equal(r, null);
      }
      assert.deepEqual(
        model.sessions().map((s) => s.sessionId),
        [sid],
      );
    });
  });
});
