/**
 * Key names whose value is a secret or an identifier as a whole, whatever it looks like.
 * Matched after lower-casing and removing `-`, `_`, `.` and spaces, as the whole name or its
 * ending (`db_password`, `X-Api-Key`, `stripeSecretKey`).
 */
export const DEFAULT_SECRET_KEYS: readonly string[] = [
  'password', 'passwd', 'pwd', 'passphrase', 'secret', 'token', 'apikey', 'accesskey', 'secretkey',
  'authorization', 'proxyauthorization', 'cookie', 'setcookie', 'credential', 'credentials',
  'privatekey', 'clientsecret', 'sessionid', 'sessiontoken', 'refreshtoken', 'accesstoken', 'idtoken',
  'authtoken', 'bearertoken', 'xapikey', 'signature', 'otp', 'pin', 'cvv', 'cvc',
];

/** Key names whose value is a government identifier (masked as `SSN`, class pii.government_id). */
export const DEFAULT_IDENTITY_KEYS: readonly string[] = ['ssn', 'socialsecuritynumber', 'taxid', 'nationalid', 'passportnumber'];

/** Endings that name metadata about a secret rather than the secret (`max_tokens`, `token_type`). */
const metadataEndings = [
  'tokens', 'count', 'length', 'limit', 'type', 'id', 'ids', 'name', 'url', 'uri', 'path', 'file', 'expires', 'expiry',
  'expiresin', 'expiresat', 'ttl', 'usage', 'policy', 'size', 'max', 'min', 'required', 'enabled', 'field', 'header',
  'endpoint', 'version', 'format', 'hint', 'label', 'ref', 'location', 'rotation', 'rotatedat', 'createdat', 'updatedat',
];

export function normalizeKeyName(name: string): string {
  return name.toLowerCase().replace(/[\s_.\-]/g, '');
}

/** Decides whether an object key names a secret, given the configured key list. */
export function matchKeyName(name: string, keys: readonly string[]): string | undefined {
  const normalized = normalizeKeyName(name);
  if (normalized.length === 0 || normalized.length > 64) return undefined;
  for (const ending of metadataEndings) {
    if (normalized.endsWith(ending) && !keys.includes(normalized)) {
      // `sessionid` is in the list on purpose; other `...id` names are identifiers of records.
      const stem = normalized.slice(0, normalized.length - ending.length);
      if (keys.some((key) => stem.endsWith(key))) return undefined;
    }
  }
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_.\-]+/).filter((word) => word.length > 0);
  const lastWord = words[words.length - 1];
  for (const key of keys) {
    if (normalized === key) return key;
    // Short names (`pin`, `otp`, `ssn`) only as a whole last word: `shipping` is not a PIN.
    if (key.length <= 4 ? lastWord === key : normalized.endsWith(key)) return key;
  }
  return undefined;
}

/** The default secret-key test, also used for `name = value` assignments found in text. */
export function isSecretKeyName(name: string): boolean {
  return matchKeyName(name, DEFAULT_SECRET_KEYS) !== undefined;
}
