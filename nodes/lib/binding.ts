/**
 * The link between one user node (list-connections, add-temporary-role, access-control,
 * session-events) and its kortex-session config node: registers with the pool through the config
 * node, keeps the status in step with the session, turns call results into output messages and
 * failures into done(err), and gives the pool share back on close, in bounded time.
 */
import { KortexError } from '../../src/client/core/errors';
import { redact, redactError, registerSecret } from '../../src/client/core/redact';
import { CallMeta, KortexSessionClient } from '../../src/client/session/client';
import { SessionStateEvent } from '../../src/client/session/states';

/** Registers a secret for the rest of one message's handling, error text included. */
export type HoldSecret = (secret: string | undefined) => void;
import { ClientTracker, StateSubscriber, trackerFor } from './clientTracker';
import type { Translate } from './i18n';
import { KortexSessionConfigNode, isSessionConfigNode } from './sessionConfig';
import { StatusReporter } from './status';
import type { Node, NodeAPI, NodeDone, NodeMessage, NodeSend } from './types';

/** Work a node does when it closes, before its pool share is given back (the session is still open then). */
export type CloseHook = (removed: boolean) => Promise<void> | void;

/**
 * Longest the close hooks may take: a node's own work on close (stopping its robot job) must never
 * hold up a deploy; the robot is left as it is after this.
 */
const CLOSE_HOOK_GUARD_MS = 3_000;

/** What a node's work on one message produces: the reply (canonical JSON) and its metadata. */
export interface CallOutcome {
  payload: unknown;
  meta: CallMeta;
}

/**
 * Longest a node's close waits for its pool share to be given back. Closing the last share ends
 * the session (CloseSession, then the socket), which the client bounds at about 2 s; this guard
 * only protects Node-RED's deploy (15 s close timeout) if something unexpected hangs.
 */
const CLOSE_GUARD_MS = 5_000;

/** A KortexError for a message the node refuses before anything is sent to the robot. */
export function inputError(text: string, rpc?: string, robot?: string): KortexError {
  return new KortexError(redact(text), { kind: 'INVALID_INPUT', rpc, robot });
}

/** Any failure as an Error fit for done(err) and logs: redacted, and never a bare string. */
export function asNodeError(err: unknown): Error {
  if (err instanceof Error) return redactError(err);
  return new Error(redact(String(err)));
}

export class SessionBinding {
  readonly client: KortexSessionClient | undefined;
  readonly tracker: ClientTracker | undefined;
  private readonly config: KortexSessionConfigNode | undefined;
  /** Why there is no client (no config node, invalid config). */
  private readonly problem: KortexError | undefined;
  private readonly status: StatusReporter;
  private readonly listeners = new Set<StateSubscriber>();
  private unsubscribe: (() => void) | undefined;
  private readonly closeHooks: CloseHook[] = [];
  private failureShown = false;
  private closed = false;

  constructor(
    RED: NodeAPI,
    private readonly node: Node<object>,
    configId: string | undefined,
    private readonly t: Translate,
  ) {
    this.status = new StatusReporter(node, t);
    const config = configId ? RED.nodes.getNode(configId) : undefined;
    if (!isSessionConfigNode(config)) {
      this.problem = inputError(t('kortex.errors.noConfig'));
      this.status.showProblem(t('kortex.status.noConfig'));
    } else {
      this.config = config;
      try {
        this.client = config.register(node);
      } catch (err) {
        this.problem = inputError(t('kortex.errors.badConfig', { problem: asNodeError(err).message }));
        this.status.showProblem(t('kortex.status.badConfig'));
      }
    }
    if (this.client) {
      const tracker = trackerFor(this.client);
      this.tracker = tracker;
      this.unsubscribe = tracker.subscribe((event) => this.onState(event));
      this.status.showState(tracker);
    }
    node.on('close', (removed: boolean, done: () => void) => this.close(removed, done));
  }

  /** Robot label for error texts ("host:port"), when known. */
  get robot(): string | undefined {
    return this.client?.robot;
  }

  /** `msg.kortex` for a message the node sends by itself (a notification, a job event): `rpc` names what it reports. */
  meta(rpc: string, durationMs = 0): CallMeta {
    const client = this.client;
    return { robot: client?.robot ?? '', rpc, sessionId: client?.state === 'open' ? client.sessionId : 0, durationMs };
  }

