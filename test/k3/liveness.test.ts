/** K3 session liveness over MQTT: the robot's PINGs and the client's PONGs (docs/protocol.md, "Kortex 3: MQTT v5 on port 1883" and "What real robots may do differently", #5). */
import assert from 'node:assert/strict';
import { FrameType, unpackHeader } from '../../src/protocol/header';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { buildRequestHeader, decodeFrame, encodeFrame } from '../../src/protocol/frame';
import type { SessionCloseReason, SessionSnapshot } from '../../src/simulator/robot/modelTypes';
import { sleep, waitFor } from '../helpers/wait';
import { useK3World, RawClient } from './harness';

describe('K3 PING/PONG liveness (mosquitto)', function () {
  this.timeout(15000);
  const k3 = useK3World();
  const { world } = k3;

  /** A peer that creates a session by hand and then ignores every PING. */
  async function sessionThenSilence(raw: RawClient, sessionInactivityTimeout: number): Promise<number> {
    await raw.subscribe(`res/${raw.clientId}`);
    const payload = SessionRpcs.createSession.encodeRequest({
      username: 'admin',
      password: 'admin',
      sessionInactivityTimeout,
      connectionInactivityTimeout: 0,
    });
    const header = buildRequestHeader({ sessionId: 0, messageId: 1, serviceId: 1, functionId: 1, payload });
    await raw.publish('req/1/1', encodeFrame(header, payload), {
      responseTopic: `res/${raw.clientId}`,
      correlationData: Buffer.from([0, 1]),
    });
    const reply = await waitFor(() => raw.inbox.find((m) => m.topic === `res/${raw.clientId}`), 'the CreateSession reply');
    assert.deepEqual(reply.packet.properties?.correlationData, Buffer.from([0, 1]), 'correlation data echoed');
    const fields = unpackHeader(decodeFrame(reply.payload).header);
    assert.equal(fields.frameType, FrameType.Response);
    assert.equal(fields.errorCode, 0);
    assert.ok(fields.sessionId > 0);
    await raw.subscribe(`ping/${fields.sessionId}`);
    return fields.sessionId;
  }

  it('keeps an idle session open beyond session_inactivity_timeout by answering PINGs', async () => {
    const { model } = await world.robot({ pingIntervalMs: 100 });
    const closed: SessionCloseReason[] = [];
    model.on('session-closed', (_s, reason) => closed.push(reason));
    // No KeepAlive: only the robot's PINGs and our PONGs keep the session.
    const c = world.client({ keepAliveIntervalMs: 0, sessionInactivityTimeoutMs: 500, connectionInactivityTimeoutMs: 0 });
    await c.openOnce();
    const sid = c.sessionId;
    const spy = await world.raw();
    await spy.subscribe(`ping/${sid}`);
    await spy.subscribe(`pong/${sid}`);
    await sleep(1500); // three times the inactivity timeout, with no request at all
    const pings = spy.inbox.filter((m) => m.topic === `ping/${sid}`).length;
    const pongs = spy.inbox.filter((m) => m.topic === `pong/${sid}`);
    assert.ok(pings >= 8, `robot pinged ${pings} times`);
    assert.ok(pongs.length >= 8, `client ponged ${pongs.length} times`);
    const pong = unpackHeader(decodeFrame(pongs[0].payload).header);
    assert.equal(pong.frameType, FrameType.Pong);
    assert.equal(pong.sessionId, sid);
    assert.deepEqual(closed, []);
    assert.equal(model.sessions().length, 1);
    assert.equal(c.state, 'open');
    assert.equal(c.sessionId, sid);
    await c.call('getConnections', {}); // still the same session
  });

  it('ends the session when PONGs stop (session_inactivity_timeout) and forgets the requester', async () => {
    const { model, robot } = await world.robot({ pingIntervalMs: 100 });
    const closed: Array<[SessionSnapshot, SessionCloseReason]> = [];
    model.on('session-closed', (s, reason) => closed.push([s, reason]));
    const gone: string[] = [];
    robot.on('requester-gone', (id, reason) => gone.push(`${id}:${reason}`));
    const raw = await world.raw();
    const sid = await sessionThenSilence(raw, 400);
    assert.equal(model.sessions().length, 1);
    await waitFor(() => raw.inbox.some((m) => m.topic === `ping/${sid}`), 'a PING');
    const started = Date.now();
    await waitFor(() => closed.length > 0, 'the session to end', 3000);
    const elapsed = Date.now() - started;
    assert.equal(closed[0][0].sessionId, sid);
    assert.equal(closed[0][1], 'expired');
    assert.ok(elapsed < 1500, `ended after ${elapsed} ms`);
    assert.deepEqual(gone, [`${raw.clientId}:pong-timeout`]);
    assert.equal(robot.requesterCount, 0);
    assert.equal(model.connectionCount, 0);
    // And no more PINGs for it.
    await sleep(250);
    const count = raw.inbox.filter((m) => m.topic === `ping/${sid}`).length;
    await sleep(250);
    assert.equal(raw.inbox.filter((m) => m.topic === `ping/${sid}`).length, count);
  });

  it('with pongTimeoutMs, ends a silent session sooner, even one without an inactivity timeout', async () => {
    const { model, robot } = await world.robot({ pingIntervalMs: 50, pongTimeoutMs: 300 });
    const raw = await world.raw();
    const sid = await sessionThenSilence(raw, 0);
    const gone: string[] = [];
    robot.on('requester-gone', (_id, reason) => gone.push(reason));
    await waitFor(() => model.sessions().length === 0, 'the session to end', 2000);
    assert.deepEqual(gone, ['pong-timeout']);
    assert.ok(sid > 0);
    // An answering client is unaffected by the same setting.
    const c = world.client({ keepAliveIntervalMs: 0, sessionInactivityTimeoutMs: 0 });
    await c.openOnce();
    await sleep(800);
    assert.equal(model.sessions().length, 1);
    assert.equal(c.state, 'open');
  });

  it('forgets a requester without a session after requesterIdleTimeoutMs', async () => {
    const { model, robot } = await world.robot({ requesterIdleTimeoutMs: 200, pingIntervalMs: 50 });
    const bad = world.client({ password: 'wrong', requestTimeoutMs: 500 });
    await assert.rejects(bad.openOnce(), /INVALID_PASSWORD/);
    assert.equal(robot.requesterCount, 1, 'listed as unauthenticated for now');
    assert.equal(model.connectionCount, 1);
    const gone: string[] = [];
    robot.on('requester-gone', (_id, reason) => gone.push(reason));
    await waitFor(() => robot.requesterCount === 0, 'the silent requester to be forgotten', 2000);
    assert.deepEqual(gone, ['idle']);
    assert.equal(model.connectionCount, 0);
  });
});
