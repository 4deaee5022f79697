/** Bytes from spec §9 (K3 MQTT captures). */
const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

/** §9: the toy robot's PING on ping/51 (session 51, message id 0x0101, service_info 0x10000000). */
export const SPEC_PING = hex('0A0F 0D00000017 1501013300 1D00000110');
/** §9: the vendor client's PONG on pong/51. */
export const SPEC_PONG = hex('0A0F 0D00000018 1501013300 1D00000110');
/** §9: CreateSession request on req/1/1, admin/admin, 10000/2000, message id 1. */
export const SPEC_K3_CREATE_SESSION = hex('0A140D000000111501000000 1D01000110 2514000000 1214 0A0561646D696E 10904E 1A0561646D696E 20D00F');
