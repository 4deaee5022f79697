/**
 * A TCP man-in-the-middle between our client and a (simulated) robot, for reliability tests: it
 * counts whole Kortex frames in both directions (so the number of requests really on the wire is
 * known), can delay the robot's answers (a slow robot), and can rewrite or drop what the robot
 * sends (a hostile or broken network).
 */
import net from 'node:net';
import { TcpFrameSplitter } from '../../src/protocol/tcpFraming';

export interface ProxyOptions {
  targetPort: number;
  targetHost?: string;
  /** Delay every robot→client chunk by this many ms (order kept). */
  delayToClientMs?: number;
  /** Rewrites a robot→client chunk; return null to drop it. */
  toClient?: (chunk: Buffer) => Buffer | null;
  /** Sees each whole client→robot frame (its bytes, valid only during the call). */
  onRequestFrame?: (frame: Buffer) => void;
}

export interface TcpProxy {
  readonly port: number;
  /** Frames client→robot and robot→client so far (all pairs). */
  readonly requests: number;
  readonly responses: number;
  /** Largest number of requests seen on the wire without their answer yet. */
  readonly maxOutstanding: number;
  readonly pairCount: number;
  /** Replace the robot→client hook (e.g. switch mutation off). */
  setToClient(hook: ((chunk: Buffer) => Buffer | null) | undefined): void;
  setDelay(ms: number): void;
  /** Cuts every link (both sides) but keeps listening. */
  dropAll(): void;
  close(): Promise<void>;
}

export async function startProxy(options: ProxyOptions): Promise<TcpProxy> {
  const targetHost = options.targetHost ?? '127.0.0.1';
  let toClient = options.toClient;
  let delay = options.delayToClientMs ?? 0;
  let requests = 0;
  let responses = 0;
  let maxOutstanding = 0;
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let pairs = 0;

  const server = net.createServer((client) => {
    pairs++;
    const upstream = net.connect({ host: targetHost, port: options.targetPort });
    sockets.add(client);
    sockets.add(upstream);
    const end = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end);
    upstream.on('error', end);
    client.on('close', () => {
      sockets.delete(client);
      upstream.destroy();
    });
    upstream.on('close', () => {
      sockets.delete(upstream);
      // Let delayed answers drain before the client side goes too.
      const t = setTimeout(() => {
        timers.delete(t);
        client.destroy();
      }, delay);
      timers.add(t);
    });
    // Frames are counted on the unmodified streams.
    const upCounter = new TcpFrameSplitter({
      onFrame: (frame: Buffer) => {
        options.onRequestFrame?.(frame);
        requests++;
        maxOutstanding = Math.max(maxOutstanding, requests - responses);
      },
    });
    const downCounter = new TcpFrameSplitter({ onFrame: () => { responses++; } });
    client.on('data', (chunk: Buffer) => {
      upCounter.push(chunk);
      if (!upstream.destroyed) upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      const forward = (): void => {
        downCounter.push(chunk);
        const out = toClient ? toClient(chunk) : chunk;
        if (out && out.length > 0 && !client.destroyed) client.write(out);
      };
      if (delay > 0) {
        const t = setTimeout(() => {
          timers.delete(t);
          forward();
        }, delay);
        timers.add(t);
      } else forward();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    get requests() { return requests; },
    get responses() { return responses; },
    get maxOutstanding() { return maxOutstanding; },
    get pairCount() { return pairs; },
    setToClient(hook) { toClient = hook; },
    setDelay(ms) { delay = ms; },
    dropAll() {
      for (const s of sockets) s.destroy();
    },
    close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
