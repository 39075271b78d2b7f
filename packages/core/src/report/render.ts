import type { ReportCoverage, ReportEnvelope, ReportKind, ReportVerification } from './common.js';

/** A report as a document of blocks; Markdown and HTML are rendered from it, escaping every text. */
export interface ReportDocument {
  title: string;
  /** One line under the title: what the report answers and which regulation it serves. */
  purpose: string;
  blocks: DocumentBlock[];
}

/** A tree item: one line, optional detail lines, nested items. */
export interface TreeItem {
  text: string;
  details?: string[];
  children?: TreeItem[];
}

export type DocumentBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'ok' | 'bad' | 'warn' }
  | { kind: 'facts'; rows: Array<[string, string]> }
  | { kind: 'table'; columns: string[]; rows: string[][]; note?: string }
  | { kind: 'tree'; items: TreeItem[] };

/** Cells longer than this are cut (the JSON form has them whole). */
const MAX_CELL = 400;

function cut(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit)}… [${text.length - limit} more chars]` : text;
}

/**
 * A value on one line, for cells: laid out as JSON, its strings as they are stored (not JSON's
 * escapes), so the renderer's one escaper shows a control in it as everywhere else (`\x1b`, not
 * `\u001b`) and a backslash as `\\` (JSON's own `\\` and `\"` would be doubled again). A `"`
 * inside a string stays a `"` (the JSON report holds the exact value).
 */
export function inline(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return shownJson(value);
}

