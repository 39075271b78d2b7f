// Organisations, products, tariffs and places named with two capitalized words, read by what stands
// around them (O1 of the seventeenth README-only probe of 2026-12-05j: `Sponsor: Novo Nordisk`, `Tariffs:
// …, Agile Octopus`, `Meter …, Itron OpenWay Riva`, `a SolarEdge HD-Wave inverter`, `Korle Bu Teaching
// Hospital`, `Ronald McDonald Family Room` were masked as persons). names.ts decide() asks these for a run
// no title leads; the person's evidence (a listed given name, credentials, a person's verb) is read there.
// Every regex is anchored and bounded.

import { gatedTest } from './internal/prefilter.js';

/**
 * Labels that name an organisation's or a product's role in a trial or a utility's records, with their
 * colon (`CRO:`, `Manufacturer:`, `Brand:`, `Central lab:`, `Energy supplier:`; German, French, Spanish,
 * Italian and Dutch `Hersteller:`, `Fabricant:`, `Fabricante:`, `Produttore:`, `Stromanbieter:`; a sponsor's
 * only in a trial's text: TRIAL_ROLES), or with a colon or none for a meter's and a tariff's (`Meter Sensus
 * iPERL`, `Tariffs: Octopus Flux`, `Tarif:`). Not `Provider:` (a clinician as often), not the trades a sole
 * trader as often holds (`Supplier:`, `Vendor:`, `Maker:`, `Retailer:`, `Distributor:`, `Lab:` and their
 * translations: `Supplier: Thandiwe Ndlovu` is a person whose names the lists lack), and not a person's
 * role (`Sponsor contact:`, `Contact:`).
 */
/**
 * A sponsor's labels alone (`Sponsor:`, `Promotor:`, `Patrocinador:`, `Promoteur:`): a trial's sponsor is a
 * firm, but a visa's, a loan's or a programme's sponsor is a person, and a name the lists lack would then be
 * stored raw. They count only in a text that speaks of a trial (TRIAL_CONTEXT).
 */
const TRIAL_ROLES = 'sponsors?|promotor|promotora|patrocinador|promoteur';
const TRIAL_ROLE_AT = new RegExp(`^[ \\t]*(?:[-*•][ \\t]+)?(?:${TRIAL_ROLES})[ \\t]{0,2}[:=]`, 'iu');
/** A trial's words (English, Spanish, Portuguese, French, German, Italian): a CRO, a protocol, a study, a site, a registry's number. */
const TRIAL_CONTEXT = /(?<![\p{L}\p{N}])(?:cro|trials?|study|studies|protocol|irb|investigators?|eudract|nct\d{8}|isrctn|clinical|estudio|ensayo|estudo|ensaio|essai|étude|etude|studie|studio|sperimentazione)(?![\p{L}\p{N}])/iu;
const COLON_ROLES = `co-sponsors?|study sponsor|trial sponsor|cros?|energy supplier|gas supplier|electricity supplier|
manufacturers?|brand|central lab|network operator|dno|inverters?|batteries|battery|chargers?|heat pump|boilers?|
fabricant|fabricante|produttore|hersteller|stromanbieter|energieversorger|fabrikant|${TRIAL_ROLES}`
  .replace(/\n/g, '')
  // A blank inside a label (`study sponsor`, `central lab`) is a blank or a tab (all blanks were removed before, so no label of two words matched).
  .replace(/ /g, '[ \\t]');
const BARE_ROLES = 'meters?|smart meters?|meter models?|meter types?|tariffs?|energy tariffs?|tarif|tarife|tarifs|tarifa|tarifas|tariffa|tariffe';
const ROLE_LABEL_AT = new RegExp(`^[ \\t]*(?:[-*•][ \\t]+)?(?:(?:${COLON_ROLES})[ \\t]{0,2}[:=]|(?:${BARE_ROLES})(?:[ \\t]{0,2}[:=]|(?=[ \\t])))[ \\t]{0,3}`, 'iu');
/** The cheap test: the text holds one of the labels' words (with a colon for the colon's roles). */
export const mayHoldOrgRoleLabel = gatedTest(new RegExp(`(?:${COLON_ROLES})[ \\t]{0,2}[:=]|(?:meter|tarif)`, 'iu'));

/** What separates the items of a label's list, and an article an item may open with (`Sensus iPERL and an Itron Cyble`). */
const CONJUNCTIONS = 'and|or|&|und|et|y|e|en|sowie|plus';
const ARTICLES = 'a|an|the|ein|eine|einen|un|une|uno|una|um|uma';
const LIST_SEPARATOR_SOURCE = `,[ \\t]*|[ \\t]+(?:${CONJUNCTIONS})[ \\t]+`;
const LIST_TAIL = new RegExp(`(?:${LIST_SEPARATOR_SOURCE})(?:(?:${ARTICLES})[ \\t]+)?$`, 'iu');
const LIST_SEPARATOR = new RegExp(LIST_SEPARATOR_SOURCE, 'giu');
const ARTICLE_WORD = new RegExp(`^(?:${ARTICLES})$`, 'iu');
/** A word of an item: a capital, a digit or a symbol in it (`iPERL`, `E470`, `Landis+Gyr`, `7`), no lower-case word of prose. */
const ITEM_WORD = /^(?:[^\s]*[\p{Lu}\p{N}+&][^\s]*)$/u;

