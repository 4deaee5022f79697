/**
 * k3: GetConnections over a real mosquitto. Floor: a raw MQTT.js v5 requester (precomputed frame,
 * Response Topic + Correlation Data) and a raw MQTT.js responder (precomputed reply) in its own
 * process. Client: our KortexSessionClient with the MQTT transport against that same responder.
 * Also, when the K3 simulator exists: our client against it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { MqttClient } from 'mqtt';
import { KortexSessionClient } from '../../src/client/session/client';
import { ChildHandle } from '../lib/child';
import { getConnectionsRequestFrame } from '../lib/fixtures';
import { MOSQUITTO_BIN, MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';
import { SkipError } from '../lib/skip';
import {
  ThroughputResult,
  callbackRtt,
  countOver,
  median,
  pipelinedThroughput,
  round,
  sequentialRtt,
  sleep,
  summarize,
} from '../lib/stats';
import { ROBOT_SCRIPT, RTT_SLICES, WINDOW } from './tcp';

class MqttFloorClient {
  private client!: MqttClient;
  private onReply: () => void = () => undefined;
  private readonly frame = getConnectionsRequestFrame(1);
  private readonly correlationData = Buffer.from([0x00, 0x01]);
  private responseTopic = '';

  async connect(url: string): Promise<void> {
    const mqtt = await import('mqtt');
    const clientId = `bench-floor-${process.pid}`;
    this.responseTopic = `res/${clientId}`;
    this.client = mqtt.connect(url, { protocolVersion: 5, clientId, clean: true, reconnectPeriod: 0 });
    this.client.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      this.client.once('connect', () => resolve());
      this.client.once('error', reject);
    });
    await this.client.subscribeAsync(this.responseTopic, { qos: 0 });
    this.client.on('message', () => this.onReply());
  }

  private send(): void {
    this.client.publish('req/1/4', this.frame, {
      qos: 0,
      properties: { responseTopic: this.responseTopic, correlationData: this.correlationData },
    });
  }

  rtt(o: { warmupMs: number; durationMs: number }): Promise<number[]> {
    return callbackRtt(
      () => this.send(),
      (handler) => {
        this.onReply = handler;
      },
      o,
    );
  }

  async throughput(o: { window: number; warmupMs: number; durationMs: number }): Promise<ThroughputResult> {
    let count = 0;
    let outstanding = 0;
    let stop = false;
    let drained: () => void = () => undefined;
    this.onReply = () => {
      count++;
      outstanding--;
      if (!stop) {
        outstanding++;
        this.send();
      } else if (outstanding <= 0) drained();
    };
    for (let i = 0; i < o.window; i++) {
      outstanding++;
      this.send();
    }
    const { messages, seconds } = await countOver(() => count, o);
    await Promise.race([
      new Promise<void>((resolve) => {
        drained = resolve;
        stop = true;
        if (outstanding <= 0) resolve();
      }),
      sleep(2000), // QoS 0: a lost reply must not hang the bench
    ]);
    this.onReply = () => undefined;
    return { msgsPerSec: Math.round(messages / seconds), messages, seconds: round(seconds, 3), errors: 0 };
  }

  close(): Promise<void> {
    return this.client.endAsync();
  }
}

function mqttClient(port: number): KortexSessionClient {
  return new KortexSessionClient({
    host: '127.0.0.1',
    port,
    transport: 'mqtt',
    username: 'admin',
    password: 'admin',
    maxInFlight: WINDOW,
    requestTimeoutMs: 5000,
  });
}

function fig(rtt: number[], tput: ThroughputResult[]) {
  const s = summarize(rtt);
  const rates = tput.map((t) => t.msgsPerSec);
  return {
    rttP50Us: s.p50Us,
    rttP99Us: s.p99Us,
    msgsPerSec: Math.round(median(rates)),
    rtt: s,
    throughputRounds: rates,
    errors: tput.reduce((a, t) => a + t.errors, 0),
  };
}

export async function k3(o: { rounds: number; rttMs: number; throughputMs: number }): Promise<Record<string, unknown>> {
  if (!fs.existsSync(MOSQUITTO_BIN)) throw new SkipError(`no mosquitto at ${MOSQUITTO_BIN}`);
  if (!fs.existsSync(path.join(__dirname, '../../src/transport/mqtt/transport.js')))
    throw new SkipError('the MQTT transport (src/transport/mqtt/transport.ts) is not built');
  let broker: MosquittoBroker | undefined;
  let robot: ChildHandle | undefined;
  let floorClient: MqttFloorClient | undefined;
  let client: KortexSessionClient | undefined;
  try {
    broker = await startMosquitto();
    robot = await ChildHandle.start(ROBOT_SCRIPT, { kind: 'minimal-k3', broker: broker.url });
    floorClient = new MqttFloorClient();
    await floorClient.connect(broker.url);
    client = mqttClient(broker.port);
    await client.openOnce();
    const c = client;
    const call = (): Promise<unknown> => c.call('getConnections', {});
    const fr: number[] = [];
    const cr: number[] = [];
    const ft: ThroughputResult[] = [];
    const ct: ThroughputResult[] = [];
    /** client p50 / floor p50 of each pair of adjacent slices. */
    const sliceRatios: number[] = [];
    for (let r = 0; r < o.rounds; r++) {
      const warmupMs = r === 0 ? 400 : 100;
      for (let slice = 0; slice < RTT_SLICES; slice++) {
        const sliceWarmup = slice === 0 ? warmupMs : 20;
        const f = await floorClient.rtt({ warmupMs: sliceWarmup, durationMs: o.rttMs / RTT_SLICES });
        const c = await sequentialRtt(call, { warmupMs: sliceWarmup, durationMs: o.rttMs / RTT_SLICES });
        fr.push(...f);
        cr.push(...c);
        sliceRatios.push(summarize(c).p50Us / summarize(f).p50Us);
      }
      ft.push(await floorClient.throughput({ window: WINDOW, warmupMs: warmupMs / 2, durationMs: o.throughputMs }));
      ct.push(await pipelinedThroughput(call, { window: WINDOW, warmupMs: warmupMs / 2, durationMs: o.throughputMs }));
    }
    await client.close();
    client = undefined;
    await robot.stop();
    robot = undefined;
    const floor = fig(fr, ft);
    const ours = fig(cr, ct);
    const out: Record<string, unknown> = {
      what: 'mosquitto on 127.0.0.1; responder = raw MQTT.js v5 in its own process answering on the Response Topic with a precomputed reply',
      broker: 'mosquitto (own temp config, QoS 0)',
      floor: { what: 'raw MQTT.js v5 requester: precomputed frame on req/1/4 with Response Topic + Correlation Data', ...floor },
      client: { what: 'KortexSessionClient, transport mqtt', options: { maxInFlight: WINDOW }, ...ours },
      rttP50Us: ours.rttP50Us,
      msgsPerSec: ours.msgsPerSec,
      floorRttP50Us: floor.rttP50Us,
      floorMsgsPerSec: floor.msgsPerSec,
      // Median over adjacent floor/client slice pairs: robust to the machine changing pace mid-run.
      p50Ratio: round(median(sliceRatios), 2),
      p50RatioPooled: round(ours.rttP50Us / floor.rttP50Us, 2),
      p50RatioSlices: sliceRatios.map((r) => round(r, 2)),
      throughputRatio: round(ours.msgsPerSec / floor.msgsPerSec, 3),
    };
    out.simulator = await k3Simulator(broker, o).catch((err: Error) => ({ skipped: err.message.split('\n')[0] }));
    return out;
  } finally {
    await client?.close();
    await floorClient?.close().catch(() => undefined);
    await robot?.stop();
    await broker?.dispose();
  }
}

/** Our client against the real K3 simulator on the same broker, when it exists. */
async function k3Simulator(broker: MosquittoBroker, o: { rttMs: number; throughputMs: number }): Promise<Record<string, unknown>> {
  const robot = await ChildHandle.start(ROBOT_SCRIPT, { kind: 'sim-k3', broker: broker.url });
  const client = mqttClient(broker.port);
  try {
    await client.openOnce();
    const call = (): Promise<unknown> => client.call('getConnections', {});
    const rtt = await sequentialRtt(call, { warmupMs: 300, durationMs: o.rttMs });
    const tput = await pipelinedThroughput(call, { window: WINDOW, warmupMs: 150, durationMs: o.throughputMs });
    return { what: 'KortexSessionClient (mqtt) against the K3 simulator on the same broker, own process', ...fig(rtt, [tput]) };
  } finally {
    await client.close();
    await robot.stop();
  }
}
