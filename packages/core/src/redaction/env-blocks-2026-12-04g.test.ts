import { describe, expect, it } from 'vitest';
import { createRedactor } from '../index.js';

// L13 of the seventh probe of 2026-12-04 (test/redaction/probe-2026-12-04g.cases.md): `kubectl
// describe` prints a pod's environment as `NAME:  value` with the values in a column; after more
// than three blanks the value of an abbreviated secret's name (`DB_PASS:       Kq8#vWz!2mPp`) was
// stored raw, and `REDIS_AUTH:` was no secret's name in text at all (detectors.ts assignmentTail,
// assignmentKeyword).
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(5) });
function stored(result: unknown): unknown {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: unknown } } };
  return out.event.tool.result;
}
const text = (value: string): string => stored(value) as string;

describe('L13: kubectl describe environment blocks', () => {
  it('the probe\'s block and held-back names', () => {
    const block = [
      'Containers:',
      '  api:',
      '    Environment:',
      '      DB_PASS:             Kq8#vWz!2mPp',
      '      ADMIN_USER:          qvlintuk',
      '      POSTGRES_PASSWORD:   Xy7!kLm2Qw',
      '      REDIS_AUTH:          Zz9!tLm4Qw',
      // held back
      '      SMTP_PW:             Mx4$pQ7!rT',
      '      RABBITMQ_DEFAULT_PASS:      Rb8!wQ2zLk',
      '      MONGO_AUTH:                 Mg5#xZ1pQs',
      '      API_SECRET:                 s3cr3t-Vq9LmZ2x',
      '      DB_PWD:\t\t\tPw7!aZ3kQm',
    ].join('\n');
    const out = text(block);
    for (const value of ['Kq8#vWz!2mPp', 'Xy7!kLm2Qw', 'Zz9!tLm4Qw', 'Mx4$pQ7!rT', 'Rb8!wQ2zLk', 'Mg5#xZ1pQs', 's3cr3t-Vq9LmZ2x', 'Pw7!aZ3kQm']) expect(out, value).not.toContain(value);
    expect(out).toContain('ADMIN_USER:          qvlintuk');
    expect(out).toContain('Containers:');
  });

  it('a single REDIS_AUTH line, and with a colon and one blank', () => {
    expect(text('  REDIS_AUTH:          Zz9!tLm4Qw')).not.toContain('Zz9!tLm4Qw');
    expect(text('REDIS_AUTH: Zz9!tLm4Qw')).not.toContain('Zz9!tLm4Qw');
  });

  it('look-alikes stay: other settings in the column, an auth mode, references to a secret', () => {
    for (const note of [
      'Environment:\n  LOG_LEVEL:         debug\n  AUTH_MODE:         oidc\n  DB_HOST:           db.internal',
      '  DB_PASS:           <set to the key \'password\' in secret \'db\'>  Optional: false',
      'Environment:\n  REDIS_AUTH:        <set to the key \'auth\' of secret \'redis\'>',
      'OAUTH:      enabled',
      'NGINX_AUTH:        off',
      'REDIS_AUTH=true',
      'PG_AUTH:    scram-sha-256',
    ]) expect(stored({ note }), note).toEqual({ note });
  });
});
