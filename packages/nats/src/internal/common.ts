import { AuditError } from '@agent-audit/core';
import { connect, type NatsConnection, type NodeConnectionOptions } from '@nats-io/transport-node';
import { jetstreamManager, RetentionPolicy, StorageType, type JetStreamManager } from '@nats-io/jetstream';

/**
 * A NATS or JetStream operation failed. `retryable` tells `retrying()` whether to try again.
 *
 * @example
 * ```ts
 * createCollector({ ..., onError: (e) => { if (e instanceof NatsError) metrics.natsErrors++ } });
 * ```
 */
export class NatsError extends AuditError {
  readonly retryable: boolean;
  constructor(options: { message: string; cause?: unknown; code?: string; retryable?: boolean }) {
    super({ code: options.code ?? 'nats_error', message: options.message, cause: options.cause });
    this.name = 'NatsError';
    this.retryable = options.retryable ?? true;
  }
}

/** Where the JetStream stream lives and how it is created when missing. */
export interface NatsTarget {
  /** Server URL(s), e.g. `nats://127.0.0.1:4222`. Default that. */
  servers?: string | string[];
  /** An existing connection (the caller owns and closes it). */
  connection?: NatsConnection;
  /** Extra connection options (credentials, TLS). Never logged. */
  connectOptions?: Partial<NodeConnectionOptions>;
  /** JetStream stream name. */
  stream?: string;
  /** Subjects are `<subjectPrefix>.<encoded audit stream>`. */
  subjectPrefix?: string;
}

/** How {@link ensureStream} creates the JetStream stream when it does not exist. */
export interface StreamConfigOptions {
  /** Replicas (3 on a cluster for no loss when a node dies). */
  replicas?: number;
  /** Window in which JetStream drops a repeated `Nats-Msg-Id`. */
  duplicateWindowMs?: number;
  /** Maximum age of messages (0: keep until consumed by policy). */
  maxAgeMs?: number;
}

export const DEFAULT_STREAM = 'AUDIT';
export const DEFAULT_PREFIX = 'audit.events';

/**
 * Subject token of signed checkpoints. `subjectToken()` only emits `~` followed by two hex
 * digits, so no audit stream name maps to this token.
 */
export const CHECKPOINT_TOKEN = '~checkpoints';

/**
 * NATS subject token for an audit stream name: characters outside [A-Za-z0-9_-] are escaped as `~hh`.
 *
 * @example
 * ```ts
 * subjectToken('claims.bot'); // 'claims~2ebot' -> subject audit.events.claims~2ebot
 * ```
 */
export function subjectToken(stream: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(stream)) return stream; // nothing to escape (every message of the collector asks)
  return Array.from(Buffer.from(stream, 'utf8'))
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9_-]/.test(char) ? char : `~${byte.toString(16).padStart(2, '0')}`;
    })
    .join('');
}

export async function openConnection(target: NatsTarget, name: string): Promise<{ nc: NatsConnection; owned: boolean }> {
  if (target.connection) return { nc: target.connection, owned: false };
  try {
    const nc = await connect({
      servers: target.servers ?? 'nats://127.0.0.1:4222',
      name,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      ...target.connectOptions,
    });
    return { nc, owned: true };
  } catch (error) {
    throw new NatsError({ code: 'nats_unreachable', message: `cannot connect to NATS: ${(error as Error).message}`, cause: error });
  }
}

/** Creates the JetStream stream if it is missing (file storage, limits retention). */
export async function ensureStream(jsm: JetStreamManager, name: string, prefix: string, options: StreamConfigOptions = {}): Promise<void> {
  try {
    await jsm.streams.info(name);
    return;
  } catch (error) {
    if (!/not found/i.test((error as Error).message)) throw error;
  }
  const nanos = (ms: number) => ms * 1_000_000;
  try {
    await jsm.streams.add({
      name,
      subjects: [`${prefix}.>`],
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      num_replicas: options.replicas ?? 1,
      duplicate_window: nanos(options.duplicateWindowMs ?? 3_600_000),
      max_age: nanos(options.maxAgeMs ?? 0),
    });
  } catch (error) {
    // Another process created it in between.
    if (!/already in use|exists/i.test((error as Error).message)) throw error;
  }
}

export { jetstreamManager };
