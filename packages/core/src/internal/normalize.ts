import type { JsonValue } from '../spec/event.js';
import { mediaFromArray, mediaFromBytes, mediaFromObject, mediaFromString, payloadMemberOf, payloadValue, textOfBytes, type PendingMedia } from './media.js';

/**
 * Limits applied when a recorded value is snapshotted. Every cut leaves a visible marker
 * (see docs/FORMAT.md, "Normalization"), so a reader knows something was left out.
 */
export interface NormalizeLimits {
  /**
   * Longest string kept, in UTF-16 code units. A longer value string is snapshotted whole (up to
   * SNAPSHOT_FACTOR times this, within the event's snapshot budget), redacted whole, and cut
   * after redaction (`cutLongStrings`): a value that spans the cut is masked as a whole, never
   * stored in part.
   */
  maxStringLength: number;
  /** Deepest nesting kept below the block root. */
  maxDepth: number;
  /** Most members kept of one object or array. */
  maxEntries: number;
  /** Approximate budget for one event's values, in characters. */
  maxEventChars: number;
  /**
   * Most values kept of one event: objects, arrays, strings, numbers, booleans and nulls, all
   * members together (keys are not counted). `record()` copies each one on the caller's thread,
   * which costs far more than the characters it holds: 512 KiB of `{}` or `""` is 175,000 values.
   * Past this count the rest of a container becomes one `"[truncated: event size limit]"` item
   * (member `"[truncated]": "event size limit"`), as when maxEventChars is reached.
   */
  maxEventValues: number;
}

/**
 * The highest `maxDepth` an auditor accepts: verify refuses a stored line nested deeper than any
 * event a writer can write (ledger/nesting.ts), so such a line is never parsed.
 */
export const MAX_DEPTH_LIMIT = 128;

export const DEFAULT_LIMITS: NormalizeLimits = {
  maxStringLength: 32 * 1024,
  maxDepth: 32,
  maxEntries: 1000,
  maxEventChars: 512 * 1024,
  maxEventValues: 20_000,
};

/**
 * A value string longer than maxStringLength is snapshotted up to this many times that length,
 * so that it is redacted with its context before it is cut; the event's snapshot budget
 * (SNAPSHOT_FACTOR_EVENT times maxEventChars) bounds the redaction work of one event.
 */
export const SNAPSHOT_FACTOR = 32;
export const SNAPSHOT_FACTOR_EVENT = 2;

/** Mutable budget shared by all values of one event. */
export interface Budget {
  /** Characters the event may still store (strings count what is kept of them after the cut). */
  remaining: number;
  /** Characters the event may still snapshot (and so redact): bounds one event's redaction work. */
  snapshot: number;
  /** Values the event may still snapshot (maxEventValues). */
  values: number;
  truncated: boolean;
  /** Some string was kept longer than maxStringLength: the pipeline cuts it after redaction. */
  cutAfterRedaction?: boolean;
  /** Characters snapshotted (for redaction) beyond what is stored of them. */
  unstored: number;
  /** Base64 media summarized in this event, whose digests the pipeline computes (see media.ts). */
  media?: PendingMedia[];
}

export function newBudget(limits: NormalizeLimits): Budget {
  return { remaining: limits.maxEventChars, snapshot: limits.maxEventChars * SNAPSHOT_FACTOR_EVENT, values: limits.maxEventValues, unstored: 0, truncated: false };
}

