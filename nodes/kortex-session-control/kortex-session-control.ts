/**
 * kortex-session-control: acts on the session a kortex-session config node shares with every node
 * that uses it, from a flow (a PLC bit, a dashboard button): "release" hands the robot over
 * (CloseSession; no session and no retries until "acquire"), "acquire" logs in again, "reconnect"
 * gives a fresh login now, "status" only tells. One output: where the session stands after the
 * command. The release lives in the pooled client, so every node on that config and the sidebar
 * card show it (docs/plc.md).
 */
import type { CallMeta } from '../../src/client/session/client';
import { SessionBinding } from '../lib/binding';
import { translator } from '../lib/i18n';
import { CONTROL_COMMANDS, ControlCommand, commandFor, loginSettled, sessionSummary } from '../lib/sessionControl';
import type { Node, NodeAPI, NodeDef } from '../lib/types';

interface SessionControlDef extends NodeDef {
  session?: string;
  command?: string;
}

/** Longest a command waits for a login to open or fail before it reports the state as it is. */
const LOGIN_WAIT_MS = 15_000;

export = function registerKortexSessionControl(RED: NodeAPI): void {
  const t = translator(RED);

  function KortexSessionControlNode(this: Node, def: SessionControlDef): void {
    RED.nodes.createNode(this, def);
    const binding = new SessionBinding(RED, this, def.session, t);
    const configured: ControlCommand = (CONTROL_COMMANDS as readonly string[]).includes(def.command ?? '')
      ? (def.command as ControlCommand)
      : 'status';

    this.on('input', (msg, send, done) => {
      binding.handle(msg, send, done, async () => {
        const command = commandFor(msg, configured, t);
        // No usable config: ready() throws the reason (a refused login is no reason not to act).
        const client = binding.client ?? binding.ready(command);
        const started = Date.now();
        if (command === 'release') await client.release();
        else if (command === 'reconnect') await client.reconnect();
        else if (command === 'acquire') client.acquire();
        if (command === 'acquire' || command === 'reconnect') await loginSettled(client, LOGIN_WAIT_MS);
        const payload = sessionSummary(command, client, binding.tracker?.last);
        // `rpc` names the command: release says CloseSession, acquire and reconnect CreateSession.
        const meta: CallMeta = { robot: client.robot, rpc: command, sessionId: payload.sessionId, durationMs: Date.now() - started };
        return { payload, meta };
      });
    });
  }

  RED.nodes.registerType('kortex-session-control', KortexSessionControlNode);
};
