import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../index.js';

// A password given by `-p` on a line continued from its command's (`mysql -u root \` then
// `-pS3cretPw1`), as the Stryker run of the fifth probe's secret rules found it raw (issue 13,
// fix-mut-secrets' report): the `-p` rule read its command on the flag's own line only; it now
// reads the lines the flag's line continues (secrets.ts continuedCommand, as curl's `-b` does).
const secrets = (text: string) => detectSensitive(text).filter((d) => d.type === 'PASSWORD').map((d) => text.slice(d.start, d.end));

describe('-p on a continued line', () => {
  it('mysql and docker login with the password on the next line', () => {
    expect(secrets('mysql -u root \\\n  -pS3cretPw1 appdb')).toEqual(['S3cretPw1']);
    expect(secrets('docker login -u bob \\\n  -p Xq2Lm9Pz3Vb8 registry.example.com')).toEqual(['Xq2Lm9Pz3Vb8']);
    expect(secrets('mysqldump -h db.internal `\r\n  -u admin `\r\n  -pTq5Xm8Lvq2 shop > dump.sql')).toEqual(['Tq5Xm8Lvq2']);
  });
  it('a line that continues no command, and other commands, stay', () => {
    expect(secrets('mysql -u root\n-pS3cretPw1')).toEqual([]);
    expect(secrets('tar -czf out.tgz \\\n  -p backup/')).toEqual([]);
    expect(secrets('ls -la \\\n  -pS3cretPw1')).toEqual([]);
  });
});
