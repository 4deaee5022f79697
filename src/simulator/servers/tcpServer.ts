/**
 * The simulated robot's Kortex 2 TCP port (docs/protocol.md, "Kortex 2: TCP on port 10000"): every frame is prefixed with the 12-byte
 * magic + big-endian length, and each accepted socket is one connection of the SessionModel. A
 * notification goes to each subscription on its subscriber's own socket (docs/protocol.md, "Notifications").
 */
import { EventEmitter } from 'node:events';
import net from 'node:net';
import { FrameDecodeError, decodeFrame, encodeFrame } from '../../protocol/frame';
import { ROBOT_PORTS } from '../../protocol/ports';
import { TCP_PREFIX_LENGTH, TcpFrameSplitter, writeTcpPrefix } from '../../protocol/tcpFraming';
import type { SessionModel } from '../robot/model';
import type { ResponseFrame } from '../robot/responses';
import type { NotificationDelivery } from '../robot/notifications';
import { notificationFrame } from '../robot/responses';
import type { SimConnection } from '../robot/simConnection';

export interface TcpRobotOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 10000; 0 picks a free port. */
  port?: number;
  model: SessionModel;
  /** Largest frame accepted from a peer; longer length fields are skipped as garbage. */
  maxFrameLength?: number;
}

export interface TcpRobotEvents {
  /** Something a peer sent could not be used (garbage, oversize length, undecodable frame, socket error). */
  problem: [error: Error, peer: string];
  connection: [peer: string];
  disconnection: [peer: string];
}

export interface TcpRobot extends EventEmitter<TcpRobotEvents> {
  readonly host: string;
  readonly port: number;
  /** "tcp://host:port" */
  readonly endpoint: string;
  readonly socketCount: number;
  /** Destroys every socket and stops listening; resolves when the server is closed. */
  close(): Promise<void>;
  /** Destroys every socket but keeps listening: a simulated network cut. */
  dropConnections(): void;
}

class TcpRobotServer extends EventEmitter<TcpRobotEvents> implements TcpRobot {
  readonly host: string;
  port = 0;
  private readonly sockets = new Set<net.Socket>();
  /** Each model connection's socket, for notifications. */
  private readonly socketOf = new Map<SimConnection, net.Socket>();
  private closePromise: Promise<void> | undefined;
  private readonly onNotification = (delivery: NotificationDelivery): void => this.deliver(delivery);

  constructor(
    private readonly server: net.Server,
    host: string,
    private readonly model: SessionModel,
    private readonly maxFrameLength?: number,
  ) {
    super();
    this.host = host;
    server.on('connection', (socket) => this.accept(socket));
    model.on('notification', this.onNotification);
  }

  get endpoint(): string {
    return `tcp://${formatHost(this.host)}:${this.port}`;
  }

  get socketCount(): number {
    return this.sockets.size;
  }

  listen(port: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const onError = (err: Error): void => reject(err);
      this.server.once('error', onError);
      this.server.listen(port, this.host, () => {
        this.server.off('error', onError);
        // After start-up a server error must not crash the process; report it instead.
        this.server.on('error', (err) => this.emit('problem', err, this.endpoint));
        const address = this.server.address();
        this.port = typeof address === 'object' && address ? address.port : port;
        resolve();
      });
    });
  }

  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  close(): Promise<void> {
    if (!this.closePromise) {
      this.model.off('notification', this.onNotification);
      this.closePromise = new Promise<void>((resolve) => {
        this.server.close(() => resolve());
        this.dropConnections();
      });
    }
    return this.closePromise;
  }

  private accept(socket: net.Socket): void {
    const peer = `${socket.remoteAddress ?? 'unknown'}:${socket.remotePort ?? 0}`;
    this.sockets.add(socket);
    socket.setNoDelay(true);
    const conn: SimConnection = this.model.attach({ information: peer });
    this.socketOf.set(conn, socket);
    const splitter = new TcpFrameSplitter({
      maxFrameLength: this.maxFrameLength,
      onFrame: (bytes) => this.onFrame(socket, conn, peer, bytes),
      onProblem: (p) =>
        this.emit(
          'problem',
          new FrameDecodeError(
            p.kind === 'garbage'
              ? `skipped ${p.bytes} bytes of garbage from ${peer}`
              : `rejected a frame length of ${p.length} bytes (limit ${p.limit}) from ${peer}`,
          ),
          peer,
        ),
    });
    socket.on('data', (chunk: Buffer) => {
      // The replies to every request in this chunk leave in one write (one syscall), not one each;
      // each reply is still its prefix and frame back to back, in request order.
      socket.cork();
      try {
        splitter.push(chunk);
      } finally {
        socket.uncork();
      }
    });
    // Resets and broken pipes are normal for a robot; they only end this connection.
    socket.on('error', (err) => this.emit('problem', err, peer));
    socket.on('close', () => {
      this.sockets.delete(socket);
      this.socketOf.delete(conn);
      splitter.reset();
      this.model.detach(conn);
      this.emit('disconnection', peer);
    });
    this.emit('connection', peer);
  }

  private onFrame(socket: net.Socket, conn: SimConnection, peer: string, bytes: Buffer): void {
    let response;
    try {
      response = this.model.handleRequest(conn, decodeFrame(bytes));
    } catch (err) {
      // An undecodable frame has no readable header to answer; skip it and keep the stream.
      this.emit('problem', err instanceof Error ? err : new Error(String(err)), peer);
      return;
    }
    if (response) send(socket, response);
  }

  /** One NOTIFICATION frame per subscription: the subscriber's session id and its handle in message_info. */
  private deliver(delivery: NotificationDelivery): void {
    for (const s of delivery.subscriptions) {
      const socket = this.socketOf.get(s.connection);
      if (socket) send(socket, notificationFrame(delivery.serviceId, delivery.functionId, s.sessionId, s.handle, delivery.payload));
    }
  }
}

function send(socket: net.Socket, frame: ResponseFrame): void {
  if (socket.destroyed || !socket.writable) return;
  // Prefix and frame in ONE write: the vendor's Python client reads the prefix with a single recv.
  const buf = encodeFrame(frame.header, frame.payload, TCP_PREFIX_LENGTH);
  writeTcpPrefix(buf, buf.length - TCP_PREFIX_LENGTH);
  socket.write(buf);
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts listening; rejects if the port cannot be bound (e.g. EADDRINUSE). */
export async function startTcpRobot(options: TcpRobotOptions): Promise<TcpRobot> {
  const host = options.host ?? '127.0.0.1';
  const robot = new TcpRobotServer(net.createServer(), host, options.model, options.maxFrameLength);
  await robot.listen(options.port ?? ROBOT_PORTS.tcp);
  return robot;
}
