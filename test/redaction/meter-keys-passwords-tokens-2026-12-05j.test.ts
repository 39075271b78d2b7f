// Credentials of utilities and support chat (the seventeenth README-only probe of 2026-12-05j, L6-L8;
// issue 11): a smart meter's DLMS/COSEM keys under `authenticationKey`, in an `AK=`/`EK=` key file and
// after their names in prose, a Zigbee install code under `installCode` or after `install code`, and a
// 32-hex key cut across streamed chunks (L6); passwords in Vietnamese, Finnish, Hungarian, Swahili and
// Arabic prose (L7); a prepaid meter's STS vend token (20 digits) after `token` (L8). All were stored
// raw. Look-alikes stay: hex checksums, commits and request ids, `AK=Alaska`, a password's rules and
// complaints in the same languages, 20-digit orders, invoices and amounts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, detectSensitive, fileLedger, readEvents, type AuditEvent } from '@agent-audit/core';
import { masked, storedResults } from './masked-text.js';
import { timeRatio } from './linear-time.js';

const { leaksIn, stored } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]), sessionMemory: false }), 'c');
const SEQ = 'D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF';
const AK = '5A3F8E21C7B94D06E2A1F58C3B7D9E40';
const EK = 'B14C7E02D95A3F68C1E4B07A2D9F8E31';
const ZB = '83FE D340 7A93 9723 A5C6 39B2 6916 D505 C3B5';

describe('meter and device keys (L6)', () => {
  it.each<[string, unknown, string[]]>([
    ['the probe: DLMS members', { dlms: { authenticationKey: SEQ, globalUnicastEncryptionKey: AK } }, [SEQ, AK]],
    ['a random authentication key', { dlms: { authentication_key: AK.toLowerCase(), clientSap: 1 } }, [AK.toLowerCase()]],
    ['broadcast and dedicated keys', { meter: { globalBroadcastKey: AK, dedicatedKey: EK } }, [AK, EK]],
    ['the probe: a Zigbee install code', { zigbeeInstallCode: ZB }, [ZB]],
    ['an install code member', { device: { install_code: '8D2E1A3B4C5D6E7F9A0B' } }, ['8D2E1A3B4C5D6E7F9A0B']],
  ])('%s', (_name, value, values) => {
    expect(leaksIn(value, values)).toEqual([]);
  });
  it.each([
    [`AK=${AK}\nEK=${EK}`, [AK, EK]],
    [`[meter 0412]\nGUEK=${AK}\nGBEK=${EK}\nKEK: ${AK.toLowerCase()}`, [AK, EK, AK.toLowerCase()]],
    [`Authentication key: ${AK} (HLS5 GMAC)`, [AK]],
    [`The global unicast encryption key for the meter is ${EK}.`, [EK]],
    [`DLMS master key = ${EK.toLowerCase()}`, [EK.toLowerCase()]],
    [`The install code is ${ZB}, pair the IHD please.`, [ZB]],
    ['Zigbee install code: 1A2B 3C4D 5E6F 7081 92A3', ['1A2B 3C4D 5E6F 7081 92A3']],
    ['installCode=8D2E1A3B4C5D6E7F9A0B4C5D6E7F', ['8D2E1A3B4C5D6E7F9A0B4C5D6E7F']],
  ])('%j', (text, values) => {
    for (const value of values) expect(masked(text)).not.toContain(value);
  });
});

describe('passwords in five more languages (L7)', () => {
  it.each([
    ['Mật khẩu tài khoản điện lực của tôi là BaoTruong@86 nhé', 'BaoTruong@86'],
    ['mk: Saigon_2025!!', 'Saigon_2025!!'],
    ['mk mới là Hue#2024a bạn nhé', 'Hue#2024a'],
    ['Salasanani on Pyynikki#2024, älä kerro kenellekään.', 'Pyynikki#2024'],
    ['Salasana oli Oulu_2023! ennen vaihtoa.', 'Oulu_2023!'],
    ['Vaihdoin salasanaksi Rauma#55x eilen.', 'Rauma#55x'],
    ['A jelszavam Debrecen.4026! lett.', 'Debrecen.4026!'],
    ['A fiók jelszava jelenleg Eger#7712.', 'Eger#7712'],
    ['Nenosiri langu ni Kumasi2024$ tafadhali', 'Kumasi2024$'],
    ['Nywila ya akaunti yangu ni Dodoma#31', 'Dodoma#31'],
    ['كلمة المرور الخاصة بي هي Nour#5521x شكرا', 'Nour#5521x'],
    ['كلمة سر الحساب هي Huda_2026', 'Huda_2026'],
  ])('%j', (text, value) => {
    expect(masked(text)).not.toContain(value);
  });
  it.each([
    'Mật khẩu phải có ít nhất 8 ký tự.',
    'Mật khẩu của bạn là quá ngắn.',
    'Salasana on väärä. Yritä uudelleen.',
    'Salasanasi on vanhentunut.',
    'A jelszavam elfelejtettem, kérek egy újat.',
    'Nenosiri langu ni siri, sitakuambia.',
    'كلمة المرور هي خاطئة',
    'mk: 2 bản, giao thứ ba.',
    'MK Dons: the score is la 2-1 lead',
  ])('%j stays', (text) => {
    expect(detectSensitive(text).filter((d) => d.class === 'secret')).toEqual([]);
  });
});

