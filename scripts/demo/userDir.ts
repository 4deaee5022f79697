/**
 * The demo's Node-RED user directory: settings.js (local only, no pop-ups, no telemetry), this
 * package linked into its node_modules as `npm install` of a clone would place it, and the other
 * Node-RED packages the examples use.
 */
import fs from 'node:fs';
import path from 'node:path';

/** A fixed, public secret: the demo's credentials are the simulator's well-known passwords. */
const CREDENTIAL_SECRET = 'kortex-demo-not-a-secret';

function settingsSource({ uiPort }: { uiPort: number }): string {
  return `// Node-RED settings for the @kortex-flows/node-red-kortex demo (written by the demo;
// rewritten on every \`npm start\`). You can also run this directory with a plain Node-RED:
//   npx node-red -u .demo
module.exports = {
    uiHost: '127.0.0.1',
    uiPort: process.env.PORT || ${uiPort},
    flowFile: 'flows.json',
    flowFilePretty: true,
    credentialSecret: ${JSON.stringify(CREDENTIAL_SECRET)},
    httpAdminRoot: '/',
    httpNodeRoot: '/api',
    // No adminAuth: the editor is only reachable from this machine (uiHost 127.0.0.1).
    diagnostics: { enabled: false, ui: false },
    // Node-RED 4.1+ asks about telemetry and announces updates on a fresh user directory.
    telemetry: { enabled: false, updateNotification: false },
    externalModules: { palette: { allowInstall: false } },
    editorTheme: {
        projects: { enabled: false },
        tours: false,
        palette: { catalogues: [] },
    },
    logging: { console: { level: process.env.DEMO_QUIET ? 'warn' : 'info', metrics: false, audit: false } },
    functionGlobalContext: {},
};
`;
}

/** `<userDir>/node_modules/<name>` as a link to `target` (replacing another link or folder there). */
function linkModule(userDir: string, name: string, target: string): void {
  const link = path.join(userDir, 'node_modules', ...name.split('/'));
  fs.mkdirSync(path.dirname(link), { recursive: true });
  let current: string | undefined;
  try {
    current = fs.readlinkSync(link);
  } catch {
    current = undefined;
  }
  if (current === undefined || path.resolve(path.dirname(link), current) !== target) {
    fs.rmSync(link, { recursive: true, force: true });
    fs.symlinkSync(path.relative(path.dirname(link), target) || '.', link, 'dir');
  }
}

/**
 * Node-RED packages the examples use besides this one (devDependencies, so `npm ci` brings them).
 * Linked into the user directory, where any Node-RED finds them (the compatibility cache's too).
 */
const EXAMPLE_NODE_MODULES: readonly string[] = ['node-red-contrib-modbus'];

/** Links the EXAMPLE_NODE_MODULES installed in `packageRoot`/node_modules into `userDir`/node_modules. */
export function linkExampleNodeModules(userDir: string, packageRoot: string): void {
  for (const name of EXAMPLE_NODE_MODULES) {
    const installed = path.join(packageRoot, 'node_modules', name);
    if (fs.existsSync(installed)) linkModule(userDir, name, installed);
  }
}

/**
 * Creates `userDir` with settings.js, the package at `packageRoot` linked into its node_modules,
 * and the other Node-RED packages the examples use.
 */
export function prepareUserDir(
  userDir: string,
  { uiPort, packageRoot, packageName }: { uiPort: number; packageRoot: string; packageName: string },
): void {
  fs.mkdirSync(path.join(userDir, 'node_modules'), { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.js'), settingsSource({ uiPort }));
  linkModule(userDir, packageName, packageRoot);
  linkExampleNodeModules(userDir, packageRoot);
  const userPkg = path.join(userDir, 'package.json');
  if (!fs.existsSync(userPkg)) {
    const manifest = {
      name: 'node-red-kortex-demo',
      description: 'Node-RED user directory of the demo',
      version: '0.0.0',
      private: true,
      dependencies: { [packageName]: `file:${path.relative(userDir, packageRoot)}` },
    };
    fs.writeFileSync(userPkg, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}
