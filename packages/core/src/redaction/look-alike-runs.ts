// Capitalized runs that the name lists read as a person but that are ordinary words of a record in their
// place (issue 11, O2-O8 of the README-only probe of 2026-12-06, test/redaction/probe-2026-12-06.cases.md):
// a month's abbreviation before a statement line's noun (`SO Dec rent`), a payment reference after its
// label (`Verwendungszweck: Mietzahlung Januar`, `Loyer decembre`), a computing term opening a log line
// (`Auth request:`, `Cron started`), an ordinary word alone after a sign-off (`Cheers\nSorry`). names.ts
// decide() and salutationWord ask these after a title, a person's cue and a greeting were read there, so a
// person called `Jan`, `Dec` or `Auth` after a title or a cue stays a person. Word classes and bounded,
// anchored regexes only: each test reads at most a few dozen characters around the run (linear time).

/** English abbreviations of months (names.ts MONTH_ABBREVIATIONS: `Jan` is a listed given name, `Dec` a surname). */
const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/**
 * Nouns of what a bank statement's line, a standing order, a direct debit or a cheque's memo pays for or
 * is paid (`rent`, `gym`, `utilities`, `school fees`, `salary`): the category a month's abbreviation is
 * written before (`SO Dec rent -950.00`, `Memo: Jan utilities`, `Cheque memo "Dec childcare"`).
 */
