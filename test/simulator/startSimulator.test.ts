import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { waitFor } from '../helpers/wait';
import { RawClient } from './rawClient';

describe('startSimulator', function () {
  let sim: RunningSimulator | undefined;
  const clients: RawClient[] = [];
  let dir: string | undefined;

  afterEach(async function () {
    await Promise.all(clients.splice(0).map((c) => c.destroy()));
    await sim?.close();
    sim = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('serves a K3 model over TCP; reboot ends sessions, drops links and keeps only singleSourceControl', async function () {
    sim = await startSimulator({ generation: 'k3', port: 0 });
    assert.equal(sim.transport, 'tcp');
    assert.equal(sim.endpoint, `tcp://127.0.0.1:${sim.port}`);
    const c = await RawClient.connect(sim.port ?? 0);
    clients.push(c);
    await c.createSession('admin', 'admin');
    await c.call(7, SessionRpcs.setAccessControl.encodeRequest({ singleSourceControl: true, bypassRemoteAccess: true }));

    sim.reboot();
    await c.closed();
    assert.equal(sim.model.sessions().length, 0);
    assert.deepEqual(sim.model.accessControl, { singleSourceControl: true, bypassRemoteAccess: false });

    const d = await RawClient.connect(sim.port ?? 0);
    clients.push(d);
    assert.equal((await d.createSession('operator', 'operator')).fields.errorCode, 0);
    await waitFor(() => sim?.model.connectionCount === 1, 'the dropped connection to detach', 2000);
  });

  it('loads a users file and closes idempotently', async function () {
    dir = mkdtempSync(join(tmpdir(), 'kortex-sim-'));
    const file = join(dir, 'users.json');
    writeFileSync(
      file,
      JSON.stringify({
        users: [{ username: 'cell', password: 'cell-pw', role: 'Op' }],
        roles: [{ identifier: 'Op', permissions: ['OPERATE', 'READ_ONLY'] }],
      }),
    );
    sim = await startSimulator({ generation: 'k2', port: 0, usersFile: file });
    const c = await RawClient.connect(sim.port ?? 0);
    clients.push(c);
    assert.equal((await c.createSession('cell', 'cell-pw')).fields.errorCode, 0);
    assert.equal((await c.createSession('admin', 'admin')).fields.errorSubCode, 16);
    await Promise.all([sim.close(), sim.close()]);
    await c.closed();
  });

  it('rejects an unreachable broker and a busy port with errors naming them', async function () {
    this.timeout(15000);
    await assert.rejects(
      startSimulator({ generation: 'k3', transport: 'mqtt', broker: 'mqtt://127.0.0.1:1' }),
      /could not reach the MQTT broker at mqtt:\/\/127\.0\.0\.1:1/,
    );
    sim = await startSimulator({ generation: 'k2', port: 0 });
    await assert.rejects(startSimulator({ generation: 'k2', port: sim.port }), /EADDRINUSE/);
  });
});
