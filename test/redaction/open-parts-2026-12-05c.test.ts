// The open parts that earlier rows of issue 11 named (docs/REDACTION.md "Open: a backslash between a
// name and a word"), one kind per block:
// 1. a backslash beside a name: a name before a team (`Amara Okafor\Support`), a Windows profile
//    folder (`C:\Users\Amara Okafor\`), a share's home folder, a domain account (`CORP\amara.okafor`);
// 2. a listed name of one word before a slash and a team word (`Okafor/Support`);
// 3. a given name and a surname after `Owner`/`Contact` without a colon;
// 6. `Contact: Maria Lane, DOB 1970-02-03` masked as an ADDRESS that swallowed `DOB`.
// (Items 4 and 5 of the same brief: open-ids-2026-12-05c.test.ts.)
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';
import { timeRatio } from './linear-time.js';

const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));
const types = (text: string) => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false });
function stored(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return JSON.stringify((result as { event: { tool: { arguments: unknown } } }).event.tool.arguments);
}

describe('1. a backslash beside a name', () => {
  it('the open rows', () => {
    expect(persons('Amara Okafor\\Support')).toEqual(['Amara Okafor']);
    expect(persons('C:\\Users\\Amara Okafor\\Documents\\x.pdf')).toEqual(['Amara Okafor']);
    expect(persons('CORP\\amara.okafor')).toEqual(['amara.okafor']);
    expect(persons('\\\\fileserver\\home\\Grace Hill\\')).toEqual(['Grace Hill']);
  });
  it('its kind: a name before a team, a profile folder, a home folder, an account', () => {
    expect(persons('Assigned to: Amara Okafor\\Support')).toEqual(['Amara Okafor']);
    expect(persons('Maria Garcia\\Finance Team')).toEqual(['Maria Garcia']);
    expect(persons('Saved to C:\\Users\\Tevita Havili\\Desktop\\notes.txt')).toEqual(['Tevita Havili']);
    expect(persons('C:\\Documents and Settings\\Grace Hill\\My Documents')).toEqual(['Grace Hill']);
    expect(persons('/home/Grace Hill/notes.txt')).toEqual(['Grace Hill']);
    expect(persons('C:\\Users\\amara.okafor\\AppData\\Local')).toEqual(['amara.okafor']);
    expect(persons('/home/grace_hill/.bashrc')).toEqual(['grace_hill']);
    expect(persons('Logon account: CONTOSO\\grace.hill')).toEqual(['grace.hill']);
    expect(persons('CORP\\jsmith logged on at 09:12')).toEqual(['jsmith']);
    expect(persons('runas /user:CORP\\Amara.Okafor cmd')).toEqual(['Amara.Okafor']);
  });
  it('paths of ordinary words, system accounts and registry keys stay readable', () => {
    expect(persons('C:\\Program Files\\Common Files')).toEqual([]);
    expect(persons('C:\\Windows\\System32\\drivers')).toEqual([]);
    expect(persons('C:\\Users\\Public\\Documents')).toEqual([]);
    expect(persons('C:\\Users\\All Users\\Microsoft')).toEqual([]);
    expect(persons('C:\\Users\\Default User\\NTUSER.DAT')).toEqual([]);
    expect(persons('D:\\Projects\\Customer Success\\Reports')).toEqual([]);
    expect(persons('NT AUTHORITY\\SYSTEM')).toEqual([]);
    expect(persons('BUILTIN\\Administrators')).toEqual([]);
    expect(persons('NT SERVICE\\MSSQLSERVER')).toEqual([]);
    expect(persons('HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion')).toEqual([]);
    expect(persons('CORP\\svc_backup')).toEqual([]);
    expect(persons('CORP\\administrator')).toEqual([]);
    expect(persons('/home/ubuntu/.ssh')).toEqual([]);
    expect(persons('Customer Success\\Support')).toEqual([]);
  });
  it('stored bytes', () => {
    const out = stored({ text: 'Copied C:\\Users\\Amara Okafor\\Documents\\x.pdf for CORP\\grace.hill (Tevita Havili\\Support)' });
    for (const raw of ['Okafor', 'grace.hill', 'Havili']) expect(out).not.toContain(raw);
    for (const kept of ['C:\\\\Users\\\\', '\\\\Documents\\\\x.pdf', 'CORP\\\\', '\\\\Support']) expect(out).toContain(kept);
  });
  it('a long hostile input completes in linear time', () => {
    const unit = 'C:\\Users\\Ann Lee\\x CORP\\ann.lee Ann Lee\\Support \\\\s\\home\\A B\\ Okafor/Support Contact Grace Hill, Medicaid case 2026004 ';
    // 2x the input at most ~3x the time (test/redaction/linear-time.ts: best of five, up to five attempts).
    expect(timeRatio((text) => detectSensitive(text), (n) => unit.repeat(Math.ceil(n / unit.length)))).toBeLessThan(3);
  });
});

