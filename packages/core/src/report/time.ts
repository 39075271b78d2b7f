import { AuditError } from '../spec/errors.js';

const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * Parses a time bound as people type it: an RFC 3339 / ISO 8601 time or date (`2026-11-30`,
 * `2026-11-30T08:00:00Z`; a date alone is midnight UTC), a duration back from `now`
 * (`90s`, `15m`, `24h`, `7d`, `2w`), or `now`, `today` (00:00 UTC today), `yesterday`
 * (00:00 UTC yesterday). `--from yesterday --to today` is the whole of yesterday (UTC).
 * Throws an `AuditError` (`invalid_time`) naming the input otherwise, also for an impossible
 * calendar date or clock time (`2026-02-30`, `24:00`), which `Date` would silently roll over.
 *
 * @example
 * ```ts
 * parseTimeSpec('24h', new Date('2026-11-30T12:00:00Z')); // 2026-11-29T12:00:00.000Z
 * ```
 */
export function parseTimeSpec(spec: string, now: Date = new Date()): Date {
  const text = spec.trim();
  const lower = text.toLowerCase();
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (lower === 'now') return new Date(now.getTime());
  if (lower === 'today') return new Date(midnight);
  if (lower === 'yesterday') return new Date(midnight - UNITS.d!);
  const relative = /^(\d{1,9})(s|m|h|d|w)$/.exec(lower);
  if (relative) return new Date(now.getTime() - Number(relative[1]) * UNITS[relative[2] as string]!);
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.test(text)) {
    // A date-time without an offset is read as UTC, like a date alone, so the result never depends on the machine's zone.
    const iso = text.length > 10 && !/(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? `${text}Z` : text;
    const date = new Date(iso);
    // `new Date('2026-02-30')` rolls over to 2026-03-02: an impossible calendar date or clock time is refused instead.
    const [, y, mo, d, h, mi, sec] = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/i.exec(text) ?? [];
    const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    const calendarOk = day.getUTCFullYear() === Number(y) && day.getUTCMonth() === Number(mo) - 1 && day.getUTCDate() === Number(d);
    const clockOk = h === undefined || (Number(h) <= 23 && Number(mi) <= 59 && (sec === undefined || Number(sec) <= 59));
    if (!Number.isNaN(date.getTime()) && calendarOk && clockOk) return date;
  }
  throw new AuditError({ code: 'invalid_time', message: `not a time: ${JSON.stringify(spec.slice(0, 64))} (use an ISO time or date, 24h, 7d, today, yesterday or now)` });
}
