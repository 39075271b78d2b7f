import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { describe, expect, it } from 'vitest';
import type { UnsealedEvent } from '../spec/event.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';

// secretlint's recommended preset is the oracle for the secret detectors (issue 11 item 4): for
// realistic tokens of each kind, in the places agents put them, everything secretlint reports
// must be masked by our redactor. Our own rules (packages/core/src/redaction/detectors.ts) do the
// work at run time; secretlint is a dev dependency only.

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) });

// A seeded generator: the same tokens on every run, different per kind and sample.
function rng(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1;
  return (n) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
}
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const B64 = `${ALNUM}+/`;
const URLSAFE = `${ALNUM}_-`;
function pick(next: (n: number) => number, alphabet: string, length: number): string {
  let out = '';
  for (let index = 0; index < length; index++) out += alphabet[next(alphabet.length)];
  // Every realistic token mixes cases and digits; a sample without them is a placeholder.
  return /\d/.test(out) || length < 8 ? out : `${out.slice(0, -1)}7`;
}

const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const pkcs8 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/** A 1Password service-account token: `ops_` and base64 of a JSON object (what secretlint checks). */
function onePasswordToken(next: (n: number) => number): string {
  const body = { signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: pick(next, ALNUM, 22) }, email: `${pick(next, 'abcdefgh', 8)}@1passwordserviceaccounts.com`, srpX: pick(next, '0123456789abcdef', 64), muk: { alg: 'A256GCM', ext: true, k: pick(next, URLSAFE, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${pick(next, UPPER_DIGITS, 6)}-${pick(next, UPPER_DIGITS, 6)}`, deviceUuid: pick(next, 'abcdefghijklmnopqrstuvwxyz0123456789', 26) };
  let json = JSON.stringify(body);
  // Pad so the base64 ends in `fQ==` / `fQ=` like real tokens (a closing brace on its own).
  while (json.length % 3 !== 1) json = `${json.slice(0, -1)} }`;
  return Buffer.from(json).toString('base64');
}

interface Kind {
  name: string;
  /** The text to scan, and whether secretlint has a rule for this kind (else ours alone). */
  make: (next: (n: number) => number) => string;
  oracle: boolean;
  filePath?: string;
}

const kinds: Kind[] = [
  { name: 'AWS access key id', oracle: true, make: (n) => `export AWS_ACCESS_KEY_ID=AKIA${pick(n, UPPER_DIGITS, 16)}` },
  { name: 'AWS secret access key', oracle: true, make: (n) => `aws_secret_access_key = "${pick(n, ALNUM, 1)}${pick(n, B64, 38)}${pick(n, ALNUM, 1)}"` },
  { name: 'GCP service account private key', oracle: true, filePath: 'service-account.json', make: (n) => JSON.stringify({ type: 'service_account', project_id: 'demo-123', private_key_id: pick(n, '0123456789abcdef', 40), private_key: (n(2) === 0 ? rsa : pkcs8), client_email: 'svc@demo-123.iam.gserviceaccount.com' }, null, 2) },
  { name: 'GitHub classic token', oracle: true, make: (n) => `token: gh${'pousr'[n(5)]}_${pick(n, `${ALNUM}_`, 36)}` },
  { name: 'GitHub fine-grained token', oracle: true, make: (n) => `GITHUB_TOKEN="github_pat_${pick(n, `${ALNUM}_`, 82)}"` },
  { name: 'npm token', oracle: true, make: (n) => `//registry.npmjs.org/:_authToken=npm_${pick(n, ALNUM, 36)}` },
  { name: 'npm token in prose', oracle: true, make: (n) => `the publish token is npm_${pick(n, ALNUM, 36)} for CI` },
  { name: 'SendGrid key', oracle: true, make: (n) => `SENDGRID=SG.${pick(n, `${ALNUM}_`, 22)}.${pick(n, `${ALNUM}_`, 43)}` },
  { name: 'Slack bot token', oracle: true, make: (n) => `slack: xoxb-${pick(n, '0123456789', 12)}-${pick(n, '0123456789', 13)}-${pick(n, ALNUM, 24)}` },
  { name: 'Slack user token', oracle: true, make: (n) => `xoxp-${pick(n, '0123456789', 11)}-${pick(n, '0123456789', 12)}-${pick(n, '0123456789', 13)}-${pick(n, '0123456789abcdef', 32)}` },
  { name: 'Slack webhook', oracle: true, make: (n) => `post to https://hooks.slack.com/services/T${pick(n, UPPER_DIGITS, 8)}/B${pick(n, UPPER_DIGITS, 10)}/${pick(n, ALNUM, 24)}` },
  { name: 'OpenAI project key', oracle: true, make: (n) => `OPENAI_API_KEY=sk-proj-${pick(n, URLSAFE, 74)}T3BlbkFJ${pick(n, URLSAFE, 74)}` },
  { name: 'OpenAI legacy key', oracle: true, make: (n) => `"sk-${pick(n, ALNUM, 20)}T3BlbkFJ${pick(n, ALNUM, 20)}"` },
  { name: 'Anthropic key', oracle: true, make: (n) => `x-api-key: sk-ant-api03-${pick(n, URLSAFE, 93)}AA` },
  { name: 'PEM RSA private key', oracle: true, make: () => `here is the key\n${rsa}\nthanks` },
  { name: 'PEM PKCS#8 private key', oracle: true, make: () => pkcs8 },
  { name: 'basic auth in a URL', oracle: true, make: (n) => `fetch https://${pick(n, 'abcdefghijklmnopqrstuvwxyz', 6)}:${pick(n, ALNUM, 14)}@api.example.com/v1/items` },
  { name: 'MongoDB connection string', oracle: true, make: (n) => `MONGO_URL=mongodb+srv://app:${pick(n, ALNUM, 16)}@cluster0.ab1cd.mongodb.net/prod?retryWrites=true` },
  { name: 'PostgreSQL connection string', oracle: true, make: (n) => `DATABASE_URL=postgres://app:${pick(n, ALNUM, 16)}@db.internal:5432/app` },
  { name: 'MySQL connection string', oracle: true, make: (n) => `jdbc:mysql://root:${pick(n, ALNUM, 12)}@10.0.0.5:3306/shop` },
  { name: 'Shopify token', oracle: true, make: (n) => `shpat_${pick(n, '0123456789abcdef', 32)}` },
  { name: 'Linear key', oracle: true, make: (n) => `LINEAR_API_KEY=lin_api_${pick(n, ALNUM, 40)}` },
  { name: '1Password service account token', oracle: true, make: (n) => `OP_SERVICE_ACCOUNT_TOKEN=ops_${onePasswordToken(n)}` },
  // Kinds secretlint's recommended preset has no rule for: ours alone, checked by value.
  { name: 'AWS account id', oracle: true, make: (n) => `AWS_ACCOUNT_ID=${pick(n, '123456789', 4)}-${pick(n, '0123456789', 4)}-${pick(n, '0123456789', 4)}` },
  { name: 'GCP API key', oracle: false, make: (n) => `https://maps.googleapis.com/maps/api/geocode/json?address=x&key=AIza${pick(n, URLSAFE, 35)}` },
  { name: 'GCP API key in prose', oracle: false, make: (n) => `use AIza${pick(n, URLSAFE, 35)} for maps` },
  { name: 'Azure SAS', oracle: false, make: (n) => `https://acct.blob.core.windows.net/c/report.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01T00:00:00Z&sig=${pick(n, ALNUM, 43)}%3D` },
  { name: 'S3 pre-signed URL', oracle: false, make: (n) => `https://bucket.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA${pick(n, UPPER_DIGITS, 16)}%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${pick(n, '0123456789abcdef', 64)}` },
  { name: 'GitLab token', oracle: false, make: (n) => `PRIVATE-TOKEN: glpat-${pick(n, URLSAFE, 20)}` },
  { name: 'Hugging Face token', oracle: false, make: (n) => `HF_TOKEN is hf_${pick(n, ALNUM, 34)}` },
  { name: 'Stripe secret key', oracle: false, make: (n) => `stripe: sk_live_${pick(n, ALNUM, 99)}` },
  { name: 'Stripe restricted key', oracle: false, make: (n) => `rk_live_${pick(n, ALNUM, 24)}` },
  { name: 'JWT', oracle: false, make: (n) => `Cookie: session=eyJhbGciOiJIUzI1NiJ9.eyJ${pick(n, URLSAFE, 40)}.${pick(n, URLSAFE, 43)}` },
  { name: 'curl -u', oracle: false, make: (n) => `curl -u admin:${pick(n, ALNUM, 12)}! https://api.example.com/v1` },
  { name: 'Authorization: Basic', oracle: false, make: (n) => `-H "Authorization: Basic ${Buffer.from(`admin:${pick(n, ALNUM, 12)}`).toString('base64')}"` },
  { name: 'Basic credentials in prose', oracle: false, make: (n) => `send header Basic ${Buffer.from(`svc:${pick(n, ALNUM, 12)}`).toString('base64')} with it` },
  { name: 'ADO connection string', oracle: false, make: (n) => `Server=tcp:db.example.net,1433;Database=app;User ID=app;Password=${pick(n, ALNUM, 14)};Encrypt=True;` },
];

function event(input: string): UnsealedEvent {
  return {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'model.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    content: { input },
  };
}

async function redacted(text: string): Promise<string> {
  const result = await redactor.redact(event(text), { capture: {} } as never);
  return result.event.content?.input as string;
}

async function oracle(content: string, filePath = 'input.txt'): Promise<string[]> {
  const result = await lintSource({
    source: { filePath: `/virtual/${filePath}`, content, contentType: 'text', ext: filePath.slice(filePath.lastIndexOf('.')) },
    // AWS key ids and account ids are reported only with enableIDScanRule: turned on, the oracle is stricter.
    options: { config: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended, rules: [{ id: '@secretlint/secretlint-rule-aws', options: { enableIDScanRule: true } }] }] }, noPhysicFilePath: true },
  });
  return result.messages.map((message) => content.slice(message.range[0], message.range[1]));
}

