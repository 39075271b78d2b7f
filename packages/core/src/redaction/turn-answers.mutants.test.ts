// What turn-answers.ts promises (issue 13, from surviving mutants of turn-answers.ts): the exact
// question a turn ends with (askedIn: its last sentence, the 240-character window, the final `?`,
// `.`, `:`), the exact span of a whole short answer (answerSpan: blanks, the first sentence, the
// 64- and 128-character bounds, the words that answer with no value), the transcript's answers
// with their offsets (transcriptAnswers), the cheap gate (mayHoldTurns), the roles, a message's
// text, and the spelling after a name (spellingAfter). The functions are called directly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerSpan, askedIn, asksForName, asksForSecret, asksForStreetAddress, isAnsweringRole, isAskingRole, MAX_ANSWER_CHARS, MAX_QUESTION_CHARS, mayHoldTurns, messageText, secretAnswer, secretSpan, spellingAfter, streetLineAnswer, transcriptAnswers } from './turn-answers.js';

/** A span's text, or undefined. */
const spanText = (text: string, span: { start: number; end: number } | undefined): string | undefined => (span === undefined ? undefined : text.slice(span.start, span.end));

describe('askedIn', () => {
  it('the last sentence of a question, without its final ? (ASCII or full-width)', () => {
    expect(askedIn('Thanks. What is your date of birth?')).toBe('What is your date of birth');
    expect(askedIn('What is your date of birth\uff1f')).toBe('What is your date of birth');
    expect(askedIn('Great! What is your name?')).toBe('What is your name');
    expect(askedIn('Ready? What is your name?')).toBe('What is your name');
    expect(askedIn('Line one.\nWhat is your name?')).toBe('What is your name');
    expect(askedIn('Line one\rWhat is your name?')).toBe('What is your name');
    expect(askedIn('What is your name?')).toBe('What is your name');
  });

  it('a request without a question mark, with a final . or : or none', () => {
    expect(askedIn('Please confirm your date of birth.')).toBe('Please confirm your date of birth');
    expect(askedIn('Please confirm your date of birth:')).toBe('Please confirm your date of birth');
    expect(askedIn('Please confirm your date of birth')).toBe('Please confirm your date of birth');
    expect(askedIn('OK. Kindly provide your SSN')).toBe('Kindly provide your SSN');
    // A final `!` is kept (only `?`, `.` and `:` are cut), and it is no sentence end of its own.
    expect(askedIn('Please confirm your name!')).toBe('Please confirm your name!');
    expect(askedIn('Please confirm your name!  ')).toBe('Please confirm your name!');
    expect(askedIn('Please confirm your name..')).toBe('Please confirm your name.');
  });

  it('no question: a statement, blanks only, an empty text, a sentence under 3 characters', () => {
    expect(askedIn('Your date of birth is on file.')).toBeUndefined();
    expect(askedIn('Your date of birth is on file')).toBeUndefined();
    expect(askedIn('')).toBeUndefined();
    expect(askedIn(' \t\r\n\u00a0\u3000')).toBeUndefined();
    expect(askedIn('Hi?')).toBeUndefined();
    expect(askedIn('OK. Hi?')).toBeUndefined();
    expect(askedIn('Who?')).toBe('Who');
    expect(askedIn('?')).toBeUndefined();
  });

  it('the blanks after the question are left out (space, tab, CR, LF, no-break and ideographic space)', () => {
    expect(askedIn('What is your name? \t\r\n\u00a0\u3000')).toBe('What is your name');
    for (const blank of [' ', '\t', '\r', '\n', '\u00a0', '\u3000']) expect(askedIn(`What is your name?${blank}`)).toBe('What is your name');
  });

  it('a sentence mark needs a blank after it to end a sentence', () => {
    expect(askedIn('Mr.Vlintuk, what is your name?')).toBe('Mr.Vlintuk, what is your name');
    expect(askedIn('Is it 3.5?')).toBe('Is it 3.5');
  });

  it('only the last MAX_QUESTION_CHARS characters are read: a longer last sentence is none', () => {
    expect(MAX_QUESTION_CHARS).toBe(240);
    // The window holds the sentence and the blank or line break before it.
    const fits = `What ${'x'.repeat(232)}?`;
    expect(fits.length).toBe(238);
    expect(askedIn(`Hi. ${fits}`)).toBe(fits.slice(0, -1));
    expect(askedIn(`Hi.\n${fits}`)).toBe(fits.slice(0, -1));
    expect(askedIn(`${'y'.repeat(5000)}.\n${fits}`)).toBe(fits.slice(0, -1));
    const line = `What ${'x'.repeat(233)}?`;
    expect(askedIn(`Hi.\n${line}`)).toBe(line.slice(0, -1));
    expect(askedIn(`Hi. ${line}`)).toBeUndefined();
    // Longer: the sentence may go on before the window.
    const long = `What ${'x'.repeat(234)}?`;
    expect(askedIn(`Hi.\n${long}`)).toBeUndefined();
    expect(askedIn(`Hi. What is ${'x'.repeat(400)} your name?`)).toBeUndefined();
    // A text that is the sentence and no more is read whatever its length under the window.
    expect(askedIn(long)).toBe(long.slice(0, -1));
  });
});

