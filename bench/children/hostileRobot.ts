/**
 * The hostile section's robot, in its own process: the real simulator with one long stored job,
 * and beside it whoever sends bad frames. Kortex 2: a man-in-the-middle on the robot's TCP stream
 * (bench/lib/injectingProxy.ts; Node-RED connects to it), so the bad frames arrive on the robot's
 * own socket. Kortex 3: a stranger on the robot's broker, publishing on the robot's topics.
 *
 * The subscription handles come from the robot's own notifications (its model's `notification`
 * event), as anyone reading the stream would learn them. Commands: `learn`, `flood`, `bomb`,
 * `forge`, `exactForgery` (Kortex 3), `robotJob`, `setArmState`.
 */
import { connect } from 'mqtt';
import type { MqttClient } from 'mqtt';
import type { ArmStateName } from '../../src/protocol/base/baseJson';
import { SESSION_SERVICE_ID } from '../../src/protocol/session/rpcs';
import { runnerStatusTopic } from '../../src/protocol/programRunner/rpcs';
import { startSimulator } from '../../src/simulator';
import type { NotificationDelivery } from '../../src/simulator/robot/notifications';
import { runningJob } from '../../src/simulator/services/base/armJob';
import { k3Topics } from '../../src/transport/mqtt/topics';
import { runChild } from '../lib/child';
import { InjectingProxy, startInjectingProxy } from '../lib/injectingProxy';
import * as F from '../lib/hostileFrames';
import { round } from '../lib/stats';

export interface HostileRobotArgs {
  generation: 'k2' | 'k3';
  /** k3: the broker's URL, and the robot's namespace on it. */
  broker?: string;
  namespace?: string;
  job: { name: string; durationMs: number };
}

/** What one attack sent. */
export interface Sent {
  frames: number;
  bytes: number;
  /** Frames a live subscription of the node's session matches (the rest must be dropped). */
  matching: number;
  seconds: number;
}

const FLOOD_BATCH = 1000;
const ONE_OF_OURS: ArmStateName[] = ['ARMSTATE_SERVOING_READY', 'ARMSTATE_SERVOING_MANUALLY_CONTROLLED'];
const key = (t: F.TopicId): string => `${t.serviceId}/${t.functionId}`;

async function strangerOn(url: string): Promise<MqttClient> {
  const client = connect(url, { protocolVersion: 5, clientId: '', clean: true, reconnectPeriod: 0 });
  client.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('close', () => reject(new Error('the stranger could not connect to the broker')));
  });
  return client;
}

const published = (client: MqttClient, topic: string, payload: Buffer): Promise<void> =>
  new Promise((resolve, reject) => client.publish(topic, payload, { qos: 0 }, (err) => (err ? reject(err) : resolve())));

