/**
 * The one redaction helper: every log line, status text and error message that could carry a
 * secret passes through here. Secrets are registered by the code that holds them.
 */
/**
 * Secret → number of holders. Counted, because two holders often share one secret (a login
 * password that is also a temporary role's password): the first to let go must not unmask it for
 * the other.
 */
const secrets = new Map<string, number>();

/** Registers a secret (password) to be masked wherever it appears; returns an unregister function (idempotent). */
export function registerSecret(secret: string | undefined): () => void {
  if (!secret || secret.length < 1) return () => undefined;
  secrets.set(secret, (secrets.get(secret) ?? 0) + 1);
  let registered = true;
  return () => {
    if (!registered) return;
    registered = false;
    const holders = (secrets.get(secret) ?? 1) - 1;
    if (holders > 0) secrets.set(secret, holders);
    else secrets.delete(secret);
  };
}

export const REDACTED = '***';

/** Masks every registered secret (and `password` fields in JSON-ish text) in `text`. */
export function redact(text: string): string {
  let out = text;
  // Longest first, so a secret that contains a shorter one is masked whole.
  for (const secret of [...secrets.keys()].sort((a, b) => b.length - a.length)) {
    if (secret && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out.replace(/("?password"?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,}]+)/gi, `$1${REDACTED}`);
}

/** Redacts an error's message (and stack) in place and returns it. */
export function redactError<E extends Error>(err: E): E {
  const message = redact(err.message);
  if (message !== err.message) {
    err.message = message;
    if (err.stack) err.stack = redact(err.stack);
  }
  return err;
}