describe('asksForName', () => {
  it('a name question and not another', () => {
    expect(asksForName('What is your name')).toBe(true);
    expect(asksForName('And your surname')).toBe(true);
    expect(asksForName('What is your date of birth')).toBe(false);
  });
});

describe('answerSpan', () => {
  it('a whole short answer, its blanks left out', () => {
    expect(answerSpan('  2 November 1979 ')).toEqual({ start: 2, end: 17 });
    expect(answerSpan('Vlintuk')).toEqual({ start: 0, end: 7 });
    expect(answerSpan('\u00a0\u3000\t \r\nVlintuk\r\n \t\u3000\u00a0')).toEqual({ start: 6, end: 13 });
    for (const blank of [' ', '\t', '\r', '\n', '\u00a0', '\u3000']) {
      expect(answerSpan(`${blank}Vlintuk${blank}`)).toEqual({ start: 1, end: 8 });
    }
  });

  it('from start to end when given', () => {
    expect(answerSpan('Customer: Vlintuk', 10)).toEqual({ start: 10, end: 17 });
    expect(answerSpan('Customer:  Vlintuk  \nAgent: ok', 9, 20)).toEqual({ start: 11, end: 18 });
    expect(answerSpan('ab Vlintuk cd', 2, 10)).toEqual({ start: 3, end: 10 });
    // Nothing past end is read: not its blanks, not its line break.
    expect(answerSpan('a   b', 1, 3)).toBeUndefined();
    expect(answerSpan('Vlintuk\nQ', 0, 7)).toEqual({ start: 0, end: 7 });
    expect(answerSpan('Vlintuk  \nQ', 0, 9)).toEqual({ start: 0, end: 7 });
  });

  it('the first sentence when a spelling follows; a final . or ! left out', () => {
    expect(answerSpan('Dorvane. D-O-R-V-A-N-E.')).toEqual({ start: 0, end: 7 });
    expect(answerSpan('Dorvane! D-O-R-V-A-N-E.')).toEqual({ start: 0, end: 7 });
    expect(answerSpan('Dorvane.')).toEqual({ start: 0, end: 7 });
    expect(answerSpan('Dorvane!!')).toEqual({ start: 0, end: 7 });
    expect(answerSpan('Dorvane . ')).toEqual({ start: 0, end: 7 });
    expect(answerSpan('St.Ives')).toEqual({ start: 0, end: 7 });
    // A mark right after the first character or two is an initial, not a sentence's end.
    expect(answerSpan('J. Vlintuk')).toEqual({ start: 0, end: 10 });
    expect(answerSpan('. Vlintuk')).toEqual({ start: 0, end: 9 });
    expect(answerSpan('  J. Vlintuk', 1)).toEqual({ start: 2, end: 12 });
    expect(answerSpan('Jo. Vlintuk')).toEqual({ start: 0, end: 2 });
    expect(answerSpan('  Jo. Vlintuk')).toEqual({ start: 2, end: 4 });
  });

  it('none: empty, blanks or marks only, a line break inside, a question back', () => {
    expect(answerSpan('')).toBeUndefined();
    expect(answerSpan('   ')).toBeUndefined();
    expect(answerSpan('...')).toBeUndefined();
    expect(answerSpan('  ...')).toBeUndefined();
    expect(answerSpan('Customer: !', 9)).toBeUndefined();
    expect(answerSpan('!')).toBeUndefined();
    expect(answerSpan('Vlintuk\nQxaro')).toBeUndefined();
    expect(answerSpan('Vlintuk\rQxaro')).toBeUndefined();
    expect(answerSpan('Vlintuk?')).toBeUndefined();
    expect(answerSpan('Sorry?')).toBeUndefined();
    expect(answerSpan('Dorvane. Is that ok')).toEqual({ start: 0, end: 7 });
  });

  it('none: a word that answers with no value, whatever its case and final marks', () => {
    for (const word of ['Yes', 'yes.', 'YES!', 'Okay,', 'no,,', 'Thank you', 'I don\'t know', 'n/a', 'Hold on...']) {
      expect(answerSpan(word)).toBeUndefined();
    }
    expect(answerSpan('Yesenia')).toEqual({ start: 0, end: 7 });
    // Only the final marks are left out before the words are looked up.
    expect(answerSpan('n.a')).toEqual({ start: 0, end: 3 });
    expect(answerSpan('y,es')).toEqual({ start: 0, end: 4 });
    expect(answerSpan('Yes Vlintuk')).toEqual({ start: 0, end: 11 });
  });

  it('at most MAX_ANSWER_CHARS characters taken, and a text of at most twice that read', () => {
    expect(MAX_ANSWER_CHARS).toBe(64);
    expect(answerSpan('x'.repeat(64))).toEqual({ start: 0, end: 64 });
    expect(answerSpan('x'.repeat(65))).toBeUndefined();
    expect(answerSpan(` ${'x'.repeat(64)} `)).toEqual({ start: 1, end: 65 });
    // The first sentence of a longer text: read up to 128 characters.
    expect(answerSpan(`Dorvane. ${'x'.repeat(119)}`)).toEqual({ start: 0, end: 7 });
    expect(answerSpan(`Dorvane. ${'x'.repeat(120)}`)).toBeUndefined();
    expect(answerSpan(`  Dorvane. ${'x'.repeat(119)}  `)).toEqual({ start: 2, end: 9 });
  });

  it('a property: a short answer of letters between any blanks is found exactly', () => {
    const blanks = fc.array(fc.constantFrom(' ', '\t', '\u00a0', '\u3000'), { maxLength: 4 }).map((a) => a.join(''));
    const word = fc.stringMatching(/^[A-Z][a-z]{3,12}$/).filter((w) => !['Okay', 'Sure', 'Nope', 'Yeah', 'None', 'Skip', 'Wait', 'Same', 'Later', 'Right', 'Sorry', 'Hello', 'Thanks', 'Pardon', 'Correct', 'Unknown'].includes(w));
    fc.assert(
      fc.property(blanks, word, blanks, fc.constantFrom('', '.', '!', '. V-L-I-N.'), (before, value, after, tail) => {
        const text = `${before}${value}${tail}${after}`;
        expect(answerSpan(text)).toEqual({ start: before.length, end: before.length + value.length });
      }),
    );
  });
});

