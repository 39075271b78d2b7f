import { entropy, luhnValid } from './internal/checks.js';
import { isikukoodValid } from './national-ids.js';
import { vocabularyKind, vocabularyNameParts } from './key-vocabulary.js';

/** Caches of normalizeKeyName and isBareAccountKeyName (names of up to 64 characters, cleared whole at 4,096). */
const normalizedKeyNames = new Map<string, string>();
const bareAccountKeyNames = new Map<string, boolean>();

/**
 * Key names whose value is a secret or an identifier as a whole, whatever it looks like.
 * Names are split into words (camelCase, snake_case, kebab-case, `X-Api-Key`, `APIKey`) and
 * matched as the whole name or its ending (`db_password`, `X-Api-Key`, `stripeSecretKey`), also
 * with a plural last word (`apiKeys`) or a trailing qualifier (`password_confirmation`,
 * `newPassword2`).
 */
export const DEFAULT_SECRET_KEYS: readonly string[] = [
  'password', 'passwd', 'pwd', 'passphrase', 'secret', 'token', 'apikey', 'accesskey', 'secretkey',
  'authorization', 'proxyauthorization', 'cookie', 'setcookie', 'credential', 'credentials',
  'privatekey', 'clientsecret', 'sessionid', 'sessiontoken', 'refreshtoken', 'accesstoken', 'idtoken',
  'authtoken', 'bearertoken', 'xapikey', 'otp', 'pin', 'cvv', 'cvc', 'cookies',
  // A request's signature, one list for every vendor's header: `signature` and `sig` as the name's end
  // (`Stripe-Signature`, `X-Hub-Signature-256`, `X-Twilio-Signature`, `X-Slack-Signature`,
  // `X-Signature-Ed25519`, `X-Amz-Signature`) and `hmac` before a digest's name or none
  // (`X-Shopify-Hmac-Sha256`, `X-Intercom-Hmac-SHA256`, `X-Hmac-Sha256`; qualifierWords drops the
  // digest's name: L4 of the probe of 2026-12-05h found the Shopify header raw).
  'signature', 'sig', 'xamzsignature', 'hmac',
  'xamzcredential', 'xamzsecuritytoken', 'connectionstring', 'dsn', 'accountkey',
  'awsaccountid', 'auth', 'passcode',
  // A SIM's PUK and PUK2 (`puk`, `puk2`, `sim_puk`, `pukCode`): unblock codes, secrets as a PIN is (L4 of the seventh probe of 2026-12-04).
  'puk', 'pukcode',
  // A Zigbee device's install code (`installCode`, `install_code`, `zigbeeInstallCode`): whoever holds it joins the
  // household's meter network (L6 of the seventeenth probe, 2026-12-05j).
  'installcode',
  // A session's id under other names: `PHPSESSID`, `X-Session` (a header), `session_key`, `sessionCookie`.
  'sessid', 'xsession', 'sessionkey', 'sessioncookie',
  // A payment card's security code (`cvv2`, `card_security_code`, `cardCode`).
  'csc', 'cvn', 'securitycode', 'cardcode', 'cardverificationcode', 'cardverificationvalue',
  // Wallet seed phrases (BIP-39 mnemonics) and account recovery: `mnemonic`, `seed_phrase`,
  // `recoveryPhrase`, `backup_codes`, `recoveryCodes`; one-time and verification codes (`otp_code`,
  // `verification_code`, `totp`, `mfa_code`) (a probe of 2026-12-03: stored raw under these names).
  'mnemonic', 'seedphrase', 'seedwords', 'recoveryphrase', 'secretrecoveryphrase', 'backupcode', 'recoverycode', 'backupphrase',
  'otpcode', 'verificationcode', 'onetimecode', 'onetimepassword', 'totp', 'totpcode', 'mfacode', 'twofactorcode', '2facode', 'smscode',
  // Abbreviations of password (`pword`, `pswd`, `psw`, `passw`), a key's raw material (`key_material`),
  // Azure's API Management and Functions keys (`Ocp-Apim-Subscription-Key`, `subscriptionKey`,
  // `x-functions-key`). A probe of 2026-12-03 found them stored raw.
  'pword', 'pswd', 'psw', 'passw', 'keymaterial', 'subscriptionkey', 'functionskey', 'functionkey',
  // The answer to an account's security question is a credential (NIST SP 800-63B 5.1.1.2 bars
  // these "knowledge-based" secrets from new systems; old ones still send them): `security_answer`,
  // `secretAnswer`, `memorable_word` (the second probe of 2026-12-04: stored raw).
  'securityanswer', 'securityanswers', 'secretanswer', 'securityquestionanswer', 'challengeanswer', 'memorableword', 'memorableinformation', 'memorableinfo',
  // OAuth: a PKCE verifier (RFC 7636 4.1, sent with the code it proves) and an authorization code
  // under a name that says so (K19 of the fifth probe of 2026-12-04: stored raw). A bare `code` is
  // one only beside a token request's or a callback's members (oauth-codes.ts).
  'codeverifier', 'pkceverifier', 'pkcecodeverifier', 'authorizationcode', 'authcode', 'oauthcode', 'devicecode',
  // HashiCorp Vault's unseal and recovery key shares (`unseal_keys_b64`, `recovery_keys_hex`; `Unseal Key 1: …` as
  // `vault operator init` prints them) and any recovery key (BitLocker's, a password manager's): enough of them
  // open the vault (L4 of the probe of 2026-12-06c: stored raw).
  'unsealkey', 'recoverykey',
  // An OAuth device-authorization grant's user code (RFC 8628 3.2 `user_code`, `userCode`): whoever holds it
  // while it lives approves the sign-in as the user (L12 of the probe of 2026-12-06c: stored beside a masked `device_code`).
  'usercode',
];

/**
 * The word for "password" (and passphrase / passcode) in the languages agent-audit reads: one
 * list, used for member names (matchKeyName adds them, normalized, whenever `password` is among
 * the secret keys: `passwort`, `mot_de_passe`, `contraseña`, `ｐａｓｓｗｏｒｄ`, `パスワード`) and for
 * prose labels (secrets.ts: `Passwort: …`, `パスワード: …`, `密码是…`). Latin and Greek words
 * are also matched without their accents (`contrasena`, `losenord`, `κωδικος`); a space or
 * hyphen inside stands for any separator or none (`mot de passe`, `mot_de_passe`, `motDePasse`).
 */
export const PASSWORD_WORDS: readonly string[] = [
  'password', 'passphrase', 'passcode', 'pass code', 'pwd', 'pw', 'p/w',
  // de, nl/af, fr, es/ca, pt, sv, no, da, fi, pl, cs/sk, it/tr/ro, hu, tr, hr/sr/bs, sl, lt, lv, et, vi, id/ms
  'passwort', 'kennwort', 'wachtwoord', 'wagwoord', 'mot de passe', 'contraseña', 'contrasenya', 'senha', 'palavra-passe', 'lösenord', 'passord', 'adgangskode',
  'salasana', 'hasło', 'haslo', 'heslo', 'parola', 'parolă', 'jelszó', 'şifre', 'lozinka', 'geslo', 'slaptažodis', 'salasõna', 'mật khẩu', 'kata sandi',
  // ja romanized (Hepburn, with the long vowel written out or marked: パスワード; L7 of 2026-12-05i)
  'pasuwado', 'pasuwaado', 'pasuwādo',
  // ru/uk/bg, el, ja, zh, ko, ar, he, hi, th
  'пароль', 'парола', 'κωδικός', 'συνθηματικό', 'パスワード', '密码', '密碼', '口令', '비밀번호', '암호', 'كلمة المرور', 'كلمة السر', 'סיסמה', 'סיסמא', 'पासवर्ड', 'รหัสผ่าน',
];

