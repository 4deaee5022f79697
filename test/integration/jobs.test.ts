/**
 * The job runner (src/client/jobs/) against the simulator on both generations: Kortex 2's stored
 * actions over TCP, Kortex 3's programs on a real mosquitto. List, a run to its end with its cycle
 * time, pause and resume, stop, a fault mid-job, and a second start refused while one runs.
 */
import assert from 'node:assert/strict';
import { JobEvent, JobEventName, JobRunner } from '../../src/client/jobs/jobRunner';
import type { KortexError } from '../../src/client/core/errors';
import { clearFaults } from '../../src/client/services/base/stop';
import { KortexSessionClient } from '../../src/client/session/client';
import { RunningSimulator, StartSimulatorOptions, startSimulator } from '../../src/simulator';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { connectAsync } from 'mqtt';
import { encodeFrame } from '../../src/protocol/frame';
import { executionEventTopic } from '../../src/protocol/programRunner/rpcs';
import { PROGRAM_RUNNER_SERVICE_ID } from '../../src/protocol/programRunner/rpcs';
import { notificationFrame } from '../../src/simulator/robot/responses';
import { k3Topics } from '../../src/transport/mqtt/topics';

type Generation = 'k2' | 'k3';

/** Short jobs: the tests run on the real clock. */
const JOBS = [
  { name: 'Home', durationMs: 300 },
  { name: 'Pick part', durationMs: 1500 },
];

