/**
 * The sidebar's admin endpoint behind Node-RED's own login (adminAuth), in a real Node-RED child:
 * nobody reads it without a token, a read-only user may, and the read-only user still cannot use
 * the "test" button's endpoint (it opens a session with a stored password: write permission).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { NodeRedProcess, linkPackage, makeTempDir, removeDir, repoRoot, startNodeRed, writeSettings } from './nodeRed';

const PASSWORD = 'Auth-Robot-pw-55120';

function bcryptHash(text: string): string {
  const nodeRedDir = path.dirname(require.resolve('node-red/package.json', { paths: [repoRoot] }));
  const bcrypt = require(require.resolve('bcryptjs', { paths: [nodeRedDir] })) as { hashSync(text: string, rounds: number): string };
  return bcrypt.hashSync(text, 4);
}

async function token(url: string, username: string, password: string, scope: string): Promise<string> {
  const res = await fetch(`${url}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: 'node-red-admin', grant_type: 'password', scope, username, password }).toString(),
  });
  const text = await res.text();
  assert.equal(res.status, 200, `login of ${username} failed: ${text}`);
  return (JSON.parse(text) as { access_token: string }).access_token;
}

describe('editor sidebar admin endpoint with adminAuth', function () {
  this.timeout(60_000);
  let red: NodeRedProcess | undefined;
  let userDir: string | undefined;

  before(async () => {
    userDir = makeTempDir('kortex-sidebar-auth-');
    writeSettings(userDir, {
      adminAuth: {
        type: 'credentials',
        users: [
          { username: 'admin', password: bcryptHash('admin-ui-pw'), permissions: '*' },
          { username: 'viewer', password: bcryptHash('viewer-ui-pw'), permissions: 'read' },
        ],
      },
    });
    linkPackage(userDir);
    red = await startNodeRed(userDir);
    const adminToken = await token(red.url, 'admin', 'admin-ui-pw', '*');
    // Deployed through the admin API with the admin's token.
    const res = await fetch(`${red.url}/flows`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${adminToken}`,
        'Node-RED-API-Version': 'v1',
        'Node-RED-Deployment-Type': 'full',
      },
      body: JSON.stringify([
        {
          id: 'auth-robot',
          type: 'kortex-session',
          name: 'Guarded robot',
          host: '127.0.0.1',
          port: '1',
          transport: 'tcp',
          username: 'admin',
          sessionInactivityTimeout: 60000,
          connectionInactivityTimeout: 10000,
          requestTimeout: 5000,
          credentials: { password: PASSWORD },
        },
      ]),
    });
    const answer = await res.text();
    assert.ok(res.ok, `deploy failed: HTTP ${res.status} ${answer}`);
  });

  after(async () => {
    await red?.stop();
    removeDir(userDir);
  });

  it('refuses a request without a token', async () => {
    const res = await fetch(`${red!.url}/kortex/sidebar`);
    await res.arrayBuffer();
    assert.equal(res.status, 401);
  });

  it('answers a read-only user, without any password', async () => {
    const viewer = await token(red!.url, 'viewer', 'viewer-ui-pw', 'read');
    const res = await fetch(`${red!.url}/kortex/sidebar`, { headers: { authorization: `Bearer ${viewer}` } });
    const text = await res.text();
    assert.equal(res.status, 200, text);
    const body = JSON.parse(text) as { cards: Array<{ id: string; name: string; state: string }> };
    assert.deepEqual(
      body.cards.map((c) => [c.id, c.name, c.state]),
      [['auth-robot', 'Guarded robot', 'unused']],
    );
    assert.ok(!text.includes(PASSWORD), 'the answer contains the robot password');
  });

  it('keeps the "test" endpoint for users who may write', async () => {
    const viewer = await token(red!.url, 'viewer', 'viewer-ui-pw', 'read');
    const res = await fetch(`${red!.url}/kortex-session/test`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${viewer}` },
      body: JSON.stringify({ id: 'auth-robot', host: '127.0.0.1', port: '1', transport: 'tcp', username: 'admin' }),
    });
    await res.arrayBuffer();
    assert.equal(res.status, 401);
  });
});
