// A one-line progress bar on stderr, for terminals only (nothing is written when stderr is piped):
// `verifying orders  [########------------]  41%  410,000/1,000,000 events  ETA 12s`.
import { escapeControls, rawStream, type CliIO } from './io.js';

export interface Progress {
  /** Sets the number done (and the total, when it grew past the estimate) and redraws at most every 100 ms. */
  update(done: number, label?: string): void;
  /** Clears the line. */
  done(): void;
}

const WIDTH = 20;

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** Renders one progress line; `total` 0 or unknown shows the count alone. */
export function renderProgress(label: string, done: number, total: number | undefined, elapsedMs: number, unit = 'events'): string {
  const count = done.toLocaleString('en-US');
  if (!total || total <= 0) return `${label}  ${count} ${unit}`;
  const ratio = Math.min(1, done / total);
  const filled = Math.round(ratio * WIDTH);
  const eta = done > 0 && ratio < 1 ? `  ETA ${duration((elapsedMs / done) * (total - done))}` : '';
  return `${label}  [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}%  ${count}/${total.toLocaleString('en-US')} ${unit}${eta}`;
}

/** A progress bar on `io.stderr` when it is a terminal; a no-op otherwise. */
export function createProgress(io: CliIO, label: string, total?: number, now: () => number = Date.now): Progress {
  if (!io.stderr.isTTY) return { update() {}, done() {} };
  const start = now();
  let last = 0;
  let drawn = false;
  return {
    update(done, current = label) {
      const t = now();
      if (t - last < 100) return;
      last = t;
      drawn = true;
      rawStream(io.stderr).write(`\r\x1b[K${renderProgress(escapeControls(current), done, total !== undefined && done > total ? done : total, t - start)}`);
    },
    done() {
      if (drawn) rawStream(io.stderr).write('\r\x1b[K');
    },
  };
}
