/**
 * Where the robot is and which transport reaches it. With 'auto', the transport is found by a
 * probe before the first connection (remembered per host, src/transport/auto.ts) and found again
 * after `redetectAfterFailures` failed connections in a row: the robot at this address may have
 * been replaced by one of the other generation.
 */
import { ROBOT_PORTS } from '../../protocol/ports';
import { detectTransport, forgetDetectedTransport } from '../../transport/auto';
import type { TransportChoice, TransportKind } from '../../transport/types';

export interface RobotEndpointOptions {
  host: string;
  transport: TransportChoice;
  /** 0 with 'auto' (the probe's winner decides). */
  port: number;
  namespace?: string;
  autoDetect?: { mqttPort?: number; tcpPort?: number; timeoutMs?: number };
  probeTimeoutMs: number;
  redetectAfterFailures: number;
}

export class RobotEndpoint {
  readonly host: string;
  readonly namespace: string | undefined;
  private kind: TransportChoice;
  private currentPort: number;
  private detected = false;
  private failuresInARow = 0;
  private labelText = '';
  private labelFor: TransportChoice | undefined;
  // Stryker disable next-line UnaryOperator: equivalent, the first read builds the label anyway: it was built for no transport yet
  private labelPort = -1;

  constructor(private readonly o: RobotEndpointOptions) {
    this.host = o.host;
    this.namespace = o.namespace;
    this.kind = o.transport;
    this.currentPort = o.port;
  }

  /** The transport in use; 'auto' until the probe has chosen one. */
  get transport(): TransportChoice {
    return this.kind;
  }

  get port(): number {
    return this.currentPort;
  }

  /** "host:port" (plus "/namespace"); just the host while 'auto' has not probed yet. */
  get label(): string {
    // Read for every reply's meta: built when the address changes, not on each read.
    // Stryker disable next-line LogicalOperator,EqualityOperator: equivalent, the transport and port change together, and a needless rebuild gives the same text
    if (this.labelFor !== this.kind || this.labelPort !== this.currentPort) {
      const where = this.kind === 'auto' ? this.host : `${this.host}:${this.currentPort}`;
      this.labelText = `${where}${this.namespace ? `/${this.namespace}` : ''}`;
      this.labelFor = this.kind;
      this.labelPort = this.currentPort;
    }
    return this.labelText;
  }

  /** 'auto' only: probes (or takes the remembered answer) and settles on a transport; returns what it chose. */
  async resolve(): Promise<TransportKind | undefined> {
    if (this.kind !== 'auto') return undefined;
    const probe = this.o.autoDetect ?? {};
    const mqttPort = probe.mqttPort ?? ROBOT_PORTS.mqtt;
    const tcpPort = probe.tcpPort ?? ROBOT_PORTS.tcp;
    const kind = await detectTransport(this.host, { mqttPort, tcpPort, timeoutMs: probe.timeoutMs ?? this.o.probeTimeoutMs });
    if (this.kind !== 'auto') return undefined;
    this.kind = kind;
    this.currentPort = kind === 'mqtt' ? mqttPort : tcpPort;
    this.detected = true;
    return kind;
  }

  /** The link came up. */
  connected(): void {
    this.failuresInARow = 0;
  }

  /** A connection attempt failed; true when that made the endpoint forget the probe's answer. */
  connectFailed(): boolean {
    if (!this.detected || ++this.failuresInARow < this.o.redetectAfterFailures) return false;
    forgetDetectedTransport(this.host);
    this.kind = 'auto';
    this.currentPort = 0;
    this.detected = false;
    this.failuresInARow = 0;
    return true;
  }
}
