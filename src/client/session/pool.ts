/**
 * One session client per robot identity (transport, host, port, namespace, user, and for Kortex 3
 * the TLS settings and the broker user) and password for the whole process. Owners (Node-RED
 * nodes) acquire and release it; removing the last owner closes the session at once, while a plain
 * restart (redeploy) keeps it for a grace period so the restarted nodes pick the same session up.
 */
import { createHash } from 'node:crypto';
import { Clock, TimerHandle, systemClock } from '../../util/clock';
import { KortexSessionClient, SessionClientOptions } from './client';
import { MqttTlsOptions, defaultPort, effectiveTransport } from './options';

interface Entry {
  /** identityKey + password hash: the map key. */
  key: string;
  identity: string;
  fingerprint: string;
  client: KortexSessionClient;
  owners: Set<string>;
  graceTimer?: TimerHandle;
}

type IdentityOptions = Pick<SessionClientOptions, 'transport' | 'host' | 'port' | 'namespace' | 'username' | 'tls' | 'broker'>;

/**
 * Who we are to which robot, as text. Two configurations that differ in TLS settings or broker user
 * never share a client; the TLS material (the client key among it) enters only as a hash.
 */
export function identityKey(o: IdentityOptions): string {
  const transport = effectiveTransport(o);
  // 'auto' has no port until probed: the transport 'auto' and the host then say which robot.
  const port = transport === 'auto' ? '' : (o.port ?? defaultPort(transport, o.tls !== undefined));
  // A JSON list: no text in one field (a namespace, a user name) can pass for another.
  const tls = o.tls ? tlsFingerprint(o.tls) : null;
  return JSON.stringify([transport, o.username, o.host.toLowerCase(), port, o.namespace ?? '', tls, o.broker?.username ?? null]);
}

/** A hash of everything in the TLS settings, in a fixed order. */
function tlsFingerprint(tls: MqttTlsOptions): string {
  // No `ca` trusts the system's CAs, an empty list trusts none (node:tls): not the same settings.
  const material = (v: MqttTlsOptions['ca']): string[] | null =>
    v === undefined ? null : (Array.isArray(v) ? v : [v]).map((x) => x.toString());
  const settings = [
    material(tls.ca),
    material(tls.cert),
    material(tls.key),
    tls.passphrase ?? null,
    tls.rejectUnauthorized ?? true,
    tls.servername ?? null,
    tls.ALPNProtocols ?? null,
  ];
  // Stryker disable next-line MethodExpression: equivalent, keys are only compared: a longer hash is as distinct
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 32);
}

/**
 * The settings that make a different client besides those in its pool key (the identity, TLS and
 * broker user among them, and both passwords): the timeouts, the reconnect delays, and so on.
 */
function fingerprintOf(o: SessionClientOptions): string {
  const { password, transportFactory, random, clock, tls, broker, ...rest } = o;
  void [password, transportFactory, random, clock, tls, broker];
  // JSON leaves out settings left undefined; the order is the code's, not the settings'.
  return JSON.stringify(Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b))));
}

/**
 * Clients are shared per identity AND password (robot and broker): a config node with another
 * (e.g. wrong) password must never borrow a session that another config node opened, or a wrong
 * password would "work".
 */
function poolKey(o: SessionClientOptions): string {
  // A JSON list: the two passwords stay apart where they meet, and no broker password is not an
  // empty one (not the same CONNECT, src/transport/brokerAccess.ts).
  const passwords = JSON.stringify([o.password, o.broker?.password ?? null]);
  return `${identityKey(o)}#${createHash('sha256').update(passwords).digest('hex')}`;
}

export class ClientPool {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly graceMs = 5_000,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Returns the shared client for this identity (starting it if new) and records the owner. */
  acquire(options: SessionClientOptions, ownerId: string): KortexSessionClient {
    const identity = identityKey(options);
    const key = poolKey(options);
    const fingerprint = fingerprintOf(options);
    let entry = this.entries.get(key);
    let handedOver = false;
    if (entry && entry.fingerprint !== fingerprint && [...entry.owners].every((o) => o === ownerId)) {
      // Settings changed (new password, timeouts) and nobody else uses the old client: replace it.
      // A released session stays released: a settings change must not undo a handover.
      handedOver = entry.client.state === 'released';
      void this.drop(entry);
      entry = undefined;
    }
    if (!entry) {
      entry = { key, identity, fingerprint, client: new KortexSessionClient(options), owners: new Set() };
      this.entries.set(key, entry);
      if (handedOver) void entry.client.release();
      else entry.client.start();
    }
    // Stryker disable next-line ConditionalExpression: equivalent, clearing no timer does nothing
    if (entry.graceTimer) this.clock.clearTimeout(entry.graceTimer);
    entry.graceTimer = undefined;
    entry.owners.add(ownerId);
    return entry.client;
  }

  /**
   * Releases an owner. `removed` (the node was deleted) closes the client as soon as no owner is
   * left; otherwise the client waits `graceMs` for a restarted owner before closing.
   */
  release(options: IdentityOptions, ownerId: string, removed: boolean): Promise<void> {
    const identity = identityKey(options);
    const entry = [...this.entries.values()].find((e) => e.identity === identity && e.owners.has(ownerId));
    if (!entry || !entry.owners.delete(ownerId)) return Promise.resolve();
    if (entry.owners.size > 0) return Promise.resolve();
    if (removed) return this.drop(entry);
    // Stryker disable next-line ConditionalExpression: equivalent, acquire() clears the timer and an owner releases only after acquiring
    if (!entry.graceTimer) {
      entry.graceTimer = this.clock.setTimeout(() => {
        entry.graceTimer = undefined;
        // Stryker disable next-line ConditionalExpression: equivalent, acquire() clears the timer, so it fires only with no owner
        if (entry.owners.size === 0) void this.drop(entry);
      }, this.graceMs);
    }
    return Promise.resolve();
  }

  /** Closes every client now (runtime shutdown, tests). */
  async closeAll(): Promise<void> {
    await Promise.all([...this.entries.values()].map((e) => this.drop(e)));
  }

  get size(): number {
    return this.entries.size;
  }

  /** Owner count for an identity, over all its clients (0 when unknown). */
  ownerCount(options: IdentityOptions): number {
    const identity = identityKey(options);
    let owners = 0;
    for (const e of this.entries.values()) if (e.identity === identity) owners += e.owners.size;
    return owners;
  }

  private drop(entry: Entry): Promise<void> {
    // Stryker disable next-line ConditionalExpression: equivalent, clearing no timer does nothing
    if (entry.graceTimer) this.clock.clearTimeout(entry.graceTimer);
    entry.graceTimer = undefined;
    // Stryker disable next-line ConditionalExpression: equivalent, only entries of the map are dropped (a replaced one before its successor is set)
    if (this.entries.get(entry.key) === entry) this.entries.delete(entry.key);
    return entry.client.close();
  }
}

/** The process-wide pool used by the Node-RED nodes. */
export const sharedPool = new ClientPool();
