/**
 * The router (src/client/link/router.ts) over an in-memory transport: message ids, timeouts, failing
 * every call, error replies, stray frames, and the matching of a reply to its call by message id
 * and function. (Its `notification` and `sessionId` events and `inFlight` getter are left out on
 * purpose: the client does not use them, and they may go.)
 */
import assert from 'node:assert/strict';
import { KortexError } from '../../src/client/core/errors';
import { Router, RouterRequest } from '../../src/client/link/router';
import { ErrorCode, SubErrorCode } from '../../src/protocol/errors';
import { FrameType, packServiceInfo } from '../../src/protocol/header';
import { SESSION_SERVICE_ID, SessionRpcs } from '../../src/protocol/session/rpcs';
import { ManualClock } from '../helpers/manualClock';
import { MemoryTransport, reply } from '../helpers/memoryTransport';

const GET_CONNECTIONS = SessionRpcs.getConnections.functionId;
const KEEP_ALIVE = SessionRpcs.keepAlive.functionId;

/** A request whose outcome the test reads after the fact. */
class TestRequest implements RouterRequest {
  readonly serviceId = SESSION_SERVICE_ID;
  readonly payload = undefined;
  deadline = 0;
  functionUid = 0;
  outcome: { error?: Error; payload?: string; sessionId?: number } | undefined;

  constructor(
    readonly rpc = 'GetConnections',
    readonly functionId = GET_CONNECTIONS,
    readonly timeoutMs = 60000,
  ) {}

  isPending(): boolean {
    return this.outcome === undefined;
  }

  settle(err: Error | undefined, payload?: Buffer, sessionId?: number): void {
    assert.ok(this.isPending(), 'settled exactly once');
    this.outcome = err ? { error: err } : { payload: payload?.toString(), sessionId };
  }
}

/** The router of the running test, disposed after it. */
let current: Router | undefined;

function setUp(clock?: ManualClock): { transport: MemoryTransport; router: Router; problems: Error[] } {
  const transport = new MemoryTransport();
  const router = new Router(transport, clock);
  current = router;
  const problems: Error[] = [];
  router.on('problem', (err) => problems.push(err));
  return { transport, router, problems };
}