describe('mayHoldTurns', () => {
  it('a line break after the first character and a ? or a request word, in at least 8 characters', () => {
    expect(mayHoldTurns('A?\nB: xy')).toBe(true);
    expect(mayHoldTurns('A?\nB: x')).toBe(false);
    expect(mayHoldTurns('?bc\nA: yz')).toBe(true);
    expect(mayHoldTurns('\nAb? cdefg')).toBe(false);
    expect(mayHoldTurns('Ab? cdefg hij')).toBe(false);
    expect(mayHoldTurns('Ab cdefg\nhij')).toBe(false);
    expect(mayHoldTurns('Please\nxyz')).toBe(true);
    expect(mayHoldTurns('lease\nxyzw')).toBe(false);
    expect(mayHoldTurns('Confirm\nxyz')).toBe(true);
    expect(mayHoldTurns('onfirm\nxyzw')).toBe(false);
  });
});

describe('transcriptAnswers', () => {
  it('the answer on the line after a question, with exact offsets', () => {
    const text = 'Agent: What is your date of birth?\nCustomer: 12/03/1984';
    expect(transcriptAnswers(text)).toEqual([{ question: 'What is your date of birth', start: 45, end: 55 }]);
    expect(text.slice(45, 55)).toBe('12/03/1984');
  });

  it('CRLF lines, blank lines between, and a final line break', () => {
    const text = 'Agent: What is your name?\r\n\r\n  \t\r\nCustomer:  Vlintuk. \r\n';
    const answers = transcriptAnswers(text);
    expect(answers.map((a) => [a.question, text.slice(a.start, a.end)])).toEqual([['What is your name', 'Vlintuk']]);
    expect(answers[0]?.start).toBe(45);
  });

  it('each question with its own answer; an answer line that asks is a question for the next', () => {
    const text = 'Q: What is your name?\nA: Vlintuk\nQ: And your date of birth?\nA: 1 May 1980\nQ: Thanks.\nA: Bye';
    expect(transcriptAnswers(text).map((a) => [a.question, text.slice(a.start, a.end)])).toEqual([
      ['What is your name', 'Vlintuk'],
      ['And your date of birth', '1 May 1980'],
    ]);
    const chained = 'A: What is your name?\nB: Vlintuk. And what is yours?\nA: Qxaro';
    expect(transcriptAnswers(chained).map((a) => chained.slice(a.start, a.end))).toEqual(['Vlintuk', 'Qxaro']);
  });

  it('no answer: a line without a speaker between, an answer with no value, no question', () => {
    expect(transcriptAnswers('Agent: What is your name?\nsome text here\nCustomer: Vlintuk')).toEqual([]);
    expect(transcriptAnswers('Agent: What is your name?\nCustomer: Yes\nCustomer: Vlintuk')).toEqual([]);
    expect(transcriptAnswers('Agent: Your name is on file.\nCustomer: Vlintuk')).toEqual([]);
    expect(transcriptAnswers('What is your name?\nCustomer: Vlintuk')).toEqual([]);
    expect(transcriptAnswers('Agent: What is your name?\nVlintuk')).toEqual([]);
    expect(transcriptAnswers('')).toEqual([]);
    expect(transcriptAnswers('\n')).toEqual([]);
  });

  it('a text that starts with a line break', () => {
    const text = '\nAgent: What is your name?\nCustomer: Vlintuk';
    expect(transcriptAnswers(text).map((a) => text.slice(a.start, a.end))).toEqual(['Vlintuk']);
  });

  it('a time before the speaker', () => {
    const text = '[12:02] Agent: What is your surname?\n12:03:10 Customer: Vlintuk';
    expect(transcriptAnswers(text).map((a) => text.slice(a.start, a.end))).toEqual(['Vlintuk']);
  });

  it('a question line of at most 960 characters is read', () => {
    const line = (length: number): string => `Agent: ${'x'.repeat(length - 27)}. What is your name?`;
    expect(line(960).length).toBe(960);
    const at = (length: number): string => `${line(length)}\nCustomer: Vlintuk`;
    expect(transcriptAnswers(at(960)).map((a) => a.question)).toEqual(['What is your name']);
    expect(transcriptAnswers(at(961))).toEqual([]);
    // A CRLF line's CR is not counted.
    expect(transcriptAnswers(`${line(960)}\r\nCustomer: Vlintuk`).map((a) => a.question)).toEqual(['What is your name']);
    expect(transcriptAnswers(`${line(961)}\r\nCustomer: Vlintuk`)).toEqual([]);
    // An answer line over the bound has no speaker: it asks nothing for the line after it.
    const text = `Agent: What is your name?\nCustomer: ${'y'.repeat(940)}. And your surname?\nAgent: Vlintuk`;
    expect(text.split('\n')[1]?.length).toBeGreaterThan(960);
    expect(transcriptAnswers(text)).toEqual([]);
  });
});

