/** `Kinova.Api.Common` messages shared by several services, in proto3 canonical JSON form. */
import type { ConnectionJson } from './session/sessionJson';

export interface TimestampJson {
  sec: number;
  usec: number;
}

/** Microseconds since the epoch (a uint64, as a number: exact up to 2^53 µs, year 2255). */
export interface TimestampFromEpochJson {
  usec: number;
}

export type NotificationSeverityName = 'NOTIF_DEBUG' | 'NOTIF_INFO' | 'NOTIF_WARNING' | 'NOTIF_ERROR' | 'NOTIF_CRITICAL';

/** What every Kortex 3 notification carries in its `genericInfo`. */
export interface NotificationInformationJson {
  severity: NotificationSeverityName;
  timestamp?: TimestampJson;
  connection?: Partial<ConnectionJson>;
}

/** A Kortex 3 program's handle. */
export interface ProgramHandleJson {
  identifier: number;
  permission: number;
}

/** `Common.ActionHandle`: an action inside a Kortex 3 program (not Base's stored actions). */
export interface ProgramActionHandleJson {
  identifier: number;
}

export type OperatingModeName =
  | 'OPERATING_MODE_UNSPECIFIED'
  | 'OPERATING_MODE_JOG_MANUAL'
  | 'OPERATING_MODE_HAND_GUIDING'
  | 'OPERATING_MODE_HOLD_TO_RUN'
  | 'OPERATING_MODE_AUTO'
  | 'OPERATING_MODE_MONITORED_STOP';
