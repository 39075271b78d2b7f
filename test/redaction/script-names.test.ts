// Issue 11: a fresh attacker stored names in Arabic, Hebrew, Devanagari and Thai script in the
// ledger in clear (these scripts have no capitals, so no capitalized-run rule could see them).
// Through createAuditor().record() with the default redactor and a file ledger; the stored
// `.jsonl` files are searched for the raw names. Session memory then masks a name the text
// repeats later with no cue around it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditor, fileLedger } from '@agent-audit/core';
import { storedJsonl, unescapedLines } from './stored.js';

describe('names in Arabic, Hebrew, Devanagari and Thai script are not stored (end to end)', () => {
  it('masks them after a cue, and where the same session repeats them without one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-script-names-'));
    const auditor = createAuditor({ agent: { id: 'clinic-bot' }, sink: fileLedger({ dir }) });
    const session = 'visit-1';
    auditor.record({ type: 'message.user', session, content: { input: 'اسم المريض: يوسف منصور. שמי נועה פרידמן. मेरा नाम सुनीता देवी है। นายสมชาย ใจดี' } });
    auditor.record({ type: 'tool.call', session, tool: { name: 'ehr.lookup', arguments: { note: 'المريضة فاطمة الزهراء تعاني من صداع', patient: 'ד"ר משה פרץ' } } });
    // No cue here: session memory knows these names from the first event.
    auditor.record({ type: 'message.assistant', session, content: { output: 'تم تحديث ملف منصور. נועה פרידמן תקבל הודעה. सुनीता देवी को दवा दी गई। สมชาย ใจดี ได้รับยาแล้ว' } });
    await auditor.close();
    const all = unescapedLines(storedJsonl(dir));
    expect(all.length).toBeGreaterThan(0);
    for (const raw of ['يوسف', 'منصور', 'נועה', 'פרידמן', 'सुनीता', 'देवी', 'สมชาย', 'ใจดี', 'فاطمة', 'الزهراء', 'משה', 'פרץ']) {
      expect(all.includes(raw), raw).toBe(false);
    }
    expect(all).toContain('[PERSON:psn_');
    // The words around the names are kept.
    for (const kept of ['تعاني من صداع', 'תקבל הודעה', 'को दवा दी गई', 'ได้รับยาแล้ว']) expect(all, kept).toContain(kept);
  });
});
