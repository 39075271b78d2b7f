// Issue 11, the twelfth probe (2026-12-05e), rows L1, L2, L3, L6, L7 and L9 (test/redaction/probe-2026-12-05e.cases.md):
// L1 git one-line formats with the author after an abbreviated hash (`%h %an %ad %s`) or a date, and `git shortlog -sn`;
// L2 OpenSSL's slash-separated distinguished names (`/C=US/O=…/CN=Given Surname/emailAddress=…`);
// L3 device host names made of a possessive given name and a model (`Leonoras-iPhone`, `Thaddeuss-MacBook-Pro`);
// L6 `Surname, Given` display names with unlisted words in mail headers without quotes and in WebVTT voices;
// L7 a given name and a middle initial after W-2/W-4 `first name and (middle) initial` labels and members;
// L9 a Dutch honorific (`dhr.`, `mevr.`), an initial and a surname with particles.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectAccountNames } from '../../packages/core/src/redaction/account-names.js';
import { detectPersons } from '../../packages/core/src/redaction/names.js';
import type { Detection } from '../../packages/core/src/redaction/types.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks, storedResults } from './masked-text.js';

const { stored, leaksIn, keptIn } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false }));

describe('L1: git one-line formats and shortlog', () => {
  it('the probe rows: `%h %an %ad %s` with --date=short', () => {
    const log = '3f9a1c2 Leonora Castellanos 2026-12-02 Fix rounding\n8b7d4a0 Tobiah Wrenfield 2026-12-01 Bump deps';
    expect(leaks(log, ['Leonora', 'Castellanos', 'Tobiah', 'Wrenfield'])).toEqual([]);
    expect(kept(log, ['3f9a1c2', '2026-12-02 Fix rounding', '8b7d4a0', '2026-12-01 Bump deps'])).toEqual([]);
    expect(leaks('8b7d4a0 Marguerite Delacroix-Hunt 2026-12-01 Bump deps', ['Marguerite', 'Delacroix-Hunt'])).toEqual([]);
  });
  it('other one-line formats: a full hash, a date before the name, a graph, shortlog', () => {
    expect(leaks('e83c5163316f89bfbde7d9ab23ca2e25604af290 Hyacinth Oduya 2025-03-14 Initial commit', ['Hyacinth', 'Oduya'])).toEqual([]);
    expect(leaks('a1b2c3d 2026-11-30 Siosaia Fifita Refactor the parser', ['Siosaia', 'Fifita'])).toEqual([]);
    expect(leaks('* 9c0ffee Desmond Achterberg 2026-10-01 Merge branch', ['Desmond', 'Achterberg'])).toEqual([]);
    const shortlog = '   311\tNgozi Okonkwo\n    58\tPriyanka Venkataraman\n     3\tTobias Wexford';
    expect(leaks(shortlog, ['Ngozi', 'Okonkwo', 'Priyanka', 'Venkataraman', 'Tobias', 'Wexford'])).toEqual([]);
    expect(kept(shortlog, ['311\t', '58\t', '3\t'])).toEqual([]);
    expect(leaks('    12\tMarisol Quintanilla <marisol@example.org>', ['Marisol', 'Quintanilla'])).toEqual([]);
  });
  it('look-alikes stay: subjects in title case after a hash, a count and a product', () => {
    expect(kept('3f9a1c2 Merge Pull Request\n8b7d4a0 Update Dependencies\na1b2c3d Add Docker Support', ['Merge Pull Request', 'Update Dependencies', 'Add Docker Support'])).toEqual([]);
    expect(kept('Order 42\tWidget Pro\t3 units', ['Widget Pro'])).toEqual([]);
    expect(kept('    42\tRelease Notes\n    17\tBuild Scripts', ['Release Notes', 'Build Scripts'])).toEqual([]);
  });
});

