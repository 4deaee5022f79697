/**
 * The example "Robot job handshake with a PLC over Modbus TCP" end to end, on both robot
 * generations: a real Node-RED (child process) with node-red-contrib-modbus, `kortex-sim` with
 * stored jobs as the robot (child process; Kortex 3 on a real mosquitto), and a Modbus TCP server
 * as the PLC. The test plays the PLC program on the PLC's registers (docs/plc.md): it sets the job
 * number and start, stop and clear faults, and reads ready, fault, busy, done, aborted, the error
 * code and the running job's number. A second client on the robot hears the robot's own job
 * events: what the robot ran, stopped or never started.
 *
 * The robot's jobs: 1 Home (600 ms), 2 Pick part (30 s, to be stopped), 3 Place part (1.5 s), as
 * the example's job table numbers them. The simulator starts with `--fault mid-job`, which faults
 * the first job it runs halfway: the fault case runs first.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { KortexSessionClient } from '../../src/client/session/client';
import { RobotJobEvent, jobBackend } from '../../src/client/jobs/jobBackends';
import { getArmState } from '../../src/client/services/base/armState';
import { clearFaults, stop } from '../../src/client/services/base/stop';
import { MOSQUITTO_BIN, MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { PlcStandIn, startPlcStandIn } from '../../scripts/lib/plcStandIn';
import { linkExampleNodeModules } from '../../scripts/demo/userDir';
import { freePort } from '../helpers/ports';
import { requireTool } from '../helpers/requiredTool';
import { SimChild, spawnSimulator } from '../helpers/simProcess';
import { sleep, waitFor } from '../helpers/wait';
import { NodeRedProcess, deployFlows, linkPackage, makeTempDir, removeDir, repoRoot, startNodeRed, writeSettings } from './nodeRed';

const EXAMPLE = path.join(repoRoot, 'examples', 'flows', 'robot-job-handshake-with-a-plc-over-modbus-tcp.json');
/** Robot -> PLC, written by the flow (docs/plc.md). */
const HR = { ready: 10, fault: 11, busy: 12, done: 13, aborted: 14, error: 15, job: 16, heartbeat: 17 } as const;
/** PLC -> robot, read by the flow. */
const PLC = { start: 20, stop: 21, clearFaults: 22, jobNumber: 23 } as const;
/** HR15's codes. */
const ERROR = { none: 0, busy: 1, unknownJob: 2, notReady: 3, stopped: 4, fault: 5, linkLost: 7 } as const;
const JOBS = 'Home:600,Pick part:30000,Place part:1500';
/** The example's job table. */
const JOB = { home: 1, pickPart: 2, placePart: 3 } as const;
/** The robot's abort codes: Kortex 2's abort details, Kortex 3's execution event. */
const STOPPED_CODES = ['CONTROL_MANUAL_STOP', 'STOPPED'];
const FAULT_CODES = ['ROBOT_IN_FAULT', 'FAILED'];
/** The flow reads the PLC every 100 ms: a few reads. */
const A_FEW_READS_MS = 350;
const WAIT_MS = 8000;

type Registers = Record<keyof typeof HR, number>;
type FlowNode = Record<string, unknown> & { id: string; type: string };
type Generation = 'k2' | 'k3';

const GENERATIONS: Array<{ generation: Generation; label: string }> = [
  { generation: 'k2', label: 'Kortex 2 (a Gen3 over TCP)' },
  { generation: 'k3', label: 'Kortex 3 (a Link 6 over MQTT)' },
];

