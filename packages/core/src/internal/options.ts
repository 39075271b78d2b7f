import { AuditError } from '../spec/errors.js';

/**
 * A public function's options object that has required fields: from plain JavaScript it may be
 * missing or not an object, which gets a clear `invalid_options` error instead of a TypeError
 * thrown while reading a field of `undefined`. (Options whose fields are all optional default to
 * `{}` in the signature instead.)
 */
export function requireOptions<T>(fn: string, options: T, expected: string): T & object {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new AuditError({ code: 'invalid_options', message: `${fn} needs ${expected}; got ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}` });
  }
  return options as T & object;
}
