/**
 * What the robot-work nodes report for the sidebar card (nodes/lib/robotWorkView.ts) and the card's
 * rows (nodes/admin/workCard.ts): which abort belongs to a fault, which job shows, what a node's
 * leaving takes with it, and robot texts bounded.
 */
import assert from 'node:assert/strict';
import type { JobEvent } from '../../src/client/jobs/jobRunner';
import { ArmReport, RobotWorkView } from '../../nodes/lib/robotWorkView';
import { workOnCard } from '../../nodes/admin/workCard';

const READY: ArmReport = { state: 'ARMSTATE_SERVOING_READY', ready: true, faulted: false };
const FAULT: ArmReport = { state: 'ARMSTATE_IN_FAULT', ready: false, faulted: true };

function job(event: JobEvent['event'], name = 'Palletize', extra: Partial<JobEvent> = {}): JobEvent {
  return { event, job: { name, handle: 2 }, ...extra };
}

describe('sidebar card: the robot-work reports', () => {
  let now = 1_000_000;
  const view = (): RobotWorkView => new RobotWorkView(() => now);

  it('a fault takes the job the robot aborted, told after the fault or just before it; a manual stop long before is not its job', () => {
    const after = view();
    after.reportArm('state', READY);
    after.reportJob('jobs', job('started'));
    after.reportArm('state', FAULT);
    after.reportJob(
      'jobs',
      job('aborted', 'Palletize', { code: 'ROBOT_IN_FAULT', reason: '"Palletize" aborted by the robot (ROBOT_IN_FAULT)' }),
    );
    assert.deepEqual(after.snapshot().fault, {
      state: 'ARMSTATE_IN_FAULT',
      since: now,
      job: 'Palletize',
      code: 'ROBOT_IN_FAULT',
      reason: '"Palletize" aborted by the robot (ROBOT_IN_FAULT)',
    });
    assert.equal(after.snapshot().job, undefined, 'the aborted job no longer runs');

    const before = view();
    before.reportJob('jobs', job('started'));
    before.reportJob('jobs', job('aborted', 'Palletize', { code: 'FAILED' }));
    now += 500;
    before.reportArm('state', FAULT);
    assert.equal(before.snapshot().fault?.code, 'FAILED');

    const stale = view();
    stale.reportJob('jobs', job('started'));
    stale.reportJob('jobs', job('aborted', 'Palletize', { code: 'CONTROL_MANUAL_STOP' }));
    now += 60_000;
    stale.reportArm('state', FAULT);
    assert.deepEqual(stale.snapshot().fault, { state: 'ARMSTATE_IN_FAULT', since: now }, 'a stop a minute earlier is not the fault');
    // A refused start while in fault is ours (failed), not an abort of the robot's.
    stale.reportJob('jobs', job('failed', 'Palletize', { code: 'ERROR_DEVICE/ROBOT_IN_FAULT' }));
    assert.equal(stale.snapshot().fault?.job, undefined);
    stale.reportArm('state', READY);
    assert.equal(stale.snapshot().fault, undefined, 'cleared with a healthy arm');
  });

  it('shows the job changed last; a paused job keeps its start; a node leaving takes its reports, the last arm reporter the arm', () => {
    const v = view();
    v.reportArm('state1', READY);
    v.reportArm('state2', READY);
    v.reportJob('jobsA', job('started', 'Pick part'));
    const startedAt = now;
    now += 3000;
    v.reportJob('jobsA', job('paused', 'Pick part'));
    assert.deepEqual(v.snapshot().job, { name: 'Pick part', state: 'paused', since: startedAt });
    v.reportJob('jobsB', job('started', 'Palletize'));
    assert.equal(v.snapshot().job?.name, 'Palletize');
    v.forget('jobsB');
    assert.equal(v.snapshot().job?.name, 'Pick part');
    v.reportJob('jobsA', job('done', 'Pick part'));
    assert.equal(v.snapshot().job, undefined);

    v.forget('state1');
    assert.ok(v.snapshot().arm, 'another robot-state node still hears the arm');
    v.forget('state2');
    assert.deepEqual(v.snapshot(), {});
  });

  it("a job the robot runs that no node started: shown marked elsewhere until it ends; a node's own run goes first; a lost session or a leaving node takes it", () => {
    const v = view();
    v.reportArm('state', READY);
    v.reportOtherJob('jobs', { handle: 3, name: 'Teach pendant cycle', state: 'running' });
    const since = now;
    assert.deepEqual(v.snapshot().job, { name: 'Teach pendant cycle', state: 'running', since, elsewhere: true });
    now += 2000;
    v.reportOtherJob('jobs', { handle: 3, name: 'Teach pendant cycle', state: 'paused' });
    assert.deepEqual(v.snapshot().job, { name: 'Teach pendant cycle', state: 'paused', since, elsewhere: true }, 'paused keeps its start');
    assert.deepEqual(workOnCard(v.snapshot(), now)?.job, { name: 'Teach pendant cycle', state: 'paused', forMs: 2000, elsewhere: true });
    v.reportOtherJob('jobs', { handle: 3, name: 'Teach pendant cycle', state: 'ended' });
    assert.equal(v.snapshot().job, undefined);

    v.reportOtherJob('jobsB', { handle: 4, state: 'running' });
    assert.equal(v.snapshot().job?.name, '#4', 'a handle the list does not name');
    v.reportJob('jobs', job('started', 'Pick part'));
    assert.deepEqual(v.snapshot().job, { name: 'Pick part', state: 'running', since: now }, "a node's own run goes first");
    v.reportJob('jobs', job('done', 'Pick part'));
    assert.equal(v.snapshot().job?.name, '#4');
    v.reportOtherJob('jobsB', undefined);
    assert.equal(v.snapshot().job, undefined, 'the session was lost: no longer known');
    v.reportOtherJob('jobsB', { handle: 5, name: 'x'.repeat(1000), state: 'running' });
    assert.ok((v.snapshot().job?.name.length ?? 0) <= 100, 'bounded');
    v.forget('jobsB');
    assert.equal(v.snapshot().job, undefined);
  });

  it('bounds robot texts, and a listener that throws does not stop the report', () => {
    const v = view();
    let heard = 0;
    v.subscribe(() => {
      throw new Error('a broken listener');
    });
    v.subscribe(() => heard++);
    v.reportArm('state', FAULT);
    v.reportJob('jobs', job('aborted', 'x'.repeat(10_000), { code: 'C'.repeat(1000), reason: 'r'.repeat(10_000) }));
    const fault = v.snapshot().fault;
    assert.ok(
      (fault?.job?.length ?? 0) <= 100 && (fault?.code?.length ?? 0) <= 64 && (fault?.reason?.length ?? 0) <= 240,
      JSON.stringify(fault).length.toString(),
    );
    assert.equal(heard, 2);
  });

  it('the card: arm activity from the arm and the job, ages from the report times, nothing without reports', () => {
    assert.equal(workOnCard({}, now), undefined);
    const since = now - 4000;
    assert.deepEqual(workOnCard({ arm: READY, job: { name: 'Pick part', state: 'running', since } }, now), {
      arm: { state: 'SERVOING_READY', activity: 'running' },
      job: { name: 'Pick part', state: 'running', forMs: 4000 },
    });
    assert.deepEqual(workOnCard({ arm: FAULT, fault: { state: 'ARMSTATE_IN_FAULT', since, job: 'Pick part', code: 'FAILED' } }, now), {
      arm: { state: 'IN_FAULT', activity: 'fault' },
      fault: { state: 'IN_FAULT', forMs: 4000, job: 'Pick part', code: 'FAILED' },
    });
    assert.deepEqual(workOnCard({ arm: { state: 'ARMSTATE_INITIALIZATION', ready: false, faulted: false } }, now)?.arm, {
      state: 'INITIALIZATION',
      activity: 'other',
    });
  });
});
