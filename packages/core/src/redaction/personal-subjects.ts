// A person named as the subject of a personal fact (issue 11, 2026-12-07d: `Maria earns 61k`, `Maria is catholic` were
// stored in clear, the name and the fact both: the salary and category rules read a pronoun only, and a lone given name
// at a sentence's start is no person to names.ts). compensation.ts (a verb of earning and an amount) and
// special-categories.ts (a category said in prose) find a capitalized word right before their predicate and ask here
// whether it is a person's name, and how surely; the fact is then masked as after a pronoun, and the name as a PERSON
// (class `pii.person`) when the person detector is on. GDPR Art. 4(1): a name with a fact about its bearer identifies
// them; Art. 9(1) for the categories.
//
// The tiers (names.ts givenNameTier): a listed given name that is no place, month or team's word (a frequent English word
// is no exception: `Grace`, see givenNameTier)
// (`Maria`, `Amara`, `Pedro`) is a person before any predicate these rules read; one that is (`Jordan`, `Paris`, `April`,
// `Will`, `Georgia`, `India`) only before a predicate no place, month or thing has (the caller's `personal`: a salary
// earned, a sexual orientation, a union's or a party's membership, a vote, `a`/`an` or a practice's word before a
// religion, `of … descent`); a word that is no listed given name never (`Apple`, `Christmas`, `Ireland`, `Monday`). A
// capitalized word before the name's word makes the two one subject when the first is a listed given name and the
// second may be a surname (`Amara Okafor earns …`: names.ts isRecordNameWord), or when the first is a sure given name
// and the second a listed name the lists keep as a place (`Maria Jordan`); after a title or an office's word the surname
// alone is the subject (`Director Okafor`). Bounded: one look of at most 27 characters before the word.
//
// A word the name rules themselves read as a person in this text (names.ts detectPersons: a detection of exactly the
// word) is a sure subject whatever its tier: `José is gay`, `Søren is gay`, `Łukasz earns 61k a year` stored the name
// masked and the fact in clear until 2026-12-08 (`José`, `Søren`, `Łukasz` are no listed given name in the lists'
// spelling, but the name rules know them). The name rules run once per text, only for a word the tiers refuse.
import { detectPersons, givenNameTier, isListedNameWord, isPlacePrefix, isRecordNameWord, isSubjectTitle, pushPerson } from './names.js';
import type { Detection } from './types.js';

/**
 * Given names that open a sentence as a modal verb as often (`Will`, `May`, `Can`): the lower tier whatever the lists
 * say (they hold `will` as a name that is a common word, as `maria`, and no list tells the two apart).
 */
const MODAL_NAMES = new Set(['Will', 'May', 'Can', 'Shall', 'Must', 'Might']);
/** A capitalized word, its dot or none, and one blank right before a position: group 1 the word, group 2 the dot. */
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]{1,23})(\.?)[ \t]$/u;

/** The subject's span and how surely it is a person's name (see above: 2 sure, 1 only before a personal predicate). */
export interface NamedSubject {
  start: number;
  end: number;
  tier: 1 | 2;
}

/**
 * The person named by the capitalized word at `start`..`end` of `text` (the word right before a predicate), with a
 * given name before it when the word is a surname; undefined when it is no listed given name (tier 0) or when its tier
 * is 1 and the predicate is not `personal`. Never throws (the name lists missing: undefined).
 */
export function namedSubject(text: string, start: number, end: number, personal: boolean): NamedSubject | undefined {
  const word = text.slice(start, end);
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 27), start));
  if (before !== null) {
    const given = before[1] as string;
    const dotted = before[2] === '.';
    if (!dotted && givenNameTier(given) >= 1 && isRecordNameWord(word)) return { start: start - given.length - 1, end, tier: 2 };
    // A sure given name before a listed name that is also a place or a word (`Maria Jordan is catholic`, 2026-12-08): one
    // subject; not a place led by a compass word or a saint (`West Jordan`, `North Jordan`, `San Jose`), nor a place's or a
    // firm's head after the name (`Maria Street`: names.ts isListedNameWord).
    if (!dotted && givenNameTier(given) === 2 && !isPlacePrefix(given) && isListedNameWord(word)) return { start: start - given.length - 1, end, tier: 2 };
    // A title or an office's word before a surname (`Director Okafor earns £52,000 a year`, `Dr. Okafor earns …`): the
    // surname is the subject, the title stays (`Director General`, `Sales Director` name no one).
    if (isSubjectTitle(given) && isRecordNameWord(word)) return { start, end, tier: 2 };
  }
  const tier = MODAL_NAMES.has(word) ? Math.min(givenNameTier(word), 1) : givenNameTier(word);
  if (tier === 0 || (tier === 1 && !personal)) return readAsPerson(text, start, end) ? { start, end, tier: 2 } : undefined;
  return { start, end, tier: tier as 1 | 2 };
}

/** The last text the name rules read for readAsPerson, and the spans they found in it (`start:end`). */
let personsText: string | undefined;
let personsSpans = new Set<string>();

/** Whether the name rules (names.ts detectPersons) find a person of exactly `start`..`end` in `text`; false if they throw. */
function readAsPerson(text: string, start: number, end: number): boolean {
  if (text !== personsText) {
    const found: Detection[] = [];
    try {
      detectPersons(text, found);
    } catch {
      // The name lists missing: no person, as givenNameTier says.
    }
    personsText = text;
    personsSpans = new Set(found.filter((d) => d.type === 'PERSON').map((d) => `${d.start}:${d.end}`));
  }
  return personsSpans.has(`${start}:${end}`);
}

/** Pushes the subject as a PERSON when `persons` (the person detector is on). */
export function pushSubject(text: string, out: Detection[], subject: NamedSubject, persons: boolean): void {
  if (persons) pushPerson(text, out, subject.start, subject.end);
}
