// A house or plot number written with its own word before a street (`House No. 14, Nsuom Street`,
// `H/No. 12, Adewale Crescent`, `Plot No. 45, Ngong Road`; Ghana, Nigeria, Kenya, India): L11 of the
// seventeenth README-only probe (probe-2026-12-05j; issue 11). With no town after the street the line
// was stored whole; with a town the street and town were masked and `House No. 14,` stayed before
// `[ADDRESS]`. The lead, its number and the street are now one address. Look-alikes stay: a house
// number with no street word after it, a room or a lot number, a count after a comma.
import { describe, expect, it } from 'vitest';
import { masked } from './masked-text.js';

describe('a house number with its own word before a street (L11)', () => {
  it.each<[string, string]>([
    // the probe's
    ['He lives next door at House No. 14, Nsuom Street.', 'He lives next door at [ADDRESS]'], // (a street suffix keeps its dot: `Street.`, as before)
    ['Our prepaid meter at House No. 14, Nsuom Street, Kumasi ran out.', 'Our prepaid meter at [ADDRESS] ran out.'],
    // held back (the cases file's row)
    ['He lives at House No. 7, Asafo Road.', 'He lives at [ADDRESS]'],
    ['Address: House No. 22, Adabraka Street, Accra', 'Address: [ADDRESS]'],
    ['My house is House No. 41, Akwatia Line, near the market.', 'My house is [ADDRESS], near the market.'],
    ['The family stays at House No. 9, Kwame Nkrumah Avenue.', 'The family stays at [ADDRESS]'],
    ['Lives at House No. 3, Okai Street, Teshie.', 'Lives at [ADDRESS].'],
    // my own, written before the change
    ['Deliver to H/No. 12, Adewale Crescent, Ikeja please.', 'Deliver to [ADDRESS] please.'],
    ['Plot No. 45, Ngong Road, Nairobi is the site address.', '[ADDRESS] is the site address.'],
    ['She stays at Hse No. 5, Mango Lane in Tema.', 'She stays at [ADDRESS] in Tema.'],
    ['Ship to Plot No. 12, Sakumono Estate, Tema', 'Ship to [ADDRESS]'],
  ])('%j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it.each<[string, string[]]>([
    ['Flat No. 302, Residency Road, Bengaluru', ['302', 'Residency']],
    ['house no. 8, Ologun Street, Lagos', ['no. 8', 'Ologun']],
    ['H.No. 17, Spintex Road', ['17', 'Spintex']],
    ['House Number 6, Oxford Street, Osu', ['Number 6', 'Oxford Street']],
    ['Door No. 4, Gandhi Road', ['No. 4', 'Gandhi Road']],
    ['Hse. No. 19, Adjei Close, Madina', ['19', 'Adjei']],
    ['Send it to House #14, Nsuom Street', ['#14', 'Nsuom']],
    ['House No. 10 Downing Street', ['House No. 10', 'Downing']],
  ])('%j', (text, values) => {
    const out = masked(text);
    for (const value of values) expect(out).not.toContain(value);
  });

  it.each([
    'See House No. 3 in the draw results.',
    'House No. 12, and then we left early.',
    'Room No. 4, second floor, is booked.',
    'Plot No. 45, 3 acres, was sold in 2019.',
    'Lot No. 7, Batch 22 passed QC.',
    'House No. 3, Episode 4 was the best one.',
  ])('%j stays', (text) => {
    expect(masked(text)).not.toContain('ADDRESS');
  });
});
