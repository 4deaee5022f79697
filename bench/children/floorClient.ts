/**
 * The floor's client in its own process. Not in the bench process: a phase of its traffic there
 * changed how V8 collects garbage for our client's next slice (about 40 % fewer msgs/s after it,
 * the same after another client's traffic or a 700 ms busy loop; see bench/README.md), so the
 * interleaving measured that history instead of either client. Two processes, one robot.
 */
import { runChild } from '../lib/child';
import { FloorClient } from '../lib/floorClient';

export interface FloorClientArgs {
  port: number;
  /** One GetConnections request, hex. */
  requestHex: string;
  replyLength: number;
}

runChild<FloorClientArgs>(async (arg) => {
  const client = new FloorClient(Buffer.from(arg.requestHex, 'hex'), arg.replyLength);
  await client.connect(arg.port);
  return {
    ready: {},
    handlers: {
      rtt: (o: { warmupMs: number; durationMs: number }) => client.rtt(o),
      throughput: (o: { window: number; warmupMs: number; durationMs: number; oneWritePerRequest?: boolean }) => client.throughput(o),
    },
    stop: () => client.close(),
  };
});
