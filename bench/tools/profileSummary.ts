/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`, or the fleet section's KORTEX_FLEET_PROFILE):
 * self time per function and per file, inclusive time of selected functions, and where the busy
 * time went by owner (our code, the MQTT client, protobuf, timers, GC, Node-RED, ...).
 *
 *   node dist/bench/tools/profileSummary.js FILE [top] [--baseline FILE]
 *
 * With --baseline, the owners' shares are also given minus the same owners in the baseline
 * profile, in % of one core (what the fleet section's "CPU added" subtracts).
 */
import fs from 'node:fs';
import { Profile, ProfileNode, ownerShares, profileTree } from './profileOwners';

function main(): void {
  const args = process.argv.slice(2);
  const b = args.indexOf('--baseline');
  const baselineFile = b >= 0 ? args.splice(b, 2)[1] : undefined;
  const file = args[0];
  const top = Number(args[1] ?? 40);
  if (!file) throw new Error('usage: profileSummary FILE [top] [--baseline FILE]');
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const { byId, parent, selfUs, total, short } = profileTree(p);
  const key = (n: ProfileNode): string => `${n.callFrame.functionName || '(anon)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  const incl = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const n = byId.get(id);
    if (!n) continue;
    self.set(key(n), (self.get(key(n)) ?? 0) + us);
    const f = short(n.callFrame.url) || n.callFrame.functionName;
    files.set(f, (files.get(f) ?? 0) + us);
    // inclusive: every distinct function on the stack
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur) as ProfileNode);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
  }
  const pct = (us: number): string => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
  const print = (title: string, m: Map<string, number>, n: number): void => {
    console.log(`\n== ${title} (total ${(total / 1000).toFixed(0)} ms)`);
    for (const [k, us] of [...m].sort((x, y) => y[1] - x[1]).slice(0, n)) console.log(`${pct(us)}  ${k}`);
  };
  print('self time by function', self, top);
  print('self time by file', files, 25);
  print('inclusive time by function', incl, top);
  printOwners(p, baselineFile ? (JSON.parse(fs.readFileSync(baselineFile, 'utf8')) as Profile) : undefined, top);
}

function printOwners(p: Profile, baseline: Profile | undefined, top: number): void {
  const o = ownerShares(p);
  const base = baseline ? ownerShares(baseline) : undefined;
  const core = (us: number, wallUs: number): string => `${((100 * us) / wallUs).toFixed(2).padStart(6)} % of a core`;
  console.log(
    `\n== busy time by owner: ${(o.busyUs / 1000).toFixed(0)} ms busy of ${(o.wallUs / 1000).toFixed(0)} ms ` +
      `(${(o.excludedUs / 1000).toFixed(0)} ms of the profiler's own work left out)`,
  );
  const owners = [...o.owners].sort((x, y) => y[1] - x[1]);
  for (const [owner, us] of owners) {
    const share = `${((100 * us) / o.busyUs).toFixed(1).padStart(5)} % of busy`;
    const minus = base
      ? `   minus baseline ${((us / o.wallUs) * 100 - ((base.owners.get(owner) ?? 0) / base.wallUs) * 100).toFixed(2).padStart(6)} %`
      : '';
    console.log(`${share}  ${core(us, o.wallUs)}${minus}  ${owner}`);
  }
  if (base) {
    const added = (o.busyUs / o.wallUs - base.busyUs / base.wallUs) * 100;
    console.log(`busy minus baseline: ${added.toFixed(2)} % of a core`);
  }
  console.log(`\n== our code by file (busy time owned by it, self + what it calls outside other owners)`);
  for (const [f, us] of [...o.oursByFile].sort((x, y) => y[1] - x[1]).slice(0, top))
    console.log(`${((100 * us) / o.busyUs).toFixed(1).padStart(5)} % of busy  ${core(us, o.wallUs)}  ${f}`);
  console.log(`\n== our code by function (self time)`);
  for (const [f, us] of [...o.oursSelfByFunction].sort((x, y) => y[1] - x[1]).slice(0, top))
    console.log(`${((100 * us) / o.busyUs).toFixed(1).padStart(5)} % of busy  ${core(us, o.wallUs)}  ${f}`);
}

main();
