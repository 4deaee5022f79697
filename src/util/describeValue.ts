/**
 * How a value looks in an error text. Shared by every layer (it depends on nothing), so a bad
 * input reads the same whether the node, the client or the codec refuses it.
 */

/** The kind of value only, never the value: safe for anything that may hold a secret. */
export function describeType(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (Buffer.isBuffer(value)) return 'a Buffer';
  return `a ${typeof value}`;
}

/** The kind of value, and the value itself when short and harmless (a short string, a number, a boolean). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length <= 20 ? `the string "${value}"` : 'a long string';
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return describeType(value);
}
