/** Shared pieces of the Kortex 3 tests: a raw MQTT v5 client and robot/client factories. */
import { connect } from 'mqtt';
import type { IPublishPacket, MqttClient } from 'mqtt';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionClientOptions } from '../../src/client/session/options';
import { SessionModel } from '../../src/simulator/robot/model';
import { SimulatorOptions } from '../../src/simulator/robot/modelTypes';
import { startMqttRobot } from '../../src/simulator/servers/mqttRobot';
import type { MqttRobot, MqttRobotOptions } from '../../src/simulator/servers/mqttRobotTypes';
import { MosquittoBroker, startMosquitto } from '../../scripts/lib/mosquitto';

export interface Received {
  topic: string;
  payload: Buffer;
  packet: IPublishPacket;
}

/** A plain MQTT v5 client with an inbox, for spying and for acting as a misbehaving peer. */
export interface RawClient {
  client: MqttClient;
  clientId: string;
  inbox: Received[];
  subscribe(topic: string): Promise<void>;
  publish(topic: string, payload: Buffer, properties?: IPublishPacket['properties']): Promise<void>;
  end(): Promise<void>;
}

async function rawClient(broker: MosquittoBroker): Promise<RawClient> {
  const client = connect({
    host: broker.host,
    port: broker.port,
    protocolVersion: 5,
    clientId: '',
    clean: true,
    reconnectPeriod: 0,
    connectTimeout: 3000,
  });
  client.on('error', () => undefined);
  const inbox: Received[] = [];
  client.on('message', (topic, payload, packet) => inbox.push({ topic, payload, packet }));
  const clientId = await new Promise<string>((resolve, reject) => {
    client.once('connect', (connack) => resolve(connack.properties?.assignedClientIdentifier ?? ''));
    client.once('close', () => reject(new Error('raw MQTT client could not connect')));
  });
  return {
    client,
    clientId,
    inbox,
    subscribe: (topic) =>
      new Promise<void>((resolve, reject) => client.subscribe(topic, { qos: 0 }, (err) => (err ? reject(err) : resolve()))),
    publish: (topic, payload, properties) =>
      new Promise<void>((resolve, reject) =>
        client.publish(topic, payload, { qos: 0, properties }, (err) => (err ? reject(err) : resolve())),
      ),
    end: () => new Promise<void>((resolve) => client.end(true, {}, () => resolve())),
  };
}

/** Owns everything a test starts, so one afterEach cleans it all. */
export class K3World {
  readonly robots: MqttRobot[] = [];
  readonly models: SessionModel[] = [];
  readonly clients: KortexSessionClient[] = [];
  readonly raws: RawClient[] = [];

  constructor(private readonly broker: () => MosquittoBroker) {}

  async robot(
    options: Partial<MqttRobotOptions> & { modelOptions?: Partial<SimulatorOptions> } = {},
  ): Promise<{ robot: MqttRobot; model: SessionModel }> {
    const { modelOptions, ...rest } = options;
    const model = options.model ?? new SessionModel({ generation: 'k3', ...modelOptions });
    this.models.push(model);
    const robot = await startMqttRobot({ broker: this.broker().url, pingIntervalMs: 100, ...rest, model });
    robot.on('problem', () => undefined);
    this.robots.push(robot);
    return { robot, model };
  }

  client(overrides: Partial<SessionClientOptions> = {}): KortexSessionClient {
    const c = new KortexSessionClient({
      host: '127.0.0.1',
      port: this.broker().port,
      transport: 'mqtt',
      username: 'admin',
      password: 'admin',
      reconnectInitialDelayMs: 50,
      reconnectMaxDelayMs: 300,
      requestTimeoutMs: 1500,
      connectTimeoutMs: 2000,
      ...overrides,
    });
    c.on('problem', () => undefined);
    this.clients.push(c);
    return c;
  }

  async raw(): Promise<RawClient> {
    const r = await rawClient(this.broker());
    this.raws.push(r);
    return r;
  }

  async cleanup(): Promise<void> {
    await Promise.all(this.clients.splice(0).map((c) => c.close()));
    await Promise.all(this.raws.splice(0).map((r) => r.end()));
    await Promise.all(this.robots.splice(0).map((r) => r.close()));
    for (const m of this.models.splice(0)) m.close();
  }
}

/**
 * Mocha hooks every K3 suite needs: one private mosquitto for the suite, and a K3World whose
 * robots, clients and raw peers are cleaned after each test. Call inside `describe`.
 */
export function useK3World(): { world: K3World; broker: () => MosquittoBroker } {
  let broker: MosquittoBroker | undefined;
  const current = (): MosquittoBroker => {
    if (!broker) throw new Error('mosquitto is not started yet (use the world inside a test)');
    return broker;
  };
  const world = new K3World(current);
  before(async () => {
    broker = await startMosquitto();
  });
  after(async () => {
    await broker?.dispose();
  });
  afterEach(() => world.cleanup());
  return { world, broker: current };
}
