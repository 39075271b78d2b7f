/**
 * The answer in the turn after a question (support chats, call transcripts, a model that asks
 * and a user who answers): `What is your date of birth?` then `2 November 1979`, `And your
 * surname?` then `Vlintuk`. The answer names nothing itself; the question says what it is, as a
 * form field's label does (form-fields.ts labelDecision: the redactor reads the question with it).
 *
 * Three places (the redactor joins them): a chat's messages in one list (`[{ role: 'assistant',
 * content: Q }, { role: 'user', content: A }]`), a transcript in one text (`Agent: Q\nCustomer: A`,
 * `Q: …\nA: …`, `[12:02] Agent: …`), and two events of one session (the model asks in one
 * `model.response`, the user answers in the next event; the question's kind is held in session
 * memory only, one per session: SessionValues.asked).
 *
 * Only a whole short answer is taken (at most MAX_ANSWER_CHARS, one line, its first sentence
 * when a spelling follows: `Dorvane. D-O-R-V-A-N-E.`), and only when it has the asked kind's
 * shape (the redactor's answerValue): `I would rather not say` after a date-of-birth question stays.
 */

/** The longest end of a turn read for its question, in characters. */
export const MAX_QUESTION_CHARS = 240;
/** The longest answer taken whole, in characters (trimmed). */
export const MAX_ANSWER_CHARS = 64;

