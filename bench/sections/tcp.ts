/**
 * floor / client / simulator: GetConnections round trips over Kortex 2 TCP on 127.0.0.1.
 * The robot always runs in its own process. Floor and client take turns in several rounds
 * against the same minimal server, so that machine noise hits both alike.
 */
import path from 'node:path';
import { KortexSessionClient } from '../../src/client/session/client';
import { ChildHandle } from '../lib/child';
import { connectionListPayload, getConnectionsRequestTcp, minimalRobotTemplates } from '../lib/fixtures';
import { LatencySummary, ThroughputResult, median, pipelinedThroughput, round, sequentialRtt, summarize } from '../lib/stats';

export const ROBOT_SCRIPT = path.join(__dirname, '../children/robot.js');
const FLOOR_CLIENT_SCRIPT = path.join(__dirname, '../children/floorClient.js');
export const WINDOW = 64;
export const RTT_SLICES = 5;

export interface RoundTripFigures {
  rtt: LatencySummary;
  pipelined: ThroughputResult & { window: number; rounds: number[] };
}

export interface TcpOptions {
  rounds: number;
  rttMs: number;
  throughputMs: number;
}

export function benchClient(port: number, extra: Partial<ConstructorParameters<typeof KortexSessionClient>[0]> = {}): KortexSessionClient {
  return new KortexSessionClient({
    host: '127.0.0.1',
    port,
    transport: 'tcp',
    username: 'admin',
    password: 'admin',
    // 64 requests in flight is the measurement; the default admission limit is 32.
    maxInFlight: WINDOW,
    requestTimeoutMs: 5000,
    ...extra,
  });
}

/** Floor and our client against one minimal server, interleaved round by round. */
export async function floorAndClient(
  o: TcpOptions & { floor: boolean; client: boolean },
): Promise<{ floor?: Record<string, unknown>; client?: Record<string, unknown> }> {
  const robot = await ChildHandle.start(ROBOT_SCRIPT, { kind: 'minimal-tcp' });
  const port = robot.ready.port as number;
  const request = getConnectionsRequestTcp(1);
  const stampedReplyLength = replyLength();
  let floorClient: ChildHandle | undefined;
  const client = benchClient(port);
  // A second client of ours on the same robot, for the context figure after other traffic.
  const otherClient = benchClient(port);
  try {
    if (o.floor)
      floorClient = await ChildHandle.start(FLOOR_CLIENT_SCRIPT, {
        port,
        requestHex: request.toString('hex'),
        replyLength: stampedReplyLength,
      });
    if (o.client) await client.openOnce();
    if (o.client) await otherClient.openOnce();
    const floorRtt: number[] = [];
    const clientRtt: number[] = [];
    const floorTput: ThroughputResult[] = [];
    const floorUnbatched: ThroughputResult[] = [];
    const clientTput: ThroughputResult[] = [];
    const clientAfterOther: ThroughputResult[] = [];
    /** client p50 / floor p50 of each pair of adjacent slices. */
    const sliceRatios: number[] = [];
    const call = (): Promise<unknown> => client.call('getConnections', {});
    for (let r = 0; r < o.rounds; r++) {
      const warmupMs = r === 0 ? 400 : 100;
      // Short alternating slices: the scheduler moves these processes between cores every so often,
      // which shifts round-trip times; fine interleaving gives floor and client the same mix.
      for (let slice = 0; slice < RTT_SLICES; slice++) {
        const sliceWarmup = slice === 0 ? warmupMs : 20;
        const f = floorClient
          ? await floorClient.request<number[]>('rtt', { warmupMs: sliceWarmup, durationMs: o.rttMs / RTT_SLICES })
          : [];
        const c = o.client ? await sequentialRtt(call, { warmupMs: sliceWarmup, durationMs: o.rttMs / RTT_SLICES }) : [];
        floorRtt.push(...f);
        clientRtt.push(...c);
        if (o.floor && o.client) sliceRatios.push(summarize(c).p50Us / summarize(f).p50Us);
      }
      if (floorClient)
        floorTput.push(
          await floorClient.request<ThroughputResult>('throughput', { window: WINDOW, warmupMs: warmupMs / 2, durationMs: o.throughputMs }),
        );
      if (floorClient)
        floorUnbatched.push(
          await floorClient.request<ThroughputResult>('throughput', {
            window: WINDOW,
            warmupMs: warmupMs / 2,
            durationMs: o.throughputMs / 2,
            oneWritePerRequest: true,
          }),
        );
      if (o.client)
        clientTput.push(await pipelinedThroughput(call, { window: WINDOW, warmupMs: warmupMs / 2, durationMs: o.throughputMs }));
    }
    // Context: the same client right after another client of ours had the process busy (a
    // fleet's Node-RED); V8 then promotes much of each call's garbage for a while.
    for (let r = 0; r < o.rounds && o.client; r++) {
      await pipelinedThroughput(() => otherClient.call('getConnections', {}), { window: WINDOW, warmupMs: 0, durationMs: o.throughputMs });
      clientAfterOther.push(await pipelinedThroughput(call, { window: WINDOW, warmupMs: 0, durationMs: o.throughputMs }));
    }
    const stats = await robot.request<{ connections: number; requests: number }>('stats');
    const floor = o.floor ? figures(floorRtt, floorTput) : undefined;
    const ours = o.client ? figures(clientRtt, clientTput) : undefined;
    const out: { floor?: Record<string, unknown>; client?: Record<string, unknown> } = {};
    if (floor) {
      out.floor = {
        what:
          'minimal TCP server (own process, precomputed reply, stamps the message id) + minimal client (own process, precomputed request bytes, byte-counting reader, ' +
          'answers each batch of replies with as many requests in one write)',
        requestBytes: request.length,
        replyBytes: stampedReplyLength,
        rttP50Us: floor.rtt.p50Us,
        rttP99Us: floor.rtt.p99Us,
        msgsPerSec: floor.pipelined.msgsPerSec,
        rtt: floor.rtt,
        pipelined: floor.pipelined,
        // Context only (not the floor): the same minimal client issuing one write() per request.
        pipelinedOneWritePerRequest: {
          msgsPerSec: Math.round(median(floorUnbatched.map((t) => t.msgsPerSec))),
          rounds: floorUnbatched.map((t) => t.msgsPerSec),
        },
      };
    }
    if (ours) {
      out.client = {
        what: 'KortexSessionClient.call("getConnections", {}) incl. decode to canonical JSON, same minimal server',
        options: { maxInFlight: WINDOW },
        rttP50Us: ours.rtt.p50Us,
        rttP99Us: ours.rtt.p99Us,
        msgsPerSec: ours.pipelined.msgsPerSec,
        ...(floor
          ? {
              // Median over adjacent floor/client slice pairs: robust to the machine changing pace mid-run.
              p50Ratio: round(median(sliceRatios), 2),
              p50RatioPooled: round(ours.rtt.p50Us / floor.rtt.p50Us, 2),
              p50RatioSlices: sliceRatios.map((r) => round(r, 2)),
              p99Ratio: round(ours.rtt.p99Us / floor.rtt.p99Us, 2),
              throughputRatio: round(ours.pipelined.msgsPerSec / floor.pipelined.msgsPerSec, 3),
              throughputRatioToOneWritePerRequestFloor: round(
                ours.pipelined.msgsPerSec / median(floorUnbatched.map((t) => t.msgsPerSec)),
                3,
              ),
            }
          : {}),
        pipelinedAfterOtherClient: {
          what: 'context, not the target: the first slice after another client of ours ran the same load in this process for as long',
          msgsPerSec: Math.round(median(clientAfterOther.map((t) => t.msgsPerSec))),
          rounds: clientAfterOther.map((t) => t.msgsPerSec),
          ...(floor ? { throughputRatio: round(median(clientAfterOther.map((t) => t.msgsPerSec)) / floor.pipelined.msgsPerSec, 3) } : {}),
        },
        rtt: ours.rtt,
        pipelined: ours.pipelined,
        serverSawConnections: stats.connections,
      };
    }
    return out;
  } finally {
    await client.close();
    await otherClient.close();
    await floorClient?.stop();
    await robot.stop();
  }
}

