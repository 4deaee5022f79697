/**
 * One connection attempt (src/client/link/link.ts) over an in-memory transport: disposed as a
 * whole and at most once, a clean close that says CloseSession first, nothing but problems
 * reaching the client once the link is disposed or closing, and the check of a kill broadcast.
 */
import assert from 'node:assert/strict';
import { KortexError, TransportUnavailableError } from '../../src/client/core/errors';
import type { RouterRequest } from '../../src/client/link/router';
import { RobotEndpoint } from '../../src/client/link/endpoint';
import { SessionLink, SessionLinkHooks } from '../../src/client/link/link';
import { resolveSessionOptions } from '../../src/client/session/options';
import { ErrorCode, SubErrorCode } from '../../src/protocol/errors';
import { SESSION_SERVICE_ID, SessionRpcs } from '../../src/protocol/session/rpcs';
import { encodeSessionKilledBroadcast, encodeSessionStatusBroadcast } from '../../src/protocol/session/sessionStatus';
import { ManualClock } from '../helpers/manualClock';
import { MemoryTransport, notificationFrame, reply } from '../helpers/memoryTransport';

const SESSION_ID = 5;

/** Lets every promise chain started so far run to its end. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A link logged in on an in-memory transport; `heard` lists what reached the client, in order (`downs`: the errors). */
async function openLink(
  hooks: Partial<SessionLinkHooks> = {},
  clock = new ManualClock(),
): Promise<{ link: SessionLink; transport: MemoryTransport; heard: string[]; downs: Error[] }> {
  const transport = new MemoryTransport(false);
  const o = resolveSessionOptions({
    host: 'memory',
    port: 1,
    transport: 'tcp',
    username: 'admin',
    password: 'admin',
    keepAliveIntervalMs: 0,
    clock,
    transportFactory: () => transport,
  });
  const endpoint = new RobotEndpoint({ host: 'memory', transport: 'tcp', port: 1, probeTimeoutMs: 1000, redetectAfterFailures: 3 });
  const heard: string[] = [];
  const downs: Error[] = [];
  const link: SessionLink = new SessionLink(endpoint, o, {
    log: () => undefined,
    // As the client does: a link that went down is disposed.
    down: (error, sessionLost) => {
      heard.push(`down${sessionLost ? ' (session lost)' : ''}: ${error.message}`);
      downs.push(error);
      link.dispose(() => new Error('link down'));
    },
    verified: () => heard.push('verified'),
    problem: (error) => heard.push(`problem: ${error.message}`),
    sessions: (event) => heard.push(`sessions: ${event.sessions.length}`),
    sessionKilled: (event) => heard.push(`session-killed own=${event.own}`),
    ...hooks,
  });
  await link.connect();
  const login = link.login();
  assert.equal(transport.sent[0].functionId, SessionRpcs.createSession.functionId);
  transport.emit('frame', reply(transport.sent[0], { sessionId: SESSION_ID }));
  await login;
  link.startKeepAlive();
  assert.equal(link.sessionId, SESSION_ID);
  return { link, transport, heard, downs };
}

/** A GetConnections call whose failure the test reads. */
function pendingCall(link: SessionLink): { error?: Error } {
  const outcome: { error?: Error } = {};
  const request: RouterRequest = {
    serviceId: SESSION_SERVICE_ID,
    functionId: SessionRpcs.getConnections.functionId,
    payload: undefined,
    timeoutMs: 60000,
    rpc: 'GetConnections',
    deadline: 0,
    functionUid: 0,
    settle: (err) => {
      outcome.error = err;
    },
  };
  link.send(request);
  return outcome;
}

const silentHooks: SessionLinkHooks = {
  log: () => undefined,
  down: () => undefined,
  verified: () => undefined,
  problem: () => undefined,
  sessions: () => undefined,
  sessionKilled: () => undefined,
};

const killed = (sessionIdentifier: number): Buffer =>
  encodeSessionKilledBroadcast({ sessionIdentifier, userIdentifier: 1, roles: [] }, 'bare');

