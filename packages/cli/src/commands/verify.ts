import fs from 'node:fs';
import path from 'node:path';
import { KeyError, checkVerifierKeys, readSmallFile, fileLedger, isArchiveFile, listStreams, readDirectoryWitness, readLedgerInfo, verifyLedger, type VerifyResult } from '@agent-audit/core';
import { verifyArchiveAction } from './retention.js';
import type { Command } from 'commander';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, describeError, isPostgresUrl, safe, type CliIO } from '../io.js';
import { collect, collectKey, plainStreamName, verifierKeyFromEnv, wire } from '../layer.js';
import { createProgress } from '../progress.js';
import { runRegistered } from './query.js';

type PostgresModule = {
  verifyPostgres(url: string, o: { verifierKeys?: string[]; streams?: string[] }): Promise<VerifyResult>;
  readPostgresWitness(url: string, ledgerId: string): Promise<string[]>;
};

async function loadPostgres(): Promise<PostgresModule> {
  return (await import('@agent-audit/postgres')) as unknown as PostgresModule;
}

async function verifyAction(target: string, flags: { key?: string[]; stream?: string[]; state?: string; witness?: string; json?: boolean; encryptKey?: string; acceptUnsignedTail?: boolean }, io: CliIO): Promise<number> {
  // `verify … | head` closing stdout is no crash (createProgram ignores EPIPE): the exit code stays the verdict.
  if (emptyPath(flags, io, 'verify')) return EXIT_USAGE;
  const keys = pinnedKeys(flags.key, io, 'verify');
  if (keys === null) return EXIT_USAGE;
  // A typo in the key is a usage error (exit 2), never "INVALID" (which means tampering).
  try {
    if (keys) checkVerifierKeys(keys);
  } catch (error) {
    io.stderr.write(`agent-audit verify: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
  // A retention archive (a file, not a folder) is checked on its own: a file with an archive's
  // first line, or named as retention names archives (`….archive`), is an archive attempt (a
  // changed first line is an INVALID archive, never a usage error). Any other file is no ledger:
  // a usage error (exit 2), so a mistyped path in a job is not reported as tampering (a probe of
  // 2026-12-06: `verify ./package.json` said INVALID, exit 1).
  if (!isPostgresUrl(target) && (isArchiveFile(target) || (isRegularFile(target) && /\.archive$/i.test(target)))) return verifyArchiveAction(target, keys, flags, io);
  if (!isPostgresUrl(target) && isRegularFile(target)) {
    io.stderr.write(safe`agent-audit verify: ${target} is a file, not a ledger folder, and not a retention archive (no archive first line, and its name does not end in .archive): pass a ledger folder, a PostgreSQL URL or an archive` + '\n');
    return EXIT_USAGE;
  }
  // Neither a folder nor an archive (a device such as /dev/zero, a FIFO, a socket): not a ledger,
  // a usage error (exit 2) as a missing folder is, never "INVALID" (which means tampering).
  const notFolder = isPostgresUrl(target) ? undefined : notALedgerFolder(target);
  if (notFolder) {
    io.stderr.write(safe`agent-audit verify: ${target} is not a ledger folder: ${notFolder}` + '\n');
    return EXIT_USAGE;
  }
  const progress = io.stderr.isTTY && !flags.json && !isPostgresUrl(target);
  const bar = progress ? createProgress(io, 'verifying', estimateEvents(target, flags.stream)) : undefined;
  const seen = new Map<string, number>();
  let result: VerifyResult;
  try {
    if (isPostgresUrl(target)) {
      if (flags.witness) throw new KeyError({ message: '--witness applies to ledger folders; for a PostgreSQL store use --state FILE (outside the database\'s reach)' });
      const pg = await loadPostgres();
      result = await pg.verifyPostgres(target, { ...(keys ? { verifierKeys: keys } : {}), ...(flags.stream?.length ? { streams: flags.stream } : {}), ...(flags.state ? { state: flags.state } : {}) });
    } else {
      const witness = await loadWitness(flags.witness, target);
      result = await verifyLedger(target, {
        ...(keys ? { verifierKey: keys } : {}),
        ...(flags.stream?.length ? { streams: flags.stream } : {}),
        ...(flags.state ? { state: flags.state } : {}),
        ...(witness ? { witness } : {}),
        ...(flags.acceptUnsignedTail ? { acceptUnsignedTail: true } : {}),
        ...(bar ? { onProgress: (n: number, s: string) => { seen.set(s, n); bar.update([...seen.values()].reduce((x, y) => x + y, 0), `verifying ${s}`); } } : {}),
      });
    }
  } catch (error) {
    bar?.done();
    io.stderr.write(`agent-audit verify: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
  bar?.done();
  if (flags.json) {
    io.stdout.write(JSON.stringify(result) + '\n');
  } else {
    printResult(result, isPostgresUrl(target) ? undefined : target, io);
  }
  return result.ok ? EXIT_OK : EXIT_INVALID;
}

/**
 * `--state ""` or `--witness ""` (an unset variable in a script) would silently check nothing
 * against what was seen before: a usage error, printed; true when so.
 */
function emptyPath(flags: { state?: string; witness?: string }, io: CliIO, command: string): boolean {
  for (const [flag, value] of [['--state', flags.state], ['--witness', flags.witness]] as const) {
    if (value !== undefined && value.trim() === '') {
      io.stderr.write(`agent-audit ${command}: ${flag} was given an empty path (an unset variable?); give the ${flag === '--state' ? 'state file' : 'witness folder or postgres:// URL'}, or leave ${flag} out\n`);
      return true;
    }
  }
  return false;
}

/** The pinned keys: --key, else AGENT_AUDIT_VERIFIER_KEY. Set but empty (an unset CI secret) is a usage error: null. */
function pinnedKeys(given: string[] | undefined, io: CliIO, command: string): string[] | undefined | null {
  if (given) return given;
  const env = verifierKeyFromEnv(io.env);
  if (env === undefined) return undefined;
  if (env === '') {
    io.stderr.write(`agent-audit ${command}: AGENT_AUDIT_VERIFIER_KEY is set but empty (an unset secret?); set it to the verifier key, or unset it\n`);
    return null;
  }
  return [env];
}

/** Events the signed HEAD covers (the progress bar's total); undefined when there is no readable HEAD. */
function estimateEvents(dir: string, streams: string[] | undefined): number | undefined {
  try {
    let total = 0;
    // Bounded and never blocking (a FIFO in place of HEAD is verifyLedger's finding, not a hang here).
    for (const match of readSmallFile(path.join(dir, 'HEAD'), 1024 * 1024).matchAll(/^stream (\S+) (\d+) /gm)) {
      if (!streams?.length || streams.includes(match[1] as string)) total += Number(match[2]);
    }
    return total > 0 ? total : undefined;
  } catch {
    return undefined;
  }
}

/** The heads a `--witness` folder or PostgreSQL table holds for the ledger at `target` (see readWitnessFolder for the exit codes). */
async function loadWitness(given: string | undefined, target: string): Promise<{ name: string; heads: string[]; error?: string; folder?: string } | undefined> {
  if (!given) return undefined;
  let witness: { name: string; heads: string[]; error?: string; folder?: string } | undefined;
  let ledgerId: string | undefined;
  try {
    ledgerId = readLedgerInfo(target).id;
  } catch {
    // verifyLedger reports the marker (a finding, or a usage error for a folder that is not a
    // ledger, unless the witness folder remembers a ledger at this path)
  }
  if (isPostgresUrl(given)) {
    const name = given.replace(/\/\/[^@/]*@/, '//***@');
    if (ledgerId !== undefined) {
      try {
        witness = { name, heads: await (await loadPostgres()).readPostgresWitness(given, ledgerId) };
      } catch (error) {
        throw new KeyError({ message: `cannot check against the witness ${name}: ${describeError(error)}` });
      }
    }
  } else {
    witness = readWitnessFolder(given, ledgerId);
  }
  return witness;
}

/**
 * A witness folder that cannot be reached at all (missing, not a folder, unreadable) is a usage
 * error (exit 2: nothing was checked), like a PostgreSQL witness whose server or table cannot be
 * read; one that is there but holds a garbage or foreign entry is a finding (exit 1).
 */
function readWitnessFolder(dir: string, ledgerId: string | undefined): { name: string; heads: string[]; error?: string; folder: string } {
  try {
    if (!fs.statSync(dir).isDirectory()) throw new Error('not a folder');
    fs.readdirSync(dir);
  } catch (error) {
    throw new KeyError({ message: `cannot check against the witness ${dir}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (error as Error).message} (mount it, or fix the path)` });
  }
  if (ledgerId === undefined) return { name: dir, heads: [], folder: dir };
  try {
    const notes: string[] = [];
    const heads = readDirectoryWitness(dir, ledgerId, (note) => notes.push(note)).map((entry) => entry.head);
    return { name: dir, heads, folder: dir, ...(notes.length > 0 ? { notes } : {}) };
  } catch (error) {
    if ((error as { code?: string }).code !== 'witness_format') throw new KeyError({ message: `cannot check against the witness ${dir}: ${describeError(error)}` });
    return { name: dir, heads: [], error: describeError(error), folder: dir };
  }
}

function printResult(result: VerifyResult, dir: string | undefined, io: CliIO): void {
  const f = result.firstFailure;
  if (result.ok) {
    io.stdout.write(safe`OK: ${result.events} events in ${result.streams} stream(s), ${result.checkpoints} signed checkpoint(s) verified (key: ${result.keySource})` + (result.ledger ? safe`; ledger ${result.ledger}` : '') + '\n');
  } else if (f) {
    // verifyLedger names ledger files relative to the ledger folder, and a witness or state file as given.
    // Ledger text (a stream name, an event id, a reason quoting a field) is untrusted when shown: escaped.
    const file = f.file ? safe` (file ${f.file})` : '';
    const where = f.stream === '' ? 'ledger' : safe`stream ${f.stream}, seq ${f.seq}` + (f.id ? safe`, event ${f.id}` : '');
    io.stdout.write(`INVALID: ${where}: ${safe`${f.reason}`}${file}\n`);
    const failing = f.stream === '' ? undefined : result.reports.find((r) => r.stream === f.stream);
    io.stdout.write(failing
      ? safe`checked ${failing.events} events of stream ${f.stream} before the failure (${result.events} events in ${result.streams} stream(s) in all)` + '\n'
      : `checked ${result.events} events in ${result.streams} stream(s)\n`);
  }
  for (const warning of result.warnings) io.stderr.write(safe`warning: ${warning}` + '\n');
}

async function migrateAction(target: string, values: { key?: string[]; keyDir?: string; state?: string; witness?: string }, io: CliIO): Promise<number> {
  if (emptyPath(values, io, 'migrate')) return EXIT_USAGE;
  const keys = pinnedKeys(values.key, io, 'migrate');
  if (keys === null) return EXIT_USAGE;
  if (!keys) {
    io.stderr.write(`agent-audit migrate: pin the ledger's verifier key with --key (see agent-audit migrate --help)\n`);
    return EXIT_USAGE;
  }
  try {
    checkVerifierKeys(keys);
    // What was seen before (a state file, a witness) is checked before anything is signed: without
    // them migrate trusts that the folder is whole (FORMAT §9).
    const witness = await loadWitness(values.witness, target);
    const seen = { ...(values.state ? { state: values.state } : {}), ...(witness ? { witness } : {}) };
    const withHead = await verifyLedger(target, { verifierKey: keys, ...seen });
    if (withHead.ok) {
      io.stdout.write(safe`OK: ${target} already has a signed head; nothing to do` + '\n');
      return EXIT_OK;
    }
    // Only a ledger that never had a head is migrated: one with a HEAD file (valid or not), or
    // whose marker says it was created with signed heads, had its head deleted or is invalid.
    const info = readLedgerInfo(target);
    if (info.signedHead || fs.existsSync(path.join(target, 'HEAD'))) {
      printResult(withHead, target, io);
      io.stderr.write(`agent-audit migrate: ${target} ${info.signedHead ? 'was created with signed heads (its LEDGER marker says so)' : 'has a HEAD file'}: it is not a ledger of the earlier format, and migrating would sign whatever was changed; nothing was changed\n`);
      return EXIT_INVALID;
    }
    const before = await verifyLedger(target, { verifierKey: keys, allowMissingHead: true, ...seen });
    if (before.ok && before.reports.length === 0) {
      // Nothing to sign: a ledger whose streams were all removed cannot be told from a new one.
      before.ok = false;
      before.firstFailure = { stream: '', seq: 0, reason: 'the ledger has no streams: without a signed head an emptied ledger cannot be told from a new one, so there is nothing migrate can vouch for', file: 'streams' };
    }
    // Every stream must be whole and fully covered by checkpoints signed with the pinned key: an
    // emptied stream, or events no checkpoint signs, cannot be told from tampering without a head.
    const uncovered = before.reports.find((r) => !r.failure && (r.events === 0 || r.checkpoints === 0 || r.checkpointedSize < r.events));
    if (before.ok && uncovered) {
      before.ok = false;
      before.firstFailure = {
        stream: uncovered.stream, seq: uncovered.checkpointedSize,
        reason: uncovered.events === 0
          ? 'stream has no events or no signed checkpoint: without a signed head an emptied stream cannot be told from a new one'
          : `${uncovered.events - uncovered.checkpointedSize} events are not covered by a signed checkpoint (reopen the stream with the writer that wrote it to sign them)`,
      };
    }
    if (!before.ok) {
      printResult(before, target, io);
      io.stderr.write('agent-audit migrate: the ledger does not verify completely; nothing was changed\n');
      return EXIT_INVALID;
    }
    const ledger = fileLedger({ dir: target, migrate: true, ...(values.keyDir ? { keyDir: values.keyDir } : {}) });
    if (!keys.includes(ledger.verifierKey)) {
      throw new KeyError({ message: `the signer key found for ${target} (${ledger.verifierKey}) is not the pinned key; pass --key-dir with the folder holding the ledger's key` });
    }
    for (const stream of await listStreams(target)) {
      ledger.open(stream);
      await ledger.close(stream);
    }
    const after = await verifyLedger(target, { verifierKey: keys, ...seen });
    printResult(after, target, io);
    return after.ok ? EXIT_OK : EXIT_INVALID;
  } catch (error) {
    io.stderr.write(`agent-audit migrate: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
}

/** Registers `verify` and `migrate`; the exit code is left in `state.code`. */
export function registerVerify(program: Command, io: CliIO, state: { code: number }): void {
  wire(program.command('verify').description('verify a ledger folder or PostgreSQL store; names the first bad event'), io)
    .argument('<ledger>', 'ledger folder or postgres:// URL')
    .option('--key <verifierKey>', 'pin the verifier key (name+<8 hex key ID>+<base64 key>; printed by keygen and fileLedger().verifierKey); repeatable; default $AGENT_AUDIT_VERIFIER_KEY', collectKey)
    .option('--stream <name>', 'verify only this stream (repeatable)', collect)
    .option('--state <file>', 'remember the newest verified head in <file> (outside the ledger or database); an older or inconsistent ledger, or a PostgreSQL stream or signed tail removed since, is invalid')
    .option('--witness <dir | postgres://...>', 'check the ledger against the heads its writer appended to a witness folder or PostgreSQL table')
    .option('--accept-unsigned-tail', "treat events after a stream's last signed checkpoint whose writer cannot be confirmed live from here (lock of another host, no /proc, another user's process) as a warning, not INVALID")
    .option('--json', 'print the result as JSON')
    .option('--encrypt-key <file>', 'the AES-256-GCM key file of an encrypted retention archive (verify <archive file>)')
    .addHelpText('after', '\nA retention archive file (agent-audit retention apply) is verified on its own: every event, checkpoint and the seal.\n--stream is the stream\'s plain name: claims/, ./claims and claims/../claims mean claims; .., a path or a name the ledger does not hold is a usage error.\nA progress bar (total from the signed HEAD, ETA) is shown on a terminal; nothing when stderr is piped.\nExit codes: 0 valid; 1 invalid (the stream, file and reason are named); 2 usage error, or input that is not a ledger.')
    .action(async (target: string, flags: { key?: string[]; stream?: string[]; state?: string; witness?: string; json?: boolean; encryptKey?: string; acceptUnsignedTail?: boolean }) => {
      // `claims/`, `./claims` name the stream claims; `..`, `a/b` name no stream (usage, exit 2).
      if (flags.stream !== undefined) flags.stream = flags.stream.map(plainStreamName);
      state.code = await verifyAction(target, flags, io);
    });

  wire(program.command('migrate').description('sign the first head of a ledger written before signed heads (after it verifies)'), io)
    .argument('<dir>', 'ledger folder')
    .option('--key <verifierKey>', "the ledger's verifier key, pinned (repeatable; default $AGENT_AUDIT_VERIFIER_KEY); required", collectKey)
    .option('--key-dir <dir>', "folder holding the ledger's signer key (default: the default key folder)")
    .option('--state <file>', 'a verify state file that remembers this ledger: checked before signing (an older or inconsistent ledger is refused), updated after')
    .option('--witness <dir | postgres://...>', "a witness the ledger's writer appended heads to: checked before signing")
    .addHelpText('after', `
Signs the first head of a ledger that never had one (no HEAD file, and a LEDGER marker without
signedHead; at least one stream; every stream complete and covered by signed checkpoints). It
verifies the ledger with the pinned key first (and against --state / --witness when given) and
stops if it is invalid; then opens and closes every stream with the ledger's signer key (from
--key-dir, else the default key folder).
What it trusts: without a head, nothing says which streams and how many events must exist. A
ledger cut back to an earlier signed checkpoint, or with whole stream folders removed, verifies
like a whole one and would be signed as it is; only --state or --witness (or a copy) catches it.
Exit codes: 0 migrated (or nothing to do); 1 the ledger does not verify; 2 usage or key error.`)
    .action(async (target: string, flags: { key?: string[]; keyDir?: string; state?: string; witness?: string }) => {
      state.code = await migrateAction(target, flags, io);
    });
}

/**
 * `agent-audit verify …` as a function (main.ts's command table calls it).
 *
 * @example
 * ```ts
 * process.exitCode = await verifyCommand(['./audit', '--key', verifierKey], io);
 * ```
 */
export const verifyCommand = (argv: string[], io: CliIO): Promise<number> => runRegistered(registerVerify, 'verify', argv, io);
/** `agent-audit migrate …`. */
export const migrateCommand = (argv: string[], io: CliIO): Promise<number> => runRegistered(registerVerify, 'migrate', argv, io);

function isRegularFile(target: string): boolean {
  try {
    return fs.statSync(target).isFile();
  } catch {
    return false;
  }
}

/** Why `target` cannot be a ledger folder (it exists and is not a folder), or undefined. */
function notALedgerFolder(target: string): string | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return undefined; // a missing folder is verifyLedger's usage error
  }
  if (stat.isDirectory()) return undefined;
  const kind = stat.isCharacterDevice() ? 'a character device' : stat.isBlockDevice() ? 'a block device' : stat.isFIFO() ? 'a FIFO' : stat.isSocket() ? 'a socket' : 'not a folder';
  return `it is ${kind} (give the ledger's folder, a retention archive file or a postgres:// URL)`;
}
