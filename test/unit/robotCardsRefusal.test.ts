/** The sidebar card of a refused login: the robot's refusal says "user name or password", a refused link (TLS, broker) its own text. */
import assert from 'node:assert/strict';
import { KortexError } from '../../src/client/core/errors';
import { CardMemory, rememberState } from '../../nodes/admin/robotCards';

describe('sidebar card: which refusal', () => {
  const reconnecting = (error: KortexError): Parameters<typeof rememberState>[1] => ({
    state: 'reconnecting',
    previous: 'connecting',
    robot: '10.0.0.5:8883',
    sessionId: 0,
    authFailed: true,
    delayMs: 30000,
    error,
  });

  it('marks a robot refusal as a refused login, a refused TLS handshake or broker login not', () => {
    const robot: CardMemory = { down: false };
    rememberState(robot, reconnecting(new KortexError('the robot refused the login', { rpc: 'CreateSession', errorCode: 2, subCode: 8 })));
    assert.equal(robot.loginRefused, true);
    for (const kind of ['TLS_FAILED', 'BROKER_REFUSED'] as const) {
      const link: CardMemory = { down: false };
      rememberState(
        link,
        reconnecting(
          new KortexError("TLS: unable to verify the broker's certificate (self-signed certificate in certificate chain)", {
            kind,
            robot: '10.0.0.5:8883',
          }),
        ),
      );
      assert.equal(link.loginRefused, false, kind);
      assert.match(link.lastError ?? '', /TLS: unable to verify/);
    }
  });
});
