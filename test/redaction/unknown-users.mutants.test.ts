// Issue 13: direct calls of unknown-users.ts (L10 of the probe of 2026-12-06: a password typed into the user-name
// field of an authentication log), written from the Stryker run of 2026-12-06 (docs/TESTING.md, the row of
// `unknown-users.ts`), whose only tests went through the redactor (probe-2026-12-06.test.ts: a handful of sshd and
// application lines). Each boundary below fails with its mutant made: the value's length and its characters' ranges,
// the trailing `$`, the email's shape, the three shapes of a password, the gate's three spellings, the spans, the
// reason's reach either side of a user-name member, and the object's member count, names and reason.
import { describe, expect, it } from 'vitest';
import type { Detection } from '../../packages/core/src/redaction/types.js';
import { detectUnknownUserPasswords, hasUserMember, passwordShaped, typedPasswordName, unknownUserPasswordMember } from '../../packages/core/src/redaction/unknown-users.js';

/** The values detectUnknownUserPasswords masks in `text`, as written, with their type. */
const found = (text: string): string[] => {
  const out: Detection[] = [];
  detectUnknownUserPasswords(text, out);
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
};
const member = (value: Record<string, unknown>): string | undefined => unknownUserPasswordMember(value, Object.keys(value));

describe('passwordShaped: length and characters', () => {
  it('takes 8 to 64 characters', () => {
    expect(passwordShaped('Wq7!rPz')).toBe(false);
    expect(passwordShaped('Wq7!rPz2')).toBe(true);
    const long = 'Wq7!rPz2'.repeat(8);
    expect(long.length).toBe(64);
    expect(passwordShaped(long)).toBe(true);
    expect(passwordShaped(`${long}x`)).toBe(false);
  });

  it('refuses a blank, a control character and DEL, which are no symbols', () => {
    expect(passwordShaped('Wq7!rP z2#')).toBe(false);
    expect(passwordShaped('Wq7!rP\tz2#')).toBe(false);
    expect(passwordShaped('Wq7!rP\u007fz2#')).toBe(false);
    // `!` (33), right above the blank, is a symbol.
    expect(passwordShaped('wqrpzv7!')).toBe(true);
  });

  it('reads the ends of a-z, A-Z and 0-9 as letters and digits, not symbols', () => {
    // Two kinds and a symbol would be a password: each of these is three kinds with no digit between letters.
    for (const value of ['ADMIN1234a', 'ADMIN1234z', 'admin1234A', 'admin1234Z', 'adminBBB0', 'adminBBB9']) expect(passwordShaped(value), value).toBe(false);
  });

  it('a digit between two letters counts at the ends of A-Z and a-z', () => {
    for (const value of ['Kk.mmA7Z', 'Kk.mma7z', 'Kk.mmZ7A', 'Kk.mmz7a']) expect(passwordShaped(value), value).toBe(true);
    // A digit beside a joiner or a digit, or at the end, is between no letters.
    for (const value of ['Pk8.wqz3', 'Pk.wqz33', 'Pkwq.z33']) expect(passwordShaped(value), value).toBe(false);
  });

  it('a trailing $ is a machine account\'s, a $ elsewhere a symbol', () => {
    expect(passwordShaped('admin123$')).toBe(false);
    expect(passwordShaped('admin$123')).toBe(true);
    expect(passwordShaped('$admin123')).toBe(true);
    // Another symbol at the end counts.
    expect(passwordShaped('Admin123!')).toBe(true);
    expect(passwordShaped('admin123!')).toBe(true);
  });

  it('the ASCII symbols past z and between Z and a are symbols, `_` a joiner that no letter is', () => {
    for (const value of ['admin123~', 'admin123{', 'admin123^', 'admin123`']) expect(passwordShaped(value), value).toBe(true);
    // A digit between two `_` is between no letters.
    expect(passwordShaped('Kkmmm_7_')).toBe(false);
  });

  it('each joiner is a user name\'s, not a symbol', () => {
    for (const value of ['admin.123', 'admin_123', 'admin-123', 'admin@123']) expect(passwordShaped(value), value).toBe(false);
  });
});

