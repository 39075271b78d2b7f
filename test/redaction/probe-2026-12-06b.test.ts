// Rows of the README-only probe of 2026-12-06b fixed (test/redaction/probe-2026-12-06b.cases.md; issue 11): a
// describe per row, each with the row's examples, its held-back inputs, more of the kind written
// before the fix, and look-alikes that must stay readable.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { ledgerRecorder, MODES } from './stored-events.js';
import { check, storedResults, type Case } from './masked-text.js';

const { storedOf, streamed } = ledgerRecorder('probe-2026-12-06b');

describe('L3: a value\'s label at the end of one streamed chunk, the value at the start of the next', () => {
  // [chunks, the raw values that must be gone from every stored chunk, what stays readable]
  const PROBE: Array<[string[], string[], string[]]> = [
    [['Your new password is ', 'Kiwi!Banana-2026 — change it after login.'], ['Kiwi!Banana-2026'], ['change it after login']],
    [['{"card_number":"5555 5555 5555 4444","cvv":"', '737","exp":"12/28"}'], ['737', '5555 5555 5555 4444'], ['"exp":"12/28"}']],
    [['API key: ', 'Qz8Wn3Lm5Rt7Vx2Bc4Df6Gh9Jk1Ps0Ty'], ['Qz8Wn3Lm5Rt7Vx2Bc4Df6Gh9Jk1Ps0Ty'], []],
    [['MRN ', '00482913 was admitted'], ['00482913'], ['was admitted']],
    [['Date of birth: ', '14/03/1985'], ['14/03/1985'], []],
    [['Passport number ', 'X1234567 expires 2030'], ['X1234567'], ['expires 2030']],
    [['password: ', 'Kiwi!Banana-2026'], ['Kiwi!Banana-2026'], []],
    [['{"password":"', 'Kiwi!Banana-2026"}'], ['Kiwi!Banana-2026'], []],
  ];
  const HELD_BACK: Array<[string[], string[], string[]]> = [
    [['Your one-time passcode is ', '582913. It expires in 10 minutes.'], ['582913'], ['It expires in 10 minutes']],
    [['Please pay into account number ', '004417728193 at Kiwibank.'], ['004417728193'], ['at Kiwibank']],
    [['Medicare number: ', '1EG4-TE5-MK73'], ['1EG4-TE5-MK73'], []],
    [['DB_PASSWORD=', 'Tui-Bird-4471!'], ['Tui-Bird-4471!'], []],
    [['Her date of birth is ', '3 June 1979.'], ['3 June 1979'], []],
    [['"client_secret": "', 'Zt8Qm2Lp5Rx9Vw3Nc7Bd1Fh4Jk6"'], ['Zt8Qm2Lp5Rx9Vw3Nc7Bd1Fh4Jk6'], []],
  ];
  // More of the kind, written before the fix: token streams cut before the blank, other labels and
  // languages, a JSON member with blanks and single quotes, a number as a member's value.
  const MORE: Array<[string[], string[], string[]]> = [
    [['The wifi password is', ' Tui-Bird-4471! if you need it'], ['Tui-Bird-4471!'], ['if you need it']],
    [['Your PIN is', ' 8841.'], ['8841'], []],
    [['Social security number:', ' 536228514 on file'], ['536228514'], ['on file']],
    [['passport no. ', 'K8831204 valid'], ['K8831204'], ['valid']],
    [['secret_key = ', 'Zt8Qm2Lp5Rx9Vw3Nc7Bd1Fh4Jk6'], ['Zt8Qm2Lp5Rx9Vw3Nc7Bd1Fh4Jk6'], []],
    [['Passwort: ', 'Kiwi!Banana-2026'], ['Kiwi!Banana-2026'], []],
    [['{"cvc": "', '4821", "name": "card"}'], ['4821'], ['"name": "card"}']],
    [["{'api_key': '", "Zt8Qm2Lp5Rx9Vw3Nc7Bd1Fh4Jk6'}"], ['Zt8Qm2Lp5Rx9Vw3Nc7Bd1Fh4Jk6'], []],
    [['{"dob":"', '1962-07-11","plan":"gold"}'], ['1962-07-11'], ['"plan":"gold"}']],
    [['{"card_number":', '4242424242424242,"brand":"visa"}'], ['4242424242424242'], ['"brand":"visa"}']],
    [['Sure, here it is. The admin password is ', 'Sunflower#Meadow7 and the user is admin.'], ['Sunflower#Meadow7'], ['and the user is admin']],
  ];
  // Look-alikes: a label whose next chunk holds no value of its kind stays as written.
  const LOOK_ALIKES: string[][] = [
    ['The password policy is ', '12 characters minimum.'],
    ['The API key rotation is ', 'scheduled for Friday.'],
    ['Date of birth: ', 'not provided'],
    ['The order number is ', '4471220190 and it ships Monday.'],
    ['The password is', ' correct, you can log in.'],
    ['The token count is ', '4096 for this request.'],
    ['MRN ', 'lookups are slow today.'],
    ['{"status":"', 'ok","count":3}'],
    ['{"password":"', '","hint":"none"}'],
    ['Version ', '2.4.1 is out'],
  ];

  describe.each(MODES)('%s', (_label, mode) => {
    it.each([...PROBE, ...HELD_BACK, ...MORE])('%j', async (chunks, gone, stays) => {
      const outputs = await streamed(chunks, mode);
      const all = outputs.join('\n');
      for (const value of gone) expect(all).not.toContain(value);
      for (const words of stays) expect(all).toContain(words);
    });
  });

  it.each(LOOK_ALIKES)('%j + %j stays as written', async (...chunks) => {
    expect(await streamed(chunks)).toEqual(chunks);
  });

  it('a CVV cut after its member name over `model.toolCalls` argument deltas (in5)', async () => {
    const deltas = ['{"card":"4111 1111', ' 1111 1111","cvv":"', '737","holder":"visa"}'];
    const events = await storedOf(deltas.map((args) => ({ type: 'model.response', content: { output: '' }, model: { toolCalls: [{ id: 't1', name: 'charge', arguments: args }] } })));
    const stored = events.map((event) => JSON.stringify((event as { model?: { toolCalls?: unknown } }).model?.toolCalls));
    const all = stored.join('\n');
    for (const value of ['737', '1111 1111","cvv']) expect(all).not.toContain(value);
    expect(stored[2]).toContain('\\"holder\\":\\"visa\\"}');
  });

  it('the value joined after its label takes the pseudonym it has in one chunk', async () => {
    const [, second] = await streamed(['Your new password is ', 'Kiwi!Banana-2026 — change it.']);
    const [whole] = await streamed(['Your new password is Kiwi!Banana-2026 — change it.']);
    expect(second?.match(/\[PASSWORD:[^\]]+\]/)?.[0]).toBe(whole?.match(/\[PASSWORD:[^\]]+\]/)?.[0]);
  });

  // Found by the Stryker run of streamed-labels.ts (issue 13): memberValueAtStart's branch for a
  // string that ends inside the value never held, and a value cut again was stored raw.
  it.each([
    [['{"cvv":"', '737'], '737'],
    [['{"cvv":"', '73', '7","exp":"12/28"}'], '73'],
    [['{"cvc": "', '4821'], '4821'],
    [["{'pin': '", '8841'], '8841'],
  ])('a member value cut again, its closing quote in a later chunk or none: %j', async (chunks, part) => {
    const outputs = await streamed(chunks);
    expect(outputs[1]).not.toContain(part);
    expect(outputs[1]).toMatch(/^\[SECRET:psn_[a-z0-9_]+\]$/);
  });

  it('a plain member value cut again stays', async () => {
    expect(await streamed(['{"status":"', 'ok'])).toEqual(['{"status":"', 'ok']);
  });
});

describe('L3 in linear time: the label is read in a window at the chunk\'s end', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
  const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length));
  let sessions = 0;
  /** Records the `|`-separated chunks of `text` as one streamed answer of a fresh session. */
  const stream = (text: string) => {
    const session = `linear-${sessions++}`;
    for (const output of text.split('|')) void redactor.redact({ v: 1, type: 'model.response', session, content: { output } } as never, {} as never);
  };
  it('twice the chunks that each end in a label cost about twice the time', () => {
    expect(timeRatio(stream, (n) => repeat('Your new password is |Kiwi!Banana-2026 ok; the MRN |00482913 and "cvv":"|737", ', n), 300, 600)).toBeLessThan(2.6);
  });
  it('a long chunk of label words ending in a label costs as its length', () => {
    expect(timeRatio(stream, (n) => `${repeat('date of birth password is ', n)}|14/03/1985`, 50_000, 100_000)).toBeLessThan(2.6);
  });
});

describe('L5: a North American number wrapped whole in parentheses', () => {
  const PROBE: Case[] = [
    ['Previous address 88 Queen St W, current landlord Mr. Gurpreet Sandhu (416-555-0199), monthly income $5,400', ['416-555-0199'], ['monthly income $5,400']],
    ['Emergency contact: my brother Tane (604.555.0177)', ['604.555.0177'], ['Emergency contact: my brother']],
    ['Landlord: Mr. Gurpreet Sandhu (4165550199)', ['4165550199'], ['Landlord: Mr.']],
  ];
  const HELD_BACK: Case[] = [
    ['please call my daughter Mele (212-555-0147) if I do not answer', ['212-555-0147'], ['if I do not answer']],
    ['Contact: Wiremu Tane (647.555.0123)', ['647.555.0123'], ['Contact:']],
    ['Landlord reference (905-555-0188) - Mr. Singh', ['905-555-0188'], ['Landlord reference']],
    ['Pickup by husband (3125550176)', ['3125550176'], ['Pickup by husband']],
    ['Reach me (204 555 0136) after 6pm', ['204 555 0136'], ['after 6pm']],
  ];
  // More of the kind: other separators, a number at a line's start or after a line break, two in one line, an extension.
  const MORE: Case[] = [
    ['References:\n(718-555-0164) Aunt Losa\n(646.555.0190) Pastor Mika', ['718-555-0164', '646.555.0190'], ['References:']],
    ['Co-signer Ana Folau (503 555 0172) and her employer (5035550111)', ['503 555 0172', '5035550111'], ['and her employer']],
    ['my sister (617-555-0148 ext 22) can confirm', ['617-555-0148'], ['can confirm']],
    ['my cousin Aroha Ngata (021-555-0143)', ['021-555-0143'], ['my cousin']],
    ['Landlord reference: 905-555-0188', ['905-555-0188'], ['Landlord reference:']],
  ];
  // Look-alikes: numbers in parentheses that are no phone stay.
  const LOOK_ALIKES: Case[] = [
    ['Order (4165550199) shipped', [], ['Order (4165550199) shipped']],
    ['see invoice (2125550147) attached', [], ['invoice (2125550147)']],
    ['Case (212-555-0147) was closed', [], ['Case (212-555-0147)']],
    ['build (2026120601) passed', [], ['build (2026120601)']],
    ['ids (1234567890) are opaque', [], ['(1234567890)']],
    ['ref (4471-220-19) filed', [], ['(4471-220-19)']],
    ['signed (2026-12-06) and dated', [], ['(2026-12-06)']],
    ['pages (212-215) of the report', [], ['(212-215)']],
    ['version (2.4.10) released', [], ['(2.4.10)']],
    ['total (12 345 678) units', [], ['(12 345 678)']],
    ['call f(4165550199) in the test', [], ['f(4165550199)']],
    ['port range (49152-65535) opened', [], ['(49152-65535)']],
    ['ISBN (0-306-40615-2) in print', [], ['(0-306-40615-2)']],
    ['employer reference number 4471220190', [], ['4471220190']],
  ];
  it.each([...PROBE, ...HELD_BACK, ...MORE])('%j is masked', (...each) => check([each]));
  it.each(LOOK_ALIKES)('%j stays', (...each) => check([each]));
  it('through a tool result as the redactor stores it', async () => {
    const [event] = await storedOf([{ type: 'tool.result', tool: { name: 'rental', callId: 'r1', result: { notes: 'current landlord Mr. Gurpreet Sandhu (416-555-0199), monthly income $5,400' } } }]);
    expect(JSON.stringify(event?.tool)).not.toContain('416-555-0199');
    expect(JSON.stringify(event?.tool)).toMatch(/\(\[PHONE:psn_\w+\]\)/);
  });
});

