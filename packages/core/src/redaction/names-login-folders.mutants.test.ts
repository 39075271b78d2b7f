// Issue 13: direct calls of names.ts detectPersons on home folders of one login (loginFolderEnd, LOGIN_FOLDER,
// PATH_START_BEFORE, SYSTEM_FOLDER_ACCOUNTS and its check in profileFolderNames; F13 of the README-only leak probe of
// 2026-12-07), written from the Stryker run of 2026-12-07 (docs/TESTING.md, its row), whose only tests went through
// the redactor (test/redaction/path-names-2026-12-07.test.ts). Exact spans; the login's length bounds, its trailing
// dots, each part of a joined login, the path's start at the text's start, after each listed character and after a
// UNC share's host of 63 and 64 characters.
import { describe, expect, it } from 'vitest';
import { detectPersons } from './names.js';
import type { Detection } from './types.js';

const found = (text: string): string[] => {
  const out: Detection[] = [];
  detectPersons(text, out);
  return out.map((d) => text.slice(d.start, d.end));
};

describe('a home folder of one login', () => {
  it("the login's span, its trailing dots left out; three to 32 characters, letters, marks, digits, `.`, `_`, `-` after a letter", () => {
    expect(found('/home/kwendelin/x')).toEqual(['kwendelin']);
    expect(found('/home/kwendelin../x')).toEqual(['kwendelin']);
    expect(found('/home/kwendelin.')).toEqual(['kwendelin']);
    expect(found('/home/hbr/x')).toEqual(['hbr']);
    expect(found('/home/hb/x')).toEqual([]);
    expect(found(`/home/${'k'.repeat(32)}/x`)).toEqual(['k'.repeat(32)]);
    expect(found(`/home/${'k'.repeat(33)}/x`)).toEqual([]);
    // The 32 characters are counted without the trailing dots.
    expect(found(`/home/${'k'.repeat(32)}../x`)).toEqual(['k'.repeat(32)]);
    expect(found('/home/kwendelin2/x')).toEqual(['kwendelin2']);
    expect(found('/home/k2wendelin/x')).toEqual(['k2wendelin']);
    expect(found('/home/kwendelin_2/x')).toEqual(['kwendelin_2']);
    expect(found("/home/kwen'delin/x")).toEqual([]);
    // Any script's letters, combining marks after the first (a login as Windows or macOS writes it, NFD included).
    expect(found('/home/kwendelinü/x')).toEqual(['kwendelinü']);
    expect(found('/home/kwendelinu\u0308/x')).toEqual(['kwendelinu\u0308']);
    expect(found('C:\\Users\\Søren\\x')).toEqual(['Søren']);
    // Only trailing dots are dropped before the system accounts are asked: `ro.ot` is no `root`.
    expect(found('/home/ro.ot/x')).toEqual(['ro.ot']);
    // A number is dropped only at a part's end: `2admin` is no `admin`.
    expect(found('/home/kwendelin_2admin/x')).toEqual(['kwendelin_2admin']);
    // A login that ends as a team's word may (`…bot`, `…ops`) is read: only the team words themselves stay.
    expect(found('/home/mtalbot2/x')).toEqual(['mtalbot2']);
    expect(found('/home/wcyclops/x')).toEqual(['wcyclops']);
  });

  it("a folder of a name's shape is read in any path (accountNameEnd, twoPartFolderEnd), a login of no name's shape only where a file system's path starts", () => {
    expect(found('api/home/amara.okafor/x')).toEqual(['amara.okafor']);
    expect(found('api/home/jsmith/x')).toEqual(['jsmith']);
    expect(found('api/home/kwendelin/x')).toEqual([]);
  });

  it('system, service, frequent, function, team and machine words stay, alone or as a part of the login, a number after them aside', () => {
    for (const text of [
      '/home/runner2/x', '/home/runner./x', 'C:\\Users\\runner..\\x', 'C:\\Users\\Administrator\\x', 'C:\\Users\\PUBLIC\\x', '/home/kwendelin-runner2/x',
      '/home/kwendelin.runner22/x', '/home/kwendelin_about/x', '/home/kwendelin_the/x', '/home/kwendelin_team/x', '/home/kwendelin_vps/x', '/home/vps3/x',
      '/home/mobile/x', '/home/ubuntu/x', '/home/public/x', '/home/linuxbrew/x', '/home/ec2-user/x', '/home/www-data/x',
      // Asked before the name rules, which read `jenkins` as a surname; in any case, trailing dots aside.
      '/home/jenkins/x', '/home/Jenkins/x', '/home/jenkins./x', 'api/home/jenkins../x',
    ]) expect([text, found(text)]).toEqual([text, []]);
  });

  it("the path's start: the text's start, a blank, a quote, `=`, `(`, `,`, `;`, `:`, `[`, a UNC share's host of up to 63 characters", () => {
    for (const before of ['', 'cd ', '\tcd\t', '\n', '"', "'", '`', 'X=', '(', ',', ';', 'C:', '[', '\\\\fs01', 'x\\\\fs01', `\\\\${'f'.repeat(63)}`, '\\\\fs-01.corp']) {
      expect([before, found(`${before}/home/kwendelin/x`)]).toEqual([before, ['kwendelin']]);
    }
    expect(found('home/kwendelin/x')).toEqual(['kwendelin']);
    expect(found('\\\\fs01\\home\\kwendelin\\x')).toEqual(['kwendelin']);
    for (const before of ['a', '-', 'api', 'example.com', `\\\\${'f'.repeat(64)}`, '\\\\', 'x\\fs01', '\\\\fs 01']) {
      expect([before, found(`${before}/home/kwendelin/x`)]).toEqual([before, []]);
      // The look-back is the 66 characters before the path, whatever follows it.
      expect([before, found(`${before}/home/kwendelin/x ${'y'.repeat(70)}`)]).toEqual([before, []]);
    }
  });
});