describe('L2: OpenSSL slash-separated distinguished names (read by the redactor, as an LDAP DN is)', () => {
  it('the probe rows: `CN=… /emailAddress=` after comma RDNs', () => {
    const subject = 'Subject: C=US, ST=IL, L=Evanston, O=Harcourt Logistics, CN=Leonora Castellanos/emailAddress=leonora.castellanos@posteo.net';
    expect(leaksIn(subject, ['Leonora', 'Castellanos', 'posteo.net'])).toEqual([]);
    expect(keptIn(subject, ['O=Harcourt Logistics', 'emailAddress='])).toEqual([]);
  });
  it('the legacy slash form: the CN last, before another RDN, in -subj', () => {
    expect(leaksIn('subject=/C=GB/ST=Kent/O=Example Ltd/CN=Hyacinth Oduya', ['Hyacinth', 'Oduya'])).toEqual([]);
    expect(leaksIn('issuer=/CN=Desmond Achterberg/OU=Payroll/O=Example', ['Desmond', 'Achterberg'])).toEqual([]);
    expect(leaksIn('openssl req -new -key k.pem -subj "/C=DE/L=Berlin/CN=Ngozi Okonkwo/emailAddress=ngozi@example.org"', ['Ngozi', 'Okonkwo'])).toEqual([]);
    expect(keptIn('openssl req -new -key k.pem -subj "/C=DE/L=Berlin/CN=Ngozi Okonkwo/emailAddress=ngozi@example.org"', ['/C=DE/L=Berlin/CN='])).toEqual([]);
  });
  it('look-alikes stay: a host or a CA as the CN, a path', () => {
    expect(keptIn('subject=/C=US/O=Let\'s Encrypt/CN=R3', ['CN=R3'])).toEqual([]);
    expect(keptIn('issuer=/C=US/O=DigiCert Inc/CN=DigiCert Global Root CA', ['DigiCert Global Root CA'])).toEqual([]);
    expect(keptIn('subject=/CN=api.example.com/O=Example', ['api.example.com'])).toEqual([]);
  });
});

describe('L3: device host names of a possessive given name and a model', () => {
  it('the probe rows: DHCP and UniFi', () => {
    expect(leaks('DHCPACK on 10.0.4.37 to 3c:22:fb:91:0e:47 (Leonoras-iPhone) via eth0', ['Leonoras'])).toEqual([]);
    expect(kept('DHCPACK on 10.0.4.37 to 3c:22:fb:91:0e:47 (Leonoras-iPhone) via eth0', ['-iPhone) via eth0'])).toEqual([]);
    expect(leaksIn({ hostname: 'Thaddeuss-MacBook-Pro', name: 'Thaddeus Okonkwo laptop' }, ['Thaddeuss', 'Okonkwo'])).toEqual([]);
  });
  it('other models, mDNS, lower-case host names', () => {
    expect(leaks('dnsmasq-dhcp[512]: DHCPREQUEST(br0) 192.168.1.23 a4:83:e7:12:34:56 Amaras-iPad', ['Amaras'])).toEqual([]);
    expect(leaks('Client Siosaias-Pixel-8 joined SSID Home-5G', ['Siosaias'])).toEqual([]);
    expect(leaks('_companion-link._tcp.local: Desmonds-MacBook-Air.local', ['Desmonds'])).toEqual([]);
    expect(leaks('lease 10.0.0.9 hostname ngozis-galaxy-s23', ['ngozis'])).toEqual([]);
    expect(leaksIn({ clients: [{ hostname: 'Marisols-iMac', mac: 'f0:18:98:aa:bb:cc' }] }, ['Marisols'])).toEqual([]);
  });
  it('look-alikes stay: shared and role devices, brands', () => {
    expect(kept('Users-MacBook-Pro, Kids-iPad, Guests-iPhone, Office-iPad, Samsung-Galaxy-S24, Google-Pixel-8', ['Users-MacBook-Pro', 'Kids-iPad', 'Guests-iPhone', 'Office-iPad', 'Samsung-Galaxy-S24', 'Google-Pixel-8'])).toEqual([]);
    expect(kept('Apple-Watch and Sales-iPad on VLAN 20', ['Apple-Watch', 'Sales-iPad'])).toEqual([]);
  });
  it('stays linear on hostile input of its shapes', () => {
    const run = (text: string) => detectAccountNames(text, [] as Detection[]);
    expect(timeRatio(run, (n) => 'Aaaas-'.repeat(Math.ceil(n / 6)).slice(0, n))).toBeLessThan(3);
    expect(timeRatio(run, (n) => 'Annas-iPhone '.repeat(Math.ceil(n / 13)).slice(0, n))).toBeLessThan(3);
  });
});

