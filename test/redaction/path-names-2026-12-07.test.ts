// Names in file paths (F13 of the README-only leak probe of 2026-12-07, issue 11): a home folder of one
// unseparated login (`C:\Users\hbrunnhuber\…`, `/home/kwendelin/…`) was kept, as the docs said (only
// `given.surname` or a listed name was read), and a compact date of birth glued to a name in a file's
// name (`Brunnhuber_Hildegard_03071948.pdf`, `…/[PERSON]_03071948.pdf`) was kept beside the masked name.
// A home folder is named after its user's account, an online identifier of a natural person (GDPR
// Art. 4(1), Recital 30), whatever its shape; system, service and shared accounts stay.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { storedText } from './masked-text.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
const { stored, gone } = storedText(redactor);

describe('F13: a home folder of one login', () => {
  it.each([
    ['saved to C:\\Users\\hbrunnhuber\\Documents\\Befund.pdf', ['hbrunnhuber'], ['C:\\Users\\', '\\Documents\\Befund.pdf']],
    ['ENOENT: open /home/kwendelin/.config/app.json', ['kwendelin'], ['/home/', '/.config/app.json']],
    ['at Object.<anonymous> (/Users/ovanselow/dev/x.js:3:9)', ['ovanselow'], ['/Users/', '/dev/x.js']],
    ['PWD=/home/lzwiebelhofer', ['lzwiebelhofer'], ['PWD=/home/']],
    ['copy \\\\fs01\\home\\mgrzeskowiak\\x.txt', ['mgrzeskowiak'], ['\\home\\', '\\x.txt']],
    ["cd '/Users/amara2/Downloads'", ['amara2'], ['/Users/', '/Downloads']],
  ])('%s', (text, raws, kept) => gone(text, raws, kept));
  // Letters beyond ASCII (Windows names a profile's folder after its account: `C:\\Users\\José`; found by the Stryker
  // run of loginFolderEnd, 2026-12-07, issue 13: LOGIN_FOLDER asked for ASCII letters); the built-in accounts' localized
  // names stay.
  it.each([
    ['C:\\Users\\Jürgen\\Desktop\\a.txt', ['Jürgen'], ['C:\\Users\\', '\\Desktop\\a.txt']],
    ['C:\\Users\\José\\Documents', ['José'], ['C:\\Users\\', '\\Documents']],
    ['open /home/søren/.bashrc', ['søren'], ['/home/', '/.bashrc']],
    ['C:\\Users\\Łukasz\\x', ['Łukasz'], ['C:\\Users\\']],
    ['C:\\Users\\hbrünnhuber\\AppData', ['hbrünnhuber'], ['C:\\Users\\', '\\AppData']],
  ])('%s', (text, raws, kept) => gone(text, raws, kept));
  it('localized built-in accounts stay', () => {
    for (const text of ['C:\\Users\\Administrateur\\Desktop', 'C:\\Users\\Administrador\\x', 'C:\\Users\\Amministratore\\x', 'C:\\Users\\Администратор\\x', 'C:\\Users\\Järjestelmänvalvoja\\x', 'C:\\Users\\Gast\\x', 'C:\\Users\\Invité\\x', 'C:\\Users\\Invitado\\x']) {
      expect([text, stored(text)]).toEqual([text, text]);
    }
  });
  it('system, service and shared accounts, and routes of a web API, stay', () => {
    for (const text of [
      'C:\\Users\\Public\\Documents', 'C:\\Users\\Default\\NTUSER.DAT', 'C:\\Users\\Administrator\\Desktop', '/home/ubuntu/.ssh', '/home/runner/work/app',
      '/home/ec2-user/app', '/home/vagrant/x', '/home/node/app', '/home/jenkins/workspace', '/Users/Shared/x', '/home/git/repos', '/home/pi/x',
      '/home/user/project', '/home/$USER/x', '/Users/<username>/x', 'C:\\Users\\%USERNAME%\\AppData', '/Users/hr/Desktop', '/home/deploy/current',
      'GET /api/users/search?q=1', 'https://example.com/home/index.html', 'see /home/about/', '/home/admin/x', '/home/postgres/data',
    ]) expect([text, stored(text)]).toEqual([text, text]);
  });
});

describe('F13: a compact date of birth after a name in a file name', () => {
  it.each([
    ['upload /scans/Brunnhuber_Hildegard_03071948.pdf done', ['Brunnhuber', 'Hildegard', '03071948'], ['/scans/', '.pdf done']],
    ['upload /scans/Hildegard Brunnhuber_03071948.pdf done', ['Brunnhuber', 'Hildegard', '03071948'], ['/scans/', '.pdf done']],
    ['Referral_Zwiebelhofer_Leberecht_19490217.docx', ['Zwiebelhofer', 'Leberecht', '19490217'], ['Referral_', '.docx']],
    ['Tevita Fifita-1972-03-12.jpg attached', ['Fifita', '1972-03-12'], ['.jpg attached']],
    ['/in/Dr. Amara Okafor_19720312_scan.pdf', ['Okafor', '19720312'], ['_scan.pdf']],
  ])('%s', (text, raws, kept) => gone(text, raws, kept));
  it('a date of the document, an invalid date, a date in no file name, or no name before it, stays', () => {
    for (const [text, kept] of [
      ['Payslip_Thandiwe_Ndlovu_20261101.pdf', '20261101'],
      ['Hildegard Brunnhuber_31021948.pdf', '31021948'],
      ['Hildegard Brunnhuber_030719481.pdf', '030719481'],
      ['Invoice_03071948.pdf', 'Invoice_03071948.pdf'],
      ['see Quarterly Report_03071948.pdf', 'Quarterly Report_03071948.pdf'],
      ['Brunnhuber_Hildegard_03071948 ticket', '03071948'],
    ] as const) expect([text, stored(text).includes(kept)]).toEqual([text, true]);
  });
});

describe('linear time', () => {
  it('home folders and dated file names, repeated and as one long path', () => {
    const line = "open C:\\Users\\hbrunnhuber\\x /home/kwendelin/y Brunnhuber_Hildegard_03071948.pdf Hildegard Brunnhuber_1948-07-03_scan.pdf\n";
    expect(timeRatio((text) => stored(text), (n) => line.repeat(Math.ceil(n / line.length)), 12_500, 25_000)).toBeLessThanOrEqual(3);
    expect(timeRatio((text) => stored(text), (n) => `/home/${'/home/kwendelin_'.repeat(Math.ceil(n / 16))}x.pdf`, 12_500, 25_000)).toBeLessThanOrEqual(3);
  });
});