const isWellFormed: (s: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (s) => (s as unknown as { isWellFormed(): boolean }).isWellFormed()
    : (s) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

// Native where the engine has it (V8 11.1+, Node 20): the lookbehind replace below took 86-131 ms
// of the caller's thread for 512 KiB of "\ud800a" (a fresh attacker's finding), the native one
// a fraction of a millisecond.
const toWellFormed: (s: string) => string =
  typeof (String.prototype as { toWellFormed?: unknown }).toWellFormed === 'function'
    ? (s) => (s as unknown as { toWellFormed(): string }).toWellFormed()
    : (s) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

function wellFormed(s: string): string {
  return isWellFormed(s) ? s : toWellFormed(s);
}

/**
 * Normalizes a string: lone surrogates become U+FFFD. Never cut before redaction where the cut
 * could be stored (a value cut in two is a value the detectors no longer see):
 * - a value string (`maxLength` is maxStringLength) longer than maxLength is kept whole, up to
 *   SNAPSHOT_FACTOR x maxStringLength and the event's snapshot budget (but never less than twice
 *   maxLength), and `budget.cutAfterRedaction` is set: the pipeline cuts it to maxStringLength
 *   after redaction (cutLongStrings), so a secret, a phone number or an address that spans the
 *   cut is masked whole first. What lies past the snapshot is cut now, with a marker: at least
 *   twice maxLength from the start, so that cut is not in the part stored;
 * - a value string that crosses the end of the event's budget (maxEventChars) is treated the same
 *   way, stored up to maxLength after redaction, and spends the rest of the budget: the event may
 *   exceed maxEventChars by up to one string of maxLength;
 * - a header field (a shorter `maxLength`: a session id, a source, an actor id) keeps a plain cut
 *   with a marker.
 */
export function normalizeString(value: string, limits: NormalizeLimits, budget: Budget, maxLength = limits.maxStringLength): string {
  let s = value;
  const isValue = maxLength === limits.maxStringLength;
  const keep = isValue ? maxLength : Math.min(maxLength, Math.max(0, budget.remaining));
  if (s.length > keep) {
    budget.truncated = true;
    if (isValue) {
      let snapshot = Math.min(s.length, maxLength * SNAPSHOT_FACTOR, Math.max(budget.snapshot, maxLength * 2));
      if (snapshot < s.length) {
        snapshot = outsidePair(s, snapshot);
        s = `${s.slice(0, snapshot)}…[truncated ${value.length - snapshot} of ${value.length} chars]`;
      }
      budget.cutAfterRedaction = true;
    } else {
      const cut = outsidePair(s, keep);
      s = `${s.slice(0, cut)}…[truncated ${value.length - cut} of ${value.length} chars]`;
    }
  }
  const stored = Math.min(s.length, keep + 64);
  // An empty string still costs its quotes.
  budget.remaining -= stored === 0 ? 2 : stored;
  budget.snapshot -= s.length;
  budget.unstored += s.length - stored;
  return wellFormed(s);
}

/** `at`, or one less when `at` would split a surrogate pair (a high surrogate just before it). */
function outsidePair(s: string, at: number): number {
  const code = s.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/** What a media summary costs of the event's budget (its members, roughly). */
const MEDIA_CHARS = 120;

/**
 * Turns any JavaScript value into a JSON value, snapshotting it so later mutation by the
 * caller does not change what is recorded. Never throws: values that cannot be read become
 * markers.
 */
export function normalizeValue(value: unknown, limits: NormalizeLimits, budget: Budget): JsonValue {
  // The objects being walked, outermost first: a value met again among them is a cycle. (A flat
  // list, not a Set: it is at most maxDepth long, and a Set's add and delete per object were a
  // third of the garbage a snapshot of many small objects made.)
  const ancestors: object[] = [];
  return walk(value, 0, undefined, undefined);

  /** `parent` and `key`: where the value sits, so media can be told by its member name and a sibling's type. */
  function walk(input: unknown, depth: number, parent?: Record<string, unknown>, key?: string): JsonValue {
    if (budget.remaining <= 0 || budget.values <= 0) {
      budget.truncated = true;
      return '[truncated: event size limit]';
    }
    budget.values--;
    switch (typeof input) {
      case 'string': {
        // Media (base64 images, audio, blobs, data: URLs) is summarized, never stored, and never cut
        // first: the summary describes the whole payload. Cheap checks keep ordinary strings fast.
        if ((input.length >= 96 || key === 'data' || key === 'blob' || input.charCodeAt(0) === 100 || input.charCodeAt(0) === 68) && input.length > 5) {
          const media = mediaFromString(input, key, parent, (budget.media ??= []));
          if (media !== undefined) {
            budget.remaining -= MEDIA_CHARS;
            return media as unknown as JsonValue;
          }
        }
        return normalizeString(input, limits, budget);
      }
      case 'number':
        budget.remaining -= 8;
        if (Number.isFinite(input)) return Object.is(input, -0) ? 0 : input;
        return Number.isNaN(input) ? '[NaN]' : input > 0 ? '[Infinity]' : '[-Infinity]';
      case 'boolean':
        budget.remaining -= 5;
        return input;
      case 'bigint':
        return normalizeString(input.toString(), limits, budget);
      case 'undefined':
        budget.remaining -= 4;
        return null;
      case 'symbol':
        return `[Symbol ${normalizeString(input.description ?? '', limits, budget)}]`;
      case 'function':
        return `[Function ${normalizeString(input.name || 'anonymous', limits, budget)}]`;
      default:
        break;
    }
    if (input === null) {
      budget.remaining -= 4;
      return null;
    }
    const object = input as object;
    if (ancestors.includes(object)) return '[Circular]';
    if (depth >= limits.maxDepth) {
      budget.truncated = true;
      return '[truncated: depth limit]';
    }
    try {
      // Arrays and plain objects first: nearly every value is one, and none of the checks below
      // would match them.
      if (Array.isArray(object)) {
        // A payload cut into pieces (`data: ["iVBORw0KGgo…", …]`) or bytes as numbers
        // (`[137, 80, 78, 71, …]`): one summary, before any item is walked.
        if ((object.length >= 2 && typeof object[0] === 'string') || typeof object[0] === 'number') {
          const media = mediaFromArray(object, key, parent, (budget.media ??= []));
          if (media !== undefined) {
            budget.remaining -= MEDIA_CHARS;
            return media as unknown as JsonValue;
          }
        }
        return walkArray(object, depth);
      }
      // A plain object with its own `toJSON` (`{ toJSON() { return … } }`) stands for what that returns,
      // as JSON.stringify reads it: the checks below end at the toJSON branch. (Its members alone
      // gave `{}`, the data silently lost: a fresh probe of 2026-12-04.)
      if (isPlain(object) && typeof (object as { toJSON?: unknown }).toJSON !== 'function') return walkObject(object as Record<string, unknown>, depth, parent, key);
      if (object instanceof Date) {
        const time = object.getTime();
        return Number.isNaN(time) ? '[Invalid Date]' : object.toISOString();
      }
      // A typed array of numbers (Int32Array, Float64Array, Uint8ClampedArray, BigInt64Array, ...) is
      // numbers, not media: `{ type, length, bytes }`, O(1) at record() (a 2M-element Float64Array
      // was hashed whole on the caller's thread, 10-560 ms; a probe of 2026-12-03, row 104). No
      // digest: a hash of a few numbers (a PIN as an Int32Array) can be reversed by trying them all.
      if (ArrayBuffer.isView(object) && !(object instanceof Uint8Array) && !(object instanceof DataView)) {
        budget.remaining -= MEDIA_CHARS;
        return numberArraySummary(object);
      }
      if (ArrayBuffer.isView(object) || object instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && object instanceof SharedArrayBuffer)) {
        const bytes = ArrayBuffer.isView(object) ? new Uint8Array(object.buffer, object.byteOffset, object.byteLength) : new Uint8Array(object);
        // Bytes that are text are that text, redacted as any string (see textOfBytes); only in a
        // container of bytes (a Buffer, a Uint8Array, an ArrayBuffer): an Int32Array or a
        // Uint16Array holds numbers, whose bytes can spell letters by chance.
        const byteContainer = object instanceof Uint8Array || !ArrayBuffer.isView(object);
        const text = byteContainer ? textOfBytes(bytes) : undefined;
        if (text !== undefined) return normalizeString(text, limits, budget);
        budget.remaining -= MEDIA_CHARS;
        return mediaFromBytes(bytes, parent) as unknown as JsonValue;
      }
      if (object instanceof RegExp) return normalizeString(String(object), limits, budget);
      // Fetch's Headers and URLSearchParams keep their entries out of reach of a member walk
      // (stored as {} before, a fresh attacker's finding): their entries, a repeated name as a list.
      // Node's `Headers` is a lazy global: reading it loads undici's fetch, 12-30 ms on the caller's
      // thread (173-187 ms on a loaded machine; the eighth probe of 2026-12-05) the first time an
      // event held a Map, a Date or any other class instance. A Headers says so in its
      // `Symbol.toStringTag`, so the global is read only for an object that does (a subclass that
      // overrides its tag is walked by its members instead, as any object).
      const tag = Object.prototype.toString.call(object);
      if ((tag === '[object Headers]' && typeof Headers !== 'undefined' && object instanceof Headers) || (tag === '[object URLSearchParams]' && typeof URLSearchParams !== 'undefined' && object instanceof URLSearchParams)) {
        const entries: Record<string, unknown> = {};
        let count = 0;
        for (const [key, item] of (object as unknown as Iterable<[string, string]>)) {
          if (count++ >= limits.maxEntries) break;
          const had = Object.prototype.hasOwnProperty.call(entries, key) ? (entries[key] as string | string[]) : undefined;
          setMember(entries, key, had === undefined ? item : Array.isArray(had) ? [...had, item] : [had, item]);
        }
        return walk(entries, depth);
      }
      if (object instanceof Map) {
        ancestors.push(object);
        try {
          const out: Record<string, JsonValue> = {};
          let count = 0;
          for (const [key, item] of object) {
            if (count++ >= limits.maxEntries) {
              out['[truncated]'] = `${object.size - limits.maxEntries} more entries`;
              budget.truncated = true;
              break;
            }
            setMember(out, keyOf(key), walk(item, depth + 1));
          }
          return out;
        } finally {
          ancestors.pop();
        }
      }
      if (object instanceof Set) {
        ancestors.push(object);
        try {
          // The first maxEntries members only (Array.from copied all of them: 6.6 ms for 300,000 on
          // the caller's thread), then the same marker as an array's: `[truncated N more items]`.
          const items: unknown[] = [];
          for (const item of object) {
            if (items.length >= limits.maxEntries) break;
            items.push(item);
          }
          const out = walkArray(items, depth);
          if (object.size > items.length) {
            budget.truncated = true;
            out.push(`[truncated ${object.size - items.length} more items]`);
          }
          return out;
        } finally {
          ancestors.pop();
        }
      }
      if (object instanceof Error) {
        ancestors.push(object);
        try {
          return walkError(object, depth);
        } finally {
          ancestors.pop();
        }
      }
      if (typeof (object as { toJSON?: unknown }).toJSON === 'function') {
        ancestors.push(object);
        try {
          const json = (object as { toJSON(): unknown }).toJSON();
          if (json !== object) return walk(json, depth);
        } finally {
          ancestors.pop();
        }
      }
      return walkObject(object as Record<string, unknown>, depth);
    } catch (error) {
      return `[Unreadable: ${error instanceof Error ? normalizeString(error.message, limits, budget) : 'error'}]`;
    }
  }

  function keyOf(key: unknown): string {
    if (typeof key === 'string') return normalizeString(key, limits, budget);
    const value = walk(key, limits.maxDepth - 1);
    return typeof value === 'string' ? value : JSON.stringify(value);
  }

  // Structure counts against the event's budget as JSON writes it (brackets, commas, `null`, `""`):
  // a flood of empty values is bounded like a flood of text. Once the budget is spent, a container
  // ends with one marker instead of one per remaining member.
  function walkArray(array: readonly unknown[], depth: number): JsonValue[] {
    const length = Math.min(array.length, limits.maxEntries);
    const out: JsonValue[] = [];
    budget.remaining -= 2;
    ancestors.push(array);
    try {
      for (let i = 0; i < length; i++) {
        if (budget.remaining <= 0 || budget.values <= 0) {
          budget.truncated = true;
          out.push('[truncated: event size limit]');
          return out;
        }
        budget.remaining -= 1;
        out.push(walk(array[i], depth + 1));
      }
    } finally {
      ancestors.pop();
    }
    if (array.length > length) {
      budget.truncated = true;
      out.push(`[truncated ${array.length - length} more items]`);
    }
    return out;
  }

  function walkObject(object: Record<string, unknown>, depth: number, parent?: Record<string, unknown>, ownKey?: string): Record<string, JsonValue> | string {
    const out: Record<string, JsonValue> = {};
    const keys = Object.keys(object);
    // Bytes as an object: `{ type: 'Buffer', data: [...] }` (a Buffer through JSON), `{ 0: 137, 1: 80, … }` (a typed array through JSON).
    if (keys.length === 2 || keys[0] === '0') {
      const media = mediaFromObject(object, keys, parent);
      // A Buffer through JSON whose bytes are text: that text (see textOfBytes).
      if (typeof media === 'string') return normalizeString(media, limits, budget);
      if (media !== undefined) {
        budget.remaining -= MEDIA_CHARS;
        return media as unknown as Record<string, JsonValue>;
      }
    }
    // A provider's payload by its object's shape (Anthropic `source`, Gemini `inline_data`, a Gmail body): media.ts payloadMemberOf.
    const payload = payloadMemberOf(object, keys, ownKey);
    const length = Math.min(keys.length, limits.maxEntries);
    budget.remaining -= 2;
    ancestors.push(object);
    try {
      for (let i = 0; i < length; i++) {
        if (budget.remaining <= 0 || budget.values <= 0) {
          budget.truncated = true;
          out['[truncated]'] = 'event size limit';
          return out;
        }
        const key = keys[i] as string;
        let item: unknown;
        try {
          item = object[key];
        } catch (error) {
          item = `[Unreadable: ${error instanceof Error ? error.message : 'getter threw'}]`;
        }
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
        // A key is stored whole or not at all: where the budget cannot hold it, the object ends.
        if (budget.remaining < key.length + 4) {
          budget.truncated = true;
          out['[truncated]'] = 'event size limit';
          return out;
        }
        // The quotes, colon and comma; normalizeString counts the key's own characters.
        budget.remaining -= 4;
        if (payload !== undefined && key === 'data' && typeof item === 'string') {
          const replaced = payloadValue(item, payload, object, (budget.media ??= []));
          if (typeof replaced !== 'string') budget.remaining -= MEDIA_CHARS;
          setMember(out, normalizeString(key, limits, budget), typeof replaced === 'string' ? normalizeString(replaced, limits, budget) : (replaced as unknown as JsonValue));
          continue;
        }
        setMember(out, normalizeString(key, limits, budget), walk(item, depth + 1, object, key));
      }
    } finally {
      ancestors.pop();
    }
    if (keys.length > length) {
      budget.truncated = true;
      out['[truncated]'] = `${keys.length - length} more keys`;
    }
    return out;
  }

  function walkError(error: Error, depth: number): Record<string, JsonValue> {
    const out: Record<string, JsonValue> = {};
    out.name = normalizeString(String(error.name), limits, budget);
    out.message = normalizeString(String(error.message), limits, budget);
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' || typeof code === 'number') out.code = code;
    if (error.cause !== undefined) out.cause = walk(error.cause, depth + 1);
    return out;
  }
}

/**
 * A typed array of numbers as recorded: `{ type, length, bytes }` (constructor name, element
 * count, byte length). Its contents are never stored or hashed (docs/FORMAT.md, "Normalization").
 */
export function numberArraySummary(view: ArrayBufferView): { type: string; length: number; bytes: number } {
  const name = Object.prototype.toString.call(view).slice(8, -1);
  const length = (view as unknown as { length?: unknown }).length;
  return { type: /^[A-Za-z0-9]{1,32}$/.test(name) ? name : 'TypedArray', length: typeof length === 'number' ? length : 0, bytes: view.byteLength };
}

function isPlain(object: object): boolean {
  const proto = Object.getPrototypeOf(object);
  return proto === Object.prototype || proto === null;
}

// Own data property even for "__proto__", so a key can never change an object's prototype.
// Snapshots are ordinary objects filled by assignment: null-prototype objects built with
// defineProperty stay in V8's slow dictionary mode, which every later stage (redaction, JCS)
// pays for. Only "__proto__" has a setter on Object.prototype, so only it needs defineProperty.
function setMember<V>(out: Record<string, V>, key: string, value: V): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/** The marker normalizeString ends a cut snapshot with; group 1: the value's length. */
const SNAPSHOT_MARKER = /…\[truncated \d+ of (\d+) chars\]$/;

/** A pseudonym token still open at the end of a cut (`[EMAIL:psn_k3f9…`, or its `[` alone): cut before it instead. */
const OPEN_TOKEN = /\[(?:[A-Z][A-Z0-9_]{0,31}(?::[a-z0-9_]*)?)?$/;

/**
 * `value` with every string (and member name) longer than `maxLength` cut to it, with the
 * marker `…[truncated after redaction: N of M chars]` (M: the redacted string's length). Run
 * by the pipeline on a redacted event whose draft had `cutAfterRedaction`: the string was
 * redacted whole, so the kept part holds no piece of a value that spans the cut. Never inside a
 * surrogate pair or a pseudonym token. Returns `value` itself when nothing is cut.
 */
export function cutLongStrings<T>(value: T, maxLength: number): T {
  return cut(value, 0) as T;

  function cut(item: unknown, depth: number): unknown {
    if (typeof item === 'string') return keptLength(item) > maxLength ? cutString(item) : item;
    if (item === null || typeof item !== 'object' || depth > MAX_DEPTH_LIMIT + 8) return item;
    if (Array.isArray(item)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < item.length; i++) {
        const next = cut(item[i], depth + 1);
        if (next !== item[i]) (out ??= item.slice())[i] = next;
      }
      return out ?? item;
    }
    const object = item as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    for (const key of Object.keys(object)) {
      const child = object[key];
      const next = cut(child, depth + 1);
      const name = key.length > maxLength ? cutString(key) : key;
      if (next === child && name === key) continue;
      out ??= { ...object };
      if (name !== key) delete out[key];
      setMember(out, name, next);
    }
    return out ?? item;
  }

  function cutString(s: string): string {
    return cutRedacted(s, maxLength);
  }
}

/**
 * A redacted string cut to at most `at` characters, with the marker
 * `…[truncated after redaction: N of M chars]`: never inside a surrogate pair or a pseudonym token.
 */
function cutRedacted(s: string, at: number): string {
  let end = outsidePair(s, Math.max(0, at));
  const open = OPEN_TOKEN.exec(s.slice(Math.max(0, end - 48), end));
  if (open !== null) end -= open[0].length;
  // The snapshot's own marker (a value longer than SNAPSHOT_FACTOR x maxLength) names the length recorded.
  const recorded = SNAPSHOT_MARKER.exec(s.slice(-64))?.[1];
  return `${s.slice(0, end)}…[truncated after redaction: ${s.length - end} of ${s.length} chars${recorded === undefined ? '' : `; the recorded value had ${recorded}`}]`;
}

/**
 * How many times its snapshotted characters an event can grow by redaction at most: the
 * shortest value that becomes a pseudonym costs about 4 characters of the budget (`"a",`) and
 * the longest pseudonym is 69 (`[` + a 32-character type + `:psn_` + 6 + `_` + 24 + `]`). An
 * event whose snapshot times this is within the stored bound cannot pass it, so it is not walked.
 */
export const MAX_REDACTION_GROWTH = 18;

/**
 * What redaction may make of an event, as a multiple of `maxEventChars`: pseudonyms are longer
 * than most values they replace (an 8-character IPv6-like token becomes a 48-character token),
 * so a 512 KiB tool result of short findings would be stored as 3 MB, hashed and written on the
 * host's thread. Past twice the budget the payload is cut (see `boundStoredChars`).
 */
export const STORED_FACTOR_EVENT = 2;

/** The payload blocks of an event, in the order `boundStoredChars` spends the bound on them. */
type Payload = { get(): unknown; set(value: unknown): void };

/**
 * An event whose payload (tool arguments and result, the model's tool-call arguments and
 * parameters, content input and output, attrs, in that order) holds at most `maxChars`
 * characters of strings and member names after redaction. The string that crosses the bound is
 * cut with the marker `…[truncated after redaction: N of M chars]` (never inside a surrogate
 * pair or a pseudonym token); after it, an array ends with one `"[truncated: event size limit]"`
 * item and an object with the member `"[truncated]": "event size limit"`, as at `record()`, and
 * `attrs.truncated` is set. The envelope (ids, trace, agent, classification) is never cut.
 * Returns `event` itself when nothing is cut. Run on redacted events only: what is kept is
 * redacted output, so the cut stores no piece of a value.
 */
export function boundStoredChars<T extends object>(event: T, maxChars: number): T {
  let remaining = maxChars;
  let cutAny = false;
  const source = event as unknown as { tool?: Record<string, unknown>; model?: Record<string, unknown>; content?: Record<string, unknown>; attrs?: Record<string, unknown> };
  const out = { ...source } as typeof source;
  const copied = new Set<string>();
  const block = (name: 'tool' | 'model' | 'content'): Record<string, unknown> => {
    if (!copied.has(name)) {
      copied.add(name);
      out[name] = { ...(source[name] as Record<string, unknown>) };
    }
    return out[name] as Record<string, unknown>;
  };
  const payloads: Payload[] = [];
  const member = (name: 'tool' | 'model' | 'content', key: string): void => {
    if (source[name]?.[key] !== undefined) payloads.push({ get: () => source[name]?.[key], set: (value) => (block(name)[key] = value) });
  };
  member('tool', 'arguments');
  member('tool', 'result');
  const calls = source.model?.toolCalls;
  if (Array.isArray(calls)) {
    calls.forEach((call: Record<string, unknown>, index: number) => {
      if (call.arguments === undefined) return;
      payloads.push({
        get: () => call.arguments,
        set: (value) => {
          const model = block('model');
          if (model.toolCalls === calls) model.toolCalls = calls.slice();
          (model.toolCalls as unknown[])[index] = { ...call, arguments: value };
        },
      });
    });
  }
  member('model', 'parameters');
  member('content', 'input');
  member('content', 'output');
  if (source.attrs !== undefined) payloads.push({ get: () => source.attrs, set: (value) => (out.attrs = value as Record<string, unknown>) });
  const attrs = source.attrs;
  for (const payload of payloads) {
    const before = payload.get();
    const after = bound(before, 0);
    if (after !== before) payload.set(after);
  }
  if (!cutAny) return event;
  out.attrs = { ...(out.attrs ?? {}), truncated: true };
  return out as T;

  function bound(item: unknown, depth: number): unknown {
    if (typeof item === 'string') {
      const kept = keptLength(item);
      if (kept <= remaining) {
        remaining -= kept;
        return item;
      }
      cutAny = true;
      const cut = cutRedacted(item, remaining);
      remaining = 0;
      return cut;
    }
    if (item === null || typeof item !== 'object' || depth > MAX_DEPTH_LIMIT + 8) return item;
    if (Array.isArray(item)) {
      let copy: unknown[] | undefined;
      for (let i = 0; i < item.length; i++) {
        if (remaining <= 0) {
          cutAny = true;
          const kept = (copy ?? item).slice(0, i);
          kept.push('[truncated: event size limit]');
          return kept;
        }
        const next = bound(item[i], depth + 1);
        if (next !== item[i]) (copy ??= item.slice())[i] = next;
      }
      return copy ?? item;
    }
    const object = item as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    const keys = Object.keys(object);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      // The flag this function (or the snapshot) set is not payload: a second pass keeps it.
      if (object === attrs && key === 'truncated' && object[key] === true) continue;
      if (remaining <= 0 || key.length > remaining) {
        cutAny = true;
        const kept: Record<string, unknown> = {};
        for (let j = 0; j < i; j++) setMember(kept, keys[j] as string, (copy ?? object)[keys[j] as string]);
        if (object === attrs && object.truncated === true) kept.truncated = true;
        kept['[truncated]'] = 'event size limit';
        return kept;
      }
      remaining -= key.length;
      const child = object[key];
      const next = bound(child, depth + 1);
      if (next === child) continue;
      // (A spread copies an own `__proto__` member as data.)
      copy ??= { ...object };
      setMember(copy, key, next);
    }
    return copy ?? item;
  }
}

