/**
 * `kortex-sim --robots N`: N independent robots in one process, as a user runs it (child process).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import mqtt from 'mqtt';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { main } from '../../src/simulator/cli';
import { startFleet } from '../../src/simulator/fleet';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { freePort } from '../helpers/ports';
import { SimChild, spawnSimulator } from '../helpers/simProcess';
import { RawClient } from './rawClient';

const FN = { getConnections: 4, setAccessControl: 7, getAccessControl: 8 } as const;

/** Resident set size of a process in bytes, from /proc (what `ps` and `top` show as RES). */
function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /^VmRSS:\s+(\d+) kB/m.exec(status);
  if (!m) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(m[1]) * 1024;
}

function fleetRange(sim: SimChild): { first: number; last: number } {
  const m = /^listening on tcp:\/\/127\.0\.0\.1:(\d+)-(\d+) \((k2|k3), (\d+) robots\)\n$/.exec(sim.stdout());
  assert.ok(m, `unexpected stdout: ${JSON.stringify(sim.stdout())}`);
  return { first: Number(m[1]), last: Number(m[2]) };
}

function userCount(r: { frame: { payload: Uint8Array } }): number {
  return SessionRpcs.getConnections.decodeResponse(r.frame.payload).userConnections.length;
}

describe('kortex-sim --robots (fleet)', function () {
  this.timeout(60000);
  const sims: SimChild[] = [];
  const clients: RawClient[] = [];

  afterEach(async function () {
    await Promise.all(clients.splice(0).map((c) => c.destroy()));
    await Promise.all(sims.splice(0).map((s) => s.kill()));
  });

  it('serves 100 independent robots on consecutive ports in one process under 150 MB RSS, and stops on SIGTERM', async function () {
    const sim = await spawnSimulator(['--generation', 'k3', '--robots', '100', '--port', '0'], 30000);
    sims.push(sim);
    const { first, last } = fleetRange(sim);
    assert.equal(last - first, 99, 'ports P … P+99');
    assert.equal(sim.stdout().split('\n').filter(Boolean).length, 1, 'one listening line for the whole fleet');

    // Robots 0, 57 and 99: each has its own sessions, users and access control.
    const ports = [first, first + 57, last];
    const peers = await Promise.all(ports.map((p) => RawClient.connect(p)));
    clients.push(...peers);
    const [a, b, c] = peers;
    assert.equal((await a.createSession('admin', 'admin')).fields.errorCode, 0);
    assert.equal((await b.createSession('operator', 'operator')).fields.errorCode, 0);
    assert.notEqual((await c.createSession('admin', 'wrong')).fields.errorCode, 0, 'a wrong password is refused on robot 99 too');
    assert.equal((await c.createSession('admin', 'admin')).fields.errorCode, 0);
    const second = await RawClient.connect(first + 57);
    clients.push(second);
    assert.equal((await second.createSession('admin', 'admin')).fields.errorCode, 0);
    // Two sessions on robot 57, one each on robots 0 and 99: nothing leaks between robots.
    assert.equal(userCount(await a.call(FN.getConnections)), 1);
    assert.equal(userCount(await second.call(FN.getConnections)), 2);
    assert.equal(userCount(await c.call(FN.getConnections)), 1);
    const on = SessionRpcs.setAccessControl.encodeRequest({ singleSourceControl: true, bypassRemoteAccess: false });
    assert.equal((await a.call(FN.setAccessControl, on)).fields.errorCode, 0);
    const accessOf = async (peer: RawClient): Promise<boolean> =>
      SessionRpcs.getAccessControl.decodeResponse((await peer.call(FN.getAccessControl)).frame.payload).singleSourceControl;
    assert.equal(await accessOf(a), true);
    assert.equal(await accessOf(c), false, 'access control is per robot');

    const rss = rssOf(sim.pid);
    assert.ok(rss < 150 * 2 ** 20, `RSS of 100 robots is ${(rss / 2 ** 20).toFixed(1)} MB (limit 150 MB)`);

    sim.signal('SIGTERM');
    const { code } = await sim.exited;
    assert.equal(code, 0, `stderr: ${sim.stderr()}`);
    await Promise.all(peers.map((p) => p.closed()));
    assert.match(sim.stderr(), /robot57: session \d+ opened for operator/);
  });

  it('stops all robots on SIGINT', async function () {
    const sim = await spawnSimulator(['--robots', '3', '--port', '0']);
    sims.push(sim);
    const { first } = fleetRange(sim);
    const peers = await Promise.all([0, 1, 2].map((k) => RawClient.connect(first + k)));
    clients.push(...peers);
    sim.signal('SIGINT');
    assert.deepEqual(await sim.exited, { code: 0, signal: null }, sim.stderr());
    await Promise.all(peers.map((p) => p.closed()));
    await assert.rejects(RawClient.connect(first + 2), /ECONNREFUSED/);
  });

  it('fails cleanly when a port of the block is taken: names it, leaves nothing listening', async function () {
    const taken = await startFleet({ generation: 'k2', robots: 1, port: 0 });
    try {
      const busy = taken.firstPort as number;
      const errLines: string[] = [];
      const result = await main(['--robots', '3', '--port', String(busy - 1)], { out: () => undefined, err: (l) => errLines.push(l) });
      assert.equal(result.exitCode, 1);
      assert.match(errLines.join('\n'), /robot 1 of 3 did not start: .*EADDRINUSE/);
      // Robot 0 (busy - 1) had started; it must be closed again.
      await assert.rejects(RawClient.connect(busy - 1), /ECONNREFUSED/);
      const bad: string[] = [];
      assert.equal((await main(['--robots', '0'], { out: () => undefined, err: (l) => bad.push(l) })).exitCode, 2);
      assert.match(bad.join('\n'), /--robots must be an integer from 1 to 1000/);
    } finally {
      await taken.close();
    }
  });

  describe('over MQTT', function () {
    let broker: MosquittoBroker;
    const k3Clients: KortexSessionClient[] = [];
    before(async function () {
      broker = await startMosquitto();
    });
    after(async function () {
      await broker?.dispose();
    });
    afterEach(async function () {
      await Promise.all(k3Clients.splice(0).map((c) => c.close()));
    });

    function client(namespace: string, requestTimeoutMs = 3000): KortexSessionClient {
      const c = new KortexSessionClient({
        host: '127.0.0.1',
        port: broker.port,
        transport: 'mqtt',
        namespace,
        username: 'admin',
        password: 'admin',
        requestTimeoutMs,
      });
      k3Clients.push(c);
      return c;
    }

    it('serves 100 robots on one broker under robot0 … robot99 under 150 MB RSS, with disjoint session ids; SIGTERM stops them', async function () {
      const sim = await spawnSimulator(['--generation', 'k3', '--transport', 'mqtt', '--broker', broker.url, '--robots', '100'], 30000);
      sims.push(sim);
      assert.equal(sim.stdout(), `listening on mqtt://127.0.0.1:${broker.port}/robot0..robot99 (k3, 100 robots)\n`);
      // sessions/status carries no namespace: 100 robots broadcasting there could not be told apart.
      const listener = await mqtt.connectAsync(broker.url, { reconnectPeriod: 0 });
      const broadcasts: string[] = [];
      listener.on('message', (topic) => broadcasts.push(topic));
      await listener.subscribeAsync('sessions/#');
      const first = client('robot0');
      const last = client('robot99');
      const again = client('robot99');
      await Promise.all([first.openOnce(), last.openOnce(), again.openOnce()]);
      await listener.endAsync();
      assert.deepEqual(broadcasts, [], 'a fleet on one broker does not broadcast');
      assert.notEqual(first.sessionId, last.sessionId, 'PING topics carry no namespace: ids must not collide');
      const users = async (c: KortexSessionClient): Promise<number> => (await c.call('getConnections', {})).payload.userConnections.length;
      assert.equal(await users(first), 1);
      assert.equal(await users(last), 2);
      const rss = rssOf(sim.pid);
      assert.ok(rss < 150 * 2 ** 20, `RSS of 100 MQTT robots is ${(rss / 2 ** 20).toFixed(1)} MB (limit 150 MB)`);
      // Nobody serves robot100.
      const none = client('robot100', 500);
      await assert.rejects(none.openOnce(1000));
      sim.signal('SIGTERM');
      assert.equal((await sim.exited).code, 0, sim.stderr());
    });

    it('refuses status broadcasts from several robots on one broker, a first port past 65535 and a fleet too large, with clear errors', async function () {
      await assert.rejects(
        startFleet({ generation: 'k3', transport: 'mqtt', broker: broker.url, robots: 2, statusBroadcasts: { envelope: 'bare' } }),
        /cannot be told apart between 2 robots on one broker/,
      );
      await assert.rejects(startFleet({ generation: 'k2', robots: 10, port: 65530 }), /ports 65530…65539 go past 65535/);
      await assert.rejects(
        startFleet({ generation: 'k2', robots: 1001, port: await freePort() }),
        /robots must be an integer from 1 to 1000/,
      );
    });
  });
});
