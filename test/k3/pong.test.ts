/** Kortex 3 wire details of the MQTT transport that need no broker (docs/protocol.md, "Kortex 3: MQTT v5 on port 1883" and "Captured bytes"). */
import assert from 'node:assert/strict';
import { FrameType, unpackHeader } from '../../src/protocol/header';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { buildRequestHeader, decodeFrame, encodeFrame } from '../../src/protocol/frame';
import { buildPongFrame } from '../../src/transport/mqtt/pong';
import { k3Topics, validateNamespace } from '../../src/transport/mqtt/topics';
import { captures } from '../fixtures/captures';

describe('K3 MQTT wire details (no broker)', () => {
  it('answers the captured PING with the captured PONG, byte for byte', () => {
    const ping = decodeFrame(captures.k3Ping);
    assert.equal(unpackHeader(ping.header).frameType, FrameType.Ping);
    assert.deepEqual(buildPongFrame(ping, 51), captures.k3Pong);
  });

  it('PONG keeps message id, service_info and payload, takes our session id', () => {
    const payload = Buffer.from([1, 2, 3]);
    const ping = decodeFrame(
      encodeFrame({ frameInfo: 0x17000000, messageInfo: 0x0007beef, serviceInfo: 0x10020005, payloadInfo: 3 }, payload),
    );
    const pong = decodeFrame(buildPongFrame(ping, 0x1234));
    const f = unpackHeader(pong.header);
    assert.equal(f.frameType, FrameType.Pong);
    assert.equal(f.headerVersion, 1);
    assert.equal(f.sessionId, 0x1234);
    assert.equal(f.messageId, 0xbeef);
    assert.equal(pong.header.serviceInfo, 0x10020005);
    assert.equal(pong.header.payloadInfo, 3);
    assert.deepEqual(pong.payload, payload);
  });

  it('builds the captured CreateSession request payload (its correlation data: publishPacket.test.ts)', () => {
    const payload = SessionRpcs.createSession.encodeRequest({
      username: 'admin',
      password: 'admin',
      sessionInactivityTimeout: 10000,
      connectionInactivityTimeout: 2000,
    });
    const header = buildRequestHeader({ sessionId: 0, messageId: 1, serviceId: 1, functionId: 1, payload });
    assert.deepEqual(encodeFrame(header, payload), captures.k3CreateSessionRequest);
  });

  it('names topics as docs/protocol.md, "Kortex 3: MQTT v5 on port 1883" does', () => {
    assert.equal(k3Topics.request(undefined, 1, 1), 'req/1/1');
    assert.equal(k3Topics.request('ns1', 1, 6), 'ns1/req/1/6');
    assert.equal(k3Topics.response('auto-ABC'), 'res/auto-ABC');
    assert.equal(k3Topics.ping(51), 'ping/51');
    assert.equal(k3Topics.pong(51), 'pong/51');
    assert.equal(k3Topics.servicePing(1), 'services/ping/1');
    assert.equal(k3Topics.servicePong(1, 'ns1'), 'services/pong/1/ns1');
  });

  it('rejects namespaces that are not usable in a topic', () => {
    assert.equal(validateNamespace(''), undefined);
    assert.equal(validateNamespace('tool/a'), 'tool/a');
    for (const bad of ['a+', '#', '/a', 'a/', 'a//b']) assert.throws(() => validateNamespace(bad), /invalid Kortex 3 namespace/);
    // From a flow's JSON, a namespace may be no string at all.
    assert.throws(() => validateNamespace(42 as unknown as string), { message: /^invalid Kortex 3 namespace 42:/ });
  });
});
