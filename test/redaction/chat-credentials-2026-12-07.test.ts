// Credentials said in chat that the README-only leak probe of 2026-12-07 (F11, issue 11) found
// stored raw: a PIN after the Polish copula (`Mój PIN to 7716`) or a chat's `its` (`my pin number?
// its 0451`), security answers under labels of other languages (`Sicherheitsantwort`, `réponse
// secrète`, `respuesta secreta`, …), a mother's maiden name given as one (`Mädchenname der Mutter:
// Oberleitner`, `nazwisko panieńskie matki: Brzozowska`) and a first pet's name (`my first pet was
// called Biscuit`). Other spellings of each kind than the probe's; look-alikes kept.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks } from './masked-text.js';

describe('F11: PINs in chat', () => {
  it.each([
    ['Mój PIN to 7716', '7716'],
    ['moj pin to 4821, prosze o pomoc', '4821'],
    ['mój numer PIN: 9931', '9931'],
    ['my pin number? its 0451', '0451'],
    ["my PIN? it's 8824", '8824'],
    ['My pin is 3307.', '3307'],
  ])('%s', (text, value) => {
    expect(leaks(text, [value])).toEqual([]);
  });
  it('counts, years and other numbers stay', () => {
    expect(kept('my pin is 2 cm long; the PIN 1 header; our pin policy from 2024 is its 3rd version', ['2 cm', '2024'])).toEqual([]);
  });
});

describe('F11: security answers under labels of other languages', () => {
  it.each([
    ['Sicherheitsantwort: Schneewittchen', 'Schneewittchen'],
    ['Antwort auf die Sicherheitsfrage lautet Bello', 'Bello'],
    ['réponse secrète : Tournesol', 'Tournesol'],
    ['la réponse à la question secrète est Pompon', 'Pompon'],
    ['la respuesta secreta es Chiquitín', 'Chiquitín'],
    ['respuesta de seguridad: Canelo', 'Canelo'],
    ['risposta segreta: Briciola', 'Briciola'],
    ['geheim antwoord: Snuffie', 'Snuffie'],
    ['odpowiedź bezpieczeństwa: Burek', 'Burek'],
    ['Mädchenname der Mutter: Oberleitner', 'Oberleitner'],
    ['Geburtsname der Mutter ist Hinterseer', 'Hinterseer'],
    ['nazwisko panieńskie matki: Brzozowska', 'Brzozowska'],
    ['nom de jeune fille de la mère : Vaucouleurs', 'Vaucouleurs'],
    ['apellido de soltera de su madre: Ibarguren', 'Ibarguren'],
    ['meisjesnaam van de moeder: Wijnaldum', 'Wijnaldum'],
    ['my first pet was called Biscuit', 'Biscuit'],
    ["my first pet's name is Pickles", 'Pickles'],
    ['name of my first pet: Rascal', 'Rascal'],
    ['mein erstes Haustier hieß Strolch', 'Strolch'],
  ])('%s', (text, value) => {
    expect(leaks(text, [value])).toEqual([]);
  });
  it('prose about pets, answers and mothers stays', () => {
    expect(kept('My first pet was lovely. The answer is here. La respuesta es sencilla. Die Antwort lautet nein. My mother was born in Krakow.', ['lovely', 'here', 'sencilla', 'nein', 'Krakow'])).toEqual([]);
  });
});

describe('linear time', () => {
  it('labels repeated', () => {
    const make = (n: number) => 'Mój PIN to my pin number? its Sicherheitsantwort: réponse secrète first pet was called '.repeat(Math.ceil(n / 90)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
