/**
 * RFC 8785 JSON Canonicalization Scheme for values that are already JSON-safe (the output of
 * the core's normalizer or JSON.parse): object members sorted by UTF-16 code units, no
 * whitespace, numbers in ECMAScript shortest form, strings escaped as JSON.stringify does.
 *
 * @example
 * ```ts
 * canonicalize({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 * ```
 */
export function canonicalize(value: unknown): string {
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
