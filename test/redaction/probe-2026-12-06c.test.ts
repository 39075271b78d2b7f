// The README-only probe of 2026-12-06c (test/redaction/probe-2026-12-06c.cases.md): each row's examples and
// held-back inputs recorded through a real auditor and file ledger, then read back. An input of an open row
// is an `it.fails` (it documents the leak or the over-redaction as stored today, and fails, so must be moved,
// when the row is fixed); the inputs the probe found masked well, the row's controls, are plain tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents, type AuditEvent } from '@agent-audit/core';

type Where = 'input' | 'output' | 'result';
/** [where the value is recorded, the value, raw values that must be gone, phrases that must stay as written] */
type Probe = [Where, unknown, string[], string[]];

const work = mkdtempSync(join(tmpdir(), 'aa-probe-2026-12-06c-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every probe of the file, one session each, in one ledger; its stored text by session. */
const all: Probe[] = [];
const stored = new Map<string, string>();
const probe = (where: Where, value: unknown, gone: string[], stays: string[] = []): Probe => {
  const p: Probe = [where, value, gone, stays];
  all.push(p);
  return p;
};
const STRUCTURAL = new Set(['v', 'id', 'ts', 'hash', 'prev', 'trace', 'stream', 'seq', 'agent', 'type', 'outcome', 'data', 'compliance', 'source', 'session']);

beforeAll(async () => {
  const dir = join(work, 'ledger');
  const auditor = createAuditor({
    agent: { id: 'probe' },
    sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }),
    redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]) }),
  });
  all.forEach(([where, value], i) => {
    const session = `probe-${i}`;
    if (where === 'input') auditor.record({ type: 'message.user', session, content: { input: value as never } });
    else if (where === 'output') auditor.record({ type: 'model.response', session, content: { output: value as never } });
    else auditor.record({ type: 'tool.result', session, tool: { name: 'probe.read', result: value as never } });
  });
  await auditor.close();
  const events: AuditEvent[] = [];
  for await (const event of readEvents(dir, { stream: 'probe' })) events.push(event);
  for (const event of events) {
    const kept = Object.fromEntries(Object.entries(event).filter(([key]) => !STRUCTURAL.has(key)));
    stored.set(String(event.session), (stored.get(String(event.session)) ?? '') + JSON.stringify(kept));
  }
}, 120_000);

/** The probe's stored text: each gone value absent (as written and with all but letters and digits removed), each phrase kept. */
function expectClean(p: Probe): void {
  const text = stored.get(`probe-${all.indexOf(p)}`);
  expect(text, 'the session was stored').toBeDefined();
  const bare = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  for (const value of p[2]) {
    expect(text!.toLowerCase()).not.toContain(value.toLowerCase());
    if (bare(value).length >= 4) expect(bare(text!)).not.toContain(bare(value));
  }
  // The text is JSON: a phrase is looked for as written (structure: `"sausage"`, `"max_tokens":[100,200]`)
  // or as JSON writes it inside a string.
  for (const phrase of p[3]) expect([phrase, text!.includes(phrase) || text!.includes(JSON.stringify(phrase).slice(1, -1))]).toEqual([phrase, true]);
}

