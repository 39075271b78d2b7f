import fs from 'node:fs';
import os from 'node:os';
import { LedgerError } from '../spec/errors.js';

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the one-writer lock of a stream: an exclusive-create lock file holding pid and host.
 * A lock left by a dead process on this host (e.g. after kill -9) is taken over.
 */
export function acquireLock(file: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o644);
      const info: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
      fs.writeSync(fd, JSON.stringify(info));
      // No fsync: after a crash of the machine an empty or torn lock file is stale (below), and so
      // is an intact one (its pid no longer runs). The writer rewrites HEAD under such a lock at
      // every checkpoint, on the host's thread, where an fsync cost 1-5 ms for nothing (issue 19).
      fs.closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          const current = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
          if (current.pid === process.pid) fs.unlinkSync(file);
        } catch {
          // Already gone.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new LedgerError({ code: 'ledger_lock', message: `cannot create lock ${file}: ${(error as Error).message}`, cause: error });
      }
      let holder: Partial<LockInfo> = {};
      try {
        const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
        // Anything but an object (`null`, a number) names no holder: stale, as a torn one is.
        if (parsed !== null && typeof parsed === 'object') holder = parsed as Partial<LockInfo>;
      } catch {
        // An empty or torn lock file is a crash during lock creation: stale.
      }
      const sameHost = holder.host === undefined || holder.host === os.hostname();
      if (sameHost && (typeof holder.pid !== 'number' || (holder.pid !== process.pid && !alive(holder.pid)))) {
        try {
          fs.unlinkSync(file);
        } catch {
          // Another process took it over first; try again.
        }
        continue;
      }
      throw new LedgerError({
        code: 'ledger_locked',
        message: `stream is locked by pid ${holder.pid} on ${holder.host} since ${holder.since} (${file}); one writer per stream: give this process another stream name`,
      });
    }
  }
  throw new LedgerError({ code: 'ledger_locked', message: `could not take lock ${file}` });
}

/**
 * {@link acquireLock}, waiting while another live process holds it: retries every `pollMs`
 * (default 20 ms) until `timeoutMs` (default 120 s) has passed, then throws its `ledger_locked`
 * error. Used for the ledger's HOLDS.lock (a `hold add` waits for a running `retention apply`'s
 * hold re-check, sign and removal, docs/RETENTION.md).
 */
export async function acquireLockWaiting(file: string, timeoutMs = 120_000, pollMs = 20): Promise<() => void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return acquireLock(file);
    } catch (error) {
      if ((error as LedgerError).code !== 'ledger_locked' || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}
