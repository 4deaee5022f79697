/**
 * One MQTT message that should hold a Kortex frame (a reply on `res/<clientId>`, a notification on
 * a subscribed `notif/` topic), read within bounds (docs/protocol.md, "Kortex 3: MQTT v5 on port
 * 1883", "Notifications"): the caller emits what comes out.
 */
import { Frame, FrameDecodeError, NEED_MORE_BYTES, decodeFrame, frameHeaderAhead } from '../../protocol/frame';
import { FUNCTION_UID_MASK, FrameType, RawHeader } from '../../protocol/header';
import { MAX_SESSION_REPLY_BYTES } from '../../protocol/limits';

export type InboundFrame =
  | { frame: Frame }
  /** Over the limit but named by its header, so only its call fails (as over TCP). */
  | { oversize: RawHeader; length: number; limit: number }
  | { problem: Error };

/**
 * `notificationUid`: the message came on a notification topic, and must be a NOTIFICATION of that
 * topic's service and function (anyone on the broker may publish there: a frame must not pass as
 * another topic's notification or as a reply).
 */
export function readInboundFrame(topic: string, payload: Buffer, endpoint: string, notificationUid?: number): InboundFrame {
  if (payload.length > MAX_SESSION_REPLY_BYTES) {
    const header = frameHeaderAhead(payload, 0, payload.length, payload.length);
    if (header && header !== NEED_MORE_BYTES) return { oversize: header, length: payload.length, limit: MAX_SESSION_REPLY_BYTES };
    return {
      problem: withoutStack(
        () =>
          new FrameDecodeError(
            `dropped a message of ${payload.length} bytes, over the limit of ${MAX_SESSION_REPLY_BYTES} (topic ${topic} on ${endpoint})`,
          ),
      ),
    };
  }
  let frame: Frame;
  try {
    frame = decodeFrame(payload);
  } catch (err) {
    if (!(err instanceof FrameDecodeError)) throw err;
    return {
      problem: withoutStack(
        // Stryker disable next-line Regex: equivalent, FrameDecodeError's messages start with that text
        () => new FrameDecodeError(`${err.message.replace(/^Kortex frame could not be decoded: /, '')} (topic ${topic} on ${endpoint})`),
      ),
    };
  }
  if (notificationUid !== undefined) {
    const type = (frame.header.frameInfo >>> 24) & 0xf;
    const uid = frame.header.serviceInfo & FUNCTION_UID_MASK;
    if (type !== FrameType.Notification || uid !== notificationUid) {
      return {
        problem: withoutStack(
          () =>
            new Error(
              `dropped a frame of type ${type} for function 0x${uid.toString(16)} on ${topic} (${endpoint}): not a notification of that topic`,
            ),
        ),
      };
    }
  }
  return { frame };
}

/**
 * Anyone on the broker can make one of these a message, and the session client passes on only
 * their text (a few a second, src/client/link/problemGate.ts): the stack V8 would capture for
 * each cost about ten times the rest of the work on a bad frame.
 */
function withoutStack<E extends Error>(make: () => E): E {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