describe('L6: `Surname, Given` with unlisted words in headers and voices', () => {
  it('the probe rows: Outlook quoted headers, Teams voices', () => {
    expect(leaks('To: Lindqvist, Soren <soren.lindqvist@proton.me>', ['Lindqvist', 'Soren'])).toEqual([]);
    expect(leaks('<v Lindqvist, Soren>Can we move the review?</v>', ['Lindqvist', 'Soren'])).toEqual([]);
    expect(kept('<v Lindqvist, Soren>Can we move the review?</v>', ['Can we move the review?'])).toEqual([]);
  });
  it('other headers and voices of the kind', () => {
    const quote = '-----Original Message-----\nFrom: Vlintuk, Qxaro <qxaro.v@example.org>\nSent: Monday, December 1, 2026 9:14 AM\nTo: Dorvane, Wenlix <w.dorvane@example.org>; Mollquist, Zephra <zm@example.org>\nCc: Quarrington, Bexley\nSubject: Budget';
    expect(leaks(quote, ['Vlintuk', 'Qxaro', 'Dorvane', 'Wenlix', 'Mollquist', 'Zephra', 'Quarrington', 'Bexley'])).toEqual([]);
    expect(kept(quote, ['Subject: Budget', 'Sent: Monday'])).toEqual([]);
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Mollquist, Zephra>Good morning all.</v>\n\n00:00:04.500 --> 00:00:06.000\n<v Dorvane, Wenlix J.>Morning.</v>';
    expect(leaks(vtt, ['Mollquist', 'Zephra', 'Dorvane', 'Wenlix'])).toEqual([]);
    expect(kept(vtt, ['Good morning all.', 'Morning.</v>'])).toEqual([]);
  });
  it('look-alikes stay: teams and places written with a comma', () => {
    expect(kept('To: Sales, Marketing <team@example.org>', ['Sales, Marketing'])).toEqual([]);
    expect(kept('<v Support, Billing>Ticket closed.</v>', ['Support, Billing'])).toEqual([]);
    expect(kept('To: Engineering, Platform', ['Engineering, Platform'])).toEqual([]);
  });
});

describe('L7: a given name and a middle initial after W-2/W-4 labels', () => {
  it('the probe rows: W-2, W-4 text and a W-2 JSON member', () => {
    expect(leaks("e Employee's first name and initial Soren M.  Last name Lindqvist", ['Soren', 'Lindqvist'])).toEqual([]);
    expect(kept("e Employee's first name and initial Soren M.  Last name Lindqvist", ["Employee's first name and initial", 'Last name'])).toEqual([]);
    expect(leaks('Step 1: (a) First name and middle initial: Soren J   Last name: Lindqvist', ['Soren', 'Lindqvist'])).toEqual([]);
    expect(leaksIn({ firstNameInitial: 'Soren M' }, ['Soren'])).toEqual([]);
  });
  it('other labels and members of the kind', () => {
    expect(leaks('Employee first name and initial: Qxaro T.', ['Qxaro'])).toEqual([]);
    expect(leaks('FIRST NAME AND MIDDLE INITIAL Zephra L', ['Zephra'])).toEqual([]);
    expect(leaksIn({ employee: { first_name_and_middle_initial: 'Wenlix P', last_name: 'Dorvane' } }, ['Wenlix', 'Dorvane'])).toEqual([]);
    expect(leaksIn({ firstNameMiddleInitial: 'Bexley Q.' }, ['Bexley'])).toEqual([]);
  });
  it('look-alikes stay: the label alone, a form note', () => {
    expect(kept('Box e: first name and initial (see instructions)', ['first name and initial (see instructions)'])).toEqual([]);
    expect(kept('First name and middle initial: Required', ['Required'])).toEqual([]);
  });
});

