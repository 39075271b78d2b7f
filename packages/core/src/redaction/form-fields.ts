import { PASSWORD_WORDS } from './key-names.js';

// ------------------------------------------------- a form field and the text typed into it
// Issue 11, the sixth fresh probe of 2026-12-03: browser and computer-use tools name the field in
// one member and carry the typed text in another, and the text was stored raw:
// Playwright MCP `browser_type { element: "Password field", ref: "e34", text: "…" }`,
// `fill { selector: "#password", value: "…" }`, `{ selector: "input[type=password]", value }`,
// `{ field: "password", value }`, `{ label: "Password", input }`, `{ id: "pass", value }`,
// `{ ref: "input[name=pwd]", value }`. The redactor decides per object (redactor.ts): an object
// whose describing member (selector, element, field, name, label, placeholder, ref, id, locator,
// target, aria-label) names a password, PIN, CVV or secret has its text members (text, value,
// input, answer, keys, typed) masked as a secret. A field about a password that takes no secret
// (`#forgot-password`, `Show password` toggles, `password-strength` meters) does not count.

const DESCRIBING = new Set(['selector', 'element', 'field', 'fieldname', 'field_name', 'name', 'label', 'placeholder', 'ref', 'id', 'locator', 'target', 'aria-label', 'arialabel', 'aria_label', 'input_name', 'inputname', 'title']);
const TYPED = new Set(['text', 'value', 'input', 'answer', 'keys', 'typed']);
/** Words that name a secret field: the one-word password words of key-names.ts, PIN, CVV and kin, secret. */
const SECRET_WORDS: ReadonlySet<string> = new Set([
  ...PASSWORD_WORDS.filter((word) => !/[\s/-]/.test(word)).map((word) => word.toLowerCase()),
  'passwd', 'pass', 'pwd', 'pw', 'pin', 'pincode', 'cvv', 'cvv2', 'cvc', 'cvc2', 'csc', 'cvn', 'secret', 'passcode', 'otp', 'totp', 'mfa',
]);
/** Words that make a field one about a password that takes none (a link, a toggle, a meter, a hint). */
const ABOUT_WORDS: ReadonlySet<string> = new Set(['forgot', 'forgotten', 'reset', 'show', 'hide', 'toggle', 'hint', 'strength', 'policy', 'link', 'button', 'btn', 'help', 'error', 'errors', 'requirements', 'rules', 'meter', 'visibility', 'visible', 'eye', 'icon', 'manager', 'remember', 'santa']);

/** The words of a member's string: letters split at non-letters and at a lower-case letter before a capital. */
function wordsOf(value: string): string[] {
  return value
    .slice(0, 200)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** Whether a describing member's string names a secret field. */
export function namesSecretField(value: string): boolean {
  const words = wordsOf(value);
  return words.some((word) => SECRET_WORDS.has(word)) && !words.some((word) => ABOUT_WORDS.has(word));
}

/**
 * The members of `value` that hold text typed into a secret field, or undefined: a describing
 * member names a password, PIN, CVV or secret, and the object has a typed-text member.
 */
export function typedSecretMembers(value: Record<string, unknown>, keys: readonly string[]): ReadonlySet<string> | undefined {
  if (keys.length > 16) return undefined;
  const typed = keys.filter((key) => TYPED.has(key.toLowerCase()) && (typeof value[key] === 'string' || typeof value[key] === 'number'));
  if (typed.length === 0) return undefined;
  const describing = keys.filter((key) => DESCRIBING.has(key.toLowerCase()) && !TYPED.has(key.toLowerCase()) && typeof value[key] === 'string' && namesSecretField(value[key] as string));
  if (describing.length === 0) return undefined;
  // `{ name, value }` is the redactor's pair rule (its name decides, in objects of up to 8 members); `name` here decides for the other typed members.
  const members = describing.every((key) => key === 'name') ? typed.filter((key) => key !== 'value') : typed;
  return members.length === 0 ? undefined : new Set(members);
}

/**
 * A Kubernetes Secret as an object (`{ apiVersion, kind: "Secret", data: { … }, stringData: { … } }`,
 * the core/v1 API): its `data` (Base64) and `stringData` members hold the secret values.
 */
export function isKubernetesSecret(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return value.kind === 'Secret' && (keys.includes('data') || keys.includes('stringData')) && (keys.includes('apiVersion') || keys.includes('metadata') || keys.includes('type'));
}
