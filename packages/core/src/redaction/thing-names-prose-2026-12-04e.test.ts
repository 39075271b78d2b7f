// P3 of the fifth probe of 2026-12-04 (test/redaction/probe-2026-12-04e.cases.md), the prose form:
// colour, product, feature and plan names made of words that are also names read as persons (`a
// Rose Gold iPhone 15` → `a [PERSON] iPhone 15`, `Use Bill Pay in the app, or Online Banking` →
// both PERSON). The JSON form (`{tier:'Rose Gold'}`) is thing-names-2026-12-04e.test.ts. A person
// with such a name after a cue, a title or before a person's verb stays masked.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger } from '@agent-audit/core';
import { detectBuiltin } from './detectors.js';
import { storedJsonl } from '../../../../test/redaction/stored.js';

const persons = (text: string): string[] => detectBuiltin(text, new Set(['person'])).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('thing names in prose kept (P3)', () => {
  it('colour names before a product\'s noun, and a product\'s head ending the run', () => {
    expect(persons('a Rose Gold iPhone 15')).toEqual([]);
    expect(persons('I bought a Rose Gold iPhone last week')).toEqual([]);
    expect(persons('Rose Gold iPhone 15 Pro, 256 GB')).toEqual([]);
    expect(persons('Hunter Green jacket, size M')).toEqual([]);
    expect(persons('Pearl White Model Y with a tow hitch')).toEqual([]);
    expect(persons('a box of the Jasmine Green tea')).toEqual([]);
  });

  it('feature and plan names: a feature\'s noun after, a verb of using or buying before, an article before an offer\'s word', () => {
    expect(persons('Try the Bill Pay feature')).toEqual([]);
    expect(persons('Use Bill Pay in the app, or Online Banking')).toEqual([]);
    expect(persons('Set up Bill Pay today')).toEqual([]);
    expect(persons('Will Call pickup is at the back; the Will Call window opens at 9')).toEqual([]);
    expect(persons('Save 20% in the Summer Sale')).toEqual([]);
    expect(persons('Online Banking is down')).toEqual([]);
  });

  it('already kept before, and still: a plan word and a colour the lists hold as no name', () => {
    expect(persons('upgrade to Jade Premium')).toEqual([]);
    expect(persons('Ruby Red lipstick')).toEqual([]);
    expect(persons('our Grace Period policy')).toEqual([]);
  });
});

describe('persons with those names stay masked (P3)', () => {
  it('after a cue, a title or a greeting, before a person\'s verb, with a possessive', () => {
    expect(persons('Dear Rose Gold, your order has shipped')).toEqual(['Rose Gold']);
    expect(persons('patient Will Call was seen today')).toEqual(['Will Call']);
    expect(persons('Rose Gold called about her order')).toEqual(['Rose Gold']);
    expect(persons('Ms. Hunter Green jacket size')).toEqual(['Hunter Green']);
    expect(persons('Rose Gold\'s iPhone is broken')).toEqual(['Rose Gold']);
    expect(persons('Ask Will Call about it')).toEqual(['Will Call']);
    expect(persons('Amara Okafor bought a Rose Gold iPhone')).toEqual(['Amara Okafor']);
    expect(persons('Use Amara Okafor as a reference')).toEqual(['Amara Okafor']);
  });

  it('the person and the product in one text: the person masked, the product kept', () => {
    expect(persons('Dear Rose Gold, your Rose Gold iPhone shipped')).toEqual(['Rose Gold']);
    expect(persons('Hunter Green said the Hunter Green jacket fits')).toEqual(['Hunter Green']);
  });

  it('a verb that opens a sentence is part of a two-word name before a person\'s verb (`Bill Pay called`)', () => {
    expect(persons('Bill Pay called about the invoice')).toEqual(['Bill Pay']);
    expect(persons('Mr. Bill Pay arrived')).toEqual(['Bill Pay']);
    // Still the verb before a name, or a service.
    expect(persons('Call Rose Gold about the Rose Gold finish')).toEqual(['Rose Gold']);
    expect(persons('Call Support')).toEqual([]);
    expect(persons('Pay Bill')).toEqual([]);
  });
});

describe('properties (P3)', () => {
  const things = ['Rose Gold', 'Ruby Red', 'Hunter Green', 'Pearl White', 'Bill Pay', 'Will Call', 'Coral Pink', 'Olive Green'];
  it('a pair of common words before a product\'s or a feature\'s noun is kept', () => {
    fc.assert(
      fc.property(fc.constantFrom(...things), fc.constantFrom('iPhone', 'lipstick', 'jacket', 'finish', 'feature', 'pickup', 'edition', 'plan'), fc.constantFrom('', 'a ', 'the ', 'I love the ', 'Order a '), (thing, noun, lead) => {
        expect(persons(`${lead}${thing} ${noun} is here`)).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  it('the same pair is a person after a cue, a title or before a person\'s verb, whatever noun follows later', () => {
    fc.assert(
      fc.property(fc.constantFrom(...things.filter((thing) => thing !== 'Ruby Red')), fc.constantFrom('iPhone', 'lipstick', 'jacket', 'feature'), fc.constantFrom((t: string) => `Dear ${t}, thanks`, (t: string) => `patient ${t} was seen`, (t: string) => `Mr. ${t} arrived`, (t: string) => `${t} said the order is late`), (thing, noun, frame) => {
        expect(persons(`${frame(thing)}; the ${noun} is here`)).toEqual([thing]);
      }),
      { numRuns: 120 },
    );
  });
});

describe('in the ledger (createAuditor, file ledger)', () => {
  it('stores the product\'s names as written and the person masked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thing-names-prose-'));
    const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 76)]) }) });
    auditor.record({ type: 'tool.result', session: 'p3-a', tool: { name: 'shop.order', result: 'Order 1042: a Rose Gold iPhone 15, Hunter Green jacket. Use Bill Pay in the app, or Online Banking.' } } as never);
    auditor.record({ type: 'tool.result', session: 'p3-b', tool: { name: 'crm.note', result: 'Dear Wenlix Dorvane, patient Will Call was seen today.' } } as never);
    await auditor.close();
    const text = storedJsonl(join(dir, 'ledger'));
    for (const kept of ['a Rose Gold iPhone 15, Hunter Green jacket. Use Bill Pay in the app, or Online Banking.']) expect(text).toContain(kept);
    for (const raw of ['Wenlix', 'Dorvane', 'Will Call']) expect(text, raw).not.toContain(raw);
  });
});
