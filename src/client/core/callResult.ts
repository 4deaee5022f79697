/** What a call of any service resolves with: the decoded reply, and where and how it was answered. */
export interface CallResult<T> {
  payload: T;
  meta: CallMeta;
}

export interface CallMeta {
  robot: string;
  rpc: string;
  sessionId: number;
  durationMs: number;
}
