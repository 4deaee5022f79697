/**
 * The nodes' pure helpers: option building from a config node, the runtime text catalogues, the
 * session-event mapping, the status reporter's countdown, and the client additions they rely on
 * (guarded transport factory, reference-counted secret registration).
 */
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { KortexError, TransportUnavailableError } from '../../src/client/core/errors';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionStateEvent } from '../../src/client/session/states';
import { redact, registerSecret } from '../../src/client/core/redact';
import { ErrorCode, SubErrorCode } from '../../src/protocol/errors';
import { trackerFor } from '../../nodes/lib/clientTracker';
import { PROBLEM_LOG_INTERVAL_MS, logProblems } from '../../nodes/lib/problemLog';
import { PACKAGE_NAME, RUNTIME_TEXTS, RuntimeTextKey, SHARED_CATALOGUE, fillPlaceholders, translator } from '../../nodes/lib/i18n';
import { ConfigProblem, buildClientOptions, resolveTransportChoice } from '../../nodes/lib/options';
import { SessionEventMapper } from '../../nodes/lib/sessionEvents';
import { commandFor } from '../../nodes/lib/sessionControl';
import { StatusReporter } from '../../nodes/lib/status';
import type { NodeStatus } from '../../nodes/lib/types';
import { NODE_TYPES, nodeSourceDir, packageJson } from '../helpers/packageNodes';

const t = translator({ _: (key: string) => key });

describe('nodes/lib: config node options', () => {
  const props = {
    host: ' 10.0.0.2 ',
    transport: 'tcp',
    port: '',
    username: 'admin',
    sessionInactivityTimeout: '',
    connectionInactivityTimeout: 20000,
    requestTimeout: '1500',
  };

  it('builds client options: trimmed host, defaults for blanks, numbers from strings', () => {
    const o = buildClientOptions(props, { password: 'pw' }, t);
    assert.equal(o.host, '10.0.0.2');
    assert.equal(o.transport, 'tcp');
    assert.equal(o.port, undefined);
    assert.equal(o.sessionInactivityTimeoutMs, 60000);
    assert.equal(o.connectionInactivityTimeoutMs, 20000);
    assert.equal(o.requestTimeoutMs, 1500);
    assert.equal(
      o.transportFactory,
      undefined,
      'the client builds its own transport and reports a failure to build it as a failed attempt',
    );
  });

  it("'auto' lets the client probe when no port is typed; a typed port names its transport; 'mqtt' and 'tcp' pass through", () => {
    assert.deepEqual(resolveTransportChoice('auto', undefined), { transport: 'auto', port: undefined });
    assert.deepEqual(resolveTransportChoice('auto', 10100), { transport: 'tcp', port: 10100 });
    assert.deepEqual(resolveTransportChoice('auto', 1883), { transport: 'mqtt', port: 1883 });
    assert.deepEqual(resolveTransportChoice('mqtt', undefined), { transport: 'mqtt', port: undefined });
    assert.deepEqual(resolveTransportChoice('tcp', 5000), { transport: 'tcp', port: 5000 });
    assert.equal(buildClientOptions({ ...props, transport: '' }, { password: 'pw' }, t).transport, 'auto', 'blank means auto');
  });

  for (const [what, change, pattern] of [
    ['an empty host', { host: '  ' }, /host/],
    ['port 0', { port: '0' }, /port must be/],
    ['port 65536', { port: 65536 }, /port must be/],
    ['a fractional port', { port: '80.5' }, /port must be/],
    ['a negative timeout', { requestTimeout: '-1' }, /requestTimeout must be/],
    ['a non-numeric timeout', { sessionInactivityTimeout: 'soon' }, /sessionInactivityTimeout must be/],
    ['an unknown transport', { transport: 'udp' }, /transport must be/],
    ['an empty user name', { username: '' }, /user name/],
  ] as const) {
    it(`refuses ${what} with a clear ConfigProblem`, () => {
      assert.throws(
        () => buildClientOptions({ ...props, ...change }, { password: 'pw' }, t),
        (err: Error) => err instanceof ConfigProblem && pattern.test(err.message),
      );
    });
  }

  it('refuses a missing password without naming any password', () => {
    assert.throws(() => buildClientOptions(props, {}, t), /no password is set/);
    assert.throws(() => buildClientOptions(props, undefined, t), /no password is set/);
  });
});