/** The marker of a string cut after redaction (cutLongStrings, boundStoredChars). */
const AFTER_REDACTION_MARKER = /…\[truncated after redaction: \d+ of \d+ chars(?:; the recorded value had \d+)?\]$/;

/**
 * A string's length, or for a string already cut after redaction the length of what was kept:
 * a second pass (the host after the offload's worker) leaves it as it is.
 */
function keptLength(s: string): number {
  if (s.length < 40 || s.charCodeAt(s.length - 1) !== 0x5d) return s.length;
  const marker = AFTER_REDACTION_MARKER.exec(s.slice(-120));
  return marker === null ? s.length : s.length - marker[0].length;
}

/** What `afterRedaction` does to an event, set by shape.ts on the draft and carried to the threads. */
export interface AfterRedactionCuts {
  /** Strings longer than this were kept whole for redaction: cut them to it (cutLongStrings). */
  cutAfterRedaction?: number;
  /** Characters the payload may hold after redaction (boundStoredChars). */
  maxStoredChars?: number;
  /** session, actor.id or actor.name is longer than HEADER_CHARS: cut them to it. */
  cutHeaders?: boolean;
}

/**
 * What the pipeline does to an event after redaction, before it is encoded: long strings kept
 * whole for redaction are cut to `cutAfterRedaction` (cutLongStrings), and the payload is bounded
 * to `maxStoredChars` (boundStoredChars). Both come from the draft (shape.ts); either may be
 * absent. Applying it twice gives the same event.
 */
