/**
 * One run of one stored job, driven only by the robot's own notifications and the answers to our
 * calls (docs/architecture.md, "Jobs"): the start call, then the robot's start, pause, resume, end
 * or abort of this run's job handle. A notification naming another handle (a forged or stale one,
 * or another client's job) changes nothing and is counted. Where anyone may publish the robot's
 * notifications (Kortex 3's broker), an end is believed only once the robot says the job no longer
 * runs (docs/security.md). Timers run on the caller's clock.
 *
 * Consistency rule: the state is set (and the run's promise settled) before its event is emitted,
 * so a listener may call stop() or start another job from inside it.
 */
import { EventEmitter } from 'node:events';
import type { Clock, TimerHandle } from '../../util/clock';
import { KortexError } from '../core/errors';
import type { JobBackend, JobRef, RobotJobEvent } from './jobBackends';
import { JobState, JobStateMachine, isFinal } from './jobStates';

/**
 * When a claimed end is checked with the robot (ms after the claim): a robot may answer its status a
 * moment behind its own event. A claim the robot still contradicts at the last is counted (refusedEnds).
 */
const END_CHECKS_MS = [0, 100, 250, 500];
/** After the last of those, while the claim stands: its real end is then heard within this. */
const END_RECHECK_MS = 1000;

export type JobEventName = 'started' | 'paused' | 'resumed' | 'done' | 'aborted' | 'failed';

export interface JobEvent {
  event: JobEventName;
  job: JobRef;
  /** aborted, failed: why, in words (aborted: the robot's reason; failed: ours). */
  reason?: string;
  /** aborted: the robot's code (K2 abort_details, K3 'FAILED' or 'STOPPED'); failed: the KortexError's code. */
  code?: string;
  /** done (the cycle time), aborted: from the robot's start event (or our start call) on the caller's clock. */
  durationMs?: number;
}

export interface JobTimeouts {
  /** From the robot's answer to the start call until its start event. */
  startTimeoutMs: number;
  /** From the robot's answer to our stop until it ends the run. */
  stopTimeoutMs: number;
  /** Each call's own timeout; the client's request timeout when unset. */
  callTimeoutMs?: number;
}

export interface JobEventMap {
  job: [event: JobEvent];
}

export class Job extends EventEmitter<JobEventMap> {
  private readonly machine = new JobStateMachine();
  private timer: TimerHandle | undefined;
  private startedAt: number | undefined;
  private stopAsked = false;
  private dropped = 0;
  private refused = 0;
  /** A claimed end waiting for the robot's confirmation, and the next check of it. */
  private claim: RobotJobEvent | undefined;
  private checking = false;
  private checkTimer: TimerHandle | undefined;
  private settle!: (event: JobEvent) => void;
  /** The run's last event (done, aborted or failed); never rejects. */
  readonly finished = new Promise<JobEvent>((resolve) => (this.settle = resolve));

  constructor(
    readonly job: JobRef,
    private readonly backend: JobBackend,
    private readonly clock: Clock,
    private readonly o: JobTimeouts,
  ) {
    super();
  }

  get state(): JobState {
    return this.machine.state;
  }

  /** Robot notifications that named another job handle than this run's: dropped. */
  get droppedNotifications(): number {
    return this.dropped;
  }

  /** Sends the start call (idle → starting); its refusal fails the run with the robot's error. */
  begin(): void {
    this.machine.enter('starting');
    this.startedAt = this.clock.now();
    this.backend.start(this.job, this.callOptions()).then(
      () => {
        if (this.state !== 'starting') return; // the start event came first, or the run ended
        this.arm(this.o.startTimeoutMs, `the robot accepted the start but did not start "${this.job.name}"`);
      },
      (error: Error) => this.fail(error),
    );
  }

  /** One notification of the robot's jobs: true when it was this run's. */
  notify(event: RobotJobEvent): boolean {
    if (event.handle !== this.job.handle) {
      this.dropped++;
      return false;
    }
    const state = this.state;
    // Stryker disable next-line BooleanLiteral: equivalent, the runner lets go of a run at its final event, so no notification reaches a finished run
    if (isFinal(state)) return true;
    if (event.kind === 'start' && state === 'starting') {
      this.startedAt = this.clock.now();
      this.move('running', { event: 'started', job: this.job });
    } else if ((event.kind === 'resume' || event.kind === 'start') && state === 'paused') {
      this.move('running', { event: 'resumed', job: this.job }); // K2 resumes with a new ACTION_START
    } else if (event.kind === 'pause' && state === 'running') {
      this.move('paused', { event: 'paused', job: this.job });
    } else if (event.kind === 'end' || event.kind === 'abort') {
      this.claimEnd(event);
    }
    return true;
  }

  /** Claimed ends the robot still contradicted 500 ms later (a stranger's, or a robot slow to say so). */
  get refusedEnds(): number {
    return this.refused;
  }

  /** An end the robot's word on its own job settles at once; elsewhere (backend.stillRuns) the robot is asked first. */
  private claimEnd(event: RobotJobEvent): void {
    if (!this.backend.stillRuns) return this.end(event);
    // An abort outranks an end: when a forged claim races the robot's own, the cell hears the safer one.
    if (!this.claim || event.kind === 'abort') this.claim = event;
    if (this.checkTimer === undefined && !this.checking) void this.checkEnd(0);
  }

