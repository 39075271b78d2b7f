// A card's or an IBAN's leading digits announced as such (issue 11, F14 of the README-only leak probe
// of 2026-12-07: `first eight digits of the card: 4556 7375` and `iban starts DE89 3704 0044` were
// stored raw: too short for the card's Luhn check or the IBAN's mod-97 check, which find whole numbers).
// The treatment, decided here and documented in docs/REDACTION.md:
//   - a card's leading digits after a fragment's announcement (`first eight digits of the card`,
//     `card starts with`, `my card's first six digits are`) are masked as `CARD` when they are 6 to 15
//     digits: the BIN (issuer identification number, six or eight digits) and more is cardholder data
//     under PCI DSS when it comes with the rest of the conversation, and eight known digits, the last
//     four that support flows show and the Luhn digit leave the rest of a 16-digit PAN to 10^3 guesses.
//     Four or five leading digits (a brand's or a network's prefix) stay, and so do the last four
//     (`card ending in 4242`: PCI DSS req. 3.4.1 lets a PAN be shown truncated to its last four);
//   - an IBAN's start after the same announcements (`iban starts DE89 3704 0044`, `first eight
//     characters of my IBAN: GB29 NWBK`) is masked as `IBAN` when it holds the country code, the
//     two check digits and four characters or more: the bank's code and the account's first digits.
// The announcement is a small bounded grammar; the rule runs only behind its gate (a fragment's word:
// `first`, `initial`, `leading`, `start…`, `begin…`), and its pattern holds no nested quantifier.
import { gatedTest } from './internal/prefilter.js';
import type { Detection } from './types.js';

const COUNT = String.raw`(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few)`;
const OWNER = String.raw`(?:(?:the|my|your|his|her|their|our|this|that|a|customer['’]s|client['’]s)[ \t]+)?`;
const OBJECT = String.raw`((?:(?:credit|debit|bank|payment)[ \t]+)?card(?:[ \t]+number)?|PAN|iban(?:[ \t]+number)?)`;
const FRAGMENT = String.raw`(?:first|initial|leading)(?:[ \t]+${COUNT})?[ \t]+(?:digits|numbers|characters|chars)`;
const STARTS = String.raw`(?:starts|begins|starting|beginning|start|begin)(?:[ \t]+(?:with|in))?`;
const LINK = String.raw`(?:[ \t]*[:=]|[ \t]+(?:are|is|were|was|reads?))?[ \t]*`;
/** Group 1 or 2: the object (card or IBAN); group 3: the value. */
const partialAccount = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${FRAGMENT}[ \t]+(?:of|on|from|in)[ \t]+${OWNER}${OBJECT}|${OBJECT}(?:['’]s)?(?:[ \t]+${FRAGMENT})?(?:[ \t]+${STARTS})?)${LINK}` +
    String.raw`(\d{4}(?:[ -]?\d{1,4}){1,3}|[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{1,4}){1,7})(?![\p{L}\p{N}_]|[.,]\d)`,
  'giu',
);
/** A fragment's word: the rule's gate (one bit of the prefilter's mask for text without one). */
const fragmentCue = gatedTest(/first|initial|leading|start|begin/i);

/** Leading fragments of cards and IBANs after their announcement (see above). */
export function detectPartialAccounts(text: string, out: Detection[], cards: boolean, ibans: boolean): void {
  if (!fragmentCue(text)) return;
  for (const m of text.matchAll(partialAccount)) {
    // Group 2 without an announcement (`card: 4556 7375`, `IBAN DE89…`) is no fragment said as such.
    const announced = m[1] !== undefined || /first|initial|leading|start|begin/i.test(m[0].slice(0, m[0].length - (m[3] as string).length));
    if (!announced) continue;
    const object = ((m[1] ?? m[2]) as string).toLowerCase();
    const value = m[3] as string;
    const compact = value.replace(/[ -]/g, '');
    const start = m.index + m[0].length - value.length;
    if (object.startsWith('iban')) {
      if (ibans && /^[A-Za-z]{2}\d{2}[A-Za-z0-9]{4,30}$/.test(compact) && /^[A-Z]{2}$|^[a-z]{2}$/.test(compact.slice(0, 2))) {
        out.push({ start, end: start + value.length, type: 'IBAN', class: 'financial.iban', normalized: compact.toUpperCase() });
      }
    } else if (cards && /^\d{6,15}$/.test(compact)) {
      out.push({ start, end: start + value.length, type: 'CARD', class: 'payment.card', normalized: compact });
    }
  }
}
