/**
 * Session status broadcasts over a real mosquitto: the simulated Link 6 publishes `sessions/status`
 * and `sessions/killed` in each envelope variant; the client turns them into `sessions` and
 * `session-killed` events, logs in again when a KeepAlive confirms its own session was killed (spoofed
 * kills: killVerify.test.ts), and the SessionWatch still
 * delivers the list by polling when the robot broadcasts nothing.
 */
import assert from 'node:assert/strict';
import { parsePushedSessions } from '../../nodes/admin/robotCards';
import { SessionKilledEvent, SessionsEvent } from '../../src/client/link/sessionBroadcasts';
import { SessionWatch } from '../../src/client/watch/sessionWatch';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { decodeFrame, encodeRequestFrame } from '../../src/protocol/frame';
import { unpackHeader } from '../../src/protocol/header';
import { decodeSessionKilledBroadcast, decodeSessionStatusBroadcast } from '../../src/protocol/session/sessionStatus';
import type { KilledPayloadForm, StatusEnvelopeChoice } from '../../src/simulator/services/session/statusBroadcaster';
import { waitFor } from '../helpers/wait';
import { useK3World } from './harness';

describe('K3 session status broadcasts (mosquitto)', function () {
  this.timeout(20000);
  const { world } = useK3World();

  for (const [envelope, killedForm] of [
    ['raw-frame', 'handle'],
    ['bare', 'list'],
    ['raw-frame', 'list'],
    ['bare', 'handle'],
  ] as Array<[StatusEnvelopeChoice, KilledPayloadForm]>) {
    it(`${envelope} envelope, killed as a ${killedForm}: the robot publishes each change, the client emits it and re-logs in when killed`, async () => {
      const { model } = await world.robot({ statusBroadcasts: { envelope, killedForm } });
      const spy = await world.raw();
      await spy.subscribe('sessions/#');
      const a = world.client();
      const pushed: SessionsEvent[] = [];
      const killed: SessionKilledEvent[] = [];
      a.on('sessions', (e) => pushed.push(e));
      const stateAtKill: string[] = [];
      a.on('session-killed', (e) => {
        killed.push(e);
        if (e.own) stateAtKill.push(a.state);
      });
      await a.openOnce();
      const first = a.sessionId;
      await waitFor(() => pushed.some((e) => e.sessions.some((s) => s.sessionIdentifier === first)), 'a push listing our session');
      assert.equal(pushed[0].source, 'push');
      // The editor sidebar reads these events as they are (nodes/admin/robotCards.ts).
      assert.deepEqual(
        parsePushedSessions(pushed[0])?.map((s) => s.sessionIdentifier),
        pushed[0].sessions.map((s) => s.sessionIdentifier),
      );
      const raw = await waitFor(() => spy.inbox.find((m) => m.topic === 'sessions/status'), 'the raw sessions/status message');
      assert.equal(decodeSessionStatusBroadcast(raw.payload).envelope, envelope);

      // A second user logs in and raises a temporary role: each change is pushed, roles included.
      const b = world.client({ username: 'operator', password: 'operator' });
      await b.openOnce();
      await b.call('addTemporaryUserRole', { roleIdentifier: 'Admin', password: 'admin' });
      await waitFor(
        () => pushed.some((e) => e.sessions.find((s) => s.sessionIdentifier === b.sessionId)?.roles.some((r) => r.identifier === 'Admin')),
        'the temporary role in a push',
      );
      const operator = pushed[pushed.length - 1].sessions.find((s) => s.sessionIdentifier === b.sessionId);
      assert.equal(operator?.userIdentifier, model.sessions().find((s) => s.sessionId === b.sessionId)?.userId);

      // A simulated reboot kills both sessions: a killed broadcast names ours, the KeepAlive that
      // checks it is refused, and the client logs in again before it emits the event with `own`.
      model.reboot();
      await waitFor(
        () => killed.some((e) => e.own && e.sessions.some((s) => s.sessionIdentifier === first)),
        'a session-killed event naming our session',
      );
      assert.deepEqual(stateAtKill, ['reconnecting'], 'the client is on its way back when the event fires');
      const rawKilled = await waitFor(() => spy.inbox.find((m) => m.topic === 'sessions/killed'), 'the raw sessions/killed message');
      assert.equal(decodeSessionKilledBroadcast(rawKilled.payload).envelope, envelope);
      await waitFor(() => a.state === 'open' && a.sessionId !== first, 'a new session after the kill', 2000);
      assert.ok(model.sessions().some((s) => s.sessionId === a.sessionId));
    });
  }

  it('another session expiring is reported as killed (not own) and leaves the list; a logout is no kill', async () => {
    await world.robot();
    const a = world.client();
    const killed: SessionKilledEvent[] = [];
    const pushed: SessionsEvent[] = [];
    a.on('session-killed', (e) => killed.push(e));
    a.on('sessions', (e) => pushed.push(e));
    await a.openOnce();
    const b = world.client({ username: 'operator', password: 'operator' });
    await b.openOnce();
    const bId = b.sessionId;
    // Lists are coalesced to the latest (at most one per 100 ms): see the login before logging out.
    await waitFor(() => pushed.some((e) => e.sessions.some((s) => s.sessionIdentifier === bId)), 'the login pushed');
    const beforeLogout = pushed.length;
    await b.close(); // CloseSession: a logout
    await waitFor(
      () => pushed.slice(beforeLogout).some((e) => e.sessions.length === 1 && e.sessions[0].sessionIdentifier === a.sessionId),
      'the logout pushed',
    );
    assert.equal(killed.length, 0, 'a logout is not a kill');

    // A raw peer logs in with a 300 ms inactivity timeout and then never answers a PING.
    const silent = await world.raw();
    await silent.subscribe(`res/${silent.clientId}`);
    const request = encodeRequestFrame({
      sessionId: 0,
      messageId: 1,
      serviceId: 1,
      functionId: 1,
      payload: SessionRpcs.createSession.encodeRequest({
        username: 'system',
        password: 'system',
        sessionInactivityTimeout: 300,
        connectionInactivityTimeout: 300,
      }),
    });
    await silent.publish('req/1/1', request, { responseTopic: `res/${silent.clientId}`, correlationData: Buffer.from([0, 1]) });
    const reply = await waitFor(() => silent.inbox.find((m) => m.topic === `res/${silent.clientId}`), "the raw peer's session");
    const silentId = unpackHeader(decodeFrame(reply.payload).header).sessionId;
    const event = await waitFor(
      () => killed.find((e) => e.sessions.some((s) => s.sessionIdentifier === silentId)),
      'the silent session killed on expiry',
      5000,
    );
    assert.equal(event.own, false);
    await waitFor(() => pushed[pushed.length - 1].sessions.every((s) => s.sessionIdentifier !== silentId), 'the list without it');
    assert.equal(a.state, 'open');
  });

  it('garbage on sessions/status is a problem event, not a crash, and later pushes still arrive', async () => {
    await world.robot();
    const a = world.client();
    const problems: Error[] = [];
    a.on('problem', (e) => problems.push(e));
    const pushed: SessionsEvent[] = [];
    a.on('sessions', (e) => pushed.push(e));
    await a.openOnce();
    const spy = await world.raw();
    await spy.publish('sessions/status', Buffer.from([0x0a, 0x7f, 0x01]));
    await spy.publish('sessions/killed', Buffer.from('not a kortex message'));
    await waitFor(
      () => problems.filter((p) => /undecodable sessions\/(status|killed) broadcast/.test(p.message)).length >= 2,
      'two problem events',
    );
    const before = pushed.length;
    const b = world.client({ username: 'operator', password: 'operator' });
    await b.openOnce();
    await waitFor(() => pushed.length > before, 'a push after the garbage');
    assert.equal(a.state, 'open');
  });

  it('with broadcasts off, a SessionWatch still gives the list, by polling GetConnections', async () => {
    await world.robot({ statusBroadcasts: { envelope: 'off' } });
    const a = world.client();
    const pushed: SessionsEvent[] = [];
    a.on('sessions', (e) => pushed.push(e));
    await a.openOnce();
    const watch = new SessionWatch(a, { pollIntervalMs: 100 }).start();
    const lists: SessionsEvent[] = [];
    watch.on('sessions', (e) => lists.push(e));
    try {
      await waitFor(() => lists.length >= 1, 'the current list');
      assert.deepEqual(
        lists[0].sessions.map((s) => s.sessionIdentifier),
        [a.sessionId],
      );
      assert.equal(lists[0].source, 'poll');
      const b = world.client({ username: 'operator', password: 'operator' });
      await b.openOnce();
      await waitFor(() => lists.some((e) => e.sessions.length === 2), 'the second session, polled');
      await b.close();
      await waitFor(() => lists[lists.length - 1].sessions.length === 1, 'the list without it');
      assert.deepEqual(pushed, [], 'nothing was pushed');
    } finally {
      watch.stop();
    }
  });
});