/** Written without accents: `contraseña` -> `contrasena` (Latin and Greek words only; ł has no decomposition). */
export function withoutAccents(word: string): string {
  // ASCII (most key names) has no accents: its NFD and NFC forms are itself.
  let ascii = true;
  for (let i = 0; i < word.length && ascii; i++) ascii = word.charCodeAt(i) < 128;
  if (ascii) return word;
  if (!/^[\p{Script=Latin}\p{Script=Greek}\s\-]+$/u.test(word)) return word;
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** PASSWORD_WORDS and their spellings without accents, normalized as key names (`motdepasse`). */
const passwordKeyWords: readonly string[] = [...new Set(PASSWORD_WORDS.flatMap((word) => [word, withoutAccents(word)]).map((word) => normalizeKeyName(word)))];
/** Secret-key lists with PASSWORD_WORDS added (when they hold `password`), per list. */
const withPasswordWords = new WeakMap<readonly string[], readonly string[]>();
function effectiveKeys(keys: readonly string[]): readonly string[] {
  if (!keys.includes('password')) return keys;
  let out = withPasswordWords.get(keys);
  if (out === undefined) {
    out = [...new Set([...keys, ...passwordKeyWords])];
    withPasswordWords.set(keys, out);
  }
  return out;
}

/** Key names that hold a secret only as the whole name: `pass` (`boarding_pass` holds none). */
export const EXACT_SECRET_KEYS: ReadonlySet<string> = new Set(['pass']);

/** Key names whose value is a government identifier (masked as `SSN`, class pii.government_id). */
export const DEFAULT_IDENTITY_KEYS: readonly string[] = ['ssn', 'socialsecuritynumber', 'taxid', 'nationalid', 'passportnumber'];

/** Endings that name metadata about a secret rather than the secret (`max_tokens`, `token_type`). */
const metadataEndings = [
  'tokens', 'count', 'length', 'limit', 'type', 'id', 'ids', 'name', 'url', 'uri', 'path', 'file', 'expires', 'expiry',
  'expiresin', 'expiresat', 'ttl', 'usage', 'policy', 'size', 'max', 'min', 'required', 'enabled', 'field', 'header',
  'endpoint', 'version', 'format', 'hint', 'label', 'ref', 'location', 'rotation', 'rotatedat', 'createdat', 'updatedat',
];

/** Words after a secret's name that still name the secret itself (`password_confirmation`). */
const qualifierWords = new Set([
  'confirmation', 'confirm', 'confirmed', 'again', 'repeat', 'repeated', 'verify', 'verification', 'check', 'new', 'old',
  'current', 'previous', 'value', 'raw', 'plain', 'plaintext', 'encrypted', 'enc', 'hash', 'hashed', 'digest', 'b64', 'base64',
  // How the secret is written or which one it is (a probe of 2026-12-03: `secret_key_base` of Rails,
  // `password_encoded`, `token_string`, `secret_text`, `totp_seed`, `api_secret_v2`, `base32`, `hex`).
  'base', 'encoded', 'base32', 'base58', 'hex', 'string', 'str', 'text', 'seed', 'v',
  // The digest or curve a signature is made with (`X-Shopify-Hmac-Sha256`, `X-Signature-Ed25519`).
  'sha1', 'sha256', 'sha384', 'sha512', 'ed25519',
]);

/**
 * A key name compared: NFKC-folded (full-width `ｐａｓｓｗｏｒｄ` is `password`), lower case, without
 * spaces, `_`, `.` and `-`.
 */
export function normalizeKeyName(name: string): string {
  // Key names recur in every event and are read by several rules each: normalized once (bounded).
  let normalized = normalizedKeyNames.get(name);
  if (normalized === undefined) {
    normalized = foldKey(salesforceFieldBase(name) ?? name).toLowerCase().replace(/[\s_.\-]/g, '');
    if (name.length <= 64) {
      if (normalizedKeyNames.size >= 4096) normalizedKeyNames.clear();
      normalizedKeyNames.set(name, normalized);
    }
  }
  return normalized;
}

/**
 * A Salesforce custom field's API name without its suffix and managed-package namespace (the
 * Salesforce Object Reference, "Custom Objects and Fields"): `SSN__c`, `Last_Name__c`,
 * `Date_of_Birth__c` (`__c` a custom field), `dob__pc` (`__pc` a person account's custom field),
 * `Guardian__r` (`__r` a relationship), `Home__latitude__s` (`__s` a compound field's part),
 * `acme__SSN__c` (the `acme` namespace): `SSN`, `Last_Name`, `dob`, `Guardian`, `Home__latitude`
 * (a probe of 2026-12-04, J3). Undefined for any other name (the test is one `indexOf('__')`).
 */
export function salesforceFieldBase(name: string): string | undefined {
  if (name.length < 4 || name.length > 128 || name.indexOf('__') < 0) return undefined;
  const match = SALESFORCE_FIELD.exec(name);
  return match === null ? undefined : (match[1] as string);
}
/** `[namespace__]Name__c|pc|r|s`: the name starts with a letter, as Salesforce API names do. */
const SALESFORCE_FIELD = /^(?:[A-Za-z][A-Za-z0-9]{0,14}__(?=[A-Za-z]))?([A-Za-z](?:[A-Za-z0-9]|_(?!_[a-z]{1,2}$))*?)__(?:c|pc|r|s|C|PC|R|S)$/;

/** NFKC (compatibility forms: full-width letters, ligatures) for names that are not plain ASCII. */
function foldKey(name: string): string {
  return /^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFKC');
}

/**
 * Splits a key name into lower-case words: `apiKeys` -> `api keys`, `X-Api-Key` -> `x api key`,
 * `APIKey` -> `api key`, `userPINs` -> `user pins`, `password_confirmation2` -> `password confirmation 2`.
 */
export function keyWords(name: string): string[] {
  return foldKey((salesforceFieldBase(name) ?? name).slice(0, 128))
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    // Not before a lone plural s: `PINs`, `SSNs`, `URLs` are one word each, not `pi ns`.
    .replace(/([A-Z]+)([A-Z](?!s(?![a-z]))[a-z])/g, '$1 $2')
    .toLowerCase()
    // Letters of any script are words (`contraseña`, `mot_de_passe`, `비밀번호`), marks included (`पासवर्ड`).
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/**
 * Decides whether an object key names a secret, given the configured key list (normalized
 * names). Tries the name as written, then without trailing qualifier words and digits
 * (`password_confirmation`, `secret2`), then with a plural last word made singular (`apiKeys`).
 */
export function matchKeyName(name: string, listed: readonly string[]): string | undefined {
  const keys = effectiveKeys(listed);
  const direct = matchNormalizedKey(name, keys) ?? passwordSuffix(name, keys) ?? vendorKey(name, keys);
  if (direct !== undefined) return direct;
  const words = keyWords(name);
  if (words.length === 0) return undefined;
  for (;;) {
    const last = words[words.length - 1] as string;
    const bare = last.replace(/\d+$/, '');
    // A qualifier with digits of its own (`base64`, `base32`) is one too, not `base` and a number.
    if (bare.length === 0 || qualifierWords.has(bare) || qualifierWords.has(last)) {
      if (words.length === 1) break;
      words.pop();
    } else {
      words[words.length - 1] = bare;
      break;
    }
  }
  const stripped = words.join('_');
  if (stripped !== name) {
    // Without its qualifiers a name is read as a name as written is (`encryption_key_base64`, `db_pass_encoded`).
    const found = matchNormalizedKey(stripped, keys) ?? passwordSuffix(stripped, keys) ?? vendorKey(stripped, keys);
    if (found !== undefined) return found;
  }
  const last = words[words.length - 1] as string;
  // `apiKeys`, `secrets`: a plural names several of the same secrets. Plurals that name
  // metadata are left alone, and `tokens` counts unless a more specific name results
  // (`accessTokens`, `session_tokens` are secrets; `max_tokens`, `prompt_tokens` are counts).
  if (last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && (last === 'tokens' || !metadataEndings.includes(last))) {
    words[words.length - 1] = last.slice(0, -1);
    const found = matchNormalizedKey(words.join('_'), keys);
    return last === 'tokens' && found === 'token' ? undefined : found;
  }
  return undefined;
}

function matchNormalizedKey(name: string, keys: readonly string[]): string | undefined {
  const normalized = normalizeKeyName(name);
  if (normalized.length === 0 || normalized.length > 64) return undefined;
  for (const ending of metadataEndings) {
    if (normalized.endsWith(ending) && !keys.includes(normalized)) {
      // `sessionid` is in the list on purpose; other `...id` names are identifiers of records.
      const stem = normalized.slice(0, normalized.length - ending.length);
      if (keys.some((key) => stem.endsWith(key))) return undefined;
    }
  }
  const words = keyWords(name);
  const lastWord = words[words.length - 1];
  if (keys.includes(normalized)) return normalized;
  // The longest key the name ends with (`sessiontoken` rather than `token`). Short names
  // (`pin`, `otp`, `ssn`) only as a whole last word: `shipping` is not a PIN. (Words in scripts
  // written without spaces, `密码`, `비밀번호`, are endings: `用户密码`.)
  let best: string | undefined;
  for (const key of keys) {
    if ((key.length <= 4 && /^[a-z0-9]+$/.test(key) ? lastWord === key : normalized.endsWith(key)) && (best === undefined || key.length > best.length)) best = key;
  }
  return best;
}

/**
 * Words before a final `pass` that make the name a password's (`DB_PASS`, `smtp_pass`,
 * `adminPass`), where `boarding_pass`, `bus_pass` hold none.
 */
const passOwners = new Set([
  'db', 'database', 'sql', 'mysql', 'mariadb', 'postgres', 'postgresql', 'pg', 'mongo', 'mongodb', 'redis', 'rabbitmq', 'amqp',
  'mq', 'smtp', 'imap', 'pop', 'pop3', 'mail', 'email', 'ftp', 'sftp', 'ssh', 'ldap', 'bind', 'vnc', 'rdp', 'smb', 'proxy',
  'user', 'username', 'admin', 'root', 'login', 'auth', 'basic', 'api', 'app', 'service', 'svc', 'account', 'wifi', 'key',
  'keystore', 'truststore', 'store', 'cert', 'pfx', 'p12', 'jks', 'sudo', 'master', 'registry', 'docker', 'db2', 'oracle',
  'mssql', 'sa', 'es', 'elastic', 'kibana', 'grafana', 'jenkins', 'git', 'repo', 'nexus', 'artifactory', 'vault', 'secret',
  // Ansible's `become_pass`, `ansible_become_pass`, `ansible_ssh_pass` (a probe of 2026-12-03).
  'become', 'ansible',
]);

/**
 * A name ending in the word `pass` (or `pwd`) that names a password: `DB_PASS`, `SMTP_PWD`
 * written as an environment variable (upper case with `_`), or after an owner word
 * (`db_pass`, `adminPass`). Counts only when `password` is among the secret keys.
 */
function passwordSuffix(name: string, keys: readonly string[]): string | undefined {
  if (!keys.includes('password')) return undefined;
  const words = keyWords(name);
  if (words.length < 2 || words.length > 6) return undefined;
  const last = words[words.length - 1] as string;
  if (last !== 'pass' && last !== 'pwd' && last !== 'passwd') return undefined;
  const envStyle = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(name.trim());
  return envStyle || passOwners.has(words[words.length - 2] as string) ? 'password' : undefined;
}

/**
 * Services whose `<service>_key` is an API key (`stripe_key`, `OPENAI_KEY`, `twilioKey`); other
 * `_key` names are not secrets (`sort_key`, `primary_key`, `cache_key`, `public_key`).
 */
const keyOwners = new Set([
  'stripe', 'openai', 'anthropic', 'claude', 'gemini', 'cohere', 'mistral', 'groq', 'replicate', 'huggingface', 'hf', 'twilio', 'sendgrid',
  'mailgun', 'mailchimp', 'postmark', 'github', 'gitlab', 'bitbucket', 'slack', 'discord', 'telegram', 'aws', 'gcp', 'google', 'azure',
  'firebase', 'supabase', 'datadog', 'dd', 'newrelic', 'pagerduty', 'heroku', 'vercel', 'netlify', 'cloudflare', 'cf', 'digitalocean',
  'linear', 'notion', 'airtable', 'hubspot', 'shopify', 'paypal', 'braintree', 'square', 'plaid', 'pinecone', 'npm', 'pypi', 'docker',
  'jwt', 'signing', 'encryption', 'hmac', 'master', 'admin', 'service', 'license', 'app', 'secret', 'private', 'api', 'access', 'auth',
  // A smart meter's DLMS/COSEM keys (`authenticationKey`, `globalUnicastKey`, `broadcastKey`, `dedicatedKey`; L6 of 2026-12-05j).
  'authentication', 'unicast', 'broadcast', 'dedicated',
]);
function vendorKey(name: string, keys: readonly string[]): string | undefined {
  if (!keys.includes('apikey')) return undefined;
  const words = keyWords(name);
  if (words.length < 2 || words.length > 6) return undefined;
  const last = words[words.length - 1] as string;
  return (last === 'key' || last === 'keys') && keyOwners.has(words[words.length - 2] as string) ? 'apikey' : undefined;
}

/**
 * Words before a final `key` whose value is a record's or a text's key, never a secret, however
 * random it looks (`publicKey`, `idempotencyKey`, `objectKey`, `cacheKey`; isTokenKeyName).
 */
const NON_SECRET_KEY_OWNERS: ReadonlySet<string> = new Set([
  'public', 'primary', 'foreign', 'sort', 'partition', 'routing', 'cache', 'object', 'idempotency', 'dedup', 'deduplication',
  'message', 'i18n', 'translation', 'issue', 'hash', 'range', 'row', 'item', 'record', 's3', 'file', 'storage', 'hot', 'shortcut',
  'lookup', 'group', 'unique', 'composite', 'react', 'list', 'map', 'node', 'entity', 'search', 'index', 'table', 'column', 'dictionary', 'sharding', 'shard',
]);
/**
 * A member name of two to six words whose last is `key` (`writeKey`, `write_key`, `sdkKey`,
 * `ingestKey`, `sourceWriteKey`), not a record's key (NON_SECRET_KEY_OWNERS): its value is a
 * secret when it is a random token (redactor.ts randomTokenValue; L4 of the probe of 2026-12-05h:
 * Segment's write key was stored raw). Names the secret-key list already takes (`apiKey`,
 * `stripe_key`) never get here.
 */
/**
 * Members holding a SIM's authentication key `Ki` or operator key `OPc` (`ki`, `Ki`, `OPc`, `sim_ki`,
 * `simOpc`, `eKi`, normalized): their value is a secret when it reads as a key (redactor.ts
 * keyLikeValue), as `pin1`/`puk1` beside them are (L8 of the sixteenth probe, 2026-12-05i).
 */
export const SIM_KEY_MEMBERS: ReadonlySet<string> = new Set(['ki', 'opc', 'eki', 'simki', 'simopc']);

export function isTokenKeyName(name: string): boolean {
  if (name.length > 64) return false;
  const words = keyWords(name);
  return words.length >= 2 && words.length <= 6 && words[words.length - 1] === 'key' && !NON_SECRET_KEY_OWNERS.has(words[words.length - 2] as string);
}

/**
 * A random token, as a write key or an SDK key is (Segment's write key: 32 letters and digits):
 * 20 to 128 letters, digits, `_` or `-`, with upper-case and lower-case letters and digits, not
 * words and numbers joined by `-` or `_` (`Order-2024-Q3-Report-Final`). An id in one case
 * (`a3f9c2e18b7d4f60…`, a hash), a UUID, `checkout.button.pay` stay (isTokenKeyName).
 */
export function isRandomToken(value: string): boolean {
  if (value.length < 20 || value.length > 128 || !/^[A-Za-z0-9_-]+$/.test(value)) return false;
  if (!/[A-Z]/.test(value) || !/[a-z]/.test(value) || !/\d/.test(value)) return false;
  return !(/[-_]/.test(value) && value.split(/[-_]/).every((part) => /^(?:[A-Za-z]{1,24}|\d{1,12}|[A-Za-z]{1,2}\d{1,3})$/.test(part)));
}

/** The default secret-key test, also used for `name = value` assignments found in text. */
/**
 * Whether `name = value` is the shell's working directory (`PWD=/srv/app`, sudo's `; PWD=/home/… ;`,
 * `declare -x PWD="/var/lib/…"`): the name `PWD` or `OLDPWD` in capitals and an absolute path of a
 * path's characters (`/`, `~/`, `C:\\`), no `#`, `!`, `$`, `&` in it. `pwd=…` in lower case and a
 * `PWD` holding anything else (`PWD=Tr0ub4dor&3`, `PWD=/Xk9#vQ2mLp`) stay passwords (O2 of 2026-12-05d).
 */
export function isWorkingDirectory(name: string, value: string): boolean {
  return (name === 'PWD' || name === 'OLDPWD') && value.length <= 4096 && /^(?:~(?=\/|$)|\/|[A-Za-z]:[\\/])[\w.@~+\/\\ -]*$/.test(value) && !/ $/.test(value);
}

export function isSecretKeyName(name: string): boolean {
  return matchKeyName(name, DEFAULT_SECRET_KEYS) !== undefined;
}

/** A name that names a secret, as a member name would: `isSecretKeyName`, or `pass` as the whole name (EXACT_SECRET_KEYS). */
export function namesSecret(name: string): boolean {
  return isSecretKeyName(name) || EXACT_SECRET_KEYS.has(normalizeKeyName(name));
}

// ----------------------------------------------------------------------- structure-aware rules

/**
 * Key names whose value is a person's name (normalized: lower case, no `-_. `). Exact names
 * only: `toolName`, `fileName`, `name` alone are not in the list.
 */
export const DEFAULT_PERSON_KEYS: readonly string[] = [
  'patientname', 'fullname', 'firstname', 'lastname', 'givenname', 'givennames', 'familyname', 'surname', 'surnames',
  'middlename', 'middlenames', 'maidenname', 'mothersmaidenname', 'forename', 'forenames', 'legalname', 'birthname',
  'preferredname', 'nickname', 'displayname', 'personname', 'customername', 'clientname', 'contactname', 'recipientname',
  'sendername', 'billingname', 'shippingname', 'employeename', 'membername', 'guardianname', 'parentname', 'spousename',
  'nextofkin', 'emergencycontactname', 'cardholder', 'cardholdername', 'accountholder', 'accountholdername', 'holdername',
  'beneficiaryname', 'payeename', 'payername', 'insuredname', 'subscribername', 'doctorname', 'physicianname',
  'fname', 'lname', 'firstnames', 'lastnames', 'nameprefix', 'namesuffix', 'initials',
  // A given name and a middle initial in one field, as W-2 box e and W-4 step 1(a) print them (L7 of 2026-12-05e: `firstNameInitial: 'Soren M'` stored raw).
  'firstnameinitial', 'firstnameandinitial', 'firstnamemiddleinitial', 'firstnameandmiddleinitial', 'firstandmiddleinitial', 'givennameinitial', 'givennameandinitial', 'givennameandmiddleinitial', 'employeefirstnameandinitial', 'employeefirstnameinitial',
  // A caller's name from caller ID (CNAM) in telephony webhooks and CDRs: Twilio `CallerName`, `caller_name` (L6 of 2026-12-04g).
  'callername', 'calleridname', 'cnam', 'cnamname', 'callingname', 'callingpartyname',
  // Given name, surname, full name, maiden name in de, fr, es, it, pt, nl, pl, sv (normalized, without accents).
  'vorname', 'vornamen', 'nachname', 'familienname', 'vollername', 'geburtsname', 'rufname', 'zuname',
  'prenom', 'prenoms', 'nomdefamille', 'nomcomplet', 'nomdenaissance', 'nomdejeunefille',
  'apellido', 'apellidos', 'primerapellido', 'segundoapellido', 'nombrecompleto', 'nombrepila', 'nombredepila',
  'cognome', 'nomecompleto', 'nomedibattesimo', 'sobrenome', 'apelido', 'primeironome', 'ultimonome',
  'voornaam', 'voornamen', 'achternaam', 'familienaam', 'volledigenaam', 'meisjesnaam', 'tussenvoegsel',
  'imie', 'imiona', 'nazwisko', 'imieinazwisko', 'fornamn', 'efternamn', 'fulltnamn', 'mellannamn',
  // A customer's or a patient's name in those languages (issue 11, F12 of the leak probe of 2026-12-07: `kunde=` and its siblings).
  'kundenname', 'kundennachname', 'kundenvorname', 'patientenname', 'nomclient', 'nomduclient', 'nompatient', 'nomdupatient',
  'nombrecliente', 'nombredelcliente', 'nombrepaciente', 'nombredelpaciente', 'nomecliente', 'nomepaziente', 'nomedelcliente',
  'klantnaam', 'naamklant', 'patientnaam', 'naampatient', 'nazwiskoklienta', 'imieklienta', 'nazwiskopacjenta',
  // Norwegian, Danish and Finnish (L16 of the ninth probe of 2026-12-05: `Etternavn`, `Efternavn`, `Sukunimi` columns stored raw).
  'fornavn', 'etternavn', 'efternavn', 'mellomnavn', 'mellemnavn', 'fulltnavn', 'fuldtnavn', 'fuldenavn', 'etunimi', 'etunimet', 'sukunimi', 'kokonimi',
  // Japanese, Chinese and Korean (the second probe of 2026-12-04, G18: `{氏名:'クシャルスク ウェン'}` was
  // stored raw): full name (氏名, お名前, 姓名, 全名, 名字, 성명, 성함), its reading (フリガナ, ふりがな,
  // 氏名カナ), family and given names (姓, 苗字, 名字, 성), a patient's or customer's name. `名前`
  // and `이름` ("name") stand for a thing's name as often: generic, like `name`.
  '氏名', 'お名前', 'ご氏名', 'フリガナ', 'ふりがな', '氏名カナ', '氏名かな', 'カナ氏名', '患者名', '患者氏名', '顧客名', '利用者名', '契約者名', '姓', '苗字', '名字',
  '姓名', '全名', '患者姓名', '客户姓名', '客戶姓名', '病人姓名', '联系人姓名', '聯絡人姓名', '真实姓名', '真實姓名',
  '성명', '성함', '환자명', '고객명', '환자이름', '고객이름', '성', '실명',
];

/**
 * Words for a name that are a person's name only beside a surname (`{ nombre, apellido }`,
 * `{ nom, prenom }`, `{ name, surname }`): alone they name products and files as often.
 */
const GENERIC_NAME_KEYS: ReadonlySet<string> = new Set(['name', 'nom', 'nombre', 'nome', 'naam', 'namn', 'navn', '名前', '名', '이름']);
const SURNAME_KEYS: ReadonlySet<string> = new Set([
  'surname', 'lastname', 'familyname', 'nachname', 'familienname', 'zuname', 'nomdefamille', 'apellido', 'apellidos', 'primerapellido',
  'cognome', 'sobrenome', 'apelido', 'achternaam', 'familienaam', 'nazwisko', 'efternamn', 'etternavn', 'efternavn', 'sukunimi', 'prenom', 'vorname',
  'firstname', 'givenname', 'voornaam', 'imie', 'fornamn', 'fornavn', 'etunimi', 'etunimet', '姓', '苗字', '名字', '성',
]);

/** True when the keys of one object hold a surname or given-name key: its `name`/`nom`/`nombre` is then a person's. */
export function hasSurnameKey(keys: readonly string[]): boolean {
  return keys.some((key) => key.length <= 40 && (SURNAME_KEYS.has(withoutAccents(normalizeKeyName(key))) || vocabularyKind(key) === 'person'));
}
/**
 * Name keys that in a text pair alone (no surname key beside them) name a person's name when the
 * value has a name's shape (personRoleValue's `role` tier: capitalized words, no digit): French
 * `nom` is the family name on French forms (`nom=Vlintuk`, beside `prénom`), the other languages'
 * words for a name are a person's more often than a product's in such a pair, and LDAP's `sn`
 * (surname, RFC 4519 2.32; `sn: Havili` in LDIF, where `SN: XK-2231` is a serial number and stays
 * by its digits). English `name` stays generic (`name=PaymentService`). The second probe of
 * 2026-12-04, G11.
 */
const LONE_NAME_KEYS: ReadonlySet<string> = new Set(['nom', 'nombre', 'nome', 'naam', 'namn', 'navn', 'sn']);
/** Whether a key in a text pair names a person's name alone when its value has a name's shape (LONE_NAME_KEYS). */
export function isLoneNameKey(name: string): boolean {
  return name.length <= 6 && LONE_NAME_KEYS.has(name.toLowerCase());
}
/** A generic name key (`name`, `nom`, `nombre`, `nome`, `naam`), a person's only beside a surname key. */
export function isGenericNameKey(name: string): boolean {
  return GENERIC_NAME_KEYS.has(normalizeKeyName(name)) || vocabularyKind(name) === 'generic';
}

/**
 * Key names (normalized, without accents) whose value is a date of birth, in en, de, fr, es, it,
 * pt, nl, pl, sv, da/no. A name ending in one of them is one too (`patient_dob`,
 * `customerDateOfBirth`, `fecha_nacimiento_titular`).
 */
export const DOB_KEYS: ReadonlySet<string> = new Set([
  'dob', 'dateofbirth', 'birthdate', 'birthday', 'birthdt', 'bday', 'born', 'bornon', 'dobdate',
  'geburtsdatum', 'geburtstag', 'gebdatum', 'geboren', 'geborenam',
  'datedenaissance', 'datenaissance',
  'fechadenacimiento', 'fechanacimiento', 'fechanac', 'fnacimiento', 'nacimiento',
  'datadinascita', 'datanascita', 'datadenascimento', 'datanascimento', 'nascimento',
  'geboortedatum', 'geboortedag', 'dataurodzenia', 'fodelsedatum', 'fodelsedag', 'fodselsdato', 'fodselsdag',
  // Japanese, Chinese, Korean (the second probe of 2026-12-04, G18: `{生年月日:'1984年3月12日'}` stored raw).
  '生年月日', '誕生日', '出生日期', '出生年月日', '出生年月', '生日', '생년월일', '생일', '출생일',
  // `bdate`, FHIR's `birthDateTime` (the patient-birthTime extension); probe 6 of 2026-12-03.
  // (`birth` alone names a birth place or an event as often: see BIRTH_OR_DEATH_KEYS, redactor.ts.)
  'bdate', 'birthdatetime', 'birthtime', 'dobstring',
  // Dates of death (HIPAA Safe Harbor (C): all elements of dates but the year directly related to
  // an individual, the death date named; FHIR Patient `deceasedDateTime`). Masked as `DOB`, as
  // HL7's PID-29 is (hl7.ts). Not `dod` (definition of done).
  'dateofdeath', 'deathdate', 'deathdatetime', 'deceaseddatetime', 'deceaseddate', 'dateofdeceased', 'diedon',
  'sterbedatum', 'todesdatum', 'todestag', 'datededeces', 'datedeces', 'fechadefuncion', 'fechadedefuncion', 'fechadefallecimiento', 'datadimorte', 'datadeobito', 'overlijdensdatum', 'datazgonu', 'dodsdatum', 'dodsdato',
]);
/** Words after a date-of-birth key that say how the value is written (`date_of_birth_str`, `dob_iso`, `birthDateText`). */
const DATE_FORM_WORDS: ReadonlySet<string> = new Set(['str', 'string', 'text', 'txt', 'iso', 'raw', 'value', 'val', 'fmt', 'formatted', 'display', 'utc', 'local']);
/**
 * Whose date of birth, written after the date-of-birth words (`fecha_nacimiento_titular`,
 * `birth_date_holder`, `geburtsdatum_inhaber`): the person the record is about, in the same languages.
 */
const DOB_OWNERS_LIST: readonly string[] = [
  'holder', 'owner', 'patient', 'client', 'customer', 'member', 'insured', 'subscriber', 'beneficiary', 'applicant', 'employee',
  'user', 'child', 'spouse', 'partner', 'parent', 'mother', 'father', 'guardian',
  'inhaber', 'kunde', 'versicherter', 'antragsteller', 'titulaire', 'assure', 'beneficiaire', 'demandeur',
  'titular', 'paciente', 'cliente', 'asegurado', 'beneficiario', 'solicitante', 'titolare', 'intestatario', 'paziente',
  'houder', 'klant', 'verzekerde', 'wlasciciel', 'pacjent', 'klient', 'innehavare', 'kund',
];
const DOB_OWNERS: ReadonlySet<string> = new Set(DOB_OWNERS_LIST);
export function isDobKeyName(name: string): boolean {
  const normalized = withoutAccents(normalizeKeyName(name));
  if (normalized.length > 48) return false;
  if (DOB_KEYS.has(normalized) || vocabularyKind(name) === 'dob') return true;
  const words = keyWords(name);
  if (words.length < 2) return false;
  const last = words[words.length - 1] as string;
  if (last === 'dob') return true;
  // A date-of-birth key, then how the date is written (`date_of_birth_str`; probe 6 of 2026-12-03).
  if (DATE_FORM_WORDS.has(last) && isDobKeyName(words.slice(0, -1).join('_'))) return true;
  for (const key of DOB_KEYS) if (key.length >= 8 && normalized.endsWith(key)) return true;
  // A date-of-birth key, then whose it is.
  return DOB_OWNERS.has(withoutAccents(last)) && DOB_KEYS.has(withoutAccents(words.slice(0, -1).join('')));
}

/**
 * Names of the parts of a postal address below the city: the street, the house or building
 * number, an address line, the postal code (HIPAA Safe Harbor: "all geographic subdivisions
 * smaller than a state", 45 CFR 164.514(b)(2)(i)(B); GDPR art. 4(1)), in English, German, French,
 * Spanish, Italian, Portuguese and Dutch, and ISO 20022's abbreviations (`StrtNm`, `BldgNb`,
 * `BldgNm`, `PstCd`, `AdrLine`, `PstBx`). Normalized (normalizeKeyName), compared whole or, for
 * the longer ones, as the end of the name (`billing_street`, `patientPostalCode`). Not `address`
 * alone (an IP, a server, an email or a wallet as often), not Italian `via` (English "by way of"),
 * not `city`, `state`, `country`.
 */
const ADDRESS_PART_KEYS: ReadonlySet<string> = new Set([
  'street', 'streetname', 'streetaddress', 'street1', 'street2', 'street3', 'streetline', 'streetline1', 'streetline2',
  'addressline', 'addressline1', 'addressline2', 'addressline3', 'address1', 'address2', 'address3', 'addr1', 'addr2', 'addr3', 'addrline1', 'addrline2', 'homeaddress', 'postaladdress', 'mailingaddress', 'billingaddress', 'shippingaddress', 'residentialaddress', 'streetandnumber',
  'housenumber', 'houseno', 'housenr', 'buildingnumber', 'buildingno', 'buildingname', 'apartmentnumber', 'aptnumber', 'unitnumber', 'flatnumber',
  'postalcode', 'postcode', 'zip', 'zipcode', 'zippostalcode', 'plz', 'postleitzahl', 'codepostal', 'codigopostal', 'cep', 'postcodigo', 'postnummer', 'postnr',
  'strasse', 'straße', 'strassename', 'hausnummer', 'hausnr', 'anschrift', 'wohnadresse', 'rue', 'adresse', 'numerorue', 'calle', 'direccion', 'domicilio', 'numerocalle', 'indirizzo', 'civico', 'numerocivico', 'rua', 'endereco', 'morada', 'numeroporta', 'straat', 'straatnaam', 'huisnummer', 'adres',
  'strtnm', 'bldgnb', 'bldgnm', 'pstcd', 'adrline', 'pstbx',
  // Brazil's street (Correios, ViaCEP, marketplace APIs: `{ logradouro, numero, bairro, cep }`; L14 of 2026-12-05f).
  'logradouro', 'nomelogradouro',
  // The street or address of Estonia, Czechia and Slovakia, Lithuania, Latvia, Romania, Greece (Latin letters), Denmark and Sweden (L7 of 2026-12-05g).
  'aadress', 'adresa', 'adresas', 'adrese', 'ulice', 'ulica', 'odos', 'vejnavn', 'gatuadress', 'gatunamn', 'iela', 'gatve',
  // The postal code of Ireland (`eircode`, `eir_code`), Italy, Poland, Finland, Hungary, Turkey, Estonia, Lithuania and Sweden
  // (L3 of 2026-12-05h; `cap`, `pincode` and `psc` by their value's shape: postcodes.ts POSTCODE_MEMBERS).
  'eircode', 'codicepostale', 'kodpocztowy', 'postinumero', 'iranyitoszam', 'postakodu', 'postiindeks', 'pastokodas', 'postkod',
  // Arabic: a shipping, delivery, home, residence, billing, postal or mailing address, the street, and the building's, house's
  // and flat's numbers, the postal code and the post box (L7 of the README-only probe of 2026-12-06b: `{عنوان_الشحن:'…'}` was
  // stored raw). `العنوان`/`عنوان` alone is also a title's word, as `address` alone is also an IP's: left to the value.
  'عنوانالشحن', 'عنوانالتوصيل', 'عنوانالمنزل', 'عنوانالسكن', 'عنوانالإقامة', 'عنوانالاقامة', 'عنوانالفاتورة', 'عنوانالفوترة', 'العنوانالبريدي', 'عنوانبريدي', 'عنوانالمراسلة', 'عنوانالشارع',
  'الشارع', 'اسمالشارع', 'رقمالمبنى', 'رقمالمنزل', 'رقمالشقة', 'الرمزالبريدي', 'رمزبريدي', 'صندوقالبريد',
  // Persian and Urdu (issue 11, L7's open part): a home's, postal or shipping address and the postal code (`آدرس_منزل`,
  // `کد_پستی`, `گھر_کا_پتہ`); `آدرس`, `نشانی` and `پتہ` alone are also a site's address, a sign and a clue: left to the value.
  'آدرسمنزل', 'آدرسپستی', 'آدرسارسال', 'آدرسمحلسکونت', 'نشانیمنزل', 'نشانیپستی', 'کدپستی', 'گھرکاپتہ', 'رہائشیپتہ', 'ڈاککاپتہ',
]);
/** Address part names also taken at the end of a longer name (`billingStreet`, `patient_zip_code`). */
const ADDRESS_PART_SUFFIXES = ['street', 'streetname', 'streetaddress', 'addressline1', 'addressline2', 'housenumber', 'postalcode', 'postcode', 'zipcode', 'postleitzahl', 'hausnummer', 'strasse', 'huisnummer', 'codigopostal', 'codepostal', 'logradouro', 'eircode', 'codicepostale', 'kodpocztowy'];
/** `zip` and `plz` at the end after a person or place word only: `home_zip`, `patientPlz`, not `gzip`, `unzip`. */
const SHORT_ADDRESS_ENDINGS = ['zip', 'plz', 'cep'];

/** Address part names that hold a number or a code (a house number, a postal code): their value needs a digit. */
const NUMBERED_ADDRESS_PART = /(?:number|no|nr|nb|zip|zipcode|postcode|postalcode|plz|postleitzahl|cep|codepostal|codigopostal|postcodigo|postnummer|pstcd|civico|hausnummer|huisnummer|numeroporta|numerorue|numerocalle|eircode|codicepostale|kodpocztowy|postinumero|iranyitoszam|postakodu|postiindeks|pastokodas|postkod|رقمالمبنى|رقمالمنزل|رقمالشقة|الرمزالبريدي|رمزبريدي|صندوقالبريد|کدپستی)$/;

/**
 * What a part of a postal address must hold to be one (ADDRESS_PART_KEYS): a digit under a
 * numbered part (`zip`, `houseNumber`, `postalCode`), a letter under the others (`street`), and
 * never a flag word (`true`, `yes`, `n/a`, `unknown`, `enabled`) or an IP address (a fresh
 * probe's finding, 2026-12-02: `{zip:'true'}`, `{zip:'deflate'}`, `{address1:'10.0.0.1'}` were masked).
 */
const FLAG_WORD = /^(?:true|false|yes|no|on|off|none|null|undefined|unknown|n\/?a|-+|enabled|disabled|default|auto)$/i;
const IPV4_WITH_PORT = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$/;
const IPV6_LIKE = /^[0-9a-f:]+:[0-9a-f:]+$/i;
export function addressPartValue(numbered: boolean, value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 200) return false;
  if (FLAG_WORD.test(trimmed) || IPV4_WITH_PORT.test(trimmed) || IPV6_LIKE.test(trimmed)) return false;
  return numbered ? /\d/.test(trimmed) : /\p{L}/u.test(trimmed);
}

/**
 * What a value under an email column (columnKind `email`) must hold to be masked as one whole: a
 * letter, three characters or more, and no flag word (`n/a`, `none`, `unknown`): an address or its
 * local part (`tevita.havili`), not a placeholder (`x`, `-`).
 */
export function emailColumnValue(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length >= 3 && trimmed.length <= 320 && /\p{L}/u.test(trimmed) && !FLAG_WORD.test(trimmed);
}

/** Whether an address part's name is of a numbered part (a house number, a postal code; see addressPartValue). */
export function isNumberedAddressPart(name: string): boolean {
  return NUMBERED_ADDRESS_PART.test(withoutAccents(normalizeKeyName(name)));
}

/** True when a key names a part of a postal address below the city (ADDRESS_PART_KEYS). */
export function isAddressPartKeyName(name: string): boolean {
  const normalized = withoutAccents(normalizeKeyName(name));
  if (normalized.length > 48) return false;
  if (ADDRESS_PART_KEYS.has(normalized)) return true;
  for (const suffix of ADDRESS_PART_SUFFIXES) {
    // `tipoLogradouro` holds the street's kind (`Rua`, `Avenida`), not the street.
    if (normalized.length > suffix.length && normalized.endsWith(suffix) && !(suffix === 'logradouro' && normalized.startsWith('tipo'))) return true;
  }
  const words = keyWords(name);
  return words.length >= 2 && SHORT_ADDRESS_ENDINGS.includes(words[words.length - 1] as string);
}

/** Keys of a FHIR HumanName (https://hl7.org/fhir/datatypes.html#HumanName). */
const humanNameKeys = new Set(['use', 'text', 'family', 'given', 'prefix', 'suffix', 'period', 'id', 'extension']);
/** Parts of a HumanName that hold the name itself. */
/**
 * Member names that are abbreviations of a field or a unit and also a listed person name: as a
 * whole member name (any case), they are structure, not a person (`{"Arn": …}` and `{"Sid": …}` of
 * an AWS IAM reply or policy, `{"Min": 1, "Max": 10}`, `{"Jan": 120, "Feb": 98}` of a report,
 * `{"Aud": …}` of a JWT's claims written in PascalCase, `{"Lat", "Lon", "Alt"}`). The same words in
 * text, and as values, are read as everywhere else (`Max Okafor`, `{"name": "Max"}` are masked).
 */
const FIELD_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'arn sid max min val len ref dev app uri aud ami sha lat lon lng alt mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec ver des pip yum avg sum'.split(' '),
);

