/**
 * The ProgramRunner service's messages (Kortex 3) in proto3 canonical JSON form
 * (docs/protocol.md, "The ProgramRunner service").
 */
import type {
  NotificationInformationJson,
  OperatingModeName,
  ProgramActionHandleJson,
  ProgramHandleJson,
  TimestampFromEpochJson,
  TimestampJson,
} from '../commonJson';
import type { ConnectionJson } from '../session/sessionJson';

/** A stored program as far as listing it needs (its actions and variables are not decoded). */
export interface ProgramJson {
  handle?: ProgramHandleJson;
  name: string;
  isValidated: boolean;
  lastValidatedOn?: TimestampFromEpochJson;
  lastModifiedOn?: TimestampFromEpochJson;
}

export interface ProgramListJson {
  programs: ProgramJson[];
}

/** What runs: a program (Start), or actions of one. */
export interface RunnableHandleJson {
  actionHandle?: ProgramActionHandleJson;
  programHandle?: ProgramHandleJson;
}

/** Start's input: `handle.programHandle` names the program; `handle.actionHandle` must stay unset. */
export interface ProgramStartConfigurationJson {
  debugMode?: boolean;
  handle: RunnableHandleJson;
}

export type RunnerStatusName =
  | 'STATUS_UNSPECIFIED'
  | 'STATUS_IDLE'
  | 'STATUS_RUNNING'
  | 'STATUS_PAUSED'
  | 'STATUS_STARTING'
  | 'STATUS_STOPPING'
  | 'STATUS_PAUSED_AUTOMATIC_RESUME'
  | 'STATUS_WAITING_FOR_ACKNOWLEDGE';

/** `contextActionIds` tell apart one action running in several sub-programs. */
export interface ContextualizedActionHandleJson {
  handle?: ProgramActionHandleJson;
  contextActionIds: number[];
}

export interface ContextualizedRunnableHandlesJson {
  actionHandles: ContextualizedActionHandleJson[];
  programHandle?: ProgramHandleJson;
}

/** GetStatus's reply. */
export interface StatusInformationJson {
  status: RunnerStatusName;
  currentHandles?: ContextualizedRunnableHandlesJson;
  /** `OPERATING_MODE_UNSPECIFIED` while the runner is idle. */
  startOperatingMode: OperatingModeName;
}

/** `timestamp` and `connection` are deprecated by the vendor in favour of `genericInfo` (in every notification here). */
interface RunnerNotificationJson {
  timestamp?: TimestampJson;
  connection?: Partial<ConnectionJson>;
  genericInfo?: NotificationInformationJson;
}

export interface StatusChangeNotificationJson extends RunnerNotificationJson {
  statusInfo?: StatusInformationJson;
}

export type ExecutionEventName =
  | 'EXECUTION_EVENT_UNSPECIFIED'
  | 'EXECUTION_EVENT_COMPLETED'
  | 'EXECUTION_EVENT_FAILED'
  | 'EXECUTION_EVENT_FEEDBACK'
  | 'EXECUTION_EVENT_PAUSED'
  | 'EXECUTION_EVENT_RESUMED'
  | 'EXECUTION_EVENT_STARTED'
  | 'EXECUTION_EVENT_STOPPED';

export interface ExecutionEventNotificationJson extends RunnerNotificationJson {
  event: ExecutionEventName;
  handle?: RunnableHandleJson;
  /** JSON text whose content depends on the event: a feedback, a reason or an output. */
  payload: string;
}

export interface VariableStateJson {
  identifier: string;
  value: string;
}

export interface StateEventJson {
  /** JSON text whose content depends on `type`. */
  payload: string;
  timestamp?: TimestampJson;
  /** A `StateEventType` name, e.g. 'STATE_EVENT_TYPE_ACTION_STARTED'. */
  type: string;
}

export interface StateActionSnapshotJson {
  /** JSON text: the action's state, whose shape depends on the action's type. */
  state: string;
  timestamp?: TimestampJson;
  variables: VariableStateJson[];
}

/** Durations in milliseconds. */
export interface StateActionStatsJson {
  executionDuration: number;
  failureCount: number;
  pauseCount: number;
  pauseDuration: number;
  playCount: number;
  playDuration: number;
  pluginStartConfirmation: number;
  totalDuration: number;
}

export interface StateActionJson {
  handle?: ContextualizedActionHandleJson;
  index: number;
  events: StateEventJson[];
  snapshotStart?: StateActionSnapshotJson;
  snapshotEnd?: StateActionSnapshotJson;
  stats?: StateActionStatsJson;
}

export interface StateSequenceStatsJson {
  averageTimeBetweenActions: number;
  averageTimePluginStartConfirmation: number;
  averageTimeWaypointInitialization: number;
  averageTimeActionProcessing: number;
  duration: number;
  end?: TimestampJson;
  start?: TimestampJson;
}

/** The sequence of actions a playing program runs. */
export interface StateSequenceJson {
  identifier: string;
  actions: StateActionJson[];
  initVariables: VariableStateJson[];
  prePlayEvents: StateEventJson[];
  stats?: StateSequenceStatsJson;
  isMain: boolean;
}

export interface StateChangeNotificationJson extends RunnerNotificationJson {
  sequence?: StateSequenceJson;
}
