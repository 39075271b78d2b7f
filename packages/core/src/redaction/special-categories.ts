// Special categories of personal data under their labels (GDPR Art. 9(1): "personal data revealing
// racial or ethnic origin, political opinions, religious or philosophical beliefs, or trade union
// membership, … data concerning health or data concerning a natural person's sex life or sexual
// orientation"). Genetic, biometric and health data have their own rules (health-ids.ts, the
// `health` switch); this module reads the others, and a degree of disability, where a record
// names them: an HR record's `Konfession rk, GdB 50 (Schwerbehinderung), Gewerkschaft ver.di`
// (the leak probe of 2026-12-07, F14, found them kept and the event classed `phi, pii.person`
// only), `Religion: Muslim`, `ethnicity: Hispanic`, `sexual orientation: gay`, `party membership:
// …`, in English, German, French, Spanish, Italian, Dutch and Polish.
//
// Only the value after a label is masked, and only a short one: the label's word, a colon, `=` or
// the language's copula, then up to four words to the clause's end (a comma, a semicolon, a
// bracket, a line break), at most 40 characters. Labels that are ordinary words too (`race`,
// `faith`, `disability`) need a colon or `=` (`race condition` stays); labels that name other things
// as often are not read at all (`denomination` of a banknote, `party` of a contract, `union` of a
// credit union or an SQL query, `handicap` of a golfer); after a copula the value must be
// capitalized (`Religion is important` stays, `her religion is Catholic` does not). Linear: one
// scan of the label pattern, each value read forwards over at most 40 characters.
import { normalizeHealthId, type HealthIdKind } from './health-ids.js';
import type { Detection } from './types.js';
import { gatedTest } from './internal/prefilter.js';

/** The categories: the detection's type and its class (classification.ts holds a rule for each). */
const KINDS = [
  { type: 'RELIGION', class: 'pii.special.religion' },
  { type: 'TRADE_UNION', class: 'pii.special.trade_union' },
  { type: 'SEXUAL_ORIENTATION', class: 'pii.special.sexual_orientation' },
  { type: 'ETHNIC_ORIGIN', class: 'pii.special.ethnic_origin' },
  { type: 'POLITICAL_OPINION', class: 'pii.special.political_opinion' },
  // A degree of disability is data concerning health (GDPR Art. 4(15)): PHI, as the health rules' classes.
  { type: 'DISABILITY', class: 'phi.disability' },
] as const;

// Two groups per category (KINDS' order): the labels that may stand with a blank alone before their
// value (`Konfession rk`, `Gewerkschaft ver.di`, `GdB 50`), then the ones that need a colon or `=`
// (read by position in detectSpecialCategories).
const LABEL = new RegExp(
  '(?<![\\p{L}\\p{N}_])(?:' +
    [
      // Religion or belief: Kirchensteuer's `Konfession`/`Religion`/`Bekenntnis`, an HR form's `religious affiliation`.
      '(konfession|religionszugeh[öo]rigkeit|religion|religious (?:affiliation|denomination|beliefs?)|bekenntnis|confession religieuse|religi[óo]n|religione|religie|wyznanie)|(faith|kirchensteuermerkmal)',
      // Trade union membership.
      '(gewerkschaft(?:smitglied(?:schaft)?)?|trade union(?: membership)?|syndicat|sindicato|sindacato|vakbond|zwi[ąa]zek zawodowy)|(union member(?:ship)?)',
      // Sex life or sexual orientation.
      '(sexual orientation|sexuelle orientierung|orientation sexuelle|orientaci[óo]n sexual|orientamento sessuale|seksuele geaardheid|orientacja seksualna)|(sexuality)',
      // Racial or ethnic origin.
      '(ethnicity|ethnic (?:origin|group|background)|ethnische herkunft|ethnie|origine ethnique|origen [ée]tnico|etnia|etniciteit|pochodzenie etniczne)|(race)',
      // Political opinions.
      '(political (?:affiliation|opinions?|views)|party membership|parteimitgliedschaft|parteizugeh[öo]rigkeit|affiliation politique|afiliaci[óo]n pol[íi]tica|affiliazione politica|partijlidmaatschap)|(political party)',
      // A degree of disability (German `GdB`, Grad der Behinderung, SGB IX §152).
      '(gdb|grad der behinderung|schwerbehinderung(?:sgrad)?)|(disability(?: status| degree)?|discapacidad|disabilit[àa]|niepe[łl]nosprawno[śs][ćc])',
    ].join('|') +
    ')(?![\\p{L}\\p{N}_])',
  'giu',
);

