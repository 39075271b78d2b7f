// A person's name after a label that names a person (`Patient:`, `Name:`, `Client:`), followed by
// a number on the same line, was stored raw: the rule that reads capitalized words before a house
// number as a street (`Joaquin Suarez 2906`, names.ts decide) won over the label. Found by the
// adapters' structure probe of 2026-12-07 (test/probe-2026-12-07-adapters.cases.md, L4: an AI SDK
// tool call's argument `Patient: John Smith 4111 1111 1111 1111` kept the name, the card masked).
// The kind: a name after such a label, then digits (a card, an account, a phone in groups, a bed,
// a count). Look-alikes: the same words and number with no label, or after an address's label.
import { describe, expect, it } from 'vitest';
import { createRedactor, detectSensitive } from '../../packages/core/src/index.js';

const persons = (text: string): string[] =>
  detectSensitive(text)
    .filter((found) => found.type === 'PERSON')
    .map((found) => text.slice(found.start, found.end));

describe('a name after a person label, before a number on its line', () => {
  it.each([
    ['Patient: John Smith 4111 1111 1111 1111', 'John Smith'],
    ['Patient: John Smith 12345', 'John Smith'],
    ['Patient: Amara Okafor 4111 1111 1111 1111', 'Amara Okafor'],
    ['Client: Maria Lopes 934 567 890', 'Maria Lopes'],
    ['Member: Tevita Havili 88231', 'Tevita Havili'],
    ['Name: Hope Brook 12', 'Hope Brook'],
    ['Customer name: Qxaro Vlintuk 4471', 'Qxaro Vlintuk'],
    ['Full name: Ana Ruiz 77', 'Ana Ruiz'],
    ['Insured: Wiremu Tapsell 20931', 'Wiremu Tapsell'],
    ['Guest: Sione Vake 3', 'Sione Vake'],
  ])('%s: the name is a person', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it('through the redactor: a tool call argument keeps neither the name nor the card', () => {
    const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(7) });
    const result = redactor.redact({ v: 1, id: 'x', ts: '2026-12-07T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', tool: { name: 'lookup', arguments: { q: 'Patient: John Smith 4111 1111 1111 1111' } } } as never);
    if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
    const stored = JSON.stringify((result as { event: unknown }).event);
    expect(stored).not.toContain('John');
    expect(stored).not.toContain('Smith');
    expect(stored).not.toContain('4111');
  });

  it.each([
    'Joaquin Suarez 2906',
    'Address: Joaquin Suarez 2906',
    'Ship to: Baker Street 221',
    'Product: Galaxy Note 20',
    'Ward: Lister 4',
  ])('%s: no person (no label naming a person before the words)', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

// The adapters' probe of 2026-12-07, M2: text a model or a client chooses lands in envelope fields
// that are structure (a tool's name, a decision's action, an error's type), read "only where certain"
// (redactor.ts structureName): a cue word before two capitalized words counted only with a blank
// after it, so `Patient: John Smith` (a colon) was stored raw where `Patient John Smith` was masked.
describe('a name after a person label with a colon in an envelope structure field', () => {
  const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(7) });
  const toolName = (name: string): string => {
    const result = redactor.redact({ v: 1, id: 'x', ts: '2026-12-07T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', tool: { name } } as never);
    if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
    return ((result as { event: { tool: { name: string } } }).event.tool.name);
  };
  it.each([
    ['Patient: John Smith', 'John'],
    ['patient Patient: John Smith', 'Smith'],
    ['Patient: Qxaro Vlintuk', 'Vlintuk'],
    ['Name=Qxaro Vlintuk', 'Qxaro'],
    ['Customer: Tevita Havili', 'Havili'],
    ['Insured: Wiremu Tapsell', 'Tapsell'],
  ])('tool name %s is masked', (name, part) => {
    const out = toolName(name);
    expect(out).not.toContain(part);
    expect(out).toContain('[PERSON:');
  });
  it.each(['Max Retries Exceeded', 'Status: Ready Now', 'Error: Build Failed', 'Jenkins Build', 'Ask Claude', 'Name: Search Orders'])('tool name %s is kept', (name) => {
    expect(toolName(name)).toBe(name);
  });
});
