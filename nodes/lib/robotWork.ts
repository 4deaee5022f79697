/**
 * The parts of kortex-robot-state, kortex-run-job and kortex-robot-command that need no Node-RED:
 * which command a message asks for, which job it names, what an arm state means for a flow, and
 * each robot command as the typed service call of the robot's generation.
 */
import type { CallResult, ServiceCaller } from '../../src/client/services/caller';
import type { ArmStateName } from '../../src/client/services/base/armState';
import { pauseAction, resumeAction } from '../../src/client/services/base/actions';
import { applyEmergencyStop, applyQuickStop, clearFaults, stop } from '../../src/client/services/base/stop';
import { pauseProgram, resumeProgram } from '../../src/client/services/programRunner/programs';
import { knownGeneration } from '../../src/client/services/generation';
import type { JobEvent } from '../../src/client/jobs/jobRunner';
import { describeValue } from '../../src/util/describeValue';
import { inputError } from './binding';
import type { RuntimeTextKey, Translate } from './i18n';
import type { NodeMessage } from './types';

/** The command of a message: `msg.payload` when a string (it must be one), else `msg.topic` when one, else `configured`. */
function commandIn<C extends string>(
  msg: NodeMessage,
  allowed: readonly C[],
  configured: C | undefined,
  t: Translate,
  key: RuntimeTextKey,
): C {
  const isCommand = (value: unknown): value is C => typeof value === 'string' && (allowed as readonly string[]).includes(value);
  const payload = msg.payload;
  if (typeof payload === 'string') {
    if (isCommand(payload)) return payload;
    throw inputError(t(key, { got: describeValue(payload) }));
  }
  if (isCommand(msg.topic)) return msg.topic;
  if (configured !== undefined) return configured;
  throw inputError(t(key, { got: describeValue(payload) }));
}

/* ---------------- kortex-run-job ---------------- */

export type JobCommand = 'list' | 'start' | 'stop' | 'pause' | 'resume';
const JOB_COMMANDS: readonly JobCommand[] = ['list', 'start', 'stop', 'pause', 'resume'];

export function jobCommandFor(msg: NodeMessage, t: Translate): JobCommand {
  return commandIn(msg, JOB_COMMANDS, undefined, t, 'kortex.errors.jobCommand');
}

/** The job a start names: `msg.job` (a name, or a handle number), else the node's job; INVALID_INPUT when neither. */
export function jobTarget(msg: NodeMessage, configured: string, t: Translate): string | number {
  const requested = msg.job;
  if (typeof requested === 'string' && requested.trim() !== '') return requested;
  if (typeof requested === 'number' && Number.isInteger(requested) && requested > 0) return requested;
  if (requested === undefined || requested === null || requested === '') {
    if (configured.trim() !== '') return configured;
    throw inputError(t('kortex.errors.noJob'));
  }
  throw inputError(t('kortex.errors.jobType', { got: describeValue(requested) }));
}

/** A run that ended without starting (the robot refused the start) as an error for done(err), with the robot's code. */
export function jobEventError(event: JobEvent): Error {
  const error = new Error(event.reason ?? `"${event.job.name}" ${event.event}`) as Error & { code?: string };
  error.name = 'KortexError';
  if (event.code !== undefined) error.code = event.code;
  return error;
}

/* ---------------- kortex-robot-command ---------------- */

export type RobotCommand = 'stop' | 'pause' | 'resume' | 'clear-faults' | 'emergency-stop';
const ROBOT_COMMANDS: readonly RobotCommand[] = ['stop', 'pause', 'resume', 'clear-faults', 'emergency-stop'];

export function robotCommandFor(msg: NodeMessage, configured: RobotCommand, t: Translate): RobotCommand {
  return commandIn(msg, ROBOT_COMMANDS, configured, t, 'kortex.errors.robotCommand');
}

export function isRobotCommand(value: unknown): value is RobotCommand {
  return typeof value === 'string' && (ROBOT_COMMANDS as readonly string[]).includes(value);
}

/**
 * The command as its generation's call: pause and resume act on the running job (Kortex 2's
 * action, Kortex 3's program), emergency-stop is Kortex 2's ApplyEmergencyStop and Kortex 3's
 * ApplyQuickStop. UNSUPPORTED while an 'auto' transport has not reached the robot yet.
 */
export function sendRobotCommand(caller: ServiceCaller, command: RobotCommand): Promise<CallResult<unknown>> {
  switch (command) {
    case 'stop':
      return stop(caller);
    case 'clear-faults':
      return clearFaults(caller);
    case 'pause':
      return knownGeneration(caller, command) === 'k2' ? pauseAction(caller) : pauseProgram(caller);
    case 'resume':
      return knownGeneration(caller, command) === 'k2' ? resumeAction(caller) : resumeProgram(caller);
    case 'emergency-stop':
      return knownGeneration(caller, command) === 'k2' ? applyEmergencyStop(caller) : applyQuickStop(caller);
  }
}

/* ---------------- kortex-robot-state ---------------- */

const FAULT_STATES: ReadonlySet<ArmStateName> = new Set([
  'ARMSTATE_IN_FAULT',
  'ARMSTATE_IN_FAULT_POWERED_OFF',
  'ARMSTATE_IN_UNRECOVERABLE_FAULT',
]);

/** The arm is in a fault (recoverable with clear-faults, or not). */
export function isFaulted(state: ArmStateName | undefined): boolean {
  return state !== undefined && FAULT_STATES.has(state);
}

/** A healthy arm that takes work: SERVOING_READY, or ARM_OPERATIONAL on Kortex 3 (a Link 6). */
export function isReadyState(state: ArmStateName | undefined, generation: 'k2' | 'k3' | undefined): boolean {
  return state === 'ARMSTATE_SERVOING_READY' || (generation === 'k3' && state === 'ARMSTATE_ARM_OPERATIONAL');
}

/** The state's short name for a status line: "SERVOING_READY". */
export function shortArmState(state: string | undefined): string {
  return (state ?? 'ARMSTATE_UNSPECIFIED').replace(/^ARMSTATE_/, '');
}