describe('STS vend tokens (L8)', () => {
  it.each([
    ['My prepaid meter top-up PIN is 4471 and the vend token didn’t work: 5634 8812 0977 4410 2365', '5634 8812 0977 4410 2365'],
    ['The token 1029-3847-5610-2938-4756 was rejected.', '1029-3847-5610-2938-4756'],
    ['STS token issued: 7702 1145 3398 2201 6654 for meter 04123456789.', '7702 1145 3398 2201 6654'],
    ['Recharge token 66120834591277304418 accepted.', '66120834591277304418'],
    ['Your STS token is 3381 2290 7716 0045 9932, enter it on the keypad.', '3381 2290 7716 0045 9932'],
    ['token no. 2209-4471-1187-5520-8813', '2209-4471-1187-5520-8813'],
  ])('%j', (text, value) => {
    expect(masked(text)).not.toContain(value);
  });
  it.each([
    'Order 20261205000012345678 shipped.',
    'The token expires after 3600 seconds; amount 12345678901234567890 units.',
    'Invoice 1000 2000 3000 4000 5000 paid in full.',
    'The token count was 20 for prompt 1187.',
    'token 0000 0000 0000 0000 0000 is the test vector',
    'token 1234 5678 9012 3456 78901 has too many digits',
  ])('%j stays', (text) => {
    expect(detectSensitive(text).filter((d) => d.class === 'secret')).toEqual([]);
  });
});

describe('look-alikes of meter keys stay', () => {
  it.each([
    'State: AK=Alaska, EK=none',
    `request-id ${AK}`,
    `md5=${EK.toLowerCase()}`,
    `commit ${EK.toLowerCase()}0a1b2c3d fixed the install code parser`,
    'The install code step takes 10 minutes; see install code 4.2 of the manual.',
    'The meter key is kept by the DNO, not the supplier.',
  ])('%j', (text) => {
    expect(detectSensitive(text).filter((d) => d.class === 'secret')).toEqual([]);
  });
  it('members that are no key', () => {
    const value = { meter: { serial: 'E17UP04417', checksum: AK, authenticationMechanism: 'HLS_GMAC', securitySuite: 0 } };
    expect(JSON.parse(stored(value))).toEqual(value);
  });
});

const work = mkdtempSync(join(tmpdir(), 'aa-meter-keys-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let runs = 0;
async function outputsOf(chunks: readonly string[]): Promise<string[]> {
  const dir = join(work, `run-${runs++}`);
  const auditor = createAuditor({
    agent: { id: 'keys' },
    sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }),
    redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }),
  });
  for (const text of chunks) auditor.record({ type: 'model.response', session: 's', content: { output: text } });
  await auditor.close();
  const events: AuditEvent[] = [];
  for await (const event of readEvents(dir, { stream: 'keys' })) events.push(event);
  return events.map((event) => String((event.content as Record<string, unknown>).output));
}

describe('a meter key cut across streamed chunks (L6)', () => {
  it.each<[string[], string[], string]>([
    [['The DLMS authentication key is D0D1D2D3D4D5D6D7', 'D8D9DADBDCDDDEDF and the encryption key follows.'], ['D0D1D2D3D4D5D6D7', 'D8D9DADBDCDDDEDF'], ' and the encryption key follows.'],
    [['Keys for meter 0412:\nAK=5A3F8E21C7B94D', '06E2A1F58C3B7D9E40\n'], ['5A3F8E21C7B94D', '06E2A1F58C3B7D9E40'], 'AK='],
    [['Meter auth key is a1b2c3d4e5f607', '18293a4b5c6d7e8f90, keep it safe.'], ['a1b2c3d4e5f607', '18293a4b5c6d7e8f90'], ', keep it safe.'],
  ])('%j', async (chunks, gone, kept) => {
    const outputs = await outputsOf(chunks);
    for (const part of gone) for (const output of outputs) expect(output).not.toContain(part);
    expect(outputs.join('')).toContain(kept);
  });
  it('a hex run with no key name stays', async () => {
    const outputs = await outputsOf(['Build 7c1e4a9b3d5f6071', '8293a4b5 passed.']);
    expect(outputs.join('')).toBe('Build 7c1e4a9b3d5f60718293a4b5 passed.');
  });
});

describe('linear time', () => {
  it('a run of token words', () => {
    const ratio = timeRatio((text) => detectSensitive(text), (n) => `token${' is'.repeat(Math.ceil(n / 3))} 1234`);
    expect(ratio).toBeLessThan(3);
  });
  it('many key names, install codes, tokens and password words', () => {
    const ratio = timeRatio((text) => detectSensitive(text), (n) => `AK=${'ab12'.repeat(7)} install code ${'1A2B '.repeat(4)} token 1234 5678 mk là salasana on `.repeat(Math.ceil(n / 110)));
    expect(ratio).toBeLessThan(3);
  });
});
