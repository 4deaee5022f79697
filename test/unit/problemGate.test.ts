/**
 * A link's problems reach the session client's listeners at most PROBLEMS_PER_SECOND a second
 * (src/client/link/problemGate.ts): each costs a redaction and every listener's work (the Node-RED
 * log, the sidebar), so a flood of bad frames must not cost more than the frames. The real client
 * over the in-memory transport, on a manual clock (test/helpers/jobRobot.ts plays the robot).
 */
import assert from 'node:assert/strict';
import { PROBLEMS_PER_SECOND } from '../../src/client/link/problemGate';
import { JobRobot } from '../helpers/jobRobot';
import { FrameType, HEADER_VERSION, packFrameInfo, packMessageInfo, packPayloadInfo, packServiceInfo } from '../../src/protocol/header';
import { MemoryTransport } from '../helpers/memoryTransport';

describe('link problems: bounded per second', () => {
  let robot: JobRobot | undefined;
  afterEach(async () => {
    await robot?.client.close();
    robot = undefined;
  });

  it('1,000 problems within a second: the client tells 16 and one saying the rest are left out; the next second tells again', async () => {
    robot = new JobRobot('k2');
    await robot.open();
    const heard: string[] = [];
    robot.client.on('problem', (e) => heard.push(e.message));
    const t: MemoryTransport = robot.transport;
    // Stray frames of every kind a flood may hold: undecodable bytes (the transport's problem) and
    // replies no call waits for (the router's).
    for (let i = 0; i < 500; i++) t.emit('problem', new Error(`garbage ${i}`));
    for (let i = 0; i < 500; i++) t.emit('frame', { header: strayReply(40000 + i), payload: Buffer.alloc(0) });
    assert.equal(heard.length, PROBLEMS_PER_SECOND + 1);
    assert.deepEqual(heard.slice(0, 3), ['garbage 0', 'garbage 1', 'garbage 2']);
    assert.equal(
      heard[PROBLEMS_PER_SECOND],
      `on ${robot.client.robot}: more than 16 problems within a second on this link: the rest of this second's are left out`,
    );

    await robot.clock.advance(1000);
    t.emit('problem', new Error('a new second'));
    assert.equal(heard.at(-1), 'a new second');
  });
});

/** The header of a GetConnections reply with a message id no call has. */
function strayReply(messageId: number): { frameInfo: number; messageInfo: number; serviceInfo: number; payloadInfo: number } {
  return {
    frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Response, 0, 0, 0),
    messageInfo: packMessageInfo(5, messageId),
    serviceInfo: packServiceInfo(1, 1, 3),
    payloadInfo: packPayloadInfo(0),
  };
}
