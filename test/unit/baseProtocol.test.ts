/**
 * The Base service's ids and messages (src/protocol/base/rpcs.ts) against the facts in
 * docs/protocol.md, "The Base service": function uids as Kinova's Kortex 2.6 client names them,
 * field numbers as bytes written by hand from the .proto field numbers.
 */
import assert from 'node:assert/strict';
import { functionUid } from '../../src/protocol/header';
import { BASE_SERVICE_ID, BaseRpcs, armStateTopic } from '../../src/protocol/base/rpcs';
import { SESSION_SERVICE_ID, SessionRpcs } from '../../src/protocol/session/rpcs';

describe('protocol: the Base service', () => {
  it('every RPC descriptor carries its own service id: Base 2, Session 1', () => {
    for (const rpc of Object.values(BaseRpcs)) assert.equal(rpc.serviceId, BASE_SERVICE_ID, rpc.name);
    for (const rpc of Object.values(SessionRpcs)) assert.equal(rpc.serviceId, SESSION_SERVICE_ID, rpc.name);
  });

  it('function uids: GetArmState 0x200af, OnNotificationArmStateTopic 0x200b0, Unsubscribe 0x20061', () => {
    const uid = (rpc: { serviceId: number; functionId: number }) => functionUid(rpc.serviceId, rpc.functionId);
    assert.equal(uid(BaseRpcs.getArmState), 0x200af);
    assert.equal(uid(BaseRpcs.onNotificationArmStateTopic), 0x200b0);
    assert.equal(uid(BaseRpcs.unsubscribe), 0x20061);
    assert.equal(armStateTopic.subscribe, BaseRpcs.onNotificationArmStateTopic);
  });

  it('ArmStateNotification: active_state 1 (enum), timestamp 2 {sec 1, usec 2}, connection 3', () => {
    const bytes = armStateTopic.encodeNotification({ activeState: 'ARMSTATE_IN_FAULT', timestamp: { sec: 5, usec: 1 } });
    assert.equal(Buffer.from(bytes).toString('hex'), '0804' + '1204' + '0805' + '1001');
    const withConnection = Buffer.from('0807' + '1a02' + '2001', 'hex'); // connection { is_local (4) = true }
    assert.deepEqual(armStateTopic.decodeNotification(withConnection).activeState, 'ARMSTATE_SERVOING_READY');
    assert.equal(armStateTopic.decodeNotification(withConnection).connection?.isLocal, true);
  });

  it('ArmStateInformation (GetArmState): active_state 1; NotificationHandle identifier 1; NotificationOptions type 1', () => {
    assert.deepEqual(BaseRpcs.getArmState.decodeResponse(Buffer.from('0802', 'hex')).activeState, 'ARMSTATE_IDLE');
    assert.equal(
      Buffer.from(BaseRpcs.onNotificationArmStateTopic.encodeRequest({ type: 'NOTIFICATION_TYPE_EVENT' }) as Uint8Array).toString('hex'),
      '0803',
    );
    assert.deepEqual(BaseRpcs.onNotificationArmStateTopic.decodeResponse(Buffer.from('082a', 'hex')), { identifier: 42 });
    assert.equal(Buffer.from(BaseRpcs.unsubscribe.encodeRequest({ identifier: 42 }) as Uint8Array).toString('hex'), '082a');
  });
});
