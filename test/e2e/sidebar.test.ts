/**
 * The editor's "Kortex" sidebar tab, end to end, in headless Debian chromium (playwright-core,
 * /usr/bin/chromium): a simulated Link 6 (`kortex-sim`, a child process we can kill), Node-RED with
 * this package (the same launcher as the editor test), a deployed kortex-session config node used by
 * one node, and a second session held by another user from this test process.
 *
 * Shows: nothing of the sidebar goes over the editor's comms channel until the tab is opened; the
 * card names the robot, its open session, this Node-RED's row and the other user; no password ever
 * reaches the browser (page, admin API answer, comms frames); after the simulator is killed the card
 * turns red with a retry countdown within 2 s, and green again after the simulator restarts.
 *
 * The screenshots (robot up, robot down) go to test-output/sidebar.png and sidebar-robot-down.png on
 * every run, and to docs/ (shown in the README) when UPDATE_SCREENSHOT=1.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { KortexSessionClient } from '../../src/client/session/client';
import { defaultUsersConfig } from '../../src/simulator/robot/users';
import { SimChild, spawnSimulator } from '../helpers/simProcess';
import { keepFailure, openInChromium, recordSidebarTraffic, requireChromium, sidebarMessages, widenSidebar } from './browser';
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
import { packageJson } from '../helpers/packageNodes';

// Browser globals inside page.evaluate()/waitForFunction() callbacks (the project does not load the DOM lib).
declare const document: {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null; className: string }>;
};
declare const window: unknown;

const SCREENSHOT = path.join(repoRoot, 'test-output', 'sidebar.png');
const DOCS_SCREENSHOT = path.join(repoRoot, 'docs', 'sidebar.png');
const SCREENSHOT_DOWN = path.join(repoRoot, 'test-output', 'sidebar-robot-down.png');
const DOCS_SCREENSHOT_DOWN = path.join(repoRoot, 'docs', 'sidebar-robot-down.png');
/** Passwords that appear nowhere else, so any leak is unambiguous. */
const ADMIN_PASSWORD = 'Sidebar-Admin-pw-71853';
const OPERATOR_PASSWORD = 'Sidebar-Oper-pw-40926';
const ROBOT_NAME = 'Cell A robot';
const CONFIG_ID = 'sidebar-robot';

