/**
 * The plant section's view of its mosquitto from outside: the broker's own $SYS counters (messages
 * received and sent, read every sys_interval), and what a subscriber arriving now receives as
 * retained state.
 */
import { performance } from 'node:perf_hooks';
import mqtt from 'mqtt';
import { round } from './stats';

/** Published every sys_interval (it changes every second): one sample each time. */
const UPTIME = '$SYS/broker/uptime';
/** What the broker holds: retained messages (its own $SYS ones included) and the bytes of every stored message. */
const RETAINED_COUNT = '$SYS/broker/retained messages/count';
const STORED_BYTES = '$SYS/broker/store/messages/bytes';
const COUNTERS = {
  '$SYS/broker/publish/messages/received': 'publishReceived',
  '$SYS/broker/publish/messages/sent': 'publishSent',
  '$SYS/broker/messages/received': 'messagesReceived',
  '$SYS/broker/messages/sent': 'messagesSent',
  '$SYS/broker/publish/messages/dropped': 'publishDropped',
} as const;
type Counter = (typeof COUNTERS)[keyof typeof COUNTERS];
/** `own`: messages this watcher received so far ($SYS itself), taken out of the broker's "sent". */
type Sample = Record<Counter, number> & { atMs: number; own: number };

export interface BrokerRates {
  seconds: number;
  /** PUBLISH packets per second into and out of the broker. */
  publishReceivedPerSec: number;
  publishSentPerSec: number;
  /** Every MQTT packet (PUBLISH, PUBACK, PINGREQ, …) per second, in and out. */
  messagesReceivedPerSec: number;
  messagesSentPerSec: number;
  /** PUBLISH packets the broker dropped (a subscriber's queue full): none is the only good figure. */
  publishDropped: number;
}

export interface BrokerWatch {
  /** Rates between two moments (performance.now() ms), from the counters read in between. */
  rates(fromMs: number, toMs: number): BrokerRates | null;
  /** PUBLISH packets dropped by the broker since it last started (the newest reading). */
  dropped(): number | null;
  /** Retained messages and stored bytes (the newest readings). */
  stored(): { retainedMessages: number | null; storedBytes: number | null };
  /**
   * The highest PUBLISH rate (in + out) between two consecutive readings in a span. The broker
   * publishes its counters a reading late: end the span a few seconds after what it should cover.
   */
  peakPublishPerSec(fromMs: number, toMs: number): number | null;
  close(): Promise<void>;
}

export async function watchBroker(url: string): Promise<BrokerWatch> {
  const client = await mqtt.connectAsync(url, { reconnectPeriod: 500, clientId: `bench-sys-${process.pid}` });
  const samples: Sample[] = [];
  const current: Partial<Record<Counter, number>> = {};
  let own = 0;
  let retainedMessages: number | null = null;
  let storedBytes: number | null = null;
  client.on('message', (topic, payload) => {
    own++;
    if (topic === RETAINED_COUNT) retainedMessages = Number(payload.toString());
    if (topic === STORED_BYTES) storedBytes = Number(payload.toString());
    // The broker publishes a counter only when it changed: each keeps its last value until then.
    if (topic === UPTIME) {
      if (Object.keys(current).length === Object.keys(COUNTERS).length)
        samples.push({ ...(current as Record<Counter, number>), atMs: performance.now(), own });
      return;
    }
    const key = COUNTERS[topic as keyof typeof COUNTERS];
    if (key) current[key] = Number(payload.toString());
  });
  // A restarted broker counts from zero again.
  client.on('connect', () => {
    for (const k of Object.keys(current)) delete current[k as Counter];
  });
  // Subscriptions are restored on every reconnection (the broker restarts in the section).
  await client.subscribeAsync([UPTIME, RETAINED_COUNT, STORED_BYTES, ...Object.keys(COUNTERS)], { qos: 0 });
  const within = (fromMs: number, toMs: number): Sample[] => samples.filter((s) => s.atMs >= fromMs && s.atMs <= toMs);
  return {
    rates(fromMs, toMs) {
      const s = within(fromMs, toMs);
      if (s.length < 2) return null;
      const a = s[0];
      const b = s[s.length - 1];
      const seconds = (b.atMs - a.atMs) / 1000;
      const ownPerSec = (b.own - a.own) / seconds;
      const per = (k: Counter, minus = 0): number => round((b[k] - a[k]) / seconds - minus, 1);
      return {
        seconds: round(seconds, 1),
        publishReceivedPerSec: per('publishReceived'),
        publishSentPerSec: per('publishSent', ownPerSec),
        messagesReceivedPerSec: per('messagesReceived'),
        messagesSentPerSec: per('messagesSent', ownPerSec),
        publishDropped: b.publishDropped - a.publishDropped,
      };
    },
    dropped: () => samples[samples.length - 1]?.publishDropped ?? null,
    stored: () => ({ retainedMessages, storedBytes }),
    peakPublishPerSec(fromMs, toMs) {
      const s = within(fromMs, toMs);
      let peak: number | null = null;
      for (let i = 1; i < s.length; i++) {
        const d = s[i].publishReceived + s[i].publishSent - s[i - 1].publishReceived - s[i - 1].publishSent - (s[i].own - s[i - 1].own);
        // Counters start over when the broker restarts.
        if (d >= 0) peak = Math.max(peak ?? 0, d / ((s[i].atMs - s[i - 1].atMs) / 1000));
      }
      return peak === null ? null : round(peak, 0);
    },
    close: () => client.endAsync(true),
  };
}

/**
 * Retained messages on `topics` that a subscriber arriving now receives: everything that arrives
 * flagged retained within `settleMs` of the subscription being granted, or sooner once `expected`.
 */
export async function retainedNow(url: string, topics: string[], o: { expected: number; settleMs: number }): Promise<Map<string, string>> {
  const client = await mqtt.connectAsync(url, { reconnectPeriod: 0, connectTimeout: 5000 });
  try {
    const got = new Map<string, string>();
    let done: () => void = () => undefined;
    const complete = new Promise<void>((resolve) => {
      done = resolve;
    });
    client.on('message', (topic, payload, packet) => {
      if (!packet.retain) return;
      got.set(topic, payload.toString());
      if (got.size >= o.expected) done();
    });
    await client.subscribeAsync(topics, { qos: 1 });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      complete,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, o.settleMs);
      }),
    ]);
    clearTimeout(timer);
    return got;
  } finally {
    await client.endAsync(true);
  }
}
