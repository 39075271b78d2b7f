// `agent-audit watch` and `agent-audit resume`, on the commander layer (layer.ts).
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import {
  DEFAULT_RULES, alertRecord, backoffDelay, combineSources, createAuditor, createMonitor, defaultKeyDir, fileLedger, ledgerTail, parseRules,
  displayUrl, pauseStore, readEvents, readShipStatus, readSmallFile, verifyLedger,
  type Alert, type AuditEvent, type Auditor, type MalformedLine, type Monitor, type ReportSource, type Rule, type RuleInput,
} from '@agent-audit/core';
import { EXIT_OK, EXIT_USAGE, describeError, isPostgresUrl, safe, shellQuote, type CliIO } from '../io.js';
import { UsageError, collect, createOutput, positiveInteger, onStopSignal, runRegistered, wire, type Output } from '../layer.js';
import { MONITOR_AGENT, MONITOR_SOURCE, RECORD_STREAM, isMonitorRecord } from '../monitor-record.js';
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
      let parsed: URL | undefined;
      try {
        parsed = new URL(url);
      } catch {
        parsed = undefined;
      }
      if (!parsed || !/^https?:$/.test(parsed.protocol)) throw new UsageError(`--alert webhook: needs an http(s) URL`);
      // Credentials in the URL would travel in logs and process lists: refused, and never printed.
      if (parsed.username !== '' || parsed.password !== '') throw new UsageError(`--alert webhook #${webhooks + 1}: the URL carries credentials (user:pass@), refused; put a token in the URL's path or query instead`);
      return { kind: 'webhook', url, label: `webhook #${++webhooks}` };
    }
    if (spec.startsWith('exec:') && spec.length > 'exec:'.length) return { kind: 'exec', command: spec.slice('exec:'.length), label: `exec #${++execs}` };
    throw new UsageError(`--alert must be stdout, webhook:URL or exec:CMD (got ${JSON.stringify(spec.split(':')[0])})`);
  });
}

/**
 * What went wrong with a webhook request, without its URL (which may carry a token):
 * `ECONNREFUSED 127.0.0.1:9`, `ENOTFOUND hooks.example`, `bad port 127.0.0.1:9 (…)`, `no answer
 * from … within 5 s`. fetch fails with `TypeError: fetch failed` and the reason in `cause` (an
 * error with a `code`, an AggregateError of one per address tried, or undici's own message such
 * as `bad port` for the ports the Fetch standard blocks): the first code found is named, else
 * the cause's message when it does not quote the URL.
 */
