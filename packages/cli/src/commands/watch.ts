// `agent-audit watch` and `agent-audit resume`, on the commander layer (layer.ts).
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import {
  DEFAULT_RULES, alertRecord, backoffDelay, combineSources, createAuditor, createMonitor, defaultKeyDir, fileLedger, ledgerTail, parseRules,
  pauseStore, readEvents, readShipStatus, verifyLedger,
  type Alert, type AuditEvent, type Auditor, type Monitor, type ReportSource, type Rule, type RuleInput,
} from '@agent-audit/core';
import { EXIT_OK, EXIT_USAGE, describeError, isPostgresUrl, type CliIO } from '../io.js';
import { UsageError, collect, createOutput, positiveInteger, runRegistered, wire, type Output } from '../layer.js';
import { importNats, isMissingModule } from '../optional.js';

/** Where an alert goes. Webhook URLs may carry tokens: they are never printed, only `webhook #n`. */
type Target = { kind: 'stdout' } | { kind: 'webhook'; url: string; label: string } | { kind: 'exec'; command: string; label: string };

function parseTargets(specs: readonly string[]): Target[] {
  let webhooks = 0;
  let execs = 0;
  return specs.map((spec) => {
    if (spec === 'stdout') return { kind: 'stdout' };
    if (spec.startsWith('webhook:')) {
      const url = spec.slice('webhook:'.length);
      if (!/^https?:\/\//.test(url)) throw new UsageError(`--alert webhook: needs an http(s) URL`);
      return { kind: 'webhook', url, label: `webhook #${++webhooks}` };
    }
    if (spec.startsWith('exec:') && spec.length > 'exec:'.length) return { kind: 'exec', command: spec.slice('exec:'.length), label: `exec #${++execs}` };
    throw new UsageError(`--alert must be stdout, webhook:URL or exec:CMD (got ${JSON.stringify(spec.split(':')[0])})`);
  });
}

/** Delivers one alert to one target, retrying with backoff; resolves to an error text after the last attempt. */
async function deliver(target: Target, alert: Alert, output: Output, attempts: number): Promise<string | undefined> {
  const body = JSON.stringify(alert);
  let last = '';
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, backoffDelay(attempt, { initialDelayMs: 200, maxDelayMs: 5_000 })));
    try {
      if (target.kind === 'stdout') {
        await output.write(body + '\n');
        return undefined;
      }
      if (target.kind === 'webhook') {
        const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': `${alert.rule}:${alert.eventIds.at(-1) ?? alert.window.to}` }, body, signal: AbortSignal.timeout(5_000) });
        await response.arrayBuffer().catch(() => undefined);
        if (response.ok) return undefined;
        last = `HTTP ${response.status}`;
        if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) break;
        continue;
      }
      const code = await new Promise<number>((resolve, reject) => {
        const child = spawn(target.command, { shell: true, stdio: ['pipe', 'ignore', 'inherit'], env: { ...process.env, AGENT_AUDIT_ALERT_RULE: alert.rule } });
        child.once('error', reject);
        child.once('exit', (exitCode) => resolve(exitCode ?? 1));
        child.stdin.on('error', () => undefined);
        child.stdin.end(body + '\n');
      });
      if (code === 0) return undefined;
      last = `exit code ${code}`;
    } catch (error) {
      last = target.kind === 'webhook' ? (error instanceof Error ? error.name : 'error') : describeError(error);
    }
  }
  return `${target.kind === 'stdout' ? 'stdout' : target.label}: ${last} after ${attempts} attempt(s)`;
}

/** Reads `alert.raised` events already in the recording ledger: an alert for the same rule and last triggering event is not raised twice. */
async function alreadyRaised(dir: string | undefined): Promise<Set<string>> {
  const seen = new Set<string>();
  if (!dir || !fs.existsSync(path.join(dir, 'streams', 'alerts'))) return seen;
  for await (const event of readEvents(dir, { stream: 'alerts' })) {
    const alert = (event.attrs as { alert?: { rule?: string; eventIds?: string[]; window?: { to?: string } } } | undefined)?.alert;
    if (event.type === 'alert.raised' && alert?.rule) seen.add(`${alert.rule}\u0000${alert.eventIds?.at(-1) ?? alert.window?.to ?? ''}`);
  }
  return seen;
}

