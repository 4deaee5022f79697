/** The simulated robot's answers: success and error response frames (docs/protocol.md, "Responses" and "Errors"). */
import { ErrorCode, SubErrorCode, encodeErrorPayload } from '../../protocol/errors';
import { FrameType, HEADER_VERSION, RawHeader, packFrameInfo, packMessageInfo, packPayloadInfo, unpackHeader } from '../../protocol/header';
import type { ResponseFrame } from './modelTypes';

/** A failure answered with an error frame (docs/protocol.md, "Errors"). */
export class RequestError extends Error {
  constructor(readonly code: number, readonly subCode: number, text: string) {
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
