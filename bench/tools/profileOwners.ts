/**
 * Who a V8 CPU profile's busy time belongs to (profileSummary.ts). Each sample goes to one owner:
 * V8's own states ((garbage collector), (program)), a socket write (the native writev and friends:
 * the syscall), Node's timer lists (self time in node:timers), else the nearest frame up the stack
 * that belongs to a package (so Node's stream code that MQTT.js calls counts as MQTT.js), else
 * Node core. The profiler's own work (the inspector session that stops it) is left out.
 */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileTree {
  byId: Map<number, ProfileNode>;
  parent: Map<number, number>;
  /** µs of samples whose leaf is the node. */
  selfUs: Map<number, number>;
  total: number;
  short(url: string): string;
}

export function profileTree(p: Profile): ProfileTree {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) selfUs.set(p.samples[i], (selfUs.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const short = (url: string): string =>
    url
      .replace(/^file:\/\//, '')
      .replace(/^.*\/node_modules\//, 'nm/')
      .replace(/^.*\/dist\//, 'dist/');
  return { byId, parent, selfUs, total, short };
}

const MQTT_PACKAGES = ['mqtt', 'mqtt-packet', 'bl', 'debug', 'ms', 'readable-stream', 'number-allocator', 'rfdc', 'lru-cache', 'split2'];
const SOCKET_WRITES = new Set(['writev', 'writeBuffer', 'writeUtf8String', 'writeLatin1String', 'writeAsciiString']);

/** The owner of a frame by its (shortened) url, or undefined for Node core and natives. */
function packageOwner(url: string): string | undefined {
  if (url.startsWith('dist/src/protocol/') || url.startsWith('nm/protobufjs/') || url.startsWith('nm/@protobufjs/'))
    return 'protobuf encode/decode (src/protocol, protobufjs)';
  if (url.startsWith('dist/src/') || url.startsWith('dist/nodes/')) return 'our code (src/, nodes/)';
  if (url.startsWith('dist/bench/')) return 'the bench in the process (event-loop-delay sampler, sink)';
  const pkg = /^nm\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
  if (!pkg) return undefined;
  if (MQTT_PACKAGES.includes(pkg)) return 'MQTT client (mqtt, mqtt-packet and their dependencies)';
  if (pkg === 'node-red' || pkg.startsWith('@node-red/')) return 'Node-RED runtime';
  return `other package (${pkg})`;
}

export interface OwnerShares {
  wallUs: number;
  busyUs: number;
  excludedUs: number;
  owners: Map<string, number>;
  /** Busy time owned by our code (src/, nodes/), by file. */
  oursByFile: Map<string, number>;
  /** Self time of our code's and src/protocol's functions. */
  oursSelfByFunction: Map<string, number>;
}

export function ownerShares(p: Profile): OwnerShares {
  const { byId, parent, selfUs, total, short } = profileTree(p);
  const owners = new Map<string, number>();
  const oursByFile = new Map<string, number>();
  const oursSelfByFunction = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, us: number): void => {
    m.set(k, (m.get(k) ?? 0) + us);
  };
  let idle = 0;
  let excluded = 0;
  for (const [id, us] of selfUs) {
    const leaf = byId.get(id);
    if (!leaf) continue;
    const name = leaf.callFrame.functionName;
    const leafUrl = short(leaf.callFrame.url);
    if (name === '(idle)') {
      idle += us;
      continue;
    }
    const stack: ProfileNode[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) stack.push(byId.get(cur) as ProfileNode);
    if (stack.some((n) => n.callFrame.url === 'node:inspector' || n.callFrame.functionName === 'profiled')) {
      excluded += us;
      continue;
    }
    if (leafUrl.startsWith('dist/src/') || leafUrl.startsWith('dist/nodes/'))
      add(oursSelfByFunction, `${name || '(anon)'} ${leafUrl}:${leaf.callFrame.lineNumber + 1}`, us);
    if (name === '(garbage collector)') add(owners, 'GC (garbage collector)', us);
    else if (name === '(program)') add(owners, '(program): V8 and Node native work outside JavaScript', us);
    else if (!leafUrl && SOCKET_WRITES.has(name)) add(owners, 'socket writes (the write syscalls)', us);
    else if (leafUrl === 'node:timers' || leafUrl === 'node:internal/timers') add(owners, "timers (Node's timer lists)", us);
    else {
      const owning = stack.find((n) => packageOwner(short(n.callFrame.url)) !== undefined);
      const owner = owning ? (packageOwner(short(owning.callFrame.url)) as string) : 'Node core (streams, events, nextTick, sockets)';
      add(owners, owner, us);
      if (owning && owner.startsWith('our code')) add(oursByFile, short(owning.callFrame.url), us);
    }
  }
  return { wallUs: total, busyUs: total - idle - excluded, excludedUs: excluded, owners, oursByFile, oursSelfByFunction };
}
