// Issue 11, the probe of 2026-12-04 (F5): model-provider API keys whose body is lower-case hex were
// stored whole when they stood alone in text, although the docs list OpenAI `sk-` and Perplexity
// `pplx-`: OpenRouter `sk-or-v1-` + 64 hex, DeepSeek (and the other OpenAI-compatible APIs) `sk-` +
// 32 hex, `pplx-` + 48 hex, `sk-proj-` + 64 hex, and such a key in an envelope field
// (`tool.callId`). The rules asked for capitals beside the digits, which a hex body never has.
// Shapes: betterleaks (gitleaks' rules) openrouter-api-key `sk-or-v1-[0-9a-f]{64}`,
// deepseek-api-key `sk-[a-f0-9]{32}`, elevenlabs-api-key `sk_[0-9a-f]{48}`, perplexity-api-key
// `pplx-[a-zA-Z0-9]{48}`. Also Telegram's own documentation token in a Bot API URL (`A` + 33).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { fileLedger } from '../ledger/file-ledger.js';
import { detectSensitive } from './detectors.js';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import { randomHex } from './internal/checks.js';

const HEX64 = '0e6f44a47a05f1dad2ad7e88c4c1d6b77688157716fb1a5271146f7464951c96';
const OPENROUTER = `sk-or-v1-${HEX64}`;
const DEEPSEEK = `sk-${HEX64.slice(0, 32)}`;
const PPLX = `pplx-${HEX64.slice(0, 48)}`;
const PROJ = `sk-proj-${HEX64}`;
const LANGFUSE = 'sk-lf-7a05f1da-d2ad-4e88-8c4c-1d6b77688157';
const ELEVENLABS = `sk_${HEX64.slice(0, 48)}`;
const TELEGRAM_DOC = '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11';

/** The secret spans detectSensitive finds in `text`, as the text they cover. */
const secretSpans = (text: string): string[] => detectSensitive(text).filter((d) => d.class === 'secret').map((d) => text.slice(d.start, d.end));

