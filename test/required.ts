// Tests that need something outside the package (../shared vectors, a built CLI, a service) skip
// with a message on a developer machine and fail in CI, where a silent skip would hide them.
/** CI is any value of `CI` but empty, `false` or `0` (the convention of ci-info, which most CI services follow by setting `CI=true`). */
export const inCI = process.env.CI !== undefined && !['', 'false', '0'].includes(process.env.CI.toLowerCase());

/** `available`, after failing in CI (or warning elsewhere) when it is false. */
export function required(available: boolean, what: string, hint: string): boolean {
  if (!available) {
    const message = `${what} is missing (${hint})`;
    if (inCI) throw new Error(`${message}; CI requires it, so these tests may not be skipped`);
    console.warn(`skipping tests: ${message}; in CI they are required`);
  }
  return available;
}
