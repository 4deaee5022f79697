/**
 * The robot's own work on the cards of the editor's "Kortex" sidebar, end to end in headless Debian
 * chromium (playwright-core, /usr/bin/chromium): a simulated Gen3 (Kortex 2 over TCP) and a
 * simulated Link 6 (Kortex 3 over a private mosquitto), each with a kortex-robot-state, a
 * kortex-run-job and a clear-faults kortex-robot-command driven by inject nodes (POST /inject/<id>,
 * the inject button), in Node-RED started as for the editor test.
 *
 * Shows on each robot's card: the arm ready; a job while it runs, gone when the robot says done; a
 * fault with the job it aborted and the robot's code, gone after clear-faults; all of it through the
 * sidebar's comms notices (the editor reads the card on a notice), with no password in the browser.
 *
 * The screenshot (Gen3 running a job, Link 6 in fault) goes to test-output/sidebar-robot-work.png
 * on every run, and to docs/ (shown in docs/sidebar.md) when UPDATE_SCREENSHOT=1.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { defaultUsersConfig } from '../../src/simulator/robot/users';
import {
  SidebarTraffic,
  keepFailure,
  openInChromium,
  recordSidebarTraffic,
  requireChromium,
  sidebarMessages,
  widenSidebar,
} from './browser';
import { NodeRedProcess, deployFlows, linkPackage, makeTempDir, removeDir, repoRoot, startNodeRed, writeSettings } from './nodeRed';
import { packageJson } from '../helpers/packageNodes';
import { waitFor } from '../helpers/wait';
import { JobRunner } from '../../src/client/jobs/jobRunner';
import { KortexSessionClient } from '../../src/client/session/client';

// Browser globals inside page.evaluate()/waitForFunction() callbacks (the project does not load the DOM lib).
declare const document: {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
};
declare const window: unknown;

const SCREENSHOT = path.join(repoRoot, 'test-output', 'sidebar-robot-work.png');
const DOCS_SCREENSHOT = path.join(repoRoot, 'docs', 'sidebar-robot-work.png');
/** A password that appears nowhere else, so any leak is unambiguous. */
const ADMIN_PASSWORD = 'Work-Card-Admin-pw-60417';
const JOBS = [
  { name: 'Pick part', durationMs: 1500 },
  { name: 'Palletize', durationMs: 60_000 },
];

type Generation = 'k2' | 'k3';
const ROBOTS: Record<Generation, { config: string; name: string }> = {
  k2: { config: 'work-gen3', name: 'Gen3 cell' },
  k3: { config: 'work-link6', name: 'Link 6 cell' },
};

/** One robot's nodes: its session config, robot-state, run-job and clear-faults, and the inject buttons. */
function robotFlow(generation: Generation, session: Record<string, unknown>, y: number): unknown[] {
  const { config, name } = ROBOTS[generation];
  const at = (id: string, x: number, row: number, extra: Record<string, unknown>): Record<string, unknown> => ({
    id: `${generation}-${id}`,
    z: 'work-tab',
    name: '',
    x,
    y: y + row * 50,
    wires: [[]],
    ...extra,
  });
  const inject = (id: string, label: string, row: number, target: string, props: Array<{ p: string; v?: string; vt?: string }>): unknown =>
    at(id, 130, row, {
      type: 'inject',
      name: label,
      props,
      payload: id === 'clear-faults' ? 'clear-faults' : 'start',
      payloadType: 'str',
      repeat: '',
      once: false,
      wires: [[`${generation}-${target}`]],
    });
  return [
    {
      id: config,
      type: 'kortex-session',
      name,
      host: '127.0.0.1',
      namespace: '',
      username: 'admin',
      sessionInactivityTimeout: 60000,
      connectionInactivityTimeout: 10000,
      requestTimeout: 5000,
      credentials: { password: ADMIN_PASSWORD },
      ...session,
    },
    { ...at('comment', 230, 0, { type: 'comment', name, info: '' }), wires: undefined },
    at('state', 620, 1, { type: 'kortex-robot-state', session: config }),
    inject('start-pick', 'start Pick part', 1, 'jobs', [{ p: 'payload' }]),
    inject('start-palletize', 'start Palletize', 2, 'jobs', [{ p: 'payload' }, { p: 'job', v: 'Palletize', vt: 'str' }]),
    at('jobs', 380, 2, { type: 'kortex-run-job', session: config, job: 'Pick part', stopOnClose: true }),
    inject('clear-faults', 'clear faults', 3, 'clear', [{ p: 'payload' }]),
    at('clear', 380, 3, { type: 'kortex-robot-command', session: config, command: 'clear-faults' }),
  ];
}

