/**
 * Splits the bytes from the broker into MQTT packets and takes out the QoS 0 PUBLISH packets, which
 * are nearly all of a Kortex 3 link's inbound traffic (replies, notifications, PINGs): the link reads
 * their topic and payload here, without MQTT.js building packet and property objects and rescheduling
 * its keep-alive for each (docs/performance.md, "Arm state from a fleet"). Every other packet
 * (CONNACK, SUBACK, PINGRESP, DISCONNECT, a PUBLISH at QoS 1 or 2, anything malformed) goes on to
 * MQTT.js whole and in order.
 *
 * The broker's bytes are bounded before they are held: a packet larger than the Maximum Packet Size
 * we sent in CONNECT fails the link as soon as its fixed header is read (MQTT 5.0, 3.1.2.11.4).
 * Format: MQTT 5.0, 2.1 (fixed header), 1.5.5 (Variable Byte Integer), 3.3 (PUBLISH).
 */

/** PUBLISH is packet type 3; QoS is bits 1-2 of the first byte. */
const PUBLISH_TYPE = 3;
const QOS_BITS = 0x06;
/** A Variable Byte Integer has at most 4 bytes; a fixed header at most 5. */
const MAX_FIXED_HEADER_BYTES = 5;

export interface PacketSink {
  /** A QoS 0 PUBLISH: its topic and payload (a view into the broker's bytes, valid during the call). */
  publish(topic: string, payload: Buffer): void;
  /** Any other packet, whole. */
  other(packet: Buffer): void;
  /** The stream cannot be read on (an oversize packet, a malformed length); nothing more is read. */
  fail(err: Error): void;
}

export class MqttPacketReader {
  /** The start of a fixed header that has not fully arrived (under 5 bytes). */
  private headerStart: Buffer | undefined;
  /** A packet of known length being filled from several chunks. */
  private partial: Buffer | undefined;
  private filled = 0;
  private failed = false;

  constructor(
    private readonly maxPacketBytes: number,
    private readonly sink: PacketSink,
  ) {}

  /** After a failure: nothing (fail() dropped what was held, and the loop stops on `failed`). */
  push(chunk: Buffer): void {
    if (this.headerStart) {
      chunk = Buffer.concat([this.headerStart, chunk]);
      this.headerStart = undefined;
    }
    let pos = 0;
    while (pos < chunk.length && !this.failed) {
      if (this.partial) {
        const n = Math.min(this.partial.length - this.filled, chunk.length - pos);
        chunk.copy(this.partial, this.filled, pos, pos + n);
        this.filled += n;
        pos += n;
        if (this.filled === this.partial.length) {
          const packet = this.partial;
          this.partial = undefined;
          this.dispatch(packet);
        }
        continue;
      }
      const total = this.packetLength(chunk, pos);
      if (total === undefined) {
        // A copy: a view would keep the whole chunk alive.
        this.headerStart = Buffer.from(chunk.subarray(pos));
        return;
      }
      if (total < 0) return; // failed
      if (chunk.length - pos >= total) {
        this.dispatch(chunk.subarray(pos, pos + total));
        pos += total;
      } else {
        this.partial = Buffer.allocUnsafe(total);
        this.filled = 0;
      }
    }
  }

  /** The whole packet's length from its fixed header at `pos`; undefined until the header is in; -1 after failing. */
  private packetLength(buf: Buffer, pos: number): number | undefined {
    let remaining = 0;
    let multiplier = 1;
    for (let i = 1; i < MAX_FIXED_HEADER_BYTES; i++) {
      if (pos + i >= buf.length) return undefined;
      const byte = buf[pos + i] as number;
      remaining += (byte & 0x7f) * multiplier;
      if ((byte & 0x80) === 0) {
        const total = 1 + i + remaining;
        if (total > this.maxPacketBytes) {
          return this.fail(`a packet of ${total} bytes, over the Maximum Packet Size of ${this.maxPacketBytes} bytes we asked for`);
        }
        return total;
      }
      multiplier *= 128;
    }
    return this.fail('a packet whose remaining length runs past 4 bytes (malformed)');
  }

  private fail(what: string): -1 {
    this.failed = true;
    this.headerStart = undefined;
    this.partial = undefined;
    this.sink.fail(new Error(`the MQTT broker sent ${what}`));
    return -1;
  }

  private dispatch(packet: Buffer): void {
    const first = packet[0] as number;
    if (first >> 4 !== PUBLISH_TYPE || (first & QOS_BITS) !== 0) {
      this.sink.other(packet);
      return;
    }
    let pos = 1;
    while ((packet[pos++] as number) & 0x80);
    // Topic Name (2-byte length, UTF-8), then the Properties' length, then the payload. A packet
    // that does not hold them, or an empty topic (a Topic Alias, which we never allow), is MQTT.js's
    // to refuse. A topic that reaches the end leaves no Properties' length: the loop below refuses it.
    if (pos + 2 > packet.length) return this.sink.other(packet);
    const topicEnd = pos + 2 + packet.readUInt16BE(pos);
    if (topicEnd === pos + 2) return this.sink.other(packet);
    const topic = packet.toString('utf8', pos + 2, topicEnd);
    let propertiesLength = 0;
    let multiplier = 1;
    pos = topicEnd;
    for (let i = 0; ; i++) {
      if (i === 4 || pos >= packet.length) return this.sink.other(packet);
      const byte = packet[pos++] as number;
      propertiesLength += (byte & 0x7f) * multiplier;
      if ((byte & 0x80) === 0) break;
      multiplier *= 128;
    }
    const payloadStart = pos + propertiesLength;
    if (payloadStart > packet.length) return this.sink.other(packet);
    this.sink.publish(topic, packet.subarray(payloadStart));
  }
}
