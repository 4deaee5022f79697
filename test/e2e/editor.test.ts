/**
 * The editor, end to end, in headless Debian chromium (playwright-core, /usr/bin/chromium), against
 * the demo that `npm start` runs (scripts/demo: a simulated Link 6 and Node-RED with this
 * package, here on free ports): the "Kinova Kortex" palette category; an example imported through
 * Import > Examples; its kortex-session config dialog (a bad port is flagged, "Test connection"
 * names the robot generation), pointed at the simulator with the password set; deploy; the inject
 * triggered; the decoded ConnectionList read from the debug sidebar.
 *
 * The screenshot of the working flow goes to test-output/editor.png on every run, and to
 * docs/editor.png (shown in the README) when UPDATE_SCREENSHOT=1.
 *
 * Skips (with a message) only when /usr/bin/chromium is missing and CI is not set; in CI it runs.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { keepFailure, openInChromium, requireChromium } from './browser';
import { RunningDemo, makeTempDir, removeDir, repoRoot, startDemo, stopDemo } from './nodeRed';
import { NODE_TYPES, packageJson } from '../helpers/packageNodes';
import { MQTT_TLS_PORT, ROBOT_PORTS } from '../../src/protocol/ports';

// Browser globals inside page.evaluate()/waitForFunction() callbacks (the project does not load the DOM lib).
declare const document: {
  querySelector(selector: string): { classList: { contains(c: string): boolean }; textContent: string | null } | null;
};
declare const window: unknown;

const CATEGORY = 'Kinova Kortex';
const SCREENSHOT = path.join(repoRoot, 'test-output', 'editor.png');
const DOCS_SCREENSHOT = path.join(repoRoot, 'docs', 'editor.png');

/** The example that lists who is connected: the one with an inject, a kortex-list-connections and a debug node. */
function findListConnectionsExample(): { name: string; nodes: Array<Record<string, unknown>> } {
  const dir = path.join(repoRoot, 'examples', 'flows');
  const candidates = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const scored = candidates.map((file) => {
    const nodes = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Array<Record<string, unknown>>;
    const types = nodes.map((n) => n.type);
    const fit = types.includes('kortex-list-connections') && types.includes('inject') && types.includes('debug');
    // Prefer the smallest such flow (the one about listing connections, not a bigger showcase).
    return { name: file.replace(/\.json$/, ''), nodes, score: fit ? 1000 - nodes.length : -1 };
  });
  const best = scored.filter((s) => s.score >= 0).sort((a, b) => b.score - a.score)[0];
  assert.ok(best, `no example flow in examples/flows has inject -> kortex-list-connections -> debug (${candidates.join(', ')})`);
  return best;
}

