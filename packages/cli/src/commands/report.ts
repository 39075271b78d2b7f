// `agent-audit report <kind>`, `export` and `verify-bundle`, on the commander layer (layer.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import {
  AuditError, activityReport, aiActReport, checkVerifierKeys, combineSources, coverageReport, createAuditor, createVault, decisionReport, defaultKeyDir, exportBundle, fileLedger,
  ledgerSource, loadKeyring, renderReport, reportGeneratedInput, subjectReport, verifyBundle,
  type AnyReport, type Auditor, type ReportFormat, type ReportOptions, type ReportSource,
} from '@agent-audit/core';
import { EXIT_INVALID, EXIT_OK, describeError, isPostgresUrl, safe, type CliIO } from '../io.js';
import { UsageError, existingFolder, checkOutputPath, checkPeriod, collect, collectKey, createOutput, formatOption, positiveInteger, positiveNumber, readInputFile, readInputText, runRegistered, timeOption, verifierKeyFromEnv, wire, writeOutputFile } from '../layer.js';
import { createProgress, type Progress } from '../progress.js';
import { recordingRefusal } from '../record-guard.js';

const KINDS = ['activity', 'subject', 'decision', 'ai-act', 'coverage'] as const;
type Kind = (typeof KINDS)[number];
const FORMATS: readonly ReportFormat[] = ['md', 'html', 'json'];
const EXTENSIONS: Record<ReportFormat, string> = { md: 'md', html: 'html', json: 'json' };

interface CommonFlags {
  from?: Date;
  to?: Date;
  format: string;
  out?: string;
  key?: string[];
  maxRows?: number;
  recordTo?: string;
  record: boolean;
  signingKey?: string;
}

/** Opens one `<source>`: a PostgreSQL URL (through @agent-audit/postgres) or a ledger folder. */
export async function openSource(target: string): Promise<ReportSource> {
  if (!isPostgresUrl(target)) return ledgerSource(target);
  const pg = (await import('@agent-audit/postgres')) as unknown as { postgresReportSource(url: string): ReportSource };
  return pg.postgresReportSource(target);
}

/** Opens every `<source>` (folders and PostgreSQL URLs) as one source. */
async function openSources(targets: readonly string[]): Promise<ReportSource> {
  const sources: ReportSource[] = [];
  for (const target of targets) sources.push(await openSource(target));
  return combineSources(sources);
}

function pinnedKeys(flags: { key?: string[] }, io: CliIO): string[] | undefined {
  if (flags.key && flags.key.length > 0) return flags.key;
  const fromEnv = verifierKeyFromEnv(io.env);
  if (fromEnv === undefined) return undefined;
  // Set but empty (an unset CI secret) is a usage error, as in `verify`: never a silent fall back to the ledger's own key.
  if (fromEnv === '') throw new UsageError('AGENT_AUDIT_VERIFIER_KEY is set but empty (an unset secret?); set it to the verifier key, or unset it');
  return [fromEnv];
}

/** Where `report.generated` is recorded: `--record-to`, else the one folder read, else nowhere (`--no-record`). */
function recordTarget(flags: CommonFlags, targets: readonly string[]): string | undefined {
  if (!flags.record) return undefined;
  if (flags.recordTo) return flags.recordTo;
  const folders = targets.filter((t) => !isPostgresUrl(t));
  if (targets.length === 1 && folders.length === 1) return folders[0];
  throw new UsageError('with several sources or a PostgreSQL source, say where the report is recorded: --record-to <ledger folder>, or --no-record');
}

/**
 * The folders an output file must never land in: every ledger folder read, the recording ledger,
 * the key folder and the vault (checkOutputPath).
 */
function protectedFolders(targets: readonly string[], recordDir: string | undefined, flags: Record<string, unknown>, io: CliIO): Array<string | undefined> {
  return [...targets, recordDir, flags.recordTo as string | undefined, (flags.keys as string | undefined) ?? defaultKeyDir(io.env), (flags.vault as string | undefined) ?? io.env.AGENT_AUDIT_VAULT];
}

/**
 * A signer-key problem of the recording ledger (a KeyError of fileLedger: no key for a signed ledger,
 * or another key than the one it is signed with), with the core's advice, which names the library's
 * options, replaced by this command's choices.
 */
