/** A TCP server for a test on 127.0.0.1 that owns its sockets: closing it ends every connection. */
import net from 'node:net';

export interface LoopbackServer {
  port: number;
  /** Destroys every open socket, then closes the server. */
  close(): Promise<void>;
}

/** Listens on a free loopback port and hands each socket, with an error listener, to `onSocket`. */
export async function listenOnLoopback(onSocket: (socket: net.Socket) => void, options: net.ServerOpts = {}): Promise<LoopbackServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer(options, (socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    onSocket(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
