// K2 of the fifth README-only probe of 2026-12-04 (test/redaction/probe-2026-12-04e.cases.md): a
// name after a label in Russian, Turkish or Greek (`Фамилия: Влинтук`, `Soyadı: Vlintuk`,
// `Επώνυμο: Βλίντουκ`) and the rows of a CSV whose header is in those languages (`Фамилия,Имя,Дата
// рождения`, `Soyadı,Adı,Doğum Tarihi`) were stored raw. Labels: names.ts NAME_LABEL_WORDS; headers:
// key-vocabulary.ts through columnKind. The inputs are the probe's, other labels of the same
// languages, and look-alikes that stay.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });

async function redacted(text: string): Promise<string> {
  const event: UnsealedEvent = {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    tool: { name: 'crm.read', result: { text } as JsonValue },
  };
  return ((await redactor.redact(event, { capture: {} } as never)).event.tool?.result as { text: string }).text;
}

describe('K2: a name after a label in Russian, Ukrainian, Bulgarian, Greek or Turkish', () => {
  it.each([
    ['Фамилия: Влинтук\nДата рождения: 12.03.1984', ['Влинтук', '12.03.1984']],
    ['Soyadı: Vlintuk\nDoğum tarihi: 12.03.1984', ['Vlintuk', '12.03.1984']],
    ['Επώνυμο: Βλίντουκ', ['Βλίντουκ']],
    ['ΕΠΩΝΥΜΟ: ΒΛΙΝΤΟΥΚ\nΟΝΟΜΑ: ΚΣΑΡΟ', ['ΒΛΙΝΤΟΥΚ', 'ΚΣΑΡΟ']],
    ['Имя: Ксаро\nОтчество: Петрович', ['Ксаро', 'Петрович']],
    ['ФИО: Влинтук', ['Влинтук']],
    ['Прізвище: Влінтук', ['Влінтук']],
    ['Презиме: Петров', ['Петров']],
    ['Adı: Qxaro\nSoyadı: Vlintuk', ['Qxaro', 'Vlintuk']],
    ['SOYADI: VLINTUK', ['VLINTUK']],
    ['Ad Soyad: Vlintuk', ['Vlintuk']],
    ['Nama lengkap: Vlintuk', ['Vlintuk']],
  ])('%s', async (text, raw) => {
    const out = await redacted(text);
    for (const value of raw) expect(out).not.toContain(value);
  });
});

describe('K2: a CSV whose header is in those languages', () => {
  it.each([
    ['Фамилия,Имя,Дата рождения\nВлинтук,Ксаро,12.03.1984', ['Влинтук', 'Ксаро', '12.03.1984']],
    ['Soyadı,Adı,Doğum Tarihi\nVlintuk,Qxaro,12.03.1984', ['Vlintuk', 'Qxaro', '12.03.1984']],
    ['Επώνυμο;Όνομα;Ημερομηνία γέννησης\nΒλίντουκ;Κσάρο;12/03/1984', ['Βλίντουκ', 'Κσάρο', '12/03/1984']],
    ['Họ tên\tNgày sinh\tSố điện thoại\nVlintuk Qxaro\t12/03/1984\t0912345678', ['Vlintuk', '12/03/1984', '0912345678']],
    ['الاسم,تاريخ الميلاد,رقم الهاتف\nقزارو فلينتوك,1984-03-12,0501234567', ['فلينتوك', '1984-03-12', '0501234567']],
  ])('%s', async (text, raw) => {
    const out = await redacted(text);
    for (const value of raw) expect(out).not.toContain(value);
  });
});

describe('K2: look-alikes that stay', () => {
  it.each([
    // Labels of things, and the label's words in prose
    'Имя файла: отчет.pdf',
    'Товар,Цена\nЧайник,1200',
    'Ürün,Fiyat\nKalem,12',
    'Τιμή: 12 ευρώ',
  ])('%s', async (text) => {
    expect(await redacted(text)).toBe(text);
  });
});
