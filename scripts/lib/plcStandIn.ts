/**
 * A PLC stand-in: a Modbus TCP server (modbus-serial's ServerTCP, a devDependency) holding coils and
 * holding registers in memory, for the demo's PLC examples ("Robot session to a PLC over Modbus TCP"
 * and "Robot job handshake with a PLC over Modbus TCP", whose registers do not overlap) and the tests
 * that play the PLC program. It answers every unit id. Test and demo only (docs/plc.md).
 */
import { ServerTCP } from 'modbus-serial';

export interface PlcStandIn {
  host: string;
  port: number;
  /** The PLC's memory: what Node-RED reads (coils) and writes (holding registers). */
  readonly coils: boolean[];
  readonly holding: number[];
  close(): Promise<void>;
}

export interface PlcStandInOptions {
  host: string;
  port: number;
  /** Addresses 0 to size-1 exist; reads beyond read 0, writes beyond are ignored. Default 32. */
  size?: number;
  /** Told after each write of holding registers (FC 6, or FC 16 as one write): the first address and the values. */
  onHoldingWrite?: (address: number, values: number[]) => void;
}

export async function startPlcStandIn({ host, port, size = 32, onHoldingWrite }: PlcStandInOptions): Promise<PlcStandIn> {
  const coils = new Array<boolean>(size).fill(false);
  const holding = new Array<number>(size).fill(0);
  const inside = (addr: number): boolean => Number.isInteger(addr) && addr >= 0 && addr < size;
  const server = new ServerTCP(
    {
      getCoil: (addr: number) => (inside(addr) ? coils[addr] : false),
      getDiscreteInput: () => false,
      getInputRegister: () => 0,
      getHoldingRegister: (addr: number) => (inside(addr) ? holding[addr] : 0),
      setCoil: (addr: number, value: boolean) => {
        if (inside(addr)) coils[addr] = value;
      },
      setRegister: (addr: number, value: number) => {
        if (inside(addr)) holding[addr] = value;
        onHoldingWrite?.(addr, [value]);
      },
      // FC 16 in one piece, so an observer never sees half a write.
      setRegisterArray: (addr: number, values: number[]) => {
        values.forEach((value, i) => {
          if (inside(addr + i)) holding[addr + i] = value;
        });
        onHoldingWrite?.(addr, values);
      },
    },
    { host, port },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('initialized', () => resolve());
    server.once('serverError', (err) => reject(err ?? new Error(`the PLC stand-in cannot listen on ${host}:${port}`)));
  });
  // A client that drops its socket is no reason to stop serving the others.
  server.on('socketError', () => undefined);
  server.on('error', () => undefined);
  let closed: Promise<void> | undefined;
  return {
    host,
    port,
    coils,
    holding,
    close: () => (closed ??= new Promise<void>((resolve) => server.close(() => resolve()))),
  };
}
