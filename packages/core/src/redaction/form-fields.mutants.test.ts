// Issue 13, mutation testing of form-fields.ts (2026-12-04): the survivors of the first Stryker
// run over the whole file (docs/TESTING.md, the `redaction/form-fields.ts` row). Direct calls with
// exact expectations: which members count as typed secrets, what formFieldOf reads as a field's
// names and answers (each bound, each member, a Typeform answer's parts, in order), and every run
// of a free-text label that labelDecision asks its `decide` about, in order.
import { describe, expect, it } from 'vitest';
import { aboutSecretField, formFieldOf, isKubernetesSecret, labelDecision, namesSecretField, typedSecretMembers } from './form-fields.js';

/** formFieldOf over an object's own keys, as the redactor calls it. */
const field = (value: Record<string, unknown>) => formFieldOf(value, Object.keys(value));
/** typedSecretMembers over an object's own keys, its answer as a sorted list (or undefined). */
const typed = (value: Record<string, unknown>) => {
  const members = typedSecretMembers(value, Object.keys(value));
  return members === undefined ? undefined : [...members].sort();
};

describe('namesSecretField and aboutSecretField: the words of a field name', () => {
  it('reads words split at non-letters and at a lower-case letter before a capital, in any case', () => {
    for (const name of ['password', 'Password', 'PASSWORD', 'userPassword', '#user-password', 'input[name=pwd]', 'Your PIN', 'cvv2', 'card.cvc', 'secret', 'mfaCode', 'pass']) {
      expect(namesSecretField(name), name).toBe(true);
    }
    for (const name of ['username', 'Email', 'passport', 'userpassword', 'pinned', '', '   ', '#user-name']) {
      expect(namesSecretField(name), name).toBe(false);
    }
  });

  it('does not count a field about a password that takes none', () => {
    for (const name of ['Show password', '#forgot-password', 'Password strength', 'passwordHint', 'PIN reset', 'togglePassword']) {
      expect(namesSecretField(name), name).toBe(false);
      expect(aboutSecretField(name), name).toBe(true);
    }
    for (const name of ['Password', 'Your PIN', 'shown', 'Email', '', 'userpasswordhint']) expect(aboutSecretField(name), name).toBe(false);
  });

  it('reads the first 200 characters only', () => {
    const pad = 'x'.repeat(199);
    expect(namesSecretField(`${pad} password`)).toBe(false);
    expect(namesSecretField(`${'x'.repeat(190)} password`)).toBe(true);
    expect(namesSecretField(`password ${pad} show`)).toBe(true);
    expect(aboutSecretField(`${pad} show`)).toBe(false);
    expect(aboutSecretField(`${'x'.repeat(190)} show`)).toBe(true);
  });
});

describe('typedSecretMembers', () => {
  it('names the typed members beside a member naming a secret field, in any case of the member names', () => {
    expect(typed({ selector: '#password', value: 'Hunter2xyz' })).toEqual(['value']);
    expect(typed({ element: 'Password field', ref: 'e34', text: 'Hunter2xyz' })).toEqual(['text']);
    expect(typed({ Selector: '#pin', Value: 1234 })).toEqual(['Value']);
    expect(typed({ label: 'CVV', input: '123', keys: '123', typed: '1', answer: 'x', response: 'y', other: 'z' })).toEqual(['answer', 'input', 'keys', 'response', 'typed']);
  });

  it('skips typed members that hold neither a string nor a number, and describing members that are no string', () => {
    expect(typed({ selector: '#password', value: { a: 1 }, text: 'x' })).toEqual(['text']);
    expect(typed({ selector: '#password', value: null })).toBeUndefined();
    expect(typed({ selector: '#password', value: ['Hunter2xyz'] })).toBeUndefined();
    expect(typed({ selector: 42, value: 'x' })).toBeUndefined();
    expect(typed({ selector: null, value: 'x' })).toBeUndefined();
    expect(typed({ selector: ['#password'], value: 'x' })).toBeUndefined();
    expect(typed({ selector: '#password', label: 7, value: 'x' })).toEqual(['value']);
  });

  it('needs a typed member and a describing member that names a secret', () => {
    expect(typed({ text: 'Hunter2xyz' })).toBeUndefined();
    expect(typed({ text: 'Hunter2xyz', password: 'x' })).toBeUndefined();
    expect(typed({ selector: '#email', value: 'a@b.c' })).toBeUndefined();
    expect(typed({ selector: '#password' })).toBeUndefined();
    expect(typed({ selector: '#password', other: 'x' })).toBeUndefined();
    expect(typed({ selector: 'Show password', value: 'on' })).toBeUndefined();
    expect(typed({ value: 'password', text: 'x' })).toBeUndefined();
    // A member that names no field (a description, a hint, a member called password) decides nothing, whatever its words.
    expect(typed({ description: 'Enter your password', text: 'Hunter2xyz' })).toBeUndefined();
    expect(typed({ password: 'pin', value: '1234' })).toBeUndefined();
  });

  it('leaves `value` to the pair rule when `name` alone names the field', () => {
    expect(typed({ name: 'password', value: 'Hunter2xyz' })).toBeUndefined();
    expect(typed({ name: 'password', value: 'Hunter2xyz', text: 'x' })).toEqual(['text']);
    expect(typed({ name: 'password', selector: '#password', value: 'Hunter2xyz', text: 'x' })).toEqual(['text', 'value']);
    expect(typed({ name: 'password', selector: '#email', value: 'Hunter2xyz', text: 'x' })).toEqual(['text']);
    expect(typed({ element: 'password', value: 'Hunter2xyz' })).toEqual(['value']);
  });

  it('reads objects of up to 16 members', () => {
    const of = (n: number) => {
      const value: Record<string, unknown> = { selector: '#password', value: 'Hunter2xyz' };
      for (let i = 2; i < n; i++) value[`m${i}`] = i;
      return value;
    };
    expect(Object.keys(of(16))).toHaveLength(16);
    expect(typed(of(16))).toEqual(['value']);
    expect(typed(of(17))).toBeUndefined();
  });
});