describe('O1: an access log\'s request line for a login path is no login and password', () => {
  const PROBE: Case[] = [
    ['81.2.69.160 - jdupont [05/Dec/2026:09:20:15 +0000] "POST /login HTTP/1.1" 302 0 "-" "Mozilla/5.0"', ['81.2.69.160'], ['"POST /login HTTP/1.1" 302 0']],
    ['"GET /login HTTP/1.1" 200 1532', [], ['"GET /login HTTP/1.1" 200 1532']],
  ];
  const HELD_BACK: Case[] = [
    ['"GET /signin HTTP/1.1" 200 812', [], ['"GET /signin HTTP/1.1" 200 812']],
    ['"POST /login HTTP/2.0" 200 44', [], ['"POST /login HTTP/2.0" 200 44']],
    ['"GET /user/login HTTP/1.0" 301 0', [], ['"GET /user/login HTTP/1.0" 301 0']],
    ['"POST /admin/login HTTP/1.1" 403 12', [], ['"POST /admin/login HTTP/1.1" 403 12']],
  ];
  // More of the kind: no quotes, other protocols, a login path with a query, several lines.
  const MORE: Case[] = [
    ['GET /login HTTP/1.1 200 512', [], ['GET /login HTTP/1.1 200']],
    ['DESCRIBE /account RTSP/1.0', [], ['DESCRIBE /account RTSP/1.0']],
    ['10.0.0.7 - - "GET /sign-in?next=%2F HTTP/1.1" 200\n10.0.0.7 - - "POST /login HTTP/1.1" 302', ['10.0.0.7'], ['"POST /login HTTP/1.1" 302']],
    ['[pid 41] POST /auth/login HTTP/2 401', [], ['POST /auth/login HTTP/2 401']],
  ];
  // What the rule reads still: a user and a password side by side after a login word.
  const STILL_MASKED: Case[] = [
    ['login with admin / Tr0ub4dor&3', ['Tr0ub4dor&3'], ['login with admin']],
    ['sign in as root/Xq9!zz', ['Xq9!zz'], ['sign in as root']],
    ['creds: admin/hunter', ['hunter'], ['creds: admin']],
    ['/login admin/Hunter2!', ['Hunter2!'], ['/login admin']],
  ];
  it.each([...PROBE, ...HELD_BACK, ...MORE, ...STILL_MASKED])('%j', (...each) => check([each]));
});

describe('L10: a ZIP+4 after a city and state with no comma between them', () => {
  const PROBE: Case[] = [
    ['SHIP TO:\nCHIDINMA OKORO-EZE\nAPT 12C\n4410 W BELMONT AVE\nCHICAGO IL 60641-4215\n(773) 555-0184', ['60641-4215', '4215', '4410 W BELMONT AVE'], ['SHIP TO:']],
    ['Ship to: 4410 W Belmont Ave, Chicago IL 60641-4215', ['60641-4215', '4215'], ['Ship to:']],
  ];
  const HELD_BACK: Case[] = [
    ['Ship to: 1402 Cypress Ridge Lane, Austin TX 78746-2231', ['78746-2231', '2231'], ['Ship to:']],
    ['MAIL TO\nADAEZE OKONKWO\n77 MAGNOLIA BEND DR\nMANDEVILLE LA 70471-3302', ['70471-3302', '3302', 'MANDEVILLE'], ['MAIL TO']],
    ['Return address: 55 Elm St, Burlington VT 05401-4417', ['05401-4417', '4417'], ['Return address:']],
    ['Deliver to 2219 Esplanade Ave New Orleans LA 70119-1122', ['70119-1122', 'New Orleans', '1122'], ['Deliver to']],
  ];
  // More of the kind: a five-digit ZIP after a city with no comma after the street, a sentence after the code, a label's capitals.
  const MORE: Case[] = [
    ['Deliver to 2219 Esplanade Ave New Orleans LA 70119 before noon', ['70119', 'New Orleans'], ['before noon']],
    ['Bill to: 908 Oak Hollow Rd, Round Rock TX 78681-3307. Thanks!', ['78681-3307', '3307', 'Round Rock'], ['Thanks!']],
    ['RETURN TO\n15 HARBOR VIEW CT\nSAN DIEGO CA 92101-6512\nUSA', ['92101-6512', '6512', 'SAN DIEGO'], ['RETURN TO']],
  ];
  // Look-alikes: a ZIP+4 shape and capitalized words with no street line before them stay.
  const LOOK_ALIKES: Case[] = [
    ['Part number 60641-4215 is back in stock', [], ['60641-4215']],
    ['Our offices in New Orleans LA and Austin TX are closed', [], ['New Orleans LA', 'Austin TX']],
    ['Ticket 70119-1122 resolved by Support Team', [], ['70119-1122']],
  ];
  it.each([...PROBE, ...HELD_BACK, ...MORE])('%j is masked', (...each) => check([each]));
  it.each(LOOK_ALIKES)('%j stays', (...each) => check([each]));
});

describe('L1: a form field\'s value named by a sibling member that describes the field (browser agents)', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
  let calls = 0;
  /** A `tool.call`'s arguments as the redactor stores them, as JSON (a session of their own). */
  const argsOf = async (value: unknown): Promise<string> => {
    const out = await redactor.redact({ v: 1, type: 'tool.call', session: `l1-${calls++}`, tool: { name: 'browser_fill', arguments: value } } as never, {} as never);
    return JSON.stringify((out.event as { tool: { arguments: unknown } }).tool.arguments);
  };
  // [arguments, values that must be gone, words that must stay]
  const PROBE: Array<[unknown, string[], string[]]> = [
    [{ fields: [{ selector: '#passport', value: 'XDA123456' }, { selector: 'input[name="dob"]', value: '1991-02-28' }] }, ['XDA123456', '1991-02-28'], ['#passport', 'input[name=\\"dob\\"]']],
    [{ selector: '#ssn', text: '536228514' }, ['536228514'], ['#ssn']],
    [{ element: 'Date of birth textbox', ref: 'e42', text: '02/28/1991' }, ['02/28/1991'], ['Date of birth textbox', 'e42']],
    [{ element: 'Last name', ref: 'e7', text: 'Vlintuk' }, ['Vlintuk'], ['Last name']],
    [{ selector: '[data-testid="phone-input"]', value: '4155550132' }, ['4155550132'], ['phone-input']],
  ];
  const HELD_BACK: Array<[unknown, string[], string[]]> = [
    [{ element: 'Passport number textbox', ref: 'e31', text: 'K8831204' }, ['K8831204'], ['Passport number textbox']],
    [{ fields: [{ name: 'Date of birth', type: 'textbox', ref: 'e9', value: '07/11/1962' }] }, ['07/11/1962'], ['Date of birth']],
    [{ selector: 'input[name="socialSecurityNumber"]', value: '412673390' }, ['412673390'], ['socialSecurityNumber']],
    [{ element: 'Mobile phone number', ref: 'e15', text: '07700900461' }, ['07700900461'], ['Mobile phone number']],
    [{ fields: [{ name: 'Surname', type: 'textbox', ref: 'e4', value: 'Tawhiri' }] }, ['Tawhiri'], ['Surname']],
    [{ selector: '[aria-label="Card security code"]', value: '4821' }, ['4821'], ['Card security code']],
  ];
  // More of the kind: Playwright locators, other attributes, a label element, an id with a suffix.
  const MORE: Array<[unknown, string[], string[]]> = [
    [{ locator: "getByLabel('Date of birth')", value: '14/03/1985' }, ['14/03/1985'], ['Date of birth']],
    [{ selector: "input[placeholder='Passport number']", value: 'X1234567' }, ['X1234567'], ['Passport number']],
    [{ selector: '#last_name', value: 'Ngata' }, ['Ngata'], ['#last_name']],
    [{ selector: '[name=mobile]', value: '0412555019' }, ['0412555019'], ['[name=mobile]']],
    [{ element: 'Social Security Number input', ref: 'e12', text: '536-22-8514' }, ['536-22-8514'], ['Social Security Number input']],
    [{ selector: 'form#checkout input[autocomplete="cc-csc"]', value: '737' }, ['737'], ['checkout']],
  ];
  // Look-alikes: fields that name no personal data keep what was typed.
  const LOOK_ALIKES: Array<[unknown, string[]]> = [
    [{ element: 'Search box', ref: 'e3', text: 'cheap flights to Lisbon' }, ['cheap flights to Lisbon']],
    [{ selector: '#coupon-code', value: 'WINTER25' }, ['WINTER25']],
    [{ selector: 'input[name="quantity"]', value: '3' }, ['"3"']],
    [{ element: 'Order number', ref: 'e8', text: 'A-4471-22' }, ['A-4471-22']],
    [{ selector: '[data-testid="city-select"]', value: 'Wellington' }, ['Wellington']],
    [{ element: 'Submit button', ref: 'e20' }, ['Submit button']],
    [{ selector: '#name-of-product', value: 'Aroha Tea Blend' }, ['Aroha Tea Blend']],
  ];
  it.each([...PROBE, ...HELD_BACK, ...MORE])('%j', async (value, gone, stays) => {
    const stored = await argsOf(value);
    for (const each of gone) expect(stored).not.toContain(each);
    for (const each of stays) expect(stored).toContain(each);
  });
  it.each(LOOK_ALIKES)('%j stays', async (value, stays) => {
    const stored = await argsOf(value);
    for (const each of stays) expect(stored).toContain(each);
  });
});

