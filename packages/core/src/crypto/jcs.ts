/**
 * RFC 8785 JSON Canonicalization Scheme for values that are already JSON-safe (the output of
 * the core's normalizer or JSON.parse): object members sorted by UTF-16 code units, no
 * whitespace, numbers in ECMAScript shortest form, strings escaped as JSON.stringify does.
 *
 * A value whose objects are plain and already hold their members in that order (the redactor's
 * output does), with finite numbers only, is written by the native `JSON.stringify`: RFC 8785
 * defines its number and string forms as ECMAScript's (sections 3.2.2.2 and 3.2.2.3), so the
 * bytes are the same, made in one pass with one string instead of one per member. Anything else
 * takes the member-by-member path.
 *
 * @throws TypeError for a non-finite number or a value JSON cannot hold (a function, a bigint)
 *
 * @example
 * ```ts
 * canonicalize({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 * ```
 */
export function canonicalize(value: unknown): string {
  if (typeof value === 'object' && value !== null && inCanonicalOrder(value, 0) && noToJsonOnPrototypes()) return JSON.stringify(value);
  return canonicalizeByMember(value);
}

/**
 * True when JSON.stringify writes `value` exactly as RFC 8785 does: every object is plain
 * (prototype Object.prototype or null) with its members already sorted by UTF-16 code units
 * (in enumeration order, which is also JSON.stringify's), every number finite, nothing but
 * strings, numbers, booleans, null, undefined, arrays and such objects. Reads the value only:
 * no allocation. Deeper than MAX_CHECKED_DEPTH, false (the member path then takes it).
 */
function inCanonicalOrder(value: object, depth: number): boolean {
  if (depth > MAX_CHECKED_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!canonicalLeaf(value[i], depth)) return false;
    return true;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  let previous: string | undefined;
  // for-in without own-property checks: an inherited enumerable key can only make this false.
  for (const key in value) {
    if (previous !== undefined && !(previous < key)) return false;
    previous = key;
    if (!canonicalLeaf((value as Record<string, unknown>)[key], depth)) return false;
  }
  return true;
}

function canonicalLeaf(item: unknown, depth: number): boolean {
  switch (typeof item) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return true;
    case 'number':
      return Number.isFinite(item);
    case 'object':
      return item === null || inCanonicalOrder(item, depth + 1);
    default:
      return false;
  }
}

/** JSON.stringify calls a `toJSON` it finds on an object's prototype chain; canonicalize never does. */
function noToJsonOnPrototypes(): boolean {
  return (Object.prototype as { toJSON?: unknown }).toJSON === undefined && (Array.prototype as { toJSON?: unknown }).toJSON === undefined;
}

/** Nesting checked for the JSON.stringify path; deeper values take the member-by-member path. */
const MAX_CHECKED_DEPTH = 64;

/** canonicalize() member by member, for any JSON-safe value. Exported for tests, which compare both paths. */
export function canonicalizeByMember(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('JCS cannot encode a non-finite number');
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ',';
          const item = value[i];
          out += item === undefined ? 'null' : canonicalize(item);
        }
        return out + ']';
      }
      const object = value as Record<string, unknown>;
      const keys = sortKeys(Object.keys(object));
      let out = '{';
      let first = true;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        const item = object[key];
        if (item === undefined) continue;
        if (!first) out += ',';
        first = false;
        out += memberName(key) + canonicalize(item);
      }
      return out + '}';
    }
    default:
      throw new TypeError(`JCS cannot encode a value of type ${typeof value}`);
  }
}

/** Objects with up to this many members are sorted by insertion (in place), larger ones by Array.prototype.sort. */
const INSERTION_SORT_MAX = 16;

/**
 * `keys` sorted by UTF-16 code units, in place (`<` on strings and the default sort order both
 * compare code units; object keys are distinct, so stability does not matter). Most objects have
 * a few members, often already in order: an insertion sort is then one comparison per key.
 */
export function sortKeys(keys: string[]): string[] {
  const n = keys.length;
  if (n > INSERTION_SORT_MAX) return keys.sort();
  for (let i = 1; i < n; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    if ((keys[j] as string) < key) continue;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}

/** Longest key whose `"key":` is kept, and how many are kept before the cache starts over. */
const MAX_CACHED_NAME = 64;
const MAX_CACHED_NAMES = 4096;
const memberNames = new Map<string, string>();

/**
 * `"key":` as JSON writes it. Key names recur in every event (`id`, `type`, `arguments`): they
 * are escaped once and kept (bounded), not escaped again per member.
 */
export function memberName(key: string): string {
  let name = memberNames.get(key);
  if (name === undefined) {
    name = JSON.stringify(key) + ':';
    if (key.length <= MAX_CACHED_NAME) {
      if (memberNames.size >= MAX_CACHED_NAMES) memberNames.clear();
      memberNames.set(key, name);
    }
  }
  return name;
}
