/**
 * What the compatibility run tests: the Node-RED a new user installs today (5.0.x) on both Node
 * versions it supports here, and the oldest Node-RED the package declares in package.json
 * (`node-red.version`, ">=X.Y.Z") on the oldest Node the package supports.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The Node-RED line the demo runs on Node 22 or newer, and the compatibility run tests on 22 and 24. */
export const CURRENT_NODE_RED = '5.0';

export interface CompatTarget {
  /** "5.0" (newest 5.0.z) or an exact version. */
  nodeRed: string;
  nodeMajor: number;
  why: string;
}

function oldestDeclaredNodeRed(packageRoot: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { 'node-red'?: { version?: string } };
  const declared = pkg['node-red']?.version ?? '';
  const m = /^>=\s*(\d+\.\d+\.\d+)$/.exec(declared.trim());
  if (!m)
    throw new Error(
      `package.json node-red.version must read ">=X.Y.Z" for the compatibility run to know the oldest version; it reads "${declared}"`,
    );
  return m[1];
}

export function compatMatrix(packageRoot: string): CompatTarget[] {
  return [
    { nodeRed: CURRENT_NODE_RED, nodeMajor: 22, why: 'what a new user installs' },
    { nodeRed: CURRENT_NODE_RED, nodeMajor: 24, why: 'what a new user installs, newest Node' },
    { nodeRed: oldestDeclaredNodeRed(packageRoot), nodeMajor: 20, why: 'oldest Node-RED declared in package.json' },
  ];
}
