// The legal forms of companies (legal persons) of every EU country, the Nordics, the UK, Switzerland
// and the US, in one table: a name followed by one is a company, no person (O2 of the probe of
// 2026-12-05g: `Novo Nordisk A/S`, `Nokia Oyj`, `Škoda Auto a.s.`, `Orkla ASA` read as persons).
// names.ts reads a form written as the table spells it after or at the end of a run of names;
// redactor.ts reads a company-name member's last word against the forms' keys (lower case, no dots).

/** Each country's legal forms as they are written (case and dots matter in text). */
const LEGAL_FORMS_BY_COUNTRY: Readonly<Record<string, readonly string[]>> = {
  dk: ['A/S', 'ApS', 'I/S', 'K/S', 'P/S', 'IVS', 'AMBA', 'A.m.b.A.', 'SMBA'],
  se: ['AB', 'HB', 'KB', 'Ek. för.'],
  no: ['AS', 'ASA', 'ANS', 'NUF'],
  fi: ['Oy', 'Oyj', 'OY', 'OYJ', 'Ab', 'Abp', 'Ky', 'Tmi'],
  is: ['hf.', 'ehf.'],
  ee: ['OÜ', 'MTÜ'],
  lv: ['SIA'],
  lt: ['UAB', 'VšĮ'],
  cz: ['a.s.', 'a. s.', 's.r.o.', 's. r. o.', 'spol. s r.o.', 'v.o.s.', 'k.s.', 'z.s.'],
  hu: ['Kft.', 'Kft', 'Zrt.', 'Zrt', 'Nyrt.', 'Nyrt', 'Bt.', 'Kkt.'],
  ro: ['S.R.L.', 'SRL', 'S.A.', 'SA', 'SRL-D'],
  pl: ['sp. z o.o.', 'Sp. z o.o.', 'sp.k.', 'sp.j.', 'S.A.'],
  de: ['GmbH', 'gGmbH', 'AG', 'KG', 'OHG', 'GbR', 'KGaA', 'e.V.', 'e.K.', 'UG'],
  ch: ['Sàrl'],
  nl: ['B.V.', 'BV', 'N.V.', 'NV', 'VOF', 'C.V.'],
  be: ['BVBA', 'SPRL', 'CommV'],
  fr: ['SAS', 'SASU', 'SARL', 'EURL', 'SNC', 'SCI', 'S.A.S.'],
  lu: ['S.à r.l.', 'S.à.r.l.'],
  it: ['S.p.A.', 'SpA', 'S.r.l.', 'Srl', 'S.a.s.', 'S.n.c.', 'S.r.l.s.'],
  es: ['S.L.', 'S.L.U.', 'SLU', 'S.Coop.'],
  pt: ['Lda.', 'Lda', 'Unipessoal Lda.'],
  gr: ['A.E.', 'E.P.E.', 'EPE', 'I.K.E.', 'IKE', 'O.E.'],
  bg: ['OOD', 'EOOD', 'EAD'],
  hr: ['d.o.o.', 'd.d.', 'j.d.o.o.'],
  ie: ['DAC', 'CLG', 'ULC'],
  eu: ['SE', 'SCE', 'EEIG', 'EWIV'],
  uk: ['Ltd', 'Ltd.', 'Limited', 'PLC', 'plc', 'p.l.c.', 'LLP'],
  us: ['Inc', 'Inc.', 'Corp', 'Corp.', 'LLC', 'L.L.C.', 'LP'],
  au: ['Pty', 'Pty Ltd'],
};

/**
 * Forms that are a word or an abbreviation of their own too (`AS`, `AB`, `SA`, `SE`, `AG`: `as`,
 * blood group AB, `SA` the state): read after a name only where the name ends (a line's end,
 * punctuation, or `and`/`og`/`och` and a conjunction's like): `MARIA GARCIA AS TRUSTEE` stays a person.
 */
const WEAK_FORMS: ReadonlySet<string> = new Set(['AS', 'AB', 'Ab', 'SA', 'SE', 'AG', 'KG', 'HB', 'KB', 'LP', 'UG', 'BV', 'NV', 'Ky', 'Pty', 'Ltd', 'Inc', 'Corp', 'Limited']);

/** Every spelling of the table. */
export const LEGAL_FORM_SPELLINGS: ReadonlySet<string> = new Set(Object.values(LEGAL_FORMS_BY_COUNTRY).flat());

/** A form's key: lower case, without dots, slashes and blanks (`A/S` → `as`, `s.r.o.` → `sro`). */
export const legalFormKey = (word: string): string => word.toLowerCase().replace(/[./\s]+/g, '');

/** The keys of every form of the table (`as`, `aps`, `oyj`, `sro`, `kft`, `srl`, `gmbh`, `ltd`…). */
export const LEGAL_FORM_KEYS: ReadonlySet<string> = new Set([...LEGAL_FORM_SPELLINGS].map(legalFormKey));

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ \\t]?');
const byLength = (list: string[]): string[] => list.sort((x, y) => y.length - x.length);
const strong = byLength([...LEGAL_FORM_SPELLINGS].filter((form) => !WEAK_FORMS.has(form))).map(escape).join('|');
const weak = byLength([...WEAK_FORMS]).map(escape).join('|');
/** Where a name ends before a weak form's end: the text's or line's end, punctuation, a conjunction, a bracket. */
const NAME_END = String.raw`(?=[ \t]*(?:$|[\r\n,;:.)\]}'"|!?]|[ \t](?:and|or|og|och|eller|ja|tai|a|und|et|e|y|i|&|\()(?![\p{L}\p{N}])))`;
const NAME_END_AT = new RegExp(`^${NAME_END}`, 'u');
/**
 * A legal form one blank after a run of names, or after up to two more capitalized words of the firm's
 * name (`Novo Nordisk A/S`, `Škoda Auto a.s.`, `Orkla ASA`, `Volvo AB,`, `Popescu Construct S.R.L.`): the strong forms before any
 * non-letter, the weak ones only where the name ends (NAME_END). Linear: one anchored alternation.
 */
export const LEGAL_FORM_AFTER = new RegExp(String.raw`^(?:[ \t]\p{Lu}[\p{L}'’&-]{1,30}){0,2}[ \t](?:(?:${strong})(?![\p{L}\p{N}])|(?:${weak})(?![\p{L}\p{N}])${NAME_END})`, 'u');

/** True when `word`, as written, is a form of the table that is no word of its own (`Oyj`, `ApS`, `GmbH`, `Kft`), or a weak one (`AS`, `AB`) followed by a name's end in `after`. */
export function legalFormWord(word: string, after: string): boolean {
  if (!LEGAL_FORM_SPELLINGS.has(word)) return false;
  return !WEAK_FORMS.has(word) || NAME_END_AT.test(after);
}