/** Rows fixed since the probe: their inputs are plain tests (each an `it.fails` before its fix, which passed). */
const FIXED = new Set<string>(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L6 open part', 'L7', 'L7 open part', 'L8', 'L9', 'L9 open part', 'L10', 'L11', 'L12', 'L13', 'L14', 'L14 open part', 'L15', 'O1', 'O1 open part', 'O2', 'O3', 'O4']);

/** A row: its open inputs (`it.fails` until fixed, then plain tests) and its controls (masked or kept well before the fix). */
function row(name: string, open: Probe[], controls: Probe[] = []): void {
  const fixed = FIXED.has(name.slice(0, name.indexOf(':')));
  describe(name, () => {
    open.forEach((p, i) => (fixed ? it : it.fails)(`${fixed ? 'fixed' : 'open'} ${i + 1}: ${JSON.stringify(p[1]).slice(0, 90)}`, () => expectClean(p)));
    controls.forEach((p, i) => it(`control ${i + 1}: ${JSON.stringify(p[1]).slice(0, 90)}`, () => expectClean(p)));
  });
}

const XPRV = 'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi';
const SEED = ['abandon', 'ladder', 'crystal', 'orbit', 'velvet', 'harbor', 'tiny', 'glue', 'sniff', 'pelican', 'rural', 'verify'];
const SOL = [174, 47, 154, 16, 202, 193, 206, 113, 199, 190, 53, 133, 169, 175, 31, 56, 222, 53, 138, 189, 224, 216, 117, 173, 10, 149, 53, 45, 73, 251, 237, 246];

row('L1: a US street whose name is an ordinal number', [
  probe('input', 'I live at 1600 5th Ave, Seattle', ['1600 5th Ave'], ['I live at']),
  probe('input', 'Ship to 3301 121st St SW, Lynnwood WA', ['3301 121st St']),
  probe('input', 'my address is 1234 42nd Street, apt 5B', ['1234 42nd Street']),
  probe('input', 'ADDRESS: 1600 5TH AVE', ['1600 5TH AVE']),
  probe('input', 'Address: 221 WEST 23RD STREET, NEW YORK NY 10011', ['221 WEST 23RD STREET']),
  probe('result', 'DL D1234567\nLN GARCIA-NUNEZ\nFN ELENA\n2570 24TH STREET\nSACRAMENTO, CA 95818\nDOB 01/02/1980', ['2570 24TH STREET']),
  // held back
  probe('input', 'Our new place is 455 14th St NW, Washington DC', ['455 14th St']),
  probe('input', 'Return address: 88 3RD AVE, BROOKLYN NY 11217', ['88 3RD AVE']),
  probe('output', 'The patient resides at 12 East 96th Street.', ['12 East 96th Street'], ['The patient resides at']),
  probe('input', 'mail it to 9021 1st Avenue South please', ['9021 1st Avenue']),
], [
  probe('input', 'Address: 4410 W BELMONT AVE', ['4410 W BELMONT AVE']),
  probe('result', { address1: '1600 5TH AVE' }, ['1600 5TH AVE']),
  probe('input', 'Deliver to 77 Fifth Avenue', ['77 Fifth Avenue']),
  // Look-alikes: ordinals with no house number and street word before or after them stay.
  probe('input', 'Meet me on 5th Ave near the park', [], ['on 5th Ave near the park']),
  probe('output', 'He came 1st and 2nd in the 3rd round of the 21st season', [], ['He came 1st and 2nd in the 3rd round of the 21st season']),
  probe('input', 'See page 12 3rd paragraph; ranked 4 5th overall; Mon 5th Dec 2026', [], ['See page 12 3rd paragraph; ranked 4 5th overall; Mon 5th Dec 2026']),
  probe('input', 'Room 12 2nd Floor, Born 1985 3rd child', [], ['Room 12 2nd Floor, Born 1985 3rd child']),
  probe('input', 'I 5st Ave', [], ['5st Ave']),
]);

row('L2: BIP32 extended and BIP38 encrypted private keys', [
  probe('input', XPRV, [XPRV]),
  probe('input', 'testnet key tprv8ZgxMBicQKsPd7Uf69XL1XwhmjHopUGep8GuEiJDZmbQz6o58LninorQAfcKZWARbtRtfnLcJ5MQ2AtHcQJCCRUcMRvmDUjyEmNUWwx8UbK', ['tprv8ZgxMBicQKsPd7Uf69XL1XwhmjHopUGep8GuEiJDZmbQz6o58Lnino']),
  probe('output', 'Your wallet backup: zprvAWgYBBk7JR8Gjrh4UJQ2uJdG1r3WNRRfURiABBE3RvMXYSrRJL62XuezvGdPvG6GFBZduosCc1YP5wixPox7zhZLfiUm8aunE96BBa4Kei5 keep it offline', ['zprvAWgYBBk7JR8Gjrh4UJQ2uJdG1r3WNRRfURiABBE3'], ['keep it offline']),
  probe('result', { xprv: XPRV }, [XPRV.slice(10, 50)]),
  probe('input', 'paper wallet 6PRVWUbkzzsbcVac2qwfssoUJAN1Xhrg6bNk8J7Nzm5H7kxEbn2Nh2ZoGg', ['6PRVWUbkzzsbcVac2qwfssoUJAN1Xhrg6bNk8J7Nzm5H7kxEbn2Nh2ZoGg']),
  // held back
  probe('input', 'ypub is fine to share but never the yprvAHwhK6RbpuS3dgCYHM5jc2ZvEKd7Bi61u9FVhYMpgMSuZS613T1xxQeKTffhrHY79hZ5PsskBjcc6C2V7DrnsMsNaGDaWev3GLRQRgV7hxF', ['yprvAHwhK6RbpuS3dgCYHM5jc2ZvEKd7Bi61u9FVh']),
  probe('input', 'encrypted key (BIP38): 6PYNKZ1EAgYgmQfmNVamxyXVWHzK5s6DGhwP4J5o44cvXdoY7sRzhtpUeo', ['6PYNKZ1EAgYgmQfmNVamxyXVWHzK5s6DGhwP4J5o44cvXdoY7sRzhtpUeo']),
], [
  probe('result', { master_key: XPRV }, [XPRV.slice(10, 50)]),
  probe('result', { extendedPrivateKey: XPRV }, [XPRV.slice(10, 50)]),
  probe('input', 'here is my private key 5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ import it', ['5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ'], ['import it']),
  // Look-alikes: extended public keys, and private keys with a character changed (the checksum fails), stay.
  probe('input', 'xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8', [], ['xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8']),
  probe('result', { account_xpub: 'zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs' }, [], ['zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2AGutZYs']),
  probe('input', `test vector with a typo: ${XPRV.slice(0, -1)}j`, [], [`${XPRV.slice(0, -1)}j`]),
  probe('input', 'bad BIP38 6PYNKZ1EAgYgmQfmNVamxyXVWHzK5s6DGhwP4J5o44cvXdoY7sRzhtpUep', [], ['6PYNKZ1EAgYgmQfmNVamxyXVWHzK5s6DGhwP4J5o44cvXdoY7sRzhtpUep']),
]);

row('L3: a wallet secret as a list', [
  probe('input', `solana-keygen output: [${[...SOL, ...SOL].join(',')}]`, ['174,47,154,16,202,193']),
  // held back
  probe('result', { secretKey: SOL }, ['174,47,154,16']),
  probe('result', '[12,201,77,8,140,33,91,250,6,18,199,45,67,89,101,123,145,167,189,211,233,255,2,24,46,68,90,112,134,156,178,200,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32]', ['12,201,77,8,140']),
], [
  // The probe's `{words: […]}` example is no mnemonic: its BIP-39 checksum fails, and a list under a name that
  // says nothing is masked only when it holds (seed-phrases.ts mnemonicOfList); a real one is masked, the probe's stays.
  probe('result', { words: ['legal', 'winner', 'thank', 'year', 'wave', 'sausage', 'worth', 'useful', 'legal', 'winner', 'thank', 'yellow'] }, ['sausage']),
  probe('result', { words: SEED }, [], ['"pelican"']),
  // Look-alikes: a list of 63 bytes, or of 64 numbers one of which is no byte, stays.
  probe('result', `scores: [${[...SOL, ...SOL].slice(0, 63).join(',')}]`, [], [[...SOL, ...SOL].slice(0, 63).join(',')]),
  probe('result', `[${[...SOL, ...SOL].slice(0, 63).join(',')},300]`, [], [`${[...SOL, ...SOL].slice(0, 63).join(',')},300`]),
  probe('result', { secret_version: 3, max_tokens: [100, 200], token: { expires_in: 3600 } }, [], ['"secret_version":3', '"max_tokens":[100,200]', '3600']),
  probe('result', { mnemonic: SEED.join(' ') }, ['crystal orbit velvet']),
  probe('result', { mnemonic: ['legal', 'winner', 'thank', 'year', 'wave', 'sausage', 'worth', 'useful', 'legal', 'winner', 'thank', 'yellow'] }, ['sausage']),
  probe('input', `My MetaMask recovery phrase is: ${SEED.join(' ')}. Please help me restore.`, ['ladder crystal orbit velvet'], ['Please help me restore']),
]);

row('L4: Vault unseal and recovery key shares', [
  probe('result', { unseal_keys_b64: ['4jYbl2CBIv6SpkKj6Hos9iD32k5RfGkLzlosrrq/JgOm'], unseal_keys_hex: ['e2361b97608122fea4a642a3e87a2cf620f7da4e457c'], recovery_keys_b64: ['dXJ7c2VjcmV0LXJlY292ZXJ5'], unseal_threshold: 3, unseal_shares: 5 }, ['4jYbl2CBIv6SpkKj6Hos9iD32k5RfGkLzlosrrq', 'e2361b97608122fea4a642a3e87a2cf620f7da4e457c', 'dXJ7c2VjcmV0LXJlY292ZXJ5'], ['"unseal_shares":5', '"unseal_threshold":3']),
  probe('result', 'BitLocker recovery key: 123456-654321-111111-222222-333333-444444-555555-666666', ['123456-654321-111111']),
  probe('result', 'Unseal Key 1: 4jYbl2CBIv6SpkKj6Hos9iD32k5RfGkLzlosrrq/JgOm\nUnseal Key 2: B05G1DRtfYckFV5BbdBvXq0wkK5HFqB9g2jcDmNfTQiS\n\nInitial Root Token: hvs.6j4cuewowBGit65rheNoceI7', ['4jYbl2CBIv6SpkKj6Hos9iD32k5RfGkLzlosrrq', 'B05G1DRtfYckFV5BbdBvXq0wkK5HFqB9g2jcDmNfTQiS', 'hvs.6j4cuewowBGit65rheNoceI7']),
  // held back
  probe('result', 'Recovery Key 1: dXJ7c2VjcmV0LXJlY292ZXJ5LWtleS1vbmUtMTIzNDU2Nzg5MA==\nRecovery Key 2: c2Vjb25kLXJlY292ZXJ5LWtleS10d28tMDk4NzY1NDMyMQ==', ['dXJ7c2VjcmV0LXJlY292ZXJ5LWtleS1vbmUtMTIzNDU2Nzg5MA', 'c2Vjb25kLXJlY292ZXJ5LWtleS10d28tMDk4NzY1NDMyMQ']),
  probe('input', 'vault operator unseal 4jYbl2CBIv6SpkKj6Hos9iD32k5RfGkLzlosrrq/JgOm', ['4jYbl2CBIv6SpkKj6Hos9iD32k5RfGkLzlosrrq']),
], [
  probe('result', 'Initial Root Token: hvs.6j4cuewowBGit65rheNoceI7', ['6j4cuewowBGit65rheNoceI7']),
  // Look-alikes: a key's word with no value of a share's shape after its colon stays.
  probe('input', 'Recovery key rotation is scheduled for Friday; unseal key shares: 5, threshold: 3.', [], ['Recovery key rotation is scheduled for Friday; unseal key shares: 5, threshold: 3.']),
  probe('input', 'unseal key 1: <redacted>; Recovery Key: see 1Password', [], ['unseal key 1: <redacted>; Recovery Key: see 1Password']),
]);

row('L5: a TOTP secret in groups of four', [
  probe('input', '2FA backup: secret key JBSW Y3DP EHPK 3PXP, recovery codes 8f2k-1m9q 7z3x-4p2w', ['JBSW Y3DP EHPK 3PXP', '8f2k-1m9q']),
  // held back
  probe('input', 'Authenticator setup key: 5ZRK 2QBL ODFE 6HVN', ['5ZRK 2QBL ODFE 6HVN']),
  probe('input', "Can't scan the QR? Enter this key: jbsw y3dp ehpk 3pxp", ['jbsw y3dp ehpk 3pxp'], ["Can't scan the QR?"]),
  probe('output', 'Or enter the following key manually: 4FQM 7KZR NVWX 2LTA BC3D', ['4FQM 7KZR NVWX 2LTA']),
], [
  // Look-alikes: groups of four with no Base32 digit, and no groups, stay.
  probe('input', 'The secret key will take five more days to rotate.', [], ['The secret key will take five more days to rotate.']),
  probe('input', 'Enter this key: ABCD EFGH IJKL MNOP (letters only, a placeholder)', [], ['ABCD EFGH IJKL MNOP']),
  probe('input', 'setup key: none', [], ['setup key: none']),
  probe('input', 'otpauth://totp/ACME:ngozi.eze@acme.io?secret=JBSWY3DPEHPK3PXP&issuer=ACME', ['JBSWY3DPEHPK3PXP', 'ngozi.eze@acme.io']),
]);

const FMR = 'Rk1SACAyMAAAAAEIAAABPAFiAMUAxQEAAAAoJ0CEAHTkZEBkAHxtSEB+AI5nSEBjAJRrSEB/AKFmSECVAKpkSEBNALVoSA==';
row('L6: biometric templates', [
  probe('result', { employee: 'Ravindra Jayasuriya', fingerprintTemplate: FMR }, ['Jayasuriya', FMR.slice(0, 40)]),
  probe('result', { employee: 'E1', faceEmbedding: [0.0123, -0.4411, 0.2231, 0.9912, -0.1172, 0.3345, 0.0091, -0.7781, 0.5532, 0.1198, -0.2291, 0.4417] }, ['-0.4411,0.2231']),
  probe('result', { user: 'u1', voiceprint: 'UklGRiQAAABXQVZFZm10IBAAAAABAAEAESsAACJWAAACABAAZGF0YQAAAAA=' }, ['UklGRiQAAABXQVZFZm10IBAAAAABAAEAESsAACJWAAACABAAZGF0YQAAAAA']),
  probe('result', { iris_template: 'a3f1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f80' }, ['a3f1b2c4d5e6f708192a3b4c5d6e7f80']),
  // held back
  probe('result', { faceTemplate: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4v' }, ['AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIj']),
  probe('result', { palm_vein: 'c0ffee00deadbeef0123456789abcdef0123456789abcdef0123456789abcdef' }, ['c0ffee00deadbeef0123456789abcdef']),
  // more of the kind
  probe('result', { face_encoding: [0.11, -0.09, 0.31, 0.02], voice_embedding: 'AAECAwQFBgcICQoLDA0ODxAREhMU' }, ['-0.09,0.31', 'AAECAwQFBgcICQoLDA0ODxAREhMU']),
], [
  // Look-alikes: a key's or a card's fingerprint, a text embedding, counts and versions of templates stay.
  probe('result', { fingerprint: 'SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8', embedding_model: 'text-embedding-3-small', embedding: [0.1, 0.2, 0.3], face_template_count: 3, faceTemplateVersion: 'v2' }, [], ['SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8', '"embedding":[0.1,0.2,0.3]', 'text-embedding-3-small', '"face_template_count":3', 'v2']),
]);

row('L6 open part: a template under a generic name beside its biometric word', [
  probe('result', 'minutiae: (112,87,45°) (140,92,130°) (98,160,270°) template_b64=Rk1SACAyMAAAAAEIAAABPAFiAMUAxQEAAAAoJ0CEAHTkZEBkAHxt', ['Rk1SACAyMAAAAAEIAAABPAFiAMUAxQEAAAAoJ0CEAHTkZEBkAHxt']),
  probe('result', { fingerprint: { finger: 'right_index', template: 'Rk1SACAyMAAAAAEIAAABPAFiAMUAxQEAAAAoJ0CEAHTkZEBkAHxt', format: 'ISO 19794-2' } }, ['Rk1SACAyMAAAAAEIAAABPAFiAMUAxQEAAAAoJ0CEAHTkZEBkAHxt'], ['ISO 19794-2']),
  // held back
  probe('result', { embedding: { model: 'arcface', vector: [0.0531, -0.2214, 0.1187, 0.4409, -0.3351, 0.0772, 0.2918, -0.1046] }, subject: 'E-1' }, ['-0.2214,0.1187']),
]);

row('L7: an EU driving licence with its fields numbered', [
  probe('result', '1. MUSTERMANN\n2. ERIKA\n3. 12.08.1964 BERLIN\n4a. 19.01.2013 4b. 18.01.2028\n4c. Landratsamt Musterhausen\n5. B072RRE2I55\n9. AM/B/L', ['MUSTERMANN', 'ERIKA', '12.08.1964', 'B072RRE2I55']),
  probe('result', '1. NOWAK\n2. ANNA MARIA\n3. 01.02.1985 WARSZAWA\n4a. 10.03.2015\n4b. 10.03.2030\n4c. PREZYDENT M. ST. WARSZAWY\n5. 00123/15/1465\n8. UL. MARSZAŁKOWSKA 10, WARSZAWA', ['NOWAK', '01.02.1985', '00123/15/1465', 'MARSZAŁKOWSKA 10']),
  probe('result', '1. DUBOIS 2. CAMILLE 3. 14/07/1990 LYON 4a. 01/09/2018 4b. 01/09/2033 5. 18AB12345', ['DUBOIS', '14/07/1990', '18AB12345']),
  // held back
  probe('result', '1. SCHMIDT 2. LUKAS 3. 03.09.1992 HAMBURG 4a. 12.10.2019 4b. 11.10.2034 4c. Stadt Hamburg 5. J010000SD51', ['SCHMIDT', '03.09.1992', 'J010000SD51']),
  probe('result', '1.\tJANSEN\n2.\tPIETER\n3.\t21-06-1979 Utrecht\n5.\t5123456789', ['21-06-1979', '5123456789']),
  // more of the kind: the UK card (4a, 4c, then 4b)
  probe('result', 'DRIVING LICENCE\n1. MORGAN\n2. SARAH MEREDITH\n3. 11.03.1976 UNITED KINGDOM\n4a. 19.01.2013 4c. DVLA\n4b. 18.01.2023\n5. MORGA753116SM9IJ 35\n8. 122 BURNS CRESCENT EDINBURGH EH1 9GP', ['MORGAN', 'MEREDITH', '11.03.1976', 'MORGA753116SM9IJ', '122 BURNS CRESCENT']),
], [
  probe('result', 'DRIVER LICENSE\nCALIFORNIA\nDL I1234568\nEXP 08/31/2029\nLN OYELARAN-CRUZ\nFN MARISOL\nDOB 08/31/1977\nSEX F HGT 5-05', ['I1234568', 'OYELARAN-CRUZ', 'MARISOL', '08/31/1977']),
  // Look-alikes: numbered lists with no names, dates or licence numbers in their places stay.
  probe('input', 'Steps: 1. Open the app 2. Tap Settings 3. 12.08.2024 update 4a. Done 5. Restart 4b. x', [], ['Steps: 1. Open the app 2. Tap Settings 3. 12.08.2024 update 4a. Done 5. Restart 4b. x']),
  probe('input', 'Agenda: 1. Budget 2. Hiring 3. 12.05.2026 review 5. 2026 Q3 plan', [], ['Agenda: 1. Budget 2. Hiring 3. 12.05.2026 review 5. 2026 Q3 plan']),
  probe('output', '1. Install Node 20\n2. Run the tests\n3. Deploy on 01.02.2026\n5. Tag v2.3.0', [], ['1. Install Node 20\n2. Run the tests\n3. Deploy on 01.02.2026\n5. Tag v2.3.0']),
]);

row('L7 open part: an EU licence\'s fields as JSON members named by their numbers', [
  probe('result', { ocr: { 1: 'ROSSI', 2: 'GIULIA', 3: '22/05/1988 ROMA', 5: 'U1B23C456D' } }, ['ROSSI', '22/05/1988', 'U1B23C456D']),
]);

row('L8: a South African identity number', [
  probe('input', 'ID number 8001015009087, Sipho Dlamini-Ngcobo, Soweto', ['8001015009087', 'Dlamini-Ngcobo']),
  probe('input', 'SA ID: 8001015009087', ['8001015009087']),
  probe('input', 'Identity number 8001015009087', ['8001015009087']),
  probe('input', 'ID no: 9202204720083 (Thandeka Mokoena)', ['9202204720083']),
  probe('input', 'my cell is 082 123 4567, ID 8001015009087', ['082 123 4567', '8001015009087']),
  // held back
  probe('input', 'SA ID number: 7503305044089', ['7503305044089']),
  probe('input', 'my id number is 0102175017080', ['0102175017080']),
], [
  probe('result', { idNumber: '8001015009087', country: 'ZA' }, ['8001015009087']),
  probe('result', 'Beneficiary: Nomvula Khumalo, ID 6811140139084, grant type OAG', ['6811140139084', 'Khumalo'], ['grant type OAG']),
  // Look-alikes: a thing's id, a wrong check digit, no id's word, a decimal stay.
  probe('input', 'Order ID 8001015009087 shipped; Transaction id: 8001015009087', [], ['Order ID 8001015009087 shipped; Transaction id: 8001015009087']),
  probe('input', 'ID 8001015009086 (a wrong check digit); ID 1234567890123', [], ['ID 8001015009086 (a wrong check digit); ID 1234567890123']),
  probe('input', 'tracking 8001015009087; ID: 8001015009087.5', [], ['tracking 8001015009087; ID: 8001015009087.5']),
]);

row('L9: a compact national mobile of India, Kenya or Peru', [
  probe('input', 'mera number 9876543210 hai', ['9876543210']),
  probe('input', 'Ankit Sharma 9876543210', ['9876543210']),
  probe('input', 'namba yangu ni 0712345678', ['0712345678']),
  probe('input', 'Confirmed. Ksh500 sent to JOHN KAMAU 0712345678 on 1/12/26', ['0712345678', 'KAMAU']),
  probe('input', 'Cel. 987 654 321', ['987 654 321']),
  probe('input', 'mi cel es 987654321', ['987654321']),
  // held back
  probe('input', 'Nitumie ujumbe kwa 0798123456 tafadhali', ['0798123456']),
  probe('result', 'RKT4ZQ1AB2 Confirmed. You have received Ksh1,000.00 from BRIAN OTIENO 0711223344 on 5/12/26', ['0711223344']),
  probe('input', 'Priya Nair 7012345678, Kochi', ['7012345678']),
], [
  probe('input', 'mujhe call karo 98765 43210 pe', ['98765 43210']),
  probe('input', 'Phone: 9876543210', ['9876543210']),
  probe('input', 'piga simu 0712 345 678 kesho', ['0712 345 678']),
  probe('input', 'abeg call me on 08031234567 make we talk', ['08031234567']),
  // Look-alikes: another number after a possessive and a word, ten digits after a name that are no mobile, an account after `namba yangu ya`.
  probe('input', 'mera order number 9876543210 hai; mera roll number 9876543210', [], ['mera order number 9876543210 hai; mera roll number 9876543210']),
  probe('input', 'Maria Lopez 2026123456 invoices; John Smith 1234567890; Maria Lopez 0123456789', [], ['2026123456 invoices', '1234567890', '0123456789']),
  probe('input', 'namba yangu ya akaunti 1234567890', [], ['namba yangu ya akaunti 1234567890']),
]);

row('L9 open part: a mobile after a weak Swahili cue, an Indian mobile that is no US number', [
  probe('input', 'Tuma pesa kwa 0722123456 jina Achieng', ['0722123456']),
  // held back
  probe('input', 'mera whatsapp 8800123456 hai, wahan bhej do', ['8800123456']),
]);

row('L10: an MSISDN in a call detail record', [
  probe('result', 'call_id,start,msisdn_a,msisdn_b,imsi,imei,cell_id,dur\n88123,2026-12-01T09:14:02Z,447700900123,447911123456,234150999999999,356938035643809,23415-0A1B,184', ['447911123456']),
  probe('result', { calling: '254712345678', called: '254733987654', dur: 33 }, ['254712345678', '254733987654']),
  probe('result', 'a_number,b_number,duration\n447700900123,447911123456,60', ['447700900123', '447911123456'], [',60']),
  // more of the kind (written with the fix)
  probe('result', 'calling_number\tcalled_party\tsecs\n27821234567\t27831234567\t12', ['27821234567', '27831234567']),
  probe('result', [{ callingPartyNumber: '447700900123', calledPartyNumber: '447911123456', duration: 60 }], ['447700900123', '447911123456']),
  probe('result', { servedMSISDN: '919812345678', otherMsisdn: '919845012345' }, ['919812345678', '919845012345']),
], [
  probe('input', 'MSISDN 254712345678 topped up KES 100', ['254712345678']),
  probe('result', 'msisdn,imsi,event\n919812345678,404450123456789,SMS-MO', ['919812345678', '404450123456789']),
  probe('result', [{ caller: '27821234567', callee: '27831234567', secs: 12 }], ['27821234567', '27831234567']),
  // Look-alikes: the same names over no number, a count and a hash beside `msisdn`.
  probe('result', { called: 3, calling: 'billing-api', msisdn_count: 12345678 }, [], ['"called":3', 'billing-api', '"msisdn_count":12345678']),
  probe('result', 'msisdn_hash,event\n3f9a1b2c7d8e0011,SMS', [], ['3f9a1b2c7d8e0011']),
  probe('result', 'a_number,b_number\nA12,B77', [], ['A12,B77']),
]);

row('L11: an IMEI with no label, an IMEI or MEID under a device member', [
  probe('input', '*#06# shows 356938035643809 / 356938035643817', ['356938035643809', '356938035643817']),
  probe('input', 'device 356938035643809 reported lost', ['356938035643809'], ['reported lost']),
  probe('result', { deviceImei: '356938035643809', meid: 'A0000049B1D9F3' }, ['356938035643809', 'A0000049B1D9F3']),
  // held back
  probe('input', 'serial 490154203237518 is blacklisted', ['490154203237518']),
  probe('result', { device: { imei1: '490154203237518', meid: 'A0000049B1D9F3' } }, ['A0000049B1D9F3']),
], [
  probe('input', 'My phone was stolen, IMEI 35-693803-564380-9, can you blacklist it?', ['564380'], ['can you blacklist it?']),
  probe('input', 'IMEI1: 356938035643809 IMEI2: 356938035643817', ['356938035643809', '356938035643817']),
  probe('input', 'We shipped 356938035 devices in 2025 and 643809 returns.', [], ['356938035 devices', '643809 returns']),
  // Look-alikes: fifteen digits with no handset's cue, a wrong check digit, an AmEx card's prefix (a card, masked as one).
  probe('input', 'We shipped 356938035643809 units; phone order 356938035643808', [], ['356938035643809 units', '356938035643808']),
  probe('input', 'lost 356938035643809.5 kg', [], ['356938035643809.5 kg']),
]);

row('L12: an OAuth device-authorization user code', [
  probe('result', { device_code: 'GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS', user_code: 'WDJB-MJHT', verification_uri: 'https://example.com/device', expires_in: 1800 }, ['GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS', 'WDJB-MJHT']),
  probe('output', 'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code F7KQ9XWZL to authenticate.', ['F7KQ9XWZL'], ['to authenticate.']),
  probe('output', 'Visit https://github.com/login/device and enter code: 8F3K-9QXZ', ['8F3K-9QXZ']),
  probe('result', { userCode: 'BDWP-HQPK', deviceCode: 'x' }, ['BDWP-HQPK']),
  // held back
  probe('output', 'Open https://login.microsoftonline.com/common/oauth2/deviceauth and type RLHM3QZ8K', ['RLHM3QZ8K']),
], [
  probe('result', 'First copy your one-time code: 4C2F-8B1D\nPress Enter to open github.com in your browser...', ['4C2F-8B1D']),
  probe('input', 'The user_code is 8 characters; show it with a hyphen in the middle.', [], ['The user_code is 8 characters']),
  // Look-alikes: no code after the verb, a word in capitals, a number outside a device login stay.
  probe('output', 'enter the code you received at https://x.com/activate', [], ['enter the code you received']),
  probe('output', 'Enter the code REQUIRED at https://example.com/device', [], ['Enter the code REQUIRED']),
  probe('input', 'enter code: 12345678 for your order', [], ['enter code: 12345678 for your order']),
]);

row('L13: a vCard ADR property', [
  probe('result', 'BEGIN:VCARD\nVERSION:3.0\nFN:Pádraig Ó Súilleabháin\nADR;TYPE=HOME:;;7 Fairview Strand;Dublin;;D03 K2X8;Ireland\nEND:VCARD', ['Fairview Strand', 'D03 K2X8']),
  probe('result', 'ADR:;Apt 4;221B Baker Street;London;;NW1 6XE;UK', ['221B Baker Street', 'NW1 6XE']),
  probe('result', 'BEGIN:VCARD\nADR;TYPE=WORK:;;Rua Augusta 1500;São Paulo;SP;01304-001;Brasil\nEND:VCARD', ['Rua Augusta 1500', '01304-001']),
  // held back
  probe('result', 'ADR;TYPE=HOME:;;3 Rose Lane;Leeds;;LS6 2PE;United Kingdom', ['3 Rose Lane', 'LS6 2PE']),
  probe('result', 'ADR;TYPE=home:;;Piazza Navona 12;Roma;RM;00186;Italia', ['Piazza Navona 12', '00186']),
  // more of the kind: a group before ADR, a LABEL parameter (the city stays readable)
  probe('result', 'item1.ADR;type=HOME;type=pref:;;45 Kowhai Street;Christchurch;;8011;New Zealand', ['45 Kowhai Street', ';8011;'], [';Christchurch;;', ';New Zealand']),
  probe('result', 'ADR;TYPE=home;LABEL="7 Fairview Strand\\nDublin D03 K2X8":;;7 Fairview Strand;Dublin;;D03 K2X8;Ireland', ['Fairview Strand', 'D03 K2X8']),
], [
  probe('result', 'BEGIN:VCARD\nFN:Ana Lima\nADR;TYPE=HOME:;;12 Harbour View Road;Auckland;;1010;New Zealand\nEND:VCARD', ['12 Harbour View Road']),
  // Look-alikes: `ADR` as a word (an average daily rate) with no structured value stays.
  probe('input', 'The ADR rate rose; ADR: 4.5% in Q3; ADR;x:1;2', [], ['The ADR rate rose; ADR: 4.5% in Q3; ADR;x:1;2']),
]);

row('L14: a quoted CSV cell "Surname, Given"', [
  probe('result', 'Student,Guardian,Guardian Phone,Allergies\n"Te Rangi, Aroha","Hemi Te Rangi",021 555 0177,Peanuts', ['Aroha', 'Hemi Te Rangi', '021 555 0177'], ['Peanuts']),
  probe('result', 'Student,Grade\n"Te Rangi, Aroha",4', ['Te Rangi', 'Aroha']),
  // more of the kind (written with the fix): a person's column, a column named by a name's two parts
  probe('result', 'Pupil,Class\n"Te Rangi, Aroha",4B', ['Aroha'], [',4B']),
  probe('result', '"Last, First",Room\n"Kealamakia, Mahina",12', ['Kealamakia', 'Mahina'], [',12']),
  probe('result', '"Surname, Given names",Year\n"Kealamakia, Mahina",12', ['Kealamakia', 'Mahina']),
  probe('result', '"Nachname, Vorname",Klasse\n"Kealamakia, Mahina",5b', ['Kealamakia', 'Mahina'], ['5b']),
], [
  probe('result', 'Patient,MRN\n"Wiremu, Kauri",M102', ['Kauri']),
  probe('result', 'Name,Dept\n"Obi, Chidera",Sales', ['Chidera']),
  probe('result', 'Employee,Dept\n"Ngata, Hemi",Finance', ['Hemi']),
  // Look-alikes: a thing's cell with a comma, a place's column named by two parts.
  probe('result', 'Item,Price\n"Widget, large",12', [], ['Widget, large']),
  probe('result', '"City, State",Population\n"Austin, TX",961855', [], ['Austin, TX', '961855']),
]);

row('L14 open part: a header "Last, First" unquoted over quoted cells', [
  probe('result', 'Last, First,Room\n"Kealamakia, Mahina",12', ['Kealamakia', 'Mahina']),
]);

row('L15: Latin American ids after labels the docs miss', [
  probe('input', 'CNH nº 02650306461, validade 10/05/2029, categoria AB', ['02650306461']),
  probe('input', 'Carteira de motorista (CNH): 02650306461', ['02650306461']),
  probe('input', 'Mi CURP es GODE561231HDFRRN09 y mi RFC GODE561231GR8, me llamo Enriqueta Godínez Durán', ['GODE561231HDFRRN09', 'GODE561231GR8', 'Godínez']),
  probe('input', 'mi curp HEGG560427MVZRRL04 porfa', ['HEGG560427MVZRRL04']),
  // more of the kind (written with the fix)
  probe('input', 'Minha CNH n.º 04183826400 venceu ontem', ['04183826400'], ['venceu ontem']),
  probe('result', { ocr: 'CNH No 02650306461 cat. B' }, ['02650306461']),
  probe('input', 'mi rfc es MAAR790213KQ5 para la factura', ['MAAR790213KQ5'], ['para la factura']),
  probe('output', 'Tu CURP es MAAR790213HMNRLF03.', ['MAAR790213HMNRLF03']),
], [
  probe('input', 'CURP: HEGG560427MVZRRL04', ['HEGG560427MVZRRL04']),
  probe('input', 'Número da CNH: 04183826400', ['04183826400']),
  probe('input', 'te paso mi curp: MAAR790213HMNRLF03', ['MAAR790213HMNRLF03']),
  // Look-alikes: an RFC of the IETF, a label with no value of its shape, a company's RFC (three letters).
  probe('input', 'see RFC 7231 and RFC 9110 for HTTP semantics', [], ['RFC 7231', 'RFC 9110']),
  probe('input', 'curp: pending until 2026; CNH 123456 categoria B', [], ['pending until 2026', 'CNH 123456']),
  probe('input', 'El RFC de la empresa es ABC010101AB1', [], ['ABC010101AB1']),
]);

row('O1: a team after a Spanish or Portuguese sign-off', [
  probe('input', 'Atentamente, Servicio de Atención al Cliente', [], ['Servicio de Atención al Cliente']),
  probe('input', 'Un saludo, Equipo de Soporte Técnico', [], ['Equipo de Soporte Técnico']),
  probe('input', 'Cordialmente, Oficina de Admisiones', [], ['Oficina de Admisiones']),
  probe('input', 'Atenciosamente, Departamento Pessoal', [], ['Departamento Pessoal']),
  probe('input', 'Abraços, Equipe Financeira', [], ['Equipe Financeira']),
  // held back
  probe('input', 'Atentamente, Área de Cobranzas', [], ['Área de Cobranzas']),
  probe('input', 'Cordiais saudações, Setor de Compras', [], ['Setor de Compras']),
  probe('input', 'Un cordial saludo, Secretaría Académica', [], ['Secretaría Académica']),
], [
  probe('input', 'Saludos cordiales, Dirección General de Tráfico', [], ['Dirección General de Tráfico']),
  probe('input', 'Kind regards, Accounts Payable', [], ['Accounts Payable']),
  probe('input', 'Cordialement, Service Client', [], ['Service Client']),
  probe('input', 'Atentamente, Maite Urquiaga Etxeberria', ['Urquiaga', 'Etxeberria']),
  // Persons after the same sign-offs stay masked, with particles and a department's line after them.
  probe('input', 'Saludos, Maria de la Cruz', ['Maria de la Cruz']),
  probe('input', 'Abraços, João da Silva', ['João da Silva']),
  probe('input', 'Un saludo,\nLucía Fernández\nDepartamento de Compras', ['Lucía Fernández'], ['Departamento de Compras']),
  probe('input', 'Atentamente, Mercedes Comercial', ['Mercedes']),
]);

row('O1 open part: a Spanish sign-off led by an article', [
  probe('input', 'Un cordial saludo, Secretaría Académica', [], ['Un cordial saludo']),
  // more of the kind (written with the fix)
  probe('input', 'Un fuerte abrazo,\nEquipo de Ventas', [], ['Un fuerte abrazo']),
  probe('input', 'Un atento saludo, Mesa de Ayuda', [], ['Un atento saludo']),
  // the signer after it stays masked
  probe('input', 'Un cordial saludo,\nLucía Fernández', ['Lucía Fernández'], ['Un cordial saludo']),
], [
  // `Un` before a name is a person still.
  probe('input', 'Un Kim called about the invoice', ['Un Kim']),
]);

row('O2: Swahili words read as persons', [
  probe('input', 'Tuma pesa kesho asubuhi.', [], ['Tuma pesa']),
  probe('input', 'Karibu Huduma Centre, Nairobi. Huduma Namba ni bure.', [], ['Huduma Centre', 'Huduma Namba']),
  probe('input', 'Salio lako ni Ksh 1,204. Asante kwa kutumia M-PESA.', [], ['Asante kwa kutumia']),
  // held back
  probe('input', 'Tuma ujumbe kwa namba hii.', [], ['Tuma ujumbe']),
  // more of the kind (written with the fix)
  probe('input', 'Tuma SMS kwa 22444 kupata salio.', [], ['Tuma SMS kwa']),
  probe('input', 'Sajili sasa. Huduma Namba itatolewa bure. Asante sana!', [], ['Huduma Namba itatolewa', 'Asante sana']),
], [
  // Look-alikes: the same leads before a name are persons still.
  probe('input', 'Tuma Kamau alipiga simu jana.', ['Tuma Kamau']),
  probe('input', 'Mteja: Asante Mwangi, Nakuru', ['Asante Mwangi']),
  probe('input', 'Huduma kwa Wateja itawasiliana nawe.', [], ['Huduma kwa Wateja']),
  probe('input', 'Jina langu ni Wanjiru Kamau, namba yangu ya simu ni 0712 345 678.', ['Wanjiru', 'Kamau', '0712 345 678']),
]);

row('O3: Hindi words in Latin letters read as persons', [
  probe('input', 'Dhanyavaad! Aapka order Kal Tak deliver ho jayega. Shubh Diwali!', [], ['Kal Tak', 'Shubh Diwali']),
  probe('input', 'Namaste ji, Seva Kendra band hai aaj. Kripya Somvar ko aayiye.', [], ['Kripya Somvar']),
  probe('result', 'Mera Aadhaar, Meri Pehchaan', [], ['Mera Aadhaar, Meri Pehchaan']),
  // held back
  probe('input', 'Aapka parcel Kal Tak pahunch jayega.', [], ['Kal Tak']),
  probe('input', 'Shubh Navratri! Sabko badhai.', [], ['Shubh Navratri']),
  // more of the kind (written with the fix)
  probe('input', 'Refund Aaj Tak process ho jayega. Shubh Deepavali aur Shubh Labh!', [], ['Aaj Tak process', 'Shubh Deepavali', 'Shubh Labh']),
  probe('input', 'Kripya Shanivar tak documents bhejiye.', [], ['Kripya Shanivar']),
], [
  probe('input', 'bhai mera naam Ankit Sharma hai', ['Ankit Sharma']),
  // Look-alikes: the same leads before a name are persons still.
  probe('input', 'Kal Penn ka interview dekha?', ['Kal Penn']),
  probe('input', 'Shubh Sharma ne order cancel kiya', ['Shubh Sharma']),
  probe('input', 'Meri Tamm helistas eile.', ['Meri Tamm']),
]);

row('O4: the country of a vCard ADR read as a person', [
  probe('result', 'ADR;TYPE=WORK:;;Rua Augusta 1500;São Paulo;SP;01304-001;Brasil', [], ['Brasil']),
  // held back
  probe('result', 'ADR:;;Calle Mayor 5;Madrid;;28013;España', [], ['España']),
  // more of the kind (a person elsewhere in the card stays masked)
  probe('result', 'ADR;TYPE=home:;;Piazza Navona 12;Roma;RM;00186;Italia', ['Piazza Navona 12', '00186'], [';Roma;RM;', ';Italia']),
  probe('result', 'BEGIN:VCARD\nFN:Maria Lopez\nADR:;;Calle Mayor 5;Madrid;;28013;España\nEND:VCARD', ['Maria Lopez', 'Calle Mayor 5', '28013'], ['España']),
], [
  probe('result', 'ADR:;;Rua Direita 10;Lisboa;;1100-001;Portugal', [], ['Portugal']),
  probe('result', 'ADR:;;7 Main Street;Cork;;T12 X2P4;Ireland', [], ['Ireland']),
]);
