// Labels and values inside markup, as model output and pages write them (the second probe of
// 2026-12-04, G4, G5, G13): Markdown or HTML emphasis around a label (`**DOB:** 1984-03-12`,
// `- **Last name**: Vlintuk`, `__DOB__:`, `<strong>DOB:</strong>`, a value in backticks), HTML
// form inputs whose `name`, `id` or `autocomplete` names the field of their `value`
// (`<input name="last_name" value="Vlintuk">`, in any attribute order), and a label cell beside its
// value cell (`<dt>DOB</dt><dd>03/12/1984</dd>`, `<th>DOB</th><td>…</td>`, `<label>DOB</label><span>…`).
//
// The markup view reads such text as it is shown: emphasis delimiters, backticks and HTML tags are
// taken out; a label cell's end before its value cell becomes `: `; a block's edge a line break;
// a form input with a value becomes a line `field: value` (the WHATWG autofill name, else its
// `name`, else its `id`). Every rule that reads a label in plain text (the DOB, MRN and name label
// scans, the key/value pairs of text-pairs.ts) then reads it in the view, and each span found
// there is mapped back onto the original text (each unit of the view knows the original offsets it
// stands for). The redactor (redactor.ts textDetections) adds the view's spans to the text's own;
// secrets are the original text's only (a password holding `**` is read as written).
//
// Linear: one forward pass; a tag is read over at most MAX_TAG characters, its attributes by one
// sticky pattern without nested quantifiers; an emphasis opener waits for its closer on its line
// (one pending opener per delimiter).

/** Longest tag read (`<input …>` with its attributes); a longer one is text. */
const MAX_TAG = 512;
/** Longest field name taken from an attribute. */
const MAX_FIELD = 64;

/** The view: its text, and per unit the original offsets it stands for (`from` where it starts, `to` where it ends). */
export interface MarkupView {
  text: string;
  from: number[];
  to: number[];
}

