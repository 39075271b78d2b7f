// A person's pay and pension reference under their labels (issue 11, F14 of the README-only leak probe
// of 2026-12-07: `salary_gbp: 61250`, `gross 61,250 GBP` and `Pension ref NEST-77120938` in an HR
// record were stored raw). A salary is personal data about the employee (GDPR Art. 4(1); financial
// data an employer must keep confidential), and a pension scheme's member reference identifies the
// member as an account number does. The treatment, decided here and documented in docs/REDACTION.md:
//   - an amount right after a salary's label (`salary`, `wage`, `remuneration`, `compensation`,
//     `earnings`, `Gehalt`, `Lohn`, `salaire`, `salario`, `stipendio`, `salaris`, `pensja`,
//     `wynagrodzenie`, with a qualifier before (`annual`, `gross`, `base`, …) or a currency or period
//     after (`salary_gbp`, `salary_annual`), in a key's spelling too) is masked as `SALARY`, class
//     `financial.salary`;
//   - `gross`/`net` alone before an amount only after a word about pay within 200 characters before
//     (`salary`, `payroll`, `payslip`, `wage`, `employee`, `Gehalt`, …): an invoice's `gross 61,250 GBP`
//     and `total 61,250 GBP` stay;
//   - a pension reference after `pension`/`superannuation`/`Renten…` and a reference's word (`ref`,
//     `reference`, `no.`, `number`, `id`, `member number`) is masked as `ACCOUNT_NUMBER`, class
//     `financial.account`, as other account references are.
// Each pattern is a bounded grammar with no nested quantifier, behind one prefilter gate.
import { gatedTest } from './internal/prefilter.js';
import { namedSubject, pushSubject } from './personal-subjects.js';
import type { Detection } from './types.js';

