// Personal data under member names in other languages, card security codes and dates of birth
// (attack 11c, findings F8 and F11): `nachname`, `nombre` beside `apellido`, `fecha_nacimiento`,
// `date_naissance`, `telefono`, `telefon`, `handynummer`, `born`, `CVV: 737`, `DOB:04121983` were
// stored raw.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { PSEUDONYM_PATTERN } from './pseudonym.js';
import { isDobKeyName, isPersonKeyName, isSecretKeyName, numberKeyKind } from './key-names.js';
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
const found = (text: string) => detectBuiltin(text, new Set(BUILTIN_DETECTORS)).map((d) => [d.type, text.slice(d.start, d.end)]);

describe('personal data under member names in other languages', () => {
  it('the attacker inputs: names, dates of birth, phones', async () => {
    const out = await redacted({
      names: { vorname: 'Lotte', nachname: 'Brandvold', nombre: 'Ximena', apellido: 'Quispe', prenom: 'Anaïs', nom: 'Lefebvre' },
      dobs: { geburtsdatum: '04.12.1983', fecha_nacimiento: '1983-12-04', date_naissance: '04/12/1983', born: '1983-12-05', birth_date: '1983-12-06', date_of_birth: '1983-12-07', birthdate: '1983-12-08' },
      phones: { telefono: '0612345678', telefon: '030123456', handynummer: '01761234567' },
    });
    for (const value of ['Brandvold', 'Ximena', 'Quispe', 'Lefebvre', '04.12.1983', '1983-12-0', '04/12/1983', '0612345678', '030123456', '01761234567']) expect(out).not.toContain(value);
  });

  it('a date of birth under its key with whose it is after it (fecha_nacimiento_titular, birth_date_holder) is masked', async () => {
    const out = await redacted({ fecha_nacimiento_titular: '1983-12-04', fechaNacimientoTitular: '04/12/1983', birth_date_holder: '1983-12-06', birthday_party: 'pirates' });
    for (const value of ['1983-12-04', '04/12/1983', '1983-12-06']) expect(out).not.toContain(value);
    expect(out).toContain('pirates');
  });

  it.each(['vorname', 'Nachname', 'familienname', 'prénom', 'nom_de_famille', 'apellidos', 'cognome', 'sobrenome', 'achternaam', 'voornaam', 'nazwisko', 'imię', 'efternamn', 'förnamn'])(
    '%s is a person key', (name) => expect(isPersonKeyName(name)).toBe(true),
  );
  it.each(['name', 'nom', 'nombre', 'nome', 'naam', 'toolName', 'fileName', 'nombre_archivo', 'nom_fichier', 'hostname', 'userName'])(
    '%s alone is not', (name) => expect(isPersonKeyName(name)).toBe(false),
  );

  it('a generic name key is a person name only beside a surname key', async () => {
    expect(await redacted({ nombre: 'Zyxwbel Corp', apellido: 'Qorvath' })).not.toMatch(/Zyxwbel|Qorvath/);
    expect(await redacted({ nom: 'Zyxwbel', prenom: 'Qorvath' })).not.toMatch(/Zyxwbel|Qorvath/);
    // A product or a tool named by `nombre`/`name` alone stays.
    expect(await redacted({ nombre: 'silla plegable', precio: 12 })).toContain('silla plegable');
    expect(await redacted({ name: 'web.fetch', nombre_archivo: 'informe.pdf' })).toContain('informe.pdf');
  });

  it.each(['dob', 'patient_dob', 'birth_date', 'birthDate', 'date_of_birth', 'customerDateOfBirth', 'born', 'fecha_nacimiento', 'fechaDeNacimiento', 'date_naissance', 'geburtsdatum', 'data_di_nascita', 'data_nascimento', 'geboortedatum', 'data_urodzenia', 'födelsedatum'])(
    '%s is a date-of-birth key', (name) => expect(isDobKeyName(name)).toBe(true),
  );
  it.each(['date', 'created_at', 'birth', 'doberman', 'updated_date', 'stubborn'])('%s is not', (name) => expect(isDobKeyName(name)).toBe(false));

  it.each(['telefono', 'teléfono', 'telefon', 'telefonnummer', 'handynummer', 'handy', 'mobilnummer', 'numero_de_telephone', 'telefone', 'celular', 'telefoon', 'mobiel', 'komorka', 'numero_telefono'])(
    '%s is a phone key', (name) => expect(numberKeyKind(name)).toBe('PHONE'),
  );
  it.each(['telefon_typ', 'phone_type', 'numero', 'nummer'])('%s is not', (name) => expect(numberKeyKind(name)).toBeUndefined());
});

describe('card security codes', () => {
  it.each(['cvv', 'cvc', 'cvv2', 'cvc2', 'csc', 'security_code', 'card_code', 'cardSecurityCode', 'card_verification_value'])('%s is a secret key', (name) => {
    expect(isSecretKeyName(name)).toBe(true);
  });
  it('member values are masked', async () => {
    const out = await redacted({ card: { cvv2: '737', csc: 4821, security_code: '123', card_code: '999' } });
    // Looked for outside the pseudonyms: their random base32 (a-z, 2-7) held `737` about 1 run in 300.
    const outside = out.replace(PSEUDONYM_PATTERN, '[pseudonym]');
    expect(outside).toContain('[pseudonym]');
    for (const value of ['737', '4821', '123', '999']) expect(outside).not.toContain(value);
  });
  it.each([
    ['CVV: 737, expiry 03/30', '737'],
    ['card 4111 1111 1111 1111 exp 12/29 cvv 123', '123'],
    ['CVC2 4821', '4821'],
    ['the security code is 321', '321'],
    ['card security code: 0457', '0457'],
  ])('%s', (text, code) => expect(found(text)).toContainEqual(['CVV', code]));
  it.each(['cvv is required', 'CVV 12345 rows', 'the code 123 is wrong', 'CSC 101 course'])('no code: %s', (text) => {
    expect(found(text).filter(([type]) => type === 'CVV')).toEqual([]);
  });
});

describe('dates of birth written without separators', () => {
  it.each([['DOB:04121983', '04121983'], ['dob 19831204', '19831204'], ['Geburtsdatum: 04121983', '04121983']])('%s', (text, date) => {
    expect(found(text)).toContainEqual(['DOB', date]);
  });
  it.each(['DOB: 041219831', 'order 04121983'])('not: %s', (text) => expect(found(text).filter(([type]) => type === 'DOB')).toEqual([]));
});
