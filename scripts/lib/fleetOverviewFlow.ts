/**
 * The "Fleet overview over MQTT" example set up the way a user sets it up in one cell: name the
 * cell (every `cell1`), point the broker nodes at the plant broker, and copy "robot 1 events" and
 * its configuration once per robot. Shared by its end-to-end test and the bench's plant section.
 */
import fs from 'node:fs';
import path from 'node:path';

// From dist/scripts/lib (built) or scripts/lib (run from source by the tests).
const EXAMPLE =
  [path.join(__dirname, '..', '..', '..'), path.join(__dirname, '..', '..')]
    .map((root) => path.join(root, 'examples', 'flows', 'fleet-overview-over-mqtt.json'))
    .find((file) => fs.existsSync(file)) ?? 'examples/flows/fleet-overview-over-mqtt.json';
const OVERVIEW_TAB = 'Fleet overview over MQTT';
const CELL_TAB = 'Fleet cell: publish robot events';

export type FlowNode = Record<string, unknown> & { id: string; type: string; z?: string };

export interface FleetFlowOptions {
  cell: string;
  /** Keep the overview tab (and its broker node). */
  overview: boolean;
  /**
   * The robots this cell watches, on 127.0.0.1: Kortex 2 over TCP at `port`, or Kortex 3 over MQTT
   * when a `namespace` is given (`port` is then its broker's). None drops the cell tab.
   */
  robots: Array<{ port: number; namespace?: string }>;
  /** Keep the cell tab even without robots (default: only with robots). */
  cellTab?: boolean;
  brokerPort: number;
  /** Where the cell broker node connects, when not `brokerPort` (e.g. a proxy that can cut the link). */
  cellBrokerPort?: number;
  /** The robots' password (a credential, set inline as the admin API takes it). */
  password: string;
}

function exampleNodes(cell: string): FlowNode[] {
  return JSON.parse(fs.readFileSync(EXAMPLE, 'utf8').replaceAll('cell1', cell)) as FlowNode[];
}

export function fleetFlow(o: FleetFlowOptions): FlowNode[] {
  const nodes = exampleNodes(o.cell);
  const overviewTab = nodes.find((n) => n.type === 'tab' && n.label === OVERVIEW_TAB);
  const cellTab = nodes.find((n) => n.type === 'tab' && n.label === CELL_TAB);
  const eventsTemplate = nodes.find((n) => n.type === 'kortex-session-events' && n.name === 'robot 1 events');
  const configTemplate = nodes.find((n) => n.id === eventsTemplate?.session);
  const cellBroker = nodes.find((n) => n.type === 'mqtt-broker' && n.name === 'cell broker');
  const overviewBroker = nodes.find((n) => n.type === 'mqtt-broker' && n.name === 'overview broker');
  if (!overviewTab || !cellTab || !eventsTemplate || !configTemplate || !cellBroker || !overviewBroker) {
    throw new Error(`${EXAMPLE}: expected an overview tab, a cell tab, "robot 1 events" with its configuration, and both broker nodes`);
  }
  const withCell = o.cellTab ?? o.robots.length > 0;
  const kept = nodes
    .filter((n) => {
      if (n.type === 'kortex-session' || n.type === 'kortex-session-events') return false;
      if (!o.overview && (n.id === overviewTab.id || n.z === overviewTab.id || n.id === overviewBroker.id)) return false;
      if (!withCell && (n.id === cellTab.id || n.z === cellTab.id || n.id === cellBroker.id)) return false;
      return true;
    })
    .map((n) => {
      if (n.id === cellBroker.id) return { ...n, broker: '127.0.0.1', port: String(o.cellBrokerPort ?? o.brokerPort) };
      if (n.id === overviewBroker.id) return { ...n, broker: '127.0.0.1', port: String(o.brokerPort) };
      return n;
    });
  o.robots.forEach((robot, k) => {
    const configId = `${o.cell}-robot-${k}`;
    const where =
      robot.namespace === undefined
        ? { transport: 'tcp', port: String(robot.port) }
        : { transport: 'mqtt', port: String(robot.port), namespace: robot.namespace };
    kept.push({ ...configTemplate, id: configId, name: `robot ${k}`, ...where, credentials: { password: o.password } });
    kept.push({ ...eventsTemplate, id: `${o.cell}-events-${k}`, name: `robot ${k} events`, session: configId, y: 100 + 40 * k });
  });
  return kept;
}

/** How the overview names a robot (the `robot` topic level): its address with '/', '+', '#' made '_'. */
export function robotTopicName(robot: { port: number; namespace?: string }): string {
  return `127.0.0.1:${robot.port}${robot.namespace === undefined ? '' : `/${robot.namespace}`}`.replace(/[/+#]/g, '_');
}
