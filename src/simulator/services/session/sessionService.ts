/**
 * The simulated robot's Session service (service 1; docs/protocol.md, "The Session service" and
 * "What real robots may do differently"): login against the robot's users, logout, keep-alive,
 * the connection list, temporary roles and access control. Session life itself (ids, the session
 * limit, expiry) is the robot's (robot/model.ts).
 */
import { ErrorCode, SubErrorCode } from '../../../protocol/errors';
import { SESSION_SERVICE_ID, SessionRpcs } from '../../../protocol/session/rpcs';
import type { CreateSessionInfoInput } from '../../../protocol/session/sessionJson';
import { RequestError } from '../../robot/responses';
import type { SimUser } from '../../robot/users';
import { RpcHandler, ServiceCall, ServiceRegistration, ServiceRobot, ServiceStateKey, callerSession, serveRpc } from '../serviceTypes';
import { buildConnectionList } from './connectionList';
import { grantTemporaryRole, removeTemporaryRoles } from './temporaryRoles';

/** The GetConnections reply, encoded once per change of the robot's peers (it holds no clock value). */
const CONNECTION_LIST: ServiceStateKey<{ version: number; encoded: Uint8Array | undefined }> = {
  create: () => ({ version: -1, encoded: undefined }),
};

function createSession(info: CreateSessionInfoInput, call: ServiceCall): Record<string, never> {
  const { robot } = call;
  const user = authenticate(robot, info);
  robot.createSession(call.connection, user, {
    sessionInactivityTimeout: info.sessionInactivityTimeout ?? 0,
    connectionInactivityTimeout: info.connectionInactivityTimeout ?? 0,
  });
  return {};
}

/** The user `info` names, if its password matches; the refusal's code is a switch (docs/protocol.md, "What real robots may do differently", #1). */
function authenticate(robot: ServiceRobot, info: CreateSessionInfoInput): SimUser {
  const code = robot.options.badCredentialsErrorCode ?? ErrorCode.ERROR_DEVICE;
  const subCode = robot.options.badCredentialsSubCode;
  const user = robot.users.user(info.username);
  if (!user) {
    throw new RequestError(code, subCode ?? SubErrorCode.USER_NOT_FOUND, `user '${info.username}' not found`);
  }
  if (user.password !== info.password) {
    throw new RequestError(code, subCode ?? SubErrorCode.INVALID_PASSWORD, `invalid password for user '${user.username}'`);
  }
  return user;
}

function closeSession(_input: unknown, call: ServiceCall): Record<string, never> {
  const id = call.connection.sessionId;
  call.robot.endSession(call.connection, 'closed');
  // docs/protocol.md, "What real robots may do differently", #3.
  call.responseSessionId = call.robot.options.closeSessionResponseSessionId === 'same' ? id : 0;
  return {};
}

function connectionListPayload(robot: ServiceRobot): Uint8Array | undefined {
  const cache = robot.state(CONNECTION_LIST);
  if (cache.version !== robot.peersVersion()) {
    cache.encoded = SessionRpcs.getConnections.encodeResponse(
      buildConnectionList(robot.generation, robot.connections(), robot.options.k3LegacyConnectionList ?? 'user'),
    );
    cache.version = robot.peersVersion();
  }
  return cache.encoded;
}

const getConnections: RpcHandler = {
  rpc: SessionRpcs.getConnections,
  needsSession: true,
  // The vendor's documented permissions; docs/protocol.md, "What real robots may do differently", #11 for the undocumented ones.
  permissions: ['USER_PERMISSION_READ_ONLY'],
  run: (call) => connectionListPayload(call.robot),
};

export const sessionService: ServiceRegistration = {
  serviceId: SESSION_SERVICE_ID,
  name: 'session',
  vendorName: 'Session',
  rpcs: [
    serveRpc(SessionRpcs.createSession, { needsSession: false, inputType: 'CreateSessionInfo' }, createSession),
    serveRpc(SessionRpcs.closeSession, { inputType: 'Empty' }, closeSession),
    serveRpc(SessionRpcs.keepAlive, { inputType: 'Empty' }, () => ({})),
    getConnections,
    serveRpc(
      SessionRpcs.addTemporaryUserRole,
      { permissions: ['USER_PERMISSION_OPERATE'], inputType: 'TemporaryRoleRequest' },
      (request, call) => {
        if (grantTemporaryRole(call.robot.users, callerSession(call), request)) call.robot.sessionsChanged();
        return {};
      },
    ),
    serveRpc(SessionRpcs.removeTemporaryUserRole, { permissions: ['USER_PERMISSION_OPERATE'], inputType: 'Empty' }, (_input, call) => {
      if (removeTemporaryRoles(call.session)) call.robot.sessionsChanged();
      return {};
    }),
    serveRpc(
      SessionRpcs.setAccessControl,
      { permissions: ['USER_PERMISSION_SYSTEM', 'USER_PERMISSION_CONFIGURE'], inputType: 'AccessControlOptions' },
      (options, call) => {
        call.robot.access.singleSourceControl = options.singleSourceControl;
        call.robot.access.bypassRemoteAccess = options.bypassRemoteAccess;
        return {};
      },
    ),
    serveRpc(SessionRpcs.getAccessControl, { permissions: ['USER_PERMISSION_READ_ONLY'], inputType: 'Empty' }, (_input, call) => ({
      ...call.robot.access,
    })),
  ],
};
