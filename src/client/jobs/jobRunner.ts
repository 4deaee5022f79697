/**
 * The robot's own work, one run at a time, over one robot client (what nodes and the CLI use):
 * list the stored jobs (Kortex 2's actions, Kortex 3's programs) in one shape, start one by name
 * or handle, pause, resume or stop it, and hear each step as a `job` event. A second start while a
 * run is on is refused (BUSY), never queued. The job topics are subscribed with the runner's own
 * owner id as soon as the robot's generation is known, so they are live before any start.
 *
 * A lost session fails the run (DISCONNECTED): we can no longer hear it, though the robot may
 * still run it. Nothing is restarted after a reconnect.
 */
import { EventEmitter } from 'node:events';
import type { CallerStateEvent, ServiceCaller } from '../services/caller';
import { KortexError } from '../core/errors';
import { Job, JobEvent, JobEventMap } from './job';
import { JobBackend, RobotJobEvent, StoredJob, jobBackend } from './jobBackends';
import { OtherJob, OtherJobs } from './otherJobs';

export type { Job, JobEvent, JobEventName } from './job';
export type { JobRef, StoredJob } from './jobBackends';
export type { JobState } from './jobStates';
export type { OtherJob } from './otherJobs';

export interface JobRunnerEventMap extends JobEventMap {
  /** A job of the robot's that is not this runner's run; undefined: the session was lost, what runs is no longer known. */
  otherJob: [job: OtherJob | undefined];
}

export interface JobRunnerOptions {
  /** The runner's owner id for its subscriptions (a node's id); one of its own by default. */
  ownerId?: string;
  /** From the robot's answer to the start call until its start event. Default 5000 ms. */
  startTimeoutMs?: number;
  /** From the robot's answer to our stop until it ends the run. Default 10000 ms. */
  stopTimeoutMs?: number;
  /** Each call's timeout; the client's request timeout when unset. */
  callTimeoutMs?: number;
}

/** Session states in which the run can no longer be heard ('closed' only ever follows 'closing': told once). */
const LOST_STATES = new Set(['reconnecting', 'released', 'closing']);

let runners = 0;

export class JobRunner extends EventEmitter<JobRunnerEventMap> {
  private readonly ownerId: string;
  private backend: JobBackend | undefined;
  private others: OtherJobs | undefined;
  private run: Job | undefined;
  /** What a start() being resolved asked for: a second start is refused meanwhile too. */
  private reserved: string | undefined;
  private droppedCount = 0;
  private closed = false;
  private readonly onState = (event: CallerStateEvent): void => this.sessionState(event);

  constructor(
    private readonly caller: ServiceCaller,
    private readonly o: JobRunnerOptions = {},
  ) {
    super();
    // Stryker disable next-line UpdateOperator: equivalent, counting down keeps each runner's id its own as well
    this.ownerId = o.ownerId ?? `kortex-jobs-${++runners}`;
    caller.on('state', this.onState);
    if (caller.generation()) this.watching();
  }

  /** The run on now (from start() until its done, aborted or failed event). */
  get current(): Job | undefined {
    return this.run;
  }

  /** Robot notifications about jobs that were not the current run's (forged, stale, or another client's). */
  get droppedNotifications(): number {
    return this.droppedCount;
  }

  /** The robot's stored jobs, in one shape for both generations. */
  async list(): Promise<StoredJob[]> {
    const jobs = await this.watching().list(this.callOptions());
    this.others?.remember(jobs);
    return jobs;
  }

  /**
   * Starts a stored job by name or handle and resolves with its run once the start call went out
   * (its progress: the `job` events, and `run.finished`). Rejects with BUSY while a run is on,
   * NOT_FOUND for a job the robot does not have, UNSUPPORTED before the robot's generation is known.
   */
  async start(nameOrHandle: string | number): Promise<Job> {
    if (this.closed) throw new KortexError('the job runner is closed', { kind: 'CLOSED' });
    const busyWith = this.run?.job.name ?? this.reserved;
    if (busyWith !== undefined) throw new KortexError(`a job is running: ${busyWith}`, { kind: 'BUSY' });
    this.reserved = String(nameOrHandle);
    try {
      const backend = this.watching();
      const jobs = await backend.list(this.callOptions());
      this.others?.remember(jobs);
      const stored = jobs.find((j) => (typeof nameOrHandle === 'number' ? j.handle === nameOrHandle : j.name === nameOrHandle));
      if (!stored) throw new KortexError(`the robot has no stored job ${JSON.stringify(nameOrHandle)}`, { kind: 'NOT_FOUND' });
      if (this.closed) throw new KortexError('the job runner is closed', { kind: 'CLOSED' });
      const run = new Job({ name: stored.name, handle: stored.handle }, backend, this.caller.clock(), {
        startTimeoutMs: this.o.startTimeoutMs ?? 5000,
        stopTimeoutMs: this.o.stopTimeoutMs ?? 10000,
        ...(this.o.callTimeoutMs === undefined ? {} : { callTimeoutMs: this.o.callTimeoutMs }),
      });
      this.run = run;
      // The runner hears the run first: it lets go of a finished run before anyone hears its end.
      run.on('job', (event) => this.relay(run, event));
      run.begin();
      return run;
    } finally {
      this.reserved = undefined;
    }
  }

  stop(): Promise<void> {
    return this.withRun('stop', (run) => run.stop());
  }

  pause(): Promise<void> {
    return this.withRun('pause', (run) => run.pause());
  }

  resume(): Promise<void> {
    return this.withRun('resume', (run) => run.resume());
  }

  /** Lets go of the job topics and the client's events; a run on now fails (CLOSED): it can no longer be heard. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.caller.off('state', this.onState);
    this.backend?.unwatch(this.ownerId);
    this.others?.close();
    this.run?.abandon();
  }

  /** The generation's backend, its topics subscribed; throws UNSUPPORTED before the generation is known. */
  private watching(): JobBackend {
    if (this.backend) return this.backend;
    const generation = this.caller.generation();
    if (!generation) throw new KortexError(`the robot's generation is not known until it was reached once`, { kind: 'UNSUPPORTED' });
    const backend = jobBackend(this.caller, generation);
    this.others = new OtherJobs(
      backend,
      this.caller.clock(),
      (job) => this.emit('otherJob', job),
      () => this.callOptions(),
    );
    backend.watch(this.ownerId, (event) => this.robotEvent(event));
    return (this.backend = backend);
  }

  private robotEvent(event: RobotJobEvent): void {
    if (this.run?.notify(event)) return;
    this.droppedCount++;
    this.others?.offer(event);
  }

  private sessionState(event: CallerStateEvent): void {
    if (LOST_STATES.has(event.state)) {
      this.run?.lost(event.error);
      this.emit('otherJob', undefined);
    } else if (!this.backend && !this.closed && this.caller.generation()) {
      this.watching(); // an 'auto' transport has just probed: subscribe before the login's replay
    }
  }

  private relay(run: Job, event: JobEvent): void {
    if (this.run === run && (event.event === 'done' || event.event === 'aborted' || event.event === 'failed')) this.run = undefined;
    this.emit('job', event);
  }

  private withRun(what: string, act: (run: Job) => Promise<void>): Promise<void> {
    if (!this.run) return Promise.reject(new KortexError(`no job is running to ${what}`, { kind: 'INVALID_INPUT' }));
    return act(this.run);
  }

  private callOptions(): { timeoutMs?: number } {
    return this.o.callTimeoutMs === undefined ? {} : { timeoutMs: this.o.callTimeoutMs };
  }
}