describe('nodes/lib: runtime texts', () => {
  it('fills __placeholders__ and falls back to English when the catalogue answers with the key', () => {
    assert.equal(t('kortex.status.retry', { seconds: 3, attempt: 2 }), 'retry in 3 s (attempt 2)');
    assert.equal(fillPlaceholders('a __b__ __c__', { b: 1 }), 'a 1 __c__');
    // Every node asks the kortex-session catalogue, by its namespace.
    const german = translator({
      _: (key: string, subs?: Record<string, string | number>) =>
        key === `${SHARED_CATALOGUE}:kortex.status.open` ? `Sitzung ${subs?.id}` : key,
    });
    assert.equal(german('kortex.status.open', { id: 7 }), 'Sitzung 7');
    assert.equal(german('kortex.status.closed'), 'closed');
  });

  const lookup = (catalog: Record<string, unknown>, key: string): unknown =>
    key
      .split('.')
      .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalog);

  it('the shared catalogue is named after this package', () => {
    assert.equal(PACKAGE_NAME, packageJson.name);
    assert.ok(NODE_TYPES.includes('kortex-session'), 'the kortex-session node set exists');
  });

  for (const lang of ['en-US', 'de']) {
    it(`nodes/<type>/locales/${lang}: every node has a catalogue and help; the runtime texts are in kortex-session.json only, complete, with the same placeholders`, () => {
      for (const type of NODE_TYPES) {
        const file = path.join(nodeSourceDir(type), 'locales', lang, `${type}.json`);
        const catalog = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
        assert.ok(catalog[type], `${file} has a "${type}" section`);
        const help = fs.readFileSync(path.join(nodeSourceDir(type), 'locales', lang, `${type}.html`), 'utf8');
        assert.match(help, new RegExp(`data-help-name="${type}"`));
        if (type !== 'kortex-session') {
          assert.equal(catalog.kortex, undefined, `${file}: the shared "kortex" block belongs in kortex-session.json only`);
          continue;
        }
        for (const [key, english] of Object.entries(RUNTIME_TEXTS) as Array<[RuntimeTextKey, string]>) {
          const text = lookup(catalog, key);
          assert.equal(typeof text, 'string', `${file}: ${key}`);
          if (lang === 'en-US') assert.equal(text, english, `${file}: ${key} matches nodes/lib/i18n.ts`);
          const placeholders = (s: string): string[] => (s.match(/__[A-Za-z0-9_]+__/g) ?? []).sort();
          assert.deepEqual(placeholders(text as string), placeholders(english), `${file}: ${key} placeholders`);
        }
      }
    });
  }

  it('every data-i18n key used by the editor templates exists in both languages', () => {
    for (const type of NODE_TYPES) {
      const html = fs.readFileSync(path.join(nodeSourceDir(type), `${type}.html`), 'utf8');
      const keys = new Set<string>();
      for (const m of html.matchAll(/data-i18n="(?:\[[a-z]+\])?([^"]+)"/g)) keys.add(m[1]);
      for (const m of html.matchAll(/_\("([^"]+)"/g)) keys.add(m[1]);
      assert.ok(keys.size > 0, `${type}.html uses i18n keys`);
      for (const lang of ['en-US', 'de']) {
        const catalog = JSON.parse(fs.readFileSync(path.join(nodeSourceDir(type), 'locales', lang, `${type}.json`), 'utf8')) as Record<
          string,
          unknown
        >;
        for (const key of keys) assert.equal(typeof lookup(catalog, key), 'string', `${lang}/${type}.json lacks ${key}`);
      }
    }
  });
});

