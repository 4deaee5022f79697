import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { forgetStaleStaticMutants, incrementalFileOf } from '../../scripts/lib/staleStaticMutants';

describe('npm run mutate: static mutants that survived are tested again', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kortex-incremental-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('forgets only the static mutants not detected; every other result is reused', () => {
    const file = path.join(dir, 'incremental.json');
    const mutant = (id: string, status: string, isStatic?: boolean) => ({
      id,
      status,
      ...(isStatic === undefined ? {} : { static: isStatic }),
    });
    fs.writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: '2',
        files: {
          'src/a.ts': {
            source: 'a',
            mutants: [mutant('1', 'Survived', true), mutant('2', 'Killed', true), mutant('3', 'Survived', false)],
          },
          'src/b.ts': { source: 'b', mutants: [mutant('4', 'NoCoverage', true), mutant('5', 'Timeout', true), mutant('6', 'Survived')] },
        },
      }),
    );
    assert.equal(forgetStaleStaticMutants(file), 2);
    const after = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      schemaVersion: string;
      files: Record<string, { source: string; mutants: { id: string }[] }>;
    };
    assert.equal(after.schemaVersion, '2');
    assert.deepEqual(
      after.files['src/a.ts'].mutants.map((m) => m.id),
      ['2', '3'],
    );
    assert.deepEqual(
      after.files['src/b.ts'].mutants.map((m) => m.id),
      ['5', '6'],
    );
    assert.equal(after.files['src/b.ts'].source, 'b');
    assert.equal(forgetStaleStaticMutants(file), 0, 'a second pass finds nothing more');
  });

  it('does nothing without an incremental file', () => {
    assert.equal(forgetStaleStaticMutants(path.join(dir, 'none.json')), 0);
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it("reads the run's incremental file from its arguments, else the config's", () => {
    assert.equal(incrementalFileOf(['--mutate', 'src/x.ts', '--incrementalFile', 'reports/x.json'], 'd.json'), 'reports/x.json');
    assert.equal(incrementalFileOf(['--incrementalFile=reports/y.json'], 'd.json'), 'reports/y.json');
    assert.equal(incrementalFileOf(['--mutate', 'src/x.ts'], 'd.json'), 'd.json');
  });
});
