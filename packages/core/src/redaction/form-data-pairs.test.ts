// multipart/form-data bodies (RFC 7578): each part's name decides for its value (a fresh README-only
// probe of 2026-12-04, H20: `last_name` and `dob` parts stored raw).
import { describe, expect, it } from 'vitest';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(6)]) });
const stored = (body: string): string =>
  ((redactor.redact({ v: 1, id: '01JTESTMPF0000000000000000', ts: '2026-12-04T12:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, tool: { name: 'http_post', arguments: { body } } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.arguments as { body: string }).body.replace(/\[([A-Z_]+):[^\]]+\]/g, '[$1]');

describe('multipart/form-data fields', () => {
  it('masks a personal part’s value as its name decides, with CRLF or LF, other headers between', () => {
    const body = '--X\r\nContent-Disposition: form-data; name="last_name"\r\n\r\nVlintuk\r\n--X\r\nContent-Disposition: form-data; name="dob"\r\nContent-Type: text/plain\r\n\r\n1984-03-12\r\n--X--';
    expect(stored(body)).toBe('--X\r\nContent-Disposition: form-data; name="last_name"\r\n\r\n[PERSON]\r\n--X\r\nContent-Disposition: form-data; name="dob"\r\nContent-Type: text/plain\r\n\r\n[DOB]\r\n--X--');
    expect(stored('--b\nContent-Disposition: form-data; name="ssn"\n\n536228514\n--b--')).toBe('--b\nContent-Disposition: form-data; name="ssn"\n\n[SSN]\n--b--');
  });
  it('keeps the part names, other fields and a file part', () => {
    const body = '--X\r\nContent-Disposition: form-data; name="last_name"\r\n\r\nVlintuk\r\n--X\r\nContent-Disposition: form-data; name="plan"\r\n\r\ngold\r\n--X\r\nContent-Disposition: form-data; name="file"; filename="notes.txt"\r\n\r\nhello\r\n--X--';
    expect(stored(body)).toBe('--X\r\nContent-Disposition: form-data; name="last_name"\r\n\r\n[PERSON]\r\n--X\r\nContent-Disposition: form-data; name="plan"\r\n\r\ngold\r\n--X\r\nContent-Disposition: form-data; name="file"; filename="notes.txt"\r\n\r\nhello\r\n--X--');
  });
});
