/**
 * A robot with stored jobs, played over the in-memory transport (memoryTransport.ts) for the job
 * tests: the REAL session client on a manual clock; every call is answered on the next turn of the
 * event loop (a login, the job topics' subscriptions, the job lists, empty answers), unless the test
 * holds or refuses it; the robot's job notifications are pushed by the test, frame by frame, in the
 * shape of its generation (Kortex 2: Base's action topic over 'tcp'; Kortex 3: ProgramRunner's
 * execution events over 'mqtt', named by topic).
 */
import { KortexSessionClient } from '../../src/client/session/client';
import { BaseRpcs, actionTopic } from '../../src/protocol/base/rpcs';
import { BaseK3Rpcs } from '../../src/protocol/base/k3Rpcs';
import type { ActionEventName } from '../../src/protocol/base/baseJson';
import { ProgramRunnerRpcs, executionEventTopic } from '../../src/protocol/programRunner/rpcs';
import type { ExecutionEventName } from '../../src/protocol/programRunner/programRunnerJson';
import type { RawHeader } from '../../src/protocol/header';
import type { RpcDescriptor } from '../../src/protocol/rpc';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { ManualClock, settle } from './manualClock';
import { MemoryTransport, SentFrame, notificationFrame, reply } from './memoryTransport';

export type Generation = 'k2' | 'k3';

/** What each generation calls a job's list, its start call and its events (Kortex 2 resumes with another ACTION_START). */
export const JOB_WORDS = {
  k2: {
    list: 'ReadAllActions',
    start: 'ExecuteActionFromReference',
    started: 'ACTION_START',
    paused: 'ACTION_PAUSE',
    resumed: 'ACTION_START',
    done: 'ACTION_END',
  },
  k3: {
    list: 'ReadAllPrograms',
    start: 'Start',
    started: 'EXECUTION_EVENT_STARTED',
    paused: 'EXECUTION_EVENT_PAUSED',
    resumed: 'EXECUTION_EVENT_RESUMED',
    done: 'EXECUTION_EVENT_COMPLETED',
  },
} as const;

/** Our session id on the robot, and the robot's handle for the action topic (Kortex 2). */
const SESSION_ID = 5;
const ACTION_TOPIC_HANDLE = 7;

type AnyRpc = RpcDescriptor<unknown, unknown>;
/** Each generation's RPCs by "service/function" (0x91 is ApplyEmergencyStop on K2, ApplyQuickStop on K3). */
function rpcTable(generation: Generation): Map<string, AnyRpc> {
  const rpcs = new Map<string, AnyRpc>();
  for (const table of [SessionRpcs, BaseRpcs, ProgramRunnerRpcs, ...(generation === 'k3' ? [BaseK3Rpcs] : [])]) {
    for (const rpc of Object.values(table) as AnyRpc[]) rpcs.set(`${rpc.serviceId}/${rpc.functionId}`, rpc);
  }
  return rpcs;
}

const serviceOf = (s: SentFrame): number => (s.header.serviceInfo >>> 16) & 0xfff;

export class JobRobot {
  readonly clock = new ManualClock();
  readonly client: KortexSessionClient;
  readonly transports: MemoryTransport[] = [];
  /** The RPCs the client called, by name, in order. */
  readonly asked: string[] = [];
  /** RPC names answered only when the test calls answer(name). */
  readonly held = new Set<string>();
  /** RPC names answered with this error. */
  readonly refusals = new Map<string, [number, number, string]>();
  /** The stored jobs: Kortex 2 actions or Kortex 3 programs. */
  jobs = [
    { name: 'pick', handle: 11 },
    { name: 'place', handle: 12 },
  ];
  /** Kortex 3's ProgramRunner status, as GetStatus answers it; unset: STATUS_UNSPECIFIED, nothing runs. */
  runnerStatus: { status: string; handle: number } | undefined;
  /** Each call's request payload, by RPC name, in order. */
  readonly payloads: Array<{ rpc: string; payload: Uint8Array | undefined }> = [];
  private readonly waiting: SentFrame[] = [];
  private readonly rpcs: Map<string, AnyRpc>;

  constructor(readonly generation: Generation) {
    this.rpcs = rpcTable(generation);
    this.client = new KortexSessionClient({
      host: 'memory',
      port: 1,
      transport: generation === 'k2' ? 'tcp' : 'mqtt',
      username: 'admin',
      password: 'admin',
      keepAliveIntervalMs: 0,
      closeTimeoutMs: 100,
      reconnectInitialDelayMs: 1000,
      reconnectMaxDelayMs: 1000,
      random: () => 0.5,
      clock: this.clock,
      transportFactory: () => {
        const t = new MemoryTransport(false, generation === 'k2' ? 'tcp' : 'mqtt');
        const send = t.send.bind(t);
        t.send = (header: RawHeader, payload?: Uint8Array) => {
          send(header);
          this.heard(t, t.sent[t.sent.length - 1], payload);
        };
        this.transports.push(t);
        return t;
      },
    });
  }