/** Whether a member name is a field abbreviation that is also a listed person name (FIELD_ABBREVIATIONS): no person's name. */
export function isFieldAbbreviation(name: string): boolean {
  return name.length <= 4 && FIELD_ABBREVIATIONS.has(name.toLowerCase());
}

export const HUMAN_NAME_PARTS: ReadonlySet<string> = new Set(['text', 'family', 'given', 'prefix', 'suffix']);

/**
 * True when an object has the shape of a FHIR HumanName: a `family` or `given` part and no key
 * a HumanName does not have (so `{ family: 'sans-serif' }` inside a font object with other keys
 * is not one).
 */
export function isHumanName(keys: readonly string[]): boolean {
  if (!(keys.includes('family') || keys.includes('given'))) return false;
  return keys.every((key) => humanNameKeys.has(key) || key.startsWith('_'));
}

/** True when a key names a person's name (`patient_name`, `firstName`, `Last-Name`). */
export function isPersonKeyName(name: string): boolean {
  const normalized = normalizeKeyName(name);
  // A column of a whole name written family first, named by its two parts (`Last, First`, `Surname, Given names`,
  // `Nachname, Vorname`: school and HR exports; L14 of the probe of 2026-12-06c).
  if (name.length <= 40 && name.includes(',')) {
    const parts = name.split(',');
    if (parts.length === 2 && parts.every((part) => part.trim() !== '' && isNameMemberKey(part.trim()))) return true;
  }
  return (normalized.length <= 40 && (DEFAULT_PERSON_KEYS.includes(normalized) || DEFAULT_PERSON_KEYS.includes(withoutAccents(normalized)) || ownedNamePart(normalized) || vocabularyKind(name) === 'person' || glossedNamePart(normalized)))
    || (name.length <= 128 && personNameWords(keyWords(name)));
}

/**
 * A name part's label glossed by another in brackets, as USCIS forms print them (`Family Name
 * (Last Name)`, `Given Name (First Name)`; L1 of probe 2026-12-05f: the values of such JSON
 * members were stored raw): both the label and its gloss are name-part keys.
 */
function glossedNamePart(normalized: string): boolean {
  const open = normalized.indexOf('(');
  if (open <= 0 || !normalized.endsWith(')')) return false;
  const label = normalized.slice(0, open);
  const gloss = normalized.slice(open + 1, -1);
  return NAME_PART_KEYS.includes(label) && NAME_PART_KEYS.includes(gloss);
}

/** The parts of a person's name as key endings (normalized): `lastname` of `patientLastName`. */
const NAME_PART_KEYS: readonly string[] = ['lastname', 'firstname', 'familyname', 'givenname', 'givennames', 'middlename', 'maidenname', 'surname', 'fullname', 'forename', 'legalname', 'preferredname', 'displayname'];
/**
 * Whose name a prefixed (or suffixed) name-part key names: the person a record is about or a
 * party to it (`patientLastName`, `cardholder_last_name`, `subscriberLastName`, `mother_maiden_name`,
 * `last_name_patient`, `PATIENT_LAST_NAME`, `patient.last_name`; a fresh probe of 2026-12-04, H21,
 * found them stored raw). An owner word is needed: `classFullName`, `fileDisplayName` stay.
 */
const NAME_OWNERS: ReadonlySet<string> = new Set([
  ...DOB_OWNERS_LIST,
  'cardholder', 'accountholder', 'policyholder', 'guarantor', 'nextofkin', 'emergencycontact', 'contact', 'caregiver', 'recipient', 'sender', 'payee', 'payer',
  'billing', 'shipping', 'traveler', 'traveller', 'passenger', 'guest', 'student', 'doctor', 'physician', 'provider', 'nurse', 'caller', 'driver', 'tenant',
  'borrower', 'coborrower', 'debtor', 'person', 'legal', 'birth', 'maiden', 'mothers', 'fathers', 'insuredperson',
]);
/** Whether a word (normalized) names a person a record is about or a party to it (NAME_OWNERS, PARTY_NAMES: `user`, `contact`, `caller`, `spouse`). */
export function isNameOwnerWord(word: string): boolean {
  return NAME_OWNERS.has(word) || PARTY_NAMES.has(word);
}
function ownedNamePart(normalized: string): boolean {
  for (const part of NAME_PART_KEYS) {
    if (normalized.length <= part.length) continue;
    if (normalized.endsWith(part) && NAME_OWNERS.has(normalized.slice(0, normalized.length - part.length))) return true;
    if (normalized.startsWith(part) && NAME_OWNERS.has(normalized.slice(part.length))) return true;
  }
  // `next_of_kin_name`, `guarantorName`, `policyholder_name`: a party's `name` (not `patient`'s own,
  // which the list holds as `patientname`, nor a thing's: `toolName`, `fileName`).
  return normalized.endsWith('name') && PARTY_NAMES.has(normalized.slice(0, -4));
}
const PARTY_NAMES: ReadonlySet<string> = new Set([
  'nextofkin', 'guarantor', 'policyholder', 'mother', 'father', 'mothers', 'fathers', 'caregiver', 'cosigner', 'coborrower', 'borrower', 'tenant', 'landlord', 'witness', 'decedent', 'deceased', 'insuredperson', 'mothermaiden', 'subscriber', 'cardholder',
  // The parties of applications, tax returns, claims, schools, travel, gig work, estates and courts
  // (`applicant_name`, `assessee_name` of India's Form 16, `taxpayerName`, `claimant_name`; the
  // eighth probe of 2026-12-05, L1, found them stored raw while `employee_name` was masked).
  'applicant', 'coapplicant', 'assessee', 'taxpayer', 'claimant', 'insured', 'student', 'pupil', 'passenger', 'traveler', 'traveller', 'driver',
  'rider', 'courier', 'employee', 'candidate', 'resident', 'lessee', 'lessor', 'executor', 'testator', 'heir', 'grantor', 'grantee', 'plaintiff',
  'defendant', 'victim', 'suspect', 'guardian', 'parent', 'spouse', 'child', 'son', 'daughter', 'debtor', 'creditor', 'signer', 'signatory',
  'attendee', 'donor', 'caller', 'patient', 'member', 'client', 'guest',
]);

/** A person's name as one word of a member's name (`surname`, `fullname`, `givennames`) or, as `name`/`names`, after a NAME_QUALIFIERS word. */
const NAME_NOUNS: ReadonlySet<string> = new Set(['surname', 'surnames', 'forename', 'forenames', 'firstname', 'lastname', 'familyname', 'givenname', 'givennames', 'middlename', 'middlenames', 'maidenname', 'fullname', 'legalname']);
/** The words that make `name` a person's name part right before it (`full name`, `legal name`, `given names`, `name at birth`'s `birth name`). */
const NAME_QUALIFIERS: ReadonlySet<string> = new Set(['full', 'legal', 'given', 'first', 'last', 'family', 'middle', 'maiden', 'birth', 'preferred', 'married', 'christian', 'sur', 'fore', 'complete', 'official', 'registered', 'printed']);
/** The persons a member's words may name as the name's holder (NAME_OWNERS, PARTY_NAMES), less the name's own qualifiers. */
const NAME_HOLDER_WORDS: ReadonlySet<string> = new Set([...NAME_OWNERS, ...PARTY_NAMES, 'holder', 'accountholder', 'cardholder', 'beneficiary', 'customer', 'user', 'individual', 'human'].filter((word) => !['legal', 'birth', 'maiden'].includes(word)));
/** Words after the name part that still say whose or which name it is (`on record`, `as printed on the card`, `at birth`). */
const NAME_TAIL_WORDS: ReadonlySet<string> = new Set(['on', 'of', 'as', 'at', 'per', 'in', 'for', 'the', 'a', 'an', 'record', 'records', 'file', 'passport', 'card', 'document', 'documents', 'printed', 'shown', 'written',
  'appears', 'registered', 'verified', 'official', 'only', 'verification', 'purposes', 'purpose', 'birth', 'marriage', 'ascii', 'latin', 'romanized', 'native', 'local', 'english', 'original', 'raw', 'plain', 'text', 'string', 'str',
  'value', 'full', 'clear', 'cleartext', 'unmasked', 'complete', 'exact', 'current', 'previous', 'former', 'legal', 'script', 'characters', 'alphabet', 'language']);
