import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';

// L2 of the eighth probe (test/redaction/probe-2026-12-05a.cases.md): names joined by a
// patronymic particle, Hebrew `ben`/`bat` and Welsh `ap`/`ferch`/`verch`, were masked only in part
// (`[PERSON] ben Haim`) or not at all (`Rhodri ap Gwilym`), while `ibn`, `bin` and `al-` were
// masked whole (names.ts PATRONYMIC_PARTICLES, patronymicNames).
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('L2: patronymic particles', () => {
  it('the probe row', () => {
    expect(persons('Yael ben Haim will cover the night shift on Saturday.')).toEqual(['Yael ben Haim']);
    expect(persons('Hi Moshe ben Yehuda, following up on the invoice')).toEqual(['Moshe ben Yehuda']);
    expect(persons('Noa bat Sheva will cover the night shift on Saturday.')).toEqual(['Noa bat Sheva']);
    expect(persons('Rhodri ap Gwilym will cover the night shift on Saturday.')).toEqual(['Rhodri ap Gwilym']);
    expect(persons('Hi Dafydd ap Llywelyn, following up on the invoice')).toEqual(['Dafydd ap Llywelyn']);
    expect(persons('Hi Eitan ben Ami, following up on the invoice')).toEqual(['Eitan ben Ami']);
    expect(persons('Seren ferch Gwyn will cover the night shift on Saturday.')).toEqual(['Seren ferch Gwyn']);
  });
  it('held back: other names, other sentences', () => {
    expect(persons('Best regards,\nRhodri ap Gwilym')).toEqual(['Rhodri ap Gwilym']);
    expect(persons('CC: Tamar bat Levi; ops team')).toEqual(['Tamar bat Levi']);
    expect(persons('Approved by Angharad verch Owain on 2026-11-02.')).toEqual(['Angharad verch Owain']);
    expect(persons('ok thanks Iolo ap Dafydd, see you tomorrow')).toEqual(['Iolo ap Dafydd']);
    expect(persons('Attendees: Yosef ben Avraham, Lleucu ferch Llywelyn')).toEqual(['Yosef ben Avraham', 'Lleucu ferch Llywelyn']);
  });
  it('boundaries: no capitalized name word either side, or a lower-case given name Ben', () => {
    expect(persons('the bat Sheva used')).toEqual([]);
    expect(persons('Mix the ben Nevis')).toEqual([]);
    expect(persons('Omar ibn Saeed will cover the night shift')).toEqual(['Omar ibn Saeed']);
    expect(persons('this is ben smith calling about my claim')).toEqual(['ben smith']);
    expect(persons('Stock the Apple ap Store shelves')).toEqual([]);
  });
});
