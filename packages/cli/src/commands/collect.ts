import type { Command } from 'commander';
import { checkVerifierKeys } from '@agent-audit/core';
import { EXIT_OK, EXIT_USAGE, describeError, isPostgresUrl, safe, type CliIO } from '../io.js';
import { collectKey, onStopSignal, positiveInteger, verifierKeyFromEnv, wire } from '../layer.js';
import { importNats, isMissingModule } from '../optional.js';
import { runRegistered } from './query.js';

type CollectFlags = { key?: string[]; from?: string; to?: string; durable?: string; instance?: string; stream?: string; subjectPrefix?: string; replicas?: number; batch?: number; untilIdle?: boolean; json?: boolean };

/** Registers `agent-audit collect`: NATS JetStream into PostgreSQL, verifying each chain. */
export function registerCollect(program: Command, io: CliIO, state: { code: number }): void {
  wire(program.command('collect').description('consume NATS JetStream into PostgreSQL, verifying each chain'), io)
    .option('--from <servers>', 'NATS server(s): nats://host:4222[,nats://...] (required)')
    .option('--to <url>', 'PostgreSQL URL: postgres://... (required)')
    .option('--durable <name>', 'durable consumer name (default agent-audit-collector); restarts continue from it')
    .option('--instance <name>', "this collector's name (default the host name); its own events go to stream collector-<durable>-<instance>, so several collectors on one durable on one host each need their own")
    .option('--stream <name>', 'JetStream stream (default AUDIT)')
    .option('--subject-prefix <p>', 'subject prefix (default audit.events)')
    .option('--replicas <n>', 'replicas when the stream has to be created (default 1)', positiveInteger)
    .option('--batch <n>', 'messages per transaction (default 500)', positiveInteger)
    .option('--key <verifierKey>', "an agent's verifier key (public; name+<8 hex key ID>+<base64 key>, as verify --key takes it), pinned: a checkpoint no pinned key signed is refused and recorded; repeatable; default $AGENT_AUDIT_VERIFIER_KEY", collectKey)
    .option('--until-idle', 'exit once nothing is pending (one-shot import) instead of running until SIGINT/SIGTERM')
    .option('--json', 'print the final status as JSON')
    .addHelpText('after', `
Verifies each stream's chain as it arrives, writes idempotently, acknowledges after commit,
records chain breaks as events. With --key, a checkpoint whose signed note no pinned key verifies
never takes its (stream, size) place in PostgreSQL: it is recorded ("checkpoint refused: ...") and
the genuine one after it is stored. Without a key, checkpoints are stored unauthenticated (the
first to arrive is kept) and collect says so once on stderr.
Exit codes: 0 stopped cleanly; 2 usage, connection or setup error.`)
    .action(async (flags: CollectFlags) => {
      state.code = await collectAction(flags, io);
    });
}

/**
 * `agent-audit collect --from nats://... --to postgres://...`: runs the collector until SIGINT or
 * SIGTERM (or, with `--until-idle`, until nothing is pending).
 *
 * @example
 * ```ts
 * await collectCommand(['--from', 'nats://127.0.0.1:4222', '--to', 'postgres://127.0.0.1/audit', '--until-idle'], io);
 * ```
 */
export const collectCommand = (argv: string[], io: CliIO): Promise<number> => runRegistered(registerCollect, 'collect', argv, io);

async function collectAction(values: CollectFlags, io: CliIO): Promise<number> {
  const from = values.from;
  const to = values.to;
  const servers = from?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
  if (servers.length === 0 || !servers.every((s) => /^(nats|tls):\/\//i.test(s)) || !to || !isPostgresUrl(to)) {
    io.stderr.write(`agent-audit collect: --from nats://... and --to postgres://... are required (see agent-audit collect --help)\n`);
    return EXIT_USAGE;
  }
  const env = verifierKeyFromEnv(io.env);
  if (!values.key && env === '') {
    io.stderr.write(`agent-audit collect: AGENT_AUDIT_VERIFIER_KEY is set but empty (an unset secret?); set it to the verifier key, or unset it\n`);
    return EXIT_USAGE;
  }
  const verifierKeys = values.key ?? (env ? [env] : undefined);
  try {
    // A malformed or signer key is a usage error, never printed (checked before NATS is loaded).
    if (verifierKeys) checkVerifierKeys(verifierKeys);
  } catch (error) {
    io.stderr.write(`agent-audit collect: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
  const replicas = values.replicas ?? 1;
  const batchSize = values.batch ?? 500;

  let nats: typeof import('@agent-audit/nats');
  try {
    nats = await importNats();
  } catch (error) {
    if (!isMissingModule(error, '@agent-audit/nats')) throw error;
    io.stderr.write(
      'agent-audit collect: needs @agent-audit/nats, an optional peer dependency of the CLI that is not installed.\n' +
        `Install it next to the CLI (Node >= 22; this is Node ${process.versions.node}): npm install @agent-audit/nats\n`,
    );
    return EXIT_USAGE;
  }
  const { createCollector } = nats;
  const collector = createCollector({
    nats: { servers, ...(values.stream ? { stream: values.stream } : {}), ...(values.subjectPrefix ? { subjectPrefix: values.subjectPrefix } : {}), createStream: { replicas } },
    postgres: to,
    ...(values.durable ? { durable: values.durable } : {}),
    ...(values.instance ? { instance: values.instance } : {}),
    batchSize,
    ...(verifierKeys ? { verifierKeys } : {}),
    onError: (error) => io.stderr.write(`agent-audit collect: ${describeError(error)}\n`),
    onWarning: (message) => io.stderr.write(`agent-audit collect: warning: ${message}\n`),
  });
  try {
    await collector.start();
  } catch (error) {
    io.stderr.write(`agent-audit collect: ${describeError(error)}\n`);
    await collector.stop().catch(() => undefined);
    return EXIT_USAGE;
  }
  io.stderr.write(`agent-audit collect: consuming (durable ${values.durable ?? 'agent-audit-collector'})\n`);
  const printStatus = () => {
    const s = collector.status();
    io.stderr.write(`agent-audit collect: received ${s.received}, stored ${s.stored}, duplicates ${s.duplicates}, chain breaks ${s.chainBreaks}${s.waiting.length ? `, waiting on ${s.waiting.map((w) => safe`${w.stream}@${w.nextSeq}`).join(' ')}` : ''}\n`);
  };
  if (values.untilIdle) {
    try {
      await collector.idle({ timeoutMs: 24 * 3600_000 });
    } catch (error) {
      io.stderr.write(`agent-audit collect: ${describeError(error)}\n`);
    }
  } else {
    const timer = setInterval(printStatus, 10_000);
    timer.unref();
    let release = (): void => {};
    await new Promise<void>((resolve) => {
      release = onStopSignal('collect', io, resolve);
    });
    clearInterval(timer);
    // Still handled while the collector commits what it holds and stops.
    await collector.stop().finally(release);
  }
  if (values.untilIdle) await collector.stop();
  if (values.json) io.stdout.write(JSON.stringify(collector.status()) + '\n');
  else printStatus();
  return EXIT_OK;
}

