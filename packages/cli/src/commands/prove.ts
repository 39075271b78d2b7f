import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { checkKeyFolder, checkVerifierKeys, generateSignerKey, proveEvent, verifyInclusionBundle, verifyLedger, type InclusionBundle } from '@agent-audit/core';
import { EXIT_INVALID, EXIT_OK, describeError, safe, type CliIO } from '../io.js';
import { UsageError, checkOutputPath, plainStreamName, createOutput, readInputStream, readInputText, verifierKeyFromEnv, wire, writeOutputFile } from '../layer.js';
import { runRegistered } from './query.js';

/** Registers `prove`, `verify-proof` and `keygen` on a commander program; the exit code is left in `state.code`. */
export function registerProof(program: Command, io: CliIO, state: { code: number }): void {
  wire(program.command('prove').description('inclusion proof of one event against the signed checkpoint'), io)
    .argument('<dir>', 'ledger folder')
    .requiredOption('--id <eventId>', 'the event to prove')
    .option('--stream <name>', 'the stream (chain) holding the event, when known')
    .option('--out <file>', 'write the proof here (default: stdout)')
    .addHelpText('after', '\nThe ledger is checked first: the event against its hash, the proof against the signed checkpoint, the stream\'s chain up to it.\n--stream is the stream\'s plain name: claims/, ./claims and claims/../claims mean claims; .., a path or a name the ledger does not hold is a usage error.\nExit codes: 0 written, 1 the ledger does not verify there (no proof written; an event missing or not covered because lines were deleted is this, in verify\'s words), 2 usage error, event not found or not covered by a signed checkpoint in a ledger that verifies.')
    .action(async (dir: string, flags: { id: string; stream?: string; out?: string }) => {
      const outTarget = flags.out ? checkOutputPath(flags.out, [dir]) : undefined;
      // `nasty-bot/`, `./nasty-bot`, `nasty-bot/../nasty-bot` name the stream nasty-bot (a shell's
      // completion adds the slash); `..`, `a/b` name no stream and are refused (usage, exit 2).
      if (flags.stream !== undefined) flags.stream = plainStreamName(flags.stream);
      let bundle;
      try {
        bundle = await proveEvent(dir, flags.id, flags.stream ? { stream: flags.stream } : {});
      } catch (error) {
        // Damage to the ledger (a line deleted, duplicated or reordered, its tail cut, a line that
        // is no event) shows here as an event not found or not covered by a checkpoint: when the
        // stream (every stream, when it is not known) does not verify, say what verify says, exit 1.
        const code = (error as { code?: unknown }).code;
        if (code === 'ledger_corrupt' || code === 'not_checkpointed' || code === 'not_found' || code === 'ledger_format') {
          const known = (error as { stream?: unknown }).stream;
          const stream = flags.stream ?? (typeof known === 'string' ? known : undefined);
          const failure = await verifyFailure(dir, stream);
          if (failure) {
            io.stderr.write(safe`agent-audit prove: the ledger does not verify: ${failure}; no proof of event ${flags.id} written (run agent-audit verify ${dir})` + '\n');
            state.code = EXIT_INVALID;
            return;
          }
        }
        throw new UsageError(describeError(error));
      }
      // A proof is only worth writing when the ledger verifies there: the event line against its
      // hash and the path to the signed checkpoint (the proof's own check), and the stream's chain
      // up to that checkpoint. Otherwise verify-proof would call it INVALID later: refused, exit 1.
      const problem = await proofProblem(dir, bundle);
      if (problem) {
        io.stderr.write(safe`agent-audit prove: the ledger does not verify at event ${flags.id}: ${problem}; no proof written (run agent-audit verify ${dir})` + '\n');
        state.code = EXIT_INVALID;
        return;
      }
      const text = JSON.stringify(bundle, null, 2) + '\n';
      if (outTarget && flags.out) await writeOutputFile(outTarget, text, undefined, flags.out);
      else {
        const output = createOutput(io.stdout);
        await output.write(text);
        output.dispose();
      }
      io.stderr.write(`proof: event seq ${bundle.leafIndex} of ${bundle.stream} in a signed tree of ${bundle.treeSize} (${bundle.proof.length} hashes)\n`);
      state.code = EXIT_OK;
    });

  wire(program.command('verify-proof').description('check an inclusion proof offline'), io)
    .argument('<proof>', 'the proof file, or - for stdin')
    .option('--key <verifierKey>', 'pinned verifier key (default $AGENT_AUDIT_VERIFIER_KEY; else the key inside the proof, with a warning)')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExit codes: 0 valid, 1 invalid, 2 usage error or unreadable proof.')
    .action(async (file: string, flags: { key?: string; json?: boolean }) => {
      let bundle: InclusionBundle;
      const text = file === '-' ? await readInputStream(io.stdin, 'proof', 'proof') : readInputText(file, 'proof', 'proof');
      try {
        bundle = JSON.parse(text) as InclusionBundle;
      } catch (error) {
        throw new UsageError(safe`cannot read the proof ${file}: ${describeError(error)}`);
      }
      // Without the spaces or line break around it (as collectKey).
      const key = flags.key?.trim() ?? verifierKeyFromEnv(io.env);
      // A typo in the key (or a signer key given by mistake, never printed) is a usage error, exit 2, as in `verify`: never "INVALID".
      if (key !== undefined && key === '') throw new UsageError(flags.key !== undefined ? '--key is empty' : 'AGENT_AUDIT_VERIFIER_KEY is set but empty (an unset secret?); set it to the verifier key, or unset it');
      try {
        if (key) checkVerifierKeys([key]);
      } catch (error) {
        throw new UsageError(describeError(error));
      }
      const check = verifyInclusionBundle(bundle, key ? { verifierKey: key } : {});
      if (flags.json) io.stdout.write(JSON.stringify({ ok: check.ok, reason: check.reason, keySource: check.keySource, id: check.event?.id }) + '\n');
      else if (check.ok) io.stdout.write(safe`OK: event ${check.event?.id} (${check.event?.type}) is entry ${bundle.leafIndex} of the signed tree of ${bundle.treeSize} events` + '\n');
      else io.stdout.write(safe`INVALID: ${check.reason}` + '\n');
      if (check.keySource === 'bundle') io.stderr.write('warning: checked with the key inside the proof; pass --key with a key you trust\n');
      state.code = check.ok ? EXIT_OK : EXIT_INVALID;
    });

  wire(program.command('keygen').description('generate an Ed25519 checkpoint signing key pair'), io)
    .option('--name <keyName>', 'the key name', 'agent-audit')
    .option('--out <signerKeyFile>', 'write the signer key to this file (mode 0600, never inside a ledger or vault) and print only the verifier key')
    .addHelpText('after', '\nWithout --out, line 1 of the output is the signer key (secret), line 2 the verifier key (public).')
    .action((flags: { name: string; out?: string }) => {
      try {
        const { signerKey, verifierKey } = generateSignerKey(flags.name);
        if (flags.out) {
          // A signer key never lives inside a ledger or vault folder, whatever a symlink says.
          checkKeyFolder(path.dirname(path.resolve(flags.out)));
          try {
            fs.writeFileSync(flags.out, signerKey + '\n', { mode: 0o600, flag: 'wx' });
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            const folder = path.dirname(path.resolve(flags.out));
            if (code === 'ENOENT') throw new Error(`cannot write ${flags.out}: the folder ${folder} does not exist (create it first: mkdir -m 700 ${folder})`);
            if (code === 'EEXIST') {
              let link = false;
              try {
                link = fs.lstatSync(flags.out).isSymbolicLink();
              } catch {
                // gone since
              }
              throw new Error(link ? `cannot write ${flags.out}: it is a symbolic link (a key is never written through one); remove it or choose another path` : `cannot write ${flags.out}: the file already exists (a key is never overwritten)`);
            }
            throw error;
          }
          io.stderr.write(`signer key written to ${flags.out} (mode 0600); keep it away from the ledger it signs\n`);
          io.stdout.write(verifierKey + '\n');
        } else {
          io.stdout.write(`${signerKey}\n${verifierKey}\n`);
          io.stderr.write('line 1: signer key (secret: store it outside the ledger); line 2: verifier key (public: pin it where you verify)\n');
        }
      } catch (error) {
        throw new UsageError(describeError(error));
      }
      state.code = EXIT_OK;
    });
}