function webhookError(error: unknown, url: string): string {
  // The URL's origin only (displayUrl): a webhook's secret is often its path. Its host and port
  // alone name no secret (`bad port 127.0.0.1:9`).
  const host = displayUrl(url);
  let hostPort = host;
  try {
    hostPort = new URL(url).host;
  } catch {
    // displayUrl said `<url>` already.
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer from ${host} within ${WEBHOOK_TIMEOUT_MS / 1000} s`;
  type Cause = { code?: unknown; address?: unknown; port?: unknown; message?: unknown; errors?: unknown; cause?: unknown };
  const causes: Cause[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (typeof value !== 'object' || value === null || depth > 3) return;
    causes.push(value as Cause);
    const { errors, cause } = value as Cause;
    if (Array.isArray(errors)) for (const item of errors.slice(0, 4)) visit(item, depth + 1);
    visit(cause, depth + 1);
  };
  visit((error as { cause?: unknown } | undefined)?.cause, 0);
  const coded = causes.find((c) => typeof c.code === 'string');
  if (coded) return `${coded.code as string} ${typeof coded.address === 'string' ? `${coded.address}${typeof coded.port === 'number' ? `:${coded.port}` : ''}` : host}`;
  const said = causes.map((c) => c.message).find((m): m is string => typeof m === 'string' && m !== '' && m.length <= 200 && !m.includes(hostPort) && !m.includes(url));
  if (said === 'bad port') return `bad port ${hostPort} (fetch never connects to the ports the Fetch standard blocks: use another port)`;
  if (said !== undefined) return `${said.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')} reaching ${host}`;
  return `${error instanceof Error ? error.name : 'error'} reaching ${host}`;
}

/** How long a webhook request may take, and the default for an `exec:` command (`--exec-timeout`). */
const WEBHOOK_TIMEOUT_MS = 5_000;
const DEFAULT_EXEC_TIMEOUT_S = 30;

/**
 * Runs an `exec:` command with the alert on stdin; resolves to its exit code, or to an error text
 * when it outlives `timeoutMs` (its whole process group is killed: SIGTERM, SIGKILL 2 s later).
 */
function runExec(command: string, body: string, alert: Alert, timeoutMs: number): Promise<{ code: number } | { error: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { shell: true, detached: process.platform !== 'win32', stdio: ['pipe', 'ignore', 'inherit'], env: { ...process.env, AGENT_AUDIT_ALERT_RULE: alert.rule } });
    const kill = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
        // Already gone.
      }
    };
    let timedOut = false;
    let hard: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      kill('SIGTERM');
      hard = setTimeout(() => kill('SIGKILL'), 2_000);
      hard.unref();
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      if (hard) clearTimeout(hard);
      // The shell may be gone while what it started lives on: the group is ended either way.
      if (timedOut) kill('SIGKILL');
      resolve(timedOut ? { error: `timed out after ${timeoutMs / 1000} s (process group killed)` } : { code: exitCode ?? 1 });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(body + '\n');
  });
}

/** Delivers one alert to one target, retrying with backoff; resolves to an error text after the last attempt. */
async function deliver(target: Target, alert: Alert, output: Output, attempts: number, execTimeoutMs: number): Promise<string | undefined> {
  const body = JSON.stringify(alert);
  let last = '';
  let made = 0;
  let final = false;
  for (let attempt = 0; attempt < attempts && !final; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, backoffDelay(attempt, { initialDelayMs: 200, maxDelayMs: 5_000 })));
    made++;
    try {
      if (target.kind === 'stdout') {
        await output.write(body + '\n');
        return undefined;
      }
      if (target.kind === 'webhook') {
        const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': `${alert.rule}:${alert.eventIds.at(-1) ?? alert.window.to}` }, body, signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS) });
        await response.arrayBuffer().catch(() => undefined);
        if (response.ok) return undefined;
        last = `HTTP ${response.status}`;
        if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
          last += ' (not retried)';
          final = true;
        }
        continue;
      }
      const result = await runExec(target.command, body, alert, execTimeoutMs);
      if ('code' in result && result.code === 0) return undefined;
      last = 'code' in result ? `exit code ${result.code}` : result.error;
    } catch (error) {
      last = target.kind === 'webhook' ? webhookError(error, target.url) : describeError(error);
    }
  }
  return `${target.kind === 'stdout' ? 'stdout' : target.label}: ${last}${final ? '' : ` after ${made} attempt(s)`}`;
}


/** The key of an alert across runs: its rule and its last triggering event (else the end of its window). */
// Two checks of the ledger-health rule about one event (a planted line fails verification and is
// another writer's record) are two alerts: the check is part of the key.
const alertKey = (alert: { rule?: string; check?: string; eventIds?: string[]; window?: { to?: string } }): string =>
  `${alert.rule ?? ''}\u0000${alert.check ?? ''}\u0000${alert.eventIds?.at(-1) ?? alert.window?.to ?? ''}`;

/** What earlier runs recorded: alerts raised, alerts delivered, and whether the record stream can be trusted at all. */
interface PastRecords {
  /** Alerts recorded as `alert.raised` (not to be recorded again). */
  raised: Set<string>;
  /** Alerts recorded as `alert.delivered` (done: not raised again). */
  delivered: Set<string>;
  /** Why the record stream is not trusted (then both sets are empty), for a `record_collision` alert. */
  untrusted?: { message: string; eventIds: string[]; ts?: string };
}

