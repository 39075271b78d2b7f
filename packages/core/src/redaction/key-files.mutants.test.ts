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

// Written from the 23 survivors of the second Stryker run (2026-12-04, at eed2053) that the first
// run's analysis left open; each names the mutant it kills. Two were leaks, fixed with them: a
// file with CR line ends (PuTTY and YAML both end a line at CR), and a Secret value continued on
// the next lines.
describe('line ends and the lines of a value (second run)', () => {
  it('a PuTTY key saved with CR line ends: its block and MAC (the block was stored raw)', () => {
    const text = ['PuTTY-User-Key-File-2: ssh-rsa', 'Encryption: none', 'Comment: me', 'Public-Lines: 1', 'AAAAB3NzaC1yc2E', 'Private-Lines: 2', 'AAAAgQC9', 'AAAAQQ==', 'Private-MAC: 0123456789abcdef0123', ''].join('\r');
    expect(found(text)).toEqual(['PRIVATE_KEY:AAAAgQC9\rAAAAQQ==', 'PRIVATE_KEY:0123456789abcdef0123']);
    // A CR inside a CRLF file ends a line too: the block is its three lines, not one line read
    // without its CR (the mutant /\r/ for /\r$/ took 'AAAA\rBBBB' as one Base64 line).
    expect(found('Private-Lines: 3\r\nAAAA\rBBBB\r\nCCCC\r\n')).toEqual(['PRIVATE_KEY:AAAA\rBBBB\r\nCCCC']);
  });
  it('a Secret manifest saved with CR line ends (its values were stored raw)', () => {
    expect(found('apiVersion: v1\rkind: Secret\rdata:\r  password: cGFzcw==\r  user: dXNlcg==\rtype: Opaque\r')).toEqual(['PASSWORD:cGFzcw==', 'PASSWORD:dXNlcg==']);
  });
  it('a value continued on the next, deeper lines is masked with them (they were stored raw)', () => {
    const text = 'kind: Secret\nstringData:\n  config: first part\n    second part\n\n    third part\n  other: x1\n';
    expect(found(text)).toEqual(['PASSWORD:first part', 'PASSWORD:second part\n\n    third part', 'PASSWORD:x1']);
    expect(found('kind: Secret\ndata:\n  a: "cGFz\n    cw=="\n')).toEqual(['PASSWORD:"cGFz', 'PASSWORD:cw=="']);
  });
  it('a whitespace-only line keeps an indented data block open (a List of Secrets, 67 trim → line)', () => {
    const text = ['items:', '  - apiVersion: v1', '    kind: Secret', '    data:', '      a: YWFh', '    ', '      b: YmJi', ''].join('\n');
    expect(found(text)).toEqual(['PASSWORD:YWFh', 'PASSWORD:YmJi']);
  });
  it('a block scalar: a whitespace-only line at the key\'s indentation keeps it open (68), a trailing blank or whitespace line is not in its span (69)', () => {
    expect(found('kind: Secret\ndata:\n  cert: |\n    line1\n  \n    line2\n  next: x1\n')).toEqual(['PASSWORD:line1\n  \n    line2', 'PASSWORD:x1']);
    const text = 'kind: Secret\ndata:\n  cert: |\n    line1\n      \n\n  next: x1\n';
    const start = text.indexOf('line1');
    expect(detect(text)[0]).toEqual({ start, end: start + 5, type: 'PASSWORD', class: 'secret' });
  });
  it('an empty block scalar masks nothing (79 end: -1 → +1 gave the span -1..1)', () => {
    expect(detect('kind: Secret\ndata:\n  a: |\n  b: x1\n')).toEqual([{ start: 31, end: 33, type: 'PASSWORD', class: 'secret' }]);
    expect(detect('kind: Secret\ndata:\n  empty:\n')).toEqual([]);
  });
  it('a merge key (<<: *anchor) is no entry and stops nothing (77 entry !== null → true / ||: a TypeError)', () => {
    expect(found('kind: Secret\ndata:\n  <<: *common\n  password: cGFzcw==\n')).toEqual(['PASSWORD:cGFzcw==']);
  });
  it('a value\'s trailing blanks are not in its span (78 trimEnd → trimStart)', () => {
    const text = 'kind: Secret\ndata:\n  password: cGFzcw==   \n';
    const start = text.indexOf('cGFz');
    expect(detect(text)).toEqual([{ start, end: start + 8, type: 'PASSWORD', class: 'secret' }]);
  });
  it('a comment runs to the line end past a U+2028 (the entry pattern and 78 .*$ stopped at it: the value was stored raw)', () => {
    expect(found('kind: Secret\ndata:\n  a: cGFzcw== # note\u2028more\n')).toEqual(['PASSWORD:cGFzcw==']);
  });
  it('a value ending in | or > is a value, not a block indicator (79 ^ dropped)', () => {
    expect(found('kind: Secret\nstringData:\n  pw: hunter2|\n  pw2: s3cret>1\n')).toEqual(['PASSWORD:hunter2|', 'PASSWORD:s3cret>1']);
  });
  it('quotes inside or after a value: the value whole (81 ^ or $ dropped)', () => {
    expect(found(`kind: Secret\nstringData:\n  a: my"secret"\n  b: "abc"def\n  c: 'it''s'\n`)).toEqual(['PASSWORD:my"secret"', 'PASSWORD:"abc"def', "PASSWORD:it''s"]);
  });
  it('any plain value, here Stryker\'s own marker text (80 raw !== "" → raw !== "Stryker was here!")', () => {
    expect(found('kind: Secret\nstringData:\n  motto: Stryker was here!\n')).toEqual(['PASSWORD:Stryker was here!']);
  });
});

