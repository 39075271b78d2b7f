// A password in prose with a qualifier of three or more words between the password's word and the verb
// (the sixteenth README-only probe of 2026-12-05i, L7; issue 11): `La clave del portal de nóminas es …`,
// `Hasło do portalu płacowego to …` and romanized Japanese `Kyuyo portal no pasuwado wa … desu` were
// stored raw, while German, French, Dutch and Italian with the same qualifier were masked. The
// qualifier after the password's word takes up to four words (a preposition, an article, its words),
// the Polish `hasło do …` up to three, and the romanized Japanese word `pasuwado` with its topic
// particle `wa` is a label; words after a password's label that are no value stay.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { masked } from './masked-text.js';
import { timeRatio } from './linear-time.js';

describe('a password after a long qualifier is masked', () => {
  it.each([
    ['La clave del portal de nóminas es Luna$Roja2026.', 'Luna$Roja2026'],
    ['La contraseña del portal de empleados es Nube!Azul55.', 'Nube!Azul55'],
    ['La contraseña de la cuenta del banco nuevo es Perro#Gato99', 'Perro#Gato99'],
    ['Hasło do portalu płacowego to Bursztyn#2026Lato.', 'Bursztyn#2026Lato'],
    ['Hasło do systemu kadrowego to Zima#2027Mroz.', 'Zima#2027Mroz'],
    ['Hasło do nowego systemu kadrowego to Wiosna!88Deszcz', 'Wiosna!88Deszcz'],
    ['Kyuyo portal no pasuwado wa Sakura!Yuki2026 desu.', 'Sakura!Yuki2026'],
    ['Sisutemu no pasuwado wa Fuji!San88 desu.', 'Fuji!San88'],
    ['Pasuwaado wa Kumo#Ame42 desu', 'Kumo#Ame42'],
    ['A senha do portal de recursos humanos é Praia!Sol2026', 'Praia!Sol2026'],
    ['The password for the payroll admin portal is Tr0ub4dor&3x', 'Tr0ub4dor&3x'],
    ['La clave de la nómina es Sol#Playa77.', 'Sol#Playa77'],
  ])('%j', (text, secret) => {
    expect(masked(text)).not.toContain(secret);
    expect(detectSensitive(text).some((d) => d.class === 'secret')).toBe(true);
  });
});

describe('no value after the label stays', () => {
  it.each([
    'La clave del portal de nóminas es obligatoria.',
    'La contraseña del portal de empleados es demasiado corta.',
    'Hasło do portalu płacowego to tajemnica firmy.',
    'Kyuyo portal no pasuwado wa himitsu desu.',
    'The password for the payroll admin portal is expired.',
    'La clave del éxito de nuestro equipo es 2026.',
    'Pasuwado wa 8 moji ijou desu.',
    'Failed password for invalid user oracle from ::1 port 22 ssh2',
    'Accepted password for jdoe from fe80::1 port 22 ssh2',
    'the code on the back of the box is 4471',
    'The PIN for the door of the old shed is 4471',
  ])('%j', (text) => {
    expect(detectSensitive(text).filter((d) => d.class === 'secret')).toEqual([]);
  });
});

describe('linear time', () => {
  it('long runs of qualifier words after a password word', () => {
    const ratio = timeRatio((text) => detectSensitive(text), (n) => 'la contraseña del portal de la cuenta del banco de la empresa '.repeat(Math.ceil(n / 62)));
    expect(ratio).toBeLessThan(3);
  });
});
