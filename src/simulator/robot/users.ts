/**
 * The simulated robot's user database: users, roles and the temporary roles that a session may
 * borrow (docs/architecture.md, "The simulator"). Loaded from defaults or from a JSON users file.
 */
import { readFileSync } from 'node:fs';
import { USER_PERMISSIONS, UserPermissionName } from '../../protocol/session/sessionJson';

export interface UserDefinition {
  username: string;
  password: string;
  /** Identifier of the user's role (one of `UsersConfig.roles`). */
  role: string;
  /** User id reported in `UserProfileHandle.identifier`; defaults to the 1-based position. */
  identifier?: number;
}

export interface RoleDefinition {
  identifier: string;
  permissions: UserPermissionName[];
}

/** A role that AddTemporaryUserRole grants to whoever presents `grantingUser`'s password. */
export interface TemporaryRoleDefinition {
  role: string;
  grantingUser: string;
}

export interface UsersConfig {
  users: UserDefinition[];
  roles: RoleDefinition[];
  /** Defaults to `Admin` and `System`, granted by the first user holding that role. */
  temporaryRoles?: TemporaryRoleDefinition[];
}

/** The defaults shared by examples, docs and tests (docs/architecture.md, "The simulator"). */
export function defaultUsersConfig(): UsersConfig {
  return {
    users: [
      { username: 'admin', password: 'admin', role: 'Admin', identifier: 1 },
      { username: 'operator', password: 'operator', role: 'Operator', identifier: 2 },
      { username: 'system', password: 'system', role: 'System', identifier: 3 },
    ],
    roles: [
      { identifier: 'Admin', permissions: [...USER_PERMISSIONS] },
      { identifier: 'Operator', permissions: ['USER_PERMISSION_OPERATE', 'USER_PERMISSION_READ_ONLY'] },
      // System maintains the controller; READ_ONLY so it can still list connections and read settings.
      { identifier: 'System', permissions: ['USER_PERMISSION_SYSTEM', 'USER_PERMISSION_READ_ONLY'] },
    ],
    temporaryRoles: [
      { role: 'Admin', grantingUser: 'admin' },
      { role: 'System', grantingUser: 'system' },
    ],
  };
}

/** A validated user with its resolved id. */
export interface SimUser {
  id: number;
  username: string;
  password: string;
  role: RoleDefinition;
}

/** Resolved, validated view of a UsersConfig. */
export class UserDirectory {
  private readonly usersByName = new Map<string, SimUser>();
  private readonly rolesById = new Map<string, RoleDefinition>();
  /** temporary role identifier → the user whose password grants it */
  private readonly temporaryGrantors = new Map<string, SimUser>();

  constructor(config: UsersConfig) {
    for (const role of config.roles) {
      if (this.rolesById.has(role.identifier)) throw new Error(`users: role '${role.identifier}' is defined twice`);
      this.rolesById.set(role.identifier, { identifier: role.identifier, permissions: [...role.permissions] });
    }
    const usedIds = new Set<number>();
    config.users.forEach((u, index) => {
      const role = this.rolesById.get(u.role);
      if (!role) throw new Error(`users: user '${u.username}' has unknown role '${u.role}'`);
      if (this.usersByName.has(u.username)) throw new Error(`users: user '${u.username}' is defined twice`);
      const id = u.identifier ?? index + 1;
      if (usedIds.has(id)) throw new Error(`users: user identifier ${id} is used twice`);
      usedIds.add(id);
      this.usersByName.set(u.username, { id, username: u.username, password: u.password, role });
    });
    const temporary = config.temporaryRoles ?? this.defaultTemporaryRoles();
    for (const t of temporary) {
      if (!this.rolesById.has(t.role)) throw new Error(`users: temporary role '${t.role}' is not a defined role`);
      const grantor = this.usersByName.get(t.grantingUser);
      if (!grantor) throw new Error(`users: temporary role '${t.role}' names unknown user '${t.grantingUser}'`);
      this.temporaryGrantors.set(t.role, grantor);
    }
  }

  user(username: string): SimUser | undefined {
    return this.usersByName.get(username);
  }

  role(identifier: string): RoleDefinition | undefined {
    return this.rolesById.get(identifier);
  }

