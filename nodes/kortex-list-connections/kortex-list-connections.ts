/**
 * kortex-list-connections: any message asks the robot who is connected (GetConnections); the
 * decoded ConnectionList goes out in msg.payload, in proto3 canonical JSON form.
 */
import { SessionBinding } from '../lib/binding';
import { translator } from '../lib/i18n';
import type { Node, NodeAPI, NodeDef } from '../lib/types';

interface ListConnectionsDef extends NodeDef {
  session?: string;
}

export = function registerKortexListConnections(RED: NodeAPI): void {
  const t = translator(RED);

  function KortexListConnectionsNode(this: Node, def: ListConnectionsDef): void {
    RED.nodes.createNode(this, def);
    const binding = new SessionBinding(RED, this, def.session, t);
    this.on('input', (msg, send, done) => {
      binding.handle(msg, send, done, () => binding.ready('GetConnections').call('getConnections', {}));
    });
  }

  RED.nodes.registerType('kortex-list-connections', KortexListConnectionsNode);
};
