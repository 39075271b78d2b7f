/** `@agent-audit/nats` (Node >= 22): an optional peer dependency, needed only by `collect` and `watch nats://…`. */
export const importNats = (): Promise<typeof import('@agent-audit/nats')> => import('@agent-audit/nats');

/** The module itself cannot be found (not a failure inside it). */
export function isMissingModule(error: unknown, specifier: string): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && message.includes(specifier);
}