/**
 * Reads the record stream of the monitor (`alerts` in `--record-to`). Trust boundary
 * (docs/MONITORING.md): only events written as the monitor (agent `agent-audit-monitor`, source
 * `agent-audit`) count, and only when every event of the stream is the monitor's and the stream
 * verifies (chained and signed). Any other event there means something else writes to the
 * monitor's stream: nothing in it is trusted, and the caller raises `record_collision`.
 */
async function pastRecords(dir: string | undefined): Promise<PastRecords> {
  const past: PastRecords = { raised: new Set(), delivered: new Set() };
  if (!dir || !fs.existsSync(path.join(dir, 'streams', RECORD_STREAM))) return past;
  const raised = new Set<string>();
  const delivered = new Set<string>();
  const foreign: AuditEvent[] = [];
  try {
    for await (const event of readEvents(dir, { stream: RECORD_STREAM })) {
      if (!isMonitorRecord(event)) {
        foreign.push(event);
        continue;
      }
      const alert = (event.attrs as { alert?: { rule?: string; check?: string; eventIds?: string[]; window?: { to?: string } } } | undefined)?.alert;
      if (!alert?.rule) continue;
      if (event.type === 'alert.raised') raised.add(alertKey(alert));
      else if (event.type === 'alert.delivered') delivered.add(alertKey(alert));
    }
  } catch (error) {
    past.untrusted = { message: `${dir}: the monitor's record stream ${RECORD_STREAM} cannot be read (${describeError(error)}): earlier alerts are not trusted, and are raised again`, eventIds: [] };
    return past;
  }
  if (foreign.length > 0) {
    const agents = [...new Set(foreign.map((e) => String(e.agent?.id)))].slice(0, 5).map((a) => JSON.stringify(a.slice(0, 64)));
    past.untrusted = {
      message: `${dir}: the monitor's record stream ${RECORD_STREAM} holds ${foreign.length} event(s) it did not write (agent ${agents.join(', ')}): another writer uses the stream; its records are not trusted, and earlier alerts are raised again`,
      eventIds: foreign.slice(-10).map((e) => e.id),
      ...(typeof foreign.at(-1)?.ts === 'string' ? { ts: foreign.at(-1)?.ts as string } : {}),
    };
    return past;
  }
  try {
    const verified = await verifyLedger(dir);
    const failure = verified.reports.find((r) => r.stream === RECORD_STREAM)?.failure;
    if (failure) {
      past.untrusted = { message: `${dir}: the monitor's record stream ${RECORD_STREAM} does not verify (seq ${failure.seq}: ${failure.reason}): earlier alerts are not trusted, and are raised again`, eventIds: failure.id ? [failure.id] : [] };
      return past;
    }
  } catch (error) {
    past.untrusted = { message: `${dir}: the monitor's record stream ${RECORD_STREAM} could not be verified (${describeError(error)}): earlier alerts are not trusted`, eventIds: [] };
    return past;
  }
  return { raised, delivered };
}

