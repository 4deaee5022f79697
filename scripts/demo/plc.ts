/**
 * The demo's PLC stand-in for the two PLC examples ("Robot session to a PLC over Modbus TCP", "Robot
 * job handshake with a PLC over Modbus TCP"; their registers do not overlap): a Modbus TCP
 * server (scripts/lib/plcStandIn.ts) in the demo's process, closed with it, on PLC_PORT (default
 * 5020: the standard 502 needs root; any free port when taken). Without modbus-serial (an install
 * without devDependencies) the demo runs without it.
 */
import { freePort } from '../../src/util/freePort';
import { envPort, portFree } from './ports';
import type { PlcStandIn } from '../lib/plcStandIn';

const DEMO_PLC_PORT = 5020;

export async function startDemoPlc(host: string): Promise<PlcStandIn | { unavailable: string }> {
  const wanted = envPort('PLC_PORT', DEMO_PLC_PORT);
  const port = wanted !== 0 && (await portFree(wanted, host)) ? wanted : await freePort(host);
  try {
    const { startPlcStandIn } = await import('../lib/plcStandIn');
    return await startPlcStandIn({ host, port });
  } catch (err) {
    return { unavailable: (err as Error).message.split('\n')[0] };
  }
}