describe('L2: a browser\'s session cookie whose name holds no secret word', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
  let calls = 0;
  /** A `tool.result`'s result as the redactor stores it, as JSON (a session of its own). */
  const resultOf = async (value: unknown): Promise<string> => {
    const out = await redactor.redact({ v: 1, type: 'tool.result', session: `l2-${calls++}`, tool: { name: 'browser_cookies', callId: `c${calls}`, result: value } } as never, {} as never);
    return JSON.stringify((out.event as { tool: { result: unknown } }).tool.result);
  };
  const jar = (name: string, value: string, domain: string, more: Record<string, unknown> = {}) => ({ name, value, domain, path: '/', expires: 1796601600, httpOnly: true, secure: true, sameSite: 'Lax', ...more });
  // [cookies, values that must be gone, words that must stay]
  const PROBE: Array<[unknown, string[], string[]]> = [
    [[{ name: 'user_session', value: 'Qz8Wn3Lm5Rt7Vx2Bc4Df6Gh9Jk1Ps0Ty', domain: 'github.com' }], ['Qz8Wn3Lm5Rt7Vx2Bc4Df6Gh9Jk1Ps0Ty'], ['user_session', 'github.com']],
    [[jar('SAPISID', 'Qz8Wn3Lm5Rt7Vx2/c4Df6Gh9Jk1Ps0Ty', '.google.com'), jar('li_at', 'AQEDAR4kL9zX2mP7vR4tK8wN1bY6cF0hJ5sD3gA', '.www.linkedin.com')], ['Qz8Wn3Lm5Rt7Vx2/c4Df6Gh9Jk1Ps0Ty', 'AQEDAR4kL9zX2mP7vR4tK8wN1bY6cF0hJ5sD3gA'], ['SAPISID', 'li_at']],
    [[jar('remember_me', 'eyJ1IjoibHVjaWEuZmVycmFybyIsInQiOiJhOWY4ZTdkNmM1YjQifQ', 'shop.example')], ['eyJ1IjoibHVjaWEuZmVycmFybyIsInQiOiJhOWY4ZTdkNmM1YjQifQ'], ['remember_me']],
  ];
  const HELD_BACK: Array<[unknown, string[], string[]]> = [
    [[jar('_gh_sess', 'dGhpcyBpcyBhIHNlc3Npb24gYmxvYiBmb3IgdGVzdGluZw%3D%3D--a1b2c3d4e5f6', 'github.com')], ['dGhpcyBpcyBhIHNlc3Npb24gYmxvYiBmb3IgdGVzdGluZw'], ['_gh_sess']],
    [[jar('c_user', '100004512345678', '.facebook.com'), jar('xs', '12%3AbCdEfGhIjKlMnO%3A2%3A1733466000%3A-1%3A-1', '.facebook.com')], ['bCdEfGhIjKlMnO'], ['xs']],
    [[jar('__Secure-1PSID', 'g.a000qQjZ8Wn3Lm5Rt7Vx2Bc4Df6Gh9Jk1Ps0TyQz8Wn3Lm5Rt7Vx2Bc4Df6Gh9Jk1Ps0Ty0076', '.google.com')], ['g.a000qQjZ8Wn3Lm5Rt7Vx2Bc4Df6Gh9Jk1Ps0Ty'], ['__Secure-1PSID']],
    [[jar('d', 'xoxd-Qz8Wn3Lm5Rt7Vx2Bc4Df6Gh9Jk1Ps0Ty%2FAbCdEfGh%3D', '.slack.com')], ['Qz8Wn3Lm5Rt7Vx2Bc4Df6Gh9Jk1Ps0Ty'], ['slack.com']],
    [[jar('at-main', 'Atza|IwEBIQz8Wn3Lm5Rt7Vx2Bc4Df6Gh9Jk1Ps0Ty-AbCdEfGh', '.amazon.com')], ['IwEBIQz8Wn3Lm5Rt7Vx2Bc4Df6Gh9Jk1Ps0Ty'], ['at-main']],
  ];
  // More of the kind: a CDP cookie (more members), Amazon's regional form, a framework's session, a random value under a plain name.
  const MORE: Array<[unknown, string[], string[]]> = [
    [[{ name: 'user_session', value: 'Xk9vQ2mLp7Rt4Wz8Nc3Bd6Fh1Jk5Ps0T', domain: 'github.com', path: '/', expires: 1796601600, size: 48, httpOnly: true, secure: true, session: false, sameSite: 'Lax', priority: 'Medium', sameParty: false, sourceScheme: 'Secure', sourcePort: 443 }], ['Xk9vQ2mLp7Rt4Wz8Nc3Bd6Fh1Jk5Ps0T'], ['github.com']],
    [[jar('at-acbuk', 'Atza|IwEBIXk9vQ2mLp7Rt4Wz8Nc3Bd6Fh1Jk5Ps0T', '.amazon.co.uk')], ['IwEBIXk9vQ2mLp7Rt4Wz8Nc3Bd6Fh1Jk5Ps0T'], ['at-acbuk']],
    [[jar('laravel_session', 'eyJpdiI6IlF6OFduM0xtNVJ0N1Z4MkJjNERmNkdoOUprMVBzMFR5In0', 'app.example')], ['eyJpdiI6IlF6OFduM0xtNVJ0N1Z4MkJjNERmNkdoOUprMVBzMFR5In0'], ['laravel_session']],
    [[jar('prefs_v', 'Nc3Bd6Fh1Jk5Ps0TXk9vQ2mLp7Rt4Wz8', 'app.example')], ['Nc3Bd6Fh1Jk5Ps0TXk9vQ2mLp7Rt4Wz8'], ['prefs_v']],
  ];
  // Look-alikes: analytics, preference and consent cookies stay; a short generic name off its site stays.
  const LOOK_ALIKES: Array<[unknown, string[]]> = [
    [[jar('_ga', 'GA1.2.1834567890.1733466000', '.example.com'), jar('_fbp', 'fb.1.1733466000000.1234567890', '.example.com')], ['GA1.2.1834567890.1733466000', 'fb.1.1733466000000.1234567890']],
    [[jar('lang', 'v=2&lang=en-us', '.linkedin.com'), jar('theme', 'dark-mode', 'app.example')], ['v=2&lang=en-us', 'dark-mode']],
    [[jar('OptanonConsent', 'isGpcEnabled=0&datestamp=Fri+Dec+06+2026&version=202411.1.0', '.example.com')], ['isGpcEnabled=0&datestamp=Fri+Dec+06+2026']],
    [[jar('d', 'compact-view', 'news.example')], ['compact-view']],
    [[jar('author_pref', 'serif-font', 'blog.example')], ['serif-font']],
  ];
  it.each([...PROBE, ...HELD_BACK, ...MORE])('%j', async (value, gone, stays) => {
    const stored = await resultOf(value);
    for (const each of gone) expect(stored).not.toContain(each);
    for (const each of stays) expect(stored).toContain(each);
  });
  it.each(LOOK_ALIKES)('%j stays', async (value, stays) => {
    const stored = await resultOf(value);
    for (const each of stays) expect(stored).toContain(each);
  });
  it('a cookie header as text is masked as before', async () => {
    const stored = await resultOf({ headers: 'Cookie: li_at=AQEDAR4kL9zX2mP7vR4tK8wN1bY6cF0hJ5sD3gA; lang=v=2&lang=en-us' });
    expect(stored).not.toContain('AQEDAR4kL9zX2mP7vR4tK8wN1bY6cF0hJ5sD3gA');
  });
});

describe('L4: GPS positions in NMEA sentences and in a route\'s list of points', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
  let calls = 0;
  const resultOf = async (value: unknown): Promise<string> => {
    const out = await redactor.redact({ v: 1, type: 'tool.result', session: `l4-${calls++}`, tool: { name: 'fleet', callId: `c${calls}`, result: value } } as never, {} as never);
    return JSON.stringify((out.event as { tool: { result: unknown } }).tool.result);
  };
  const NMEA: Case[] = [
    ['$GPRMC,060100,A,5557.1951,N,00311.2960,W,0.0,0.0,061226,,,A*6C', ['5557.1951', '00311.2960'], ['$GPRMC,060100,A,']],
    ['$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47', ['4807.038', '01131.000'], ['$GPGGA,123519,', ',1,08,0.9,545.4,M']],
    ['log:\n$GNGLL,4916.45,N,12311.12,W,225444,A\n$GNRMC,225446,A,4916.45,N,12311.12,W,000.5,054.7,191194,020.3,E*68', ['4916.45', '12311.12'], ['log:']],
  ];
  const NMEA_LOOK_ALIKES: Case[] = [
    ['$GPGSV,3,1,11,03,03,111,00,04,15,270,00,06,01,010,00,13,06,292,00*74', [], ['$GPGSV,3,1,11,03,03,111,00']],
    ['price $GP 1234.5678 today', [], ['$GP 1234.5678']],
    ['$GPRMC,060100,V,,,,,,,061226,,,N*53', [], ['$GPRMC,060100,V']],
  ];
  it.each(NMEA)('%j', (...each) => check([each]));
  it.each(NMEA_LOOK_ALIKES)('%j stays', (...each) => check([each]));
  // [result, values that must be gone, words that must stay]
  const ROUTES: Array<[unknown, string[], string[]]> = [
    [{ points: [[55.953251, -3.188267], [55.953412, -3.187901]] }, ['55.953251', '-3.188267', '55.953412'], ['points']],
    [{ track: [[-36.848461, 174.763336], [-36.848512, 174.763401]] }, ['-36.848461', '174.763336'], ['track']],
    [{ breadcrumbs: [[40.748817, -73.985428]] }, ['40.748817', '-73.985428'], ['breadcrumbs']],
    [{ trip: { id: 'T-77', route: [['52.370216', '4.895168'], ['52.370301', '4.895299']] } }, ['52.370216', '4.895168'], ['T-77']],
    [{ type: 'LineString', coordinates: [[-122.084249, 37.422476], [-122.084301, 37.422511, 12.5]] }, ['-122.084249', '37.422476'], ['LineString']],
    [{ gpsTrack: [[51.507351, -0.127758, 11]] }, ['51.507351', '-0.127758'], ['gpsTrack']],
  ];
  const ROUTE_LOOK_ALIKES: Array<[unknown, string[]]> = [
    [{ points: [[1, 2], [3, 4]] }, ['[[1,2],[3,4]]']],
    [{ points: [[51.5, -0.12], [51.6, -0.13]] }, ['[[51.5,-0.12],[51.6,-0.13]]']],
    [{ path: [[0.125, 0.25], [400.125, 300.5]] }, ['400.125']],
    [{ route: ['A1', 'M25', 'A3'] }, ['"A1","M25","A3"']],
    [{ points: [[12.5, 3.75]], scores: [98.125, 97.5] }, ['98.125']],
  ];
  it.each(ROUTES)('%j', async (value, gone, stays) => {
    const stored = await resultOf(value);
    for (const each of gone) expect(stored).not.toContain(each);
    for (const each of stays) expect(stored).toContain(each);
  });
  it.each(ROUTE_LOOK_ALIKES)('%j stays', async (value, stays) => {
    const stored = await resultOf(value);
    for (const each of stays) expect(stored).toContain(each);
  });
  it('reads a run of NMEA sentences in linear time', () => {
    const sentence = '$GPRMC,060100,A,5557.1951,N,00311.2960,W,0.0,0.0,061226,,,A*6C\n';
    const hostile = '$GPRMC,' + '1,'.repeat(8);
    expect(timeRatio((text) => detectSensitive(text), (n) => (sentence + hostile).repeat(Math.ceil(n / (sentence.length + hostile.length))), 50_000, 100_000)).toBeLessThan(2.6);
  });
});