describe('2. a listed name of one word before a slash and a team word', () => {
  it('the open rows', () => {
    expect(persons('Okafor/Support')).toEqual(['Okafor']);
    expect(persons('Assigned: Nguyen/Billing')).toEqual(['Nguyen']);
  });
  it('its kind: other names, teams, a backslash', () => {
    expect(persons('Escalated to Garcia/Finance today')).toEqual(['Garcia']);
    expect(persons('Owner: Okafor/IT')).toEqual(['Okafor']);
    expect(persons('- Okafor/HR, Nguyen/Payroll')).toEqual(['Okafor', 'Nguyen']);
    expect(persons('Nguyen\\Billing')).toEqual(['Nguyen']);
  });
  it('paths, products and pairs of words stay glued', () => {
    expect(persons('Docker/Compose')).toEqual([]);
    expect(persons('Sales/Marketing')).toEqual([]);
    expect(persons('src/Nguyen/Billing')).toEqual([]);
    expect(persons('Nguyen/Billing/Invoices')).toEqual([]);
    expect(persons('Garcia/Main')).toEqual([]);
    expect(persons('Jordan/Support')).toEqual([]);
  });
});

describe('3. a given name and a surname after Owner or Contact without a colon', () => {
  it('the open rows', () => {
    expect(persons('Owner Grace Hill')).toEqual(['Grace Hill']);
    expect(persons('Contact Grace Hill')).toEqual(['Grace Hill']);
    expect(persons('Account owner Grace Hill')).toEqual(['Grace Hill']);
    expect(persons('Point of contact Maria Lane')).toEqual(['Maria Lane']);
  });
  it('its kind: a comma, a verb, a phone, an email, a line end after the name', () => {
    expect(persons('Owner Grace Hill, 555-0100')).toEqual(['Grace Hill']);
    expect(persons('Contact Grace Hill approved the change')).toEqual(['Grace Hill']);
    expect(persons('Contact Grace Hill 555-0100')).toEqual(['Grace Hill']);
    expect(persons('Contact Grace Hill grace@example.com')).toEqual(['Grace Hill']);
    expect(persons('Business owner Grace Hill\nStatus: open')).toEqual(['Grace Hill']);
    expect(persons('Emergency contact Maria Lincoln, mobile 07700 900123')).toEqual(['Maria Lincoln']);
    expect(persons('Point of contact Grace Hill (ext 4412)')).toEqual(['Grace Hill']);
  });
  it('teams, firms, places, forms and other words after them stay', () => {
    expect(persons('Contact Support')).toEqual([]);
    expect(persons('Owner Acme Ltd')).toEqual([]);
    expect(persons('Contact Hyde Park')).toEqual([]);
    expect(persons('Owner Platform Team')).toEqual([]);
    expect(persons('use the contact form')).toEqual([]);
    expect(persons('owner permissions')).toEqual([]);
    expect(persons('Contact Grace Hill Academy')).toEqual([]);
    expect(persons('Owner Grace Hill Estates')).toEqual([]);
    expect(persons('Contact Carnegie Hall for tickets')).toEqual([]);
  });
});

describe('6. a person\'s label before a given name and a street word, a DOB after', () => {
  it('the open row', () => {
    expect(types('Contact: Maria Lane, DOB 1970-02-03')).toEqual(['PERSON:Maria Lane', 'DOB:1970-02-03']);
  });
  it('its kind: other person labels, a phone after, an identity label after an address', () => {
    expect(types('Tenant: Maria Lane, +44 20 7946 0958')).toEqual(['PERSON:Maria Lane', 'PHONE:+44 20 7946 0958']);
    expect(types('Patient: Grace Lane, DOB: 1970-02-03')).toEqual(['PERSON:Grace Lane', 'DOB:1970-02-03']);
    expect(types('Name: Maria Lane; MRN 4471920')).toEqual(['PERSON:Maria Lane', 'MRN:4471920']);
    expect(types('Address: 12 Main Street, DOB 1970-02-03')).toEqual(['ADDRESS:12 Main Street', 'DOB:1970-02-03']);
    expect(types('12 Main Street, SSN 536-22-8514')).toEqual(['ADDRESS:12 Main Street', 'SSN:536-22-8514']);
  });
  it('streets stay streets', () => {
    expect(types('Ship to: Penny Lane, Liverpool L18 1DE')).toEqual(['ADDRESS:Penny Lane, Liverpool L18 1DE']);
    expect(types('Address: Maria Lane 5, Springfield')).toEqual(['ADDRESS:Maria Lane 5, Springfield']);
    expect(types('12 Main Street, DOVER')).toEqual(['ADDRESS:12 Main Street, DOVER']);
  });
  it('stored bytes: the DOB word stays, as after a patient\'s name', () => {
    const out = stored({ text: 'Contact: Maria Lane, DOB 1970-02-03' });
    expect(out).toMatch(/^\{"text":"Contact: \[PERSON:psn_[a-z0-9_]+\], DOB \[DOB:psn_[a-z0-9_]+\]"\}$/);
  });
});
