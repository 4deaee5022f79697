/**
 * A job runner made on an 'auto' client before its probe (as a node deployed while the robot is
 * still unknown) against the Kortex 2 simulator over TCP: nothing is refused at construction, the
 * calls that need the generation say so, and the job topic is subscribed as soon as the probe has
 * chosen, before any start; a runner closed meanwhile subscribes nothing.
 */
import assert from 'node:assert/strict';
import type { KortexError } from '../../src/client/core/errors';
import { JobRunner } from '../../src/client/jobs/jobRunner';
import { getArmState } from '../../src/client/services/base/armState';
import { KortexSessionClient } from '../../src/client/session/client';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { forgetDetectedTransport } from '../../src/transport/auto';
import { freePort } from '../helpers/ports';
import { waitFor } from '../helpers/wait';

describe("a job runner on an 'auto' client made before the probe (Kortex 2 simulator, TCP)", function () {
  this.timeout(10000);
  let sim: RunningSimulator | undefined;
  let client: KortexSessionClient | undefined;
  let runner: JobRunner | undefined;
  let asked: string[] = [];

  beforeEach(async () => {
    forgetDetectedTransport();
    sim = await startSimulator({ generation: 'k2', transport: 'tcp', port: 0, jobs: [{ name: 'Home', durationMs: 100 }] });
    sim.model.on('request', (name) => asked.push(name));
    client = new KortexSessionClient({
      host: '127.0.0.1',
      transport: 'auto',
      autoDetect: { tcpPort: sim.port, mqttPort: await freePort() },
      username: 'admin',
      password: 'admin',
      requestTimeoutMs: 2000,
    });
    runner = new JobRunner(client);
  });
  afterEach(async () => {
    runner?.close();
    await client?.close();
    await sim?.close();
    runner = client = sim = undefined;
    asked = [];
    forgetDetectedTransport();
  });

  it('refuses what needs the generation until the probe, then subscribes the job topic before any start, and runs a job', async () => {
    const r = runner as JobRunner;
    await assert.rejects(
      r.list(),
      (e: KortexError) => e.kind === 'UNSUPPORTED' && e.message === "the robot's generation is not known until it was reached once",
    );
    await client?.openOnce();
    await waitFor(() => asked.includes('OnNotificationActionTopic'), 'the job topic subscribed');
    assert.equal(asked.filter((a) => a === 'ExecuteActionFromReference').length, 0);
    const run = await r.start('Home');
    assert.equal((await run.finished).event, 'done');
  });

  it('a runner closed before the probe, or by a listener of the very state change that makes the generation known, subscribes nothing', async () => {
    runner?.close();
    // Registered before the second runner: it hears each state change first, and closes that runner then.
    client?.on('state', () => {
      if (client?.generation()) late.close();
    });
    const late = new JobRunner(client as KortexSessionClient);
    await client?.openOnce();
    await getArmState(client as KortexSessionClient); // a round trip after the session opened
    assert.deepEqual(
      asked.filter((a) => a.startsWith('OnNotification')),
      [],
    );
  });
});
