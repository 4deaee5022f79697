/**
 * Kortex 3 over TLS in Node-RED: a kortex-session with "Use TLS" names a core tls-config node and
 * holds a broker login as credentials, against a real mosquitto (TLS listener, password file) and a
 * simulated Link 6 on it. A refused link (wrong CA, refused broker login) shows on the status and
 * reaches Catch with its code, and no password reaches any text.
 */
import assert from 'node:assert/strict';
import { startSimulator } from '../../src/simulator';
import type { RunningSimulator } from '../../src/simulator';
import { BROKER_USERS, useTlsBrokers } from '../helpers/tlsBroker';
import { waitFor } from '../helpers/wait';
import {
  FlowNode,
  LogRecorder,
  PASSWORDS,
  TAB,
  assertNoPassword,
  builtNodes,
  catchNode,
  cleanUp,
  collect,
  coreNode,
  deploy,
  helper,
  helperNode,
  lastStatus,
  placed,
  sessionNode,
  statuses,
  tab,
  testUsers,
} from './support';

describe('Node-RED nodes: Kortex 3 over TLS with a broker login', function () {
  this.timeout(20000);
  const tls = useTlsBrokers();
  let sim: RunningSimulator | undefined;
  let logs: LogRecorder | undefined;

  beforeEach(async () => {
    sim = await startSimulator({
      generation: 'k3',
      transport: 'mqtt',
      broker: tls().broker.url,
      brokerAccess: { auth: BROKER_USERS.robot },
      users: testUsers(),
    });
    logs = new LogRecorder();
  });
  afterEach(async () => {
    await cleanUp(sim);
    sim = undefined;
    logs?.stop();
  });

  function tlsConfig(id: string, ca: string): FlowNode {
    return {
      id,
      type: 'tls-config',
      name: `TLS ${ca.endsWith('other-ca.crt') ? 'other' : 'test'} CA`,
      cert: '',
      key: '',
      ca,
      certname: '',
      keyname: '',
      caname: '',
      servername: '',
      verifyservercert: true,
      alpnprotocol: '',
    };
  }

  /** Automatic transport with a typed (non-MQTT) port: only "Use TLS" makes it Kortex 3. */
  function flowWith(tlsId: string, brokerPassword: string, eventsName = ''): FlowNode[] {
    return placed([
      tab(),
      tlsConfig('tls-good', tls().certs.caFile),
      tlsConfig('tls-other', tls().certs.otherCaFile),
      {
        ...sessionNode(tls().broker.tlsPort ?? 0, { transport: 'auto', usetls: true, tls: tlsId }),
        credentials: { password: PASSWORDS.admin, brokerUsername: BROKER_USERS.cell.username, brokerPassword },
      },
      { id: 'list', type: 'kortex-list-connections', z: TAB, session: 'robot', wires: [['out']] },
      { id: 'events', type: 'kortex-session-events', name: eventsName, z: TAB, session: 'robot', wires: [['events-out']] },
      helperNode('out'),
      helperNode('events-out'),
      catchNode(),
      helperNode('caught'),
    ]);
  }

  async function deployWith(tlsId: string, brokerPassword: string): Promise<void> {
    await helper.load([...builtNodes(), coreNode('network/05-tls.js'), coreNode('common/25-catch.js')], placed([tab()]), {});
    await deploy(flowWith(tlsId, brokerPassword), 'full');
  }

  function texts(...messages: unknown[][]): string[] {
    return [...(logs?.lines ?? []), ...statuses('list').map((s) => s.text ?? ''), ...messages.flat().map((m) => JSON.stringify(m))];
  }

  it('"Use TLS" with a tls-config node and the broker login: the session opens over TLS', async () => {
    await deployWith('tls-good', BROKER_USERS.cell.password);
    await waitFor(() => lastStatus('list')?.fill === 'green', 'the session over TLS');
    const out = collect('out');
    helper.getNode('list')?.receive({ payload: 'who' });
    await waitFor(() => out.length === 1, 'the connection list');
    assert.equal((out[0].kortex as { robot: string }).robot, `127.0.0.1:${tls().broker.tlsPort}`);
    assert.ok(sim?.model.sessions().some((s) => s.username === 'admin'));
    // Deployed inline as the editor does: the broker login went to the credential store, not the flows.
    const savedFlows = JSON.stringify(helper._redNodes.getFlows()?.flows);
    assert.ok(savedFlows.includes('"usetls":true'));
    for (const secret of [BROKER_USERS.cell.password, BROKER_USERS.cell.username, PASSWORDS.admin])
      assert.ok(!savedFlows.includes(secret), 'a credential in flows.json');
  });

  /**
   * A refused link: the status names the code with the retry countdown, a call reaches Catch at once
   * with the code and the text, and no password is in any log line, status or message.
   */
  async function assertRefusedAtCatch(code: string, text: string, secrets: string[]): Promise<void> {
    await waitFor(() => (lastStatus('list')?.text?.startsWith(`${code}, retry in`) ? true : undefined), 'the refused link on the status');
    const caught = collect('caught');
    helper.getNode('list')?.receive({ payload: 'who' });
    await waitFor(() => caught.length === 1, 'the error at the Catch node');
    const error = caught[0].error as { message: string; code?: string };
    assert.equal(error.code, code);
    assert.ok(error.message.includes(text), error.message);
    const all = texts(caught);
    assertNoPassword(all, 'a log line, status or message');
    for (const line of all) for (const secret of secrets) assert.ok(!line.includes(secret), line);
    assert.equal(sim?.model.sessions().length, 0, 'no robot session behind a refused link');
  }

  it('the broker refuses its login: status and Catch say "MQTT: not authorized (0x87)", no password anywhere', async () => {
    const wrong = 'wrong-broker-Secret-93';
    await deployWith('tls-good', wrong);
    await assertRefusedAtCatch('BROKER_REFUSED', 'MQTT: not authorized (0x87)', [wrong, BROKER_USERS.cell.password]);
    assert.ok(
      logs?.lines.some((line) => line.includes('the broker refused the link') && line.includes('MQTT: not authorized (0x87)')),
      'the warning in the log',
    );
    // A restarted session-events node says where things stand: the refused login, with its code.
    const events = collect('events-out');
    await deploy(flowWith('tls-good', wrong, 'restarted'), 'nodes');
    await waitFor(() => events.find((m) => (m.payload as { event?: string }).event === 'auth-failed'), 'the auth-failed event');
    const failed = events.find((m) => (m.payload as { event?: string }).event === 'auth-failed');
    assert.equal((failed?.payload as { code?: string }).code, 'BROKER_REFUSED');
    assertNoPassword(texts(events), 'a session event');
  });

  it('a tls-config node with the wrong CA: "TLS: unable to verify the broker\'s certificate"', async () => {
    await deployWith('tls-other', BROKER_USERS.cell.password);
    await assertRefusedAtCatch(
      'TLS_FAILED',
      "TLS: unable to verify the broker's certificate (self-signed certificate in certificate chain)",
      [BROKER_USERS.cell.password],
    );
  });
});
