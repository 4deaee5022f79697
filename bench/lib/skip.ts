/** Thrown by a section whose prerequisites are missing: recorded as { "skipped": reason }. */
export class SkipError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'SkipError';
  }
}
