/** The permission check of the simulated robot: a service's RPC names the permissions that grant it (services/registry.ts). */
import { ErrorCode, SubErrorCode } from '../../protocol/errors';
import { UserPermissionName } from '../../protocol/session/sessionJson';
import { RequestError } from './responses';
import { SimSession, effectiveRoles } from './simConnection';

/** Throws ERROR_DEVICE/INVALID_USER_SESSION_ACCESS when none of the session's roles grants any of `required` (none required: anyone). */
export function checkPermission(session: SimSession, required: readonly UserPermissionName[], name: string): void {
  if (required.length === 0) return;
  const roles = effectiveRoles(session);
  if (!required.some((p) => roles.some((r) => r.permissions.includes(p)))) {
    const needed = required.map((p) => p.replace('USER_PERMISSION_', '')).join(' or ');
    throw new RequestError(
      ErrorCode.ERROR_DEVICE,
      SubErrorCode.INVALID_USER_SESSION_ACCESS,
      `${name} needs the ${needed} permission, which user '${session.user.username}' does not have`,
    );
  }
}
