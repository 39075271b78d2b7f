/**
 * Calls a handler the host gave us (`onError`, `onRetry`, a monitor's `onError`) so that nothing it
 * does reaches our caller: a throw is swallowed, and so is the rejection of a promise it returns.
 * An async handler is the common case (`onError: (error) => alerting.notify(error)` with an async
 * `notify`), and since Node 15 an unhandled rejection ends the process
 * (`--unhandled-rejections=throw`, the default): the audit library would crash the agent it watches
 * because the host's pager was down (found by a probe of 2026-12-06).
 */
export function callHostHandler<A extends unknown[]>(handler: ((...args: A) => unknown) | undefined, ...args: A): void {
  if (handler === undefined) return;
  try {
    const result = handler(...args);
    if (result !== null && (typeof result === 'object' || typeof result === 'function') && typeof (result as { then?: unknown }).then === 'function') {
      (result as PromiseLike<unknown>).then(undefined, () => {});
    }
  } catch {
    // The host's handler must not break the pipeline.
  }
}