describe('editor sidebar "Kortex" (headless chromium)', function () {
  this.timeout(120_000);

  let sim: SimChild | undefined;
  let simArgs: string[] = [];
  let red: NodeRedProcess | undefined;
  let userDir: string | undefined;
  let browser: Browser | undefined;
  let operator: KortexSessionClient | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  /** Every comms frame the editor received. */
  let frames: string[] = [];
  /** The editor's reads of one card (what it does on a comms notice). */
  let cardReads: string[] = [];

  before(async function () {
    requireChromium(this, 'the sidebar test');
    for (const file of Object.values(packageJson['node-red'].nodes)) {
      assert.ok(fs.existsSync(path.join(repoRoot, file)), `${file} is missing: run "npm run build" first`);
    }
    userDir = makeTempDir('kortex-sidebar-');
    const users = defaultUsersConfig();
    for (const user of users.users) {
      if (user.username === 'admin') user.password = ADMIN_PASSWORD;
      if (user.username === 'operator') user.password = OPERATOR_PASSWORD;
    }
    const usersFile = path.join(userDir, 'robot-users.json');
    fs.writeFileSync(usersFile, JSON.stringify(users));
    sim = await spawnSimulator(['--generation', 'k3', '--users', usersFile]);
    simArgs = ['--generation', 'k3', '--users', usersFile, '--port', String(sim.port)];

    writeSettings(userDir);
    linkPackage(userDir);
    red = await startNodeRed(userDir);
    await deployFlows(red.url, [
      { id: 'sidebar-tab', type: 'tab', label: 'Cell A' },
      {
        id: CONFIG_ID,
        type: 'kortex-session',
        name: ROBOT_NAME,
        host: '127.0.0.1',
        port: String(sim.port),
        transport: 'tcp',
        namespace: '',
        username: 'admin',
        sessionInactivityTimeout: 60000,
        connectionInactivityTimeout: 10000,
        requestTimeout: 5000,
        credentials: { password: ADMIN_PASSWORD },
      },
      {
        id: 'sidebar-list',
        type: 'kortex-list-connections',
        z: 'sidebar-tab',
        name: 'who is connected',
        session: CONFIG_ID,
        x: 200,
        y: 80,
        wires: [[]],
      },
    ]);

    // The other user's session, held by this test process.
    operator = new KortexSessionClient({
      host: '127.0.0.1',
      port: sim.port,
      transport: 'tcp',
      username: 'operator',
      password: OPERATOR_PASSWORD,
    });
    await operator.openOnce();

    ({ browser, page } = await openInChromium(pageErrors));
    ({ frames, cardReads } = recordSidebarTraffic(page));
    await page.goto(red.url, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.red-ui-palette-node[data-palette-type="inject"]', { timeout: 30_000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && browser) await keepFailure(page, 'sidebar', red?.output());
  });

  after(async function () {
    await browser?.close();
    await operator?.close();
    await red?.stop();
    await sim?.kill();
    removeDir(userDir);
  });

  it('sends nothing over the comms channel while the tab has never been opened', async function () {
    // A redeploy of the config node changes its card: with nobody looking, nothing may be published.
    await deployFlowsAgain(red!);
    await page.waitForTimeout(1500);
    const sidebarFrames = frames.filter((f) => f.includes('kortex/sidebar'));
    assert.deepEqual(sidebarFrames, [], 'the runtime published sidebar updates although no editor had opened the tab');
  });

  it('shows the robot by name, its open session, this Node-RED and the other user', async function () {
    await page.evaluate(() => (window as { RED: { sidebar: { show(id: string): void } } }).RED.sidebar.show('kortex'));
    // The tab itself: a tab in Node-RED 3/4, a button of the sidebar tab bar in Node-RED 5.
    await page.locator('#red-ui-tab-kortex, [data-tab-id="kortex"]').first().waitFor({ timeout: 10_000 });
    await widenSidebar(page);
    const card = page.locator(`.kortex-card[data-id="${CONFIG_ID}"]`);
    await card.waitFor({ timeout: 15_000 });
    await page.waitForFunction(
      (id: string) => {
        const el = document.querySelector(`.kortex-card[data-id="${id}"]`);
        return (
          el?.getAttribute('data-color') === 'green' &&
          /operator/.test(el.textContent ?? '') &&
          !!document.querySelector(`.kortex-card[data-id="${id}"] tr.kortex-self`)
        );
      },
      CONFIG_ID,
      { timeout: 15_000 },
    );
    assert.equal(await card.locator('.kortex-card-name').textContent(), ROBOT_NAME);
    const stateText = (await card.locator('.kortex-card-state').textContent()) ?? '';
    assert.match(stateText, /session \d+/, stateText);
    const kind = (await card.locator('.kortex-card-kind').textContent()) ?? '';
    assert.match(kind, /Kortex 3.*TCP/, kind);
    const self = (await card.locator('tr.kortex-self').textContent()) ?? '';
    assert.match(self, /admin/, self);
    assert.match(self, /this Node-RED/, self);
    const other = (await card.locator('tr.kortex-connection', { hasText: 'operator' }).textContent()) ?? '';
    assert.match(other, /127\.0\.0\.1:\d+/, `the other user's address is missing: ${other}`);
    assert.match(other, /Operator/, `the other user's role is missing: ${other}`);
    assert.match((await card.locator('.kortex-card-meta').first().textContent()) ?? '', /used by 1 node/);

    // The sidebar's own session id is the one the runtime reports for the robot.
    const answer = await getJson<{ cards: Array<{ id: string; sessionId: number }> }>(`${red!.url}/kortex/sidebar`);
    const fromApi = answer.cards.find((c) => c.id === CONFIG_ID);
    assert.ok(fromApi && stateText.includes(String(fromApi.sessionId)), `card says "${stateText}", API says ${JSON.stringify(fromApi)}`);
    // Live updates flow now that the tab asked for them.
    await page.locator('#kortex-sidebar-refresh').click();
    await waitUntil(() => frames.some((f) => f.includes('kortex/sidebar/card')), 'a kortex/sidebar/card comms frame after refresh', 10_000);

    await page.waitForTimeout(300);
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    if (process.env.UPDATE_SCREENSHOT === '1') fs.copyFileSync(SCREENSHOT, DOCS_SCREENSHOT);
  });

  it('turns red with a retry countdown within 2 s of the robot dying, and green again after it restarts', async function () {
    const killedAt = Date.now();
    const readsBefore = cardReads.length;
    await sim!.kill();
    await page.waitForFunction(
      (id: string) => {
        const el = document.querySelector(`.kortex-card[data-id="${id}"]`);
        const state = document.querySelector(`.kortex-card[data-id="${id}"] .kortex-card-state`)?.textContent ?? '';
        return el?.getAttribute('data-color') === 'red' && /retry in \d+ s/.test(state);
      },
      CONFIG_ID,
      { timeout: 5_000, polling: 50 },
    );
    const redAfterMs = Date.now() - killedAt;
    assert.ok(redAfterMs <= 2000, `the card turned red with a countdown only after ${redAfterMs} ms`);
    // The notice carried no card: the editor read it through the guarded endpoint.
    assert.ok(cardReads.length > readsBefore, 'the editor did not read the card after the notice');
    const lastError = (await page.locator(`.kortex-card[data-id="${CONFIG_ID}"] .kortex-card-last-error`).textContent()) ?? '';
    assert.match(lastError, /last error: .+/, lastError);
    await page.screenshot({ path: SCREENSHOT_DOWN });
    if (process.env.UPDATE_SCREENSHOT === '1') fs.copyFileSync(SCREENSHOT_DOWN, DOCS_SCREENSHOT_DOWN);

    sim = await spawnSimulator(simArgs);
    await page.waitForFunction(
      (id: string) => document.querySelector(`.kortex-card[data-id="${id}"]`)?.getAttribute('data-color') === 'green',
      CONFIG_ID,
      { timeout: 60_000 },
    );
  });

  it('"test" checks the settings the editor holds: the deployed ones, then an undeployed change (which needs the password typed)', async function () {
    const card = page.locator(`.kortex-card[data-id="${CONFIG_ID}"]`);
    const result = (): Promise<string> =>
      card
        .locator('.kortex-card-test-result')
        .textContent()
        .then((t) => t ?? '');
    await card.locator('.kortex-card-test').click();
    await page.waitForFunction(
      (id: string) =>
        /OK: session \d+/.test(document.querySelector(`.kortex-card[data-id="${id}"] .kortex-card-test-result`)?.textContent ?? ''),
      CONFIG_ID,
      { timeout: 20_000 },
    );
    // What the config dialog's OK does to the editor's copy: a new port, not deployed.
    await page.evaluate((id: string) => {
      const RED = (window as { RED: { nodes: { node(id: string): Record<string, unknown> } } }).RED;
      const node = RED.nodes.node(id);
      node.port = '1';
      node.changed = true;
    }, CONFIG_ID);
    // The stored password is only used for the deployed endpoint: the card says to type it, and nothing is sent.
    await card.locator('.kortex-card-test').click();
    await page
      .waitForFunction(
        (id: string) =>
          /type the password to test another endpoint/.test(
            document.querySelector(`.kortex-card[data-id="${id}"] .kortex-card-test-result`)?.textContent ?? '',
          ),
        CONFIG_ID,
        { timeout: 20_000 },
      )
      .catch(async (err: Error) => assert.fail(`${err.message}; the result says: ${await result()}`));
    await page.evaluate(
      (args: { id: string; port: string }) => {
        const RED = (window as { RED: { nodes: { node(id: string): Record<string, unknown> } } }).RED;
        const node = RED.nodes.node(args.id);
        node.port = args.port;
        node.changed = false;
      },
      { id: CONFIG_ID, port: String(sim!.port) },
    );
  });

  it('never shows a password to the browser', async function () {
    const html = await page.content();
    const api = await (await fetch(`${red!.url}/kortex/sidebar?refresh=1`)).text();
    for (const [what, text] of [
      ['page', html],
      ['GET /kortex/sidebar', api],
      ['comms frames', frames.join('\n')],
    ] as const) {
      for (const secret of [ADMIN_PASSWORD, OPERATOR_PASSWORD]) assert.ok(!text.includes(secret), `${what} contains a password`);
    }
    assert.ok(frames.length > 0, 'no comms frames were recorded');
    // Comms reaches every editor connection (status.read is enough): the sidebar's notices name no user, address or role.
    const messages = sidebarMessages(frames);
    assert.ok(messages.length > 0, 'no sidebar comms message was recorded');
    // Debounced, one read in flight per card: never more reads of a card than notices about it.
    const notices = messages.filter((m) => m.topic === 'kortex/sidebar/card').length;
    assert.ok(cardReads.length <= notices, `${cardReads.length} card reads for ${notices} notices`);
    for (const message of messages) {
      const text = JSON.stringify(message);
      for (const detail of ['operator', 'Operator', '127.0.0.1'])
        assert.ok(!text.includes(detail), `a sidebar comms message contains "${detail}": ${text}`);
    }
    assert.deepEqual(pageErrors, [], `errors in the editor page: ${pageErrors.join('; ')}`);
  });
});

/** Redeploys the flows as they are (a full deploy restarts every node). */
async function deployFlowsAgain(red: NodeRedProcess): Promise<void> {
  await deployFlows(red.url, await getJson<unknown[]>(`${red.url}/flows`));
}

async function waitUntil(check: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