describe('provider keys with a lower-case hex body, alone in text', () => {
  const keys: Array<[string, string]> = [
    ['OpenRouter', OPENROUTER],
    ['DeepSeek', DEEPSEEK],
    ['sk- + 48 hex', `sk-${HEX64.slice(0, 48)}`],
    ['Perplexity', PPLX],
    ['OpenAI project', PROJ],
    ['Langfuse secret key', LANGFUSE],
    ['ElevenLabs', ELEVENLABS],
  ];
  it.each(keys)('%s: the key is one secret span, exactly', (_, key) => {
    for (const text of [key, `my key: ${key}`, `client = OpenAI("${key}")`, `Incorrect API key provided: ${key}.`, `use ${key} then`]) {
      expect(secretSpans(text), text).toEqual([key]);
    }
  });
  it('DeepSeek: the span starts at `sk-` and ends at the last hex digit', () => {
    const text = 'my key: sk-0e6f44a47a05f1dad2ad7e88c4c1d6b7';
    const found = detectSensitive(text).filter((d) => d.class === 'secret');
    expect(found.map((d) => [d.start, d.end])).toEqual([[8, text.length]]);
  });
  it('any random hex body of the families (fast-check)', () => {
    // Uniform draws (noBias): fast-check's bias would draw runs of `0`, placeholders that stay on purpose.
    const hex = (n: number) => fc.noBias(fc.array(fc.constantFrom(...'0123456789abcdef'), { minLength: n, maxLength: n }).map((a) => a.join('')));
    // A body of one kind of character only (no digit, or no letter), or of 3 bits a character or
    // less (placeholders; a random 32-hex body falls there about once in 13,000 draws), is no
    // key's: skip those draws (randomHex, the rule's own test of the body).
    const random = (body: string) => randomHex(body);
    fc.assert(
      fc.property(hex(64), hex(32), hex(48), (h64, h32, h48) => {
        for (const [key, body] of [
          [`sk-or-v1-${h64}`, h64],
          [`sk-${h32}`, h32],
          [`sk-proj-${h64}`, h64],
          [`pplx-${h48}`, h48],
          [`sk_${h48}`, h48],
        ] as Array<[string, string]>) {
          if (!random(body)) continue;
          expect(secretSpans(`here: ${key} end`), key).toEqual([key]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("Telegram's documentation token in a Bot API URL", () => {
  it('is masked after /bot, to its end', () => {
    for (const url of [`https://api.telegram.org/bot${TELEGRAM_DOC}/getMe`, `https://api.telegram.org/file/bot${TELEGRAM_DOC}/photos/a.jpg`]) {
      expect(secretSpans(url), url).toEqual([TELEGRAM_DOC]);
    }
  });
  it('alone, outside a Bot API URL, still needs `A` + 34 (a short token after a colon is no token)', () => {
    expect(secretSpans(`token ${TELEGRAM_DOC} x`)).toEqual([]);
  });
});

describe('look-alikes stay', () => {
  it.each([
    ['a git SHA alone', `commit ${HEX64.slice(0, 40)} fixed it`],
    ['a SHA-256 alone', `sha256 ${HEX64}`],
    ['sk-learn in prose', 'we use sk-learn and scikit-learn for the baseline models'],
    ['a UUID alone', 'request 7a05f1da-d2ad-4e88-8c4c-1d6b77688157 failed'],
    ['sk- + a UUID with no provider segment', 'sku sk-7a05f1da-d2ad-4e88-8c4c-1d6b77688157'],
    ['a placeholder', `sk-${'0'.repeat(32)} and sk-or-v1-${'x'.repeat(64)}`],
    ['a hex body of one digit kind', `sk-${'1234567890'.repeat(4)}`],
    ['a hex body of exactly 3 bits (8 characters equally often)', `sk-${'0123abcd'.repeat(4)} sk-or-v1-${'0123abcd'.repeat(8)} pplx-${'0123abcd'.repeat(6)} sk_${'0123abcd'.repeat(6)}`],
    ['a body with letters past f after a provider segment', `sk-or-v1-${HEX64.slice(0, 63)}g`],
    ['sk- + a short hex run', 'sk-0e6f44a47a05f1dad2ad'],
    ['a word after sk_', 'the disk_usage and risk_score columns; task_0e6f44a47a05f1dad2ad7e88c4c1d6b77688157716fb1a52'],
    ['a 47-hex run after sk_', `sk_${HEX64.slice(0, 47)}`],
    ['a 49-hex run after sk_', `sk_${HEX64.slice(0, 49)}`],
  ])('%s', (_, text) => {
    expect(secretSpans(text)).toEqual([]);
  });
});

describe('stored ledger lines (createAuditor + fileLedger)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-hex-keys-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('hold none of the keys, in a message, a tool result or the envelope (tool.callId)', async () => {
    const dir = path.join(root, 'ledger');
    const errors: unknown[] = [];
    const auditor = createAuditor({ agent: { id: 'r' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) }), onError: (e) => errors.push(e) });
    const keys = [OPENROUTER, DEEPSEEK, PPLX, PROJ, LANGFUSE, ELEVENLABS];
    auditor.run({ session: 's-hex-keys', actor: { id: 'u1', type: 'user' } }, () => {
      for (const key of keys) {
        auditor.record({ type: 'message.user', content: { input: `my key: ${key}` } });
        auditor.record({ type: 'tool.result', tool: { name: 't', result: key } });
        auditor.record({ type: 'tool.call', tool: { name: 'x', callId: key, arguments: {} } });
      }
      auditor.record({ type: 'message.user', content: { input: `https://api.telegram.org/bot${TELEGRAM_DOC}/getMe` } });
    });
    await auditor.flush();
    await auditor.close();
    expect(errors).toEqual([]);
    const lines: string[] = [];
    const walk = (d: string) => {
      for (const f of fs.readdirSync(d)) {
        const p = path.join(d, f);
        if (fs.statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.jsonl')) lines.push(fs.readFileSync(p, 'utf8'));
      }
    };
    walk(dir);
    const raw = lines.join('\n');
    expect(raw).toContain('s-hex-keys');
    expect(raw.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(keys.length * 3 + 1);
    for (const key of keys) {
      // The body alone, not only the whole key: a span that kept the hex and masked the prefix would still leak.
      const body = key.slice(key.search(/[0-9a-f]{8}/));
      expect(raw, key).not.toContain(body);
    }
    expect(raw).not.toContain('ABC-DEF1234ghIkl-zyx57W2v1u123ew11');
  });
});