  /** The user whose password unlocks temporary role `identifier`, if it is a temporary role. */
  temporaryRoleGrantor(identifier: string): SimUser | undefined {
    return this.temporaryGrantors.get(identifier);
  }

  private defaultTemporaryRoles(): TemporaryRoleDefinition[] {
    const out: TemporaryRoleDefinition[] = [];
    for (const roleId of ['Admin', 'System']) {
      const holder = [...this.usersByName.values()].find((u) => u.role.identifier === roleId);
      if (holder) out.push({ role: roleId, grantingUser: holder.username });
    }
    return out;
  }
}

const PERMISSION_NAMES = new Set<string>(['USER_PERMISSION_UNSPECIFIED', ...USER_PERMISSIONS]);

/** Accepts `USER_PERMISSION_OPERATE`, `OPERATE` or `operate`. */
function parsePermission(value: unknown, where: string): UserPermissionName {
  if (typeof value !== 'string') throw new Error(`${where}: a permission must be a string`);
  const upper = value.trim().toUpperCase();
  const name = upper.startsWith('USER_PERMISSION_') ? upper : `USER_PERMISSION_${upper}`;
  if (!PERMISSION_NAMES.has(name)) throw new Error(`${where}: unknown permission '${value}'`);
  return name as UserPermissionName;
}

function requireString(record: Record<string, unknown>, key: string, where: string): string {
  const v = record[key];
  if (typeof v !== 'string' || v === '') throw new Error(`${where}: '${key}' must be a non-empty string`);
  return v;
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where} must be an object`);
  return value as Record<string, unknown>;
}

function asArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${where} must be an array`);
  return value;
}

/**
 * Validates a parsed users file: `{ users: [{username, password, role, identifier?}], roles:
 * [{identifier, permissions}], temporaryRoles?: [{role, grantingUser}] }`. Error texts never
 * contain a password.
 */
export function parseUsersConfig(value: unknown, source = 'users file'): UsersConfig {
  const root = asRecord(value, source);
  const roles = asArray(root.roles, `${source}: 'roles'`).map((r, i): RoleDefinition => {
    const where = `${source}: roles[${i}]`;
    const rec = asRecord(r, where);
    return {
      identifier: requireString(rec, 'identifier', where),
      permissions: asArray(rec.permissions, `${where}.permissions`).map((p) => parsePermission(p, where)),
    };
  });
  const users = asArray(root.users, `${source}: 'users'`).map((u, i): UserDefinition => {
    const where = `${source}: users[${i}]`;
    const rec = asRecord(u, where);
    if (typeof rec.password !== 'string') throw new Error(`${where}: 'password' must be a string`);
    const def: UserDefinition = {
      username: requireString(rec, 'username', where),
      password: rec.password,
      role: requireString(rec, 'role', where),
    };
    if (rec.identifier !== undefined) {
      if (typeof rec.identifier !== 'number' || !Number.isInteger(rec.identifier) || rec.identifier < 1 || rec.identifier > 0xffffffff) {
        throw new Error(`${where}: 'identifier' must be a positive 32-bit integer`);
      }
      def.identifier = rec.identifier;
    }
    return def;
  });
  const config: UsersConfig = { users, roles };
  if (root.temporaryRoles !== undefined) {
    config.temporaryRoles = asArray(root.temporaryRoles, `${source}: 'temporaryRoles'`).map((t, i) => {
      const where = `${source}: temporaryRoles[${i}]`;
      const rec = asRecord(t, where);
      return { role: requireString(rec, 'role', where), grantingUser: requireString(rec, 'grantingUser', where) };
    });
  }
  // Resolve once so that a bad reference fails at load time, not at the first CreateSession.
  new UserDirectory(config);
  return config;
}

/** Reads and validates a JSON users file (see parseUsersConfig for the shape). */
export function loadUsersFile(path: string): UsersConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read users file ${path}: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    // V8's message quotes the offending text, which may be a password: report only the position.
    const position = /position (\d+)/.exec((err as Error).message)?.[1];
    throw new Error(`users file ${path} is not valid JSON${position ? ` (near position ${position})` : ''}`);
  }
  return parseUsersConfig(parsed, `users file ${path}`);
}
