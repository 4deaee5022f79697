/**
 * A stranger on the robot's anonymous broker publishing on `sessions/status`, `sessions/killed` and
 * the robot's request topic (docs/session-status.md, "Bounds"), over a real mosquitto:
 *
 * - the client and the simulated robot advertise Maximum Packet Size (MQTT_MAX_PACKET_BYTES), so
 *   mosquitto never hands them a 16 MiB message;
 * - a broadcast small enough to be delivered but over MAX_BROADCAST_BYTES is dropped undecoded
 *   and reported as a problem;
 * - a burst of status lists reaches the client as a few `sessions` events, the last one the latest
 *   list; `sessions/killed` messages are not coalesced.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import type { SessionKilledEvent, SessionsEvent } from '../../src/client/link/sessionBroadcasts';
import { MAX_BROADCAST_BYTES, MQTT_MAX_PACKET_BYTES } from '../../src/protocol/limits';
import { SessionStatusJson } from '../../src/protocol/session/sessionStatusMessages';
import { encodeSessionKilledBroadcast, encodeSessionStatusBroadcast } from '../../src/protocol/session/sessionStatus';
import { MqttTransport } from '../../src/transport/mqtt/transport';
import { KILLED_PER_SECOND, STATUS_INTERVAL_MS } from '../../src/transport/mqtt/broadcasts';
import { sleep, waitFor } from '../helpers/wait';
import { useK3World } from './harness';

const MiB = 1024 * 1024;

/** A PayloadSessionStatusRaw of `bytes` bytes: one unknown length-delimited field (field 2), cheap to skip. */
function paddedList(bytes: number): Buffer {
  const len: number[] = [];
  let n = bytes - 1 - 4;
  const body = n;
  for (let i = 0; i < 3; i++, n >>>= 7) len.push((n & 0x7f) | 0x80);
  len.push(n & 0x7f); // four varint bytes, the last without continuation
  assert.ok(n < 0x80);
  return Buffer.concat([Buffer.from([0x12, ...len]), Buffer.alloc(body)]);
}

const stranger = (sessionIdentifier: number): SessionStatusJson => ({
  sessionIdentifier,
  userIdentifier: 7,
  roles: [{ identifier: 'Stranger', permissions: ['USER_PERMISSION_OPERATE'] }],
});

