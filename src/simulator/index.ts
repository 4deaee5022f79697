/**
 * Starts a simulated robot: one SessionModel served over a transport. Both generations can be
 * served over K2-style TCP (the K3 SDK ships a TCP↔MQTT bridge), so every node can be shown
 * without a broker; K3 over MQTT plugs in through ROBOT_SERVERS.
 */
import type { ArmStateName } from '../protocol/base/baseJson';
import { ROBOT_PORTS } from '../protocol/ports';
import { SessionModel } from './robot/model';
import { SimulatorOptions } from './robot/modelTypes';
import { loadUsersFile } from './robot/users';
import type { BrokerAccess } from '../transport/brokerAccess';
import { injectFault, setArmState } from './services/base/baseService';
import { checkedChatterHz, startArmStateChatter } from './services/base/armStateChatter';
import { checkedJobs } from './services/base/storedJobs';
import type { StatusBroadcastOptions } from './services/session/statusBroadcaster';
import { startTcpRobot } from './servers/tcpServer';

export type SimulatorTransport = 'tcp' | 'mqtt';

export interface StartSimulatorOptions extends SimulatorOptions {
  /** Default 'tcp'. */
  transport?: SimulatorTransport;
  /** TCP: address to listen on (default 127.0.0.1). */
  host?: string;
  /** TCP: port to listen on (default 10000; 0 picks a free port). */
  port?: number;
  /** MQTT: broker URL the robot connects to, e.g. mqtt://127.0.0.1:1883 (mqtts:// for TLS). */
  broker?: string;
  /** MQTT: TLS settings and the broker's own login. */
  brokerAccess?: BrokerAccess;
  /** MQTT: topic namespace of the robot's services. */
  namespace?: string;
  /** JSON users file; replaces `users` (see loadUsersFile). */
  usersFile?: string;
  /** MQTT: envelope of the session status broadcasts, and the form of a killed one. */
  statusBroadcasts?: StatusBroadcastOptions;
  /**
   * A load case, not an arm at rest: the arm state changes this many times a second (ready ⇄
   * ARMSTATE_SERVOING_MANUALLY_CONTROLLED, each change published; not while faulted). 0 to 1000; default 0, off.
   */
  armStateChatterHz?: number;
}

/** What every transport server gives back to the factory. */
export interface RobotServer {
  /** e.g. "tcp://127.0.0.1:10000" */
  readonly endpoint: string;
  /** Listening port, for transports that listen. */
  readonly port?: number;
  /** Cuts every peer's link, as a robot reboot or a cable pull would. */
  dropConnections(): void;
  close(): Promise<void>;
}

export type RobotServerStarter = (model: SessionModel, options: StartSimulatorOptions) => Promise<RobotServer>;

/** One starter per transport; an MQTT robot is added here when it exists. */
const ROBOT_SERVERS: Record<SimulatorTransport, RobotServerStarter> = {
  tcp: async (model, options) => startTcpRobot({ model, host: options.host, port: options.port ?? ROBOT_PORTS.tcp }),
  // Loaded lazily so a TCP-only simulator never loads MQTT.js.
  mqtt: async (model, options) =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./servers/mqttRobot') as typeof import('./servers/mqttRobot')).startMqttRobot({
      model,
      broker: options.broker ?? `mqtt://127.0.0.1:${ROBOT_PORTS.mqtt}`,
      namespace: options.namespace,
      statusBroadcasts: options.statusBroadcasts,
      brokerAccess: options.brokerAccess,
    }),
};

export interface RunningSimulator {
  readonly model: SessionModel;
  readonly transport: SimulatorTransport;
  readonly endpoint: string;
  readonly port?: number;
  readonly server: RobotServer;
  /** Stops serving, ends every session and clears every timer. Safe to call twice. */
  close(): Promise<void>;
  /** Simulated reboot: sessions end and links drop; singleSourceControl survives, bypassRemoteAccess does not. */
  reboot(): void;
  /**
   * Puts the arm in `state` (Base's GetArmState answers it); a change is pushed to every session
   * subscribed to the arm state topic. Throws when the robot does not serve Base (`services`).
   */
  setArmState(state: ArmStateName): void;
  /**
   * A fault now: the arm goes ARMSTATE_IN_FAULT (published) and the running job aborts (K2
   * ACTION_ABORT with ROBOT_IN_FAULT, K3 ExecutionEvent FAILED); ClearFaults recovers. Throws when
   * the robot does not serve Base.
   */
  injectFault(): void;
}

export async function startSimulator(options: StartSimulatorOptions): Promise<RunningSimulator> {
  const transport = options.transport ?? 'tcp';
  const starter = ROBOT_SERVERS[transport];
  if (!starter) throw new Error(`unknown simulator transport '${String(transport)}' (expected tcp or mqtt)`);
  const users = options.usersFile ? loadUsersFile(options.usersFile) : options.users;
  checkedJobs(options.jobs); // a bad jobs list fails the start, not the first call
  const chatterHz = checkedChatterHz(options.armStateChatterHz);
  const model = new SessionModel({ ...options, users });
  let server: RobotServer;
  let stopChatter: (() => void) | undefined;
  try {
    stopChatter = chatterHz > 0 ? startArmStateChatter(model.serviceContext, chatterHz) : undefined;
    server = await starter(model, options);
  } catch (err) {
    stopChatter?.();
    model.close();
    throw err;
  }
  let closing: Promise<void> | undefined;
  return {
    model,
    transport,
    server,
    endpoint: server.endpoint,
    port: server.port,
    close() {
      stopChatter?.();
      closing ??= server.close().finally(() => model.close());
      return closing;
    },
    reboot() {
      model.reboot();
      server.dropConnections();
    },
    setArmState(state) {
      setArmState(model.serviceContext, state);
    },
    injectFault() {
      injectFault(model.serviceContext);
    },
  };
}
