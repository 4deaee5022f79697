/**
 * Robot faults (Kortex 2 over TCP): the simulator as a real process killed or frozen mid-call, a
 * link cut in the middle of a frame, and a robot that comes back with fresh session ids. The client
 * must fail what was in flight with a clear error, say it is reconnecting (delay and attempt), and
 * reopen the session by itself.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import { FrameType, HEADER_VERSION, packFrameInfo, packMessageInfo, packPayloadInfo, unpackHeader } from '../../src/protocol/header';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { TcpFrameSplitter, wrapTcpFrame } from '../../src/protocol/tcpFraming';
import { decodeFrame, encodeFrame } from '../../src/protocol/frame';
import { KortexError } from '../../src/client/core/errors';
import { KortexSessionClient } from '../../src/client/session/client';
import { SessionClientOptions } from '../../src/client/session/options';
import { SessionStateEvent } from '../../src/client/session/states';
import { RunningSimulator, startSimulator } from '../../src/simulator';
import { SimChild, spawnSimulator } from '../helpers/simProcess';
import { seededRandom, failOnUncaught } from '../helpers/guards';
import { sleep, waitFor } from '../helpers/wait';
import {
  TAB,
  builtNodes,
  catchNode,
  cleanUp,
  collect,
  coreNode,
  helper,
  helperNode,
  lastStatus,
  sessionNode,
  statuses,
  tab,
} from '../nodered/support';

interface Settled {
  ok: boolean;
  error?: unknown;
  at: number;
}

/** Runs a call and records how and when it settled (never rejects). */
function settle(p: Promise<unknown>): Promise<Settled> {
  return p.then(
    () => ({ ok: true, at: Date.now() }),
    (error: unknown) => ({ ok: false, error, at: Date.now() }),
  );
}

