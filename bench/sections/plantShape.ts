/**
 * The plant as its two sections see it: its options, its cells and the running plant that plant.ts
 * builds and plantFailures.ts breaks (here, so neither section imports the other's types).
 */
import type { ChildHandle } from '../lib/child';
import type { BrokerWatch } from '../lib/brokerWatch';
import type { MosquittoBroker } from '../../scripts/lib/mosquitto';
import type { TcpProxy } from '../../scripts/lib/tcpProxy';
import type { TableWant, WaitResult } from '../children/plantNodeRed';

export interface PlantOptions {
  cells: number;
  robotsPerCell: number;
  /** How long one cell is cut from the broker (s). */
  cutSeconds: number;
  /** k2: robots over TCP (not on the broker); k3: robots on the plant broker too. */
  generation: 'k2' | 'k3';
  /** Steady-state measurement window (ms). */
  measureMs: number;
}

export interface PlantCell {
  readonly name: string;
  readonly robots: Array<{ port: number; namespace?: string }>;
  /** The overview's name for each robot (its `robot` topic level). */
  readonly robotNames: string[];
  readonly fleet: ChildHandle;
  red: ChildHandle | undefined;
  /** This cell reaches the broker through the proxy (the one the section cuts). */
  readonly viaProxy: boolean;
}

export interface Plant {
  readonly o: PlantOptions;
  readonly broker: MosquittoBroker;
  readonly proxy: TcpProxy;
  readonly watch: BrokerWatch;
  readonly cells: PlantCell[];
  readonly total: number;
  /** The cell broker node's MQTT keep-alive in the example (s). */
  readonly keepaliveS: number;
  overview: ChildHandle | undefined;
  startCell(cell: PlantCell): Promise<ChildHandle>;
  startOverview(): Promise<ChildHandle>;
  waitTable(red: ChildHandle, want: TableWant, timeoutMs: number): Promise<WaitResult>;
}
