// Mutation tests for biometric-members.ts (issue 13; docs/TESTING.md, the row of 2026-12-06f):
// isTemplateMember, templateText, biometricRecordText and biometricMembers called directly, each
// answer exact (the set of members found, not only "some"). Each test kills mutants that the
// redactor-level suite (test/redaction/open-parts-2026-12-06e.test.ts, L6) let survive: the
// length bounds, the list shapes, the model's name as written, the context computed once.
import { describe, expect, it } from 'vitest';
import { biometricMembers, biometricRecordText, isTemplateMember, templateText } from './biometric-members.js';

/** An ISO/IEC 19794-2 finger minutiae record (`FMR\0 20\0…`), base64. */
const FMR = 'Rk1SACAyMAAAAAEIAAABPAFiAMUAxQEAAAAoJ0CEAHTkZEBkAHxt';
/** The same kind of record, hex (`464d5200` = `FMR\0`). */
const FMR_HEX = '464d52002032300000000108000001aa';
/** 16 hex characters of no record: a template's shape only. */
const PLAIN_HEX = 'a3f1b2c4d5e6f708';
const EIGHT = [0.11, -0.22, 0.33, -0.44, 0.55, -0.66, 0.77, -0.88];

/** The members found, sorted (or undefined), for `value` under `parent`. */
const found = (value: Record<string, unknown>, parent?: string): string[] | undefined => {
  const members = biometricMembers(value, Object.keys(value), parent);
  return members === undefined ? undefined : [...members].sort();
};

describe('isTemplateMember', () => {
  it('a template member as written, in any case and with separators', () => {
    expect(['template', 'template_b64', 'Template-Data', 'minutiae', 'vector', 'B64', 'iso.template'].map(isTemplateMember)).toEqual([true, true, true, true, true, true, true]);
  });
  it('no other name', () => {
    expect(['name', 'finger', 'templateVersion', 'model', '', 'vec'].map(isTemplateMember)).toEqual([false, false, false, false, false, false]);
  });
  it('a name of more than 64 characters is compared as no name, even one that folds to `template`', () => {
    expect(isTemplateMember('template' + '_'.repeat(56))).toBe(true); // 64 characters
    expect(isTemplateMember('template' + '_'.repeat(57))).toBe(false); // 65
  });
});

describe('templateText', () => {
  it('16 base64 or hex characters and more, no blank', () => {
    expect(templateText('a'.repeat(16))).toBe(true);
    expect(templateText('a'.repeat(15))).toBe(false);
    expect(templateText(FMR)).toBe(true);
    expect(templateText('AAECAwQFBgcICQoLDA0ODxAREhM=')).toBe(true);
    expect(templateText(PLAIN_HEX)).toBe(true);
    expect(templateText('a3f1b2c4 d5e6f708a3')).toBe(false);
    expect(templateText('Hello {name}, your order shipped')).toBe(false);
    expect(templateText('')).toBe(false);
  });
  it('reads at most 1 MB: 2^20 characters are a template, one more is not', () => {
    expect(templateText('A'.repeat(1 << 20))).toBe(true);
    expect(templateText('A'.repeat((1 << 20) + 1))).toBe(false);
  });
});

describe('biometricRecordText', () => {
  it('an ISO/IEC 19794 record by its format identifier, base64 or hex (either case)', () => {
    expect(biometricRecordText(FMR)).toBe(true);
    expect(biometricRecordText(FMR_HEX)).toBe(true);
    expect(biometricRecordText(FMR_HEX.toUpperCase())).toBe(true);
    expect(biometricRecordText('SUlSACAyMAAAAAEIAAABPAFi')).toBe(true); // IIR\0
  });
  it('the identifier alone, too short for a template, or a template of no identifier, is none', () => {
    expect(biometricRecordText('Rk1SACAy')).toBe(false);
    expect(biometricRecordText('464d5200')).toBe(false);
    expect(biometricRecordText(PLAIN_HEX + PLAIN_HEX)).toBe(false);
    expect(biometricRecordText('xRk1SACAyMAAAAAEIAAABPAFi')).toBe(false);
    expect(biometricRecordText('Rk1SACAy MAAAAAEIAAABPAFi')).toBe(false);
  });
});