describe('reliability: robot faults (K2 over TCP)', function () {
  this.timeout(20000);
  const clients: KortexSessionClient[] = [];
  const children: SimChild[] = [];
  const sims: RunningSimulator[] = [];
  const servers: net.Server[] = [];

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(children.splice(0).map((c) => c.kill()));
    await Promise.all(sims.splice(0).map((s) => s.close()));
    await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  });
  failOnUncaught();

  function client(
    port: number,
    overrides: Partial<SessionClientOptions> = {},
  ): { c: KortexSessionClient; states: SessionStateEvent[]; problems: Error[] } {
    const c = new KortexSessionClient({
      host: '127.0.0.1',
      port,
      transport: 'tcp',
      username: 'admin',
      password: 'admin',
      requestTimeoutMs: 1000,
      connectTimeoutMs: 1000,
      reconnectInitialDelayMs: 50,
      reconnectMaxDelayMs: 400,
      random: seededRandom(7),
      ...overrides,
    });
    const states: SessionStateEvent[] = [];
    const problems: Error[] = [];
    c.on('state', (e) => states.push(e));
    c.on('problem', (e) => problems.push(e));
    clients.push(c);
    return { c, states, problems };
  }

  async function sim(args: string[]): Promise<SimChild> {
    const s = await spawnSimulator(['--generation', 'k2', ...args]);
    children.push(s);
    return s;
  }

  it('simulator killed (SIGKILL) mid-call: calls fail at once with a clear error, the client retries with backoff, and the session comes back when the robot restarts', async function () {
    const first = await sim([]);
    const { c, states } = client(first.port);
    await c.openOnce();

    // Freeze, so that these calls are really on the wire, then kill.
    first.signal('SIGSTOP');
    const calls = Array.from({ length: 20 }, () => settle(c.call('getConnections', {})));
    await waitFor(() => c.inFlightCount === 20, '20 calls in flight');
    const killedAt = Date.now();
    first.signal('SIGKILL');
    await first.exited;
    const results = await Promise.all(calls);
    for (const r of results) {
      assert.equal(r.ok, false);
      assert.ok(r.error instanceof KortexError, `a KortexError, got ${String(r.error)}`);
      assert.equal(r.error.kind, 'DISCONNECTED');
      // Names the call, the robot once, and why: "GetConnections on 127.0.0.1:PORT: connection lost (connection reset by the robot)".
      assert.match(
        r.error.message,
        new RegExp(
          `^GetConnections on 127\\.0\\.0\\.1:${first.port}: connection lost \\((connection reset|connection to .* closed) by the robot\\)$`,
        ),
      );
      assert.ok(r.at - killedAt < 1000, `failed ${r.at - killedAt} ms after the kill, within the 1000 ms request timeout`);
    }

    // Down: reconnecting with a delay and an attempt number, again and again (connection refused).
    await waitFor(() => states.filter((e) => e.state === 'reconnecting').length >= 3, 'three reconnect attempts', 5000);
    const retries = states.filter((e) => e.state === 'reconnecting');
    retries.forEach((e, i) => {
      assert.equal(e.attempt, i + 1, 'attempts count up');
      assert.ok(
        typeof e.delayMs === 'number' && e.delayMs >= 0 && e.delayMs <= Math.min(400, 50 * 2 ** i),
        `delay ${e.delayMs} within the backoff ceiling`,
      );
      assert.ok(e.error instanceof Error && e.error.message.length > 0, 'says why');
    });
    // The attempts while the robot is away are refused (one may still meet the dying socket first).
    assert.ok(
      retries.slice(1).some((e) => /connection refused/.test(String(e.error?.message))),
      `refused: ${retries.map((e) => e.error?.message).join(' | ')}`,
    );

    // A request made while the robot is away waits a bounded time, then fails clearly.
    const whileDown = await settle(c.call('keepAlive', {}));
    assert.equal(whileDown.ok, false);
    assert.ok(whileDown.error instanceof KortexError && whileDown.error.kind === 'NOT_CONNECTED', String(whileDown.error));
    assert.match((whileDown.error as Error).message, /robot not reachable for 1000 ms/);

    // Restart on the same port: nobody touches the client, the session comes back.
    const second = await sim(['--port', String(first.port)]);
    await waitFor(() => c.state === 'open', 'the session to reopen by itself', 5000);
    const list = await c.call('getConnections', {});
    assert.equal(list.payload.connection.length, 1);
    assert.equal(list.meta.sessionId, c.sessionId);
    assert.ok(c.sessionId > 0);
    assert.ok(second.alive);
  });

  it('a burst of calls cut by SIGKILL: every call settles (reply or clear error) within its timeout, none hangs', async function () {
    const s = await sim([]);
    const { c } = client(s.port);
    await c.openOnce();
    const started = Date.now();
    const calls = Array.from({ length: 300 }, () => settle(c.call('getConnections', {})));
    await sleep(2);
    s.signal('SIGKILL');
    const results = await Promise.all(calls);
    const failed = results.filter((r) => !r.ok);
    for (const r of failed) {
      assert.ok(r.error instanceof KortexError, String(r.error));
      assert.ok(['DISCONNECTED', 'NOT_CONNECTED'].includes(String(r.error.kind)), `${r.error.kind}: ${r.error.message}`);
    }
    assert.equal(results.length, 300);
    assert.ok(Date.now() - started < 1000 + 1000 + 500, 'all settled within queue wait + request timeout');
  });

  it('simulator frozen (SIGSTOP): keep-alive marks the link down within the inactivity time, and the session recovers after SIGCONT', async function () {
    const s = await sim([]);
    const inactivity = 600;
    const { c, states } = client(s.port, {
      sessionInactivityTimeoutMs: inactivity,
      connectionInactivityTimeoutMs: inactivity,
      requestTimeoutMs: 500,
    });
    await c.openOnce();
    await sleep(300); // some keep-alive traffic while healthy
    assert.equal(c.state, 'open');
    const frozenAt = Date.now();
    s.signal('SIGSTOP');
    const down = await waitFor(() => states.find((e) => e.state === 'reconnecting'), 'the link to be marked down', 3000);
    const noticedAfter = Date.now() - frozenAt;
    assert.match(String(down.error?.message), /stopped answering keep-alives/);
    assert.ok(noticedAfter <= inactivity + 250, `noticed after ${noticedAfter} ms (inactivity ${inactivity} ms)`);
    assert.ok(typeof down.delayMs === 'number' && down.attempt === 1);

    await sleep(500); // retries run against the frozen robot (connect works, CreateSession times out)
    s.signal('SIGCONT');
    await waitFor(() => c.state === 'open', 'the session after SIGCONT', 5000);
    // The robot catches up with the dead links of the frozen period: only our live session remains.
    await waitFor(async () => (await c.call('getConnections', {})).payload.connection.length === 1, 'one session on the robot', 3000, 50);
  });

  it('simulator frozen while a flow keeps calling: the unanswered traffic does not hide the dead link', async function () {
    const s = await sim([]);
    const inactivity = 600;
    const { c, states } = client(s.port, {
      sessionInactivityTimeoutMs: inactivity,
      connectionInactivityTimeoutMs: inactivity,
      requestTimeoutMs: 500,
    });
    await c.openOnce();
    const frozenAt = Date.now();
    s.signal('SIGSTOP');
    // A PLC-like flow: one request every 100 ms, each timing out; our side is never idle.
    let timer: NodeJS.Timeout | undefined;
    const pending: Array<Promise<Settled>> = [];
    const fire = (): void => {
      if (c.state === 'open') pending.push(settle(c.call('keepAlive', {})));
      timer = setTimeout(fire, 100);
    };
    fire();
    try {
      await waitFor(() => states.some((e) => e.state === 'reconnecting'), 'the link to be marked down under traffic', 3000);
    } finally {
      clearTimeout(timer);
    }
    const noticedAfter = Date.now() - frozenAt;
    assert.ok(noticedAfter <= inactivity + 250, `noticed after ${noticedAfter} ms`);
    for (const r of await Promise.all(pending)) {
      assert.equal(r.ok, false);
      assert.ok(r.error instanceof KortexError && ['DISCONNECTED', 'TIMEOUT'].includes(String(r.error.kind)), String(r.error));
    }
    s.signal('SIGCONT');
    await waitFor(() => c.state === 'open', 'the session after SIGCONT', 5000);
  });

  it('simulator frozen, then restarted instead of resumed: the client reopens on the new process', async function () {
    const s = await sim([]);
    const { c, states } = client(s.port, { sessionInactivityTimeoutMs: 600, connectionInactivityTimeoutMs: 600, requestTimeoutMs: 500 });
    await c.openOnce();
    s.signal('SIGSTOP');
    await waitFor(() => states.some((e) => e.state === 'reconnecting'), 'link down', 3000);
    await s.kill();
    await sim(['--port', String(s.port)]);
    await waitFor(() => c.state === 'open', 'reopened on the restarted robot', 5000);
    assert.equal((await c.call('getConnections', {})).payload.connection.length, 1);
  });

  it('through Node-RED: the call in flight reaches the Catch node, the node goes red with a retry countdown, and turns green again without a redeploy', async function () {
    const first = await sim([]);
    try {
      await helper.load(
        [...builtNodes(), coreNode('common/25-catch.js')],
        [
          tab(),
          sessionNode(first.port, { requestTimeout: '1500', sessionInactivityTimeout: '3000', connectionInactivityTimeout: '3000' }),
          { id: 'list', type: 'kortex-list-connections', z: TAB, session: 'robot', x: 100, y: 100, wires: [['out']] },
          helperNode('out'),
          helperNode('caught'),
          catchNode('catcher', ['caught']),
        ],
        { robot: { password: 'admin' } },
      );
      const out = collect('out');
      const caught = collect('caught');
      await waitFor(() => lastStatus('list')?.fill === 'green', 'a green status', 5000);
      assert.match(String(lastStatus('list')?.text), /^session \d+$/);

      first.signal('SIGSTOP');
      helper.getNode('list')?.receive({ payload: 'in flight', tag: 1 });
      await sleep(100);
      first.signal('SIGKILL');
      await waitFor(() => caught.length === 1, 'the Catch node', 1500);
      assert.equal(caught[0].tag, 1, 'the original msg');
      assert.match(String((caught[0].error as { message: string }).message), /GetConnections on 127\.0\.0\.1:\d+: connection lost \(/);
      await waitFor(
        () => statuses('list').some((st) => st.fill === 'red' && /^retry in \d+ s \(attempt \d+\)$/.test(String(st.text))),
        'a red retry countdown',
        3000,
      );

      await sim(['--port', String(first.port)]);
      await waitFor(() => lastStatus('list')?.fill === 'green', 'green again, nobody redeployed', 8000);
      helper.getNode('list')?.receive({ payload: 'after', tag: 2 });
      await waitFor(() => out.length === 1, 'a reply after the restart', 3000);
      assert.equal(out[0].tag, 2);
      assert.equal(caught.length, 1);
    } finally {
      await cleanUp(undefined);
    }
  });

  describe('connection cut in the middle of a frame', () => {
    /**
     * A tiny robot: answers CreateSession properly, answers every other request with only the
     * first `cut` bytes of a valid response and then destroys the socket.
     */
    async function halfFrameRobot(cut: (total: number) => number): Promise<{ port: number; connections: () => number }> {
      let connections = 0;
      const server = net.createServer((socket) => {
        connections++;
        socket.on('error', () => undefined);
        const splitter = new TcpFrameSplitter({
          onFrame: (bytes) => {
            const frame = decodeFrame(bytes);
            const f = unpackHeader(frame.header);
            const sessionId = 77;
            let payload: Uint8Array | undefined;
            if (f.functionId === SessionRpcs.getConnections.functionId) {
              payload = SessionRpcs.getConnections.encodeResponse({
                connection: [
                  {
                    connectionInformation: 'x',
                    connectionIdentifier: sessionId,
                    isLocal: false,
                    sessionIdentifier: 0,
                    connectionInactivityTimeout: 0,
                    roles: [],
                    connectionType: 'CONNECTION_TYPE_UNSPECIFIED',
                    isWebapp: false,
                    username: '',
                  },
                ],
                userConnections: [],
                pluginConnections: [],
                internalConnections: [],
                unauthenticatedConnections: [],
                monitorConnections: [],
              });
            }
            const response = wrapTcpFrame(
              encodeFrame(
                {
                  frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Response, 0, 0, 0),
                  messageInfo: packMessageInfo(sessionId, f.messageId),
                  serviceInfo: frame.header.serviceInfo,
                  payloadInfo: packPayloadInfo(payload?.length ?? 0),
                },
                payload,
              ),
            );
            if (f.functionId === SessionRpcs.createSession.functionId || f.functionId === SessionRpcs.closeSession.functionId) {
              socket.write(response);
              return;
            }
            socket.write(response.subarray(0, cut(response.length)), () => socket.destroy());
          },
        });
        socket.on('data', (chunk: Buffer) => splitter.push(chunk));
      });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return { port: (server.address() as net.AddressInfo).port, connections: () => connections };
    }

    const cuts: Array<[string, (n: number) => number]> = [
      ['1 byte of the magic', () => 1],
      ['half the magic', () => 4],
      ['the magic without the length', () => 8],
      ['the whole 12-byte prefix only', () => 12],
      ['prefix + 1 byte', () => 13],
      ['half the frame', (n) => Math.floor(n / 2)],
      ['all but the last byte', (n) => n - 1],
    ];

    it('fails the call with DISCONNECTED at once, whatever the cut point, and logs in again by itself', async function () {
      for (const [label, cut] of cuts) {
        const robot = await halfFrameRobot(cut);
        const { c, states } = client(robot.port, { keepAliveIntervalMs: 0 });
        await c.openOnce();
        assert.equal(c.sessionId, 77);
        const started = Date.now();
        const r = await settle(c.call('getConnections', {}));
        assert.equal(r.ok, false, label);
        assert.ok(r.error instanceof KortexError, `${label}: ${String(r.error)}`);
        assert.equal(r.error.kind, 'DISCONNECTED', `${label}: ${r.error.message}`);
        assert.match(
          r.error.message,
          /^GetConnections on 127\.0\.0\.1:\d+: connection lost \(connection to 127\.0\.0\.1:\d+ closed by the robot\)$/,
          label,
        );
        assert.ok(r.at - started < 500, `${label}: failed after ${r.at - started} ms, not at the timeout`);
        await waitFor(() => states.some((e) => e.state === 'reconnecting'), `${label}: reconnecting`);
        await waitFor(() => c.state === 'open', `${label}: reopened`, 3000);
        assert.ok(robot.connections() >= 2, `${label}: a fresh connection was made`);
        await c.close();
      }
    });

    it('a CreateSession reply cut in half fails openOnce() clearly; the retrying client gets in on the next connection', async function () {
      let attempt = 0;
      const server = net.createServer((socket) => {
        attempt++;
        const mine = attempt;
        socket.on('error', () => undefined);
        const splitter = new TcpFrameSplitter({
          onFrame: (bytes) => {
            const frame = decodeFrame(bytes);
            const f = unpackHeader(frame.header);
            const response = wrapTcpFrame(
              encodeFrame({
                frameInfo: packFrameInfo(HEADER_VERSION, FrameType.Response, 0, 0, 0),
                messageInfo: packMessageInfo(5, f.messageId),
                serviceInfo: frame.header.serviceInfo,
                payloadInfo: 0,
              }),
            );
            if (mine === 1) socket.write(response.subarray(0, 10), () => socket.destroy());
            else socket.write(response);
          },
        });
        socket.on('data', (chunk: Buffer) => splitter.push(chunk));
      });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as net.AddressInfo).port;

      const once = client(port).c;
      await assert.rejects(once.openOnce(), (err: Error) => {
        assert.match(err.message, /^on 127\.0\.0\.1:\d+: connection to 127\.0\.0\.1:\d+ closed by the robot$/);
        return true;
      });
      assert.equal(once.state, 'closed', 'openOnce stops its own retries');

      const { c } = client(port);
      c.start();
      await waitFor(() => c.state === 'open', 'open on the second connection', 3000);
      assert.equal(c.sessionId, 5);
    });
  });

  describe('robot restarts with fresh session ids', () => {
    it('a restarted robot hands out new ids: the client logs in again and uses the new id', async function () {
      const first = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0, firstSessionId: 100 });
      sims.push(first);
      const port = first.port as number;
      const { c, states } = client(port);
      await c.openOnce();
      assert.equal(c.sessionId, 100);
      await first.close();
      await waitFor(() => states.some((e) => e.state === 'reconnecting'), 'reconnecting');

      const second = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port, firstSessionId: 4242 });
      sims.push(second);
      await waitFor(() => c.state === 'open', 'reopened', 5000);
      assert.equal(c.sessionId, 4242);
      const r = await c.call('getConnections', {});
      assert.equal(r.meta.sessionId, 4242);
      assert.deepEqual(
        second.model.sessions().map((s) => s.sessionId),
        [4242],
      );
      assert.equal(r.payload.connection[0].connectionIdentifier, 4242);
    });

    it('a robot that forgot the session while the socket stayed up: the call fails with INVALID_SESSION, the client logs in again, the next call uses the new id', async function () {
      const s = await startSimulator({ generation: 'k2', transport: 'tcp', host: '127.0.0.1', port: 0, firstSessionId: 300 });
      sims.push(s);
      const { c } = client(s.port as number, { keepAliveIntervalMs: 0 });
      await c.openOnce();
      assert.equal(c.sessionId, 300);
      s.model.reboot(); // sessions forgotten, link kept
      const r = await settle(c.call('getConnections', {}));
      assert.equal(r.ok, false);
      assert.ok(r.error instanceof KortexError);
      assert.equal(r.error.code, 'ERROR_PROTOCOL_SERVER/INVALID_SESSION');
      const next = await c.call('getConnections', {});
      assert.equal(next.meta.sessionId, 301);
      assert.deepEqual(
        s.model.sessions().map((x) => x.sessionId),
        [301],
      );
    });
  });
});
