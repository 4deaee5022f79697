/**
 * A secret taken from a message (msg.rolePassword) stays registered until the error text that
 * reaches done(err) is final: a robot that echoes it back in its error still gets it masked.
 */
import assert from 'node:assert/strict';
import { redact } from '../../src/client/core/redact';
import { SessionBinding } from '../../nodes/lib/binding';
import { translator } from '../../nodes/lib/i18n';
import type { Node, NodeAPI, NodeMessage } from '../../nodes/lib/types';

const t = translator({ _: (key: string) => key });

function fakeNode(): Node {
  const node: Partial<Node> = {
    id: 'n1',
    type: 'kortex-add-temporary-role',
    on: () => undefined,
    status: () => undefined,
    send: () => undefined,
    log: () => undefined,
    warn: () => undefined,
    debug: () => undefined,
    trace: () => undefined,
    error: () => undefined,
  };
  return node as Node;
}

describe('SessionBinding: secrets held for one message', () => {
  it('masks a held secret in the final error text, then lets it go', async () => {
    const RED = { nodes: { getNode: () => undefined } } as unknown as NodeAPI;
    const binding = new SessionBinding(RED, fakeNode(), undefined, t);
    const secret = 'Role-Secret-7781';
    const error = await new Promise<Error | undefined>((resolve) => {
      binding.handle(
        { payload: 1 } as NodeMessage,
        () => undefined,
        (err?: Error) => resolve(err),
        async (holdSecret) => {
          holdSecret(secret);
          throw new Error(`AddTemporaryUserRole: robot says: bad password ${secret} for role Admin`);
        },
      );
    });
    assert.ok(error);
    assert.equal(error.message, 'AddTemporaryUserRole: robot says: bad password *** for role Admin');
    assert.doesNotMatch(error.stack ?? '', /Role-Secret-7781/);
    assert.equal(redact(`x ${secret} y`), `x ${secret} y`, 'released once the message is handled');
  });
});