/** Most characters read back from a run for its label (a clause of a list of short items). */
const LABEL_REACH = 160;

/**
 * Whether the run starting at `start` is an item of a list after an organisation's or a product's role
 * label in its clause (a line, or the text after `;`, `|`, `(` or a sentence's end): right after the label,
 * or after items of one to five words each holding a capital or a digit (`Economy 7, Agile Octopus`, `Sensus
 * iPERL and an `), joined by `,` or `and`/`or` and their kin. A lower-case word of prose between the label and
 * the run (`Meter read, Maria Garcia`) makes no list.
 */
export function orgRoleListBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - LABEL_REACH);
  let clause = -1;
  for (let k = start - 1; k >= from; k--) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 59 || code === 124 || code === 40) {
      clause = k + 1;
      break;
    }
    // A sentence's end: `.`, `!` or `?` and a blank, not an initial's dot (`C.H. Robinson`).
    if ((code === 46 || code === 33 || code === 63) && (text.charCodeAt(k + 1) === 32 || text.charCodeAt(k + 1) === 9) && !(code === 46 && k >= 1 && /\p{Lu}/u.test(text[k - 1] as string) && (k < 2 || !/[\p{L}\p{N}]/u.test(text[k - 2] as string)))) {
      clause = k + 1;
      break;
    }
  }
  if (clause === -1) {
    if (from > 0) return false;
    clause = 0;
  }
  const head = text.slice(clause, start);
  const label = ROLE_LABEL_AT.exec(head);
  if (label === null) return false;
  if (TRIAL_ROLE_AT.test(label[0]) && !TRIAL_CONTEXT.test(text)) return false;
  const rest = head.slice(label[0].length);
  if (rest === '') return true;
  const tail = LIST_TAIL.exec(rest);
  if (tail === null) return false;
  const items = rest.slice(0, tail.index).split(LIST_SEPARATOR);
  for (const item of items) {
    const words = item.trim().split(/[ \t]+/).filter((word) => !ARTICLE_WORD.test(word));
    if (words.length === 0 || words.length > 5 || !words.every((word) => ITEM_WORD.test(word))) return false;
  }
  return true;
}

/** An item's end after a run of a label's list: a separator, a closing mark, the sentence's or line's end, or a product's noun (`Itron Cyble module`). */
export const ROLE_ITEM_END_AFTER = new RegExp(`^(?:[ \\t]*(?:[,;)\\]\\n|]|[.!?](?:\\s|$)|$)|[ \\t]+(?:${CONJUNCTIONS})[ \\t]|[ \\t]+(?:modules?|meters?|units?|models?|devices?|inverters?|batteries|battery|chargers?|tariffs?|plans?)(?![\\p{L}]))`, 'u');
/** Credentials or a trial role after a name: a person (`Anna Berg (PI)`, `Amara Okafor, MD`, `Zephra Vlintuk, PhD`). */
export const PERSON_CREDENTIALS_AFTER = /^(?:,?[ \t]{1,2}(?:MD|M\.D\.|PhD|Ph\.D\.|DO|MBBS|MBChB|FRCP|FRCS|RN|NP|PharmD|MPH|MSc|Esq)(?![\p{L}])|[ \t]{0,2}\((?:PI|Sub-?I|co-?PI|principal investigator|investigator|sub-investigator|sponsor-investigator|MD|PhD)\))/iu;

/**
 * A device's or a product's noun in lower case right after the run, an article or a possessive right before
 * it (`a SolarEdge HD-Wave inverter`, `an Itron Cyble module`, `a Myenergi Zappi charger`, `our Tesla Powerwall
 * battery`): the run is the device's make and model. `We gave Maria Garcia a charger` has no article before her.
 */
export const DEVICE_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|our|my|your|their|this|that|each|every|new|ein|eine|einen|einem|einer|un|une)[ \t]{1,2}$/iu;
export const DEVICE_NOUN_AFTER = /^[ \t](?:micro-?inverters?|inverters?|modules?|meters?|smart meters?|batter(?:y|ies)|chargers?|wallbox(?:es)?|heat pumps?|boilers?|thermostats?|sensors?|gateways?|controllers?|routers?|modems?|panels?|tariffs?|devices?|transmitters?|loggers?|dongles?|displays?|inhalers?|autoinjectors?|auto-injectors?|pens?|pumps?|kits?)(?![\p{L}])/iu;

/**
 * Capitalized words that describe an institution between its name and its head noun (`Korle Bu Teaching
 * Hospital`, `Ronald McDonald Family Room`, `Rosa Parks Family Centre`, `Cesar Chavez Community Room`): the
 * run before them and a head is the institution's name (names.ts eponymAfter).
 */
export const INSTITUTION_DESCRIPTORS: ReadonlySet<string> = new Set(
  `teaching family community memorial general regional district specialist maternity research referral university cancer heart eye
dental day care resource support visitor visitors welcome learning youth health medical rehabilitation children's women's veterans
senior seniors recreation cultural civic heritage`.split(/\s+/),
);
/** Heads after a descriptor that name a room or a building (NOT_PERSON_AFTER holds the institutions' own). */
export const ROOM_HEADS: ReadonlySet<string> = new Set('room rooms house home ward wing unit lounge suite annex annexe'.split(' '));
/** A name's suffix whose dot ends no sentence before a street's or a place's noun (`Martin Luther King Jr. Boulevard`). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr']);
