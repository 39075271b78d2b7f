// L4 of the sixth README-only probe of 2026-12-04 (probe-2026-12-04f.cases.md): a full name written
// as a chat @mention (Slack, Teams, Google Chat and Jira comments pasted as text: `@Qxaro Vlintuk
// can you review?`, `+Qxaro Vlintuk added to the thread`, `@Vlintuk, Qxaro please check`) was
// stored raw: the `@` or `+` glued to the first word made it an identifier. The row's inputs and
// other spellings through the pipeline; one-word handles, group mentions and code annotations
// (`@here`, `@jdoe`, `@Override`, `@Bean public …`) stay.
import { describe, expect, it } from 'vitest';
import { storedInput, storedInputs } from './probe-2026-12-04f-helpers.js';

describe('the row (L4)', () => {
  it.each([
    ['@Qxaro Vlintuk can you review?', '@[PERSON] can you review?'],
    ['thanks @Qxaro Vlintuk for the quick fix', 'thanks @[PERSON] for the quick fix'],
    ['@Wenlix Dorvane please approve the refund', '@[PERSON] please approve the refund'],
    ['cc @Qxaro Vlintuk @Wenlix Dorvane', 'cc @[PERSON] @[PERSON]'],
    ['Hey @Qxaro Vlintuk, the patient in bed 4 needs a review', 'Hey @[PERSON], the patient in bed 4 needs a review'],
    ['Assigned: @Qxaro Vlintuk', 'Assigned: @[PERSON]'],
    ['Reviewer: @Qxaro Vlintuk', 'Reviewer: @[PERSON]'],
    ['+Qxaro Vlintuk added to the thread', '+[PERSON] added to the thread'],
    ['@Vlintuk, Qxaro please check', '@[PERSON] please check'],
  ])('%j', async (input, expected) => {
    const { value, raw } = await storedInput(input);
    expect(value).toBe(expected);
    expect(raw).not.toMatch(/Vlintuk|Dorvane/);
  });

  it('in a message list, and the row\u2019s masked forms still masked', async () => {
    const { values, raw } = await storedInputs([
      { messages: [{ text: '@Qxaro Vlintuk can you approve the refund today' }] },
      'Qxaro Vlintuk can you review?',
      '[~Qxaro Vlintuk]',
      '<@U024BE7LH|Qxaro Vlintuk>',
      '<at>Wenlix Dorvane</at>',
    ]);
    expect(values).toEqual([{ messages: [{ text: '@[PERSON] can you approve the refund today' }] }, '[PERSON] can you review?', '[~[PERSON]]', '<@U024BE7LH|[PERSON]>', '<at>[PERSON]</at>']);
    expect(raw).not.toMatch(/Vlintuk|Dorvane/);
  });
});

describe('other spellings of the kind (held back from the row)', () => {
  it.each([
    ['(@Mollquist Zephra) joined the channel', 'Mollquist'],
    ['"@Brannoch Sellwyn" was mentioned', 'Sellwyn'],
    ['@Dorvane, Wenlix can you sign', 'Dorvane'],
    ['+Mollquist, Zephra added', 'Mollquist'],
    ['[10:02] @Tevita Havili: @Zephra Mollquist the ticket is yours', 'Mollquist'],
    ['@Zoë Quillonne please look', 'Quillonne'],
    ['Jira: @Wenlix Dorvane moved PROJ-12 to Done', 'Dorvane'],
  ])('%j', async (input, secret) => {
    const { value, raw } = await storedInput(input);
    expect(value).toMatch(/\[PERSON\]/);
    expect(raw).not.toContain(secret);
  });
});

describe('look-alikes stay', () => {
  it('handles, group mentions, annotations and firms', async () => {
    const inputs = [
      '@here please review',
      '@channel Deploy Friday',
      '@jdoe LGTM',
      '@Override\npublic void run()',
      '@Bean public DataSource ds()',
      '@Injectable() export class Store',
      'user@Example Corp',
      'C++ Builder',
      '@Product Team please check',
      '@Support, Billing and Sales',
      'email @Acme, Inc today',
      '+1 Great idea',
    ];
    const { values } = await storedInputs(inputs);
    expect(values).toEqual(inputs);
  });
});
