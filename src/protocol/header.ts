/**
 * Kortex frame header bitfields (docs/protocol.md, "Frame and header"). Pure functions; every field is masked to its width
 * so a caller can never corrupt a neighbouring field.
 */

export const HEADER_VERSION = 1;

export enum FrameType {
  Request = 1,
  Raw = 2,
  Response = 3,
  Notification = 5,
  Ping = 7,
  Pong = 8,
}

/** The four fixed32 words of `Kinova.Api.Header`, as unsigned 32-bit numbers. */
export interface RawHeader {
  frameInfo: number;
  messageInfo: number;
  serviceInfo: number;
  payloadInfo: number;
}

/** The header with every bitfield unpacked. */
export interface HeaderFields {
  headerVersion: number; // 4 bits
  frameType: number; // 4 bits
  deviceId: number; // 8 bits
  errorCode: number; // 4 bits
  errorSubCode: number; // 12 bits
  sessionId: number; // 16 bits
  messageId: number; // 16 bits
  serviceVersion: number; // 4 bits
  serviceId: number; // 12 bits
  functionId: number; // 16 bits
  payloadLength: number; // 24 bits
  payloadReserved: number; // 8 bits
}

export const MAX_PAYLOAD_LENGTH = 0xffffff;

export function packFrameInfo(version: number, type: number, deviceId: number, errorCode: number, subCode: number): number {
  return (((version & 0xf) << 28) | ((type & 0xf) << 24) | ((deviceId & 0xff) << 16) | ((errorCode & 0xf) << 12) | (subCode & 0xfff)) >>> 0;
}

export function packMessageInfo(sessionId: number, messageId: number): number {
  return (((sessionId & 0xffff) << 16) | (messageId & 0xffff)) >>> 0;
}

export function packServiceInfo(serviceVersion: number, serviceId: number, functionId: number): number {
  return (((serviceVersion & 0xf) << 28) | ((serviceId & 0xfff) << 16) | (functionId & 0xffff)) >>> 0;
}

export function packPayloadInfo(length: number, reserved = 0): number {
  return (((reserved & 0xff) << 24) | (length & 0xffffff)) >>> 0;
}

/** The function uid inside a `service_info` word: its low 28 bits (the top 4 are the service version). */
export const FUNCTION_UID_MASK = 0x0fffffff;

/** Function unique id: `serviceId << 16 | functionId` (28 bits). */
export function functionUid(serviceId: number, functionId: number): number {
  return (((serviceId & 0xfff) << 16) | (functionId & 0xffff)) >>> 0;
}

export function packHeader(f: HeaderFields): RawHeader {
  return {
    frameInfo: packFrameInfo(f.headerVersion, f.frameType, f.deviceId, f.errorCode, f.errorSubCode),
    messageInfo: packMessageInfo(f.sessionId, f.messageId),
    serviceInfo: packServiceInfo(f.serviceVersion, f.serviceId, f.functionId),
    payloadInfo: packPayloadInfo(f.payloadLength, f.payloadReserved),
  };
}

export function unpackHeader(h: RawHeader): HeaderFields {
  return {
    headerVersion: h.frameInfo >>> 28,
    frameType: (h.frameInfo >>> 24) & 0xf,
    deviceId: (h.frameInfo >>> 16) & 0xff,
    errorCode: (h.frameInfo >>> 12) & 0xf,
    errorSubCode: h.frameInfo & 0xfff,
    sessionId: h.messageInfo >>> 16,
    messageId: h.messageInfo & 0xffff,
    serviceVersion: h.serviceInfo >>> 28,
    serviceId: (h.serviceInfo >>> 16) & 0xfff,
    functionId: h.serviceInfo & 0xffff,
    payloadLength: h.payloadInfo & 0xffffff,
    payloadReserved: h.payloadInfo >>> 24,
  };
}