describe('L9: a Turkish postal code and its district/province after a street address', () => {
  const PROBE: Case[] = [
    ['Adres: Bağdat Cad. No: 305 D: 7, 34728 Kadıköy/İstanbul. Cep: 0 (532) 123 45 67', ['Bağdat Cad. No: 305', '34728', 'Kadıköy/İstanbul', '(532) 123 45 67'], ['Adres: ', '. Cep: ']],
    ['Adres: 1203. Sok. No: 4/2, 06100 Çankaya/Ankara', ['1203. Sok.', 'No: 4/2', '06100', 'Çankaya'], ['Adres: ']],
  ];
  const HELD_BACK: Case[] = [
    ['Adres: Kıbrıs Şehitleri Cad. No: 88 D: 3, 35220 Konak/İzmir', ['Kıbrıs Şehitleri', '35220', 'Konak/İzmir'], ['Adres: ']],
    ['Teslimat adresi: Bahçelievler Mah. 7. Cadde No: 12, 06490 Çankaya/Ankara', ['Bahçelievler', '7. Cadde No: 12', '06490', 'Çankaya'], ['Teslimat adresi: ']],
    ['Fatura adresi: Moda Cad. No: 41, 34710 Kadıköy / İstanbul', ['Moda Cad.', '34710', 'Kadıköy', 'İstanbul'], ['Fatura adresi: ']],
    ['Adres: Atatürk Bulvarı No: 27 Daire 4, 06420 Kızılay/Ankara', ['Atatürk Bulvarı No: 27', 'Daire 4', '06420', 'Kızılay'], ['Adres: ']],
  ];
  // More of the kind: the code after the places, a code and one place, a flat written out, the inner door, the lower-case
  // chat form with a code, a street with no `No` and a code, and the mobile after `Cep:` in other spacings.
  const MORE: Case[] = [
    ['Adres: Gül Sok. No: 8 Kat: 2, Kadıköy/İstanbul 34710', ['Gül Sok. No: 8', 'Kat: 2', '34710', 'Kadıköy'], ['Adres: ']],
    ['Kargo: Cumhuriyet Cad. No: 14 Daire 3, 16010 Nilüfer/Bursa', ['Cumhuriyet Cad. No: 14', 'Daire 3', '16010', 'Nilüfer'], ['Kargo: ']],
    ['Adres: Lale Sokak No: 3 İç Kapı No: 5, 07100 Muratpaşa/Antalya', ['Lale Sokak No: 3', 'İç Kapı No: 5', '07100', 'Muratpaşa'], ['Adres: ']],
    ['adresim bağdat caddesi no: 212 daire: 9, 34740 kadıköy/istanbul', ['bağdat caddesi no: 212', 'daire: 9', '34740', 'kadıköy'], ['adresim ']],
    ['İstiklal Caddesi 101, 34433 Beyoğlu/İstanbul', ['İstiklal Caddesi 101', '34433', 'Beyoğlu'], []],
    ['Adres: 2. Cadde No: 5, 06510 Çankaya/Ankara. Cep: 0532 123 45 67', ['2. Cadde No: 5', '06510', 'Çankaya', '0532 123 45 67', '45 67'], ['Adres: ', '. Cep: ']],
    ['Cep: 0532 123 45 67', ['0532 123 45 67', '45 67'], ['Cep: ']],
  ];
  // Look-alikes: places alone, counts after a street, a Brazilian CEP and a ZIP after their labels (still postal codes).
  const LOOK_ALIKES: Case[] = [
    ['Kadıköy/İstanbul çok güzel', [], ['Kadıköy/İstanbul']],
    ['7. Cadde üzerinde buluşalım', [], ['7. Cadde']],
    ['Bağdat Caddesi 3 km uzakta, 34728 adım', [], ['Bağdat Caddesi 3 km']],
    ['Sipariş 34728 Kadıköy şubesinden çıktı', [], ['Sipariş 34728']],
  ];
  // What was masked before and must stay so: the mobile alone after `Cep:`, a Brazilian CEP and a ZIP+4 written with a blank.
  const STILL_MASKED: Case[] = [
    ['Cep: 0 (532) 123 45 67', ['(532) 123 45 67'], ['Cep: ']],
    ['CEP: 01310-100', ['01310-100'], ['CEP: ']],
    ['zip 90210 1234', ['90210 1234'], ['zip ']],
  ];
  it.each([...PROBE, ...HELD_BACK, ...MORE])('%j is masked', (...each) => check([each]));
  it.each(STILL_MASKED)('%j is still masked', (...each) => check([each]));
  it.each(LOOK_ALIKES)('%j stays', (...each) => check([each]));
  it('`Cep:` before the mobile masks the phone whole, as the redactor stores it, not its `0` as a postal code', async () => {
    const [event] = await storedOf([{ type: 'tool.result', tool: { name: 'crm', callId: 'c1', result: { note: 'Adres: Bağdat Cad. No: 305 D: 7, 34728 Kadıköy/İstanbul. Cep: 0 (532) 123 45 67', mobile: 'Cep: 0 (532) 123 45 67' } } }]);
    const stored = JSON.stringify(event?.tool);
    for (const raw of ['34728', 'Kadıköy', '(532) 123 45 67', '123 45 67']) expect(stored).not.toContain(raw);
    expect(stored).toMatch(/Cep: \[PHONE:psn_\w+\]/);
    expect(stored).not.toMatch(/Cep: \[ADDRESS:/);
  });
  it('twice the Turkish addresses cost about twice the time', () => {
    const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length));
    expect(timeRatio((text) => detectSensitive(text), (n) => repeat('Adres: 1. 2. 3. Cadde No: 5 D: 7, 34728 Kadıköy / İstanbul / İzmir 06100 Cep: 0 ', n), 20_000, 40_000)).toBeLessThan(2.6);
  });
});

describe('L8: a person\'s `given.surname` login before `@` and a host that is no domain', () => {
  const PROBE: Case[] = [
    ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOq3vZ8kWm2Lp9Qx dilnoza.rashidova@laptop-dilnoza', ['dilnoza.rashidova', 'dilnoza'], ['ssh-ed25519', '@laptop-']],
    ['ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7vR4tK8wN1bY6cF0h piotr.wisniewski@dev-box', ['piotr.wisniewski'], ['ssh-rsa', '@dev-box']],
    ['scp report.pdf marisol.quintanilla@10.0.0.5:/tmp/', ['marisol.quintanilla', '10.0.0.5'], ['scp report.pdf ', ':/tmp/']],
  ];
  const HELD_BACK: Case[] = [
    ['rsync -av ./backup/ aroha.ngata@192.168.10.4:/srv/backups/', ['aroha.ngata', '192.168.10.4'], ['rsync -av ./backup/ ', ':/srv/backups/']],
    ['ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7vR4tK8wN1bY6cF0h tevita.havili@thinkpad-x1', ['tevita.havili'], ['@thinkpad-x1']],
    ['git push lwazi.mahlangu@build-01:repo.git main', ['lwazi.mahlangu'], ['git push ', '@build-01:repo.git main']],
    ['scp dump.sql oluwaseun.adebayo@bastion:~', ['oluwaseun.adebayo'], ['scp dump.sql ', '@bastion:~']],
  ];
  // More of the kind: `_` between the words, a capitalized login, an IPv6 host, `ssh` and `sftp`, a key comment on its own
  // line among others, an ssh config's line and a host named after its user in the other order.
  const MORE: Case[] = [
    ['ssh tevita_havili@10.1.2.3', ['tevita_havili'], ['ssh ']],
    ['scp a.txt Grace.Hill@fileserver:/home/', ['Grace.Hill'], ['scp a.txt ', '@fileserver:/home/']],
    ['ssh mary.smith@[fe80::1]', ['mary.smith'], ['ssh ']],
    ['sftp -P 2222 siosaia.fifita@nas01', ['siosaia.fifita'], ['sftp -P 2222 ', '@nas01']],
    ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOq3 deploy@ci\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPz7 aigerim.nurlanovna@aigerim-pc', ['aigerim.nurlanovna', 'aigerim-pc'], ['deploy@ci', '-pc']],
    ['git remote add origin chinedu.okafor@gitbox:/srv/git/app.git', ['chinedu.okafor'], ['git remote add origin ', '@gitbox:/srv/git/app.git']],
  ];
  // Look-alikes: role and system accounts, a mention in prose (REDACTION.md "L17"), packages and their versions or tags,
  // services' and machines' words, a file's ending, a domain (the email detector's), a Docker digest.
  const LOOK_ALIKES: Case[] = [
    ['git clone git@github.com:org/repo.git', [], [':org/repo.git']],
    ['ssh root@host', [], ['root@host']],
    ['ssh ubuntu@10.0.0.1', ['10.0.0.1'], ['ubuntu@']],
    ['git push deploy@build-01:repo.git', [], ['deploy@build-01:repo.git']],
    ['thanks @jakub.zielinski and @bekzat.nurlanov for the review', [], ['@jakub.zielinski', '@bekzat.nurlanov']],
    ['npm i lodash.merge@4.17.21 vue.draggable@next socket.io@latest', [], ['lodash.merge@4.17.21', 'vue.draggable@next', 'socket.io@latest']],
    ['svc.backup@10.0.0.4:/var/backups', [], ['svc.backup@']],
    ['build.agent@ci-01:/work', [], ['build.agent@ci-01']],
    ['kali_linux@192.168.1.20', [], ['kali_linux@']],
    ['app.worker@queue-3', [], ['app.worker@queue-3']],
    ['config.yaml@HEAD', [], ['config.yaml@HEAD']],
    ['react.dom@canary and string.prototype@main', [], ['react.dom@canary', 'string.prototype@main']],
    ['docker pull nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31', [], ['nginx@sha256']],
  ];
  it.each([...PROBE, ...HELD_BACK, ...MORE])('%j is masked', (...each) => check([each]));
  it.each(LOOK_ALIKES)('%j stays', (...each) => check([each]));
  it('through a tool result as the redactor stores it (an authorized_keys file)', async () => {
    const keys = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOq3vZ8kWm2Lp9Qx dilnoza.rashidova@laptop-dilnoza\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7 piotr.wisniewski@dev-box\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPz7 git@github.com';
    const [event] = await storedOf([{ type: 'tool.result', tool: { name: 'read_file', callId: 'k1', result: keys } }]);
    const stored = JSON.stringify(event?.tool);
    for (const raw of ['dilnoza', 'rashidova', 'piotr', 'wisniewski']) expect(stored).not.toContain(raw);
    expect(stored).toMatch(/\[PERSON:psn_\w+\]@dev-box/);
  });
  it.each(MODES)('a login and a host cut at a streamed chunk\'s end: the login masked, the address joined in the next chunk (%s)', async (_, mode) => {
    const outputs = await streamed(['Write to qxaro.vlintuk@exam', 'ple.org today', 'or ssh to tevita.havili@build', '-01 later'], mode);
    expect(outputs[0]).toMatch(/^Write to \[PERSON:psn_\w+\]@exam$/);
    expect(outputs[1]).toMatch(/^\[EMAIL:psn_\w+\] today$/);
    expect(outputs[2]).not.toContain('tevita');
  });
  it('twice the logins cost about twice the time', () => {
    const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length));
    expect(timeRatio((text) => detectSensitive(text), (n) => repeat('scp f amara.okafor@host-amara-okafor-x:/t a.b@c x.y@1.2.3.4.5 ', n), 20_000, 40_000)).toBeLessThan(2.6);
  });
});