  get transport(): MemoryTransport {
    return this.transports[this.transports.length - 1];
  }

  /** Starts the client and plays the login until the session is open. */
  async open(): Promise<void> {
    this.client.start();
    for (let turns = 0; this.client.state !== 'open' && turns < 50; turns++) await settle();
    if (this.client.state !== 'open') throw new Error(`the session did not open (${this.client.state})`);
  }

  /** Answers the held calls named `rpc` (an error when refused meanwhile). */
  async answer(rpc: string): Promise<void> {
    for (const request of this.waiting.filter((s) => this.rpcs.get(`${serviceOf(s)}/${s.functionId}`)?.name === rpc)) {
      this.waiting.splice(this.waiting.indexOf(request), 1);
      this.transport.emit('frame', this.replyTo(request));
    }
    await settle();
  }

  /**
   * Pushes one job notification as the robot would: `event` is K2's ActionEvent name or K3's
   * ExecutionEvent name; `handle` the job it names; `reason` K2's abort_details or K3's payload.
   */
  async notify(event: ActionEventName | ExecutionEventName, handle: number | undefined, reason = ''): Promise<void> {
    if (this.generation === 'k2') {
      const payload = actionTopic.encodeNotification({
        actionEvent: event as ActionEventName,
        ...(handle === undefined ? {} : { handle: { identifier: handle, actionType: 'EXECUTE_SEQUENCE', permission: 7 } }),
        abortDetails: reason || 'SUB_ERROR_NONE',
        trajectoryInfo: [],
      });
      this.transport.emit('frame', notificationFrame(2, actionTopic.subscribe.functionId, ACTION_TOPIC_HANDLE, payload, SESSION_ID));
    } else {
      const payload = executionEventTopic.encodeNotification({
        event: event as ExecutionEventName,
        ...(handle === undefined ? {} : { handle: { programHandle: { identifier: handle, permission: 7 } } }),
        payload: reason,
      });
      this.transport.emit('frame', notificationFrame(35, executionEventTopic.subscribe.functionId, 0, payload));
    }
    await settle();
  }

  /** The link drops (a reset by the robot). */
  async linkDown(): Promise<void> {
    this.transport.emit('down', new Error('connection reset by the robot'));
    await settle();
  }

  private heard(t: MemoryTransport, request: SentFrame, payload: Uint8Array | undefined): void {
    const rpc = this.rpcs.get(`${serviceOf(request)}/${request.functionId}`);
    const name = rpc?.name ?? `${serviceOf(request)}/${request.functionId}`;
    this.asked.push(name);
    this.payloads.push({ rpc: name, payload });
    if (this.held.has(name)) {
      this.waiting.push(request);
      return;
    }
    setImmediate(() => {
      if (t === this.transport && t.connected) t.emit('frame', this.replyTo(request));
    });
  }

  private replyTo(request: SentFrame) {
    const rpc = this.rpcs.get(`${serviceOf(request)}/${request.functionId}`);
    const refusal = rpc && this.refusals.get(rpc.name);
    if (refusal) return reply(request, { sessionId: SESSION_ID, error: refusal });
    const payload = rpc ? rpc.encodeResponse(this.answerOf(rpc)) : undefined;
    return reply(request, { sessionId: SESSION_ID, ...(payload ? { payload } : {}) });
  }

  private answerOf(rpc: AnyRpc): unknown {
    if (rpc === BaseRpcs.onNotificationActionTopic || rpc === ProgramRunnerRpcs.onNotificationExecutionEventTopic) {
      return { identifier: ACTION_TOPIC_HANDLE };
    }
    if (rpc === BaseRpcs.readAllActions) {
      return {
        actionList: this.jobs.map((j) => ({
          handle: { identifier: j.handle, actionType: 'EXECUTE_SEQUENCE', permission: 7 },
          name: j.name,
          applicationData: '',
        })),
      };
    }
    if (rpc === ProgramRunnerRpcs.readAllPrograms) {
      return { programs: this.jobs.map((j) => ({ handle: { identifier: j.handle, permission: 7 }, name: j.name, isValidated: true })) };
    }
    if (rpc === ProgramRunnerRpcs.getStatus && this.runnerStatus) {
      const { status, handle } = this.runnerStatus;
      return { status, currentHandles: { programHandle: { identifier: handle, permission: 7 } } };
    }
    return {};
  }
}
