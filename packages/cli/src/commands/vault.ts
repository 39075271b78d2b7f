import type { Command } from 'commander';
import {
  createAuditor,
  createRedactor,
  createVault,
  defaultKeyDir,
  detectSensitive,
  fileLedger,
  loadKeyring,
  pseudonymsUnderAllKeys,
  type Auditor,
  type Vault,
} from '@agent-audit/core';
import { safe, type CliIO } from '../io.js';
import { UsageError as LayerUsageError, collect, existingFolder, wire } from '../layer.js';
import { runRegistered } from './query.js';

interface VaultIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

class UsageError extends Error {}
const isUsage = (error: unknown): error is Error => error instanceof UsageError || error instanceof LayerUsageError;

function parseDuration(text: string): number {
  const match = /^(\d+)(ms|s|m|h|d)?$/.exec(text.trim());
  if (!match) throw new UsageError(`--ttl ${JSON.stringify(text)}: use e.g. 30s, 15m, 1h, 1d`);
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
  return Number(match[1]) * (units[match[2] ?? 'ms'] ?? 1);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const VAULT_HELP = `
REF      a pseudonym token, e.g. '[EMAIL:psn_k3f9xa_...]', or 'evt:<event id>/<field path>'
SUBJECT  a pseudonym token, 'actor:<id>' or 'session:<id>'; --value computes the pseudonyms of a raw value
--capability comes from 'vault grant' (or $AGENT_AUDIT_VAULT_CAPABILITY, which keeps it out of shell history).
reveal and erase are recorded as vault.reveal / vault.erase events in the ledger (stream 'vault');
nothing is revealed unless that event is durable.
Exit codes: 0 ok, 1 refused or failed, 2 usage.`;

type VaultValues = Record<string, string | boolean | string[] | undefined>;

/** Registers `agent-audit vault list|grant|reveal|erase`; the exit code is left in `state.code`. */
export function registerVault(program: Command, io: VaultIO, state: { code: number }): void {
  const cli = io as CliIO;
  const vault = wire(program.command('vault').description('reveal (with a capability), erase or list vaulted originals'), cli).addHelpText('after', VAULT_HELP);
  const common = (command: Command): Command =>
    command
      .option('--vault <dir>', 'vault folder (default $AGENT_AUDIT_VAULT)')
      .option('--keys <dir>', 'key folder (default $AGENT_AUDIT_HOME/keys or ~/.config/agent-audit/keys)');
  const recorded = (command: Command): Command =>
    command
      .option('--reason <text>', 'why (recorded in the ledger); required')
      .option('--requester <id>', 'who asks (recorded); required')
      .option('--ledger <dir>', 'ledger folder the vault.reveal / vault.erase event is recorded in; required')
      .option('--capability <token>', "from 'vault grant' (default $AGENT_AUDIT_VAULT_CAPABILITY)")
      .option('--stream <name>', 'ledger stream of the record (default vault)');
  const run = (sub: string) => async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    state.code = await vaultAction(sub, command.args, command.opts() as VaultValues, io);
  };
  common(wire(vault.command('list').description('list the subjects the vault holds'), cli)).option('--json', 'print JSON').action(run('list'));
  common(wire(vault.command('grant').description('issue a capability token for reveal/erase'), cli))
    .option('--requester <id>', 'who the capability is for; required')
    .option('--action <action>', 'reveal or erase (repeatable; default reveal)', collect)
    .option('--ttl <duration>', 'lifetime: 30s, 15m, 1h, 1d (default 15m)')
    .option('--scope <ref>', 'limit the capability to this REF or subject (repeatable)', collect)
    .action(run('grant'));
  recorded(common(wire(vault.command('reveal').description('reveal one vaulted original (recorded as vault.reveal)'), cli)))
    .argument('<ref>', "a pseudonym token or 'evt:<event id>/<field path>'")
    .option('--json', 'print JSON')
    .addHelpText('after', VAULT_HELP)
    .action(run('reveal'));
  recorded(common(wire(vault.command('erase').description("erase a subject's originals (recorded as vault.erase)"), cli)))
    .argument('[subject]', "a pseudonym token, 'actor:<id>' or 'session:<id>'")
    .option('--value <raw>', 'erase every subject holding this raw value (its pseudonyms under every key)')
    .addHelpText('after', VAULT_HELP)
    .action(run('erase'));
}

/**
 * `agent-audit vault reveal|erase|list|grant`: the command line of the erasable vault.
 *
 * @example
 * ```ts
 * const code = await vaultCommand(['list', '--vault', '/var/lib/agent-audit/vault'], { stdout: process.stdout, stderr: process.stderr, env: process.env });
 * ```
 */
export const vaultCommand = (argv: string[], io: VaultIO): Promise<number> =>
  runRegistered((program, _io, state) => registerVault(program, io, state), 'vault', argv, io as CliIO);

