// Findings of the read-side probe of 2026-12-06 about the reports: bidi controls from the ledger
// shown visibly in every format (F14), and one warning given by two sources said once (F26).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { combineSources, createAuditor, decisionReport, escapeHtml, escapeMarkdown, fileLedger, ledgerSource, queryLedger, renderReport, showBidiControls, showControls } from '../index.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-read-probe-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const CONTROLS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const ANY_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('bidi controls in reports (probe F14)', () => {
  it('showBidiControls writes every bidi control as its escape, and leaves other text alone', () => {
    expect(showBidiControls('invoice\u202Egnp.exe\u202C')).toBe('invoice\\u202egnp.exe\\u202c');
    for (const c of CONTROLS) expect(showBidiControls(`a${c}b`)).toBe(`a\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}b`);
    // Look-alikes that stay: right-to-left text itself, joiners, accents, other punctuation.
    for (const text of ['שלום עולם', 'مرحبا', 'zero\u200dwidth joiner', 'café', 'a \u2014 b', 'x\u2060y', '']) expect(showBidiControls(text)).toBe(text);
    expect(escapeMarkdown('\u2067name\u2069.txt')).toBe('\\\\u2067name\\\\u2069.txt');
    expect(escapeHtml('<b>\u202Egnp.exe</b>')).toBe('&lt;b&gt;\\u202egnp.exe&lt;/b&gt;');
  });

  it('the decision report shows "\\u202egnp.exe" in md, html and json (the same string once parsed), never the control', async () => {
    const dir = path.join(root, 'bidi');
    const auditor = createAuditor({ agent: { id: 'mail-bot' }, sink: fileLedger({ dir }) });
    await auditor.run({ session: 'bidi-1' }, async () => {
      auditor.record({ type: 'message.user', content: { input: 'open the attachment invoice\u202Egnp.exe\u202C please' } });
      auditor.record({ type: 'tool.call', tool: { name: 'open\u2067file\u2069', arguments: { name: 'report\u200F\u061C.pdf' } } });
    });
    await auditor.close();
    let trace = '';
    for await (const event of queryLedger(dir)) trace = event.trace.traceId;
    const report = await decisionReport(ledgerSource(dir), { trace });
    for (const format of ['md', 'html'] as const) {
      const text = renderReport(report, format);
      expect(text, format).not.toMatch(ANY_CONTROL);
      expect(text, format).toMatch(/invoice\\{1,2}u202egnp\.exe/);
    }
    const json = renderReport(report, 'json');
    expect(json).not.toMatch(ANY_CONTROL);
    expect(json).toContain('invoice\\u202egnp.exe');
    // JSON escapes: parsed back, the report holds the stored text unchanged.
    expect(JSON.stringify(JSON.parse(json))).toContain('invoice\u202Egnp.exe');
  });
});

describe('two sources, one warning (probe F26)', () => {
  it("the decision report over two ledgers says the 'own verifier.key' warning once", async () => {
    const dirs = ['one', 'two'].map((name) => path.join(root, `warn-${name}`));
    let trace = '';
    for (const [i, dir] of dirs.entries()) {
      const auditor = createAuditor({ agent: { id: `bot-${i}` }, sink: fileLedger({ dir }) });
      auditor.record({ type: 'message.user', content: { input: 'hello' } });
      await auditor.close();
    }
    for await (const event of queryLedger(dirs[0] as string)) trace = event.trace.traceId;
    const source = combineSources(dirs.map((d) => ledgerSource(d)));
    const verified = await source.verify({});
    expect(verified.warnings.filter((w) => w.includes("ledger's own verifier.key"))).toHaveLength(1);
    const md = renderReport(await decisionReport(source, { trace }), 'md');
    expect(md.split("ledger's own verifier.key").length - 1).toBe(1);
  });
});

