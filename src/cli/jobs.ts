/**
 * The `kortex` verbs for the robot's own work (docs/cli.md, "The robot's work"): the arm state, the
 * stored jobs, one run of a job followed to its end, Base Stop and ClearFaults; and the arm state
 * and job lines of `kortex watch`. None of this is a safety function: the robot's e-stop and
 * safety controller stay the safety.
 */
import { KortexError } from '../client/core/errors';
import { redact } from '../client/core/redact';
import { JobEvent, JobEventName, JobRunner } from '../client/jobs/jobRunner';
import { RobotJobEvent, jobBackend } from '../client/jobs/jobBackends';
import { getArmState, stopWatchingArmState, watchArmState } from '../client/services/base/armState';
import { clearFaults, stop } from '../client/services/base/stop';
import type { KortexSessionClient } from '../client/session/client';

/** `kortex run`'s exit codes beyond the CLI's own (0 success, 1 robot or connection error, 2 usage error). */
export const RUN_EXIT = { aborted: 3, SIGINT: 130, SIGTERM: 143 } as const;

/** How long a run stopped on exit may take to end on the robot once it accepted the stop. */
const STOP_WAIT_MS = 5000;

/** The one-shot verbs: each returns what `kortex` prints as JSON. */
export const WORK_COMMANDS: Record<string, (c: KortexSessionClient) => Promise<unknown>> = {
  state: async (c) => (await getArmState(c)).payload,
  jobs: async (c) => {
    const runner = new JobRunner(c);
    try {
      return await runner.list();
    } finally {
      runner.close();
    }
  },
  stop: async (c) => (await stop(c)).payload,
  'clear-faults': async (c) => (await clearFaults(c)).payload,
};

export interface RunOptions {
  /** A name, or a handle number. */
  job: string | number;
  /** On SIGINT, SIGTERM or a closed output: stop the job on the robot before exiting (default). */
  stopOnExit: boolean;
  callTimeoutMs: number;
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * `kortex run`: starts a stored job and prints one JSON line per job event until it ends. Resolves
 * with the exit code: 0 done, 3 aborted, 1 failed; 130 or 143 after SIGINT or SIGTERM (1 when the
 * stop on exit did not go through). The caller closes the client.
 */
export async function runJob(client: KortexSessionClient, o: RunOptions): Promise<number> {
  await client.openOnce();
  const runner = new JobRunner(client, { stopTimeoutMs: STOP_WAIT_MS, callTimeoutMs: o.callTimeoutMs });
  let signal: 'SIGINT' | 'SIGTERM' | undefined;
  let leave: ((code: number) => void) | undefined;
  let gone = false; // left before the run ended (--no-stop-on-exit, a second signal): its end is not ours to print
  const left = new Promise<number>((resolve) => (leave = resolve));
  const onSignal = (name: 'SIGINT' | 'SIGTERM'): void => {
    if (signal) return leave?.(RUN_EXIT[name]); // a second signal: leave at once
    signal = name;
    if (!o.stopOnExit) {
      o.err(`kortex: ${name}: leaving "${String(o.job)}" running on the robot (--no-stop-on-exit)`);
      return leave?.(RUN_EXIT[name]);
    }
    o.err(`kortex: ${name}: stopping "${String(o.job)}" on the robot`);
    runner.stop().catch((error: Error) => {
      o.err(`kortex: the stop was refused, the job may still be running: ${errorText(error)}`);
      leave?.(1);
    });
  };
  const onInt = (): void => onSignal('SIGINT');
  const onTerm = (): void => onSignal('SIGTERM');
  const onOutputError = (): void => onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  process.stdout.on('error', onOutputError);
  runner.on('job', (event) => o.out(JSON.stringify(event)));
  try {
    const run = await runner.start(o.job);
    return await Promise.race([left, run.finished.then((end) => (gone ? 1 : exitCode(end, signal, o.err)))]);
  } finally {
    gone = true;
    runner.removeAllListeners('job');
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    process.stdout.off('error', onOutputError);
    runner.close();
  }
}

function exitCode(end: JobEvent, signal: 'SIGINT' | 'SIGTERM' | undefined, err: (line: string) => void): number {
  if (end.event === 'done') return 0;
  if (end.event === 'aborted') {
    err(`kortex: aborted: ${redact(end.reason ?? end.code ?? 'by the robot')}`);
    return signal ? RUN_EXIT[signal] : RUN_EXIT.aborted;
  }
  err(`kortex: ${end.code ?? 'ERROR'}: ${redact(end.reason ?? 'the run failed')}`);
  return 1;
}

function errorText(error: Error): string {
  return `${error instanceof KortexError ? `${error.code}: ` : ''}${redact(error.message)}`;
}

const OWNER = 'kortex-cli-watch';

const EVENT_NAMES: Record<RobotJobEvent['kind'], JobEventName> = {
  start: 'started',
  pause: 'paused',
  resume: 'resumed',
  end: 'done',
  abort: 'aborted',
};

/**
 * `kortex watch`'s lines for the robot's work: `{"type":"arm-state",…}` on each arm state change and
 * `{"type":"job","event":…,"job":{name,handle}}` for every job's steps, whoever started it. The job
 * topics follow once the robot's generation is known (at once unless the transport is 'auto').
 * Returns what ends them.
 */
export function watchWork(client: KortexSessionClient, line: (value: unknown) => void): () => void {
  watchArmState(client, OWNER, (n) => line({ type: 'arm-state', ...n }));
  const names = new Map<number, string>();
  const paused = new Set<number>();
  let backend: ReturnType<typeof jobBackend> | undefined;
  // Lines keep the robot's order while a name is looked up.
  let printed = Promise.resolve();
  const name = async (handle: number): Promise<string | undefined> => {
    if (!names.has(handle) && backend) {
      const jobs = await backend.list().catch(() => []);
      for (const j of jobs) names.set(j.handle, j.name);
    }
    return names.get(handle);
  };
  const onRobotJob = (e: RobotJobEvent): void => {
    if (e.handle === undefined) return;
    const handle = e.handle;
    // Kortex 2 resumes a paused action with a new ACTION_START.
    const event = e.kind === 'start' && paused.has(handle) ? 'resumed' : EVENT_NAMES[e.kind];
    if (event === 'paused') paused.add(handle);
    else paused.delete(handle);
    const extra = { ...(e.code ? { code: e.code } : {}), ...(e.detail ? { detail: e.detail } : {}) };
    printed = printed.then(async () => line({ type: 'job', event, job: { name: (await name(handle)) ?? null, handle }, ...extra }));
  };
  const subscribe = (): void => {
    const generation = client.generation();
    if (backend || !generation) return;
    backend = jobBackend(client, generation);
    backend.watch(OWNER, onRobotJob);
  };
  subscribe();
  client.on('state', subscribe);
  return () => {
    client.off('state', subscribe);
    stopWatchingArmState(client, OWNER);
    backend?.unwatch(OWNER);
  };
}
