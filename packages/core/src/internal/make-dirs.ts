import fs from 'node:fs';
import path from 'node:path';

/**
 * `fs.mkdirSync(dir, { recursive: true })`, one level at a time from the nearest folder that
 * exists. Node's own recursive mkdir never returns for a path under /proc (`/proc/nope/ledger`
 * loops forever on Node 20-24); this throws the first level's error instead (ENOENT, EACCES,
 * ENOTDIR for a file in the way). `mode` applies to the folders it creates.
 */
export function makeDirs(dir: string, mode?: number): void {
  const missing: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(current);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') throw notADirectory(dir);
      if (code !== 'ENOENT') throw error;
    }
    if (stat) {
      if (!stat.isDirectory()) throw notADirectory(dir);
      break;
    }
    missing.push(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      fs.mkdirSync(folder, mode === undefined ? undefined : { mode });
    } catch (error) {
      // Another process made it in between: fine.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** A file in the way: Node's own error for it. */
function notADirectory(dir: string): Error {
  return Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR', errno: -20, syscall: 'mkdir', path: dir });
}