function recordingKeyAdvice(message: string): string {
  const cut = message.search(/\. (?:If the key folder was lost|Use the ledger's key)/);
  const what = cut === -1 ? message : message.slice(0, cut + 1);
  return `${what} Run with the AGENT_AUDIT_HOME (or key folder) the ledger was written with, pass --signing-key <file> when it was written with an explicit key, record elsewhere with --record-to <ledger folder>, or not at all with --no-record.`;
}

/** Opens the `reports` stream of a ledger; waits up to 10 s for another report run holding its writer lock. */
async function openRecorder(dir: string, io: CliIO, signingKeyFile?: string): Promise<Auditor> {
  const deadline = Date.now() + 10_000;
  const signingKey = signingKeyFile ? readInputText(signingKeyFile, 'signer key file', 'key').trim() : undefined;
  for (;;) {
    try {
      return createAuditor({
        agent: { id: 'agent-audit-cli', name: 'agent-audit report' },
        stream: 'reports',
        source: 'agent-audit',
        sink: fileLedger({ dir, keyDir: defaultKeyDir(io.env), ...(signingKey ? { signingKey } : {}) }),
        onError: (error) => io.stderr.write(`agent-audit report: recording: ${describeError(error)}\n`),
      });
    } catch (error) {
      // The core's key messages name the library's options (keyDir, rotateKey): here, the flags.
      if (AuditError.isInstance(error) && error.code === 'key_error') throw new Error(`cannot record the report in ${dir}: ${recordingKeyAdvice(describeError(error))}`);
      const text = describeError(error);
      if (Date.now() > deadline || !/lock/i.test(text)) throw new Error(`cannot record the report in ${dir}: ${text}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** How the recording ledger is checked: the pinned keys, and whether it is the one folder the reports read. */
interface RecordGuard {
  keys: readonly string[] | undefined;
  sameAsSource: boolean;
}

function recordGuard(recordDir: string | undefined, targets: readonly string[], keys: readonly string[] | undefined): RecordGuard {
  const sameAsSource = recordDir !== undefined && targets.length === 1 && !isPostgresUrl(targets[0] as string) && path.resolve(targets[0] as string) === path.resolve(recordDir);
  return { keys, sameAsSource };
}

/** The verification the reports already ran over their one source folder (all of them must pass). */
function sourceVerification(items: ReadonlyArray<{ report: AnyReport }>): { ok: boolean; firstFailure?: { reason: string } } {
  const failed = items.find((item) => !item.report.verification.ok);
  if (!failed) return { ok: true };
  return { ok: false, firstFailure: { reason: failed.report.verification.firstFailure?.reason ?? 'see the report' } };
}

/**
 * Records `report.generated` (durably) for each rendered report. With `--out`, the report is
 * first written beside its target and put in place only once recorded (writeOutputFile): a
 * report that cannot be written is not recorded, and one that cannot be recorded is not written.
 * A recording ledger that does not verify (recordingRefusal) is not recorded into: the report is
 * still written, "not recorded: …" goes to stderr and the exit code stays that of the source.
 */
async function recordReports(dir: string | undefined, items: Array<{ report: AnyReport; format: ReportFormat; text: string; out?: string }>, io: CliIO, guard: RecordGuard, signingKeyFile?: string): Promise<void> {
  if (!dir) return;
  // Never into a ledger that does not verify: recording would sign a checkpoint and a head over a forgery.
  const refusal = await recordingRefusal(dir, guard.keys, guard.sameAsSource ? sourceVerification(items) : undefined);
  if (refusal) {
    io.stderr.write(`agent-audit report: ${refusal}\n`);
    return;
  }
  const auditor = await openRecorder(dir, io, signingKeyFile);
  try {
    for (const item of items) {
      const input = reportGeneratedInput(item.report, item.format, item.text, item.out);
      const receipt = await auditor.recordDurable(input);
      io.stderr.write(`recorded report.generated ${receipt.id} (${input.resource?.id ?? ''}) in ${dir}, stream reports\n`);
    }
  } finally {
    await auditor.close();
  }
}

/**
 * A progress bar on stderr for a long read (terminals only; nothing when stderr is piped): made on
 * the first report of progress, which brings the expected total (a folder's signed head).
 */
/**
 * A subject report whose keyring lacks key versions the ledger's pseudonyms use is incomplete
 * (GDPR Art. 15 answers must not be silently empty): said on stderr, and a failure (exit 1)
 * unless --partial-keys accepts it. Returns whether it counts as a failure.
 */
function incompleteSubject(report: AnyReport, flags: Record<string, unknown>, io: CliIO): boolean {
  if (report.kind !== 'subject' || report.subject.missingKeyIds.length === 0) return false;
  const missing = report.subject.missingKeyIds.join(', ');
  io.stderr.write(`agent-audit report: INCOMPLETE subject search: the ledger holds pseudonyms under key version(s) ${missing} that the pseudonym keyring (${report.subject.keyIds.join(', ') || 'no keys'}) lacks; give the ledger's pseudonym key with --keys DIR${flags.partialKeys ? ' (accepted: --partial-keys)' : ', or accept a partial search with --partial-keys'}\n`);
  return flags.partialKeys !== true;
}

function progressBar(io: CliIO, label: string): { onProgress: (done: number, total: number | undefined) => void; done(): void } {
  let bar: Progress | undefined;
  return {
    onProgress: (done, total) => {
      bar ??= createProgress(io, label, total);
      bar.update(done);
    },
    done: () => bar?.done(),
  };
}

async function buildReport(kind: Kind, source: ReportSource, flags: CommonFlags & Record<string, unknown>, io: CliIO): Promise<AnyReport> {
  const progress = progressBar(io, `report ${kind}`);
  try {
    return await buildReportWith(kind, source, flags, io, progress.onProgress);
  } finally {
    progress.done();
  }
}

async function buildReportWith(kind: Kind, source: ReportSource, flags: CommonFlags & Record<string, unknown>, io: CliIO, onProgress: ReportOptions['onProgress']): Promise<AnyReport> {
  const keys = pinnedKeys(flags, io);
  const common: ReportOptions = {
    ...(flags.from ? { from: flags.from } : {}),
    ...(flags.to ? { to: flags.to } : {}),
    ...(keys ? { verifierKeys: keys } : {}),
    ...(flags.maxRows ? { maxRows: flags.maxRows } : {}),
    ...(io.stderr.isTTY && onProgress ? { onProgress } : {}),
  };
  switch (kind) {
    case 'activity':
      return activityReport(source, common);
    case 'ai-act':
      return aiActReport(source, common);
    case 'coverage':
      return coverageReport(source, { ...common, ...(typeof flags.silenceHours === 'number' ? { silenceHours: flags.silenceHours } : {}) });
    case 'decision': {
      const trace = flags.trace as string | undefined;
      const session = flags.session as string | undefined;
      if ((trace ? 1 : 0) + (session ? 1 : 0) !== 1) throw new UsageError('report decision needs exactly one of --trace and --session');
      return decisionReport(source, { ...common, ...(trace ? { trace } : { session: session as string }) });
    }
    case 'subject': {
      const value = flags.value as string | undefined;
      const actor = flags.actor as string | undefined;
      if ((value ? 1 : 0) + (actor ? 1 : 0) !== 1) throw new UsageError('report subject needs exactly one of --value and --actor');
      // A read-only report never creates a vault: a missing --vault folder is a usage error, first.
      const vaultDir = (flags.vault as string | undefined) ?? io.env.AGENT_AUDIT_VAULT;
      if (vaultDir) existingFolder(vaultDir, flags.vault !== undefined ? '--vault' : 'AGENT_AUDIT_VAULT');
      const keysDir = (flags.keys as string | undefined) ?? defaultKeyDir(io.env);
      const keyring = loadKeyring('pseudonym', { dir: keysDir, create: false });
      return subjectReport(source, {
        ...common,
        ...(value ? { value } : { actor: actor as string }),
        keyring,
        ...(vaultDir ? { vault: createVault({ dir: vaultDir, keysDir }) } : {}),
      });
    }
  }
}

function addCommonOptions(command: Command): Command {
  return command
    .option('--from <time>', 'start of the period, inclusive: ISO time or date, 24h, 7d, today, yesterday', timeOption)
    .option('--to <time>', 'end of the period, exclusive (same forms)', timeOption)
    .addOption(formatOption(FORMATS, 'md'))
    .option('--out <file>', 'write the report to a file instead of standard output')
    .option('--key <verifierKey>', 'pinned verifier key (repeatable; default $AGENT_AUDIT_VERIFIER_KEY, else the ledger\'s own copy, with a warning)', collectKey)
    .option('--max-rows <n>', 'rows kept per listing; totals stay exact (default 1000)', positiveInteger)
    .option('--record-to <dir>', 'ledger folder whose "reports" stream records report.generated (default: the source, when it is one folder)')
    .option('--no-record', 'do not record report.generated (the report says nothing about itself then)')
    .option('--signing-key <file>', 'signer key file for the recording ledger, when it was written with an explicit key (default: its managed key)');
}

const KIND_HELP: Record<Kind, string> = {
  activity: 'events by type, sessions, actors, tools, resources, data classes, approvals, denials, errors, gaps; SOC 2 CC6/CC7 history; PCI DSS 10.2 field completeness',
  subject: 'GDPR Art. 15 access report for one person (--value RAW or --actor ID); the raw value is never printed, others are masked',
  decision: 'GDPR Art. 22 / incident review: one trace or session as a nested timeline, each event with its inclusion proof',
  'ai-act': 'EU AI Act Art. 12 record: periods of use, input references, human oversight, anomalies, retention (Art. 19, 26(6))',
  coverage: 'log coverage matrix: agent x tool / resource / MCP server, calls without results, agents or servers that stopped reporting',
};

function addKindOptions(kind: Kind | 'all', command: Command): Command {
  if (kind === 'subject' || kind === 'all') {
    command
      .option('--value <raw>', 'the raw value the request is about (email, phone, card, IBAN, SSN...); never printed')
      .option('--actor <id>', 'an actor id as recorded; never printed')
      .option('--keys <dir>', 'folder of the pseudonym key (default $AGENT_AUDIT_HOME/keys or ~/.config/agent-audit/keys)')
      .option('--vault <dir>', 'vault folder, for the erasure status (default $AGENT_AUDIT_VAULT)')
      .option('--partial-keys', 'exit 0 even when the ledger holds pseudonyms under key versions the keyring lacks (the report still says it is incomplete)');
  }
  if (kind === 'decision' || kind === 'all') command.option('--trace <traceId>', 'the W3C trace id of the run').option('--session <id>', 'the session of the run');
  if (kind === 'coverage' || kind === 'all') command.option('--silence-hours <h>', 'list agents and servers silent longer than this (default 24)', positiveNumber);
  return command;
}

/**
 * Registers `report` (with one subcommand per kind, and `all`), `export` and `verify-bundle` on
 * a commander program. The exit code of the run is left in `state.code`.
 */
export function registerReportCommands(program: Command, io: CliIO, state: { code: number }): void {
  const report = wire(program.command('report').description('compliance reports from a ledger folder, several folders, or a PostgreSQL URL'), io);
  report.addHelpText('after', `
Kinds: ${KINDS.join(', ')}, all. Each report is recorded as a report.generated event carrying its SHA-256
(in the "reports" stream of the source folder, or of --record-to) before it is written.
Exit codes: 0 written (check verification in the report), 1 the source does not verify, or a subject
search is incomplete (pseudonym key versions missing; --partial-keys accepts it), 2 usage or I/O error.`);
  for (const kind of KINDS) {
    const command = wire(report.command(kind).description(KIND_HELP[kind]).argument('<source...>', 'ledger folder(s) and/or postgres:// URL(s)'), io);
    addKindOptions(kind, addCommonOptions(command));
    command.action(async (targets: string[], flags: CommonFlags & Record<string, unknown>) => {
      checkPeriod(flags.from, flags.to);
      const recordDir = recordTarget(flags, targets);
      const outTarget = flags.out ? checkOutputPath(flags.out, protectedFolders(targets, recordDir, flags, io)) : undefined;
      pinnedKeys(flags, io);
      const source = await openSources(targets);
      const built = await buildReport(kind, source, flags, io);
      const format = flags.format as ReportFormat;
      const text = renderReport(built, format);
      const record = () => recordReports(recordDir, [{ report: built, format, text, ...(flags.out ? { out: flags.out } : {}) }], io, recordGuard(recordDir, targets, pinnedKeys(flags, io)), flags.signingKey);
      if (outTarget && flags.out) await writeOutputFile(outTarget, text, record, flags.out);
      else {
        await record();
        const output = createOutput(io.stdout);
        await output.write(text);
        output.dispose();
      }
      if (!built.verification.ok) io.stderr.write(`agent-audit report: the source does not verify: ${built.verification.firstFailure?.reason ?? 'see the report'}\n`);
      const incomplete = incompleteSubject(built, flags, io);
      state.code = built.verification.ok && !incomplete ? EXIT_OK : EXIT_INVALID;
    });
  }
  const all = wire(report.command('all').description('every report that applies: activity, ai-act, coverage, plus subject and decision when their selectors are given').argument('<source...>', 'ledger folder(s) and/or postgres:// URL(s)'), io);
  all
    .option('--from <time>', 'start of the period, inclusive: ISO time or date, 24h, 7d, today, yesterday', timeOption)
    .option('--to <time>', 'end of the period, exclusive (same forms)', timeOption)
    .option('--format <formats>', 'comma-separated formats: md, html, json', 'md,html,json')
    .requiredOption('--out-dir <dir>', 'folder to write <kind>.<format> files into')
    .option('--key <verifierKey>', 'pinned verifier key (repeatable)', collectKey)
    .option('--max-rows <n>', 'rows kept per listing (default 1000)', positiveInteger)
    .option('--record-to <dir>', 'ledger folder whose "reports" stream records report.generated')
    .option('--no-record', 'do not record report.generated')
    .option('--signing-key <file>', 'signer key file for the recording ledger, when it was written with an explicit key');
  addKindOptions('all', all);
  all.action(async (targets: string[], flags: CommonFlags & Record<string, unknown> & { outDir: string }) => {
    const formats = String(flags.format).split(',').map((f) => f.trim()).filter(Boolean);
    for (const f of formats) if (!FORMATS.includes(f as ReportFormat)) throw new UsageError(`--format: unknown format ${JSON.stringify(f)} (md, html, json)`);
    checkPeriod(flags.from, flags.to);
    const recordDir = recordTarget(flags, targets);
    const protect = protectedFolders(targets, recordDir, flags, io);
    checkOutputPath(flags.outDir, protect, '--out-dir');
    pinnedKeys(flags, io);
    const source = await openSources(targets);
    const kinds: Kind[] = ['activity', 'ai-act', 'coverage'];
    if (flags.value || flags.actor) kinds.push('subject');
    if (flags.trace || flags.session) kinds.push('decision');
    try {
      fs.mkdirSync(flags.outDir, { recursive: true });
    } catch (error) {
      throw new UsageError(`cannot create --out-dir ${flags.outDir}: ${describeError(error)}`);
    }
    const items: Array<{ report: AnyReport; format: ReportFormat; text: string; out: string; target: string }> = [];
    for (const kind of kinds) {
      const built = await buildReport(kind, source, flags, io);
      for (const format of formats as ReportFormat[]) {
        const out = path.join(flags.outDir, `${kind}.${EXTENSIONS[format]}`);
        items.push({ report: built, format, text: renderReport(built, format), out, target: checkOutputPath(out, protect, '--out-dir') });
      }
    }
    // Every file is written beside its target first, then all are recorded, then put in place.
    const writeFrom = (i: number): Promise<void> =>
      i === items.length ? recordReports(recordDir, items, io, recordGuard(recordDir, targets, pinnedKeys(flags, io)), flags.signingKey) : writeOutputFile((items[i] as { target: string }).target, (items[i] as { text: string }).text, () => writeFrom(i + 1), (items[i] as { out: string }).out);
    await writeFrom(0);
    for (const item of items) io.stderr.write(`wrote ${item.out}\n`);
    const incomplete = [...new Set(items.map((i) => i.report))].map((r) => incompleteSubject(r, flags, io)).some(Boolean);
    state.code = items.every((i) => i.report.verification.ok) && !incomplete ? EXIT_OK : EXIT_INVALID;
  });

  const exportCommand = wire(program.command('export').description('write an evidence bundle: selected events, their inclusion proofs, the covering checkpoints, the verifier keys and a manifest'), io);
  exportCommand
    .argument('<source...>', 'ledger folder(s) and/or postgres:// URL(s)')
    .option('--session <id>', 'select a session')
    .option('--trace <traceId>', 'select a trace')
    .option('--from <time>', 'select from this time, inclusive (ISO, 24h, yesterday...)', timeOption)
    .option('--to <time>', 'select up to this time, exclusive', timeOption)
    .requiredOption('--out <file>', 'the bundle file to write')
    .option('--key <verifierKey>', 'pinned verifier key: the source must verify under it (repeatable; default $AGENT_AUDIT_VERIFIER_KEY)', collectKey)
    .option('--sign-key <file>', 'signer key file (PRIVATE+KEY+...) that signs the bundle digest, authenticating its manifest')
    .option('--max-events <n>', 'most events a bundle may hold (default 100000)', positiveInteger)
    .addHelpText('after', '\nExit codes: 0 written, 1 the source does not verify or an event is not covered by a signed checkpoint, 2 usage or I/O error.')
    .action(async (targets: string[], flags: { session?: string; trace?: string; from?: Date; to?: Date; out: string; key?: string[]; signKey?: string; maxEvents?: number }) => {
      if (!flags.session && !flags.trace && !flags.from && !flags.to) throw new UsageError('export needs --session, --trace, or --from/--to');
      checkPeriod(flags.from, flags.to);
      const outTarget = checkOutputPath(flags.out, [...targets, defaultKeyDir(io.env)]);
      const keys = pinnedKeys(flags, io);
      const signerKey = flags.signKey ? readInputText(flags.signKey, 'signer key file', 'key').trim() : undefined;
      const source = await openSources(targets);
      const progress = progressBar(io, 'export');
      try {
        const { bundle, text } = await exportBundle(source, {
          ...(io.stderr.isTTY ? { onProgress: progress.onProgress } : {}),
          ...(flags.session ? { session: flags.session } : {}),
          ...(flags.trace ? { trace: flags.trace } : {}),
          ...(flags.from ? { from: flags.from } : {}),
          ...(flags.to ? { to: flags.to } : {}),
          ...(keys ? { verifierKeys: keys } : {}),
          ...(signerKey ? { signerKey } : {}),
          ...(flags.maxEvents ? { maxEvents: flags.maxEvents } : {}),
        });
        progress.done();
        await writeOutputFile(outTarget, text, undefined, flags.out);
        io.stderr.write(`wrote ${flags.out}: ${bundle.manifest.events} event(s) from ${bundle.manifest.streams.length} stream(s), ${bundle.checkpoints.length} signed checkpoint(s), digest ${bundle.digest}${bundle.signature ? ', signed' : ''}\n`);
        state.code = EXIT_OK;
      } catch (error) {
        const code = (error as { code?: string }).code;
        progress.done();
        if (code === 'ledger_invalid' || code === 'not_checkpointed') {
          io.stderr.write(`agent-audit export: ${describeError(error)}\n`);
          state.code = EXIT_INVALID;
          return;
        }
        throw error;
      }
    });

  const verifyBundleCommand = wire(program.command('verify-bundle').description('check an evidence bundle offline with a pinned verifier key'), io);
  verifyBundleCommand
    .argument('<file>', 'the bundle file')
    .option('--key <verifierKey>', 'pinned verifier key (repeatable; default $AGENT_AUDIT_VERIFIER_KEY); required', collectKey)
    .option('--bundle-key <verifierKey>', 'verifier key of the bundle signer (export --sign-key), repeatable: the bundle must be signed by it (an unsigned bundle is INVALID)', collect)
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExit codes: 0 valid, 1 any change (the first problem is named), 2 usage (no key, unreadable file).')
    .action(async (file: string, flags: { key?: string[]; bundleKey?: string[]; json?: boolean }) => {
      const keys = pinnedKeys(flags, io);
      if (!keys) throw new UsageError('verify-bundle needs the pinned verifier key: --key (or AGENT_AUDIT_VERIFIER_KEY)');
      // A malformed key, or a signer key given by mistake (never printed), is a usage error (exit 2), as in `verify`.
      try {
        checkVerifierKeys([...keys, ...(flags.bundleKey ?? [])]);
      } catch (error) {
        throw new UsageError(describeError(error));
      }
      const bytes = readInputFile(file, 'bundle', 'bundle');
      let result;
      try {
        result = verifyBundle(bytes, keys, flags.bundleKey ? { signerKeys: flags.bundleKey } : {});
      } catch (error) {
        throw new UsageError(describeError(error));
      }
      const output = createOutput(io.stdout);
      if (flags.json) await output.write(`${JSON.stringify(result)}\n`);
      else if (result.ok) await output.write(`OK: ${result.events} event(s), ${result.checkpoints} signed checkpoint(s) verified with the pinned key${result.signed ? '; manifest signed' : '; manifest integrity-checked (not signed)'}\n`);
      else await output.write(safe`INVALID: ${result.reason}` + '\n');
      output.dispose();
      state.code = result.ok ? EXIT_OK : EXIT_INVALID;
    });
}

const run = (name: string, argv: string[], io: CliIO): Promise<number> => runRegistered(registerReportCommands, name, argv, io);

/** `agent-audit report …` as a function (tests; main.ts registers the commands on its program). */
export const reportCommand = (argv: string[], io: CliIO): Promise<number> => run('report', argv, io);
/** `agent-audit export …`. */
export const exportCommand = (argv: string[], io: CliIO): Promise<number> => run('export', argv, io);
/** `agent-audit verify-bundle …`. */
export const verifyBundleCommand = (argv: string[], io: CliIO): Promise<number> => run('verify-bundle', argv, io);