describe('editor sidebar "Kortex": arm state, fault and job on the cards (headless chromium)', function () {
  this.timeout(120_000);

  const sims: Partial<Record<Generation, RunningSimulator>> = {};
  let broker: MosquittoBroker | undefined;
  let red: NodeRedProcess | undefined;
  let userDir: string | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  let traffic: SidebarTraffic = { frames: [], cardReads: [] };

  before(async function () {
    requireChromium(this, 'the sidebar work test');
    for (const file of Object.values(packageJson['node-red'].nodes)) {
      assert.ok(fs.existsSync(path.join(repoRoot, file)), `${file} is missing: run "npm run build" first`);
    }
    const users = defaultUsersConfig();
    for (const user of users.users) if (user.username === 'admin') user.password = ADMIN_PASSWORD;
    sims.k2 = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0, jobs: JOBS, users });
    broker = await startMosquitto();
    sims.k3 = await startSimulator({ generation: 'k3', transport: 'mqtt', broker: broker.url, jobs: JOBS, users });

    userDir = makeTempDir('kortex-sidebar-work-');
    writeSettings(userDir);
    linkPackage(userDir);
    red = await startNodeRed(userDir);
    await deployFlows(red.url, [
      { id: 'work-tab', type: 'tab', label: 'Cells' },
      ...robotFlow('k2', { transport: 'tcp', port: String(sims.k2.port) }, 40),
      ...robotFlow('k3', { transport: 'mqtt', port: String(broker.port) }, 260),
    ]);

    ({ browser, page } = await openInChromium(pageErrors));
    traffic = recordSidebarTraffic(page);
    await page.goto(red.url, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.red-ui-palette-node[data-palette-type="inject"]', { timeout: 30_000 });
    // The tab exists once the config node type is registered: then open it, as a user does.
    await page.locator('#red-ui-tab-kortex, [data-tab-id="kortex"]').first().waitFor({ state: 'attached', timeout: 15_000 });
    await page.evaluate(() => (window as { RED: { sidebar: { show(id: string): void } } }).RED.sidebar.show('kortex'));
    await page.locator('#kortex-sidebar-cards').waitFor({ state: 'visible', timeout: 10_000 });
    await widenSidebar(page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && browser) await keepFailure(page, 'sidebar-work', red?.output());
  });

  after(async function () {
    await browser?.close();
    await red?.stop();
    await sims.k2?.close();
    await sims.k3?.close();
    await broker?.dispose();
    removeDir(userDir);
  });

  /** Presses an inject node's button (the inject endpoint answers once the flows have started). */
  async function press(generation: Generation, id: string): Promise<void> {
    const url = `${red!.url}/inject/${generation}-${id}`;
    await waitFor(async () => (await fetch(url, { method: 'POST' })).status === 200, `POST ${url}`);
  }

  /** Waits until the card of `generation` satisfies `check` on its work rows as the page shows them. */
  async function cardShows(generation: Generation, what: string, check: (rows: CardRows) => boolean): Promise<CardRows> {
    const id = ROBOTS[generation].config;
    const deadline = Date.now() + 10_000;
    for (;;) {
      // Inline, without named inner functions: the callback's source runs in the page as it is.
      const rows: CardRows = await page.evaluate((cardId: string) => {
        const base = `.kortex-card[data-id="${cardId}"] .kortex-card-`;
        const arm = document.querySelector(`${base}arm`);
        const fault = document.querySelector(`${base}fault`);
        const job = document.querySelector(`${base}job`);
        return {
          ...(arm ? { arm: arm.textContent ?? '', armActivity: arm.getAttribute('data-activity') ?? '' } : {}),
          ...(fault ? { fault: fault.textContent ?? '', faultTitle: fault.getAttribute('title') ?? '' } : {}),
          ...(job ? { job: job.textContent ?? '', jobState: job.getAttribute('data-state') ?? '' } : {}),
        };
      }, id);
      if (check(rows)) return rows;
      if (Date.now() > deadline) assert.fail(`${generation}: the card never showed ${what}; it shows ${JSON.stringify(rows)}`);
      await page.waitForTimeout(50);
    }
  }

  it("shows each robot's arm ready, and neither a fault nor a job", async function () {
    for (const generation of ['k2', 'k3'] as const) {
      const rows = await cardShows(generation, 'the arm ready', (r) => r.armActivity === 'ready');
      assert.match(rows.arm ?? '', /arm: ready \(SERVOING_READY\)/);
      assert.equal(rows.fault, undefined);
      assert.equal(rows.job, undefined);
    }
  });

  for (const generation of ['k2', 'k3'] as const) {
    it(`${generation}: a job shows while it runs and is gone when the robot says done`, async function () {
      const readsBefore = traffic.cardReads.length;
      await press(generation, 'start-pick');
      const running = await cardShows(generation, 'the running job', (r) => r.jobState === 'running');
      assert.match(running.job ?? '', /job: Pick part · running for \d+ s/);
      assert.equal(running.armActivity, 'running');
      const done = await cardShows(generation, 'the job gone after done', (r) => r.job === undefined && r.armActivity === 'ready');
      assert.equal(done.fault, undefined);
      // The notices carried no card: the editor read it through the guarded endpoint.
      assert.ok(traffic.cardReads.length > readsBefore, 'the editor did not read the card after the notices');
    });
  }

  it('k2: a job another client runs shows, marked as not started here, and goes when it ends', async function () {
    const other = new KortexSessionClient({
      host: '127.0.0.1',
      port: sims.k2?.port,
      transport: 'tcp',
      username: 'admin',
      password: ADMIN_PASSWORD,
    });
    const runner = new JobRunner(other);
    try {
      await other.openOnce();
      const run = await runner.start('Pick part');
      const running = await cardShows('k2', "the other client's job", (r) => r.jobState === 'running');
      assert.match(running.job ?? '', /job: Pick part · running for \d+ s \(not started here\)/);
      assert.equal(running.armActivity, 'running');
      await run.finished;
      await cardShows('k2', 'the job gone after its end', (r) => r.job === undefined && r.armActivity === 'ready');
    } finally {
      runner.close();
      await other.close();
    }
  });

  it('a fault shows with the job it aborted and the robot code, and goes after clear-faults', async function () {
    await press('k2', 'start-palletize');
    await press('k3', 'start-palletize');
    await cardShows('k2', 'Palletize running', (r) => r.jobState === 'running' && /Palletize/.test(r.job ?? ''));
    await cardShows('k3', 'Palletize running', (r) => r.jobState === 'running' && /Palletize/.test(r.job ?? ''));

    sims.k3?.injectFault();
    const k3 = await cardShows('k3', 'the fault', (r) => r.fault !== undefined && r.job === undefined);
    assert.match(k3.fault ?? '', /^fault: IN_FAULT for \d+ s · aborted "Palletize" \(FAILED\)$/);
    assert.match(k3.faultTitle ?? '', /ROBOT_IN_FAULT/, "the robot's reason on hover");
    assert.equal(k3.armActivity, 'fault');
    assert.match(k3.arm ?? '', /arm: in fault \(IN_FAULT\)/);
    // The picture for docs/sidebar.md: the Gen3 running its job, the Link 6 in fault.
    await page.waitForTimeout(2000);
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    if (process.env.UPDATE_SCREENSHOT === '1') fs.copyFileSync(SCREENSHOT, DOCS_SCREENSHOT);

    sims.k2?.injectFault();
    const k2 = await cardShows('k2', 'the fault', (r) => r.fault !== undefined && r.job === undefined);
    assert.match(k2.fault ?? '', /^fault: IN_FAULT for \d+ s · aborted "Palletize" \(ROBOT_IN_FAULT\)$/);

    for (const generation of ['k2', 'k3'] as const) {
      await press(generation, 'clear-faults');
      const cleared = await cardShows(generation, 'ready after clear-faults', (r) => r.armActivity === 'ready');
      assert.equal(cleared.fault, undefined);
    }
  });

  it('never shows the password to the browser, and the sidebar notices name no job', async function () {
    const html = await page.content();
    assert.ok(!html.includes(ADMIN_PASSWORD), 'the page contains the password');
    for (const frame of traffic.frames) assert.ok(!frame.includes(ADMIN_PASSWORD), 'a comms frame contains the password');
    // Comms reaches every editor connection: a sidebar notice says which card changed, nothing of what.
    const notices = sidebarMessages(traffic.frames);
    assert.ok(notices.length > 0, 'no sidebar comms message was recorded');
    for (const notice of notices) {
      const text = JSON.stringify(notice);
      assert.ok(!/Palletize|Pick part|FAULT|arm/.test(text), `a sidebar comms message names the work: ${text}`);
    }
    assert.deepEqual(pageErrors, [], `errors in the editor page: ${pageErrors.join('; ')}`);
  });
});

/** The work rows of one card as the page shows them. */
interface CardRows {
  arm?: string;
  armActivity?: string;
  fault?: string;
  faultTitle?: string;
  job?: string;
  jobState?: string;
}
