// Issue 11: the open parts of rows of the probes of 2026-12-06 (test/redaction/probe-2026-12-06*.cases.md)
// fixed on 2026-12-06e. A describe per part: the row's open inputs, held-back inputs of the same kind
// (spellings, languages, the JSON and the text form), and look-alikes that must stay as they were.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents, type AuditEvent } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';

const work = mkdtempSync(join(tmpdir(), 'aa-open-parts-2026-12-06e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let runs = 0;

/** Records `inputs` (one session) through an auditor with a file ledger; the events as stored. */
async function storedOf(inputs: ReadonlyArray<Record<string, unknown>>, redactionWorker: false | { startAfterEvents: number } = false): Promise<AuditEvent[]> {
  const dir = join(work, `run-${runs++}`);
  const auditor = createAuditor({
    agent: { id: 'probe' },
    sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }),
    redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }),
    redactionWorker,
  });
  for (const input of inputs) auditor.record({ session: 's', ...input } as never);
  await auditor.close();
  const events: AuditEvent[] = [];
  for await (const event of readEvents(dir, { stream: 'probe' })) events.push(event);
  return events;
}

/** The chunks of a streamed answer (one event of `type` each, `model.response` unless given) as stored. */
async function streamed(chunks: readonly string[], redactionWorker: false | { startAfterEvents: number } = false, type = 'model.response'): Promise<string[]> {
  const events = await storedOf(chunks.map((output) => ({ type, content: { output } })), redactionWorker);
  return events.map((event) => String((event.content as Record<string, unknown>).output));
}

const MODES = [
  ['on the host thread', false],
  ['in the sealing pool', { startAfterEvents: 0 }],
] as const;

describe('L3 of 2026-12-06b, open part: a member\'s name longer than the kept end (48 characters) before a streamed value', () => {
  // [chunks, raw values that must be gone from every stored chunk, what stays readable]
  const OPEN: Array<[string[], string[], string[]]> = [
    [['{"id":1,"primary_cardholder_billing_card_verification_cvv":"', '737","x":1}'], ['737'], ['"x":1}']],
    [['{"id":1,"beneficiary_payment_instruction_international_card_security_code":"', '4821","x":1}'], ['4821'], ['"x":1}']],
    // held back: blanks, single quotes (Python), no opening quote, a name of words, camelCase, a secret with no shape
    [['{"primary_cardholder_billing_card_verification_cvv": "', 'hunter2","x":1}'], ['hunter2'], ['"x":1}']],
    [["{'legacy_integration_service_account_client_secret_value': '", "Zt8Qm2Lp5Rx9Vw3Nc7Bd1Fh4Jk6'}"], ['Zt8Qm2Lp5Rx9Vw3Nc7Bd1Fh4Jk6'], []],
    [['{"primary_cardholder_billing_card_verification_cvv":', ' 737,"x":1}'], ['737'], ['"x":1}']],
    [['{"Primary cardholder billing account card verification CVV":"', '912"}'], ['912'], []],
    [['{"customerPrimaryContactEmergencyAccountBackupPin":"', '8841"}'], ['8841'], []],
    [['{"primary_insured_policyholder_beneficiary_date_of_birth":"', '1962-07-11","plan":"gold"}'], ['1962-07-11'], ['"plan":"gold"}']],
  ];
  // Look-alikes: long names that name no value of a kind, and a value of no kind under a secret's name.
  const LOOK_ALIKES: string[][] = [
    ['{"description_of_the_long_running_background_job_status":"', '737 done","x":1}'],
    ['{"number_of_retries_before_the_scheduler_gives_up_on_the_job":"', '12","x":1}'],
    ['{"primary_cardholder_billing_account_card_verification_cvv":"', '","hint":"none"}'],
    ['{"' + 'x'.repeat(140) + '_password":"', 'kept-because-too-long"}'],
  ];

  describe.each(MODES)('%s', (_label, mode) => {
    it.each(OPEN)('%j', async (chunks, gone, stays) => {
      const all = (await streamed(chunks, mode)).join('\n');
      for (const value of gone) expect(all).not.toContain(value);
      for (const words of stays) expect(all).toContain(words);
    });
  });

  it.each(LOOK_ALIKES)('%j + %j stays as written', async (...chunks) => {
    expect(await streamed(chunks)).toEqual(chunks);
  });

  it('the value takes the pseudonym it has under a short name of the same decision', async () => {
    const [, long] = await streamed(['{"primary_cardholder_billing_card_verification_cvv":"', '737"}']);
    const [, short] = await streamed(['{"cvv":"', '737"}']);
    expect(long?.match(/\[SECRET:[^\]]+\]/)?.[0]).toBe(short?.match(/\[SECRET:[^\]]+\]/)?.[0]);
  });

  it('over `model.toolCalls` argument deltas', async () => {
    const deltas = ['{"amount":12,"primary_cardholder_billing_card_verification_cvv":"', '737","holder":"visa"}'];
    const events = await storedOf(deltas.map((args) => ({ type: 'model.response', content: { output: '' }, model: { toolCalls: [{ id: 't1', name: 'charge', arguments: args }] } })));
    const stored = events.map((event) => JSON.stringify((event as { model?: { toolCalls?: unknown } }).model?.toolCalls));
    expect(stored.join('\n')).not.toContain('737');
    expect(stored[1]).toContain('holder');
  });
});