/** Words that make the name a thing's or an organisation's wherever they stand (`customerBankName`, `patientPharmacyFullName`, `employeeDepartmentName`). */
const NAME_THING_WORDS: ReadonlySet<string> = new Set(['company', 'organization', 'organisation', 'org', 'business', 'firm', 'entity', 'merchant', 'vendor', 'supplier', 'bank', 'employer', 'institution', 'school',
  'hospital', 'clinic', 'pharmacy', 'practice', 'facility', 'store', 'shop', 'brand', 'product', 'plan', 'team', 'group', 'project', 'department', 'dept', 'tool', 'host', 'server', 'app', 'application', 'device', 'service',
  'model', 'class', 'module', 'package', 'repo', 'repository', 'domain', 'network', 'city', 'street', 'place', 'country', 'state', 'event', 'field', 'column', 'template', 'format', 'pattern', 'display', 'screen', 'nick']);
/**
 * Whether a member's words (keyWords: `patientLegalFullName`, `customer_full_name_on_record`, `holderSurname`,
 * `beneficiaryGivenNames`, a long camelCase or snake_case name up to 128 characters) say it holds a person's name: a
 * person's word (NAME_HOLDER_WORDS) before a name part (NAME_NOUNS, or `name` after a qualifier: `full name`, `legal
 * name`), only NAME_TAIL_WORDS after it, no thing's word before it (NAME_THING_WORDS). `userFullName` is a person's; `userName` (a
 * login: no qualifier before `name`) is left to the account rules. Issue 11 of 2026-12-06f: such members the lists do not know
 * were stored raw. `toolName`, `fileName`, `displayNameTemplate`, `nameServer`, `hostname` name no person.
 */
function personNameWords(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 24) return false;
  let noun = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as string;
    if (NAME_NOUNS.has(word) || ((word === 'name' || word === 'names') && i > 0 && NAME_QUALIFIERS.has(words[i - 1] as string))) {
      noun = i;
      break;
    }
    if (!NAME_TAIL_WORDS.has(word)) return false;
  }
  if (noun <= 0) return false;
  let holder = false;
  for (let i = 0; i < noun; i++) {
    const word = words[i] as string;
    if (NAME_THING_WORDS.has(word)) return false;
    if (NAME_HOLDER_WORDS.has(word)) holder = true;
  }
  return holder;
}

/** What a numeric identifier key names: its value is masked whole when it holds enough digits. */
export type NumberKeyKind = 'CARD' | 'PHONE' | 'ACCOUNT';
/** The token type and data class of a value under a number key of each kind (an IBAN's are its own: `IBAN`, `financial.iban`). */
export const NUMBER_KIND_DETECTIONS: Readonly<Record<NumberKeyKind, { type: string; class: string }>> = {
  CARD: { type: 'CARD', class: 'payment.card' },
  PHONE: { type: 'PHONE', class: 'pii.phone' },
  ACCOUNT: { type: 'ACCOUNT_NUMBER', class: 'financial.account' },
};

const phoneWords = new Set([
  'phone', 'telephone', 'tel', 'mobile', 'cell', 'cellphone', 'fax', 'msisdn', 'whatsapp', 'sms',
  // de, fr, es, it, pt, nl, pl, sv (without accents; compounds as one word: `handynummer`, `telefonnummer`)
  'telefon', 'telefonnummer', 'handy', 'handynummer', 'mobilnummer', 'mobiltelefon', 'mobilnr', 'telefonnr', 'festnetz', 'rufnummer',
  'portable', 'numerodetelephone', 'telefono', 'movil', 'celular', 'cellulare', 'telefonino', 'telefone', 'telemovel',
  'telefoon', 'telefoonnummer', 'mobiel', 'mobielnummer', 'gsm', 'komorka', 'telefonu', 'mobil', 'mobilnummer',
  // fi, sv/no/da (the other languages' phone words are key-vocabulary.ts's: `telefonas`, `tālrunis`, `tilefono`; L16 of probe 2026-12-05g)
  'puhelin', 'puhelinnumero', 'matkapuhelin', 'kannykka', 'telefonnummer', 'mobilnr', 'mobiltelefon',
]);
// Words that make a phone key an organisation's line, not a person's (O4 of the probe of
// 2026-12-04f: `supportPhone`, `customer_service_phone`, `storePhone`, `pharmacy_fax`,
// `companyPhone`). `customer` alone is the customer's (`customerPhone`), and `office`,
// `work` and `main` are a person's lines as often (`officePhone` in a staff directory).
const ORGANIZATION_LINE_WORDS = new Set(['support', 'helpdesk', 'helpline', 'hotline', 'switchboard', 'reception', 'frontdesk', 'company', 'business', 'corporate',
  'merchant', 'store', 'shop', 'branch', 'pharmacy', 'hospital', 'clinic', 'practice', 'facility', 'hotel', 'restaurant', 'vendor', 'supplier', 'dealer', 'dealership',
  'tollfree', 'organization', 'organisation', 'org']);
/**
 * A phone member written fused in lower case (`mobilephone`, `homephone`, `workphone`,
 * `phonenumber`, `homefax`, `supportphone`: HubSpot and CRM exports) read as its words: a phone word
 * at the end after a word from FUSED_PHONE_HEADS, or `phone` before a number word. keyWords splits
 * only at case changes and separators, and the fused word is no phone word (L8 of the seventh probe
 * of 2026-12-04; `cellphone` alone was listed). `microphone`, `headphone`, `saxophone` keep one word.
 */
const FUSED_PHONE_HEADS = new Set(['mobile', 'home', 'work', 'cell', 'office', 'personal', 'primary', 'secondary', 'alt', 'alternate', 'alternative', 'other', 'day', 'daytime', 'evening', 'night',
  'main', 'private', 'direct', 'contact', 'emergency', 'business', 'company', 'support', 'customer', 'store', 'shop', 'branch', 'pharmacy', 'hospital', 'clinic', 'my', 'user', 'member',
  'patient', 'owner', 'parent', 'guardian', 'spouse', 'billing', 'shipping', 'landline', 'fixed', 'mobil', 'phone']);
const FUSED_PHONE_TAILS = ['phone', 'fax', 'tel', 'telephone', 'mobile', 'cell'];
const FUSED_NUMBER_TAILS = ['number', 'numbers', 'no', 'num', 'nr'];
function fusedPhoneWords(words: readonly string[]): readonly string[] {
  if (!words.some((word) => word.length >= 5 && !phoneWords.has(word))) return words;
  return words.flatMap((word) => {
    if (word.length < 5 || phoneWords.has(word)) return [word];
    for (const tail of FUSED_NUMBER_TAILS) {
      if (word.length > tail.length && word.endsWith(tail)) {
        const head = word.slice(0, -tail.length);
        const inner = phoneWords.has(head) ? [head] : fusedHead(head);
        return inner === undefined ? [word] : [...inner, tail];
      }
    }
    return fusedHead(word) ?? [word];
  });
}
/** `mobilephone` as `mobile phone`: a listed head before a phone word that ends the word. */
function fusedHead(word: string): string[] | undefined {
  for (const tail of FUSED_PHONE_TAILS) {
    if (word.length > tail.length && word.endsWith(tail) && FUSED_PHONE_HEADS.has(word.slice(0, -tail.length))) return [word.slice(0, -tail.length), tail];
  }
  return undefined;
}
const isOrganizationLine = (words: readonly string[]): boolean =>
  words.some((word, at) => ORGANIZATION_LINE_WORDS.has(word) || (word === 'customer' && (words[at + 1] === 'service' || words[at + 1] === 'care' || words[at + 1] === 'support')) || (word === 'toll' && words[at + 1] === 'free') || (word === 'front' && words[at + 1] === 'desk'));
/**
 * True for a key naming an organisation's phone or fax line (`supportPhone`, `storePhone`,
 * `customer_service_phone`, `pharmacyFax`): its value is a business's number, no person's
 * (numberKeyKind gives such a key no kind; the redactor keeps a number that is its whole value).
 */
export function isOrganizationLineKey(name: string): boolean {
  const words = fusedPhoneWords(keyWords(name).map(withoutAccents));
  return words.length > 1 && words.length <= 6 && words.some((word) => phoneWords.has(word)) && isOrganizationLine(words);
}
/** The joined names of a call detail record's parties (numberKeyKind). */
const CDR_PARTY_KEYS = new Set(['anumber', 'bnumber', 'cnumber', 'aparty', 'bparty', 'cparty', 'apartynumber', 'bpartynumber', 'cpartynumber', 'calling', 'called',
  'callingparty', 'calledparty', 'callingpartynumber', 'calledpartynumber', 'callingno', 'calledno', 'callingnum', 'callednum', 'originatingnumber', 'terminatingnumber',
  'originatingparty', 'terminatingparty', 'originnumber', 'orignumber', 'termnumber', 'connectednumber', 'redirectingnumber', 'translatednumber']);
/** The words that name a party beside `msisdn` (`msisdn_a`, `servedMSISDN`, `calling_msisdn`, `other_msisdn`). */
const CDR_PARTY_WORDS = new Set(['a', 'b', 'c', 'served', 'other', 'calling', 'called', 'caller', 'callee', 'orig', 'origin', 'originating', 'term', 'terminating', 'dest', 'destination',
  'from', 'to', 'sender', 'recipient', 'source', 'src', 'dst', 'party', 'subscriber', 'number', 'no', 'num']);
const numberWords = new Set(['number', 'no', 'num', 'nr', 'nbr', '', 'nummer', 'numero', 'numer', 'nro']);
const numberMetadata = new Set(['type', 'types', 'count', 'verified', 'country', 'countrycode', 'prefix', 'ext', 'extension', 'kind', 'label', 'brand', 'network', 'status', 'valid', 'id', 'ids', 'last4', 'expiry', 'exp', 'expires', 'token', 'format']);

/**
 * Classifies a key naming a card, phone or account number (`card_number`, `cardNo`, `pan`,
 * `phone`, `mobileNumber`, `account_number`, `iban`), whose string or number value is masked
 * whole when it holds 6 to 34 digits. Metadata keys (`card_type`, `phone_verified`, `cardLast4`)
 * are not.
 */
export function numberKeyKind(name: string): NumberKeyKind | undefined {
  const words = fusedPhoneWords(keyWords(name).map(withoutAccents));
  if (words.length === 0 || words.length > 6) return undefined;
  // A network cell's id (`cell_id`, `serving_cell_id`, `cellIdentity`: MCC-MNC-LAC-CI in a CDR) is no mobile's number.
  if (isCellIdWords(words)) return undefined;
  const last = words[words.length - 1] as string;
  const joined = words.join('');
  // A WhatsApp user's id is their phone number (Cloud API `contacts[].wa_id`).
  if (joined === 'waid' || joined === 'whatsappid') return 'PHONE';
  // A caller's or callee's id in telephony records (`caller_id`, `callerId`, `callee`, `ani`,
  // `dnis`) is their number (a probe of 2026-12-03 found `{"caller_id": "015112345678"}` raw).
  if (['callerid', 'caller', 'callee', 'calleeid', 'callednumber', 'callingnumber', 'ani', 'dnis', 'cli', 'clid', 'msisdn'].includes(joined)) return 'PHONE';
  // The parties of a call detail record (L10 of the probe of 2026-12-06c: `msisdn_b`, `b_number`, `{calling, called}`
  // were stored beside a masked A number): an MSISDN with a party's word (`msisdn_a`, `servedMSISDN`, `other_msisdn`),
  // the A/B/C number or party (`a_number`, `BNumber`, `b_party`), the calling and called party or number (3GPP TS
  // 32.298 `callingPartyNumber`, `calledPartyNumber`), the originating and terminating number.
  if (CDR_PARTY_KEYS.has(joined) || (words.includes('msisdn') && words.every((word) => word === 'msisdn' || CDR_PARTY_WORDS.has(word)))) return 'PHONE';
  if (numberMetadata.has(last)) return undefined;
  // A phone's name in the other languages' vocabularies (key-vocabulary.ts: `телефон`, `رقم_الهاتف`, `手机号`, `so_dien_thoai`).
  if (vocabularyKind(name) === 'phone') return 'PHONE';
  if (['pan', 'ccnumber', 'ccnum', 'creditcard', 'debitcard', 'cardnumber', 'cardno', 'cardnum', 'primaryaccountnumber'].includes(joined)) return 'CARD';
  if (words.includes('card') && numberWords.has(last === 'card' ? '' : last)) return 'CARD';
  // A list of them (`phone_numbers`, `phones`) names the same numbers.
  const single = last.length > 3 && last.endsWith('s') ? last.slice(0, -1) : last;
  if (words.some((word) => phoneWords.has(word) || phoneWords.has(single)) && (phoneWords.has(single) || numberWords.has(single))) return isOrganizationLine(words) ? undefined : 'PHONE';
  if (['iban', 'bban', 'accountnumber', 'accountno', 'accountnum', 'acctnumber', 'acctno', 'acctnum', 'bankaccount', 'bankaccountnumber', 'routingnumber', 'sortcode',
    // Bank and branch codes of other countries (a probe of 2026-12-03): US ABA routing, Australian BSB, Mexican CLABE, UK sort code
    'routingno', 'routingtransitnumber', 'aba', 'abanumber', 'abarouting', 'abaroutingnumber', 'bsb', 'bsbnumber', 'bsbcode', 'clabe', 'clabeinterbancaria', 'sortcodes', 'sortcodenumber',
    // de, fr, es, it, pt, nl, pl (compounds as one word)
    'kontonummer', 'kontonr', 'bankkontonummer', 'numerodecompte', 'numerocompte', 'numerodecuenta', 'numerocuenta', 'numerodiconto', 'numeroconto', 'numerodeconta',
    'numerodaconta', 'numeroconta', 'rekeningnummer', 'rekeningnr', 'numerrachunku', 'nrrachunku', 'nrb'].includes(joined)) return 'ACCOUNT';
  // An employer's account with a state's unemployment-insurance or withholding agency
  // (`employerAccountNumber`, `sui_account_no`, `stateUnemploymentAccountNumber`; O4 of 2026-12-05i): a
  // business's registration, no person's account, unless a bank's word says it is one (`employerBankAccountNumber`).
  if ((words.includes('account') || words.includes('acct')) && words.some((word) => EMPLOYER_ACCOUNT_WORDS.has(word)) && !words.some((word) => word === 'bank' || word === 'checking' || word === 'savings')) return undefined;
  if ((words.includes('account') || words.includes('acct')) && numberWords.has(last) && last !== '') return 'ACCOUNT';
  return undefined;
}
const EMPLOYER_ACCOUNT_WORDS: ReadonlySet<string> = new Set(['employer', 'employers', 'sui', 'suta', 'futa', 'unemployment', 'withholding']);

/** Last words of a member name that say where a message goes or comes from, not what it is (recipientKeyName). */
const RECIPIENT_WORDS = new Set(['to', 'from', 'contact', 'recipient', 'sender', 'destination', 'dest', 'callee', 'caller', 'originator']);
/** Words that may come before them (`phone_to`, `sms_to`, `emergency_contact`, `whatsapp_from`). */
const RECIPIENT_QUALIFIERS = new Set(['phone', 'sms', 'mms', 'text', 'whatsapp', 'wa', 'message', 'msg', 'call', 'send', 'reply', 'notify', 'forward', 'emergency', 'primary', 'secondary', 'alt', 'alternate', 'main', 'contact', 'recipient', 'sender']);

/**
 * True when a member name says where a message goes or comes from (`to`, `from`, `contact`,
 * `recipient`, `sender`, `phone_to`, `sms_to`, `emergency_contact`, `to_number`): its value is
 * masked as a phone only when it parses as one (detectors.ts recipientPhone; `{"to": "en"}`,
 * `{"to": "2026-12-03"}`, `{"from": 100, "to": 200}` stay). A probe of 2026-12-03 found
 * `{"to": "07700900123"}` stored raw: compact numbers, which the text detectors take only after a
 * phone word.
 */
export function isRecipientKeyName(name: string): boolean {
  const words = keyWords(name).map(withoutAccents);
  if (words.length === 0 || words.length > 3) return false;
  let last = words.length - 1;
  if (last > 0 && numberWords.has(words[last] as string) && words[last] !== '') last--;
  if (!RECIPIENT_WORDS.has(words[last] as string)) return false;
  for (let index = 0; index < last; index++) if (!RECIPIENT_QUALIFIERS.has(words[index] as string)) return false;
  return true;
}

/**
 * Words that name an identifier of a thing (an order, a product, a parcel, a ticket), in the
 * languages of the phone words above. The same words as the text detectors' identifier labels
 * (detectors.ts `idLabelBefore`).
 */