  /** Hears every session state change (after the status has been updated). */
  subscribe(listener: StateSubscriber): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /**
   * The client, ready for a call of `rpc`. Throws when there is no usable config, and, while the
   * robot refuses the login, at once with that refusal (waiting for the next retry cannot help).
   */
  ready(rpc: string): KortexSessionClient {
    if (!this.client || !this.tracker) throw this.problem ?? inputError(this.t('kortex.errors.noConfig'), rpc);
    const refusal = this.tracker.loginRefusal();
    if (refusal?.kind) {
      // The link was refused (TLS, the broker's login): its own words say what to fix.
      throw new KortexError(refusal.message.replace(/^(?:\w+ )?on \S+: /, ''), { kind: refusal.kind, rpc, robot: this.client.robot });
    }
    if (refusal) {
      throw new KortexError(this.t('kortex.errors.loginRefused'), {
        rpc,
        robot: this.client.robot,
        errorCode: refusal.errorCode,
        subCode: refusal.subCode,
        serverText: refusal.serverText,
      });
    }
    return this.client;
  }

  /**
   * Runs `work` for one message that sends nothing itself (its results go out by other means, e.g.
   * job events): done() on success, done(err) with the original msg on failure (Catch sees it).
   */
  run(msg: NodeMessage, done: NodeDone, work: () => Promise<void>): void {
    Promise.resolve()
      .then(work)
      .then(
        () => {
          this.clearFailure();
          done();
        },
        (err: unknown) => {
          const error = asNodeError(err);
          this.showFailure(error);
          done(error);
        },
      )
      .catch((err: unknown) => this.node.error(asNodeError(err), msg));
  }

  /** Runs `hook` when the node closes, before the pool share is given back; bounded in time (CLOSE_HOOK_GUARD_MS). */
  beforeClose(hook: CloseHook): void {
    this.closeHooks.push(hook);
  }

  /**
   * Runs `work` for one message: on success, msg.payload and msg.kortex are set and msg is sent on;
   * on failure, done(err) with the original msg (so Catch nodes see it) and nothing is sent.
   */
  handle(msg: NodeMessage, send: NodeSend, done: NodeDone, work: (holdSecret: HoldSecret) => Promise<CallOutcome>): void {
    // Secrets the work takes from the message (a role password) stay registered until the error
    // text is final, so the text that reaches done(err) is masked too.
    const held: Array<() => void> = [];
    const holdSecret: HoldSecret = (secret) => {
      held.push(registerSecret(secret));
    };
    const release = (): void => {
      for (const unregister of held.splice(0)) unregister();
    };
    Promise.resolve()
      .then(() => work(holdSecret))
      .then(
        ({ payload, meta }) => {
          release();
          msg.payload = payload;
          // `msg.kortex`: where, what and how long; copied field by field so it holds these four only.
          const kortex: CallMeta = { robot: meta.robot, rpc: meta.rpc, sessionId: meta.sessionId, durationMs: meta.durationMs };
          msg.kortex = kortex;
          this.clearFailure();
          send(msg);
          done();
        },
        (err: unknown) => {
          const error = asNodeError(err);
          release();
          this.showFailure(error);
          done(error);
        },
      )
      .catch((err: unknown) => {
        release();
        // Only a throwing send()/done() lands here; report it rather than leave a rejection.
        this.node.error(asNodeError(err), msg);
      });
  }

  /** A short red status for a failure found outside handle() (e.g. a background poll). */
  showFailure(error: Error): void {
    if (this.closed) return;
    this.failureShown = true;
    this.status.showFailure(error);
  }

  private clearFailure(): void {
    if (!this.failureShown || this.closed || !this.tracker) return;
    this.failureShown = false;
    this.status.showState(this.tracker);
  }

  private onState(event: SessionStateEvent): void {
    if (this.closed || !this.tracker) return;
    this.failureShown = false;
    this.status.showState(this.tracker, event);
    for (const listener of [...this.listeners]) listener(event);
  }

  private close(removed: boolean, done: () => void): void {
    this.closed = true;
    const hooks = this.closeHooks.splice(0);
    if (hooks.length === 0) {
      this.release(removed, done);
      return;
    }
    let hookGuard: NodeJS.Timeout | undefined;
    const guarded = new Promise<void>((resolve) => {
      hookGuard = setTimeout(resolve, CLOSE_HOOK_GUARD_MS);
    });
    const work = Promise.allSettled(hooks.map((hook) => Promise.resolve().then(() => hook(removed))));
    void Promise.race([work, guarded]).then(() => {
      clearTimeout(hookGuard);
      this.release(removed, done);
    });
  }

  /** Gives the pool share back (bounded by CLOSE_GUARD_MS). */
  private release(removed: boolean, done: () => void): void {
    this.status.dispose();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.listeners.clear();
    const config = this.config;
    if (!config || !this.client) {
      done();
      return;
    }
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      clearTimeout(guard);
      done();
    };
    const guard = setTimeout(finish, CLOSE_GUARD_MS);
    config.deregister(this.node, removed).then(finish, finish);
  }
}
