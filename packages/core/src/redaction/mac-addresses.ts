import type { Detection } from './types.js';

// --------------------------------------------------------------------------------- MAC addresses
// A MAC address (IEEE 802 EUI-48) names one network interface, and so the phone, laptop or
// wearable of the person who carries it: an "online identifier" of GDPR Recital 30, and one of
// HIPAA's device identifiers (45 CFR 164.514(b)(2)(i)(M)). Three written forms:
//  - six pairs of hexadecimal digits joined by `:` (most tools) or `-` (IEEE 802's canonical
//    form), one separator throughout: `00:1A:2B:3C:4D:5E`, `00-1a-2b-3c-4d-5e`;
//  - three dot-joined groups of four (Cisco): `001a.2b3c.4d5e`, with at least one letter `a`-`f`
//    (twelve digits in three dotted fours are more often a version or a build number).
// Left alone: the unspecified (all zeros) and broadcast (all `ff`) addresses, and a run of more
// pairs (a key fingerprint `43:51:43:a1:…` of 16 or 20 pairs, an IPv6 address) or a pair glued to
// more hex (`a00:1A:…`).

const colonOrDash = /(?<![0-9A-Za-z_]|[0-9A-Fa-f][:\-])[0-9A-Fa-f]{2}([:\-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![0-9A-Za-z_]|[:\-][0-9A-Za-z])/g;
const ciscoDots = /(?<![0-9A-Za-z_]|[0-9A-Za-z]\.)[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![0-9A-Za-z_]|\.[0-9A-Za-z])/g;
const hexLetter = /[A-Fa-f]/;

/** The twelve hex digits of `value` in lower case, or undefined for the unspecified and broadcast addresses. */
function canonical(value: string): string | undefined {
  const hex = value.replace(/[:\-.]/g, '').toLowerCase();
  return hex === '000000000000' || hex === 'ffffffffffff' ? undefined : hex;
}

/**
 * MAC addresses in `text`, pushed to `out` as type `MAC_ADDRESS`, class `pii.device_id`, with the
 * twelve hex digits in lower case as the normalized value (so `00:1A:…` and `001a.…` recur as one
 * value in session memory). Linear: two global scans without backtracking across pairs.
 */
export function detectMacAddresses(text: string, out: Detection[], paired = true): void {
  const push = (match: RegExpExecArray) => {
    const normalized = canonical(match[0]);
    if (normalized !== undefined) out.push({ start: match.index, end: match.index + match[0].length, type: 'MAC_ADDRESS', class: 'pii.device_id', normalized });
  };
  // `paired`: the text may hold five colons or five dashes (the caller's counts; an email's two dots let only the Cisco form be looked for).
  colonOrDash.lastIndex = 0;
  if (paired) for (let match = colonOrDash.exec(text); match !== null; match = colonOrDash.exec(text)) push(match);
  if (text.indexOf('.') === -1) return;
  ciscoDots.lastIndex = 0;
  for (let match = ciscoDots.exec(text); match !== null; match = ciscoDots.exec(text)) if (hexLetter.test(match[0])) push(match);
}