describe('nodes/lib: session events', () => {
  const base = { robot: '10.0.0.2:10000', sessionId: 0 };
  const ev = (e: Partial<SessionStateEvent> & Pick<SessionStateEvent, 'state' | 'previous'>): SessionStateEvent => ({ ...base, ...e });

  it('maps the life of a session: connecting, open, lost + reconnecting, closed', () => {
    const m = new SessionEventMapper();
    const lost = new KortexError('connection reset', { kind: 'DISCONNECTED', robot: base.robot });
    const events = [
      ...m.map(ev({ state: 'connecting', previous: 'idle', attempt: 1 })),
      ...m.map(ev({ state: 'authenticating', previous: 'connecting' })),
      ...m.map(ev({ state: 'open', previous: 'authenticating', sessionId: 5 })),
      ...m.map(ev({ state: 'reconnecting', previous: 'open', delayMs: 300, attempt: 1, error: lost })),
      ...m.map(ev({ state: 'connecting', previous: 'reconnecting', attempt: 2 })),
      ...m.map(ev({ state: 'open', previous: 'authenticating', sessionId: 6 })),
      ...m.map(ev({ state: 'closing', previous: 'open', sessionId: 6 })),
      ...m.map(ev({ state: 'closed', previous: 'closing' })),
    ];
    assert.deepEqual(
      events.map((e) => `${e.event}:${e.sessionId}`),
      ['connecting:0', 'open:5', 'lost:5', 'reconnecting:0', 'connecting:0', 'open:6', 'closed:6'],
    );
    assert.equal(events[2].code, 'DISCONNECTED');
    assert.equal(events[3].delayMs, 300);
    assert.equal(events[3].attempt, 1);
  });

  it('reports a refused login as auth-failed with the Kortex error name', () => {
    const refused = new KortexError('', {
      rpc: 'CreateSession',
      robot: base.robot,
      errorCode: ErrorCode.ERROR_DEVICE,
      subCode: SubErrorCode.INVALID_PASSWORD,
    });
    const events = new SessionEventMapper().map(
      ev({ state: 'reconnecting', previous: 'authenticating', authFailed: true, delayMs: 30000, attempt: 1, error: refused }),
    );
    assert.deepEqual(
      events.map((e) => e.event),
      ['auth-failed', 'reconnecting'],
    );
    assert.equal(events[0].code, refused.code);
    assert.match(events[0].error ?? '', /CreateSession/);
  });

  it('summarises the current state for a node that starts late', () => {
    const m = new SessionEventMapper();
    assert.deepEqual(m.current('open', base.robot, 9, undefined), [{ event: 'open', robot: base.robot, sessionId: 9 }]);
    assert.deepEqual(
      m.current('authenticating', base.robot, 0, undefined).map((e) => e.event),
      ['connecting'],
    );
    const refused = new KortexError('', { errorCode: ErrorCode.ERROR_DEVICE, subCode: SubErrorCode.INVALID_PASSWORD });
    const last = ev({ state: 'reconnecting', previous: 'authenticating', authFailed: true, delayMs: 30000, attempt: 1, error: refused });
    assert.deepEqual(
      m.current('reconnecting', base.robot, 0, last).map((e) => e.event),
      ['auth-failed', 'reconnecting'],
    );
    const lostLast = ev({ state: 'reconnecting', previous: 'open', delayMs: 30, attempt: 1 });
    assert.deepEqual(
      m.current('reconnecting', base.robot, 0, lostLast).map((e) => e.event),
      ['reconnecting'],
    );
  });

  it('reports a release with the session given up, and a node that starts while released hears "released"', () => {
    const m = new SessionEventMapper();
    const events = [
      ...m.map(ev({ state: 'open', previous: 'authenticating', sessionId: 7 })),
      ...m.map(ev({ state: 'released', previous: 'open', sessionId: 7 })),
      ...m.map(ev({ state: 'connecting', previous: 'released', attempt: 1 })),
    ];
    assert.deepEqual(
      events.map((e) => `${e.event}:${e.sessionId}`),
      ['open:7', 'released:7', 'connecting:0'],
    );
    assert.deepEqual(new SessionEventMapper().current('released', base.robot, 0, undefined), [
      { event: 'released', robot: base.robot, sessionId: 0 },
    ]);
  });
});

describe('nodes/lib: session control commands', () => {
  it('takes the command from a string payload, else from msg.topic, else the node; any other string is INVALID_INPUT', () => {
    assert.equal(commandFor({ payload: 'release' }, 'status', t), 'release');
    assert.equal(commandFor({ payload: 1733220000000, topic: 'acquire' }, 'status', t), 'acquire');
    assert.equal(commandFor({ payload: true, topic: 'plc/coil0' }, 'reconnect', t), 'reconnect');
    assert.throws(
      () => commandFor({ payload: 'Release' }, 'status', t),
      (err: KortexError) => err.code === 'INVALID_INPUT' && /"Release"/.test(err.message),
    );
  });
});

