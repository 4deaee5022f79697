/** One peer of the simulated robot and the session it may hold. */
import type { RoleDefinition, SimUser } from './users';
import type { TimerHandle } from '../../util/clock';

/** Which K3 GetConnections list a connection's session belongs to. */
export type ConnectionKind = 'user' | 'plugin' | 'internal' | 'monitor';

/** @internal The model's record of one open session. */
export interface SimSession {
  id: number;
  user: SimUser;
  temporaryRoles: RoleDefinition[];
  sessionInactivityTimeout: number;
  connectionInactivityTimeout: number;
  openedAt: number;
  timer: TimerHandle | undefined;
}

/** One peer of the robot. Created by SessionModel.attach; holds at most one session. */
export class SimConnection {
  /** @internal */ session: SimSession | undefined;
  /** @internal */ lastActivityAt: number;
  /** @internal */ attached = true;

  constructor(
    readonly id: number,
    readonly information: string,
    readonly connectionType: number,
    readonly isLocal: boolean,
    readonly kind: ConnectionKind,
    now: number,
  ) {
    this.lastActivityAt = now;
  }

  /** The session id of this connection, 0 when it has none. */
  get sessionId(): number {
    return this.session?.id ?? 0;
  }
}

/** The user's role, then each temporary role not already held. */
export function effectiveRoles(session: SimSession): RoleDefinition[] {
  const roles = [session.user.role];
  for (const r of session.temporaryRoles) if (!roles.some((held) => held.identifier === r.identifier)) roles.push(r);
  return roles;
}
