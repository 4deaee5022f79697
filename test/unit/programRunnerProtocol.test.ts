/**
 * The ProgramRunner service (src/protocol/programRunner/rpcs.ts) against the facts in
 * docs/protocol.md, "The ProgramRunner service": service id 35 and function uids as Kinova's
 * Kortex 3.3 client names them, field numbers as bytes written by hand from the vendor's numbers.
 */
import assert from 'node:assert/strict';
import { functionUid } from '../../src/protocol/header';
import {
  PROGRAM_RUNNER_SERVICE_ID,
  ProgramRunnerRpcs,
  executionEventTopic,
  runnerStateTopic,
  runnerStatusTopic,
} from '../../src/protocol/programRunner/rpcs';

const uid = (rpc: { serviceId: number; functionId: number }) => functionUid(rpc.serviceId, rpc.functionId);
const hex = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? new Uint8Array()).toString('hex');
const bytes = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');

describe('protocol: the ProgramRunner service', () => {
  it('service 35; function uids as Kortex 3.3 ProgramRunnerFunctionUid; every RPC Kortex 3 only', () => {
    assert.equal(PROGRAM_RUNNER_SERVICE_ID, 35);
    const expected: Record<string, number> = {
      readAllPrograms: 0x230004,
      getStatus: 0x230009,
      pause: 0x23000a,
      resume: 0x23000b,
      start: 0x23000c,
      stop: 0x23000d,
      onNotificationStateChangeTopic: 0x23000e,
      onNotificationStatusChangeTopic: 0x23000f,
      onNotificationExecutionEventTopic: 0x230011,
      unsubscribe: 0x230012,
    };
    assert.deepEqual(Object.keys(ProgramRunnerRpcs).sort(), Object.keys(expected).sort());
    for (const [key, rpc] of Object.entries(ProgramRunnerRpcs)) {
      assert.equal(uid(rpc), expected[key], rpc.name);
      assert.equal(rpc.k3Only, true, rpc.name);
    }
    assert.equal(runnerStateTopic.subscribe, ProgramRunnerRpcs.onNotificationStateChangeTopic);
    assert.equal(runnerStatusTopic.subscribe, ProgramRunnerRpcs.onNotificationStatusChangeTopic);
    assert.equal(executionEventTopic.subscribe, ProgramRunnerRpcs.onNotificationExecutionEventTopic);
    for (const topic of [runnerStateTopic, runnerStatusTopic, executionEventTopic]) {
      assert.equal(topic.serviceId, 35);
      assert.equal(topic.unsubscribe, ProgramRunnerRpcs.unsubscribe);
    }
  });

  it('ProgramStartConfiguration: debug_mode 1, handle 2 = RunnableHandle { action_handle 1, program_handle 2 { identifier 1, permission 2 } }', () => {
    const request = ProgramRunnerRpcs.start.encodeRequest({ debugMode: true, handle: { programHandle: { identifier: 4, permission: 1 } } });
    assert.equal(hex(request), '0801' + '1209' + '1207' + '0804' + '1501000000');
    assert.equal(hex(ProgramRunnerRpcs.resume.encodeRequest({ actionHandle: { identifier: 3 } })), '0a02' + '0803');
    assert.equal(ProgramRunnerRpcs.stop.encodeRequest({}), undefined);
    assert.equal(ProgramRunnerRpcs.pause.encodeRequest({}), undefined);
  });

  it('ProgramList: programs 1 = Program { handle 2, name 3, is_validated 5, last_validated_on 6, last_modified_on 7 }; actions skipped', () => {
    // Program { actions (1) {}, handle { identifier 7 }, name "Pick", is_validated, last_modified_on { usec 1000 } }
    const program = '0a00' + '1202 0807' + '1a04 5069636b' + '2801' + '3a03 08e807';
    assert.deepEqual(ProgramRunnerRpcs.readAllPrograms.decodeResponse(bytes('0a13' + program)), {
      programs: [{ handle: { identifier: 7, permission: 0 }, name: 'Pick', isValidated: true, lastModifiedOn: { usec: 1000 } }],
    });
  });

  it('StatusInformation: status 1, current_handles 2 { action_handles 1 { handle 1, context_action_ids 2 }, program_handle 2 }, start_operating_mode 3', () => {
    const status = bytes('0802' + '120a 0a04 0a02 0805' + '1202 0809' + '1804');
    const expected = {
      status: 'STATUS_RUNNING',
      currentHandles: {
        actionHandles: [{ handle: { identifier: 5 }, contextActionIds: [] }],
        programHandle: { identifier: 9, permission: 0 },
      },
      startOperatingMode: 'OPERATING_MODE_AUTO',
    };
    assert.deepEqual(ProgramRunnerRpcs.getStatus.decodeResponse(status), expected);
    // StatusChangeNotification { status_info 1, generic_info 4 { severity 1 } }
    const notification = Buffer.concat([bytes('0a' + status.length.toString(16).padStart(2, '0')), status, bytes('2202 0802')]);
    assert.deepEqual(runnerStatusTopic.decodeNotification(notification), {
      statusInfo: expected,
      genericInfo: { severity: 'NOTIF_WARNING' },
    });
  });

  it('ExecutionEventNotification: event 1, handle 2, payload 3, timestamp 4, generic_info 7; field_feedbacks (6) skipped', () => {
    const payload = bytes('0802' + '1204 1202 0806' + '1a02 7b7d' + '2202 0803' + '3200' + '3a02 0804');
    assert.deepEqual(executionEventTopic.decodeNotification(payload), {
      event: 'EXECUTION_EVENT_FAILED',
      handle: { programHandle: { identifier: 6, permission: 0 } },
      payload: '{}',
      timestamp: { sec: 3, usec: 0 },
      genericInfo: { severity: 'NOTIF_CRITICAL' },
    });
  });

  it('StateChangeNotification: sequence 1 = StateSequence { identifier 1, actions 2 = StateAction { index 2, events 3 { payload 1, type 3 } }, is_main 6 }', () => {
    // StateAction { index 1, events [{ payload "a", type ACTION_STARTED (4) }], stats { play_count (5) 2 } }
    const action = '1001' + '1a05 0a01 61 1804' + '3202 2802';
    const sequence = '0a01 73' + '120d' + action + '3001';
    const decoded = runnerStateTopic.decodeNotification(bytes('0a14' + sequence));
    assert.equal(decoded.sequence?.identifier, 's');
    assert.equal(decoded.sequence?.isMain, true);
    const [first] = decoded.sequence?.actions ?? [];
    assert.equal(first?.index, 1);
    assert.deepEqual(first?.events, [{ payload: 'a', type: 'STATE_EVENT_TYPE_ACTION_STARTED' }]);
    assert.equal(first?.stats?.playCount, 2);
  });
});
