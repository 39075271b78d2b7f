import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { memoryLedger } from '../test.js';
import { pauseStore, refuseIfPaused } from './pause.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-pause-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('pauseStore and refuseIfPaused', () => {
  it('pauses, refuses with a recorded policy.deny, resumes; a missing folder pauses nothing; garbage fails closed', async () => {
    const dir = path.join(root, 'paused');
    const pauses = pauseStore({ dir });
    expect(pauses.check('bot')).toEqual({ paused: false });
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent: { id: 'bot' }, sink: ledger });
    expect(refuseIfPaused({ auditor, pauses, agent: 'bot', tool: 'pay' }).paused).toBe(false);

    pauses.pause('bot', { reason: 'rapid-fire: 12 tool calls within 1s', rule: 'rapid-fire', by: 'test' });
    expect(pauses.list().map((r) => r.agent)).toEqual(['bot']);
    const refused = refuseIfPaused({ auditor, pauses, agent: 'bot', tool: 'pay' });
    expect(refused).toMatchObject({ paused: true, record: { rule: 'rapid-fire' } });
    expect(pauses.resume('bot')?.rule).toBe('rapid-fire');
    expect(pauses.resume('bot')).toBeUndefined();
    expect(pauses.check('bot').paused).toBe(false);

    fs.writeFileSync(path.join(dir, 'bot.json'), 'not json');
    expect(pauses.check('bot')).toMatchObject({ paused: true, unreadable: true });
    const throwing = { check: () => { throw new Error('disk gone'); } };
    expect(refuseIfPaused({ auditor, pauses: throwing, agent: 'bot' })).toMatchObject({ paused: true, unreadable: true });
    await auditor.close();
    const denies = ledger.events().filter((e) => e.type === 'policy.deny');
    expect(denies.map((e) => [e.decision?.policy, e.outcome, e.tool?.name])).toEqual([['pause', 'denied', 'pay'], ['pause', 'denied', undefined]]);
  });
});