describe('biometricMembers: the context', () => {
  it('under a modality\'s name (as written, any case and separators): every template member of a template\'s shape, and no other', () => {
    expect(found({ finger: 'right_index', template: PLAIN_HEX, format: 'ISO 19794-2' }, 'fingerprint')).toEqual(['template']);
    expect(found({ template: PLAIN_HEX, vector: EIGHT, embedding: 'short' }, 'Finger_Print')).toEqual(['template', 'vector']);
  });
  it('under no parent or another parent, and no model: only a record is found', () => {
    expect(found({ template: PLAIN_HEX, vector: EIGHT })).toBeUndefined();
    expect(found({ template: PLAIN_HEX, vector: EIGHT }, 'email')).toBeUndefined();
    expect(found({ template: FMR, vector: EIGHT, record: FMR_HEX })).toEqual(['record', 'template']);
    expect(found({ vector: EIGHT, b64: FMR }, 'cache')).toEqual(['b64']);
  });
  it('a record found alone is a string: a list of records under no context is not', () => {
    expect(found({ templates: [FMR, FMR] })).toBeUndefined();
    expect(found({ templates: [FMR, FMR] }, 'face')).toEqual(['templates']);
  });
  it('beside a recognition model\'s name: blanks, `_` and `-` removed, any case', () => {
    for (const model of ['arcface', 'ArcFace', 'Arc Face', 'arc_face', 'arc-face', 'ECAPA-TDNN', 'Facenet512', 'ARC\tFACE']) {
      expect(found({ model, vector: EIGHT }), model).toEqual(['vector']);
    }
    expect(found({ encoder: 'insightface', embedding: PLAIN_HEX, subject: 'E-1' })).toEqual(['embedding']);
    expect(found({ vector: EIGHT, model_name: 'buffalo_l' })).toEqual(['vector']);
  });
  it('a model\'s name of up to 64 characters; a longer one, one of another model, under another member or not a string is none', () => {
    expect(found({ model: 'arcface' + 'x'.repeat(57), vector: EIGHT })).toEqual(['vector']); // 64 characters
    expect(found({ model: 'arcface' + 'x'.repeat(58), vector: EIGHT })).toBeUndefined(); // 65
    expect(found({ model: 'text-embedding-3-small', vector: EIGHT })).toBeUndefined();
    expect(found({ model: 'my-arcface', vector: EIGHT })).toBeUndefined();
    expect(found({ name: 'arcface', vector: EIGHT })).toBeUndefined();
    expect(found({ model: ['arcface'], vector: EIGHT })).toBeUndefined();
    expect(found({ model: 7, vector: EIGHT })).toBeUndefined();
  });
  it('a model among other members: any one member may name it', () => {
    expect(found({ id: 'E-1', vector: EIGHT, created: '2026-12-01', model: 'sface' })).toEqual(['vector']);
  });
});

describe('biometricMembers: the members read', () => {
  it('at most 16 members: 16 are read, 17 are none', () => {
    const sixteen: Record<string, unknown> = { template: PLAIN_HEX };
    for (let i = 1; i < 16; i++) sixteen[`m${i}`] = i;
    expect(found(sixteen, 'face')).toEqual(['template']);
    expect(found({ ...sixteen, m16: 16 }, 'face')).toBeUndefined();
  });
  it('a member name of 3 to 16 characters (`b64`; `template_base_64`), no shorter nor longer one', () => {
    expect(found({ b64: PLAIN_HEX }, 'iris')).toEqual(['b64']);
    expect(found({ template_base_64: PLAIN_HEX }, 'iris')).toEqual(['template_base_64']);
    expect(found({ template__base_64: PLAIN_HEX }, 'iris')).toBeUndefined(); // 17 characters, folds to `templatebase64`
  });
});

describe('biometricMembers: the value\'s shape', () => {
  const under = (value: unknown): string[] | undefined => found({ template: value }, 'palm');
  it('a string of a template\'s shape; a short one, a number, an object, null, an empty list are none', () => {
    expect(under(PLAIN_HEX)).toEqual(['template']);
    expect(under('a3f1b2c4')).toBeUndefined();
    expect(under(12345678901234567)).toBeUndefined();
    expect(under({ data: PLAIN_HEX })).toBeUndefined();
    expect(under(null)).toBeUndefined();
    expect(under([])).toBeUndefined();
  });
  it('a list of 8 numbers and more; 7 are none', () => {
    expect(under(EIGHT)).toEqual(['template']);
    expect(under(EIGHT.slice(0, 7))).toBeUndefined();
  });
  it('a list of numbers with one thing else is none (not every item a number, nor every one a template)', () => {
    expect(under([...EIGHT.slice(0, 7), 'short'])).toBeUndefined();
    expect(under([...EIGHT, PLAIN_HEX])).toBeUndefined();
  });
  it('a list of up to 64 template strings or lists of 8+ numbers; 65 are none', () => {
    expect(under([PLAIN_HEX, FMR])).toEqual(['template']);
    expect(under([EIGHT, EIGHT])).toEqual(['template']);
    expect(under([EIGHT, PLAIN_HEX])).toEqual(['template']);
    expect(under(Array.from({ length: 64 }, () => PLAIN_HEX))).toEqual(['template']);
    expect(under(Array.from({ length: 65 }, () => PLAIN_HEX))).toBeUndefined();
  });
  it('a list with one item of no template\'s shape is none: a short string, a list of 7 numbers, a list with a string, a number', () => {
    expect(under([PLAIN_HEX, 'short'])).toBeUndefined();
    expect(under([EIGHT, EIGHT.slice(0, 7)])).toBeUndefined();
    expect(under([EIGHT, [...EIGHT.slice(0, 7), 'x']])).toBeUndefined();
    expect(under([EIGHT, [...EIGHT, 'x']])).toBeUndefined();
    expect(under([EIGHT, 5, 6, 7, 8, 9, 10, 11])).toBeUndefined();
    expect(under([PLAIN_HEX, { v: PLAIN_HEX }])).toBeUndefined();
  });
});