async function vaultAction(sub: string, positionals: string[], values: VaultValues, io: VaultIO): Promise<number> {
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  };
  const required = (name: string): string => {
    const value = text(name);
    if (value === undefined) throw new UsageError(`--${name} is required`);
    return value;
  };

  let auditor: Auditor | undefined;
  try {
    const vaultDir = text('vault') ?? io.env.AGENT_AUDIT_VAULT;
    if (vaultDir === undefined || vaultDir.length === 0) throw new UsageError('--vault (or AGENT_AUDIT_VAULT) is required');
    const keysDir = text('keys') ?? defaultKeyDir(io.env);
    // Every vault subcommand works on an existing vault: a missing folder is never created.
    const open = (withAuditor: boolean): Vault => {
      existingFolder(vaultDir, text('vault') !== undefined ? '--vault' : 'AGENT_AUDIT_VAULT');
      if (!withAuditor) return createVault({ dir: vaultDir, keysDir });
      const ledger = required('ledger');
      auditor = createAuditor({
        agent: { id: 'agent-audit-cli' },
        stream: text('stream') ?? 'vault',
        source: 'vault',
        sink: fileLedger({ dir: ledger, keyDir: keysDir }),
        redactor: createRedactor({ keysDir }),
        onError: (error) => io.stderr.write(`agent-audit vault: audit: ${message(error)}\n`),
      });
      return createVault({ dir: vaultDir, keysDir, auditor });
    };
    const capability = (): string => {
      const value = text('capability') ?? io.env.AGENT_AUDIT_VAULT_CAPABILITY;
      if (value === undefined || value.length === 0) throw new UsageError('--capability (or AGENT_AUDIT_VAULT_CAPABILITY) is required; get one with `agent-audit vault grant`');
      return value;
    };

    switch (sub) {
      case 'list': {
        if (positionals.length > 0) throw new UsageError('list takes no arguments');
        const subjects = await open(false).list();
        if (values.json === true) io.stdout.write(`${JSON.stringify(subjects, null, 2)}\n`);
        else if (subjects.length === 0) io.stdout.write('the vault holds no subjects\n');
        else for (const s of subjects) io.stdout.write(safe`${s.subject}\t${s.records} record(s)\t` + (s.erasedAt === undefined ? safe`created ${s.createdAt}` : safe`ERASED ${s.erasedAt}`) + '\n');
        return 0;
      }
      case 'grant': {
        if (positionals.length > 0) throw new UsageError('grant takes no arguments');
        const actions = ((values.action as string[] | undefined) ?? ['reveal']).map((action) => {
          if (action !== 'reveal' && action !== 'erase') throw new UsageError(`--action ${JSON.stringify(action)}: reveal or erase`);
          return action;
        });
        const token = open(false).grant({
          requester: required('requester'),
          actions,
          ttlMs: parseDuration(text('ttl') ?? '15m'),
          ...(values.scope === undefined ? {} : { scope: values.scope as string[] }),
        });
        io.stdout.write(`${token}\n`);
        return 0;
      }
      case 'reveal': {
        if (positionals.length !== 1) throw new UsageError('reveal takes exactly one REF');
        const ref = positionals[0] as string;
        const options = { reason: required('reason'), requester: required('requester'), capability: capability() };
        const revealed = await open(true).reveal(ref, options);
        if (values.json === true) io.stdout.write(`${JSON.stringify(revealed, null, 2)}\n`);
        else io.stdout.write(`${revealed.plaintext}\n`);
        return 0;
      }
      case 'erase': {
        const raw = text('value');
        if ((raw === undefined) === (positionals.length !== 1) || positionals.length > 1) throw new UsageError('erase takes one SUBJECT or --value');
        const options = { reason: required('reason'), requester: required('requester'), capability: capability() };
        const vault = open(true);
        let subjects: string[];
        if (raw !== undefined) {
          const found = detectSensitive(raw).filter((d) => d.start === 0 && d.end === raw.length);
          const detection = found[0];
          if (detection === undefined) throw new UsageError('--value is not a value the redactor pseudonymizes (email, phone, card, IBAN, SSN, IP, secret, MRN...)');
          const keyring = loadKeyring('pseudonym', { dir: keysDir, create: false });
          const candidates = new Set(pseudonymsUnderAllKeys(keyring, detection.type, detection.normalized ?? raw));
          subjects = (await vault.list()).filter((s) => candidates.has(s.subject) && s.erasedAt === undefined).map((s) => s.subject);
          if (subjects.length === 0) {
            io.stderr.write('agent-audit vault: the vault holds nothing for this value\n');
            return 1;
          }
        } else {
          subjects = [positionals[0] as string];
        }
        for (const subject of subjects) {
          const result = await vault.erase(subject, options);
          io.stdout.write(safe`erased ${result.subject}: ${result.records} record(s) can no longer be decrypted` + '\n');
        }
        return 0;
      }
      default:
        throw new UsageError(`unknown vault command ${JSON.stringify(sub)}`);
    }
  } catch (error) {
    if (isUsage(error)) {
      io.stderr.write(`agent-audit vault: ${error.message} (see agent-audit vault ${sub} --help)\n`);
      return 2;
    }
    io.stderr.write(`agent-audit vault: ${message(error)}\n`);
    return 1;
  } finally {
    if (auditor !== undefined) {
      const closing = auditor;
      await closing.close().catch((error: unknown) => io.stderr.write(`agent-audit vault: closing the ledger: ${message(error)}\n`));
    }
  }
}
