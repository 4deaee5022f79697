/**
 * The session client's problems reach the Node-RED log, rate-limited (nodes/lib/problemLog.ts): a
 * stranger on the robot's broker publishing oversized broadcasts shows as one warning of the
 * kortex-session node, not as one line per message.
 */
import assert from 'node:assert/strict';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { MAX_BROADCAST_BYTES } from '../../src/protocol/limits';
import { useK3World } from '../k3/harness';
import { LogRecorder, PASSWORDS, TAB, builtNodes, cleanUp, helper, helperNode, placed, sessionNode, tab, testUsers } from './support';
import { sleep, waitFor } from '../helpers/wait';

describe('kortex-session logs robot link problems, at most one line a minute (Node-RED runtime)', function () {
  this.timeout(20000);
  const k3 = useK3World();
  let sim: RunningSimulator | undefined;
  let log: LogRecorder | undefined;

  afterEach(async () => {
    log?.stop();
    await cleanUp(sim);
    sim = undefined;
  });

  it('thirty oversized sessions/status broadcasts from a stranger: one warning naming the first, nothing per message', async () => {
    sim = await startSimulator({ generation: 'k3', transport: 'mqtt', broker: k3.broker().url, users: testUsers() });
    log = new LogRecorder();
    const flow = placed([
      tab(),
      sessionNode(0, { transport: 'mqtt', port: String(k3.broker().port) }),
      { id: 'events', type: 'kortex-session-events', z: TAB, name: '', session: 'robot', wires: [['events-out']] },
      helperNode('events-out'),
    ]);
    await helper.load(builtNodes(), flow, { robot: { password: PASSWORDS.admin } });
    await waitFor(() => sim?.model.sessions().length === 1, 'the session');
    const stranger = await k3.world.raw();
    for (let i = 0; i < 30; i++) await stranger.publish('sessions/status', Buffer.alloc(MAX_BROADCAST_BYTES + 1000));
    const problemLines = (): string[] => (log?.lines ?? []).filter((l) => l.includes('robot link problem'));
    await waitFor(() => problemLines().length > 0, 'the warning');
    await sleep(500);
    assert.equal(problemLines().length, 1, problemLines().join('\n'));
    assert.match(
      problemLines()[0],
      /^\[30\] kortex-session:.*robot link problem on 127\.0\.0\.1:\d+: sessions\/status broadcast of 1 MB \(\d+ bytes\) exceeds 1 MB: dropped/,
    );
  });
});
