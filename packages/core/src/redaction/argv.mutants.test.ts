import { describe, expect, it } from 'vitest';
import { argvSecretSpans, detectArgvInText, isArgvCommand } from './argv.js';
import type { Detection } from './types.js';

// Issue 13: what argv.ts promises, written for its first Stryker run (docs/TESTING.md): which items
// name a command (a path, `.exe`, any case, the length bounds), which arrays are read (2 to 256
// strings of at most 4,096 characters, one of them a command), the line the items are joined into
// and each span mapped back onto the items it covers (its offsets in each, taken to the item's end
// at a blank), and lists of quoted strings in text with their offsets. `detect` is a stand-in here:
// every match of its pattern a detection of the class given, so each answer is exact.
const detector = (pattern: RegExp, dataClass = 'secret', type = 'SECRET') => (text: string): Detection[] =>
  [...text.matchAll(new RegExp(pattern.source, 'g'))].map((m) => ({ start: m.index, end: m.index + m[0].length, type, class: dataClass }));
const passwordAfterP = detector(/(?<=-p)\S+/);

describe('isArgvCommand', () => {
  it('a known command, after its path and without `.exe`, in any case', () => {
    expect(isArgvCommand('mysql')).toBe(true);
    expect(isArgvCommand('/usr/bin/mysql')).toBe(true);
    expect(isArgvCommand('C:\\tools\\7z.exe')).toBe(true);
    expect(isArgvCommand('C:/tools\\7Z.EXE')).toBe(true);
    expect(isArgvCommand('C:\\tools/sshpass')).toBe(true);
    expect(isArgvCommand('MySQL')).toBe(true);
    expect(isArgvCommand('/opt/x' + '/'.repeat(248) + 'mysql')).toBe(true);
  });
  it('no other word, nor a command inside a word or before a path', () => {
    expect(isArgvCommand('')).toBe(false);
    expect(isArgvCommand('/')).toBe(false);
    expect(isArgvCommand('mysqlx')).toBe(false);
    expect(isArgvCommand('xmysql')).toBe(false);
    expect(isArgvCommand('mysql/x')).toBe(false);
    expect(isArgvCommand('mysql.exe.bak')).toBe(false);
    expect(isArgvCommand('exe')).toBe(false);
    // Only a final `.exe` is dropped.
    expect(isArgvCommand('my.exesql')).toBe(false);
    expect(isArgvCommand('-u')).toBe(false);
    // At most 260 characters (a path's limit on Windows).
    expect(isArgvCommand('/'.repeat(255) + 'mysql')).toBe(true);
    expect(isArgvCommand('/'.repeat(256) + 'mysql')).toBe(false);
  });
});

