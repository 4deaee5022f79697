/**
 * The floor's robot: a minimal Kortex 2 TCP server. It splits the stream on the 12-byte prefix,
 * peeks at message id and function id, and answers from precomputed templates (CreateSession sets
 * session 1, GetConnections carries a precomputed ConnectionList), stamping the request's message
 * id. Every reply produced by one chunk of input goes out in one write.
 */
import net from 'node:net';
import { TCP_MAGIC, TCP_PREFIX_LENGTH } from '../../src/protocol/tcpFraming';
import { minimalRobotTemplates, peekRequest, stampResponse } from './fixtures';

export interface MinimalServer {
  readonly port: number;
  readonly connections: number;
  readonly accepted: number;
  readonly requests: number;
  close(): Promise<void>;
}

export async function startMinimalTcpServer(o: { host?: string; port?: number; payload: Uint8Array }): Promise<MinimalServer> {
  const templates = minimalRobotTemplates(true, o.payload);
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  let requests = 0;
  const server = net.createServer({ noDelay: true }, (socket) => {
    sockets.add(socket);
    accepted++;
    socket.setNoDelay(true);
    let pending: Buffer | undefined;
    socket.on('data', (chunk: Buffer) => {
      const buf = pending ? Buffer.concat([pending, chunk]) : chunk;
      pending = undefined;
      let pos = 0;
      const out: Buffer[] = [];
      while (buf.length - pos >= TCP_PREFIX_LENGTH) {
        if (buf[pos] !== TCP_MAGIC[0] || buf.compare(TCP_MAGIC, 0, 8, pos, pos + 8) !== 0) {
          socket.destroy(); // the floor does not resynchronise
          return;
        }
        const length = buf.readUInt32BE(pos + 8);
        const frameStart = pos + TCP_PREFIX_LENGTH;
        if (buf.length - frameStart < length) break;
        const req = peekRequest(buf, frameStart, frameStart + length);
        pos = frameStart + length;
        requests++;
        const t = req && templates.get(req.functionId);
        if (t && req) out.push(stampResponse(t, req.messageId));
      }
      if (pos < buf.length) pending = buf.subarray(pos);
      if (out.length === 1) socket.write(out[0]);
      else if (out.length > 1) socket.write(Buffer.concat(out));
    });
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, o.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    get connections() {
      return sockets.size;
    },
    get accepted() {
      return accepted;
    },
    get requests() {
      return requests;
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
    },
  };
}
