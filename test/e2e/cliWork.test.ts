/**
 * The `kortex` verbs for the robot's work (state, jobs, run, stop, clear-faults, watch's job lines)
 * as users run them: built binaries as child processes against a kortex-sim child, Kortex 2 over
 * TCP and Kortex 3 on a private mosquitto. Jobs are short: a few seconds per generation.
 */
import assert from 'node:assert/strict';
import { KORTEX_BIN, KORTEX_SIM_BIN, RunningBinary, runBinary, startBinary } from '../helpers/binaryRun';
import { waitFor } from '../helpers/wait';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';

const PASSWORD = { KORTEX_PASSWORD: 'admin' };

interface Line {
  event?: string;
  type?: string;
  activeState?: string;
  job?: { name: string | null; handle: number };
  code?: string;
  topic?: string;
  payload?: { state?: string };
}

const lines = (text: string): Line[] =>
  text
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Line);

/** A kortex-sim child, once it printed its listening line; `port` is its TCP port (K2). */
async function startSim(args: string[]): Promise<{ sim: RunningBinary; port: number }> {
  const sim = startBinary(KORTEX_SIM_BIN, args);
  const listening = await waitFor(() => /listening on \S*?:(\d+)/.exec(sim.stdout()), `kortex-sim listening (${sim.stderr()})`, 10000);
  return { sim, port: Number(listening[1]) };
}

