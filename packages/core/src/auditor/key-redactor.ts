import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import type { Redactor, RedactionResult } from '../spec/redactor.js';

const SECRET_KEY = /pass(word|wd|phrase)?$|secret|token(?!s)|api[-_]?key|authorization|cookie|credential|private[-_]?key/i;

/**
 * The minimal redactor: values under secret-looking key names (password, token, secret,
 * api key, authorization, cookie, credential, private key) are replaced, recursively.
 * The full detector engine (`createRedactor()`) replaces it as the default.
 */
export function keyNameRedactor(): Redactor {
  return {
    redact(event: UnsealedEvent): RedactionResult {
      let hits = 0;
      const walk = (value: JsonValue): JsonValue => {
        if (Array.isArray(value)) return value.map(walk);
        if (value && typeof value === 'object') {
          const out: Record<string, JsonValue> = Object.create(null);
          for (const key of Object.keys(value)) {
            const item = value[key] as JsonValue;
            if (SECRET_KEY.test(key) && item !== null && typeof item !== 'object') {
              hits++;
              Object.defineProperty(out, key, { value: '[REDACTED:secret]', enumerable: true, writable: true, configurable: true });
            } else {
              Object.defineProperty(out, key, { value: walk(item), enumerable: true, writable: true, configurable: true });
            }
          }
          return out;
        }
        return value;
      };
      const e = { ...event } as Record<string, unknown>;
      for (const block of ['content', 'tool', 'model', 'attrs', 'error'] as const) {
        if (e[block] !== undefined) e[block] = walk(e[block] as JsonValue);
      }
      return { event: e as unknown as UnsealedEvent, ...(hits > 0 ? { data: { classes: ['secret'], sensitivity: 'restricted' as const } } : {}) };
    },
  };
}
