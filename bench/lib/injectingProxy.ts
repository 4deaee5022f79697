/**
 * A Kortex 2 TCP man-in-the-middle that adds its own frames to what the robot sends: the hostile
 * section's way of putting bad bytes into a live session beside the real robot's traffic. The
 * robot's stream is cut into whole frames (TcpFrameSplitter) and forwarded frame by frame, so an
 * injected frame always lands between two of the robot's. What the client sends passes unchanged.
 */
import net from 'node:net';
import { TcpFrameSplitter, wrapTcpFrame } from '../../src/protocol/tcpFraming';

export interface InjectingProxy {
  readonly port: number;
  /** Writes bytes to the current client between two whole frames; resolves once its socket took them (back-pressure kept). */
  inject(bytes: Buffer): Promise<void>;
  /** Clients accepted so far (a second one means the first link was lost). */
  readonly links: number;
  close(): Promise<void>;
}

export async function startInjectingProxy(targetPort: number): Promise<InjectingProxy> {
  const sockets = new Set<net.Socket>();
  let current: net.Socket | undefined;
  let links = 0;
  const server = net.createServer((client) => {
    links++;
    current = client;
    client.setNoDelay(true);
    const robot = net.connect({ host: '127.0.0.1', port: targetPort, noDelay: true });
    sockets.add(client);
    sockets.add(robot);
    const end = (): void => {
      client.destroy();
      robot.destroy();
    };
    for (const s of [client, robot]) {
      s.on('error', end);
      s.on('close', () => {
        sockets.delete(s);
        end();
      });
    }
    const frames = new TcpFrameSplitter({ onFrame: (frame) => client.write(wrapTcpFrame(frame)) });
    robot.on('data', (chunk: Buffer) => frames.push(chunk));
    client.on('data', (chunk: Buffer) => robot.write(chunk));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    get links() {
      return links;
    },
    inject(bytes) {
      const client = current;
      if (!client || client.destroyed) return Promise.reject(new Error('no client is connected to the proxy'));
      return new Promise<void>((resolve, reject) => {
        if (client.write(bytes)) {
          resolve();
          return;
        }
        const done = (err?: Error): void => {
          client.off('drain', onDrain);
          client.off('close', onClose);
          if (err) reject(err);
          else resolve();
        };
        const onDrain = (): void => done();
        const onClose = (): void => done(new Error('the client closed its link during the injection'));
        client.once('drain', onDrain);
        client.once('close', onClose);
      });
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