describe('roles and message text', () => {
  it('asking and answering roles whatever their case; a role that is no string is neither', () => {
    expect(isAskingRole('assistant')).toBe(true);
    expect(isAskingRole('Assistant')).toBe(true);
    expect(isAskingRole('user')).toBe(false);
    expect(isAskingRole(undefined)).toBe(false);
    expect(isAskingRole(['assistant'])).toBe(false);
    expect(isAnsweringRole('USER')).toBe(true);
    expect(isAnsweringRole('user')).toBe(true);
    expect(isAnsweringRole('assistant')).toBe(false);
    expect(isAnsweringRole(7)).toBe(false);
    expect(isAnsweringRole(['user'])).toBe(false);
  });

  it('content, else text; a one-part content list; nothing else', () => {
    expect(messageText({ content: 'a' })).toBe('a');
    expect(messageText({ content: 'a', text: 'b' })).toBe('a');
    expect(messageText({ text: 'b' })).toBe('b');
    expect(messageText({ content: null, text: 'b' })).toBe('b');
    expect(messageText({ content: [{ type: 'text', text: 'c' }] })).toBe('c');
    expect(messageText({ content: [{ type: 'text', text: 'c' }, { type: 'text', text: 'd' }] })).toBeUndefined();
    expect(messageText({ content: [] })).toBeUndefined();
    expect(messageText({ content: [null] })).toBeUndefined();
    expect(messageText({ content: [undefined] })).toBeUndefined();
    expect(messageText({ content: ['c'] })).toBeUndefined();
    expect(messageText({ content: [{ type: 'text', text: 5 }] })).toBeUndefined();
    expect(messageText({ content: 5 })).toBeUndefined();
    expect(messageText({})).toBeUndefined();
  });
});

