import path from 'node:path';
import {
  applyRetention, checkVerifierKeys, defaultKeyDir, loadRetentionPolicy, planRetention, readArchiveKey, verifyArchive,
  type RetentionApplyResult, type RetentionPlan,
} from '@agent-audit/core';
import type { Command } from 'commander';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, describeError, safe, type CliIO } from '../io.js';
import { collect, collectKey, runRegistered, timeOption, verifierKeyFromEnv, wire } from '../layer.js';

interface RetentionFlags {
  now?: Date;
  archive?: string;
  encryptKey?: string;
  policy?: string;
  allowBelowMinimum?: boolean;
  stream?: string[];
  keyDir?: string;
  key?: string[];
  json?: boolean;
}

const HELP = `
plan prints what apply would do; it changes nothing. apply archives, for each stream, the closed
segments (never the last one) from its start whose every event is past its retention period and
under no legal hold, and covered by a signed checkpoint; verifies each archive after writing it;
appends a signed ledger.pruned record to the stream's pruned.jsonl; and only then removes the
segments. A segment holding one event that must stay (or is held) stays whole, and so does every
segment after it. Periods: the longest of the policy rules an event's regimes and data classes
match, never less than its compliance.retentionDays (docs/RETENTION.md); --policy FILE overrides
({ "rules": [{ "regime": "soc2", "months": 24, "basis": "…" }], "default": { "months": 24, "basis": "…" } }).
A policy keeping PHI (hipaa) less than 6 years or EU AI Act logs less than 6 months is refused
(exit 2) unless --allow-below-minimum.

Archives go to --archive DIR (outside the ledger), one file per stream and run; with
--encrypt-key FILE (32 bytes, hex or base64, mode 0600, outside the ledger and the archive folder)
they are encrypted with AES-256-GCM. \`agent-audit verify <archive file> [--encrypt-key FILE]\` checks one.
apply signs with the ledger's signer key (from --key-dir, else the default key folder).

apply first finishes a prune a killed run left half done (removes the leftover segments below
the signed prune point, records the missing ledger.pruned event), and reuses an archive a killed
run wrote when it verifies. One apply at a time per ledger (RETENTION.lock). The holds stream and
the signed head must verify first, or nothing is removed (plan reports it and exits 1).

Exit codes: 0 done (or nothing to do); 1 a stream was left whole because its archive did not
verify, holds changed meanwhile, or the holds stream does not verify; 2 usage, key or I/O error,
or another retention apply is running.`;

function fmtBytes(n: number): string {
  return n >= 1 << 30 ? `${(n / (1 << 30)).toFixed(1)} GiB` : n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;
}

function printPlan(plan: RetentionPlan, io: CliIO, verb: string): void {
  io.stdout.write(safe`ledger ${plan.ledger}, now ${plan.now}: ${verb} ${plan.events} events (${fmtBytes(plan.bytes)}) in ${plan.streams.filter((s) => s.segments.length > 0).length} stream(s)` + '\n');
  for (const s of plan.streams) {
    const what = s.segments.length > 0
      ? safe`archive and remove seqs ${s.from}..${s.to - 1} (${s.segments.length} segment(s), ${s.to - s.from} events, ${s.segments[0]?.firstTs ?? '?'} .. ${s.segments.at(-1)?.lastTs ?? '?'}; covered by the checkpoint at ${s.covering?.size})`
      : 'nothing to remove';
    // Ledger content is untrusted when shown: control characters are escaped.
    const kept = s.kept ? safe`; keeps the rest: ${JSON.stringify(s.kept.reason).slice(1, -1)}` : '';
    io.stdout.write(safe`  ${s.stream}: ` + what + kept + '\n');
  }
  for (const i of plan.interrupted ?? []) io.stdout.write(safe`  ${i.stream}: interrupted prune: ${i.segments} leftover segment(s) below the last prune point; rerun retention apply\n`);
  if (plan.holdsFailure) io.stdout.write(safe`  holds stream does not verify: ${JSON.stringify(plan.holdsFailure).slice(1, -1)}; nothing would be removed` + '\n');
  for (const h of plan.holds) io.stdout.write(safe`  hold ${h.id}: ${h.scope} ${JSON.stringify(h.value)} since ${h.placedAt} (${JSON.stringify(h.reason).slice(1, -1)})` + '\n');
}

