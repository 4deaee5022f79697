/** Which permission each Session RPC needs on the simulated robot, and the check. */
import { ErrorCode, SubErrorCode } from '../../protocol/errors';
import { SessionRpcKey } from '../../protocol/session/rpcs';
import { UserPermissionName } from '../../protocol/session/sessionJson';
import { RequestError } from './responses';
import { SimSession, effectiveRoles } from './simConnection';

/** Permission needed per RPC (the vendor's documented permissions; docs/protocol.md, "What real robots may do differently", #11 for the undocumented ones). */
const REQUIRED_PERMISSIONS: Partial<Record<SessionRpcKey, UserPermissionName[]>> = {
  getConnections: ['USER_PERMISSION_READ_ONLY'],
  addTemporaryUserRole: ['USER_PERMISSION_OPERATE'],
  removeTemporaryUserRole: ['USER_PERMISSION_OPERATE'],
  setAccessControl: ['USER_PERMISSION_SYSTEM', 'USER_PERMISSION_CONFIGURE'],
  getAccessControl: ['USER_PERMISSION_READ_ONLY'],
};

/** Throws ERROR_DEVICE/INVALID_USER_SESSION_ACCESS when none of the session's roles grants the RPC. */
export function checkPermission(session: SimSession, rpcKey: SessionRpcKey, name: string): void {
  const required = REQUIRED_PERMISSIONS[rpcKey];
  if (!required) return;
  const roles = effectiveRoles(session);
  if (!required.some((p) => roles.some((r) => r.permissions.includes(p)))) {
    const needed = required.map((p) => p.replace('USER_PERMISSION_', '')).join(' or ');
    throw new RequestError(ErrorCode.ERROR_DEVICE, SubErrorCode.INVALID_USER_SESSION_ACCESS, `${name} needs the ${needed} permission, which user '${session.user.username}' does not have`);
  }
}
