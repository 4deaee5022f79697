/** The Base service's messages in proto3 canonical JSON form (docs/protocol.md, "The Base service"). */
import type { NotificationInformationJson, TimestampJson } from '../commonJson';
import type { ConnectionJson } from '../session/sessionJson';

/** Both generations' arm states: POSITION_UNKNOWN .. IN_UNRECOVERABLE_FAULT are K3 only, RESERVED K2 only. */
export type ArmStateName =
  | 'ARMSTATE_UNSPECIFIED'
  | 'ARMSTATE_BASE_INITIALIZATION'
  | 'ARMSTATE_IDLE'
  | 'ARMSTATE_INITIALIZATION'
  | 'ARMSTATE_IN_FAULT'
  | 'ARMSTATE_MAINTENANCE'
  | 'ARMSTATE_SERVOING_LOW_LEVEL'
  | 'ARMSTATE_SERVOING_READY'
  | 'ARMSTATE_SERVOING_PLAYING_SEQUENCE'
  | 'ARMSTATE_SERVOING_MANUALLY_CONTROLLED'
  | 'ARMSTATE_BRAKE_RELEASING'
  | 'ARMSTATE_POSITION_UNKNOWN'
  | 'ARMSTATE_ARM_OPERATIONAL'
  | 'ARMSTATE_RECOVERY'
  | 'ARMSTATE_CONTROLLER_INITIALIZATION'
  | 'ARMSTATE_WAIT_FOR_POSITION_CONFIRMATION'
  | 'ARMSTATE_IN_FAULT_POWERED_OFF'
  | 'ARMSTATE_IN_UNRECOVERABLE_FAULT'
  | 'ARMSTATE_RESERVED';

export interface ArmStateInformationJson {
  activeState: ArmStateName;
  connection?: Partial<ConnectionJson>;
}

/** K2 fills `timestamp` and `connection`, K3 `genericInfo`. */
export interface ArmStateNotificationJson {
  activeState: ArmStateName;
  timestamp?: TimestampJson;
  connection?: Partial<ConnectionJson>;
  genericInfo?: NotificationInformationJson;
}

/** K2's action types. */
export type ActionTypeName =
  | 'UNSPECIFIED_ACTION'
  | 'SEND_TWIST_COMMAND'
  | 'SEND_WRENCH_COMMAND'
  | 'SEND_JOINT_SPEEDS'
  | 'REACH_POSE'
  | 'REACH_JOINT_ANGLES'
  | 'TOGGLE_ADMITTANCE_MODE'
  | 'SNAPSHOT'
  | 'SWITCH_CONTROL_MAPPING'
  | 'NAVIGATE_JOINTS'
  | 'NAVIGATE_MAPPINGS'
  | 'CHANGE_TWIST'
  | 'CHANGE_JOINT_SPEEDS'
  | 'CHANGE_WRENCH'
  | 'APPLY_EMERGENCY_STOP'
  | 'CLEAR_FAULTS'
  | 'TIME_DELAY'
  | 'EXECUTE_ACTION'
  | 'SEND_GRIPPER_COMMAND'
  | 'SEND_GPIO_COMMAND'
  | 'STOP_ACTION'
  | 'PLAY_PRE_COMPUTED_TRAJECTORY'
  | 'EXECUTE_SEQUENCE'
  | 'EXECUTE_WAYPOINT_LIST';

/** K3's action types: 13 and 28 renamed, most of K2's gone, 42 and 43 new. */
export type K3ActionTypeName =
  | 'UNSPECIFIED_ACTION'
  | 'SEND_TWIST_COMMAND'
  | 'SEND_JOINT_SPEEDS'
  | 'TOGGLE_HAND_GUIDING_MODE'
  | 'SWITCH_CONTROL_MAPPING'
  | 'NAVIGATE_JOINTS'
  | 'NAVIGATE_MAPPINGS'
  | 'CHANGE_TWIST'
  | 'CHANGE_JOINT_SPEEDS'
  | 'APPLY_QUICK_STOP'
  | 'CLEAR_FAULTS'
  | 'EXECUTE_ACTION'
  | 'STOP_ACTION'
  | 'EXECUTE_WAYPOINT_LIST'
  | 'CHANGE_PAYLOAD_PARAMETERS'
  | 'SET_TOOL_CONFIGURATION_LIST';

export interface ActionHandleJson<Type extends string = ActionTypeName> {
  identifier: number;
  actionType: Type;
  permission: number;
}

/** ReadAllActions' filter: `UNSPECIFIED_ACTION` (or `{}`) lists every type. */
export interface RequestedActionTypeJson {
  actionType?: ActionTypeName;
}

/** A stored action as far as listing it needs (its parameters are not decoded). */
export interface ActionJson {
  handle?: ActionHandleJson;
  name: string;
  applicationData: string;
}

export interface ActionListJson {
  actionList: ActionJson[];
}

export type ActionEventName =
  | 'UNSPECIFIED_ACTION_EVENT'
  | 'ACTION_END'
  | 'ACTION_ABORT'
  | 'ACTION_PAUSE'
  | 'ACTION_START'
  | 'ACTION_PREPROCESS_START'
  | 'ACTION_PREPROCESS_ABORT'
  | 'ACTION_PREPROCESS_END'
  | 'ACTION_POSTPROCESS_START'
  | 'ACTION_POSTPROCESS_ABORT'
  | 'ACTION_POSTPROCESS_END'
  | 'ACTION_FEEDBACK';

export interface TrajectoryInfoJson {
  /** A `TrajectoryInfoType` name, e.g. 'WAYPOINT_REACHED'. */
  trajectoryInfoType: string;
  waypointIndex: number;
  jointIndex: number;
}

/** Fields both generations' action notifications have. */
interface ActionNotificationCommonJson {
  actionEvent: ActionEventName;
  /** A `SubErrorCodes` name: why the action aborted ('SUB_ERROR_NONE' otherwise). */
  abortDetails: string;
  trajectoryInfo: TrajectoryInfoJson[];
}

export interface ActionNotificationJson extends ActionNotificationCommonJson {
  handle?: ActionHandleJson;
  timestamp?: TimestampJson;
  userHandle?: { identifier: number; permission: number };
  connection?: Partial<ConnectionJson>;
}

export interface K3ActionNotificationJson extends ActionNotificationCommonJson {
  handle?: ActionHandleJson<K3ActionTypeName>;
  genericInfo?: NotificationInformationJson;
}
