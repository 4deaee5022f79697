/** The Kortex 3 client's answer to the robot's PING (docs/protocol.md, "Kortex 3: MQTT v5 on port 1883" and "Captured bytes"). */
import { Frame, decodeFrame, encodeFrame } from '../../protocol/frame';
import { FrameType, RawHeader, packMessageInfo } from '../../protocol/header';

/**
 * The vendor client's answer to a PING: the same frame with frame type PONG (8) and the session id
 * replaced by ours; message id, service_info, payload_info and payload unchanged (docs/protocol.md, "Kortex 3: MQTT v5 on port 1883" and "Captured bytes").
 * Written into `target`, which is returned.
 */
export function writePongHeader(target: RawHeader, ping: RawHeader, sessionId: number): RawHeader {
  target.frameInfo = ((ping.frameInfo & ~0x0f000000) | (FrameType.Pong << 24)) >>> 0;
  target.messageInfo = packMessageInfo(sessionId, ping.messageInfo & 0xffff);
  target.serviceInfo = ping.serviceInfo;
  target.payloadInfo = ping.payloadInfo;
  return target;
}

/** The PONG frame answering `ping` (the link sends it inside its PUBLISH packet, publishPacket.ts). */
export function buildPongFrame(ping: Frame, sessionId: number): Buffer {
  return encodeFrame(
    writePongHeader({ frameInfo: 0, messageInfo: 0, serviceInfo: 0, payloadInfo: 0 }, ping.header, sessionId),
    ping.payload,
  );
}

/** The robot's PING on `topic`, or why it is not one (the link answers a PING and reports the rest). */
export function readPing(topic: string, payload: Buffer, endpoint: string): Frame | Error {
  let frame: Frame;
  try {
    frame = decodeFrame(payload);
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
  const type = (frame.header.frameInfo >>> 24) & 0xf;
  if (type !== FrameType.Ping) return new Error(`unexpected frame type ${type} on ${topic} from ${endpoint}`);
  return frame;
}
