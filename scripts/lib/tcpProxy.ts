/**
 * A TCP man-in-the-middle between a client and its server, for reliability tests and the bench: it
 * counts whole Kortex frames in both directions (so the number of requests really on the wire is
 * known), can delay the server's answers (a slow robot), rewrite or drop what the server sends (a
 * hostile or broken network), and cut the link for a while (a network partition: nothing passes,
 * nothing closes, until healed). Between other protocols (MQTT) it forwards bytes without counting.
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
  /** Count Kortex frames (default true); false for any other protocol. */
  kortexFrames?: boolean;
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
  /**
   * A partition: from now on no byte passes either way and no close is seen by the other side
   * (both sockets stop reading); new connections are accepted and held. Keep-alives time out.
   */
  cut(): void;
  /** Ends the partition: held connections go through, and what either side did meanwhile (a close) arrives. */
  heal(): void;
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
  const held = new Set<net.Socket>();
  const countFrames = options.kortexFrames ?? true;
  let pairs = 0;
  let isCut = false;

  const link = (client: net.Socket): void => {
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
    const downCounter = new TcpFrameSplitter({
      onFrame: () => {
        responses++;
      },
    });
    client.on('data', (chunk: Buffer) => {
      if (countFrames) upCounter.push(chunk);
      if (!upstream.destroyed) upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      const forward = (): void => {
        if (countFrames) downCounter.push(chunk);
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
  };
  const server = net.createServer((client) => {
    if (!isCut) {
      link(client);
      return;
    }
    client.pause();
    held.add(client);
    sockets.add(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    get requests() {
      return requests;
    },
    get responses() {
      return responses;
    },
    get maxOutstanding() {
      return maxOutstanding;
    },
    get pairCount() {
      return pairs;
    },
    setToClient(hook) {
      toClient = hook;
    },
    setDelay(ms) {
      delay = ms;
    },
    dropAll() {
      for (const s of sockets) s.destroy();
    },
    cut() {
      isCut = true;
      for (const s of sockets) s.pause();
    },
    heal() {
      isCut = false;
      for (const client of held) {
        sockets.delete(client);
        link(client);
      }
      held.clear();
      for (const s of sockets) s.resume();
    },
    close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
