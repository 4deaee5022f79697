/**
 * The simulated Kortex 3 robot's liveness frames (docs/protocol.md, "Kortex 3: MQTT v5 on port
 * 1883"): the PING it sends each open session on `ping/<sid>` and the PONG it expects back on
 * `pong/<sid>`.
 */
import { Frame, decodeFrame, encodeFrame } from '../../protocol/frame';
import { FrameType, HEADER_VERSION, packFrameInfo, packMessageInfo, packServiceInfo, unpackHeader } from '../../protocol/header';

export const PONG_TOPIC_PREFIX = 'pong/';

/** The PING frame for `sessionId`, numbered `counter`. */
export function encodePing(sessionId: number, counter: number): Buffer {
  return encodeFrame({
    frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Ping, 0, 0, 0),
    messageInfo: packMessageInfo(sessionId, counter),
    serviceInfo: packServiceInfo(1, 0, 0), // version 1, no service: as in the captured bytes (docs/protocol.md)
    payloadInfo: 0,
  });
}

/** The session id a `pong/<sid>` topic names (NaN when it names none). */
export function pongTopicSessionId(topic: string): number {
  return Number(topic.slice(PONG_TOPIC_PREFIX.length));
}

/** Decodes what came on `pong/<sessionId>`; throws an Error saying why when it is not that session's PONG. */
export function decodePong(topic: string, sessionId: number, payload: Buffer): Frame {
  let frame: Frame;
  try {
    frame = decodeFrame(payload);
  } catch (err) {
    throw new Error(`undecodable PONG on ${topic}: ${(err as Error).message}`);
  }
  const fields = unpackHeader(frame.header);
  if (fields.frameType !== FrameType.Pong || fields.sessionId !== sessionId) {
    throw new Error(`frame on ${topic} is not a PONG for session ${sessionId} (type ${fields.frameType}, session ${fields.sessionId})`);
  }
  return frame;
}