describe('L7: Arabic street addresses', () => {
  const PROBE: Case[] = [
    ['مرحبا، اسمي محمد عبد الله الشمري، رقم جوالي 0551234567، وعنواني: حي النخيل، شارع الأمير سلطان، مبنى 12، الرياض 12382. شكرا', ['حي النخيل', 'شارع الأمير سلطان', 'مبنى 12', '12382', 'الشمري', '0551234567'], ['مرحبا، اسمي', 'وعنواني: ', '. شكرا']],
    ['أسكن في 24 شارع الحمراء، بيروت', ['24', 'شارع الحمراء', 'بيروت'], ['أسكن في ']],
  ];
  const HELD_BACK: Case[] = [
    ['العنوان: شارع جامعة الدول العربية، المهندسين، الجيزة', ['شارع جامعة الدول العربية', 'المهندسين', 'الجيزة'], ['العنوان: ']],
    ['يرجى التوصيل إلى 7 شارع الرشيد، بغداد', ['7 شارع الرشيد', 'بغداد'], ['يرجى التوصيل إلى ']],
    ['Address: شارع الاستقلال 45، عمّان', ['شارع الاستقلال 45', 'عمّان'], ['Address: ']],
    ['عنوان المنزل: شارع المعز لدين الله، القاهرة', ['شارع المعز لدين الله', 'القاهرة'], ['عنوان المنزل: ']],
  ];
  // More of the kind: Arabic-Indic digits, tatweel and short vowels, a post box, flats and buildings before the street after a
  // cue, an English cue with no number, an RLM after the cue, parts on lines, Kuwait's block, street and house numbers, `ب`
  // glued to the street word and `رقم` before the number, a name that ends where a conjunction starts.
  const MORE: Case[] = [
    ['عنواني ١٢ شارع النيل، الزمالك، القاهرة ١١٢١١', ['١٢ شارع النيل', 'الزمالك', '١١٢١١'], ['عنواني ']],
    ['شـارع الملك فهد، حي العليا، الرياض', ['شـارع الملك فهد', 'حي العليا', 'الرياض'], []],
    ['طـريق الملك عبدالعزيز، جدة', ['طـريق الملك عبدالعزيز', 'جدة'], []],
    ['شَارِع الرَّشِيد ٧، بَغْدَاد', ['الرَّشِيد ٧', 'بَغْدَاد'], []],
    ['ص.ب 1234، الرياض 11431', ['1234', '11431'], []],
    ['أقيم في شقة 5، عمارة 14، شارع فلسطين، جدة', ['شقة 5', 'عمارة 14', 'شارع فلسطين', 'جدة'], ['أقيم في ']],
    ['Address: حي الملز، الرياض', ['حي الملز', 'الرياض'], ['Address: ']],
    ['عنواني:\u200f شارع الحمراء، بيروت', ['شارع الحمراء', 'بيروت'], ['عنواني:']],
    ['حي النخيل\nشارع الأمير سلطان\nالرياض 12382', ['حي النخيل', 'شارع الأمير سلطان', '12382'], []],
    ['قطعة 5، شارع 10، منزل 20، السالمية', ['قطعة 5', 'شارع 10', 'منزل 20', 'السالمية'], []],
    ['أسكن بشارع الحمراء رقم 12', ['شارع الحمراء رقم 12'], ['أسكن ']],
    ['أسكن في شارع الحمراء وأعمل في بنك', ['شارع الحمراء'], ['أسكن في ', 'وأعمل في بنك']],
  ];
  // Look-alikes: a landmark or a street named in prose, `عن طريق` ("by way of"), `حي` ("alive"), the street with its article,
  // `جادة` ("serious"), a role, a piece or a building's number alone, an order number, a city and a code with no street.
  const LOOK_ALIKES: Case[] = [
    ['زرت ميدان التحرير في القاهرة', [], ['ميدان التحرير في القاهرة']],
    ['تواصل معنا عن طريق البريد الإلكتروني', [], ['عن طريق البريد الإلكتروني']],
    ['يمكنك الدفع عن طريق 3 خطوات', [], ['عن طريق 3 خطوات']],
    ['هو حي يرزق', [], ['هو حي يرزق']],
    ['الشارع مزدحم اليوم', [], ['الشارع مزدحم اليوم']],
    ['محاولة جادة للتغيير', [], ['محاولة جادة للتغيير']],
    ['شارع الحمراء مشهور بالمقاهي', [], ['شارع الحمراء مشهور بالمقاهي']],
    ['ميدان التحرير، القاهرة', [], ['ميدان التحرير، القاهرة']],
    ['برج خليفة في دبي', [], ['برج خليفة في دبي']],
    ['حدثت 3 حوادث في شارع الملك فهد أمس', [], ['شارع الملك فهد أمس']],
    ['لعب الدور 3 مرات', [], ['الدور 3 مرات']],
    ['اجتماع في مبنى 12 غدا', [], ['مبنى 12 غدا']],
    ['رقم الطلب 12345، شكرا', [], ['12345']],
    ['الرياض 12382', [], ['الرياض 12382']],
    ['افتتح المحافظ شارع الملك عبدالله الجديد بطول 12 كيلومترا', [], ['شارع الملك عبدالله الجديد بطول 12 كيلومترا']],
    ['ولد في حي الميدان عام 1950', [], ['حي الميدان عام 1950']],
    ['يقع المطعم في حي السفارات، الرياض', [], ['حي السفارات، الرياض']],
    ['الطريق 2 مغلق', [], ['الطريق 2 مغلق']],
    ['العنوان: كتاب جديد عن التاريخ', [], ['كتاب جديد عن التاريخ']],
  ];
  it.each([...PROBE, ...HELD_BACK, ...MORE])('%j is masked', (...each) => check([each]));
  it.each(LOOK_ALIKES)('%j stays', (...each) => check([each]));
  it('under Arabic member names, as the redactor stores them', async () => {
    const [event] = await storedOf([{ type: 'tool.result', tool: { name: 'crm', callId: 'a1', result: {
      العنوان: 'شارع الملك فهد، حي العليا، الرياض',
      عنوان_الشحن: 'طريق الملك عبدالعزيز، حي الورود، جدة 23452',
      عنوان_المنزل: 'الروضة، جدة',
      الرمز_البريدي: '12382',
      تفاصيل: { العنوان: 'مقدمة الكتاب' },
    } } }]);
    const stored = JSON.stringify(event?.tool);
    for (const raw of ['الملك فهد', 'العليا', 'عبدالعزيز', 'الورود', '23452', 'الروضة', '12382']) expect(stored).not.toContain(raw);
    // `العنوان` is also a title's word: a title under it stays.
    expect(stored).toContain('مقدمة الكتاب');
  });
  it('twice the Arabic addresses and street words cost about twice the time', () => {
    const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length));
    expect(timeRatio((text) => detectSensitive(text), (n) => repeat('حي النخيل شارع الأمير سلطان مبنى 12، الرياض، شـــارع عن طريق حي ، ', n), 20_000, 40_000)).toBeLessThan(2.6);
  });
});

describe('L4 columns: GPS positions in the columns of a table headed latitude and longitude', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
  let calls = 0;
  const resultOf = async (value: unknown): Promise<string> => {
    const out = await redactor.redact({ v: 1, type: 'tool.result', session: `l4c-${calls++}`, tool: { name: 'fleet', callId: `c${calls}`, result: value } } as never, {} as never);
    return JSON.stringify((out.event as { tool: { result: unknown } }).tool.result);
  };
  // [result, values that must be gone, parts that must stay]
  const PROBE: Array<[unknown, string[], string[]]> = [
    ['vehicle,plate,driver,ts,lat,lon,speed\nV-17,AB12 CDE,Callum McAllister,2026-12-01T06:01:00Z,55.953251,-3.188267,0', ['55.953251', '3.188267', 'Callum'], ['vehicle,plate,driver,ts,lat,lon,speed', 'V-17']],
    ['| time | lat | lon | speed |\n|---|---|---|---|\n| 06:01 | 55.953251 | -3.188267 | 0 |', ['55.953251', '3.188267'], ['| time | lat | lon | speed |', '| 06:01 |']],
  ];
  const HELD_BACK: Array<[unknown, string[], string[]]> = [
    ['timestamp,latitude,longitude,speed_kmh\n2026-12-01T06:01:00Z,-36.848461,174.763336,0', ['36.848461', '174.763336'], ['timestamp,latitude,longitude,speed_kmh']],
    ['lat|lon\n52.370216|4.895168', ['52.370216', '4.895168'], ['lat|lon']],
    ['| Time | Latitude | Longitude |\n|---|---|---|\n| 06:01 | 55.953251 | -3.188267 |', ['55.953251', '3.188267'], ['| Time | Latitude | Longitude |']],
  ];
  // More of the kind: TSV after prose with `gps_` names, semicolons with pickup and drop-off pairs,
  // quoted cells, a degree sign, a JSON column table and a sheet's header row.
  const MORE: Array<[unknown, string[], string[]]> = [
    ['Here is the trip:\nts\tgps_lat\tgps_lng\n06:01\t40.748817\t-73.985428\n06:02\t40.748901\t-73.985501', ['40.748817', '73.985428', '40.748901', '73.985501'], ['gps_lat', '06:02']],
    ['id;pickup_latitude;pickup_longitude;dropoff_latitude;dropoff_longitude\n1;40.767937;-73.982155;40.765602;-73.964630', ['40.767937', '73.982155', '40.765602', '73.964630'], ['dropoff_longitude']],
    ['stop,"lat","lng"\nA,"51.507351","-0.127758"', ['51.507351', '0.127758'], ['stop,', 'lng']],
    ['Stop | Lat (deg) | Long (deg)\n--- | --- | ---\nDepot | 51.507351° | -0.127758°', ['51.507351', '0.127758'], ['Depot']],
    [{ columns: ['ts', 'lat', 'lng'], rows: [['06:01', 55.953251, -3.188267]] }, ['55.953251', '3.188267'], ['06:01']],
    [{ values: [['ts', 'latitude', 'longitude'], ['06:01', '55.953251', '-3.188267']] }, ['55.953251', '3.188267'], ['06:01']],
    // Degrees times 10^7 (Google's location history): `E7` columns, and the members of its Records.json.
    ['timestamp,latitudeE7,longitudeE7\n2026-12-01T06:01:00Z,559532510,-31882670', ['559532510', '31882670'], ['latitudeE7']],
    [{ locations: [{ latitudeE7: 559532510, longitudeE7: -31882670, timestamp: '2026-12-01T06:01:00Z' }] }, ['559532510', '31882670'], ['2026-12-01T06:01:00Z']],
  ];
  // Look-alikes: a city's precision, out of range, a latitude with no longitude beside it, `short,long`
  // options, and a place's `name` beside its point (no person's column).
  const LOOK_ALIKES: Array<[unknown, string[]]> = [
    ['city,lat,lon\nLondon,51.5,-0.12\nParis,48.86,2.35', ['London,51.5,-0.12', 'Paris,48.86,2.35']],
    ['sensor,lat,lon\nS1,95.123456,200.123456', ['95.123456', '200.123456']],
    ['lat,value\n12.345,3.141', ['12.345,3.141']],
    ['option,short,long\nrate,0.125,0.250', ['rate,0.125,0.250']],
    ['name,lat,lon\nEiffel Tower,48.858370,2.294481', ['Eiffel Tower']],
    [{ latitudeE7: 515000000, longitudeE7: -1200000 }, ['515000000', '-1200000']],
    ['id,latE7,lngE7\n1,950000001,1900000001', ['950000001', '1900000001']],
  ];
  it.each([...PROBE, ...HELD_BACK, ...MORE])('%j', async (value, gone, stays) => {
    const stored = await resultOf(value);
    for (const each of gone) expect(stored).not.toContain(each);
    for (const each of stays) expect(stored).toContain(each);
    expect(stored).toContain('[GEO:');
  });
  it.each(LOOK_ALIKES)('%j stays', async (value, stays) => {
    const stored = await resultOf(value);
    for (const each of stays) expect(stored).toContain(each);
  });
  it.each(MODES)('the fleet CSV through an auditor %s', async (_, mode) => {
    const [event] = await storedOf([{ type: 'tool.result', tool: { name: 'fleet', callId: 'f1', result: PROBE[0]?.[0] } }], mode);
    const stored = JSON.stringify(event?.tool);
    for (const each of ['55.953251', '3.188267', 'Callum']) expect(stored).not.toContain(each);
    expect(stored).toContain('[GEO:');
  });
});

