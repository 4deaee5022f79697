/**
 * Simulator users for the reliability tests, with passwords that differ from the user names (the
 * simulator's defaults use the name as password, which would make redaction mask user names too).
 */
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { UsersConfig, defaultUsersConfig } from '../../src/simulator/robot/users';
import type { Generation } from '../../src/simulator/robot/modelTypes';

export const ROBOT_PASSWORDS = { admin: 'rel-Admin-pw-4471', operator: 'rel-Oper-pw-9912', system: 'rel-Sys-pw-5523' } as const;

export function reliabilityUsers(overrides: Partial<Record<keyof typeof ROBOT_PASSWORDS, string>> = {}): UsersConfig {
  const users = defaultUsersConfig();
  const passwords: Record<string, string> = { ...ROBOT_PASSWORDS, ...overrides };
  for (const user of users.users) user.password = passwords[user.username] ?? user.password;
  return users;
}

/** An in-process simulator on 127.0.0.1 (free port) with these users. */
export function startTestRobot(
  generation: Generation,
  users: UsersConfig = reliabilityUsers(),
  extra: { firstSessionId?: number } = {},
): Promise<RunningSimulator> {
  return startSimulator({ generation, transport: 'tcp', host: '127.0.0.1', port: 0, users, ...extra });
}