async function retentionAction(mode: 'plan' | 'apply', dir: string, flags: RetentionFlags, io: CliIO): Promise<number> {
  try {
    const policy = loadRetentionPolicy(flags.policy, { allowBelowMinimum: flags.allowBelowMinimum === true });
    const base = { ...(flags.now ? { now: flags.now } : {}), policy, ...(flags.stream?.length ? { streams: flags.stream } : {}) };
    const fromEnv = verifierKeyFromEnv(io.env);
    const keys = flags.key ?? (fromEnv ? [fromEnv] : undefined);
    if (keys) checkVerifierKeys(keys);
    if (mode === 'plan') {
      const plan = await planRetention(dir, { ...base, ...(keys ? { verifierKey: keys } : {}) });
      if (flags.json) io.stdout.write(JSON.stringify(plan, (k, v: unknown) => (k === 'state' ? undefined : v)) + '\n');
      else printPlan(plan, io, 'would archive and remove');
      return plan.holdsFailure ? EXIT_INVALID : EXIT_OK;
    }
    if (!flags.archive) {
      io.stderr.write('agent-audit retention apply: --archive DIR is required (archives are written before anything is removed)\n');
      return EXIT_USAGE;
    }
    const encryptionKey = flags.encryptKey ? readArchiveKey(flags.encryptKey, [dir, flags.archive]) : undefined;
    const result: RetentionApplyResult = await applyRetention(dir, {
      ...base,
      archiveDir: flags.archive,
      keyDir: flags.keyDir ?? defaultKeyDir(io.env),
      ...(encryptionKey ? { encryptionKey } : {}),
      ...(keys ? { verifierKey: keys } : {}),
    });
    if (flags.json) {
      io.stdout.write(JSON.stringify({ ledger: result.plan.ledger, now: result.plan.now, pruned: result.pruned, skipped: result.skipped, ...(result.finished ? { finished: result.finished } : {}) }) + '\n');
    } else {
      for (const f of result.finished ?? []) io.stdout.write(safe`finished an interrupted prune of ${f.stream}: removed ${f.segments} leftover segment(s) below seq ${f.to}` + '\n');
      for (const p of result.pruned) io.stdout.write(safe`pruned ${p.stream}: seqs ${p.from}..${p.to - 1} (${p.events} events, ${fmtBytes(p.bytes)}) -> ${path.relative(process.cwd(), p.archive) || p.archive} (sha256 ${p.archiveSha256}); archive verified, ledger.pruned signed` + '\n');
      if (result.pruned.length === 0 && !result.finished?.length) io.stdout.write('nothing removed\n');
      for (const s of result.skipped) io.stderr.write(`agent-audit retention apply: ${s.stream} left whole: ${s.reason}\n`);
    }
    return result.skipped.length > 0 ? EXIT_INVALID : EXIT_OK;
  } catch (error) {
    io.stderr.write(`agent-audit retention ${mode}: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
}

/** Registers `retention plan|apply`; the exit code is left in `state.code`. */
export function registerRetention(program: Command, io: CliIO, state: { code: number }): void {
  const retention = wire(program.command('retention').description('archive and remove ledger segments past their retention period (plan | apply)'), io).addHelpText('after', HELP);
  const common = (command: Command): Command => command
    .argument('<ledger>', 'ledger folder')
    .option('--now <time>', 'measure periods against this time (ISO time or date, or 30d for 30 days ago; e.g. 2031-01-01); default now', timeOption)
    .option('--policy <file>', 'retention policy JSON merged over the defaults (docs/RETENTION.md)')
    .option('--allow-below-minimum', 'accept a policy shorter than a regulatory minimum (PHI 6 years, EU AI Act 6 months)')
    .option('--stream <name>', 'only this stream (repeatable)', collect)
    .option('--json', 'print JSON');
  common(wire(retention.command('plan').description('print what apply would archive and remove, and why the rest stays'), io))
    .option('--key <verifierKey>', 'pinned verifier key the holds stream and signed head are checked with (repeatable; default $AGENT_AUDIT_VERIFIER_KEY, else the ledger\'s keys)', collectKey)
    .action(async (dir: string, flags: RetentionFlags) => {
      state.code = await retentionAction('plan', dir, flags, io);
    });
  common(wire(retention.command('apply').description('archive, verify the archive, sign a ledger.pruned record, then remove'), io))
    .option('--archive <dir>', 'folder the archives are written to (outside the ledger); required')
    .option('--encrypt-key <file>', 'encrypt archives with AES-256-GCM under this 32-byte key file (outside the ledger)')
    .option('--key-dir <dir>', "folder of the ledger's signer key (default: the default key folder)")
    .option('--key <verifierKey>', 'pinned verifier key to check the archive with (repeatable; default $AGENT_AUDIT_VERIFIER_KEY, else the ledger\'s keys)', collectKey)
    .action(async (dir: string, flags: RetentionFlags) => {
      state.code = await retentionAction('apply', dir, flags, io);
    });
}

/** `agent-audit retention …` as a function. */
export const retentionCommand = (argv: string[], io: CliIO): Promise<number> => runRegistered(registerRetention, 'retention', argv, io);

/**
 * `agent-audit verify <archive file>`: checks a retention archive on its own (exit 0 valid,
 * 1 changed or not verifiable, 2 usage: an encrypted archive without its key, an unreadable file).
 */
export async function verifyArchiveAction(file: string, keys: string[] | undefined, flags: { encryptKey?: string; json?: boolean }, io: CliIO): Promise<number> {
  try {
    const encryptionKey = flags.encryptKey ? readArchiveKey(flags.encryptKey, [path.dirname(path.resolve(file))]) : undefined;
    const result = await verifyArchive(file, { ...(keys ? { verifierKey: keys } : {}), ...(encryptionKey ? { encryptionKey } : {}) });
    if (flags.json) io.stdout.write(JSON.stringify(result) + '\n');
    else if (result.ok && result.manifest) {
      const m = result.manifest;
      io.stdout.write(safe`OK: archive of stream ${JSON.stringify(m.stream).slice(1, -1)}, seqs ${m.from}..${m.to - 1} (${result.events} events, ${m.firstTs ?? '?'} .. ${m.lastTs ?? '?'}), ${result.checkpoints} signed checkpoint(s) and the seal verified${result.encrypted ? ', decrypted' : ''} (key: ${result.keySource}); ledger ${m.ledger}` + '\n');
    } else {
      io.stdout.write(safe`INVALID: archive ${file}` + (result.failure?.seq !== undefined ? safe`, seq ${result.failure.seq}` : '') + safe`: ${result.failure?.reason ?? 'unknown'}` + '\n');
    }
    for (const warning of result.warnings) io.stderr.write(safe`warning: ${warning}` + '\n');
    return result.ok ? EXIT_OK : EXIT_INVALID;
  } catch (error) {
    io.stderr.write(`agent-audit verify: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
}