describe('editor end to end (headless chromium)', function () {
  this.timeout(90_000);

  let demo: RunningDemo | undefined;
  /** The kortex-list-connections node that came with the imported example. */
  let listId = '';
  let userDir: string | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  before(async function () {
    requireChromium(this, 'the editor test');
    for (const file of Object.values(packageJson['node-red'].nodes)) {
      assert.ok(fs.existsSync(path.join(repoRoot, file)), `${file} is missing: run "npm run build" first`);
    }
    userDir = makeTempDir('kortex-editor-');
    demo = await startDemo(userDir);

    ({ browser, page } = await openInChromium(pageErrors));
    await page.goto(demo.url, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.red-ui-palette-node[data-palette-type="inject"]', { timeout: 30_000 });
  });

  afterEach(async function () {
    // Keep what the browser showed when a step failed.
    if (this.currentTest?.state === 'failed' && browser) await keepFailure(page, 'editor');
  });

  after(async function () {
    await browser?.close();
    if (demo) {
      const code = await stopDemo(demo);
      assert.equal(code, 0, `the demo did not stop cleanly:\n${demo.output()}`);
    }
    removeDir(userDir);
  });

  it('shows the "Kinova Kortex" palette category with every node of the package', async function () {
    const category = page
      .locator('.red-ui-palette-category')
      .filter({ has: page.locator('.red-ui-palette-header', { hasText: CATEGORY }) });
    await category.first().waitFor({ timeout: 10_000 });
    const inPalette = await category
      .first()
      .locator('.red-ui-palette-node')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-palette-type')));
    // The config node has no palette entry; it is registered with category "config".
    const registered = await page.evaluate((types: string[]) => {
      const RED = (window as unknown as { RED: { nodes: { getType(t: string): { category: string } | undefined } } }).RED;
      return types.map((t) => ({ type: t, category: RED.nodes.getType(t)?.category }));
    }, NODE_TYPES);
    for (const { type, category: cat } of registered) {
      assert.ok(cat, `${type} is not registered in the editor`);
      if (cat === 'config') continue;
      assert.equal(cat, CATEGORY, `${type} is in category ${cat}`);
      assert.ok(inPalette.includes(type), `${type} is missing from the "${CATEGORY}" palette (found ${inPalette.join(', ')})`);
    }
    assert.equal(registered.find((r) => r.type === 'kortex-session')?.category, 'config');
  });

  it("reaches the shared runtime texts in the kortex-session catalogue by namespace, and each node's own labels", async function () {
    const texts = await page.evaluate((pkg: string) => {
      const RED = (window as unknown as { RED: { _(key: string): string } }).RED;
      return {
        shared: RED._(`${pkg}/kortex-session:kortex.status.connecting`),
        ownLabel: RED._(`${pkg}/kortex-list-connections:kortex-list-connections.paletteLabel`),
        notCopied: RED._(`${pkg}/kortex-list-connections:kortex.status.connecting`),
      };
    }, packageJson.name);
    assert.equal(texts.shared, 'connecting');
    assert.notEqual(texts.ownLabel, 'kortex-list-connections.paletteLabel', "the node's own catalogue is loaded");
    assert.notEqual(texts.notCopied, 'connecting', 'the shared block lives in one catalogue only');
  });

  it('imports an example flow through Import > Examples', async function () {
    const example = findListConnectionsExample();
    const before = new Set((await workspaceNodes(page)).map((n) => n.id));
    await page.click('#red-ui-header-button-sidemenu');
    await page.click('#menu-item-import');
    await page.waitForSelector('#red-ui-clipboard-dialog', { state: 'visible' });
    await page.click('#red-ui-tab-red-ui-clipboard-dialog-import-tab-examples');
    const labels = page.locator('#red-ui-clipboard-dialog-import-tab-examples .red-ui-treeList-label');
    const texts = async (): Promise<string[]> => labels.evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
    await labels.filter({ hasText: packageJson.name }).first().waitFor({ timeout: 10_000 });
    await labels.filter({ hasText: packageJson.name }).first().click();
    // Open the folders under the package until the example itself is listed.
    for (let i = 0; i < 5 && !(await texts()).includes(example.name); i++) {
      const list = await texts();
      const at = list.indexOf(packageJson.name);
      const folder = list.findIndex((t, j) => j > at && t !== example.name && !/\.json$/.test(t));
      if (folder < 0) break;
      await labels.nth(folder).click();
      await page.waitForTimeout(200);
    }
    assert.ok((await texts()).includes(example.name), `example ${example.name} not listed: ${(await texts()).join(' | ')}`);
    // Selecting the example loads it and enables Import. On a busy machine the tree may still be
    // re-rendering the folders just opened and the click lands on another row: select again, bounded.
    const importButton = page.locator('#red-ui-clipboard-dialog-ok');
    for (let attempt = 1; ; attempt++) {
      await labels.filter({ hasText: example.name }).first().click();
      const deadline = Date.now() + 5_000;
      while (!(await importButton.isEnabled()) && Date.now() < deadline) await page.waitForTimeout(100);
      if (await importButton.isEnabled()) break;
      assert.ok(attempt < 3, `Import stays disabled after selecting ${example.name} ${attempt} times`);
    }
    await importButton.click();
    // Imported nodes follow the mouse until placed.
    await page.mouse.move(500, 300);
    await page.mouse.click(500, 300);
    // Under load the editor may take a moment to add the nodes: wait for them, bounded.
    let imported = (await workspaceNodes(page)).filter((n) => !before.has(n.id));
    for (const deadline = Date.now() + 10_000; !imported.some((n) => n.type === 'kortex-list-connections') && Date.now() < deadline;) {
      await page.waitForTimeout(100);
      imported = (await workspaceNodes(page)).filter((n) => !before.has(n.id));
    }
    const list = imported.find((n) => n.type === 'kortex-list-connections');
    assert.ok(list, `the import gave ${imported.map((n) => n.type).join(', ')}`);
    listId = list.id;
    // An example that brings its own tab lands on a new flow tab: open it.
    await page.click(`[id="red-ui-tab-${list.z}"] a`);
    await page.locator(`[id="${listId}"]`).waitFor({ timeout: 10_000 });
  });

  it('flags a bad port in the kortex-session dialog, then tests the connection to the simulator', async function () {
    await page.locator(`[id="${listId}"] .red-ui-flow-node`).dblclick();
    await page.waitForSelector('#node-input-session', { state: 'attached' });
    await page.click('#node-input-btn-session-edit');
    await page.waitForSelector('#node-config-input-port', { state: 'visible' });

    const port = page.locator('#node-config-input-port');
    // The placeholders come from the runtime (exported node settings); Automatic probes MQTT first, then TCP.
    const placeholder = async (kind: string): Promise<string> => {
      await page.selectOption('#node-config-input-transport', kind);
      return (await port.getAttribute('placeholder')) ?? '';
    };
    assert.match(await placeholder('auto'), new RegExp(`${ROBOT_PORTS.mqtt}\\D+${ROBOT_PORTS.tcp}`));
    assert.match(await placeholder('tcp'), new RegExp(`\\b${ROBOT_PORTS.tcp}\\b`));
    assert.match(await placeholder('mqtt'), new RegExp(`\\b${ROBOT_PORTS.mqtt}\\b`));
    // Use TLS (Kortex 3 only): the tls-config row appears and the default port is MQTT over TLS.
    await page.selectOption('#node-config-input-transport', 'auto');
    await page.check('#node-config-input-usetls');
    assert.match((await port.getAttribute('placeholder')) ?? '', new RegExp(`\\b${MQTT_TLS_PORT}\\b`));
    assert.equal(await page.isVisible('.kortex-session-tls-row'), true, 'the tls-config row');
    await page.selectOption('#node-config-input-transport', 'tcp');
    assert.equal(await page.isVisible('#node-config-input-usetls'), false, 'no TLS for Kortex 2');
    assert.equal(await page.isVisible('#node-config-input-brokerUsername'), false, 'no broker login for Kortex 2');
    await page.selectOption('#node-config-input-transport', 'auto');
    await page.uncheck('#node-config-input-usetls');
    await port.fill('70000');
    await port.press('Tab');
    await page.waitForFunction(() => document.querySelector('#node-config-input-port')?.classList.contains('input-error'));
    await port.fill(String(demo!.simPort));
    await port.press('Tab');
    await page.waitForFunction(() => !document.querySelector('#node-config-input-port')?.classList.contains('input-error'));

    await page.fill('#node-config-input-host', '127.0.0.1');
    await page.selectOption('#node-config-input-transport', 'tcp');
    await page.fill('#node-config-input-username', 'admin');
    await page.fill('#node-config-input-password', 'wrong-password');
    await page.click('#node-config-kortex-test');
    await page.waitForFunction(
      () => /INVALID_PASSWORD/.test(document.querySelector('#node-config-kortex-test-result')?.textContent ?? ''),
      null,
      { timeout: 15_000 },
    );
    await page.fill('#node-config-input-password', 'admin');
    await page.click('#node-config-kortex-test');
    await page.waitForFunction(
      () => {
        const text = document.querySelector('#node-config-kortex-test-result')?.textContent ?? '';
        return /k3/i.test(text) && !/INVALID_PASSWORD|running|…/.test(text);
      },
      null,
      { timeout: 15_000 },
    );
    const result = (await page.textContent('#node-config-kortex-test-result')) ?? '';
    assert.ok(!result.includes('admin') || !/password/i.test(result), `test result leaks something: ${result}`);

    await page.click('#node-config-dialog-ok');
    await page.waitForSelector('#node-config-input-port', { state: 'detached' });
    await page.click('#node-dialog-ok');
    await page.waitForSelector('#node-input-session', { state: 'detached' });
  });

  it('deploys, runs the flow and shows the decoded ConnectionList in the debug sidebar', async function () {
    await page.click('#red-ui-header-button-deploy');
    await page.waitForFunction(() => document.querySelector('#red-ui-header-button-deploy')?.classList.contains('disabled'), null, {
      timeout: 15_000,
    });

    await page.waitForFunction(
      (id: string) => /session/i.test(document.querySelector(`[id="${id}"] .red-ui-flow-node-status-label`)?.textContent ?? ''),
      listId,
      { timeout: 15_000 },
    );

    await page.evaluate(() => (window as unknown as { RED: { sidebar: { show(id: string): void } } }).RED.sidebar.show('debug'));
    const injectId = await injectFeeding(page, listId);
    // Only this flow's messages from here on (the demo's other flows report their restart too).
    await page.waitForTimeout(1000);
    await page.evaluate(() =>
      (window as unknown as { RED: { actions: { invoke(a: string): void } } }).RED.actions.invoke('core:clear-debug-messages'),
    );
    await page.locator(`[id="${injectId}"] .red-ui-flow-node-button`).click();

    // The example has two debug nodes (the payload, and msg.kortex call details): take the payload.
    const message = page.locator('.red-ui-debug-msg').filter({ hasText: 'msg.payload' }).filter({ hasText: 'userConnections' }).last();
    await message.waitFor({ timeout: 15_000 });
    const summary = (await message.textContent()) ?? '';
    assert.match(summary, /userConnections/, `the debug message is not a ConnectionList: ${summary}`);
    assert.doesNotMatch(summary, /error/i, summary);
    // Open the object and its userConnections to show the admin session the flow itself holds.
    await message.locator('.red-ui-debug-msg-object-handle').first().click();
    const userConnections = message
      .locator('.red-ui-debug-msg-object-key', { hasText: 'userConnections' })
      .filter({ visible: true })
      .first();
    await userConnections.locator('xpath=..').click();
    // ...and its first entry.
    const entries = message.locator('.red-ui-debug-msg-object-key', { hasText: /^0$/ }).filter({ visible: true });
    await entries.last().locator('xpath=..').click();
    await message
      .locator('.red-ui-debug-msg-object-key', { hasText: 'username' })
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 5_000 });
    const expanded = (await message.textContent()) ?? '';
    assert.match(expanded, /userHandle|username|sessionIdentifier/, expanded);

    // Show the whole flow (its comment on top included) for the screenshot.
    await page.evaluate(() => {
      const chart = (globalThis as unknown as { $: (s: string) => { scrollTop(v: number): void; scrollLeft(v: number): void } }).$(
        '#red-ui-workspace-chart',
      );
      chart.scrollTop(0);
      chart.scrollLeft(0);
    });
    await page.mouse.click(700, 600); // deselect
    const palette = page
      .locator('.red-ui-palette-category')
      .filter({ has: page.locator('.red-ui-palette-header', { hasText: CATEGORY }) })
      .first();
    await palette.evaluate((el) => (el as unknown as { scrollIntoView(): void }).scrollIntoView());
    // Let the "Imported / Deployed / Injected" notifications go, so they do not cover the flow.
    await page
      .waitForFunction(() => document.querySelector('.red-ui-notification') === null, null, { timeout: 8_000 })
      .catch(() => undefined);
    await page.waitForTimeout(300);
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    if (process.env.UPDATE_SCREENSHOT === '1') {
      fs.mkdirSync(path.dirname(DOCS_SCREENSHOT), { recursive: true });
      fs.copyFileSync(SCREENSHOT, DOCS_SCREENSHOT);
    }
    assert.deepEqual(pageErrors, [], `errors in the editor page: ${pageErrors.join('; ')}`);
  });

  it('tests the deployed endpoint with the stored password, and for another port asks for the password in the dialog', async function () {
    await page.locator(`[id="${listId}"] .red-ui-flow-node`).dblclick();
    await page.waitForSelector('#node-input-session', { state: 'attached' });
    await page.click('#node-input-btn-session-edit');
    await page.waitForSelector('#node-config-input-port', { state: 'visible' });
    const resultText = (): Promise<string> => page.textContent('#node-config-kortex-test-result').then((t) => t ?? '');
    // The password field holds the editor's placeholder for the stored, deployed password.
    await page.click('#node-config-kortex-test');
    await page
      .waitForFunction(() => /k3/i.test(document.querySelector('#node-config-kortex-test-result')?.textContent ?? ''), null, {
        timeout: 15_000,
      })
      .catch(async (err: Error) => assert.fail(`${err.message}; the result says: ${await resultText()}`));

    await page.fill('#node-config-input-port', '1');
    await page.click('#node-config-kortex-test');
    await page
      .waitForFunction(
        () =>
          /type the password to test another endpoint/.test(document.querySelector('#node-config-kortex-test-result')?.textContent ?? ''),
        null,
        { timeout: 15_000 },
      )
      .catch(async (err: Error) => assert.fail(`${err.message}; the result says: ${await resultText()}`));
    const text = await resultText();
    assert.doesNotMatch(text, /^Failed/, `an instruction, not a failure: ${text}`);
    assert.ok(
      await page
        .locator('#node-config-input-password')
        .evaluate((el) => (el as unknown as { classList: { contains(c: string): boolean } }).classList.contains('input-error')),
      'the password field is not marked',
    );

    await page.click('#node-config-dialog-cancel');
    await page.waitForSelector('#node-config-input-port', { state: 'detached' });
    await page.click('#node-dialog-cancel');
    await page.waitForSelector('#node-input-session', { state: 'detached' });
    assert.deepEqual(pageErrors, [], `errors in the editor page: ${pageErrors.join('; ')}`);
  });
});

/** Every node in the editor's workspace. */
async function workspaceNodes(page: Page): Promise<Array<{ id: string; type: string; z: string }>> {
  return page.evaluate(() => {
    const RED = (window as unknown as { RED: { nodes: { eachNode(cb: (n: { id: string; type: string; z: string }) => void): void } } }).RED;
    const nodes: Array<{ id: string; type: string; z: string }> = [];
    RED.nodes.eachNode((n) => nodes.push({ id: n.id, type: n.type, z: n.z }));
    return nodes;
  });
}

/** The inject node wired to `targetId`. */
async function injectFeeding(page: Page, targetId: string): Promise<string> {
  const id = await page.evaluate((target: string) => {
    const RED = (
      window as unknown as {
        RED: {
          nodes: {
            eachNode(cb: (n: { id: string; type: string }) => void): void;
            filterLinks(f: { source?: { id: string }; target?: { id: string } }): Array<{ source: { id: string; type: string } }>;
          };
        };
      }
    ).RED;
    const link = RED.nodes.filterLinks({ target: { id: target } }).find((l) => l.source.type === 'inject');
    return link ? link.source.id : '';
  }, targetId);
  assert.ok(id, 'no inject node is wired to the kortex-list-connections node');
  return id;
}
