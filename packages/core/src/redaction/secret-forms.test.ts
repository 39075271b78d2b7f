import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

// Issue 11, secrets in forms other than `name = value`: command-line flags, prose, XML, .pgpass,
// cookies, short query keys, fixed-prefix token families, an AWS secret on its key id's line.

const masked = (text: string) => {
  let out = text;
  const spans = detectSensitive(text).filter((d) => d.class === 'secret').sort((a, b) => b.start - a.start);
  for (const d of spans) out = `${out.slice(0, d.start)}[X]${out.slice(d.end)}`;
  return out;
};

describe('secrets outside assignments', () => {
  it('masks the attack inputs', () => {
    const cases: Array<[string, string]> = [
      ['mysql -u root -pW1nter-Fox-88 orders', 'W1nter-Fox-88'],
      ['docker login -u ci -p Xq7-registry-pass registry.example.com', 'Xq7-registry-pass'],
      ['psql --password S3cr3t-pg -h db', 'S3cr3t-pg'],
      ['tool --token tk_9a8b7c6d5e4f', 'tk_9a8b7c6d5e4f'],
      ['tool --api-key=ak-77Hh88Jj99', 'ak-77Hh88Jj99'],
      ['my wifi password is W1nter-Fox-89', 'W1nter-Fox-89'],
      ['<config><password>Hunt3r-xml!</password></config>', 'Hunt3r-xml!'],
      ['<secret>q9W8e7R6t5</secret>', 'q9W8e7R6t5'],
      ['db.example.com:5432:orders:app:Pg-pass-778', 'Pg-pass-778'],
      ['Cookie: sessionid=8f7d6e5c4b3a2918; csrftoken=abc123def456', '8f7d6e5c4b3a2918'],
      ['Set-Cookie: connect.sid=s%3AabcDEF123.xyz; Path=/; HttpOnly', 's%3AabcDEF123.xyz'],
      ['GET /api?auth=Zk29xLq7Pm&x=1', 'Zk29xLq7Pm'],
      ['ya29.a0AfH6SMBx7QwErTyUiOp1234567890abcdef', 'ya29.a0AfH6SMBx7QwErTyUiOp1234567890abcdef'],
      [`DO_TOKEN dop_v1_${'a1b2c3d4'.repeat(8)}`, `dop_v1_${'a1b2c3d4'.repeat(8)}`],
      [`pypi-AgEIcHlwaS5vcmcCJDU3ZTk0ZjQ2LWNmYmEtNDI2ZC1hMDAzLTExYzFmYjk2MGY2ZQ`, 'pypi-AgEIcHlwaS5vcmcCJDU3ZTk0ZjQ2LWNmYmEtNDI2ZC1hMDAzLTExYzFmYjk2MGY2ZQ'],
      ['sq0atp-ABCdef123456GHIjkl7890mn', 'sq0atp-ABCdef123456GHIjkl7890mn'],
      ['EAACEdEose0cBAabcDEF123ghiJKL456mno', 'EAACEdEose0cBAabcDEF123ghiJKL456mno'],
      ['AKIAZ3MHJK4NPQ5RST6U wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ9x8y7w6v', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ9x8y7w6v'],
    ];
    for (const [text, secret] of cases) expect(masked(text), text).not.toContain(secret);
    expect(masked('Cookie: sessionid=8f7d6e5c4b3a2918; csrftoken=abc123def456')).not.toContain('abc123def456');
  });

  it('leaves look-alikes alone', () => {
    for (const text of ['ls -la --color=auto', 'the password is required', 'grep -p foo', '10:30:00', '<title>Password reset</title>', '?key=content-type']) {
      expect(masked(text), text).toBe(text);
    }
  });

  // Held back: spellings written after the fix and run untuned (not adjusted to pass); all 7
  // passed on the first run.
  it('held-back spellings', () => {
    const cases: Array<[string, string]> = [
      ['mysqldump -uadmin -pZx9!qw shop > dump.sql', 'Zx9!qw'],
      ['podman login quay.io -u bot -p Qu4y-r0bot-T0ken', 'Qu4y-r0bot-T0ken'],
      ['gh auth login --token=gho_AbCdEf0123456789AbCdEf0123456789AbCd', 'gho_AbCdEf0123456789AbCdEf0123456789AbCd'],
      ['The PIN is 4096-77x', '4096-77x'],
      ['<ns:Password>s0me-XML-pw</ns:Password>', 's0me-XML-pw'],
      ['*:*:*:postgres:Sup3rUs3r!', 'Sup3rUs3r!'],
      ['cookie: _session_id=ZXhhbXBsZTEyMw%3D%3D--9f8e7d', 'ZXhhbXBsZTEyMw%3D%3D--9f8e7d'],
    ];
    for (const [text, secret] of cases) expect(masked(text), text).not.toContain(secret);
  });
});
