/**
 * The bench's sections: their names (what `--only` takes), in the order they run, and how each is
 * called, with its sizes. bench/run.ts runs them and writes the report; bench/targets.ts judges it.
 */
import { floorAndClient, simulator } from './sections/tcp';
import { decode } from './sections/decode';
import { reconnect } from './sections/reconnect';
import { k3 } from './sections/k3';
import { nodered, scale } from './sections/nodered';
import { sessions } from './sections/sessions';
import { jobs } from './sections/jobs';
import { fleet } from './sections/fleet';
import { armStateFleet } from './sections/armState';
import { hostile } from './sections/hostile';
import { plant, plantOptionsFromEnv } from './sections/plant';

export const SECTION_NAMES = [
  'floor',
  'client',
  'simulator',
  'decode',
  'reconnect',
  'k3',
  'nodered',
  'scale',
  'sessions',
  'jobs',
  'fleet',
  'armstate',
  'hostile',
  'plant',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export type SectionResult = Record<string, unknown>;
/** Runs one section under a name (progress, timing, a skip or an error recorded as its result). */
export type SectionRunner = (name: string, fn: () => Promise<SectionResult> | SectionResult) => Promise<SectionResult>;

/** The names `--only` was given, checked against the known sections. */
export function parseSectionNames(list: string): Set<SectionName> {
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const n of names) {
    if (!(SECTION_NAMES as readonly string[]).includes(n)) throw new Error(`unknown section ${n} (known: ${SECTION_NAMES.join(', ')})`);
  }
  return new Set(names as SectionName[]);
}

/** Runs the sections `only` names, in the order of SECTION_NAMES; the results by section name. */
export async function runSections(only: Set<SectionName>, section: SectionRunner): Promise<Record<string, SectionResult | undefined>> {
  const tcpOptions = { rounds: 3, rttMs: 700, throughputMs: 700 };
  const results: Record<string, SectionResult | undefined> = {};

  if (only.has('floor') || only.has('client')) {
    let both: { floor?: SectionResult; client?: SectionResult } | undefined;
    const r = await section(
      only.has('floor') && only.has('client') ? 'floor + client (interleaved)' : only.has('floor') ? 'floor' : 'client',
      async () => {
        both = await floorAndClient({ ...tcpOptions, floor: only.has('floor'), client: only.has('client') });
        return {};
      },
    );
    if (only.has('floor')) results.floor = both?.floor ? { ...both.floor, sectionSeconds: r.sectionSeconds } : r;
    if (only.has('client')) results.client = both?.client ?? r;
  }
  if (only.has('simulator')) results.simulator = await section('simulator', () => simulator(tcpOptions, results.floor));
  if (only.has('decode')) results.decode = await section('decode', () => decode({ sizes: [1, 50, 500], durationMs: 700 }));
  if (only.has('reconnect'))
    results.reconnect = await section('reconnect', () => reconnect({ trials: 5, initialDelayMs: 100, maxDelayMs: 1000 }));
  if (only.has('k3')) results.k3 = await section('k3', () => k3({ rounds: 3, rttMs: 600, throughputMs: 600 }));
  if (only.has('nodered')) results.nodered = await section('nodered', () => nodered({ counts: [1, 20], durationMs: 2000 }));
  if (only.has('scale')) results.scale = await section('scale', () => scale({ counts: [1, 50, 200], repeats: 2 }));
  if (only.has('sessions'))
    results.sessions = await section('sessions', () => sessions({ pushTrials: 20, pollTrials: 10, pollIntervalMs: 1000 }));
  if (only.has('jobs')) results.jobs = await section('jobs', () => jobs({ runs: 200 }));
  if (only.has('fleet'))
    results.fleet = await section('fleet', () => fleet({ counts: [1, 10, 50, 100], k3Robots: 100, durationMs: 10000, settleMs: 2000 }));
  if (only.has('armstate'))
    results.armstate = await section('armstate', () => armStateFleet({ robots: 100, chatterHz: 10, durationMs: 10000, settleMs: 20000 }));
  if (only.has('hostile')) results.hostile = await section('hostile', () => hostile({ floodMs: 5000, tailMs: 1000 }));
  if (only.has('plant')) results.plant = await section('plant', () => plant(plantOptionsFromEnv(process.env)));
  return results;
}