async function openRecorder(dir: string, io: CliIO): Promise<Auditor> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return createAuditor({
        agent: { id: MONITOR_AGENT, name: 'agent-audit watch' },
        stream: RECORD_STREAM,
        source: MONITOR_SOURCE,
        sink: fileLedger({ dir, keyDir: defaultKeyDir(io.env) }),
        onError: (error) => io.stderr.write(`agent-audit watch: recording: ${describeError(error)}\n`),
      });
    } catch (error) {
      const text = describeError(error);
      if (Date.now() > deadline || !/lock/i.test(text)) throw new Error(`cannot record alerts in ${dir}: ${text}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Follows ledger folders from the byte offset each stream reached (`ledgerTail`), new streams as they appear. */
function folderFollower(dirs: readonly string[], onMalformed: (dir: string, line: MalformedLine) => void) {
  // A line that is not a JSON event is reported (a ledger-health alert) and skipped: the watch goes on.
  const tails = dirs.map((dir) => ledgerTail(dir, { onMalformed: (line) => onMalformed(dir, line) }));
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
  execTimeout: number;
  natsStream?: string;
  natsSubjectPrefix?: string;
}

function loadRules(flags: WatchFlags): readonly (Rule | RuleInput)[] {
  if (!flags.rules) return DEFAULT_RULES;
  let text: string;
  try {
    // Never blocks (a FIFO) nor fills memory (/dev/zero): a regular file of at most 1 MiB.
    text = readSmallFile(flags.rules, 1024 * 1024);
  } catch (error) {
    throw new UsageError(`cannot read ${flags.rules}: ${describeError(error)}`);
  }
  try {
    return parseRules(text, { file: flags.rules });
  } catch (error) {
    throw new UsageError(describeError(error));
  }
}

/** Warns on stderr when a rules file enables no rule at all (`rules: []`): such a watch can never alert. */
function warnIfNoRules(rules: readonly (Rule | RuleInput)[], flags: WatchFlags, io: CliIO): void {
  if (rules.every((rule) => rule.enabled === false)) io.stderr.write(`agent-audit watch: warning: ${flags.rules ?? 'the rules'} enable no rule: nothing will ever alert\n`);
}

/** The watch loop's sources: ledger folders, PostgreSQL stores, NATS JetStream. */
async function openFollowers(targets: readonly string[], folders: readonly string[], flags: WatchFlags, io: CliIO, onMalformed: (dir: string, line: MalformedLine) => void): Promise<Follower[]> {
  const followers: Follower[] = [];
  const always = (poll: () => Promise<AuditEvent[]>): Follower => ({ poll, caughtUp: () => true, close: () => Promise.resolve() });
  try {
    if (folders.length > 0) followers.push(always(folderFollower(folders, onMalformed)));
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
    .option('--exec-timeout <s>', 'seconds an exec: alert command may run before its process group is killed (a failed attempt, retried)', positiveInteger, DEFAULT_EXEC_TIMEOUT_S)
    .option('--verify-every <s>', 'seconds between full verifications and shipping checks of the folders (ledger-health rules)', positiveInteger, 300)
    .option('--nats-stream <name>', 'JetStream stream of a nats:// source (default AUDIT)')
    .option('--nats-subject-prefix <p>', 'subject prefix of a nats:// source (default audit.events)')
    .addHelpText('after', `
A nats:// source is read with an ordered (ephemeral) consumer from the start of what the stream
holds; the collector's durable consumer is never touched. It needs @agent-audit/nats (Node >= 22).
Exit codes: 0 done (alerts or not), 2 usage, I/O error or an alert that could not be delivered.`)
    .action(async (targets: string[], flags: WatchFlags) => {
      const abort = new AbortController();
      const release = onStopSignal('watch', io, () => abort.abort());
      try {
        state.code = await watch(targets, flags, io, abort.signal);
      } finally {
        release();
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

  warnIfNoRules(rules, flags, io);
  // Malformed lines found by the folder tails, signalled to the monitor after each poll.
  const malformed: Array<{ dir: string; line: MalformedLine }> = [];
  const followers = await openFollowers(targets, folders, flags, io, (dir, line) => malformed.push({ dir, line }));
  const output = createOutput(io.stdout);
  let recorder: Auditor | undefined;
  let failures = 0;
  const counts = { delivered: 0, failed: 0, earlier: 0 };
  let chain = Promise.resolve();
  let monitor: Monitor | undefined;
  try {
    const past = await pastRecords(recordDir);
    try {
      recorder = recordDir ? await openRecorder(recordDir, io) : undefined;
    } catch (error) {
      // A record stream the writer refuses to resume (a symlink, an edit, events planted past its
      // signed end): the alerts are still raised and delivered, just not recorded there.
      const code = ((error as Error).cause as { code?: string } | undefined)?.code;
      if (code !== 'ledger_corrupt' && code !== 'ledger_open' && code !== 'ledger_truncated') throw error;
      io.stderr.write(`agent-audit watch: not recorded: ${describeError(error)}; alerts are raised but not recorded\n`);
    }
    const record = recorder;
    // Alerts are handled one at a time, in order: recorded durably first (evidence), then acted on,
    // then delivered, and the delivery's outcome recorded (alert.delivered / alert.delivery_failed):
    // an alert is done only once delivered, so a later run delivers one that failed.
    const handled = new Set<string>();
    const handle = (alert: Alert): void => {
      const key = alertKey(alert);
      if (handled.has(key)) return;
      handled.add(key);
      if (past.delivered.has(key)) {
        counts.earlier++;
        return;
      }
      const recordedBefore = past.raised.has(key);
      chain = chain.then(async () => {
        if (record && !recordedBefore) {
          try {
            await record.recordDurable(alertRecord(alert));
          } catch (error) {
            failures++;
            io.stderr.write(`agent-audit watch: alert ${alert.rule} not recorded: ${describeError(error)}\n`);
          }
        }
        // The action was taken when the alert was first recorded (an operator may have resumed since).
        if (alert.action === 'pause' && alert.agent && !recordedBefore) {
          try {
            pauses.pause(alert.agent, { reason: alert.summary, rule: alert.rule, by: 'agent-audit watch' });
            // The agent id comes from an event: escaped, and shell-quoted in the command to copy.
            io.stderr.write(safe`agent-audit watch: paused agent ${alert.agent} (rule ${alert.rule}); agent-audit resume ` + shellQuote(alert.agent) + ' lifts it\n');
          } catch (error) {
            failures++;
            io.stderr.write(safe`agent-audit watch: could not pause ${alert.agent}: ${describeError(error)}` + '\n');
          }
        }
        const results = await Promise.all(deliveries.map((target) => deliver(target, alert, output, flags.retries, flags.execTimeout * 1000)));
        const problems = results.filter((problem): problem is string => problem !== undefined);
        for (const problem of problems) io.stderr.write(safe`agent-audit watch: alert ${alert.rule} not delivered to ${problem}` + '\n');
        if (problems.length > 0) {
          failures++;
          counts.failed++;
        } else counts.delivered++;
        if (record) {
          const ref = { rule: alert.rule, ...(alert.check ? { check: alert.check } : {}), eventIds: alert.eventIds.slice(-1), window: alert.window };
          const targetsLabel = deliveries.map((t) => (t.kind === 'stdout' ? 'stdout' : t.label));
          try {
            await record.recordDurable(
              problems.length === 0
                ? { type: 'alert.delivered', outcome: 'success', decision: { action: 'deliver', policy: alert.rule }, attrs: { alert: ref, targets: targetsLabel } }
                : { type: 'alert.delivery_failed', outcome: 'failure', decision: { action: 'deliver', policy: alert.rule, reason: `${problems.length} of ${deliveries.length} target(s) failed; retried by the next run` }, attrs: { alert: ref, targets: targetsLabel } },
            );
          } catch (error) {
            failures++;
            io.stderr.write(`agent-audit watch: delivery of alert ${alert.rule} not recorded: ${describeError(error)}\n`);
          }
        }
      });
    };
    const live = createMonitor({ rules, onAlert: handle, onError: (error) => io.stderr.write(`agent-audit watch: ${describeError(error)}\n`) });
    monitor = live;
    if (past.untrusted) live.signal({ check: 'record_collision', stream: RECORD_STREAM, message: past.untrusted.message, eventIds: past.untrusted.eventIds, ...(past.untrusted.ts ? { ts: past.untrusted.ts } : {}) });

    const health = async (): Promise<void> => {
      for (const folder of folders) {
        try {
          const result = await verifyLedger(folder);
          const failure = result.firstFailure;
          if (!result.ok && failure) {
            const at = await eventAt(folder, failure.stream, failure.seq);
            const id = failure.id ?? at?.id;
            live.signal({
              check: 'verify_failure', stream: failure.stream, message: `${folder}: verification failed: stream ${failure.stream}${failure.seq >= 0 ? `, seq ${failure.seq}` : ''}${id ? ` (event ${id})` : ''}: ${failure.reason}`,
              ...(id ? { eventIds: [id] } : {}), ...(failure.seq >= 0 ? { seq: failure.seq } : {}), ...(at?.ts ? { ts: at.ts } : {}),
            });
          }
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
    const watchesRecord = recordDir !== undefined && folders.some((folder) => path.resolve(folder) === path.resolve(recordDir));
    const pollAll = async (): Promise<void> => {
      for (const follower of followers) {
        const events = await follower.poll();
        if (events.length > 0) lastEvent = Date.now();
        for (const event of events) {
          live.push(event);
          // Another writer in the record stream while the watch runs: flagged as it appears.
          if (watchesRecord && event.stream === RECORD_STREAM && (event.agent?.id !== MONITOR_AGENT || event.source !== MONITOR_SOURCE)) {
            live.signal({ check: 'record_collision', stream: RECORD_STREAM, ts: event.ts, eventIds: [event.id], message: `${recordDir}: the monitor's record stream ${RECORD_STREAM} holds an event it did not write (agent ${JSON.stringify(String(event.agent?.id).slice(0, 64))}, seq ${event.seq}): another writer uses the stream` });
          }
        }
      }
      for (const { dir, line } of malformed.splice(0)) {
        live.signal({ check: 'verify_failure', stream: line.stream, message: `${dir}: stream ${line.stream}: segment ${path.basename(line.segment)} at byte ${line.offset}: a line of ${line.length} byte(s) is not a JSON event (skipped; the watch goes on)` });
        // The monitor never writes such a line: in its own stream, another writer did.
        if (watchesRecord && line.stream === RECORD_STREAM && path.resolve(dir) === path.resolve(recordDir as string)) {
          live.signal({ check: 'record_collision', stream: RECORD_STREAM, message: `${recordDir}: the monitor's record stream ${RECORD_STREAM} holds a line it did not write (segment ${path.basename(line.segment)} at byte ${line.offset}, not a JSON event): another writer uses the stream` });
        }
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
  io.stderr.write(
    `agent-audit watch: ${stats.events} event(s) evaluated, ${stats.alerts} alert(s): ${counts.delivered} delivered, ${counts.failed} not delivered (retried by the next run${recordDir ? '' : ' only when recorded'}), ` +
      `${counts.earlier} delivered by an earlier run; ${stats.suppressed} held back by cooldowns${recordDir ? `, recorded in ${recordDir} (stream ${RECORD_STREAM})` : ''}\n`,
  );
  return failures > 0 ? EXIT_USAGE : EXIT_OK;
}

/** The event at `seq` of a stream (its id and time, for a verify_failure alert), or undefined when it cannot be read. */
async function eventAt(dir: string, stream: string, seq: number): Promise<AuditEvent | undefined> {
  if (seq < 0) return undefined;
  try {
    for await (const event of readEvents(dir, { stream, fromSeq: seq })) return event.seq === seq ? event : undefined;
  } catch {
    // The stream is what failed: no event to name.
  }
  return undefined;
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
        io.stderr.write(safe`agent-audit resume: agent ${agent} is not paused (${pauses.dir})` + '\n');
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
      io.stdout.write(safe`resumed ${agent} (paused since ${record.since}` + (record.rule ? safe` by rule ${record.rule}` : '') + ')\n');
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
