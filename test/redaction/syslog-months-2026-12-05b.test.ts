// O1 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): a syslog (RFC
// 3164) line's month that is also a given name (`Jan`, `Jun`, `Dec`) with a blank-padded day was
// masked as a person, and so was a program in capitals (`CRON`), whose pseudonym then garbled
// `/etc/cron.hourly` on the same line. A person found inside a syslog header (month, day, time,
// host, program and pid) is now dropped (name-contexts.ts dropContextNonPersons).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '../../packages/core/src/index.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]) });
function stored(text: string): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result: text } } as never, { capture: {} });
  return (result as { event: { tool: { result: string } } }).event.tool.result;
}
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('O1: syslog timestamps are no persons', () => {
  it.each([
    // The probe's inputs.
    'Dec  5 04:12:01 bastion sshd[2231]: Accepted publickey for deploy from 10.0.0.8 port 52144',
    'Dec  9 01:00:00 mail postfix/smtpd[881]: connect from unknown[10.0.0.9]',
    'Jun  3 11:22:33 db01 postgres[77]: LOG:  checkpoint starting: time',
    'Jan  2 08:00:00 ci01 systemd[1]: Started Daily apt download activities.',
    'Jan  5 10:00:00 fw kernel: DROP IN=eth0 OUT= SRC=10.0.0.1',
    'Dec  5 04:12:01 bastion CRON[991]: (root) CMD (run-parts /etc/cron.hourly)',
    // Held back: a priority, several lines.
    '<13>Jun  7 09:00:00 web01 nginx[12]: started',
    'Dec  5 04:12:01 bastion CRON[991]: (root) CMD (run-parts /etc/cron.hourly)\nDec  5 04:13:01 bastion CRON[992]: (root) CMD (run-parts /etc/cron.hourly)',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
    expect(stored(text)).not.toContain('[PERSON');
  });

  it('a person in the message is still found', () => {
    expect(persons('Jan  5 10:00:00 app01 portal[12]: password reset for Tevita Havili')).toEqual(['Tevita Havili']);
    expect(persons('Dec  5 04:12:01 bastion sshd[1]: note from Dec Smith')).toEqual(['Dec Smith']);
  });

  it('a hostile input: many syslog lines', () => {
    const text = 'Dec  5 04:12:01 bastion CRON[991]: x\n'.repeat(6_000);
    expect(persons(text)).toEqual([]);
  });
});
