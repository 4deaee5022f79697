/**
 * The stream MQTT.js reads and writes for a Kortex 3 link: the socket to the broker (TCP, or TLS
 * with the link's options), with the QoS 0 PUBLISH packets taken out on the way in
 * (packetReader.ts) and handed to the link directly. Writes, MQTT.js's and the link's own packets
 * (publishPacket.ts) alike, go through this one stream in the order they were made, with the
 * socket's backpressure.
 */
import { Duplex } from 'node:stream';
import net from 'node:net';
import tls from 'node:tls';
import { MqttClient } from 'mqtt';
import { MQTT_MAX_PACKET_BYTES } from '../../protocol/limits';
import { LinkConnectOptions, linkClientOptions } from './connectOptions';
import { MqttPacketReader, PacketSink } from './packetReader';

export interface LinkStreamHandlers {
  /** A QoS 0 PUBLISH from the broker. */
  onPublish(topic: string, payload: Buffer): void;
  /** Why the stream ended: the socket's error or the reader's refusal (reported once, before 'close'). */
  onError(err: Error): void;
}

type LinkStreamOptions = Pick<LinkConnectOptions, 'host' | 'port' | 'tls'> & LinkStreamHandlers;

/**
 * The link's MQTT.js client: MQTT.js keeps the session (CONNECT, SUBSCRIBE, keep-alive), over a
 * LinkStream that takes the link's PUBLISH traffic past MQTT.js's parser. Throws, as node:tls does,
 * on a TLS key or certificate it cannot read.
 */
export function linkClient(o: LinkConnectOptions, handlers: LinkStreamHandlers): MqttClient {
  return new MqttClient(() => new LinkStream({ host: o.host, port: o.port, tls: o.tls, ...handlers }), linkClientOptions(o));
}

function openSocket(o: LinkStreamOptions): net.Socket {
  if (!o.tls) return net.createConnection({ host: o.host, port: o.port });
  return tls.connect({
    ...o.tls,
    host: o.host,
    port: o.port,
    // SNI and the name checked on the certificate: the host unless it is an address (as MQTT.js does).
    servername: o.tls.servername ?? (net.isIP(o.host) === 0 ? o.host : undefined),
    rejectUnauthorized: o.tls.rejectUnauthorized !== false,
  });
}

class LinkStream extends Duplex {
  private readonly connection: net.Socket;
  private readonly reader: MqttPacketReader;
  private errorReported = false;

  constructor(private readonly options: LinkStreamOptions) {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: equivalent, the socket (net's default) ends its own side on the broker's FIN, and its 'close' destroys the stream
    super({ allowHalfOpen: false });
    const sink: PacketSink = {
      publish: options.onPublish,
      other: (packet) => {
        if (!this.push(packet)) this.connection.pause();
      },
      fail: (err) => this.failWith(err),
    };
    // The Maximum Packet Size our CONNECT asks for (connectOptions.ts).
    this.reader = new MqttPacketReader(MQTT_MAX_PACKET_BYTES, sink);
    this.connection = openSocket(options);
    this.connection.on('data', (chunk: Buffer) => this.reader.push(chunk));
    // Stryker disable next-line StringLiteral,ArrowFunction: equivalent, the socket closes after the broker's FIN and its 'close' destroys the stream
    this.connection.on('end', () => this.push(null));
    this.connection.on('error', (err) => this.failWith(err));
    // Stryker disable next-line StringLiteral,ArrowFunction: equivalent, a socket closes after 'end' (which ends the stream, then the stream closes itself) or 'error' (failWith)
    this.connection.on('close', () => this.destroy());
  }

  override _read(): void {
    this.connection.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (err?: Error | null) => void): void {
    if (this.connection.write(chunk)) done();
    else this.connection.once('drain', () => done());
  }

  override _writev(chunks: Array<{ chunk: Buffer }>, done: (err?: Error | null) => void): void {
    this.connection.cork();
    // Stryker disable next-line BooleanLiteral: equivalent, Node calls _writev with chunks, and the loop sets it
    let flowing = true;
    for (const { chunk } of chunks) flowing = this.connection.write(chunk);
    this.connection.uncork();
    if (flowing) done();
    else this.connection.once('drain', () => done());
  }

  override _final(done: (err?: Error | null) => void): void {
    // Stryker disable next-line ArrowFunction: equivalent, nothing waits for the stream's 'finish': MQTT.js learns of the end from 'close', which the socket's close brings
    this.connection.end(() => done());
  }

  // MQTT.js learns of the end from 'close'; the reason, if any, went to onError.
  override _destroy(_err: Error | null, done: (err?: Error | null) => void): void {
    this.connection.destroy();
    done();
  }

  private failWith(err: Error): void {
    if (!this.errorReported) {
      // Stryker disable next-line BooleanLiteral: equivalent, the socket emits one 'error' and the reader fails once, and either destroys the stream and the socket at once
      this.errorReported = true;
      this.options.onError(err);
    }
    this.destroy();
  }
}
