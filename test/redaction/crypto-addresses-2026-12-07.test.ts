// Cryptocurrency addresses (issue 11, the README-only probe of 2026-12-07, F14: `bc1qar0s…` and
// `0x8ba1f1…BA72` were stored raw). Each form is taken by its checksum (crypto-addresses.ts):
// Base58Check (P2PKH, P2SH, Litecoin), Bech32/Bech32m (BIP-173, BIP-350) and EIP-55 in mixed case;
// a single-case `0x` + 40 hex only after a wallet's cue. Look-alikes of the same alphabets and
// lengths (git SHAs, 64-hex transaction hashes, UUIDs, Base58 ids, addresses with one character
// changed) stay. The held-back addresses were made by a separate encoder (a scratch script with
// @noble/hashes' keccak_256 for EIP-55) and not looked at while the rule was written.
import { describe, expect, it } from 'vitest';
import { classify, createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { eip55Holds, isSegwitAddress, keccak256 } from '../../packages/core/src/redaction/crypto-addresses.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks } from './masked-text.js';

const types = (text: string) => detectSensitive(text).map((d) => d.type);

describe('F14: crypto addresses', () => {
  it.each([
    // The probe's two.
    ['send it to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq please', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
    ['my wallet 0x8ba1f109551bD432803012645Ac136ddd64DBA72', '0x8ba1f109551bD432803012645Ac136ddd64DBA72'],
    // Base58Check: P2PKH, P2SH.
    ['BTC: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'],
    ['pay 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy.', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
    // Bech32m (taproot), BIP-86's first address.
    ['refund → bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297', 'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297'],
    // P2WSH.
    ['"to":"bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3"', 'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3'],
    // EIP-55's own examples, no cue needed.
    ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'],
    ['from 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359 yesterday', '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359'],
    // Single case after a cue.
    ['ETH address: 0x8ba1f109551bd432803012645ac136ddd64dba72', '0x8ba1f109551bd432803012645ac136ddd64dba72'],
    ['please send to 0X8BA1F109551BD432803012645AC136DDD64DBA72 asap', '0X8BA1F109551BD432803012645AC136DDD64DBA72'],
    ['USDT deposit 0xdac17f958d2ee523a2206206994597c13d831ec7', '0xdac17f958d2ee523a2206206994597c13d831ec7'],
    // Upper-case Bech32 (QR codes write it so).
    ['BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ', 'BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ'],
  ])('%s', (text, value) => {
    expect(leaks(text, [value])).toEqual([]);
    expect(types(text)).toContain('CRYPTO_ADDRESS');
  });

  it.each([
    '15Krz7ieB1Yxu4hHt3YdRJ31tCnoJyMKKz', '1D53J5fFmi6Gx3ba1QUQjh54zfS9Uw2zhS', '16w7ZFajVE3tqEBVjo4rUJ4vV8MapbDUzW',
    '3D6xyjxysdTLqHbb29GoL5DGhncXKjcvgj', '3LbQyewZeU3PjiFjD7UEugt23PTn9CrkAw',
    'LLwCzbavRVUaFAjP2LGnC67uGbjw56R2i6', 'MUNnMkxFpkFQPz2jMS6uge6AgHZwKHxfiK',
    'bc1q7ftcxls48rp3244dfg6slgkmczu8kd9f5lhvmc', 'bc1qmhut6vnechh44y6la847vazfstpd9q705h5npx',
    'bc1qxmkradtzeccycs5njphgt2dg48g92nrpla2lt4wdz6u3pja4q4cql9vgq5',
    'bc1pw6p7pyhq6vl8c9q26hkqpg0r00266kkze4zszgdnkyqk0y2kxdaq4gdvau', 'bc1p85qfwp2z03xu6gwearqgv7adws9255lffgkzr0tgdnvams2n3s8qdunq6n',
    'ltc1qvaul3g8lmpud0md6029grkgu27m25gz800trz0', 'tb1quayu5lvdm4vuxmcvagx94mafdg57jv9xrmu7p5',
    '0x25DF748764289f365a6Ea34Baf5d371BB5F61CBf', '0xC6aDdfd16fAfBae69fE594172615568a26A871Dd',
    '0x484071BCf0a966B4a5C7993b3f180d8E6e978f9a', '0x914aE85Ae626C67bd1A382709E6d5475ac682aa9',
  ])('held back: %s in a chat line', (address) => {
    const text = `Customer says the funds came from ${address} on Monday.`;
    expect(leaks(text, [address])).toEqual([]);
  });

  it('look-alikes stay: hashes, ids, broken checksums', () => {
    const text = [
      'commit 8ba1f109551bd432803012645ac136ddd64dba72 fixed it',
      'git sha 0x8ba1f109551bd432803012645ac136ddd64dba72 in the build log',
      'tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060 confirmed',
      'uuid 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      'ipfs QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG',
      'bad 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb and 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz',
      'bech32 typo bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr',
      'v0 with a bech32m checksum bc1q5wtdml95k2ws3szzs393zj5dxpj36hsmn88uxr',
      'mixed case fails EIP-55 0x8ba1f109551bD432803012645Ac136ddd64DBa72',
      'base58 id 6fbCmW31SXTtHFizvCfoWDiX81XMgATNs and Dogecoin-version D7yujbBRyBRzvgEgsZNqXBW3iqk7tHAeTM',
      'storage slot 0x0000000000000000000000000000000000000000',
      'order 1000000000000000000000000001 shipped',
    ].join('\n');
    expect(kept(text, ['8ba1f109551bd432803012645ac136ddd64dba72', '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060', '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      'QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr',
      'bc1q5wtdml95k2ws3szzs393zj5dxpj36hsmn88uxr', '0x8ba1f109551bD432803012645Ac136ddd64DBa72', '6fbCmW31SXTtHFizvCfoWDiX81XMgATNs', 'D7yujbBRyBRzvgEgsZNqXBW3iqk7tHAeTM',
      '0x0000000000000000000000000000000000000000', '1000000000000000000000000001'])).toEqual([]);
    expect(types(text)).not.toContain('CRYPTO_ADDRESS');
  });

  it('a single-case 0x address needs its cue on the same line, before it', () => {
    expect(types('contract 0x8ba1f109551bd432803012645ac136ddd64dba72')).not.toContain('CRYPTO_ADDRESS');
    expect(types('wallet\n0x8ba1f109551bd432803012645ac136ddd64dba72')).not.toContain('CRYPTO_ADDRESS');
    expect(types('0x8ba1f109551bd432803012645ac136ddd64dba72 is my wallet')).not.toContain('CRYPTO_ADDRESS');
    expect(types('wallet: 0x8ba1f109551bd432803012645ac136ddd64dba72')).toContain('CRYPTO_ADDRESS');
    // Glued to a word or an identifier: no address.
    expect(types('id_1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).not.toContain('CRYPTO_ADDRESS');
    expect(types('x1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).not.toContain('CRYPTO_ADDRESS');
  });

  it('the checksums match their specifications', () => {
    // Keccak-256 of the empty string (Ethereum's, not SHA3-256's).
    expect(Buffer.from(keccak256(new Uint8Array())).toString('hex')).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    expect(Buffer.from(keccak256(new TextEncoder().encode('x'.repeat(200)))).toString('hex')).toHaveLength(64);
    for (const a of ['5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', 'dbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', 'D1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb']) {
      expect(eip55Holds(a)).toBe(true);
      expect(eip55Holds(a.replace(/[a-f]/, (c) => c.toUpperCase()))).toBe(false);
    }
    // BIP-173's invalid examples: mixed case, a v0 program of the wrong length.
    expect(isSegwitAddress('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5MDQ')).toBe(false);
    expect(isSegwitAddress('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toBe(true);
  });

  it('the event is classed financial and GDPR, with a pseudonym joined across spellings', () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
    const out = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq or BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ' } } as never, { capture: {} }) as { event: { tool: { result: string } }; data: { classes: string[] } };
    const tokens = out.event.tool.result.match(/\[CRYPTO_ADDRESS:[^\]]+\]/g) ?? [];
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toBe(tokens[1]);
    expect(out.data.classes).toContain('financial.crypto_address');
    expect(classify(['financial.crypto_address']).compliance.regimes).toContain('gdpr');
  });

  it('linear: twice the text, about twice the time', () => {
    const unit = 'pay bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq or 0x8ba1f109551bD432803012645Ac136ddd64DBA72, wallet 0x8ba1f109551bd432803012645ac136ddd64dba72 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa; ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
    const runs = (n: number) => 'A1b2C3d4'.repeat(Math.ceil(n / 8)).slice(0, n);
    expect(timeRatio(detectSensitive, runs)).toBeLessThanOrEqual(3);
  });
});
