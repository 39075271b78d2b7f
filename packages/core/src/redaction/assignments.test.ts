import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { assignmentValue } from './secrets.js';

// Issue 11, secret assignment values: a quoted value extends to its closing quote, an unquoted
// one to whitespace / end of line, except where a key=value;… grammar's separator starts the
// next pair (ADO connection strings, query strings, cookies). When unsure, mask more.

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });

async function redacted(input: string): Promise<string> {
  const event = {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'model.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    content: { input },
  };
  const result = await redactor.redact(event as never, { capture: {} } as never);
  return result.event.content?.input as string;
}

/** Every piece of the secret (split at its punctuation) must be gone from the output. */
async function expectGone(text: string, secret: string): Promise<void> {
  const out = await redacted(text);
  for (const piece of secret.split(/[\s&;,)'<`]+/).filter((p) => p.length >= 3)) expect(out, `${text} -> ${out}`).not.toContain(piece);
}

describe('assignment values: the whole value, not up to the first punctuation', () => {
  it('masks the attack inputs whole', async () => {
    await expectGone('password: Tr0ub4dor&2iMQv5', 'Tr0ub4dor&2iMQv5');
    await expectGone('password = "correct horse battery staple"', 'correct horse battery staple');
    await expectGone('MY_SERVICE_SECRET="correct horse battery staple"', 'correct horse battery staple');
    await expectGone('MY_SERVICE_SECRET=Tr0ub4dor&2iMQv5', 'Tr0ub4dor&2iMQv5');
    await expectGone("pwd: 'correct horse battery staple'", 'correct horse battery staple');
    await expectGone('pwd:Ab,cd)ef9<x', 'Ab,cd)ef9');
    const ado = 'Server=s;Password=ab;Cd9Ef8Gh7;Encrypt=True';
    const out = await redacted(ado);
    expect(out).not.toContain('Cd9Ef8Gh7');
    expect(out).toContain(';Encrypt=True');
  });

  it('ends the value at the grammar separator of the next pair', () => {
    const text = 'Server=s;Password=ab;Cd9Ef8Gh7;Encrypt=True';
    const from = text.indexOf('Password=') + 9;
    expect(assignmentValue(text, from)?.map((i) => i - from)).toEqual([0, 'ab;Cd9Ef8Gh7'.length]);
    const query = '?password=a&b9x&next=1';
    expect(text.slice(0, 0) + query.slice(...(assignmentValue(query, 10) ?? [0, 0]))).toBe('a&b9x');
    const cookie = 'Cookie: token=Zx9;q; theme=dark';
    expect(cookie.slice(...(assignmentValue(cookie, 14) ?? [0, 0]))).toBe('Zx9;q');
    const json = '{\\"password\\":\\"hun ter2\\\\\\"x\\"}';
    const start = json.indexOf(':') + 1;
    expect(json.slice(...(assignmentValue(json, start) ?? [0, 0]))).toBe('hun ter2\\\\\\"x');
  });

  it('a low-entropy password under a secret name is masked (only placeholders stay)', async () => {
    // fast-check found this one (seed -1683440891): a 12-character run kept it below an entropy floor.
    for (const value of ['Q7aaaaaaaaaaaaz9', 'aaaaaaaaaaaaaaaa1', 'passwordpassword1']) {
      expect(await redacted(`password=${value} trailing words`)).toMatch(/^password=\[PASSWORD:psn_[A-Za-z0-9_-]+\] trailing words$/);
    }
    for (const placeholder of ['xxxxxxxxxxxxxxxxxx', '****************', '${DB_PASSWORD}', '<your-password>']) {
      expect(await redacted(`password=${placeholder} trailing words`)).toBe(`password=${placeholder} trailing words`);
    }
  });

  it('property: any printable password with punctuation, quoted or not, leaves nothing behind', async () => {
    const chars = fc.constantFrom(...'abcdefghXYZ0123456789&),\'<;`!#%*+-./:?@^_|~');
    const password = fc.array(chars, { minLength: 6, maxLength: 30 }).map((a) => `Q7${a.join('')}z9`).filter((p) => !/[&;,]\s?[A-Za-z_][\w.-]*\s?[=:]/.test(p) && !p.includes('</'));
    const keys = fc.constantFrom('password', 'PASSWORD', 'db_password', 'MY_SERVICE_SECRET', 'pwd', 'api_key', 'client_secret', 'passphrase');
    const seps = fc.constantFrom('=', ': ', ' = ', ':=', '=>');
    await fc.assert(
      fc.asyncProperty(keys, seps, password, fc.boolean(), async (key, sep, value, quoted) => {
        const text = quoted ? `${key}${sep}"${value.replace(/"/g, '')} with spaces"` : `${key}${sep}${value} trailing words`;
        const out = await redacted(text);
        expect(out).toMatch(/\[PASSWORD:psn_/);
        const masked = out.slice(out.indexOf('[PASSWORD:'));
        // After a label standing alone and `: ` (prose and YAML alike), an unquoted value runs on
        // over the words of its clause up to a prose word (`words`), unless a quote ended its
        // first word (secrets.ts, proseRun); after `=` and the like it ends at white space.
        const runsOn = !quoted && sep === ': ' && /^(?:password|pwd|passphrase|api_key)$/i.test(key) && !/['`]/.test(value);
        expect(masked.replace(/^\[PASSWORD:psn_[A-Za-z0-9_-]+\]/, '')).toBe(quoted ? '"' : runsOn ? ' words' : ' trailing words');
      }),
      { numRuns: 150 },
    );
  });

  it('catches "password":"…" in JSON inside strings at any depth (escaped quotes of every level)', async () => {
    for (let levels = 1; levels <= 6; levels++) {
      let text = JSON.stringify({ password: 'hunter2-Xq9z deep value' });
      for (let i = 1; i < levels; i++) text = JSON.stringify({ body: text });
      const out = await redacted(text);
      expect(out, `${levels} levels`).not.toContain('hunter2');
      expect(out, `${levels} levels`).not.toContain('deep value');
    }
  });

  // Held back: spellings written after the fix and run untuned (not adjusted to pass). First run:
  // 5 of 6 passed; `token=ab12<cd34` leaked `cd34` (the value stopped at any `<letter`), so an
  // unquoted value now stops only at a closing tag `</`.
  it('held-back spellings', async () => {
    await expectGone('DB_PASSWORD=s3cr3t)(x!y', 's3cr3t)(x!y');
    await expectGone("$ export API_KEY='a b c d e 9f'", 'a b c d e 9f');
    await expectGone('Data Source=db;User ID=sa;Password=Pa;ss,w0rd;Initial Catalog=x', 'Pa;ss,w0rd');
    await expectGone('config: {"client_secret": "ghijk lmnop, 9876"}', 'ghijk lmnop, 9876');
    await expectGone('passphrase => `open sesame 42`', 'open sesame 42');
    await expectGone('token=ab12<cd34', 'ab12<cd34');
  });
});