describe('L3 of 2026-12-06b, open part: labels in an agent\'s streamed message (`message.agent`)', () => {
  const OPEN: Array<[string[], string[], string[]]> = [
    [['Your new password is ', 'Kiwi!Banana-2026 — change it after login.'], ['Kiwi!Banana-2026'], ['change it after login']],
    [['{"card_number":"5555 5555 5555 4444","cvv":"', '737","exp":"12/28"}'], ['737'], ['"exp":"12/28"}']],
    // held back
    [['MRN ', '00482913 was admitted'], ['00482913'], ['was admitted']],
    [['Passwort: ', 'Tui-Bird-4471!'], ['Tui-Bird-4471!'], []],
    [['Call me on ', 'O77OO 9OO417'], ['O77OO 9OO417'], []],
  ];
  describe.each(MODES)('%s', (_label, mode) => {
    it.each(OPEN)('%j', async (chunks, gone, stays) => {
      const all = (await streamed(chunks, mode, 'message.agent')).join('\n');
      for (const value of gone) expect(all).not.toContain(value);
      for (const words of stays) expect(all).toContain(words);
    });
  });
  it.each([
    ['The password policy is ', '12 characters minimum.'],
    ['Date of birth: ', 'not provided'],
    ['{"status":"', 'ok","count":3}'],
  ])('%j + %j stays as written', async (...chunks) => {
    expect(await streamed(chunks, false, 'message.agent')).toEqual(chunks);
  });
  it('a user\'s messages are no chunks of one stream: a label ending one is not carried', async () => {
    const events = await storedOf([{ type: 'message.user', content: { input: 'what is the status of' } }, { type: 'message.user', content: { input: 'order 4471220190?' } }]);
    expect(events.map((event) => String((event.content as Record<string, unknown>).input))).toEqual(['what is the status of', 'order 4471220190?']);
  });
});

describe('L3 of 2026-12-06b, open part: linear time', () => {
  it('a long member name read at each chunk\'s end', () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
    const name = '"primary_cardholder_billing_card_verification_cvv":"';
    const make = (n: number) => `${name}${'a'.repeat(n)}${name}`;
    const run = (text: string) => redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'model.response', agent: { id: 'a' }, source: 's', outcome: 'success', session: 's', content: { output: text } } as never, { capture: {} });
    expect(timeRatio(run, make, 50_000, 100_000)).toBeLessThanOrEqual(3);
  });
});