const thingWords = new Set([
  'sku', 'skus', 'order', 'orders', 'invoice', 'invoices', 'inv', 'ticket', 'tickets', 'tracking', 'serial', 'sn', 'part', 'parts', 'product', 'products', 'item', 'items',
  'model', 'batch', 'lot', 'barcode', 'ean', 'upc', 'gtin', 'isbn', 'issn', 'asin', 'mpn', 'article', 'catalog', 'catalogue', 'booking', 'reservation', 'confirmation',
  'shipment', 'parcel', 'package', 'consignment', 'receipt', 'transaction', 'txn', 'voucher', 'coupon', 'case', 'claim', 'po', 'ref', 'reference', 'docket', 'container',
  'incident', 'issue', 'bug', 'request', 'job', 'build', 'waybill', 'awb', 'rma',
  // A courier's waybill, an invoice's and an order's number in Korean, Chinese and Japanese (O5 of 2026-12-05f: `{"운송장번호":…}` was typed CARD).
  '운송장번호', '운송장', '송장번호', '송장', '주문번호', '택배번호', '运单号', '快递单号', '订单号', '運單號', '訂單號', '伝票番号', '追跡番号', '注文番号',
  // A business's and a property's numbers (O3 of the twelfth probe, 2026-12-05e: `{ein:'36-4417210'}` was typed PHONE):
  // the employer identification number, a parcel's assessor number; a network cell's id (`cell_id`) is read below.
  'ein', 'fein', 'apn',
  // de, fr, es, it, pt, nl (compounds as one word: `bestellnummer`, `artikelnummer`)
  'bestellung', 'bestellnummer', 'artikel', 'artikelnummer', 'auftrag', 'auftragsnummer', 'rechnung', 'rechnungsnummer', 'sendungsnummer', 'commande', 'facture',
  'produit', 'pedido', 'factura', 'producto', 'articulo', 'ordine', 'fattura', 'prodotto', 'articolo', 'encomenda', 'fatura', 'produto', 'bestelling', 'factuur',
]);
/** Words after the thing word that keep the name an identifier's (`order_id`, `productCode`, `partNo`). */
/**
 * Words of a key that names a product's or an offer's attribute (`product_name`, `color`, `tier`,
 * `segment`, `edition`, `campaign`, `variant`): its value is a thing's name, never a person's
 * (P3 of the probe of 2026-12-04e: `{tier:'Rose Gold'}`, `{color:'Hunter Green'}`, `{name:'Summer
 * Sale'}` under `campaign` were masked as persons).
 */
const THING_NAME_WORDS = new Set([
  'product', 'products', 'sku', 'model', 'tier', 'segment', 'edition', 'campaign', 'campaigns', 'variant', 'variants', 'color', 'colour',
  'colors', 'colours', 'shade', 'finish', 'style', 'collection', 'brand', 'flavor', 'flavour', 'bundle', 'promo', 'promotion', 'sale', 'season',
  // A car's make and model and a pet's breed (O5, O6 of the probe of 2026-12-05a: `{vehicle:'Toyota Prius'}`, `{breed:'Maine Coon'}`).
  'vehicle', 'vehicles', 'breed', 'breeds',
  // A shipment's carrier, vessel and airline and an app's name (O6 of probe 2026-12-05f: `{carrier:'Yang Ming'}`,
  // `{vessel:'Maersk Eindhoven'}`, `{app:'Northwind Tracker'}` were masked as persons).
  'carrier', 'carriers', 'vessel', 'vessels', 'airline', 'airlines', 'app', 'apps',
  // A utility's tariff, meter and inverter, a manufacturer, a trial's CRO (O1 of the probe of 2026-12-05j:
  // `{tariff:{name:'Agile Octopus'}}` was masked as a person). Not `supplier` nor `sponsor`: a sole trader and
  // a visa's or a loan's sponsor are persons, and a name the lists lack would be stored raw.
  'tariff', 'tariffs', 'meter', 'meters', 'inverter', 'inverters', 'manufacturer', 'manufacturers', 'cro',
  // A vehicle's make (O2 of the README-only probe of 2026-12-06b: `{vehicle:{make:'Nissan'}}` was masked as a person; `vehicleMake`).
  'make', 'makes',
]);
/**
 * Whether a key of at most four words (64 characters) ends in one of `words`, before one of
 * `suffixes` (`productName`, `city_name`); the answer is kept per key name, for 4,096 names.
 */
function keyEndsIn(name: string, words: ReadonlySet<string>, suffixes: ReadonlySet<string>, cache: Map<string, boolean>): boolean {
  let known = cache.get(name);
  if (known === undefined) {
    const parts = name.length > 64 ? [] : keyWords(name).map(withoutAccents);
    let last = parts.length - 1;
    if (last > 0 && suffixes.has(parts[last] as string)) last--;
    known = last >= 0 && parts.length <= 4 && words.has(parts[last] as string);
    if (cache.size < 4096) cache.set(name, known);
  }
  return known;
}
const thingNameKeys = new Map<string, boolean>();
const THING_NAME_SUFFIXES: ReadonlySet<string> = new Set(['name', 'title', 'label']);
/** True when a key names a product's or an offer's attribute or its name (`color`, `productName`, `campaign_title`): see THING_NAME_WORDS. */
export function isThingNameKey(name: string): boolean {
  return keyEndsIn(name, THING_NAME_WORDS, THING_NAME_SUFFIXES, thingNameKeys);
}

/**
 * Words of a key that names a city, town or locality (`city`, `town`, `locality`, `city_name`,
 * `billingCity`): its value is a place, a quasi-identifier at most, never a person's name (X4 of
 * 2026-12-05: `{city:'Marion'}`, `{city:'Tyler'}` were masked as persons; a county, parish or province too: O4 of
 * 2026-12-05i, `{court:{county:'Alameda'}}`). The address rules
 * still read a street or a postal code written there.
 */
const PLACE_NAME_WORDS = new Set(['city', 'town', 'locality', 'municipality', 'village', 'suburb', 'hamlet', 'township', 'borough', 'ciudad', 'ville', 'stadt', 'ort', 'citta', 'cidade', 'localidad', 'localite', 'wohnort', 'gemeinde', 'county', 'parish', 'province', 'prefecture', 'canton', 'landkreis', 'kreis']);
const placeNameKeys = new Map<string, boolean>();
const PLACE_NAME_SUFFIXES: ReadonlySet<string> = new Set(['name']);
/** True when a key names a city, town or locality (`city`, `homeTown`, `locality_name`): see PLACE_NAME_WORDS. */
export function isPlaceNameKey(name: string): boolean {
  return keyEndsIn(name, PLACE_NAME_WORDS, PLACE_NAME_SUFFIXES, placeNameKeys);
}

/** A network cell's id as a key's words (`cell_id`, `servingCellId`, `cell_identity`, `cellid`, `ecgi`): a thing's id, though `cell` is a phone word (O3 of 2026-12-05e). */
function isCellIdWords(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  if (last === 'cellid' || last === 'cgi' || last === 'ecgi' || last === 'ncgi') return true;
  return words.length >= 2 && words[words.length - 2] === 'cell' && (last === 'id' || last === 'identity');
}

const thingIdWords = new Set(['id', 'ids', 'code', 'codes', 'number', 'numbers', 'no', 'nr', 'num', 'nbr', 'ref', 'key', 'nummer', 'numero', 'numer', 'nro']);

/**
 * True when a key names an identifier of a thing (`sku`, `order_id`, `orderNumber`,
 * `product_code`, `partNo`, `trackingNumber`, `bestellnummer`): its value, when it is one number,
 * is that thing's identifier and no phone number or SSN. The thing word is the last word or the
 * one before an id word; a name with a phone word is the phone key's (`order_phone`).
 */
export function isThingIdKeyName(name: string): boolean {
  const words = keyWords(name).map(withoutAccents);
  if (words.length === 0 || words.length > 6) return false;
  let last = words.length - 1;
  if (last > 0 && thingIdWords.has(words[last] as string)) last--;
  if (isCellIdWords(words)) return true;
  return thingWords.has(words[last] as string) && !words.some((word) => phoneWords.has(word));
}

// ------------------------------------------------------------------ government ids and accounts

/** What a government-identifier key names (`pesel`, `passport`, `drivers_license`, `steuerId`). */
export type GovernmentIdKind = 'NATIONAL_ID' | 'PASSPORT' | 'DRIVER_LICENSE';

const ID_NUMBER_WORDS = new Set(['number', 'numbers', 'no', 'nr', 'num', 'nbr', 'nummer', 'numero', 'numer', 'nro', 'id', 'ids', 'code', 'nummern']);
/** `id`/`code` after a word that needs a number word: a record's id (`identity_id`, `social_id`, `license_code`) except after these (`taxId`, `steuerId`, `nationalId`, `tax_code`). */
const ID_AFTER = new Set(['tax', 'steuer', 'national', 'fiscal', 'fiscale']);
/** Words after an id's name that say how it is written, not what it is (`ssn_full`, `ssn_raw`, `ssnPlain`). */
const ID_FORM_WORDS = new Set(['full', 'raw', 'plain', 'clear', 'cleartext', 'unmasked', 'complete', 'value', 'val', 'str', 'string', 'text']);
/** Connectors between a leading number word and the identifier word (`numero_de_pasaporte`, `numer_dowodu`). */
const ID_CONNECTORS = new Set(['de', 'di', 'do', 'da', 'du', 'del', 'della', 'of', 'van']);

const NATIONAL_ID_ALONE = [
  // en (us, uk, ca, ie, in, sg, au) and generic
  'ssn', 'sin', 'nin', 'nino', 'itin', 'tin', 'ppsn', 'nric', 'aadhaar', 'aadhar', 'uidai', 'tfn', 'socialsecurity', 'socialsecuritynumber', 'socialinsurancenumber',
  // `ni_number`, `NI Number`, `niNum` (a payroll export's column; L11 of the probe of 2026-12-06): `nino` was listed.
  'ninumber', 'ninum', 'ninr', 'ninbr',
  'nationalinsurancenumber', 'nationalinsurance', 'nationalid', 'nationalidentifier', 'nationalidentitynumber', 'personalidnumber', 'personalidentitynumber',
  'taxpayerid', 'ssnum', 'socsec', 'socsecnumber', 'natid', 'govid', 'govtid', 'taxidentificationnumber', 'taxidentifier', 'identitycard', 'idcard', 'identitynumber', 'identitydocument', 'governmentid',
  // de, at, ch
  'steuerid', 'steueridentifikationsnummer', 'steuernummer', 'steuernr', 'idnr', 'identifikationsnummer', 'personalausweis', 'personalausweisnummer', 'ausweisnummer', 'ausweis',
  'sozialversicherungsnummer', 'svnr', 'svnummer', 'rentenversicherungsnummer', 'ahvnummer', 'ahvnr',
  // fr
  'nir', 'numerosecu', 'numerodesecuritesociale', 'numerosecuritesociale', 'securitesociale', 'numerofiscal', 'numerofiscaldereference', 'cartedidentite', 'carteidentite', 'cni',
  // es and Latin America
  'dni', 'nie', 'nif', 'nuss', 'numerodeseguridadsocial', 'seguridadsocial', 'cedula', 'cedulaidentidad', 'curp', 'rfc', 'rut', 'cuil', 'cuit', 'documentodeidentidad', 'documentonacionaldeidentidad',
  // it
  'codicefiscale', 'cartadidentita', 'cartaidentita', 'tesserasanitaria',
  // pt, br
  'cpf', 'rg', 'niss', 'cartaodecidadao', 'segurancasocial', 'numerodesegurancasocial',
  // br PIS/PASEP, jp My Number in Hepburn (L1, L5 of probe-2026-12-05i: `{kojin_bango:'3318 4427 9905'}`)
  'pis', 'pispasep', 'pasep', 'numeropis', 'nispis', 'kojinbango', 'kojinbangou', 'mynumber', 'mainanba', 'mainanbaa',
  // nl, be
  'bsn', 'burgerservicenummer', 'sofinummer', 'rijksregisternummer', 'identiteitskaart', 'idkaart',
  // pl
  'pesel', 'nip', 'dowod', 'dowodosobisty', 'dowodu', 'dowoduosobistego',
  // nordic and others
  'personnummer', 'fodselsnummer', 'cpr', 'cprnummer', 'hetu', 'henkilotunnus', 'amka', 'egn', 'oib', 'jmbg', 'tckn', 'tckimlikno', 'hkid', 'mykad',
  // ee, lt, cz/sk, hu, no, gr, ke, tz (L5, L6 of the fourteenth probe, 2026-12-05g)
  'isikukood', 'asmenskodas', 'personaskods', 'perskods', 'rodnecislo', 'szemelyiszam', 'szemelyiazonosito', 'tajszam', 'fnr', 'dnummer', 'ik', 'afm', 'nida', 'nidanumber', 'kitambulisho',
  // ro (cod numeric personal; the second probe of 2026-12-04)
  'cnp', 'codnumericpersonal',
  // US immigration and trusted-traveller numbers (L3 of the seventh probe of 2026-12-04): the A-Number, the
  // USCIS number, the I-94 admission number, the Known Traveler Number, the Redress number, Global Entry's PASSID.
  'alienregistrationnumber', 'alienregistration', 'aliennumber', 'alienno', 'anumber', 'uscisnumber', 'uscis', 'uscisno', 'i94', 'i94number', 'i94no', 'i94admissionnumber',
  'knowntravelernumber', 'knowntravellernumber', 'knowntraveler', 'knowntraveller', 'knowntravelerid', 'ktn', 'redressnumber', 'redress', 'redresscontrolnumber', 'redressno',
  'passid', 'globalentrypassid', 'globalentrynumber', 'globalentryid', 'trustedtravelernumber', 'trustedtravelerid', 'trustedtravellernumber', 'nexusnumber', 'sentrinumber',
  // German health insurance number (Krankenversichertennummer, KVNR)
  'kvnr',
  // Indonesia's NIK (on the KTP), Vietnam's CCCD and CMND, a citizen id (Thailand's `citizenId`) (L9, L11, L12 of the
  // thirteenth probe of 2026-12-05f: `{"nik":"3578016012010002"}`, `{"cccd":"079092004567"}`, `{"citizenId":"3100400567818"}` were stored raw).
  'nik', 'noktp', 'nomorktp', 'ktp', 'ektp', 'nomorindukkependudukan', 'cccd', 'socccd', 'cancuoccongdan', 'cmnd', 'socmnd', 'citizenid', 'citizenidentification', 'citizenidentificationnumber',
  // ko, th, ar (Saudi national id and iqama), he and its transliteration, Chile's RUN (J15 of the fourth probe of 2026-12-04)
  // (folded as keyWords folds a key, NFKC: Thai SARA AM is two characters there).
  ...['주민등록번호', '주민번호', '외국인등록번호', 'เลขประจำตัวประชาชน', 'เลขบัตรประชาชน', 'رقمالهوية', 'رقمالإقامة', 'رقمالاقامة', 'תעודתזהות', 'מספרזהות'].map(foldKey), 'iqama', 'iqamanumber', 'teudatzehut',
];
/** Words that name a government id only with a number word after them (`tax_number`, `social_id`, `licence_no`). */
const NATIONAL_ID_NUMBERED = ['tax', 'steuer', 'social', 'ss', 'secu', 'identity', 'identification', 'national', 'fiscal', 'fiscale', 'ausweis', 'sozialversicherung', 'versicherung', 'insurance', 'securitesociale', 'dowod', 'dowodu', 'identiteit', 'identite', 'identidad', 'identidade', 'identita'];
const PASSPORT_ALONE = ['passport', 'passports', 'passportnum', 'passportno', 'passportnr', 'passportnumber', 'reisepass', 'reisepassnummer', 'passnummer', 'passeport', 'pasaporte', 'passaporto', 'passaporte', 'paszport', 'paszportu', 'paspoort', 'paspoortnummer',
  // lt, lv, et/fi, hu, ro/tr/sq, el (Latin letters), cs/sk, hr/sr, is, mt, sw (L16 of probe 2026-12-05g)
  'pasas', 'pasonumeris', 'pasesnumurs', 'passi', 'passinnumero', 'utlevel', 'utlevelszam', 'pasaport', 'pasaporta', 'diavatirio', 'cestovnipas', 'putovnica', 'pasos', 'vegabref', 'passaport', 'pasipoti'];
const LICENCE_ALONE = [
  'driverslicense', 'driverlicense', 'driverslicence', 'driverlicence', 'drivinglicense', 'drivinglicence', 'dl', 'dlnumber', 'dln', 'dlno', 'dlnum', 'dlnr', 'fuhrerschein', 'fuehrerschein', 'fuhrerscheinnummer',
  'fuehrerscheinnummer', 'permisdeconduire', 'permisconduire', 'carnetdeconducir', 'permisodeconducir', 'licenciadeconducir', 'licenciaconducir', 'patentediguida',
  'cartadeconducao', 'cartaconducao', 'cnh', 'prawojazdy', 'rijbewijs', 'rijbewijsnummer',
];
/** ACORD's `LicensePermitNumber` (a driver's licence under `DriverInfo/License`, ACORD P&C XML) reads as `licensepermit` + a number word. */
const LICENCE_NUMBERED = ['license', 'licence', 'driver', 'drivers', 'driving', 'patente', 'licensepermit', 'licencepermit'];

const FUSED_ID_NUMBER_WORDS = ['number', 'num', 'nbr', 'no', 'nr'];
const GOVERNMENT_ID_ALONE: ReadonlyMap<string, GovernmentIdKind> = new Map<string, GovernmentIdKind>([
  ...NATIONAL_ID_ALONE.map((key) => [key, 'NATIONAL_ID'] as const),
  ...PASSPORT_ALONE.map((key) => [key, 'PASSPORT'] as const),
  ...LICENCE_ALONE.map((key) => [key, 'DRIVER_LICENSE'] as const),
]);
const GOVERNMENT_ID_NUMBERED: ReadonlyMap<string, GovernmentIdKind> = new Map<string, GovernmentIdKind>([
  ...NATIONAL_ID_NUMBERED.map((key) => [key, 'NATIONAL_ID'] as const),
  ...LICENCE_NUMBERED.map((key) => [key, 'DRIVER_LICENSE'] as const),
]);

/**
 * Classifies a key naming a national id, tax id, passport or driving licence number, in en, de,
 * fr, es, it, pt, nl, pl (and the usual national names: `pesel`, `bsn`, `cpf`, `aadhaar`, `sin`):
 * the name ends with one of those words (`patient_pesel`, `customerPassport`), optionally followed
 * by a number word (`passport_no`, `steuerId`, `numero_de_pasaporte`, `tax_number`); words that
 * are a government id's only with a number word (`tax`, `license`, `document`) need one. Words of
 * at most three letters (`sin`, `nie`, `rg`, `nip`) count only as a whole word. The value is
 * masked only when it has the shape of an id (governmentIdValue): `{"license":"MIT"}`,
 * `{"social":"twitter"}`, `{"passport":"valid"}` stay.
 */
