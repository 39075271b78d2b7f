// Credentials with no provider prefix in telecom and HR-vendor shapes (the sixteenth README-only probe
// of 2026-12-05i, L8; issue 11): a SIM's authentication key `Ki` and operator key `OPc` (32 hex: whoever
// holds them can clone the SIM) under `ki`/`opc` members and as `KI=`/`OPC=` in a provisioning line or
// prose were stored raw while `pin1`/`puk1` beside them were masked; and a 40-hex API key as the Basic
// user of `curl -u KEY:x`, `-u KEY:`, `--user KEY:X` (BambooHR, Checkr, Greenhouse, Lever) was stored raw
// (05h L4 took a mixed-case key only). Look-alikes stay.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { masked, storedResults } from './masked-text.js';
import { timeRatio } from './linear-time.js';

const { leaksIn, stored } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]), sessionMemory: false }), 'c');
const KI = '465B5CE8B199B49FAA5F0A2EE238A6BC';
const OPC = 'CD63CB71954A9F4E48A5994E37A02BAF';
const HEX40 = '7c1e4a9b3d5f60718293a4b5c6d7e8f90a1b7f80';

describe('SIM keys', () => {
  it.each<[string, unknown, string[]]>([
    ['members beside PIN and PUK', { sim: { iccid: '8949020000012345678', ki: KI, opc: OPC, pin1: '1234', puk1: '12345678' } }, [KI, OPC]],
    ['capitalized members', { sim: { Ki: KI.toLowerCase(), OPc: OPC } }, [KI.toLowerCase(), OPC]],
    ['snake and camel members', [{ sim_ki: KI, sim_opc: OPC }, { simKi: KI, eKi: OPC }], [KI, OPC]],
  ])('%s', (_name, value, values) => {
    expect(leaksIn(value, values)).toEqual([]);
  });
  it.each([
    `ICCID=8949020000012345678;KI=${KI};OPC=${OPC}`,
    `The SIM was provisioned with KI=${KI} and OPC=${OPC}.`,
    `Ki: ${KI}, OPc: ${OPC}`,
    `{"ki": "${KI}", "opc": "${OPC}"}`,
  ])('%j', (text) => {
    expect(masked(text)).not.toContain(KI);
    expect(masked(text)).not.toContain(OPC);
  });
});

describe('a key as the Basic user of curl', () => {
  it.each([
    `curl -u "${HEX40}:x" https://api.bamboohr.com/api/gateway.php/acme/v1/employees/directory`,
    `curl -X POST https://api.checkr.com/v1/candidates -u ${HEX40}: -d first_name=Jan`,
    `curl --user ${HEX40}:X https://harvest.greenhouse.io/v1/candidates`,
    `curl -u '${HEX40}:' https://api.lever.co/v1/opportunities`,
    `curl -u ${HEX40.toUpperCase()}:x https://api.example.com`,
    `curl --user=${HEX40}: https://api.example.com`,
  ])('%j', (text) => {
    expect(masked(text)).not.toContain(HEX40);
    expect(masked(text)).not.toContain(HEX40.toUpperCase());
  });
});

describe('look-alikes stay', () => {
  it.each([
    'curl -u admin:x https://example.com',
    'curl -u deploy-bot-account-name: https://example.com',
    'git show 7c1e4a9b3d5f60718293a4b5c6d7e8f90a1b7f80 --stat',
    'The Ki value is provisioned by the HSM at manufacture.',
    'kind=replace; ki=on',
    `checksum=${KI}`,
    'OPC UA endpoint: opc.tcp://plc-01:4840',
  ])('%j', (text) => {
    expect(detectSensitive(text).filter((d) => d.class === 'secret')).toEqual([]);
  });
  it('members that are no SIM key', () => {
    const value = { op: 'replace', path: '/ki', opc: 'opc.tcp://plc-01:4840', kind: 'sim', md5: KI.toLowerCase() };
    expect(JSON.parse(stored(value))).toEqual(value);
  });
});

describe('linear time', () => {
  it('many KI= and -u runs', () => {
    const ratio = timeRatio((text) => detectSensitive(text), (n) => `KI=${'ab12'.repeat(10)} -u ${'cd34'.repeat(9)}: `.repeat(Math.ceil(n / 90)));
    expect(ratio).toBeLessThan(3);
  });
});
