/**
 * Precise masking (docs/architecture.md, "Secrets"): a registered secret is masked where it stands
 * as a value (after `password`, quoted, or as a whole token); every other character of a text is
 * kept, so addresses, ports and user names stay readable even when a password is short or equals
 * the user name.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { REDACTED, redact, redactError, registerPublicValue, registerSecret } from '../../src/client/core/redact';

const USER_NAMES = ['admin', 'operator', 'system', 'cell-7', 'robot_user'];
const address = fc
  .tuple(
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 0, max: 255 }),
    fc.integer({ min: 1, max: 254 }),
    fc.integer({ min: 1, max: 65535 }),
  )
  .map(([a, b, c, d, port]) => `${a}.${b}.${c}.${d}:${port}`);
const word = fc.constantFrom(
  'GetConnections',
  'on',
  'robot',
  'session',
  'refused',
  'ERROR_DEVICE/INVALID_PASSWORD',
  'retry',
  'in',
  '30',
  's',
  '(robot says:',
  "user 'admin' not found)",
  '-',
  'connection',
  'lost',
);
const userName = fc.constantFrom(...USER_NAMES);
const piece = fc.oneof(address, word, userName, fc.integer({ min: 0, max: 70000 }).map(String));
const baseText = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' '));
const secretChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#%+_-'.split(''));
const longSecret = fc.array(secretChars, { minLength: 4, maxLength: 16 }).map((c) => c.join(''));
const shortSecret = fc.array(secretChars, { minLength: 1, maxLength: 3 }).map((c) => c.join(''));
/** How a secret may stand as a value in a text, and how it must read afterwards. */
const asValue = fc.constantFrom(
  (s: string) => `password: ${s}`,
  (s: string) => `"password":"${s}"`,
  (s: string) => `'${s}'`,
  (s: string) => `"${s}"`,
  (s: string) => s,
);

function withSecret<T>(secret: string, body: () => T, publicValues: string[] = []): T {
  const releases = [registerSecret(secret), ...publicValues.map((v) => registerPublicValue(v))];
  try {
    return body();
  } finally {
    for (const release of releases) release();
  }
}

describe('redact: precise masking', () => {
  it('masks a secret standing as a value and keeps every other character (property)', () => {
    fc.assert(
      fc.property(baseText, baseText, longSecret, asValue, (before, after, secret, place) => {
        fc.pre(!`${before} ${after}`.includes(secret) && !USER_NAMES.includes(secret));
        const text = `${before} ${place(secret)} ${after}`;
        const expected = `${before} ${place(REDACTED)} ${after}`;
        assert.equal(
          withSecret(secret, () => redact(text), USER_NAMES),
          expected,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('a short secret (1 to 3 characters) garbles nothing: addresses, ports and user names stay whole (property)', () => {
    fc.assert(
      fc.property(baseText, shortSecret, (text, secret) => {
        assert.equal(
          withSecret(secret, () => redact(text)),
          text,
        );
        // ... but it is still masked after a password key.
        assert.equal(
          withSecret(secret, () => redact(`password=${secret} on 10.0.0.5:10000`)),
          `password=${REDACTED} on 10.0.0.5:10000`,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('a password equal to the user name: the user name stays readable, a password field is masked', () => {
    withSecret(
      'admin',
      () => {
        assert.equal(
          redact("CreateSession on 10.0.0.5:10000: ERROR_DEVICE/USER_NOT_FOUND (robot says: user 'admin' not found)"),
          "CreateSession on 10.0.0.5:10000: ERROR_DEVICE/USER_NOT_FOUND (robot says: user 'admin' not found)",
        );
        assert.equal(redact('{"username":"admin","password":"admin"}'), `{"username":"admin","password":"${REDACTED}"}`);
      },
      ['admin', '10.0.0.5'],
    );
  });

  it('a secret inside a longer word is not a value: "admin" inside "administrator" stays', () => {
    withSecret('admin', () => {
      assert.equal(redact('administrator admin'), `administrator ${REDACTED}`);
    });
  });

  it('masks the value of any key that ends in password, passwd or pwd, camelCase included (property)', () => {
    const prefix = fc.constantFrom('', 'role', 'robot', 'new', 'old', 'user_', 'ROLE_', 'x-');
    const stem = fc.constantFrom('password', 'Password', 'PASSWORD', 'passwd', 'Passwd', 'pwd', 'Pwd');
    const value = fc.array(secretChars, { minLength: 1, maxLength: 16 }).map((c) => c.join(''));
    const form = fc.constantFrom(
      (k: string, v: string) => [`${k}: ${v}`, `${k}: ${REDACTED}`],
      (k: string, v: string) => [`${k}=${v}`, `${k}=${REDACTED}`],
      (k: string, v: string) => [`"${k}":"${v}"`, `"${k}":"${REDACTED}"`],
      (k: string, v: string) => [`'${k}': '${v}'`, `'${k}': '${REDACTED}'`],
    );
    fc.assert(
      fc.property(baseText, baseText, prefix, stem, value, form, (before, after, p, st, v, f) => {
        const [text, expected] = f(`${p}${st}`, v);
        // Nothing registered: the key alone says it is a password.
        assert.equal(redact(`${before} ${text} ${after}`), `${before} ${expected} ${after}`);
      }),
      { numRuns: 500 },
    );
    assert.equal(redact('{"role":"Admin","rolePassword":"s3cret-Value"}'), `{"role":"Admin","rolePassword":"${REDACTED}"}`);
    assert.equal(redact('robotPassword=hunter22 host=10.0.0.5'), `robotPassword=${REDACTED} host=10.0.0.5`);
    // Spaces before the separator, as a config file or a pretty-printer writes it.
    assert.equal(redact('password = hunter22 host=10.0.0.5'), `password = ${REDACTED} host=10.0.0.5`);
    assert.equal(redact('{ "password" : "s3cret" }'), `{ "password" : "${REDACTED}" }`);
  });
});

describe('redact: values that are hard to delimit', () => {
  it('a quoted password with spaces or commas is masked whole, in double or single quotes', () => {
    assert.equal(
      redact('robot says: {"user":"admin","password":"correct horse, battery"} refused'),
      `robot says: {"user":"admin","password":"${REDACTED}"} refused`,
    );
    assert.equal(redact("rolePassword: 'two words' for role Admin"), `rolePassword: '${REDACTED}' for role Admin`);
    assert.equal(redact('{"password":"say \\"hi\\" twice"}'), `{"password":"${REDACTED}"}`);
  });

  it('a secret that ends another secret held earlier: the longer is masked whole, whichever was registered first', () => {
    // Two config nodes: one with the password "gate", a later one with "gate-7Kq".
    withSecret('gate', () =>
      withSecret('gate-7Kq', () => {
        assert.equal(redact('login as operator with gate-7Kq refused'), `login as operator with ${REDACTED} refused`);
        assert.equal(redact('gate and gate-7Kq'), `${REDACTED} and ${REDACTED}`);
      }),
    );
  });
});

describe('redactError: what a Catch node or a log sees of an error', () => {
  it('masks a password in the stack even when the message no longer holds it', () => {
    // A library that rewrote its message after the fact: the stack still holds the first text.
    const err = new Error('login with password=hunter22 refused');
    assert.ok(err.stack?.includes('hunter22'), 'the stack is written (V8 writes it when first read)');
    err.message = 'login refused';
    assert.equal(redactError(err), err);
    assert.equal(err.message, 'login refused');
    assert.ok(err.stack?.startsWith(`Error: login with password=${REDACTED} refused`), err.stack);
  });
});
