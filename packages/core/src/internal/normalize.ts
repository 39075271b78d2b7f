import type { JsonValue } from '../spec/event.js';
import { mediaFromBytes, mediaFromString, type PendingMedia } from './media.js';

/**
 * Limits applied when a recorded value is snapshotted. Every cut leaves a visible marker
 * (see docs/FORMAT.md, "Normalization"), so a reader knows something was left out.
 */
export interface NormalizeLimits {
  /** Longest string kept, in UTF-16 code units. */
  maxStringLength: number;
  /** Deepest nesting kept below the block root. */
  maxDepth: number;
  /** Most members kept of one object or array. */
  maxEntries: number;
  /** Approximate budget for one event's values, in characters. */
  maxEventChars: number;
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
};

/** Mutable budget shared by all values of one event. */
export interface Budget {
  remaining: number;
  truncated: boolean;
  /** Base64 media summarized in this event, whose digests the pipeline computes (see media.ts). */
  media?: PendingMedia[];
}

export function newBudget(limits: NormalizeLimits): Budget {
  return { remaining: limits.maxEventChars, truncated: false };
}

const isWellFormed: (s: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (s) => (s as unknown as { isWellFormed(): boolean }).isWellFormed()
    : (s) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

function wellFormed(s: string): string {
  if (isWellFormed(s)) return s;
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Normalizes a string: lone surrogates become U+FFFD, long strings are cut with a marker. */
export function normalizeString(value: string, limits: NormalizeLimits, budget: Budget, maxLength = limits.maxStringLength): string {
  let s = value;
  const max = Math.min(maxLength, Math.max(0, budget.remaining));
  if (s.length > max) {
    budget.truncated = true;
    let cut = max;
    // Do not split a surrogate pair.
    const code = s.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    s = `${s.slice(0, cut)}…[truncated ${value.length - cut} of ${value.length} chars]`;
  }
  budget.remaining -= s.length;
  return wellFormed(s);
}

/** What a media summary costs of the event's budget (its members, roughly). */
const MEDIA_CHARS = 120;

/**
 * Turns any JavaScript value into a JSON value, snapshotting it so later mutation by the
 * caller does not change what is recorded. Never throws: values that cannot be read become
 * markers.
 */
export function normalizeValue(value: unknown, limits: NormalizeLimits, budget: Budget): JsonValue {
  const seen = new Set<object>();
  return walk(value, 0, undefined, undefined);

  /** `parent` and `key`: where the value sits, so media can be told by its member name and a sibling's type. */
  function walk(input: unknown, depth: number, parent?: Record<string, unknown>, key?: string): JsonValue {
    if (budget.remaining <= 0) {
      budget.truncated = true;
      return '[truncated: event size limit]';
    }
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
        return null;
      case 'symbol':
        return `[Symbol ${normalizeString(input.description ?? '', limits, budget)}]`;
      case 'function':
        return `[Function ${normalizeString(input.name || 'anonymous', limits, budget)}]`;
      default:
        break;
    }
    if (input === null) return null;
    const object = input as object;
    if (seen.has(object)) return '[Circular]';
    if (depth >= limits.maxDepth) {
      budget.truncated = true;
      return '[truncated: depth limit]';
    }
    try {
      if (object instanceof Date) {
        const time = object.getTime();
        return Number.isNaN(time) ? '[Invalid Date]' : object.toISOString();
      }
      if (ArrayBuffer.isView(object)) {
        budget.remaining -= MEDIA_CHARS;
        return mediaFromBytes(new Uint8Array(object.buffer, object.byteOffset, object.byteLength), parent) as unknown as JsonValue;
      }
      if (object instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && object instanceof SharedArrayBuffer)) {
        budget.remaining -= MEDIA_CHARS;
        return mediaFromBytes(new Uint8Array(object), parent) as unknown as JsonValue;
      }
      if (object instanceof RegExp) return normalizeString(String(object), limits, budget);
      seen.add(object);
      try {
        if (Array.isArray(object)) return walkArray(object, depth);
        if (object instanceof Map) {
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
        }
        if (object instanceof Set) return walkArray(Array.from(object), depth);
        if (object instanceof Error) return walkError(object, depth);
        if (typeof (object as { toJSON?: unknown }).toJSON === 'function' && !isPlain(object)) {
          const json = (object as { toJSON(): unknown }).toJSON();
          if (json !== object) return walk(json, depth);
        }
        return walkObject(object as Record<string, unknown>, depth);
      } finally {
        seen.delete(object);
      }
    } catch (error) {
      return `[Unreadable: ${error instanceof Error ? normalizeString(error.message, limits, budget) : 'error'}]`;
    }
  }

  function keyOf(key: unknown): string {
    if (typeof key === 'string') return normalizeString(key, limits, budget);
    const value = walk(key, limits.maxDepth - 1);
    return typeof value === 'string' ? value : JSON.stringify(value);
  }

  function walkArray(array: readonly unknown[], depth: number): JsonValue[] {
    const length = Math.min(array.length, limits.maxEntries);
    const out: JsonValue[] = new Array(length);
    for (let i = 0; i < length; i++) out[i] = walk(array[i], depth + 1);
    if (array.length > length) {
      budget.truncated = true;
      out.push(`[truncated ${array.length - length} more items]`);
    }
    return out;
  }

  function walkObject(object: Record<string, unknown>, depth: number): Record<string, JsonValue> {
    const out: Record<string, JsonValue> = {};
    const keys = Object.keys(object);
    const length = Math.min(keys.length, limits.maxEntries);
    for (let i = 0; i < length; i++) {
      const key = keys[i] as string;
      let item: unknown;
      try {
        item = object[key];
      } catch (error) {
        item = `[Unreadable: ${error instanceof Error ? error.message : 'getter threw'}]`;
      }
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      budget.remaining -= key.length + 4;
      setMember(out, normalizeString(key, limits, budget), walk(item, depth + 1, object, key));
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

function isPlain(object: object): boolean {
  const proto = Object.getPrototypeOf(object);
  return proto === Object.prototype || proto === null;
}

// Own data property even for "__proto__", so a key can never change an object's prototype.
// Snapshots are ordinary objects filled by assignment: null-prototype objects built with
// defineProperty stay in V8's slow dictionary mode, which every later stage (redaction, JCS)
// pays for. Only "__proto__" has a setter on Object.prototype, so only it needs defineProperty.
function setMember(out: Record<string, JsonValue>, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}
