// The NATS client (@nats-io/transport-node, @nats-io/jetstream) as packages/nats resolves it:
// the forgery tests publish and inspect streams with the same client the collector uses.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const fromNats = createRequire(new URL('../../packages/nats/package.json', import.meta.url));
export const { connect } = (await import(pathToFileURL(fromNats.resolve('@nats-io/transport-node')).href)) as typeof import('@nats-io/transport-node');
export const { jetstream, jetstreamManager } = (await import(pathToFileURL(fromNats.resolve('@nats-io/jetstream')).href)) as typeof import('@nats-io/jetstream');

/** Deletes a JetStream stream a test made (an absent one is no error): every forgery file's clean-up. */
export async function deleteStream(servers: string, stream: string): Promise<void> {
  const nc = await connect({ servers });
  try {
    await (await jetstreamManager(nc)).streams.delete(stream).catch(() => undefined);
  } finally {
    await nc.close();
  }
}
