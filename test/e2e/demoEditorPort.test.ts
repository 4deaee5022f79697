/**
 * The demo's editor port (scripts/demo/nodeRed.ts): a port the demo picked free a moment earlier can
 * be taken before Node-RED listens (an outgoing connection's local port may be any free one; seen
 * once in the compatibility run as "listen EADDRINUSE"). The demo then listens on another free
 * port and says which; a port the user asked for (PORT=1880) is never swapped silently.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { startEmbedded } from '../../scripts/demo/nodeRed';
import { selectedNodeRedDir } from '../../scripts/compat/runtimes';
import { makeTempDir, removeDir } from './nodeRed';

describe('the demo: its editor port taken before Node-RED listens', function () {
  this.timeout(30000);
  let holder: net.Server | undefined;
  let userDir: string | undefined;

  afterEach(async () => {
    await new Promise<void>((resolve) => (holder ? holder.close(() => resolve()) : resolve()));
    holder = undefined;
    if (userDir) removeDir(userDir);
    userDir = undefined;
  });

  async function takenPort(): Promise<number> {
    holder = net.createServer();
    await new Promise<void>((resolve) => holder?.listen(0, '127.0.0.1', resolve));
    return (holder.address() as net.AddressInfo).port;
  }

  const settings = (dir: string): Record<string, unknown> => ({
    userDir: dir,
    httpAdminRoot: '/',
    httpNodeRoot: '/',
    flowFile: 'flows.json',
    logging: { console: { level: 'off' } },
    editorTheme: { tours: false },
  });

  it('a picked port that was taken meanwhile: Node-RED listens on another free port and serves the editor there', async () => {
    const port = await takenPort();
    userDir = makeTempDir('kortex-demo-port-');
    const embedded = await startEmbedded(selectedNodeRedDir(), settings(userDir), '127.0.0.1', port, true);
    try {
      assert.notEqual(embedded.port, port);
      const res = await fetch(`http://127.0.0.1:${embedded.port}/settings`);
      assert.equal(res.status, 200);
    } finally {
      await embedded.close();
    }
  });

  it('a port the user asked for that is taken is an error, not another port', async () => {
    const port = await takenPort();
    userDir = makeTempDir('kortex-demo-port-');
    await assert.rejects(startEmbedded(selectedNodeRedDir(), settings(userDir), '127.0.0.1', port, false), { code: 'EADDRINUSE' });
  });
});
