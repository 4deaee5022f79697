/**
 * The robot's stored work, one list for both generations: Kortex 2 shows it as Base actions,
 * Kortex 3 as ProgramRunner programs. Identifiers count from 1 in the order given.
 */
import { ErrorCode, SubErrorCode } from '../../../protocol/errors';
import type { StoredJobOption } from '../../robot/modelTypes';
import { RequestError } from '../../robot/responses';
import type { ServiceRobot, ServiceStateKey } from '../serviceTypes';

export interface StoredJob {
  readonly identifier: number;
  readonly name: string;
  readonly durationMs: number;
}

const DEFAULT_JOBS: readonly StoredJobOption[] = [
  { name: 'Home', durationMs: 1000 },
  { name: 'Pick part', durationMs: 3000 },
  { name: 'Place part', durationMs: 3000 },
];

/** Read and checked once per robot, on first use. */
const STORED_JOBS: ServiceStateKey<{ list?: readonly StoredJob[] }> = { create: () => ({}) };

/** Checks a `jobs` option; throws on an empty list, a bad name or duration. */
export function checkedJobs(jobs: readonly StoredJobOption[] | undefined): readonly StoredJob[] {
  const given = jobs ?? DEFAULT_JOBS;
  if (given.length === 0) throw new Error('jobs must name at least one job');
  return given.map((job, i) => {
    if (typeof job.name !== 'string' || job.name.trim() === '') throw new Error(`job ${i + 1} needs a name`);
    if (!Number.isInteger(job.durationMs) || job.durationMs < 1 || job.durationMs > 86_400_000)
      throw new Error(`job '${job.name}' needs a duration from 1 to 86400000 ms, got ${job.durationMs}`);
    return { identifier: i + 1, name: job.name, durationMs: job.durationMs };
  });
}

export function storedJobs(robot: ServiceRobot): readonly StoredJob[] {
  const state = robot.state(STORED_JOBS);
  state.list ??= checkedJobs(robot.options.jobs);
  return state.list;
}

/** The stored job `identifier` names; ERROR_DEVICE/ENTITY_NOT_FOUND when there is none. */
export function storedJob(robot: ServiceRobot, identifier: number, what: string): StoredJob {
  const job = storedJobs(robot).find((j) => j.identifier === identifier);
  if (!job) throw new RequestError(ErrorCode.ERROR_DEVICE, SubErrorCode.ENTITY_NOT_FOUND, `no ${what} with identifier ${identifier}`);
  return job;
}

/** `--jobs "Name:ms,Name:ms"` as a `jobs` option. */
export function parseJobList(text: string): StoredJobOption[] {
  return checkedJobs(
    text.split(',').map((entry) => {
      const at = entry.lastIndexOf(':');
      const ms = entry.slice(at + 1).trim();
      if (at < 1 || !/^\d+$/.test(ms)) throw new Error(`'${entry}' is not Name:milliseconds`);
      return { name: entry.slice(0, at).trim(), durationMs: Number(ms) };
    }),
  ).map(({ name, durationMs }) => ({ name, durationMs }));
}
