/**
 * The robot's own work on a sidebar card (docs/sidebar.md): the arm state, the active fault and the
 * running job, from what the deployed robot-work nodes heard (nodes/lib/robotWorkView.ts). Pure:
 * no timers, no I/O. A row is there only when a node on that robot has the information.
 */
import type { RobotWork } from '../lib/robotWorkView';
import { shortArmState } from '../lib/robotWork';

/** What the arm is doing, in one word: in fault, running or pausing a job, ready, or another state (its name). */
export type ArmActivity = 'fault' | 'running' | 'paused' | 'ready' | 'other';

export interface WorkOnCard {
  /** From a kortex-robot-state node. */
  arm?: { state: string; activity: ArmActivity };
  /** While the arm state is a fault: the state, for how long, and the job it aborted when the robot told one. */
  fault?: { state: string; forMs: number; job?: string; code?: string; reason?: string };
  /** From a kortex-run-job node, while its job runs or is paused; `elsewhere`: a job it did not start. */
  job?: { name: string; state: 'running' | 'paused'; forMs: number; elsewhere?: true };
}

/** The card's rows; undefined when no robot-work node has reported anything. */
export function workOnCard(work: RobotWork, now: number): WorkOnCard | undefined {
  const card: WorkOnCard = {};
  const { arm, job, fault } = work;
  if (arm) {
    const activity: ArmActivity = arm.faulted ? 'fault' : job ? job.state : arm.ready ? 'ready' : 'other';
    card.arm = { state: shortArmState(String(arm.state)), activity };
  }
  if (fault) {
    card.fault = {
      state: shortArmState(String(fault.state)),
      forMs: Math.max(0, now - fault.since),
      ...(fault.job !== undefined ? { job: fault.job } : {}),
      ...(fault.code !== undefined ? { code: fault.code } : {}),
      ...(fault.reason !== undefined ? { reason: fault.reason } : {}),
    };
  }
  if (job)
    card.job = { name: job.name, state: job.state, forMs: Math.max(0, now - job.since), ...(job.elsewhere ? { elsewhere: true } : {}) };
  return card.arm || card.fault || card.job ? card : undefined;
}
