/**
 * `npx tsx scripts/mutation-score.ts REPORT[=PREFIX,...]...`: the mutation score per folder from StrykerJS's JSON
 * reports or incremental files (reports/, not committed), for runs made in parts
 * (docs/reliability.md#mutation-score). Where two reports hold the same source file, the later one
 * on the command line counts; if both ran the same text of it, the later one counts only for the
 * mutants it tested (a run over a few lines, `--mutate 'FILE:10-12'`), the earlier one for the rest.
 * Score = (killed + timeout) / (killed + timeout + survived + no
 * coverage); ignored mutants (a `Stryker disable` comment naming why) and ones that do not compile
 * are not counted, as Stryker counts them.
 */
import fs from 'node:fs';

interface Mutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
interface FileResult {
  source: string;
  mutants: Mutant[];
}
interface Report {
  files: Record<string, FileResult>;
}

/** One mutant of one text of a file, whichever run numbered it. */
function mutantKey(m: Mutant): string {
  const { start, end } = m.location;
  return `${start.line}:${start.column}-${end.line}:${end.column} ${m.mutatorName} ${m.replacement ?? ''}`;
}

/** `later` over `earlier`: per mutant when both ran the same text of the file, else the whole file. */
function merge(earlier: FileResult | undefined, later: FileResult): FileResult {
  if (!earlier || earlier.source !== later.source) return later;
  const byKey = new Map(earlier.mutants.map((m) => [mutantKey(m), m]));
  for (const m of later.mutants) byKey.set(mutantKey(m), m);
  return { source: later.source, mutants: [...byKey.values()] };
}

const COUNTED = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored'] as const;
type Counts = Record<(typeof COUNTED)[number], number>;

function folderOf(file: string): string {
  return file.split('/').slice(0, 2).join('/');
}

function main(): void {
  // `--survivors`: also list each survived or uncovered mutant, by file, to sort next.
  const listSurvivors = process.argv.includes('--survivors');
  const reports = process.argv.slice(2).filter((arg) => arg !== '--survivors');
  if (reports.length === 0) throw new Error('usage: mutation-score REPORT.json[=PATH-PREFIX,...]...');
  const files = new Map<string, FileResult>();
  for (const report of reports) {
    // `REPORT=src/a/,src/b.ts`: only those files of it (a run's report also carries the files of
    // the incremental file it started from, unchanged, beyond its --mutate).
    const [reportFile, scope] = report.split('=');
    const prefixes = scope ? scope.split(',') : [''];
    const parsed = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report;
    for (const [file, result] of Object.entries(parsed.files)) {
      if (prefixes.some((prefix) => file.startsWith(prefix))) files.set(file, merge(files.get(file), result));
    }
  }
  const folders = new Map<string, Counts>();
  const total = zero();
  for (const [file, { mutants }] of files) {
    const counts = folders.get(folderOf(file)) ?? zero();
    folders.set(folderOf(file), counts);
    for (const m of mutants) {
      if (listSurvivors && (m.status === 'Survived' || m.status === 'NoCoverage')) {
        console.log(`${file}:${m.location.start.line} ${m.status} ${m.mutatorName} ${JSON.stringify(m.replacement ?? '')}`);
      }
      if (!(COUNTED as readonly string[]).includes(m.status)) continue;
      counts[m.status as keyof Counts]++;
      total[m.status as keyof Counts]++;
    }
  }
  for (const [folder, counts] of [...folders].sort()) console.log(line(folder, counts));
  console.log(line('all', total));
}

function zero(): Counts {
  return { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0 };
}

function line(name: string, c: Counts): string {
  const detected = c.Killed + c.Timeout;
  const score = (100 * detected) / (detected + c.Survived + c.NoCoverage);
  return (
    `${name.padEnd(14)} ${score.toFixed(1).padStart(5)} %  killed ${c.Killed}, timeout ${c.Timeout}, ` +
    `survived ${c.Survived}, no coverage ${c.NoCoverage}, ignored ${c.Ignored}`
  );
}

main();