describe('K3 broadcast limits: a stranger on the broker (mosquitto)', function () {
  this.timeout(20000);
  const { world, broker } = useK3World();

  /** An open client whose own login push has arrived; collects what it hears afterwards. */
  async function openClient(): Promise<{ pushed: SessionsEvent[]; killed: SessionKilledEvent[]; problems: string[]; sessionId: number }> {
    await world.robot();
    const client = world.client();
    const pushed: SessionsEvent[] = [];
    const killed: SessionKilledEvent[] = [];
    const problems: string[] = [];
    client.on('sessions', (e) => pushed.push(e));
    client.on('session-killed', (e) => killed.push(e));
    client.on('problem', (e) => problems.push(e.message));
    await client.openOnce();
    await waitFor(() => pushed.some((e) => e.sessions.some((s) => s.sessionIdentifier === client.sessionId)), 'the push of our own login');
    await sleep(STATUS_INTERVAL_MS * 2);
    pushed.length = 0;
    return { pushed, killed, problems, sessionId: client.sessionId };
  }

  it('a 16 MiB sessions/status message never reaches the client: mosquitto drops it (Maximum Packet Size); the next list arrives', async () => {
    const { pushed, problems } = await openClient();
    const peer = await world.raw();
    const bomb = paddedList(16 * MiB);
    assert.equal(bomb.length, 16 * MiB);
    await peer.publish('sessions/status', bomb);
    await peer.publish('sessions/status', encodeSessionStatusBroadcast({ sessions: [stranger(4242)] }, 'raw-frame'));
    await waitFor(() => pushed.some((e) => e.sessions.some((s) => s.sessionIdentifier === 4242)), 'the list published after the bomb');
    assert.deepEqual(
      pushed.map((e) => e.sessions.map((s) => s.sessionIdentifier)),
      [[4242]],
      'the bomb was delivered and decoded',
    );
    assert.deepEqual(problems, [], 'the bomb reached the client (it should have been dropped by the broker)');
  });

  it(`a broadcast under the packet limit (${MQTT_MAX_PACKET_BYTES} bytes) but over MAX_BROADCAST_BYTES is dropped undecoded, as a problem`, async () => {
    const { pushed, problems, killed } = await openClient();
    const peer = await world.raw();
    const size = MAX_BROADCAST_BYTES + 1000;
    await peer.publish('sessions/status', paddedList(size));
    await peer.publish('sessions/killed', paddedList(size));
    await peer.publish('sessions/status', encodeSessionStatusBroadcast({ sessions: [stranger(4243)] }, 'raw-frame'));
    await waitFor(
      () => pushed.some((e) => e.sessions.some((s) => s.sessionIdentifier === 4243)),
      'the list published after the oversize ones',
    );
    assert.deepEqual(
      pushed.map((e) => e.sessions.map((s) => s.sessionIdentifier)),
      [[4243]],
      'an oversize list was decoded',
    );
    assert.deepEqual(killed, [], 'an oversize killed message was decoded');
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(
      problems[0],
      new RegExp(
        `^sessions/status broadcast of 1 MB \\(${size} bytes\\) exceeds 1 MB: dropped \\(from the broker at 127\\.0\\.0\\.1:\\d+\\)$`,
      ),
    );
    assert.match(problems[1], /^sessions\/killed broadcast of 1 MB .* exceeds 1 MB: dropped/);
  });

  it(`2,000 status lists in one burst reach the client at most once per ${STATUS_INTERVAL_MS} ms, the latest last; killed messages one by one`, async () => {
    const { pushed, killed, sessionId } = await openClient();
    const peer = await world.raw();
    const lists = Array.from({ length: 2000 }, (_, i) => encodeSessionStatusBroadcast({ sessions: [stranger(5000 + i)] }, 'raw-frame'));
    const t0 = performance.now();
    for (const list of lists) peer.client.publish('sessions/status', list, { qos: 0 });
    await peer.publish('sessions/status', lists[lists.length - 1]);
    await waitFor(() => pushed.at(-1)?.sessions[0]?.sessionIdentifier === 6999, 'the latest list', 5000);
    const elapsedMs = performance.now() - t0;
    const allowed = Math.floor(elapsedMs / STATUS_INTERVAL_MS) + 2;
    assert.ok(pushed.length <= allowed, `${pushed.length} sessions events in ${elapsedMs.toFixed(0)} ms (at most ${allowed} allowed)`);
    assert.deepEqual(pushed.at(-1)?.sessions, [stranger(6999)]);

    // Kills of three other sessions, back to back: three events, none coalesced away.
    for (const id of [801, 802, 803]) await peer.publish('sessions/killed', encodeSessionKilledBroadcast(stranger(id), 'raw-frame'));
    await waitFor(() => killed.length === 3, 'three session-killed events');
    assert.deepEqual(
      killed.map((e) => [e.sessions[0].sessionIdentifier, e.own]),
      [
        [801, false],
        [802, false],
        [803, false],
      ],
    );
    assert.notEqual(sessionId, 0);
  });

  it(`a flood of sessions/killed naming other sessions: at most ${KILLED_PER_SECOND} a second reach the client, one problem says the rest were dropped; a kill in the next second passes`, async () => {
    const { killed, problems } = await openClient();
    const peer = await world.raw();
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++)
      peer.client.publish('sessions/killed', encodeSessionKilledBroadcast(stranger(10_000 + i), i % 2 ? 'bare' : 'raw-frame'), { qos: 0 });
    await peer.publish('sessions/killed', encodeSessionKilledBroadcast(stranger(19_999), 'raw-frame'));
    await waitFor(() => problems.some((p) => p.startsWith(`more than ${KILLED_PER_SECOND} sessions/killed`)), 'the drop reported');
    const burstMs = performance.now() - t0;
    await sleep(200);
    const allowed = KILLED_PER_SECOND * (Math.floor(burstMs / 1000) + 1);
    assert.ok(
      killed.length >= KILLED_PER_SECOND && killed.length <= allowed,
      `${killed.length} session-killed events for 1,001 kills in ${burstMs.toFixed(0)} ms (${KILLED_PER_SECOND} to ${allowed} allowed)`,
    );
    assert.deepEqual(
      killed.slice(0, 3).map((e) => e.sessions[0].sessionIdentifier),
      [10_000, 10_001, 10_002],
      'the first kills pass in order',
    );
    const dropReports = problems.filter((p) => p.includes('sessions/killed broadcasts within a second')).length;
    assert.ok(
      dropReports >= 1 && dropReports <= Math.floor(burstMs / 1000) + 1,
      `${dropReports} drop reports: one per second of the flood at most`,
    );
    await sleep(1000);
    const before = killed.length;
    await peer.publish('sessions/killed', encodeSessionKilledBroadcast(stranger(777), 'raw-frame'));
    await waitFor(() => killed.length === before + 1, 'a kill in the next second');
    assert.equal(killed.at(-1)?.sessions[0].sessionIdentifier, 777);
  });

  it('a list held for the end of its interval is dropped with its timer when the transport closes', async () => {
    const transport = new MqttTransport({ host: '127.0.0.1', port: broker().port });
    const heard: string[] = [];
    transport.on('sessionBroadcast', (topic) => heard.push(topic));
    transport.on('problem', () => undefined);
    try {
      await transport.connect(2000);
      const peer = await world.raw();
      await peer.publish('sessions/status', encodeSessionStatusBroadcast({ sessions: [stranger(1)] }, 'bare'));
      await waitFor(() => heard.length === 1, 'the first list, passed on at once');
      await peer.publish('sessions/status', encodeSessionStatusBroadcast({ sessions: [stranger(2)] }, 'bare'));
      await sleep(20); // arrived, held for the rest of the interval
    } finally {
      await transport.close(0);
    }
    await sleep(STATUS_INTERVAL_MS * 2);
    assert.deepEqual(heard, ['sessions/status'], 'a held list was passed on after close()');
  });

  it('the simulated robot never receives a 16 MiB message on its request topic (Maximum Packet Size)', async () => {
    const { robot } = await world.robot();
    const problems: string[] = [];
    robot.on('problem', (e: Error) => problems.push(e.message));
    const peer = await world.raw();
    // No Response Topic: a request the robot reports as unanswerable, so each delivery is visible.
    await peer.publish('req/1/4', Buffer.alloc(16 * MiB));
    await peer.publish('req/1/3', Buffer.alloc(10));
    await waitFor(() => problems.some((p) => p.includes('req/1/3')), 'the small request reported');
    assert.deepEqual(
      problems.filter((p) => p.includes('req/1/4')),
      [],
      'the 16 MiB request reached the robot',
    );
  });
});