describe('router (in-memory transport)', () => {
  afterEach(() => current?.dispose(new Error('test over')));

  it('numbers requests 1, 2, … 65535, then 0, 1, …, skipping ids still waiting for their reply', () => {
    const t = setUp();
    const waiting = new TestRequest();
    t.router.send(new TestRequest());
    t.router.send(waiting);
    t.transport.emit('frame', reply(t.transport.sent[0]));
    assert.deepEqual(
      t.transport.sent.map((s) => s.messageId),
      [1, 2],
    );
    for (let i = 0; i < 65534; i++) {
      t.router.send(new TestRequest());
      t.transport.emit('frame', reply(t.transport.sent[t.transport.sent.length - 1]));
    }
    assert.deepEqual(
      t.transport.sent.slice(-3).map((s) => s.messageId),
      [65534, 65535, 0],
    );
    t.router.send(new TestRequest());
    assert.equal(t.transport.sent[t.transport.sent.length - 1].messageId, 1);
    t.transport.emit('frame', reply(t.transport.sent[t.transport.sent.length - 1]));
    t.router.send(new TestRequest());
    assert.equal(t.transport.sent[t.transport.sent.length - 1].messageId, 3, 'id 2 is still waiting');
    assert.ok(waiting.isPending());
  });

  it('fails a request at once when all 65536 ids are in flight', () => {
    const t = setUp();
    for (let i = 0; i < 65536; i++) t.router.send(new TestRequest());
    const extra = new TestRequest();
    t.router.send(extra);
    assert.ok(extra.outcome?.error instanceof KortexError);
    assert.equal((extra.outcome.error as KortexError).kind, 'QUEUE_FULL');
    assert.equal(extra.outcome.error.message, 'on memory:1: all 65536 message ids are in flight');
  });

  it("times out each request at its own deadline on the router's clock, the earlier first; the others keep waiting", async () => {
    const clock = new ManualClock();
    const t = setUp(clock);
    const short = new TestRequest('GetConnections', GET_CONNECTIONS, 20);
    const long = new TestRequest('KeepAlive', KEEP_ALIVE, 120);
    const answered = new TestRequest('GetConnections', GET_CONNECTIONS, 20);
    t.router.send(long);
    t.router.send(short);
    t.router.send(answered);
    t.transport.emit('frame', reply(t.transport.sent[2], { payload: 'ok' }));
    await clock.advance(19);
    assert.ok(short.isPending(), 'not before its 20 ms');
    await clock.advance(1);
    assert.ok(short.outcome?.error instanceof KortexError);
    assert.equal((short.outcome.error as KortexError).kind, 'TIMEOUT');
    assert.match(short.outcome.error.message, /GetConnections on memory:1: no reply within 20 ms/);
    assert.ok(long.isPending(), 'still within its deadline');
    assert.equal(answered.outcome?.payload, 'ok');
    await clock.advance(99);
    assert.ok(long.isPending(), 'not before its 120 ms');
    await clock.advance(1);
    assert.match(String(long.outcome?.error?.message), /KeepAlive on memory:1: no reply within 120 ms/);
    assert.equal(clock.pending, 0, 'nothing pending: no sweep timer left');
    // Its reply, now late, settles nothing.
    t.transport.emit('frame', reply(t.transport.sent[0]));
    assert.match(t.problems[0].message, /unknown message id 1 \(late or stray\)/);
  });

  it('after a timeout the sweep re-arms for the earliest deadline left, whatever the order the calls were sent in', async () => {
    const clock = new ManualClock();
    const t = setUp(clock);
    const first = new TestRequest('GetConnections', GET_CONNECTIONS, 20);
    const middle = new TestRequest('GetConnections', GET_CONNECTIONS, 40);
    const last = new TestRequest('KeepAlive', KEEP_ALIVE, 60);
    t.router.send(first);
    t.router.send(middle);
    t.router.send(last);
    await clock.advance(20);
    assert.ok(first.outcome?.error);
    await clock.advance(20);
    assert.match(String(middle.outcome?.error?.message), /no reply within 40 ms/, 'failed at its own 40 ms');
    assert.ok(last.isPending());
    await clock.advance(20);
    assert.ok(last.outcome?.error);
  });

  it('calls due within 1 ms of each other fail in the same sweep', async () => {
    const clock = new ManualClock();
    const t = setUp(clock);
    const a = new TestRequest('GetConnections', GET_CONNECTIONS, 20);
    const b = new TestRequest('GetConnections', GET_CONNECTIONS, 21);
    t.router.send(a);
    t.router.send(b);
    await clock.advance(20);
    assert.ok(a.outcome?.error);
    assert.match(String(b.outcome?.error?.message), /no reply within 21 ms/);
    assert.equal(clock.pending, 0);
  });

  it('failAll leaves no sweep timer armed', () => {
    const clock = new ManualClock();
    const t = setUp(clock);
    t.router.send(new TestRequest('GetConnections', GET_CONNECTIONS, 20));
    assert.equal(clock.pending, 1);
    t.router.failAll(new Error('link down'));
    assert.equal(clock.pending, 0);
  });

  it('failAll fails every pending call, each with the error built for its RPC; dispose also stops listening to the transport', async () => {
    const t = setUp();
    const a = new TestRequest('GetConnections');
    const b = new TestRequest('KeepAlive', KEEP_ALIVE);
    t.router.send(a);
    t.router.send(b);
    t.router.failAll((rpc) => new Error(`lost ${rpc}`));
    assert.deepEqual([a.outcome?.error?.message, b.outcome?.error?.message], ['lost GetConnections', 'lost KeepAlive']);
    t.transport.emit('frame', reply(t.transport.sent[0]));
    assert.equal(t.problems.length, 1, 'nothing left waiting: a reply now is stray');

    const c = new TestRequest();
    t.router.send(c);
    const closed = new Error('closed');
    t.router.dispose(closed);
    assert.equal(c.outcome?.error, closed);
    assert.equal(t.transport.listenerCount('frame'), 0);
    assert.equal(t.transport.listenerCount('oversize'), 0);
    // A reply after dispose reaches nobody.
    t.transport.emit('frame', reply(t.transport.sent[2]));
    assert.equal(t.problems.length, 1);
  });

  it('a refused write fails the call (DISCONNECTED) and leaves nothing pending', () => {
    const t = setUp();
    t.transport.refuse = new Error('socket closed');
    const request = new TestRequest();
    t.router.send(request);
    assert.equal((request.outcome?.error as KortexError).kind, 'DISCONNECTED');
    assert.match(String(request.outcome?.error?.message), /socket closed/);
    t.transport.refuse = undefined;
    t.transport.emit(
      'frame',
      reply({
        header: { frameInfo: 0, messageInfo: 0, serviceInfo: packServiceInfo(1, SESSION_SERVICE_ID, GET_CONNECTIONS), payloadInfo: 0 },
        messageId: 1,
      }),
    );
    assert.match(t.problems[0].message, /unknown message id 1/, 'the refused call is not left waiting');
  });

  it("an error reply becomes a KortexError naming code, sub-code, the robot's text and the RPC", async () => {
    const t = setUp();
    const call = t.router.call({ serviceId: SESSION_SERVICE_ID, functionId: GET_CONNECTIONS, timeoutMs: 1000, rpc: 'GetConnections' });
    t.transport.emit('frame', reply(t.transport.sent[0], { error: [ErrorCode.ERROR_DEVICE, SubErrorCode.INVALID_PARAM, 'bad input'] }));
    const err = await call.then(
      () => assert.fail('resolved'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof KortexError);
    assert.equal(err.errorCode, ErrorCode.ERROR_DEVICE);
    assert.equal(err.subCode, SubErrorCode.INVALID_PARAM);
    assert.equal(err.serverText, 'bad input');
    assert.equal(err.rpc, 'GetConnections');
    assert.equal(err.message, 'GetConnections on memory:1: ERROR_DEVICE/INVALID_PARAM (robot says: bad input)');
  });

  it('keeps the session id of the replies: the transport learns it, the next request carries it', () => {
    const t = setUp();
    const first = new TestRequest();
    t.router.send(first);
    t.transport.emit('frame', reply(t.transport.sent[0], { sessionId: 7, payload: 'x' }));
    assert.deepEqual(first.outcome, { payload: 'x', sessionId: 7 });
    assert.equal(t.router.sessionId, 7);
    assert.deepEqual(t.transport.sessionIds, [7]);
    t.router.send(new TestRequest());
    assert.equal(t.transport.sent[1].sessionId, 7);
    assert.ok(t.router.lastSentAt > 0 && t.router.lastReceivedAt > 0);
  });

  it('a reply that names another function than its pending call is dropped as a problem; the call waits for its own', () => {
    const t = setUp();
    const call = new TestRequest();
    t.router.send(call);
    const sent = t.transport.sent[0];
    t.transport.emit('frame', reply(sent, { serviceInfo: packServiceInfo(1, SESSION_SERVICE_ID, KEEP_ALIVE), payload: 'not yours' }));
    assert.ok(call.isPending());
    assert.equal(t.problems.length, 1);
    assert.equal((t.problems[0] as KortexError).kind, 'BAD_RESPONSE');
    assert.match(t.problems[0].message, /does not match the pending GetConnections call/);
    // An error reply for another function is no answer either.
    t.transport.emit(
      'frame',
      reply(sent, {
        serviceInfo: packServiceInfo(1, SESSION_SERVICE_ID, KEEP_ALIVE),
        error: [ErrorCode.ERROR_DEVICE, SubErrorCode.INVALID_PARAM, ''],
      }),
    );
    assert.ok(call.isPending());
    t.transport.emit('frame', reply(sent, { payload: 'yours' }));
    assert.equal(call.outcome?.payload, 'yours');
  });

  it('a reply with an unknown message id (late or stray) and a frame of an unexpected type are problems', () => {
    const t = setUp();
    const call = new TestRequest();
    t.router.send(call);
    const sent = t.transport.sent[0];
    t.transport.emit('frame', reply({ ...sent, messageId: 99 }));
    t.transport.emit('frame', reply(sent, { type: FrameType.Request }));
    // Each names the robot, and says what kind of trouble it is.
    assert.deepEqual(
      t.problems.map((p) => [p.message, (p as KortexError).code]),
      [
        [`on ${t.transport.endpoint}: reply with unknown message id 99 (late or stray)`, 'TIMEOUT'],
        [`on ${t.transport.endpoint}: unexpected frame type 1 from the robot`, 'INVALID_INPUT'],
      ],
    );
    assert.ok(call.isPending());
    t.transport.emit('frame', reply(sent, { payload: 'mine' }));
    assert.equal(call.outcome?.payload, 'mine');
  });

  it('an oversized reply fails only the call it answers (same id and function); otherwise it is a problem', () => {
    const t = setUp();
    const call = new TestRequest();
    const other = new TestRequest('KeepAlive', KEEP_ALIVE);
    t.router.send(call);
    t.router.send(other);
    const header = reply(t.transport.sent[0]).header;
    t.transport.emit('oversize', { ...header, serviceInfo: packServiceInfo(1, SESSION_SERVICE_ID, KEEP_ALIVE) }, 5000, 4096);
    assert.ok(call.isPending(), "another function: not this call's reply");
    assert.equal(t.problems.length, 1);
    t.transport.emit('oversize', header, 5000, 4096);
    assert.equal((call.outcome?.error as KortexError).kind, 'BAD_RESPONSE');
    assert.match(String(call.outcome?.error?.message), /reply of 5000 bytes exceeds the limit of 4096 bytes/);
    assert.ok(other.isPending());
  });

  it('keeps one sweep timer for the earliest deadline, and none once no call waits (a reply, an oversized reply or a refused write ends the last)', async () => {
    const clock = new ManualClock(0);
    const t = setUp(clock);
    const short = new TestRequest('GetConnections', GET_CONNECTIONS, 20);
    const long = new TestRequest('KeepAlive', KEEP_ALIVE, 120);
    const longer = new TestRequest('KeepAlive', KEEP_ALIVE, 200);
    t.router.send(long);
    assert.equal(clock.pending, 1);
    t.router.send(short);
    assert.equal(clock.pending, 1, 'the earlier deadline replaced the timer');
    t.router.send(longer);
    assert.equal(clock.pending, 1, 'a later deadline keeps the timer');
    await clock.advance(20);
    assert.equal((short.outcome?.error as KortexError).code, 'TIMEOUT', 'the earliest deadline is kept');
    t.transport.emit('oversize', reply(t.transport.sent[0]).header, 5000, 4096);
    assert.equal((long.outcome?.error as KortexError).code, 'BAD_RESPONSE');
    assert.equal(clock.pending, 1, 'an oversized reply leaves the waiting call its timer');
    t.transport.emit('frame', reply(t.transport.sent[2], { payload: 'first' }));
    assert.equal(clock.pending, 0, 'the reply ended the last call');
    t.router.send(new TestRequest());
    t.transport.emit('oversize', reply(t.transport.sent[3]).header, 5000, 4096);
    assert.equal(clock.pending, 0, 'the oversized reply ended the last call');
    t.transport.refuse = new Error('socket closed');
    t.router.send(new TestRequest());
    assert.equal(clock.pending, 0, 'the refused write ended the only call');
    t.transport.refuse = undefined;
    t.router.send(new TestRequest('KeepAlive', KEEP_ALIVE, 120));
    t.transport.refuse = new Error('socket closed');
    t.router.send(new TestRequest());
    assert.equal(clock.pending, 1, 'a refused write leaves the waiting call its timer');
  });
});