describe('passwordShaped: an email address is none', () => {
  it('refuses a login, @, a domain with a dot', () => {
    expect(passwordShaped('J0hn.Sm1th@example.com')).toBe(false);
    expect(passwordShaped('Pk8w.Qz3@mail.io')).toBe(false);
  });

  it('takes an @ first, a dot right after the @, a second @ or a symbol as a password', () => {
    expect(passwordShaped('@Pk8wQz3.Lm5t')).toBe(true);
    expect(passwordShaped('Pk8w@.Qz3Lm5t')).toBe(true);
    expect(passwordShaped('Pk8w@Qz3.Lm@5t')).toBe(true);
    expect(passwordShaped('Pk8!wQz3@mail.com')).toBe(true);
    // No dot after the @: no email either.
    expect(passwordShaped('Pk8w.Qz3@Lm5t')).toBe(true);
  });
});

describe('passwordShaped: the three shapes', () => {
  it('a symbol and two kinds', () => {
    expect(passwordShaped('hunter2!')).toBe(true);
    expect(passwordShaped('HUNTER2!')).toBe(true);
    expect(passwordShaped('hunTER!!')).toBe(true);
    // One kind and symbols.
    expect(passwordShaped('hunter!!x')).toBe(false);
    expect(passwordShaped('12345678!')).toBe(false);
  });

  it('three kinds, a joiner and a digit between letters', () => {
    expect(passwordShaped('Pk8w.qz3')).toBe(true);
    expect(passwordShaped('Pk8wqz3l')).toBe(false);
    expect(passwordShaped('pk8w.qz3')).toBe(false);
  });

  it('ten characters of three kinds, two digits between letters and two inner capitals', () => {
    expect(passwordShaped('Wq7rPz2vLm')).toBe(true);
    // Nine characters; one digit between letters; one capital after the first; two kinds only.
    expect(passwordShaped('Wq7rPz2vL')).toBe(false);
    expect(passwordShaped('Wq7rPz22Lm')).toBe(false);
    expect(passwordShaped('Wq7rpz2vLm')).toBe(false);
    expect(passwordShaped('WQ7RPZ2VLM')).toBe(false);
    expect(passwordShaped('wq7rpz2vlm')).toBe(false);
  });
});

describe('detectUnknownUserPasswords: the cues and the spans', () => {
  it('reads user, User and USER', () => {
    expect(found('sshd[1]: Invalid user Wq7!rPz2#vLm9 from 203.0.113.9')).toEqual(['PASSWORD:Wq7!rPz2#vLm9']);
    expect(found('User Hq3!pL8wZx2m does not exist')).toEqual(['PASSWORD:Hq3!pL8wZx2m']);
    expect(found('AUTH: INVALID USER Wq7!rPz2#vLm9 FROM 203.0.113.9')).toEqual(['PASSWORD:Wq7!rPz2#vLm9']);
    expect(new Set(found('NO SUCH USER: Wq7!rPz2#vLm9'))).toEqual(new Set(['PASSWORD:Wq7!rPz2#vLm9']));
  });

  it('masks the value only, quoted, after a colon or before the words', () => {
    expect(found('unknown username "Vb6Nm2Qx8Lr4!" from 203.0.113.7')).toEqual(['PASSWORD:Vb6Nm2Qx8Lr4!']);
    expect(found("auth: user 'Rt6&yU3iOp9z' not found")).toEqual(['PASSWORD:Rt6&yU3iOp9z']);
    const out: Detection[] = [];
    detectUnknownUserPasswords('x user unknown: Gd3!vB8nQx6z', out);
    expect(out).toEqual([{ start: 16, end: 28, type: 'PASSWORD', class: 'secret' }]);
  });

  it('leaves a user name\'s shape', () => {
    expect(found('Invalid user admin123 from 203.0.113.9')).toEqual([]);
    expect(found('user john.smith not found')).toEqual([]);
  });
});

