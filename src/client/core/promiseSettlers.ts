/**
 * A Promise's settlers without a closure per call, for the session client's hot path: the executor
 * runs synchronously inside `new Promise`, so it can hand them over through two module variables,
 * which the caller takes at once. (On the hot path every object per call is garbage the process
 * must collect: bench/README.md, "Garbage per call".)
 *
 *   const promise = new Promise<T>(captureSettlers);
 *   start(takeResolve<T>(), takeReject());
 */
let capturedResolve: ((value: never) => void) | undefined;
let capturedReject: ((err: Error) => void) | undefined;

export function captureSettlers(resolve: (value: never) => void, reject: (err: Error) => void): void {
  capturedResolve = resolve;
  capturedReject = reject;
}

export function takeResolve<T>(): (value: T) => void {
  const resolve = capturedResolve as (value: T) => void;
  capturedResolve = undefined;
  return resolve;
}

export function takeReject(): (err: Error) => void {
  const reject = capturedReject as (err: Error) => void;
  capturedReject = undefined;
  return reject;
}