describe('a value that its key holds (found while reading the survivors)', () => {
  it('password: pass masks the value, not the same letters in the key (the key was masked, the value stored raw)', () => {
    const text = 'kind: Secret\nstringData:\n  password: pass\n  token: "tok"\n';
    const pass = text.lastIndexOf('pass');
    const tok = text.lastIndexOf('tok');
    expect(detect(text)).toEqual([
      { start: pass, end: pass + 4, type: 'PASSWORD', class: 'secret' },
      { start: tok, end: tok + 3, type: 'PASSWORD', class: 'secret' },
    ]);
  });
});

describe("PuTTY's line ends and YAML's (the run after the fix)", () => {
  it('a CR or LF right after a line end is part of it in a PuTTY file (read_body), so a blank line inside the block is none', () => {
    expect(found('Private-Lines: 2\n\nAAAA')).toEqual(['PRIVATE_KEY:AAAA']);
    expect(found('Private-Lines: 2\nAAAA\n\nBBBB')).toEqual(['PRIVATE_KEY:AAAA\n\nBBBB']);
    expect(found('Private-Lines: 2\rAAAA\r\rBBBB')).toEqual(['PRIVATE_KEY:AAAA\r\rBBBB']);
    // One more, not two: the third LF is an empty line, no Base64, and ends the block.
    expect(found('Private-Lines: 3\nAAAA\n\n\nBBBB')).toEqual(['PRIVATE_KEY:AAAA']);
    // A block cut short (a tool printed the head of the file): the first line that is no Base64
    // ends it, even when its rest would be (nextPpkLine's test → true skipped a line's first character).
    expect(found('Private-Lines: 14\nAAAA\nBBBB\n#truncated\n')).toEqual(['PRIVATE_KEY:AAAA\nBBBB']);
  });
  it('a Secret whose entries are indented by one space, LF, CR and CRLF (a line starts right after its break)', () => {
    for (const eol of ['\n', '\r', '\r\n']) expect(found(['kind: Secret', 'data:', ' a: YWFh', ' b: YmJi', ''].join(eol)), JSON.stringify(eol)).toEqual(['PASSWORD:YWFh', 'PASSWORD:YmJi']);
  });
});