describe('L9: Dutch honorifics and an initial before a surname with particles', () => {
  it('the probe row', () => {
    expect(leaks('Werknemer: dhr. M. van der Heijden', ['Heijden'])).toEqual([]);
    expect(kept('Werknemer: dhr. M. van der Heijden', ['Werknemer: dhr.'])).toEqual([]);
  });
  it('other honorifics, particles and double names', () => {
    expect(leaks('Geachte mevr. K. de Wijnkoop-Schelt,', ['Wijnkoop-Schelt'])).toEqual([]);
    expect(leaks('Contact: dhr. B. van Ommeren, tel. 020-1234567', ['Ommeren'])).toEqual([]);
    expect(leaks('Aan mevrouw T. van den Akkerveld', ['Akkerveld'])).toEqual([]);
    expect(leaks('De heer R. de Gruijter-Maas is aanwezig.', ['Gruijter-Maas'])).toEqual([]);
    expect(leaks('Behandelaar: mw. L. Oosterwijk-Brand', ['Oosterwijk-Brand'])).toEqual([]);
  });
  it('look-alikes stay: abbreviations and places with particles', () => {
    expect(kept('Opening hours: ma. t/m vr. 9-17 uur, za. gesloten', ['ma. t/m vr. 9-17 uur'])).toEqual([]);
    expect(kept('Vermogen: 5 MW. De centrale draait.', ['De centrale draait.'])).toEqual([]);
  });
});

describe('the new scans stay linear on hostile input of their shapes', () => {
  // The name scan alone (names.ts detectPersons: decide's house-number rule, the header and voice lists).
  const detect = (text: string) => detectPersons(text, [] as Detection[]);
  it('L1 hashes, dates and shortlog counts', () => {
    expect(timeRatio(detect, (n) => '3f9a1c2 Aa Bb 2026-12-02 x\n'.repeat(Math.ceil(n / 27)).slice(0, n), 20_000, 40_000)).toBeLessThan(3);
    expect(timeRatio(detect, (n) => '    42\tAa Bb\n'.repeat(Math.ceil(n / 14)).slice(0, n), 20_000, 40_000)).toBeLessThan(3);
  });
  it('L2 slash-separated RDNs through the redactor', () => {
    expect(timeRatio(stored, (n) => '/C=US/CN=Aa Bb'.repeat(Math.ceil(n / 14)).slice(0, n), 20_000, 40_000)).toBeLessThan(3);
    expect(timeRatio(stored, (n) => 'subject=/cn=Aa Bb\n'.repeat(Math.ceil(n / 18)).slice(0, n), 20_000, 40_000)).toBeLessThan(3);
  });
  it('L6 header lists and voices', () => {
    expect(timeRatio(detect, (n) => `To: ${'Aaaa, Bbbb; '.repeat(Math.ceil(n / 12))}`.slice(0, n), 20_000, 40_000)).toBeLessThan(3);
    expect(timeRatio(detect, (n) => 'To: Aaaa, Bbbb\n'.repeat(Math.ceil(n / 15)).slice(0, n), 20_000, 40_000)).toBeLessThan(3);
    expect(timeRatio(detect, (n) => '<v Aaaa, Bbbb <v '.repeat(Math.ceil(n / 17)).slice(0, n), 20_000, 40_000)).toBeLessThan(3);
  });
});

