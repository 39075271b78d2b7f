import { keyWords, PASSWORD_WORDS } from './key-names.js';

// ------------------------------------------------- a form field and the text typed into it
// Issue 11, the sixth fresh probe of 2026-12-03: browser and computer-use tools name the field in
// one member and carry the typed text in another, and the text was stored raw:
// Playwright MCP `browser_type { element: "Password field", ref: "e34", text: "…" }`,
// `fill { selector: "#password", value: "…" }`, `{ selector: "input[type=password]", value }`,
// `{ field: "password", value }`, `{ label: "Password", input }`, `{ id: "pass", value }`,
// `{ ref: "input[name=pwd]", value }`. The redactor decides per object (redactor.ts): an object
// whose describing member (selector, element, field, name, label, placeholder, ref, id, locator,
// target, aria-label, title; question, prompt since F4 of the probe of 2026-12-04) names a password,
// PIN, CVV or secret has its text members (text, value, input, answer, response, keys, typed)
// masked as a secret. A field about a password that takes no secret
// (`#forgot-password`, `Show password` toggles, `password-strength` meters) does not count.

const DESCRIBING = new Set(['selector', 'element', 'field', 'fieldname', 'field_name', 'name', 'label', 'placeholder', 'ref', 'id', 'locator', 'target', 'aria-label', 'arialabel', 'aria_label', 'input_name', 'inputname', 'title', 'question', 'prompt']);
const TYPED = new Set(['text', 'value', 'input', 'answer', 'keys', 'typed', 'response']);
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

/** Whether a field's name says it is about a secret without taking one (`Show password`, `#forgot-password`, `Password strength`). */
export function aboutSecretField(value: string): boolean {
  return wordsOf(value).some((word) => ABOUT_WORDS.has(word));
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

// ------------------------------------------------- a form field and its answer, any kind
// Issue 11, the probe of 2026-12-04 (F4): form builders, surveys and agents' form-filling tools
// name the field in one member and carry the answer in another (`{ label: "SSN", value }`,
// `{ question: "What is your SSN?", answer }`, a Typeform answer `{ field: { ref: "ssn" }, type:
// "text", text }`), and only `{ name | key, value }` was read as a pair. The redactor reads the
// field's name with the rules of a member name (redactor.ts `keyDecision`), and a free-text label
// by its words (`labelDecision`), and that decides for the answer as a member name would.

/**
 * Members that name a form field, in the order they are read (`name` and `key` last: the pair rule
 * reads them for `value` first). `element` is Playwright MCP's description of the field
 * (`browser_type { element: "Last name", ref, text }`); `selector`, `locator` and `target` a CSS
 * selector or a Playwright locator, read for the field's name they hold (selectorFieldName).
 */
const FIELD_NAMES = ['label', 'element', 'selector', 'locator', 'target', 'placeholder', 'question', 'prompt', 'title', 'field', 'ref', 'id', 'name', 'key'] as const;
/** Members whose string is a CSS selector or a Playwright locator (selectorFieldName). */
const SELECTOR_MEMBERS: ReadonlySet<string> = new Set(['selector', 'locator', 'target']);
/**
 * An attribute that names a field inside a CSS selector (`input[name="dob"]`, `[data-testid="phone-input"]`,
 * `[aria-label='Card security code']`, `[autocomplete=cc-csc]`), its value quoted or not.
 */
const SELECTOR_ATTRIBUTE = /\[\s{0,3}(?:name|id|data-testid|data-test-id|data-test|data-qa|data-cy|aria-label|placeholder|autocomplete|title|for|formcontrolname)\s{0,3}[~|^$*]?=\s{0,3}(?:"([^"\]]{1,80})"|'([^'\]]{1,80})'|([^\]\s"']{1,80}))/i;
/** A Playwright locator's label, placeholder, test id or accessible name (`getByLabel('Date of birth')`, `getByRole('textbox', { name: 'Surname' })`). */
const LOCATOR_NAME = /getBy(?:Label|Placeholder|TestId|Title)\(\s{0,3}["'`]([^"'`]{1,80})["'`]|\bname\s{0,3}:\s{0,3}["'`]([^"'`]{1,80})["'`]/;
/** The last `#id` of a selector (`#passport`, `form#checkout input#last_name`). */
const SELECTOR_ID = /#([A-Za-z][\w-]{0,79})(?![\w-])(?!.*#[A-Za-z])/;

/**
 * The field's name that a CSS selector or a Playwright locator holds (L1 of the README-only probe
 * of 2026-12-06b: browser agents name the field by its selector, `{ selector: '#passport', value }`,
 * and the value was stored raw): a naming attribute's value, a locator's label or name, else the
 * last `#id`; `-`, `_` and `.` read as blanks (`phone-input` as `phone input`, so its words are
 * read as a label's). Undefined when it holds none; reads at most 200 characters.
 */
export function selectorFieldName(selector: string): string | undefined {
  if (selector.length === 0 || selector.length > 200) return undefined;
  const attribute = SELECTOR_ATTRIBUTE.exec(selector);
  const locator = attribute === null ? LOCATOR_NAME.exec(selector) : null;
  const id = attribute === null && locator === null ? SELECTOR_ID.exec(selector) : null;
  const name = attribute?.[1] ?? attribute?.[2] ?? attribute?.[3] ?? locator?.[1] ?? locator?.[2] ?? id?.[1];
  return name === undefined ? undefined : name.replace(/[-_.]+/g, ' ').trim() || undefined;
}
/**
 * Members that hold a field's answer; `text` only when none of the others is there (then it is the
 * question: `{ text, answer }`), and beside a label, question, prompt, field, ref or id only.
 */
const FIELD_ANSWERS = ['value', 'answer', 'response'] as const;
/** An id or ref that can name a field: a word with at most three digits (`ssn`, `date_of_birth`, `q_ssn`), not an opaque id (`fld_123`, `msg_01J…`, a UUID). */
const FIELD_ID = /^\p{L}[\p{L}\p{N}_ .:-]{0,63}$/u;
/** An answer longer than this is text of its own (an article under a `title`): its detectors read it, no label decides for it whole. */
const MAX_ANSWER_CHARS = 256;

export interface FormField {
  /** The strings that may name the field, in order (`field.ref`, `field.id` of a Typeform answer among them). */
  names: string[];
  /** The members that hold the answer. */
  answers: string[];
}

function fieldName(member: string, name: unknown): name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 128) return false;
  if (member !== 'id' && member !== 'ref' && member !== 'key') return true;
  if (!FIELD_ID.test(name)) return false;
  let digits = 0;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) >= 48 && name.charCodeAt(i) <= 57 && ++digits > 3) return false;
  return true;
}