  private async checkEnd(attempt: number): Promise<void> {
    this.checkTimer = undefined;
    this.checking = true;
    let runs: boolean;
    try {
      runs = await this.backend.stillRuns!(this.job, this.callOptions());
    } catch {
      runs = false; // the robot cannot be asked (its link is going): take the claim; a lost link fails the run anyway
    }
    // Stryker disable next-line BooleanLiteral: equivalent, after a check the run has ended or the next check is armed in the same turn, so no claim meets a stale flag
    this.checking = false;
    const claim = this.claim;
    if (isFinal(this.state) || !claim) return void (this.claim = undefined);
    if (!runs) {
      this.claim = undefined;
      return this.end(claim);
    }
    if (attempt === END_CHECKS_MS.length - 1) this.refused++; // still running: not the robot's claim, or the robot is slow
    const delayMs = attempt + 1 < END_CHECKS_MS.length ? END_CHECKS_MS[attempt + 1] - END_CHECKS_MS[attempt] : END_RECHECK_MS;
    // The claim stays until the robot confirms an end, so a robot that answers its status late only delays the end.
    this.checkTimer = this.clock.setTimeout(() => void this.checkEnd(attempt + 1), delayMs);
  }

  private end(event: RobotJobEvent): void {
    if (event.kind === 'end') {
      this.move('done', { event: 'done', job: this.job, durationMs: this.elapsed() });
      return;
    }
    // Stryker disable next-line StringLiteral: equivalent, every abort the backends make carries a code (Kortex 2's abort_details decodes to a name even when absent)
    const code = event.code ?? 'UNKNOWN';
    const who = this.stopAsked ? 'stopped at our request' : 'aborted by the robot';
    const reason = `"${this.job.name}" ${who} (${code}${event.detail ? `: ${event.detail}` : ''})`;
    this.move('aborted', { event: 'aborted', job: this.job, reason, code, durationMs: this.elapsed() });
  }

  /** Asks the robot to pause; the run is 'paused' when the robot says so. */
  pause(): Promise<void> {
    return this.ask(['running'], 'pause', () => this.backend.pause(this.callOptions()));
  }

  /** Asks the robot to resume; the run is 'running' again when the robot says so. */
  resume(): Promise<void> {
    return this.ask(['paused'], 'resume', () => this.backend.resume(this.callOptions()));
  }

  /** Asks the robot to stop; once it agrees the run is 'stopping', and 'aborted' when it ends the run. */
  async stop(): Promise<void> {
    if (this.state === 'stopping' || isFinal(this.state)) return;
    this.stopAsked = true;
    await this.ask(['starting', 'running', 'paused'], 'stop', () => this.backend.stop(this.callOptions()));
    if (!this.machine.canEnter('stopping')) return; // ended meanwhile
    this.machine.enter('stopping');
    this.arm(this.o.stopTimeoutMs, `the robot accepted the stop but did not end "${this.job.name}"`);
  }

  /** The session is gone: the run fails (DISCONNECTED); the robot may still run the job. Never restarted. */
  lost(cause: Error | undefined): void {
    if (isFinal(this.state)) return;
    const why = cause ? ` (${cause.message})` : '';
    const error = new KortexError(
      `the session was lost during "${this.job.name}"${why}; the robot may still be running it, and it will not be restarted`,
      { kind: 'DISCONNECTED', ...(cause ? { cause } : {}) },
    );
    this.fail(error);
  }

  /** The runner was closed: the run fails (CLOSED), as it can no longer be heard; the robot may still run the job. */
  abandon(): void {
    this.fail(
      new KortexError(`the job runner was closed during "${this.job.name}"; the robot may still be running it`, { kind: 'CLOSED' }),
    );
  }

  private fail(error: Error): void {
    if (isFinal(this.state)) return;
    // Stryker disable next-line StringLiteral: equivalent, every error that reaches a run is a KortexError (the client's calls fail only with one; timers, losses and close make one)
    const code = error instanceof KortexError ? error.code : 'ERROR';
    this.move('failed', { event: 'failed', job: this.job, reason: error.message, code });
  }

  private async ask(allowed: JobState[], what: string, call: () => Promise<unknown>): Promise<void> {
    if (!allowed.includes(this.state)) {
      throw new KortexError(`cannot ${what} "${this.job.name}" while it is ${this.state}`, { kind: 'INVALID_INPUT' });
    }
    await call();
  }

  /** Enters `state` (its timer gone, the promise settled when final), then tells listeners. */
  private move(state: JobState, event: JobEvent): void {
    this.machine.enter(state);
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (isFinal(state)) {
      this.clock.clearTimeout(this.checkTimer);
      this.checkTimer = undefined;
      this.claim = undefined;
      this.settle(event);
    }
    this.emit('job', event);
  }

  private arm(delayMs: number, what: string): void {
    this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.fail(new KortexError(`${what} within ${delayMs} ms`, { kind: 'TIMEOUT' }));
    }, delayMs);
  }

  private elapsed(): number | undefined {
    return this.startedAt === undefined ? undefined : this.clock.now() - this.startedAt;
  }

  private callOptions(): { timeoutMs?: number } {
    return this.o.callTimeoutMs === undefined ? {} : { timeoutMs: this.o.callTimeoutMs };
  }
}