describe('L6: a licence plate whose first group is letters only (a state\'s or a region\'s), and plates after other languages\' labels', () => {
  const PROBE: Case[] = [
    ['Plate: NY KJR-4417  Reg exp: 2027-03-31', ['KJR-4417', 'NY KJR'], ['Plate:', '2027-03-31']],
    ['the car that hit mine was a blue golf, plate WX 4821K (Warsaw) and my own plate is PO 7731H', ['4821K', '7731H'], ['blue golf, plate', '(Warsaw)', 'my own plate is']],
    ['plaka 34 ABC 123 olan araç benim', ['34 ABC 123', 'ABC 123'], ['plaka', 'olan araç benim']],
  ];
  const HELD_BACK: Case[] = [
    ['Plate: CA 8ABC123', ['8ABC123'], ['Plate:']],
    ['the van with plate KR 5T219 blocked my drive', ['5T219'], ['blocked my drive']],
    ['my plate is DW 12345', ['12345'], ['my plate is']],
    ['numberplate WA 7712X', ['7712X'], ['numberplate']],
  ];
  // More of the kind: other states and regions, Polish, Czech, Hungarian and Turkish labels, a
  // Turkish plate with two letters, an Italian plate's last letters.
  const MORE: Case[] = [
    ['Vehicle plate: FL QWE 1234 (silver Civic)', ['QWE 1234', '1234'], ['(silver Civic)']],
    ['tablica rejestracyjna: WA 12345', ['12345'], ['tablica rejestracyjna:']],
    ['numer rejestracyjny KR 7M412, kolor czarny', ['7M412'], ['kolor czarny']],
    ['registrační značka 5A2 3456', ['5A2 3456', '3456'], ['registrační značka']],
    ['SPZ 1AB 2345', ['2345'], ['SPZ']],
    ['Rendszám: ABC-123', ['ABC-123'], ['Rendszám:']],
    ['Plakası: 06 BZ 4471', ['BZ 4471', '4471'], ['Plakası:']],
    ['targa: EF 456 GH, auto blu', ['456', 'GH'], ['auto blu']],
  ];
  // Look-alikes: a lab's plates, a dish, a count, a model number after `plate reader`, a word after the label.
  const LOOK_ALIKES: Case[] = [
    ['plate 3 of 12', [], ['plate 3 of 12']],
    ['96-well plate, plate ID QC 2', [], ['plate ID QC 2']],
    ['the plate count was 12 colonies', [], ['12 colonies']],
    ['plate reader XM 2000', [], ['XM 2000']],
    ['plate of pasta 12 EUR', [], ['12 EUR']],
    ['Plate: TBD', [], ['TBD']],
    ['SPZ spec 2.0', [], ['spec 2.0']],
    ['license plate recognition model v2', [], ['model v2']],
  ];
  it.each([...PROBE, ...HELD_BACK, ...MORE])('%j is masked', (...each) => check([each]));
  it.each(LOOK_ALIKES)('%j stays', (...each) => check([each]));
  const { leaksIn, keptIn } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }));
  // [result, values that must be gone, parts that must stay]
  const MEMBERS: Array<[unknown, string[], string[]]> = [
    [{ vehicle: { plate: 'NY KJR-4417' } }, ['KJR-4417'], ['vehicle']],
    [{ vehicle: { plate: 'TX HGT-4471' } }, ['HGT-4471'], ['vehicle']],
    [{ car: { plate: 'ON BXKR 221', colour: 'grey' } }, ['BXKR'], ['grey']],
    [{ claim: { plaka: '34 ABC 123' } }, ['ABC 123'], ['claim']],
  ];
  const MEMBER_LOOK_ALIKES: Array<[unknown, string[]]> = [
    [{ plate: 'dinner' }, ['dinner']],
    [{ plate: 'CA' }, ['"CA"']],
    [{ plate: 'NY Strip Steak' }, ['NY Strip Steak']],
  ];
  it.each(MEMBERS)('%j is masked', (value, gone, stays) => {
    expect(leaksIn(value, gone)).toEqual([]);
    expect(keptIn(value, stays)).toEqual([]);
  });
  it.each(MEMBER_LOOK_ALIKES)('%j stays', (value, stays) => expect(keptIn(value, stays)).toEqual([]));
});

describe('L11: a pet\'s microchip under a bare `chip` member or after a bare `chip` in text', () => {
  const { leaksIn, keptIn } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }));
  // [result, values that must be gone, parts that must stay]
  const MEMBERS: Array<[unknown, string[], string[]]> = [
    [{ pet: { name: 'Luna', species: 'cat', chip: '941000024681357' } }, ['941000024681357'], ['cat']],
    [{ pet: { name: 'Rex', chip: '985112003456789' } }, ['985112003456789'], ['pet']],
    // More of the kind: the chip in groups, as a number, under another animal's name.
    [{ pet: { chip: '985 112 003 456 789' } }, ['985 112 003 456 789', '456 789'], ['pet']],
    [{ dog: { breed: 'Beagle', chip: 985112003456789 } }, ['985112003456789'], ['Beagle']],
    [{ animal: { species: 'horse', chip: '826098100112233' } }, ['826098100112233'], ['horse']],
  ];
  const MEMBER_LOOK_ALIKES: Array<[unknown, string[]]> = [
    [{ device: { chip: 'Apple M3' } }, ['Apple M3']],
    [{ chip: 'A17' }, ['A17']],
    [{ chip: '1234567890' }, ['1234567890']],
    [{ chip: 'SN-123456789012345' }, ['SN-123456789012345']],
  ];
  it.each(MEMBERS)('%j is masked', (value, gone, stays) => {
    expect(leaksIn(value, gone)).toEqual([]);
    expect(keptIn(value, stays)).toEqual([]);
  });
  it.each(MEMBER_LOOK_ALIKES)('%j stays', (value, stays) => expect(keptIn(value, stays)).toEqual([]));
  const TEXT: Case[] = [
    ['chip 941000024681357, owner moved', ['941000024681357'], ['owner moved']],
    ['Scanned chip: 900164000123456, owner unreachable', ['900164000123456'], ['Scanned chip:', 'owner unreachable']],
    // More of the kind: five groups after a capitalized label, dotted groups, in prose, after an animal's word.
    ['Chip: 985 112 003 456 789 (Datamars)', ['985 112 003 456 789', '456 789'], ['(Datamars)']],
    ['Chip: 985.112.003.456.789', ['985.112.003.456.789', '456.789'], ['Chip:']],
    ['Cat chip 250268500123456 - owner Mrs Vogt', ['250268500123456', 'Vogt'], ['Cat chip', 'owner Mrs']],
    ['The vet read the chip 276098100112233 and called the owner', ['276098100112233'], ['and called the owner']],
  ];
  const TEXT_LOOK_ALIKES: Case[] = [
    ['chip 2', [], ['chip 2']],
    ['the M2 chip 2024 model', [], ['chip 2024 model']],
    ['chip 1234567890', [], ['chip 1234567890']],
    ['chip set 123456789012345678', [], ['123456789012345678']],
    ['chip count 150000000000000 units', [], ['150000000000000']],
  ];
  it.each(TEXT)('%j is masked', (...each) => check([each]));
  it.each(TEXT_LOOK_ALIKES)('%j stays', (...each) => check([each]));
});

describe('O2: a vehicle\'s make that is a listed surname, after the record\'s `Make` label, is no person', () => {
  const PROBE: Case[] = [
    ['VIN: 1HGCM82633A004352  Year: 2003 Make: HONDA Model: ACCORD', ['1HGCM82633A004352'], ['Make: HONDA Model: ACCORD']],
  ];
  const HELD_BACK: Case[] = [
    ['Make: Nissan Model: Leaf Trim: SV', [], ['Make: Nissan Model: Leaf Trim: SV']],
  ];
  // More of the kind: `Make/Model:` before both, the bare label with the model's label after the make.
  const MORE: Case[] = [
    ['Make/Model: Nissan Leaf', [], ['Nissan Leaf']],
    ['Year 2017 Make Honda Model Fit', [], ['Make Honda Model Fit']],
  ];
  // What stays masked: the owner in the same record, a name after the imperative `Make` or `make`.
  const STILL_MASKED: Case[] = [
    ['Make: Honda\nModel: Civic\nOwner: Maria Garcia', ['Maria Garcia', 'Garcia'], ['Make: Honda\nModel: Civic']],
    ['Make: Ford Model: Mustang Owner: Amara Okafor', ['Amara', 'Okafor'], ['Make: Ford Model: Mustang']],
    ['Make Amara Okafor the owner of the repo', ['Amara', 'Okafor'], ['the owner of the repo']],
    ['Please make Tevita Havili an admin', ['Tevita', 'Havili'], ['Please make']],
  ];
  it.each([...PROBE, ...HELD_BACK, ...MORE])('%j', (...each) => check([each]));
  it.each(STILL_MASKED)('%j keeps its person masked', (...each) => check([each]));
  // Under a `make` member too (the key names a thing, as `model` and `brand` do); the owner beside it stays masked.
  const { leaksIn, keptIn } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }));
  it.each([
    [{ vehicle: { make: 'Nissan', model: 'Leaf', owner: 'Maria Garcia' } }, ['Nissan', 'Leaf'], ['Maria Garcia']],
    [{ vehicle_make: 'Nissan', vehicle_model: 'Leaf' }, ['Nissan'], []],
  ] as Array<[unknown, string[], string[]]>)('%j keeps the make', (value, stays, gone) => {
    expect(keptIn(value, stays)).toEqual([]);
    expect(leaksIn(value, gone)).toEqual([]);
  });
});

describe('O3: a pet\'s name under `name` of an object that names an animal is no person\'s', () => {
  const { stored } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }));
  // [result, words that must stay, values that must be gone]
  const KEPT: Array<[unknown, string[], string[]]> = [
    [{ pet: { name: 'Luna', species: 'cat' } }, ['"Luna"'], []],
    [{ pet: { name: 'Bella', species: 'dog', breed: 'Labrador' } }, ['"Bella"'], []],
    [{ patient: { name: 'Max', species: 'feline' } }, ['"Max"'], []],
    [{ animal: { name: 'Charlie', type: 'dog' } }, ['"Charlie"'], []],
    // More of the kind: a list of pets by their breeds, a vet's patient beside its owner (masked),
    // the owner as a client object, a chip beside the name, a horse.
    [{ pets: [{ name: 'Daisy', breed: 'Beagle' }, { name: 'Oscar', breed: 'Siamese' }] }, ['"Oscar"'], []],
    [{ patient: { name: 'Max', species: 'canine', owner: 'Maria Garcia' } }, ['"Max"'], ['Maria Garcia']],
    [{ patient: { name: 'Max', species: 'canine' }, client: { name: 'Maria Garcia', phone: '+44 20 7946 0958' } }, ['"Max"'], ['Maria Garcia', '7946']],
    [{ pet: { name: 'Luna', species: 'cat', chip: '941000024681357' } }, ['"Luna"'], ['941000024681357']],
    [{ horse: { name: 'Bella', age: 12 } }, ['"Bella"'], []],
  ];
  // Persons stay masked: two words under a pet's name, a human species, a customer's type.
  const STILL_MASKED: Array<[unknown, string[]]> = [
    [{ name: 'Maria Garcia', species: 'cat' }, ['Maria Garcia']],
    [{ name: 'Amara Okafor', species: 'human' }, ['Amara Okafor']],
    [{ subject: { name: 'Charlie', species: 'Homo sapiens' } }, ['Charlie']],
    [{ name: 'Charlie', type: 'customer' }, ['Charlie']],
  ];
  it.each(KEPT)('%j keeps the pet\'s name', (value, stays, gone) => {
    const out = stored(value);
    for (const each of stays) expect(out).toContain(each);
    for (const each of gone) expect(out).not.toContain(each);
  });
  it.each(STILL_MASKED)('%j keeps the person masked', (value, gone) => {
    const out = stored(value);
    for (const each of gone) expect(out).not.toContain(each);
  });
  it.each(MODES)('session memory learns no pet\'s name, and still the owner\'s (%s)', async (_, mode) => {
    const events = await storedOf([
      { type: 'tool.result', tool: { name: 'vet', callId: 'v1', result: { pet: { name: 'Luna', species: 'cat' }, owner: { name: 'Zephra Vlintuk', phone: '+44 20 7946 0958' } } } },
      // In lower case no detector reads `luna` as a name: only a remembered value would be masked there.
      { type: 'model.response', content: { output: 'reminder: luna booster due; Zephra Vlintuk can collect her at 5.' } },
    ], mode);
    const answer = String((events[1]?.content as Record<string, unknown>).output);
    expect(answer).toContain('reminder: luna booster due');
    expect(answer).not.toContain('Zephra');
    expect(answer).not.toContain('Vlintuk');
  });
});

