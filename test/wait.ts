// Waiting for what a test needs (an event, a process, a file's content) instead of sleeping.
// The timeout is only a bound on failure: a passing test never waits for it.

/** Resolves with the first truthy value `probe` returns; rejects naming `what` after `timeoutMs`. */
export async function waitUntil<T>(probe: () => T | Promise<T>, what: string, timeoutMs = 30_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** Whether a process id is still running (signal 0 checks without signalling). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Resolves once the process has exited. */
export function waitForExit(pid: number, what = `process ${pid} to exit`, timeoutMs = 30_000): Promise<true> {
  return waitUntil(() => !isRunning(pid), what, timeoutMs);
}

/** Resolves as `promise` does; rejects naming `what` if it has not settled after `timeoutMs`. */
export function bounded<T>(promise: Promise<T>, what: string, timeoutMs = 30_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
