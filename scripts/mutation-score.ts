/**
 * `npx tsx scripts/mutation-score.ts REPORT...`: the mutation score per folder from StrykerJS's JSON
 * reports or incremental files (reports/, not committed), for runs made in parts
 * (docs/reliability.md#mutation-score). Where two reports hold the same source file, the later one
 * on the command line counts. Score = (killed + timeout) / (killed + timeout + survived + no
 * coverage); ignored mutants (a `Stryker disable` comment naming why) and ones that do not compile
 * are not counted, as Stryker counts them.
 */
import fs from 'node:fs';

interface Mutant {
  status: string;
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

const COUNTED = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored'] as const;
type Counts = Record<(typeof COUNTED)[number], number>;

function folderOf(file: string): string {
  return file.split('/').slice(0, 2).join('/');
}

function main(): void {
  const reports = process.argv.slice(2);
  if (reports.length === 0) throw new Error('usage: mutation-score REPORT.json...');
  const files = new Map<string, Mutant[]>();
  for (const report of reports) {
    const parsed = JSON.parse(fs.readFileSync(report, 'utf8')) as Report;
    for (const [file, { mutants }] of Object.entries(parsed.files)) files.set(file, mutants);
  }
  const folders = new Map<string, Counts>();
  const total = zero();
  for (const [file, mutants] of files) {
    const counts = folders.get(folderOf(file)) ?? zero();
    folders.set(folderOf(file), counts);
    for (const m of mutants) {
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