describe('L6 labels: a plate after `placa`, Scandinavian, Finnish and other languages\' labels, and `is` of their language before it', () => {
  const PROBE: Case[] = [
    ['placa ABC-1234 do meu carro', ['ABC-1234'], ['placa', 'do meu carro']],
    ['reg.nr ABC 123', ['ABC 123'], ['reg.nr']],
    ['registreringsnummer: AB 12345', ['AB 12345', '12345'], ['registreringsnummer:']],
    ['rekisterinumero ABC-123', ['ABC-123'], ['rekisterinumero']],
  ];
  // Held back: Spanish with the vehicle in the label and `es`, Mercosur after `é`, Danish after `er`, Italian after `è`.
  const HELD_BACK: Case[] = [
    ['la placa de mi coche es 1234 BCD', ['1234 BCD', 'BCD'], ['la placa de mi coche es']],
    ['a placa do meu carro é ABC1D23', ['ABC1D23'], ['a placa do meu carro é']],
    ['nummerpladen er AB 12 345', ['AB 12 345', '345'], ['nummerpladen er']],
    ['la targa è AB 123 CD', ['AB 123 CD', '123'], ['la targa è']],
  ];
  // More of the kind: a Swedish plate with a letter last, a cue word elsewhere, Norwegian, Finnish `on`, Argentina's
  // `patente`, a Spanish plate's letters after `matrícula` (only the digits were masked), Romanian.
  const MORE: Case[] = [
    ['Reg.nr: ABC 12D (Volvo V70)', ['ABC 12D'], ['(Volvo V70)']],
    ['Placa: 4521 KLM, coche blanco', ['4521 KLM', 'KLM'], ['coche blanco']],
    ['kjennemerke EL 12345', ['EL 12345', '12345'], ['kjennemerke']],
    ['rekisterinumero on XYZ-987', ['XYZ-987'], ['rekisterinumero on']],
    ['patente AB 123 CD del auto', ['AB 123 CD', '123'], ['del auto']],
    ['matrícula 1234 BCD', ['1234 BCD', 'BCD'], ['matrícula']],
    ['numărul de înmatriculare B 123 ABC', ['123 ABC'], ['înmatriculare']],
  ];
  // Look-alikes: a graphics card, a motherboard and a Petri dish after `placa`, a year after `reg.nr`, a firm's number,
  // digits alone, a company's registration number.
  const LOOK_ALIKES: Case[] = [
    ['placa de vídeo RTX 4090', [], ['RTX 4090']],
    ['placa RTX 3060 nova', [], ['RTX 3060']],
    ['placa base B550 con wifi', [], ['B550']],
    ['placa mãe Z690 usada', [], ['Z690']],
    ['placa de Petri 3 dias', [], ['Petri 3 dias']],
    ['reg.nr 2024', [], ['reg.nr 2024']],
    ['rekisterinumero 12345', [], ['12345']],
    ['company reg nr SC123456', [], ['SC123456']],
    ['la targa è scaduta nel 2024', [], ['scaduta nel 2024']],
    ['het kenteken is 12 jaar oud', [], ['12 jaar oud']],
  ];
  it.each([...PROBE, ...HELD_BACK, ...MORE])('%j is masked', (...each) => check([each]));
  it.each(LOOK_ALIKES)('%j stays', (...each) => check([each]));
  it('twice the labels cost about twice the time', () => {
    const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length));
    expect(timeRatio((text) => detectSensitive(text), (n) => repeat('placa de mi coche es es es reg.nr är kenteken is ABC 12 34 56 targa è è ', n), 20_000, 40_000)).toBeLessThan(2.6);
  });
});

describe('L8 one and three words: a person\'s one-word or three-part login before `@` and a host that is no domain', () => {
  const PROBE: Case[] = [
    ['ssh ana@10.0.0.5', ['ana', '10.0.0.5'], ['ssh ']],
    ['scp a.txt maria.luisa.santos@build01:/tmp', ['maria.luisa.santos', 'luisa'], ['scp a.txt ', '@build01:/tmp']],
  ];
  // Held back: a listed given name in rsync and git remotes, a key's comment with the row's unlisted name, three parts
  // with `_`, a log line with no command.
  const HELD_BACK: Case[] = [
    ['rsync -av ./out/ piotr@192.168.1.20:/srv/', ['piotr'], ['rsync -av ./out/ ', ':/srv/']],
    ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOq3vZ8kWm2Lp9Qx dilnoza@bastion', ['dilnoza'], ['ssh-ed25519', '@bastion']],
    ['scp dump.sql ana_maria_lopez@10.1.2.3:~', ['ana_maria_lopez'], ['scp dump.sql ']],
    ['ana@10.0.0.5 logged in at 06:01', ['ana', '10.0.0.5'], ['logged in at 06:01']],
  ];
  // More of the kind: a surname alone, a given name's initial and a surname, the owner's name in the host too, a
  // capitalized three-part login, an RSA key's comment with a name the lists lack.
  const MORE: Case[] = [
    ['git push marisol@build-01:repo.git main', ['marisol'], ['git push ', '@build-01:repo.git main']],
    ['ssh mquintanilla@jump-02', ['mquintanilla'], ['ssh ', '@jump-02']],
    ['ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7vR4tK8wN1bY6cF0h tevita@tevita-pc', ['tevita'], ['ssh-rsa', '-pc']],
    ['sftp Maria.Luisa.Santos@nas01', ['Maria.Luisa.Santos'], ['sftp ', '@nas01']],
    ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPz7 aroha@workstation', ['aroha'], ['ssh-ed25519', '@workstation']],
    ['ssh rkumar@10.0.0.5', ['rkumar'], ['ssh ']],
    ['scp f grace.m.hopper@build01:/t', ['grace.m.hopper', 'hopper'], ['scp f ', '@build01:/t']],
    ['ssh a.okafor@bastion', ['a.okafor', 'okafor'], ['ssh ', '@bastion']],
  ];
  // Look-alikes: role, system, image, CI and database accounts, a service part among three words, a package's tag, an
  // email's domain (the email detector's), a mention, an appliance's user and a manual's placeholder in a key's comment
  // or a command, and an unlisted word in a command (appliances' users look so: open).
  const LOOK_ALIKES: Case[] = [
    ['ssh root@10.0.0.5', ['10.0.0.5'], ['root@']],
    ['ssh git@bastion', [], ['git@bastion']],
    ['ssh ubuntu@build01', [], ['ubuntu@build01']],
    ['ssh deploy@build01', [], ['deploy@build01']],
    ['ssh ec2-user@ip-10-0-0-7', [], ['ec2-user@']],
    ['ssh kali@kali', [], ['kali@kali']],
    ['ssh jenkins@ci-01 && ssh travis@worker-3', [], ['jenkins@ci-01', 'travis@worker-3']],
    ['ssh postgres@db-01', [], ['postgres@db-01']],
    ['npm i ava@latest karma@next jasmine@canary', [], ['ava@latest', 'karma@next', 'jasmine@canary']],
    ['john.smith.admin@bastion', [], ['john.smith.admin@bastion']],
    ['org.apache.commons@latest', [], ['org.apache.commons@latest']],
    ['npm i a.b@c and x@y', [], ['a.b@c', 'x@y']],
    ['my.app.v@dev-01', [], ['my.app.v@dev-01']],
    ['thanks @ana for the review', [], ['@ana']],
    ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPz7 pihole@pihole', [], ['pihole@pihole']],
    ['ssh username@hostname', [], ['username@hostname']],
    ['ssh octopi@printer', [], ['octopi@printer']],
  ];
  it.each([...PROBE, ...HELD_BACK, ...MORE])('%j is masked', (...each) => check([each]));
  it.each(LOOK_ALIKES)('%j stays', (...each) => check([each]));
  it('a one-word login and a host cut at a streamed chunk\'s end: the address joined whole in the next chunk', async () => {
    const outputs = await streamed(['Write to ana@exam', 'ple.org today']);
    expect(outputs.join('')).not.toContain('ana');
    expect(outputs[1]).toMatch(/\[EMAIL:psn_\w+\] today$/);
  });
  it('an email is still one EMAIL, its login not a PERSON', () => {
    const found = detectSensitive('mail ana@example.com today');
    expect(found.map((d) => d.type)).toEqual(['EMAIL']);
  });
  it('twice the one-word logins and key comments cost about twice the time', () => {
    const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length));
    expect(timeRatio((text) => detectSensitive(text), (n) => repeat('ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB dilnoza@x aroha@y ana@1.2.3.4 a.b.c@d ', n), 20_000, 40_000)).toBeLessThan(2.6);
  });
});

describe('L9 commas: a postal code and its places joined by commas only after a street (Turkey), and postal codes of two groups (Sweden, Czechia, Portugal)', () => {
  const PROBE: Case[] = [
    ['Adres: Bağdat Cad. No: 305 D: 7, 34728, Kadıköy, İstanbul', ['Bağdat Cad.', '34728', 'Kadıköy', 'İstanbul'], ['Adres: ']],
  ];
  // Held back: the code, a blank and the district then a comma and the province; places then the code; lower case.
  const HELD_BACK: Case[] = [
    ['Adres: Moda Cad. No: 41, 34710 Kadıköy, İstanbul', ['Moda Cad.', '34710', 'Kadıköy', 'İstanbul'], ['Adres: ']],
    ['Adres: Atatürk Bulvarı No: 27 Daire 4, Kızılay, Ankara, 06420', ['Atatürk Bulvarı', 'Kızılay', 'Ankara', '06420'], ['Adres: ']],
    ['adresim bağdat caddesi no: 212 daire: 9, 34740, kadıköy, istanbul', ['bağdat caddesi', '34740', 'kadıköy', 'istanbul'], ['adresim ']],
  ];
  // The same kind in other countries: a postal code of two groups after the street, a comma or a city after it.
  const OTHER_COUNTRIES: Case[] = [
    ['Adress: Drottninggatan 5, 111 51, Stockholm', ['Drottninggatan 5', '111 51', 'Stockholm'], ['Adress: ']],
    ['Adress: Drottninggatan 5, 111 51 Stockholm', ['111 51', 'Stockholm'], ['Adress: ']],
    ['Adresa: Václavské náměstí 1, 110 00, Praha 1', ['110 00', 'Praha'], ['Adresa: ']],
    ['Morada: Rua Augusta 100, 1100-053, Lisboa', ['1100-053', '053', 'Lisboa'], ['Morada: ']],
    ['Address: 14 Ermou Street, 105 63, Athens', ['105 63', 'Athens'], ['Address: ']],
  ];
  // Look-alikes: places alone with commas, a code and places with no street, a conjunction after the code, a phone
  // of three groups after a street, an amount in kronor.
  const LOOK_ALIKES: Case[] = [
    ['Kadıköy, İstanbul, Ankara ve İzmir şubeleri', [], ['Kadıköy, İstanbul, Ankara']],
    ['Sipariş 34728, Kadıköy şubesinden çıktı', [], ['Sipariş 34728, Kadıköy']],
    ['Ring 12 Main Street, 416 60 039 for the office', ['416 60 039'], ['[PHONE] for the office']],
    ['Drottninggatan 5, 100 00 kronor i månaden', [], ['kronor i månaden']],
  ];
  it.each([...PROBE, ...HELD_BACK, ...OTHER_COUNTRIES])('%j is masked', (...each) => check([each]));
  it.each(LOOK_ALIKES)('%j stays', (...each) => check([each]));
  it('twice the comma-joined codes and places cost about twice the time', () => {
    const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length));
    expect(timeRatio((text) => detectSensitive(text), (n) => repeat('Adres: Moda Cad. No: 5, 34728, Kadıköy, İstanbul, Ankara, İzmir, Gata 5, 111 51, 110 00 ', n), 20_000, 40_000)).toBeLessThan(2.6);
  });
});

