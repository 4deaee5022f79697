/** KortexSessionClient over MQTT v5 (transport 'mqtt') against the simulated Link 6 on a real mosquitto. */
import assert from 'node:assert/strict';
import { KortexError } from '../../src/client/core/errors';
import { KortexSessionClient } from '../../src/client/session/client';
import type { RobotServer } from '../../src/simulator';
import { SessionModel } from '../../src/simulator/robot/model';
import { startMqttRobot } from '../../src/simulator/servers/mqttRobot';
import { freePort } from '../helpers/ports';
import { sleep, waitFor } from '../helpers/wait';
import { useK3World } from './harness';

describe('K3 session client ↔ MQTT robot (mosquitto)', function () {
  this.timeout(15000);
  const k3 = useK3World();
  const { world } = k3;

  it('serves every Session RPC', async () => {
    const { model, robot } = await world.robot();
    assert.equal(robot.endpoint, `mqtt://127.0.0.1:${k3.broker().port}`);
    assert.equal(robot.port, k3.broker().port);
    const c = world.client();
    await c.openOnce();
    assert.equal(c.transportKind, 'mqtt');
    assert.ok(c.sessionId > 0);

    const alive = await c.call('keepAlive', {});
    assert.deepEqual(alive.payload, {});
    assert.equal(alive.meta.robot, `127.0.0.1:${k3.broker().port}`);
    assert.equal(alive.meta.sessionId, c.sessionId);

    const list = await c.call('getConnections', {});
    assert.equal(list.payload.userConnections.length, 1);
    const me = list.payload.userConnections[0];
    assert.equal(me.username, 'admin');
    assert.equal(me.sessionIdentifier, c.sessionId);
    assert.equal(me.connectionType, 'CONNECTION_TYPE_MQTT_TCP');
    assert.match(me.connectionInformation, /^auto-/, 'the requester is identified by its broker-assigned client id');
    assert.deepEqual(list.payload.unauthenticatedConnections, []);

    assert.deepEqual((await c.call('getAccessControl', {})).payload, { singleSourceControl: false, bypassRemoteAccess: false });
    await c.call('setAccessControl', { singleSourceControl: true, bypassRemoteAccess: true });
    assert.deepEqual((await c.call('getAccessControl', {})).payload, { singleSourceControl: true, bypassRemoteAccess: true });
    assert.deepEqual(model.accessControl, { singleSourceControl: true, bypassRemoteAccess: true });

    await c.call('addTemporaryUserRole', { roleIdentifier: 'System', password: 'system' });
    assert.ok((await c.call('getConnections', {})).payload.userConnections[0].roles.some((r) => r.identifier === 'System'));
    await assert.rejects(
      c.call('addTemporaryUserRole', { roleIdentifier: 'Admin', password: 'wrong' }),
      (err: unknown) => err instanceof KortexError && err.subCodeName === 'INVALID_PASSWORD',
    );
    await c.call('removeTemporaryUserRole', {});
    assert.ok(!(await c.call('getConnections', {})).payload.userConnections[0].roles.some((r) => r.identifier === 'System'));

    const sid = c.sessionId;
    await c.close(); // CloseSession, then leaves the broker
    await waitFor(() => model.sessions().length === 0, 'the session to close');
    assert.ok(sid > 0);
  });

  it('reports a bad password as ERROR_DEVICE/INVALID_PASSWORD and lists the requester as unauthenticated', async () => {
    const { model } = await world.robot();
    const bad = world.client({ password: 'nope' });
    await assert.rejects(
      bad.openOnce(),
      (err: unknown) => err instanceof KortexError && /INVALID_PASSWORD/.test(err.message) && !err.message.includes('nope'),
    );
    const c = world.client();
    await c.openOnce();
    const list = (await c.call('getConnections', {})).payload;
    assert.equal(list.userConnections.length, 1);
    assert.equal(list.unauthenticatedConnections.length, 1, 'the failed requester has no session');
    assert.equal(list.unauthenticatedConnections[0].connectionType, 'CONNECTION_TYPE_MQTT_TCP');
    assert.equal(model.sessions().length, 1);
  });

  it('gives two clients on one broker each their own session', async () => {
    const { model, robot } = await world.robot();
    const a = world.client();
    const b = world.client({ username: 'operator', password: 'operator' });
    await Promise.all([a.openOnce(), b.openOnce()]);
    assert.notEqual(a.sessionId, b.sessionId);
    assert.equal(robot.requesterCount, 2);
    const fromA = (await a.call('getConnections', {})).payload.userConnections;
    assert.deepEqual(fromA.map((x) => x.username).sort(), ['admin', 'operator']);
    assert.deepEqual(new Set(fromA.map((x) => x.sessionIdentifier)), new Set([a.sessionId, b.sessionId]));
    // Replies go to the right requester: many interleaved calls, each answered with its own session id.
    const calls = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).call('keepAlive', {})));
    calls.forEach((r, i) => assert.equal(r.meta.sessionId, (i % 2 ? a : b).sessionId));
    // Operator may not change access control; admin may.
    await assert.rejects(
      b.call('setAccessControl', { singleSourceControl: true, bypassRemoteAccess: false }),
      /INVALID_USER_SESSION_ACCESS/,
    );
    await a.close();
    await waitFor(() => model.sessions().length === 1, 'only b left');
    assert.equal(model.sessions()[0].username, 'operator');
    await b.call('keepAlive', {});
  });

  it('namespaced calls reach only a robot with that namespace', async () => {
    await world.robot(); // no namespace
    const wrong = world.client({ namespace: 'ns1', connectTimeoutMs: 1000, requestTimeoutMs: 400 });
    await assert.rejects(
      wrong.openOnce(1500),
      (err: unknown) => err instanceof KortexError && (err.kind === 'TIMEOUT' || /no reply/.test(err.message)),
      'a robot without a namespace does not answer ns1/req/1/1',
    );
    await wrong.close();

    const { model: nsModel, robot: nsRobot } = await world.robot({ namespace: 'ns1' });
    assert.equal(nsRobot.endpoint, `mqtt://127.0.0.1:${k3.broker().port}/ns1`);
    const plain = world.client();
    const right = world.client({ namespace: 'ns1' });
    await Promise.all([plain.openOnce(), right.openOnce()]);
    assert.equal(right.robot, `127.0.0.1:${k3.broker().port}/ns1`);
    assert.equal(nsModel.sessions().length, 1, 'only the namespaced client reached the namespaced robot');
    assert.equal(nsModel.sessions()[0].sessionId, right.sessionId);
    await right.call('getConnections', {});
  });

  it('close() of the robot ends its sessions and detaches every requester', async () => {
    const { model, robot } = await world.robot();
    const server: RobotServer = robot; // usable as the simulator's 'mqtt' robot server
    assert.equal(server.endpoint, robot.endpoint);
    const c = world.client({ keepAliveIntervalMs: 0 });
    await c.openOnce();
    assert.equal(model.connectionCount, 1);
    await robot.close();
    await robot.close(); // twice is fine
    assert.equal(model.connectionCount, 0);
    assert.equal(model.sessions().length, 0);
    await sleep(10);
  });

  it('dropConnections() forgets every requester: the client sees INVALID_SESSION and logs in again', async () => {
    // A robot that does not broadcast sessions/killed: the client learns of it from the next call
    // (with broadcasts, the killed message makes it log in again first: test/k3/sessionStatus.test.ts).
    const { model, robot } = await world.robot({ statusBroadcasts: { envelope: 'off' } });
    const c: KortexSessionClient = world.client({ keepAliveIntervalMs: 0 });
    await c.openOnce();
    const first = c.sessionId;
    robot.dropConnections();
    assert.equal(model.sessions().length, 0);
    await assert.rejects(c.call('keepAlive', {}), /INVALID_SESSION/);
    await waitFor(() => c.state === 'open' && c.sessionId !== first, 'a new session');
    assert.equal(model.sessions().length, 1);
  });

  it('startMqttRobot() fails clearly without a broker, and refuses a Kortex 2 model', async () => {
    const port = await freePort();
    const model = new SessionModel({ generation: 'k3' });
    try {
      await assert.rejects(
        startMqttRobot({ broker: `mqtt://127.0.0.1:${port}`, model, connectTimeoutMs: 300 }),
        /could not reach the MQTT broker at mqtt:\/\/127\.0\.0\.1:\d+ within 300 ms/,
      );
      await assert.rejects(startMqttRobot({ broker: 'http://127.0.0.1:1', model }), /unsupported MQTT broker scheme/);
    } finally {
      model.close();
    }
    const k2 = new SessionModel({ generation: 'k2' });
    await assert.rejects(startMqttRobot({ broker: k3.broker().url, model: k2 }), /Kortex 3 only/);
    k2.close();
  });
});