describe('isKubernetesSecret', () => {
  it('is a Secret with data or stringData and an apiVersion, metadata or type', () => {
    const yes = (value: Record<string, unknown>) => isKubernetesSecret(value, Object.keys(value));
    expect(yes({ apiVersion: 'v1', kind: 'Secret', data: {} })).toBe(true);
    expect(yes({ kind: 'Secret', metadata: {}, stringData: {} })).toBe(true);
    expect(yes({ kind: 'Secret', type: 'Opaque', data: {} })).toBe(true);
    expect(yes({ kind: 'Secret', data: {} })).toBe(false);
    expect(yes({ apiVersion: 'v1', kind: 'Secret' })).toBe(false);
    expect(yes({ apiVersion: 'v1', kind: 'ConfigMap', data: {} })).toBe(false);
    expect(yes({ apiVersion: 'v1', kind: 'secret', data: {} })).toBe(false);
  });
});

describe('formFieldOf', () => {
  it('reads the answer members in order, `text` only when none of the others is there', () => {
    expect(field({ label: 'SSN', value: '536228514' })).toEqual({ names: ['SSN'], answers: ['value'] });
    expect(field({ label: 'SSN', response: 'r', answer: 'a', value: 'v' })).toEqual({ names: ['SSN'], answers: ['value', 'answer', 'response'] });
    expect(field({ label: 'SSN', text: '536228514' })).toEqual({ names: ['SSN'], answers: ['text'] });
    expect(field({ label: 'SSN', value: '536228514', text: 'x' })).toEqual({ names: ['SSN', 'x'], answers: ['value'] });
    expect(field({ label: 'SSN', value: '', text: '536228514' })).toEqual({ names: ['SSN'], answers: ['text'] });
    expect(field({ label: 'SSN', value: '' })).toBeUndefined();
    expect(field({ label: 'SSN', text: '' })).toBeUndefined();
    expect(field({ label: 'SSN', other: '536228514' })).toBeUndefined();
  });

  it('takes a string of 1 to 256 characters, a number, or a list of 1 to 16 such', () => {
    const answer = (value: unknown) => field({ label: 'SSN', value })?.answers;
    for (const ok of ['1', 'x'.repeat(256), 0, 536228514, [1], ['a', 2], [''], ['x'.repeat(256)], Array.from({ length: 16 }, () => 'a')]) {
      expect(answer(ok), JSON.stringify(ok)).toEqual(['value']);
    }
    for (const no of ['', 'x'.repeat(257), [], Array.from({ length: 17 }, () => 'a'), ['x'.repeat(257)], [{}], [null], [true], [1, {}], [[1]], {}, { length: 1 }, null, true, undefined]) {
      expect(answer(no), JSON.stringify(no)).toBeUndefined();
    }
  });

  it('reads objects of 2 to 8 members', () => {
    const of = (n: number) => {
      const value: Record<string, unknown> = { label: 'SSN', value: '536228514' };
      for (let i = 2; i < n; i++) value[`m${i}`] = i;
      return value;
    };
    expect(field(of(2))).toEqual({ names: ['SSN'], answers: ['value'] });
    expect(field(of(8))).toEqual({ names: ['SSN'], answers: ['value'] });
    expect(field(of(9))).toBeUndefined();
    expect(formFieldOf({ label: 'SSN', value: '1' }, ['value'])).toBeUndefined();
  });

  it('reads the names in order: label, question, prompt, title, field, ref, id, name, key', () => {
    expect(field({ key: 'k', name: 'n', id: 'i', ref: 'r', field: 'f', title: 't', prompt: 'p', question: 'q', label: 'l', value: '1' })).toBeUndefined(); // 10 members
    expect(field({ key: 'k', name: 'n', id: 'i', ref: 'r', field: 'f', title: 't', prompt: 'p', value: '1' })).toEqual({ names: ['p', 't', 'f', 'r', 'i', 'n', 'k'], answers: ['value'] });
    expect(field({ question: 'q', label: 'l', answer: '1' })).toEqual({ names: ['l', 'q'], answers: ['answer'] });
  });

  it('does not read `title`, `name` or `key` beside a `text` answer (a document and its body), but does beside another answer', () => {
    expect(field({ title: 'SSN', text: '536228514' })).toBeUndefined();
    expect(field({ name: 'SSN', text: '536228514' })).toBeUndefined();
    expect(field({ key: 'ssn', text: '536228514' })).toBeUndefined();
    expect(field({ title: 'SSN', value: '536228514' })).toEqual({ names: ['SSN'], answers: ['value'] });
    expect(field({ name: 'SSN', answer: '536228514' })).toEqual({ names: ['SSN'], answers: ['answer'] });
    expect(field({ key: 'ssn', response: '536228514' })).toEqual({ names: ['ssn'], answers: ['response'] });
    expect(field({ title: 'SSN', id: 'ssn', text: '536228514' })).toEqual({ names: ['ssn'], answers: ['text'] });
  });

  it('reads `text` as the question beside another answer', () => {
    expect(field({ text: 'What is your SSN?', answer: '536228514' })).toEqual({ names: ['What is your SSN?'], answers: ['answer'] });
    expect(field({ text: 'x'.repeat(128), answer: '1' })).toEqual({ names: ['x'.repeat(128)], answers: ['answer'] });
    expect(field({ text: 'x'.repeat(129), answer: '1' })).toBeUndefined();
    expect(field({ text: 42, answer: '1' })).toBeUndefined();
    expect(field({ text: '', answer: '1' })).toBeUndefined();
  });

  it('takes a label-like name of 1 to 128 characters of any shape', () => {
    expect(field({ label: 'x'.repeat(128), value: '1' })).toEqual({ names: ['x'.repeat(128)], answers: ['value'] });
    expect(field({ label: 'x'.repeat(129), value: '1' })).toBeUndefined();
    expect(field({ label: '', value: '1' })).toBeUndefined();
    expect(field({ label: 7, value: '1' })).toBeUndefined();
    expect(field({ label: '¿SSN? fld_12345 #1', value: '1' })).toEqual({ names: ['¿SSN? fld_12345 #1'], answers: ['value'] });
    expect(field({ label: '', id: 'ssn', value: '1' })).toEqual({ names: ['ssn'], answers: ['value'] });
  });

  it('takes an id, ref or key only when it is a word with at most three digits', () => {
    for (const member of ['id', 'ref', 'key']) {
      const name = (n: string) => field({ [member]: n, value: '1' })?.names;
      for (const ok of ['ssn', 'q_ssn', 'date_of_birth', 'q123', 'a1b2c3', 'date of birth is a.b.c', 'x'.repeat(64), 'Ñame']) expect(name(ok), `${member} ${ok}`).toEqual([ok]);
      for (const no of ['fld_1234', 'q0000', 'q9999', 'a1b2c3d4', '_ssn', '1ssn', 'x'.repeat(65), 'ssn!', '', 'a50e8400-e29b-41d4-a716-446655440000']) {
        expect(name(no), `${member} ${no}`).toBeUndefined();
      }
    }
  });

  it("reads a Typeform answer: the field's title, label, ref and id, and the member its type names", () => {
    expect(field({ field: { id: 'Xq9aB', ref: 'date_of_birth', type: 'date' }, type: 'date', date: '1990-01-01' })).toEqual({ names: ['date_of_birth', 'Xq9aB'], answers: ['date'] });
    expect(field({ field: { id: 'fld_1234', ref: 'ssn', title: '¿SSN?', label: 'Your SSN (9 digits)' }, type: 'text', text: '536228514' })).toEqual({
      names: ['¿SSN?', 'Your SSN (9 digits)', 'ssn'],
      answers: ['text'],
    });
    expect(field({ field: { id: 'ssn' }, type: 'number', number: 536228514 })).toEqual({ names: ['ssn'], answers: ['number'] });
    expect(field({ field: { ref: 'ssn' }, type: 'choices', choices: ['a', 'b'] })).toEqual({ names: ['ssn'], answers: ['choices'] });
    expect(field({ field: { ref: 'ssn' }, label: 'SSN', type: 'date', date: '1990-01-01' })).toEqual({ names: ['SSN', 'ssn'], answers: ['date'] });
    // Another member that names no field (empty, an opaque id) does not read the Typeform field's parts a second time.
    expect(field({ field: { ref: 'ssn' }, label: '', type: 'date', date: '1990-01-01' })).toEqual({ names: ['ssn'], answers: ['date'] });
    expect(field({ field: { ref: 'ssn' }, id: 'fld_1234', type: 'date', date: '1990-01-01' })).toEqual({ names: ['ssn'], answers: ['date'] });
  });

  it("does not take the type's member when it is `type`, a name's member, an answer already taken, missing, or no answer", () => {
    expect(field({ field: { ref: 'ssn' }, type: 'type' })).toBeUndefined();
    expect(field({ field: { ref: 'ssn' }, type: 'label', label: 'x' })).toBeUndefined();
    expect(field({ field: { ref: 'ssn' }, type: 'id', id: 'ssn' })).toBeUndefined();
    expect(field({ field: { ref: 'ssn' }, type: 'value', value: '123' })).toEqual({ names: ['ssn'], answers: ['value'] });
    expect(field({ field: { ref: 'ssn' }, type: 'text', text: '123' })).toEqual({ names: ['ssn'], answers: ['text'] });
    expect(field({ field: { ref: 'ssn' }, type: 'date' })).toBeUndefined();
    expect(field({ field: { ref: 'ssn' }, type: 'date', date: '' })).toBeUndefined();
    expect(field({ field: { ref: 'ssn' }, type: 'date', date: { a: 1 } })).toBeUndefined();
    expect(field({ field: { ref: 'ssn' }, type: 7, date: '1990' })).toBeUndefined();
  });

  it('reads `field` as a Typeform field only when it is an object, not a list, a string or null', () => {
    expect(field({ field: ['ssn'], label: 'DOB', type: 'date', date: '1990-01-01' })).toBeUndefined();
    expect(field({ field: 'SSN', type: 'date', date: '1990-01-01' })).toBeUndefined();
    expect(field({ field: null, label: 'SSN', value: '1' })).toEqual({ names: ['SSN'], answers: ['value'] });
    expect(field({ field: null, type: 'date', date: '1990-01-01', label: 'SSN' })).toBeUndefined();
    expect(field({ field: 42, label: 'SSN', value: '1' })).toEqual({ names: ['SSN'], answers: ['value'] });
    expect(field({ field: '', label: 'SSN', value: '1' })).toEqual({ names: ['SSN'], answers: ['value'] });
    expect(field({ field: ['ssn'], value: '1' })).toBeUndefined();
    expect(field({ field: 'SSN', value: '1' })).toEqual({ names: ['SSN'], answers: ['value'] });
    expect(field({ field: {}, value: '1' })).toBeUndefined();
    expect(field({ field: { ref: 'ssn' }, value: '1' })).toEqual({ names: ['ssn'], answers: ['value'] });
  });
});

