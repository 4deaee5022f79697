/** The Kortex 3 client's answer to the robot's PING (docs/protocol.md, "Kortex 3: MQTT v5 on port 1883" and "Captured bytes"). */
import { Frame, encodeFrame } from '../../protocol/frame';
import { FrameType, RawHeader, packMessageInfo } from '../../protocol/header';

/**
 * The vendor client's answer to a PING: the same frame with frame type PONG (8) and the session id
 * replaced by ours; message id, service_info, payload_info and payload unchanged (docs/protocol.md, "Kortex 3: MQTT v5 on port 1883" and "Captured bytes").
 */
export function buildPongFrame(ping: Frame, sessionId: number): Buffer {
  const header: RawHeader = {
    ...ping.header,
    frameInfo: ((ping.header.frameInfo & ~0x0f000000) | (FrameType.Pong << 24)) >>> 0,
    messageInfo: packMessageInfo(sessionId, ping.header.messageInfo & 0xffff),
  };
  return encodeFrame(header, ping.payload);
}