describe('detectUnknownUserPasswords: a user-name member beside the reason', () => {
  const pad = (n: number): string => '.'.repeat(n);
  it('masks the member\'s value with the reason before or after it in its line', () => {
    expect(found('reason=user_not_found username=Qm4$Tz8pLx2w')).toEqual(['PASSWORD:Qm4$Tz8pLx2w']);
    expect(found('username=Qm4$Tz8pLx2w reason=user_not_found')).toEqual(['PASSWORD:Qm4$Tz8pLx2w']);
    expect(found('{"login":"Qm4$Tz8pLx2w","error":"UserNotFoundException"}')).toEqual(['PASSWORD:Qm4$Tz8pLx2w']);
  });

  it('reads the reason within 240 characters either side of the member, no further', () => {
    // Before: the reason starts 240 characters before the member (inside), or 241 (outside).
    const reason = 'user_not_found';
    const before = (gap: number): string => `${reason}${pad(gap)} username=Qm4$Tz8pLx2w`;
    expect(found(before(225))).toEqual(['PASSWORD:Qm4$Tz8pLx2w']);
    expect(found(before(226))).toEqual([]);
    // After: the reason's last character is the 240th after the member's value (inside), or the 241st.
    const after = (gap: number): string => `username=Qm4$Tz8pLx2w ${pad(gap)}${reason}`;
    expect(found(after(225))).toEqual(['PASSWORD:Qm4$Tz8pLx2w']);
    expect(found(after(226))).toEqual([]);
    // The same member far from a reason that another member is near: only the near one.
    expect(found(`username=Qm4$Tz8pLx2w ${pad(300)} reason=user_not_found login=Hx2%nR7vTq4w`)).toEqual(['PASSWORD:Hx2%nR7vTq4w']);
  });

  it('no reason in the text: no member is read', () => {
    expect(found('user login ok username=Qm4$Tz8pLx2w')).toEqual([]);
    expect(found('{"reason":"bad_password","username":"Tr5#Lq9zWm2x"}')).toEqual([]);
  });
});

describe('unknownUserPasswordMember: a log record as an object', () => {
  const pw = 'Tr5#Lq9zWm2x';
  it('finds the first user-name member of a password\'s shape beside the reason', () => {
    expect(member({ reason: 'user_not_found', username: pw })).toBe('username');
    expect(member({ user_name: pw, error: 'UNKNOWN_USER' })).toBe('user_name');
    expect(member({ 'Login-Name': pw, error: 'no such user' })).toBe('Login-Name');
    expect(member({ userName: 'marisol_q', login: pw, reason: 'user_not_found' })).toBe('login');
    expect(member({ username: pw, login: 'Qm4$Tz8pLx2w', reason: 'user_not_found' })).toBe('username');
  });

  it('refuses other members, other values and no reason', () => {
    expect(member({ note: pw, reason: 'user_not_found' })).toBeUndefined();
    expect(member({ username: 'marisol_q', reason: 'user_not_found' })).toBeUndefined();
    expect(member({ username: 12345678, reason: 'user_not_found' })).toBeUndefined();
    expect(member({ user: ['1', '2', '3', '4', '5', '6', '7', '8'], reason: 'user_not_found' })).toBeUndefined();
    expect(member({ username: pw, reason: 'bad_password' })).toBeUndefined();
    expect(member({ username: pw })).toBeUndefined();
  });

  it('the reason is another member, a string of at most 200 characters', () => {
    // A value that says it itself is no reason.
    expect(member({ username: 'UserNotFound!1x' })).toBeUndefined();
    expect(member({ username: pw, reason: `user_not_found ${'x'.repeat(185)}` })).toBe('username');
    expect(member({ username: pw, reason: `user_not_found ${'x'.repeat(186)}` })).toBeUndefined();
  });

  it('a reason in a list or an object one level down, at most 32 read and 200 characters each', () => {
    expect(member({ username: pw, errors: ['user_not_found'] })).toBe('username');
    expect(member({ username: pw, error: { code: 'UserNotFoundException' } })).toBe('username');
    expect(member({ username: pw, errors: ['bad_password', 'ERR_42', 'USER_NOT_FOUND'] })).toBe('username');
    const many = (count: number): string[] => [...Array.from({ length: count - 1 }, (_, k) => `e${k}`), 'user_not_found'];
    expect(member({ username: pw, errors: many(32) })).toBe('username');
    expect(member({ username: pw, errors: many(33) })).toBeUndefined();
    expect(member({ username: pw, errors: [`user_not_found ${'x'.repeat(185)}`] })).toBe('username');
    expect(member({ username: pw, errors: [`user_not_found ${'x'.repeat(186)}`] })).toBeUndefined();
    // Not two levels down, not a list of other words, not null or a number.
    expect(member({ username: pw, error: { detail: { code: 'user_not_found' } } })).toBeUndefined();
    expect(member({ username: pw, errors: ['bad_password'] })).toBeUndefined();
    expect(member({ username: pw, error: null, count: 3 })).toBeUndefined();
    expect(member({ username: pw, note: undefined, ok: false })).toBeUndefined();
    expect(member({ username: pw, errors: [['user_not_found']] })).toBeUndefined();
  });

  it('reads up to 32 members, not 33', () => {
    const record = (count: number): Record<string, unknown> => {
      const object: Record<string, unknown> = { reason: 'user_not_found', username: pw };
      for (let k = 2; k < count; k++) object[`x${k}`] = k;
      return object;
    };
    expect(member(record(32))).toBe('username');
    expect(member(record(33))).toBeUndefined();
  });
});