describe('argvSecretSpans', () => {
  it("each span mapped onto its item, at its offsets in the item", () => {
    expect(argvSecretSpans(['mysql', '-u', 'root', '-phunter2'], passwordAfterP)).toEqual([[], [], [], [[2, 9, 'SECRET']]]);
    // A span over several items: each item its part.
    expect(argvSecretSpans(['curl', 'a', 'bc', 'd'], detector(/a bc d/))).toEqual([[], [[0, 1, 'SECRET']], [[0, 2, 'SECRET']], [[0, 1, 'SECRET']]]);
    expect(argvSecretSpans(['curl', 'xa', 'bc', 'dx'], detector(/a bc d/))).toEqual([[], [[1, 2, 'SECRET']], [[0, 2, 'SECRET']], [[0, 1, 'SECRET']]]);
    // Spans that end or start at an item's edge touch no neighbour.
    expect(argvSecretSpans(['curl', 'ab', 'cd'], detector(/cd/))).toEqual([[], [], [[0, 2, 'SECRET']]]);
    expect(argvSecretSpans(['curl', 'ab', 'cd'], detector(/ab/))).toEqual([[], [[0, 2, 'SECRET']], []]);
    // A span ending with the blank before an item ends before it.
    expect(argvSecretSpans(['curl', 'ab', 'cd'], detector(/ab /))).toEqual([[], [[0, 2, 'SECRET']], []]);
    // Several spans, their types kept.
    expect(argvSecretSpans(['curl', 'ab', 'cd'], (t) => [...detector(/b/, 'secret', 'A')(t), ...detector(/ cd/, 'secret', 'B')(t)])).toEqual([[], [[1, 2, 'A']], [[0, 2, 'B']]]);
  });

  it("a span that stops at a blank inside an item is taken to the item's end; one that stops at the item's end or before a non-blank is not", () => {
    expect(argvSecretSpans(['mysql', '--password', 'Tr1cky Pass9'], detector(/Tr1cky/))).toEqual([[], [], [[0, 12, 'SECRET']]]);
    expect(argvSecretSpans(['mysql', '--password', 'Tr1cky\tPass9 x'], detector(/Tr1cky/))).toEqual([[], [], [[0, 14, 'SECRET']]]);
    expect(argvSecretSpans(['mysql', '--password', 'Tr1cky-Pass9'], detector(/Tr1cky/))).toEqual([[], [], [[0, 6, 'SECRET']]]);
    expect(argvSecretSpans(['mysql', '--password', 'Tr1cky', 'x'], detector(/Tr1cky/))).toEqual([[], [], [[0, 6, 'SECRET']], []]);
    // Starting inside the item, the end still goes to the item's end.
    expect(argvSecretSpans(['mysql', 'x-pTr1 cky'], passwordAfterP)).toEqual([[], [[3, 10, 'SECRET']]]);
  });

  it('the items are joined by one blank, empty items too', () => {
    const lines: string[] = [];
    const spy = (text: string): Detection[] => (lines.push(text), []);
    expect(argvSecretSpans(['mysql', '', '-u', 'root'], spy)).toBeUndefined();
    expect(argvSecretSpans(['', 'mysql'], spy)).toBeUndefined();
    expect(lines).toEqual(['mysql  -u root', 'mysql']);
    // An empty first item: the offsets still count from the line's start.
    expect(argvSecretSpans(['', 'mysql', '-pab'], passwordAfterP)).toEqual([[], [], [[2, 4, 'SECRET']]]);
  });

  it('only secrets; nothing found is undefined', () => {
    expect(argvSecretSpans(['mysql', '-phunter2'], detector(/(?<=-p)\S+/, 'pii.person', 'PERSON'))).toBeUndefined();
    expect(argvSecretSpans(['mysql', '-phunter2'], (t) => [...detector(/mysql/, 'pii.person', 'PERSON')(t), ...passwordAfterP(t)])).toEqual([[], [[2, 9, 'SECRET']]]);
    expect(argvSecretSpans(['mysql', '-u', 'root'], passwordAfterP)).toBeUndefined();
  });

  it('no command, a non-string item, too few or too many items, too long an item: undefined, unread', () => {
    let calls = 0;
    const counted = (text: string) => (calls++, passwordAfterP(text));
    expect(argvSecretSpans(['mysqlx', '-phunter2'], counted)).toBeUndefined();
    expect(argvSecretSpans(['mysql', 7, '-phunter2'], counted)).toBeUndefined();
    expect(argvSecretSpans(['-phunter2', 'mysql', null], counted)).toBeUndefined();
    expect(argvSecretSpans(['mysql'], counted)).toBeUndefined();
    expect(argvSecretSpans([], counted)).toBeUndefined();
    expect(argvSecretSpans(['mysql', ...Array.from({ length: 255 }, () => 'x'), '-phunter2'], counted)).toBeUndefined();
    expect(argvSecretSpans(['mysql', '-phunter2', 'y'.repeat(4097)], counted)).toBeUndefined();
    expect(calls).toBe(0);
    // The bounds themselves are read.
    expect(argvSecretSpans(['mysql', ...Array.from({ length: 254 }, () => 'x'), '-phunter2'], counted)?.[255]).toEqual([[2, 9, 'SECRET']]);
    expect(argvSecretSpans(['mysql', '-phunter2', 'y'.repeat(4096)], counted)).toEqual([[], [[2, 9, 'SECRET']], []]);
    // The command anywhere in the array, a command after a non-command item.
    expect(argvSecretSpans(['-phunter2', 'x', '/usr/bin/mysql'], counted)).toEqual([[[2, 9, 'SECRET']], [], []]);
    expect(calls).toBe(3);
  });
});

describe('detectArgvInText', () => {
  const found = (text: string, detect = passwordAfterP): Array<[number, number, string, string]> => {
    const out: Detection[] = [];
    detectArgvInText(text, out, detect);
    return out.map((d) => [d.start, d.end, text.slice(d.start, d.end), `${d.type}/${d.class}`]);
  };
  it('a JSON array and a Python list, at their offsets in the text', () => {
    expect(found('spawn(["mysql", "-u", "root", "-phunter2"])')).toEqual([[33, 40, 'hunter2', 'SECRET/secret']]);
    expect(found("x = ['sshpass', '-pS3cret', 'ssh', 'host']")).toEqual([[19, 25, 'S3cret', 'SECRET/secret']]);
    expect(found('[ "mysql" ,\n "-pab" , ]')).toEqual([[16, 18, 'ab', 'SECRET/secret']]);
  });
  it('several lists; a list of no command; an empty item', () => {
    expect(found('["ls", "-pab"] then ["mysql", "", "-pcd"] and ["psql", "-pef"]')).toEqual([
      [37, 39, 'cd', 'SECRET/secret'],
      [58, 60, 'ef', 'SECRET/secret'],
    ]);
    expect(found("['mysql', '', '-pab']")).toEqual([[17, 19, 'ab', 'SECRET/secret']]);
    expect(found('["mysql"]')).toEqual([]);
    expect(found('no list here')).toEqual([]);
  });
  it('every span of an item, the class secret', () => {
    expect(found('["curl", "ab cd"]', (t) => [...detector(/ab/, 'secret', 'A')(t), ...detector(/d/, 'secret', 'B')(t)])).toEqual([
      [10, 15, 'ab cd', 'A/secret'],
      [14, 15, 'd', 'B/secret'],
    ]);
  });
});
