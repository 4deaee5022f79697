/**
 * Passwords live only in Node-RED credentials (docs/security.md): deployed the way the editor deploys
 * (credentials inline on the node), they are taken out of the flow configuration the runtime saves
 * as flows.json, kept in the credential store, used for the login and the temporary role, and never
 * appear in a log line, status or message.
 */
import assert from 'node:assert/strict';
import type { RunningSimulator } from '../../src/simulator';
import {
  FlowNode,
  LogRecorder,
  deploy,
  PASSWORDS,
  TAB,
  assertNoPassword,
  builtNodes,
  catchNode,
  cleanUp,
  coreNode,
  collect,
  helper,
  helperNode,
  lastStatus,
  placed,
  sessionNode,
  simulator,
  statuses,
  tab,
} from './support';
import { waitFor } from '../helpers/wait';

describe('Node-RED nodes: passwords stay credentials', function () {
  this.timeout(15000);
  let sim: RunningSimulator | undefined;
  let logs: LogRecorder | undefined;

  afterEach(async () => {
    await cleanUp(sim);
    sim = undefined;
    logs?.stop();
  });

  it('an editor-style deploy keeps passwords out of the saved flows, and out of every log line and status', async () => {
    sim = await simulator('k3');
    logs = new LogRecorder();
    const port = sim.port ?? 0;
    // Starts empty; the catch module is registered up front because the first flow has no catch node.
    await helper.load([...builtNodes(), coreNode('common/25-catch.js')], placed([tab()]), {});

    // The editor sends credentials inline; the runtime must move them to its credential store.
    const deployed: FlowNode[] = placed([
      tab(),
      { ...sessionNode(port, { username: 'operator' }), credentials: { password: PASSWORDS.operator } },
      {
        id: 'role',
        type: 'kortex-add-temporary-role',
        z: TAB,
        session: 'robot',
        role: 'Admin',
        action: 'add',
        credentials: { rolePassword: PASSWORDS.admin },
        wires: [['out']],
      },
      { id: 'events', type: 'kortex-session-events', z: TAB, session: 'robot', wires: [['events-out']] },
      helperNode('out'),
      helperNode('events-out'),
      catchNode(),
      helperNode('caught'),
    ]);
    await deploy(deployed, 'full');
    await waitFor(() => lastStatus('role')?.fill === 'green', 'the session (the login used the credential)');

    const out = collect('out');
    const caught = collect('caught');
    const events = collect('events-out');
    helper.getNode('role')?.receive({ payload: 'raise' });
    await waitFor(() => out.length === 1, 'the role to be granted (the role password credential was used)');
    assert.deepEqual(sim.model.sessions()[0].temporaryRoles, ['Admin']);
    helper.getNode('role')?.receive({ payload: 'wrong', rolePassword: PASSWORDS.system });
    await waitFor(() => caught.length === 1, 'the refusal');

    const savedFlows = JSON.stringify(helper._redNodes.getFlows()?.flows);
    assert.ok(savedFlows.includes('kortex-session'), 'the saved flows are the deployed ones');
    assertNoPassword([savedFlows], 'the saved flows.json');
    assert.ok(!savedFlows.includes('"credentials"'), 'no credentials property left in the flows');

    const store = JSON.stringify(await helper.credentials.export());
    assert.ok(store.includes(PASSWORDS.operator) && store.includes(PASSWORDS.admin), 'the passwords are in the credential store');

    const texts = [
      ...logs.lines,
      ...['role', 'events'].flatMap((id) => statuses(id).map((s) => s.text ?? '')),
      ...[...out, ...caught, ...events].map((m) => JSON.stringify(m)),
    ];
    assertNoPassword(texts, 'a log line, status or message');
  });
});
