// Session memory across events, through the real pipeline into ledger files: a name given once
// in a structured field (or found by a detector) is masked where it recurs later in the same
// session or trace, also where no detector would see it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN_DETECTORS, createAuditor, createKeyring, createRedactor, fileLedger, readEvents, type AuditEvent } from '@agent-audit/core';

const work = mkdtempSync(join(tmpdir(), 'aa-session-memory-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

async function run(name: string, script: (auditor: ReturnType<typeof createAuditor>) => void, redactorOptions: Parameters<typeof createRedactor>[0] = {}) {
  const dir = join(work, name);
  const errors: Error[] = [];
  const auditor = createAuditor({
    agent: { id: 'clinic' },
    sink: fileLedger({ dir, keyDir: join(work, `${name}-keys`), fsync: false }),
    redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(3)]), builtins, ...redactorOptions }),
    onError: (error) => errors.push(error),
  });
  script(auditor);
  await auditor.close();
  const events: AuditEvent[] = [];
  for await (const event of readEvents(dir, { stream: 'clinic' })) events.push(event);
  const stored = filesUnder(dir).map((file) => readFileSync(file, 'utf8')).join('\n');
  return { events, stored, errors };
}

const NAME = 'Zephyrine Quillfeather';
// Free-text name and address detectors are left out, so what is masked here is masked by the
// memory alone (a name detector would catch some of these recurrences by itself).
const builtins = BUILTIN_DETECTORS.filter((name) => name !== 'person' && name !== 'address');