describe('spellingAfter', () => {
  it('the spelled letters after the name, exactly', () => {
    const a = 'Dorvane. D-O-R-V-A-N-E.';
    expect(spellingAfter(a, 7, 'Dorvane')).toEqual({ start: 9, end: 22 });
    const b = 'Vlintuk, V L I N T U K';
    expect(spellingAfter(b, 7, 'Vlintuk')).toEqual({ start: 9, end: 22 });
    const c = 'Vlintuk V.L.I.N.T.U.K and more';
    expect(spellingText(c, 7, 'Vlintuk')).toBe('V.L.I.N.T.U.K');
    const d = 'Vlintuk!\tv\tl - i n t u k';
    expect(spellingText(d, 7, 'Vlintuk')).toBe('v\tl - i n t u k');
    const e = 'Ab.  A B';
    expect(spellingAfter(e, 2, 'Ab')).toEqual({ start: 5, end: 8 });
  });

  it('a word after the spelling ends it (found by these tests: the word\'s first letter was read as one more spelled letter, and the spelling stayed)', () => {
    const a = 'Dorvane. D-O-R-V-A-N-E is my name.';
    expect(spellingAfter(a, 7, 'Dorvane')).toEqual({ start: 9, end: 22 });
    const b = 'Vlintuk, V L I N T U K and that is it';
    expect(spellingText(b, 7, 'Vlintuk')).toBe('V L I N T U K');
    // A single letter after it is still read as spelled: the letters then differ.
    expect(spellingAfter('Vlintuk, V L I N T U K a', 7, 'Vlintuk')).toBeUndefined();
  });

  it('none: other letters, no blank first, another mark first, the next line, no spelling', () => {
    expect(spellingAfter('Vlintuk, V L I N T', 7, 'Vlintuk')).toBeUndefined();
    expect(spellingAfter('Vlintuk, V L I N T U K S', 7, 'Vlintuk')).toBeUndefined();
    expect(spellingAfter('Vlintuk,V L I N T U K', 7, 'Vlintuk')).toBeUndefined();
    expect(spellingAfter('Vlintuk; V L I N T U K', 7, 'Vlintuk')).toBeUndefined();
    expect(spellingAfter('Vlintuk.. V L I N T U K', 7, 'Vlintuk')).toBeUndefined();
    expect(spellingAfter('Vlintuk\nV L I N T U K', 7, 'Vlintuk')).toBeUndefined();
    expect(spellingAfter('Vlintuk\r\nV L I N T U K', 7, 'Vlintuk')).toBeUndefined();
    expect(spellingAfter('Vlintuk. Vlintuk', 7, 'Vlintuk')).toBeUndefined();
    expect(spellingAfter('Vlintuk', 7, 'Vlintuk')).toBeUndefined();
  });

  it('read up to four characters a letter and eight more after the answer', () => {
    // `Ab`: 16 characters read.
    expect(spellingText(`Ab. A${' '.repeat(12)}B`, 2, 'Ab')).toBe(`A${' '.repeat(12)}B`);
    expect(spellingAfter(`Ab. A${' '.repeat(13)}B`, 2, 'Ab')).toBeUndefined();
  });
});

function spellingText(text: string, end: number, value: string): string | undefined {
  return spanText(text, spellingAfter(text, end, value));
}

