/** Broker restart: the robot and the client both come back, and the client reopens its session by itself. */
import assert from 'node:assert/strict';
import type { SessionState } from '../../src/client/session/states';
import { sleep, waitFor } from '../helpers/wait';
import { useK3World } from './harness';

describe('K3 broker restart (mosquitto)', function () {
  this.timeout(15000);
  const k3 = useK3World();
  const { world } = k3;

  it('reconnects and reopens the session after the broker restarts', async () => {
    const { model, robot } = await world.robot({ pingIntervalMs: 100, reconnectPeriodMs: 100 });
    const c = world.client({
      keepAliveIntervalMs: 0,
      sessionInactivityTimeoutMs: 2000,
      reconnectInitialDelayMs: 100,
      reconnectMaxDelayMs: 300,
    });
    const states: SessionState[] = [];
    c.on('state', (e) => states.push(e.state));
    await c.openOnce();
    const first = c.sessionId;
    await k3.broker().stop();
    await waitFor(() => c.state === 'reconnecting' || c.state === 'connecting', 'the client to notice');
    await sleep(300);
    await k3.broker().start();
    await waitFor(() => robot.brokerConnected, 'the robot to be back on the broker', 5000);
    await waitFor(() => c.state === 'open', 'the session to reopen', 8000);
    assert.notEqual(c.sessionId, 0);
    assert.notEqual(c.sessionId, first, 'a new session on a new MQTT connection');
    assert.ok(states.includes('reconnecting'));
    const list = await c.call('getConnections', {});
    assert.ok(list.payload.userConnections.some((x) => x.sessionIdentifier === c.sessionId));
    // The old session's PONGs stopped with the old connection: the robot closes it on its own.
    await waitFor(() => model.sessions().length === 1, 'the stale session to expire', 5000);
    assert.equal(model.sessions()[0].sessionId, c.sessionId);
  });
});
