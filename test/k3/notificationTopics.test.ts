/**
 * The transport seam for notifications on Kortex 3 (src/transport/mqtt/transport.ts) against a
 * real mosquitto: subscribeNotifications() hears `[ns/]notif/<svc>/<fn>`, a NOTIFICATION frame of
 * that topic comes out as a frame, anything else published there (another topic's notification,
 * a forged reply) is dropped with a problem, and after unsubscribeNotifications() nothing comes.
 */
import assert from 'node:assert/strict';
import { encodeFrame } from '../../src/protocol/frame';
import type { Frame } from '../../src/protocol/frame';
import { FrameType, unpackHeader } from '../../src/protocol/header';
import { MqttTransport } from '../../src/transport/mqtt/transport';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { notificationFrame } from '../helpers/memoryTransport';
import { sleep, waitFor } from '../helpers/wait';
import { K3World } from './harness';

const BASE = 2;
const ARM_STATE = 0xb0;

describe('K3 notification topics (mosquitto)', function () {
  this.timeout(10000);
  let broker: MosquittoBroker;
  const world = new K3World(() => broker);
  const transports: MqttTransport[] = [];

  before(async () => {
    broker = await startMosquitto();
  });
  after(async () => {
    await broker?.dispose();
  });
  afterEach(async () => {
    await Promise.all(transports.splice(0).map((t) => t.close(200)));
    await world.cleanup();
  });

  async function listening(namespace?: string): Promise<{ t: MqttTransport; frames: Frame[]; problems: Error[] }> {
    const t = new MqttTransport({ host: '127.0.0.1', port: broker.port, namespace });
    const frames: Frame[] = [];
    const problems: Error[] = [];
    t.on('frame', (f) => frames.push(f));
    t.on('problem', (e) => problems.push(e));
    transports.push(t);
    await t.connect(2000);
    return { t, frames, problems };
  }

  const wire = (f: Frame): Buffer => encodeFrame(f.header, f.payload);

  it('hears a subscribed topic: its notifications come out as frames, forged ones are dropped with a problem', async () => {
    const stackTraceLimit = Error.stackTraceLimit;
    const { t, frames, problems } = await listening();
    const robot = await world.raw();
    await t.subscribeNotifications(BASE, ARM_STATE);
    await robot.publish('notif/2/176', wire(notificationFrame(BASE, ARM_STATE, 0, Buffer.from([0x08, 0x04]))));
    await waitFor(() => frames.length === 1, 'the notification');
    const header = unpackHeader(frames[0].header);
    assert.equal(header.frameType, FrameType.Notification);
    assert.deepEqual([header.serviceId, header.functionId], [BASE, ARM_STATE]);
    assert.deepEqual([...frames[0].payload], [0x08, 0x04]);
    // On our topic, but naming another topic (Session 1/4), or not a notification at all: dropped.
    await robot.publish('notif/2/176', wire(notificationFrame(1, 4, 0, Buffer.from([1]))));
    const reply = notificationFrame(BASE, ARM_STATE, 1, Buffer.from([2]));
    reply.header.frameInfo = (reply.header.frameInfo & ~(0xf << 24)) | (FrameType.Response << 24);
    await robot.publish('notif/2/176', wire(reply));
    await waitFor(() => problems.length === 2, 'two problems');
    assert.match(problems[0].message, /not a notification of that topic/);
    // A stranger can make one a frame: no stack is captured for it (src/transport/mqtt/inbound.ts), and the limit is back.
    assert.doesNotMatch(problems[0].stack ?? '', /\n\s+at /);
    assert.equal(Error.stackTraceLimit, stackTraceLimit);
    assert.equal(frames.length, 1);
  });

  it('hears nothing it did not subscribe, and nothing after unsubscribing; the namespace prefixes the topic', async () => {
    const { t, frames } = await listening('arm1');
    const robot = await world.raw();
    await robot.publish('arm1/notif/2/176', wire(notificationFrame(BASE, ARM_STATE, 0, Buffer.from([1]))));
    await t.subscribeNotifications(BASE, ARM_STATE);
    await robot.publish('notif/2/176', wire(notificationFrame(BASE, ARM_STATE, 0, Buffer.from([2])))); // no namespace: another robot's
    await robot.publish('arm1/notif/2/176', wire(notificationFrame(BASE, ARM_STATE, 0, Buffer.from([3]))));
    await waitFor(() => frames.length === 1, 'the namespaced notification');
    assert.deepEqual([...frames[0].payload], [3]);
    t.unsubscribeNotifications(BASE, ARM_STATE);
    await sleep(100);
    await robot.publish('arm1/notif/2/176', wire(notificationFrame(BASE, ARM_STATE, 0, Buffer.from([4]))));
    await sleep(200);
    assert.equal(frames.length, 1);
  });
});