function isAnswer(answer: unknown): boolean {
  if (typeof answer === 'number') return true;
  if (typeof answer === 'string') return answer.length > 0 && answer.length <= MAX_ANSWER_CHARS;
  return Array.isArray(answer) && answer.length > 0 && answer.length <= 16 && answer.every((item) => typeof item === 'number' || (typeof item === 'string' && item.length <= MAX_ANSWER_CHARS));
}

/**
 * A form field and its answer in one object of up to 8 members, or undefined: a member that names
 * the field (`label`, `question`, `prompt`, `title`, `field`, `ref`, `id`; `name`, `key`; a
 * Typeform `field: { ref, id }`) beside one that holds the answer (`value`, `answer`, `response`,
 * else `text` but not beside a `title` or `name` alone; a Typeform answer's member named by its
 * `type`: `{ type: "date", date }`), a string of at most 256 characters, a number, or a short list
 * of them.
 */
export function formFieldOf(value: Record<string, unknown>, keys: readonly string[]): FormField | undefined {
  if (keys.length > 8 || keys.length < 2) return undefined;
  const answers: string[] = [];
  for (const member of FIELD_ANSWERS) if (keys.includes(member) && isAnswer(value[member])) answers.push(member);
  const textAnswers = answers.length === 0;
  if (textAnswers && keys.includes('text') && isAnswer(value.text)) answers.push('text');
  const field = keys.includes('field') ? value.field : undefined;
  const typeform = field !== null && typeof field === 'object' && !Array.isArray(field);
  if (typeform && typeof value.type === 'string' && value.type !== 'type' && !(FIELD_NAMES as readonly string[]).includes(value.type) && !answers.includes(value.type) && keys.includes(value.type) && isAnswer(value[value.type])) answers.push(value.type);
  if (answers.length === 0) return undefined;
  const names: string[] = [];
  for (const member of FIELD_NAMES) {
    // `{ title, text }`, `{ name, text }` are a document or a note and its body, not a field and its answer.
    if (!keys.includes(member) || (textAnswers && (member === 'title' || member === 'name' || member === 'key'))) continue;
    const name = value[member];
    if (SELECTOR_MEMBERS.has(member)) {
      const named = typeof name === 'string' ? selectorFieldName(name) : undefined;
      if (named !== undefined) names.push(named);
    } else if (fieldName(member, name)) names.push(name);
    else if (member === 'field' && typeform) {
      const inner = field as Record<string, unknown>;
      for (const part of ['title', 'label', 'ref', 'id'] as const) if (fieldName(part === 'title' || part === 'label' ? 'label' : 'ref', inner[part])) names.push(inner[part] as string);
    }
  }
  // `{ text: "What is your SSN?", answer }`: the text is the question.
  if (!textAnswers && keys.includes('text') && fieldName('text', value.text)) names.push(value.text);
  return names.length === 0 ? undefined : { names, answers };
}