export function governmentIdKeyKind(name: string): GovernmentIdKind | undefined {
  const words = keyWords(name).map(withoutAccents);
  if (words.length === 0 || words.length > 6) return undefined;
  // A word that says how the id is written (`ssn_full`, `ssn_raw`, `ssnPlain`) names no other thing.
  while (words.length > 1 && ID_FORM_WORDS.has(words[words.length - 1] as string)) words.pop();
  // A number word fused to the id's word in lower case (`licenseno`, `driverslicensenumber`): as two words
  // (L8 of the seventh probe of 2026-12-04), when what is before it names an id.
  const fused = words[words.length - 1] as string;
  for (const tail of FUSED_ID_NUMBER_WORDS) {
    const head = fused.slice(0, -tail.length);
    if (fused.length > tail.length + 2 && fused.endsWith(tail) && (GOVERNMENT_ID_ALONE.has(head) || GOVERNMENT_ID_NUMBERED.has(head))) {
      words.splice(words.length - 1, 1, head, tail);
      break;
    }
  }
  // The whole name's words as written first: `taxpayer_id`, `dl_number`, `passport_num` are listed
  // glued (`taxpayerid`, `dlnumber`), and the number word would be taken off below (a probe of
  // 2026-12-04 found them raw).
  for (let from = 0; from < words.length; from++) {
    const whole = GOVERNMENT_ID_ALONE.get(words.slice(from).join(''));
    if (whole !== undefined) return whole;
  }
  let numbered = false;
  let idOnly = true;
  while (words.length > 1 && ID_NUMBER_WORDS.has(words[words.length - 1] as string)) {
    const word = words.pop() as string;
    numbered = true;
    if (word !== 'id' && word !== 'ids' && word !== 'code') idOnly = false;
  }
  // `numero_passaporto`, `nr_dowodu`, `numero_de_seguridad_social`: a number word first.
  if (words.length > 1 && ID_NUMBER_WORDS.has(words[0] as string) && words[0] !== 'id' && words[0] !== 'code') {
    words.shift();
    numbered = true;
    idOnly = false;
    while (words.length > 1 && ID_CONNECTORS.has(words[0] as string)) words.shift();
  }
  // `social` as the whole name is the social security number (`{"social":"536228514"}`);
  // `social_id`, `socialLinks` are not (`social_number` is, as a numbered word).
  if (!numbered && words.length === 1 && words[0] === 'social') return 'NATIONAL_ID';
  // `id_number`, `idNumber`, `ID_No` as the whole name: an identity document's number (a probe of
  // 2026-12-03: stored raw). After an owner word (`order_id_number`) it is that thing's number.
  if (numbered && !idOnly && words.length === 1 && words[0] === 'id') return 'NATIONAL_ID';
  for (let from = 0; from < words.length; from++) {
    const suffix = words.slice(from).join('');
    const alone = GOVERNMENT_ID_ALONE.get(suffix);
    if (alone !== undefined) return alone;
    if (numbered) {
      const withNumber = GOVERNMENT_ID_NUMBERED.get(suffix);
      if (withNumber !== undefined && (!idOnly || ID_AFTER.has(suffix))) return withNumber;
    }
  }
  return undefined;
}

/**
 * Key names whose value needs the number's own shape, not only an id's: `social` alone (a
 * follower count as often as a social security number: `{"social":1234567}`), `rg` (Brazil's
 * Registro Geral, and Azure's resource group) and `nip` (Poland's tax number, and a PIN in
 * Québec French). `social_security`, `socialSecurityNumber`, `rg_number` are NATIONAL_ID.
 */
export type StrictIdKey = 'SOCIAL' | 'RG' | 'NIP' | 'IK' | 'ANUMBER';
export type GovernmentIdKey = GovernmentIdKind | StrictIdKey;
/**
 * As governmentIdKeyKind, with the key names whose value must pass a stricter check
 * (StrictIdKey) told apart: `social` alone is `SOCIAL`, `rg`/`nip` alone (or last after an owner
 * word: `patient_rg`) are `RG`/`NIP`.
 */
export function governmentIdKey(name: string): GovernmentIdKey | undefined {
  const kind = governmentIdKeyKind(name);
  if (kind !== 'NATIONAL_ID') return kind;
  const words = keyWords(name).map(withoutAccents);
  const last = words[words.length - 1];
  if (words.length === 1 && last === 'social') return 'SOCIAL';
  if (last === 'rg') return 'RG';
  if (last === 'nip') return 'NIP';
  // The Estonian isikukood under its short key `ik` (L5 of 2026-12-05g): only a value that passes its check.
  if (last === 'ik') return 'IK';
  // `a_number`, `aNumber`, `A-Number` name a USCIS alien registration number (`A` and 7 to 9 digits) and a
  // call detail record's A party (its MSISDN: L10 of the probe of 2026-12-06c stored it as `NATIONAL_ID`): the value decides (aNumberValue).
  if (words.join('') === 'anumber') return 'ANUMBER';
  return kind;
}
/**
 * The type a value under an identity key (identityKeys: `ssn`, `tax_id`, `passport_number`) is
 * stored as: `PASSPORT` or `DRIVER_LICENSE` when the name says so (governmentIdKeyKind), else
 * `SSN` (a probe of 2026-12-03: `passport_number` was stored as `[SSN:…]`, `passport` as
 * `[PASSPORT:…]`).
 */
export function identityKeyType(name: string): 'SSN' | 'PASSPORT' | 'DRIVER_LICENSE' {
  const kind = governmentIdKeyKind(name);
  return kind === 'PASSPORT' || kind === 'DRIVER_LICENSE' ? kind : 'SSN';
}
/** The kind a GovernmentIdKey's value is stored as. */
export function governmentIdType(key: GovernmentIdKey): GovernmentIdKind {
  return key === 'SOCIAL' || key === 'RG' || key === 'NIP' || key === 'IK' || key === 'ANUMBER' ? 'NATIONAL_ID' : key;
}

/** A calendar date written with separators (`2024-01-15`, `15.01.2024`, `01/15/2024`), not a number. */
const SEPARATED_DATE = /^(?:(\d{4})[-./](\d{1,2})[-./](\d{1,2})|(\d{1,2})[-./](\d{1,2})[-./](\d{4}))$/;
function isSeparatedDate(text: string): boolean {
  const match = SEPARATED_DATE.exec(text);
  if (match === null) return false;
  const [a, b] = match[1] !== undefined ? [Number(match[2]), Number(match[3])] : [Number(match[4]), Number(match[5])];
  // month and day in either order (`15.01.2024`, `01/15/2024`)
  return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (a <= 31 && b <= 12));
}
/**
 * Digits in dotted groups with a group of one digit: a version, an OID or an IP address
 * (`1.2.3456.7890`, `10.0.0.12`, `10.0.0.12345`), not a number written in groups (`12.34.56.789`,
 * Brazil's `12.345.678-9` has a dash).
 */
function isDottedVersion(text: string): boolean {
  if (!/^\d+(?:\.\d+)+$/.test(text)) return false;
  return text.split('.').some((group) => group.length === 1) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(text);
}
/** Looks like something other than a number of a person or an account: a date, a version, an IP. */
export function notAnIdNumber(text: string): boolean {
  const trimmed = text.trim();
  return isSeparatedDate(trimmed) || isDottedVersion(trimmed);
}

/**
 * A value that is a form's or a template's hint for a field, not the field's value (the fifth probe
 * of 2026-12-04, P9: `{dob:'YYYY-MM-DD', ssn:'XXX-XX-XXXX', lastName:'<last name>'}` and
 * `{dob:'MM/DD/YYYY', lastName:'LAST_NAME'}` were stored as pseudonyms, so a template lost its
 * format hints and joined every other template):
 * - a date's format of two or three groups, each one letter repeated, of the letters for year,
 *   month and day in English, French, Spanish, Portuguese, Italian and German (`YYYY-MM-DD`,
 *   `MM/DD/YYYY`, `JJ/MM/AAAA`, `TT.MM.JJJJ`, `GG/MM/AAAA`, `MM/YY`), or glued (`YYYYMMDD`);
 * - a mask of `X`, `#`, `*`, `•` or `N` of three or more, in groups (`XXX-XX-XXXX`, `###-##-####`,
 *   `NNN NNN NNN`), no digit;
 * - a field's name in angle brackets, square brackets, braces, `${…}` or `%…%` (`<last name>`,
 *   `[date of birth]`, `{{lastName}}`, `${LAST_NAME}`) or written alone as an identifier
 *   (`LAST_NAME`, `lastName`, `first-name`), when columnKind reads it as a field of personal data
 *   (or it is `name`, `your name`).
 * `Smith`, `Mary-Jane`, `***-**-1234` (a masked number with its last digits) are values.
 */