/** A request that asks for a value without a question mark: `Please confirm your date of birth.`, `Kindly provide your SSN`, `To finish, please type your password`. */
const REQUEST = /^(?:[\p{L} ]{1,40},\s+)?(?:(?:and|now|next|also|ok(?:ay)?|thanks?|great|first|finally|lastly)[,.!]?\s+)*(?:(?:please|kindly)\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?(?:confirm|enter|provide|state|give|tell|type|spell|share|verify|say|read)\b/iu;
/**
 * A question about a person's name: `What is your name?`, `your maiden name`, `First name?`, `full
 * name`, and the phone's ways of asking who speaks (`Who am I speaking with?`, `Who's calling?`,
 * `Who do I have on the line?`, `And you are?`, `What should I call you?`: K9 of the fifth probe
 * of 2026-12-04).
 */
const NAME_QUESTION = /\b(?:your|full|first|given|last|family|maiden|middle|sur|fore|legal)[ -]?names?\b|\bwhom?\s+(?:(?:am|do)\s+i|i\s+am|i['’]m|are\s+we|we\s+are|we['’]re|is\s+this|do\s+i\s+have\s+the\s+pleasure\s+of|i\s+have\s+the\s+pleasure\s+of)\s+(?:speaking|talking|chatting)\b|\bwho(?:['’]s|\s+is)\s+(?:this(?=(?:,?\s+please)?$)|calling|speaking|on\s+the\s+(?:line|phone|call))\b|\bwho\s+do\s+i\s+have\s+(?:on\s+the\s+(?:line|phone|call)|here)\b|\bwith\s+whom\s+(?:am\s+i|do\s+i|i\s+am)\b|\bwhat\s+(?:should|shall|can|may)\s+(?:i|we)\s+call\s+you\b|^(?:and\s+)?you\s+are$/i;
/**
 * A question or request for a secret the person types or says: `Please type your password.`,
 * `What's your PIN?`, `Read me the verification code` (K9 of the fifth probe of 2026-12-04).
 */
const SECRET_QUESTION = /\b(?:pass(?:word|code|phrase|wd)|pwd|pin(?:\s?(?:code|number))?|one[- ]time\s+(?:code|password|passcode)|otp|(?:security|verification|confirmation|authentication|auth|access|login|sms|2fa|mfa)\s+code|secret\s+(?:word|answer|phrase))\b/i;
/**
 * A question about a postal address named only `address` (`What's the address on file?`, `And the
 * address?`, `Can you confirm your address?`): `address` alone decides nothing as a member's name
 * (an email, a server, a wallet have one), so the answer must have a street line's shape
 * (streetLineAnswer). Not an email's, a network's or a wallet's address.
 */
const ADDRESS_QUESTION = /\baddress(?:es)?\b/i;
const OTHER_ADDRESS = /\b(?:e-?mail|mail\s+box|ip(?:v[46])?|mac|web|wallet|bitcoin|btc|eth(?:ereum)?|crypto|server|host|network|memory|hardware|contract|deposit|url|site|sender|reply-to|forwarding)\s+address|\baddress\s+(?:book|bar|space|line\s+\d|of\s+(?:the\s+)?(?:server|host|website|site|page|wallet|contract))\b/i;

/**
 * The question or request a turn ends with (its last sentence, without its final `?`, `.` or
 * `:`), or undefined when the turn ends with no question. `text`: a turn's whole text; only its
 * last MAX_QUESTION_CHARS characters are read.
 *
 * @example
 * askedIn('Thanks. What is your date of birth?'); // 'What is your date of birth'
 * askedIn('Please confirm your date of birth.');   // 'Please confirm your date of birth'
 */
export function askedIn(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  if (end === 0) return undefined;
  const last = text.charCodeAt(end - 1);
  const question = last === 63 /* ? */ || last === 0xff1f;
  const cut = question || last === 46 /* . */ || last === 58 /* : */ ? end - 1 : end;
  const from = Math.max(0, end - MAX_QUESTION_CHARS);
  // The last sentence: after the last `.`, `!`, `?` followed by a blank, or a line break.
  let start = cut;
  while (start > from) {
    const code = text.charCodeAt(start - 1);
    if (code === 10 || code === 13) break;
    if ((code === 46 || code === 33 || code === 63) && start < cut && isBlank(text.charCodeAt(start))) break;
    start--;
  }
  if (start === from && from > 0) return undefined;
  const sentence = text.slice(start, cut).trim();
  if (sentence.length < 3) return undefined;
  if (question || REQUEST.test(sentence)) return sentence;
  return undefined;
}

/** Whether a question asks for a person's name (`What is your name?`, `And your surname?` is the key rules', `Who am I speaking with?`). */
export function asksForName(question: string): boolean {
  return NAME_QUESTION.test(question);
}

/** Whether a question asks for a password, a PIN or a one-time code (`Please type your password`, `What's your PIN`). */
export function asksForSecret(question: string): boolean {
  return SECRET_QUESTION.test(question);
}

/** Whether a question asks for a postal address by the bare word `address` (`What's the address on file`), not an email's or a server's. */
export function asksForStreetAddress(question: string): boolean {
  return ADDRESS_QUESTION.test(question) && !OTHER_ADDRESS.test(question);
}

/** Words typed after a password's prompt that are no password (`done`, `sent`, `forgot`). */
const NO_SECRET = /^(?:done|sent|typed|entered|submitted|forgot|forgotten|nevermind|cancel|help|reset|again|same|what|which|where|why|how)$/i;

/**
 * Whether a whole answer has a typed secret's shape: one token of 4 to 64 characters without a
 * blank that holds a digit, a symbol or a capital after its first letter (`Tq5Xm8Lvq2`,
 * `hunter2`, `4821`); a word of small letters alone (`done`, `correcthorse`) is not taken.
 */
export function secretAnswer(answer: string): boolean {
  if (answer.length < 4 || answer.length > 64 || /\s/.test(answer) || NO_SECRET.test(answer)) return false;
  return /[^\p{L}]/u.test(answer) || /\p{Lu}/u.test(answer.slice(1));
}

/**
 * Whether a whole answer has a street line's shape: a house number then a word (`42 quillon row,
 * springfield`, `7b Marlow Close`, `12-14 Queen St`), a street's name then its number
 * (`Hauptstraße 5`, `Keizersgracht 123, Amsterdam`), or a post office box.
 */
export function streetLineAnswer(answer: string): boolean {
  return /^\d{1,6}[a-z]?(?:[-\/]\d{1,5}[a-z]?)?,?\s+\p{L}{2,}/iu.test(answer) || /^\p{L}[\p{L}.'’-]{2,}(?:\s\p{L}[\p{L}.'’-]*){0,3}\s\d{1,5}[a-z]?(?:,|$|\s)/u.test(answer) || /^p\.?\s?o\.?\s?box\s+\d/i.test(answer);
}

/** Words that answer no question with a value: `Yes`, `Sorry?`, `Why`. */
const NO_VALUE = new Set(['yes', 'yeah', 'yep', 'no', 'nope', 'ok', 'okay', 'sure', 'correct', 'right', 'sorry', 'pardon', 'thanks', 'thank you', 'hello', 'hi', 'hey', 'why', 'what', 'huh', 'none', 'n/a', 'na', 'unknown', 'skip', 'later', 'wait', 'hold on', 'one moment', 'just a moment', 'same', 'same as before', 'not sure', 'i don\'t know', 'idk', 'no idea']);

/**
 * The span of a turn's whole short answer in `text` (from `start`), or undefined: one line of at
 * most MAX_ANSWER_CHARS characters, trimmed, without a final `.` or `!`; when a spelling or
 * more follows its first sentence (`Dorvane. D-O-R-V-A-N-E.`), the first sentence. A word that
 * answers with no value (`Yes`, `Sorry?`) or a question back is none.
 */
export function answerSpan(text: string, start = 0, end = text.length): { start: number; end: number } | undefined {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (end - start === 0 || end - start > MAX_ANSWER_CHARS * 2) return undefined;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return undefined;
    // The first sentence: a `.` followed by a blank ends it (`Dorvane. D-O-R-V-A-N-E.`).
    if ((code === 46 || code === 33) && i + 1 < end && isBlank(text.charCodeAt(i + 1)) && i > start + 1) {
      end = i;
      break;
    }
  }
  while (end > start && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 33 || isBlank(text.charCodeAt(end - 1)))) end--;
  if (end - start === 0 || end - start > MAX_ANSWER_CHARS || text.charCodeAt(end - 1) === 63) return undefined;
  if (NO_VALUE.has(text.slice(start, end).toLowerCase().replace(/[,.!]+$/, ''))) return undefined;
  return { start, end };
}

