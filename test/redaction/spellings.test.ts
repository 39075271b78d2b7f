// Issue 11: "of 24 everyday spellings of secrets and PII tried, all 24 reached the ledger raw",
// and ../shared/cases/02-iban-separators.mjs (IBANs in the ways people write them). Each input
// goes through a real auditor into a memory ledger; the raw value must not be in what is stored.
// The held-back set at the end was written after the fix and is checked as written, untuned.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import type { JsonValue } from '@agent-audit/core';

interface Spelling {
  name: string;
  /** Tool result as the tool returned it. */
  result: JsonValue;
  /** Substrings that must not reach the ledger. */
  raw: string[];
}

async function ledgerOf(spellings: readonly Spelling[]): Promise<Map<string, string>> {
  const ledger = memoryLedger();
  const errors: Error[] = [];
  const auditor = createAuditor({
    agent: { id: 'spellings' },
    sink: ledger,
    redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 7)]), keysDir: mkdtempSync(join(tmpdir(), 'aa-keys-')) }),
    onError: (error) => errors.push(error),
  });
  // The case is named by its index: attrs are redacted too, and some names hold what they describe.
  spellings.forEach((spelling, index) => {
    auditor.record({ type: 'tool.result', attrs: { case: `c${index}` }, tool: { name: 'crm.lookup', result: spelling.result } });
  });
  await auditor.flush();
  await auditor.close();
  expect(errors).toEqual([]);
  const stored = new Map<string, string>();
  for (const event of ledger.events()) {
    const index = Number((event.attrs as { case?: string } | undefined)?.case?.slice(1));
    const spelling = spellings[index];
    if (spelling !== undefined) stored.set(spelling.name, JSON.stringify(event.tool?.result));
  }
  return stored;
}

function leaks(stored: Map<string, string>, spellings: readonly Spelling[]): string[] {
  const out: string[] = [];
  for (const spelling of spellings) {
    const json = stored.get(spelling.name);
    if (json === undefined) {
      out.push(`${spelling.name}: event missing`);
      continue;
    }
    for (const raw of spelling.raw) if (json.includes(raw)) out.push(`${spelling.name}: ${raw} in ${json}`);
  }
  return out;
}