describe('L7 places and other scripts: a district and city with no street word after a cue, Persian and Urdu addresses', () => {
  const PROBE: Case[] = [
    ['العنوان: المهندسين، الجيزة', ['المهندسين', 'الجيزة'], ['العنوان: ']],
    ['آدرس: تهران، خیابان ولیعصر، کوچه ۱۲، پلاک ۴', ['تهران', 'خیابان ولیعصر', 'کوچه ۱۲', 'پلاک ۴'], ['آدرس: ']],
    ['پتہ: مکان نمبر 12، گلی 5، محلہ اسلام پورہ، لاہور', ['مکان نمبر 12', 'گلی 5', 'اسلام پورہ', 'لاہور'], ['پتہ: ']],
  ];
  // Held back: another district and city, Persian with the city last, Urdu with `میرا پتہ` and `ہے` after it.
  const HELD_BACK: Case[] = [
    ['عنواني: الزمالك، القاهرة', ['الزمالك', 'القاهرة'], ['عنواني: ']],
    ['نشانی: خیابان انقلاب، پلاک ۲۳، تهران', ['خیابان انقلاب', 'پلاک ۲۳', 'تهران'], ['نشانی: ']],
    ['میرا پتہ گلی نمبر 3، محلہ گلبرگ، لاہور ہے', ['گلی نمبر 3', 'گلبرگ', 'لاہور'], ['میرا پتہ ', ' ہے']],
  ];
  // More of the kind: an English cue, a district of two words and a country, a postal code, a Persian postal code, a
  // Persian district and city, an Urdu town's name before its word, a Persian address with no cue at a line's start.
  const MORE: Case[] = [
    ['Address: المهندسين، الجيزة', ['المهندسين', 'الجيزة'], ['Address: ']],
    ['عنواني: مدينة نصر، القاهرة، مصر', ['مدينة نصر', 'القاهرة'], ['عنواني: ']],
    ['عنوان الشحن: الروضة، جدة 23452', ['الروضة', '23452'], ['عنوان الشحن: ']],
    ['کد پستی ۱۲۳۴۵۶۷۸۹۰', ['۱۲۳۴۵۶۷۸۹۰'], []],
    ['نشانی: سعادت آباد، تهران', ['سعادت آباد', 'تهران'], ['نشانی: ']],
    ['میرا پتہ: ماڈل ٹاؤن، لاہور', ['ماڈل ٹاؤن', 'لاہور'], ['میرا پتہ: ']],
    ['تهران، خیابان ولیعصر، پلاک ۱۲', ['تهران', 'خیابان ولیعصر', 'پلاک ۱۲'], []],
  ];
  // Look-alikes: a city and its country, a title with a comma under `العنوان`, a city then a clause, a street in prose in
  // Persian and Urdu, a city with its country in Urdu, a Persian city before a street in prose.
  const LOOK_ALIKES: Case[] = [
    ['أسكن في جدة، السعودية', [], ['جدة، السعودية']],
    ['العنوان: مقدمة الكتاب، الفصل الأول', [], ['مقدمة الكتاب، الفصل الأول']],
    ['أسكن في الرياض، وأعمل في جدة', [], ['الرياض، وأعمل في جدة']],
    ['او در خیابان ولیعصر قدم زد', [], ['خیابان ولیعصر قدم زد']],
    ['یہ گلی بہت تنگ ہے', [], ['یہ گلی بہت تنگ ہے']],
    ['کراچی، پاکستان', [], ['کراچی، پاکستان']],
    ['در تهران، خیابان ولیعصر قدم زدم', [], ['تهران، خیابان ولیعصر قدم زدم']],
    ['یہ سڑک لاہور جاتی ہے', [], ['یہ سڑک لاہور جاتی ہے']],
  ];
  it.each([...PROBE, ...HELD_BACK, ...MORE])('%j is masked', (...each) => check([each]));
  it.each(LOOK_ALIKES)('%j stays', (...each) => check([each]));
  it('under Persian and Urdu member names, as the redactor stores them', async () => {
    const [event] = await storedOf([{ type: 'tool.result', tool: { name: 'crm', callId: 'p1', result: {
      آدرس_منزل: 'سعادت آباد، تهران',
      کد_پستی: '1234567890',
      گھر_کا_پتہ: 'ماڈل ٹاؤن، لاہور',
      آدرس: 'https://example.com/docs',
    } } }]);
    const stored = JSON.stringify(event?.tool);
    for (const raw of ['سعادت', '1234567890', 'ماڈل']) expect(stored).not.toContain(raw);
    // `آدرس` alone is also a site's address: a URL under it stays.
    expect(stored).toContain('https://example.com/docs');
  });
  it('twice the cues, places and Persian and Urdu street words cost about twice the time', () => {
    const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length));
    expect(timeRatio((text) => detectSensitive(text), (n) => repeat('عنواني: الزمالك، مدينة، آدرس: تهران، خیابان کوچه پلاک گلی نمبر، پتہ ', n), 20_000, 40_000)).toBeLessThan(2.6);
  });
});

describe('L4 degrees and minutes: positions in degrees and minutes or minutes and seconds, in text and in a table\'s latitude and longitude columns', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
  let calls = 0;
  const resultOf = async (value: unknown): Promise<string> => {
    const out = await redactor.redact({ v: 1, type: 'tool.result', session: `l4d-${calls++}`, tool: { name: 'fleet', callId: `c${calls}`, result: value } } as never, {} as never);
    return JSON.stringify((out.event as { tool: { result: unknown } }).tool.result);
  };
  const TEXT: Case[] = [
    ['Position: 51°30.123\'N 0°07.456\'W', ['30.123', '07.456'], ['Position: ']],
    ['GPS 51 30 07.4 N, 0 07 39.1 W', ['30 07.4', '07 39.1'], ['GPS ']],
  ];
  // Held back and more of the kind: minutes with decimals after a cue, a chart plotter's letters before, the longitude's
  // label between, whole seconds with blanks.
  const TEXT_MORE: Case[] = [
    ['my location is 40°44.928\'N 73°59.125\'W', ['44.928', '59.125'], ['my location is ']],
    ['GPS N 51° 30.123\' W 000° 07.456\'', ['30.123', '07.456'], ['GPS ']],
    ['lat: 40°44\'55.7"N, lon: 73°59\'07.5"W', ['44\'55.7', '59\'07.5'], ['lat: ']],
    ['meet at 51 30 07 N 0 07 39 W tonight', ['30 07', '07 39'], ['meet at ', ' tonight']],
  ];
  // Look-alikes: an angle, minutes with no decimals (a city's), one value alone, a time with a letter, small numbers.
  const TEXT_LOOK_ALIKES: Case[] = [
    ['The angle was 45°30\' and the temperature 21°C', [], ['45°30\'', '21°C']],
    ['51°30\'N 0°07\'W', [], ['51°30\'N 0°07\'W']],
    ['The angle 45°30.25\' N of the axis', [], ['45°30.25\' N']],
    ['Meeting at 10 15 30 N', [], ['10 15 30 N']],
    ['Score 12 30 45 N 2 3 4 W', [], ['12 30 45 N 2 3 4 W']],
  ];
  it.each([...TEXT, ...TEXT_MORE])('%j is masked', (...each) => check([each]));
  it.each(TEXT_LOOK_ALIKES)('%j stays', (...each) => check([each]));
  // [result, values that must be gone, parts that must stay]
  const COLUMNS: Array<[unknown, string[], string[]]> = [
    ['| time | lat | lon |\n|---|---|---|\n| 06:01 | 51°30.123\'N | 0°07.456\'W |', ['30.123', '07.456'], ['| time | lat | lon |', '| 06:01 |']],
    ['time,lat,lon\n06:01,5557.1951,00311.2960\n06:02,5557.2001,00311.3010', ['5557.1951', '00311.2960', '5557.2001'], ['time,lat,lon', '06:02']],
    // Held back and more: NMEA's fields with their letters, separate hemisphere columns, DMS with blanks, a JSON column table.
    ['ts,lat,lon\n06:01,4807.038N,01131.000E', ['4807.038', '01131.000'], ['ts,lat,lon']],
    ['utc\tlatitude\tns\tlongitude\tew\n123519\t4807.038\tN\t01131.000\tE', ['4807.038', '01131.000'], ['123519']],
    ['stop;latitude;longitude\nDepot;51 30 07.4 N;0 07 39.1 W', ['30 07.4', '07 39.1'], ['Depot']],
    [{ columns: ['ts', 'lat', 'lng'], rows: [['06:01', '55°57.195\'N', '3°11.296\'W']] }, ['57.195', '11.296'], ['06:01']],
  ];
  // Look-alikes: minutes with no decimals (a city's), a decimal degree of a city's precision, out of range, a minute of 60.
  const COLUMN_LOOK_ALIKES: Array<[unknown, string[]]> = [
    ['city,lat,lon\nLondon,51°30\'N,0°07\'W', ['51°30\'N', '0°07\'W']],
    ['city,lat,lon\nLondon,51.5,-0.12', ['51.5,-0.12']],
    ['sensor,lat,lon\nS1,9507.038,19131.000', ['9507.038', '19131.000']],
    ['sensor,lat,lon\nS2,4860.123,01160.500', ['4860.123', '01160.500']],
  ];
  it.each(COLUMNS)('%j', async (value, gone, stays) => {
    const stored = await resultOf(value);
    for (const each of gone) expect(stored).not.toContain(each);
    for (const each of stays) expect(stored).toContain(each);
    expect(stored).toContain('[GEO:');
  });
  it.each(COLUMN_LOOK_ALIKES)('%j stays', async (value, stays) => {
    const stored = await resultOf(value);
    for (const each of stays) expect(stored).toContain(each);
  });
  it('twice the degrees and minutes cost about twice the time', () => {
    const repeat = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length));
    expect(timeRatio((text) => detectSensitive(text), (n) => repeat('51°30.123\'N 0°07.4 N 51 30 07.4 N, 0 07 W 000° 12 30 ', n), 20_000, 40_000)).toBeLessThan(2.6);
  });
});
