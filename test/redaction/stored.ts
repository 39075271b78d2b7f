// What a ledger folder holds, as an attacker reads it: the text of every `.jsonl` file in it
// (streams, checkpoints), for end-to-end checks that a value never reached the disk.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The text of every `.jsonl` file under `dir`, joined by newlines. */
export function storedJsonl(dir: string): string {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.jsonl')) files.push(readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files.join('\n');
}

/** The same lines with their JSON escapes undone where JSON.stringify would not write them (`\u0026` for `&`). */
export function unescapedLines(raw: string): string {
  return raw
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.stringify(JSON.parse(line)))
    .join('\n');
}

/**
 * `text` (stored lines) with the values the pipeline makes itself blanked, so that a check that a
 * short value (`8514`, `2906`) never reached the disk cannot match them by chance: an event's ULID
 * (`"id"`, Crockford base32), its span ids (16 hex digits: a spanId held `8514` and failed a
 * probe test in CI mode, 2026-12-04), and, on a checkpoint's line only, its `root`, `note` and signature. Hashes and
 * trace ids (32 hex digits or more) are blanked by the callers' own rule. Values of the event's
 * content stay: a user's `"id":"C-100002"` is no ULID.
 */
/** A checkpoint's line (`checkpoints.jsonl`): its members are the signer's, never an event's (`note` is a common key of tool results). */
const CHECKPOINT_LINE = /^\{"size":\d+,"root":/;

export function blankMachineValues(text: string): string {
  return text
    .replace(/"(spanId|parentSpanId)":"[0-9a-f]{16}"/g, '"$1":""')
    .replace(/"id":"[0-9A-HJKMNP-TV-Z]{26}"/g, '"id":""')
    .split('\n')
    .map((line) => (CHECKPOINT_LINE.test(line) ? line.replace(/"(root|note|signature|sig)":"(?:[^"\\]|\\.)*"/g, '"$1":""') : line))
    .join('\n');
}
