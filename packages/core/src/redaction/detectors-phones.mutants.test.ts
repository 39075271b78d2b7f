// Phones and secret spans of detectors.ts changed on 2026-12-02 (issue 13, from the surviving
// mutants of a Stryker run over detectIps .. detectHealth): the numbering-plan check of grouped
// numbers (noPlanEnding), nine-digit Portuguese and Spanish numbers after a phone word
// (nineDigitNational), secrets inside another secret's value (withoutInnerSecrets) and the
// credential-file families in detectSecretSpans. In process, through detectBuiltin.
import { describe, expect, it } from 'vitest';
import { detectBuiltin } from './detectors.js';

/** What detectBuiltin finds with the named detectors: kind, text as written, normalized value. */
const found = (text: string, ...names: string[]): string[] =>
  detectBuiltin(text, new Set(names)).map((d) => `${d.type}:${text.slice(d.start, d.end)}${d.normalized === undefined ? '' : `=${d.normalized}`}`);

describe('grouped numbers no numbering plan writes (noPlanEnding)', () => {
  it('takes a pair after a group of three or more for a thing\'s number, unless the number has a trunk 0 or only pairs', () => {
    expect(found('x 4471-220-19 y', 'phone')).toEqual([]);
    expect(found('x 0176 123 456 78 y', 'phone')).toEqual(['PHONE:0176 123 456 78=017612345678']);
    expect(found('x 612 34 56 78 y', 'phone')).toEqual(['PHONE:612 34 56 78=612345678']);
    expect(found('call 4471-220-19', 'phone')).toEqual(['PHONE:4471-220-19=447122019']);
  });
});

describe('detectPhones: the edges of a number and slash notation', () => {
  it('keeps a number followed by a comma and a digit; drops one followed by a dot or dash and a digit', () => {
    expect(found('call 02079460958,1', 'phone')).toEqual(['PHONE:02079460958=02079460958']);
    expect(found('call 02079460958.1', 'phone')).toEqual([]);
  });

  it('reads a slash spaced on one side as a slash, and seven digits with a slash after a phone word', () => {
    expect(found('x 030 /84712265 y', 'phone')).toEqual(['PHONE:030 /84712265=03084712265']);
    expect(found('tel 030/1234', 'phone')).toEqual(['PHONE:030/1234=0301234']);
  });

  it('takes dotted groups with a single digit for a version, even after a phone word', () => {
    expect(found('call 1.234.567.89', 'phone')).toEqual([]);
  });
});

describe('nine-digit national numbers after a phone word (nineDigitNational)', () => {
  it('reads nine digits that Portugal\'s or Spain\'s metadata takes (212345678 Portugal\'s only), and no other nine digits', () => {
    expect(found('Telefone: 212345678', 'phone')).toEqual(['PHONE:212345678=212345678']);
    expect(found('Llámame al 612345678', 'phone')).toEqual(['PHONE:612345678=612345678']);
    expect(found('Telemóvel: 912345678', 'phone')).toEqual(['PHONE:912345678=912345678']);
    expect(found('phone 123456789', 'phone')).toEqual([]);
  });
});

describe('secrets inside another secret\'s value (withoutInnerSecrets)', () => {
  const github = 'ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5';
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';

  it('drops every secret inside a value, one starting where the value starts too', () => {
    expect(found(`password="x ${github} y Bearer abc123456789"`, 'secrets')).toEqual([`PASSWORD:x ${github} y Bearer abc123456789`]);
    expect(found(`password="${jwt} and more"`, 'secrets')).toEqual([`PASSWORD:${jwt} and more`]);
  });

  it('measures each value from the widest span so far: a second value\'s inner secret goes too', () => {
    expect(found(`password="x ${github} y" secret="z Bearer abc123456789 w"`, 'secrets')).toEqual([`PASSWORD:x ${github} y`, 'PASSWORD:z Bearer abc123456789 w']);
  });
});

describe('detectSecretSpans', () => {
  it('finds the credential-file families (credential-files.ts) with the other secrets', () => {
    expect(found('run htpasswd -b /etc/.htpasswd alice S3cret!x now', 'secrets')).toEqual(['PASSWORD:S3cret!x']);
  });
});
