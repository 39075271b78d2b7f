import { describe, expect, it } from 'vitest';
import { createRedactor, detectSensitive } from '@agent-audit/core';

// O2-O6 of the eighth probe of 2026-12-05 (test/redaction/probe-2026-12-05a.cases.md, issue 11):
// look-alikes read as persons. O2 clinical scales named after two persons (`Hoehn and Yahr stage
// 2`) and `Fontaine stage IIb`; O3 a possessive place name (`Martha's Vineyard`, `King's Lynn`);
// O4 a founder's-name brand before a product noun (`Betty Crocker frosting`); O5 a car's make and
// model (`Toyota Prius`) under `vehicle` and after a colour; O6 dog and cat breeds under `breed`
// and in a pet's parenthesis. Real persons in the same shapes stay masked.
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

const key = new Uint8Array(32).fill(9);
const resultOf = (result: unknown, session = 's1'): Record<string, unknown> =>
  (createRedactor({ pseudonymKey: key }).redact({ v: 1, type: 'tool.result', session, tool: { name: 'ride.lookup', result } } as never, {} as never) as { event: { tool: { result: Record<string, unknown> } } }).event.tool.result;

describe('O2: clinical scales named after two persons, and Fontaine stage', () => {
  it('the probe rows', () => {
    expect(persons('Assessment: Hoehn and Yahr stage 2.')).toEqual([]);
    expect(persons('Parkinson disease, Hoehn and Yahr stage 2')).toEqual([]);
    expect(persons('Knee X-ray: Kellgren and Lawrence grade 3.')).toEqual([]);
    expect(persons('SAH, Hunt and Hess grade 2 on arrival.')).toEqual([]);
    expect(persons('PAD, Fontaine stage IIb.')).toEqual([]);
    expect(resultOf({ assessment: 'Parkinson disease, Hoehn and Yahr stage 2' })).toEqual({ assessment: 'Parkinson disease, Hoehn and Yahr stage 2' });
  });
  it('held back: other scale nouns', () => {
    expect(persons('Kellgren and Lawrence classification applied.')).toEqual([]);
    expect(persons('Hoehn and Yahr scale 3')).toEqual([]);
  });
  it('persons in the same shapes stay masked', () => {
    expect(persons('Dr. Hoehn saw the patient.')).toEqual(['Hoehn']);
    expect(persons('Martha Hoehn and Peter Yahr signed.').length).toBeGreaterThan(0);
    expect(persons('Patient: Amara Fontaine, stage 2 referral.')).toEqual(['Amara Fontaine']);
    expect(persons('Dr. Hunt and Dr. Hess reviewed the scan.')).toEqual(['Hunt', 'Hess']);
    expect(persons('Okafor grade 3 maths test.')).toEqual(['Okafor']);
  });
});

describe('O3: a possessive place name', () => {
  it('the probe rows', () => {
    expect(persons('Ferry to Martha\'s Vineyard on Friday.')).toEqual([]);
    expect(persons('Ferry to King\'s Lynn on Friday.')).toEqual([]);
    expect(resultOf({ note: 'Ferry to Martha\'s Vineyard on Friday.' })).toEqual({ note: 'Ferry to Martha\'s Vineyard on Friday.' });
  });
  it('kept before: other possessive places', () => {
    expect(persons('Ferry to Land\'s End on Friday.')).toEqual([]);
    expect(persons('Train to Bishop\'s Stortford on Friday.')).toEqual([]);
  });
  it('persons in the same shapes stay masked', () => {
    expect(persons('Martha called about the invoice.')).toEqual(['Martha']);
    expect(persons('Ferry to Martha\'s house on Friday.')).toEqual(['Martha']);
    expect(persons('Dear Martha, the ferry leaves Friday.')).toEqual(['Martha']);
  });
});

