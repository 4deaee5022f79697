/**
 * The Base service's stored actions (docs/protocol.md, "The Base service"): Kortex 2's stored work.
 * Reading and running them is Kortex 2 only (a Kortex 3 robot's stored work is its programs,
 * ../programRunner/programs.ts); pausing, resuming and stopping the running action, and its topic,
 * both generations have, the topic in each generation's own shape.
 */
import { BaseRpcs, actionTopic } from '../../../protocol/base/rpcs';
import { k3ActionTopic } from '../../../protocol/base/k3Rpcs';
import type {
  ActionHandleJson,
  ActionJson,
  ActionListJson,
  ActionNotificationJson,
  K3ActionNotificationJson,
} from '../../../protocol/base/baseJson';
import type { EmptyJson as Empty } from '../../../protocol/rpcCodecs';
import type { CallResult, ServiceCaller } from '../caller';
import { knownGeneration, onGeneration } from '../generation';

export type {
  ActionEventName,
  ActionHandleJson,
  ActionJson,
  ActionNotificationJson,
  K3ActionNotificationJson,
} from '../../../protocol/base/baseJson';

type Options = { timeoutMs?: number };

/** Every stored action (Kortex 2). */
export function readAllActions(caller: ServiceCaller, options?: Options): Promise<CallResult<ActionListJson>> {
  return onGeneration(caller, 'k2', 'ReadAllActions', () => caller.callRpc(BaseRpcs.readAllActions, {}, options));
}

/** One stored action by its handle (Kortex 2). */
export function readAction(caller: ServiceCaller, handle: ActionHandleJson, options?: Options): Promise<CallResult<ActionJson>> {
  return onGeneration(caller, 'k2', 'ReadAction', () => caller.callRpc(BaseRpcs.readAction, handle, options));
}

/** Runs a stored action (Kortex 2, ExecuteActionFromReference); its progress comes on the action topic. */
export function executeAction(caller: ServiceCaller, handle: ActionHandleJson, options?: Options): Promise<CallResult<Empty>> {
  return onGeneration(caller, 'k2', 'ExecuteActionFromReference', () =>
    caller.callRpc(BaseRpcs.executeActionFromReference, handle, options),
  );
}

export function pauseAction(caller: ServiceCaller, options?: Options): Promise<CallResult<Empty>> {
  return caller.callRpc(BaseRpcs.pauseAction, {}, options);
}

export function resumeAction(caller: ServiceCaller, options?: Options): Promise<CallResult<Empty>> {
  return caller.callRpc(BaseRpcs.resumeAction, {}, options);
}

export function stopAction(caller: ServiceCaller, options?: Options): Promise<CallResult<Empty>> {
  return caller.callRpc(BaseRpcs.stopAction, {}, options);
}

/** What the action topic delivers: the shape of the robot's generation, tagged with it. */
export type ActionTopicNotification =
  { generation: 'k2'; notification: ActionNotificationJson } | { generation: 'k3'; notification: K3ActionNotificationJson };

/**
 * `ownerId` hears the action topic in the shape of the robot's generation until it stops watching.
 * Throws (UNSUPPORTED) while an 'auto' transport has not probed the robot: the shape is not known.
 */
export function watchActions(caller: ServiceCaller, ownerId: string, callback: (event: ActionTopicNotification) => void): void {
  if (knownGeneration(caller, 'the action topic') === 'k2') {
    caller.subscribe(actionTopic, ownerId, (notification) => callback({ generation: 'k2', notification }));
  } else {
    caller.subscribe(k3ActionTopic, ownerId, (notification) => callback({ generation: 'k3', notification }));
  }
}

/** Both shapes are one robot topic (one service and function): one unsubscribe ends either. */
export function stopWatchingActions(caller: ServiceCaller, ownerId: string, removed = true): void {
  caller.unsubscribe(actionTopic, ownerId, removed);
}
