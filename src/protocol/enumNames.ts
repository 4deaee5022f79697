/**
 * Enum number → canonical JSON name for the enums that appear in Session replies, built once from
 * the generated enums so there is one source of the names.
 */
import { CommonMessages } from './messageCodec';
import type { ConnectionTypeName, UserPermissionName } from './session/sessionJson';

/**
 * Enum number → name, as dense arrays: the enum objects map both ways and sit in dictionary mode,
 * where a lookup by number cost more than the rest of a role's decoding. Numbers the enum does
 * not define give undefined, as the enum objects do.
 */
function enumNames(e: object): ReadonlyArray<string | undefined> {
  // Stryker disable next-line ArrayDeclaration: equivalent, both enums define 0, which overwrites any first entry
  const names: Array<string | undefined> = [];
  // Stryker disable next-line LogicalOperator: equivalent, both enums hold only small non-negative numbers
  for (const [key, value] of Object.entries(e)) if (typeof value === 'number' && value >= 0 && value < 1024) names[value] = key;
  // Holes would make every lookup check the prototype chain: fill them.
  return Array.from(names, (n) => n);
}

export const PERMISSION_NAMES = enumNames(CommonMessages.UserPermission);
export const CONNECTION_TYPE_NAMES = enumNames(CommonMessages.ConnectionType);

/** The name canonical JSON gives an enum number: a number this build does not know stays a number, as toObject leaves it. */
export function enumName(names: ReadonlyArray<string | undefined>, value: number): string | number {
  const name = names[value];
  return name === undefined ? value : name;
}

export function permissionName(value: number): UserPermissionName {
  return enumName(PERMISSION_NAMES, value) as UserPermissionName;
}

export function connectionTypeName(value: number): ConnectionTypeName {
  return enumName(CONNECTION_TYPE_NAMES, value) as ConnectionTypeName;
}
