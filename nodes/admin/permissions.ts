/**
 * The Node-RED admin permissions this package's admin endpoints ask for (Node-RED's adminAuth
 * scopes: a user with "read" holds every *.read, with "*" every one). Reading the sidebar names the
 * robot's users and addresses; testing a connection sends a password to a robot.
 */
export const ADMIN_PERMISSIONS = {
  /** GET /kortex/sidebar. */
  read: 'kortex-session.read',
  /** POST /kortex-session/test. */
  write: 'kortex-session.write',
} as const;
