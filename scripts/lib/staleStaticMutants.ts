/**
 * StrykerJS's incremental mode keeps a mutant's result while the tests that cover it are unchanged.
 * A *static* mutant (code that runs when a module loads: a constant table, a codec made at import)
 * is covered by no test in particular, only by "all of them", which the incremental diff does not
 * compare: a static mutant that survived once keeps "survived" in every later run, even after a test
 * that kills it is written (docs/reliability.md#mutation-score). Forgetting those results before a
 * run makes Stryker test them again.
 */
import fs from 'node:fs';

interface IncrementalMutant {
  status: string;
  static?: boolean;
}
interface IncrementalReport {
  files: Record<string, { mutants: IncrementalMutant[] }>;
}

/** Results a later run should not reuse: a static mutant not detected. */
function isStaleStatic(m: IncrementalMutant): boolean {
  return m.static === true && (m.status === 'Survived' || m.status === 'NoCoverage');
}

/** Drops the stale static results from the incremental file `file` (if there is one); returns how many. */
export function forgetStaleStaticMutants(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as IncrementalReport;
  let dropped = 0;
  for (const result of Object.values(report.files)) {
    const kept = result.mutants.filter((m) => !isStaleStatic(m));
    dropped += result.mutants.length - kept.length;
    result.mutants = kept;
  }
  if (dropped > 0) fs.writeFileSync(file, JSON.stringify(report));
  return dropped;
}

/** The incremental file a `stryker run` with these arguments uses (stryker.config.mjs's default otherwise). */
export function incrementalFileOf(args: readonly string[], defaultFile: string): string {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--incrementalFile' && args[i + 1] !== undefined) return args[i + 1];
    if (args[i].startsWith('--incrementalFile=')) return args[i].slice('--incrementalFile='.length);
  }
  return defaultFile;
}
