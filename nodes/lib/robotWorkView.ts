/**
 * What the robot-work nodes on one pooled client have heard of the robot's own work, for the
 * editor's sidebar card (nodes/admin/workCard.ts): the arm state kortex-robot-state last heard, the
 * job a kortex-run-job node runs now, and the active fault with the job it aborted. Fed only from
 * what deployed nodes already hear on their own subscriptions, so the sidebar adds no robot
 * subscription of its own (docs/sidebar.md). Each node reports under its own id and takes its
 * reports back when it closes. Robot texts (job names, reasons) are hostile bytes: bounded here.
 */
import { redact } from '../../src/client/core/redact';
import type { KortexSessionClient } from '../../src/client/session/client';
import type { ArmStateName } from '../../src/client/services/base/armState';
import type { JobEvent, OtherJob } from '../../src/client/jobs/jobRunner';

/** The arm state as kortex-robot-state judged it (msg.ready, msg.faulted). */
export interface ArmReport {
  state: ArmStateName;
  ready: boolean;
  faulted: boolean;
}

/** The job a kortex-run-job node runs now: from its `started` until its done, aborted or failed. */
export interface JobReport {
  name: string;
  state: 'running' | 'paused';
  /** When the robot started it (ms, Date.now). */
  since: number;
  /** Not a kortex-run-job node's run: started from the pendant, by another client or another flow. */
  elsewhere?: true;
}

/** The arm's fault while the arm state says so; the job it aborted when the robot told one. */
export interface FaultReport {
  /** The arm state, e.g. ARMSTATE_IN_FAULT. */
  state: ArmStateName;
  /** When the arm was first heard in this fault (ms, Date.now). */
  since: number;
  job?: string;
  /** The robot's abort code (Kortex 2's abort details, Kortex 3's FAILED or STOPPED). */
  code?: string;
  /** The run's reason in words (redacted, bounded). */
  reason?: string;
}

export interface RobotWork {
  arm?: ArmReport;
  job?: JobReport;
  fault?: FaultReport;
}

/** Longest robot text kept (job names, codes, reasons): a card is small, the robot's bytes are not. */
const MAX_NAME = 100;
const MAX_CODE = 64;
const MAX_REASON = 240;
/**
 * The robot tells the arm state and the job's abort on different topics, in an order not documented
 * (docs/protocol.md, question 24): an abort this recent when the fault is heard belongs to it.
 */
const ABORT_BEFORE_FAULT_MS = 2_000;

function bounded(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

interface Abort {
  job: string;
  code?: string;
  reason?: string;
  at: number;
}

export class RobotWorkView {
  private arm: ArmReport | undefined;
  private readonly armReporters = new Set<string>();
  /** Per run-job node; the last one changed is shown (the arm runs one job at a time). */
  private readonly jobs = new Map<string, JobReport>();
  /** Per run-job node, the robot's job it heard of that is not its own run (shown when no node runs one). */
  private readonly others = new Map<string, JobReport>();
  private fault: FaultReport | undefined;
  private lastAbort: Abort | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly now: () => number = Date.now) {}

  /** What is known now; empty when no robot-work node has reported. */
  snapshot(): RobotWork {
    const jobs = [...this.jobs.values()];
    const others = [...this.others.values()];
    const job = jobs[jobs.length - 1] ?? others[others.length - 1];
    return {
      ...(this.arm ? { arm: { ...this.arm } } : {}),
      ...(job ? { job: { ...job } } : {}),
      ...(this.fault ? { fault: { ...this.fault } } : {}),
    };
  }

  /** Hears every change; the returned function stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** A robot-state node heard the arm state; undefined: it can no longer hear it (session lost). */
  reportArm(reporter: string, arm: ArmReport | undefined): void {
    this.armReporters.add(reporter);
    this.arm = arm ? { state: arm.state, ready: arm.ready, faulted: arm.faulted } : undefined;
    if (!arm?.faulted) this.fault = undefined;
    else if (this.fault?.state !== arm.state) {
      const at = this.now();
      const abort = this.lastAbort && at - this.lastAbort.at <= ABORT_BEFORE_FAULT_MS ? this.lastAbort : undefined;
      this.fault = { state: arm.state, since: this.fault?.since ?? at, ...(abort ? aborted(abort) : {}) };
    }
    this.changed();
  }

  /** A run-job node's job event. */
  reportJob(reporter: string, event: JobEvent): void {
    const name = bounded(String(event.job.name), MAX_NAME);
    const previous = this.jobs.get(reporter);
    this.jobs.delete(reporter); // re-inserted below: the last changed is the one shown
    if (event.event === 'started' || event.event === 'resumed' || event.event === 'paused') {
      this.others.delete(reporter); // the arm runs one job: ours now
      const state = event.event === 'paused' ? 'paused' : 'running';
      const since = previous?.name === name ? previous.since : this.now();
      this.jobs.set(reporter, { name, state, since });
    } else if (event.event === 'aborted') {
      // The robot ended the run (a failed one is ours: a refused start, a timeout, a lost session).
      const abort: Abort = {
        job: name,
        ...(event.code !== undefined ? { code: bounded(String(event.code), MAX_CODE) } : {}),
        ...(event.reason !== undefined ? { reason: bounded(redact(String(event.reason)), MAX_REASON) } : {}),
        at: this.now(),
      };
      this.lastAbort = abort;
      if (this.fault && this.fault.job === undefined) Object.assign(this.fault, aborted(abort));
    }
    this.changed();
  }

  /** A run-job node heard of a job of the robot's that is not its run; undefined: it can no longer hear (session lost). */
  reportOtherJob(reporter: string, job: OtherJob | undefined): void {
    const previous = this.others.get(reporter);
    this.others.delete(reporter);
    if (job && job.state !== 'ended') {
      const name = bounded(job.name ?? `#${job.handle}`, MAX_NAME);
      const since = previous?.name === name ? previous.since : this.now();
      this.others.set(reporter, { name, state: job.state, since, elsewhere: true });
    }
    if (previous || this.others.has(reporter)) this.changed();
  }

  /** The node closed: its reports go with it. */
  forget(reporter: string): void {
    const hadOther = this.others.delete(reporter);
    const hadJob = this.jobs.delete(reporter) || hadOther;
    const hadArm = this.armReporters.delete(reporter);
    if (hadArm && this.armReporters.size === 0) {
      this.arm = undefined;
      this.fault = undefined;
    }
    if (hadJob || hadArm) this.changed();
  }

  private changed(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // A broken listener (the sidebar) must not break the node that reported.
      }
    }
  }
}

function aborted(abort: Abort): Pick<FaultReport, 'job' | 'code' | 'reason'> {
  return { job: abort.job, ...(abort.code ? { code: abort.code } : {}), ...(abort.reason ? { reason: abort.reason } : {}) };
}

const views = new WeakMap<KortexSessionClient, RobotWorkView>();

/** The view of a client (created on first use; it lives as long as the client does). */
export function robotWorkView(client: KortexSessionClient): RobotWorkView {
  let view = views.get(client);
  if (!view) {
    view = new RobotWorkView();
    views.set(client, view);
  }
  return view;
}