const issueSpellings: Spelling[] = [
  { name: 'password in a JSON string inside a JSON string', result: { body: '{"password":"hunter2-Xq9z"}' }, raw: ['hunter2'] },
  { name: 'key password_confirmation', result: { password: 'Tr0ub4dor&3x', password_confirmation: 'Tr0ub4dor&3x' }, raw: ['Tr0ub4dor'] },
  { name: 'key apiKeys', result: { apiKeys: ['k_9f8e7d6c5b4a', 'k_1a2b3c4d5e6f'] }, raw: ['k_9f8e7d6c5b4a', 'k_1a2b3c4d5e6f'] },
  { name: 'header tuple [["X-Api-Key", …]]', result: { headers: [['X-Api-Key', 'Zx81-qq7-LmN0p'], ['Accept', '*/*']] }, raw: ['Zx81-qq7-LmN0p'] },
  { name: 'curl -u user:pass', result: { command: 'curl -u admin:S3cr3tPassw0rd! https://api.example.com/v1/users' }, raw: ['S3cr3tPassw0rd'] },
  { name: 'S3 pre-signed URL', result: { url: 'https://bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAZ7Q3XK4MPLR2WD5N%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0' }, raw: ['0f1e2d3c4b5a6978', 'AKIAZ7Q3XK4MPLR2WD5N'] },
  { name: 'Hugging Face token', result: { text: 'set HF_TOKEN to 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' }, raw: ['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'] },
  { name: 'GCP API key', result: { text: 'maps key AIzaSyDq3kX9v2LmN8pQ7rT4wY6zA1bC5dE0fGh' }, raw: ['AIzaSyDq3kX9v2LmN8pQ7rT4wY6zA1bC5dE0fGh'] },
  { name: 'email followed by a dash', result: { text: 'mail dave@example.com-thanks!' }, raw: ['dave@example.com'] },
  { name: 'Phone:+442079460958', result: { text: 'Phone:+442079460958' }, raw: ['2079460958'] },
  { name: 'card number as a JSON number', result: JSON.parse('{"card_number":4242424242424242}') as JsonValue, raw: ['4242424242424242'] },
  { name: 'IBAN with dashes', result: { text: 'IBAN BE68-5390-0754-7034' }, raw: ['5390-0754'] },
  { name: 'phone in slash notation', result: { text: 'Tel. 030/84712265' }, raw: ['84712265'] },
  { name: 'key X-Api-Key in an object', result: { 'X-Api-Key': 'opaque-value-1' }, raw: ['opaque-value-1'] },
  { name: 'key API-KEY', result: { 'API-KEY': 'opaque-value-2' }, raw: ['opaque-value-2'] },
  { name: 'key x_api_key', result: { x_api_key: 'opaque-value-3' }, raw: ['opaque-value-3'] },
  { name: 'HAR header {name, value}', result: { request: { headers: [{ name: 'Authorization', value: 'Token opaque-value-4' }] } }, raw: ['opaque-value-4'] },
  { name: 'URL userinfo', result: { text: 'clone https://deploy:gh0stPa55w0rd@git.example.com/repo.git' }, raw: ['gh0stPa55w0rd'] },
  { name: 'postgres connection string', result: { env: 'DATABASE_URL=postgres://app:pg-S3cret-99@db.internal:5432/app' }, raw: ['pg-S3cret-99'] },
  { name: 'ADO connection string', result: { text: 'Server=tcp:db.example.net;Database=app;User ID=app;Password=Ad0-Pa55word;' }, raw: ['Ad0-Pa55word'] },
  { name: 'Authorization: Basic in free text', result: { text: 'send Authorization: Basic YWRtaW46czNjcjN0UGFzcw== to the API' }, raw: ['YWRtaW46czNjcjN0UGFzcw'] },
  { name: 'Azure SAS sig=', result: { url: 'https://acct.blob.core.windows.net/c/f.pdf?sv=2022-11-02&sp=r&se=2026-01-01&sig=q8vL2nT5xR1pK7mW3zA9cE4fH6jB0dG2sY5uI8oN1lM%3D' }, raw: ['q8vL2nT5xR1pK7mW3zA9cE4fH6jB0dG2sY5uI8oN1lM'] },
  { name: 'patient name keys', result: { patient_name: 'Amara Okafor', firstName: 'Lena', lastName: 'Vogt', name: [{ family: 'Nguyen', given: ['Thi', 'Mai'], text: 'Nguyen Thi Mai' }] }, raw: ['Amara', 'Okafor', 'Lena', 'Vogt', 'Nguyen', 'Thi', 'Mai'] },
  { name: 'SSN with dots', result: { text: 'SSN 536.22.1234 on file' }, raw: ['536.22.1234'] },
];

// ../shared/cases/02-iban-separators.mjs (presidio#363, IBAN4Net#22), as a project test.
const ibanCases: Array<[string, string]> = [
  ['compact', 'DE89370400440532013000'],
  ['groups of four', 'DE89 3704 0044 0532 0130 00'],
  ['lower case grouped', 'nl91 abna 0417 1643 00'],
  ['dashes', 'BE68-5390-0754-7034'],
  ['dashes NL', 'NL91-ABNA-0417-1643-00'],
  ['country code split off', 'NL 91 ABNA 0417 1643 00'],
  ['FR with letter in BBAN, grouped', 'FR14 2004 1010 0505 0001 3M02 606'],
];

describe('issue 11: everyday spellings of secrets and PII', () => {
  it(`none of the ${issueSpellings.length} spellings reaches the ledger raw`, async () => {
    expect(issueSpellings.length).toBeGreaterThanOrEqual(24);
    const stored = await ledgerOf(issueSpellings);
    expect(leaks(stored, issueSpellings)).toEqual([]);
  });

  it('keeps the clean parts of the same events', async () => {
    const stored = await ledgerOf(issueSpellings);
    expect(stored.get('header tuple [["X-Api-Key", …]]')).toContain('["Accept","*/*"]');
    expect(stored.get('S3 pre-signed URL')).toContain('X-Amz-Expires=900');
    expect(stored.get('email followed by a dash')).toContain('-thanks!');
    expect(stored.get('ADO connection string')).toContain('Database=app');
  });
});