async function openRecorder(dir: string, io: CliIO): Promise<Auditor> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return createAuditor({
        agent: { id: 'agent-audit-monitor', name: 'agent-audit watch' },
        stream: 'alerts',
        source: 'agent-audit',
        sink: fileLedger({ dir, keyDir: defaultKeyDir(io.env) }),
        onError: (error) => io.stderr.write(`agent-audit watch: recording: ${describeError(error)}\n`),
      });
    } catch (error) {
      const text = describeError(error);
      if (Date.now() > deadline || !/lock/i.test(text)) throw new Error(`cannot record alerts in ${dir}: ${text}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Follows ledger folders from the byte offset each stream reached (`ledgerTail`), new streams as they appear. */
function folderFollower(dirs: readonly string[]) {
  const tails = dirs.map((dir) => ledgerTail(dir));
  return async function poll(): Promise<AuditEvent[]> {
    const batch = tails.flatMap((tail) => tail.poll());
    batch.sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0));
    return Promise.resolve(batch);
  };
}

/** Follows a report source (PostgreSQL) by time: events from the last `ts` seen, minus those already seen at that instant. */
function sourceFollower(source: ReportSource) {
  let lastTs: string | undefined;
  let atLast = new Set<string>();
  return async function poll(): Promise<AuditEvent[]> {
    const batch: AuditEvent[] = [];
    for await (const event of source.events(lastTs ? { since: lastTs } : {})) {
      if (event.ts === lastTs && atLast.has(event.id)) continue;
      batch.push(event);
    }
    for (const event of batch) {
      if (event.ts !== lastTs) {
        lastTs = event.ts;
        atLast = new Set();
      }
      atLast.add(event.id);
    }
    return batch;
  };
}

const isNatsUrl = (target: string): boolean => /^(nats|tls):\/\//i.test(target);

/** A live source: events since the last poll; `caughtUp` once what it held at start was read (`--once`). */
interface Follower {
  poll(): Promise<AuditEvent[]>;
  caughtUp(): boolean;
  close(): Promise<void>;
}

/**
 * Follows NATS JetStream (`nats://host:4222[,nats://…]`, one cluster per argument) with an
 * ordered consumer of `@agent-audit/nats` (`natsTail`): ephemeral, never the collector's durable.
 */
async function natsFollower(target: string, flags: WatchFlags, io: CliIO): Promise<Follower> {
  let nats: typeof import('@agent-audit/nats');
  try {
    nats = await importNats();
  } catch (error) {
    if (!isMissingModule(error, '@agent-audit/nats')) throw error;
    throw new UsageError(
      'watching nats://… needs @agent-audit/nats, an optional peer dependency of the CLI that is not installed.\n' +
        `Install it next to the CLI (Node >= 22; this is Node ${process.versions.node}): npm install @agent-audit/nats`,
    );
  }
  const servers = target.split(',').map((s) => s.trim()).filter(Boolean);
  if (!servers.every(isNatsUrl)) throw new UsageError('a NATS source is nats://host:port[,nats://host:port…]');
  const tail = nats.natsTail({
    servers,
    ...(flags.natsStream ? { stream: flags.natsStream } : {}),
    ...(flags.natsSubjectPrefix ? { subjectPrefix: flags.natsSubjectPrefix } : {}),
    onError: (error) => io.stderr.write(`agent-audit watch: nats: ${describeError(error)}\n`),
  });
  await tail.start();
  return {
    poll: () => Promise.resolve(tail.poll()),
    caughtUp: () => {
      if (!tail.caughtUp) return false;
      tail.release();
      return true;
    },
    close: () => tail.close(),
  };
}

interface WatchFlags {
  rules?: string;
  alert?: string[];
  once?: boolean;
  recordTo?: string;
  record: boolean;
  pauseDir?: string;
  interval: number;
  retries: number;
  verifyEvery: number;
  natsStream?: string;
  natsSubjectPrefix?: string;
}

function loadRules(flags: WatchFlags): readonly (Rule | RuleInput)[] {
  if (!flags.rules) return DEFAULT_RULES;
  let text: string;
  try {
    text = fs.readFileSync(flags.rules, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${flags.rules}: ${describeError(error)}`);
  }
  try {
    return parseRules(text, { file: flags.rules });
  } catch (error) {
    throw new UsageError(describeError(error));
  }
}

/** The watch loop's sources: ledger folders, PostgreSQL stores, NATS JetStream. */
async function openFollowers(targets: readonly string[], folders: readonly string[], flags: WatchFlags, io: CliIO): Promise<Follower[]> {
  const followers: Follower[] = [];
  const always = (poll: () => Promise<AuditEvent[]>): Follower => ({ poll, caughtUp: () => true, close: () => Promise.resolve() });
  try {
    if (folders.length > 0) followers.push(always(folderFollower(folders)));
    const urls = targets.filter(isPostgresUrl);
    if (urls.length > 0) {
      const postgres = (await import('@agent-audit/postgres')) as unknown as { postgresReportSource(u: string): ReportSource };
      followers.push(always(sourceFollower(combineSources(urls.map((url) => postgres.postgresReportSource(url))))));
    }
    for (const target of targets.filter(isNatsUrl)) followers.push(await natsFollower(target, flags, io));
  } catch (error) {
    await Promise.all(followers.map((f) => f.close().catch(() => undefined)));
    throw error;
  }
  return followers;
}

/** How long `--once` waits for a NATS source that stopped delivering before it has read what the stream held. */
const ONCE_STALL_MS = 30_000;

/**
 * Registers `agent-audit watch`: monitor rules over ledger folders, PostgreSQL stores and the
 * NATS stream, live (or `--once`); alerts recorded as `alert.raised`, then acted on (pause) and
 * delivered. SIGINT/SIGTERM end a live watch after the alerts in hand are handled.
 */
export function registerWatch(program: Command, io: CliIO, state: { code: number }): void {
  wire(program.command('watch'), io)
    .description('evaluate monitor rules over ledger folders, PostgreSQL or the NATS stream, live (or --once), and raise alerts recorded as alert.raised')
    .argument('<source...>', 'ledger folders, postgres:// URLs and nats:// servers (nats://a:4222,nats://b:4222 for one cluster)')
    .option('--rules <file>', 'rules file, YAML or JSON ({ rules: [...] }); default: the built-in rule set (docs/MONITORING.md)')
    .option('--alert <target>', 'stdout, webhook:URL or exec:CMD (repeatable; default stdout)', collect)
    .option('--once', 'evaluate what is there, deliver, and exit')
    .option('--record-to <dir>', 'ledger folder whose "alerts" stream records alert.raised (default: the source, when it is one folder)')
    .option('--no-record', 'do not record alerts (they are then evidence nowhere)')
    .option('--pause-dir <dir>', 'pause folder for rules with action: pause (default $AGENT_AUDIT_HOME/paused or ~/.config/agent-audit/paused)')
    .option('--interval <ms>', 'how often sources are read for new events', positiveInteger, 200)
    .option('--retries <n>', 'delivery attempts per alert and target', positiveInteger, 5)
    .option('--verify-every <s>', 'seconds between full verifications and shipping checks of the folders (ledger-health rules)', positiveInteger, 300)
    .option('--nats-stream <name>', 'JetStream stream of a nats:// source (default AUDIT)')
    .option('--nats-subject-prefix <p>', 'subject prefix of a nats:// source (default audit.events)')
    .addHelpText('after', `
A nats:// source is read with an ordered (ephemeral) consumer from the start of what the stream
holds; the collector's durable consumer is never touched. It needs @agent-audit/nats (Node >= 22).
Exit codes: 0 done (alerts or not), 2 usage, I/O error or an alert that could not be delivered.`)
    .action(async (targets: string[], flags: WatchFlags) => {
      const abort = new AbortController();
      const stop = (): void => abort.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        state.code = await watch(targets, flags, io, abort.signal);
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
    });
}

async function watch(targets: string[], flags: WatchFlags, io: CliIO, signal: AbortSignal): Promise<number> {
  const rules = loadRules(flags);
  const deliveries = parseTargets(flags.alert && flags.alert.length > 0 ? flags.alert : ['stdout']);
  const folders = targets.filter((t) => !isPostgresUrl(t) && !isNatsUrl(t));
  for (const folder of folders) if (!fs.existsSync(path.join(folder, 'LEDGER')) && !fs.existsSync(path.join(folder, 'streams'))) throw new UsageError(`${folder} is not a ledger folder`);
  const recordDir = !flags.record ? undefined : flags.recordTo ?? (targets.length === 1 && folders.length === 1 ? folders[0] : undefined);
  if (flags.record && !recordDir) throw new UsageError('with several sources, a PostgreSQL or a NATS source, say where alerts are recorded: --record-to <ledger folder>, or --no-record');
  const pauses = pauseStore({ ...(flags.pauseDir ? { dir: flags.pauseDir } : {}), env: io.env });

  const followers = await openFollowers(targets, folders, flags, io);
  const output = createOutput(io.stdout);
  let recorder: Auditor | undefined;
  let failures = 0;
  let chain = Promise.resolve();
  let monitor: Monitor | undefined;
  try {
    const seen = await alreadyRaised(recordDir);
    recorder = recordDir ? await openRecorder(recordDir, io) : undefined;
    const record = recorder;
    // Alerts are handled one at a time, in order: recorded durably first (evidence), then acted on, then delivered.
    const handle = (alert: Alert): void => {
      const key = `${alert.rule}\u0000${alert.eventIds.at(-1) ?? alert.window.to}`;
      if (seen.has(key)) return;
      seen.add(key);
      chain = chain.then(async () => {
        if (record) {
          try {
            await record.recordDurable(alertRecord(alert));
          } catch (error) {
            failures++;
            io.stderr.write(`agent-audit watch: alert ${alert.rule} not recorded: ${describeError(error)}\n`);
          }
        }
        if (alert.action === 'pause' && alert.agent) {
          try {
            pauses.pause(alert.agent, { reason: alert.summary, rule: alert.rule, by: 'agent-audit watch' });
            io.stderr.write(`agent-audit watch: paused agent ${alert.agent} (rule ${alert.rule}); agent-audit resume ${alert.agent} lifts it\n`);
          } catch (error) {
            failures++;
            io.stderr.write(`agent-audit watch: could not pause ${alert.agent}: ${describeError(error)}\n`);
          }
        }
        const results = await Promise.all(deliveries.map((target) => deliver(target, alert, output, flags.retries)));
        for (const problem of results) {
          if (problem === undefined) continue;
          failures++;
          io.stderr.write(`agent-audit watch: alert ${alert.rule} not delivered to ${problem}\n`);
        }
      });
    };
    const live = createMonitor({ rules, onAlert: handle, onError: (error) => io.stderr.write(`agent-audit watch: ${describeError(error)}\n`) });
    monitor = live;

    const health = async (): Promise<void> => {
      for (const folder of folders) {
        try {
          const result = await verifyLedger(folder);
          const failure = result.firstFailure;
          if (!result.ok && failure) live.signal({ check: 'verify_failure', stream: failure.stream, message: `${folder}: verification failed: stream ${failure.stream}${failure.seq >= 0 ? `, seq ${failure.seq}` : ''}: ${failure.reason}` });
        } catch (error) {
          live.signal({ check: 'verify_failure', message: `${folder}: verification could not run: ${describeError(error)}` });
        }
        try {
          for (const report of await readShipStatus(folder)) live.signal({ check: 'shipper_lag', lag: report.lag, message: `${folder}: sink ${report.sink} is ${report.lag} event(s) behind` });
        } catch {
          // No shipping configured.
        }
      }
    };
    const pause = (ms: number): Promise<void> =>
      new Promise<void>((resolve) => {
        const wake = (): void => {
          clearTimeout(timer);
          signal.removeEventListener('abort', wake);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        signal.addEventListener('abort', wake, { once: true });
      });
    let lastEvent = Date.now();
    const pollAll = async (): Promise<void> => {
      for (const follower of followers) {
        const events = await follower.poll();
        if (events.length > 0) lastEvent = Date.now();
        for (const event of events) live.push(event);
      }
    };

    await pollAll();
    if (flags.once) {
      // Folders and PostgreSQL are read whole by one poll; a NATS source delivers what its stream holds over time.
      while (!followers.every((f) => f.caughtUp()) && !signal.aborted) {
        if (Date.now() - lastEvent > ONCE_STALL_MS) throw new Error(`the NATS stream stopped delivering for ${ONCE_STALL_MS / 1000} s before --once had read what it held`);
        await pause(Math.min(flags.interval, 50));
        await pollAll();
      }
      await pollAll();
    }
    await health();
    let lastHealth = Date.now();
    while (!flags.once && !signal.aborted && !output.closed) {
      await pause(flags.interval);
      await pollAll();
      if (Date.now() - lastHealth > flags.verifyEvery * 1000) {
        lastHealth = Date.now();
        await health();
      }
    }
  } finally {
    await chain;
    await recorder?.close();
    await Promise.all(followers.map((f) => f.close().catch(() => undefined)));
    output.dispose();
  }
  const stats = monitor?.stats() ?? { events: 0, alerts: 0, suppressed: 0 };
  io.stderr.write(`agent-audit watch: ${stats.events} event(s) evaluated, ${stats.alerts} alert(s), ${stats.suppressed} held back by cooldowns${recordDir ? `, recorded in ${recordDir} (stream alerts)` : ''}\n`);
  return failures > 0 ? EXIT_USAGE : EXIT_OK;
}

/** Registers `agent-audit resume <agent>`: lifts a pause, recorded as `agent.resume` with `--ledger`. */
export function registerResume(program: Command, io: CliIO, state: { code: number }): void {
  wire(program.command('resume'), io)
    .description('lift the pause of an agent (recorded in the ledger given with --ledger)')
    .argument('<agent>', 'agent id')
    .option('--pause-dir <dir>', 'pause folder (default $AGENT_AUDIT_HOME/paused or ~/.config/agent-audit/paused)')
    .option('--ledger <dir>', 'ledger folder whose "alerts" stream records the resume (agent.resume)')
    .option('--by <id>', 'who resumes it, for the record', 'operator')
    .addHelpText('after', '\nExit codes: 0 resumed or not paused, 2 usage or I/O error.')
    .action(async (agent: string, flags: { pauseDir?: string; ledger?: string; by: string }) => {
      const pauses = pauseStore({ ...(flags.pauseDir ? { dir: flags.pauseDir } : {}), env: io.env });
      const record = pauses.resume(agent);
      if (!record) {
        io.stderr.write(`agent-audit resume: agent ${agent} is not paused (${pauses.dir})\n`);
        state.code = EXIT_OK;
        return;
      }
      if (flags.ledger) {
        const recorder = await openRecorder(flags.ledger, io);
        try {
          await recorder.recordDurable({ type: 'agent.resume', outcome: 'success', actor: { id: flags.by, type: 'admin' }, decision: { action: 'resume', reason: `paused since ${record.since}: ${record.reason}`, ...(record.rule ? { policy: record.rule } : {}) }, attrs: { agent } });
        } finally {
          await recorder.close();
        }
      }
      io.stdout.write(`resumed ${agent} (paused since ${record.since}${record.rule ? ` by rule ${record.rule}` : ''})\n`);
      state.code = EXIT_OK;
    });
}

/** Registers `watch` and `resume` (main.ts loads this module for either). */
export function registerWatchCommands(program: Command, io: CliIO, state: { code: number }): void {
  registerWatch(program, io, state);
  registerResume(program, io, state);
}

/**
 * `agent-audit watch …` as a function (main.ts's command table and tests call it).
 *
 * @example
 * ```ts
 * await watchCommand(['./audit', '--once', '--alert', 'stdout'], io);
 * ```
 */
export const watchCommand = (argv: string[], io: CliIO): Promise<number> => runRegistered(registerWatch, 'watch', argv, io);

/**
 * `agent-audit resume …` as a function.
 *
 * @example
 * ```ts
 * await resumeCommand(['claims-bot', '--ledger', './audit', '--by', 'ops-7'], io);
 * ```
 */
export const resumeCommand = (argv: string[], io: CliIO): Promise<number> => runRegistered(registerResume, 'resume', argv, io);
