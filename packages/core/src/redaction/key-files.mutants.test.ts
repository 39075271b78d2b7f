// Mutation tests for key-files.ts (issue 13; docs/TESTING.md, the key-files row of 2026-12-03
// evening): the exact spans and types of each secret file's values through detectKeyFiles, in
// process, direct calls (the probe suite secrets-probe6 asks only that a secret span covers them).
import { describe, expect, it } from 'vitest';
import type { Detection } from './types.js';
import { detectKeyFiles } from './key-files.js';

const detect = (text: string): Detection[] => {
  const out: Detection[] = [];
  detectKeyFiles(text, out);
  return out;
};
const found = (text: string): string[] => detect(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('a PuTTY key', () => {
  const ppk = (eol: string) =>
    ['PuTTY-User-Key-File-2: ssh-rsa', 'Encryption: none', 'Comment: me', 'Public-Lines: 1', 'AAAAB3NzaC1yc2E', 'Private-Lines: 3', '  AAAAgQC9', 'AAAAQQDx', 'AAAAQQ==  ', 'Private-MAC: 0123456789abcdef0123', ''].join(eol);
  it('the Private-Lines block from its first character to its last, and the MAC; LF and CRLF', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ppk(eol);
      const start = text.indexOf('AAAAgQC9');
      const end = text.indexOf('AAAAQQ==') + 'AAAAQQ=='.length;
      const mac = text.indexOf('0123456789abcdef0123');
      expect(detect(text), JSON.stringify(eol)).toEqual([
        { start, end, type: 'PRIVATE_KEY', class: 'secret' },
        { start: mac, end: mac + 20, type: 'PRIVATE_KEY', class: 'secret' },
      ]);
    }
  });
  it('the block ends at its count, at a line that is no Base64, or at the text end', () => {
    expect(found('Private-Lines: 1\nAAAA\nBBBB')).toEqual(['PRIVATE_KEY:AAAA']);
    expect(found('Private-Lines: 3\nAAAA\nnot base64!\nBBBB')).toEqual(['PRIVATE_KEY:AAAA']);
    expect(found('Private-Lines: 3\nAAAA\nBBBB')).toEqual(['PRIVATE_KEY:AAAA\nBBBB']);
    expect(found('Private-Lines: 2\nAA AA\nBBBB')).toEqual([]);
    expect(found('Private-Lines: 2\nAAAA\t\nBBBB\n')).toEqual(['PRIVATE_KEY:AAAA\t\nBBBB']);
    expect(found('Private-Lines: 0\nAAAA')).toEqual([]);
    expect(found('Private-Lines: 2\n\nAAAA')).toEqual([]);
  });
});

describe('a Kubernetes Secret', () => {
  const manifest = (eol: string) =>
    [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: db-creds',
      'data:',
      '  password: cGFzc3dvcmQ=   # base64',
      `  "user": 'YWRtaW4='`,
      '  # note: not-a-value',
      '  cert: |',
      '    line1',
      '',
      '    line2',
      '  empty:',
      '  other: "b3RoZXI="',
      'stringData:',
      '  token: s3cr3t-value',
      '  k2: v#1',
      'type: Opaque',
      '',
    ].join(eol);
  it('every value under data and stringData, quotes and comments off, a block scalar whole; LF and CRLF', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = manifest(eol);
      expect(found(text), JSON.stringify(eol)).toEqual([
        'PASSWORD:cGFzc3dvcmQ=',
        'PASSWORD:YWRtaW4=',
        `PASSWORD:line1${eol}${eol}    line2`,
        'PASSWORD:b3RoZXI=',
        'PASSWORD:s3cr3t-value',
        'PASSWORD:v#1',
      ]);
      expect(detect(text)[0]).toEqual({ start: text.indexOf('cGFzc3dvcmQ='), end: text.indexOf('cGFzc3dvcmQ=') + 12, type: 'PASSWORD', class: 'secret' });
    }
  });
  it('a block scalar at the end of the text, and block indicators with chomping and indentation', () => {
    expect(found('kind: Secret\ndata:\n  a: |\n    x1\n    x2')).toEqual(['PASSWORD:x1\n    x2']);
    expect(found('kind: Secret\ndata:\n  a: >-\n    x1\n  b: |+2\n    y1\n  c: |-x\n')).toEqual(['PASSWORD:x1', 'PASSWORD:y1', 'PASSWORD:|-x']);
    expect(found('kind: Secret\ndata:\n  a: "q\n  b: \'r"\n')).toEqual(['PASSWORD:"q', `PASSWORD:'r"`]);
  });
  it('a ConfigMap, or data: without kind: Secret, keeps its values; so does a deeper or equal indentation outside the block', () => {
    expect(found('kind: ConfigMap\ndata:\n  a: b1')).toEqual([]);
    expect(found('data:\n  a: b1')).toEqual([]);
    expect(found('kind: Secret\nspec:\n  a: b1')).toEqual([]);
    expect(found('kind: Secret\n  data:\n  a: b1\n')).toEqual([]);
  });
  it('stringData spelled with a capital D is read (the gate looks for Data:)', () => {
    expect(found('kind: Secret\nstringData:\n  a: b1')).toEqual(['PASSWORD:b1']);
  });
});

describe('kubeconfig and .npmrc', () => {
  it('client-key-data: its Base64, PRIVATE_KEY', () => {
    const text = 'users:\n- user:\n    client-key-data: "LS0tLS1CRUdJTiBSU0E="\n';
    const start = text.indexOf('LS0t');
    expect(detect(text)).toEqual([{ start, end: start + 20, type: 'PRIVATE_KEY', class: 'secret' }]);
  });
  it('_auth and _password: the value, PASSWORD; a variable stays', () => {
    const text = 'registry=https://r\n_auth=dXNlcjpwYXNz\n//r/:_password="cGFzcw=="\n';
    const a = text.indexOf('dXNl');
    const p = text.indexOf('cGFz');
    expect(detect(text)).toEqual([
      { start: a, end: a + 12, type: 'PASSWORD', class: 'secret' },
      { start: p, end: p + 8, type: 'PASSWORD', class: 'secret' },
    ]);
    expect(found('_auth=${NPM_AUTH}')).toEqual([]);
  });
});
