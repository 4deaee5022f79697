/**
 * Kortex 2 TCP stream framing (docs/protocol.md, "Kortex 2: TCP on port 10000"): 8-byte magic, 4-byte big-endian length N, N bytes of
 * serialized Frame. The splitter survives any chunking and resynchronises on the next magic after
 * garbage, without losing the good frame that follows. A frame over the length limit is never
 * buffered: it is skipped unread when its first bytes name it, dropped as garbage otherwise.
 */
import { NEED_MORE_BYTES, frameHeaderAhead } from './frame';
import type { RawHeader } from './header';

export const TCP_MAGIC = Buffer.from([0x07, 0x78, 0x45, 0x74, 0x52, 0x6f, 0x4b, 0x07]);
export const TCP_PREFIX_LENGTH = 12;
/** The vendor's C++ TCP transport limit (kMaxBufferSize). */
const DEFAULT_MAX_FRAME_LENGTH = 16 * 1024 * 1024;

/** Writes the 12-byte prefix for a frame of `frameLength` bytes into `buf` at `at` (default 0). */
export function writeTcpPrefix(buf: Buffer, frameLength: number, at = 0): void {
  TCP_MAGIC.copy(buf, at);
  buf.writeUInt32BE(frameLength, at + 8);
}

/** Prefix + frame in one buffer (the vendor's clients read the prefix with a single recv). */
export function wrapTcpFrame(frame: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(TCP_PREFIX_LENGTH + frame.length);
  writeTcpPrefix(out, frame.length);
  out.set(frame, TCP_PREFIX_LENGTH);
  return out;
}

export type SplitterProblem =
  | { kind: 'garbage'; bytes: number }
  /**
   * A length field over the limit. With `header`, the frame was recognised by its first bytes and
   * its `length` bytes are skipped unread; without, its magic was dropped as garbage.
   */
  | { kind: 'oversize'; length: number; limit: number; header?: RawHeader };

export interface TcpFrameSplitterOptions {
  maxFrameLength?: number;
  /** Each frame as a copy the consumer may keep. */
  onFrame?: (frame: Buffer) => void;
  /**
   * Instead of onFrame: each frame as its place in the received bytes, for a consumer that is done
   * with it when the call returns; saves a copy (and even a view) per frame.
   */
  onFrameIn?: (bytes: Buffer, start: number, end: number) => void;
  /** Called for skipped bytes and rejected length fields; the stream then resynchronises. */
  onProblem?: (problem: SplitterProblem) => void;
}

export class TcpFrameSplitter {
  private buffer: Buffer = Buffer.alloc(0);
  /**
   * Chunks that arrived while a frame of known length was incomplete. They are joined only once
   * the whole frame is there: joining on every chunk would copy a 16 MB frame sent in 64 KB pieces
   * 256 times (seconds of CPU; minutes when a hostile peer dribbles small pieces).
   */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes `buffer` must reach before parsing is worth trying again (0: try on every chunk). */
  private needed = 0;
  /** Bytes of an oversized frame still to come, to be dropped as they arrive. */
  private skipping = 0;
  private readonly maxFrameLength: number;
  private readonly onFrameIn: (bytes: Buffer, start: number, end: number) => void;
  private readonly onProblem: (problem: SplitterProblem) => void;

  constructor(options: TcpFrameSplitterOptions) {
    this.maxFrameLength = options.maxFrameLength ?? DEFAULT_MAX_FRAME_LENGTH;
    const { onFrame, onFrameIn } = options;
    if (onFrameIn) this.onFrameIn = onFrameIn;
    else if (onFrame) this.onFrameIn = (bytes, start, end) => onFrame(Buffer.from(bytes.subarray(start, end)));
    else throw new TypeError('TcpFrameSplitter needs onFrame or onFrameIn');
    this.onProblem = options.onProblem ?? (() => undefined);
  }

  /** Bytes held while waiting for the rest of a frame. */
  get bufferedBytes(): number {
    return this.buffer.length + this.pendingBytes;
  }

  reset(): void {
    this.buffer = Buffer.alloc(0);
    this.pending = [];
    this.pendingBytes = 0;
    this.needed = 0;
    this.skipping = 0;
  }

