/**
 * kortex-session: the robot a flow talks to (address, transport, user, password credential,
 * timeouts; for Kortex 3 optionally TLS through a tls-config node and the broker's own login). It holds no connection itself: each node that uses it registers, and gets the pooled
 * client for this robot identity with its own node id as the pool owner. The pool connects on the
 * first registration and ends the session only when the last user node is removed, so a deploy that
 * merely restarts nodes keeps the session (docs/architecture.md).
 */
import { KortexError } from '../../src/client/core/errors';
import { sharedPool } from '../../src/client/session/pool';
import { redact } from '../../src/client/core/redact';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionClientOptions } from '../../src/client/session/options';
import { SessionStateEvent } from '../../src/client/session/states';
import { trackerFor } from '../lib/clientTracker';
import { translator } from '../lib/i18n';
import { logProblems } from '../lib/problemLog';
import { EDITOR_DEFAULTS, SessionConfigProps, buildClientOptions } from '../lib/options';
import { KortexSessionConfigNode, SESSION_CONFIG_TYPE } from '../lib/sessionConfig';
import { configAddress } from '../admin/robotCards';
import { robotSidebar } from '../admin/sidebarEndpoint';
import { tlsConfigLookup } from '../lib/tlsConfig';
import { TestConnectionRED, registerTestConnectionEndpoint } from '../admin/testConnection';
import type { NodeAPI, NodeDef, RuntimeEvent } from '../lib/types';

interface SessionConfigDef extends NodeDef, SessionConfigProps {}

/**
 * Writes the session's turning points to the Node-RED log, once each: opened, and the first
 * failure after being open (or after start); not every retry of a robot that stays away.
 */
function sessionLogger(node: KortexSessionConfigNode): (event: SessionStateEvent) => void {
  let downReported = false;
  return (event) => {
    if (event.state === 'open') {
      node.log(`session ${event.sessionId} open on ${event.robot}`);
      downReported = false;
    } else if (event.state === 'reconnecting' && !downReported) {
      downReported = true;
      const why = event.error ? event.error.message : 'unknown reason';
      // A refused robot login carries the robot's error code; TLS and the broker's login (Kortex 3) do not.
      const robotRefused = event.error instanceof KortexError && event.error.errorCode !== undefined;
      const what = event.authFailed
        ? robotRefused
          ? 'login refused'
          : 'the broker refused the link'
        : event.previous === 'open'
          ? 'session lost'
          : 'cannot reach the robot';
      node.warn(redact(`${what} (${event.robot}): ${why}; retrying in ${Math.round((event.delayMs ?? 0) / 1000)} s`));
    }
  };
}

/** Event buses already watched, so loading the node set twice (tests) adds one listener, not two. */
const watchedEventBuses = new WeakSet<object>();

/**
 * Flows stopped without a deploy (Node-RED shutting down, or "stop flows"): nobody will come back
 * for the sessions, so close them now instead of leaving them to the redeploy grace period and then
 * to the robot's inactivity timeout, where a restart loop could fill the robot's session limit.
 */
function closeSessionsWhenFlowsStop(RED: NodeAPI): void {
  const events = RED.events;
  if (!events || watchedEventBuses.has(events)) return;
  watchedEventBuses.add(events);
  events.on('runtime-event', (event: RuntimeEvent) => {
    if (event?.id === 'runtime-state' && event.payload?.state === 'stop' && !event.payload.deploy) {
      void sharedPool.closeAll();
    }
  });
}

export = function registerKortexSession(RED: NodeAPI): void {
  const t = translator(RED);
  closeSessionsWhenFlowsStop(RED);
  const sidebar = robotSidebar(RED);

  function KortexSessionNode(this: KortexSessionConfigNode, def: SessionConfigDef): void {
    RED.nodes.createNode(this, def);
    const node = this;
    let options: SessionClientOptions | undefined;
    let problem: Error | undefined;
    try {
      // What the client does (connects, logins, keep-alive decisions) shows at Node-RED's trace level.
      options = { ...buildClientOptions(def, node.credentials, t, tlsConfigLookup(RED.nodes)), log: (line) => node.trace(line) };
    } catch (err) {
      problem = err as Error;
      node.error(t('kortex.errors.badConfig', { problem: problem.message }));
    }

    /** User node id → the identity it registered with (release needs the same one). */
    const shares = new Map<string, SessionClientOptions>();
    /** One log subscription (states and problems) per client this config node handed out; dropped on close. */
    const logSubscriptions = new Map<KortexSessionClient, () => void>();

    let lastClient: KortexSessionClient | undefined;
    // The editor's "Kortex" sidebar card of this config node (nodes/admin/sidebar.ts).
    const card = sidebar?.add({
      id: node.id,
      name: def.name ?? '',
      address: configAddress(def),
      transport: String(def.transport ?? 'auto'),
      username: String(def.username ?? ''),
      problem: problem?.message,
      users: () => shares.size,
      client: () => (shares.size > 0 ? lastClient : undefined),
    });

    node.register = (user) => {
      if (!options) throw problem ?? new Error('invalid configuration');
      const client = sharedPool.acquire(options, user.id);
      shares.set(user.id, options);
      lastClient = client;
      if (!logSubscriptions.has(client)) {
        const unsubscribeStates = trackerFor(client).subscribe(sessionLogger(node));
        const stopProblems = logProblems(client, (line) => node.warn(line));
        logSubscriptions.set(client, () => {
          unsubscribeStates();
          stopProblems();
        });
      }
      card?.changed();
      return client;
    };

    // Deliberately independent of this node's own life: a user node may close after its config
    // node during a deploy, and must still give its share back.
    node.deregister = (user, removed) => {
      const registered = shares.get(user.id);
      if (!registered) return Promise.resolve();
      shares.delete(user.id);
      card?.changed();
      return sharedPool.release(registered, user.id, removed).catch(() => undefined);
    };

    node.on('close', (_removed: boolean, done: () => void) => {
      for (const unsubscribe of logSubscriptions.values()) unsubscribe();
      logSubscriptions.clear();
      card?.remove();
      done();
    });
  }

  RED.nodes.registerType(SESSION_CONFIG_TYPE, KortexSessionNode, {
    // The broker's login (Kortex 3) is separate from the robot account; both are credentials.
    credentials: { password: { type: 'password' }, brokerUsername: { type: 'text' }, brokerPassword: { type: 'password' } },
    // The config dialog's ports and timeouts come from here, so the editor holds no copy of them.
    settings: { kortexSessionDefaults: { value: EDITOR_DEFAULTS, exportable: true } },
  });

  // The config dialog's "Test connection" button (an admin endpoint; absent in some test runtimes).
  const { httpAdmin, auth } = RED;
  if (httpAdmin && auth) {
    try {
      const api: TestConnectionRED = {
        httpAdmin,
        auth,
        nodes: RED.nodes,
        log: RED.log,
        _: (key, substitutions) => RED._(key, substitutions),
      };
      registerTestConnectionEndpoint(api);
    } catch (err) {
      RED.log.warn(redact(`kortex-session: the test-connection endpoint is unavailable: ${(err as Error).message}`));
    }
  }
};