export function afterRedaction<T extends object>(event: T, cuts: AfterRedactionCuts): T {
  let out = event;
  if (cuts.cutAfterRedaction !== undefined) out = cutLongStrings(out, cuts.cutAfterRedaction);
  if (cuts.maxStoredChars !== undefined) out = boundStoredChars(out, cuts.maxStoredChars);
  if (cuts.cutHeaders === true) out = cutHeaderFields(out);
  return out;
}

/**
 * Most characters stored of the header fields the redactor reads (`session`, `actor.id`,
 * `actor.name`): longer ones are redacted whole, then cut to this (docs/FORMAT.md §8).
 */
export const HEADER_CHARS = 1024;

function cutHeaderFields<T extends object>(event: T): T {
  const source = event as { session?: unknown; actor?: { id?: unknown; name?: unknown } };
  const cut = (value: unknown): unknown => (typeof value === 'string' ? cutLongStrings(value, HEADER_CHARS) : value);
  const session = cut(source.session);
  const id = cut(source.actor?.id);
  const name = cut(source.actor?.name);
  if (session === source.session && id === source.actor?.id && name === source.actor?.name) return event;
  const out = { ...source } as typeof source;
  if (session !== source.session) out.session = session;
  if (source.actor !== undefined && (id !== source.actor.id || name !== source.actor.name)) out.actor = { ...source.actor, id, ...(source.actor.name === undefined ? {} : { name }) };
  return out as T;
}
