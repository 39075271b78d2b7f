// Issue 11: the names parts still stored raw after 2026-12-06f (docs/REDACTION.md "Open:" near `joao` and `member names`),
// fixed on 2026-12-07. A describe per part, each standing for its kind: the reported inputs, held-back inputs of the kind
// (cases, joiners, accents, languages, key spellings), the stored form through an auditor or a redactor, look-alikes that
// must stay as they were, a property over the spellings, and linear time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { ACCENTED_GIVEN_NAMES } from '../../packages/core/src/redaction/accented-given-names.js';
import { foldDiacritics, isFoldedGivenName } from '../../packages/core/src/redaction/names.js';
import { timeRatio } from './linear-time.js';
import { check, masked, storedResults, type Case } from './masked-text.js';
import { ledgerRecorder } from './stored-events.js';

const { storedOf } = ledgerRecorder('open-parts-2026-12-07-names');
/** A `message.user` input as stored. */
async function storedInput(input: string): Promise<string> {
  const [event] = await storedOf([{ type: 'message.user', content: { input } }]);
  return String((event?.content as Record<string, unknown>).input);
}
/** Whether one detection covers `value` in `text` whole. */
const coveredWhole = (text: string, value: string): boolean => {
  const start = text.indexOf(value);
  return detectSensitive(text).some((d) => d.start <= start && d.end >= start + value.length);
};

describe('dotted names: given names of Portuguese, Spanish, French and Vietnamese with their accents dropped', () => {
  const OPEN: Case[] = [
    // The report: `João` with its accent dropped, in text, as a user name, before a host, in each case and joiner.
    ['joao.pedro.silva', ['joao.pedro.silva'], []],
    ['login joao.pedro.silva', ['joao.pedro.silva'], ['login']],
    ['user: joao.pedro.silva', ['joao.pedro.silva'], ['user:']],
    ['ssh joao.pedro.silva@db1', ['joao.pedro.silva'], ['ssh', '@db1']],
    ['Joao.Pedro.Silva signed the form', ['Joao.Pedro.Silva'], ['signed the form']],
    ['JOAO.PEDRO.SILVA', ['JOAO.PEDRO.SILVA'], []],
    ['ticket from joao_pedro_silva', ['joao_pedro_silva'], ['ticket from']],
    // The accents kept (`João` is in no list in any spelling).
    ['joão.pedro.silva', ['joão.pedro.silva'], []],
    // Two accents dropped (`Conceição`), and the kind: other languages' given names, two parts too.
    ['conceicao.ferreira.santos', ['conceicao.ferreira.santos'], []],
    ['goncalo.rodrigues.alves', ['goncalo.rodrigues.alves'], []],
    ['cc sebastiao.pereira.costa please', ['sebastiao.pereira.costa'], ['cc', 'please']],
    ['joao.silva', ['joao.silva'], []],
    ['goncalo.pereira replied', ['goncalo.pereira'], ['replied']],
    ['estevao.santos', ['estevao.santos'], []],
    ['assuncao.ferreira', ['assuncao.ferreira'], []],
    ['inaki.garcia.lopez', ['inaki.garcia.lopez'], []],
    ['begona.lopez', ['begona.lopez'], []],
    ['maelle.dubois', ['maelle.dubois'], []],
    ['anais.martin.petit', ['anais.martin.petit'], []],
    ['loic.bernard', ['loic.bernard'], []],
    ['quynh.nguyen', ['quynh.nguyen'], []],
    ['duc.pham', ['duc.pham'], []],
  ];
  // Masked before too: the lists hold these given names unaccented (`Maria`, `Phuong`, `Francois`).
  const KEPT_MASKED: Case[] = [
    ['maria.conceicao.ferreira', ['maria.conceicao.ferreira'], []],
    ['phuong.thi.nguyen', ['phuong.thi.nguyen'], []],
    ['francois.xavier.dupont', ['francois.xavier.dupont'], []],
    ['helene.dubois', ['helene.dubois'], []],
  ];
  // Code, files and words: a folded name that is an English word is no name (`tan`, `hung`, `my`, `son`, `long`, `van`).
  const LOOK_ALIKES = ['tan.config.yaml', 'joao.config.json', 'joao.silva.com', 'cafe.joao.lopez', 'son.of.anton', 'long.term.care', 'van.der.waals',
    'my.app.config', 'an.old.man', 'hung.jury.trial', 'tan.line.fix', 'rene.config.yaml', 'leon.config.yaml', 'os.path.join', 'mark.jose.down', 'node.js.org'];

  it.each(OPEN)('%j is masked', (...row) => check([row]));
  it.each(KEPT_MASKED)('%j stays masked', (...row) => check([row]));
  it.each(LOOK_ALIKES)('%j stays as written', (text) => expect(masked(text)).toBe(text));

  it('every listed name carries a diacritic, and its folded form is read as a given name unless it is an English word', () => {
    for (const name of ACCENTED_GIVEN_NAMES) expect(foldDiacritics(name.toLowerCase()), name).not.toBe(name.toLowerCase());
    expect(isFoldedGivenName('joao')).toBe(true);
    expect(isFoldedGivenName('Conceição')).toBe(true);
    expect(isFoldedGivenName('CONCEICAO')).toBe(true);
    for (const word of ['hung', 'van', 'my', 'tan', 'son', 'long', 'an', 'ha']) expect(isFoldedGivenName(word), word).toBe(false);
  });

  it('any given name of the lists, its accents dropped or kept, in any case and joiner, before a listed middle name and surname', () => {
    // The Romance names whose folded form is read as a given name (Vietnamese ones are family-name-first and short).
    const given = ACCENTED_GIVEN_NAMES.filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name) && isFoldedGivenName(name) && /[ãõçâêôáéíóúàèìòùëïüñ]/.test(name.toLowerCase()));
    expect(given.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(
        fc.constantFrom(...given), fc.constantFrom('pedro', 'maria', 'ana', 'luis'), fc.constantFrom('silva', 'santos', 'ferreira', 'garcia', 'nowak'),
        fc.constantFrom('.', '_'), fc.constantFrom('lower', 'upper', 'title'), fc.boolean(), fc.constantFrom('', 'contact ', 'user: '),
        (name, middle, surname, joiner, shape, folded, before) => {
          const words = [folded ? foldDiacritics(name.toLowerCase()) : name.toLowerCase(), middle, surname].map((word) =>
            shape === 'upper' ? word.toUpperCase() : shape === 'title' ? (word[0] as string).toUpperCase() + word.slice(1) : word);
          const login = words.join(joiner);
          const text = `${before}${login}`;
          expect(coveredWhole(text, login), `${text} => ${masked(text)}`).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the report through the auditor, and a user name under a member: stored masked', async () => {
    const stored = await storedInput('Please add joao.pedro.silva@bastion to the on-call list');
    expect(stored).not.toContain('joao');
    expect(stored).not.toContain('silva');
    const { stored: result } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }));
    const out = result({ username: 'joao.pedro.silva', plan: 'gold' });
    expect(out).not.toContain('joao');
    expect(out).toContain('"plan":"gold"');
  });

  it('twice the logins cost about twice the time', () => {
    const make = (n: number): string => Array.from({ length: Math.ceil(n / 40) }, (_, i) => (i % 2 ? 'joao.pedro.silva and ' : 'tan.config.yaml or ')).join('');
    expect(timeRatio((text) => detectSensitive(text), make, 20_000, 40_000)).toBeLessThan(2.6);
  });
});
