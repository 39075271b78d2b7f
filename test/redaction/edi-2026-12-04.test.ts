// The second probe of 2026-12-04 (test/redaction/probe-2026-12-04b.cases.md), G8, end to end
// through an auditor and a file ledger: X12 and EDIFACT segments were stored raw (edi.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger } from '@agent-audit/core';
import { blankMachineValues, storedJsonl } from './stored.js';

/** What the ledger holds after recording `texts` (user messages and tool results), machine values and tokens blanked. */
async function stored(texts: string[], pool = false): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'probe-20261204b-g8-'));
  const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 48)]) }), ...(pool ? { redactionWorker: { startAfterEvents: 0 } } : {}) });
  texts.forEach((text, i) => {
    if (i % 2 === 0) auditor.record({ type: 'message.user', content: { input: text } });
    else auditor.record({ type: 'tool.result', tool: { name: 'clearinghouse.fetch', result: { body: text } } } as never);
  });
  await auditor.close();
  return blankMachineValues(storedJsonl(join(dir, 'ledger'))).replace(/\[[A-Z_]+:psn_\w+\]/g, ' ');
}

describe('G8: EDI interchanges in the ledger', () => {
  const x12 = 'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *261204*1200*^*00501*000000001*0*P*:~GS*HC*S*R*20261204*1200*1*X*005010X222A1~ST*837*0001*005010X222A1~NM1*PR*2*ACME HEALTH PLAN*****PI*60054~NM1*IL*1*VLINTUK*QXARO****MI*536228514~DMG*D8*19840312*M~N3*12 QUILLON ROW~N4*SPRINGFIELD*IL*62704~PER*IC*DORVANE WENLIX*TE*4155550132~REF*SY*536228514~SE*8*0001~';
  const held = 'NM1*IL*1*OKAFOR*AMARA*J***MI*XJH123456789~\nDMG*D8*19710506*F~\nN3*48 HARTWELL LANE~\nN4*DAYTON*OH*45402~';
  const edifact = "UNB+UNOA:2+SENDER+RECEIVER+261204:1200+1'UNH+1+ORDERS:D:96A:UN'NAD+BY+++DORVANE:WENLIX+12 QUILLON ROW+SPRINGFIELD++62704+US'COM+4155550132:TE'COM+dw@example.org:EM'DTM+329:19840312:102'NAD+SU+5412345000013::9'DTM+137:20261204:102'";
  const pasted = "NAD+BY+++HAVILI:TEVITA+9 ELM STREET+LEEDS++LS1 4AP+GB'COM+07700900123:AL'";

  it('stores none of the person\'s elements; the payer, GLN and document date stay', async () => {
    const text = await stored([x12, held, edifact, pasted]);
    for (const raw of ['VLINTUK', 'QXARO', '536228514', '19840312', 'QUILLON', '4155550132', 'DORVANE', 'WENLIX', 'OKAFOR', 'XJH123456789', '19710506', 'HARTWELL', '45402', 'dw@example.org', 'HAVILI', 'TEVITA', '9 ELM STREET', 'LS1 4AP', '07700900123']) {
      expect(text, raw).not.toContain(raw);
    }
    for (const kept of ['NM1*PR*2*ACME HEALTH PLAN*****PI*60054~', 'NAD+SU+5412345000013::9', 'DTM+137:20261204:102', 'DMG*D8*']) expect(text, kept).toContain(kept);
  });

  it('in the sealing pool too', async () => {
    const text = await stored([x12, edifact], true);
    for (const raw of ['VLINTUK', '536228514', '19840312', 'DORVANE', '4155550132']) expect(text, raw).not.toContain(raw);
  });
});
