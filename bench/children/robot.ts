/**
 * A robot in its own process, so that the robot's CPU time never counts against the client being
 * measured: the minimal servers of the floor (K2 TCP, K3 MQTT) or the real simulator.
 */
import { runChild } from '../lib/child';
import { connectionListPayload, minimalRobotTemplates, peekRequest, stampResponse } from '../lib/fixtures';
import { startMinimalTcpServer } from '../lib/minimalServer';

export type RobotKind = 'minimal-tcp' | 'sim-tcp' | 'minimal-k3' | 'sim-k3';

export interface RobotArgs {
  kind: RobotKind;
  /** Connections in the precomputed GetConnections reply of the minimal robots. Default 1. */
  listSize?: number;
  /** K3: broker URL. */
  broker?: string;
  generation?: 'k2' | 'k3';
}

runChild<RobotArgs>(async (arg) => {
  const payload = connectionListPayload(arg.listSize ?? 1);
  switch (arg.kind) {
    case 'minimal-tcp': {
      const server = await startMinimalTcpServer({ payload });
      return {
        ready: { port: server.port, replyPayloadBytes: payload.length },
        handlers: { stats: () => ({ connections: server.connections, accepted: server.accepted, requests: server.requests }) },
        stop: () => server.close(),
      };
    }
    case 'sim-tcp': {
      const { startSimulator } = await import('../../src/simulator');
      const sim = await startSimulator({ generation: arg.generation ?? 'k3', transport: 'tcp', host: '127.0.0.1', port: 0 });
      return {
        ready: { port: sim.port },
        handlers: { stats: () => ({ connections: (sim.server as unknown as { socketCount?: number }).socketCount }) },
        stop: () => sim.close(),
      };
    }
    case 'minimal-k3':
      return startMinimalK3(arg.broker ?? '', payload);
    case 'sim-k3':
      return startSimK3(arg.broker ?? '');
    default:
      throw new Error(`unknown robot kind ${String(arg.kind)}`);
  }
});

/** The K3 floor's robot: answers `req/1/<fn>` on the Response Topic, echoing Correlation Data. */
async function startMinimalK3(broker: string, payload: Buffer) {
  const mqtt = await import('mqtt');
  const templates = minimalRobotTemplates(false, payload);
  const client = mqtt.connect(broker, { protocolVersion: 5, clientId: `bench-robot-${process.pid}`, clean: true, reconnectPeriod: 0 });
  client.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('error', reject);
  });
  await client.subscribeAsync('req/1/+', { qos: 0 });
  let requests = 0;
  client.on('message', (_topic, message, packet) => {
    const responseTopic = packet.properties?.responseTopic;
    if (!responseTopic) return;
    const req = peekRequest(message, 0, message.length);
    const t = req && templates.get(req.functionId);
    if (!t || !req) return;
    requests++;
    client.publish(responseTopic, stampResponse(t, req.messageId), {
      qos: 0,
      properties: { correlationData: packet.properties?.correlationData },
    });
  });
  return {
    ready: { replyPayloadBytes: payload.length },
    handlers: { stats: () => ({ requests }) },
    stop: () => client.endAsync(),
  };
}

/** The real simulator as a K3 robot on the broker. */
async function startSimK3(broker: string) {
  const { startSimulator } = await import('../../src/simulator');
  const running = await startSimulator({ generation: 'k3', transport: 'mqtt', broker });
  return { ready: {}, stop: () => running.close() };
}