for (const generation of ['k2', 'k3'] as const) {
  describe(`kortex state, jobs, run, stop, clear-faults, watch (child processes, ${generation})`, function () {
    this.timeout(20000);
    let broker: MosquittoBroker | undefined;
    const sims: RunningBinary[] = [];
    const children: RunningBinary[] = [];
    /** kortex's options for the default robot and for the one with short jobs and a fault. */
    let plain: string[] = [];
    let work: string[] = [];

    async function robot(extra: string[]): Promise<string[]> {
      if (generation === 'k2') {
        const { sim, port } = await startSim(['--port', '0', ...extra]);
        sims.push(sim);
        return ['--generation', 'k2', '--port', String(port)];
      }
      const namespace = `robot${sims.length}`;
      const { sim } = await startSim(['--generation', 'k3', '--broker', broker?.url ?? '', '--namespace', namespace, ...extra]);
      sims.push(sim);
      return ['--generation', 'k3', '--port', String(broker?.port), '--namespace', namespace];
    }

    before(async () => {
      if (generation === 'k3') broker = await startMosquitto();
      plain = await robot([]);
      // The first job started faults halfway; a start while a job runs is refused (so a job left running shows).
      work = await robot(['--jobs', 'Quick:300,Long:4000', '--fault', 'mid-job', '--busy-start', 'refuse']);
    });
    afterEach(() => {
      for (const c of children.splice(0)) if (c.child.exitCode === null) c.child.kill('SIGKILL');
    });
    after(async () => {
      for (const sim of sims.splice(0)) {
        sim.child.kill('SIGTERM');
        await sim.exited;
      }
      await broker?.dispose();
    });

    const kortex = (args: string[]): ReturnType<typeof runBinary> => runBinary(KORTEX_BIN, args, PASSWORD);
    function spawnKortex(args: string[]): RunningBinary {
      const running = startBinary(KORTEX_BIN, args, PASSWORD);
      children.push(running);
      return running;
    }

    it('state prints the arm state, SERVOING_READY', async () => {
      const r = await kortex(['state', ...plain]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal((JSON.parse(r.stdout) as { activeState: string }).activeState, 'ARMSTATE_SERVOING_READY');
    });

    it('jobs lists the default three stored jobs as {name, handle, kind}', async () => {
      const r = await kortex(['jobs', ...plain]);
      assert.equal(r.code, 0, r.stderr);
      const jobs = JSON.parse(r.stdout) as Array<{ name: string; handle: number; kind: string }>;
      assert.deepEqual(
        jobs.map((j) => j.name),
        ['Home', 'Pick part', 'Place part'],
      );
      for (const j of jobs) {
        assert.deepEqual(Object.keys(j).sort(), ['handle', 'kind', 'name']);
        assert.equal(j.kind, generation === 'k2' ? 'action' : 'program');
      }
    });

    it("run of a job that faults mid-job prints started then aborted and exits 3 with the robot's reason; watch prints the arm state", async () => {
      const watch = spawnKortex(['watch', ...work]);
      await waitFor(() => lines(watch.stdout()).some((l) => l.topic === 'state' && l.payload?.state === 'open'), 'open', 10000);
      const r = await kortex(['run', 'Quick', ...work]);
      assert.equal(r.code, 3, r.stderr);
      assert.deepEqual(
        lines(r.stdout).map((l) => l.event),
        ['started', 'aborted'],
      );
      assert.match(r.stderr, /kortex: aborted: "Quick" aborted by the robot \(.*ROBOT_IN_FAULT/);
      const state = await kortex(['state', ...work]);
      assert.equal((JSON.parse(state.stdout) as { activeState: string }).activeState, 'ARMSTATE_IN_FAULT');
      await waitFor(
        () => lines(watch.stdout()).some((l) => l.type === 'arm-state' && l.activeState === 'ARMSTATE_IN_FAULT'),
        `an arm-state line IN_FAULT (${watch.stdout()})`,
      );
      watch.child.kill('SIGTERM');
      assert.equal(await watch.exited, 0, watch.stderr());
    });

    it('in fault a run fails (exit 1, the error code); clear-faults lets the next run print started, done and exit 0', async () => {
      const refused = await kortex(['run', 'Quick', ...work]);
      assert.equal(refused.code, 1, refused.stderr);
      assert.deepEqual(
        lines(refused.stdout).map((l) => l.event),
        ['failed'],
      );
      assert.match(refused.stderr, /kortex: ERROR_DEVICE/);
      const cleared = await kortex(['clear-faults', ...work]);
      assert.equal(cleared.code, 0, cleared.stderr);
      const r = await kortex(['run', 'Quick', ...work]);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(
        lines(r.stdout).map((l) => [l.event, l.job?.name]),
        [
          ['started', 'Quick'],
          ['done', 'Quick'],
        ],
      );
    });

    it('SIGINT during run stops the job on the robot, then exits 130; the next run is not refused', async () => {
      const run = spawnKortex(['run', 'Long', ...work]);
      await waitFor(() => lines(run.stdout()).some((l) => l.event === 'started'), `started (${run.stderr()})`, 10000);
      run.child.kill('SIGINT');
      assert.equal(await run.exited, 130, run.stderr());
      assert.deepEqual(
        lines(run.stdout()).map((l) => l.event),
        ['started', 'aborted'],
      );
      // Long (4 s) would still be running, and this start refused, had the run not stopped it.
      const next = await kortex(['run', 'Quick', ...work]);
      assert.equal(next.code, 0, next.stderr + next.stdout);
    });

    it('with --no-stop-on-exit, SIGTERM leaves the job running on the robot and exits 143', async () => {
      const run = spawnKortex(['run', 'Long', '--no-stop-on-exit', ...work]);
      await waitFor(() => lines(run.stdout()).some((l) => l.event === 'started'), `started (${run.stderr()})`, 10000);
      run.child.kill('SIGTERM');
      assert.equal(await run.exited, 143, run.stderr());
      assert.deepEqual(
        lines(run.stdout()).map((l) => l.event),
        ['started'],
      );
      const refused = await kortex(['run', 'Quick', ...work]);
      assert.equal(refused.code, 1, 'Long still runs: the start is refused');
      assert.equal((await kortex(['stop', ...work])).code, 0);
    });

    it('stop ends the running job: its run prints aborted and exits 3', async () => {
      const run = spawnKortex(['run', 'Long', ...work]);
      await waitFor(() => lines(run.stdout()).some((l) => l.event === 'started'), `started (${run.stderr()})`, 10000);
      const stopped = await kortex(['stop', ...work]);
      assert.equal(stopped.code, 0, stopped.stderr);
      assert.equal(await run.exited, 3, run.stderr());
      assert.equal(lines(run.stdout()).at(-1)?.event, 'aborted');
    });

    it("watch prints another kortex run's job events as type lines, and exits 0 on SIGINT", async () => {
      const watch = spawnKortex(['watch', ...work]);
      await waitFor(() => lines(watch.stdout()).some((l) => l.topic === 'state' && l.payload?.state === 'open'), 'open', 10000);
      const r = await kortex(['run', 'Quick', ...work]);
      assert.equal(r.code, 0, r.stderr);
      const jobLines = await waitFor(() => {
        const found = lines(watch.stdout()).filter((l) => l.type === 'job');
        return found.length >= 2 && found;
      }, `two job lines (${watch.stdout()})`);
      assert.deepEqual(
        jobLines.map((l) => [l.event, l.job?.name]),
        [
          ['started', 'Quick'],
          ['done', 'Quick'],
        ],
      );
      watch.child.kill('SIGINT');
      assert.equal(await watch.exited, 0, watch.stderr());
    });
  });
}