// The K9 lines of the fifth probe of 2026-12-04 (issue 13, the Stryker run of 5899fe0..HEAD):
// the who-speaks questions, the secret and address questions, a secret's and a street line's
// shapes, a secret's span, and a request after a leading clause.
describe('asksForName: who speaks (K9)', () => {
  it('each way of asking who speaks, in any case', () => {
    for (const question of [
      'Who am I speaking with', 'whom am i chatting with', 'Who do I talking to', 'Who I am talking to', "who i'm speaking with", 'who i\u2019m speaking with',
      'Who are we speaking with', 'who we are talking to', "who we're chatting with", 'who we\u2019re speaking', 'Who is this speaking',
      'who do I have the pleasure of speaking with', 'whom I have the pleasure of talking to', 'WHO  AM  I  SPEAKING WITH',
      "Who's this", 'Who\u2019s this, please', 'Who is this please', 'who is this', "Who's calling", 'who is speaking', "who's on the line", 'who is on the phone', "who's on the call",
      'Who do I have on the line', 'who do i have on the phone', 'who do i have on the call', 'who do i have here',
      'With whom am I', 'with whom do i', 'with whom i am', 'What should I call you', 'what shall we call you', 'what can i call you', 'what may we call you',
      'And you are', 'you are', 'and  you  are',
    ]) expect(asksForName(question), question).toBe(true);
  });

  it('not: another question, a word that only starts or ends like one', () => {
    for (const question of [
      'Who am I', 'who am i speakings', 'whoam i speaking', 'xwho am i speaking', 'who is this about', "Who's this guy", "who is thiss", 'who is callings',
      "who'ss calling", 'who do i have today', 'who do i have there', 'with whom shall', 'withwhom am i', 'what should i call them', 'what will i call you',
      'And you are late', 'So you are', 'you arex', 'who is on the bus', 'who do i have on the bus', 'with whom am it', 'xwith whom am i', 'what should i call youth',
    ]) expect(asksForName(question), question).toBe(false);
  });
});

describe('asksForSecret (K9)', () => {
  it('a password, a PIN, a one-time or a security code, a secret word', () => {
    for (const question of [
      'Please type your password', 'your passcode', 'the passphrase', 'passwd', 'pwd', "What's your PIN", 'pin code', 'pincode', 'pin number', 'pinnumber',
      'one-time code', 'one time password', 'one-time passcode', 'one-time  code', 'OTP', 'security code', 'verification code', 'confirmation code', 'authentication code',
      'auth code', 'access code', 'login code', 'sms code', '2fa code', 'mfa code', 'security  code', 'secret word', 'secret answer', 'secret  phrase',
    ]) expect(asksForSecret(question), question).toBe(true);
  });

  it('not: a passport, a word around pin, a code alone, a fee', () => {
    for (const question of ['your passport number', 'pinned message', 'spin', 'one-time fee', 'onetime code', 'the security question', 'the code', 'otps', 'xotp', 'secret sauce', 'passwords', 'security codes', 'pwds', 'one-timecode', 'securitycode', 'secretword']) expect(asksForSecret(question), question).toBe(false);
  });
});

describe('asksForStreetAddress (K9)', () => {
  it('the bare word address', () => {
    for (const question of ["What's the address on file", 'And the addresses', 'Can you confirm your address', 'ADDRESS', 'address line two', 'the address of the clinic', 'address of record']) expect(asksForStreetAddress(question), question).toBe(true);
  });

  it("not an email's, a network's, a wallet's address, nor another word", () => {
    for (const question of [
      'your email address', 'your e-mail address', 'your mail box address', 'the IP address', 'the ipv4 address', 'the ipv6  address', 'the MAC address', 'the web address',
      'the wallet address', 'the bitcoin address', 'the btc address', 'the eth address', 'the ethereum address', 'the crypto address', 'the server address', 'the host address',
      'the network address', 'the memory address', 'the hardware address', 'the contract address', 'the deposit address', 'the url address', 'the site address',
      'the sender address', 'the reply-to address', 'the forwarding address', 'the address book', 'the address bar', 'the address space', 'address line 2', 'address  line  2',
      'the address of the server', 'the address of server', 'the address of the host', 'the address of the website', 'the address of the site', 'the address of the page',
      'the address of the wallet', 'the address of the contract', 'the address  of  the  server', 'addressed to me', 'readdress', 'no question',
    ]) expect(asksForStreetAddress(question), question).toBe(false);
  });

  it('an other-address word that only starts like one leaves the street address (word bounds)', () => {
    for (const question of ['the hostel address', 'the website address', 'the address books', 'the address of the servers', 'the address bars', 'xemail address', 'the address spaces']) expect(asksForStreetAddress(question), question).toBe(true);
  });
});

