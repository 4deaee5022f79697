/**
 * The package's entry point (package.json `main`, built): exactly the values src/index.ts names,
 * and they work together: a simulated robot and a session client from the entry alone.
 * Needs `npm run build` first (pretest).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import type * as PublicApi from '../../src/index';
import { repoRoot } from '../e2e/nodeRed';
import { packageJson } from '../helpers/packageNodes';

const main = (packageJson as unknown as { main: string }).main;

describe('public API (package main)', function () {
  let api: typeof PublicApi;

  before(function () {
    api = require(path.join(repoRoot, main)) as typeof PublicApi;
  });

  it('holds the named values and nothing else', function () {
    assert.deepEqual(Object.keys(api).sort(), [
      'DEFAULT_SESSION_OPTIONS',
      'KortexError',
      'KortexSessionClient',
      'TransportUnavailableError',
      'defaultUsersConfig',
      'startSimulator',
    ]);
  });

  it('starts a simulated robot and lists its connections through a session client', async function () {
    const sim = await api.startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0 });
    const client = new api.KortexSessionClient({
      host: '127.0.0.1',
      port: sim.port,
      transport: 'tcp',
      username: 'admin',
      password: 'admin',
    });
    try {
      client.start();
      const { payload, meta } = await client.call('getConnections', {});
      assert.equal(meta.rpc, 'GetConnections');
      assert.equal(payload.connection.length, 1, JSON.stringify(payload));
      await assert.rejects(client.call('addTemporaryUserRole', { roleIdentifier: 'Admin', password: 'wrong' }), api.KortexError);
    } finally {
      await client.close();
      await sim.close();
    }
  });
});
