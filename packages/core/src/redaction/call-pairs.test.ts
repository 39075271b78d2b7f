// A value passed to a call in code, where the call names what it is (text-pairs.ts callPairs; the
// third probe of 2026-12-04, H17: `patient.setLastName("Vlintuk")`, `Patient.builder()
// .lastName("Dorvane").birthDate("1979-11-02")` stored raw). The key is a setter's name without
// set/with/put, a builder step's name, a key-first call's first argument or a derived query's
// property, decided by the key-name rules. The inputs here are other calls and spellings of the
// kind than the probe's; the surnames are made up (no name list holds them).
import { describe, expect, it } from 'vitest';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false });
/** `text` as stored: redacted as a tool's result, pseudonyms shortened to their type. */
const stored = (text: string): string =>
  ((redactor.redact({ v: 1, id: '01JTESTCALLPAIRS0000000000', ts: '2026-12-04T16:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, tool: { name: 'run', result: text } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.result as string).replace(/:psn_[A-Za-z0-9_]+\]/g, ']');

describe('a value passed to a call that names it', () => {
  it.each([
    // Setters: the name without set, with or put.
    ['applicant.setSurname("Ombravel");', 'applicant.setSurname("[PERSON]");'],
    ['member.setFamilyName("Kestrulo"); member.setGivenName("Yvandre");', 'member.setFamilyName("[PERSON]"); member.setGivenName("[PERSON]");'],
    ["rec.set_family_name('Ombravel')", "rec.set_family_name('[PERSON]')"],
    ['dto.withDateOfBirth("1966-08-19")', 'dto.withDateOfBirth("[DOB]")'],
    ["holder.with_birth_date('1971-05-06')", "holder.with_birth_date('[DOB]')"],
    ['p.setPassportNumber("X4481920")', 'p.setPassportNumber("[PASSPORT]")'],
    ['p.setDateOfBirth(LocalDate.of(1966, 8, 19));', 'p.setDateOfBirth(LocalDate.of([DOB]));'],
    // Builder steps: a method called on a call's result or on a builder.
    ['PersonDto.builder().surname("Ombravel").dateOfBirth("1966-08-19").build()', 'PersonDto.builder().surname("[PERSON]").dateOfBirth("[DOB]").build()'],
    ['Applicant a = Applicant.newBuilder()\n    .familyName("Kestrulo")\n    .dob("1971-05-06")\n    .build();', 'Applicant a = Applicant.newBuilder()\n    .familyName("[PERSON]")\n    .dob("[DOB]")\n    .build();'],
    ['memberBuilder.surname("Yvandre");', 'memberBuilder.surname("[PERSON]");'],
    // Key-first calls: the first argument names the second (setattr: the second names the third).
    ['bundle.putString("surname", "Kestrulo");', 'bundle.putString("surname", "[PERSON]");'],
    ["params.append('date_of_birth', '1966-08-19')", "params.append('date_of_birth', '[DOB]')"],
    ['sessionStorage.setItem("familyName", "Ombravel")', 'sessionStorage.setItem("familyName", "[PERSON]")'],
    ['setattr(rec, "surname", "Yvandre")', 'setattr(rec, "surname", "[PERSON]")'],
    ['ImmutableMap.of("id", "7", "family_name", "Kestrulo", "birthdate", "1971-05-06")', 'ImmutableMap.of("id", "7", "family_name", "[PERSON]", "birthdate", "[DOB]")'],
    // Derived queries (Spring Data, Rails): each property names its argument.
    ['repository.findBySurnameIgnoreCase("Ombravel")', 'repository.findBySurnameIgnoreCase("[PERSON]")'],
    ['repo.findAllByFamilyNameAndDateOfBirth("Kestrulo", "1966-08-19")', 'repo.findAllByFamilyNameAndDateOfBirth("[PERSON]", "[DOB]")'],
    ["Person.find_by_surname('Yvandre')", "Person.find_by_surname('[PERSON]')"],
  ])('%s', (text, expected) => {
    expect(stored(text)).toBe(expected);
  });

  it.each([
    ['ds.setPassword("Lk9#Wq2Rv");', 'ds.setPassword("[PASSWORD]");'],
    ['Client.builder().apiKey("Qm7Lx2Vp9Rk4").build()', 'Client.builder().apiKey("[PASSWORD]").build()'],
    ["opts.with_client_secret('Zt5Wq8Lm2Vx')", "opts.with_client_secret('[PASSWORD]')"],
    ["req.setHeader('X-Auth-Token', 'Hq3Vn8Lz2Wc')", "req.setHeader('X-Auth-Token', '[PASSWORD]')"],
    ['Map.of("region", "eu-west-1", "password", "Lk9#Wq2Rv")', 'Map.of("region", "eu-west-1", "password", "[PASSWORD]")'],
  ])('masks a secret a call names: %s', (text, expected) => {
    expect(stored(text)).toBe(expected);
  });

  it.each([
    'setStatus("active")',
    'builder().orderId("ORD-2291")',
    'Order.builder().currency("EUR").amount(120).build()',
    'p.setSurname(surname)',
    'p.setSurname(normalize(raw))',
    'setTimeout(flush, 1000)',
    'map.put("retries", "3")',
    'Map.of("region", "eu-west-1")',
    "headers.set('Content-Type', 'application/json')",
    'repo.findByStatus("active")',
    'repo.findById("ORD-2291")',
    'program.name("deploy").description("Deploy the app")',
    'ds.setPassword(null)',
    'ds.setPassword("${DB_PASSWORD}")',
    'columns.add("surname")',
    'log.info("surname", count)',
    'settle("surname", "Ombravel")',
  ])('leaves %s alone', (text) => {
    expect(stored(text)).toBe(text);
  });

  it('finishes on 200 000-character runs of each cue (the test timeout bounds the work)', () => {
    for (const unit of ['p.setSurname(', 'p.setSurname("', ').surname(', ').surname("a")', 'findBySurname(', 'findBySurname("', 'setattr(p, ', 'Map.of("ssn", ', 'Map.of("ssn", "1", ', '(((((']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      expect(typeof stored(text), unit).toBe('string');
    }
  });
});
