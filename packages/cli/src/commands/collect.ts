import { parseArgs } from 'node:util';
import { EXIT_OK, EXIT_USAGE, describeError, isPostgresUrl, type CliIO } from '../io.js';

const USAGE = `usage: agent-audit collect --from nats://host:4222[,nats://...] --to postgres://... [options]
  consumes audit events from NATS JetStream into PostgreSQL: verifies each stream's chain as it
  arrives, writes idempotently, acknowledges after commit, records chain breaks as events.
  --durable <name>         durable consumer name (default agent-audit-collector); restarts continue from it
  --stream <name>          JetStream stream (default AUDIT)
  --subject-prefix <p>     subject prefix (default audit.events)
  --replicas <n>           replicas when the stream has to be created (default 1)
  --batch <n>              messages per transaction (default 500)
  --until-idle             exit once nothing is pending (one-shot import) instead of running until SIGINT/SIGTERM
  --json                   print the final status as JSON
  exit 0: stopped cleanly; 2: usage, connection or setup error`;

/**
 * `agent-audit collect --from nats://... --to postgres://...`: runs the collector until SIGINT or
 * SIGTERM (or, with `--until-idle`, until nothing is pending).
 *
 * @example
 * ```ts
 * await collectCommand(['--from', 'nats://127.0.0.1:4222', '--to', 'postgres://127.0.0.1/audit', '--until-idle'], io);
 * ```
 */
export async function collectCommand(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        durable: { type: 'string' },
        stream: { type: 'string' },
        'subject-prefix': { type: 'string' },
        replicas: { type: 'string' },
        batch: { type: 'string' },
        'until-idle': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr.write(`${describeError(error)}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const { values } = parsed;
  if (values.help) {
    io.stdout.write(USAGE + '\n');
    return EXIT_OK;
  }
  const from = values.from;
  const to = values.to;
  const servers = from?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
  if (servers.length === 0 || !servers.every((s) => /^(nats|tls):\/\//i.test(s)) || !to || !isPostgresUrl(to)) {
    io.stderr.write(`agent-audit collect: --from nats://... and --to postgres://... are required\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const positive = (name: string, value: string | undefined, fallback: number): number | undefined => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < 1) {
      io.stderr.write(`agent-audit collect: --${name} must be a positive integer\n`);
      return undefined;
    }
    return n;
  };
  const replicas = positive('replicas', values.replicas, 1);
  const batchSize = positive('batch', values.batch, 500);
  if (replicas === undefined || batchSize === undefined) return EXIT_USAGE;

  const { createCollector } = await import('@agent-audit/nats');
  const collector = createCollector({
    nats: { servers, ...(values.stream ? { stream: values.stream } : {}), ...(values['subject-prefix'] ? { subjectPrefix: values['subject-prefix'] } : {}), createStream: { replicas } },
    postgres: to,
    ...(values.durable ? { durable: values.durable } : {}),
    batchSize,
    onError: (error) => io.stderr.write(`agent-audit collect: ${describeError(error)}\n`),
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
    io.stderr.write(`agent-audit collect: received ${s.received}, stored ${s.stored}, duplicates ${s.duplicates}, chain breaks ${s.chainBreaks}${s.waiting.length ? `, waiting on ${s.waiting.map((w) => `${w.stream}@${w.nextSeq}`).join(' ')}` : ''}\n`);
  };
  if (values['until-idle']) {
    try {
      await collector.idle({ timeoutMs: 24 * 3600_000 });
    } catch (error) {
      io.stderr.write(`agent-audit collect: ${describeError(error)}\n`);
    }
  } else {
    const timer = setInterval(printStatus, 10_000);
    timer.unref();
    await new Promise<void>((resolve) => {
      const done = () => {
        process.off('SIGINT', done);
        process.off('SIGTERM', done);
        resolve();
      };
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    clearInterval(timer);
  }
  await collector.stop();
  if (values.json) io.stdout.write(JSON.stringify(collector.status()) + '\n');
  else printStatus();
  return EXIT_OK;
}
