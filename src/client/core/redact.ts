/**
 * The one redaction helper: every log line, status text and error message that could carry a
 * secret passes through here. Secrets are registered by the code that holds them.
 *
 * Precise, not greedy: a secret is masked where it stands as a value, i.e. after a `password`
 * key, in quotes, or as a whole token (not glued to letters or digits), so "admin" inside
 * "administrator" or a one-character password inside every address stays readable. Secrets
 * shorter than MIN_TOKEN_SECRET_LENGTH are masked only after a `password` key: we never print a
 * password ourselves, so a short one can only reach a text through a robot's echo of the field.
 * A secret that is also a registered public value (the user name, the robot's host) is masked only
 * after a `password` key: the user name admin stays readable when the password is admin too.
 */

/** Secret → number of holders (two holders often share one secret; the first to let go must not unmask it for the other). */
const secrets = new Map<string, number>();
/** Values that are never secret in a text (user names, hosts) → number of holders. */
const publicValues = new Map<string, number>();

export const REDACTED = '***';
const MIN_TOKEN_SECRET_LENGTH = 4;

function hold(registry: Map<string, number>, value: string | undefined): () => void {
  if (!value) return () => undefined;
  registry.set(value, (registry.get(value) ?? 0) + 1);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    const holders = (registry.get(value) ?? 1) - 1;
    if (holders > 0) registry.set(value, holders);
    else registry.delete(value);
  };
}

/** Registers a secret (password) to be masked wherever it stands as a value; returns an unregister function (idempotent). */
export function registerSecret(secret: string | undefined): () => void {
  return hold(secrets, secret);
}

/** Registers a value that texts must keep readable (a user name, a host); returns an unregister function (idempotent). */
export function registerPublicValue(value: string | undefined): () => void {
  return hold(publicValues, value);
}

/**
 * `password: x`, `"password":"x"`, `password=x`: any key that ends in password, passwd or pwd
 * (rolePassword, robotPassword, role_password, NEW-PWD), with no word boundary before the stem, since
 * camelCase has none.
 */
const PASSWORD_FIELD = /((?:password|passwd|pwd)"?'?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'[^']*'|[^\s,;)}\]]+)/gi;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Masks every registered secret where it stands as a value, and every `password` field's value, in `text`. */
export function redact(text: string): string {
  // A quoted value keeps its quotes, so JSON stays JSON.
  let out = text.replace(PASSWORD_FIELD, (_all, key: string, value: string) => {
    const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
    return `${key}${quote}${REDACTED}${quote}`;
  });
  if (secrets.size === 0) return out;
  // Longest first, so a secret that contains a shorter one is masked whole.
  for (const secret of [...secrets.keys()].sort((a, b) => b.length - a.length)) {
    if (secret.length < MIN_TOKEN_SECRET_LENGTH || publicValues.has(secret) || !out.includes(secret)) continue;
    // A whole token: not glued to a letter or digit on either side (quotes, spaces, punctuation and the text's ends delimit it).
    const token = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(secret)}(?![\\p{L}\\p{N}])`, 'gu');
    out = out.replace(token, REDACTED);
  }
  return out;
}

/** Redacts an error's message (and stack) in place and returns it. */
export function redactError<E extends Error>(err: E): E {
  err.message = redact(err.message);
  // The stack is redacted on its own: it keeps the first message, which may have been rewritten since.
  if (err.stack) err.stack = redact(err.stack);
  return err;
}