describe('shared case 02: IBANs in the ways people write them', () => {
  it('no IBAN spelling reaches the ledger, and digit/dash noise breaks nothing', async () => {
    const spellings: Spelling[] = ibanCases.map(([name, iban]) => ({ name, result: { note: `Refund to account ${iban} (holder: Mara Quist).` }, raw: [] }));
    spellings.push({ name: 'noise', result: { note: 'ref AB 12345678-123-12345678 ok' }, raw: [] });
    const stored = await ledgerOf(spellings);
    for (const [name, iban] of ibanCases) {
      const compactRaw = iban.replace(/[\s-]/g, '').toUpperCase();
      const compactOut = (stored.get(name) ?? '').replace(/[\s-]/g, '').toUpperCase();
      expect(compactOut, name).toContain('[IBAN:PSN_');
      expect(compactOut.includes(compactRaw.slice(4, 14)), `${name}: ${stored.get(name)}`).toBe(false);
    }
    expect(stored.get('noise')).toBeDefined();
    expect(stored.get('noise')).not.toContain('[IBAN:');
    expect(stored.get('noise')).toContain('12345678-123-12345678');
  });
});

// Written after the fix, run as written: other spellings of the same kinds.
const heldBack: Spelling[] = [
  { name: 'JSON string three levels down', result: { payload: JSON.stringify({ request: JSON.stringify({ auth: { client_secret: 'cs-77Hq-Ww2e' } }) }) }, raw: ['cs-77Hq-Ww2e'] },
  { name: 'key newPasswordRepeat', result: { newPasswordRepeat: 'n3wPa55-rep' }, raw: ['n3wPa55-rep'] },
  { name: 'key ACCESS_TOKENS', result: { ACCESS_TOKENS: ['at-one-1111', 'at-two-2222'] }, raw: ['at-one-1111', 'at-two-2222'] },
  { name: 'URLSearchParams entries', result: { params: [['access_token', 'ya29-opaque-xyz'], ['page', '2']] }, raw: ['ya29-opaque-xyz'] },
  { name: 'wget --user --password', result: { cmd: 'wget --user=ops --password=W9et-Pa55 https://x.example.com/f' }, raw: ['W9et-Pa55'] },
  { name: 'GCS signed URL', result: { url: 'https://storage.googleapis.com/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=svc%40p.iam.gserviceaccount.com&X-Goog-Signature=8d7c6b5a49382716a5b4c3d2e1f0aa99' }, raw: ['8d7c6b5a49382716a5b4c3d2e1f0aa99'] },
  { name: 'mongodb+srv', result: { text: 'uri mongodb+srv://svc:M0ng0-Pw-55@cluster0.x1y2z.mongodb.net/db' }, raw: ['M0ng0-Pw-55'] },
  { name: 'Bearer in prose', result: { text: 'it failed with Bearer eyJ0eXAiOi.x7Yq9Lm2Pn4 expired' }, raw: ['x7Yq9Lm2Pn4'] },
  { name: 'phone with dots, international', result: { text: 'WhatsApp: +33.6.12.34.56.78' }, raw: ['12.34.56.78'] },
  { name: 'phone glued after colon, national UK', result: { text: 'Mobile:07700 900123' }, raw: ['900123'] },
  { name: 'IBAN with dots', result: { text: 'Konto DE89.3704.0044.0532.0130.00' }, raw: ['3704.0044'] },
  { name: 'IBAN with slashes', result: { text: 'IBAN: GB82/WEST/1234/5698/7654/32' }, raw: ['1234/5698'] },
  { name: 'card with slashes', result: { text: 'paid with 4111/1111/1111/1111' }, raw: ['4111/1111/1111/1111'] },
  { name: 'card number string under cardNo', result: { cardNo: '5500 0000 0000 0004' }, raw: ['5500 0000 0000 0004'] },
  { name: 'phone number under mobile_number', result: { mobile_number: 17012345678 }, raw: ['17012345678'] },
  { name: 'SSN with slashes', result: { text: 'ssn: 536/22/1234' }, raw: ['536/22/1234'] },
  { name: 'email before an em dash', result: { text: 'write to erin@example.org—she answers' }, raw: ['erin@example.org'] },
  { name: 'person keys in kebab case', result: { 'given-name': 'Ingrid', 'family-name': 'Halvorsen' }, raw: ['Ingrid', 'Halvorsen'] },
  { name: 'npm token in .npmrc', result: { file: '//registry.npmjs.org/:_authToken=npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8' }, raw: ['npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'] },
  { name: 'SendGrid key', result: { text: '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' }, raw: ['TwL2iGABf9DHoTf'] },
];

