/**
 * kortex-access-control: reads the robot's access-control options (GetAccessControl) or sets them
 * (SetAccessControl) and reads them back, so the output always shows what the robot now has.
 * Kortex 3 robots only.
 */
import { CallMeta } from '../../src/client/session/client';
import { SessionBinding } from '../lib/binding';
import { translator } from '../lib/i18n';
import { actionFor, booleanOption, configFlag, plainObject } from '../lib/input';
import type { Node, NodeAPI, NodeDef } from '../lib/types';

type AccessAction = 'get' | 'set';
const ACCESS_ACTIONS: readonly AccessAction[] = ['get', 'set'];

interface AccessControlDef extends NodeDef {
  session?: string;
  action?: AccessAction;
  singleSourceControl?: boolean | string;
  bypassRemoteAccess?: boolean | string;
}

export = function registerKortexAccessControl(RED: NodeAPI): void {
  const t = translator(RED);

  function KortexAccessControlNode(this: Node, def: AccessControlDef): void {
    RED.nodes.createNode(this, def);
    const binding = new SessionBinding(RED, this, def.session, t);
    const configuredAction: AccessAction = def.action === 'set' ? 'set' : 'get';
    const configured = { singleSourceControl: configFlag(def.singleSourceControl), bypassRemoteAccess: configFlag(def.bypassRemoteAccess) };

    this.on('input', (msg, send, done) => {
      binding.handle(msg, send, done, async () => {
        const action = actionFor(msg, configuredAction, ACCESS_ACTIONS, t);
        if (action === 'get') return binding.ready('GetAccessControl').call('getAccessControl', {});
        // Each option from msg.payload when it names it (either spelling), else from the node.
        const payload = plainObject(msg.payload);
        const options = {
          singleSourceControl: booleanOption(
            payload,
            'singleSourceControl',
            'single_source_control',
            configured.singleSourceControl,
            'msg.payload',
            t,
            'SetAccessControl',
          ),
          bypassRemoteAccess: booleanOption(
            payload,
            'bypassRemoteAccess',
            'bypass_remote_access',
            configured.bypassRemoteAccess,
            'msg.payload',
            t,
            'SetAccessControl',
          ),
        };
        const set = await binding.ready('SetAccessControl').call('setAccessControl', options);
        const readBack = await binding.ready('GetAccessControl').call('getAccessControl', {});
        // Reported as the SetAccessControl call; the duration covers the set and the read-back.
        const meta: CallMeta = { ...readBack.meta, rpc: set.meta.rpc, durationMs: set.meta.durationMs + readBack.meta.durationMs };
        return { payload: readBack.payload, meta };
      });
    });
  }

  RED.nodes.registerType('kortex-access-control', KortexAccessControlNode);
};
