/**
 * Temporary roles on the simulated robot (docs/architecture.md, "The simulator"): a role granted
 * to a session on presentation of its grantor's password, held until removed or the session ends.
 */
import { ErrorCode, SubErrorCode } from '../../../protocol/errors';
import type { TemporaryRoleRequestInput } from '../../../protocol/session/sessionJson';
import { RequestError } from '../../robot/responses';
import type { SimSession } from '../../robot/simConnection';
import type { UserDirectory } from '../../robot/users';

/** Grants the requested role; false when the session already held it. Throws for an unknown role or a wrong password. */
export function grantTemporaryRole(directory: UserDirectory, session: SimSession, request: TemporaryRoleRequestInput): boolean {
  const grantor = directory.temporaryRoleGrantor(request.roleIdentifier);
  const role = directory.role(request.roleIdentifier);
  if (!grantor || !role) {
    throw new RequestError(ErrorCode.ERROR_DEVICE, SubErrorCode.ENTITY_NOT_FOUND, `'${request.roleIdentifier}' is not a temporary role`);
  }
  if (grantor.password !== request.password) {
    throw new RequestError(
      ErrorCode.ERROR_DEVICE,
      SubErrorCode.INVALID_PASSWORD,
      `invalid password for temporary role '${role.identifier}'`,
    );
  }
  if (session.temporaryRoles.some((r) => r.identifier === role.identifier)) return false;
  session.temporaryRoles.push(role);
  return true;
}

/** Drops every temporary role; false when there were none. */
export function removeTemporaryRoles(session: SimSession | undefined): boolean {
  if (!session || session.temporaryRoles.length === 0) return false;
  session.temporaryRoles = [];
  return true;
}
