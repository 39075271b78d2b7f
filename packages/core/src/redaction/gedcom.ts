import { pushField, type FieldKind } from './internal/field-kinds.js';
import type { Detection } from './types.js';

/**
 * GEDCOM 5.5.1 / 7.0 genealogy records (L1 and O1 of probe-2026-12-05g): lines of
 * `level [@xref@] TAG [value]`, a tag's meaning given by the tags above it.
 *
 * - `1 NAME Given /Surname/`: the given names and the surname between the slashes, whether or
 *   not the name lists know them; `2 GIVN`, `2 SURN`, `2 NICK`, `2 _MARNM`, `2 _AKA` likewise.
 * - `2 DATE` under `1 BIRT`, `1 CHR`, `1 BAPM`: a date of birth (or of baptism, the register's
 *   stand-in for it); the dates of other events (DEAT, MARR, BURI) are left as they are.
 * - `2 ADDR`, `ADR1`, `ADR2`: an address; `PHON`, `EMAIL`: a phone and an e-mail.
 * - Over-reads dropped: any finding over a line's level and tag (`2 PLAC St. Olaf …` read as a
 *   house number and a street, `2 PLAC Portland, OR\n1 RESI\n2 ADDR 2718 …` read as one address
 *   across the lines) and a person inside a `PLAC` value (`St. Mary Church`: a place).
 *
 * Read only when at least two lines have this form with a known tag, one of them a record's
 * (`0 HEAD`, `0 @I1@ INDI`) or a person's (`NAME`, `BIRT`, …). One pass over the lines.
 */
const NAME_TAGS = new Set(['NAME', 'GIVN', 'SURN', 'NICK', '_MARNM', '_AKA', '_MARN', '_BIRN']);
const BIRTH_EVENTS = new Set(['BIRT', 'CHR', 'BAPM', 'CHRA']);
const VALUE_KINDS: Readonly<Record<string, FieldKind>> = { ADDR: 'address', ADR1: 'address', ADR2: 'address', PHON: 'phone', EMAIL: 'email' };
/** The tags that make a line a GEDCOM line (the others count once two of these are there). */
const KNOWN_TAGS = new Set(['HEAD', 'TRLR', 'INDI', 'FAM', 'NAME', 'GIVN', 'SURN', 'SEX', 'BIRT', 'DEAT', 'BURI', 'CHR', 'BAPM', 'MARR', 'DIV', 'RESI', 'PLAC', 'DATE', 'ADDR', 'HUSB', 'WIFE', 'CHIL', 'FAMC', 'FAMS', 'NOTE', 'SOUR', 'OCCU', 'EVEN', 'GEDC', 'CHAR', 'SUBM']);

/** `level [@xref@ ]TAG[ value]` at the start of a line: the level, the tag, where the value starts. */
const LINE = /^[ \t]*(\d{1,2})[ \t]+(?:@[^@\r\n]{1,30}@[ \t]+)?([A-Z_][A-Z0-9_]{2,31})(?:[ \t]+|$)/gm;

interface Line { readonly start: number; readonly valueStart: number; readonly end: number; readonly level: number; readonly tag: string }

/** Cheap gate: a line led by a level digit and a capital (`\n1 N`, `0 @`). */
export const gedcomCue = (text: string): boolean => /(?:^|\n)[ \t]*[0-3][ \t]+[A-Z@_]/.test(text);

