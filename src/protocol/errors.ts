/** Kortex error code and sub-code names (docs/protocol.md, "Errors"), from the generated enums. */
import { Kinova } from './generated/kortex';

export const ErrorCode = Kinova.Api.ErrorCodes;
export const SubErrorCode = Kinova.Api.SubErrorCodes;

const codeNames = ErrorCode as unknown as Record<number, string | undefined>;
const subCodeNames = SubErrorCode as unknown as Record<number, string | undefined>;

export function errorCodeName(code: number): string {
  return codeNames[code] ?? `ERROR_CODE_${code}`;
}

export function subErrorCodeName(subCode: number): string {
  return subCodeNames[subCode] ?? `SUB_ERROR_${subCode}`;
}

/** "ERROR_DEVICE/INVALID_PASSWORD", the form used in every error text of this package. */
export function errorName(code: number, subCode: number): string {
  return `${errorCodeName(code)}/${subErrorCodeName(subCode)}`;
}

export interface DecodedError {
  code: number;
  subCode: number;
  text: string;
}

/** Encodes the `Kinova.Api.Error` payload of an error response. */
export function encodeErrorPayload(code: number, subCode: number, text: string): Buffer {
  const props: Kinova.Api.Error.$Properties = {};
  if (code) props.errorCode = code;
  if (subCode) props.errorSubCode = subCode;
  if (text) props.errorSubString = text;
  return Buffer.from(Kinova.Api.Error.encode(props).finish());
}

/**
 * Reads an error response: the header bits decide (as every vendor client does); the payload's
 * `Error` adds the text and, when its code is set, the detailed code/sub-code.
 */
export function decodeErrorResponse(headerCode: number, headerSubCode: number, payload: Uint8Array): DecodedError {
  try {
    const e = Kinova.Api.Error.decode(payload);
    const code = e.errorCode || headerCode;
    const subCode = e.errorCode ? e.errorSubCode : headerSubCode;
    return { code, subCode, text: e.errorSubString || '' };
  } catch {
    return { code: headerCode, subCode: headerSubCode, text: '' };
  }
}
