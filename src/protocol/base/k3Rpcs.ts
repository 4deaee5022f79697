/**
 * The Base service (service id 2) as Kortex 3 (Link 6) serves it to this package: the calls it has
 * in common with Kortex 2 (the same descriptors), ApplyQuickStop on K2's emergency stop id, and
 * the action topic with K3's notification (docs/protocol.md, "The Base service"). Not here: the
 * stored-action calls (ReadAllActions, ReadAction, which Kinova's 3.3 client does not offer, and
 * ExecuteActionFromReference, which K3 does not have); a K3 robot's stored work is its programs
 * (../programRunner/rpcs.ts).
 */
import { BaseK3Messages } from '../messageCodec';
import { emptyRpc, messageCodec, notificationTopic } from '../rpcCodecs';
import type { K3ActionNotificationJson } from './baseJson';
import { BaseRpcs, baseRpc } from './rpcs';

export const BaseK3Rpcs = {
  getArmState: BaseRpcs.getArmState,
  onNotificationArmStateTopic: BaseRpcs.onNotificationArmStateTopic,
  /** Over MQTT Kinova's client never sends it (see docs/protocol.md, "Notifications"). */
  unsubscribe: BaseRpcs.unsubscribe,
  clearFaults: BaseRpcs.clearFaults,
  stop: BaseRpcs.stop,
  /** A category 2 stop; the arm then waits in the Monitored Stop operating mode. */
  applyQuickStop: emptyRpc(baseRpc('ApplyQuickStop', 0x91, true)),
  pauseAction: BaseRpcs.pauseAction,
  stopAction: BaseRpcs.stopAction,
  resumeAction: BaseRpcs.resumeAction,
  onNotificationActionTopic: BaseRpcs.onNotificationActionTopic,
} as const;

/** Base's action topic as Kortex 3 shapes it: same topic, K3's ActionNotification. */
export const k3ActionTopic = notificationTopic(
  'Action',
  BaseK3Rpcs.onNotificationActionTopic,
  BaseK3Rpcs.unsubscribe,
  // Stryker disable next-line StringLiteral: equivalent, the name is only in encode errors, and only the simulator encodes notifications
  messageCodec<K3ActionNotificationJson>(BaseK3Messages.ActionNotification, 'ActionNotification'),
);
