/**
 * The keep-alive monitor's rules (src/client/link/keepAlive.ts), driven by a manual clock and a fake link
 * whose KeepAlive times out like the router's (no reply within its timeout: a TIMEOUT KortexError).
 */
import assert from 'node:assert/strict';
import { ErrorCode, SubErrorCode } from '../../src/protocol/errors';
import { KortexError } from '../../src/client/core/errors';
import { KeepAliveLink, KeepAliveMonitor } from '../../src/client/link/keepAlive';
import { ManualClock, settle } from '../helpers/manualClock';

interface SentKeepAlive {
  timeoutMs: number;
  answer(): void;
  fail(err: KortexError): void;
}

/** A link whose KeepAlives wait for the test to answer them, or time out on the manual clock. */
class FakeLink implements KeepAliveLink {
  lastSentAt: number;
  lastReceivedAt: number;
  readonly sent: SentKeepAlive[] = [];

  constructor(private readonly clock: ManualClock) {
    this.lastSentAt = clock.now();
    this.lastReceivedAt = clock.now();
  }

  /** Traffic both ways now (a call and its reply). */
  exchange(): void {
    this.lastSentAt = this.clock.now();
    this.lastReceivedAt = this.clock.now();
  }

  sendKeepAlive(timeoutMs: number): Promise<unknown> {
    this.lastSentAt = this.clock.now();
    return new Promise((resolve, reject) => {
      let open = true;
      const timer = this.clock.setTimeout(() => {
        open = false;
        reject(new KortexError(`no reply within ${timeoutMs} ms`, { kind: 'TIMEOUT', rpc: 'KeepAlive', robot: 'r' }));
      }, timeoutMs);
      this.sent.push({
        timeoutMs,
        answer: () => {
          if (!open) return;
          open = false;
          this.clock.clearTimeout(timer);
          this.lastReceivedAt = this.clock.now();
          resolve(Buffer.alloc(0));
        },
        fail: (err) => {
          if (!open) return;
          open = false;
          this.clock.clearTimeout(timer);
          this.lastReceivedAt = this.clock.now();
          reject(err);
        },
      });
    });
  }
}

const INTERVAL = 1000;

function sessionError(subCode: number): KortexError {
  return new KortexError('', { errorCode: ErrorCode.ERROR_PROTOCOL_SERVER, subCode, rpc: 'GetConnections', robot: 'r' });
}

function timeout(): KortexError {
  return new KortexError('no reply within 1000 ms', { kind: 'TIMEOUT', rpc: 'GetConnections', robot: 'r' });
}

function setUp(intervalMs = INTERVAL): {
  clock: ManualClock;
  link: FakeLink;
  monitor: KeepAliveMonitor;
  losses: Array<[KortexError, boolean]>;
  verified: number[];
} {
  const clock = new ManualClock(1_000_000);
  const link = new FakeLink(clock);
  const losses: Array<[KortexError, boolean]> = [];
  const verified: number[] = [];
  const monitor = new KeepAliveMonitor({
    link,
    intervalMs,
    requestTimeoutMs: 5000,
    robot: 'r',
    clock,
    onLoss: (error, sessionLost) => losses.push([error, sessionLost]),
    onVerified: () => verified.push(clock.now()),
  });
  monitor.start();
  return { clock, link, monitor, losses, verified };
}