describe('secretAnswer (K9)', () => {
  it('one token of 4 to 64 characters with a digit, a symbol or a capital after its first letter', () => {
    for (const answer of ['Tq5Xm8Lvq2', 'hunter2', '4821', 'abc1', 'hunter!', 'abcD', 'x'.repeat(63) + '1', 'ABCDONE', 'DONEABC', 'SENTX', '\u00e9t\u00e91']) expect(secretAnswer(answer), answer).toBe(true);
  });

  it('not: shorter, longer, a blank, a word of small letters, a capital first only, a no-secret word', () => {
    for (const answer of ['ab1', 'x'.repeat(64) + '1', 'ab cd1', 'ab\tcd1', 'correcthorse', 'done', 'Abcd', 'DONE', 'SENT', 'Typed', 'HELP', 'Forgotten', 'NEVERMIND', 'How', '']) expect(secretAnswer(answer), answer).toBe(false);
  });
});

describe('streetLineAnswer (K9)', () => {
  it('a house number then a word, a street then its number, a post office box', () => {
    for (const answer of [
      '42 quillon row, springfield', '7b Marlow Close', '12-14 Queen St', '12/3 Queen St', '12a-14b Queen', '42, Main', '123456 Main', '42   Main', '7B Marlow', '1-12345 Main',
      'Hauptstraße 5', 'Keizersgracht 123, Amsterdam', 'Rue de la Paix 12', "St. Mark's 4b", 'Main 12x', 'Main 12345', 'Avenue Foch 3 bis', 'Straße 5',
      'PO Box 12', 'P.O. Box 12', 'p o box 5', 'POBox 5', 'po box  7',
    ]) expect(streetLineAnswer(answer), answer).toBe(true);
  });

  it('not: seven digits, one letter, no blank, a fifth word, six digits after a street, no number', () => {
    for (const answer of ['1234567 Main St', '42 M', '42Main', 'x 42 Main', 'Avenue Du Le La Paix 12', 'Main 123456', 'Ma 5', 'Main 12xy', 'Main 12B', '12-123456 Main', '12 -14 Queen', 'PO Box', 'Main St', 'Main  12', '5 4']) expect(streetLineAnswer(answer), answer).toBe(false);
  });
});

describe('secretSpan (K9)', () => {
  it("to the end of the answer's token: a final mark is taken", () => {
    const text = 'pw hunter2! ok';
    expect(secretSpan(text, { start: 3, end: 10 })).toEqual({ start: 3, end: 11 });
    expect(secretSpan('hunter2!.', { start: 0, end: 7 })).toEqual({ start: 0, end: 9 });
  });

  it('each blank ends the token; the end of the text too; the same span back when nothing is added', () => {
    for (const blank of [' ', '\t', '\n', '\r', '\u00a0', '\u3000']) expect(secretSpan(`hunter2!${blank}x`, { start: 0, end: 7 }), JSON.stringify(blank)).toEqual({ start: 0, end: 8 });
    const span = { start: 0, end: 7 };
    expect(secretSpan('hunter2 x', span)).toBe(span);
    expect(secretSpan('hunter2', span)).toBe(span);
    expect(secretSpan('hunter2', { start: 2, end: 5 })).toEqual({ start: 2, end: 7 });
  });
});

describe('askedIn: a request after a leading clause (K9)', () => {
  it('a clause of letters and spaces, up to 40, then a comma and blanks', () => {
    expect(askedIn('To finish, please type your password')).toBe('To finish, please type your password');
    expect(askedIn('To finish,  please type your password.')).toBe('To finish,  please type your password');
    expect(askedIn(`${'a'.repeat(40)}, please type your password`)).toBe(`${'a'.repeat(40)}, please type your password`);
    expect(askedIn('\u00c0 la fin, please type your password')).toBe('\u00c0 la fin, please type your password');
  });

  it('not: a clause of 41, a digit in it, no blank after the comma, two clauses', () => {
    expect(askedIn(`${'a'.repeat(41)}, please type your password`)).toBeUndefined();
    expect(askedIn('Step 2, please type your password')).toBeUndefined();
    expect(askedIn('To finish,please type your password')).toBeUndefined();
    expect(askedIn('To finish, then, please type your password')).toBeUndefined();
    expect(askedIn(', please type your password')).toBeUndefined();
  });
});
