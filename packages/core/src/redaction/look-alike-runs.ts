// Capitalized runs that the name lists read as a person but that are ordinary words of a record in their
// place (issue 11, the over-redactions of the README-only probe of 2026-12-06, test/redaction/probe-2026-12-06.cases.md):
// a month's abbreviation before a statement line's noun (`SO Dec rent`), a payment reference after its
// label (`Verwendungszweck: Mietzahlung Januar`, `Loyer decembre`). names.ts decide() asks these after a
// title, a person's cue and a greeting were read there, so a person called `Jan` or `Dec` after a title or a
// cue stays a person. Word classes and bounded, anchored regexes only: each test reads at most a few dozen
// characters around the run (linear time).

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
huur servicekosten termijn contributie`.split(/\s+/));
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