// 2026-12-07 (issue 13, the file's second run, docs/TESTING.md): typedPasswordName (4c1f313c, the open part of L10: a
// password of a user name's shape) and hasUserMember (2b553c3c) had no direct test; these were written from the
// survivors of that run's before run, each seen failing with its mutant made by hand.
describe('typedPasswordName: a password of a user name\'s shape', () => {
  it('8 to 64 characters', () => {
    expect(typedPasswordName('qwerty1')).toBe(false);
    expect(typedPasswordName('qwerty12')).toBe(true);
    const long = 'qwerty12'.repeat(8);
    expect(long.length).toBe(64);
    expect(typedPasswordName(long)).toBe(true);
    expect(typedPasswordName(`${long}x`)).toBe(false);
  });

  it('letters, digits and the joiners only, the whole value', () => {
    for (const value of ['qwerty.12', 'qwerty_12', 'qwerty@12', 'qwerty-12', 'QWERTY12']) expect(typedPasswordName(value), value).toBe(true);
    for (const value of ['qwerty12!', '!qwerty12', 'qwer ty12', 'qwerty1é2']) expect(typedPasswordName(value), value).toBe(false);
  });

  it('a digit and a letter, both', () => {
    // A stem with no digit, a repeated part of digits alone.
    expect(typedPasswordName('qwertyuiop')).toBe(false);
    expect(typedPasswordName('123123123')).toBe(false);
    expect(typedPasswordName('123a123a123a')).toBe(true);
  });

  it('reads each digit people write for a letter back, and no other', () => {
    // 4 for a, 0 for o, 3 for e, 1 for i, 5 for s, each alone.
    for (const value of ['p4ssword', 'passw0rd', 'l3tmein9', 'trustno1', 'pa5sword']) expect(typedPasswordName(value), value).toBe(true);
    for (const value of ['pa2sword', 'l8tmein9', 'trustno7']) expect(typedPasswordName(value), value).toBe(false);
  });

  it('a season or a month and a year, any case', () => {
    expect(typedPasswordName('Summer2024')).toBe(true);
    expect(typedPasswordName('DECEMBER25')).toBe(true);
    expect(typedPasswordName('Summer224')).toBe(false);
  });

  it('one part of three characters or more written twice or more, in any case, the half included', () => {
    expect(typedPasswordName('hunter2hunter2')).toBe(true);
    expect(typedPasswordName('Hunter2HUNTER2')).toBe(true);
    expect(typedPasswordName('ab1ab1ab1')).toBe(true);
    expect(typedPasswordName('ab1ab1ab1ab1')).toBe(true);
    // Two characters written five times; a part and a piece of it; a user name.
    expect(typedPasswordName('a1a1a1a1a1')).toBe(false);
    expect(typedPasswordName('hunter2hunt')).toBe(false);
    expect(typedPasswordName('hunter2hunter')).toBe(false);
    expect(typedPasswordName('jenkins01')).toBe(false);
    expect(typedPasswordName('hunter1990')).toBe(false);
  });
});

describe('hasUserMember: each user member, as the object spells it', () => {
  it('every name of the set, folded', () => {
    for (const key of ['user', 'username', 'login', 'loginname', 'account', 'accountname', 'principal', 'userid', 'subject', 'Login_Name', 'ACCOUNT-NAME', 'user__id']) expect(hasUserMember(['reason', key]), key).toBe(true);
    for (const key of ['users', 'user name', 'userkey', 'name', 'account.name']) expect(hasUserMember(['reason', key]), key).toBe(false);
  });
});
