/**
 * The robot's jobs that are not a runner's own run (src/client/jobs/otherJobs.ts), against the
 * simulator: a job another client starts is told with its name, running then ended; on Kortex 3 a
 * stranger's forged start is told only if the robot's own status agrees, and a flood of them costs
 * the robot a few status calls a second.
 */
import assert from 'node:assert/strict';
import { connectAsync } from 'mqtt';
import { JobRunner, OtherJob } from '../../src/client/jobs/jobRunner';
import { KortexSessionClient } from '../../src/client/session/client';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { encodeFrame } from '../../src/protocol/frame';
import { PROGRAM_RUNNER_SERVICE_ID, executionEventTopic } from '../../src/protocol/programRunner/rpcs';
import { notificationFrame } from '../../src/simulator/robot/responses';
import { k3Topics } from '../../src/transport/mqtt/topics';
import { waitFor } from '../helpers/wait';

type Generation = 'k2' | 'k3';

const JOBS = [
  { name: 'Home', durationMs: 300 },
  { name: 'Pick part', durationMs: 20_000 },
];

for (const generation of ['k2', 'k3'] as Generation[]) {
  describe(`the robot's jobs that are not ours (${generation === 'k2' ? 'Kortex 2 over TCP' : 'Kortex 3 over mosquitto'})`, function () {
    this.timeout(15000);
    let broker: MosquittoBroker | undefined;
    let sim: RunningSimulator | undefined;
    const clients: KortexSessionClient[] = [];
    const runners: JobRunner[] = [];
    let asked: string[] = [];

    before(async () => {
      if (generation === 'k3') broker = await startMosquitto();
    });
    after(async () => {
      await broker?.dispose();
    });
    afterEach(async () => {
      for (const r of runners.splice(0)) r.close();
      for (const c of clients.splice(0)) await c.close();
      await sim?.close();
      sim = undefined;
      asked = [];
    });

    async function robot(): Promise<void> {
      sim = await startSimulator(
        generation === 'k2'
          ? { generation, transport: 'tcp', port: 0, jobs: JOBS }
          : { generation, transport: 'mqtt', broker: `mqtt://127.0.0.1:${broker?.port}`, jobs: JOBS },
      );
      sim.model.on('request', (name) => asked.push(name));
    }

    /** A client of its own (another Node-RED, the CLI, a pendant's session) with a runner. */
    async function runner(): Promise<{ runner: JobRunner; others: Array<OtherJob | undefined> }> {
      const client = new KortexSessionClient({
        host: '127.0.0.1',
        port: generation === 'k2' ? sim?.port : broker?.port,
        transport: generation === 'k2' ? 'tcp' : 'mqtt',
        username: 'admin',
        password: 'admin',
        requestTimeoutMs: 2000,
      });
      clients.push(client);
      const r = new JobRunner(client, { startTimeoutMs: 2000, stopTimeoutMs: 2000 });
      runners.push(r);
      const others: Array<OtherJob | undefined> = [];
      r.on('otherJob', (job) => others.push(job));
      await client.openOnce();
      return { runner: r, others };
    }

    it('a job another client starts is told with its name from the robot, running, then ended when it stops', async () => {
      await robot();
      const watcher = await runner();
      const other = await runner();
      const started = new Promise((resolve) => other.runner.on('job', (e) => e.event === 'started' && resolve(e)));
      const run = await other.runner.start('Pick part');
      await started;
      await waitFor(() => watcher.others.length > 0, 'the other job told');
      assert.deepEqual(watcher.others, [{ handle: run.job.handle, name: 'Pick part', state: 'running' }]);
      await other.runner.stop();
      await run.finished;
      await waitFor(() => watcher.others.length > 1, 'its end told');
      assert.deepEqual(watcher.others[1], { handle: run.job.handle, name: 'Pick part', state: 'ended' });
      assert.equal(watcher.runner.current, undefined, 'nothing is ours');
    });

    if (generation === 'k3') {
      /** The robot's own STARTED frame for a program, published by a stranger on the robot's topic. */
      function forgedStart(handle: number): Buffer {
        const payload = executionEventTopic.encodeNotification({
          event: 'EXECUTION_EVENT_STARTED',
          handle: { programHandle: { identifier: handle, permission: 7 } },
          payload: '{}',
          genericInfo: { severity: 'NOTIF_INFO', timestamp: { sec: 1_700_000_000, usec: 0 } },
        });
        const { header } = notificationFrame(PROGRAM_RUNNER_SERVICE_ID, executionEventTopic.subscribe.functionId, 0, 0, payload);
        return encodeFrame(header, payload);
      }

      it("a stranger's forged start is not told (the robot's status says nothing runs); a flood of them costs a few status calls a second", async () => {
        await robot();
        const watcher = await runner();
        await watcher.runner.list();
        const stranger = await connectAsync(`mqtt://127.0.0.1:${broker?.port}`, { protocolVersion: 5 });
        try {
          const topic = k3Topics.notification(undefined, PROGRAM_RUNNER_SERVICE_ID, executionEventTopic.subscribe.functionId);
          await stranger.publishAsync(topic, forgedStart(2));
          await waitFor(() => asked.includes('GetStatus'), 'the robot asked');
          const before = asked.filter((a) => a === 'GetStatus').length;
          const floodStart = Date.now();
          // Spread over a second, as a stranger's flood under the notification budget reaches the runner.
          for (let i = 0; i < 200; i++) {
            void stranger.publishAsync(topic, forgedStart(1 + (i % 2)));
            if (i % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 100));
          }
          await new Promise((resolve) => setTimeout(resolve, 300));
          const seconds = (Date.now() - floodStart) / 1000;
          const checks = asked.filter((a) => a === 'GetStatus').length - before;
          assert.ok(checks <= Math.ceil(seconds * 10) + 2, `${checks} status calls in ${seconds.toFixed(1)} s for 200 forged starts`);
          assert.deepEqual(watcher.others, [], 'nothing runs on the robot: nothing told');
        } finally {
          await stranger.endAsync();
        }
      });
    }
  });
}
