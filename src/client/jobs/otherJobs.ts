/**
 * The robot's jobs that are not a runner's own run: started from the pendant, by another client or
 * by another node (docs/sidebar.md, "The robot's work"). Only told, never acted on. Each claim is
 * read with the job's name from the robot's list; where the sender cannot be trusted (Kortex 3:
 * anyone on the robot's anonymous broker can publish its topics) it is told only once the robot's
 * own status agrees. One check at a time, the latest claim wins, and checks are spaced, so a flood
 * of claims costs the robot at most a few calls a second.
 */
import type { Clock, TimerHandle } from '../../util/clock';
import type { JobBackend, RobotJobEvent, StoredJob } from './jobBackends';

/** A job the robot runs (or ran) that is not ours. */
export interface OtherJob {
  handle: number;
  /** From the robot's list of stored jobs; absent when the list does not name the handle. */
  name?: string;
  state: 'running' | 'paused' | 'ended';
}

/** The least time between two checks (ms). */
const CHECK_SPACING_MS = 100;

export class OtherJobs {
  private names = new Map<number, string>();
  private pending: RobotJobEvent | undefined;
  private checking = false;
  private spacing: TimerHandle | undefined;
  private closed = false;

  constructor(
    private readonly backend: JobBackend,
    private readonly clock: Clock,
    private readonly tell: (job: OtherJob) => void,
    private readonly callOptions: () => { timeoutMs?: number },
  ) {}

  /** The robot's stored jobs as last read: their names. */
  remember(jobs: StoredJob[]): void {
    this.names = new Map(jobs.map((j) => [j.handle, j.name]));
  }

  /** A robot notification that was not the runner's run. */
  offer(event: RobotJobEvent): void {
    if (this.closed || event.handle === undefined) return;
    this.pending = event;
    if (!this.checking && !this.spacing) void this.next();
  }

  close(): void {
    this.closed = true;
    this.pending = undefined;
    this.clock.clearTimeout(this.spacing);
    this.spacing = undefined;
  }

  private async next(): Promise<void> {
    const event = this.pending;
    this.pending = undefined;
    if (!event || this.closed) return;
    this.checking = true;
    let job: OtherJob | undefined;
    try {
      job = await this.check(event);
    } catch {
      // The robot did not answer the check: nothing is told.
    } finally {
      this.checking = false;
    }
    if (this.closed) return;
    if (job) this.tell(job);
    this.spacing = this.clock.setTimeout(() => {
      this.spacing = undefined;
      void this.next();
    }, CHECK_SPACING_MS);
  }

  private async check(event: RobotJobEvent): Promise<OtherJob | undefined> {
    const handle = event.handle as number;
    if (!this.names.has(handle)) this.remember(await this.backend.list(this.callOptions()));
    const name = this.names.get(handle);
    const state = event.kind === 'pause' ? 'paused' : event.kind === 'start' || event.kind === 'resume' ? 'running' : 'ended';
    if (this.backend.stillRuns) {
      // Stryker disable next-line StringLiteral: equivalent, the robot's status is matched by the handle alone
      const runs = await this.backend.stillRuns({ handle, name: name ?? '' }, this.callOptions());
      if (runs !== (state !== 'ended')) return undefined;
    }
    return { handle, ...(name !== undefined ? { name } : {}), state };
  }
}