describe('session link (in-memory transport)', () => {
  it('dispose fails the calls in flight, stops keep-alive, takes every listener off and closes the transport, once', async () => {
    const { link, transport, heard } = await openLink();
    const call = pendingCall(link);
    const keepAlive = link.keepAlive as NonNullable<typeof link.keepAlive>;
    const check = keepAlive.verifySession();
    link.dispose((rpc) => new Error(`lost ${rpc}`));
    assert.equal(link.disposed, true);
    assert.equal(call.error?.message, 'lost GetConnections');
    assert.equal(await check, 'ended');
    const sent = transport.sent.length;
    assert.equal(await keepAlive.verifySession(), 'ended', 'the keep-alive monitor stopped');
    assert.equal(transport.sent.length, sent);
    assert.deepEqual(transport.eventNames(), [], 'no listener left on the transport');
    assert.deepEqual(transport.closes, [0]);
    link.dispose(() => new Error('again'));
    await link.close(() => new Error('again'), true, 1000);
    assert.deepEqual(transport.closes, [0], 'disposed once');
    assert.deepEqual(heard, []);
  });

  it('close says CloseSession first; meanwhile only problems reach the client; then the link is released', async () => {
    const { link, transport, heard } = await openLink();
    const call = pendingCall(link);
    const closed = link.close((rpc) => new Error(`closed ${rpc}`), true, 1000);
    assert.equal(link.disposed, true, 'at once');
    const goodbye = transport.sent[transport.sent.length - 1];
    assert.equal(goodbye.functionId, SessionRpcs.closeSession.functionId);
    transport.emit('down', new Error('socket reset'));
    transport.emit('ping', SESSION_ID);
    transport.emit('sessionBroadcast', 'sessions/status', encodeSessionStatusBroadcast({ sessions: [] }, 'bare'));
    transport.emit('sessionBroadcast', 'sessions/killed', killed(SESSION_ID));
    transport.emit('sessionBroadcast', 'sessions/killed', killed(9));
    transport.emit('problem', new Error('garbage skipped'));
    transport.emit('frame', reply(goodbye, { sessionId: SESSION_ID }));
    await closed;
    assert.deepEqual(heard, ['problem: garbage skipped']);
    assert.equal(call.error?.message, 'closed GetConnections');
    assert.deepEqual(transport.closes, [1000], 'the goodbye was answered at once: the whole time is left for the close');
    assert.deepEqual(transport.eventNames(), []);
  });

  it('close without goodbye (the session was not open) sends nothing', async () => {
    const { link, transport } = await openLink();
    const sent = transport.sent.length;
    await link.close(() => new Error('closed'), false, 1000);
    assert.equal(transport.sent.length, sent);
    assert.equal(transport.closes.length, 1);
  });

  it('down and status broadcasts reach the client while the link lives', async () => {
    const { link, transport, heard } = await openLink();
    transport.emit(
      'sessionBroadcast',
      'sessions/status',
      encodeSessionStatusBroadcast({ sessions: [{ sessionIdentifier: 9, userIdentifier: 1, roles: [] }] }, 'bare'),
    );
    transport.emit('down', new Error('socket reset'));
    transport.emit('down', new Error('twice'));
    assert.deepEqual(heard, ['sessions: 1', 'down: socket reset']);
    assert.equal(link.disposed, true);
  });

  it('a kill of another session is reported at once; a kill of ours is checked with one KeepAlive', async () => {
    const { transport, heard } = await openLink();
    transport.emit('sessionBroadcast', 'sessions/killed', killed(9));
    assert.deepEqual(heard, ['session-killed own=false']);
    const sent = transport.sent.length;
    transport.emit('sessionBroadcast', 'sessions/killed', killed(SESSION_ID));
    transport.emit('sessionBroadcast', 'sessions/killed', killed(SESSION_ID));
    assert.equal(transport.sent.length, sent + 1, 'one KeepAlive for both kills');
    const keepAlive = transport.sent[sent];
    assert.equal(keepAlive.functionId, SessionRpcs.keepAlive.functionId);
    transport.emit('frame', reply(keepAlive, { sessionId: SESSION_ID }));
    await settle();
    assert.equal(heard.filter((h) => h.startsWith('problem')).length, 1, 'one problem for the joined kills');
    assert.match(
      heard[1],
      /^problem: on memory:1: a sessions\/killed broadcast named session 5, .*still answers KeepAlive for it: ignored/,
    );
    assert.deepEqual(heard.slice(2), ['session-killed own=false', 'session-killed own=false']);
  });

  it('a confirmed kill of ours: the session is lost first, and the kill is still reported after the loss disposed the link', async () => {
    const { link, transport, heard, downs } = await openLink();
    transport.emit('sessionBroadcast', 'sessions/killed', killed(SESSION_ID));
    const keepAlive = transport.sent[transport.sent.length - 1];
    transport.emit('frame', reply(keepAlive, { error: [ErrorCode.ERROR_PROTOCOL_SERVER, SubErrorCode.INVALID_SESSION, ''] }));
    await settle();
    assert.equal(link.disposed, true);
    assert.equal(heard.length, 2);
    assert.match(heard[0], /^down \(session lost\): .*no longer knows this session/);
    assert.equal(heard[1], 'session-killed own=true');
    assert.match(
      (downs[0].cause as Error).message,
      /^KeepAlive on memory:1: ERROR_PROTOCOL_SERVER\/INVALID_SESSION/,
      "the robot's answer, named",
    );
  });

  it('a send, a request or a subscription without a transport, or on a disposed link, fails as NOT_CONNECTED', async () => {
    const o = resolveSessionOptions({ host: 'memory', port: 1, transport: 'tcp', username: 'u', password: 'p' });
    const link = new SessionLink(
      new RobotEndpoint({ host: 'memory', transport: 'tcp', port: 1, probeTimeoutMs: 1000, redetectAfterFailures: 3 }),
      o,
      silentHooks,
    );
    const notConnected = (rpc: string | undefined) => (err: unknown) => {
      assert.ok(err instanceof KortexError);
      assert.deepEqual([err.message, err.kind, err.rpc], [`${rpc ? `${rpc}: ` : ''}the link is not connected`, 'NOT_CONNECTED', rpc]);
      return true;
    };
    assert.throws(() => pendingCall(link), notConnected('GetConnections'));
    await assert.rejects(link.request(SessionRpcs.getConnections, undefined, 1000), notConnected('GetConnections'));
    await assert.rejects(
      link.openNotifications(2, 7, 11, () => undefined),
      notConnected(undefined),
    );
    const open = (await openLink()).link;
    open.dispose(() => new Error('gone'));
    await assert.rejects(open.request(SessionRpcs.getConnections, undefined, 1000), notConnected('GetConnections'));
    await assert.rejects(
      open.openNotifications(2, 7, 11, () => undefined),
      notConnected(undefined),
    );
  });

  it('a kill broadcast naming several sessions, ours among them, is checked; one whose check the link does not live to see reports nothing', async () => {
    const { link, transport, heard } = await openLink();
    const sent = transport.sent.length;
    const both = [9, SESSION_ID].map((sessionIdentifier) => ({ sessionIdentifier, userIdentifier: 1, roles: [] }));
    transport.emit('sessionBroadcast', 'sessions/killed', encodeSessionStatusBroadcast({ sessions: both }, 'bare'));
    assert.equal(transport.sent.length, sent + 1, 'one KeepAlive');
    link.dispose(() => new Error('link down'));
    await settle();
    assert.deepEqual(heard, []);
  });

  it('a kill listener that throws becomes a problem', async () => {
    const { transport, heard } = await openLink({
      sessionKilled: () => {
        throw new Error('listener broke');
      },
    });
    transport.emit('sessionBroadcast', 'sessions/killed', killed(SESSION_ID));
    transport.emit('frame', reply(transport.sent[transport.sent.length - 1], { sessionId: SESSION_ID }));
    await settle();
    assert.equal(heard[heard.length - 1], 'problem: listener broke');
  });

  it('close waits for the goodbye half its time, then closes the transport within the rest', async () => {
    const clock = new ManualClock();
    const { link, transport } = await openLink({}, clock);
    const closed = link.close(() => new Error('closed'), true, 1000);
    await clock.advance(499);
    assert.deepEqual(transport.closes, [], 'still waiting for the goodbye');
    await clock.advance(1);
    await closed;
    assert.deepEqual(transport.closes, [500]);
  });

  it('a transport that cannot be built fails the attempt as unavailable, with its reason and the transport it was', async () => {
    for (const [kind, thrown, message] of [
      ['mqtt', new Error('no MQTT here'), 'no MQTT here'],
      ['tcp', 'not an Error', 'not an Error'],
      ['tcp', null, 'null'],
    ] as const) {
      const o = resolveSessionOptions({
        host: 'memory',
        port: 1,
        transport: kind,
        username: 'u',
        password: 'p',
        transportFactory: () => {
          throw thrown;
        },
      });
      const endpoint = new RobotEndpoint({ host: 'memory', transport: kind, port: 1, probeTimeoutMs: 1000, redetectAfterFailures: 3 });
      const link = new SessionLink(endpoint, o, { ...silentHooks });
      await assert.rejects(
        async () => link.connect(),
        (err: unknown) => {
          assert.ok(err instanceof TransportUnavailableError);
          assert.deepEqual([err.message, err.kind], [message, kind]);
          return true;
        },
      );
    }
  });

  it('a subscription the transport refuses rejects and leaves nothing open; a closed one unsubscribes its topic', async () => {
    const { link, transport } = await openLink();
    const heard: number[] = [];
    const refused = new Error('not authorised');
    const subscribe = transport.subscribeNotifications.bind(transport);
    transport.subscribeNotifications = () => Promise.reject(refused);
    await assert.rejects(
      link.openNotifications(2, 7, 11, () => heard.push(11)),
      refused,
    );
    transport.emit('frame', notificationFrame(2, 7, 11, Buffer.from([1])));
    assert.deepEqual([heard, link.droppedNotifications], [[], 1], 'no handle is left for the refused subscription');
    transport.subscribeNotifications = subscribe;
    const close = await link.openNotifications(2, 7, 12, () => heard.push(12));
    assert.deepEqual([...transport.notificationTopics], ['2/7']);
    close();
    assert.deepEqual([...transport.notificationTopics], []);
  });
});
