import path from 'node:path';
import { KeyError, checkVerifierKeys, fileLedger, listStreams, readDirectoryWitness, readLedgerInfo, verifyLedger, type VerifyResult } from '@agent-audit/core';
import { parseTargetCommand, EXIT_INVALID, EXIT_OK, EXIT_USAGE, describeError, isPostgresUrl, type CliIO } from '../io.js';

const USAGE = `usage: agent-audit verify <dir | postgres://...> [--key <verifierKey>]... [--stream <name>]... [--state <file>] [--witness <dir | postgres://...>] [--json]
  --key      pin the verifier key (name+<8 hex key ID>+<base64 key>; printed by keygen and fileLedger().verifierKey)
  --state    remember the newest verified head in <file> (outside the ledger); an older or inconsistent ledger is invalid
  --witness  check the ledger against the heads its writer appended to a witness folder or PostgreSQL table
  exit 0: valid; 1: invalid (the stream, file and reason are named); 2: usage error, or input that is not a ledger`;

type PostgresModule = {
  verifyPostgres(url: string, o: { verifierKeys?: string[]; streams?: string[] }): Promise<VerifyResult>;
  readPostgresWitness(url: string, ledgerId: string): Promise<string[]>;
};

async function loadPostgres(): Promise<PostgresModule> {
  return (await import('@agent-audit/postgres')) as unknown as PostgresModule;
}

export async function verifyCommand(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseTargetCommand(
    argv,
    { key: { type: 'string', multiple: true }, stream: { type: 'string', multiple: true }, state: { type: 'string' }, witness: { type: 'string' }, json: { type: 'boolean' } } as const,
    USAGE,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, target } = parsed;
  const keys = values.key ?? (io.env.AGENT_AUDIT_VERIFIER_KEY ? [io.env.AGENT_AUDIT_VERIFIER_KEY] : undefined);
  // A typo in the key is a usage error (exit 2), never "INVALID" (which means tampering).
  try {
    if (keys) checkVerifierKeys(keys);
  } catch (error) {
    io.stderr.write(`agent-audit verify: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
  const progress = io.stderr.isTTY && !values.json;
  let result: VerifyResult;
  try {
    if (isPostgresUrl(target)) {
      if (values.state || values.witness) throw new KeyError({ message: '--state and --witness apply to ledger folders; a PostgreSQL store is append-only by its grants and triggers' });
      const pg = await loadPostgres();
      result = await pg.verifyPostgres(target, { ...(keys ? { verifierKeys: keys } : {}), ...(values.stream ? { streams: values.stream } : {}) });
    } else {
      let witness: { name: string; heads: string[] } | undefined;
      if (values.witness) {
        let ledgerId: string | undefined;
        try {
          ledgerId = readLedgerInfo(target).id;
        } catch {
          // verifyLedger reports the marker (a finding, or a usage error for a folder that is not a ledger)
        }
        if (ledgerId !== undefined) witness = isPostgresUrl(values.witness)
          ? { name: values.witness.replace(/\/\/[^@/]*@/, '//***@'), heads: await (await loadPostgres()).readPostgresWitness(values.witness, ledgerId) }
          : { name: values.witness, heads: readDirectoryWitness(values.witness, ledgerId).map((entry) => entry.head) };
      }
      result = await verifyLedger(target, {
        ...(keys ? { verifierKey: keys } : {}),
        ...(values.stream ? { streams: values.stream } : {}),
        ...(values.state ? { state: values.state } : {}),
        ...(witness ? { witness } : {}),
        ...(progress ? { onProgress: (n: number, s: string) => io.stderr.write(`\rverifying ${s}: ${n.toLocaleString('en-US')} events`) } : {}),
      });
    }
  } catch (error) {
    if (progress) io.stderr.write('\n');
    io.stderr.write(`agent-audit verify: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
  if (progress) io.stderr.write('\r\x1b[K');
  if (values.json) {
    io.stdout.write(JSON.stringify(result) + '\n');
  } else {
    printResult(result, isPostgresUrl(target) ? undefined : target, io);
  }
  return result.ok ? EXIT_OK : EXIT_INVALID;
}

function printResult(result: VerifyResult, dir: string | undefined, io: CliIO): void {
  const f = result.firstFailure;
  if (result.ok) {
    io.stdout.write(`OK: ${result.events} events in ${result.streams} stream(s), ${result.checkpoints} signed checkpoint(s) verified (key: ${result.keySource})\n`);
  } else if (f) {
    const file = f.file ? ` (file ${dir && path.isAbsolute(f.file) ? path.relative(path.resolve(dir), f.file) || '.' : f.file})` : '';
    const where = f.stream === '' ? 'ledger' : `stream ${f.stream}, seq ${f.seq}${f.id ? `, event ${f.id}` : ''}`;
    io.stdout.write(`INVALID: ${where}: ${f.reason}${file}\n`);
    io.stdout.write(`checked ${result.events} events before the failure in ${result.streams} stream(s)\n`);
  }
  for (const warning of result.warnings) io.stderr.write(`warning: ${warning}\n`);
}

const MIGRATE_USAGE = `usage: agent-audit migrate <dir> --key <verifierKey> [--key-dir <dir>]
  Signs the first head of a ledger written before signed heads (no HEAD file). It verifies the
  ledger with the pinned key first and stops if it is invalid; then opens and closes every
  stream with the ledger's signer key (from --key-dir, else the default key folder).
  exit 0: migrated (or nothing to do); 1: the ledger does not verify; 2: usage or key error`;

export async function migrateCommand(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseTargetCommand(argv, { key: { type: 'string', multiple: true }, 'key-dir': { type: 'string' } } as const, MIGRATE_USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { values, target } = parsed;
  const keys = values.key ?? (io.env.AGENT_AUDIT_VERIFIER_KEY ? [io.env.AGENT_AUDIT_VERIFIER_KEY] : undefined);
  if (!keys) {
    io.stderr.write(`agent-audit migrate: pin the ledger's verifier key with --key\n${MIGRATE_USAGE}\n`);
    return EXIT_USAGE;
  }
  try {
    checkVerifierKeys(keys);
    const before = await verifyLedger(target, { verifierKey: keys, allowMissingHead: true });
    if (!before.ok) {
      printResult(before, target, io);
      io.stderr.write('agent-audit migrate: the ledger does not verify; nothing was changed\n');
      return EXIT_INVALID;
    }
    const withHead = await verifyLedger(target, { verifierKey: keys });
    if (withHead.ok) {
      io.stdout.write(`OK: ${target} already has a signed head; nothing to do\n`);
      return EXIT_OK;
    }
    const ledger = fileLedger({ dir: target, migrate: true, ...(values['key-dir'] ? { keyDir: values['key-dir'] } : {}) });
    if (!keys.includes(ledger.verifierKey)) {
      throw new KeyError({ message: `the signer key found for ${target} (${ledger.verifierKey}) is not the pinned key; pass --key-dir with the folder holding the ledger's key` });
    }
    for (const stream of await listStreams(target)) {
      ledger.open(stream);
      await ledger.close(stream);
    }
    const after = await verifyLedger(target, { verifierKey: keys });
    printResult(after, target, io);
    return after.ok ? EXIT_OK : EXIT_INVALID;
  } catch (error) {
    io.stderr.write(`agent-audit migrate: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
}
