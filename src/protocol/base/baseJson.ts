/** The Base service's messages in proto3 canonical JSON form (docs/protocol.md, "The Base service"). */
import type { ConnectionJson } from '../session/sessionJson';

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
  | 'ARMSTATE_RESERVED';

export interface TimestampJson {
  sec: number;
  usec: number;
}

export interface ArmStateInformationJson {
  activeState: ArmStateName;
  connection?: Partial<ConnectionJson>;
}

export interface ArmStateNotificationJson {
  activeState: ArmStateName;
  timestamp?: TimestampJson;
  connection?: Partial<ConnectionJson>;
}
