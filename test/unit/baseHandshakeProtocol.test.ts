/**
 * The Base calls the handshake needs (src/protocol/base/rpcs.ts, k3Rpcs.ts) against the facts in
 * docs/protocol.md, "The Base service": function uids as Kinova's Kortex 2.6 and 3.3 clients name
 * them, field numbers as bytes written by hand from the vendor's field numbers.
 */
import assert from 'node:assert/strict';
import { functionUid } from '../../src/protocol/header';
import { BASE_SERVICE_ID, BaseRpcs, actionTopic, armStateTopic } from '../../src/protocol/base/rpcs';
import { BaseK3Rpcs, k3ActionTopic } from '../../src/protocol/base/k3Rpcs';

const uid = (rpc: { serviceId: number; functionId: number }) => functionUid(rpc.serviceId, rpc.functionId);
const hex = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? new Uint8Array()).toString('hex');
const bytes = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');

describe('protocol: the Base calls of the handshake', () => {
  it('Kortex 2 function uids (Kortex 2.6 BaseFunctionUid)', () => {
    const expected: Record<string, number> = {
      getArmState: 0x200af,
      onNotificationArmStateTopic: 0x200b0,
      unsubscribe: 0x20061,
      clearFaults: 0x20092,
      stop: 0x20070,
      applyEmergencyStop: 0x20091,
      readAllActions: 0x2002c,
      readAction: 0x2002b,
      executeActionFromReference: 0x2002f,
      pauseAction: 0x20031,
      stopAction: 0x20032,
      resumeAction: 0x20033,
      onNotificationActionTopic: 0x2006a,
    };
    assert.deepEqual(Object.keys(BaseRpcs).sort(), Object.keys(expected).sort());
    for (const [key, rpc] of Object.entries(BaseRpcs)) {
      assert.equal(uid(rpc), expected[key], rpc.name);
      assert.equal(rpc.k3Only, false, rpc.name);
    }
    assert.equal(actionTopic.subscribe, BaseRpcs.onNotificationActionTopic);
    assert.equal(actionTopic.unsubscribe, BaseRpcs.unsubscribe);
  });

  it('Kortex 3 function uids (Kortex 3.3 BaseFunctionUid): no stored-action calls, ApplyQuickStop on 0x91', () => {
    const expected: Record<string, number> = {
      getArmState: 0x200af,
      onNotificationArmStateTopic: 0x200b0,
      unsubscribe: 0x20061,
      clearFaults: 0x20092,
      stop: 0x20070,
      applyQuickStop: 0x20091,
      pauseAction: 0x20031,
      stopAction: 0x20032,
      resumeAction: 0x20033,
      onNotificationActionTopic: 0x2006a,
    };
    assert.deepEqual(Object.keys(BaseK3Rpcs).sort(), Object.keys(expected).sort());
    for (const [key, rpc] of Object.entries(BaseK3Rpcs)) {
      assert.equal(rpc.serviceId, BASE_SERVICE_ID, rpc.name);
      assert.equal(uid(rpc), expected[key], rpc.name);
    }
    assert.equal(BaseK3Rpcs.applyQuickStop.k3Only, true);
    assert.equal(k3ActionTopic.subscribe, BaseK3Rpcs.onNotificationActionTopic);
  });

  it('Empty calls send no payload and read none', () => {
    for (const rpc of [BaseRpcs.clearFaults, BaseRpcs.stop, BaseRpcs.applyEmergencyStop, BaseRpcs.pauseAction, BaseK3Rpcs.applyQuickStop]) {
      assert.equal(rpc.encodeRequest({}), undefined, rpc.name);
      assert.deepEqual(rpc.decodeResponse(new Uint8Array()), {}, rpc.name);
    }
  });

  it('RequestedActionType: action_type 1 (K2 ActionType: REACH_JOINT_ANGLES 7, EXECUTE_SEQUENCE 40)', () => {
    assert.equal(hex(BaseRpcs.readAllActions.encodeRequest({ actionType: 'REACH_JOINT_ANGLES' })), '0807');
    assert.equal(hex(BaseRpcs.readAllActions.encodeRequest({ actionType: 'EXECUTE_SEQUENCE' })), '0828');
    assert.equal(hex(BaseRpcs.readAllActions.encodeRequest({})), '');
  });

  it('ActionHandle: identifier 1, action_type 2, permission 3 (fixed32)', () => {
    const handle = { identifier: 9, actionType: 'REACH_POSE', permission: 7 } as const;
    assert.equal(hex(BaseRpcs.executeActionFromReference.encodeRequest(handle)), '0809' + '1006' + '1d07000000');
    assert.equal(hex(BaseRpcs.readAction.encodeRequest(handle)), '0809' + '1006' + '1d07000000');
  });

  it('ActionList: action_list 1 of Action { handle 1, name 2, application_data 3 }; parameters skipped', () => {
    // Action { handle { identifier 5, action_type 40 }, name "Go", application_data "x", reach_joint_angles (10) {} }
    const action = '0a04' + '0805' + '1028' + '1202' + '476f' + '1a01' + '78' + '5200';
    const list = BaseRpcs.readAllActions.decodeResponse(bytes('0a' + (action.length / 2).toString(16).padStart(2, '0') + action));
    assert.deepEqual(list, {
      actionList: [{ handle: { identifier: 5, actionType: 'EXECUTE_SEQUENCE', permission: 0 }, name: 'Go', applicationData: 'x' }],
    });
    assert.equal(BaseRpcs.readAction.decodeResponse(bytes(action)).name, 'Go');
  });

  it('K2 ActionNotification: action_event 1, handle 2, timestamp 3, user_handle 4, abort_details 5, connection 6, trajectory_info 7', () => {
    const payload = bytes(
      '0802' + // ACTION_ABORT
        '1204 0803 1007' + // handle { identifier 3, REACH_JOINT_ANGLES }
        '1a02 080a' + // timestamp { sec 10 }
        '2207 0801 1504000000' + // user_handle { identifier 1, permission 4 }
        '2816' + // ROBOT_IN_FAULT (22)
        '3202 1803' + // connection { connection_identifier 3 }
        '3a04 080c 1002', // trajectory_info { WAYPOINT_REACHED, waypoint_index 2 }
    );
    assert.deepEqual(actionTopic.decodeNotification(payload), {
      actionEvent: 'ACTION_ABORT',
      handle: { identifier: 3, actionType: 'REACH_JOINT_ANGLES', permission: 0 },
      timestamp: { sec: 10, usec: 0 },
      userHandle: { identifier: 1, permission: 4 },
      abortDetails: 'ROBOT_IN_FAULT',
      connection: {
        connectionInformation: '',
        connectionIdentifier: 3,
        isLocal: false,
        sessionIdentifier: 0,
        connectionInactivityTimeout: 0,
        roles: [],
        connectionType: 'CONNECTION_TYPE_UNSPECIFIED',
        isWebapp: false,
        username: '',
      },
      trajectoryInfo: [{ trajectoryInfoType: 'WAYPOINT_REACHED', waypointIndex: 2, jointIndex: 0 }],
    });
  });

  it('K3 ActionNotification: action_event 1, handle 2 (K3 names), abort_details 5, generic_info 8; K3 action types 13 and 28', () => {
    const payload = bytes(
      '0804' + // ACTION_START
        '1204 0802 101c' + // handle { identifier 2, APPLY_QUICK_STOP (28) }
        '2800' +
        '4206 0803 1202 0807', // generic_info { NOTIF_ERROR, timestamp { sec 7 } }
    );
    assert.deepEqual(k3ActionTopic.decodeNotification(payload), {
      actionEvent: 'ACTION_START',
      handle: { identifier: 2, actionType: 'APPLY_QUICK_STOP', permission: 0 },
      abortDetails: 'SUB_ERROR_NONE',
      trajectoryInfo: [],
      genericInfo: { severity: 'NOTIF_ERROR', timestamp: { sec: 7, usec: 0 } },
    });
    assert.equal(k3ActionTopic.decodeNotification(bytes('1202 100d')).handle?.actionType, 'TOGGLE_HAND_GUIDING_MODE');
    assert.equal(actionTopic.decodeNotification(bytes('1202 100d')).handle?.actionType, 'TOGGLE_ADMITTANCE_MODE');
  });

  it('K3 ArmStateNotification: generic_info 4 { severity 1, timestamp 2, connection 3 }; K3 arm states 11..17', () => {
    const decoded = armStateTopic.decodeNotification(bytes('0811' + '2206 0801 1202 0805'));
    assert.deepEqual(decoded, {
      activeState: 'ARMSTATE_IN_UNRECOVERABLE_FAULT',
      genericInfo: { severity: 'NOTIF_INFO', timestamp: { sec: 5, usec: 0 } },
    });
    assert.equal(armStateTopic.decodeNotification(bytes('080b')).activeState, 'ARMSTATE_POSITION_UNKNOWN');
    assert.equal(armStateTopic.decodeNotification(bytes('0810')).activeState, 'ARMSTATE_IN_FAULT_POWERED_OFF');
    assert.equal(BaseRpcs.getArmState.decodeResponse(bytes('080c')).activeState, 'ARMSTATE_ARM_OPERATIONAL');
  });
});
