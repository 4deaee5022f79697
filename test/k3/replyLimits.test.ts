/**
 * A Session reply over MAX_SESSION_REPLY_BYTES on the MQTT transport (docs/security.md): small
 * enough for the broker to deliver (under the Maximum Packet Size we advertise), too large for us.
 * A peer on the robot's anonymous broker plays the robot; the call it answers fails with
 * BAD_RESPONSE naming the size and the limit, and the link goes on.
 */
import assert from 'node:assert/strict';
import { KortexError } from '../../src/client/core/errors';
import { Router } from '../../src/client/link/router';
import { FrameType, HEADER_VERSION, packFrameInfo, packMessageInfo, packPayloadInfo } from '../../src/protocol/header';
import { SESSION_SERVICE_ID, SessionRpcs } from '../../src/protocol/session/rpcs';
import { decodeFrame, encodeFrame } from '../../src/protocol/frame';
import { MAX_SESSION_REPLY_BYTES, MQTT_MAX_PACKET_BYTES } from '../../src/protocol/limits';
import { MqttTransport } from '../../src/transport/mqtt/transport';
import { useK3World } from './harness';

describe('K3 reply limit: a reply over 1 MiB on the response topic (mosquitto)', function () {
  this.timeout(20000);
  const { world, broker } = useK3World();
  let transport: MqttTransport | undefined;

  afterEach(async () => {
    await transport?.close(500);
    transport = undefined;
  });

  it('fails the call it answers with BAD_RESPONSE; the next call on the same link is answered', async () => {
    const robot = await world.raw();
    await robot.subscribe('req/#');
    robot.client.on('message', (topic, payload, packet) => {
      if (!topic.startsWith('req/')) return;
      const request = decodeFrame(payload);
      const functionId = request.header.serviceInfo & 0xffff;
      const body = Buffer.alloc(functionId === SessionRpcs.getConnections.functionId ? MAX_SESSION_REPLY_BYTES + 1000 : 0);
      const reply = encodeFrame(
        {
          frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Response, 0, 0, 0),
          messageInfo: packMessageInfo(9, request.header.messageInfo & 0xffff),
          serviceInfo: request.header.serviceInfo,
          payloadInfo: packPayloadInfo(body.length),
        },
        body,
      );
      assert.ok(reply.length < MQTT_MAX_PACKET_BYTES - 1000, 'the broker delivers it');
      void robot.publish(packet.properties?.responseTopic ?? '', reply, { correlationData: packet.properties?.correlationData });
    });
    transport = new MqttTransport({ host: '127.0.0.1', port: broker().port });
    await transport.connect(3000);
    const router = new Router(transport);
    const problems: string[] = [];
    router.on('problem', (e) => problems.push(e.message));
    transport.on('problem', (e) => problems.push(e.message));

    await assert.rejects(
      router.call({
        serviceId: SESSION_SERVICE_ID,
        functionId: SessionRpcs.getConnections.functionId,
        rpc: 'GetConnections',
        timeoutMs: 3000,
      }),
      (e: unknown) =>
        e instanceof KortexError &&
        e.kind === 'BAD_RESPONSE' &&
        /^GetConnections on .*: reply of 10496\d\d bytes \(1\.0 MB\) exceeds the limit of 1048576 bytes/.test(e.message),
    );
    const keepAlive = await router.call({
      serviceId: SESSION_SERVICE_ID,
      functionId: SessionRpcs.keepAlive.functionId,
      rpc: 'KeepAlive',
      timeoutMs: 3000,
    });
    assert.equal(keepAlive.length, 0);
    assert.deepEqual(problems, []);
    router.dispose(new Error('test over'));
  });
});