export function detectGedcom(text: string, out: Detection[], kinds: { names: boolean; dates: boolean; addresses: boolean; contacts: boolean }): void {
  const lines: Line[] = [];
  let known = 0;
  LINE.lastIndex = 0;
  for (let match = LINE.exec(text); match !== null; match = LINE.exec(text)) {
    const start = match.index;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (text.charCodeAt(end - 1) === 13) end--;
    const tag = match[2] ?? '';
    if (KNOWN_TAGS.has(tag)) known++;
    lines.push({ start, valueStart: Math.min(start + match[0].length, end), end, level: Number(match[1] ?? 0), tag });
    if (match[0].length === 0) LINE.lastIndex++;
  }
  const first = lines[0];
  if (known < 2 || first === undefined) return;
  // Over-reads: a finding over a line's level and tag, or running on past the next line's start; a person inside a place.
  const drop = new Set<Detection>();
  for (const detection of out) {
    const index = lineIndexAt(lines, detection.start);
    const line = lines[index];
    if (line === undefined) {
      if (first.start < detection.end && spansLines(detection)) drop.add(detection);
      continue;
    }
    const next = lines[index + 1];
    if ((detection.start < line.valueStart && detection.end > line.start) || (next !== undefined && next.start < detection.end && spansLines(detection))) drop.add(detection);
    else if (line.tag === 'PLAC' && detection.type === 'PERSON' && detection.start >= line.valueStart && detection.end <= line.end) drop.add(detection);
  }
  if (drop.size > 0) {
    let kept = 0;
    for (const detection of out) if (!drop.has(detection)) out[kept++] = detection;
    out.length = kept;
  }
  const parents: string[] = [];
  for (const line of lines) {
    parents.length = Math.min(parents.length, line.level);
    const parent = line.level > 0 ? parents[line.level - 1] : undefined;
    parents[line.level] = line.tag;
    const { valueStart, end } = line;
    if (valueStart >= end || text.charCodeAt(valueStart) === 64) continue; // a pointer `@I1@`
    if (NAME_TAGS.has(line.tag)) {
      if (kinds.names) pushNameParts(text, valueStart, end, out);
    } else if (line.tag === 'DATE' && parent !== undefined && BIRTH_EVENTS.has(parent)) {
      if (kinds.dates) pushField(out, text, valueStart, end, 'date');
    } else {
      const kind = VALUE_KINDS[line.tag];
      if (kind === undefined) continue;
      if (kind === 'address' ? kinds.addresses : kinds.contacts) pushField(out, text, valueStart, end, kind);
    }
  }
}

/** A person or an address running over a line's end is an over-read (a line's value is one field). */
const spansLines = (detection: Detection): boolean => detection.type === 'PERSON' || detection.type === 'ADDRESS';

/** The index of the last line (of the sorted `lines`) that starts at or before `at`, or -1. */
function lineIndexAt(lines: readonly Line[], at: number): number {
  let low = 0;
  let high = lines.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((lines[middle]?.start ?? at + 1) <= at) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** `Given Names /Surname/ Suffix`: each part between the slashes and outside them as a name. */
function pushNameParts(text: string, from: number, to: number, out: Detection[]): void {
  let at = from;
  while (at < to) {
    let slash = text.indexOf('/', at);
    if (slash === -1 || slash > to) slash = to;
    if (slash > at && /\p{L}/u.test(text.slice(at, slash))) pushField(out, text, at, slash, 'name');
    at = slash + 1;
  }
}

/** GEDCOM's event and record tags, which are also surnames in the name lists (`Birt`, `Buri`, `Marr`). */
const TAG_WORDS = /(?<![\p{L}\p{N}_])(?:INDI|FAM|BIRT|DEAT|BURI|CHR|MARR|PLAC|BAPM|CREM|PROB|RESI|OCCU|NOTE|SOUR|DIV|EVEN|CENS|EMIG|IMMI|NATU|GRAD|RETI|WILL|FAMC|FAMS|HUSB|WIFE|CHIL|SEX|GIVN|SURN)(?![\p{L}\p{N}_])/gu;

/**
 * A person that is a GEDCOM tag in capitals among other tags (`Tags used: INDI, FAM, BIRT, DEAT,
 * BURI`, `Events: BIRT, CHR, MARR`): dropped when the text holds three tags or more. Gate: `BIRT`,
 * `BURI` or `MARR` in the text (the callers'), one scan of the text here.
 */
export function dropGedcomTagNames(text: string, out: Detection[], from: number): void {
  const tags = new Set<number>();
  TAG_WORDS.lastIndex = 0;
  for (let match = TAG_WORDS.exec(text); match !== null; match = TAG_WORDS.exec(text)) tags.add(match.index);
  if (tags.size < 3) return;
  let kept = from;
  for (let index = from; index < out.length; index++) {
    const detection = out[index];
    if (detection === undefined) continue;
    if (!(detection.type === 'PERSON' && tags.has(detection.start) && /^[A-Z]{3,4}$/.test(text.slice(detection.start, detection.end)))) out[kept++] = detection;
  }
  out.length = kept;
}
