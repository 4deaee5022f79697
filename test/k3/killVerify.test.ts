/**
 * Kills are verified (docs/session-status.md, "What `sessions/killed` holds"): the robot's broker is
 * anonymous, so anyone can publish a `sessions/killed` naming our session. The client checks with
 * one KeepAlive and logs in again only when the check fails. Over a real mosquitto against the
 * simulated Link 6: spoofed kills from a second MQTT client, and real kills (eviction at the session
 * limit, expiry) under every answer the simulator offers for a request of an ended session.
 */
import assert from 'node:assert/strict';
import { SessionClientOptions } from '../../src/client/session/options';
import { SessionKilledEvent } from '../../src/client/link/sessionBroadcasts';
import { SessionStateEvent } from '../../src/client/session/states';
import { SESSION_KILLED_TOPIC, StatusEnvelope, encodeSessionKilledBroadcast } from '../../src/protocol/session/sessionStatus';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { SubErrorCode } from '../../src/protocol/errors';
import { encodeRequestFrame } from '../../src/protocol/frame';
import type { SimulatorOptions } from '../../src/simulator/robot/modelTypes';
import { waitFor } from '../helpers/wait';
import { useK3World } from './harness';

describe('K3 sessions/killed is verified with one KeepAlive (mosquitto)', function () {
  this.timeout(20000);
  const { world } = useK3World();

  /** A robot plus a client on it, with the robot's count of each RPC and the client's events. */
  async function robotAndClient(modelOptions: Partial<SimulatorOptions> = {}, clientOptions: Partial<SessionClientOptions> = {}) {
    const { model } = await world.robot({ modelOptions });
    // Every RPC the robot received, in order.
    const requests: string[] = [];
    model.on('request', (name: string) => requests.push(name));
    const client = world.client(clientOptions);
    const states: SessionStateEvent[] = [];
    const killed: SessionKilledEvent[] = [];
    const problems: Error[] = [];
    client.on('state', (e) => states.push(e));
    client.on('session-killed', (e) => killed.push(e));
    client.on('problem', (e) => problems.push(e));
    await client.openOnce();
    return { model, client, states, killed, problems, requests, count: (rpc: string) => requests.filter((r) => r === rpc).length };
  }

  it('twenty spoofed kills of our live session (every envelope and form): no re-login, the same session, one KeepAlive check per burst', async () => {
    const { client, states, killed, problems, count } = await robotAndClient();
    const sessionId = client.sessionId;
    const spoofer = await world.raw();
    const statesBefore = states.length;
    const keepAlivesBefore = count('KeepAlive');
    const envelopes: StatusEnvelope[] = ['raw-frame', 'bare'];
    const forms = ['handle', 'list'] as const;
    // The same topic the robot publishes kills on (src/simulator/services/session/statusBroadcaster.ts).
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        spoofer.publish(
          SESSION_KILLED_TOPIC,
          encodeSessionKilledBroadcast(
            { sessionIdentifier: sessionId, userIdentifier: 1, roles: [] },
            envelopes[i % 2],
            forms[Math.floor(i / 2) % 2],
          ),
        ),
      ),
    );

    await waitFor(() => killed.length === 20 || states.length > statesBefore, 'twenty session-killed events (or a state change)');
    assert.deepEqual(
      states.slice(statesBefore).map((e) => e.state),
      [],
      'no state change: no re-login',
    );
    assert.ok(
      killed.every((e) => !e.own && e.sessions[0].sessionIdentifier === sessionId),
      JSON.stringify(killed),
    );
    assert.equal(count('CreateSession'), 1, 'one login, the first');
    assert.equal(client.sessionId, sessionId);
    const checks = count('KeepAlive') - keepAlivesBefore;
    assert.ok(checks >= 1 && checks <= 3, `${checks} KeepAlives for one burst of 20 kills`);
    const spoofReports = problems.filter((p) =>
      new RegExp(
        `sessions/killed broadcast named session ${sessionId}, but the robot still answers KeepAlive for it: ignored \\(spoofed or stale\\)`,
      ).test(p.message),
    );
    assert.equal(spoofReports.length, checks, 'one problem per check');
    // The session still serves calls.
    assert.equal((await client.call('getConnections', {})).meta.sessionId, sessionId);
  });

  const outOfSession: Array<[string, Partial<SimulatorOptions>]> = [
    ['INVALID_SESSION', { noSessionMode: 'error', noSessionErrorSubCode: SubErrorCode.INVALID_SESSION }],
    ['INVALID_USER_SESSION_ACCESS', { noSessionMode: 'error', noSessionErrorSubCode: SubErrorCode.INVALID_USER_SESSION_ACCESS }],
    ['no answer (drop)', { noSessionMode: 'drop' }],
  ];
  // No periodic KeepAlive, so every KeepAlive the robot sees is the check's; it waits 500 ms for a reply.
  const checkTimeoutMs = 500;
  for (const [answer, variant] of outOfSession) {
    for (const kill of ['evicted at the session limit', 'expired'] as const) {
      it(`a real kill (${kill}), the robot answering an ended session with ${answer}: a new session at once`, async () => {
        let clockOffsetMs = 0;
        const { model, client, states, killed, requests } = await robotAndClient(
          {
            ...variant,
            maxSessions: 1,
            sessionLimitMode: 'evict-oldest',
            now: () => Date.now() + clockOffsetMs,
          },
          { keepAliveIntervalMs: 0, requestTimeoutMs: checkTimeoutMs },
        );
        const first = client.sessionId;
        const requestsBefore = requests.length;
        const killedAt = Date.now();
        if (kill === 'expired') {
          clockOffsetMs = 10 * 60_000; // past the 60 s session inactivity timeout
          model.processConnectionsSanity();
        } else {
          // Another login on the one-session robot ends ours.
          const other = await world.raw();
          await other.publish(
            'req/1/1',
            encodeRequestFrame({
              sessionId: 0,
              messageId: 1,
              serviceId: 1,
              functionId: 1,
              payload: SessionRpcs.createSession.encodeRequest({
                username: 'operator',
                password: 'operator',
                sessionInactivityTimeout: 0,
                connectionInactivityTimeout: 0,
              }),
            }),
            { responseTopic: `res/${other.clientId}`, correlationData: Buffer.from([0, 1]) },
          );
        }
        await waitFor(() => client.state === 'open' && client.sessionId !== first, 'a new session', 5000);
        const tookMs = Date.now() - killedAt;
        // One KeepAlive checked the kill before the one re-login (the evicting login comes first).
        assert.deepEqual(requests.slice(requestsBefore), [...(kill === 'expired' ? [] : ['CreateSession']), 'KeepAlive', 'CreateSession']);
        // An error answer decides at once; silence only after the check's KeepAlive reply timeout.
        const boundMs = variant.noSessionMode === 'drop' ? checkTimeoutMs + 1000 : 1000;
        assert.ok(tookMs < boundMs, `a new session ${tookMs} ms after the kill (bound ${boundMs} ms)`);
        const event = killed.find((e) => e.sessions.some((s) => s.sessionIdentifier === first));
        assert.equal(event?.own, true, JSON.stringify(killed));
        assert.ok(
          states.some((s) => s.state === 'reconnecting' && s.sessionLost),
          'the session was lost, not the link',
        );
      });
    }
  }
});
