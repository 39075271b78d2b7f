// Issue 11, the twelfth probe (2026-12-05e), row L12 (test/redaction/probe-2026-12-05e.cases.md):
// iCalendar (RFC 5545 §3.1) and vCard (RFC 6350 §3.2) content lines folded by a line break and one
// blank inside a value: the part before the fold was stored raw, the part after masked alone or not
// at all (`mailto:leonor\n ora.castellanos@posteo.net` → `mailto:leonor\n [EMAIL]`).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { kept, masked } from './masked-text.js';

/** The parts of `value` left readable in the masked text (a value split by a fold is looked for piece by piece). */
const pieces = (text: string, parts: readonly string[]) => parts.filter((part) => masked(text).includes(part));

describe('L12: folded iCalendar and vCard lines are read unfolded', () => {
  it('the probe rows: an email, a name and a phone split by a fold', () => {
    const attendee = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=Leonora Castellanos;X-NUM-GUESTS=0:mailto:leonor\r\n ora.castellanos@posteo.net\r\nEND:VEVENT\r\nEND:VCALENDAR';
    expect(pieces(attendee, ['mailto:leonor', 'ora.castellanos', 'Castellanos'])).toEqual([]);
    expect(kept(attendee, ['BEGIN:VEVENT', 'END:VCALENDAR', 'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN='])).toEqual([]);
    const cn = 'BEGIN:VEVENT\nATTENDEE;CN=Tobiah Wren\n field;ROLE=REQ-PARTICIPANT:mailto:x@quillon.example\nEND:VEVENT';
    expect(pieces(cn, ['Wren', 'field;'])).toEqual([]);
    const phone = 'BEGIN:VEVENT\nDESCRIPTION:Dial-in for the hearing: call Orla at 312-55\n 5-0148 before 9am\nEND:VEVENT';
    expect(pieces(phone, ['312-55', '5-0148'])).toEqual([]);
    expect(kept(phone, ['DESCRIPTION:Dial-in for the hearing: call', 'before 9am'])).toEqual([]);
    const organizer = 'BEGIN:VEVENT\nORGANIZER;CN=Ops:mailto:marisol.quinta\n nilla@yahoo.com\nEND:VEVENT';
    expect(pieces(organizer, ['marisol.quinta', 'nilla@yahoo'])).toEqual([]);
  });
  it('more of the kind: a tab as the fold, a vCard, a fold inside a location', () => {
    const tab = 'BEGIN:VEVENT\r\nORGANIZER;CN=Hyacinth Od\r\n\tuya:mailto:hyacinth.oduya@proton.me\r\nEND:VEVENT';
    expect(pieces(tab, ['Hyacinth', 'uya:', 'hyacinth.oduya'])).toEqual([]);
    const vcard = 'BEGIN:VCARD\nVERSION:4.0\nFN:Marisol Quintanilla\nEMAIL;TYPE=work:marisol.quintanilla@har\n court.example\nTEL;TYPE=cell:+1-312-555-\n 0148\nEND:VCARD';
    expect(pieces(vcard, ['marisol.quintanilla@har', 'court.example', '+1-312-555-', 'Quintanilla'])).toEqual([]);
    const location = 'BEGIN:VEVENT\nSUMMARY:Site visit\nLOCATION:2210 Peachtree Ridge Dr\n ive, Atlanta, GA 30309\nEND:VEVENT';
    expect(pieces(location, ['Peachtree', 'ive, Atlanta', '30309'])).toEqual([]);
  });
  it('kept: folded lines with nothing personal, and text that is no calendar', () => {
    const plain = 'BEGIN:VEVENT\nDESCRIPTION:Quarterly planning for the platform team; agenda in the shared\n  folder, bring laptops\nRRULE:FREQ=WEEKLY;BYDAY=MO\nEND:VEVENT';
    expect(masked(plain)).toBe(plain);
    // Outside a calendar or a card a line break and a blank are the text's own (an indented list).
    const list = 'Call 312-55\n 5-0148 is not one number here';
    expect(masked(list)).toContain('312-55\n 5-0148');
  });
  it('linear: many folded lines', () => {
    const make = (n: number) => `BEGIN:VCALENDAR\n${'ATTENDEE;CN=Ops Team;ROLE=REQ-PARTICIPANT:mailto:ops@quil\n lon.example\nDESCRIPTION:call 312-55\n 5-0148\n'.repeat(Math.ceil(n / 100))}`.slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
