import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { memoryLedger } from '../test.js';
import { pauseStore, refuseIfPaused } from './pause.js';

const here = path.dirname(fileURLToPath(import.meta.url));
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

describe('pauseStore.check on a pause file that is not a regular file', () => {
  it.skipIf(process.platform === 'win32')('a FIFO is refused at once (paused, unreadable), never read; resume removes it', () => {
    const dir = path.join(root, 'fifo');
    fs.mkdirSync(dir, { recursive: true });
    const fifo = path.join(dir, 'bot.json');
    execFileSync('mkfifo', [fifo]);
    // Run in a child with a bound: a blocking read of the FIFO would hang it, and the bound fails the test.
    const built = path.join(here, '..', '..', 'dist', 'index.js');
    if (!fs.existsSync(built)) throw new Error(`${built} is missing: build @agent-audit/core first`);
    const script = `import('${pathToFileURL(built).href}').then(({ pauseStore }) => { process.stdout.write(JSON.stringify(pauseStore({ dir: ${JSON.stringify(dir)} }).check('bot'))); })`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.signal).toBeNull();
    expect(JSON.parse(run.stdout)).toMatchObject({ paused: true, unreadable: true });
    expect(JSON.parse(run.stdout).reason).toContain('ENOTREG');
    fs.rmSync(fifo);
    fs.mkdirSync(path.join(dir, 'dir.json'));
    expect(pauseStore({ dir }).check('dir')).toMatchObject({ paused: true, unreadable: true });
  });

  it('a pause file over 64 KiB is refused (paused, unreadable)', () => {
    const dir = path.join(root, 'big');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'bot.json'), JSON.stringify({ agent: 'bot', since: '', by: '', reason: 'x'.repeat(70_000) }));
    expect(pauseStore({ dir }).check('bot')).toMatchObject({ paused: true, unreadable: true });
  });
});