describe('control characters in every report format (re-check E of the read-side probe)', () => {
  // The kind: any character of the ledger that acts on a terminal (C0, DEL, C1, separators) or reorders text.
  const HOSTILE = ['\u001b[2J', '\r', '\u0007', '\u0000', '\u0008', '\u007f', '\u009b31m', '\u0085', '\u2028', '\u2029', '\u200e'];
  const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

  it('escapeHtml shows each as the Markdown does (one escaper, showControls), and leaves text alone', () => {
    for (const c of HOSTILE) {
      const html = escapeHtml(`a${c}b`);
      expect(html, JSON.stringify(c)).not.toMatch(RAW);
      expect(html, JSON.stringify(c)).toBe(`a${showControls(c)}b`.replace(/&/g, '&amp;'));
    }
    expect(escapeHtml('line one\nline two\ttab')).toBe('line one\\nline two\\ttab');
    expect(showControls('ok\r\u001b[2KOK')).toBe('ok\\r\\x1b[2KOK');
    // Look-alikes that stay: printable text, other scripts, a joiner inside a Persian word, the HTML entities only.
    for (const text of ['café \u2014 naïve', 'שלום', 'می\u200cخواهم', '100% <ok> & "fine"']) expect(escapeHtml(text)).toBe(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    // Invisible between ASCII letters (probe 2026-12-07, M1: invisible-2026-12-07.test.ts): shown, no longer kept.
    expect(escapeHtml('zero\u200dwidth x\u2060y')).toBe('zero\\u200dwidth x\\u2060y');
  });

  it('the decision report carries no raw ESC, CR, BEL, C1 or separator in html, md or json; json parses back to the stored text', async () => {
    const dir = path.join(root, 'controls');
    const auditor = createAuditor({ agent: { id: 'term-bot' }, sink: fileLedger({ dir }) });
    const input = `status ${HOSTILE.join(' ')} done`;
    await auditor.run({ session: 'ctl-1' }, async () => {
      auditor.record({ type: 'message.user', content: { input } });
      auditor.record({ type: 'tool.call', tool: { name: 'run\u001b]0;TITLE\u0007', arguments: { cmd: 'ls\rrm' } } });
    });
    await auditor.close();
    let trace = '';
    for await (const event of queryLedger(dir)) trace = event.trace.traceId;
    const report = await decisionReport(ledgerSource(dir), { trace });
    for (const format of ['html', 'md', 'json'] as const) {
      const text = renderReport(report, format);
      expect(text, format).not.toMatch(RAW);
      expect(text, format).toMatch(/run\\{1,2}(x1b|u001b)\\?\]0;TITLE\\{1,2}(x07|u0007)/);
    }
    const json = renderReport(report, 'json');
    expect(JSON.stringify(JSON.parse(json))).toContain(JSON.stringify('run\u001b]0;TITLE\u0007').slice(1, -1));
    expect(JSON.stringify(JSON.parse(json))).toContain('\u009b31m'.normalize());
  });
});

// The re-check of the read side, row 13: the escaper did not escape a backslash, so a tool named
// with typed text `fake\x1bESC` read the same as one holding a real ESC, and JSON-rendered details
// showed ESC as JSON's `\u001b`, not the documented `\x1b`.
describe('a typed escape never reads as a real control (re-check row 13)', () => {
  it('showControls: a backslash is \\\\, so real and typed escapes differ; controls as before', () => {
    expect(showControls('real\u001bESC')).toBe('real\\x1bESC');
    expect(showControls('fake\\x1bESC')).toBe('fake\\\\x1bESC');
    expect(showControls('bidi\u202eX')).toBe('bidi\\u202eX');
    expect(showControls('fakebidi\\u202eX')).toBe('fakebidi\\\\u202eX');
    for (const [real, typed] of [['a\rb', 'a\\rb'], ['a\nb', 'a\\nb'], ['a\u0085b', 'a\\x85b'], ['a\u2028b', 'a\\u2028b'], ['\\\u001b', '\\x1b']]) expect(showControls(real)).not.toBe(showControls(typed));
    // Look-alikes: text without backslash or control is left alone.
    for (const text of ['C: temp', 'x/y', 'café', '100% "fine"']) expect(showControls(text)).toBe(text);
  });

  it('in the md and html of a decision report, tool names and JSON details keep real and typed escapes apart; details show \\x1b', async () => {
    const dir = path.join(root, 'typed-escapes');
    const auditor = createAuditor({ agent: { id: 'esc-bot' }, sink: fileLedger({ dir }) });
    await auditor.run({ session: 'esc-1' }, async () => {
      auditor.record({ type: 'tool.call', tool: { name: 'real\u001bESC', arguments: { note: 'bell\u0007BEL' } } });
      auditor.record({ type: 'tool.call', tool: { name: 'fake\\x1bESC', arguments: { note: 'bell\\x07BEL', path: 'C:\\temp' } } });
    });
    await auditor.close();
    let trace = '';
    for await (const event of queryLedger(dir)) trace = event.trace.traceId;
    const report = await decisionReport(ledgerSource(dir), { trace });
    const html = renderReport(report, 'html');
    expect(html).toContain('real\\x1bESC');
    expect(html).toContain('fake\\\\x1bESC');
    expect(html).toContain('bell\\x07BEL');
    expect(html).toContain('bell\\\\x07BEL');
    expect(html).toContain('C:\\\\temp');
    expect(html).not.toContain('\\u001b');
    const md = renderReport(report, 'md');
    // Markdown escapes a backslash once more: the real ESC reads \x1b, the typed one \\x1b.
    expect(md).toContain('real\\\\x1bESC');
    expect(md).toContain('fake\\\\\\\\x1bESC');
    expect(md).not.toContain('u001b');
    // The JSON report holds the stored text exactly.
    const json = JSON.parse(renderReport(report, 'json')) as unknown;
    expect(JSON.stringify(json)).toContain(JSON.stringify('fake\\x1bESC').slice(1, -1));
    expect(JSON.stringify(json)).toContain(JSON.stringify('real\u001bESC').slice(1, -1));
  });
});
