/**
 * The words that say an identifier is an animal's (`dog license`, `canine microchip`, `pet tag`):
 * one list for national-ids.ts (no driver's licence after them) and health-ids.ts (its licence
 * labels' lookbehind, the owner rules' tag and licence labels, the pet members of
 * HEALTH_ID_KEYS), so the two readings cannot drift apart (the misc brief of 2026-12-05, item 5:
 * `canine` was in national-ids.ts' list only, and `canine license 2026-44817` was stored raw).
 */
export const PET_WORDS: readonly string[] = ['dog', 'cat', 'pet', 'animal', 'kennel', 'canine', 'feline'];
/** PET_WORDS as a regular-expression alternation (no group). */
export const PET_WORD_SOURCE = PET_WORDS.join('|');
