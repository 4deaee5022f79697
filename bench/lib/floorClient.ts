/**
 * The floor's client: one socket, precomputed request bytes, and a byte counter (every reply has
 * the same, known length). Nothing is decoded: this is the cheapest possible request/response loop.
 */
import net from 'node:net';
import { ThroughputResult, callbackRtt, countOver, round } from './stats';

export class FloorClient {
  private socket!: net.Socket;
  private received = 0;
  private onReplies: (n: number) => void = () => undefined;

  constructor(
    private readonly request: Buffer,
    private readonly replyLength: number,
  ) {}

  connect(port: number, host = '127.0.0.1'): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.socket = net.connect({ host, port, noDelay: true }, () => resolve());
      this.socket.once('error', reject);
      this.socket.on('data', (chunk: Buffer) => {
        this.received += chunk.length;
        const n = Math.floor(this.received / this.replyLength);
        if (n > 0) {
          this.received -= n * this.replyLength;
          this.onReplies(n);
        }
      });
    });
  }

  /** One request at a time: latency of each, in µs. */
  rtt(o: { warmupMs: number; durationMs: number; maxSamples?: number }): Promise<number[]> {
    return callbackRtt(
      () => this.socket.write(this.request),
      (handler) => {
        this.onReplies = handler;
      },
      o,
    );
  }

  /**
   * `window` requests in flight; each batch of replies is answered with as many requests in one
   * write (or, for comparison, with one write per request).
   */
  async throughput(o: { window: number; warmupMs: number; durationMs: number; oneWritePerRequest?: boolean }): Promise<ThroughputResult> {
    const batch = Buffer.concat(Array.from({ length: o.window }, () => this.request));
    const len = this.request.length;
    let count = 0;
    let outstanding = o.window;
    let stop = false;
    let drained: () => void = () => undefined;
    this.onReplies = (n) => {
      count += n;
      outstanding -= n;
      if (stop) {
        if (outstanding <= 0) drained();
        return;
      }
      outstanding += n;
      if (o.oneWritePerRequest) for (let i = 0; i < n; i++) this.socket.write(this.request);
      else this.socket.write(n === 1 ? this.request : batch.subarray(0, n * len));
    };
    if (o.oneWritePerRequest) for (let i = 0; i < o.window; i++) this.socket.write(this.request);
    else this.socket.write(batch);
    const { messages, seconds } = await countOver(() => count, o);
    await new Promise<void>((resolve) => {
      drained = resolve;
      stop = true;
      if (outstanding <= 0) resolve();
    });
    this.onReplies = () => undefined;
    return { msgsPerSec: Math.round(messages / seconds), messages, seconds: round(seconds, 3), errors: 0 };
  }

  close(): Promise<void> {
    return new Promise<void>((resolve) => {
      if (this.socket.destroyed) return resolve();
      this.socket.once('close', () => resolve());
      this.socket.end();
      setTimeout(() => this.socket.destroy(), 500).unref();
    });
  }
}
