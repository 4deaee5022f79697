/**
 * The service seams end to end, the session client against the simulator on both generations
 * (Kortex 2 over TCP, Kortex 3 on a real mosquitto): a call of another service than Session
 * (Base's GetArmState), notifications heard by two owners over one robot subscription, that
 * subscription made again exactly once after a lost link and before the session is reported open,
 * a refused replay as a problem with the session open all the same, and the end of a subscription.
 */
import assert from 'node:assert/strict';
import { KortexSessionClient } from '../../src/client/session/client';
import { ClientPool } from '../../src/client/session/pool';
import type { SessionClientOptions } from '../../src/client/session/options';
import { ArmStateNotificationJson, getArmState, stopWatchingArmState, watchArmState } from '../../src/client/services/base/armState';
import { RunningSimulator, StartSimulatorOptions, startSimulator } from '../../src/simulator';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { sleep, waitFor } from '../helpers/wait';

type Generation = 'k2' | 'k3';

for (const generation of ['k2', 'k3'] as Generation[]) {
  describe(`services over one session (${generation === 'k2' ? 'Kortex 2, TCP' : 'Kortex 3, mosquitto'})`, function () {
    this.timeout(15000);
    let broker: MosquittoBroker | undefined;
    let sim: RunningSimulator | undefined;
    const clients: KortexSessionClient[] = [];
    /** What the robot was asked and what the client said, in order. */
    let log: string[] = [];

    before(async () => {
      if (generation === 'k3') broker = await startMosquitto();
    });
    after(async () => {
      await broker?.dispose();
    });
    afterEach(async () => {
      await Promise.all(clients.splice(0).map((c) => c.close()));
      await sim?.close();
      sim = undefined;
      log = [];
    });

    async function robot(options: Partial<StartSimulatorOptions> = {}): Promise<RunningSimulator> {
      sim = await startSimulator(
        generation === 'k2'
          ? { generation, transport: 'tcp', port: 0, ...options }
          : { generation, transport: 'mqtt', broker: `mqtt://127.0.0.1:${broker?.port}`, ...options },
      );
      sim.model.on('request', (name) => {
        if (name !== 'KeepAlive') log.push(`robot: ${name}`);
      });
      return sim;
    }

    function client(s: RunningSimulator, overrides: Partial<SessionClientOptions> = {}): { c: KortexSessionClient; problems: Error[] } {
      const c = new KortexSessionClient({
        host: '127.0.0.1',
        port: generation === 'k2' ? s.port : broker?.port,
        transport: generation === 'k2' ? 'tcp' : 'mqtt',
        username: 'admin',
        password: 'admin',
        reconnectInitialDelayMs: 20,
        reconnectMaxDelayMs: 50,
        requestTimeoutMs: 2000,
        ...overrides,
      });
      clients.push(c);
      const problems: Error[] = [];
      c.on('problem', (e) => problems.push(e));
      c.on('state', (e) => log.push(`client: ${e.state}`));
      return { c, problems };
    }

    const asked = (rpc: string): number => log.filter((l) => l === `robot: ${rpc}`).length;

    it('calls another service than Session by its descriptor: Base GetArmState', async () => {
      const s = await robot();
      const { c } = client(s);
      const reply = await getArmState(c);
      assert.equal(reply.payload.activeState, 'ARMSTATE_SERVOING_READY');
      assert.equal(reply.meta.rpc, 'GetArmState');
      s.setArmState('ARMSTATE_IN_FAULT');
      assert.equal((await getArmState(c)).payload.activeState, 'ARMSTATE_IN_FAULT');
    });

    it('two owners hear the arm state over one robot subscription, made again once after a lost link, before the session is open', async () => {
      const s = await robot();
      const { c, problems } = client(s);
      const a: ArmStateNotificationJson[] = [];
      const b: ArmStateNotificationJson[] = [];
      watchArmState(c, 'node-a', (n) => a.push(n));
      watchArmState(c, 'node-b', (n) => b.push(n));
      c.start();
      await waitFor(() => c.state === 'open', 'the session open');
      assert.equal(asked('OnNotificationArmStateTopic'), 1);
      assert.ok(log.indexOf('robot: OnNotificationArmStateTopic') < log.indexOf('client: open'), log.join(', '));
      // No wait: the replay ends with the topic subscribed (Kortex 3: SUBACK in) before 'open'.
      s.setArmState('ARMSTATE_IN_FAULT');
      await waitFor(() => a.length === 1 && b.length === 1, 'both owners hear the fault');
      assert.equal(a[0].activeState, 'ARMSTATE_IN_FAULT');

      log = [];
      s.server.dropConnections();
      await waitFor(() => log.includes('client: reconnecting') && c.state === 'open', 'the session open again');
      assert.equal(asked('OnNotificationArmStateTopic'), 1, log.join(', '));
      assert.ok(log.indexOf('robot: OnNotificationArmStateTopic') < log.lastIndexOf('client: open'), log.join(', '));
      s.setArmState('ARMSTATE_SERVOING_READY');
      await waitFor(() => a.length === 2 && b.length === 2, 'both owners hear the recovery');
      assert.equal(b[1].activeState, 'ARMSTATE_SERVOING_READY');
      assert.equal(c.droppedNotifications, 0);
      assert.deepEqual(problems, []);
    });

    it('a robot that does not serve Base: the refused replay is a problem, the session opens and Session calls work', async () => {
      const s = await robot({ services: ['session'] });
      const { c, problems } = client(s);
      watchArmState(c, 'node-a', () => undefined);
      c.start();
      await waitFor(() => c.state === 'open', 'the session open');
      await waitFor(() => problems.length === 1, 'one problem');
      assert.match(problems[0].message, /OnNotificationArmStateTopic .*UNSUPPORTED_SERVICE/);
      const list = await c.call('getConnections', {});
      assert.ok(list.payload.connection.length + list.payload.userConnections.length > 0);
    });

    it('a redeploy (the node closes and its successor registers, through the pool) costs the robot no unsubscribe and no second subscribe', async () => {
      const s = await robot();
      const pool = new ClientPool(2000);
      try {
        const options: SessionClientOptions = {
          host: '127.0.0.1',
          port: generation === 'k2' ? s.port : broker?.port,
          transport: generation === 'k2' ? 'tcp' : 'mqtt',
          username: 'admin',
          password: 'admin',
        };
        const heard: string[] = [];
        const first = pool.acquire(options, 'node-a');
        watchArmState(first, 'node-a', (n) => heard.push(`old: ${n.activeState}`));
        await waitFor(() => first.state === 'open' && asked('OnNotificationArmStateTopic') === 1, 'subscribed');
        // What a node's close does on a redeploy (not removed), then its successor's start.
        stopWatchingArmState(first, 'node-a', false);
        await pool.release(options, 'node-a', false);
        const second = pool.acquire(options, 'node-a');
        assert.equal(second, first, 'the pool keeps the session through a redeploy');
        watchArmState(second, 'node-a', (n) => heard.push(`new: ${n.activeState}`));
        s.setArmState('ARMSTATE_IN_FAULT');
        await waitFor(() => heard.length === 1, 'the new node hears the robot');
        assert.deepEqual(heard, ['new: ARMSTATE_IN_FAULT']);
        await sleep(300);
        assert.equal(asked('OnNotificationArmStateTopic'), 1, log.join(', '));
        assert.equal(asked('Unsubscribe'), 0, log.join(', '));
      } finally {
        await pool.closeAll();
      }
    });

    it(`the last owner removed ends the subscription (${generation === 'k2' ? 'Unsubscribe with the handle' : "the topic is left, as Kinova's client does"}); nothing more arrives`, async () => {
      const s = await robot();
      const { c } = client(s);
      const heard: ArmStateNotificationJson[] = [];
      watchArmState(c, 'node-a', (n) => heard.push(n));
      c.start();
      await waitFor(() => c.state === 'open', 'the session open');
      await sleep(100);
      stopWatchingArmState(c, 'node-a', true);
      await sleep(100);
      assert.equal(asked('Unsubscribe'), generation === 'k2' ? 1 : 0);
      s.setArmState('ARMSTATE_IN_FAULT');
      await sleep(200);
      assert.deepEqual(heard, []);
    });
  });
}
