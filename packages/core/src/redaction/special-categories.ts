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
import { namedSubject, pushSubject } from './personal-subjects.js';

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
 * Whether `text` may hold a label (no prefilter gate: written when the mask's 62 slots were all taken). A text with a
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

// ------------------------------------------------------------------ the categories said in prose
// The categories said in lower-case prose with no label and no colon (issue 11, 2026-12-07, the open part of F14: `he is
// catholic`, `she's gay`, `i'm a member of the unite union`, `my religion is islam`, `ich bin in der gewerkschaft`,
// `registered disabled` were stored raw; the label rules read capitalized labels or a colon only). A person is what makes
// a word a category: each form needs a personal pronoun and a copula, a possessive and a category's noun, or a register's
// word before it, and the value must end its clause (or come before a conjunction or an adverb), so `the catholic church`,
// `he is catholic school educated`, `the account is disabled`, `we are a catholic charity` stay:
//  - a pronoun (`i`, `he`, `she`, `they`, `we`, `you`) and a copula (`'m`, `'s`, `'re`, `am`, `is`, `are`, `was`, `were`),
//    an article and an adverb of practice (`a practising`, `devout`, `lapsed`), then a religion (`catholic`, `roman
//    catholic`, `muslim`, `jewish`, `hindu`, `buddhist`, `sikh`, `christian`, `atheist`, …), a sexual orientation (`gay`,
//    `lesbian`, `bisexual`, `homosexual`, `queer`, …) or `disabled` (`registered`/`severely` before it);
//  - membership of a trade union: `<pronoun> <copula> a (paid-up) member/rep/steward of/in the … union` (up to three
//    words of its name; not a European, African, Soviet, credit, customs, monetary, postal or student union), `<pronoun>
//    joined/belongs to the … union`, `<pronoun> <copula> a union member` / `a trade unionist`;
//  - a possessive and a noun of religion or sexual orientation, `is`/`was`, and a listed value (`my religion is islam`,
//    `her faith is buddhism`; `my religion is important to me` stays);
//  - `registered disabled`, `registered blind`, `registered partially sighted` (the UK's registers of disability);
//  - German: `ich bin`/`er ist`/`sie ist`/`wir sind` + `in der`/`bei der gewerkschaft`, `mitglied (in) der gewerkschaft`,
//    `gewerkschaftsmitglied`, `schwul`, `lesbisch`, `bisexuell`, `homosexuell`, `katholisch`, `evangelisch`, `muslimisch`,
//    `jüdisch`, `schwerbehindert`.
// Behind one masked prefilter slot (mayHoldProseCategory: the values' and nouns' words); one global search with bounded
// repetitions: linear in the input. Since 2026-12-07b also ethnic origin (a census's group, `of … descent`, `my ethnicity
// is …`) and political opinion (a vote for a listed party, its voter or member, a creed), and the pronoun with its
// copula typed without the apostrophe (`im gay`). Not read: `black`/`white` alone (a chess side, a colour), a party
// whose name is an adjective with no vote or member word (`i'm conservative`), a name instead
// of the pronoun (`Maria is catholic`). `jew`, `jehovah` and `bisexuell` joined the gate on 2026-12-07 (a mutant of it
// survived: "i'm a jew", "she is a jehovah's witness", "er ist bisexuell" were stored raw).
const mayHoldProseCategory = gatedTest(/\bbi\b|hispanic|latin[oax]|biracial|multiracial|mixed|british|african|caribbean|irish|american|asian|arab|kurdish|roma|gypsy|aboriginal|indigenous|m[aā]ori|pacific|descent|heritage|origin|background|ancestry|ethnic|race|vote|labour|tory|tories|lib dem|democrat|republican|snp|ukip|maga|afd|spd|cdu|csu|fdp|linke|socialist|communist|marxist|anarchist|libertarian|trotskyist|fascist|neo-nazi|party|catholic|protestant|muslim|moslem|jew|jehovah|hindu|buddhis|sikh|christian|atheis|agnostic|mormon|evangelical|anglican|methodist|baptist|lutheran|orthodox|islam|judaism|religion|faith|gay|lesbian|bisexual|bisexuell|homosexual|queer|pansexual|asexual|sexuality|orientation|union|disabled|registered|gewerkschaft|schwul|lesbisch|homosexuell|katholisch|evangelisch|muslimisch|j[üu]disch|schwerbehindert|homo|lesbien|bisexuel|biseksu|bicurious|kathol|catholi|cat[oó]lic|moslim|musulm|joods|juif|juive|jud[ií]|religious|kurd|türk|roma|romni|sint|jesid|tamil|berb|bereber|tsigane|gitan|maghr|m[ée]tis|kabyle|curd|zingar|cigan|koerd|molukk|hindostaan|ind[ií]gena|mapuche|quechua|aymara|mestiz|quilombola|pard[oa]|negr[oa]|origine|origen|origem|ascend|afkomst|komaf|herkunft|abstammung|w[äa]hl|vot|stem|mitglied|membre|militant|adh[ée]rent|encart|afiliad|miembro|simpatizante|lid van|aanhanger|kiezer|iscritt|tesserat|elettor|filiad|membro|eleitor|kommunist|sozialist|anarchi|faschist|communist|comunist|fascist|marxist|trotsk|falang|petista|bolsonarista/i);
const SUBJECT = "(?<![\\p{L}\\p{N}'’])(?:i|he|she|they|we|you)";
// A copula after the pronoun, or the pronoun and its copula typed without the apostrophe (`im gay`, `shes bi`, `theyre
// muslim`: chat's spelling; `hes` and `shes` are no other words, `were` is left out: a verb of its own).
const BE = "(?:['’](?:m|s|re)|[ \\t]+(?:am|is|are|was|were))";
const SUBJECT_BE = `(?:${SUBJECT}${BE}|(?<![\\p{L}\\p{N}'’])(?:im|hes|shes|theyre))`;
// A denial is data about the category too (GDPR Art. 9: `i'm not gay`, `I am not religious`; 2026-12-07c).
const PRACTICE = '(?:[ \\t]+not)?(?:[ \\t]+(?:a|an))?(?:[ \\t]+(?:practising|practicing|devout|strict|lapsed|observant|committed|proud|openly|also|now|both|all|very))?';
const RELIGIONS = "religious|(?:roman[ \\t]+)?catholic|protestant|muslim|moslem|jewish|jew|hindu|buddhist|sikh|christian|atheist|agnostic|mormon|evangelical|anglican|methodist|baptist|lutheran|(?:greek|russian|eastern)[ \\t]+orthodox|jehovah['’]?s[ \\t]+witness";
const RELIGION_NOUNS = 'islam|christianity|judaism|hinduism|buddhism|sikhism|catholicism|protestantism|atheism';
const ORIENTATIONS = 'gay|lesbian|bisexual|bi-curious|bicurious|bi|homosexual|queer|pansexual|asexual';
const ETHNICITIES = "hispanic|latino|latina|latinx|biracial|multiracial|mixed[ \\t-]race|(?:black|white|asian|mixed)[ \\t]+(?:british|african|caribbean|irish|american)|british[ \\t]+(?:asian|indian|pakistani|bangladeshi|chinese)|african[ \\t-]american|asian[ \\t-]american|asian|arab|kurdish|romani|roma|gypsy|irish[ \\t]+traveller|aboriginal|indigenous|m[aā]ori|pacific[ \\t]+islander";
// Parties by their voters' and members' words (UK, US, DE), and creeds that are political opinions by themselves.
// A party whose name is also an adjective (`i'm conservative with estimates`, `i'm green`, `im in labour`) needs a vote, a
// voter's or a member's word; the others stand alone after a copula (`i'm a tory`, `she's a democrat`).
const PARTIES_ALONE = "tory|tories|lib[ \\t]+dems?|liberal[ \\t]+democrats?|snp|ukip|democrats?|republicans?|maga|afd|spd|cdu|csu|fdp|die[ \\t]+linke";
const PARTIES = `labour|conservatives?|greens?|reform|plaid|${PARTIES_ALONE}`;
const CREEDS = "socialist|communist|marxist|anarchist|libertarian|trotskyist|fascist|neo-nazi";
/** The value ends its clause, or a conjunction or an adverb follows (`they are jewish and vegetarian`, `i'm bisexual btw`). */
const PROSE_END = "(?=[ \\t]*(?:$|[,.;:!?)\\n])|[ \\t]+(?:and|but|too|now|though|since|myself|himself|herself|btw|fyi|actually|und|aber|auch|seit|et|mais|y|pero|e|ma|mas|en|maar|depuis|desde|da)(?![\\p{L}]))";
const UNION_NAME = "(?:(?!(?:european|african|soviet|credit|customs|monetary|postal|student|students|civil|the)(?![\\p{L}]))[\\p{L}.&'’-]{2,20}[ \\t]+){0,3}union(?![\\p{L}-])";
const GERMAN_SUBJECT = '(?<![\\p{L}])(?:ich[ \\t]+bin|er[ \\t]+ist|sie[ \\t]+ist|sie[ \\t]+sind|wir[ \\t]+sind)[ \\t]+(?:(?:auch|nicht)[ \\t]+)?';
// Dutch, French and Spanish self-disclosures in lower case (`ik ben homo`, `je suis gay`, `soy gay`; 2026-12-07c), a denial too
// (`ik ben niet homo`, `je ne suis pas gay`, `no soy gay`): the pronoun and copula, then a listed value ending its clause.
const DUTCH_SUBJECT = '(?<![\\p{L}])(?:ik[ \\t]+ben|hij[ \\t]+is|zij[ \\t]+is|ze[ \\t]+is|wij[ \\t]+zijn|we[ \\t]+zijn)[ \\t]+(?:(?:ook|niet)[ \\t]+)?';
const FRENCH_SUBJECT = "(?<![\\p{L}])(?:je[ \\t]+(?:ne[ \\t]+)?suis|j['’]suis|il[ \\t]+(?:n['’])?est|elle[ \\t]+(?:n['’])?est|nous[ \\t]+(?:ne[ \\t]+)?sommes)[ \\t]+(?:(?:pas|aussi)[ \\t]+)?";
const SPANISH_SUBJECT = '(?<![\\p{L}])(?:(?:yo|[eé]l|ella)[ \\t]+)?(?:no[ \\t]+)?(?:soy|somos)[ \\t]+(?:(?:tambi[eé]n)[ \\t]+)?';
const DUTCH_ORIENTATIONS = 'homo|lesbisch|lesbienne|biseksueel|homoseksueel|bi';
const FRENCH_ORIENTATIONS = 'gay|homo|homosexuel(?:le)?|lesbienne|bisexuel(?:le)?|bi';
const SPANISH_ORIENTATIONS = 'gay|homosexual|lesbiana|bisexual|bi';
const DUTCH_RELIGIONS = 'katholiek|moslim|joods|christen';
const FRENCH_RELIGIONS = 'catholique|musulman(?:e)?|juif|juive|chr[eé]tien(?:ne)?';
const SPANISH_RELIGIONS = 'cat[oó]lic[oa]|musulm[aá]n(?:a)?|jud[ií][oa]|cristian[oa]';
// Ethnic origin and political opinion in German, French, Spanish, Dutch, Italian and Portuguese (issue 11, 2026-12-07d:
// `ich bin Kurde`, `je suis d'origine marocaine`, `soy gitana`, `ik stem op de PVV`, `voto Fratelli d'Italia`, `sou filiado
// ao PT` were stored raw). Personal is a first person or a third person's pronoun (`ich bin`, `je suis`, `soy`, `ik ben`,
// `sono`, `sou`, `er ist`, `elle est`) or a vote's verb in the first person (`voto`, `ich wähle`, `je vote`, `ik stem
// op`): a party named in news with no person (`die AfD gewinnt`, `il voto per il PD`, `el PSOE y el PP negocian`) stays.
// Values: a listed minority's noun or adjective, or an origin (`d'origine …`, `de origen …`, `di origine …`, `de origem
// …`, `van … afkomst`, `…er Herkunft`); a listed party of that country after a vote's verb or a member's word, or a creed.
const ITALIAN_SUBJECT = '(?<![\\p{L}])(?:(?:io|lui|lei|noi)[ \\t]+)?(?:non[ \\t]+)?(?:sono|siamo|è)[ \\t]+(?:(?:anche)[ \\t]+)?';
const PORTUGUESE_SUBJECT = '(?<![\\p{L}])(?:(?:eu|ele|ela|nós)[ \\t]+)?(?:não[ \\t]+)?(?:sou|somos)[ \\t]+(?:(?:também)[ \\t]+)?';
const GERMAN_ETHNICITIES = 'kurde|kurdin|türke|türkin|araber(?:in)?|roma|romni|sinto|sintiza|sinti|jeside|jesidin|tamile|tamilin|berber(?:in)?|afrodeutsche[r]?';
const FRENCH_ETHNICITIES = "kurde|arabe|berb[eè]re|rom|tsigane|gitane?|maghr[ée]bine?|m[ée]tisse?|kabyle";
const SPANISH_ETHNICITIES = 'gitan[oa]|kurd[oa]|[aá]rabe|ind[ií]gena|mapuche|quechua|aymara|mestiz[oa]|bereber';
const DUTCH_ETHNICITIES = 'koerd(?:isch|ische)?|berber|arabier|roma|sinti|molukker|hindostaan(?:s|se)?';
const ITALIAN_ETHNICITIES = 'curd[oa]|rom|sinti|arab[oa]|zingar[oa]|berbera?';
const PORTUGUESE_ETHNICITIES = 'cigan[oa]|curd[oa]|[aá]rabe|ind[ií]gena|quilombola|pard[oa]|negr[oa]';
const PARTIES_DE = 'afd|spd|cdu|csu|fdp|grünen|grüne|die[ \\t]+linke|linke|bsw|freie[ \\t]+wähler|npd|piraten';
const PARTIES_FR = "rn|lfi|ps|lr|eelv|pcf|reconquête|renaissance|rassemblement[ \\t]+national|front[ \\t]+national|france[ \\t]+insoumise|insoumis|verts|républicains|socialistes|écologistes|modem";
const PARTIES_ES = 'pp|psoe|vox|podemos|sumar|erc|junts|bildu|pnv|ciudadanos|izquierda[ \\t]+unida|iu|bng|cup';
const PARTIES_NL = 'pvv|vvd|d66|cda|groenlinks-pvda|gl-pvda|groenlinks|pvda|sp|fvd|bbb|nsc|ja21|christenunie|sgp|denk|volt|pvdd|50plus';
const PARTIES_IT = "pd|fdi|fratelli[ \\t]+d['’]italia|lega|m5s|movimento[ \\t]+(?:5|cinque)[ \\t]+stelle|forza[ \\t]+italia|avs|italia[ \\t]+viva|rifondazione";
const PARTIES_PT = 'pt|psdb|pl|mdb|psol|pdt|psb|psd|ps|chega|iniciativa[ \\t]+liberal|bloco(?:[ \\t]+de[ \\t]+esquerda)?|pcp|livre|cds';
const CREEDS_ROMANCE = 'comunista|socialista|anarquista|anarchic[oa]|fascista|marxista|falangista|trotskista|petista|bolsonarista';
/** A vote's verb in the first person after no word (`voto Vox`) or after a pronoun or an adverb (`yo voto`, `eu voto`); `el voto al PP` is a noun. */
const ROMANCE_VOTE = "(?:(?<![\\p{L}\\p{N}'’][ \\t]{0,3})|(?<![\\p{L}])(?:yo|io|eu|siempre|sempre|también|também|anche|ainda|todavía)[ \\t]+)(?:voto|voté|votei|votamos|votiamo|ho[ \\t]+votato|he[ \\t]+votado)[ \\t]+";
const OTHER_PROSE_FORMS: Array<[string, number]> = [
  [`${GERMAN_SUBJECT}(?:ein(?:e)?[ \\t]+)?(${GERMAN_ETHNICITIES})(?![\\p{L}-])${PROSE_END}`, 3],
  [`${GERMAN_SUBJECT}(\\p{L}{3,20}(?:er|en)[ \\t]+(?:herkunft|abstammung))(?![\\p{L}-])`, 3],
  [`${FRENCH_SUBJECT}(?:une?[ \\t]+)?(${FRENCH_ETHNICITIES})(?![\\p{L}-])${PROSE_END}`, 3],
  [`${FRENCH_SUBJECT}d['’](?:origine|ascendance)[ \\t]+(\\p{L}{3,20})(?![\\p{L}-])`, 3],
  [`${SPANISH_SUBJECT}(${SPANISH_ETHNICITIES})(?![\\p{L}-])${PROSE_END}`, 3],
  [`${SPANISH_SUBJECT}de[ \\t]+(?:origen|ascendencia)[ \\t]+(\\p{L}{3,20})(?![\\p{L}-])`, 3],
  [`${DUTCH_SUBJECT}(?:een[ \\t]+)?(${DUTCH_ETHNICITIES})(?![\\p{L}-])${PROSE_END}`, 3],
  [`${DUTCH_SUBJECT}van[ \\t]+(\\p{L}{3,20})[ \\t]+(?:afkomst|komaf)(?![\\p{L}-])`, 3],
  [`${ITALIAN_SUBJECT}(?:una?[ \\t]+)?(${ITALIAN_ETHNICITIES})(?![\\p{L}-])${PROSE_END}`, 3],
  [`${ITALIAN_SUBJECT}di[ \\t]+origin[ei][ \\t]+(\\p{L}{3,20})(?![\\p{L}-])`, 3],
  [`${PORTUGUESE_SUBJECT}(${PORTUGUESE_ETHNICITIES})(?![\\p{L}-])${PROSE_END}`, 3],
  [`${PORTUGUESE_SUBJECT}de[ \\t]+(?:origem|ascend[eê]ncia)[ \\t]+(\\p{L}{3,20})(?![\\p{L}-])`, 3],
  [`(?<![\\p{L}])(?:ich|er|sie|wir)[ \\t]+(?:wähle|wählt|wählen|wählte|wählten)[ \\t]+(?:immer[ \\t]+)?(?:die[ \\t]+|der[ \\t]+)?(${PARTIES_DE})(?![\\p{L}\\p{N}-])`, 4],
  [`${GERMAN_SUBJECT}(?:mitglied[ \\t]+(?:in[ \\t]+)?(?:der|bei[ \\t]+der)|in[ \\t]+der)[ \\t]+(${PARTIES_DE})(?![\\p{L}\\p{N}-])`, 4],
  [`${GERMAN_SUBJECT}(?:ein(?:e)?[ \\t]+)?(kommunist(?:in)?|sozialist(?:in)?|anarchist(?:in)?|faschist(?:in)?|marxist(?:in)?)(?![\\p{L}-])${PROSE_END}`, 4],
  [`(?<![\\p{L}])(?:je|il|elle|nous)[ \\t]+(?:vote|votons|votais|ai[ \\t]+voté|a[ \\t]+voté|avons[ \\t]+voté)[ \\t]+(?:toujours[ \\t]+)?(?:pour[ \\t]+)?(?:le[ \\t]+|la[ \\t]+|les[ \\t]+|l['’])?(${PARTIES_FR})(?![\\p{L}\\p{N}-])`, 4],
  [`${FRENCH_SUBJECT}(?:membre|militant|militante|adhérent|adhérente|encarté|encartée)[ \\t]+(?:du|de[ \\t]+la|des|à[ \\t]+la|au|de)[ \\t]+(${PARTIES_FR})(?![\\p{L}\\p{N}-])`, 4],
  [`${FRENCH_SUBJECT}(communiste|socialiste|anarchiste|fasciste|trotskiste|marxiste)(?![\\p{L}-])${PROSE_END}`, 4],
  [`${ROMANCE_VOTE}(?:a[ \\t]+|al[ \\t]+|por[ \\t]+|per[ \\t]+|para[ \\t]+|no[ \\t]+|na[ \\t]+|em[ \\t]+|pelo[ \\t]+|pela[ \\t]+)?(?:el[ \\t]+|la[ \\t]+|il[ \\t]+|lo[ \\t]+|i[ \\t]+|o[ \\t]+|a[ \\t]+)?(${PARTIES_ES}|${PARTIES_IT}|${PARTIES_PT})(?![\\p{L}\\p{N}-])`, 4],
  [`${SPANISH_SUBJECT}(?:afiliad[oa]|militante|miembro|votante|simpatizante)[ \\t]+(?:del|de[ \\t]+la|de|al|a)[ \\t]+(${PARTIES_ES})(?![\\p{L}\\p{N}-])`, 4],
  [`${SPANISH_SUBJECT}(${CREEDS_ROMANCE})(?![\\p{L}-])${PROSE_END}`, 4],
  [`(?<![\\p{L}])(?:ik|hij|zij|ze|wij|we)[ \\t]+(?:stem|stemt|stemde|stemden|stemmen)[ \\t]+(?:altijd[ \\t]+)?op[ \\t]+(?:de[ \\t]+|het[ \\t]+)?(${PARTIES_NL})(?![\\p{L}\\p{N}-])`, 4],
  [`${DUTCH_SUBJECT}(?:lid|aanhanger|stemmer|kiezer)[ \\t]+van[ \\t]+(?:de[ \\t]+|het[ \\t]+)?(${PARTIES_NL})(?![\\p{L}\\p{N}-])`, 4],
  [`${DUTCH_SUBJECT}(?:een[ \\t]+)?(communist|socialist|anarchist|fascist)(?![\\p{L}-])${PROSE_END}`, 4],
  [`${ITALIAN_SUBJECT}(?:iscritt[oa]|tesserat[oa]|militante|elettore|elettrice)[ \\t]+(?:al|alla|a|del|della|nel|nella|di)[ \\t]+(${PARTIES_IT})(?![\\p{L}\\p{N}-])`, 4],
  [`${ITALIAN_SUBJECT}(${CREEDS_ROMANCE})(?![\\p{L}-])${PROSE_END}`, 4],
  [`${PORTUGUESE_SUBJECT}(?:filiad[oa]|militante|membro|eleitora?)[ \\t]+(?:ao|à|do|da|no|na|de)[ \\t]+(${PARTIES_PT})(?![\\p{L}\\p{N}-])`, 4],
  [`${PORTUGUESE_SUBJECT}(${CREEDS_ROMANCE})(?![\\p{L}-])${PROSE_END}`, 4],
];
// One capture group per alternative, each a category's value (PROSE_KINDS: its index in KINDS).
const PROSE_FORMS: Array<[string, number]> = [
  [`${SUBJECT_BE}${PRACTICE}[ \\t]+(${RELIGIONS})(?![\\p{L}-])${PROSE_END}`, 0],
  [`${SUBJECT_BE}${PRACTICE}[ \\t]+(${ORIENTATIONS})(?![\\p{L}-])${PROSE_END}`, 2],
  // Ethnic origin: a census's group (ONS 2021, US OMB 1997) after a pronoun and a copula, `of … descent/heritage/origin`,
  // or a possessive and the noun (`my ethnicity is …`). `black` and `white` alone are a chess side or a colour as often
  // (`i'm black, you're white`) and need a census's second word (`black british`, `white irish`).
  [`${SUBJECT_BE}${PRACTICE}[ \\t]+(${ETHNICITIES})(?![\\p{L}-])${PROSE_END}`, 3],
  [`${SUBJECT_BE}[ \\t]+((?:of|from[ \\t]+an?)[ \\t]+\\p{L}{3,20}(?:[ \\t-]\\p{L}{3,20})?[ \\t]+(?:descent|heritage|origin|background|ancestry))(?![\\p{L}-])`, 3],
  [`(?<![\\p{L}])(?:my|his|her|their|our|your)[ \\t]+(?:ethnicity|ethnic[ \\t]+(?:origin|background|group)|race)[ \\t]+(?:is|was)[ \\t]+(\\p{L}{3,20}(?:[ \\t-]\\p{L}{3,20})?)(?![\\p{L}-])${PROSE_END}`, 3],
  // Political opinion: a vote for a listed party, a party's member or voter, or a creed (`i'm a socialist`).
  [`${SUBJECT}[ \\t]+(?:always[ \\t]+|usually[ \\t]+)?(?:vote|votes|voted)[ \\t]+((?:for[ \\t]+)?(?:the[ \\t]+)?(?:${PARTIES}))(?![\\p{L}-])`, 4],
  [`${SUBJECT_BE}${PRACTICE}[ \\t]+((?:${PARTIES_ALONE}|${CREEDS})(?:[ \\t]+(?:voter|supporter|member|party[ \\t]+member))?|(?:${PARTIES})[ \\t]+(?:voter|supporter|member|party[ \\t]+member))(?![\\p{L}-])${PROSE_END}`, 4],
  [`${SUBJECT_BE}[ \\t]+an?[ \\t]+(?:(?:paid-up|card-carrying|long-?time|proud|active)[ \\t]+)?(?:member|supporter)[ \\t]+of[ \\t]+(?:the[ \\t]+)?((?:${PARTIES})(?:[ \\t]+party)?)(?![\\p{L}-])`, 4],
  [`${SUBJECT_BE}[ \\t]+in[ \\t]+the[ \\t]+((?:${PARTIES})[ \\t]+party)(?![\\p{L}-])`, 4],
  [`${SUBJECT_BE}(?:[ \\t]+not)?[ \\t]+((?:(?:registered|severely)[ \\t]+)?disabled)(?![\\p{L}-])${PROSE_END}`, 5],
  [`${SUBJECT_BE}[ \\t]+an?[ \\t]+(?:(?:paid-up|card-carrying|long-?time|proud|active)[ \\t]+)?(?:member|rep|representative|shop[ \\t]+steward|steward)[ \\t]+(?:of|in)[ \\t]+(?:the[ \\t]+)?(${UNION_NAME})`, 1],
  [`${SUBJECT}[ \\t]+(?:joined|belongs?[ \\t]+to)[ \\t]+(?:the|a)[ \\t]+(${UNION_NAME})`, 1],
  [`${SUBJECT_BE}[ \\t]+an?[ \\t]+(union[ \\t]+member|trade[ \\t]+unionist)(?![\\p{L}-])`, 1],
  [`(?<![\\p{L}])(?:my|his|her|their|our|your)[ \\t]+(?:religion|faith)[ \\t]+(?:is|was)[ \\t]+(${RELIGION_NOUNS}|${RELIGIONS})(?![\\p{L}-])${PROSE_END}`, 0],
  [`(?<![\\p{L}])(?:my|his|her|their|our|your)[ \\t]+(?:sexual[ \\t]+orientation|sexuality)[ \\t]+(?:is|was)[ \\t]+(${ORIENTATIONS}|straight|heterosexual)(?![\\p{L}-])${PROSE_END}`, 2],
  ['(?<![\\p{L}])(registered[ \\t]+(?:disabled|blind|partially[ \\t]+sighted))(?![\\p{L}-])', 5],
  [`${GERMAN_SUBJECT}(?:(?:in|bei)[ \\t]+der[ \\t]+|mitglied[ \\t]+(?:in[ \\t]+)?(?:der|einer)[ \\t]+)?(gewerkschaft(?:smitglied)?)(?![\\p{L}-])${PROSE_END}`, 1],
  [`${GERMAN_SUBJECT}(schwul|lesbisch|bisexuell|homosexuell)(?![\\p{L}-])${PROSE_END}`, 2],
  [`${GERMAN_SUBJECT}(katholisch|evangelisch|muslimisch|j[üu]disch)(?![\\p{L}-])${PROSE_END}`, 0],
  [`${GERMAN_SUBJECT}(schwerbehindert)(?![\\p{L}-])${PROSE_END}`, 5],
  [`${DUTCH_SUBJECT}(${DUTCH_ORIENTATIONS})(?![\\p{L}-])${PROSE_END}`, 2],
  [`${DUTCH_SUBJECT}(${DUTCH_RELIGIONS})(?![\\p{L}-])${PROSE_END}`, 0],
  [`${FRENCH_SUBJECT}(${FRENCH_ORIENTATIONS})(?![\\p{L}-])${PROSE_END}`, 2],
  [`${FRENCH_SUBJECT}(${FRENCH_RELIGIONS})(?![\\p{L}-])${PROSE_END}`, 0],
  [`${SPANISH_SUBJECT}(${SPANISH_ORIENTATIONS})(?![\\p{L}-])${PROSE_END}`, 2],
  [`${SPANISH_SUBJECT}(${SPANISH_RELIGIONS})(?![\\p{L}-])${PROSE_END}`, 0],
  ...OTHER_PROSE_FORMS,
];
const PROSE = new RegExp(PROSE_FORMS.map(([source]) => source).join('|'), 'giu');

// A given name as the subject instead of the pronoun (issue 11, 2026-12-07d: `Maria is catholic`, `Lena ist katholisch`,
// `Ahmed voted for the SNP`, `Maria's faith is buddhism`; personal-subjects.ts): each form above whose subject is a
// pronoun, with a name's word and the third person's copula or verb in its place (`is`, `ist`, `est`, `es`, `è`, `é`,
// `votes`, `wählt`, `stemt`, `vota`, a name's `'s` for a possessive). A capitalized word right before a copula, a verb of
// these or `'s` and a category's noun is a candidate (NAMED_CANDIDATE, no `i` flag: `\p{Lu}` is a capital); the forms are
// tried at it (sticky) only when it is a listed given name (personal-subjects.ts namedSubject).
const NAME = "\\p{L}[\\p{L}\\p{M}-]{1,23}";
const NAMED_SUBJECTS: Array<[string, string]> = [
  [SUBJECT_BE, `${NAME}[ \\t]+(?:is|was)`],
  [GERMAN_SUBJECT, `${NAME}[ \\t]+(?:ist|war)[ \\t]+(?:(?:auch|nicht)[ \\t]+)?`],
  [DUTCH_SUBJECT, `${NAME}[ \\t]+(?:is|was)[ \\t]+(?:(?:ook|niet)[ \\t]+)?`],
  [FRENCH_SUBJECT, `${NAME}[ \\t]+(?:n['’])?est[ \\t]+(?:(?:pas|aussi)[ \\t]+)?`],
  [SPANISH_SUBJECT, `${NAME}[ \\t]+(?:no[ \\t]+)?es[ \\t]+(?:(?:tambi[eé]n)[ \\t]+)?`],
  [ITALIAN_SUBJECT, `${NAME}[ \\t]+(?:non[ \\t]+)?è[ \\t]+(?:(?:anche)[ \\t]+)?`],
  [PORTUGUESE_SUBJECT, `${NAME}[ \\t]+(?:não[ \\t]+)?é[ \\t]+(?:(?:também)[ \\t]+)?`],
  [ROMANCE_VOTE, `${NAME}[ \\t]+(?:vota|votó|votou|ha[ \\t]+votato|ha[ \\t]+votado)[ \\t]+`],
  ['(?<![\\p{L}])(?:ich|er|sie|wir)[ \\t]+(?:wähle|wählt|wählen|wählte|wählten)', `${NAME}[ \\t]+(?:wählt|wählte)`],
  ['(?<![\\p{L}])(?:je|il|elle|nous)[ \\t]+(?:vote|votons|votais|ai[ \\t]+voté|a[ \\t]+voté|avons[ \\t]+voté)', `${NAME}[ \\t]+(?:vote|votait|a[ \\t]+voté)`],
  ['(?<![\\p{L}])(?:ik|hij|zij|ze|wij|we)[ \\t]+(?:stem|stemt|stemde|stemden|stemmen)', `${NAME}[ \\t]+(?:stemt|stemde)`],
  ['(?<![\\p{L}])(?:my|his|her|their|our|your)', `${NAME}['’]s`],
  [SUBJECT, NAME],
];
/** Each pronoun's form with a name's subject (forms with no pronoun, `registered disabled`, are left out), and its kind. */
const NAMED_FORMS: Array<[string, number]> = PROSE_FORMS.flatMap(([source, kind]) => {
  let named = source;
  for (const [pronoun, name] of NAMED_SUBJECTS) named = named.split(pronoun).join(name);
  return named === source ? [] : [[named, kind] as [string, number]];
});
const NAMED_PROSE = new RegExp(NAMED_FORMS.map(([source]) => source).join('|'), 'iuy');
const NAMED_CANDIDATE = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{Ll}\p{M}-]{1,23}(?=[ \t]+(?:is|was|ist|war|est|n['’]est|es|no[ \t]+es|è|non[ \t]+è|é|não[ \t]+é|votes|voted|always|usually|joined|belongs|wählt|wählte|vote|votait|a[ \t]+voté|stemt|stemde|vota|votó|votou|ha[ \t]+vota[dt]o)(?![\p{L}])|['’]s[ \t]+(?:religion|faith|sexual|sexuality|ethnicity|ethnic|race)(?![\p{L}]))/gu;
/**
 * Whether a named form's match says its fact of a person alone (personal-subjects.ts: a name that is a place or a word
 * counts only then): a sexual orientation, a union's membership, a vote or a member's word, an article before the
 * value (`a practising Muslim`, `a socialist`: a country is no `a …`), a practice's word, `of … descent`. Not: a bare
 * religion, origin or creed (`Jordan is Muslim`, `India is Hindu`, `China is communist`), `disabled`, a possessive
 * (`Jordan's religion is islam`; a possessive's sexual orientation counts: `April's sexuality is straight`).
 */
function personalPredicate(match: string, kind: (typeof KINDS)[number]): boolean {
  // Before the possessive's test: a place has a religion, no sexuality (`April's sexuality is straight` was kept until 2026-12-07).
  if (kind.type === 'SEXUAL_ORIENTATION' || kind.type === 'TRADE_UNION') return true;
  // The name's own `'s` only: a value's (`a Jehovah's Witness`) is none (`Jordan is a Jehovah's Witness` was kept until 2026-12-07).
  if (/^[\p{L}\p{M}-]+['’]s[ \t]/u.test(match)) return false;
  if (kind.type === 'DISABILITY') return false;
  return /[ \t](?:a|an|ein|eine|un|une|een|una?)[ \t]|practi[sc]ing|devout|strict|lapsed|observant|committed|descent|heritage|ancestry|abstammung|ascend|afkomst|komaf|vot|w[äa]hl|stem|member|voter|supporter|mitglied|membre|militant|adh[ée]rent|encart|afiliad|miembro|simpatizante|[ \t]lid[ \t]|aanhanger|kiezer|iscritt|tesserat|elettor|filiad|membro|eleitor/iu.test(match);
}

/** Appends a detection for each category said in prose (see above): the value's words, typed as under a label. */
export function detectProseCategories(text: string, out: Detection[], persons = false): void {
  if (!mayHoldProseCategory(text)) return;
  for (const candidate of text.matchAll(NAMED_CANDIDATE)) {
    const start = candidate.index as number;
    NAMED_PROSE.lastIndex = start;
    const match = NAMED_PROSE.exec(text);
    if (match === null) continue;
    let group = 1;
    while (group <= NAMED_FORMS.length && match[group] === undefined) group++;
    if (group > NAMED_FORMS.length) continue;
    const kind = KINDS[(NAMED_FORMS[group - 1] as [string, number])[1]] as (typeof KINDS)[number];
    const subject = namedSubject(text, start, start + candidate[0].length, personalPredicate(match[0], kind));
    if (subject === undefined) continue;
    const value = match[group] as string;
    const at = start + match[0].lastIndexOf(value);
    out.push({ start: at, end: at + value.length, type: kind.type, class: kind.class, normalized: normalizeHealthId(value.replace(/\s+/g, ' ')) });
    pushSubject(text, out, subject, persons);
  }
  for (const match of text.matchAll(PROSE)) {
    let group = 1;
    while (group <= PROSE_FORMS.length && match[group] === undefined) group++;
    if (group > PROSE_FORMS.length) continue;
    const value = match[group] as string;
    const kind = KINDS[(PROSE_FORMS[group - 1] as [string, number])[1]] as (typeof KINDS)[number];
    const start = (match.index as number) + match[0].lastIndexOf(value);
    out.push({ start, end: start + value.length, type: kind.type, class: kind.class, normalized: normalizeHealthId(value.replace(/\s+/g, ' ')) });
  }
}
