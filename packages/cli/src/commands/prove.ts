import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkKeyFolder, generateSignerKey, proveEvent, verifyInclusionBundle, type InclusionBundle } from '@agent-audit/core';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, describeError, type CliIO } from '../io.js';

export async function proveCommand(argv: string[], io: CliIO): Promise<number> {
  const USAGE = 'usage: agent-audit prove <dir> --id <eventId> [--stream <name>] [--out <file>]';
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { id: { type: 'string' }, stream: { type: 'string' }, out: { type: 'string' } } });
  } catch (error) {
    io.stderr.write(`${describeError(error)}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const dir = parsed.positionals[0];
  if (!dir || !parsed.values.id) {
    io.stderr.write(USAGE + '\n');
    return EXIT_USAGE;
  }
  try {
    const bundle = await proveEvent(dir, parsed.values.id, parsed.values.stream ? { stream: parsed.values.stream } : {});
    const text = JSON.stringify(bundle, null, 2) + '\n';
    if (parsed.values.out) fs.writeFileSync(parsed.values.out, text);
    else io.stdout.write(text);
    io.stderr.write(`proof: event seq ${bundle.leafIndex} of ${bundle.stream} in a signed tree of ${bundle.treeSize} (${bundle.proof.length} hashes)\n`);
    return EXIT_OK;
  } catch (error) {
    io.stderr.write(`agent-audit prove: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
}

export async function verifyProofCommand(argv: string[], io: CliIO): Promise<number> {
  const USAGE = 'usage: agent-audit verify-proof <proof.json | -> [--key <verifierKey>]';
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { key: { type: 'string' }, json: { type: 'boolean' } } });
  } catch (error) {
    io.stderr.write(`${describeError(error)}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const file = parsed.positionals[0];
  if (!file) {
    io.stderr.write(USAGE + '\n');
    return EXIT_USAGE;
  }
  let bundle: InclusionBundle;
  try {
    const text = file === '-' ? await readAll(io.stdin) : fs.readFileSync(file, 'utf8');
    bundle = JSON.parse(text) as InclusionBundle;
  } catch (error) {
    io.stderr.write(`agent-audit verify-proof: cannot read ${file}: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
  const key = parsed.values.key ?? io.env.AGENT_AUDIT_VERIFIER_KEY;
  const check = verifyInclusionBundle(bundle, key ? { verifierKey: key } : {});
  if (parsed.values.json) io.stdout.write(JSON.stringify({ ok: check.ok, reason: check.reason, keySource: check.keySource, id: check.event?.id }) + '\n');
  else if (check.ok) io.stdout.write(`OK: event ${check.event?.id} (${check.event?.type}) is entry ${bundle.leafIndex} of the signed tree of ${bundle.treeSize} events\n`);
  else io.stdout.write(`INVALID: ${check.reason}\n`);
  if (check.keySource === 'bundle') io.stderr.write('warning: checked with the key inside the proof; pass --key with a key you trust\n');
  return check.ok ? EXIT_OK : EXIT_INVALID;
}

export async function keygenCommand(argv: string[], io: CliIO): Promise<number> {
  const USAGE = 'usage: agent-audit keygen --name <keyName> [--out <signerKeyFile>]';
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { name: { type: 'string' }, out: { type: 'string' } } });
  } catch (error) {
    io.stderr.write(`${describeError(error)}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const name = parsed.values.name ?? 'agent-audit';
  try {
    const { signerKey, verifierKey } = generateSignerKey(name);
    if (parsed.values.out) {
      // A signer key never lives inside a ledger or vault folder, whatever a symlink says.
      checkKeyFolder(path.dirname(path.resolve(parsed.values.out)));
      fs.writeFileSync(parsed.values.out, signerKey + '\n', { mode: 0o600, flag: 'wx' });
      io.stderr.write(`signer key written to ${parsed.values.out} (mode 0600); keep it away from the ledger it signs\n`);
      io.stdout.write(verifierKey + '\n');
    } else {
      io.stdout.write(`${signerKey}\n${verifierKey}\n`);
      io.stderr.write('line 1: signer key (secret: store it outside the ledger); line 2: verifier key (public: pin it where you verify)\n');
    }
    return EXIT_OK;
  } catch (error) {
    io.stderr.write(`agent-audit keygen: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}