export function isFormatPlaceholder(value: string): boolean {
  const text = value.trim();
  // A hint has no digit: dates, numbers and ids (the most of the values under these keys) are no hint.
  if (text.length < 2 || text.length > 48 || /\d/.test(text)) return false;
  if (DATE_FORMAT.test(text) || COMPACT_DATE_FORMAT.test(text)) return distinctDateGroups(text);
  if (CHARACTER_MASK.test(text)) return true;
  const bracketed = BRACKETED_FIELD.exec(text);
  const inner = bracketed === null ? (IDENTIFIER_FIELD.test(text) ? text : undefined) : (bracketed.slice(1).find((group) => group !== undefined) as string).trim();
  if (inner === undefined || inner.length === 0) return false;
  const field = inner.replace(/^(?:your|the|enter|customer'?s?|patient'?s?)\s+/i, '');
  return /^(?:full )?name$/i.test(field) || columnKind(field) !== 'none' || isGenericNameKey(field);
}
const DATE_FORMAT = /^(?:([ymdjatg])\1{0,3})(?:[-./ ](?:([ymdjatg])\2{0,3})){1,2}$/i;
const COMPACT_DATE_FORMAT = /^(?:yyyymmdd|ddmmyyyy|mmddyyyy|yymmdd|ddmmyy|mmddyy|aaaammjj|jjmmaaaa|ttmmjjjj|jjjjmmtt)$/i;
/** The date format's groups name different parts (`YYYY-MM-DD`, not `MM-MM-MM`), with a year's group when three. */
function distinctDateGroups(text: string): boolean {
  if (COMPACT_DATE_FORMAT.test(text)) return true;
  const letters = text.split(/[-./ ]/).map((group) => (group[0] as string).toLowerCase());
  return new Set(letters).size === letters.length && text.split(/[-./ ]/).some((group) => group.length >= 2);
}
const CHARACTER_MASK = /^(?=(?:[^X#*•N]*[X#*•N]){3})[X#*•N]+(?:[- ./][X#*•N]+)*$/i;
const BRACKETED_FIELD = /^(?:<([^<>]{1,40})>|\[([^[\]]{1,40})\]|\{\{?([^{}]{1,40})\}?\}|\$\{([^{}]{1,40})\}|%([A-Za-z_]{1,40})%)$/;
const IDENTIFIER_FIELD = /^(?:[A-Za-z]+[_-])+[A-Za-z]+$|^[a-z]+(?:[A-Z][a-z]+)+$/;

/**
 * A value under an identity key (`ssn`, `tax_id`, `national_id`, `passport_number`; identityKeys)
 * that stands for no identifier: empty, a placeholder or flag word (`N/A`, `unknown`, `pending`,
 * `none`, `not provided`, `redacted`, `***`), a date or a version (notAnIdNumber: `2024-01-15`),
 * or an integer of fewer than 5 digits (`12`): kept as written (a fresh probe of 2026-12-03:
 * `{"ssn":"unknown"}` was stored as `[SSN:…]`). Any other value is the identifier, whatever it
 * looks like.
 */
export function holdsNoIdentifier(value: string | number | boolean | null): boolean {
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 10_000;
  const trimmed = value.trim();
  return trimmed === '' || FLAG_WORD.test(trimmed) || PLACEHOLDER.test(trimmed) || notAnIdNumber(trimmed);
}
/** Words and marks that stand for a value not given. */
const PLACEHOLDER = /^(?:pending|tbd|tba|nil|nan|missing|empty|unavailable|not (?:provided|available|applicable|given|set|known)|redacted|withheld|declined|refused|\*+|x+|\?+|\.+)$/i;

/** The US SSN's structure (SSA: no area 000, 666 or 900-999, no group 00, no serial 0000). */
function ssnStructure(digits: string): boolean {
  const area = Number(digits.slice(0, 3));
  return area !== 0 && area !== 666 && area < 900 && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}
/**
 * A social security number under `social` alone: nine digits in the US SSN's structure or with
 * a valid Luhn check (Canada's SIN), as `123-45-6789` or `123 456 789` too, or France's NIR of
 * 13 digits or 15 with its key (97 - the first 13 mod 97; INSEE), starting with 1 or 2.
 */
function socialSecurityShape(text: string): boolean {
  const trimmed = text.trim();
  if (/^\d{3}([- ]?)\d{2}\1\d{4}$/.test(trimmed) || /^\d{3}([- ]?)\d{3}\1\d{3}$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    return ssnStructure(digits) || luhnValid(digits); // Canada's SIN: the Luhn check (ISO/IEC 7812-1)
  }
  const nir = trimmed.replace(/ /g, '');
  if (!/^[12]\d{12}(?:\d{2})?$/.test(nir)) return false;
  return nir.length === 13 || 97 - Number(BigInt(nir.slice(0, 13)) % 97n) === Number(nir.slice(13));
}
/**
 * Poland's NIP: ten digits (`1234563218`, `123-456-32-18`, `123-45-63-218`, `PL1234563218`) whose
 * last is the check digit: the first nine weighted 6, 5, 7, 2, 3, 4, 5, 6, 7, summed, mod 11
 * (never 10; Ministry of Finance, Rozporządzenie w sprawie NIP).
 */
function polishNip(text: string): boolean {
  const compact = text.trim().replace(/^PL/i, '').replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(compact)) return false;
  const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (compact.charCodeAt(i) - 48) * (weights[i] as number);
  return sum % 11 === compact.charCodeAt(9) - 48;
}
/** A USCIS alien registration number (A-number): `A` and 7 to 9 digits, a dash or a blank after the `A` or not, or the 8 or 9 digits alone. */
const USCIS_A_NUMBER = /^(?:A[- ]?\d{7,9}|\d{8,9})$/i;
/**
 * The phone under `a_number` when it is no A-number (governmentIdValue's ANUMBER): a call detail record's A
 * party, 10 to 15 digits (E.164 without `+`, or `+` before them). Returns the digits (a `+` kept), or undefined.
 */
export function aNumberPhone(text: string): string | undefined {
  const trimmed = text.trim();
  return /^\+?\d{10,15}$/.test(trimmed) ? trimmed : undefined;
}
/** Brazil's RG: 5 to 10 digits and a check character (a digit or X), dotted or not (`12.345.678-9`, `MG-12.345.678`). */
const BRAZIL_RG = /^(?:[A-Z]{2}[- ]?)?\d{1,3}(?:\.?\d{3}){1,3}(?:-?[\dX])?$/i;

/**
 * The value under a government-id key has an id's shape: one string or integer of 5 to 24
 * letters and digits once blanks and `-./` are gone, with at least 5 digits (`44051401359`,
 * `X1234567`, `W315-4271-8832`, `RSSMRA85T10A562S`). Words, dates of fewer digits and flags stay;
 * so do a date, a version or an IP address (`2024-01-15`, `1.2.3456.7890`, `10.0.0.12345`), and a
 * value in groups of which one is a word of three letters or more (`us-east-1-00012345`,
 * `passport-js 0.6.0 build 12345`: an id's letters are few per group, `AB 12 34 56 C`). A
 * passport number has at most 12 (ICAO 9303's document number field is 9). Under the names of
 * StrictIdKey, the number's own shape (socialSecurityShape, polishNip, BRAZIL_RG, isikukoodValid).
 */
export function governmentIdValue(text: string, key: GovernmentIdKey = 'NATIONAL_ID'): string | undefined {
  const trimmed = text.trim();
  if (notAnIdNumber(trimmed)) return undefined;
  if (/[\s\-./]/.test(trimmed) && trimmed.split(/[\s\-./]+/).some((group) => /[A-Za-z]{3}/.test(group))) return undefined;
  if (key === 'SOCIAL' ? !socialSecurityShape(trimmed) : key === 'NIP' ? !polishNip(trimmed) : key === 'RG' && !BRAZIL_RG.test(trimmed)) return undefined;
  if (key === 'IK' && !isikukoodValid(trimmed)) return undefined;
  if (key === 'ANUMBER' && !USCIS_A_NUMBER.test(trimmed)) return undefined;
  const compact = trimmed.replace(/[\s\-./]/g, '');
  if (!/^[A-Za-z0-9]{5,24}$/.test(compact) || (key === 'PASSPORT' && compact.length > 12)) return undefined;
  let digits = 0;
  for (let i = 0; i < compact.length; i++) if (compact.charCodeAt(i) >= 48 && compact.charCodeAt(i) <= 57) digits++;
  return digits >= 5 ? compact.toUpperCase() : undefined;
}

/**
 * Words for a bank account standing alone as a key (`account`, `acct`, `konto`, `compte`,
 * `cuenta`, `conto`, `conta`, `rekening`, `rachunek`), also after an owner word (`ach.account`,
 * `checking_account`, `bankKonto`). Alone they name an account's NAME as often
 * (`{"account":"acme-prod"}`), so the value decides (bareAccountValue): masked only when it is a
 * number. `accountType`, `account_id`, `accountName` are not these keys.
 */
const BARE_ACCOUNT_WORDS = new Set(['account', 'acct', 'konto', 'bankkonto', 'compte', 'cuenta', 'conto', 'conta', 'rekening', 'rachunek', 'rachunku']);
const BARE_ACCOUNT_OWNERS = new Set(['bank', 'ach', 'checking', 'savings', 'current', 'deposit', 'debit', 'credit', 'payout', 'payee', 'payer', 'beneficiary', 'destination', 'source', 'iban', 'sepa', 'wire', 'giro', 'girokonto', 'bancaire', 'bancaria', 'bancario',
  // The parties of a payment as cheques (drawer, drawee), SEPA ISO 20022 (debtor, creditor), NACHA (originator,
  // receiver, ODFI/RDFI: originating, receiving), remittance and SWIFT (remitter, ordering, sender) name them, and a
  // bank's own short name for a demand deposit account (L5 of the probe of 2026-12-06: `drawer_account`, `debtorAcct`).
  'drawer', 'drawee', 'debtor', 'creditor', 'remitter', 'remitting', 'originator', 'originating', 'receiver', 'receiving', 'ordering', 'sender', 'sending', 'counterparty', 'payor', 'dda']);
export function isBareAccountKeyName(name: string): boolean {
  // Key names recur in every event: each is read once (bounded).
  let known = bareAccountKeyNames.get(name);
  if (known === undefined) {
    known = readBareAccountKeyName(name);
    if (name.length <= 64) {
      if (bareAccountKeyNames.size >= 4096) bareAccountKeyNames.clear();
      bareAccountKeyNames.set(name, known);
    }
  }
  return known;
}
function readBareAccountKeyName(name: string): boolean {
  const words = keyWords(name).map(withoutAccents);
  if (words.length === 0 || words.length > 4) return false;
  const last = words[words.length - 1] as string;
  if (!BARE_ACCOUNT_WORDS.has(last)) return false;
  return words.length === 1 || BARE_ACCOUNT_OWNERS.has(words[words.length - 2] as string);
}

/**
 * The plural of a bare account key (`accounts`, `bank_accounts`): a LIST of accounts, read as the
 * bare key when its value is an array (`{"accounts":["4830291175"]}`; a count `{"accounts": 1234567}`
 * is no list). 2026-12-03.
 */
export function isBareAccountListKeyName(name: string): boolean {
  return name.length > 1 && /s$/i.test(name) && isBareAccountKeyName(name.slice(0, -1));
}
/** A bare account key's value is an account number when it is one: 6 to 20 digits (blanks and `-./` between them), or an IBAN shape; not a date, a version or an IP (notAnIdNumber). */
export function bareAccountValue(text: string): boolean {
  // A date, a version or an IP under `account` (`2024-01-15`, `1.2.3456.7890`, `10.0.0.12`) is none.
  if (notAnIdNumber(text)) return false;
  const compact = text.trim().replace(/[\s\-./]/g, '');
  return /^\d{6,20}$/.test(compact) || /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact.toUpperCase());
}

// ------------------------------------------------------------------ person roles (sixth probe)

/**
 * How sure a member name is that its value is a person, when the name says a role and not a name
 * (`beneficiary`, `payee`, `assignee`, `customer`): the value is masked as PERSON only when it has
 * a name's shape (personRoleValue). A fresh probe of 2026-12-03 (sixth) found 122 of 125 such keys
 * storing `kaewkla srisuk` and `Srisuk` raw.
 * - `strong`: the role is only ever a person (`beneficiary`, `payee`, `spouse`, `next_of_kin`,
 *   `name_on_card`, `guarantor`): one word of letters in any case is a name.
 * - `role`: a person or a login (`assignee`, `reporter`, `reviewer`, `created_by`, `doctor`):
 *   one word is a name when written with a capital (`Srisuk`, `NGATA`); lower case is a username.
 * - `weak`: a person or a firm, a product, a team (`owner`, `author`, `provider`, `sender`):
 *   one word is a name only when it is a listed first name or surname (names.ts
 *   isListedPersonName); two words or more of letters are a name in every tier.
 * - `customer`: a customer's, client's or patient's role in any language (`customer`,
 *   `kunde`, `klant`, `cliente`, `paziente`, `pacjent`; CUSTOMER_ROLES): as `weak`, and one word
 *   capitalized is a name too, as in `role` (the lead's decision of 2026-12-07c: `{ kunde:
 *   'Zwiebelhofer' }` was stored raw); no word a status or a word of the key's language
 *   (CUSTOMER_NOT_NAMES: `Neu`, `Alle`, `VIP`, `Existing`) nor a firm's (NOT_PERSON_WORDS). The
 *   redactor asks names.ts firmLikeName, isOrganizationValue and isListedFirm too.
 */
export type PersonRoleTier = 'strong' | 'role' | 'weak' | 'customer';

const STRONG_PERSON_ROLES = new Set([
  'beneficiary', 'beneficiaries', 'payee', 'payer', 'payor', 'accountholder', 'holder', 'nameoncard', 'cardholdersname', 'cardname',
  'nextofkin', 'kin', 'nok', 'emergencycontact', 'emergencycontactperson', 'guardian', 'legalguardian', 'spouse', 'partner', 'husband', 'wife',
  'mother', 'father', 'parent', 'son', 'daughter', 'child', 'sibling', 'caregiver', 'carer', 'guarantor', 'insured', 'insuredperson', 'policyholder',
  'subscriber', 'debtor', 'debtorname', 'creditor', 'creditorname', 'accountowner', 'ultimatedebtor', 'ultimatecreditor',
  'patient', 'ptname', 'pt', 'realname', 'maiden', 'maidenname', 'signedby', 'signer', 'signatory', 'cosigner', 'witness', 'attendee', 'attendees',
  'contactperson', 'referringprovider', 'referringphysician', 'referringdoctor', 'attendingphysician', 'attendingdoctor', 'pcp', 'primarycarephysician', 'gp',
  'decedent', 'deceased', 'victim', 'suspect', 'claimant', 'defendant', 'plaintiff', 'testator', 'executor', 'heir', 'grantor', 'grantee', 'lessee', 'lessor',
  'borrower', 'coborrower', 'applicant', 'coapplicant', 'tenant', 'landlord', 'resident', 'student', 'pupil', 'passenger', 'traveler', 'traveller', 'employee',
  'billto', 'shipto', 'attn', 'attention', 'addressee', 'soldto', 'orderingcustomer', 'remitter', 'drawer', 'drawee', 'sendername', 'recipientname',
  // The recipient and sender of a courier's waybill in Korean, Chinese and Japanese (L8 of the thirteenth probe of
  // 2026-12-05f: `{"수령인":"김민준"}`, `{"받는분":"이서연"}` were stored raw while the phone and address beside them were masked).
  '수령인', '수취인', '받는분', '받는사람', '받는이', '수신인', '수신자', '보내는분', '보내는사람', '발송인', '주문자', '예약자',
  '收件人', '收货人', '收貨人', '寄件人', '联系人', '聯絡人', '受取人', '差出人', '依頼主', 'お届け先氏名', 'ご依頼主',
]);
const ROLE_PERSON_ROLES = new Set([
  'assignee', 'assignees', 'assignedto', 'reporter', 'reportedby', 'requester', 'requestor', 'requestedby', 'reviewer', 'reviewers', 'reviewedby',
  'approver', 'approvers', 'approvedby', 'createdby', 'updatedby', 'modifiedby', 'submittedby', 'completedby', 'closedby', 'resolvedby', 'verifiedby',
  'doctor', 'physician', 'nurse', 'clinician', 'practitioner', 'surgeon', 'therapist', 'dentist', 'pharmacist', 'midwife', 'caseworker', 'socialworker',
  'guest', 'guests', 'visitor', 'member', 'participant', 'interviewer', 'interviewee', 'candidate', 'teacher', 'instructor', 'manager', 'supervisor',
  'driver', 'courier', 'agentname', 'salesrep', 'accountmanager', 'contact', 'who', 'person', 'individual',
  // A clinical trial's subject, trial subject and participant in Korean (L10's open part of probe-2026-12-05j: `{"피험자": "이준호"}`
  // was stored raw): one Hangul word is a name when it reads as a Korean one (names.ts isKoreanName, the redactor's `listed`).
  '대상자', '피험자', '참여자', '참가자', '시험대상자', '연구대상자', '연구참여자', '임상시험대상자', '시험참여자',
]);
/**
 * A customer's, client's or patient's role in English, German, Dutch, French, Spanish, Italian,
 * Portuguese and Polish (detectors.ts ROLE_PARAMETERS reads the same words as a parameter's name).
 */
export const CUSTOMER_ROLES: ReadonlySet<string> = new Set([
  'customer', 'kunde', 'kundin', 'kunden', 'patientin', 'versicherter', 'versicherte', 'mandant', 'mandantin', 'klant',
  'cliente', 'paciente', 'asegurado', 'asegurada', 'paziente', 'assicurato', 'assicurata', 'segurado', 'segurada', 'klient', 'klientka', 'pacjent', 'pacjentka',
]);
/**
 * Capitalized words that name no one under a customer's role: a status, a segment or a word of
 * the key's language (`{ kunde: 'Neu' }`, `{ customer: 'VIP' }`, `kunde=Alle`, `cliente=Todos`).
 */
export const CUSTOMER_NOT_NAMES: ReadonlySet<string> = new Set([
  ...'alle alles neu neue neuer keine kein privat gewerbe gewerblich unbekannt sonstige bestand bestandskunde neukunde stammkunde geschäftskunde privatkunde ja nein'.split(' '),
  ...'todos todas nuevo nueva ninguno desconocido particular empresa si sí no tous toutes nouveau nouvelle aucun inconnu oui non particulier entreprise'.split(' '),
  ...'tutti tutte nuovo nuova nessuno sconosciuto privato azienda sim não nao novo nova nieuw nieuwe geen onbekend bestaand bestaande zakelijk particulier nee'.split(' '),
  ...'wszyscy nowy brak nieznany tak nie new existing returning vip regular retail wholesale corporate prospect active inactive yes true false ok any gold silver bronze platinum premium standard basic'.split(' '),
]);
const WEAK_PERSON_ROLES = new Set([
  // `client` (English and French) is as often software as a person (`{ client: 'Chrome' }`, `web`,
  // `iOS`): it keeps the weak tier, one word a name only when listed (the lead, 2026-12-07).
  'owner', 'owners', 'client', 'author', 'authors', 'provider', 'sender', 'recipient', 'recipients', 'user', 'buyer', 'seller',
  // An account's name is a person's or a label (`{ accountName: 'Main' }`, `Savings`).
  'accountname', 'bankaccountname', 'purchaser', 'consignee', 'shipper', 'organizer', 'organiser', 'speaker', 'creator', 'editor', 'contributor', 'maintainer',
]);

/** The tier of a role key (`beneficiary`: strong, `assignee`: role, `customer`: weak), undefined for other names. */
export function personRoleTier(name: string): PersonRoleTier | undefined {
  const normalized = withoutAccents(normalizeKeyName(name));
  if (normalized.length === 0 || normalized.length > 40) return undefined;
  return STRONG_PERSON_ROLES.has(normalized) ? 'strong' : ROLE_PERSON_ROLES.has(normalized) ? 'role' : WEAK_PERSON_ROLES.has(normalized) ? 'weak' : CUSTOMER_ROLES.has(normalized) ? 'customer' : undefined;
}

/**
 * Words that make a value under a role key a team, a firm, a system or a place rather than a
 * person (`Platform Team`, `Acme Corp`, `support`, `New York`, `unassigned`, `n a`).
 */
const NOT_PERSON_WORDS = new Set([
  'team', 'teams', 'group', 'squad', 'crew', 'dept', 'department', 'division', 'unit', 'ops', 'devops', 'sre', 'oncall', 'admin', 'admins', 'administrator',
  'system', 'systems', 'bot', 'bots', 'service', 'services', 'support', 'helpdesk', 'desk', 'office', 'agent', 'assistant', 'ai', 'automation', 'auto', 'automatic',
  'scheduler', 'cron', 'pipeline', 'root', 'unassigned', 'unknown', 'none', 'null', 'undefined', 'nobody', 'anyone', 'everyone', 'all', 'self', 'me', 'myself',
  'you', 'user', 'users', 'customer', 'customers', 'client', 'guest', 'default', 'anonymous', 'anon', 'public', 'private', 'internal', 'external', 'test',
  'tests', 'demo', 'example', 'sample', 'na', 'tbd', 'tba', 'pending', 'same', 'other', 'others', 'various', 'multiple', 'corp', 'corporation',
  'inc', 'ltd', 'llc', 'llp', 'plc', 'gmbh', 'ag', 'sa', 'bv', 'pty', 'co', 'company', 'limited', 'holdings', 'bank', 'trust', 'fund', 'foundation',
  'university', 'college', 'school', 'hospital', 'clinic', 'health', 'council', 'ministry', 'government', 'agency', 'cloud', 'platform', 'app', 'api', 'web',
  'mobile', 'ios', 'android', 'desktop', 'server', 'engineering', 'finance', 'marketing', 'sales', 'legal', 'security', 'billing', 'accounts',
  'payroll', 'hr', 'it', 'qa', 'new', 'san', 'los', 'las', 'saint', 'st', 'city', 'port', 'fort', 'north', 'south', 'east', 'west', 'county', 'state',
  'the', 'and', 'of', 'for', 'ward', 'room', 'bed', 'store', 'shop', 'market', 'street', 'road', 'avenue', 'card', 'visa', 'mastercard', 'amex', 'account',
  'main', 'primary', 'secondary', 'checking', 'savings', 'current', 'joint', 'business', 'personal', 'operating', 'reserve',
  'self-pay', 'household', 'family', 'estate', 'owner', 'owners', 'holder', 'patient', 'member', 'staff', 'manager', 'lead',
  // A facility's head noun (O5 of the probe of 2026-12-06: a FHIR `performer.display` of `Central Laboratory`, `Pathology Laboratory`).
  'laboratory', 'laboratories', 'lab', 'labs', 'pharmacy', 'institute', 'centre', 'center', 'diagnostics', 'imaging',
]);

/**
 * Whether a value under a role key has a person's name's shape: one to four words of letters
 * (apostrophes, hyphens and an initial's full stop inside them; `Havili, Tevita` family-first),
 * 2 to 60 characters, none of them a word of NOT_PERSON_WORDS. One word counts by the tier (see
 * PersonRoleTier); `listed` says whether a word is a listed first name or surname.
 * Ids, emails, usernames (`siosaia.fifita`, `tfifita2`), phone numbers, dates, `Patient/123` stay.
 */
/**
 * A billing plan's name under a person's key (O5 of the probe of 2026-12-05d): Stripe names a
 * price or a plan by its `nickname` (`Growth Monthly`, `Starter Annual`, `Scale Yearly`, `Team
 * Plus`), so the whole value was stored `[PERSON]`. Two to four words whose last is a billing
 * cadence or a plan's tier (PLAN_LAST_WORDS), or that hold `plan` or `tier`, name a plan, not a
 * person. A person's name with such a word at its end (`Maria Plus`) is the price: none in the
 * lists seen. One word stays a person's (`{"nickname":"Pro"}` is masked).
 */
const PLAN_LAST_WORDS = new Set('monthly annual annually yearly quarterly weekly daily plus pro premium basic starter enterprise business unlimited lite essentials standard advanced ultimate trial edition bundle subscription'.split(' '));
const PLAN_SHAPE = /^\p{L}[\p{L}\d'’&+-]*(?:[ \t]{1,2}[\p{L}\d][\p{L}\d'’&+-]*){1,3}$/u;
export function planNameValue(value: string): boolean {
  const text = value.trim();
  if (text.length > 60 || !PLAN_SHAPE.test(text)) return false;
  const words = text.toLowerCase().split(/[ \t]+/);
  return PLAN_LAST_WORDS.has(words[words.length - 1] as string) || words.includes('plan') || words.includes('tier');
}