// The first run of this set, as written, leaked two of its 20 spellings; both were fixed
// afterwards, in the mechanism rather than for the strings: `ACCESS_TOKENS` (a plural `tokens` was
// always taken for a count like `max_tokens`; now it is a secret when a more specific name than
// `token` results) and `+33.6.12.34.56.78` (dotted single-digit groups were rejected as
// version-like even after a calling code; now only in national numbers).
describe('held back: other spellings of the same kinds, written after the fix', () => {
  it('none reaches the ledger raw', async () => {
    const stored = await ledgerOf(heldBack);
    expect(leaks(stored, heldBack)).toEqual([]);
  });
});

// A second held-back set, written after the first one's two misses were fixed, run as written.
const heldBackTwo: Spelling[] = [
  { name: 'HAR response cookie', result: { response: { cookies: [{ name: 'JSESSIONID', value: 'A1B2C3D4E5F6', httpOnly: true }] } }, raw: ['A1B2C3D4E5F6'] },
  { name: 'password in a YAML-ish string', result: { config: 'db:\n  user: app\n  password: "Yx7-pLm2-Qr9"\n' }, raw: ['Yx7-pLm2-Qr9'] },
  { name: 'Authorization pair in an array of objects', result: [{ key: 'Authorization', value: 'Bearer 9f8e7d6c5b4a39281706' }], raw: ['9f8e7d6c5b4a39281706'] },
  { name: 'api_key in a query string of a log line', result: { log: 'GET /v1/search?q=shoes&api_key=b7c1d2e3f4a5b6c7d8e9 200' }, raw: ['b7c1d2e3f4a5b6c7d8e9'] },
  { name: 'mysql url', result: { text: 'mysql://root:My5ql-Root-Pw@10.1.2.3:3306/shop' }, raw: ['My5ql-Root-Pw'] },
  { name: 'card with spaces glued to a colon', result: { text: 'Karte:5500 0000 0000 0004, Ablauf 12/28' }, raw: ['5500 0000 0000 0004'] },
  { name: 'IBAN lower case with dashes', result: { text: 'iban de89-3704-0044-0532-0130-00' }, raw: ['3704-0044'] },
  { name: 'phone in parentheses after a name', result: { text: 'Ana (+351 912 345 678) called' }, raw: ['912 345 678'] },
  { name: 'SSN in a JSON string inside JSON', result: { body: '{"applicant":{"ssn":"536-22-1234"}}' }, raw: ['536-22-1234'] },
  { name: 'person keys in SCREAMING case', result: { FIRST_NAME: 'Oskar', LAST_NAME: 'Lindqvist' }, raw: ['Oskar', 'Lindqvist'] },
  { name: 'Slack webhook in prose', result: { text: 'hook https://hooks.slack.com/services/T0ABCDEF1/B0ABCDEF2/AbCdEfGhIjKlMnOpQrStUvWx' }, raw: ['AbCdEfGhIjKlMnOpQrStUvWx'] },
  { name: 'GitHub token in a git remote', result: { text: 'https://x-access-token:ghs_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789@github.com/o/r.git' }, raw: ['ghs_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'] },
];

describe('held back, second set: written after the first set was fixed', () => {
  it('none reaches the ledger raw', async () => {
    const stored = await ledgerOf(heldBackTwo);
    expect(leaks(stored, heldBackTwo)).toEqual([]);
  });
});
