// Passwords under member names and prose labels in other languages and scripts (attack 11c,
// findings F2 and F4): `{passwort: …}`, `{mot_de_passe: …}`, a full-width `ｐａｓｓｗｏｒｄ` key,
// `パスワード: …`, `密码是…`, `비밀번호: …`, `كلمة المرور: …` were stored raw. One word list
// (PASSWORD_WORDS, key-names.ts) serves member names and prose labels.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { isSecretKeyName, PASSWORD_WORDS } from './key-names.js';
import { BUILTIN_DETECTORS, detectBuiltin } from './detectors.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });

async function redacted(args: JsonValue): Promise<string> {
  const event: UnsealedEvent = {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    tool: { name: 'crm.update', arguments: args },
  };
  return JSON.stringify((await redactor.redact(event, { capture: {} } as never)).event.tool?.arguments);
}
const masked = (text: string) => detectBuiltin(text, new Set(BUILTIN_DETECTORS)).map((d) => text.slice(d.start, d.end));

describe('password member names in other languages', () => {
  it('the attacker input: passwort, kennwort, contrasena, mot_de_passe, senha', async () => {
    const out = await redacted({ passwort: 'Geheim', kennwort: 'Geheim2', contrasena: 'secreto1', mot_de_passe: 'secretfr', senha: 'segredo' });
    for (const value of ['Geheim', 'secreto1', 'secretfr', 'segredo']) expect(out).not.toContain(value);
  });

  it('a full-width key is folded (NFKC)', async () => {
    expect(await redacted({ 'ｐａｓｓｗｏｒｄ': 'FwKeyPw#82' })).not.toContain('FwKeyPw#82');
  });

  it.each([
    'Passwort', 'db_passwort', 'neuesKennwort', 'contraseña', 'contraseña', 'user_contrasena', 'motDePasse', 'mot-de-passe', 'MOT_DE_PASSE',
    'senha', 'palavra_passe', 'wachtwoord', 'hasło', 'haslo', 'lösenord', 'losenord', 'salasana', 'parola', 'heslo', 'jelszó', 'jelszo',
    'пароль', 'κωδικός', 'パスワード', '密码', '密碼', '用户密码', '비밀번호', 'كلمة المرور', 'كلمة_السر', 'סיסמה', 'पासवर्ड', 'şifre', 'sifre',
    'passwort2', 'kennwort_confirm', 'pw',
  ])('%s names a password', (name) => {
    expect(isSecretKeyName(name)).toBe(true);
  });

  it.each(['passwort_hint', 'kennwortLength', 'name', 'toolName', 'fileName', 'nombre_archivo', 'shipping', 'compass', 'passage', 'senhor', 'parolaio'])(
    '%s does not', (name) => {
      expect(isSecretKeyName(name)).toBe(false);
    },
  );

  it('every word of the list names a password, with and without separators', () => {
    for (const word of PASSWORD_WORDS) {
      expect(isSecretKeyName(word)).toBe(true);
      expect(isSecretKeyName(`db_${word.replace(/ /g, '_')}`)).toBe(true);
    }
  });
});

describe('password labels in prose, other scripts', () => {
  it.each([
    ['パスワード: Tr1cky#Pass80', 'Tr1cky#Pass80'],
    ['密码是 Tr1cky#Pass81', 'Tr1cky#Pass81'],
    ['我的密码是Tr1cky#Pass81，请保密。', 'Tr1cky#Pass81'],
    ['密碼：Tr1cky#Pass84。', 'Tr1cky#Pass84'],
    ['비밀번호: Tr1cky#Pass82', 'Tr1cky#Pass82'],
    ['비밀번호는 Tr1cky#Pass85입니다', 'Tr1cky#Pass85'],
    ['パスワードは「Tr1cky Pass86」です', 'Tr1cky Pass86'],
    ['كلمة المرور: Tr1cky#Pass83', 'Tr1cky#Pass83'],
    ['كلمة السر: Tr1cky#Pass87', 'Tr1cky#Pass87'],
    ['סיסמה: Tr1cky#Pass88', 'Tr1cky#Pass88'],
    ['पासवर्ड: Tr1cky#Pass89', 'Tr1cky#Pass89'],
    ['Κωδικός: Tr1cky#Pass90', 'Tr1cky#Pass90'],
    ['Contraseña: Tr1cky#Pass91', 'Tr1cky#Pass91'],
    ['wagwoord: Tr1cky#Pass92', 'Tr1cky#Pass92'],
  ])('%s', (text, secret) => {
    expect(masked(text)).toContain(secret);
  });

  it.each(['パスワードを忘れました', 'パスワードが間違っています', '密码错误，请重试', '비밀번호가 틀렸습니다', '密码是多少？', 'كلمة المرور مطلوبة'])(
    'no value: %s', (text) => {
      expect(masked(text)).toEqual([]);
    },
  );
});
