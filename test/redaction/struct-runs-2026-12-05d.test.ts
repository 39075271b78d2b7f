// L1, L5 and L6 of the eleventh probe of 2026-12-05 (test/redaction/probe-2026-12-05d.cases.md):
// - L1: a label and its value in sibling rich-text runs (Atlassian ADF text nodes, Slack
//   `rich_text` elements, Google Docs `textRun`s, Notion rich text): the label ends one run, the
//   value is the whole next run (redactor.ts runLabelled, rich-text-runs.ts);
// - L5: a health-plan member id after a bare `member` / `Member #` in prose, and under an
//   `Insurer ID` column or member (health-ids.ts);
// - L6: a Markdown table whose header row follows text on the same line (`Found: | Name | DOB |`,
//   tables.ts drawnAt).
// Each block holds the probe's inputs, held-back inputs of the same kind and look-alikes that stay.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]), sessionMemory: false });
function stored(args: unknown): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result: args } } as never, { capture: {} });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return JSON.stringify((result as { event: { tool: { result: unknown } } }).event.tool.result);
}
const raw = (out: string, value: string): boolean => new RegExp(`(?<![0-9A-Za-z])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9A-Za-z])`, 'i').test(out);

const adf = (label: string, value: string, mark = 'strong') => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: label }, { type: 'text', text: value, marks: [{ type: mark }] }] }] });
const slack = (label: string, value: string) => ({ blocks: [{ type: 'rich_text', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: label, style: { bold: true } }, { type: 'text', text: value }] }] }] });
const gdocs = (label: string, value: string) => ({ body: { content: [{ paragraph: { elements: [{ textRun: { content: label } }, { textRun: { content: value, textStyle: { bold: true } } }] } }] } });
const notion = (label: string, value: string) => ({ rich_text: [{ type: 'text', text: { content: label, link: null }, annotations: { bold: true }, plain_text: label }, { type: 'text', text: { content: value, link: null }, annotations: { bold: false }, plain_text: value }] });

describe('L1: a label and its value in sibling rich-text runs', () => {
  it.each([
    // The probe's inputs.
    ['ADF DOB', adf('Verified identity with DOB ', '1983-07-19'), '1983-07-19'],
    ['ADF patient name', adf('Patient name: ', 'quintanilla', 'em'), 'quintanilla'],
    ['ADF member id', adf('Member ID: ', 'ZGP552108773'), 'ZGP552108773'],
    ['Slack DOB', slack('DOB ', '1983-07-19'), '1983-07-19'],
    ['Slack patient', slack('Patient: ', 'hyacinth oduya'), 'hyacinth oduya'],
    ['Docs date of birth', gdocs('Date of birth: ', '1983-07-19'), '1983-07-19'],
    // Held back: other labels, other run formats.
    ['Notion date of birth', notion('Date of birth: ', '1990-11-28'), '1990-11-28'],
    ['Notion surname', notion('Surname: ', 'thistlecrake'), 'thistlecrake'],
    ['ADF last name', adf('Last name: ', 'Dorvane'), 'Dorvane'],
    ['Slack MRN', slack('MRN ', '00482913'), '00482913'],
    ['Docs subscriber id', gdocs('Subscriber ID: ', 'XEH884512376'), 'XEH884512376'],
    ['Slack birth date', slack('Birth date - ', '07/19/1983'), '07/19/1983'],
    ['ADF passport', adf('Passport number: ', 'K8812044'), 'K8812044'],
    ['Quill delta', { ops: [{ insert: 'Date of birth: ' }, { insert: '1983-07-19', attributes: { bold: true } }, { insert: '\n' }] }, '1983-07-19'],
    ['Slate leaves', { type: 'paragraph', children: [{ text: 'Surname: ' }, { text: 'thistlecrake', bold: true }] }, 'thistlecrake'],
  ] as Array<[string, unknown, string]>)('%s', (_name, input, value) => {
    expect(raw(stored(input), value)).toBe(false);
  });
  it('values the shape decides stay masked, the text around stays', () => {
    const out = stored({ type: 'paragraph', content: [{ type: 'text', text: 'SSN: ' }, { type: 'text', text: '536-22-8514', marks: [{ type: 'strong' }] }, { type: 'text', text: ' on file.' }] });
    expect(raw(out, '536-22-8514')).toBe(false);
    expect(out).toContain('SSN: ');
    expect(out).toContain(' on file.');
  });
  it.each([
    // Look-alikes: labels of no personal value, a label word glued to the next run, a sentence after a label.
    ['status', adf('Status: ', 'Resolved'), ['Status: ', 'Resolved']],
    ['date', slack('Date: ', '2026-12-05'), ['2026-12-05']],
    ['priority', gdocs('Priority: ', 'High'), ['High']],
    ['ticket', adf('Ticket ', 'SUP-412'), ['SUP-412']],
    ['glued word', adf('Escalated to the DOB', '-check queue'), ['-check queue']],
    ['a sentence after patient', slack('Patient: ', 'education materials were sent by mail'), ['education materials were sent by mail']],
    ['name of a thing', notion('Project name: ', 'Apollo'), ['Apollo']],
    ['plain runs', adf('Deploy finished in ', '42 seconds'), ['42 seconds']],
    ['Quill status', { ops: [{ insert: 'Status: ' }, { insert: 'Resolved', attributes: { bold: true } }] }, ['Resolved']],
  ] as Array<[string, unknown, string[]]>)('look-alike %s stays', (_name, input, kept) => {
    const out = stored(input);
    for (const word of kept) expect(out).toContain(JSON.stringify(word).slice(1, -1));
  });
  it('a list of 8,000 runs is read in linear time', () => {
    const make = (n: number): string => JSON.stringify(Array.from({ length: Math.floor(n / 25) }, (_, i) => ({ type: 'text', text: i % 2 === 0 ? 'Status: ' : 'open' })));
    expect(timeRatio((text) => stored(JSON.parse(text)), make, 100_000, 200_000)).toBeLessThan(3);
  });
});