const CJK_WORD = /^[\p{Script=Hangul}\p{Script=Han}]+$/u;
/** A capitalized word of two or three parts joined by hyphens, each capitalized (`Farahani-Dufresne`). */
const ROLE_HYPHENATED = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+){1,2}$/u;
export function personRoleValue(value: string, tier: PersonRoleTier, listed: (word: string) => boolean): boolean {
  const text = value.trim();
  if (text.length < 2 || text.length > 60) return false;
  const words = text.split(/\s*,\s*|\s+/);
  if (words.length > 4 || (text.match(/,/g)?.length ?? 0) > 1) return false;
  if (tier === 'customer' && words.some((word) => CUSTOMER_NOT_NAMES.has(word.replace(/\.$/, '').toLowerCase()))) return false;
  for (const word of words) {
    if (!/^\p{L}[\p{L}\p{M}'’-]*\.?$/u.test(word) || /[-'’]$/.test(word.replace(/\.$/, ''))) return false;
    if (NOT_PERSON_WORDS.has(withoutAccents(word.replace(/\.$/, '').toLowerCase()))) return false;
  }
  if (words.length >= 2) return words.some((word) => word.replace(/\.$/, '').length >= 2);
  const word = words[0] as string;
  if (word.endsWith('.') || word.length < 2) return false;
  // A name in Hangul or Han is two to four syllables or characters (`김민준`, `王秀英`, `诸葛亮`); a
  // longer word is a place or a firm (`京东自营仓`, `서울물류센터`: the sender of a waybill; L8 of 2026-12-05f).
  if (CJK_WORD.test(word) && word.length > 4) return false;
  if (tier === 'strong') return true;
  if (listed(word)) return true;
  // A double-barrelled surname keeps its capitals after the hyphen (`Farahani-Dufresne` answering
  // `May I have your last name?`; L1 of probe 2026-12-05h).
  return (tier === 'role' || tier === 'customer') && /^\p{Lu}/u.test(word) && (/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word) || /^[\p{Lu}\p{M}'’-]+$/u.test(word) || ROLE_HYPHENATED.test(word));
}

/** Members that hold a family name beside given names (`{ first, last }`, `{ fn, ln }`, `{ forename, surname }`). */
const FAMILY_MEMBERS = new Set(['last', 'lastname', 'surname', 'family', 'familyname', 'ln', 'lname', 'nachname', 'familienname', 'apellido', 'apellidos', 'cognome', 'sobrenome', 'achternaam', 'nazwisko', 'efternamn', 'etternavn', 'efternavn', 'sukunimi', 'nomdefamille']);
/** Members that hold given names when the object has a family member: `first` and `given` alone are too generic. */
const GIVEN_MEMBERS = new Set(['first', 'firstname', 'given', 'givenname', 'givennames', 'middle', 'middlename', 'middlenames', 'forename', 'forenames', 'fn', 'fname', 'mi', 'middleinitial', 'initial', 'initials', 'firstnameinitial', 'firstnameandinitial', 'firstnamemiddleinitial', 'firstnameandmiddleinitial', 'firstandmiddleinitial', 'givennameinitial', 'givennameandinitial', 'givennameandmiddleinitial', 'vorname', 'prenom', 'nombre', 'nome', 'voornaam', 'imie', 'fornamn', 'fornavn', 'etunimi', 'etunimet', 'preferred', 'nick', 'maiden']);

/** Whether a key is one of a name's parts (a family or a given member: `family`, `given`, `first`, `last`, `fn`). */
export function isNameMemberKey(key: string): boolean {
  if (key.length > 40) return false;
  const normalized = withoutAccents(normalizeKeyName(key));
  return FAMILY_MEMBERS.has(normalized) || GIVEN_MEMBERS.has(normalized) || vocabularyNameParts(key) !== undefined;
}

/**
 * The members of an object that are the parts of one person's name: its given, middle and
 * family members when it has a family member and a given member (`{ first: 'Siosaia', last:
 * 'Fifita' }`: the sixth probe of 2026-12-03 found `first` stored raw beside a masked `last`).
 * Empty when the object is no such name.
 */
export function nameMembers(keys: readonly string[]): Set<string> {
  const parts = new Set<string>();
  let family = false;
  let given = false;
  // The other languages' words (key-vocabulary.ts `words` vocabularies: `{ uzvards, vards }`,
  // `{ eponymo, onoma }`), and a family word common elsewhere only beside its own language's given
  // or generic word (`{ ime, familia }` of Bulgarian; a Spanish `{ nombre, familia }` is a product's).
  let paired: string[] | undefined;
  const languages = new Set<string>();
  for (const key of keys) {
    if (key.length > 40) continue;
    const normalized = withoutAccents(normalizeKeyName(key));
    if (FAMILY_MEMBERS.has(normalized)) {
      family = true;
      parts.add(key);
    } else if (GIVEN_MEMBERS.has(normalized)) {
      given = true;
      parts.add(key);
    } else {
      for (const { part, vocabulary } of vocabularyNameParts(key) ?? []) {
        if (part === 'pairedFamily') (paired ??= []).push(`${vocabulary} ${key}`);
        else {
          if (part === 'family') family = true;
          else given = true;
          languages.add(vocabulary);
          parts.add(key);
        }
      }
    }
  }
  for (const entry of paired ?? []) {
    const space = entry.indexOf(' ');
    if (!languages.has(entry.slice(0, space))) continue;
    family = true;
    parts.add(entry.slice(space + 1));
  }
  return family && given ? parts : new Set();
}

/** FHIR resource types whose Reference.display is a person's name (FHIR R4 Reference.display). */
const PERSON_RESOURCES = /^(?:Patient|Practitioner|RelatedPerson|Person|PractitionerRole)$/;
/** Members of FHIR resources that hold a Reference to a person (`subject`, `performer`, `individual`). */
const PERSON_REFERENCE_MEMBERS = new Set([
  'subject', 'patient', 'performer', 'requester', 'author', 'individual', 'beneficiary', 'practitioner', 'recorder', 'asserter', 'informant', 'attester',
  'generalpractitioner', 'participant', 'actor', 'who', 'onbehalfof', 'enterer', 'provider', 'referrer', 'policyholder', 'subscriber', 'payee', 'sender',
  'recipient', 'owner', 'source', 'verifiedwith', 'party', 'signer', 'collector', 'orderer', 'responsible', 'careprovider', 'managingorganization',
]);

/**
 * Whether an object is a FHIR Reference whose `display` is a person's name: its `reference` (or
 * `type`) names a Patient, Practitioner, RelatedPerson or Person (`{ reference: 'Patient/123',
 * display: 'HAVILI, Tevita' }`), `'named'`; or it has no reference and sits under a member that
 * holds a Reference to a person (`subject`, `individual`, `performer`), `'member'` (the display is
 * then a name only when it has a name's shape). Undefined otherwise.
 */
export function personReference(value: Readonly<Record<string, unknown>>, keys: readonly string[], parent: string | undefined): 'named' | 'member' | undefined {
  if (!keys.includes('display') || keys.length > 8 || typeof value.display !== 'string') return undefined;
  const reference = value.reference;
  if (typeof reference === 'string') {
    const match = /(?:^|\/)([A-Z][A-Za-z]+)\/[^/]+(?:\/_history\/[^/]+)?$/.exec(reference);
    return match !== null && PERSON_RESOURCES.test(match[1] as string) ? 'named' : undefined;
  }
  if (typeof value.type === 'string') return PERSON_RESOURCES.test(value.type) ? 'named' : undefined;
  return parent !== undefined && PERSON_REFERENCE_MEMBERS.has(normalizeKeyName(parent)) ? 'member' : undefined;
}

// ------------------------------------------------------------------- abbreviated key names

/**
 * Abbreviations of a member or column name's words as bank, insurer and EHR cores and their
 * exports write them (the fifth probe of 2026-12-04, K3: `brth_dt`, `last_nm`, `frst_nm`,
 * `pat_lname`, `CUST_LAST_NAME`, `MBR_NO`, `home_ph`, `ph_no` were stored raw): the word each
 * stands for, one word or two (`lname` is `last name`). Read only in a name of two words or more,
 * and only when the name as written decides nothing, so `pt` of `pt_name` and `pat` of
 * `pat_token` keep their own readings; a lone abbreviation is no name (`ph` is a pH as often; see
 * WHOLE_ABBREVIATIONS for the few that are).
 */
const WORD_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['nm', 'name'], ['nme', 'name'], ['nam', 'name'],
  ['frst', 'first'], ['fst', 'first'], ['fir', 'first'], ['lst', 'last'], ['lt', 'last'], ['mid', 'middle'], ['mdl', 'middle'], ['midl', 'middle'],
  ['fnm', 'first name'], ['lnm', 'last name'], ['mnm', 'middle name'], ['fname', 'first name'], ['lname', 'last name'], ['mname', 'middle name'], ['sname', 'surname'], ['surnm', 'surname'], ['srnm', 'surname'],
  ['brth', 'birth'], ['bth', 'birth'], ['brt', 'birth'], ['birt', 'birth'], ['dt', 'date'], ['dte', 'date'], ['dat', 'date'],
  ['ph', 'phone'], ['phn', 'phone'], ['phon', 'phone'], ['fon', 'phone'], ['mob', 'mobile'], ['mbl', 'mobile'], ['mobl', 'mobile'], ['cel', 'cell'], ['tele', 'telephone'],
  ['cust', 'customer'], ['cus', 'customer'], ['cst', 'customer'], ['mbr', 'member'], ['memb', 'member'], ['mem', 'member'],
  ['pat', 'patient'], ['pt', 'patient'], ['ptnt', 'patient'], ['pnt', 'patient'], ['subscr', 'subscriber'], ['sbscr', 'subscriber'], ['sbr', 'subscriber'],
  ['emp', 'employee'], ['empl', 'employee'], ['ee', 'employee'], ['benef', 'beneficiary'], ['bene', 'beneficiary'], ['bnf', 'beneficiary'],
  ['grdn', 'guardian'], ['gdn', 'guardian'], ['sps', 'spouse'], ['spse', 'spouse'], ['cntct', 'contact'], ['ctct', 'contact'],
  ['geb', 'birth'], ['emrg', 'emergency'], ['emer', 'emergency'], ['hm', 'home'], ['wrk', 'work'], ['addr', 'address'], ['adr', 'address'],
  ['appl', 'applicant'], ['brwr', 'borrower'], ['acct', 'account'], ['hldr', 'holder'], ['ins', 'insured'],
]);
/** Abbreviations that are a name alone: German `geb` (geboren, on forms `geb.`), `mob` (a mobile's number). */
const WHOLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['geb', 'geboren'], ['gebdt', 'geburtsdatum'], ['mob', 'mobile'], ['mobno', 'mobile number']]);
/** Parts of a name written after `name` (`nameLast`, `name_first`): read as `last name`. */
const NAME_PART_AFTER = new Set(['last', 'first', 'middle', 'given', 'family', 'full', 'maiden', 'legal', 'preferred']);
/** The last expansions (bounded, cleared whole when full): names recur in every event. */
const expandedNames = new Map<string, string | null>();

/**
 * A member or column name with its abbreviated words written out (WORD_ABBREVIATIONS), a trailing
 * number off its last word (`surname1`, `phone2`: the second of several) and a name part written
 * after `name` put before it (`nameLast`, `name_first`, `pat_nm_last`), joined by `_`; undefined
 * when nothing changes. `brth_dt` is `birth_date`, `last_nm` `last_name`, `pat_lname`
 * `patient_last_name`, `CUST_LAST_NAME` `customer_last_name`, `MBR_NO` `member_no`, `home_ph`
 * `home_phone`, `geb` `geboren`. The caller reads the result as it reads a name as written
 * (columnKind, and redactor.ts keyDecision), only when the name as written decides nothing.
 */
export function expandedKeyName(name: string): string | undefined {
  if (name.length === 0 || name.length > 64) return undefined;
  let expanded = expandedNames.get(name);
  if (expanded === undefined) {
    expanded = readExpandedKeyName(name) ?? null;
    if (expandedNames.size >= 4096) expandedNames.clear();
    expandedNames.set(name, expanded);
  }
  return expanded ?? undefined;
}
function readExpandedKeyName(name: string): string | undefined {
  const words = keyWords(name);
  if (words.length === 0 || words.length > 6) return undefined;
  let changed = false;
  // `surname1`, `phone2`, `MBR_NO2`: the last word without its number (a word of letters and then digits).
  const last = words[words.length - 1] as string;
  const numbered = /^(\p{L}{2,})\d{1,2}$/u.exec(last);
  if (numbered !== null) {
    words[words.length - 1] = numbered[1] as string;
    changed = true;
  } else if (/^\d{1,2}$/.test(last) && words.length > 1) {
    words.pop();
    changed = true;
  }
  if (words.length === 1) {
    const whole = WHOLE_ABBREVIATIONS.get(words[0] as string);
    if (whole !== undefined && whole !== words[0]) return whole.replace(/ /g, '_');
    return changed ? words[0] : undefined;
  }
  const out: string[] = [];
  for (const word of words) {
    const long = WORD_ABBREVIATIONS.get(word);
    if (long === undefined) out.push(word);
    else {
      out.push(...long.split(' '));
      changed = true;
    }
  }
  for (let i = 0; i + 1 < out.length; i++) {
    // `dob_dt`, `cust_dob_dt`: a date of birth's date is the date of birth.
    if (out[i] === 'dob' && out[i + 1] === 'date') {
      out.splice(i + 1, 1);
      changed = true;
    }
    if (out[i] === 'name' && NAME_PART_AFTER.has(out[i + 1] as string)) {
      out[i] = out[i + 1] as string;
      out[i + 1] = 'name';
      changed = true;
      i++;
    }
  }
  return changed ? out.join('_') : undefined;
}

// ----------------------------------------------------------------------------- column kinds

/**
 * What a column's name says its values are, one rule for every place that reads values under a
 * column's or a key's name in text: SQL's `INSERT … (cols) VALUES`, `UPDATE … SET col =` and
 * `WHERE col =` (detectors.ts), a Postgres constraint message's `Key (cols)=(values)`
 * (pg-details.ts) and a delimited table's header (redactor.ts maskTableColumns; issue 11 review:
 * the three had their own copies and disagreed). `identity` is a default identity key
 * (DEFAULT_IDENTITY_KEYS: `ssn`, `tax_id`), a GovernmentIdKey another government id's name
 * (`passport`, `national_id`); `addressNumber` a numbered address part (`zip`, `house_number`).
 */
export type ColumnKind = 'person' | 'dob' | 'address' | 'addressNumber' | 'identity' | GovernmentIdKey | 'email' | 'secret' | NumberKeyKind | 'none';

/** Column names (normalized) that hold email addresses. */
const EMAIL_COLUMNS: ReadonlySet<string> = new Set(['email', 'mail', 'emailaddress', 'mailaddress', 'correo', 'courriel', 'useremail', 'contactemail']);
const identityKeyNames = DEFAULT_IDENTITY_KEYS.map(normalizeKeyName);
/** Column names repeat across texts: their kind is kept (at most 2,048 names, cleared whole when full). */
const columnKindCache = new Map<string, ColumnKind>();

/**
 * The kind of personal data a column or key name (as written: `last_name`, `dateOfBirth`,
 * `"Email"`) names, in this order: a person's name (isPersonKeyName), a date of birth or death
 * (isDobKeyName), a part of a postal address below the city (isAddressPartKeyName), a government
 * id (DEFAULT_IDENTITY_KEYS, governmentIdKey), an email (EMAIL_COLUMNS), a secret (namesSecret), a
 * card, phone or account number (numberKeyKind); else `none`. A generic `name` is `none` here:
 * columnKinds decides it by its neighbours. Names over 128 characters name nothing.
 */
export function columnKind(name: string): ColumnKind {
  if (name.length > 128) return 'none';
  let kind = columnKindCache.get(name);
  if (kind !== undefined) return kind;
  kind =
    isPersonKeyName(name) ? 'person'
    : isDobKeyName(name) ? 'dob'
    : isAddressPartKeyName(name) ? (isNumberedAddressPart(name) ? 'addressNumber' : 'address')
    : matchKeyName(name, identityKeyNames) !== undefined ? 'identity'
    : (governmentIdKey(name) ?? (EMAIL_COLUMNS.has(normalizeKeyName(name)) ? 'email' : namesSecret(name) ? 'secret' : (numberKeyKind(name) ?? 'none')));
  if (kind === 'none') {
    // An abbreviated column's name (`brth_dt`, `last_nm`, `CUST_LAST_NAME`) as its words written out.
    const expanded = expandedKeyName(name);
    if (expanded !== undefined) kind = columnKind(expanded);
  }
  if (columnKindCache.size >= 2048) columnKindCache.clear();
  columnKindCache.set(name, kind);
  return kind;
}

/**
 * Whether a member name beside a generic `name` makes that `name` a person's (`{ name: 'tevita
 * havili', ssn: '536-22-8514' }`; a probe of 2026-12-04 found the name raw): a government id, a
 * date of birth, an email, a phone number, a postal address or its street, another person's-name
 * key (columnKind), or `address`. Not a card or an account number, a postcode alone or a secret:
 * accounts, stores and services have names too (`{ name: 'Plaid Checking', account_id }`).
 */
export function isPersonalSiblingKey(name: string): boolean {
  if (isGenericNameKey(name)) return false;
  const kind = columnKind(name);
  if (kind === 'none') return normalizeKeyName(name) === 'address';
  return kind !== 'secret' && kind !== 'CARD' && kind !== 'ACCOUNT' && kind !== 'addressNumber';
}

/**
 * The kinds of one row's or one statement's columns (columnKind each), with a generic name column
 * (`name`, `nom`, `nombre`: isGenericNameKey) a `person` when another column names personal data
 * (any kind but `none` and `secret`) or a surname or given name (hasSurnameKey), or when `personal`
 * says the caller knows of such a column (a health identifier's, redactor.ts). `{ name, api_key }`
 * and `{ name, order_id }` name a service and a product as often: their `name` stays `none`.
 */
export function columnKinds(names: readonly string[], personal = false): ColumnKind[] {
  const kinds = names.map(columnKind);
  if (!names.some(isGenericNameKey)) return kinds;
  if (personal || kinds.some((kind) => kind !== 'none' && kind !== 'secret') || hasSurnameKey(names)) {
    for (let c = 0; c < kinds.length; c++) if (kinds[c] === 'none' && isGenericNameKey(names[c] as string)) kinds[c] = 'person';
  }
  return kinds;
}

/**
 * A key in base64 (`+`, `/`, `=`: an Azure storage or service key of 88 characters, a 256-bit key of
 * 44), which isRandomToken (letters, digits, `_`, `-`) leaves out: 32 to 1024 characters of the
 * base64 alphabet with up to two `=` at the end, a `+`, `/` or `=` among them, upper-case and
 * lower-case letters and digits, more than 4.5 bits of entropy per character (random base64 carries
 * about 5.5), and no path (`/` first, `//`). Asked only where a member or a table row names a key
 * (the 'tokenKey' decision; L13 of the probe of 2026-12-06: `StorageKey  Pq8vW2xZ…==` was stored).
 */
export function base64KeyValue(value: string): boolean {
  if (value.length < 32 || value.length > 1024 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value) || !/[+/=]/.test(value)) return false;
  if (value.startsWith('/') || value.includes('//') || !/[A-Z]/.test(value) || !/[a-z]/.test(value) || !/\d/.test(value)) return false;
  return entropy(value) > 4.5;
}
/** Words before `key` that isTokenKeyName leaves to ids (`storageKey` as an object's path, `primaryKey` as a row's) but that name a storage account's or a service's key in cloud CLIs' output (`StorageKey`, Azure's `primaryKey`). */
const STORAGE_KEY_OWNERS: ReadonlySet<string> = new Set(['storage', 'primary']);
/**
 * Whether `value` under the member or row `name` is a storage account's or a service's key: the
 * name's words end in one of STORAGE_KEY_OWNERS and `key` (`StorageKey`, `storage_key`,
 * `primaryKey`), and the value is a base64 key with its `=` padding (base64KeyValue, 40 characters
 * or more: Azure's keys are 88 with `==`), which neither an object's path nor a row's id has
 * (L13 of the probe of 2026-12-06: a PowerShell `Name Value` table's `StorageKey` row was stored).
 */
export function storageKeyValue(name: string, value: string, prefixed = false): boolean {
  return value.length >= 40 && value.endsWith('=') && storageKeyName(name, prefixed) && base64KeyValue(value);
}
/**
 * A name of two words, one of STORAGE_KEY_OWNERS and `key` (`StorageKey`, `storage_key`, `primaryKey`): storageKeyValue's;
 * with `prefixed`, after other words too (`AZURE_STORAGE_KEY` in an environment assignment; the open part of L13 of 2026-12-06).
 */
export function storageKeyName(name: string, prefixed = false): boolean {
  if (name.length > 40 || !/key$/i.test(name)) return false;
  const words = keyWords(name);
  return (words.length === 2 || (prefixed && words.length > 2)) && STORAGE_KEY_OWNERS.has(words[words.length - 2] as string);
}
