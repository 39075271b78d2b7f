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