for (const { generation, label } of GENERATIONS) {
  describe(`example "Robot job handshake with a PLC over Modbus TCP" on ${label}: Node-RED, kortex-sim and a Modbus TCP PLC`, function () {
    this.timeout(20_000);
    let broker: MosquittoBroker | undefined;
    let sim: SimChild | undefined;
    let plc: PlcStandIn | undefined;
    let red: NodeRedProcess | undefined;
    let checker: KortexSessionClient | undefined;
    let userDir: string | undefined;
    let flows: FlowNode[] = [];
    /** HR10-HR17 after each of the flow's writes, in order. */
    const history: Registers[] = [];
    /** The robot's job events, as the second client hears them, with the job's name. */
    const robotEvents: Array<RobotJobEvent & { job: string }> = [];
    const jobNames = new Map<number, string>();

    function simArgs(extra: string[]): string[] {
      const where = generation === 'k2' ? ['--port', String(sim?.port ?? 0)] : ['--broker', broker!.url];
      return ['--generation', generation, ...where, '--jobs', JOBS, ...extra];
    }

    function registers(): Registers {
      const h = plc!.holding;
      return Object.fromEntries(Object.entries(HR).map(([name, address]) => [name, h[address]])) as Registers;
    }

    const shown = (r: Registers = registers()): string => JSON.stringify(r);

    async function until(check: (r: Registers) => boolean, what: string, timeoutMs = WAIT_MS): Promise<Registers> {
      try {
        await waitFor(() => check(registers()), what, timeoutMs, 10);
      } catch (err) {
        throw new Error(`${(err as Error).message}; the registers at the end: ${shown()}`);
      }
      return registers();
    }

    /** A mark in the history, for what the PLC saw since. */
    const mark = (): number => history.length;
    const seenSince = (from: number, check: (r: Registers) => boolean): boolean => history.slice(from).some(check);
    const eventsSince = (from: number): string[] => robotEvents.slice(from).map((e) => `${e.job} ${e.kind}`);

    /** The PLC program: the job number, then start 0 -> 1. */
    function plcStart(jobNumber: number): void {
      plc!.holding[PLC.jobNumber] = jobNumber;
      plc!.holding[PLC.start] = 1;
    }

    /** Start back to 0, and long enough for the flow to read it (the next start is a new rising edge). */
    async function plcStartLow(): Promise<void> {
      plc!.holding[PLC.start] = 0;
      await sleep(A_FEW_READS_MS);
    }

    /** A second user on the robot, who hears the robot's job events. */
    async function openChecker(): Promise<void> {
      checker = new KortexSessionClient({
        transport: generation === 'k2' ? 'tcp' : 'mqtt',
        host: '127.0.0.1',
        port: generation === 'k2' ? sim!.port : broker!.port,
        username: 'operator',
        password: 'operator',
      });
      await checker.openOnce();
      const jobs = jobBackend(checker, generation);
      for (const job of await jobs.list()) jobNames.set(job.handle, job.name);
      assert.deepEqual([...jobNames.values()], ['Home', 'Pick part', 'Place part']);
      jobs.watch('plc-job-handshake-test', (event) => robotEvents.push({ ...event, job: jobNames.get(event.handle ?? 0) ?? '?' }));
    }

    before(async function () {
      this.timeout(60_000);
      if (generation === 'k3') {
        requireTool(this, MOSQUITTO_BIN, 'apt-get install mosquitto');
        broker = await startMosquitto();
      }
      sim = await spawnSimulator(simArgs(['--fault', 'mid-job']));
      plc = await startPlcStandIn({ host: '127.0.0.1', port: await freePort(), onHoldingWrite: () => history.push(registers()) });

      userDir = makeTempDir('kortex-plc-jobs-');
      writeSettings(userDir);
      linkPackage(userDir);
      linkExampleNodeModules(userDir, repoRoot);
      red = await startNodeRed(userDir);
      const example = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8')) as FlowNode[];
      flows = example.map((n) => {
        if (n.type === 'kortex-session') {
          const robot = generation === 'k2' ? { port: String(sim!.port) } : { transport: 'mqtt', port: String(broker!.port) };
          return { ...n, ...robot, credentials: { password: 'admin' } };
        }
        if (n.type === 'modbus-client') return { ...n, tcpHost: plc!.host, tcpPort: String(plc!.port) };
        return n;
      });
      await deployFlows(red.url, flows);

      await openChecker();

      await until((r) => r.ready === 1, 'HR10 ready', 15_000);
      const beat = registers().heartbeat;
      await until((r) => r.heartbeat !== beat, 'HR17 heartbeat to count', 3000);
      assert.deepEqual(
        { ...registers(), heartbeat: 0 },
        { ready: 1, fault: 0, busy: 0, done: 0, aborted: 0, error: 0, job: 0, heartbeat: 0 },
      );
    });

    // Each case starts from a cell at rest: the PLC's inputs at 0, the arm ready, no job running
    // (a case that failed halfway leaves none of its state to the next).
    beforeEach(async function () {
      for (const address of Object.values(PLC)) plc!.holding[address] = 0;
      await stop(checker!); // Base Stop: no error when the arm is still
      if ((await getArmState(checker!)).payload.activeState === 'ARMSTATE_IN_FAULT') await clearFaults(checker!);
      await until((r) => r.ready === 1 && r.busy === 0, 'the cell at rest before the case');
      await sleep(A_FEW_READS_MS); // the flow has read start = 0: the case's start is a rising edge
    });

    after(async function () {
      this.timeout(30_000);
      await checker?.close();
      await red?.stop();
      await plc?.close();
      await sim?.kill();
      await broker?.dispose();
      removeDir(userDir);
    });

    it('a fault mid-job: the PLC sees fault and aborted, never done; a start while faulted is refused; clear faults, then the next start runs to done', async function () {
      const from = mark();
      const heard = robotEvents.length;
      plcStart(JOB.home); // the robot's planned fault (--fault mid-job) hits the first job it runs halfway
      let r = await until((x) => x.aborted === 1 && x.fault === 1, 'HR14 aborted, HR11 fault');
      assert.deepEqual(
        { ...r, heartbeat: 0 },
        { ready: 0, fault: 1, busy: 0, done: 0, aborted: 1, error: ERROR.fault, job: 0, heartbeat: 0 },
        'not ready, fault, aborted by the fault',
      );
      assert.ok(
        seenSince(from, (x) => x.busy === 1 && x.job === JOB.home),
        'busy with job 1 before the fault',
      );
      assert.ok(!seenSince(from, (x) => x.done === 1), 'never done');
      await waitFor(() => eventsSince(heard).length === 2, 'the robot to report the start and the abort');
      assert.deepEqual(eventsSince(heard), ['Home start', 'Home abort']);
      assert.ok(FAULT_CODES.includes(String(robotEvents[robotEvents.length - 1].code)), String(robotEvents[robotEvents.length - 1].code));
      assert.equal((await getArmState(checker!)).payload.activeState, 'ARMSTATE_IN_FAULT');

      // The PLC acknowledges, then tries again without clearing the fault: the robot refuses.
      await plcStartLow();
      assert.deepEqual([registers().aborted, registers().error], [0, ERROR.none], 'start back to 0 acknowledges the abort');
      plcStart(JOB.home);
      r = await until((x) => x.error === ERROR.notReady, 'HR15 3, not ready');
      assert.deepEqual([r.busy, r.aborted, r.done, r.fault], [0, 0, 0, 1]);
      await plcStartLow();

      // Clear faults (a pulse), then the next start runs to its end.
      plc!.holding[PLC.clearFaults] = 1;
      await until((x) => x.fault === 0 && x.ready === 1, 'HR11 no fault, HR10 ready');
      plc!.holding[PLC.clearFaults] = 0;
      assert.notEqual((await getArmState(checker!)).payload.activeState, 'ARMSTATE_IN_FAULT');
      plcStart(JOB.home);
      r = await until((x) => x.done === 1, 'HR13 done');
      assert.deepEqual([r.busy, r.aborted, r.error, r.job], [0, 0, ERROR.none, 0]);
      await plcStartLow();
      assert.equal(registers().done, 0);
      assert.deepEqual(eventsSince(heard), ['Home start', 'Home abort', 'Home start', 'Home end']);
    });

    it('a job run: start -> busy with its number -> done, held until the PLC takes start back to 0; an unknown number never reaches the robot', async function () {
      const from = mark();
      const heard = robotEvents.length;
      plcStart(JOB.placePart);
      let r = await until((x) => x.busy === 1, 'HR12 busy');
      assert.deepEqual([r.job, r.done, r.aborted, r.error, r.ready], [JOB.placePart, 0, 0, ERROR.none, 1]);
      r = await until((x) => x.done === 1, 'HR13 done');
      assert.deepEqual([r.busy, r.job, r.aborted, r.error], [0, 0, 0, ERROR.none]);
      assert.ok(!seenSince(from, (x) => x.done === 1 && x.busy === 1), 'never done and busy at once');
      // Done is held while the PLC holds start.
      await sleep(A_FEW_READS_MS);
      assert.equal(registers().done, 1, 'done held while start is 1');
      await plcStartLow();
      assert.equal(registers().done, 0, 'done cleared once start went back to 0');
      assert.deepEqual(eventsSince(heard), ['Place part start', 'Place part end']);

      // Job number 9 is not in the example's table.
      plcStart(9);
      r = await until((x) => x.error === ERROR.unknownJob, 'HR15 2, unknown job number');
      assert.deepEqual([r.busy, r.done, r.aborted], [0, 0, 0]);
      await plcStartLow();
      assert.equal(registers().error, ERROR.none);
      assert.deepEqual(eventsSince(heard), ['Place part start', 'Place part end'], 'nothing started on the robot');
    });

    it('stop while running: the PLC sees aborted (stopped), the robot stopped the job; a start while stop is held is refused', async function () {
      const heard = robotEvents.length;
      plcStart(JOB.pickPart);
      await until((x) => x.busy === 1 && x.job === JOB.pickPart, 'HR12 busy with job 2');
      plc!.holding[PLC.stop] = 1;
      const r = await until((x) => x.aborted === 1, 'HR14 aborted');
      assert.deepEqual([r.busy, r.job, r.done, r.error, r.ready], [0, 0, 0, ERROR.stopped, 1]);
      await waitFor(() => eventsSince(heard).length === 2, 'the robot to report the start and the stop');
      assert.deepEqual(eventsSince(heard), ['Pick part start', 'Pick part abort']);
      assert.ok(STOPPED_CODES.includes(String(robotEvents[robotEvents.length - 1].code)), String(robotEvents[robotEvents.length - 1].code));

      // Stop still held: a new start is refused and never reaches the robot.
      await plcStartLow();
      plcStart(JOB.home);
      await until((x) => x.error === ERROR.notReady, 'HR15 3 while stop is held');
      plc!.holding[PLC.stop] = 0;
      await plcStartLow();
      await sleep(A_FEW_READS_MS);
      assert.deepEqual(eventsSince(heard), ['Pick part start', 'Pick part abort'], 'no job runs on the robot');
      assert.deepEqual(
        { ...registers(), heartbeat: 0 },
        { ready: 1, fault: 0, busy: 0, done: 0, aborted: 0, error: 0, job: 0, heartbeat: 0 },
      );
    });

    it('start while busy: the second start is refused (HR15 1), the first job goes on to done', async function () {
      const heard = robotEvents.length;
      plcStart(JOB.placePart);
      await until((x) => x.busy === 1, 'HR12 busy');
      await plcStartLow();
      plcStart(JOB.home);
      let r = await until((x) => x.error === ERROR.busy, 'HR15 1, busy');
      assert.deepEqual([r.busy, r.job, r.done, r.aborted], [1, JOB.placePart, 0, 0], 'the first job still runs');
      await plcStartLow(); // the PLC acknowledges the refusal
      assert.equal(registers().error, ERROR.none);
      r = await until((x) => x.done === 1, 'HR13 done of the first job');
      assert.deepEqual([r.busy, r.job, r.aborted, r.error], [0, 0, 0, ERROR.none]);
      assert.deepEqual(eventsSince(heard), ['Place part start', 'Place part end'], 'the robot never heard the second start');
      plcStart(JOB.home); // the next start clears done and runs
      await until((x) => x.done === 1 && x.busy === 0 && x.error === ERROR.none, 'HR13 done of the next job');
      await plcStartLow();
    });

    it('a full redeploy while a job runs: the node stops the job on the robot, the PLC sees it aborted (stopped), and a start held through the deploy is not replayed', async function () {
      const heard = robotEvents.length;
      plcStart(JOB.pickPart);
      await until((x) => x.busy === 1 && x.job === JOB.pickPart, 'HR12 busy with job 2');
      await deployFlows(red!.url, flows);
      let r = await until((x) => x.aborted === 1, 'HR14 aborted after the redeploy');
      assert.deepEqual([r.busy, r.job, r.done, r.error], [0, 0, 0, ERROR.stopped]);
      await waitFor(() => eventsSince(heard).length === 2, 'the robot to report the start and the stop');
      assert.deepEqual(eventsSince(heard), ['Pick part start', 'Pick part abort']);
      assert.ok(STOPPED_CODES.includes(String(robotEvents[robotEvents.length - 1].code)));
      r = await until((x) => x.ready === 1, 'HR10 ready after the redeploy');
      assert.deepEqual(
        { ...r, heartbeat: 0 },
        { ready: 1, fault: 0, busy: 0, done: 0, aborted: 1, error: ERROR.stopped, job: 0, heartbeat: 0 },
      );
      // Start is still 1: the redeployed flow takes it as its baseline, not as a new start.
      await sleep(A_FEW_READS_MS);
      assert.deepEqual(eventsSince(heard), ['Pick part start', 'Pick part abort'], 'no start replayed');
      await plcStartLow();
      plcStart(JOB.home);
      r = await until((x) => x.done === 1, 'HR13 done after the redeploy');
      assert.deepEqual([r.aborted, r.error], [0, ERROR.none]);
      await plcStartLow();
    });

    it('the robot restarts while a job runs: the PLC sees not ready and the job aborted (link lost); the session comes back, ready again, and a new start runs', async function () {
      const from = mark();
      plcStart(JOB.pickPart);
      await until((x) => x.busy === 1 && x.job === JOB.pickPart, 'HR12 busy with job 2');
      // Killed and started again on the same port (Kortex 3: the same broker), this time without a planned fault.
      // The second client leaves first: a restarted simulator counts session ids from 1 again, and the
      // robot's PINGs to a client given the flow's old id go to the flow's ping topic too, which the
      // flow's client takes for signs of life (docs/protocol.md), so it would not hear its session go.
      await checker!.close();
      await sim!.kill();
      sim = await spawnSimulator(simArgs([]));
      let r = await until((x) => x.aborted === 1, 'HR14 aborted when the robot went away', 15_000);
      assert.deepEqual([r.busy, r.job, r.done, r.error], [0, 0, 0, ERROR.linkLost]);
      r = await until((x) => x.ready === 1 && seenSince(from, (y) => y.ready === 0), 'HR10 not ready, then ready again', 15_000);
      assert.ok(seenSince(from, (x) => x.ready === 0 && x.busy === 0));
      assert.deepEqual(
        { ...r, heartbeat: 0 },
        { ready: 1, fault: 0, busy: 0, done: 0, aborted: 1, error: ERROR.linkLost, job: 0, heartbeat: 0 },
      );
      await plcStartLow();
      await openChecker();
      const heard = robotEvents.length;
      plcStart(JOB.home);
      r = await until((x) => x.done === 1, 'HR13 done on the restarted robot');
      assert.deepEqual([r.aborted, r.error, r.busy], [0, ERROR.none, 0]);
      assert.deepEqual(eventsSince(heard), ['Home start', 'Home end']);
      await plcStartLow();
    });
  });
}