const CURRENCY = String.raw`(?:[£$€¥]|GBP|EUR|USD|CHF|PLN|CAD|AUD|SEK|NOK|DKK|zł|Fr\.)`;
const AMOUNT = String.raw`(?:${CURRENCY}[ \t]?)?(?:\d{1,3}(?:[,.' \u00a0\u202f]\d{3}){1,3}|\d{3,9}|\d{1,3}(?=[ \t]?[kK](?![\p{L}])))(?:[.,]\d{2})?(?:[ \t]?[kK](?![\p{L}]))?(?:[ \t]?${CURRENCY})?`;
const SALARY_WORD = String.raw`(?:salary|salaries|wages?|remuneration|compensation|earnings|bonus|pension|(?:gross|net|take[ -]home|base|basic)[ \t]+pay|gehalt|bruttogehalt|nettogehalt|jahresgehalt|monatsgehalt|lohn|bruttolohn|nettolohn|rente|salaire|salario|sueldo|pensi[oó]n|stipendio|retribuzione|salaris|sal[aá]rio|pensja|wynagrodzenie)`;
const QUALIFIER = String.raw`(?:annual|yearly|monthly|gross|net|base|basic|current|new|starting|total|brutto|netto)`;
const SUFFIX = String.raw`(?:gbp|eur|usd|chf|pln|amount|annual|yearly|monthly|gross|net|brut|brute|bruto|bruta|neto|neta|lordo|lorda|netto|netta|brutto|annuel|annuelle|mensuel|mensuelle|anual|mensual|annuo|annua|annuale|mensile|pa|p\.a\.|per[ \t]+(?:annum|year|month))`;
const LINK = String.raw`(?:[ \t]*["']?[ \t]*[:=][ \t]*["']?|[ \t]+(?:is|was|of|ist|est|è|es|wynosi|bedraagt|beträgt)(?:[ \t]+(?:de|di|von|van))?[ \t]+|[ \t]+)`;
/** Group 1: the amount after a salary's label. */
// A statistic's or a bound's word before the label (`average salary`, `max_salary`, `median wage`) is no one's pay, and a
// unit after the amount (`bonus 500 points`, `bonus 100%`) no money.
const NOT_ONES_PAY = String.raw`(?<!(?:average|avg|mean|median|typical|max|min|maximum|minimum|target|budget|budgeted|national)[ _-]?)`;
// A range (`salary: £40,000 - £50,000`, `40k to 50k`) is a job's band, no one's pay.
const NOT_MONEY_AFTER = String.raw`(?![ \t]*(?:[-–—][ \t]*[£$€\d]|(?:to|bis|à|a|tot)[ \t]+[£$€\d]|%|points?(?![\p{L}])|pts(?![\p{L}])|miles(?![\p{L}])|coins?(?![\p{L}])|credits?(?![\p{L}])|tokens?(?![\p{L}])|xp(?![\p{L}])|spins?(?![\p{L}])))`;
const salary = new RegExp(String.raw`(?<![\p{L}\p{N}])${NOT_ONES_PAY}(?:${QUALIFIER}[ _-])?${SALARY_WORD}(?:[ _-]${SUFFIX}){0,2}${LINK}(${AMOUNT})(?![\p{L}\p{N}]|[.,]\d)${NOT_MONEY_AFTER}`, 'giu');
/** Group 1: the amount after `gross` or `net` alone (only after a word about pay). */
const grossNet = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:gross|net|brutto|netto)${LINK}(${AMOUNT})(?![\p{L}\p{N}]|[.,]\d)`, 'giu');
const payContext = /salar|payroll|payslip|pay slip|wage|employee|employment|gehalt|lohn|salaire|salario|sueldo|stipendio|salaris|pensja|wynagrodzenie|\bHR\b/i;
// A salary stated in a sentence (issue 11, 2026-12-07c: `she earns 61k a year`, `he makes $85,000 annually`, `ich verdiene
// 4.200 € brutto` were stored raw): a personal pronoun, a verb of earning and an amount that holds a currency or `k`, or
// that a period or `gross`/`net` follows; the amount ends its clause or a period follows it. A firm's or a thing's
// subject is no pay (`revenue of $85,000 annually`, `the item costs 61k`, `the shop makes 61k a year`), nor a count
// (`earns 5 stars`, `i made 300 commits this year`).
const EARNER = String.raw`(?<![\p{L}\p{N}'’])(?:i|he|she|they|we|you|ich|er|sie|wir|je|j['’]|il|elle|on|nous|ik|hij|zij|ze|yo|él|ella|io|lui|lei)`;
const EARN_VERB = String.raw`(?:(?:currently|now|only|still|also|actually|usually|probably|just|jetzt|nur|aktuell|gerade)[ \t]+)?(?:earn|earns|earned|earning|make|makes|made|making|take[ \t]+home|takes[ \t]+home|took[ \t]+home|(?:get|gets|got|am|is|was|are|were|['’]?m|['’]?s|['’]re)[ \t]+paid|(?:am|is|['’]?m|['’]?s)[ \t]+on|verdiene|verdienst|verdient|verdienen|gagne|gagnes|gagnent|gagnons|verdien|gano|gana|ganan|guadagno|guadagna)`;
const APPROX = String.raw`(?:(?:about|around|roughly|approximately|approx\.?|nearly|almost|over|under|just[ \t]+(?:over|under)|etwa|rund|ungefähr|ca\.?|knapp|über|environ|presque|unos|casi|circa|ongeveer|bijna)[ \t]+)?`;
const PERIOD_AFTER = String.raw`(?:[ \t]+(?:a|per|an|each|every|in[ \t]+the|im|pro|par|al|all['’]|l['’])[ \t]*(?:year|yr|annum|month|week|hour|jahr|monat|woche|stunde|an|mois|semaine|heure|año|mes|semana|hora|anno|mese|jaar|maand)(?![\p{L}])|[ \t]*\/[ \t]*(?:yr|year|y|mo|month|wk|week|hr|hour|h|jahr|monat|mois|an|mes|año)(?![\p{L}])|[ \t]+(?:annually|yearly|monthly|weekly|p\.?a\.?|brutto|netto|gross|net|before[ \t]+tax|after[ \t]+tax|pre-tax|post-tax|jährlich|monatlich|brut|net|bruto|neto|lordi|netti|bruto)(?![\p{L}]))`;
/** Group 1: the amount after a pronoun and a verb of earning (EARNER, EARN_VERB); group 2: a currency or `k` in it, or a period after it. */
const EARNED_TAIL = String.raw`[ \t]+${APPROX}(${AMOUNT})(?![\p{L}\p{N}]|[.,]\d)((?:${PERIOD_AFTER}){1,2})?(?=[ \t]*(?:$|[.,;:!?)\n]|[ \t](?:and|but|now|plus|und|aber|et|mais|y|pero|e|ma|en|maar)(?![\p{L}])))`;
/**
 * An amount written with its currency or `k` when no period follows it (earnedSalary's and namedEarned's group 1):
 * its letters are a currency's (CURRENCY, in any case: the pattern's `i`; `eur`, `Zł` counted too since 2026-12-07,
 * they were kept) or `k`.
 */