/** Elements whose tags are markup around text (HTML); other names (`<first_name>`, `Array<string>`) are text. */
const INLINE = new Set(['b', 'strong', 'em', 'i', 'u', 's', 'mark', 'code', 'span', 'small', 'big', 'font', 'a', 'abbr', 'cite', 'time', 'data', 'var', 'kbd', 'samp', 'q', 'del', 'ins', 'sup', 'sub', 'tt', 'strike', 'output', 'button', 'legend', 'caption', 'option', 'select', 'textarea', 'input']);
/** Elements whose edges are line breaks. */
const BLOCK = new Set(['p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'form', 'fieldset', 'pre', 'blockquote', 'center', 'header', 'footer', 'main', 'aside', 'nav', 'body', 'html', 'head', 'title']);
/** Cells and terms: a closing one of these before an opening tag is a label before its value. */
const LABEL_END = new Set(['dt', 'th', 'td', 'label']);
/** Their other edges: `<dt`, `<th`, `<td`, `<label`, `<dd` opening and `</dd>` closing. */
const CELL = new Set(['dt', 'dd', 'th', 'td', 'label']);
/** Autofill detail tokens before the field name (WHATWG HTML, "Autofill"): `section-*`, `shipping`, `billing`, `home`, … */
const AUTOFILL_DETAIL = /^(?:section-.*|shipping|billing|home|work|mobile|fax|pager|webauthn)$/;

/** Whether `text` may hold markup: a `<`, `*`, backtick or `_` (costs a few `indexOf`s). */
export function mayHoldMarkup(text: string): boolean {
  return text.length >= 6 && (text.indexOf('<') !== -1 || text.indexOf('*') !== -1 || text.indexOf('`') !== -1 || text.indexOf('_') !== -1);
}

const isBlankCode = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
const isAlnum = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && !isBlankCode(code));

interface Tag {
  end: number;
  name: string;
  closing: boolean;
  /** For a form field: the field's name and its value's extent (the value attribute, or the text after the tag). */
  field?: string;
  valueStart?: number;
  valueEnd?: number;
  selected?: boolean;
}

/** One attribute: name, then a double-quoted, single-quoted or bare value. */
export const ATTRIBUTE = /[\s/]*([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;

/** The HTML tag at `at` (a `<`), or undefined when none of a known element is there. */
function tagAt(text: string, at: number, seen: { close: number; open: number }, work?: { steps: number }): Tag | undefined {
  let index = at + 1;
  const closing = text.charCodeAt(index) === 47;
  if (closing) index++;
  const nameStart = index;
  while (index < text.length && index - nameStart < 12 && ((text.charCodeAt(index) | 32) >= 97 && (text.charCodeAt(index) | 32) <= 122 || (text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57))) index++;
  if (index === nameStart) return undefined;
  const name = text.slice(nameStart, index).toLowerCase();
  if (!INLINE.has(name) && !BLOCK.has(name) && !CELL.has(name)) return undefined;
  const next = text.charCodeAt(index);
  if (next !== 62 && next !== 47 && !isBlankCode(next)) return undefined;
  // The next `>` and `<` after the name, remembered across tags (each found once: linear).
  if (seen.close < index) {
    const close = text.indexOf('>', index);
    seen.close = close === -1 ? Infinity : close;
    if (work !== undefined) work.steps += (close === -1 ? text.length : close) - index;
  }
  if (seen.open < index) {
    const open = text.indexOf('<', index);
    seen.open = open === -1 ? Infinity : open;
    if (work !== undefined) work.steps += (open === -1 ? text.length : open) - index;
  }
  const close = seen.close;
  if (close - at >= MAX_TAG || seen.open < close) return undefined;
  const tag: Tag = { end: close + 1, name, closing };
  if (closing || (name !== 'input' && name !== 'option' && name !== 'select' && name !== 'textarea')) return tag;
  // A form field's attributes (read in the tag alone): which field it is, and its value.
  const inside = text.slice(0, close);
  let fieldName: string | undefined;
  let fieldId: string | undefined;
  let autofill: string | undefined;
  let type: string | undefined;
  ATTRIBUTE.lastIndex = index;
  for (let match = ATTRIBUTE.exec(inside); match !== null; match = ATTRIBUTE.exec(inside)) {
    if (work !== undefined) work.steps += match[0].length;
    const attribute = (match[1] as string).toLowerCase();
    const value = match[2] ?? match[3] ?? match[4];
    if (attribute === 'selected' || attribute === 'checked') tag.selected = true;
    if (value === undefined) continue;
    if (attribute === 'value') {
      const quoteOffset = match[2] !== undefined || match[3] !== undefined ? 1 : 0;
      tag.valueStart = match.index + match[0].length - value.length - quoteOffset;
      tag.valueEnd = tag.valueStart + value.length;
    } else if (attribute === 'name') fieldName = value;
    else if (attribute === 'id') fieldId = value;
    else if (attribute === 'autocomplete') autofill = autofillField(value);
    else if (attribute === 'type') type = value.toLowerCase();
  }
  // An empty `name=""` names no field: the id is read then (a blank name is common in generated forms).
  const field = autofill ?? (fieldName === '' ? undefined : fieldName) ?? fieldId;
  if (field !== undefined && field.length > 0 && field.length <= MAX_FIELD && type !== 'submit' && type !== 'button' && type !== 'reset' && type !== 'image') tag.field = field;
  return tag;
}

/** The field an autocomplete attribute names (`shipping family-name` -> `family-name`), or undefined (`on`, `off`). */
function autofillField(value: string): string | undefined {
  const tokens = value.trim().toLowerCase().split(/\s+/).filter((token) => !AUTOFILL_DETAIL.test(token));
  const field = tokens[0];
  return field === undefined || field === 'on' || field === 'off' || field === '' ? undefined : field;
}

/** The length of the emphasis or code delimiter run at `at` (`*`, `**`, `___`, backticks), 0 when none starts there. */
function runAt(text: string, at: number, code: number): number {
  let end = at + 1;
  while (end < text.length && text.charCodeAt(end) === code) end++;
  return end - at;
}

/**
 * The markup view of `text`, or undefined when it holds no markup the view reads (see the file's
 * comment). The view's units map onto `text` through `from` and `to` (markupSpan).
 */
export function markupView(text: string, work?: { steps: number }): MarkupView | undefined {
  const length = text.length;
  // The markup's extents, in order of their start; `kind` says what a run of them becomes.
  const starts: number[] = [];
  const ends: number[] = [];
  const tags: Array<Tag | undefined> = [];
  // Emphasis openers waiting for their closer on the same line, by delimiter (`*`, `**`, `_`, …).
  const pending = new Map<string, number>();
  const emphasis: Array<[number, number]> = [];
  const seen = { close: -1, open: -1 };
  for (let at = 0; at < length; at++) {
    const code = text.charCodeAt(at);
    if (work !== undefined) work.steps++;
    if (code === 10 || code === 13) {
      if (pending.size > 0) pending.clear();
      continue;
    }
    if (code === 60 /* < */) {
      const tag = tagAt(text, at, seen, work);
      if (tag === undefined) continue;
      starts.push(at);
      ends.push(tag.end);
      tags.push(tag);
      at = tag.end - 1;
      continue;
    }
    if (code === 96 /* ` */) {
      const size = runAt(text, at, code);
      starts.push(at);
      ends.push(at + size);
      tags.push(undefined);
      at += size - 1;
      continue;
    }
    if (code !== 42 /* * */ && code !== 95 /* _ */) continue;
    const size = runAt(text, at, code);
    if (size > 3) {
      at += size - 1;
      continue;
    }
    const before = at === 0 ? 32 : text.charCodeAt(at - 1);
    const after = at + size >= length ? 32 : text.charCodeAt(at + size);
    const key = text.slice(at, at + size);
    // A closer: text before it, no letter or digit after it (`**DOB:**`, `**Last name**:`).
    if (!isBlankCode(before) && !isAlnum(after)) {
      const opener = pending.get(key);
      if (opener !== undefined) {
        emphasis.push([opener, opener + size], [at, at + size]);
        pending.delete(key);
        at += size - 1;
        continue;
      }
    }
    // An opener: no letter or digit before it, text after it.
    if (!isAlnum(before) && !isBlankCode(after)) pending.set(key, at);
    at += size - 1;
  }
  if (starts.length === 0 && emphasis.length === 0) return undefined;
  // Emphasis delimiters among the tags and backticks, in order.
  if (emphasis.length > 0) {
    const all = starts.map((start, k) => ({ start, end: ends[k] as number, tag: tags[k] })).concat(emphasis.map(([start, end]) => ({ start, end, tag: undefined })));
    all.sort((a, b) => a.start - b.start);
    starts.length = 0;
    ends.length = 0;
    tags.length = 0;
    for (const each of all) {
      starts.push(each.start);
      ends.push(each.end);
      tags.push(each.tag);
    }
  }

  const pieces: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  // Inserted units wait for the offset of the next original unit (their `from`).
  let waiting = 0;
  let lastEnd = 0;
  let viewLength = 0;
  const copy = (start: number, end: number): void => {
    if (end <= start) return;
    for (; waiting > 0; waiting--) from[viewLength - waiting] = start;
    pieces.push(text.slice(start, end));
    if (work !== undefined) work.steps += end - start;
    for (let k = start; k < end; k++) {
      from.push(k);
      to.push(k + 1);
    }
    viewLength += end - start;
    lastEnd = end;
  };
  const insert = (units: string): void => {
    pieces.push(units);
    for (let k = 0; k < units.length; k++) {
      from.push(0);
      to.push(lastEnd);
    }
    viewLength += units.length;
    waiting += units.length;
  };
  /** The view's last unit that is no blank. */
  const lastShown = (): number => {
    for (let p = pieces.length - 1; p >= 0; p--) {
      const piece = pieces[p] as string;
      if (work !== undefined) work.steps += piece.length;
      for (let k = piece.length - 1; k >= 0; k--) if (!isBlankCode(piece.charCodeAt(k))) return piece.charCodeAt(k);
    }
    return 32;
  };

  // The field of the `<select>` being read: its selected option is its value.
  let selectField: string | undefined;
  let copied = 0;
  let k = 0;
  while (k < starts.length) {
    // A run: markup tokens with only blanks between them.
    const runStart = starts[k] as number;
    copy(copied, runStart);
    let runEnd = ends[k] as number;
    let block = false;
    let labelEnd: boolean | 'th' = false;
    let labelValue = false;
    // A cell's edge between two words is a blank (`<th>a</th>b`); an inline element's is nothing (`<b>DOB</b>:`).
    let anyTag = false;
    // Blanks between two of the run's tokens (`**DOB:** \`1966-07-08\``): a blank stays.
    let spaced = false;
    const fields: Array<[string, Tag]> = [];
    for (;;) {
      const tag = tags[k];
      if (tag !== undefined) {
        if (!INLINE.has(tag.name)) anyTag = true;
        if (BLOCK.has(tag.name) || (tag.closing && tag.name === 'dd') || (!tag.closing && tag.name === 'dt')) block = true;
        // A header cell before another header cell is a table's header row (`<th>Surname</th><th>DOB</th>`), no label before its value.
        if (tag.closing && LABEL_END.has(tag.name)) labelEnd = tag.name === 'th' ? 'th' : true;
        else if (!tag.closing && labelEnd !== false && !(labelEnd === 'th' && tag.name === 'th')) labelValue = true;
        if (tag.name === 'select') selectField = tag.closing ? undefined : tag.field;
        else if (!tag.closing && tag.name === 'option' && tag.selected === true && selectField !== undefined) fields.push([selectField, tag]);
        else if (!tag.closing && tag.field !== undefined && (tag.name === 'textarea' || (tag.name === 'input' && tag.valueStart !== undefined))) fields.push([tag.field, tag]);
      }
      k++;
      if (k >= starts.length) break;
      let gap = runEnd;
      while (gap < (starts[k] as number) && isBlankCode(text.charCodeAt(gap))) gap++;
      if (gap !== starts[k] || fields.length > 0) break;
      if (gap > runEnd) spaced = true;
      runEnd = ends[k] as number;
    }
    copied = runEnd;
    if (fields.length > 0) {
      // `field: value` on a line of its own: the value attribute's characters, or the text after the tag
      // (a textarea's, a selected option's).
      for (const [field, tag] of fields) {
        insert(`\n${field}: `);
        if (tag.valueStart !== undefined && tag.valueEnd !== undefined && tag.valueEnd > tag.valueStart) {
          copy(tag.valueStart, tag.valueEnd);
          // A selected option's text is its value as shown (`<option selected value="CA">California`).
          insert(tag.name === 'option' ? `\n${field}: ` : '\n');
        }
      }
      continue;
    }
    if (block) insert('\n');
    else if (labelValue) insert(lastShown() === 58 /* : */ ? ' ' : ': ');
    else if (spaced || (anyTag && runStart > 0 && runEnd < length && !isBlankCode(text.charCodeAt(runStart - 1)) && !isBlankCode(text.charCodeAt(runEnd)))) insert(' ');
  }
  copy(copied, length);
  for (; waiting > 0; waiting--) from[viewLength - waiting] = length;
  return { text: pieces.join(''), from, to };
}

/** The original extent of the view's span [start, end), or undefined when it holds no original character. */
export function markupSpan(view: MarkupView, start: number, end: number): [number, number] | undefined {
  if (end <= start) return undefined;
  const originalStart = view.from[start] as number;
  const originalEnd = view.to[end - 1] as number;
  return originalEnd > originalStart ? [originalStart, originalEnd] : undefined;
}
