/**
 * The texts and fields of the client's errors, as a Catch node or a log shows them
 * (src/client/core/errors.ts): what the robot said, where, and which call, each once.
 */
import assert from 'node:assert/strict';
import {
  KortexError,
  TransportUnavailableError,
  linkLostError,
  lostCallError,
  replyTooLargeError,
  withoutEndpoint,
} from '../../src/client/core/errors';

const ROBOT = '10.0.0.5:10000';
const ERROR_DEVICE = 3;
const INVALID_PASSWORD = 15;
const USER_NOT_FOUND = 16;
const METHOD_FAILED = 1;

describe('client errors: what a Catch node sees', () => {
  it("a robot's refusal names the call, the robot, both codes, the robot's text and our summary", () => {
    const err = new KortexError('login refused', {
      rpc: 'CreateSession',
      robot: ROBOT,
      errorCode: ERROR_DEVICE,
      subCode: INVALID_PASSWORD,
      serverText: 'wrong password',
    });
    assert.equal(err.name, 'KortexError');
    assert.equal(err.message, `CreateSession on ${ROBOT}: ERROR_DEVICE/INVALID_PASSWORD (robot says: wrong password) - login refused`);
    assert.equal(err.code, 'ERROR_DEVICE/INVALID_PASSWORD');
    assert.equal(err.errorCodeName, 'ERROR_DEVICE');
    assert.equal(err.subCodeName, 'INVALID_PASSWORD');
    assert.equal(err.isAuthFailure, true);
    assert.equal('cause' in err, false, 'no cause given, none set');
  });

  it('a refusal without text or summary, and which refusals are wrong credentials', () => {
    const refused = (subCode: number): KortexError => new KortexError('', { errorCode: ERROR_DEVICE, subCode });
    assert.equal(refused(METHOD_FAILED).message, 'ERROR_DEVICE/METHOD_FAILED');
    assert.equal(refused(USER_NOT_FOUND).isAuthFailure, true);
    assert.equal(refused(METHOD_FAILED).isAuthFailure, false);
  });

  it('a failure on our side names the call and the robot, then says what happened; its code is the kind', () => {
    const cause = new Error('socket hang up');
    const err = new KortexError('no reply within 5000 ms', { kind: 'TIMEOUT', rpc: 'GetArmState', robot: ROBOT, cause });
    assert.equal(err.message, `GetArmState on ${ROBOT}: no reply within 5000 ms`);
    assert.equal(err.code, 'TIMEOUT');
    assert.equal(err.errorCodeName, undefined);
    assert.equal(err.subCodeName, undefined);
    assert.equal(err.isAuthFailure, false);
    assert.equal((err as { cause?: Error }).cause, cause);
    assert.equal(new KortexError('something odd', {}).message, 'something odd');
    assert.equal(new KortexError('something odd', {}).code, 'ERROR');
    assert.equal(new KortexError('gone', { robot: ROBOT }).message, `on ${ROBOT}: gone`);
  });

  it('a transport that cannot be built is its own error type', () => {
    const err = new TransportUnavailableError('no MQTT in this build', 'mqtt');
    assert.equal(err.name, 'TransportUnavailableError');
    assert.equal(err.kind, 'mqtt');
  });

  it('an oversized reply says both sizes, exactly and readably', () => {
    assert.equal(
      replyTooLargeError(16_000_030, 16_777_216, 'GetConnections', ROBOT).message,
      `GetConnections on ${ROBOT}: reply of 16000030 bytes (16.0 MB) exceeds the limit of 16777216 bytes (16.8 MB); it was skipped unread`,
    );
    // From one MB on, the size is also given in MB; below it, bytes alone.
    assert.equal(
      replyTooLargeError(1_000_000, 999_999, undefined, ROBOT).message,
      `on ${ROBOT}: reply of 1000000 bytes (1.0 MB) exceeds the limit of 999999 bytes; it was skipped unread`,
    );
  });

  it('the endpoint is named once: only a leading "endpoint: " is taken off a transport text', () => {
    assert.equal(withoutEndpoint(`${ROBOT}: connection refused`, undefined, ROBOT), 'connection refused');
    assert.equal(withoutEndpoint(`broker:1883: closed`, ROBOT, 'broker:1883'), 'closed');
    assert.equal(withoutEndpoint(`refused by ${ROBOT}: `, ROBOT), `refused by ${ROBOT}: `);
    assert.equal(withoutEndpoint(`${ROBOT} refused`, ROBOT), `${ROBOT} refused`);
    assert.equal(linkLostError(new Error(`${ROBOT}: reset by the robot`), ROBOT, undefined).message, `on ${ROBOT}: reset by the robot`);
  });

  it('a call lost with the link names its own call and why the link went, without the lost error’s call or robot', () => {
    const lost = (message: string): string => lostCallError(new KortexError(message, {}), ROBOT, 'broker:1883')('GetArmState').message;
    const expected = (why: string): string => `GetArmState on ${ROBOT}: connection lost (${why})`;
    assert.equal(lost(`KeepAlive on ${ROBOT}: no reply within 3000 ms`), expected('no reply within 3000 ms'));
    assert.equal(lost(`on ${ROBOT}: reset by the robot`), expected('reset by the robot'));
    assert.equal(lost('broker:1883: closed'), expected('closed'));
    // Only a leading "<call> on <robot>: " is the lost error's own: the robot's words stay whole.
    assert.equal(lost('stopped by operator on line3: e-stop'), expected('stopped by operator on line3: e-stop'));
  });
});
