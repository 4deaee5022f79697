/**
 * The runtime texts shared by all Kortex nodes live once, in the kortex-session catalogue; every
 * other node set reaches them through Node-RED's "<module>/<set>:<key>" lookup. Checked in a real
 * Node-RED (child process) running in German: a node of another set reports its error in German,
 * and the admin API serves each set's own editor catalogue with the shared block only in one.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { waitFor } from '../helpers/wait';
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

const GERMAN = JSON.parse(
  fs.readFileSync(path.join(repoRoot, 'nodes', 'kortex-session', 'locales', 'de', 'kortex-session.json'), 'utf8'),
) as {
  kortex: { errors: Record<string, string> };
};

describe('message catalogues in a real Node-RED (lang: de)', function () {
  this.timeout(60_000);
  let red: NodeRedProcess | undefined;
  let userDir: string | undefined;

  before(async function () {
    assert.ok(fs.existsSync(path.join(repoRoot, packageJson['node-red'].nodes['kortex-session'])), 'run "npm run build" first');
    userDir = makeTempDir('kortex-catalogues-');
    linkPackage(userDir);
    writeSettings(userDir, { lang: 'de' });
    red = await startNodeRed(userDir);
  });

  after(async function () {
    await red?.stop();
    removeDir(userDir);
  });

  it('a node of another set (kortex-list-connections) reports the shared error text in German', async function () {
    await deployFlows(red!.url, [
      { id: 'tab1', type: 'tab', label: 'catalogues' },
      {
        id: 'inject1',
        type: 'inject',
        z: 'tab1',
        name: '',
        props: [{ p: 'payload' }],
        payload: '',
        payloadType: 'date',
        repeat: '',
        once: false,
        wires: [['list1']],
      },
      { id: 'list1', type: 'kortex-list-connections', z: 'tab1', name: '', session: '', wires: [[]] },
      { id: 'ac1', type: 'kortex-access-control', z: 'tab1', name: '', session: '', action: 'get', wires: [[]] },
      {
        id: 'inject2',
        type: 'inject',
        z: 'tab1',
        name: '',
        props: [{ p: 'payload' }],
        payload: '',
        payloadType: 'date',
        repeat: '',
        once: false,
        wires: [['ac1']],
      },
    ]);
    // The inject endpoints answer once the deployed flows have started.
    for (const id of ['inject1', 'inject2']) {
      await waitFor(
        async () => (await fetch(`${red!.url}/inject/${id}`, { method: 'POST' })).status === 200,
        `POST /inject/${id}`,
        10_000,
        100,
      );
    }
    const german = GERMAN.kortex.errors.noConfig;
    assert.ok(german && !german.startsWith('no kortex-session'), 'the German catalogue has its own text');
    await waitFor(
      () => (red!.output().match(new RegExp(escape(german), 'g')) ?? []).length >= 2,
      `"${german}" from both nodes in the log`,
      10_000,
    );
    assert.doesNotMatch(red!.output(), /no kortex-session config node is selected/, 'no English fallback');
    assert.doesNotMatch(red!.output(), /kortex\.errors\./, 'no raw keys');
  });

  it("the editor gets each set's own catalogue; only kortex-session carries the shared block", async function () {
    for (const type of Object.keys(packageJson['node-red'].nodes)) {
      const catalogue = await getJson<Record<string, unknown>>(`${red!.url}/locales/${packageJson.name}/${type}?lng=de`);
      assert.ok(catalogue[type], `${type}: its own section`);
      assert.equal(
        Boolean(catalogue.kortex),
        type === 'kortex-session',
        `${type}: shared block ${type === 'kortex-session' ? 'present' : 'absent'}`,
      );
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