for (const generation of ['k2', 'k3'] as Generation[]) {
  describe(`jobs against the simulator (${generation === 'k2' ? 'Kortex 2 actions, TCP' : 'Kortex 3 programs, mosquitto'})`, function () {
    this.timeout(15000);
    let broker: MosquittoBroker | undefined;
    let sim: RunningSimulator | undefined;
    let client: KortexSessionClient | undefined;
    let runner: JobRunner | undefined;
    let events: JobEvent[] = [];
    /** What the robot was asked, by RPC name. */
    let asked: string[] = [];

    before(async () => {
      if (generation === 'k3') broker = await startMosquitto();
    });
    after(async () => {
      await broker?.dispose();
    });
    afterEach(async () => {
      runner?.close();
      await client?.close();
      await sim?.close();
      runner = client = sim = undefined;
      events = [];
      asked = [];
    });

    async function robot(options: Partial<StartSimulatorOptions> = {}): Promise<JobRunner> {
      sim = await startSimulator(
        generation === 'k2'
          ? { generation, transport: 'tcp', port: 0, jobs: JOBS, ...options }
          : { generation, transport: 'mqtt', broker: `mqtt://127.0.0.1:${broker?.port}`, jobs: JOBS, ...options },
      );
      sim.model.on('request', (name) => asked.push(name));
      client = new KortexSessionClient({
        host: '127.0.0.1',
        port: generation === 'k2' ? sim.port : broker?.port,
        transport: generation === 'k2' ? 'tcp' : 'mqtt',
        username: 'admin',
        password: 'admin',
        requestTimeoutMs: 2000,
      });
      runner = new JobRunner(client, { startTimeoutMs: 2000, stopTimeoutMs: 2000 });
      runner.on('job', (e) => events.push(e));
      await client.openOnce();
      return runner;
    }

    /** Resolves at the runner's next `name` event. */
    const next = (r: JobRunner, name: JobEventName): Promise<JobEvent> =>
      new Promise((resolve) => {
        const on = (e: JobEvent): void => {
          if (e.event !== name) return;
          r.off('job', on);
          resolve(e);
        };
        r.on('job', on);
      });
    const seen = (): string[] => events.map((e) => `${e.event} ${e.job.name}`);
    const startRpc = generation === 'k2' ? 'ExecuteActionFromReference' : 'Start';

    it('lists the stored jobs in one shape', async () => {
      const r = await robot();
      const kind = generation === 'k2' ? 'action' : 'program';
      assert.deepEqual(await r.list(), [
        { name: 'Home', handle: 1, kind },
        { name: 'Pick part', handle: 2, kind },
      ]);
    });

    it('runs a job to its end, with its cycle time', async () => {
      const r = await robot();
      const run = await r.start('Home');
      const end = await run.finished;
      assert.equal(end.event, 'done');
      assert.deepEqual(seen(), ['started Home', 'done Home']);
      assert.ok((end.durationMs ?? 0) >= 250 && (end.durationMs ?? 0) < 3000, `cycle time ${end.durationMs} ms`);
      assert.equal(r.current, undefined);
    });

    it('pauses and resumes a job, then it ends', async () => {
      const r = await robot();
      const started = next(r, 'started');
      const run = await r.start('Pick part');
      await started;
      // The robot's event may come before its answer to our call: wait from before the call.
      const paused = next(r, 'paused');
      await r.pause();
      await paused;
      assert.equal(run.state, 'paused');
      const resumed = next(r, 'resumed');
      await r.resume();
      await resumed;
      assert.equal((await run.finished).event, 'done');
      assert.deepEqual(seen(), ['started Pick part', 'paused Pick part', 'resumed Pick part', 'done Pick part']);
    });

    it('stops a job: aborted at our request', async () => {
      const r = await robot();
      const started = next(r, 'started');
      const run = await r.start('Pick part');
      await started;
      await r.stop();
      const end = await run.finished;
      assert.equal(end.event, 'aborted');
      assert.match(end.reason ?? '', /stopped at our request/);
      assert.ok(asked.includes(generation === 'k2' ? 'StopAction' : 'Stop'));
    });

    it("a fault mid-job aborts the run with the robot's reason; ClearFaults recovers", async () => {
      const r = await robot({ fault: 'mid-job' });
      const run = await r.start('Pick part');
      const end = await run.finished;
      assert.deepEqual(seen(), ['started Pick part', 'aborted Pick part']);
      assert.equal(end.code, generation === 'k2' ? 'ROBOT_IN_FAULT' : 'FAILED');
      assert.match(end.reason ?? '', /aborted by the robot.*ROBOT_IN_FAULT/);
      await clearFaults(client as KortexSessionClient);
      assert.equal((await (await r.start('Home')).finished).event, 'done');
    });

    it('refuses a second start while a job runs (BUSY); the robot is never asked', async () => {
      const r = await robot();
      const started = next(r, 'started');
      const run = await r.start('Pick part');
      await started;
      await assert.rejects(r.start('Home'), (e: KortexError) => e.kind === 'BUSY' && e.message.includes('a job is running: Pick part'));
      assert.equal(asked.filter((a) => a === startRpc).length, 1);
      await r.stop();
      assert.equal((await run.finished).event, 'aborted');
    });

    if (generation === 'k3') {
      it('a robot whose GetStatus lags its end event by 1.5 s (k3StatusLagMs): the run still ends done, only later', async () => {
        const r = await robot({ k3StatusLagMs: 1500 });
        const run = await r.start('Home');
        const end = await run.finished;
        assert.equal(end.event, 'done');
        assert.deepEqual(seen(), ['started Home', 'done Home']);
        assert.ok((end.durationMs ?? 0) >= 1500, `the end waited for the robot's status: ${end.durationMs} ms`);
        assert.equal(run.refusedEnds, 1);
      });

      it("a stranger on the broker publishing the robot's own 'completed' for the running program is not believed: the robot is asked, the run goes on to its real end", async () => {
        const r = await robot();
        const started = next(r, 'started');
        const run = await r.start('Pick part');
        await started;
        // The frame exactly as the robot sends it (a broadcast: session 0, handle 0) on the robot's own topic.
        const payload = executionEventTopic.encodeNotification({
          event: 'EXECUTION_EVENT_COMPLETED',
          handle: { programHandle: { identifier: run.job.handle, permission: 7 } },
          payload: '{}',
          genericInfo: { severity: 'NOTIF_INFO', timestamp: { sec: 1_700_000_000, usec: 0 } },
        });
        const { functionId } = executionEventTopic.subscribe;
        const { header } = notificationFrame(PROGRAM_RUNNER_SERVICE_ID, functionId, 0, 0, payload);
        const stranger = await connectAsync(`mqtt://127.0.0.1:${broker?.port}`, { protocolVersion: 5 });
        try {
          const asksBefore = asked.filter((a) => a === 'GetStatus').length;
          await stranger.publishAsync(
            k3Topics.notification(undefined, PROGRAM_RUNNER_SERVICE_ID, functionId),
            encodeFrame(header, payload),
          );
          await new Promise((resolve) => setTimeout(resolve, 1000)); // past the last re-check (500 ms)
          assert.equal(run.state, 'running');
          assert.deepEqual(seen(), ['started Pick part']);
          assert.equal(run.refusedEnds, 1);
          assert.ok(asked.filter((a) => a === 'GetStatus').length - asksBefore >= 2, 'the robot was asked, and asked again');
        } finally {
          await stranger.endAsync();
        }
        assert.equal((await run.finished).event, 'done');
        assert.deepEqual(seen(), ['started Pick part', 'done Pick part']);
      });
    }
  });
}