/** After the label: a colon or `=`, or a copula, or (for the labels that allow it) one or two blanks. */
// The copula a whole word: `Religion ist Katholisch` (not `is` and a value `t Katholisch`), `Religion Islam` (not `Is`).
const LINK = /[ \t]{0,3}(?:([:=：])|(is|ist|est|es|è|jest|was|war|era)(?![\p{L}\p{N}_]))?[ \t]{0,3}/iuy;
/** The value: up to four words to the clause's end, at most 40 characters. */
const VALUE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’\-/]*(?:[ \t]{1,2}[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’\-/]*){0,3}/uy;
/** What ends a value read after a blank alone: a comma, a semicolon, a bracket, a line break, the end. */
const CLAUSE_END = /^(?:$|[ \t]?[,;)\]\r\n]|[ \t]\(|\.(?:$|\s))/;
/** Values that say there is none to tell (kept: they reveal nothing). */
const NO_VALUE = /^(?:none|n\/a|na|keine|keiner|aucune?|ninguna?|nessuna?|geen|brak|not (?:stated|given|disclosed|specified)|prefer not to say|unknown|unbekannt|-)$/i;

/**
 * Whether `text` may hold a label (no prefilter gate: the 62 mask slots are taken). A text with a
 * colon or `=` is asked for any label's word; one without for the labels that stand before their
 * value with a blank alone, capitalized as records write them (`Konfession rk`, `Gewerkschaft
 * ver.di`, `GdB 50`, `Religion is Catholic`): case-sensitive, so most prose fails at its first
 * characters (about 0.3 µs for 220 characters of lower-case prose here).
 */
const ANY_LABEL = /konfession|religi|bekenntnis|wyznanie|faith|kirchensteuer|gewerkschaft|union|syndicat|sind[ia]cat|vakbond|zawodowy|sexual|sexuell|sexuele|seksu|orientation|orientaci|orientamento|ethnic|ethnisch|ethnie|ethnique|tnico|etnia|etniciteit|etniczne|race|political|party|parteimitglied|parteizugeh|affiliation|afiliaci|affiliazione|partijlid|gdb|behinderung|disabilit|discapacidad|niepe/i;
const CAPITALIZED_LABEL = /Konfession|Religion|Religious|Bekenntnis|Gewerkschaft|Trade union|Syndicat|Sind[ia]cat|Vakbond|GdB|GDB|Grad der Behinderung|Schwerbehinderung|Ethnicity|Sexual orientation|Political/;
/** CAPITALIZED_LABEL's test through the prefilter (gatedTest: the same answer, one bit test for most texts). */
const anyCapitalizedLabel = gatedTest(CAPITALIZED_LABEL);
const anyLabel = (text: string): boolean => (text.includes(':') || text.includes('=') || text.includes('：') ? ANY_LABEL.test(text) : anyCapitalizedLabel(text));

/**
 * Appends a detection for each special category's value after its label in `text` (type RELIGION,
 * TRADE_UNION, SEXUAL_ORIENTATION, ETHNIC_ORIGIN, POLITICAL_OPINION or DISABILITY; the value's
 * offsets; normalized: the value in upper case without blanks or hyphens, normalizeHealthId).
 */