describe('O4: a founder\'s-name brand before a product noun', () => {
  it('the probe rows', () => {
    expect(persons('Return of one Betty Crocker frosting, order 112-4478123-9981234.')).toEqual([]);
    expect(persons('Return of one Duncan Hines cake mix, order 112-4478123-9981234.')).toEqual([]);
    expect(persons('Return of one Benjamin Moore paint, order 112-4478123-9981234.')).toEqual([]);
    expect(persons('Return of one Jack Wolfskin backpack, order 112-4478123-9981234.')).toEqual([]);
    expect(persons('Return of one Paul Mitchell shampoo, order 112-4478123-9981234.')).toEqual([]);
    expect(persons('Return of one Dell XPS 13 laptop, order 112-4478123-9981234.')).toEqual([]);
  });
  it('kept before: brands of the same sentence', () => {
    expect(persons('Return of one Ted Baker dress, order 112-4478123-9981234.')).toEqual([]);
    expect(persons('Return of one Calvin Klein jeans, order 112-4478123-9981234.')).toEqual([]);
  });
  it('persons in the same shapes stay masked', () => {
    expect(persons('Betty Crocker-Smith, DOB 1961-04-02, called about the frosting.')).toEqual(['Betty Crocker-Smith']);
    expect(persons('Name: Betty Crocker, order 112-4478123-9981234.')).toEqual(['Betty Crocker']);
    expect(persons('Patient: Paul Mitchell, seen for a rash after a shampoo.')).toEqual(['Paul Mitchell']);
    expect(persons('Paul Mitchell returned the shampoo.')).toEqual(['Paul Mitchell']);
    expect(persons('Dell Jones returned the laptop.')).toEqual(['Dell Jones']);
  });
});

describe('O5: a car\'s make and model', () => {
  it('the probe rows', () => {
    expect(resultOf({ vehicle: 'Toyota Prius' })).toEqual({ vehicle: 'Toyota Prius' });
    expect(resultOf({ vehicle: 'Nissan Leaf' })).toEqual({ vehicle: 'Nissan Leaf' });
    expect(persons('Your driver arrives in a grey Toyota Prius, plate 8XYZ123.')).toEqual([]);
    expect(persons('Your driver arrives in a grey Nissan Leaf, plate 8XYZ123.')).toEqual([]);
    expect(persons('Your driver arrives in a grey Kia Soul, plate 8XYZ123.')).toEqual([]);
    expect(persons('Your driver arrives in a silver Toyota Camry.')).toEqual([]);
  });
  it('a person\'s name under a person\'s key stays masked (`driver` holds a person)', () => {
    const out = resultOf({ driver: 'Amara Okafor', vehicle: 'Toyota Prius' });
    expect(String(out.driver)).toMatch(/^\[PERSON:/);
    expect(out.vehicle).toBe('Toyota Prius');
    expect(String(resultOf({ driver: 'Toyota Prius' }, 's2').driver)).toMatch(/^\[PERSON:/);
    expect(String(resultOf({ vehicle: 'Amara Okafor' }, 's3').vehicle)).toMatch(/^\[PERSON:/);
  });
  it('persons in the same shapes stay masked', () => {
    expect(persons('Kia Soulby called about the refund.')).toEqual(['Kia Soulby']);
    expect(persons('Driver Kia Johnson arrives in a grey Toyota Prius.')).toEqual(['Kia Johnson']);
  });
});

describe('O6: dog and cat breeds', () => {
  it('the probe rows', () => {
    for (const breed of ['Labrador Retriever', 'Golden Retriever', 'Jack Russell Terrier', 'Cavalier King Charles Spaniel', 'Maine Coon']) {
      expect(resultOf({ pet: { name: 'Biscuit', breed } })).toEqual({ pet: { name: 'Biscuit', breed } });
    }
    expect(persons('Pet: Biscuit (Labrador, 6y)')).not.toContain('Labrador');
    expect(persons('Patient: Oscar (Jack Russell, 9y)')).not.toContain('Jack Russell');
    expect(persons('Owner notes: Jack Russell Terrier, neutered.')).toEqual([]);
    expect(persons('Breed: Golden Retriever')).toEqual([]);
  });
  it('persons in the same shapes stay masked', () => {
    expect(persons('Owner: Jack Russell (mobile on file).')).toEqual(['Jack Russell']);
    expect(persons('Jack Russell, 9y old client, called.')).toContain('Jack Russell');
    expect(persons('Carrie Coon called about the invoice.')).toEqual(['Carrie Coon']);
    expect(String(resultOf({ owner: 'Jack Russell' }, 's4').owner)).toMatch(/^\[PERSON:/);
  });
});