describe('keep-alive monitor (manual clock)', () => {
  it('sends a KeepAlive after one idle interval, not before; traffic both ways defers it', async () => {
    const { clock, link, monitor } = setUp();
    await clock.advance(INTERVAL - 10);
    assert.equal(link.sent.length, 0);
    link.exchange();
    await clock.advance(INTERVAL - 10);
    assert.equal(link.sent.length, 0, 'the exchange restarted the idle time');
    await clock.advance(10);
    assert.equal(link.sent.length, 1);
    assert.equal(link.sent[0].timeoutMs, INTERVAL, 'a periodic KeepAlive waits one interval for its reply');
    monitor.stop();
  });

  it('counts a request without an answer as idle: only traffic both ways defers the KeepAlive', async () => {
    const { clock, link, monitor } = setUp();
    for (let i = 0; i < 4; i++) {
      await clock.advance(INTERVAL / 4);
      link.lastSentAt = clock.now();
    }
    assert.equal(link.sent.length, 1, 'requests kept going out, no reply came back');
    monitor.stop();
  });

  it('gives the link up after two silent KeepAlives (a link loss, not a session loss), three intervals after the last sign of life', async () => {
    const { clock, link, losses } = setUp();
    await clock.advance(INTERVAL);
    assert.equal(link.sent.length, 1);
    await clock.advance(INTERVAL);
    assert.equal(link.sent.length, 2, 'after a missed reply the next KeepAlive goes at once');
    assert.equal(losses.length, 0);
    await clock.advance(INTERVAL);
    assert.equal(losses.length, 1);
    const [error, sessionLost] = losses[0];
    assert.equal(sessionLost, false);
    assert.equal(error.kind, 'TIMEOUT');
    assert.match(error.message, /^KeepAlive on r: robot stopped answering keep-alives for 2000 ms$/);
    await clock.advance(10 * INTERVAL);
    assert.equal(link.sent.length, 2, 'a monitor that gave up sends nothing more');
  });

  it('one missed KeepAlive followed by an answer is no loss, and the count starts again', async () => {
    const { clock, link, monitor, losses } = setUp();
    await clock.advance(2 * INTERVAL);
    assert.equal(link.sent.length, 2);
    link.sent[1].answer();
    await clock.advance(INTERVAL);
    assert.equal(link.sent.length, 3);
    await clock.advance(INTERVAL);
    assert.deepEqual(losses, [], 'one miss after an answer');
    monitor.stop();
  });

  it('an error answer to KeepAlive means the robot forgot the session (sessionLost)', async () => {
    const { clock, link, losses } = setUp();
    await clock.advance(INTERVAL);
    link.sent[0].fail(sessionError(SubErrorCode.INVALID_SESSION));
    await settle();
    assert.equal(losses.length, 1);
    assert.equal(losses[0][1], true);
    assert.equal(losses[0][0].kind, 'DISCONNECTED');
    assert.match(
      losses[0][0].message,
      /^KeepAlive on r: the robot no longer knows this session \(KeepAlive answered ERROR_PROTOCOL_SERVER\/INVALID_SESSION\)$/,
    );
  });

  it('a session-level error on a call: one KeepAlive at once, calls held (checkingSession) until it answers, then onVerified', async () => {
    const { clock, link, monitor, losses, verified } = setUp();
    monitor.callFailed(sessionError(SubErrorCode.INVALID_USER_SESSION_ACCESS));
    assert.equal(monitor.checkingSession, true);
    assert.equal(link.sent.length, 1);
    monitor.callFailed(sessionError(SubErrorCode.INVALID_SESSION));
    assert.equal(link.sent.length, 1, 'one KeepAlive at a time');
    link.sent[0].answer();
    await settle();
    assert.equal(monitor.checkingSession, false);
    assert.equal(verified.length, 1);
    assert.deepEqual(losses, []);
    await clock.advance(INTERVAL - 1);
    assert.equal(link.sent.length, 1, 'the answer was a sign of life: the next KeepAlive is an interval away');
    monitor.stop();
  });

  it('a failed session check loses the session and releases nobody (onVerified is not called)', async () => {
    const { link, monitor, losses, verified } = setUp();
    monitor.callFailed(sessionError(SubErrorCode.INVALID_SESSION));
    link.sent[0].fail(sessionError(SubErrorCode.INVALID_SESSION));
    await settle();
    assert.equal(losses.length, 1);
    assert.equal(losses[0][1], true);
    assert.match(losses[0][0].message, /after a session error\)/);
    assert.equal(monitor.checkingSession, false);
    assert.deepEqual(verified, []);
  });

  it('other errors of a call start no check', async () => {
    const { link, monitor } = setUp();
    monitor.callFailed(new KortexError('', { errorCode: ErrorCode.ERROR_DEVICE, subCode: SubErrorCode.INVALID_PARAM }));
    monitor.callFailed(new Error('not a KortexError'));
    assert.equal(link.sent.length, 0);
    assert.equal(monitor.checkingSession, false);
    monitor.stop();
  });

  it('PINGs from the robot (heard) stand for KeepAlives', async () => {
    const { clock, link, monitor, losses } = setUp();
    for (let i = 0; i < 10; i++) {
      await clock.advance(INTERVAL / 2);
      monitor.heard();
    }
    assert.equal(link.sent.length, 0);
    await clock.advance(INTERVAL);
    assert.equal(link.sent.length, 1, 'pings stopped: KeepAlive again');
    assert.deepEqual(losses, []);
    monitor.stop();
  });

  it('a call that timed out while the robot was silent for an interval is one missed KeepAlive', async () => {
    const { clock, link, monitor, losses } = setUp();
    await clock.advance(INTERVAL / 2);
    monitor.callFailed(timeout());
    assert.equal(link.sent.length, 0, 'silent for less than an interval: nothing to check');
    link.lastSentAt = clock.now();
    await clock.advance(INTERVAL / 2 + 1);
    // The KeepAlive of the periodic tick is now in flight; its silence is the second miss.
    assert.equal(link.sent.length, 1);
    monitor.callFailed(timeout());
    await clock.advance(INTERVAL);
    assert.equal(losses.length, 1, 'the timed-out call and one silent KeepAlive end the link');
    assert.equal(losses[0][1], false);
  });

  it('a timed-out call after an interval of silence sends a KeepAlive at once; its silence ends the link', async () => {
    const { clock, link, monitor, losses } = setUp(0);
    // With no periodic KeepAlive a timeout counts for nothing.
    await clock.advance(10 * INTERVAL);
    monitor.callFailed(timeout());
    assert.equal(link.sent.length, 0);
    monitor.stop();

    const other = setUp();
    other.link.lastReceivedAt -= INTERVAL;
    other.monitor.callFailed(timeout());
    assert.equal(other.link.sent.length, 1, 'silent for an interval: checked at once');
    await other.clock.advance(INTERVAL);
    assert.equal(other.losses.length, 1, 'one silent KeepAlive after the missed call');
    assert.equal(other.losses[0][0].kind, 'TIMEOUT');
    assert.deepEqual(losses, []);
  });

  it('verifySession: concurrent kills join one check and one KeepAlive; an answer is "alive"', async () => {
    const { link, monitor, losses } = setUp(0);
    const first = monitor.verifySession();
    const joined = [monitor.verifySession(), monitor.verifySession()];
    assert.ok(joined.every((p) => p === first));
    assert.equal(link.sent.length, 1);
    assert.equal(link.sent[0].timeoutMs, 5000, 'no interval: the request timeout');
    assert.equal(monitor.checkingSession, false, 'calls are not held for a kill check');
    link.sent[0].answer();
    assert.deepEqual(await Promise.all([first, ...joined]), ['alive', 'alive', 'alive']);
    assert.deepEqual(losses, []);
    const again = monitor.verifySession();
    assert.notEqual(again, first, 'a later kill checks again');
    assert.equal(link.sent.length, 2);
    monitor.stop();
    assert.equal(await again, 'ended');
  });

  it('verifySession: silence is the kill (the session is lost before the check resolves); a stopped monitor checks nothing', async () => {
    const { clock, link, monitor, losses } = setUp(0);
    let lossesWhenDecided = -1;
    const check = monitor.verifySession().then((outcome) => {
      lossesWhenDecided = losses.length;
      return outcome;
    });
    await clock.advance(5000);
    assert.equal(await check, 'lost');
    assert.equal(lossesWhenDecided, 1, 'the loss handler heard first');
    assert.equal(losses[0][1], true);
    assert.match(
      losses[0][0].message,
      /^KeepAlive on r: the robot ended this session \(no KeepAlive reply within 5000 ms after a sessions\/killed broadcast named it\)$/,
    );
    assert.equal(await monitor.verifySession(), 'ended');
    assert.equal(link.sent.length, 1);
  });

  it('verifySession: a KeepAlive already in flight does not answer the check; the check sends its own after it', async () => {
    const { link, monitor, losses } = setUp();
    monitor.callFailed(sessionError(SubErrorCode.INVALID_USER_SESSION_ACCESS));
    let outcome: string | undefined;
    const check = monitor.verifySession().then((o) => {
      outcome = o;
    });
    assert.equal(link.sent.length, 1);
    link.sent[0].answer();
    await settle();
    assert.equal(outcome, undefined);
    assert.equal(link.sent.length, 2, "the check's own KeepAlive");
    link.sent[1].fail(sessionError(SubErrorCode.INVALID_SESSION));
    await check;
    assert.equal(outcome, 'lost');
    assert.equal(losses.length, 1);
  });

  it('stop(): no timer stays armed, a reply still on its way is ignored', async () => {
    const { clock, link, monitor, losses, verified } = setUp();
    monitor.callFailed(sessionError(SubErrorCode.INVALID_SESSION));
    monitor.stop();
    link.sent[0].fail(sessionError(SubErrorCode.INVALID_SESSION));
    await settle();
    assert.equal(clock.pending, 0, 'the late reply armed nothing');
    await clock.advance(10 * INTERVAL);
    assert.equal(link.sent.length, 1);
    assert.deepEqual(losses, []);
    assert.deepEqual(verified, []);
    monitor.callFailed(sessionError(SubErrorCode.INVALID_SESSION));
    assert.equal(monitor.checkingSession, false, 'a stopped monitor starts no check and holds no call');
    assert.equal(link.sent.length, 1);
  });

  it('a check started while the periodic timer runs leaves no second timer behind', async () => {
    const { clock, link, monitor } = setUp();
    monitor.callFailed(sessionError(SubErrorCode.INVALID_SESSION));
    link.sent[0].answer();
    await settle();
    monitor.stop();
    assert.equal(clock.pending, 0, 'stop() ended every timer');
  });

  it('the KeepAlive goes one interval after the last exchange, not a few ms later', async () => {
    const { clock, link, monitor } = setUp();
    await clock.advance(5);
    link.exchange();
    await clock.advance(INTERVAL - 5);
    assert.equal(link.sent.length, 1, 'within 5 ms of due: sent now rather than re-armed');
    monitor.stop();
  });

  it('after an answered KeepAlive the next one goes one interval after the answer', async () => {
    const { clock, link, monitor } = setUp();
    await clock.advance(INTERVAL);
    await clock.advance(INTERVAL / 2);
    link.sent[0].answer();
    await clock.advance(INTERVAL - 1);
    assert.equal(link.sent.length, 1);
    await clock.advance(1);
    assert.equal(link.sent.length, 2);
    monitor.stop();
  });

  it('any reply from the robot (a call answered) between two silent KeepAlives resets the count: no loss', async () => {
    const { clock, link, monitor, losses } = setUp();
    await clock.advance(INTERVAL);
    await clock.advance(INTERVAL);
    assert.equal(link.sent.length, 2, 'the first was missed, the second went at once');
    await clock.advance(INTERVAL / 2);
    link.exchange();
    monitor.replied();
    await clock.advance(INTERVAL / 2);
    assert.deepEqual(losses, [], 'the robot answered a call meanwhile');
    monitor.stop();
  });

  it('a KeepAlive that fails without an answer and without a timeout (the link refused it) is no missed reply', async () => {
    const { clock, link, monitor, losses } = setUp();
    await clock.advance(INTERVAL);
    link.sent[0].fail(new KortexError('socket closed', { kind: 'DISCONNECTED', rpc: 'KeepAlive', robot: 'r' }));
    await settle();
    assert.equal(link.sent.length, 1, 'no retry at once, as after a missed reply');
    await clock.advance(INTERVAL);
    assert.equal(link.sent.length, 2);
    link.sent[1].fail(new KortexError('socket closed', { kind: 'DISCONNECTED', rpc: 'KeepAlive', robot: 'r' }));
    await settle();
    assert.deepEqual(losses, [], "the link's own 'down' reports this");
    monitor.stop();
  });

  it('a call that failed otherwise than by a timeout after an interval of silence sends no KeepAlive', async () => {
    const { link, monitor } = setUp();
    link.lastReceivedAt -= INTERVAL;
    monitor.callFailed(new KortexError('socket closed', { kind: 'DISCONNECTED', rpc: 'GetConnections', robot: 'r' }));
    assert.equal(link.sent.length, 0);
    monitor.stop();
  });

  it('verifySession: a check whose KeepAlive the link could not send ends ("ended"), without a loss and without a second KeepAlive', async () => {
    const { link, monitor, losses } = setUp(0);
    const disconnected = monitor.verifySession();
    link.sent[0].fail(new KortexError('socket closed', { kind: 'DISCONNECTED', rpc: 'KeepAlive', robot: 'r' }));
    assert.equal(await disconnected, 'ended');
    const refused = monitor.verifySession();
    link.sent[1].fail(new Error('write after end') as KortexError);
    assert.equal(await refused, 'ended');
    await settle();
    assert.equal(link.sent.length, 2);
    assert.deepEqual(losses, []);
    monitor.stop();
  });

  it('verifySession: a kill reported as soon as the previous check said "alive" gets its own KeepAlive', async () => {
    const { link, monitor } = setUp(0);
    const second = monitor.verifySession().then(() => monitor.verifySession());
    link.sent[0].answer();
    await settle();
    assert.equal(link.sent.length, 2, 'the second check sent its own KeepAlive');
    link.sent[1].answer();
    assert.equal(await second, 'alive');
    monitor.stop();
  });

  it('with no periodic KeepAlive (interval 0), an answered check arms no timer and sends nothing later', async () => {
    const { clock, link, monitor } = setUp(0);
    const check = monitor.verifySession();
    link.sent[0].answer();
    assert.equal(await check, 'alive');
    await settle();
    assert.equal(clock.pending, 0);
    await clock.advance(10 * INTERVAL);
    assert.equal(link.sent.length, 1);
    monitor.stop();
  });
});