export function detectSpecialCategories(text: string, out: Detection[]): void {
  if (!anyLabel(text)) return;
  for (const label of text.matchAll(LABEL)) {
    // The group that matched: 1-based, two per category (loose, then strict).
    let group = 1;
    while (group <= 12 && label[group] === undefined) group++;
    if (group > 12) continue;
    const kind = KINDS[(group - 1) >> 1] as (typeof KINDS)[number];
    const strict = (group & 1) === 0;
    LINK.lastIndex = (label.index as number) + label[0].length;
    const link = LINK.exec(text);
    if (link === null) continue;
    const colon = link[1] !== undefined;
    const copula = link[2] !== undefined;
    // A label that is an ordinary word too needs a colon or `=`; a loose one a colon, a copula or a blank.
    if (strict ? !colon : !colon && !copula && link[0].length === 0) continue;
    VALUE.lastIndex = LINK.lastIndex;
    const value = VALUE.exec(text);
    if (value === null || value[0].length > 40) continue;
    // After a blank alone, one word that ends its clause (`Konfession rk,`, `Gewerkschaft ver.di`,
    // `GdB 50 (Schwerbehinderung)`, `Konfession rk. Steuerklasse 1`): `the religion of the patient` is
    // prose. The word is taken before its trailing `.`, `-` or `/` go, so a full stop ends it.
    const found = (!colon && !copula ? (value[0].split(/[ \t]/)[0] as string) : value[0]).replace(/[.\-/]+$/, '');
    if (!colon && !copula) {
      if (!CLAUSE_END.test(text.slice(value.index + found.length, value.index + found.length + 3))) continue;
    }
    if (copula && !/^\p{Lu}/u.test(found)) continue;
    if (found.length === 0 || NO_VALUE.test(found)) continue;
    if (kind.type === 'DISABILITY') {
      // `GdB` in its own capitals (`gdb 12.1` is the GNU debugger) and its degree a number (SGB IX §152: 20 to 100 in tens).
      if (label[0].toLowerCase() === 'gdb' && label[0] !== 'GdB' && label[0] !== 'GDB') continue;
      if (/^(?:gdb|grad der behinderung)$/i.test(label[0]) && !/^\d{2,3}$/.test(found)) continue;
    } else if (/\d/.test(found) || !/\p{L}/u.test(found)) continue;
    // Normalized as a member's value of the same kind (SPECIAL_CATEGORY_KEYS, redactor.ts keyedValue): one pseudonym for both.
    out.push({ start: value.index, end: value.index + found.length, type: kind.type, class: kind.class, normalized: normalizeHealthId(found) });
  }
}

/** A category's value under its member: letters, no digit, at most 40 characters, not a `none`. */
const wordValue = (value: string): boolean => value.length <= 40 && /\p{L}/u.test(value) && !/\d/.test(value) && !NO_VALUE.test(value);
/** A degree of disability under its member: 20 to 100 (SGB IX §152), written as its number. */
const degreeValue = (value: string): boolean => /^\d{2,3}$/.test(value) && Number(value) >= 10 && Number(value) <= 100;
const kindOf = (type: string, accept: (value: string) => boolean): HealthIdKind => {
  const kind = KINDS.find((each) => each.type === type) as (typeof KINDS)[number];
  return { type: kind.type, class: kind.class, accept };
};

/**
 * The member names (normalized as key-names.ts normalizeKeyName writes them: lower case, no
 * separators) whose value is a special category's (`{"religion":"Muslim"}`, `{ethnicity:'…'}`,
 * `{gdb: 50}`), with the value each accepts; read by redactor.ts keyDecision when `special` is on.
 */
export const SPECIAL_CATEGORY_KEYS: ReadonlyMap<string, HealthIdKind> = new Map<string, HealthIdKind>([
  ...['religion', 'religiousaffiliation', 'religiousdenomination', 'religiousbelief', 'religiousbeliefs', 'konfession', 'religionszugehorigkeit', 'religionszugehoerigkeit', 'bekenntnis', 'religionsbekenntnis', 'religione', 'religie', 'wyznanie'].map((key) => [key, kindOf('RELIGION', wordValue)] as const),
  ...['tradeunion', 'tradeunionmembership', 'unionmember', 'unionmembership', 'gewerkschaft', 'gewerkschaftsmitglied', 'gewerkschaftsmitgliedschaft', 'syndicat', 'sindicato', 'sindacato', 'vakbond'].map((key) => [key, kindOf('TRADE_UNION', wordValue)] as const),
  ...['sexualorientation', 'sexuelleorientierung', 'orientationsexuelle', 'orientacionsexual', 'orientamentosessuale', 'seksuelegeaardheid', 'orientacjaseksualna'].map((key) => [key, kindOf('SEXUAL_ORIENTATION', wordValue)] as const),
  ...['ethnicity', 'ethnicorigin', 'ethnicgroup', 'ethnicbackground', 'race', 'ethnischeherkunft', 'ethnie', 'origineethnique', 'etnia', 'etniciteit'].map((key) => [key, kindOf('ETHNIC_ORIGIN', wordValue)] as const),
  ...['politicalaffiliation', 'politicalopinion', 'politicalopinions', 'politicalviews', 'partymembership', 'parteimitgliedschaft', 'parteizugehorigkeit', 'parteizugehoerigkeit', 'affiliationpolitique'].map((key) => [key, kindOf('POLITICAL_OPINION', wordValue)] as const),
  ...['gdb', 'gradderbehinderung', 'disabilitydegree', 'degreeofdisability', 'schwerbehinderungsgrad'].map((key) => [key, kindOf('DISABILITY', degreeValue)] as const),
]);
