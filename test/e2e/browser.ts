/**
 * Headless Debian chromium (playwright-core, /usr/bin/chromium) for the editor end-to-end tests:
 * launched offline (only 127.0.0.1 is reachable), with the editor page open and its errors kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { requireTool } from '../helpers/requiredTool';
import { repoRoot } from './nodeRed';

/** Where the end-to-end tests leave screenshots (not committed). */
const TEST_OUTPUT = path.join(repoRoot, 'test-output');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Skips the calling suite (with a message) when chromium is missing outside CI; in CI a missing
 * chromium fails the suite instead.
 */
export function requireChromium(context: Mocha.Context, what: string): void {
  requireTool(context, CHROMIUM, 'apt-get install chromium', what);
}

export interface EditorBrowser {
  browser: Browser;
  page: Page;
  /** Uncaught errors of the page so far. */
  pageErrors: string[];
}

/** Launches chromium with a 1400x820 page that cannot reach anything but this machine; page errors go to `pageErrors`. */
export async function openInChromium(pageErrors: string[] = []): Promise<EditorBrowser> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 820 } });
  // Nothing leaves the machine: the editor must work offline.
  await page.route(
    (u) => !/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(u.toString()),
    (route) => route.abort(),
  );
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return { browser, page, pageErrors };
}

/** Keeps what the browser showed when a step failed: test-output/<name>-failure.png and .html, and `log` as .log. */
export async function keepFailure(page: Page, name: string, log?: string): Promise<void> {
  fs.mkdirSync(TEST_OUTPUT, { recursive: true });
  const base = path.join(TEST_OUTPUT, `${name}-failure`);
  await page.screenshot({ path: `${base}.png` }).catch(() => undefined);
  fs.writeFileSync(`${base}.html`, await page.content().catch(() => ''));
  if (log !== undefined) fs.writeFileSync(`${base}.log`, log);
}

/** What the editor page exchanges for the Kortex sidebar, recorded from now on. */
export interface SidebarTraffic {
  /** Every comms frame the editor received, as text. */
  frames: string[];
  /** The editor's reads of one card (what it does on a comms notice). */
  cardReads: string[];
}

export function recordSidebarTraffic(page: Page): SidebarTraffic {
  const traffic: SidebarTraffic = { frames: [], cardReads: [] };
  page.on('request', (request) => {
    if (request.url().includes('kortex/sidebar?id=')) traffic.cardReads.push(request.url());
  });
  page.on('websocket', (ws) =>
    ws.on('framereceived', (frame) =>
      traffic.frames.push(typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('utf8')),
    ),
  );
  return traffic;
}

/** The sidebar's messages among comms frames (a frame carries an array of messages). */
export function sidebarMessages(frames: readonly string[]): Array<{ topic?: string; data?: unknown }> {
  return frames.flatMap((f) => {
    const parsed = JSON.parse(f) as unknown;
    return Array.isArray(parsed) ? (parsed as Array<{ topic?: string }>).filter((m) => m.topic?.startsWith('kortex/sidebar')) : [];
  });
}

/**
 * Widens the editor's sidebar the way a user does, by dragging its separator 200 px, so a screenshot
 * reads well (Node-RED 4's separator; Node-RED 5 lays its sidebars out differently and is left as it is).
 */
export async function widenSidebar(page: Page): Promise<void> {
  const separators = page.locator('#red-ui-sidebar-separator');
  const separator = (await separators.count()) > 0 ? await separators.boundingBox() : null;
  if (!separator) return;
  const y = separator.y + separator.height / 3;
  await page.mouse.move(separator.x + separator.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(separator.x - 200, y, { steps: 8 });
  await page.mouse.up();
}
