/**
 * The offline scorecard (scripts/validate.js, `npm run validate`): passes on this package, and fails
 * with a named check on a package that misses what the Flow Library scorecard wants.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir, removeDir, repoRoot } from '../e2e/nodeRed';

const script = path.join(repoRoot, 'scripts', 'validate.js');

interface Report {
  ok: boolean;
  checks: Array<{ id: string; ok: boolean; detail?: string }>;
}

function validate(dir?: string): { status: number | null; report: Report; text: string } {
  const args = [script, '--json', ...(dir ? [dir] : [])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  return { status: run.status, report: JSON.parse(run.stdout) as Report, text: run.stdout + run.stderr };
}

describe('offline scorecard (npm run validate)', function () {
  this.timeout(20_000);
  let dir: string | undefined;

  after(function () {
    removeDir(dir);
  });

  it('passes on this package (after the build)', function () {
    const { status, report, text } = validate();
    const failed = report.checks.filter((c) => !c.ok).map((c) => `${c.id} ${c.detail ?? ''}`);
    assert.deepEqual(failed, [], text);
    assert.equal(status, 0);
  });

  it('fails, naming each check, on a package that misses the basics', function () {
    dir = makeTempDir('kortex-validate-');
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
    delete pkg.license;
    delete pkg.repository;
    pkg.name = 'kortex-nodes';
    pkg.keywords = ['kinova'];
    pkg['node-red'] = { nodes: (pkg['node-red'] as { nodes: unknown }).nodes };
    delete pkg.engines;
    pkg.dependencies = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((d) => [d, '1.0.0']));
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg));
    const { status, report } = validate(dir);
    assert.equal(status, 1);
    const failed = new Set(report.checks.filter((c) => !c.ok).map((c) => c.id));
    for (const id of ['P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07', 'N01', 'E01']) assert.ok(failed.has(id), `${id} should fail`);
  });
});
