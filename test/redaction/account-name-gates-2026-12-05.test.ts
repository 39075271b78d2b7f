// The Stryker run of 2026-12-05 (tenth session), row L6b of test/redaction/probe-2026-12-05c.cases.md:
// account-names.ts masks an account of one word that is an initial and a listed surname
// (`mquintanilla`) at sshd's, sudo's and su's places, a device named after its owner with a blank
// (`Hope's AirPods`) and an IAM ARN written in capitals, but its callers' gates kept texts from it:
//  - detectors.ts called detectAccountNames only when the text held `.`, `_`, `-`, `arn:`, `iP`,
//    `Mac`, `Galaxy` or `Pixel` (log lines of one-word accounts hold none of them);
//  - redactor.ts keyedDetections dropped an account key's value in text (`UserName=`, `login:`,
//    `roleSessionName=`) unless it held a digit, as it does a number's.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false });
/** A tool result's text as the redactor stores it. */
function stored(result: string): string {
  const out = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} });
  if (typeof (out as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return (out as { event: { tool: { result: string } } }).event.tool.result;
}
const leaksStored = (text: string, values: readonly string[]) => values.filter((v) => stored(text).includes(v));
const keptStored = (text: string, values: readonly string[]) => values.filter((v) => !stored(text).includes(v));

describe('detectors.ts: account-names.ts reads every text it may mask', () => {
  it('the run\'s log lines: sudo, sshd and su with a one-word account and no dot, underscore or dash', () => {
    expect(leaks('sudo: mquintanilla : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls', ['mquintanilla'])).toEqual([]);
    expect(leaks('Accepted publickey for mquintanilla from ::1 port 22 ssh2', ['mquintanilla'])).toEqual([]);
    expect(leaks('su: (to root) mquintanilla on pts/1', ['mquintanilla'])).toEqual([]);
    expect(leaks('Failed password for mquintanilla from 10.0.0.5', ['mquintanilla'])).toEqual([]);
    // The account only: the rest of the line stays.
    expect(masked('Accepted publickey for mquintanilla from ::1 port 22 ssh2')).toBe('Accepted publickey for [PERSON] from ::1 port 22 ssh2');
  });
  it('others of the kind: other accounts, a pid after sudo, IPv6 only, no IP at all', () => {
    expect(leaks('sudo[4410]: nokonkwo : TTY=pts/2 ; PWD=/root ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx', ['nokonkwo'])).toEqual([]);
    expect(leaks('Failed password for pvenkataraman from ::1 port 50122 ssh2', ['pvenkataraman'])).toEqual([]);
    expect(leaks('Accepted password for kmurphy from fe80::1 port 22 ssh2', ['kmurphy'])).toEqual([]);
    expect(leaks('su: (to postgres) lrodriguez on pts/3', ['lrodriguez'])).toEqual([]);
    expect(leaks('Failed keyboard-interactive/pam for invalid user agarcia', ['agarcia'])).toEqual([]);
  });
  it('an IAM ARN with its prefix in capitals, and a device named with a blank after a model the old gate did not list', () => {
    expect(leaks('ARN:aws:iam::123456789012:user/rnguyen', ['rnguyen'])).toEqual([]);
    expect(leaks("Paired: Hope's AirPods", ['Hope'])).toEqual([]);
    expect(leaks("Leonora's Apple Watch synced", ['Leonora'])).toEqual([]);
  });
  it('each of the patterns where the text holds only what that pattern needs', () => {
    // sshd's words and no colon, in capitals; a colon and no dot; `_` only; `-` only; `s` and a model only (a curly possessive).
    expect(leaks('ACCEPTED password for pvenkataraman', ['pvenkataraman'])).toEqual([]);
    expect(leaks('sudo: kmurphy : USER=root', ['kmurphy'])).toEqual([]);
    expect(leaks('user=marisol_quintanilla', ['marisol', 'quintanilla'])).toEqual([]);
    expect(leaks('Caller Computer Name LAPTOP-RAJESHK', ['RAJESHK'])).toEqual([]);
    expect(leaks('Ngozi’s AirPods Pro', ['Ngozi'])).toEqual([]);
  });
  it('kept: system accounts at the same places, and words before a model that name no owner', () => {
    expect(kept('sudo: root : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls', ['sudo: root :', 'USER=root', 'COMMAND=/bin/ls'])).toEqual([]);
    expect(kept('Accepted publickey for deploy from ::1 port 22 ssh2', ['for deploy from', 'port 22 ssh2'])).toEqual([]);
    expect(kept('su: (to root) admin on pts/1', ['(to root) admin on pts/1'])).toEqual([]);
    expect(kept('Failed password for invalid user oracle from ::1 port 22 ssh2', ['invalid user oracle from'])).toEqual([]);
    expect(kept('sudo: twexford : TTY=pts/0 ; USER=root', ['twexford'])).toEqual([]);
    expect(kept('The Atlas AirPods case, Texas Apple Watch band, Kids AirPods', ['Atlas AirPods', 'Texas Apple Watch', 'Kids AirPods'])).toEqual([]);
  });
  it('linear in the text: lines of sudo and sshd with no dot, twice as many', () => {
    const line = 'sudo: mquintanilla : TTY=pts/0 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls\nAccepted publickey for nokonkwo from ::1 port 22 ssh2\n';
    expect(timeRatio((text) => detectSensitive(text), (n) => line.repeat(Math.ceil(n / line.length)), 20_000, 40_000)).toBeLessThanOrEqual(3);
  });
});

describe('redactor.ts: an account key\'s value in text needs no digit', () => {
  it('an account of one word or two parts after an account\'s key in a log line', () => {
    expect(leaksStored('UserName=mquintanilla action=ConsoleLogin', ['mquintanilla'])).toEqual([]);
    expect(leaksStored('login: pvenkataraman', ['pvenkataraman'])).toEqual([]);
    expect(leaksStored('AssumeRole roleSessionName=desmond.achterberg roleArn=arn:aws:iam::123456789012:role/Dev', ['desmond', 'achterberg'])).toEqual([]);
    expect(leaksStored('sAMAccountName: kmurphy', ['kmurphy'])).toEqual([]);
  });
  it('kept: an account key\'s value that spells no person', () => {
    expect(keptStored('UserName=admin action=ConsoleLogin', ['UserName=admin'])).toEqual([]);
    expect(keptStored('login: required', ['login: required'])).toEqual([]);
    expect(keptStored('roleSessionName=botocore-session-1733412345', ['botocore-session-1733412345'])).toEqual([]);
    expect(keptStored('sAMAccountName: svc.backup', ['svc.backup'])).toEqual([]);
  });
});
