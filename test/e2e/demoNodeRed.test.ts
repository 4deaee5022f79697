/**
 * Which Node-RED the demo runs when nothing chooses for it: Node-RED 5.0 on Node 22 or newer (from
 * the compatibility cache, installed there on first start), the repository's own devDependency on
 * Node 20. `npm test` covers Node 20; `npm run test:compat` runs this file on Node 22 and 24 (its
 * cache already holds Node-RED 5.0, so nothing is downloaded here).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CURRENT_NODE_RED } from '../../scripts/compat/matrix';
import { NODE_RED_DIR_ENV, cachedNodeRed } from '../../scripts/compat/runtimes';
import { RunningDemo, makeTempDir, removeDir, repoRoot, startDemo, stopDemo } from './nodeRed';

describe('the demo picks its Node-RED by the Node it runs on', function () {
  this.timeout(90_000);
  let userDir: string | undefined;
  let demo: RunningDemo | undefined;

  afterEach(async () => {
    if (demo) await stopDemo(demo);
    demo = undefined;
    removeDir(userDir);
  });

  it(`Node 22 or newer: Node-RED ${CURRENT_NODE_RED}.x; Node 20: the repository's devDependency`, async function () {
    const onCurrentNode = Number(process.versions.node.split('.')[0]) >= 22;
    // Only where the install is cached: a first start would download Node-RED (npm run test:compat caches it).
    if (onCurrentNode && !cachedNodeRed(CURRENT_NODE_RED)) {
      if (process.env[NODE_RED_DIR_ENV])
        throw new Error(`the compatibility run must have installed Node-RED ${CURRENT_NODE_RED}.x into the cache`);
      this.skip();
    }
    userDir = makeTempDir('kortex-demo-node-red-');
    demo = await startDemo(userDir, { [NODE_RED_DIR_ENV]: '' });
    const line = /Node-RED:\s+(\d+\.\d+\.\d+) on Node (\S+) \(from ([^)]+)\)/.exec(demo.output());
    assert.ok(line, `the banner names no Node-RED version:\n${demo.output()}`);
    assert.equal(line[2], process.versions.node);
    if (onCurrentNode) {
      assert.ok(line[1].startsWith(`${CURRENT_NODE_RED}.`), `Node-RED ${line[1]} on Node ${line[2]}`);
      assert.equal(line[3], 'the compatibility cache');
    } else {
      const bundled = JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', 'node-red', 'package.json'), 'utf8')) as {
        version: string;
      };
      assert.equal(line[1], bundled.version);
    }
    // And it works: the editor answers with that runtime.
    const settings = (await (await fetch(`${demo.url}/settings`)).json()) as { version: string };
    // Node-RED appends "-git" when it finds a .git folder four levels up (the repository's own copy).
    assert.equal(settings.version.replace(/-git$/, ''), line[1]);
  });
});
