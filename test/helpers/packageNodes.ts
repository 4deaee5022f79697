/**
 * The package's node types as package.json's `node-red.nodes` lists them (what Node-RED loads), so
 * that no test keeps a list of its own: a node added there is checked by every test that walks all
 * nodes. Each type lives in one folder, nodes/<type>/ (runtime, editor .html, locales), built to
 * the file package.json names.
 */
import fs from 'node:fs';
import path from 'node:path';

const packageRoot = path.resolve(__dirname, '..', '..');

export const packageJson = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as {
  name: string;
  dependencies?: Record<string, string>;
  'node-red': { nodes: Record<string, string> };
};

/** Every node type, config node included, in package.json's order. */
export const NODE_TYPES = Object.keys(packageJson['node-red'].nodes);

/** The built .js Node-RED loads for a node type. */
export function builtNodeFile(type: string): string {
  const file = packageJson['node-red'].nodes[type];
  if (!file) throw new Error(`package.json's node-red.nodes has no ${type}`);
  return path.join(packageRoot, file);
}

/** A node type's source folder: nodes/<type>/ with <type>.ts, <type>.html and locales/<lang>/. */
export function nodeSourceDir(type: string): string {
  return path.join(packageRoot, 'nodes', type);
}

/** Whether the editor registers the type as a config node (category "config"), which flows do not wire. */
export function isConfigNode(type: string): boolean {
  const html = fs.readFileSync(path.join(nodeSourceDir(type), `${type}.html`), 'utf8');
  return /\bcategory\s*:\s*["']config["']/.test(html);
}
