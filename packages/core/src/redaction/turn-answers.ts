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

/** A request that asks for a value without a question mark: `Please confirm your date of birth.`, `Kindly provide your SSN`, `To finish, please type your password`, `To verify, please reply with your date of birth` (a support desk's reply, L2 of the probe of 2026-12-05d). */
const REQUEST = /^(?:[\p{L} ]{1,40},\s+)?(?:(?:and|now|next|also|ok(?:ay)?|thanks?|great|first|finally|lastly)[,.!]?\s+)*(?:(?:please|kindly)\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?(?:confirm|enter|provide|state|give|tell|type|spell|share|verify|say|read|reply|respond|send|submit|include|text|write)\b/iu;
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
  // A format hint in brackets after the question (`What is your date of birth? (MM/DD/YYYY)`): left out.
  if (text.charCodeAt(end - 1) === 41 /* ) */) {
    const open = text.lastIndexOf('(', end - 1);
    if (open > 0 && end - open <= 48 && text.indexOf(')', open) === end - 1) {
      let before = open;
      while (before > 0 && isBlank(text.charCodeAt(before - 1))) before--;
      const mark = text.charCodeAt(before - 1);
      if (mark === 63 || mark === 0xff1f || mark === 46 || mark === 58) end = before;
    }
  }
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

/** Whether the one or two characters before `dot` are digits with no digit before them, from `start` on (a day's ordinal, `4.`, `12.`). */
function dayOrdinalBefore(text: string, dot: number, start: number): boolean {
  const digit = (at: number): boolean => at >= start && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57;
  if (!digit(dot - 1)) return false;
  const first = digit(dot - 2) ? dot - 2 : dot - 1;
  return !digit(first - 1);
}

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
    // The first sentence: a `.` followed by a blank ends it (`Dorvane. D-O-R-V-A-N-E.`), not the
    // dot of a day's ordinal, one or two digits (`am 4. Juni 1949`, `le 1. mai`; the leak probe of 2026-12-07, F7).
    if ((code === 46 || code === 33) && i + 1 < end && isBlank(text.charCodeAt(i + 1)) && i > start + 1 && !(code === 46 && dayOrdinalBefore(text, i, start))) {
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
  /** The answer's next line when the answer may run over to it (transcriptAnswers). */
  more?: { start: number; end: number };
}

/** Whether a text may hold a transcript's question and answer (a line break and a `?` or a request's word): the cheap test before transcriptAnswers. */
export function mayHoldTurns(text: string): boolean {
  return text.length >= 8 && text.indexOf('\n') > 0 && (text.indexOf('?') >= 0 || text.indexOf('lease') > 0 || text.indexOf('onfirm') > 0);
}

/**
 * A transcript line's speaker: an optional `[12:02]` or `12:02:10` time, then a label of up to 32
 * characters and a `:` (`Agent:`, `Q:`, `S2:`, `Qxaro Vlintuk:`); or a deposition's or hearing's
 * `Q.` / `A.` with its dot, after the transcript's line number if any (`12   Q.  Date of birth?`,
 * `13   A.  03/14/1987.`; L5 of the twelfth probe, 2026-12-05e: the dotted form was not read); or
 * a bare `Q` / `A` and blanks (`Q  Date of birth?`, `14   A   03/14/1987`; the open part of L5),
 * taken only as a pair: a bare `Q`'s question needs an `A` line's answer, a bare `A` a `Q` line's
 * question. Groups: 1 and 3 the line number of the dotted and the bare form, 2 and 4 their letter.
 */
const SPEAKER = /^[ \t]*(?:(\d{1,5}[ \t]+)?([QA])\.[ \t]+|(?:\[[^\]\n]{1,24}\][ \t]*|\(?\d{1,2}:\d{2}(?::\d{2})?\)?[ \t]+)?(?:[\p{L}\p{N}][\p{L}\p{N} ._'’-]{0,31}):[ \t]*|(\d{1,5}[ \t]+)?([QA])[ \t]+(?=\S))/u;
/** A line number that starts a transcript's continuation line (`15        1987.`). */
const LINE_NUMBER = /^[ \t]*\d{1,5}[ \t]+/;

/** The `Q` or `A` of a speaker (SPEAKER's match): dotted, bare or with a colon (`Q:`); undefined for another speaker. */
function questionLetter(speaker: RegExpExecArray): string | undefined {
  return speaker[2] ?? speaker[4] ?? /^[ \t]*([QA]):/.exec(speaker[0])?.[1];
}

/**
 * The answers of a transcript in one text: a line with a speaker (SPEAKER) that ends with a
 * question (askedIn), then the next non-blank line, with a speaker too, whose whole text is a
 * short answer (answerSpan). When the answer line ends with no `.`, `?` or `!` and the line after
 * it has no speaker, that line may go on with the answer (`A.  March 14,` then `1987.`; the open part
 * of L5 of 2026-12-05e): its first sentence is `more` (without the line number when the answer
 * line had one), and the redactor reads the two as one answer. Each line is read at most twice
 * (linear in the text).
 *
 * @example
 * transcriptAnswers('Agent: What is your date of birth?\nCustomer: 12/03/1984');
 * // [{ question: 'What is your date of birth', start: 45, end: 55 }]
 */
export function transcriptAnswers(text: string): TranscriptAnswer[] {
  const out: TranscriptAnswer[] = [];
  let question: string | undefined;
  let asker: { letter: string | undefined; bare: boolean } = { letter: undefined, bare: false };
  let at = 0;
  while (at < text.length) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(at, lineEnd > at && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
    if (line.trim().length > 0) {
      const speaker = line.length <= MAX_QUESTION_CHARS * 4 ? SPEAKER.exec(line) : null;
      const letter = speaker === null ? undefined : questionLetter(speaker);
      const bare = speaker !== null && speaker[4] !== undefined;
      // A bare `Q` / `A` only as a pair: a `Q` line's question and an `A` line's answer.
      const paired = !(bare || asker.bare) || (asker.letter === 'Q' && letter === 'A');
      if (speaker !== null && question !== undefined && paired) {
        const span = answerSpan(text, at + speaker[0].length, at + line.length);
        if (span !== undefined) {
          const more = /[.?!]\s*$/.test(line) ? undefined : continuationAfter(text, lineEnd, speaker[1] !== undefined || speaker[3] !== undefined);
          out.push(more === undefined ? { question, start: span.start, end: span.end } : { question, start: span.start, end: span.end, more });
        }
      }
      question = speaker === null || (bare && letter !== 'Q') ? undefined : askedIn(line.slice(speaker[0].length));
      asker = { letter, bare };
    }
    at = lineEnd + 1;
  }
  return out;
}

/** The first sentence of the line after an answer's line (from `lineEnd`, the answer line's end) when it has no speaker and is no blank line; its line number left out when the transcript numbers its lines. */
function continuationAfter(text: string, lineEnd: number, numbered: boolean): { start: number; end: number } | undefined {
  if (lineEnd >= text.length) return undefined;
  const start = lineEnd + 1;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const line = text.slice(start, end);
  if (line.trim().length === 0 || line.length > MAX_QUESTION_CHARS || SPEAKER.test(line)) return undefined;
  const number = numbered ? LINE_NUMBER.exec(line) : null;
  return answerSpan(text, start + (number === null ? 0 : number[0].length), end);
}

/** Roles of a chat message that ask (the model, an agent; a support desk's `admin`, `teammate`). */
const ASKING_ROLES = new Set(['assistant', 'model', 'bot', 'agent', 'ai', 'operator', 'representative', 'admin', 'teammate', 'staff']);
/** Roles of a chat message that answer (the person; a support desk's `lead`, `contact`, `visitor`, `end-user`). */
const ANSWERING_ROLES = new Set(['user', 'human', 'customer', 'caller', 'client', 'patient', 'member', 'lead', 'contact', 'visitor', 'end-user', 'end_user', 'enduser', 'requester']);

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

/**
 * Members that say who wrote a turn in a conversation API's list (Intercom `author`, Zendesk
 * `author_id`, Help Scout `createdBy`, Slack `user`, Crisp `from`, Front `sender`; L2 of the
 * probe of 2026-12-05d), besides a chat's `role`. A string or number names the speaker; an
 * object names it by its `type` or `role` (a party's word: `admin`, `user`) or its `id`.
 */
const SPEAKER_MEMBERS = ['author', 'sender', 'from', 'createdBy', 'created_by', 'user', 'speaker', 'participant', 'author_type', 'authorType', 'sender_type', 'senderType', 'from_type', 'author_id', 'authorId', 'user_id', 'userId', 'sender_id', 'senderId', 'from_id', 'creator_id', 'participant_id'] as const;
/** Members that hold a turn's text, in the order read (a chat's `content`, a support desk's `body`, `html_body`, `body_text`). */
export const TURN_TEXT_MEMBERS = ['content', 'text', 'body', 'message', 'body_text', 'bodyText', 'plain_body', 'plainBody', 'html_body', 'htmlBody', 'html'] as const;

/**
 * Who wrote a turn of a conversation list (`item`), as a key two turns are compared by, or
 * undefined when the item says no speaker or is no turn of the dialog (a chat's `system` or
 * `tool` message): a chat's `role` by its party (`party:ask`, `party:answer`), a message's
 * `direction` or `incoming` flag by its party (Twilio `outbound-api` asks, `inbound` answers),
 * any other speaker member by its word or id (`word:admin`, `id:123`).
 */
export function speakerOf(item: Record<string, unknown>): string | undefined {
  const role = item.role;
  if (role !== undefined) return isAskingRole(role) ? 'party:ask' : isAnsweringRole(role) ? 'party:answer' : undefined;
  const direction = item.direction;
  if (typeof direction === 'string') return /^out/i.test(direction) ? 'party:ask' : /^in/i.test(direction) ? 'party:answer' : undefined;
  const incoming = item.incoming ?? item.inbound;
  if (typeof incoming === 'boolean') return incoming ? 'party:answer' : 'party:ask';
  for (const member of SPEAKER_MEMBERS) {
    const value = item[member];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' || typeof value === 'number') return speakerWord(value);
    if (typeof value === 'object' && !Array.isArray(value)) {
      const named = value as Record<string, unknown>;
      const word = named.type ?? named.role;
      if (typeof word === 'string') return speakerWord(word);
      const id = named.id ?? named.email ?? named.name;
      if (typeof id === 'string' || typeof id === 'number') return `id:${id}`;
    }
    return undefined;
  }
  return undefined;
}

function speakerWord(value: string | number): string | undefined {
  if (typeof value === 'number') return `id:${value}`;
  if (value.length === 0 || value.length > 128) return undefined;
  const lower = value.toLowerCase();
  return ASKING_ROLES.has(lower) || ANSWERING_ROLES.has(lower) ? `word:${lower}` : `id:${value}`;
}

/** Whether a speaker key (speakerOf) is a party that answers (a chat's `user`, a support desk's `customer`, an `inbound` message). */
export function answeringSpeaker(speaker: string | undefined): boolean {
  return speaker === 'party:answer' || (speaker !== undefined && speaker.startsWith('word:') && ANSWERING_ROLES.has(speaker.slice(5)));
}
/** Whether a speaker key (speakerOf) is a party that asks (a chat's `assistant`, a support desk's `admin`, an `outbound` message). */
export function askingSpeaker(speaker: string | undefined): boolean {
  return speaker === 'party:ask' || (speaker !== undefined && speaker.startsWith('word:') && ASKING_ROLES.has(speaker.slice(5)));
}

/** Whether a list's first item may be a turn of a conversation: an object with a speaker member (speakerOf's) — the cheap test before the list is read as a dialog. */
export function mayBeDialog(first: unknown): boolean {
  if (first === null || typeof first !== 'object' || Array.isArray(first)) return false;
  const item = first as Record<string, unknown>;
  if ('role' in item || 'direction' in item || 'incoming' in item || 'inbound' in item) return true;
  for (const member of SPEAKER_MEMBERS) if (member in item) return true;
  return false;
}

/** A turn's text member (TURN_TEXT_MEMBERS) and its text: the first that holds a string, or a one-part content list's text. */
export function turnText(item: Record<string, unknown>): { member: string; text: string } | undefined {
  for (const member of TURN_TEXT_MEMBERS) {
    const value = item[member];
    if (typeof value === 'string') return { member, text: value };
    if (member === 'content' && Array.isArray(value) && value.length === 1) {
      const part = value[0] as Record<string, unknown> | null;
      if (part !== null && typeof part === 'object' && typeof part.text === 'string') return { member, text: part.text };
    }
  }
  return undefined;
}

/**
 * A turn's text as its question is read: markup tags (`<p>`, `<br>`) as line breaks, so a
 * paragraph ends a sentence (`<p>Hi!</p><p>What is your date of birth?</p>`). Only the end of
 * a long text is read (askedIn reads its last MAX_QUESTION_CHARS).
 */
export function questionText(text: string): string {
  const tail = text.length > MAX_QUESTION_CHARS * 8 ? text.slice(-MAX_QUESTION_CHARS * 8) : text;
  return tail.indexOf('<') < 0 ? tail : tail.replace(/<[^<>]{0,256}>/g, '\n').replace(/&nbsp;/g, ' ');
}

/**
 * The bounds of a whole answer inside markup (`<p>1983-07-19</p>`, `<p><b>07/19/1983</b><br></p>`):
 * tags and blanks at its start and end left out. Each tag is passed once (linear).
 */
export function insideMarkup(text: string): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (;;) {
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    if (text.charCodeAt(start) !== 60 /* < */) break;
    const close = text.indexOf('>', start);
    if (close < 0 || close - start > 256 || text.lastIndexOf('<', close) !== start) break;
    start = close + 1;
  }
  for (;;) {
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (end <= start || text.charCodeAt(end - 1) !== 62 /* > */) break;
    const open = text.lastIndexOf('<', end - 1);
    if (open < start || end - open > 256 || text.indexOf('>', open) !== end - 1) break;
    end = open;
  }
  return { start, end };
}

/** The parts of a reply that answers two questions at once (`1983-07-19, 8514`, `3/14/1977 and 02139`): at most four, split at `,`, `;`, `&` or ` and `, each trimmed; undefined for a reply of one part. */
export function answerParts(text: string, span: { start: number; end: number }): Array<{ start: number; end: number }> | undefined {
  const value = text.slice(span.start, span.end);
  const separator = /\s*[,;&]\s*|\s+and\s+/gi;
  const parts: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const match of value.matchAll(separator)) {
    if (match.index > at) parts.push({ start: span.start + at, end: span.start + match.index });
    at = match.index + match[0].length;
    if (parts.length > 4) return undefined;
  }
  if (parts.length === 0) return undefined;
  if (at < value.length) parts.push({ start: span.start + at, end: span.end });
  return parts.length >= 2 && parts.length <= 4 ? parts : undefined;
}

/** The clauses of a question that asks for two values or more (`your date of birth and the last 4 of your SSN`): split at `,`, `;`, ` and `, ` or `; at most six, undefined for one. */
export function questionClauses(question: string): string[] | undefined {
  if (question.indexOf(',') < 0 && question.indexOf(';') < 0 && !/\s(?:and|or|&)\s/i.test(question)) return undefined;
  const clauses = question.split(/\s*[,;]\s*|\s+(?:and|or|&)\s+/i).filter((clause) => clause.length >= 2);
  return clauses.length >= 2 && clauses.length <= 6 ? clauses : undefined;
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
