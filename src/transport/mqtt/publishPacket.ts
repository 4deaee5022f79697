/**
 * The MQTT v5 PUBLISH packets (QoS 0) of a link's steady traffic, encoded here instead of by
 * MQTT.js's publish(): each robot sends a request and a PONG every second, and MQTT.js's publish
 * builds option, packet and property objects and writes every part of the packet separately
 * (docs/performance.md, "Where a Kortex 3 robot's time goes"). What never changes on a link (its
 * topics, the Response Topic property) is encoded once; each packet is one Buffer, one write.
 * The format: MQTT 5.0, 3.3 (PUBLISH) and 2.2.2 (properties); bytes as mqtt-packet writes them.
 */
import type { RawHeader } from '../../protocol/header';
import { Frame, encodeFrameInto, encodedFrameLength } from '../../protocol/frame';
import { writePongHeader } from './pong';
import { k3Topics } from './topics';

/** PUBLISH, QoS 0, no DUP, no RETAIN. */
const PUBLISH_QOS0 = 0x30;
const RESPONSE_TOPIC_PROPERTY = 0x08;
const CORRELATION_DATA_PROPERTY = 0x09;
/** MQTT's Variable Byte Integer holds at most this (4 bytes). */
const MAX_REMAINING_LENGTH = 268_435_455;
/** Request topics kept per link: a link calls a handful of RPCs; more are encoded each time. */
const MAX_CACHED_TOPICS = 64;

/** An MQTT UTF-8 string: 2-byte big-endian length, then the bytes. */
function mqttString(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > 0xffff) throw new RangeError(`MQTT string of ${bytes.length} bytes exceeds 65535: ${text.slice(0, 40)}…`);
  const out = Buffer.allocUnsafe(2 + bytes.length);
  out.writeUInt16BE(bytes.length, 0);
  bytes.copy(out, 2);
  return out;
}

function variableByteIntegerLength(n: number): number {
  return n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : 4;
}

function writeVariableByteInteger(buf: Buffer, pos: number, n: number): number {
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    buf[pos++] = byte;
  } while (n > 0);
  return pos;
}

/**
 * One PUBLISH packet: fixed header, the topic (already an MQTT string), `properties` bytes of the
 * properties (written by `writeProperties` at the given offset), then the frame as payload.
 */
function publishPacket(
  topic: Buffer,
  propertiesLength: number,
  writeProperties: (buf: Buffer, pos: number) => number,
  header: RawHeader,
  payload: Uint8Array | undefined,
): Buffer {
  const frameLength = encodedFrameLength(header, payload ? payload.length : 0);
  const remaining = topic.length + variableByteIntegerLength(propertiesLength) + propertiesLength + frameLength;
  // Stryker disable next-line StringLiteral: equivalent, a payload's 24-bit length and a 64 KiB topic stay far below the limit
  if (remaining > MAX_REMAINING_LENGTH) throw new RangeError(`MQTT packet of ${remaining} bytes exceeds the protocol's limit`);
  const buf = Buffer.allocUnsafe(1 + variableByteIntegerLength(remaining) + remaining);
  buf[0] = PUBLISH_QOS0;
  let pos = writeVariableByteInteger(buf, 1, remaining);
  pos += topic.copy(buf, pos);
  pos = writeVariableByteInteger(buf, pos, propertiesLength);
  pos = writeProperties(buf, pos);
  encodeFrameInto(buf, pos, header, payload);
  return buf;
}

const NO_PROPERTIES = (_buf: Buffer, pos: number): number => pos;

/** The PUBLISH packets of one link: its requests (with Response Topic and Correlation Data) and its PONGs. */
export class LinkPackets {
  /** The Response Topic property, encoded: identifier, then the MQTT string. */
  private readonly responseTopicProperty: Buffer;
  /** Response Topic, then Correlation Data (identifier, 2-byte length, 2 bytes). */
  private readonly requestPropertiesLength: number;
  private readonly requestTopics = new Map<number, Buffer>();
  private pongSessionId = 0;
  private pongTopic: Buffer | undefined;
  /** The message id of the request being encoded (its Correlation Data). */
  private correlation = 0;
  private readonly writeRequestProperties = (buf: Buffer, pos: number): number => {
    pos += this.responseTopicProperty.copy(buf, pos);
    buf[pos++] = CORRELATION_DATA_PROPERTY;
    buf[pos++] = 0;
    buf[pos++] = 2;
    buf[pos++] = (this.correlation >>> 8) & 0xff;
    buf[pos++] = this.correlation & 0xff;
    return pos;
  };
  /** Written for each PONG: only publishPacket reads it, synchronously. */
  private readonly pongHeader: RawHeader = { frameInfo: 0, messageInfo: 0, serviceInfo: 0, payloadInfo: 0 };

  constructor(
    private readonly namespace: string | undefined,
    responseTopic: string,
  ) {
    const topic = mqttString(responseTopic);
    this.responseTopicProperty = Buffer.concat([Buffer.from([RESPONSE_TOPIC_PROPERTY]), topic]);
    this.requestPropertiesLength = this.responseTopicProperty.length + 5;
  }

  /**
   * A REQUEST frame on `[ns/]req/<svc>/<fn>` (or `[ns/]dev/<device>/<svc>/<fn>`), with Response
   * Topic and Correlation Data = the message id, big-endian (docs/protocol.md, "Kortex 3: MQTT v5 on port 1883").
   */
  request(header: RawHeader, payload: Uint8Array | undefined): Buffer {
    this.correlation = header.messageInfo & 0xffff;
    return publishPacket(this.requestTopic(header), this.requestPropertiesLength, this.writeRequestProperties, header, payload);
  }

  private requestTopicName(header: RawHeader): string {
    const deviceId = (header.frameInfo >>> 16) & 0xff;
    const serviceId = (header.serviceInfo >>> 16) & 0xfff;
    const functionId = header.serviceInfo & 0xffff;
    return deviceId === 0
      ? k3Topics.request(this.namespace, serviceId, functionId)
      : k3Topics.device(this.namespace, deviceId, serviceId, functionId);
  }

  /** The answer to the robot's PING `ping` on `pong/<sessionId>`, without properties (pong.ts). */
  pong(ping: Frame, sessionId: number): Buffer {
    if (sessionId !== this.pongSessionId || !this.pongTopic) {
      this.pongTopic = mqttString(k3Topics.pong(sessionId));
      this.pongSessionId = sessionId;
    }
    return publishPacket(this.pongTopic, 0, NO_PROPERTIES, writePongHeader(this.pongHeader, ping.header, sessionId), ping.payload);
  }

  private requestTopic(header: RawHeader): Buffer {
    // device id (8 bits) above service and function: one number per topic.
    const key = ((header.frameInfo >>> 16) & 0xff) * 0x1_0000_0000 + (header.serviceInfo & 0x0fffffff);
    let topic = this.requestTopics.get(key);
    // Stryker disable next-line ConditionalExpression: equivalent, only slower: the same topic encoded again
    if (!topic) {
      topic = mqttString(this.requestTopicName(header));
      // Stryker disable next-line EqualityOperator: equivalent, one topic more or none cached: only the speed changes
      if (this.requestTopics.size < MAX_CACHED_TOPICS) this.requestTopics.set(key, topic);
    }
    return topic;
  }
}
