/**
 * kortex-robot-command: one robot command from a flow (a PLC bit, a dashboard button): stop the
 * arm's motion, pause or resume the running job, clear the faults, or the emergency stop of the
 * robot's generation (Kortex 2 ApplyEmergencyStop, Kortex 3 ApplyQuickStop), which the node sends
 * only when its "allow emergency stop" box is ticked. Not a safety function: the robot's e-stop
 * and safety controller stay the safety.
 */
import { SessionBinding, inputError } from '../lib/binding';
import { translator } from '../lib/i18n';
import { configFlag } from '../lib/input';
import { RobotCommand, isRobotCommand, robotCommandFor, sendRobotCommand } from '../lib/robotWork';
import type { Node, NodeAPI, NodeDef } from '../lib/types';

interface RobotCommandDef extends NodeDef {
  session?: string;
  command?: string;
  allowEmergencyStop?: boolean | string;
}

export = function registerKortexRobotCommand(RED: NodeAPI): void {
  const t = translator(RED);

  function KortexRobotCommandNode(this: Node, def: RobotCommandDef): void {
    RED.nodes.createNode(this, def);
    const binding = new SessionBinding(RED, this, def.session, t);
    const configured: RobotCommand = isRobotCommand(def.command) ? def.command : 'stop';
    const allowEmergencyStop = configFlag(def.allowEmergencyStop);

    this.on('input', (msg, send, done) => {
      binding.handle(msg, send, done, async () => {
        const command = robotCommandFor(msg, configured, t);
        if (command === 'emergency-stop' && !allowEmergencyStop) throw inputError(t('kortex.errors.emergencyStopOff'));
        const { meta } = await sendRobotCommand(binding.ready(command), command);
        return { payload: { command, done: true }, meta };
      });
    });
  }

  RED.nodes.registerType('kortex-robot-command', KortexRobotCommandNode);
};