describe('L5: a health-plan member id after a bare member and under an insurer column', () => {
  it.each([
    // The probe's inputs.
    ['Eligibility confirmed for member ZGP552108773 (PPO).', 'ZGP552108773'],
    ['Member #ZGP552108773 is eligible.', 'ZGP552108773'],
    ['Observation: found, member W81129034, plan active.', 'W81129034'],
    ['Thought: member W81129034 belongs to the Gold PPO plan.', 'W81129034'],
    ['| Patient | Insurer ID | Plan |\n|---|---|---|\n| Oduya, Hyacinth | ZGP552108773 | PPO |', 'ZGP552108773'],
    ['| Patient | MRN | SSN | Insurer ID |\n|:--|:--|:--|:--|\n| Pemberton-Shaw, Eleanor | 00482913 | 536-22-8514 | XEH884512376 |\n| Ibarra Contreras, Rafael | E2214987 | 412-67-3390 | W81129034 |', 'W81129034'],
    // Held back: other sentences of the same kind, other spellings of the column.
    ['Benefits verified for member XEH884512376, copay $25.', 'XEH884512376'],
    ['Claim denied: member W81129034 not found in the payer roster.', 'W81129034'],
    ['Member# ZGP552108773 has an active coverage.', 'ZGP552108773'],
    ['| Name | Insurer No. | Group |\n|---|---|---|\n| Hyacinth Oduya | XEH884512376 | 004471 |', 'XEH884512376'],
    ['Insurer ID: ZGP552108773', 'ZGP552108773'],
    // Held back: no word of coverage, a long id (the probe's I235, an agent's notes).
    ['Action: lookup_guardian\nObservation: found, member W81129034', 'W81129034'],
    ['Thought: member XEH884512376 belongs to Hyacinth.', 'XEH884512376'],
  ])('%j', (text, value) => {
    expect(raw(stored({ text }), value)).toBe(false);
  });
  it('an insurerId member', () => {
    expect(raw(stored({ patient: 'x', insurerId: 'ZGP552108773' }), 'ZGP552108773')).toBe(false);
  });
  it.each([
    ['member 3 of 5 in the on-call rotation', '3 of 5'],
    ['Slack member U061F7AUR joined the channel', 'U061F7AUR'],
    ['team member since 2019', 'since 2019'],
    ['New guild member AB123456 joined the raid.', 'AB123456'],
    ['cluster member NODE0012345 is healthy', 'NODE0012345'],
    ['member count 120000 as of today', '120000'],
  ])('look-alike %j stays', (text, kept) => {
    expect(stored({ text })).toContain(kept);
  });
});

describe('L6: a Markdown table whose header row follows text on the same line', () => {
  it.each([
    // The probe's inputs.
    ['Found: | Name | Email | DOB |\n|---|---|---|\n| Marisol Quintanilla | marisol.quintanilla@fastmail.com | 1983-07-19 |', '1983-07-19'],
    ['Here you go: | Patient | SSN | Date of birth |\n|---|---|---|\n| Hyacinth Oduya | 078-05-1121 | 1959-06-21 |', '1959-06-21'],
    // Held back: other leads, alignment colons, more rows, a header cell the column decides alone.
    ['Results → | Customer | Phone | DOB |\n| :-- | :-- | --: |\n| Tobias Wexford | +44 7700 900461 | 1971-02-03 |\n| Priyanka Venkataraman | 212-555-0143 | 1990-11-28 |', '1990-11-28'],
    ['**Matches:** | Last name | First name | Born |\n|---|---|---|\n| oduya | hyacinth | 1959-06-21 |', 'oduya'],
    ['Summary: | Patient | Member ID |\n|---|---|\n| Desmond Achterberg | W81129034 |', 'W81129034'],
  ])('%j', (text, value) => {
    expect(raw(stored({ text }), value)).toBe(false);
  });
  it.each([
    ['Found: | Service | Version | Released |\n|---|---|---|\n| billing | 2.4.1 | 2026-01-15 |', ['billing', '2.4.1', '2026-01-15', 'Found: ']],
    ['Status: ok | latency 20ms |\n|---|\nnext line', ['Status: ok | latency 20ms |']],
    ['Build: | Job | Duration |\n|---|---|\n| lint | 42s |', ['lint', '42s', 'Build: ']],
  ])('look-alike %j stays', (text, kept) => {
    const out = stored({ text });
    for (const word of kept) expect(out).toContain(JSON.stringify(word).slice(1, -1));
  });
  it('100 KB of leaded headers is read in linear time', () => {
    const make = (n: number): string => 'Found: | a | b |\n|---|---|\n| x | y |\n'.repeat(Math.floor(n / 36));
    expect(timeRatio((text) => stored({ text }), make, 50_000, 100_000)).toBeLessThan(3);
  });
});
