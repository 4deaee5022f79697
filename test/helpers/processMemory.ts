/**
 * Resident memory of a child process, read from Linux /proc by its parent: VmRSS now, VmHWM the
 * kernel's high-water mark since start (or since resetPeakRss). Read from outside, so neither a
 * blocked event loop nor a crash in the child hides a peak.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';

/** True where /proc/<pid>/status has the figures (Linux). */
export const procMemoryAvailable = fs.existsSync('/proc/self/status') && /VmHWM/.test(fs.readFileSync('/proc/self/status', 'utf8'));

function statusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined; // exited
  }
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
  return kb === undefined ? undefined : Number(kb) * 1024;
}

export function rssBytes(pid: number): number | undefined {
  return statusBytes(pid, 'VmRSS');
}

/** Starts a new high-water mark at the current RSS (clear_refs 5); false where the kernel refuses. */
function resetPeakRss(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export interface PeakRssWatch {
  /** The highest VmHWM read so far, in bytes. */
  peak(): number;
  /**
   * Starts over from the current RSS (the kernel's mark too). False where the kernel refuses:
   * the mark then still dates from the child's start, and peak() can only overstate.
   */
  restart(): boolean;
  /** Set when the child was killed for passing the ceiling. */
  killedAt(): number | undefined;
  stop(): void;
}

/**
 * Reads the child's VmHWM every `intervalMs` and keeps the highest; past `killAboveBytes` it kills
 * the child (SIGKILL), so a runaway under test cannot take the machine with it. Stops by itself
 * when the child exits.
 */
export function watchPeakRss(child: ChildProcess, killAboveBytes: number, intervalMs = 20): PeakRssWatch {
  const pid = child.pid;
  if (pid === undefined) throw new Error('the child has no pid (not spawned)');
  let peak = 0;
  let killedAt: number | undefined;
  const read = (): void => {
    const hwm = statusBytes(pid, 'VmHWM');
    if (hwm === undefined) return;
    peak = Math.max(peak, hwm);
    if (peak > killAboveBytes && killedAt === undefined) {
      killedAt = peak;
      child.kill('SIGKILL');
    }
  };
  const timer = setInterval(read, intervalMs);
  const stop = (): void => clearInterval(timer);
  child.once('exit', stop);
  read();
  return {
    peak: () => {
      read();
      return peak;
    },
    restart: () => {
      const reset = resetPeakRss(pid);
      peak = rssBytes(pid) ?? 0;
      if (!reset) read();
      return reset;
    },
    killedAt: () => killedAt,
    stop,
  };
}