const AMOUNT_CURRENCY = /[£$€¥]|[a-z]{3}|zł|fr\.|\d[ \t]?k$/i;
const earnedSalary = new RegExp(String.raw`(?:${EARNER}[ \t]*${EARN_VERB}|(?<![\p{L}\p{N}])(?:gano|guadagno))${EARNED_TAIL}`, 'giu');
// A given name as the earner (issue 11, 2026-12-07d: `Maria earns 61k`; personal-subjects.ts): a capitalized word right
// before a verb of earning (no `i` flag: `\p{Lu}` is a capital), then, at that word, the same tail as after a pronoun.
// The verbs of the third person only (`earns`, `makes`, `verdient`, `gagne`, `gana`, `guadagna`, `is paid`, `is on`).
const NAMED_EARN_VERB = String.raw`(?:(?:currently|now|only|still|also|actually|usually|probably|just|jetzt|nur|aktuell|gerade)[ \t]+)?(?:earns|earned|makes|made|takes[ \t]+home|took[ \t]+home|(?:gets|got|is|was)[ \t]+paid|is[ \t]+on|verdient|verdiente|gagne|gagnait|gana|ganaba|guadagna|verdient|ganha)`;
const namedEarner = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])\p{Lu}[\p{Ll}\p{M}'’-]{1,23}(?=[ \t]+${NAMED_EARN_VERB}[ \t])`, 'gu');
/** At a named earner's word (sticky): group 1 the amount, group 2 a period after it, as earnedSalary's. */
const namedEarned = new RegExp(String.raw`\p{L}[\p{L}\p{M}'’-]{1,23}[ \t]+${NAMED_EARN_VERB}${EARNED_TAIL}`, 'iuy');
// A salary's label with words between it and the amount (issue 11, 2026-12-07d: `my salary right now is 61k`, `mein Gehalt
// liegt derzeit bei 4.200 €` were stored raw): a person's possessive before the label (`my`, `our`, `mein`, `mon`, `mi`,
// `mijn`, `il mio`, `o meu`, a name's `'s`; without one, `the salary for this role will be 61k` is a job's, no one's pay),
// up to four words with no sentence's end between (`right now`, `after the promotion`), a copula or a verb of amount, up to
// three words after it (`currently`, `derzeit bei`, `actuellement de`, `seit Mai`), then the amount. No id's or
// statistic's word may stand among those words: `my salary slip number is 4471`, `my pay grade code is 4410` hold an id,
// no amount (kept; an id's label is read by the id detectors), `my salary range is 50-60k` a band.
const POSSESSIVE = String.raw`(?<![\p{L}\p{N}])(?:my|his|her|their|our|your|mein|meine?[mnrs]?|sein|seine?[mnrs]?|ihr|ihre?[mnrs]?|unser|unsere?[mnrs]?|dein|deine?[mnrs]?|mon|ma|son|sa|notre|votre|ton|mi|su|tu|nuestro|nuestra|mijn|zijn|haar|onze|ons|jouw|uw|mio|mia|suo|sua|meu|minha|seu|\p{Lu}[\p{Ll}\p{M}]{1,23}['’]s)`;
const GAP_STOP = String.raw`(?:slip|slips|number|numbers|no|nr|id|ids|code|codes|ref|reference|account|accounts|konto|kontonummer|nummer|numéro|número|numero|grade|band|bands|scale|range|ranges|bracket|cap|survey|average|median|mean|review|date|dates|percent|percentage|increase|rise|raise|than|points|spanne|bandbreite|fourchette|rango|fascia)`;
const GAP_WORD = String.raw`[ \t]+(?!${GAP_STOP}(?![\p{L}]))\p{L}[\p{L}\p{M}'’]{0,15}`;
const GAP_VERB = String.raw`(?:is|was|are|were|will[ \t]+be|would[ \t]+be|should[ \t]+be|ist|war|wird|liegt|lag|beträgt|betrug|est|était|sera|es|era|será|è|sarà|bedraagt|bedroeg|wordt|é|foi|jest|wynosi)`;
/** Group 1: the amount after a possessive, a salary's label, a few words and a verb (see above). */
const gappedSalary = new RegExp(String.raw`${POSSESSIVE}(?:[ \t]+(?:${QUALIFIER}|current|actual|present|attuale|actuel|atual|aktuelles))?[ \t]+${SALARY_WORD}(?:${GAP_WORD}){0,4}?[ \t]+${GAP_VERB}(?:${GAP_WORD}){0,3}?[ \t]+${APPROX}(${AMOUNT})(?![\p{L}\p{N}]|[.,]\d)${NOT_MONEY_AFTER}`, 'giu');
/** Group 1: a pension scheme's member reference. */
const pensionRef = /(?<![\p{L}\p{N}])(?:pension|superannuation|super|renten(?:versicherungs)?|retraite|pensione|pensioen|emerytaln\p{L}*)[ \t_-]+(?:scheme[ \t]+|plan[ \t]+|fund[ \t]+)?(?:ref(?:erence)?|no|nr|number|num|id|account|member[ \t]+(?:no|number|id)|nummer|numéro)\.?(?:[ \t]*[:#=][ \t]*|[ \t]+)([A-Z]{0,6}[- ]?\d[\dA-Z/-]{4,19})(?![\p{L}\p{N}])/giu;
const cue = gatedTest(/earn|make|made|paid|verdien|gagn|gana|gano|guadagn|[’'](?:m|s)[ \t]+on|am on|is on|salar|salaire|wage|remunera|compensation|earnings|bonus|gehalt|lohn|sueldo|stipendio|retribuz|pensja|wynagrodz|gross|net|brutto|pension|pensión|superannuation|super|rente|renten|retraite|take-home|take home|base pay|basic pay|sal[aá]rio/i);

/**
 * An amount: a digit run of three or more, a group (`61,250`) or thousands (`45k`), and no bare year
 * (`salary 2026 review`; `salary: 5 days` holds no amount at all).
 */
const amountLike = (value: string): boolean => /\d{3}|\d[,.' ]\d{3}|\d[ \t]?[kK]$/.test(value) && !/^(?:19|20)\d\d$/.test(value);
/**
 * Salaries and pension references under their labels, and salaries stated in a sentence (see above), pushed as SALARY
 * (class `financial.salary`) or ACCOUNT_NUMBER; with `persons` (the person detector on), the given name that earns the
 * salary too, as PERSON (personal-subjects.ts).
 */
export function detectCompensation(text: string, out: Detection[], persons = false): void {
  if (!cue(text)) return;
  const push = (m: RegExpMatchArray, type: string, dataClass: string): void => {
    const value = (m[1] as string).replace(/[ \t]+$/, '');
    const start = (m.index as number) + m[0].length - (m[1] as string).length;
    out.push({ start, end: start + value.length, type, class: dataClass });
  };
  for (const m of text.matchAll(salary)) {
    // A bank statement's memo (`BGC Z VLINTUK WAGES  1,820.00`): a label in capitals with no `:` or `=`, or the amount
    // in a column two blanks or a tab away, is a statement's amount column, kept as statements' amounts are.
    const label = m[0].slice(0, m[0].length - (m[1] as string).length);
    if (!/[:=]/.test(label) && (label === label.toUpperCase() || /(?:[ \t]{2}|\t)$/.test(label))) continue;
    if (amountLike(m[1] as string)) push(m, 'SALARY', 'financial.salary');
  }
  // The pay cue within 200 characters before (a bounded look per match: an invoice after a payslip in one text stays).
  for (const m of text.matchAll(grossNet)) {
    if (amountLike(m[1] as string) && payContext.test(text.slice(Math.max(0, (m.index as number) - 200), m.index))) push(m, 'SALARY', 'financial.salary');
  }
  for (const m of text.matchAll(earnedSalary)) {
    const amount = m[1] as string;
    if (!amountLike(amount) || (m[2] === undefined && !AMOUNT_CURRENCY.test(amount))) continue;
    const value = amount.replace(/[ \t]+$/, '');
    const start = (m.index as number) + m[0].length - amount.length - (m[2]?.length ?? 0);
    out.push({ start, end: start + value.length, type: 'SALARY', class: 'financial.salary' });
  }
  for (const m of text.matchAll(namedEarner)) {
    const start = m.index as number;
    // Earning a salary is said of a person alone: a given name that is a place or a word counts too (`Paris earns $85,000 a year`).
    const subject = namedSubject(text, start, start + m[0].length, true);
    if (subject === undefined) continue;
    namedEarned.lastIndex = start;
    const earned = namedEarned.exec(text);
    if (earned === null) continue;
    const amount = earned[1] as string;
    if (!amountLike(amount) || (earned[2] === undefined && !AMOUNT_CURRENCY.test(amount))) continue;
    const value = amount.replace(/[ \t]+$/, '');
    const at = start + earned[0].length - amount.length - (earned[2]?.length ?? 0);
    out.push({ start: at, end: at + value.length, type: 'SALARY', class: 'financial.salary' });
    pushSubject(text, out, subject, persons);
  }
  for (const m of text.matchAll(gappedSalary)) {
    // A possessive name (`Maria's`) in its capitals; the other possessives in any case.
    const head = m[0].slice(0, m[0].search(/[ \t]/));
    const named = /['’]s$/.test(head);
    if (named && !/^\p{Lu}/u.test(head)) continue;
    if (!amountLike(m[1] as string)) continue;
    push(m, 'SALARY', 'financial.salary');
    // The name before `'s` is the earner (names-left 2026-12-07e: `Maria's salary is 61k` masked the amount and left
    // `Maria`): a person as before a verb of earning (personal-subjects.ts; a pay is said of a person alone).
    if (!named) continue;
    const start = m.index as number;
    const subject = namedSubject(text, start, start + head.length - 2, true);
    if (subject !== undefined) pushSubject(text, out, subject, persons);
  }
  for (const m of text.matchAll(pensionRef)) if (/\d{5}/.test((m[1] as string).replace(/[^\d]/g, ''))) push(m, 'ACCOUNT_NUMBER', 'financial.account');
}