/**
 * A typed secret's span to the end of its token: answerSpan leaves a final `.` or `!` out of an
 * answer, which a password may end with (`hunter2!`); for a secret the mask takes it too.
 */
export function secretSpan(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let end = span.end;
  while (end < text.length && !isBlank(text.charCodeAt(end))) end++;
  return end === span.end ? span : { start: span.start, end };
}

/** One question and the span of its answer in a transcript. */
export interface TranscriptAnswer {
  question: string;
  start: number;
  end: number;
}

/** Whether a text may hold a transcript's question and answer (a line break and a `?` or a request's word): the cheap test before transcriptAnswers. */
export function mayHoldTurns(text: string): boolean {
  return text.length >= 8 && text.indexOf('\n') > 0 && (text.indexOf('?') >= 0 || text.indexOf('lease') > 0 || text.indexOf('onfirm') > 0);
}

/** A transcript line's speaker: an optional `[12:02]` or `12:02:10` time, then a label of up to 32 characters and a `:` (`Agent:`, `Q:`, `S2:`, `Qxaro Vlintuk:`). */
const SPEAKER = /^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*|\(?\d{1,2}:\d{2}(?::\d{2})?\)?[ \t]+)?(?:[\p{L}\p{N}][\p{L}\p{N} ._'’-]{0,31}):[ \t]*/u;

/**
 * The answers of a transcript in one text: a line with a speaker (SPEAKER) that ends with a
 * question (askedIn), then the next non-blank line, with a speaker too, whose whole text is a
 * short answer (answerSpan). Each line is read once (linear in the text).
 *
 * @example
 * transcriptAnswers('Agent: What is your date of birth?\nCustomer: 12/03/1984');
 * // [{ question: 'What is your date of birth', start: 45, end: 55 }]
 */
export function transcriptAnswers(text: string): TranscriptAnswer[] {
  const out: TranscriptAnswer[] = [];
  let question: string | undefined;
  let at = 0;
  while (at < text.length) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(at, lineEnd > at && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
    if (line.trim().length > 0) {
      const speaker = line.length <= MAX_QUESTION_CHARS * 4 ? SPEAKER.exec(line) : null;
      if (speaker !== null && question !== undefined) {
        const span = answerSpan(text, at + speaker[0].length, at + line.length);
        if (span !== undefined) out.push({ question, start: span.start, end: span.end });
      }
      question = speaker === null ? undefined : askedIn(line.slice(speaker[0].length));
    }
    at = lineEnd + 1;
  }
  return out;
}

/** Roles of a chat message that ask (the model, an agent). */
const ASKING_ROLES = new Set(['assistant', 'model', 'bot', 'agent', 'ai', 'operator', 'representative']);
/** Roles of a chat message that answer (the person). */
const ANSWERING_ROLES = new Set(['user', 'human', 'customer', 'caller', 'client', 'patient', 'member']);

/** Whether a chat message's role asks (`assistant`, `model`, `agent`). */
export function isAskingRole(role: unknown): boolean {
  return typeof role === 'string' && ASKING_ROLES.has(role.toLowerCase());
}

/** Whether a chat message's role answers (`user`, `human`, `customer`). */
export function isAnsweringRole(role: unknown): boolean {
  return typeof role === 'string' && ANSWERING_ROLES.has(role.toLowerCase());
}

/** A message's text: its `content` or `text` string, or the text of a one-part content list (`[{ type: 'text', text }]`). */
export function messageText(message: Record<string, unknown>): string | undefined {
  const content = message.content ?? message.text;
  if (typeof content === 'string') return content;
  if (Array.isArray(content) && content.length === 1) {
    const part = content[0] as Record<string, unknown> | null;
    if (part !== null && typeof part === 'object' && typeof part.text === 'string') return part.text;
  }
  return undefined;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000;
}

/**
 * The span of a spelling of `value` right after an answer that ends at `end` (`Dorvane. D-O-R-V-A-N-E.`,
 * `Vlintuk, V L I N T U K`, `Dorvane. D-O-R-V-A-N-E is my name`): single letters joined by blanks, `-`
 * or `.`, on the same line, whose letters are the value's; undefined when there is none.
 */
export function spellingAfter(text: string, end: number, value: string): { start: number; end: number } | undefined {
  const line = text.slice(end, end + value.length * 4 + 8).split(/\r?\n/, 1)[0] as string;
  // Single letters: each not followed by another letter, so a word after the spelling ends it (`D-O-R-V-A-N-E is my name`).
  const match = /^[.,!]?[ \t]+(\p{L}(?!\p{L})(?:[ \t.-]+\p{L}(?!\p{L}))+)/u.exec(line);
  if (match === null) return undefined;
  const letters = (part: string): string => part.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters(match[1] as string) !== letters(value)) return undefined;
  const start = end + match[0].length - (match[1] as string).length;
  return { start, end: start + (match[1] as string).length };
}