describe('nodes/lib: status reporter', () => {
  it('counts the retry down every second and stops when disposed', async function () {
    this.timeout(5000);
    const shown: NodeStatus[] = [];
    const reporter = new StatusReporter({ status: (s) => shown.push(s) }, t);
    const client = new KortexSessionClient({ host: '127.0.0.1', port: 1, transport: 'tcp', username: 'u', password: 'Status-Test-Pw-31' });
    const tracker = trackerFor(client);
    reporter.showState(tracker, {
      state: 'reconnecting',
      previous: 'connecting',
      robot: client.robot,
      sessionId: 0,
      delayMs: 2500,
      attempt: 3,
    });
    assert.deepEqual(shown[0], { fill: 'red', shape: 'ring', text: 'retry in 3 s (attempt 3)' });
    await new Promise((r) => setTimeout(r, 1100));
    assert.equal(shown[shown.length - 1].text, 'retry in 2 s (attempt 3)');
    reporter.dispose();
    const count = shown.length;
    await new Promise((r) => setTimeout(r, 1100));
    assert.equal(shown.length, count, 'no status after dispose');
    await client.close();
  });

  it('shows the login refusal and an unusable transport by name', () => {
    const shown: NodeStatus[] = [];
    const reporter = new StatusReporter({ status: (s) => shown.push(s) }, t);
    const client = new KortexSessionClient({ host: '127.0.0.1', port: 1, transport: 'tcp', username: 'u', password: 'Status-Test-Pw-31' });
    const tracker = trackerFor(client);
    const refused = new KortexError('', { errorCode: ErrorCode.ERROR_DEVICE, subCode: SubErrorCode.INVALID_PASSWORD });
    reporter.showState(tracker, {
      state: 'reconnecting',
      previous: 'authenticating',
      robot: client.robot,
      sessionId: 0,
      delayMs: 30000,
      attempt: 1,
      error: refused,
      authFailed: true,
    });
    assert.equal(shown[0].text, `login refused (${refused.code}), retry in 30 s`);
    const unavailable = new KortexError('x', {
      kind: 'DISCONNECTED',
      cause: new TransportUnavailableError('transport "mqtt" is not available', 'mqtt'),
    });
    reporter.showState(tracker, {
      state: 'reconnecting',
      previous: 'connecting',
      robot: client.robot,
      sessionId: 0,
      delayMs: 500,
      attempt: 1,
      error: unavailable,
    });
    assert.deepEqual(shown[1], { fill: 'red', shape: 'ring', text: 'transport "mqtt" is not available' });
    reporter.dispose();
    void client.close();
  });
});

describe('client additions used by the nodes', () => {
  it('a transport that cannot be built is a failed attempt naming why, never a crash', async () => {
    const client = new KortexSessionClient({
      host: 'h',
      port: 1,
      transport: 'carrier-pigeon' as 'tcp',
      username: 'u',
      password: 'Status-Test-Pw-31',
    });
    const events: SessionStateEvent[] = [];
    client.on('state', (e) => events.push(e));
    client.start();
    const down = events.find((e) => e.state === 'reconnecting');
    assert.ok(down, `reconnecting after the failed attempt: ${events.map((e) => e.state).join(', ')}`);
    assert.ok(
      down.error instanceof KortexError && down.error.cause instanceof TransportUnavailableError,
      'the cause is a TransportUnavailableError',
    );
    assert.match(down.error.message, /carrier-pigeon/);
    await client.close();
    assert.equal(events.at(-1)?.state, 'closed');
  });

  it('registerSecret counts holders: one holder letting go does not unmask a shared secret', () => {
    const first = registerSecret('Shared-Secret-1');
    const second = registerSecret('Shared-Secret-1');
    first();
    first(); // idempotent
    assert.equal(redact('x Shared-Secret-1 y'), 'x *** y');
    second();
    assert.equal(redact('x Shared-Secret-1 y'), 'x Shared-Secret-1 y');
  });

  it('redact masks the longer of two overlapping secrets whole', () => {
    const a = registerSecret('abc');
    const b = registerSecret('abcdef');
    assert.equal(redact('abcdef'), '***');
    a();
    b();
  });
});

describe("logProblems: the session client's problems in the log, at most one line per interval", () => {
  it('logs the first at once, counts the rest of the interval, names the count on the next line, and stops', () => {
    const client = new EventEmitter() as EventEmitter & { robot: string };
    client.robot = '10.0.0.5:1883';
    let now = 1_000;
    const lines: string[] = [];
    const stop = logProblems(
      client as unknown as KortexSessionClient,
      (line) => lines.push(line),
      () => now,
    );
    client.emit('problem', new Error('first'));
    for (let i = 0; i < 5; i++) client.emit('problem', new Error(`flood ${i}`));
    now += PROBLEM_LOG_INTERVAL_MS - 1;
    client.emit('problem', new Error('still within the interval'));
    now += 1;
    client.emit('problem', new Error('next "password":"s3cret"'));
    assert.deepEqual(lines, [
      'robot link problem on 10.0.0.5:1883: first',
      'robot link problem on 10.0.0.5:1883: next "password":"***" (6 more in the last 60 s)',
    ]);
    stop();
    assert.equal(client.listenerCount('problem'), 0);
  });
});
