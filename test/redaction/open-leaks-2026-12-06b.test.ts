// Leaks of the README-only probe of 2026-12-06 that are no person names (test/redaction/probe-2026-12-06.cases.md;
// issue 11), fixed as kinds:
//   - L5, an account number under a member whose owner word is a payment party the list lacked (`drawer`, `debtor`,
//     `creditor`, `remitter`, `originator`, `receiver`) or a bank's own short name (`dda`, `savings` alone).
// Each block: the row's examples (tuned on), held-back inputs of the same kind (the probe's, and more written here
// before the fix, not tuned on), and look-alikes that must stay unchanged.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '@agent-audit/core';
import { storedResults } from './masked-text.js';

const { stored, leaksIn, keptIn } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(11)]) }));

describe('L5: an account number under a payment party\'s member or a bank\'s short name', () => {
  it.each<[Record<string, unknown>, string[]]>([
    // The row's examples.
    [{ drawer_account: '004417728193', routing: '021000021' }, ['004417728193']],
    [{ debtorAcct: '12345678', creditorAcct: '87654321' }, ['12345678', '87654321']],
    // The probe's held-back inputs.
    [{ remitterAccount: '66019283' }, ['66019283']],
    [{ originator_acct: '330019284471' }, ['330019284471']],
    [{ receiverAccount: '0044172291' }, ['0044172291']],
    [{ dda: '4417729301', savings: '4417729318' }, ['4417729301', '4417729318']],
    [{ payor_account_no: '77120044' }, ['77120044']],
    // Held back here: other payment parties (cheques, SEPA, NACHA, SWIFT) and bank words.
    [{ drawee_acct: '55019283774' }, ['55019283774']],
    [{ remitting_account: '7730019921' }, ['7730019921']],
    [{ originatingAccount: '9901882774' }, ['9901882774']],
    [{ receiving_account: '4471-0019-2283' }, ['4471-0019-2283']],
    [{ senderAccount: '60161331926819' }, ['60161331926819']],
    [{ counterparty_account: '31926819' }, ['31926819']],
    [{ payment: { debtor: { name: 'Acme Ltd' }, debtor_account: 11220033, creditor_account: '0098112277' } }, ['11220033', '0098112277']],
    [{ checking: '004417720019' }, ['004417720019']],
    [{ chequing: '5512 0038 4471' }, ['5512 0038 4471']],
    [{ dda_number: '4417729301' }, ['4417729301']],
  ])('%j', (result, values) => {
    expect([stored(result), leaksIn(result, values)]).toEqual([stored(result), []]);
  });
  it.each<[Record<string, unknown>, string[]]>([
    // Amounts, rates and flags under the bank's words; names and ids under a party's account member.
    [{ savings: '1250.00', checking: '310.55' }, ['1250.00', '310.55']],
    [{ savings: 125000, checking: 1250 }, ['125000', '1250']],
    [{ savings: '12,500', dda: 'enabled' }, ['12,500', 'enabled']],
    [{ savings_rate: '4.50', savingsGoal: 25000 }, ['4.50', '25000']],
    [{ debtor_account: 'acme-prod', creditorAccount: 'ops-team' }, ['acme-prod', 'ops-team']],
    [{ receiverAccount: 'treasury', originator_acct: 'n/a' }, ['treasury', 'n/a']],
    [{ originator_id: 'ACME', receiver: 'node-12', creditor_id: 'DE98ZZZ09999999999' }, ['node-12', 'DE98ZZZ09999999999']],
    [{ senderAccount: '2026-12-06', drawer_account: '1.2.3456' }, ['2026-12-06', '1.2.3456']],
  ])('look-alike %j', (result, values) => {
    expect([stored(result), keptIn(result, values)]).toEqual([stored(result), []]);
  });
});