const SAMPLES = 12;

describe('secrets: secretlint recommended preset as the oracle', () => {
  for (const kind of kinds) {
    it(`masks what secretlint reports: ${kind.name}`, async () => {
      let reported = 0;
      for (let sample = 0; sample < SAMPLES; sample++) {
        const next = rng(kind.name.length * 7919 + sample * 104729 + 17);
        const text = kind.make(next);
        const out = await redacted(text);
        if (kind.oracle) {
          const flagged = await oracle(text, kind.filePath);
          reported += flagged.length;
          for (const span of flagged) expect(out, `${kind.name}: ${span}`).not.toContain(span.length > 60 ? span.slice(0, 60) : span);
        }
        // Whatever secretlint says, the output must differ from the input (something masked).
        expect(out, kind.name).not.toBe(text);
        expect(out, kind.name).toMatch(/\[[A-Z_0-9]+:psn_/);
      }
      // The oracle must have spoken for the kinds it covers, or this test checks nothing.
      if (kind.oracle) expect(reported, kind.name).toBeGreaterThanOrEqual(SAMPLES);
    });
  }

  it('masks the secret value itself for the kinds secretlint has no rule for', async () => {
    const cases: Array<[string, string]> = [
      ['key=AIzaSyDq3kX9v2LmN8pQ7rT4wY6zA1bC5dE0fGh', 'AIzaSyDq3kX9v2LmN8pQ7rT4wY6zA1bC5dE0fGh'],
      ['hf_AbCdEfGhIjKlMnOpQrStUvWxYz01234567', 'hf_AbCdEfGhIjKlMnOpQrStUvWxYz01234567'],
      ['curl -u admin:S3cr3tPassw0rd! https://api.example.com', 'S3cr3tPassw0rd!'],
      ['https://b.s3.amazonaws.com/k?X-Amz-Signature=4f2a9c0d1e3b5a7c9e1f3a5b7c9d1e3f&X-Amz-Expires=60', '4f2a9c0d1e3b5a7c9e1f3a5b7c9d1e3f'],
      ['https://a.blob.core.windows.net/c?sp=r&sig=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA%3D%3D', 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA'],
      ['GET /cb?code=x&access_token=ya29.a0AfH6SMBx7Q&state=1', 'ya29.a0AfH6SMBx7Q'],
      ['Password=Tr0ub4dor&3;Server=db', 'Tr0ub4dor'],
    ];
    for (const [text, secret] of cases) expect(await redacted(text), text).not.toContain(secret);
  });

  it('leaves the look-alikes of these shapes alone', async () => {
    for (const text of ['AKIAIOSFODNN7EXAMPLE', 'the signature field is required', 'design=flat&size=2', 'Basic plan costs $5', 'curl -u "$USER:$PASS" https://x', 'https://example.com/?page=2&sort=asc', 'hf_hub_download', 'npm_config_cache']) {
      expect(await redacted(text), text).toBe(text);
    }
  });
});