/** Bytes of one GetConnections reply of the minimal server: TCP prefix + frame. */
function replyLength(): number {
  const t = minimalRobotTemplates(true, connectionListPayload(1)).get(4);
  if (!t) throw new Error('no GetConnections template');
  return t.bytes.length;
}

function figures(rtt: number[], tput: ThroughputResult[]): RoundTripFigures {
  const rates = tput.map((t) => t.msgsPerSec);
  const messages = tput.reduce((s, t) => s + t.messages, 0);
  const seconds = tput.reduce((s, t) => s + t.seconds, 0);
  return {
    rtt: summarize(rtt),
    pipelined: {
      window: WINDOW,
      msgsPerSec: Math.round(median(rates)),
      rounds: rates,
      messages,
      seconds: round(seconds, 3),
      errors: tput.reduce((s, t) => s + t.errors, 0),
    },
  };
}

/** Our client against the real simulator (Kortex 3 session model served over TCP, own process). */
export async function simulator(o: TcpOptions, floor?: { rttP50Us?: unknown; msgsPerSec?: unknown }): Promise<Record<string, unknown>> {
  const robot = await ChildHandle.start(ROBOT_SCRIPT, { kind: 'sim-tcp', generation: 'k3' });
  const client = benchClient(robot.ready.port as number);
  try {
    await client.openOnce();
    const call = (): Promise<unknown> => client.call('getConnections', {});
    const rtt: number[] = [];
    const tput: ThroughputResult[] = [];
    for (let r = 0; r < o.rounds; r++) {
      const warmupMs = r === 0 ? 400 : 100;
      rtt.push(...(await sequentialRtt(call, { warmupMs, durationMs: o.rttMs })));
      tput.push(await pipelinedThroughput(call, { window: WINDOW, warmupMs: warmupMs / 2, durationMs: o.throughputMs }));
    }
    const f = figures(rtt, tput);
    const out: Record<string, unknown> = {
      what: 'KortexSessionClient against startSimulator({ generation: "k3", transport: "tcp" }) in its own process',
      rttP50Us: f.rtt.p50Us,
      rttP99Us: f.rtt.p99Us,
      msgsPerSec: f.pipelined.msgsPerSec,
      rtt: f.rtt,
      pipelined: f.pipelined,
    };
    if (typeof floor?.rttP50Us === 'number') out.p50RatioToFloor = round(f.rtt.p50Us / floor.rttP50Us, 2);
    if (typeof floor?.msgsPerSec === 'number') out.throughputRatioToFloor = round(f.pipelined.msgsPerSec / floor.msgsPerSec, 3);
    return out;
  } finally {
    await client.close();
    await robot.stop();
  }
}
