/** A wait until something listens on a TCP port (for the helper processes the scripts start). */
import net from 'node:net';

/** Resolves once a TCP connect to host:port succeeds; rejects after `timeoutMs` or if `abort()` says so. */
export async function waitForPort(host: string, port: number, timeoutMs: number, abort?: () => Error | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const problem = abort?.();
    if (problem) throw problem;
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port });
      const done = (result: boolean): void => {
        socket.removeAllListeners();
        socket.on('error', () => undefined);
        socket.destroy();
        resolve(result);
      };
      socket.once('connect', () => done(true));
      socket.once('error', () => done(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on ${host}:${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
