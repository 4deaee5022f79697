import assert from 'node:assert/strict';
import { main as kortexCli } from '../../src/cli/kortex';
import { main as simCli } from '../../src/simulator/cli';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';

/** The two bins against a real broker: `kortex-sim --generation k3 --broker URL` and `kortex --generation k3`. */
describe('Kortex 3 command-line tools over mosquitto', function () {
  this.timeout(20000);
  let broker: MosquittoBroker;

  before(async () => {
    broker = await startMosquitto();
  });
  after(async () => {
    await broker?.dispose();
  });

  it('kortex-sim serves a Link 6 robot on the broker and kortex lists its connections', async () => {
    const simOut: string[] = [];
    const sim = await simCli(['--generation', 'k3', '--broker', `mqtt://127.0.0.1:${broker.port}`], {
      out: (l) => simOut.push(l),
      err: () => undefined,
    });
    assert.ok(sim.simulator, 'simulator started');
    try {
      assert.match(simOut.join('\n'), /listening on .*127\.0\.0\.1.*\(k3\)/);
      const lines: string[] = [];
      const saved = process.env.KORTEX_PASSWORD;
      process.env.KORTEX_PASSWORD = 'admin';
      try {
        const code = await kortexCli(['connections', '--generation', 'k3', '--port', String(broker.port)], (l) => lines.push(l));
        assert.equal(code, 0);
      } finally {
        if (saved === undefined) delete process.env.KORTEX_PASSWORD;
        else process.env.KORTEX_PASSWORD = saved;
      }
      const list = JSON.parse(lines.join('\n')) as { userConnections: { username: string; connectionType: string }[] };
      assert.equal(list.userConnections.length, 1);
      assert.equal(list.userConnections[0].username, 'admin');
      assert.equal(list.userConnections[0].connectionType, 'CONNECTION_TYPE_MQTT_TCP');
    } finally {
      await sim.simulator.close();
    }
  });
});