/** Words that neither start nor end a label's name: a question's and an instruction's words. */
const LABEL_FILLER: ReadonlySet<string> = new Set([
  'what', 'whats', 'which', 'who', 'whom', 'whose', 'when', 'where', 'how', 'why', 'is', 'are', 'was', 'were', 'be', 'do', 'does', 'did', 'have', 'has', 'can', 'could', 'should', 'would', 'will',
  'your', 'you', 'yours', 'my', 'our', 'we', 'i', 'me', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 's', 'of', 'and', 'or', 'to', 'for', 'from', 'in', 'on', 'at', 'by', 'with', 'as', 'if', 'any',
  'please', 'enter', 'provide', 'type', 'give', 'tell', 'us', 'share', 'confirm', 'fill', 'write', 'input', 'here', 'below', 'optional', 'required', 'reach', 'contact', 'best',
]);
/** A free-text label is read by its words up to this many (a longer one is prose, not a field's name). */
const MAX_LABEL_WORDS = 16;
/** The longest run of a label's words read as one name (`what is your social security number`: `social security number`). */
const MAX_NAME_WORDS = 4;

/**
 * What a field's label decides, read as a member name would be (`decide`: the redactor's
 * `keyDecision`, `none` its nothing): the label as written (`Date of birth`, `Mobile`, `SSN`),
 * else, when it is free text (`What is your date of birth?`, `SSN (last 4)`, `Best phone number
 * to reach you`), the longest run of its words (at most 4, notes in brackets left out) that
 * neither starts nor ends with a question's or an instruction's word and names a kind that
 * `fromWords` takes (a field's data: not a person's role, `Notes about the patient`); the first
 * such run from the left among the longest.
 */
export function labelDecision<D>(label: string, decide: (name: string) => D, none: D, fromWords: (decision: D) => boolean): D {
  const whole = decide(label);
  if (whole !== none || !/\s/.test(label)) return whole;
  const words = keyWords(label.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' '));
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return none;
  for (let size = Math.min(MAX_NAME_WORDS, words.length); size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      const first = words[start] as string;
      const last = words[start + size - 1] as string;
      if (LABEL_FILLER.has(first) || LABEL_FILLER.has(last) || (size === 1 && first.length < 3)) continue;
      const run = words.slice(start, start + size).join(' ');
      if (run === label) continue;
      const decision = decide(run);
      if (decision !== none && fromWords(decision)) return decision;
    }
  }
  return none;
}

/**
 * A Kubernetes Secret as an object (`{ apiVersion, kind: "Secret", data: { … }, stringData: { … } }`,
 * the core/v1 API): its `data` (Base64) and `stringData` members hold the secret values.
 */
export function isKubernetesSecret(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return value.kind === 'Secret' && (keys.includes('data') || keys.includes('stringData')) && (keys.includes('apiVersion') || keys.includes('metadata') || keys.includes('type'));
}
