/** The simulated robot's frames: success and error responses, notifications (docs/protocol.md, "Responses", "Errors" and "Notifications"). */
import { ErrorCode, SubErrorCode, encodeErrorPayload } from '../../protocol/errors';
import {
  FrameType,
  HEADER_VERSION,
  RawHeader,
  packFrameInfo,
  packMessageInfo,
  packPayloadInfo,
  packServiceInfo,
  unpackHeader,
} from '../../protocol/header';

/** One response frame to send back; `payload` is absent for Empty outputs. */
export interface ResponseFrame {
  header: RawHeader;
  payload?: Uint8Array;
}

/** A failure answered with an error frame (docs/protocol.md, "Errors"). */
export class RequestError extends Error {
  constructor(
    readonly code: number,
    readonly subCode: number,
    text: string,
  ) {
    super(text);
  }
}

export function protocolError(subCode: number, text: string): RequestError {
  return new RequestError(ErrorCode.ERROR_PROTOCOL_SERVER, subCode, text);
}

export function decodePayload<T>(decode: () => T, typeName: string): T {
  try {
    return decode();
  } catch {
    throw protocolError(SubErrorCode.PAYLOAD_DECODING_ERR, `the ${typeName} payload could not be decoded`);
  }
}

export function successResponse(request: RawHeader, sessionId: number, payload: Uint8Array | undefined): ResponseFrame {
  const fields = unpackHeader(request);
  const length = payload?.length ?? 0;
  return {
    header: {
      frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Response, fields.deviceId, 0, 0),
      messageInfo: packMessageInfo(sessionId, fields.messageId),
      serviceInfo: request.serviceInfo,
      payloadInfo: packPayloadInfo(length),
    },
    payload: length > 0 ? payload : undefined,
  };
}

/**
 * An error response exactly as docs/protocol.md, "Errors", describes it: the request header copied, frame_info rewritten to
 * RESPONSE with the error bits, an `Error` payload and its length.
 */
export function errorResponse(request: RawHeader, code: number, subCode: number, text: string): ResponseFrame {
  // The text alone: clients already name the code and sub-code from the header bits.
  const payload = encodeErrorPayload(code, subCode, text);
  const deviceId = (request.frameInfo >>> 16) & 0xff;
  return {
    header: {
      ...request,
      frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Response, deviceId, code, subCode),
      payloadInfo: packPayloadInfo(payload.length),
    },
    payload,
  };
}

/**
 * A NOTIFICATION frame (docs/protocol.md, "Notifications"): service_info names the topic (the
 * service and its OnNotification…Topic function id); message_info holds `sessionId` and
 * `handle` (Kortex 2: the subscriber's session and subscription; a Kortex 3 broadcast: 0 and 0).
 */
export function notificationFrame(
  serviceId: number,
  functionId: number,
  sessionId: number,
  handle: number,
  payload: Uint8Array,
): ResponseFrame {
  return {
    header: {
      frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Notification, 0, 0, 0),
      messageInfo: packMessageInfo(sessionId, handle),
      serviceInfo: packServiceInfo(1, serviceId, functionId),
      payloadInfo: packPayloadInfo(payload.length),
    },
    payload: payload.length > 0 ? payload : undefined,
  };
}