const STATEMENT_NOUNS: ReadonlySet<string> = new Set(`rent rental rents mortgage gym utilities utility electricity electric gas water heating energy power
parking garage childcare nursery daycare creche crèche school tuition fees fee salary salaries wages wage pay payroll pension bonus commission
insurance premium premiums phone mobile broadband internet wifi cable tv council tax taxes subscription subscriptions membership dues loan
repayment repayments instalment installment instalments installments payment payments invoice invoices bill bills cleaning cleaner groceries
allowance maintenance service charges charge deposit savings interest dividend dividends refund contribution contributions donation lessons
rates levy storage lease car transport travel fuel petrol commute card hoa strata tithe alimony maintenance babysitting tutoring club
expenses expense payout transfer statement overdraft fine fines`.split(/\s+/));
/** One or two blanks, then a lower-case word of letters (the noun after a month's abbreviation). */
const LOWER_WORD_AFTER = /^[ \t]{1,2}(\p{Ll}{2,20})(?![\p{L}\p{N}'’-])/u;

/**
 * O2: whether a lone run `word` (lower case) ending at `end` is a month's abbreviation before a statement
 * line's noun (STATEMENT_NOUNS): `Dec rent`, `Jan school fees`, `Dec gym 35.00`. A capitalized word after
 * it makes another run (`Jan Kowalski`); a verb after it leaves the person (`Jan paid the rent`).
 */
export function monthBeforeStatementNoun(text: string, word: string, end: number): boolean {
  if (!MONTH_ABBREVIATIONS.has(word)) return false;
  const next = LOWER_WORD_AFTER.exec(text.slice(end, end + 24));
  return next !== null && STATEMENT_NOUNS.has(next[1] as string);
}

/** Months in German, French, Spanish, Italian, Portuguese, Dutch and Polish (a payment's period), accents optional. */
const MONTHS: ReadonlySet<string> = new Set(`januar jänner februar märz maerz april mai juni juli august september oktober november dezember
janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre decembre
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro fevereiro março marco maio junho julho outubro dezembro
januari februari maart mei augustus
styczeń styczen luty marzec kwiecień kwiecien maj czerwiec lipiec sierpień sierpien wrzesień wrzesien październik pazdziernik listopad grudzień grudzien
quartal trimestre monat mois mes mese maand`.split(/\s+/));
/**
 * What a payment reference pays in German, French, Spanish, Italian, Portuguese and Dutch (`Miete`, `Hausgeld`,
 * `Loyer`, `Charges`, `Cotisation`, `Alquiler`, `Affitto`, `Huur`): the nouns of a SEPA remittance line (ISO
 * 20022 `Ustrd`) and a statement's booking text.
 */
const PAYMENT_NOUNS: ReadonlySet<string> = new Set(`miete mietzahlung hausgeld nebenkosten betriebskosten heizkosten abschlag abschlagszahlung strom gas wasser heizung
wartung beitrag mitgliedsbeitrag gebühr gebühren zinsen rate teilzahlung restzahlung anzahlung kaution gehalt lohn rente unterhalt
loyer loyers charges cotisation cotisations facture abonnement acompte échéance echeance mensualité mensualite salaire pension provision
alquiler renta cuota cuotas recibo factura nómina nomina comunidad
affitto canone rata bolletta condominio stipendio
aluguel aluguer renda mensalidade condomínio condominio
huur servicekosten termijn contributie
darlehen kredit tilgung rückzahlung rueckzahlung prêt pret remboursement préstamo prestamo devolución devolucion prestito rimborso
empréstimo emprestimo reembolso lening aflossing terugbetaling pożyczka pozyczka zwrot`.split(/\s+/));
/** The ends of German compounds that name a payment (`Mietzahlung`, `Hausgeld`, `Nebenkosten`, `Mitgliedsbeitrag`, `Stromabschlag`). */
const GERMAN_PAYMENT_ENDING = /^\p{L}{2,30}(?:zahlung|miete|geld|kosten|gebühr|gebühren|beitrag|abschlag|rate|kaution)$/u;
/** Words that join a reference's nouns (`Loyer et charges`, `Miete und Nebenkosten`, `Loyer + charges`). */
const REFERENCE_JOINS: ReadonlySet<string> = new Set(['et', 'und', 'y', 'e', 'en', '+', '&', '/']);
/**
 * A payment reference's label in its clause, with its colon or its XML tag (`Verwendungszweck:`,
 * `Libellé :`, `Objet :`, `Motif:`, `Remittance:`, `<Ustrd>`, `Concepto:`, `Omschrijving:`, `Causale:`,
 * `Tytuł przelewu:`, `Zahlungsgrund:`, `Buchungstext:`), anchored at the text's end.
 */
const REFERENCE_LABEL_BEFORE = /(?:(?:^|[^\p{L}])(?:verwendungszweck|zahlungsgrund|buchungstext|betreff|libell[ée]|objet|motif|remittance(?:[ \t]info(?:rmation)?)?|concepto|omschrijving|mededeling|causale|descri[çc][ãa]o|tytu[łl](?:[ \t]przelewu)?|referen[cz]e?|memo)[ \t]{0,2}:[ \t]{0,3}|<(?:[\p{L}]{1,12}:)?Ustrd>[ \t]{0,2})$/iu;

/** Whether one lower-case word is a payment's noun, a month, or a German compound ending in a payment's noun. */
function referenceWord(word: string): boolean {
  return PAYMENT_NOUNS.has(word) || MONTHS.has(word) || GERMAN_PAYMENT_ENDING.test(word);
}

/**
 * How many words lead the run `words` (lower case) from `start` as a payment reference's nouns after a reference's
 * label, before a name (`Verwendungszweck: Darlehen Rückzahlung Max`: 2, and `Max` is read on its own; O5 of the
 * leak probe of 2026-12-07, where the whole memo was one PERSON); 0 when the run opens with no such noun, has no
 * label before it, or holds nothing else.
 */
export function paymentReferenceLead(text: string, words: readonly string[], start: number): number {
  let k = 0;
  while (k < words.length && k < 3 && referenceWord(words[k] as string)) k++;
  if (k === 0 || k === words.length || words.slice(0, k).every((word) => MONTHS.has(word))) return 0;
  return REFERENCE_LABEL_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ? k : 0;
}

/**
 * O3: whether the run `words` (lower case, one to three) from `start` to `end` is a payment reference in
 * German, French, Spanish, Italian, Portuguese or Dutch rather than a person: every word a payment's noun,
 * a German payment compound or a month (PAYMENT_NOUNS, GERMAN_PAYMENT_ENDING, MONTHS), one at least no month,
 * and either a reference's label right before it (REFERENCE_LABEL_BEFORE: `Verwendungszweck: Hausgeld
 * Januar`, `Objet : Loyer et charges`) or a month in lower case among the next three words (`Loyer
 * decembre`, `Loyer mars 2026`). A name the run holds as well keeps the person (`Loyer Okafor` is read as a
 * run of two, whose second word is no payment's).
 */
export function paymentReferenceRun(text: string, words: readonly string[], start: number, end: number): boolean {
  if (words.length === 0 || words.length > 3 || !words.every(referenceWord) || words.every((word) => MONTHS.has(word))) return false;
  if (REFERENCE_LABEL_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  const after = text.slice(end, end + 48).split(/[ \t]+/).slice(1, 4);
  for (const word of after) {
    const bare = word.replace(/[.,;:)]+$/, '');
    if (MONTHS.has(bare) && bare === bare.toLowerCase()) return true;
    if (!REFERENCE_JOINS.has(bare) && !referenceWord(bare.toLowerCase())) return false;
  }
  return false;
}

/**
 * The head nouns of job titles (`Adjuster`, `Administrator`, `Pharmacist`, `Underwriter`, `Officer`), which
 * end a title and never a person's name in a record (`Signed: Senior Claims Adjuster`, `Approved by:
 * Payroll Administrator`). O4 of the probe of 2026-12-06.
 */
export const JOB_HEADS: ReadonlySet<string> = new Set(`adjuster adjusters administrator administrators examiner examiners pharmacist pharmacists underwriter underwriters
officer officers manager managers director directors supervisor supervisors coordinator coordinators specialist specialists analyst analysts
technician technicians assistant assistants consultant consultants accountant accountants auditor auditors controller clerk clerks
representative representatives rep agent agents advisor adviser advisors advisers associate associates engineer engineers architect
nurse nurses physician physicians therapist therapists counsellor counselor dispenser dispensers radiographer sonographer phlebotomist
paramedic registrar surveyor assessor investigator investigators inspector inspectors processor processors handler handlers planner planners
scheduler receptionist secretary treasurer cashier teller operator operators dispatcher dispatchers custodian steward caseworker
lead head chief partner president vp`.split(/\s+/));
/**
 * Words that open or fill a job title before its head (`Senior`, `Duty`, `Chief`, `Claims`, `Payroll`,
 * `Network`, `Benefits`, `Pharmacy`): a rank, a shift, or a department's or a discipline's word.
 */
const TITLE_WORDS: ReadonlySet<string> = new Set(`senior junior chief duty deputy acting assistant associate principal lead head staff general interim executive
managing regional area district branch national global on-call night day shift relief locum charge
claims claim payroll benefits benefit network systems system database pharmacy loan loans mortgage case clinical medical nursing billing
accounts account finance financial hr it data security compliance risk fraud underwriting credit collections customer client patient
member service services support sales operations office practice facilities records health safety quality audit tax legal research
laboratory lab radiology imaging dispensing procurement purchasing warehouse logistics transport fleet property estates housing
family social care welfare human resources information technology program programme project product marketing team unit ward`.split(/\s+/));
/** A capitalized word (hyphens inside: `On-Call`) after one blank, anchored. */
const TITLE_WORD_AFTER = /^ (\p{Lu}[\p{L}-]{1,24})(?![\p{L}\p{N}'’])/u;

/**
 * O4: whether the run `words` (lower case) from `start` opens a job title: the run's words and the
 * capitalized words right after it (one blank each, five words at most) reach a head noun (JOB_HEADS) at
 * or after the run's last word, and every word before the head is a rank's or a department's word
 * (TITLE_WORDS) or a frequent English word (`ordinary`). `Signed: Senior Claims Examiner`, `Signed: Duty
 * Pharmacist`, `Approved by: Payroll Administrator` are titles; `Signed: Thandiwe Ndlovu` and `Signed:
 * Maria Senior` hold a name before any head.
 */
export function jobTitleRun(text: string, words: readonly string[], end: number, ordinary: (word: string) => boolean): boolean {
  if (words.length === 0 || words.length > 4) return false;
  const phrase = words.slice();
  let at = end;
  while (phrase.length < 5) {
    const next = TITLE_WORD_AFTER.exec(text.slice(at, at + 27));
    if (next === null) break;
    phrase.push((next[1] as string).toLowerCase());
    at += next[0].length;
  }
  for (let k = words.length - 1; k < phrase.length; k++) {
    if (k === 0 || !JOB_HEADS.has(phrase[k] as string)) continue;
    if (phrase.slice(0, k).every((word) => TITLE_WORDS.has(word) || ordinary(word))) return true;
  }
  return false;
}

/**
 * Computing and payment-processing terms that the surname lists hold (`Auth`: an authorisation or an
 * authentication; `Cron`: the scheduler): alone, opening a log line before its event, they are the term
 * (`Auth request: PAN …`, `Auth declined: insufficient funds (51)`, `Cron started 02:05`). O6 of the probe of
 * 2026-12-06. Terms that are no name at all are NOT_NAMES already (names.ts SOFTWARE_NAMES: `Kafka`, `Flink`).
 */
const LOG_TERMS: ReadonlySet<string> = new Set(['auth', 'cron', 'crontab', 'authn', 'authz']);
/** A log line's start before the term: the text's or a line's start, a sentence's end, or a timestamp or a level (`[ERROR] `, `12:00:01 INFO `). */
const LOG_LINE_BEFORE = /(?:^|\n|[.;|][ \t]{1,2})[ \t]*(?:[\d:.TZ+-]{5,30}[ \t]+)?(?:\[?(?:trace|debug|info|notice|warn|warning|error|err|crit|fatal)\]?:?[ \t]+)?$/iu;
/** The term's event: a colon, or a lower-case word that is no verb of speech (`said`, `wrote`, `called`), or a bracket. */
const LOG_EVENT_AFTER = /^(?:[ \t]{0,2}[:(\[]|[ \t]{1,2}(?!(?:said|says|asked|asks|told|tells|wrote|writes|called|calls|emailed|phoned|texted|replied|thanked|apologi[sz]ed)(?![\p{L}]))\p{Ll})/u;

/**
 * O6: whether the lone run `word` (lower case) from `start` to `end` is a computing term opening a log line
 * (LOG_TERMS, LOG_LINE_BEFORE, LOG_EVENT_AFTER): `Auth failed for terminal T-17`, `Cron started 02:05`. decide
 * leaves a title, a person's cue, a greeting and a verb addressed to a person a person (`Dr Auth`, `Hi Auth,`,
 * `Ask Auth`), and so does a verb of speech after it (`Auth said …`).
 */
export function logTermOpening(text: string, word: string, start: number, end: number): boolean {
  return LOG_TERMS.has(word) && LOG_LINE_BEFORE.test(text.slice(Math.max(0, start - 48), start)) && LOG_EVENT_AFTER.test(text.slice(end, end + 16));
}

/**
 * Words that stand alone on a line as a message of their own: an apology, a status, an interjection, a
 * reply (`Sorry`, `Apologies`, `Urgent`, `Pending`, `Noted`). After a sign-off (`Cheers\nSorry`) such a word is
 * the next message, not the signer; none is a listed name (a given name that is a word, `Hope`, `Joy`, `Will`,
 * and a word the lists hold as no name that is a name elsewhere, `Mere`, are read as before). O8 of the probe
 * of 2026-12-06.
 */
const LONE_UTTERANCES: ReadonlySet<string> = new Set(`sorry apologies apology oops whoops urgent important pending approved declined rejected
resolved closed noted confirmed received cancelled canceled completed complete fixed sent updated acknowledged escalated reopened
overdue blocked waiting unresolved outstanding postponed rescheduled delayed reminder update followup correction attached agreed
yes nope yeah yup okay alright sure maybe tomorrow today tonight asap fyi please congrats congratulations absolutely definitely
certainly great excellent perfect awesome thanks thx goodbye hello`.split(/\s+/));
/** O8: whether a capitalized word alone after a sign-off (lower case here) is a message of its own (LONE_UTTERANCES), not a signer. */
export function loneUtterance(word: string): boolean {
  return LONE_UTTERANCES.has(word);
}

/**
 * Insurers', health plans', banks' and card issuers' brands that are given names or surnames too, or no
 * word of the lists (`Molina`, `Aviva`, `Oscar`, `Starling`, `Barclaycard`, `Humana`): a firm in a payer's,
 * an insurer's or a card's place (O7 of the probe of 2026-12-06). Brands that are never a person's name
 * are NOT_NAMES already (names.ts SOFTWARE_NAMES: `Monzo`, `Santander`, `Barclays`).
 */
const FINANCE_BRANDS: ReadonlySet<string> = new Set(`molina aviva oscar starling barclaycard humana aetna cigna anthem kaiser ambetter wellcare centene
highmark elevance bupa vitality simplyhealth allianz axa zurich hiscox admiral churchill hastings prudential metlife lincoln hartford aflac
geico allstate liberty nationwide halifax lloyds chase citi amex capitalone tesco cuna kemper tricare caresource`.split(/\s+/));
/** Words that make a brand's firm, plan or card after it (`Molina Healthcare`, `Molina Medicaid`, `Oscar Bronze Classic`, `Barclaycard Platinum`). */
const FINANCE_HEADS: ReadonlySet<string> = new Set(`healthcare health medicaid medicare insurance assurance bank banking marketplace advantage dental vision life
mutual financial plan plans card cards credit platinum bronze catastrophic rewards classic signature premier preferred select choice cashback
avios essential essentials simple hmo ppo epo`.split(/\s+/));
/** Metal tiers and card tiers that are surnames too (`Oscar Silver`, `Sapphire Gold`): a plan's only with a plan's word after them or a payer's label before. */
const NAME_TIERS: ReadonlySet<string> = new Set(['gold', 'silver', 'sapphire']);
/** A payer's, an insurer's, a plan's, a bank's or a card's label, or a payment's preposition, opening the clause (`Payers:`, `Secondary payer:`, `Insurer:`, `Plan:`, `Cards on file:`, `paid into`). */
const FINANCE_LABEL_AT = /^[ \t]*(?:(?:primary|secondary|tertiary|other)[ \t])?(?:payers?|insurers?|insurance|carriers?|(?:health[ \t])?plans?|banks?|cards?(?:[ \t]on[ \t]file)?|issuers?|coverage|cover)[ \t]{0,2}[:=][ \t]{0,3}|(?:^|[ \t])(?:paid[ \t]into|savings[ \t](?:at|with)|account[ \t](?:at|with)|banks?[ \t]with|insured[ \t](?:by|with)|covered[ \t]by)[ \t]{1,2}/iu;
/** A line that ends in a team's or a department's noun (`Claims Team`, `Customer Services`, `Underwriting Dept.`) right before the run's line. */
const TEAM_LINE_BEFORE = /\n[ \t]*(?:\p{L}+[ \t&-]{1,3}){0,3}(?:team|department|dept\.?|services?|desk|unit|office|support|claims|underwriting)[ \t]*,?\r?\n[ \t]*$/iu;
/** What separates a list's items (`Molina Healthcare, Oscar Health, Aviva`). */
const ITEM_SEPARATOR = /,[ \t]*|[ \t]+(?:and|or|&)[ \t]+/;

/** The clause before `start` (back to a line break, `;`, `|`, `(` or a sentence's end; 120 characters at most), or undefined when it is longer. */
function clauseBefore(text: string, start: number): string | undefined {
  const from = Math.max(0, start - 120);
  for (let k = start - 1; k >= from; k--) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 59 || code === 124 || code === 40 || ((code === 46 || code === 33 || code === 63) && /\s/.test(text[k + 1] ?? ''))) return text.slice(k + 1, start);
  }
  return from === 0 ? text.slice(0, start) : undefined;
}

/**
 * O7: whether the run `words` (lower case) from `start` to `end` is an insurer's, a bank's or a card's brand
 * (FINANCE_BRANDS) and not a person: the words after the brand in the run, or the capitalized words right
 * after it, name its firm, plan or card (FINANCE_HEADS: `Molina Healthcare`, `Oscar Bronze Classic`,
 * `Barclaycard Platinum`; a tier that is a surname too, `Oscar Silver`, only before a plan's word or after a
 * payer's label); or the brand stands alone as an item of a list after a payer's, an insurer's, a plan's, a
 * bank's or a card's label (FINANCE_LABEL_AT: `Payers: …, Aviva`, `Payer: Molina`, `Salary paid into
 * Starling`). A name after the brand (`Aviva Cohen`) or before it (`Maria Molina`) keeps the person, and
 * decide leaves titles and persons' cues (`Dr Molina`, `Contact: Aviva`) to the person.
 */
export function financeBrandRun(text: string, words: readonly string[], start: number, end: number): boolean {
  if (words.length === 0 || words.length > 3 || !FINANCE_BRANDS.has(words[0] as string)) return false;
  const after: string[] = [];
  let at = end;
  while (after.length < 3) {
    const next = TITLE_WORD_AFTER.exec(text.slice(at, at + 27));
    if (next === null) break;
    after.push((next[1] as string).toLowerCase());
    at += next[0].length;
  }
  const tail = words.slice(1).concat(after);
  const clause = clauseBefore(text, start);
  const label = clause === undefined ? null : FINANCE_LABEL_AT.exec(clause);
  const head = tail[0];
  if (head !== undefined && (FINANCE_HEADS.has(head) || (NAME_TIERS.has(head) && (tail.length > 1 || label !== null || /^[ \t]{0,2}\(/.test(text.slice(at, at + 4)))))) return true;
  // A signature's firm line under a team's line (`Kind regards,\nClaims Team\nAviva`; O5 of the leak probe of 2026-12-07).
  if (words.length === 1 && TEAM_LINE_BEFORE.test(text.slice(Math.max(0, start - 48), start)) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 4))) return true;
  if (words.length > 1 || label === null || clause === undefined) return false;
  const rest = clause.slice(label.index + label[0].length);
  if (rest.trim() === '') return true;
  if (!/(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+)$/.test(rest)) return false;
  return rest.replace(/(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+)$/, '').split(ITEM_SEPARATOR).every((item) => /^\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}$/u.test(item.trim()));
}