runChild<HostileRobotArgs>(async (a) => {
  const k2 = a.generation === 'k2';
  const sim = await startSimulator({
    generation: a.generation,
    transport: k2 ? 'tcp' : 'mqtt',
    host: '127.0.0.1',
    port: 0,
    broker: a.broker,
    namespace: a.namespace,
    jobs: [a.job],
  });
  let proxy: InjectingProxy | undefined;
  let stranger: MqttClient | undefined;
  try {
    if (k2) proxy = await startInjectingProxy(sim.port ?? 0);
    else stranger = await strangerOn(a.broker ?? '');
  } catch (err) {
    await sim.close();
    throw err;
  }
  const learned = new Map<string, { sessionId: number; handle: number }>();
  const onNotification = (d: NotificationDelivery): void => {
    for (const s of d.subscriptions) learned.set(`${d.serviceId}/${d.functionId}`, { sessionId: s.sessionId, handle: s.handle });
  };
  sim.model.on('notification', onNotification);
  const robot = sim.model.serviceContext;
  const jobHandle = (): number => runningJob(robot)?.job.identifier ?? 0;
  const sub = (t: F.TopicId): { sessionId: number; handle: number } => learned.get(key(t)) ?? { sessionId: 0, handle: 0 };
  const topicOf = (t: F.TopicId, ns = a.namespace): string => k3Topics.notification(ns, t.serviceId, t.functionId);

  /** Kortex 2: one frame on the robot's stream, as the subscription `via` (or another handle) names it. */
  const k2Frame = (t: F.TopicId, payload: Uint8Array, handle = sub(t).handle, via: F.TopicId = t): Buffer =>
    F.tcpFrameOf(via, payload, sub(t).sessionId, handle);

  /** The flood's frames: half on the node's arm-state subscription, half on nothing the session holds. */
  function floodBatch(): { bytes: Buffer[]; topics: string[]; matching: number } {
    const frames: Buffer[] = [];
    const topics: string[] = [];
    const live = new Set([...learned.values()].map((s) => s.handle));
    for (let i = 0; i < FLOOD_BATCH; i++) {
      const payload = F.armStatePayload(a.generation, ONE_OF_OURS[i % 2]);
      const matching = i % 2 === 0;
      if (k2) {
        let stray = 1 + ((i * 7919) % 0xfffe);
        while (live.has(stray)) stray++;
        frames.push(matching ? k2Frame(F.ARM_STATE_TOPIC, payload) : k2Frame(F.ARM_STATE_TOPIC, payload, stray));
      } else {
        // Not matching: on the arm-state topic naming another function (delivered, then dropped), or another robot's topic.
        const other = i % 4 === 1;
        frames.push(F.frameOf(matching || !other ? F.ARM_STATE_TOPIC : F.EXECUTION_EVENT_TOPIC, payload));
        topics.push(matching || other ? topicOf(F.ARM_STATE_TOPIC) : topicOf(F.ARM_STATE_TOPIC, 'another-robot'));
      }
    }
    return { bytes: frames, topics, matching: FLOOD_BATCH / 2 };
  }

  async function send(frames: Buffer[], topics: string[]): Promise<number> {
    if (proxy) await proxy.inject(Buffer.concat(frames));
    else for (let i = 0; i < frames.length; i++) await published(stranger as MqttClient, topics[i], frames[i]);
    return frames.reduce((n, f) => n + f.length, 0);
  }

  /** Each variant 10 times: frames saying "done" for the running job that no live subscription of it may take. */
  async function forge(): Promise<Record<string, number>> {
    const h = jobHandle();
    const sent: Record<string, number> = {};
    const variants: [string, Buffer, string][] = k2
      ? [
          ['wrong action handle', k2Frame(F.ACTION_TOPIC, F.actionEndPayload(h + 1000)), ''],
          ['no live subscription', k2Frame(F.ACTION_TOPIC, F.actionEndPayload(h), sub(F.ACTION_TOPIC).handle + 100), ''],
          [
            'another service',
            k2Frame(F.ACTION_TOPIC, F.actionEndPayload(h), undefined, {
              serviceId: SESSION_SERVICE_ID,
              functionId: F.ACTION_TOPIC.functionId,
            }),
            '',
          ],
          ["the arm state's subscription", k2Frame(F.ACTION_TOPIC, F.actionEndPayload(h), sub(F.ARM_STATE_TOPIC).handle), ''],
        ]
      : [
          [
            'wrong program handle',
            F.frameOf(F.EXECUTION_EVENT_TOPIC, F.programCompletedPayload(h + 1000)),
            topicOf(F.EXECUTION_EVENT_TOPIC),
          ],
          [
            'another namespace',
            F.frameOf(F.EXECUTION_EVENT_TOPIC, F.programCompletedPayload(h)),
            topicOf(F.EXECUTION_EVENT_TOPIC, 'other'),
          ],
          ['no namespace', F.frameOf(F.EXECUTION_EVENT_TOPIC, F.programCompletedPayload(h)), topicOf(F.EXECUTION_EVENT_TOPIC, '')],
          ["the arm state's topic", F.frameOf(F.EXECUTION_EVENT_TOPIC, F.programCompletedPayload(h)), topicOf(F.ARM_STATE_TOPIC)],
          [
            'header of another topic',
            F.frameOf(
              { serviceId: F.EXECUTION_EVENT_TOPIC.serviceId, functionId: runnerStatusTopic.subscribe.functionId },
              F.programCompletedPayload(h),
            ),
            topicOf(F.EXECUTION_EVENT_TOPIC),
          ],
        ];
    for (const [name, frame, topic] of variants) {
      for (let i = 0; i < 10; i++) await send([frame], [topic]);
      sent[name] = 10;
    }
    return sent;
  }

  return {
    ready: { port: proxy?.port },
    handlers: {
      /** What a reader of the stream knows once the job runs: the session's subscriptions (an arm-state change shows its handle) and the job's handle. */
      learn: async () => {
        sim.setArmState('ARMSTATE_SERVOING_MANUALLY_CONTROLLED');
        sim.setArmState('ARMSTATE_SERVOING_READY');
        await new Promise((resolve) => setTimeout(resolve, 200));
        return { subscriptions: Object.fromEntries(learned), jobHandle: jobHandle() };
      },
      robotJob: () => ({ running: runningJob(robot)?.job.name ?? null }),
      setArmState: (o: { state: ArmStateName }) => sim.setArmState(o.state),
      /** As many frames as the link takes for `ms`, in batches of FLOOD_BATCH. */
      flood: async (o: { ms: number }): Promise<Sent> => {
        const { bytes: frames, topics, matching } = floodBatch();
        const t0 = performance.now();
        const out: Sent = { frames: 0, bytes: 0, matching: 0, seconds: 0 };
        while (performance.now() - t0 < o.ms) {
          out.bytes += await send(frames, topics);
          out.frames += frames.length;
          out.matching += matching;
        }
        out.seconds = round((performance.now() - t0) / 1000, 2);
        return out;
      },
      /** One NOTIFICATION frame of 16 MiB on the node's arm-state subscription (Kortex 2) or topic (Kortex 3). */
      bomb: async (): Promise<Sent> => {
        const t0 = performance.now();
        const s = sub(F.ARM_STATE_TOPIC);
        const frame = F.bigFrame(F.ARM_STATE_TOPIC, 16 * F.MiB, { ...s, tcp: k2 });
        const bytes = await send([frame], [topicOf(F.ARM_STATE_TOPIC)]);
        return { frames: 1, bytes, matching: 1, seconds: round((performance.now() - t0) / 1000, 2) };
      },
      forge,
      /** Kortex 3: "completed" for the running program on the robot's own topic, in the robot's own form. */
      exactForgery: async () => {
        const frame = F.frameOf(F.EXECUTION_EVENT_TOPIC, F.programCompletedPayload(jobHandle()));
        await send([frame], [topicOf(F.EXECUTION_EVENT_TOPIC)]);
        return { sent: 1 };
      },
    },
    stop: async () => {
      sim.model.off('notification', onNotification);
      await new Promise<void>((resolve) => (stranger ? stranger.end(true, {}, () => resolve()) : resolve()));
      await proxy?.close();
      await sim.close();
    },
  };
});
