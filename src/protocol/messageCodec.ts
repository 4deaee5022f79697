/**
 * Generic protobuf ⇄ canonical JSON conversion for the generated message types: what every RPC
 * codec uses unless it has a faster path of its own (docs/protocol.md, "Payloads").
 */
import type { IConversionOptions } from 'protobufjs';
import { describeType } from '../util/describeValue';
import { Kinova } from './generated/kortex';

import Session = Kinova.Api.Session;
import Common = Kinova.Api.Common;
import Base = Kinova.Api.Base;
import BaseK3 = Kinova.Api.Base.K3;
import ProgramConfig = Kinova.Api.ProgramConfig;
import ProgramRunner = Kinova.Api.ProgramRunner;

/** The generated message classes of each service and the shared Common messages. */
export {
  Session as SessionMessages,
  Common as CommonMessages,
  Base as BaseMessages,
  BaseK3 as BaseK3Messages,
  ProgramConfig as ProgramConfigMessages,
  ProgramRunner as ProgramRunnerMessages,
};

const TO_JSON: IConversionOptions = { defaults: true, enums: String, longs: Number, bytes: String, arrays: true };

/** A payload a user gave cannot be encoded; the message names the field or the shape that is wrong. */
export class PayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadError';
  }
}

/** What this module needs of a generated message class. */
export interface MessageType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
  toObject(message: T, options?: IConversionOptions): { [k: string]: unknown };
  fromObject(object: { [k: string]: unknown }): T;
  verify(object: { [k: string]: unknown }): string | null;
}

/** Drops `null` placeholders protobufjs emits for unset sub-messages (canonical JSON omits them). */
function dropNulls<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const item of value) dropNulls(item);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (record[key] === null) delete record[key];
      else dropNulls(record[key]);
    }
  }
  return value;
}

/** `snake_case` → `lowerCamelCase`, recursively on keys, so users may follow either of Kinova's docs. */
function camelCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelCaseKeys);
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[camelKey(key)] = camelCaseKeys((value as Record<string, unknown>)[key]);
  return out;
}

/** snake_case → camelCase for one key; camelCase keys (the common case) pass untouched. */
function camelKey(key: string): string {
  // Stryker disable next-line StringLiteral: equivalent, the pattern needs an underscore: a key without one comes back the same
  return key.includes('_') ? key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase()) : key;
}

export function encodeMessage<T>(type: MessageType<T>, typeName: string, input: unknown): Uint8Array {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new PayloadError(`${typeName} must be an object, got ${describeType(input)}`);
  }
  const normalized = camelCaseKeys(input) as { [k: string]: unknown };
  let message: T;
  try {
    // fromObject accepts enum names and numbers; verify then checks the converted shape.
    message = type.fromObject(normalized);
  } catch (err) {
    throw new PayloadError(`${typeName}: ${(err as Error).message}`);
  }
  const problem = type.verify(message as unknown as { [k: string]: unknown });
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent, verify finds nothing in fromObject's output: it converts every field to its type
  if (problem) throw new PayloadError(`${typeName}: ${problem}`);
  return type.encode(message).finish();
}

export function decodeMessage<T, J>(type: MessageType<T>, bytes: Uint8Array): J {
  return dropNulls(type.toObject(type.decode(bytes), TO_JSON)) as unknown as J;
}