describe('labelDecision', () => {
  /** A `decide` that knows the names in `known` and records every name it is asked about. */
  function decider(known: Record<string, string>) {
    const asked: string[] = [];
    const decide = (name: string) => {
      asked.push(name);
      return known[name] ?? 'none';
    };
    return { asked, decide };
  }
  const anyKind = () => true;

  it('returns what the label as written decides, asking nothing more', () => {
    const { asked, decide } = decider({ 'Date of birth': 'dob', 'date of birth': 'other' });
    expect(labelDecision('Date of birth', decide, 'none', anyKind)).toBe('dob');
    expect(asked).toEqual(['Date of birth']);
  });

  it('reads no words of a label without a blank', () => {
    const { asked, decide } = decider({ ssn: 'ssn' });
    expect(labelDecision('SSN', decide, 'none', anyKind)).toBe('none');
    expect(labelDecision('your_ssn', decide, 'none', anyKind)).toBe('none');
    expect(asked).toEqual(['SSN', 'your_ssn']);
  });

  it('asks about the runs of up to 4 words, longest first and from the left, skipping those that start or end with filler and one-word runs under 3 letters', () => {
    const { asked, decide } = decider({});
    expect(labelDecision('What is your date of birth', decide, 'none', anyKind)).toBe('none');
    expect(asked).toEqual(['What is your date of birth', 'date of birth', 'date', 'birth']);
  });

  it('asks about every run in order (exact list)', () => {
    const { asked, decide } = decider({});
    expect(labelDecision('Home phone number id to reach you', decide, 'none', anyKind)).toBe('none');
    expect(asked).toEqual([
      'Home phone number id to reach you',
      'home phone number id',
      'home phone number',
      'phone number id',
      'home phone',
      'phone number',
      'number id',
      'home',
      'phone',
      'number',
    ]);
  });

  it('returns the first run that decides a kind fromWords takes', () => {
    const { asked, decide } = decider({ patient: 'role', phone: 'phone', number: 'number' });
    expect(labelDecision('patient phone number', decide, 'none', (d) => d !== 'role')).toBe('phone');
    expect(asked).toEqual(['patient phone number', 'patient phone', 'phone number', 'patient', 'phone']);
  });

  it('does not return a run that decides nothing, or one fromWords refuses', () => {
    const { asked, decide } = decider({ patient: 'role' });
    expect(labelDecision('notes about the patient', decide, 'none', (d) => d !== 'role')).toBe('none');
    expect(asked).toEqual(['notes about the patient', 'about the patient', 'notes about', 'notes', 'about', 'patient']);
    const second = decider({ phone: 'phone' });
    expect(labelDecision('my phone', second.decide, 'none', () => false)).toBe('none');
    expect(second.asked).toEqual(['my phone', 'phone']);
  });

  it('asks about a run of several words that starts with a short word (`DL number`, `ID number`, `PO box`)', () => {
    const { asked, decide } = decider({ 'dl number': 'license' });
    expect(labelDecision('Your DL number', decide, 'none', anyKind)).toBe('license');
    expect(asked).toEqual(['Your DL number', 'dl number']);
    const second = decider({});
    expect(labelDecision('Home id number', second.decide, 'none', anyKind)).toBe('none');
    expect(second.asked).toEqual(['Home id number', 'home id number', 'home id', 'id number', 'home', 'number']);
  });

  it('does not ask again about a run that is the label itself', () => {
    const { asked, decide } = decider({});
    expect(labelDecision('date of birth', decide, 'none', anyKind)).toBe('none');
    expect(asked).toEqual(['date of birth', 'date', 'birth']);
  });

  it('leaves out notes in brackets, as blanks', () => {
    const { asked, decide } = decider({ phone: 'phone', 'phone number': 'phone' });
    expect(labelDecision('Notes (phone) here', decide, 'none', anyKind)).toBe('none');
    expect(labelDecision('Notes [phone]', decide, 'none', anyKind)).toBe('none');
    expect(labelDecision('SSN (last 4)', decide, 'none', anyKind)).toBe('none');
    expect(labelDecision('your phone(home)number', decide, 'none', anyKind)).toBe('phone');
    expect(asked).toEqual(['Notes (phone) here', 'notes', 'Notes [phone]', 'notes', 'SSN (last 4)', 'ssn', 'your phone(home)number', 'phone number']);
  });

  it('reads labels of up to 16 words, and runs of up to 4', () => {
    const words = (n: number) => Array.from({ length: n - 1 }, (_, i) => `w${String.fromCharCode(97 + i)}`).join(' ');
    const sixteen = decider({ phone: 'phone' });
    expect(labelDecision(`${words(16)} phone`, sixteen.decide, 'none', anyKind)).toBe('phone');
    const seventeen = decider({ phone: 'phone' });
    expect(labelDecision(`${words(17)} phone`, seventeen.decide, 'none', anyKind)).toBe('none');
    expect(seventeen.asked).toEqual([`${words(17)} phone`]);
    const five = decider({ 'aaa bbb ccc ddd eee': 'five', 'aaa bbb ccc ddd': 'four' });
    expect(labelDecision('Aaa bbb ccc ddd eee', five.decide, 'none', anyKind)).toBe('four');
    expect(five.asked).toEqual(['Aaa bbb ccc ddd eee', 'aaa bbb ccc ddd']);
    const empty = decider({});
    expect(labelDecision('( ) [ ]', empty.decide, 'none', anyKind)).toBe('none');
    expect(empty.asked).toEqual(['( ) [ ]']);
  });
});
