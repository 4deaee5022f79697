/**
 * Checks on documented msg properties that override node settings (docs/nodes/README.md: a wrong type is a
 * clear error). Each throws an INVALID_INPUT KortexError before anything is sent to the robot.
 */
import { inputError } from './binding';
import { describeValue } from '../../src/util/describeValue';
import { Translate } from './i18n';
import type { NodeMessage } from './types';

/** `msg.action` when present (one of `allowed`), else the node's configured action. */
export function actionFor<A extends string>(msg: NodeMessage, configured: A, allowed: readonly A[], t: Translate, rpc?: string): A {
  const requested = msg.action;
  if (requested === undefined || requested === null || requested === '') return configured;
  if (typeof requested === 'string' && (allowed as readonly string[]).includes(requested)) return requested as A;
  throw inputError(t('kortex.errors.action', { allowed: allowed.map((a) => `"${a}"`).join(' or '), got: describeValue(requested) }), rpc);
}

/** A plain object (not an array, Buffer or null), or undefined. */
export function plainObject(value: unknown): Record<string, unknown> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Buffer.isBuffer(value)) return undefined;
  return value as Record<string, unknown>;
}

/**
 * A boolean option from an object that may spell it lowerCamelCase or snake_case (Kinova documents
 * both); `fallback` when neither is present. `where` names the object in the error text.
 */
export function booleanOption(
  source: Record<string, unknown> | undefined,
  camel: string,
  snake: string,
  fallback: boolean,
  where: string,
  t: Translate,
  rpc?: string,
): boolean {
  if (!source) return fallback;
  const key = camel in source ? camel : snake in source ? snake : undefined;
  if (key === undefined) return fallback;
  const value = source[key];
  if (typeof value !== 'boolean')
    throw inputError(t('kortex.errors.notBoolean', { field: `${where}.${key}`, got: describeValue(value) }), rpc);
  return value;
}

/** A flag from the editor: stored as a boolean, or as "true"/"false" in hand-written flows. */
export function configFlag(value: unknown): boolean {
  return value === true || value === 'true';
}