function shownJson(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : shownJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `"${k}":${shownJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Bidirectional controls: the embeddings and overrides (U+202A-202E), the isolates (U+2066-2069)
 * and the marks (U+200E, U+200F, U+061C). Shown as they are, they reorder what follows
 * (`\u202Egnp.exe` reads as "exe.png").
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Shows each bidirectional control visibly, as its escape (`\u202e`), as `agent-audit query` and
 * `tail` do: ledger text in a report can never reorder what is shown. Every report format uses
 * it (Markdown and HTML through their escapes; JSON as the same JSON escape, which parses back
 * to the same string).
 */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Invisible characters: Unicode's Default_Ignorable_Code_Point (zero-width space, word joiner,
 * BOM, soft hyphen, Hangul fillers, variation selectors, the tag characters U+E0000-E0FFF that
 * carry "ASCII smuggling" prompt injections an LLM reads and a person does not see, and the bidi
 * controls). The joiners and emoji selectors (ZWNJ, ZWJ, U+FE0E, U+FE0F) shape the character
 * before them in Persian, Indic scripts and emoji, so there they stay: right after a character
 * that is neither ASCII nor invisible (and ZWJ after U+FE0F, as in 👩‍❤️‍👨). After ASCII
 * (`transfer\u200d_funds`), at the start, or in a run, they are shown too (probe 2026-12-07, M1).
 */
const INVISIBLE = String.raw`(?![\u200c\u200d\ufe0e\ufe0f])\p{Default_Ignorable_Code_Point}|(?<![^\x00-\x7f\p{Default_Ignorable_Code_Point}])[\u200c\ufe0e\ufe0f]|(?<![^\x00-\x7f\p{Default_Ignorable_Code_Point}]|\ufe0f)\u200d`;

/**
 * Every character of ledger text that acts instead of showing: the C0 controls, DEL, the C1
 * controls (U+0080-009F: ESC, CR, BEL, CSI move the cursor, erase, retitle a terminal), the line
 * and paragraph separators, the bidirectional controls of `BIDI_CONTROLS`, and the invisible
 * characters (`INVISIBLE` above: Default_Ignorable_Code_Point, the joiners in context). A `u`
 * regular expression: it reads code points (a tag character is two UTF-16 units).
 */
export const CONTROL_CHARACTERS = new RegExp(String.raw`[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|${INVISIBLE}`, 'gu');

/** `CONTROL_CHARACTERS` and the backslash, which `showControls` shows as `\\`. */
const SHOWN_CHARACTERS = new RegExp(String.raw`\\|${CONTROL_CHARACTERS.source}`, 'gu');

/**
 * Shows every character of `CONTROL_CHARACTERS` visibly, as its escape: `\n`, `\r`, `\t`, `\xHH`
 * up to U+00FF (`\x1b`, `\x07`, `\x9b`), `\uHHHH` above (`\u2028`, `\u202e`, `\u200b`),
 * `\u{HHHHH}` past U+FFFF (the tag character `\u{e0049}`), and a backslash as
 * `\\`, so an escape in its result always stands for a real control: text that types `\x1b`
 * shows as `\\x1b` (the re-check of the read side, row 13). The one escaper of ledger text shown
 * to a reader: the Markdown and HTML reports use it, and so does every human-readable line of the
 * CLI (`escapeControls`). Its result holds none of the controls (not idempotent: it doubles
 * backslashes).
 *
 * @example
 * ```ts
 * showControls('ok\r\u001b[2KOK'); // 'ok\\r\\x1b[2KOK'
 * ```
 */
export function showControls(text: string): string {
  return text.replace(SHOWN_CHARACTERS, (c) => {
    if (c === '\\') return '\\\\';
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.codePointAt(0) as number;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : code <= 0xffff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** `CONTROL_CHARACTERS` but the C0 controls, which JSON.stringify escapes already. */
const SHOWN_IN_JSON = new RegExp(String.raw`[\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|${INVISIBLE}`, 'gu');

/**
 * The same characters in JSON text, as JSON's own escape (`\u001b`, `\u009b`, `\u2028`,
 * `\u202e`, `\u200b`; past U+FFFF the surrogate pair, `\udb40\udc49`), so the file holds none
 * of them raw and parses back to the stored strings. `JSON.stringify` escapes the C0 controls
 * already; this adds DEL, C1, the separators, the bidirectional controls and the invisible
 * characters (in JSON text they can only stand inside a string).
 */
export function showControlsInJson(json: string): string {
  // Not the C0 controls: JSON.stringify escapes them in strings, and its own layout uses `\n`.
  const unit = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
  return json.replace(SHOWN_IN_JSON, (c) => unit(c.charCodeAt(0)) + (c.length > 1 ? unit(c.charCodeAt(1)) : ''));
}

/**
 * Escapes text from the ledger (untrusted) for Markdown: no raw HTML, no links or images, no
 * emphasis or code spans, no table or line breaks, no block syntax at the start. `limit` cuts
 * long text (tables); the JSON form always has it whole.
 */
export function escapeMarkdown(text: string, limit = Infinity): string {
  // Control characters are shown visibly (`\n`, `\x1b`, `\u202e`): a cell stays one cell, and nothing is silently changed.
  const out = showControls(cut(text, limit))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1');
  // Block syntax only counts at the start and with a space or the end after it (`83.3%` is no list item).
  return /^([#+-](\s|$)|#{1,6}(\s|$)|[=-]+\s*$|\d+[.)](\s|$))/.test(out) ? `\\${out}` : out;
}

/**
 * Escapes text for HTML element content and attribute values: `& < > " '` as entities, and every
 * control character shown as its escape (`showControls`: `\x1b`, `\r`, `\u202e`), as the Markdown
 * does, so the file holds no raw ESC, CR or BEL for a terminal that prints it (`cat report.html`).
 */
export function escapeHtml(text: string, limit = Infinity): string {
  return showControls(cut(text, limit)).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/**
 * The document's alerts: its `bad` paragraphs (a source that does not verify, a subject search
 * that could not be complete). Markdown and HTML put them first, above the title, so the first
 * line read (and `head -1`) says the report cannot be trusted as it stands.
 */
function isAlert(block: DocumentBlock): block is { kind: 'paragraph'; text: string; tone: 'bad' } {
  return block.kind === 'paragraph' && block.tone === 'bad';
}

/** Markdown rendering of a document: its alerts on the first lines, then the title. */
export function renderMarkdown(doc: ReportDocument): string {
  const alerts = doc.blocks.filter(isAlert).flatMap((block) => [`**${escapeMarkdown(block.text)}**`, '']);
  const out: string[] = [...alerts, `# ${escapeMarkdown(doc.title)}`, '', `_${escapeMarkdown(doc.purpose)}_`, ''];
  const tree = (items: TreeItem[], depth: number) => {
    for (const item of items) {
      out.push(`${'  '.repeat(depth)}- ${escapeMarkdown(item.text)}`);
      for (const detail of item.details ?? []) out.push(`${'  '.repeat(depth + 1)}- ${escapeMarkdown(detail, MAX_CELL)}`);
      tree(item.children ?? [], depth + 1);
    }
  };
  for (const block of doc.blocks) {
    if (isAlert(block)) continue;
    switch (block.kind) {
      case 'heading':
        out.push(`## ${escapeMarkdown(block.text)}`, '');
        break;
      case 'paragraph':
        out.push(`${block.tone === 'bad' ? '**' : ''}${escapeMarkdown(block.text)}${block.tone === 'bad' ? '**' : ''}`, '');
        break;
      case 'facts':
        out.push('| | |', '|---|---|', ...block.rows.map(([k, v]) => `| ${escapeMarkdown(k)} | ${escapeMarkdown(v, MAX_CELL)} |`), '');
        break;
      case 'table':
        if (block.rows.length === 0) out.push('(none)', '');
        else {
          out.push(`| ${block.columns.map((c) => escapeMarkdown(c)).join(' | ')} |`, `|${block.columns.map(() => '---').join('|')}|`);
          for (const row of block.rows) out.push(`| ${row.map((cell) => escapeMarkdown(cell, MAX_CELL)).join(' | ')} |`);
          out.push('');
        }
        if (block.note) out.push(escapeMarkdown(block.note), '');
        break;
      case 'tree':
        tree(block.items, 0);
        out.push('');
        break;
    }
  }
  return out.join('\n');
}

const CSS = `body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d2330}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:1.8rem;border-bottom:1px solid #d9dde5;padding-bottom:.2rem}
.purpose{color:#5a6275;margin-top:0}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #d9dde5;padding:.25rem .45rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f2f4f8;overflow-wrap:normal}table.facts th{width:18rem}td.num{text-align:right;font-variant-numeric:tabular-nums}
.ok{background:#e7f6ec;border-left:4px solid #2c9b52;padding:.5rem .75rem}.bad{background:#fdecec;border-left:4px solid #c62828;padding:.5rem .75rem}
.warn{background:#fff6e0;border-left:4px solid #d99a00;padding:.5rem .75rem}.note{color:#5a6275;font-size:.9em}
ul.tree{list-style:none;padding-left:1.1rem;border-left:1px dashed #c3c9d5}ul.tree>li{margin:.3rem 0}
.detail{color:#4a5368;font-family:ui-monospace,Menlo,monospace;font-size:.85em;display:block;margin-left:.8rem}
footer{margin-top:2rem;color:#5a6275;font-size:.85em}`;

/**
 * HTML rendering of a document: one self-contained file with inline CSS, no script, and a
 * Content-Security-Policy that forbids loading anything; every text is escaped.
 */
export function renderHtml(doc: ReportDocument): string {
  const out: string[] = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title><style>${CSS}</style></head>`,
    '<body>',
    // Alerts first, above the title (see isAlert).
    ...doc.blocks.filter(isAlert).map((block) => `<p class="bad">${escapeHtml(block.text)}</p>`),
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="purpose">${escapeHtml(doc.purpose)}</p>`,
  ];
  const numeric = /^-?\d[\d,]*(\.\d+)?%?$/;
  const tree = (items: TreeItem[]): string =>
    `<ul class="tree">${items
      .map((item) => `<li>${escapeHtml(item.text)}${(item.details ?? []).map((d) => `<span class="detail">${escapeHtml(d, MAX_CELL)}</span>`).join('')}${item.children && item.children.length > 0 ? tree(item.children) : ''}</li>`)
      .join('')}</ul>`;
  for (const block of doc.blocks) {
    if (isAlert(block)) continue;
    switch (block.kind) {
      case 'heading':
        out.push(`<h2>${escapeHtml(block.text)}</h2>`);
        break;
      case 'paragraph':
        out.push(`<p${block.tone ? ` class="${block.tone}"` : ''}>${escapeHtml(block.text)}</p>`);
        break;
      case 'facts':
        out.push(`<table class="facts">${block.rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v, MAX_CELL)}</td></tr>`).join('')}</table>`);
        break;
      case 'table':
        if (block.rows.length === 0) out.push('<p class="note">(none)</p>');
        else {
          out.push(`<table><thead><tr>${block.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>`);
          for (const row of block.rows) out.push(`<tr>${row.map((cell) => `<td${numeric.test(cell) ? ' class="num"' : ''}>${escapeHtml(cell, MAX_CELL)}</td>`).join('')}</tr>`);
          out.push('</tbody></table>');
        }
        if (block.note) out.push(`<p class="note">${escapeHtml(block.note)}</p>`);
        break;
      case 'tree':
        out.push(tree(block.items));
        break;
    }
  }
  out.push('<footer>Generated by agent-audit. Figures are recomputed from the ledger; the JSON form of this report is the reference.</footer></body></html>', '');
  return out.join('\n');
}

/** The blocks every report starts with: period, verification, and what it covers. */
export function coverageBlocks(report: ReportEnvelope<ReportKind>): DocumentBlock[] {
  return [
    ...verificationBlocks(report.verification),
    {
      kind: 'facts',
      rows: [
        ['generated', report.generatedAt],
        ['period', `${report.period.from ?? 'beginning'} → ${report.period.to ?? 'now'}`],
        ['sources', report.coverage.sources.map((s) => `${s.label}${s.ledgerId ? ` (ledger ${s.ledgerId})` : ''}`).join('; ')],
        ...report.coverage.sources
          .filter((s) => s.ledgerHead)
          .map((s): [string, string] => [`signed ledger head of ${s.label}`, `signed ${s.ledgerHead?.timestamp}, ${s.ledgerHead?.streams.length} stream(s), note sha256 ${s.ledgerHead?.sha256.slice(0, 16)}…`]),
      ],
    },
  ];
}

function verificationBlocks(v: ReportVerification): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  if (v.ok) {
    blocks.push({ kind: 'paragraph', tone: v.keySource === 'pinned' ? 'ok' : 'warn', text: `Verified: ${v.events} events in ${v.streams} stream(s), ${v.checkpoints} signed checkpoint(s) (verifier key: ${v.keySource}).` });
  } else {
    const f = v.firstFailure;
    blocks.push({ kind: 'paragraph', tone: 'bad', text: `VERIFICATION FAILED${f ? `: stream ${f.stream}, seq ${f.seq}${f.id ? `, event ${f.id}` : ''}: ${f.reason}` : ''}. Figures below come from a ledger that does not verify.` });
  }
  for (const warning of v.warnings) blocks.push({ kind: 'paragraph', tone: 'warn', text: `warning: ${warning}` });
  return blocks;
}

/** The closing section: streams, seq ranges and signed heads. */
export function coverageTable(coverage: ReportCoverage): DocumentBlock[] {
  return [
    { kind: 'heading', text: 'What this report covers' },
    {
      kind: 'table',
      columns: ['stream', 'events used', 'seq range', 'verified events', 'signed head (size, root, time)', 'problem'],
      rows: coverage.streams.map((s) => [
        s.stream,
        String(s.events),
        s.firstSeq === undefined ? '' : `${s.firstSeq}–${s.lastSeq}`,
        String(s.verifiedEvents),
        s.signedHead ? `${s.signedHead.size}, ${s.signedHead.root.slice(0, 16)}…, ${s.signedHead.ts}` : 'none',
        s.failure ? `seq ${s.failure.seq}: ${s.failure.reason}` : '',
      ]),
    },
  ];
}

/** Rows of a counting record, largest first. */
export function countRows(record: Record<string, number>): string[][] {
  return Object.entries(record)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => [k, String(n)]);
}
