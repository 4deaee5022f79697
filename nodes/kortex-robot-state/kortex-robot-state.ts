/**
 * kortex-robot-state: the arm's state for a flow. Sends it on every change the robot pushes (the
 * Base arm state topic, one robot subscription per session whatever the number of nodes), when the
 * session opens (GetArmState), when it is lost (`ready: false`), and on any input (GetArmState).
 * `msg.ready` and `msg.faulted` say what a PLC or dashboard wants to know without the state names.
 */
import { ArmStateName, getArmState, stopWatchingArmState, watchArmState } from '../../src/client/services/base/armState';
import { SessionBinding, asNodeError } from '../lib/binding';
import { translator } from '../lib/i18n';
import { isFaulted, isReadyState, shortArmState } from '../lib/robotWork';
import { robotWorkView } from '../lib/robotWorkView';
import type { Node, NodeAPI, NodeDef, NodeMessage } from '../lib/types';

interface RobotStateDef extends NodeDef {
  session?: string;
}

/** The decoded state, as both the call and the topic give it. */
interface ArmStatePayload {
  activeState: ArmStateName;
}

const TOPIC_RPC = 'OnNotificationArmStateTopic';

export = function registerKortexRobotState(RED: NodeAPI): void {
  const t = translator(RED);

  function KortexRobotStateNode(this: Node, def: RobotStateDef): void {
    RED.nodes.createNode(this, def);
    const node = this;
    const binding = new SessionBinding(RED, this, def.session, t);
    const client = binding.client;
    // What this node hears also goes to the sidebar's card of the robot (no subscription of its own).
    const view = client ? robotWorkView(client) : undefined;
    let closed = false;
    let last: ArmStatePayload | undefined;

    /** The message's derived flags, and the status: green dot with the short name, red on a fault. */
    const decorate = (msg: NodeMessage, payload: ArmStatePayload): void => {
      last = payload;
      const open = client?.state === 'open';
      const ready = open && isReadyState(payload.activeState, client?.generation());
      const faulted = isFaulted(payload.activeState);
      msg.ready = ready;
      msg.faulted = faulted;
      if (!closed) view?.reportArm(node.id, open ? { state: payload.activeState, ready, faulted } : undefined);
      if (!closed && open) {
        node.status({ fill: faulted ? 'red' : 'green', shape: 'dot', text: shortArmState(payload.activeState) });
      }
    };

    const sendState = (payload: ArmStatePayload, rpc: string, durationMs = 0, topic = 'state'): void => {
      if (closed) return;
      const msg: NodeMessage = { topic, payload };
      decorate(msg, payload);
      msg.kortex = binding.meta(rpc, durationMs);
      node.send(msg);
    };

    if (client) {
      // The robot pushes changes only: read the state the session starts with.
      // A change pushed while the read is on its way is newer than the read's answer: that answer is dropped.
      let pushes = 0;
      const readNow = (): void => {
        const before = pushes;
        getArmState(client).then(
          ({ payload, meta: call }) => {
            if (pushes === before) sendState(payload, call.rpc, call.durationMs);
          },
          (err: unknown) => binding.showFailure(asNodeError(err)),
        );
      };
      watchArmState(client, node.id, (notification) => {
        pushes++;
        sendState(notification, TOPIC_RPC);
      });
      if (client.state === 'open') readNow();
      binding.subscribe((event) => {
        if (event.state === 'open') {
          readNow();
        } else if (last && (event.state === 'reconnecting' || event.state === 'released' || event.state === 'closed')) {
          // The state can no longer be heard: not ready, whatever it was.
          sendState(last, event.state, 0, 'lost');
        }
      });
    }

    this.on('input', (msg, send, done) => {
      binding.handle(msg, send, done, async () => {
        const outcome = await getArmState(binding.ready('GetArmState'));
        decorate(msg, outcome.payload);
        return outcome;
      });
    });

    this.on('close', (removed: boolean, done: () => void) => {
      closed = true;
      view?.forget(node.id);
      if (client) stopWatchingArmState(client, node.id, removed);
      done();
    });
  }

  RED.nodes.registerType('kortex-robot-state', KortexRobotStateNode);
};
