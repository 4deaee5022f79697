/**
 * The one redaction helper: every log line, status text and error message that could carry a
 * secret passes through here. Secrets are registered by the code that holds them.
 */
const secrets = new Set<string>();

/** Registers a secret (password) to be masked wherever it appears; returns an unregister function. */
export function registerSecret(secret: string | undefined): () => void {
  if (!secret || secret.length < 1) return () => undefined;
  secrets.add(secret);
  return () => secrets.delete(secret);
}

export const REDACTED = '***';

/** Masks every registered secret (and `password` fields in JSON-ish text) in `text`. */
export function redact(text: string): string {
  let out = text;
  for (const secret of secrets) {
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
