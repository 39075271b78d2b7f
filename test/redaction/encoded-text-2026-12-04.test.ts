// The second probe of 2026-12-04 (test/redaction/probe-2026-12-04b.cases.md), G14, end to end
// through an auditor and a file ledger: text in base64 or quoted-printable was stored as written
// (encoded-text.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger } from '@agent-audit/core';
import { blankMachineValues, storedJsonl } from './stored.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const b64url = (s: string): string => Buffer.from(s).toString('base64url');

/** What the ledger holds after recording `texts` (user messages and tool results), machine values and tokens blanked. */
async function stored(texts: string[], pool = false): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'probe-20261204b-g14-'));
  const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 48)]) }), ...(pool ? { redactionWorker: { startAfterEvents: 0 } } : {}) });
  texts.forEach((text, i) => {
    if (i % 2 === 0) auditor.record({ type: 'message.user', content: { input: text } });
    else auditor.record({ type: 'tool.result', tool: { name: 'clearinghouse.fetch', result: { body: text } } } as never);
  });
  await auditor.close();
  return blankMachineValues(storedJsonl(join(dir, 'ledger'))).replace(/\[[A-Z_]+:psn_\w+\]/g, ' ');
}

describe('G14: text in base64 or quoted-printable in the ledger', () => {
  const mime = [
    'From: =?UTF-8?B?UXhhcm8gVmxpbnR1aw==?= <qv@example.org>',
    'Subject: =?UTF-8?Q?SSN_412=2D67=2D3390?=',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64('Hi, my SSN is 536-22-8514 and my card is 4111 1111 1111 1111. Thanks').replace(/(.{76})/g, '$1\n'),
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Call me at 415-555-=',
    '0132, or mail amara=2Eokafor=40example=2Eorg.',
    '--b1--',
  ].join('\n');
  const payload = `GET /callback?payload=${b64url(JSON.stringify({ ssn: '523456789', dob: '1984-03-12' }))}&v=2`;
  const prose = `note: ${b64('Patient Tevita Havili, phone 808-555-0199')}`;

  it('stores none of the decoded values, nor their encodings; a run of no value stays', async () => {
    const plainRun = b64url('{"order":"A-1234","qty":3}');
    const text = await stored([mime, payload, prose, `cursor=${plainRun}`]);
    const encodings = [b64('Hi, my SSN is 536-22-8514').slice(0, 24), 'UXhhcm8gVmxpbnR1aw', 'SSN_412=2D67=2D3390', b64url(JSON.stringify({ ssn: '523456789', dob: '1984-03-12' })).slice(0, 20), b64('Patient Tevita Havili').slice(0, 20)];
    for (const raw of [...encodings, '415-555-', 'okafor=40example', 'amara=2Eokafor']) expect(text, raw).not.toContain(raw);
    expect(text).toContain(`cursor=${plainRun}`);
    expect(text).toContain('Content-Transfer-Encoding: quoted-printable');
  });
});