describe('session memory across events', () => {
  it('masks a name from a tool argument where the model repeats it later in the session, in every ledger file', async () => {
    const { events, stored } = await run('tool-then-answer', (auditor) => {
      auditor.run({ session: 'visit-1' }, () => {
        auditor.record({ type: 'tool.call', tool: { name: 'book_appointment', arguments: { patient_name: NAME, slot: 'morning' } } });
        auditor.record({ type: 'tool.result', tool: { name: 'book_appointment', result: { ok: true, note: `booked for ${NAME.toUpperCase()}` } } });
        auditor.record({ type: 'model.response', content: { output: `All set, ${NAME} is booked; zephyrine quillfeather will get a reminder.` } });
        auditor.record({ type: 'message.user', content: { input: { [NAME]: 'thanks' } } });
      });
    });
    expect(stored).not.toMatch(/zephyrine|quillfeather/i);
    const call = events.find((e) => e.type === 'tool.call');
    const token = (call?.tool?.arguments as Record<string, string>).patient_name as string;
    expect(token).toMatch(/^\[PERSON:psn_/);
    // Same pseudonym as the first sighting, whatever the case of the recurrence.
    const answer = events.find((e) => e.type === 'model.response')?.content?.output as string;
    expect(answer).toBe(`All set, ${token} is booked; ${token} will get a reminder.`);
    expect((events.find((e) => e.type === 'tool.result')?.tool?.result as Record<string, string>).note).toBe(`booked for ${token}`);
    expect(Object.keys(events.find((e) => e.type === 'message.user')?.content?.input as object)).toEqual([token]);
  });

  it('remembers detected spans too, and keeps sessions apart', async () => {
    const { events, stored } = await run('detected-then-bare', (auditor) => {
      auditor.run({ session: 'a' }, () => {
        auditor.record({ type: 'message.user', content: { input: 'write to zq.feather@example.org please' } });
        // The local part alone is no email, so no detector would mask it.
        auditor.record({ type: 'model.response', content: { output: 'ok, writing to zq.feather@example.org now' } });
      });
      auditor.run({ session: 'b' }, () => {
        auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { patient_name: 'Orlando Vintergatan' } } });
      });
      auditor.run({ session: 'c' }, () => {
        // Another session: the name given in session b is not this session's.
        auditor.record({ type: 'model.response', content: { output: 'Orlando Vintergatan is a street name here' } });
      });
    });
    expect(stored).not.toContain('zq.feather@example.org');
    const other = events.filter((e) => e.type === 'model.response').at(-1)?.content?.output as string;
    expect(other).toContain('Orlando Vintergatan');
  });

  it('masks a remembered name in parts and in another order in later events (issue 11)', async () => {
    const { events, stored } = await run('parts', (auditor) => {
      auditor.run({ session: 'visit-3' }, () => {
        auditor.record({ type: 'tool.call', tool: { name: 'admit', arguments: { patient_name: 'Wiremu Tapsell' } } });
        auditor.record({ type: 'tool.result', tool: { name: 'admit', result: { ward: 'B', note: 'Tapsell, Wiremu: admitted to ward B' } } });
        auditor.record({ type: 'model.response', content: { output: 'Tapsell is settled; wiremu asked for water.' } });
      });
    });
    expect(stored).not.toMatch(/tapsell|wiremu/i);
    const token = (events.find((e) => e.type === 'tool.call')?.tool?.arguments as Record<string, string>).patient_name as string;
    expect(events.find((e) => e.type === 'model.response')?.content?.output).toBe(`${token} is settled; ${token} asked for water.`);
  });

  it('masks a remembered name in its spelling variants, each whole with the pseudonym of its first sighting (issue 11)', async () => {
    // Grace Baker: both parts are common words, so neither is remembered alone; only the whole name is.
    const spellings = ['GRACE  BAKER', 'GraceBaker', 'gracebaker', 'Grace\nBaker', 'Grace\r\n    Baker', 'grace.baker', 'grace_baker', 'Grace-Baker', 'Baker, Grace', 'BAKER,GRACE', 'baker_grace', 'Grace\u2028Baker', 'Grace\u1680Baker', 'GRACE\u0085BAKER'];
    const { events, stored } = await run('spellings', (auditor) => {
      auditor.run({ session: 'visit-4' }, () => {
        auditor.record({ type: 'tool.call', tool: { name: 'admit', arguments: { patient_name: 'Grace Baker' } } });
        for (const spelling of spellings) auditor.record({ type: 'model.response', content: { output: `seen ${spelling} today` } });
        auditor.record({ type: 'model.response', content: { output: 'by grace of the baker next door' } });
      });
    });
    expect(stored).not.toMatch(/grace[^a-z]{0,8}baker|baker[^a-z]{0,8}grace|gracebaker|bakergrace/i);
    const token = (events.find((e) => e.type === 'tool.call')?.tool?.arguments as Record<string, string>).patient_name as string;
    const outputs = events.filter((e) => e.type === 'model.response').map((e) => e.content?.output);
    expect(outputs).toEqual([...spellings.map(() => `seen ${token} today`), 'by grace of the baker next door']);
  });

  it('masks a Greek name given in capitals where it recurs in capitals or in lower case (a final sigma leaked)', async () => {
    const { events, stored } = await run('final-sigma', (auditor) => {
      auditor.run({ session: 'visit-greek' }, () => {
        auditor.record({ type: 'tool.call', tool: { name: 'admit', arguments: { patient_name: 'ΓΙΏΡΓΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ' } } });
        auditor.record({ type: 'model.response', content: { output: 'Ο ασθενής ΓΙΏΡΓΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ ήρθε· ο Γιώργος Παπαδόπουλος θα ξαναέρθει.' } });
      });
    });
    expect(stored).not.toMatch(/γιώργο|παπαδόπουλο/i);
    const token = (events.find((e) => e.type === 'tool.call')?.tool?.arguments as Record<string, string>).patient_name as string;
    expect(events.find((e) => e.type === 'model.response')?.content?.output).toBe(`Ο ασθενής ${token} ήρθε· ο ${token} θα ξαναέρθει.`);
  });

  it('masks a name where it recurs without its accents, as Greek capitals are written (it leaked before), with one pseudonym', async () => {
    const { events, stored } = await run('accents', (auditor) => {
      auditor.run({ session: 'visit-accents' }, () => {
        auditor.record({ type: 'tool.call', tool: { name: 'admit', arguments: { patient_name: 'Νίκος Καραγιάννης', guardian: { firstName: 'Émile', lastName: 'Zolaberg' } } } });
        auditor.record({ type: 'model.response', content: { output: 'ΑΣΘΕΝΗΣ: ΝΙΚΟΣ ΚΑΡΑΓΙΑΝΝΗΣ. guardian emile zolaberg, ZOLABERG' } });
      });
    });
    expect(stored).not.toMatch(/ν[ίι]κο[σς]|καραγι[άα]ννη[σς]|zolaberg|[ée]mile/i);
    const args = events.find((e) => e.type === 'tool.call')?.tool?.arguments as { patient_name: string; guardian: { firstName: string; lastName: string } };
    const output = events.find((e) => e.type === 'model.response')?.content?.output as string;
    expect(output).toContain(`ΑΣΘΕΝΗΣ: ${args.patient_name}.`);
    expect(output).toContain(args.guardian.lastName);
  });

  it('masks a name stored with combining marks where it recurs bare (Yoruba tone marks; it leaked before)', async () => {
    const { stored } = await run('marks', (auditor) => {
      auditor.run({ session: 'visit-marks' }, () => {
        auditor.record({ type: 'tool.call', tool: { name: 'admit', arguments: { patient_name: 'Tẹ̀mídayọ̀ Ọ̀ṣọ́bà', next_of_kin: 'Jose\u0301 Garci\u0301a' } } });
        auditor.record({ type: 'model.response', content: { output: 'TEMIDAYO OSOBA is stable; José García was called.' } });
      });
    });
    expect(stored).not.toMatch(/temidayo|osoba|garc|jose/i);
  });

  it('follows a trace without a session', async () => {
    const trace = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' };
    const { stored } = await run('trace', (auditor) => {
      auditor.record({ type: 'tool.call', trace, tool: { name: 'x', arguments: { lastName: 'Quillfeather' } } });
      auditor.record({ type: 'model.response', trace: { ...trace, spanId: '00f067aa0ba902b8' }, content: { output: 'Mx Quillfeather, your results are in' } });
    });
    expect(stored).not.toContain('Quillfeather');
  });

  it('can be turned off', async () => {
    const { stored } = await run('off', (auditor) => {
      auditor.run({ session: 'visit-2' }, () => {
        auditor.record({ type: 'tool.call', tool: { name: 'book', arguments: { patient_name: NAME } } });
        auditor.record({ type: 'model.response', content: { output: `booked ${NAME}` } });
      });
    }, { sessionMemory: false });
    expect(stored).toContain(NAME);
  });
});
