/**
 * Each generation's stored jobs behind one interface, so the run (job.ts) and the runner know
 * nothing of either: Kortex 2's are Base's stored actions (the action topic tells their progress),
 * Kortex 3's are ProgramRunner's programs (its execution events). docs/protocol.md, "The Base
 * service" and "The ProgramRunner service".
 */
import type { ServiceCaller, RobotGeneration } from '../services/caller';
import {
  ActionEventName,
  ActionHandleJson,
  executeAction,
  pauseAction,
  readAllActions,
  resumeAction,
  stopAction,
  stopWatchingActions,
  watchActions,
} from '../services/base/actions';
import {
  ExecutionEventName,
  ProgramHandleJson,
  getRunnerStatus,
  pauseProgram,
  readAllPrograms,
  resumeProgram,
  startProgram,
  stopProgram,
  stopWatchingExecutionEvents,
  watchExecutionEvents,
} from '../services/programRunner/programs';
import { KortexError } from '../core/errors';

/** A stored job as both generations name it: `handle` is the robot's identifier of the action or program. */
export interface JobRef {
  name: string;
  handle: number;
}

export interface StoredJob extends JobRef {
  kind: 'action' | 'program';
}

/** A robot's notification about a job, in one shape for both generations. */
export interface RobotJobEvent {
  kind: 'start' | 'pause' | 'resume' | 'end' | 'abort';
  /** The job the robot names; undefined when it names none (such an event is nobody's). */
  handle: number | undefined;
  /** abort: the robot's reason, K2's abort_details (a sub-code name), K3's 'FAILED' or 'STOPPED'. */
  code?: string;
  /** abort: the robot's own text (K3's event payload), when it sent one. */
  detail?: string;
}

type Options = { timeoutMs?: number };

/** What a run and the runner do with the robot's stored jobs. */
export interface JobBackend {
  readonly kind: StoredJob['kind'];
  list(options?: Options): Promise<StoredJob[]>;
  /** Starts a job the last list() returned (the robot wants its full handle, kept from there). */
  start(job: JobRef, options?: Options): Promise<unknown>;
  pause(options?: Options): Promise<unknown>;
  resume(options?: Options): Promise<unknown>;
  stop(options?: Options): Promise<unknown>;
  watch(ownerId: string, listener: (event: RobotJobEvent) => void): void;
  unwatch(ownerId: string): void;
  /**
   * Where the event's sender cannot be trusted (Kortex 3: anyone on an anonymous broker can publish on
   * the robot's topics), asks the robot itself whether it still runs `job`; a job's end is believed only
   * once it does not. Absent where the stream is the robot's own (Kortex 2 over TCP).
   */
  stillRuns?(job: JobRef, options?: Options): Promise<boolean>;
}

export function jobBackend(caller: ServiceCaller, generation: RobotGeneration): JobBackend {
  return generation === 'k2' ? actionBackend(caller) : programBackend(caller);
}

const K2_EVENTS: Partial<Record<ActionEventName, RobotJobEvent['kind']>> = {
  ACTION_START: 'start',
  ACTION_PAUSE: 'pause',
  ACTION_END: 'end',
  ACTION_ABORT: 'abort',
  ACTION_PREPROCESS_ABORT: 'abort',
};

const K3_EVENTS: Partial<Record<ExecutionEventName, RobotJobEvent['kind']>> = {
  EXECUTION_EVENT_STARTED: 'start',
  EXECUTION_EVENT_PAUSED: 'pause',
  EXECUTION_EVENT_RESUMED: 'resume',
  EXECUTION_EVENT_COMPLETED: 'end',
  EXECUTION_EVENT_FAILED: 'abort',
  EXECUTION_EVENT_STOPPED: 'abort',
};

function notListed(job: JobRef): KortexError {
  // Stryker disable next-line StringLiteral,ObjectLiteral: equivalent, the runner starts only a job of the list it has just read, so its handle is always known
  return new KortexError(`no stored job "${job.name}" (handle ${job.handle}) on the robot`, { kind: 'NOT_FOUND' });
}

function actionBackend(caller: ServiceCaller): JobBackend {
  const handles = new Map<number, ActionHandleJson>();
  return {
    kind: 'action',
    async list(options) {
      const { payload } = await readAllActions(caller, options);
      // Stryker disable next-line CallExpression: equivalent, the runner starts only a job of the list just read, whose handle that list has just set
      handles.clear();
      const jobs: StoredJob[] = [];
      for (const action of payload.actionList) {
        if (!action.handle) continue;
        handles.set(action.handle.identifier, action.handle);
        jobs.push({ name: action.name, handle: action.handle.identifier, kind: 'action' });
      }
      return jobs;
    },
    start(job, options) {
      const handle = handles.get(job.handle);
      return handle ? executeAction(caller, handle, options) : Promise.reject(notListed(job));
    },
    pause: (options) => pauseAction(caller, options),
    resume: (options) => resumeAction(caller, options),
    stop: (options) => stopAction(caller, options),
    watch(ownerId, listener) {
      watchActions(caller, ownerId, (event) => {
        const kind = K2_EVENTS[event.notification.actionEvent];
        if (!kind) return; // feedback, pre- and post-processing: no change of the run
        const { handle, abortDetails } = event.notification;
        listener({ kind, handle: handle?.identifier, ...(kind === 'abort' ? { code: abortDetails } : {}) });
      });
    },
    unwatch: (ownerId) => stopWatchingActions(caller, ownerId),
  };
}

function programBackend(caller: ServiceCaller): JobBackend {
  const handles = new Map<number, ProgramHandleJson>();
  return {
    kind: 'program',
    async list(options) {
      const { payload } = await readAllPrograms(caller, options);
      // Stryker disable next-line CallExpression: equivalent, the runner starts only a job of the list just read, whose handle that list has just set
      handles.clear();
      const jobs: StoredJob[] = [];
      for (const program of payload.programs) {
        if (!program.handle) continue;
        handles.set(program.handle.identifier, program.handle);
        jobs.push({ name: program.name, handle: program.handle.identifier, kind: 'program' });
      }
      return jobs;
    },
    start(job, options) {
      const handle = handles.get(job.handle);
      return handle ? startProgram(caller, handle, options) : Promise.reject(notListed(job));
    },
    pause: (options) => pauseProgram(caller, options),
    resume: (options) => resumeProgram(caller, options),
    stop: (options) => stopProgram(caller, options),
    watch(ownerId, listener) {
      watchExecutionEvents(caller, ownerId, (n) => {
        const kind = K3_EVENTS[n.event];
        if (!kind) return; // feedback: no change of the run
        const abort =
          kind === 'abort' ? { code: n.event.replace('EXECUTION_EVENT_', ''), ...(n.payload ? { detail: n.payload } : {}) } : {};
        listener({ kind, handle: n.handle?.programHandle?.identifier, ...abort });
      });
    },
    unwatch: (ownerId) => stopWatchingExecutionEvents(caller, ownerId),
    async stillRuns(job, options) {
      const { status, currentHandles } = (await getRunnerStatus(caller, options)).payload;
      return RUNNING_STATUSES.has(status) && currentHandles?.programHandle?.identifier === job.handle;
    },
  };
}

/** ProgramRunner statuses in which a program still runs (STOPPING and IDLE: it has ended or is ending). */
const RUNNING_STATUSES = new Set<string>([
  'STATUS_STARTING',
  'STATUS_RUNNING',
  'STATUS_PAUSED',
  'STATUS_PAUSED_AUTOMATIC_RESUME',
  'STATUS_WAITING_FOR_ACKNOWLEDGE',
]);
