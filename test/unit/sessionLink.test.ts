/**
 * One connection attempt (src/client/link/link.ts) over an in-memory transport: disposed as a
 * whole and at most once, a clean close that says CloseSession first, nothing but problems
 * reaching the client once the link is disposed or closing, and the check of a kill broadcast.
 */
import assert from 'node:assert/strict';
import { KortexError } from '../../src/client/core/errors';
import type { RouterRequest } from '../../src/client/link/router';
import { RobotEndpoint } from '../../src/client/link/endpoint';
import { SessionLink } from '../../src/client/link/link';
import { resolveSessionOptions } from '../../src/client/session/options';
import { ErrorCode, SubErrorCode } from '../../src/protocol/errors';
import { SESSION_SERVICE_ID, SessionRpcs } from '../../src/protocol/session/rpcs';
import { encodeSessionKilledBroadcast, encodeSessionStatusBroadcast } from '../../src/protocol/session/sessionStatus';
import { MemoryTransport, reply } from '../helpers/memoryTransport';

const SESSION_ID = 5;

/** Lets every promise chain started so far run to its end. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A link logged in on an in-memory transport; `heard` lists what reached the client, in order. */
async function openLink(): Promise<{ link: SessionLink; transport: MemoryTransport; heard: string[] }> {
  const transport = new MemoryTransport(false);
  const o = resolveSessionOptions({
    host: 'memory',
    port: 1,
    transport: 'tcp',
    username: 'admin',
    password: 'admin',
    keepAliveIntervalMs: 0,
    transportFactory: () => transport,
  });
  const endpoint = new RobotEndpoint({ host: 'memory', transport: 'tcp', port: 1, probeTimeoutMs: 1000, redetectAfterFailures: 3 });
  const heard: string[] = [];
  const link: SessionLink = new SessionLink(endpoint, o, {
    log: () => undefined,
    // As the client does: a link that went down is disposed.
    down: (error, sessionLost) => {
      heard.push(`down${sessionLost ? ' (session lost)' : ''}: ${error.message}`);
      link.dispose(() => new Error('link down'));
    },
    verified: () => heard.push('verified'),
    problem: (error) => heard.push(`problem: ${error.message}`),
    sessions: (event) => heard.push(`sessions: ${event.sessions.length}`),
    sessionKilled: (event) => heard.push(`session-killed own=${event.own}`),
  });
  await link.connect();
  const login = link.login();
  assert.equal(transport.sent[0].functionId, SessionRpcs.createSession.functionId);
  transport.emit('frame', reply(transport.sent[0], { sessionId: SESSION_ID }));
  await login;
  link.startKeepAlive();
  assert.equal(link.sessionId, SESSION_ID);
  return { link, transport, heard };
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
    transport.emit('problem', new Error('garbage skipped'));
    transport.emit('frame', reply(goodbye, { sessionId: SESSION_ID }));
    await closed;
    assert.deepEqual(heard, ['problem: garbage skipped']);
    assert.equal(call.error?.message, 'closed GetConnections');
    assert.equal(transport.closes.length, 1);
    assert.ok(transport.closes[0] >= 50 && transport.closes[0] <= 1000);
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
    assert.match(heard[1], /still answers KeepAlive for it: ignored/);
    assert.deepEqual(heard.slice(2), ['session-killed own=false', 'session-killed own=false']);
  });

  it('a confirmed kill of ours: the session is lost first, and the kill is still reported after the loss disposed the link', async () => {
    const { link, transport, heard } = await openLink();
    transport.emit('sessionBroadcast', 'sessions/killed', killed(SESSION_ID));
    const keepAlive = transport.sent[transport.sent.length - 1];
    transport.emit('frame', reply(keepAlive, { error: [ErrorCode.ERROR_PROTOCOL_SERVER, SubErrorCode.INVALID_SESSION, ''] }));
    await settle();
    assert.equal(link.disposed, true);
    assert.equal(heard.length, 2);
    assert.match(heard[0], /^down \(session lost\): .*no longer knows this session/);
    assert.equal(heard[1], 'session-killed own=true');
  });

  it('a send without a transport fails as NOT_CONNECTED', () => {
    const o = resolveSessionOptions({ host: 'memory', port: 1, transport: 'tcp', username: 'u', password: 'p' });
    const link = new SessionLink(
      new RobotEndpoint({ host: 'memory', transport: 'tcp', port: 1, probeTimeoutMs: 1000, redetectAfterFailures: 3 }),
      o,
      {
        log: () => undefined,
        down: () => undefined,
        verified: () => undefined,
        problem: () => undefined,
        sessions: () => undefined,
        sessionKilled: () => undefined,
      },
    );
    assert.throws(
      () => pendingCall(link),
      (err: unknown) => err instanceof KortexError && err.kind === 'NOT_CONNECTED',
    );
  });
});