  push(chunk: Buffer): void {
    if (this.skipping > 0) {
      if (chunk.length <= this.skipping) {
        this.skipping -= chunk.length;
        return;
      }
      chunk = chunk.subarray(this.skipping);
      this.skipping = 0;
    }
    if (this.needed > 0 && this.buffer.length + this.pendingBytes + chunk.length < this.needed) {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      return;
    }
    const buf = this.buffer.length === 0 && this.pendingBytes === 0 ? chunk : Buffer.concat([this.buffer, ...this.pending, chunk]);
    this.pending = [];
    this.pendingBytes = 0;
    this.needed = 0;
    let pos = 0;
    for (;;) {
      const available = buf.length - pos;
      if (available < TCP_PREFIX_LENGTH) {
        // Keep at most what could still be the start of a prefix; drop the rest as garbage.
        const keepFrom = this.resyncKeepFrom(buf, pos);
        if (keepFrom > pos) this.onProblem({ kind: 'garbage', bytes: keepFrom - pos });
        pos = keepFrom;
        break;
      }
      if (!hasMagicAt(buf, pos)) {
        const next = indexOfMagic(buf, pos + 1);
        // Stryker disable next-line ArithmeticOperator: equivalent, a whole prefix is left here: the search starts in the last 11 bytes either way
        const skipTo = next >= 0 ? next : this.resyncKeepFrom(buf, pos + 1);
        this.onProblem({ kind: 'garbage', bytes: skipTo - pos });
        pos = skipTo;
        continue;
      }
      const length = buf.readUInt32BE(pos + 8);
      if (length > this.maxFrameLength) {
        // Never allocate for a hostile length. A frame that names itself in its first bytes is
        // skipped whole, so its owner can be told and the next frame is read as usual.
        const header = frameHeaderAhead(buf, pos + TCP_PREFIX_LENGTH, buf.length, length);
        if (header === NEED_MORE_BYTES) break; // a few dozen bytes at most (frameHeaderAhead)
        if (header) {
          this.onProblem({ kind: 'oversize', length, limit: this.maxFrameLength, header });
          const frameEnd = pos + TCP_PREFIX_LENGTH + length;
          if (frameEnd <= buf.length) {
            pos = frameEnd;
            continue;
          }
          this.skipping = frameEnd - buf.length;
          pos = buf.length;
          break;
        }
        // Not a frame's start: drop this magic and look for the next one.
        this.onProblem({ kind: 'oversize', length, limit: this.maxFrameLength });
        pos += 1;
        continue;
      }
      if (available < TCP_PREFIX_LENGTH + length) {
        this.needed = TCP_PREFIX_LENGTH + length;
        break;
      }
      const start = pos + TCP_PREFIX_LENGTH;
      pos = start + length;
      this.onFrameIn(buf, start, pos);
    }
    this.buffer = pos >= buf.length ? Buffer.alloc(0) : Buffer.from(buf.subarray(pos));
  }

  /**
   * First index at or after `from` where the tail could still become a prefix (a partial magic, or
   * a whole magic whose length field is incomplete). Callers only ask when no whole prefix with a
   * later start exists, so looking at the last 11 bytes is enough.
   */
  private resyncKeepFrom(buf: Buffer, from: number): number {
    for (let i = Math.max(from, buf.length - (TCP_PREFIX_LENGTH - 1)); i < buf.length; i++) {
      if (isMagicPrefix(buf, i)) return i;
    }
    return buf.length;
  }
}

function hasMagicAt(buf: Buffer, pos: number): boolean {
  for (let i = 0; i < TCP_MAGIC.length; i++) if (buf[pos + i] !== TCP_MAGIC[i]) return false;
  return true;
}

/** True when buf[pos..] is a (possibly partial) prefix of the magic running to the end of buf. */
function isMagicPrefix(buf: Buffer, pos: number): boolean {
  const n = Math.min(TCP_MAGIC.length, buf.length - pos);
  for (let i = 0; i < n; i++) if (buf[pos + i] !== TCP_MAGIC[i]) return false;
  return true;
}

function indexOfMagic(buf: Buffer, from: number): number {
  return buf.indexOf(TCP_MAGIC, from);
}
