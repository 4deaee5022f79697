/**
 * The example "Robot session to a PLC over Modbus TCP" end to end: a real Node-RED (child process)
 * with node-red-contrib-modbus, `kortex-sim` as the robot (child process), and a Modbus TCP server
 * (modbus-serial's ServerTCP) as the PLC. The test plays the PLC program: it reads the holding
 * registers Node-RED writes and sets the coils Node-RED reads. A second client, another user on the
 * robot, checks what the robot sees: the flow's session released and taken back, single source
 * control switched, and a release that survives a full redeploy and comes back after a restart.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { KortexSessionClient } from '../../src/client/session/client';
import { PlcStandIn, startPlcStandIn } from '../../scripts/lib/plcStandIn';
import { linkExampleNodeModules } from '../../scripts/demo/userDir';
import { freePort } from '../helpers/ports';
import { SimChild, spawnSimulator } from '../helpers/simProcess';
import { sleep, waitFor } from '../helpers/wait';
import {
  NodeRedProcess,
  deployFlows,
  getJson,
  linkPackage,
  makeTempDir,
  removeDir,
  repoRoot,
  startNodeRed,
  writeSettings,
} from './nodeRed';

const EXAMPLE = path.join(repoRoot, 'examples', 'flows', 'robot-session-to-a-plc-over-modbus-tcp.json');
/** Holding registers (docs/plc.md). */
const HR = { state: 0, sessions: 1, others: 2, singleSourceControl: 3, error: 4 } as const;
const STATE = { open: 2, released: 4 } as const;
/** Coils (docs/plc.md). */
const COIL = { release: 0, singleSourceControl: 1 } as const;
/** A value the flow never writes: once it is gone, the flow has written the registers again. */
const NOT_WRITTEN = 999;
const WAIT_MS = 15_000;

type FlowNode = Record<string, unknown> & { id: string; type: string };

describe('example "Robot session to a PLC over Modbus TCP": Node-RED, kortex-sim and a Modbus TCP PLC', function () {
  this.timeout(120_000);
  let sim: SimChild | undefined;
  let plc: PlcStandIn | undefined;
  let red: NodeRedProcess | undefined;
  let checker: KortexSessionClient | undefined;
  let userDir: string | undefined;

  after(async function () {
    await checker?.close();
    await red?.stop();
    await plc?.close();
    await sim?.kill();
    removeDir(userDir);
  });

  /** The usernames holding a session on the robot, as the second client sees them. */
  async function usersOnRobot(): Promise<string[]> {
    const reply = await checker!.call('getConnections', {});
    return (reply.payload.userConnections ?? []).map((c) => c.username).sort();
  }

  async function singleSourceControlOnRobot(): Promise<boolean> {
    return (await checker!.call('getAccessControl', {})).payload.singleSourceControl;
  }

  function registers(): number[] {
    return plc!.holding.slice(0, 5);
  }

  it('releases and takes back the session and switches single source control from the PLC; a release survives a redeploy and a restart', async function () {
    sim = await spawnSimulator(['--generation', 'k3']);
    plc = await startPlcStandIn({ host: '127.0.0.1', port: await freePort() });
    userDir = makeTempDir('kortex-plc-');
    writeSettings(userDir);
    linkPackage(userDir);
    linkExampleNodeModules(userDir, repoRoot);
    red = await startNodeRed(userDir);

    const example = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8')) as FlowNode[];
    const flows = example.map((n) => {
      if (n.type === 'kortex-session') return { ...n, port: String(sim!.port), credentials: { password: 'admin' } };
      if (n.type === 'modbus-client') return { ...n, tcpHost: plc!.host, tcpPort: String(plc!.port) };
      return n;
    });
    const config = example.find((n) => n.type === 'kortex-session');
    const dashboardRelease = example.find((n) => n.type === 'inject' && n.payload === 'release');
    assert.ok(config && dashboardRelease, 'the example has a kortex-session and a "release" inject');
    await deployFlows(red.url, flows);

    // Someone else on the robot: a second user, who also checks what the robot sees.
    checker = new KortexSessionClient({ transport: 'tcp', host: '127.0.0.1', port: sim.port, username: 'system', password: 'system' });
    await checker.openOnce();

    await waitFor(
      () => registers()[HR.state] === STATE.open && registers()[HR.sessions] === 2 && registers()[HR.others] === 1,
      `HR0 open, HR1 2 sessions, HR2 someone else (registers ${registers().join(',')})`,
      WAIT_MS,
      50,
    );
    assert.deepEqual(await usersOnRobot(), ['admin', 'system']);
    assert.equal(registers()[HR.error], 0);

    // PLC: single source control on, then off.
    plc.coils[COIL.singleSourceControl] = true;
    await waitFor(() => registers()[HR.singleSourceControl] === 1, `HR3 1 (registers ${registers().join(',')})`, WAIT_MS, 50);
    assert.equal(await singleSourceControlOnRobot(), true);

    // PLC: hand the robot over. The robot no longer has the flow's session; the sidebar card says so.
    plc.coils[COIL.release] = true;
    await waitFor(() => registers()[HR.state] === STATE.released, `HR0 released (registers ${registers().join(',')})`, WAIT_MS, 50);
    assert.deepEqual(await usersOnRobot(), ['system']);
    const sidebar = await getJson<{ cards: Array<{ id: string; state: string; sessionId: number }> }>(`${red.url}/kortex/sidebar`);
    assert.deepEqual(
      sidebar.cards.filter((c) => c.id === config.id).map((c) => [c.state, c.sessionId]),
      [['released', 0]],
    );

    // PLC: take it back; single source control follows coil 1 again (the PLC turns it off meanwhile).
    plc.coils[COIL.singleSourceControl] = false;
    plc.coils[COIL.release] = false;
    await waitFor(
      () => registers()[HR.state] === STATE.open && registers()[HR.singleSourceControl] === 0,
      `HR0 open, HR3 0 (registers ${registers().join(',')})`,
      WAIT_MS,
      50,
    );
    assert.deepEqual(await usersOnRobot(), ['admin', 'system']);
    assert.equal(await singleSourceControlOnRobot(), false);

    // A dashboard button releases; a full redeploy (every node restarts) must not take the robot back.
    const injected = await fetch(`${red.url}/inject/${dashboardRelease.id}`, { method: 'POST' });
    assert.equal(injected.status, 200);
    await waitFor(
      () => registers()[HR.state] === STATE.released,
      `HR0 released by the button (registers ${registers().join(',')})`,
      WAIT_MS,
      50,
    );
    plc.holding[HR.state] = NOT_WRITTEN;
    await deployFlows(red.url, flows);
    await waitFor(() => registers()[HR.state] !== NOT_WRITTEN, 'the redeployed flow to write the registers', WAIT_MS, 50);
    // A few coil polls (every 500 ms) and a session-list poll (every 2 s) later, still released.
    await sleep(2500);
    assert.equal(registers()[HR.state], STATE.released);
    assert.deepEqual(await usersOnRobot(), ['system']);

    // Node-RED restarts while the PLC holds the release: the session logs in, and the first coil read releases it again.
    plc.coils[COIL.release] = true;
    await red.stop();
    plc.holding[HR.state] = NOT_WRITTEN;
    red = await startNodeRed(userDir);
    await waitFor(
      () => registers()[HR.state] === STATE.released,
      `HR0 released after the restart (registers ${registers().join(',')})`,
      WAIT_MS,
      50,
    );
    await waitFor(async () => (await usersOnRobot()).join() === 'system', 'the robot to list only the second user', WAIT_MS, 100);
  });
});