/** `agent-audit prove …` as a function (main.ts's command table calls it). */
export const proveCommand = (argv: string[], io: CliIO): Promise<number> => runRegistered(registerProof, 'prove', argv, io);
/** `agent-audit verify-proof …`. */
export const verifyProofCommand = (argv: string[], io: CliIO): Promise<number> => runRegistered(registerProof, 'verify-proof', argv, io);
/** `agent-audit keygen …`. */
export const keygenCommand = (argv: string[], io: CliIO): Promise<number> => runRegistered(registerProof, 'keygen', argv, io);


/**
 * Why a proof made from `dir` would not hold, or undefined: the proof checked as verify-proof
 * checks it (with the key it carries: the event's hash, the path, the checkpoint's signature),
 * then the event's stream verified (chain, hashes, signed checkpoints) up to the proof's tree.
 */
/** verify's first failure for one stream (or the whole ledger), as `stream s, seq N: reason`; undefined when it verifies. */
async function verifyFailure(dir: string, stream: string | undefined): Promise<string | undefined> {
  let result;
  try {
    result = await verifyLedger(dir, stream !== undefined ? { streams: [stream] } : {});
  } catch {
    return undefined;
  }
  const failure = result.firstFailure;
  if (!failure) return undefined;
  return `${failure.stream === '' ? 'ledger' : `stream ${failure.stream}, seq ${failure.seq}`}: ${failure.reason}`;
}

async function proofProblem(dir: string, bundle: InclusionBundle): Promise<string | undefined> {
  const check = verifyInclusionBundle(bundle);
  if (!check.ok) return check.reason ?? 'the proof does not check';
  const result = await verifyLedger(dir, { streams: [bundle.stream] });
  const failure = result.firstFailure;
  if (failure && (failure.stream === '' || failure.seq < bundle.treeSize)) {
    return `${failure.stream === '' ? 'ledger' : `stream ${failure.stream}, seq ${failure.seq}`}: ${failure.reason}`;
  }
  return undefined;
}
