/**
 * kortex-add-temporary-role: raises a temporary role on this flow's session (AddTemporaryUserRole,
 * which needs that role's password) or, with action "remove", drops the temporary roles again
 * (RemoveTemporaryUserRole). Kortex 3 robots only.
 *
 * The role password is a credential of the node, or msg.rolePassword; the latter is deleted from
 * msg before anything else happens, so neither the output nor a Catch node ever sees it.
 */
import { registerSecret } from '../../src/client/core/redact';
import { describeType } from '../../src/util/describeValue';
import { SessionBinding, inputError } from '../lib/binding';
import { Translate, translator } from '../lib/i18n';
import { actionFor } from '../lib/input';
import type { Node, NodeAPI, NodeDef, NodeMessage } from '../lib/types';

type RoleAction = 'add' | 'remove';
const ROLE_ACTIONS: readonly RoleAction[] = ['add', 'remove'];
const DEFAULT_ROLE = 'Admin';
/**
 * Longest role identifier or role password accepted from a message. Real ones are a few dozen
 * characters; a huge string (a wrong msg property, a runaway flow) is refused before anything is
 * sent, instead of being shipped to the robot and echoed back in its error text.
 */
const MAX_TEXT_LENGTH = 1024;

interface AddTemporaryRoleDef extends NodeDef {
  session?: string;
  role?: string;
  action?: RoleAction;
}

interface RoleCredentials {
  rolePassword?: string;
}

/** Takes msg.rolePassword off the message (always, even when it is unusable) and checks its type. */
function takeRolePassword(msg: NodeMessage, t: Translate): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(msg, 'rolePassword')) return undefined;
  const value = msg.rolePassword;
  delete msg.rolePassword;
  if (value === undefined || value === null) return undefined;
  // The type only: a wrongly typed password is still a password and must not reach the error text.
  if (typeof value !== 'string')
    throw inputError(t('kortex.errors.rolePasswordType', { got: describeType(value) }), 'AddTemporaryUserRole');
  if (value.length > MAX_TEXT_LENGTH)
    throw inputError(t('kortex.errors.tooLong', { field: 'msg.rolePassword', max: MAX_TEXT_LENGTH }), 'AddTemporaryUserRole');
  return value === '' ? undefined : value;
}

function roleFor(msg: NodeMessage, configured: string | undefined, t: Translate): string {
  const requested = msg.role;
  if (requested !== undefined && requested !== null && typeof requested !== 'string') {
    throw inputError(t('kortex.errors.roleType', { got: describeType(requested) }), 'AddTemporaryUserRole');
  }
  const role = (typeof requested === 'string' ? requested : (configured ?? DEFAULT_ROLE)).trim();
  if (!role) throw inputError(t('kortex.errors.roleEmpty'), 'AddTemporaryUserRole');
  if (role.length > MAX_TEXT_LENGTH) {
    throw inputError(
      t('kortex.errors.tooLong', { field: typeof requested === 'string' ? 'msg.role' : 'the role identifier', max: MAX_TEXT_LENGTH }),
      'AddTemporaryUserRole',
    );
  }
  return role;
}

export = function registerKortexAddTemporaryRole(RED: NodeAPI): void {
  const t = translator(RED);

  function KortexAddTemporaryRoleNode(this: Node<RoleCredentials>, def: AddTemporaryRoleDef): void {
    RED.nodes.createNode(this, def);
    const node = this;
    const binding = new SessionBinding(RED, node, def.session, t);
    const configuredAction: RoleAction = def.action === 'remove' ? 'remove' : 'add';
    const configuredRole = typeof def.role === 'string' && def.role.trim() ? def.role.trim() : DEFAULT_ROLE;
    const credentialPassword = node.credentials?.rolePassword || undefined;
    // Masked in every log line and error text for as long as the node runs.
    const unregisterCredential = registerSecret(credentialPassword);
    node.on('close', (_removed: boolean, done: () => void) => {
      unregisterCredential();
      done();
    });

    node.on('input', (msg, send, done) => {
      binding.handle(msg, send, done, async (holdSecret) => {
        // Held until the error text is final: a robot that echoes the password gets it masked.
        const raw: unknown = msg.rolePassword;
        if (typeof raw === 'string') holdSecret(raw);
        const messagePassword = takeRolePassword(msg, t);
        const action = actionFor(msg, configuredAction, ROLE_ACTIONS, t);
        if (action === 'remove') return binding.ready('RemoveTemporaryUserRole').call('removeTemporaryUserRole', {});
        const roleIdentifier = roleFor(msg, configuredRole, t);
        const password = messagePassword ?? credentialPassword;
        if (!password) throw inputError(t('kortex.errors.rolePasswordMissing', { role: roleIdentifier }), 'AddTemporaryUserRole');
        return binding.ready('AddTemporaryUserRole').call('addTemporaryUserRole', { roleIdentifier, password });
      });
    });
  }

  RED.nodes.registerType('kortex-add-temporary-role', KortexAddTemporaryRoleNode, {
    credentials: { rolePassword: { type: 'password' } },
  });
};
