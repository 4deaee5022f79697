/**
 * The "Robot cell panel" example (examples/flows/dashboard-2) on FlowFuse Dashboard 2, in headless
 * chromium: Node-RED with this package and @flowfuse/node-red-dashboard (a devDependency, for this
 * test only), the example deployed against a simulated Link 6, a second session held by another
 * user; the panel page lists both users and shows the robot's session as open.
 *
 * The screenshot goes to test-output/dashboard.png on every run, and to docs/dashboard.png (shown
 * in the README) when UPDATE_SCREENSHOT=1.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { KortexSessionClient } from '../../src/client/session/client';
import type { RunningSimulator } from '../../src/simulator';
import { PASSWORDS, simulator } from '../nodered/support';
import { keepFailure, openInChromium, requireChromium } from './browser';
import { NodeRedProcess, deployFlows, linkPackage, makeTempDir, removeDir, repoRoot, startNodeRed, writeSettings } from './nodeRed';

// Browser globals inside page.waitForFunction() callbacks (the project does not load the DOM lib).
interface Cell {
  textContent: string | null;
}
declare const document: { querySelectorAll(selector: string): ArrayLike<{ querySelectorAll(selector: string): ArrayLike<Cell> }> };

const EXAMPLE = path.join(repoRoot, 'examples', 'flows', 'dashboard-2', 'robot-cell-panel.json');
const DASHBOARD_PACKAGE = '@flowfuse/node-red-dashboard';
const SCREENSHOT = path.join(repoRoot, 'test-output', 'dashboard.png');
const DOCS_SCREENSHOT = path.join(repoRoot, 'docs', 'dashboard.png');

describe('dashboard example "Robot cell panel" (FlowFuse Dashboard 2, headless chromium)', function () {
  this.timeout(90_000);
  let sim: RunningSimulator | undefined;
  let red: NodeRedProcess | undefined;
  let userDir: string | undefined;
  let operator: KortexSessionClient | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  before(async function () {
    requireChromium(this, 'the dashboard test');
    userDir = makeTempDir('kortex-dashboard-');
    writeSettings(userDir);
    linkPackage(userDir);
    // The dashboard as a user installs it: a package in the user directory's node_modules.
    const dashboardDir = path.dirname(require.resolve(`${DASHBOARD_PACKAGE}/package.json`, { paths: [repoRoot] }));
    const target = path.join(userDir, 'node_modules', ...DASHBOARD_PACKAGE.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.symlinkSync(dashboardDir, target, 'dir');

    sim = await simulator('k3');
    red = await startNodeRed(userDir);
    const example = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8')) as Array<Record<string, unknown>>;
    const flow = example.map((n) =>
      n.type === 'kortex-session'
        ? { ...n, port: String(sim!.port), credentials: { password: PASSWORDS[n.username as keyof typeof PASSWORDS] } }
        : n,
    );
    await deployFlows(red.url, flow);

    operator = new KortexSessionClient({
      host: '127.0.0.1',
      port: sim.port,
      transport: 'tcp',
      username: 'operator',
      password: PASSWORDS.operator,
    });
    await operator.openOnce();
    ({ browser, page } = await openInChromium(pageErrors));
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && browser) await keepFailure(page, 'dashboard', red?.output());
  });

  after(async function () {
    await browser?.close();
    await operator?.close();
    await red?.stop();
    await sim?.close();
    removeDir(userDir);
  });

  it('the panel page shows the connected users of the simulator and the open session', async function () {
    assert.doesNotMatch(red!.output(), /Waiting for missing types/, 'the dashboard nodes did not load');
    await page.goto(`${red!.url}/dashboard/robot-cell`, { waitUntil: 'domcontentloaded' });
    // Both users' rows (the table refreshes every 5 s), and the robot's state row.
    // Cells of every table row, once both users and the open session are there.
    const found = await page.waitForFunction(
      () => {
        const rows = Array.from(document.querySelectorAll('table tbody tr')).map((r) =>
          Array.from(r.querySelectorAll('td')).map((c) => (c.textContent ?? '').trim()),
        );
        const ok =
          rows.some((r) => r[1] === 'operator' && r[3] === 'Operator') &&
          rows.some((r) => r[1] === 'admin' && r[5] === 'this Node-RED') &&
          rows.some((r) => r[1] === 'open');
        return ok ? rows : false;
      },
      null,
      { timeout: 30_000 },
    );
    const rows = ((await found.jsonValue()) as string[][]).map((r) => r.join(' | '));
    const robot = `127.0.0.1:${sim!.port}`;
    assert.ok(rows.filter((r) => r.includes(robot)).length >= 3, `rows do not name the robot ${robot}: ${rows.join(' | ')}`);
    const text = await page.content();
    for (const password of Object.values(PASSWORDS)) assert.ok(!text.includes(password), 'the dashboard page contains a password');

    await page.waitForTimeout(300);
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    if (process.env.UPDATE_SCREENSHOT === '1') fs.copyFileSync(SCREENSHOT, DOCS_SCREENSHOT);
    assert.deepEqual(pageErrors, [], `errors in the dashboard page: ${pageErrors.join('; ')}`);
  });
});
