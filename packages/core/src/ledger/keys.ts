import fs from 'node:fs';
import path from 'node:path';
import { generateSignerKey, verifierKeyFromSigner } from '../crypto/note.js';
import { KeyError } from '../spec/errors.js';
import { defaultKeyDir } from '../internal/key-dir.js';

export { defaultKeyDir };

function inside(child: string, parent: string): boolean {
  const relative = path.relative(path.resolve(parent), path.resolve(child));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Loads the signer key of a ledger, or generates one on first use. The key file is written
 * with mode 0600 outside the ledger folder; refusing a key folder inside the ledger keeps the
 * signing key from living beside the log it signs.
 */
export function loadOrCreateSignerKey(options: { ledgerDir: string; ledgerId: string; keyDir?: string }): { signerKey: string; verifierKey: string; file: string; created: boolean } {
  const keyDir = path.resolve(options.keyDir ?? defaultKeyDir());
  if (inside(keyDir, options.ledgerDir)) {
    throw new KeyError({ message: `key folder ${keyDir} is inside the ledger folder ${options.ledgerDir}; signing keys must not live beside the log they sign` });
  }
  const file = path.join(keyDir, `ledger-${options.ledgerId}.key`);
  try {
    const signerKey = fs.readFileSync(file, 'utf8').trim();
    return { signerKey, verifierKey: verifierKeyFromSigner(signerKey), file, created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      if (KeyError.isInstance(error)) throw new KeyError({ message: `signing key file ${file} is malformed` });
      throw new KeyError({ message: `cannot read signing key file ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
    }
  }
  fs.mkdirSync(keyDir, { recursive: true, mode: 0o700 });
  const { signerKey, verifierKey } = generateSignerKey(`agent-audit.${options.ledgerId}`);
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, signerKey + '\n', { mode: 0o600 });
  fs.renameSync(temp, file);
  return { signerKey, verifierKey, file, created: true };
}
