// Misses documented as open in docs/REDACTION.md, fixed by the misc helper of 2026-12-06 (issue 11):
// a social network's account id in a cookie (the open part of L2 of the probe of 2026-12-06b).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '@agent-audit/core';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';
import { timeRatio } from './linear-time.js';

const TOKEN = /\[[A-Z_]+:psn_\w+\]/g;
const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(6)]) });
let sessions = 0;
/** The tool arguments as redacted, as JSON (a session of their own). */
async function args(value: unknown): Promise<string> {
  const out = await redactor.redact({ type: 'tool.call', session: `open-${sessions++}`, tool: { name: 'submit', arguments: value } } as never, {} as never);
  return JSON.stringify((out.event as { tool: { arguments: unknown } }).tool.arguments);
}

describe("an account-id cookie: Facebook's c_user, Instagram's ds_user_id, X's twid", () => {
  const ID = '100012345678901';
  it.each([
    // A browser agent's cookie jar (Playwright `context.cookies()`, CDP `Network.Cookie`).
    [[{ name: 'c_user', value: ID, domain: '.facebook.com', path: '/', httpOnly: false, secure: true, sameSite: 'None' }], ID],
    [[{ name: 'ds_user_id', value: '48213377120', domain: '.instagram.com', path: '/', secure: true }], '48213377120'],
    [[{ name: 'twid', value: 'u%3D1455823301234567890', domain: '.x.com', path: '/' }], '1455823301234567890'],
    // As members, a string or a number.
    [{ cookies: { c_user: ID, presence: 'C{"t3":[]}' } }, ID],
    [{ c_user: 100012345678901 }, ID],
    // In text: document.cookie-like pairs, a Netscape cookies.txt line, a quoted member in a log.
    [`cookies: [c_user=${ID}]`, ID],
    [`.facebook.com\tTRUE\t/\tTRUE\t1767225600\tc_user\t${ID}`, ID],
    [`session restored {"c_user": "${ID}", "locale": "en_GB"}`, ID],
    ['twid=u%3D1455823301234567890; lang=en', '1455823301234567890'],
  ])('%j', async (value, id) => {
    const text = await args(value);
    expect(text.replace(TOKEN, '')).not.toContain(id);
    expect(text).toContain('[IDENTIFIER:');
  });

  it('one pseudonym for the id in an object, a member and a cookies.txt line', async () => {
    const tokens = [
      await args([{ name: 'c_user', value: ID, domain: '.facebook.com', path: '/' }]),
      await args({ c_user: ID }),
      await args(`.facebook.com\tTRUE\t/\tTRUE\t1767225600\tc_user\t${ID}`),
    ].map((text) => text.match(TOKEN)?.[0]);
    expect(tokens[0]).toMatch(/^\[IDENTIFIER:/);
    expect(new Set(tokens).size).toBe(1);
  });

  it.each([
    [{ cuser: 'admin' }],
    [{ c_user: '0000' }],
    [{ c_user: 'guest' }],
    ['c_user_pref=12345678'],
    ['xc_user=12345678'],
    [[{ name: 'c_user', value: 'abc', domain: '.facebook.com', path: '/' }]],
    [[{ name: 'presence', value: '12345678', domain: '.facebook.com', path: '/' }]],
    ['twid=1455823301234567890'],
    [{ twid: 'en' }],
  ])('stays: %j', async (value) => {
    const text = await args(value);
    expect(text).not.toMatch(TOKEN);
  });

  it('reads a flood of such pairs in linear time', () => {
    const unit = `c_user=${ID}; `;
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});

describe("a card's or an account's holder, a payee or a beneficiary as initials and a surname in capitals", () => {
  it.each([
    // O6's example of in11 (REDACTION.md, open part of L15 of probe 2026-12-06).
    ['Auth request: PAN 411111******1111, cardholder T NDLOVU, amount 12.00', ['NDLOVU']],
    // More of the kind: a blank in the label, two holders, a payee's two initials, a title, a dotted initial, the surname first.
    ['card holder T NDLOVU exp 09/28', ['NDLOVU']],
    ['cardholder T NDLOVU, acct holder W NGATA', ['NDLOVU', 'NGATA']],
    ['payee K J MENSAH ref 4471', ['MENSAH']],
    ['Beneficiary MS H PARATA', ['PARATA']],
    ['cardholder T. NDLOVU', ['NDLOVU']],
    ['account holder T NDLOVU', ['NDLOVU']],
    ['remitter GEBREMEDHIN M amount 35.00', ['GEBREMEDHIN']],
  ])('%s', async (line, surnames) => {
    const text = await args(line);
    for (const surname of surnames) expect(text.replace(TOKEN, '')).not.toContain(surname);
    expect(text).toContain('[PERSON:');
  });

  it.each([
    'cardholder A PLAN INSURANCE',
    'cardholder verification method: PIN',
    'payee J SAINSBURY PLC',
    'payer: HMRC',
    'payee DD MM',
    'cardholder present: Y',
    'Payee: N/A',
    'account holder X TYPE',
    'payee ID 4471 status OK',
  ])('stays: %s', async (line) => {
    expect(await args(line)).toBe(JSON.stringify(line));
  });

  it('reads a flood of labels in linear time', () => {
    for (const unit of ['cardholder T NDLOVU, ', 'payee payee payee K ', 'account holder MS H ']) {
      const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
      expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
    }
  });
});

describe('a lower-case title before a surname that is a common word, with a person verb or possession after it', () => {
  it.each([
    ['dr brown said my results are fine', 'brown'],
    ['mr king called about the refund', 'king'],
    ["dr brown's office rang to move it", 'brown'],
    ['mrs green will ring you tomorrow', 'green'],
    ['dr white has prescribed amoxicillin', 'white'],
    ["pls tell mr king's secretary", 'king'],
    ['dr young referred me to a specialist', 'young'],
    ['ms black will call back after 3', 'black'],
  ])('%s', async (line, surname) => {
    const text = await args(line);
    expect(text.replace(TOKEN, '')).not.toContain(` ${surname}`);
    expect(text).toContain('[PERSON:');
  });

  it.each([
    'dr brown rice is healthy',
    'dr pepper is great',
    'mr clean works well',
    'mr muscle spray for the oven',
    'mr bean is funny',
    'dr who said nothing new',
    'mr potato head toy',
    'mr men books for kids',
    'the mr was merged and the ci said ok',
    'ms word said the file is corrupt',
  ])('stays: %s', async (line) => {
    expect(await args(line)).toBe(JSON.stringify(line));
  });
});
