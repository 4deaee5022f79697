/** decode: ConnectionList payload → canonical JSON (what every GetConnections reply costs). */
import { performance } from 'node:perf_hooks';
import { SessionRpcs } from '../../src/protocol/session/rpcs';
import { connectionListPayload } from '../lib/fixtures';
import { round } from '../lib/stats';

export function decode(o: { sizes: number[]; durationMs: number }): Record<string, unknown> {
  const results: Record<string, unknown>[] = [];
  for (const n of o.sizes) {
    const bytes = connectionListPayload(n);
    // Check the payload round-trips before timing it.
    const check = SessionRpcs.getConnections.decodeResponse(bytes);
    if (check.userConnections.length !== n) throw new Error(`decoded ${check.userConnections.length} of ${n} connections`);
    const warmEnd = performance.now() + Math.min(200, o.durationMs / 2);
    while (performance.now() < warmEnd) SessionRpcs.getConnections.decodeResponse(bytes);
    let count = 0;
    const t0 = performance.now();
    let t1 = t0;
    const end = t0 + o.durationMs;
    while (t1 < end) {
      for (let i = 0; i < 16; i++) SessionRpcs.getConnections.decodeResponse(bytes);
      count += 16;
      t1 = performance.now();
    }
    const seconds = (t1 - t0) / 1000;
    const perDecodeUs = (seconds * 1e6) / count;
    results.push({
      connections: n,
      payloadBytes: bytes.length,
      decodesPerSec: Math.round(count / seconds),
      usPerDecode: round(perDecodeUs, 2),
      usPerConnection: round(perDecodeUs / (2 * n), 3),
    });
  }
  const first = results[0] as { usPerConnection: number };
  const last = results[results.length - 1] as { usPerConnection: number };
  return {
    what: 'SessionRpcs.getConnections.decodeResponse on a K3 ConnectionList with n user connections (plus the legacy `connection` copy, as the simulator sends: 2n entries)',
    results,
    growth: `${round(last.usPerConnection / first.usPerConnection, 2)}× cost per entry from ${(results[0] as { connections: number }).connections} to ${(results[results.length - 1] as { connections: number }).connections} connections (1.0 = linear)`,
  };
}
