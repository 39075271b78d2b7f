// Query and form parameters, percent-encoding and character references of detectors.ts (issue 13,
// from the surviving mutants of a Stryker run over parameterKind .. decodeComponent): how a
// parameter's name is classified and its value read, when `+` is a space (formRegions), which
// `%XX` bytes and UTF-8 sequences decode and which stay as written, which character references
// decode, how deep values of values are read, and which spans a covering span drops (dropCovered).
// In process, through detectBuiltin: a found span as `TYPE:text as written=normalized`.
import { describe, expect, it } from 'vitest';
import { detectBuiltin } from './detectors.js';

const ALL = ['email', 'phone', 'card', 'iban', 'ssn', 'ip', 'secrets', 'health', 'person', 'address'];
/** What detectBuiltin finds with the named detectors: kind, text as written, normalized value. */
const found = (text: string, ...names: string[]): string[] =>
  detectBuiltin(text, new Set(names.length === 0 ? ALL : names)).map((d) => `${d.type}:${text.slice(d.start, d.end)}${d.normalized === undefined ? '' : `=${d.normalized}`}`);
/** Kind and class of each span found. */
const classes = (text: string, ...names: string[]): string[] => detectBuiltin(text, new Set(names)).map((d) => `${d.type}/${d.class}`);

describe('parameter names', () => {
  it('classifies a person key\'s value by the name alone, percent-decoded and the innermost of brackets', () => {
    // Lower case: only the name says it is a name (the value on its own is no name).
    expect(found('?last_name=vogt', 'person')).toEqual(['PERSON:vogt=vogt']);
    expect(found('?last%5Fname=vogt', 'person')).toEqual(['PERSON:vogt=vogt']);
    expect(found('?contact[last_name]=vogt', 'person')).toEqual(['PERSON:vogt=vogt']);
    expect(found('?last_name[x]=vogt', 'person')).toEqual([]);
    expect(classes('?last_name=vogt', 'person')).toEqual(['PERSON/pii.person']);
  });

  it('reads a parameter opening the text only as the whole text or before &', () => {
    expect(found('last_name=vogt and more', 'person')).toEqual([]);
    expect(found('last_name=vogt&x=1', 'person')).toEqual(['PERSON:vogt=vogt']);
  });

  it('masks a government id key\'s value of an id\'s shape with its kind, only with the ssn detector', () => {
    expect(found('?passport=X1234567&a=b', 'ssn')).toEqual(['PASSPORT:X1234567=X1234567']);
    expect(found('?driver_license=D1234567&a=b', 'ssn')).toEqual(['DRIVER_LICENSE:D1234567=D1234567']);
    expect(found('?passport=hello&a=b', 'ssn')).toEqual([]);
    expect(found('?passport=X1234567&a=b', 'person')).toEqual([]);
    expect(classes('?passport=X1234567&a=b', 'ssn')).toEqual(['PASSPORT/pii.government_id']);
    expect(classes('ssn=123456789&a=b', 'ssn')).toEqual(['SSN/pii.government_id']);
    // Values the government-id rules of the text do not find as such (the class is the parameter's).
    expect(classes('?driver_license=d-123-456-7&a=b', 'ssn')).toEqual(['DRIVER_LICENSE/pii.government_id']);
    // Not read as a number parameter (card, phone, account) when the phone detector is on too.
    expect(found('?passport=X1234567&a=b', 'ssn', 'phone')).toEqual(['PASSPORT:X1234567=X1234567']);
    expect(found('?social=536228514&a=b', 'ssn', 'phone')).toEqual(['SSN:536228514=536228514', 'NATIONAL_ID:536228514=536228514']);
  });
});

describe('number parameters (card, phone, account)', () => {
  it('takes the separators out of the value before checking its shape, which must hold the whole value', () => {
    expect(found('?phone_number=020-7946-0958', 'phone')).toEqual(['PHONE:020-7946-0958=02079460958']);
    expect(found('?phone_number=(020)7946.0958', 'phone')).toEqual(['PHONE:(020)7946.0958=02079460958']);
    expect(found('?phone_number=*02079460958', 'phone')).toEqual([]);
    expect(found('?phone_number=02079460958*', 'phone')).toEqual([]);
  });

  it('normalizes a card to its digits, an account to upper case, a phone with + to +digits after trimming', () => {
    expect(found('?card_number=1234-5678-9012', 'card')).toEqual(['CARD:1234-5678-9012=123456789012']);
    expect(found('?card_number=+1234-5678-9012', 'card')).toEqual(['CARD:+1234-5678-9012=123456789012']);
    expect(found('?phone_number=+442079460958', 'phone')).toEqual(['PHONE:+442079460958=+442079460958']);
    expect(found('?phone_number=%20%2B442079460958', 'phone')).toContain('PHONE:%20%2B442079460958=+442079460958');
    expect(found('?account_number=ab123456', 'iban')).toEqual(['ACCOUNT_NUMBER:ab123456=AB123456']);
  });

  it('reads an IBAN only under an account key, and an account under the iban switch', () => {
    expect(found('?card=DE89370400440532013000', 'card', 'iban')).toEqual(['IBAN:DE89370400440532013000=DE89370400440532013000', 'CARD:DE89370400440532013000=89370400440532013000']);
    expect(found('?account_number=ab123456', 'phone', 'card')).toEqual([]);
    expect(classes('?iban=de89370400440532013000', 'iban')).toEqual(['IBAN/financial.iban']);
    expect(classes('?iban=DE89+3704+0044+0532+0130+00', 'iban')).toEqual(['IBAN/financial.iban']);
  });

  it('leaves a secret\'s value to the secrets pass', () => {
    expect(found('?token=abcdef123456&x=1', 'phone', 'card', 'iban')).toEqual([]);
  });
});

describe('secret parameters', () => {
  it('reads a secret after ; in a URL, never an empty value, and no other parameter', () => {
    expect(found('x?y;token=abc123456', 'secrets')).toEqual(['URL_SECRET:abc123456', 'PASSWORD:abc123456']);
    expect(found('?password=&x=1', 'secrets')).toEqual([]);
    expect(found('?page=hello&token=abcdef123456', 'secrets')).toEqual(['URL_SECRET:abcdef123456', 'PASSWORD:abcdef123456']);
  });
});

describe('values no name classifies', () => {
  it('keeps a leading + before a digit as a calling code, and + between digits as a space', () => {
    // The whole text finds it too since 2026-12-03 (an international number after `=`): one span, maybe twice.
    expect([...new Set(found('?q=+442079460958', 'phone'))]).toEqual(['PHONE:+442079460958=+442079460958']);
    expect(found('?q=020+7946+0958', 'phone')).toEqual(['PHONE:020+7946+0958=02079460958']);
  });

  it('masks the value part of a span that begins in the name', () => {
    // In lower case: a capitalized name before a capitalized value takes a colon and starts no span (L6 of probe 2026-12-05h).
    expect(found('?amara=okafor', 'person')).toEqual(['PERSON:okafor=amara okafor']);
  });

  it('reports nothing found in the name alone, and scans values of three characters', () => {
    expect(found('?diagnosis=I1', 'health')).toEqual(['MEDICAL_TERM:diagnosis']);
    expect(found('?diagnosis=abc', 'health')).toEqual(['MEDICAL_TERM:diagnosis']);
    expect(found('?diagnosis=I10', 'health').filter((d) => d.startsWith('ICD10')).length).toBeGreaterThan(1);
  });

  it('scans the value as a value, not under a secret\'s name', () => {
    expect(found('?q=token_count%3Dabc123', 'secrets')).toEqual([]);
  });

  it('reads values of values down to two levels and no further', () => {
    const level1 = 'https://a.test/?q=%2B44%20207%20946%200958';
    const level2 = `https://a.test/?r=${encodeURIComponent(level1)}`;
    const level3 = `https://a.test/?r=${encodeURIComponent(level2)}`;
    expect(found(level1, 'phone')).toEqual(['PHONE:%2B44%20207%20946%200958=+442079460958']);
    expect(found(level2, 'phone')).toEqual(['PHONE:%252B44%2520207%2520946%25200958=+442079460958']);
    expect(found(level3, 'phone')).toEqual([]);
  });
});

describe('percent escapes: hex digits', () => {
  it('reads 0-9, A-F and a-f, and nothing beside them', () => {
    expect(found('a%4ab%4fc%40example.com', 'email')).toEqual(['EMAIL:a%4ab%4fc%40example.com=ajboc@example.com']);
    expect(found('a%4AB%4Fc%3Ad%40example.com', 'email')).toEqual(['EMAIL:d%40example.com=d@example.com']);
    expect(found('x%39y%40example.com', 'email')).toEqual(['EMAIL:x%39y%40example.com=x9y@example.com']);
    // `:` and `@` (just after 9 and before A), G, g and a backquote are no hex digits.
    expect(found('x%:0y%40example.com', 'email')).toEqual(['EMAIL:0y%40example.com=0y@example.com']);
    expect(found('xy%4Gz%40example.com', 'email')).toEqual(['EMAIL:xy%4Gz%40example.com=xy%4gz@example.com']);
    expect(found('a%4gb%40example.com', 'email')).toEqual(['EMAIL:a%4gb%40example.com=a%4gb@example.com']);
    expect(found('a%G0b%40example.com', 'email')).toEqual(['EMAIL:a%G0b%40example.com=a%g0b@example.com']);
    expect(found('a%@0b%40example.com', 'email')).toEqual(['EMAIL:0b%40example.com=0b@example.com']);
    expect(found('a%`0b%40example.com', 'email')).toEqual(['EMAIL:0b%40example.com=0b@example.com']);
    // W to ` (87-96) are no hex digits either (code - 87 would read them as 0-9).
    expect(found('a%4Xb%40example.com', 'email')).toEqual(['EMAIL:a%4Xb%40example.com=a%4xb@example.com']);
  });

  it('decodes %0A and %00 (a high digit of 0), and a % at the end stays', () => {
    expect(found('a%0Ab%40example.com', 'email')).toEqual(['EMAIL:b%40example.com=b@example.com']);
    // %00 decodes to NUL, an invisible control the layout view removes (third probe of 2026-12-04,
    // H7): the address reads `ab@example.com` (undecoded, it would read `a%00b@example.com`).
    expect(found('a%00b%40example.com', 'email')).toEqual(['EMAIL:a%00b%40example.com=ab@example.com']);
    expect(found('token=abc%40def%4', 'secrets')).toEqual(['PASSWORD:abc%40def%4']);
    expect(found('token=ab%40cd%', 'secrets')).toEqual(['PASSWORD:ab%40cd%']);
  });

  it('reads a continuation byte only from its own %XX', () => {
    expect(found('x%C3xA9y%40example.com', 'email')).toEqual(['EMAIL:x%C3xA9y%40example.com=x%c3xa9y@example.com']);
  });
});

describe('percent escapes: UTF-8 sequences', () => {
  it('decodes the lead bytes C2-DF, E0-EF and F0-F4 at their bounds', () => {
    expect(found('x%C2%B5y%40example.com', 'email')).toEqual(['EMAIL:x%C2%B5y%40example.com=xμy@example.com']);
    expect(found('x%DF%80y%40example.com', 'email')).toEqual(['EMAIL:x%DF%80y%40example.com=x0y@example.com']);
    expect(found('x%E0%A4%85y%40example.com', 'email')).toEqual(['EMAIL:x%E0%A4%85y%40example.com=xअy@example.com']);
    expect(found('x%EF%BC%A1y%40example.com', 'email')).toEqual(['EMAIL:x%EF%BC%A1y%40example.com=xay@example.com']);
    expect(found('x%E2%82%ACy%40example.com', 'email')).toEqual(['EMAIL:y%40example.com=y@example.com']);
    // Astral characters are no local-part characters (one UTF-16 unit at a time): decoded, the email starts after them.
    expect(found('x%F0%90%80%80y%40example.com', 'email')).toEqual(['EMAIL:y%40example.com=y@example.com']);
    expect(found('x%F4%80%80%80y%40example.com', 'email')).toEqual(['EMAIL:y%40example.com=y@example.com']);
    expect(found('x%F4%8F%BF%BFy%40example.com', 'email')).toEqual(['EMAIL:y%40example.com=y@example.com']);
  });

  it('leaves the bytes F5 to FF, a continuation past BF, overlong and surrogate sequences as written', () => {
    expect(found('x%F5%80y%40example.com', 'email')).toEqual(['EMAIL:x%F5%80y%40example.com=x%f5%80y@example.com']);
    expect(found('x%F5%80%80y%40example.com', 'email')).toEqual(['EMAIL:x%F5%80%80y%40example.com=x%f5%80%80y@example.com']);
    expect(found('x%F8%90%80%80y%40example.com', 'email')).toEqual(['EMAIL:x%F8%90%80%80y%40example.com=x%f8%90%80%80y@example.com']);
    expect(found('x%C3%C0y%40example.com', 'email')).toEqual(['EMAIL:x%C3%C0y%40example.com=x%c3%c0y@example.com']);
    expect(found('x%C3%BFy%40example.com', 'email')).toEqual(['EMAIL:x%C3%BFy%40example.com=xÿy@example.com']);
    expect(found('x%E0%A0%80y%40example.com', 'email')).toEqual(['EMAIL:x%E0%A0%80y%40example.com=xࠀy@example.com']);
    expect(found('x%ED%BF%BFy%40example.com', 'email')).toEqual(['EMAIL:x%ED%BF%BFy%40example.com=x%ed%bf%bfy@example.com']);
    expect(found('x%ED%9F%BFy%40example.com', 'email')).toEqual(['EMAIL:y%40example.com=y@example.com']);
    expect(found('x%F0%80%80%80y%40example.com', 'email')).toEqual(['EMAIL:x%F0%80%80%80y%40example.com=x%f0%80%80%80y@example.com']);
  });

  it('decodes no more than two levels of encoding', () => {
    expect(found('amara%2540clinic.org', 'email')).toEqual(['EMAIL:amara%2540clinic.org=amara@clinic.org']);
    expect(found('amara%252540clinic.org', 'email')).toEqual([]);
  });

  it('reads the parameters of a decoded text that had no = as written', () => {
    expect(found('last_name%3Dvogt', 'person')).toEqual(['PERSON:vogt=vogt']);
  });
});

describe('character references', () => {
  it('reads a reference only up to its own ;, and only one starting at &', () => {
    expect(found('mail dave&#64;ex.com; ok', 'email')).toEqual(['EMAIL:dave&#64;ex.com=dave@ex.com']);
    expect(found('dave&#64;example.com &#64x', 'email')).toEqual(['EMAIL:dave&#64;example.com=dave@example.com']);
    expect(found('mail bobx#64;y.com and dave&#64;example.com', 'email')).toEqual(['EMAIL:dave&#64;example.com=dave@example.com']);
  });

  it('takes only the digits of its base, all of them', () => {
    expect(found('dave&#x40z;example.com', 'email')).toEqual([]);
    expect(found('dave&#64a;example.com', 'email')).toEqual([]);
    // The same beside a well-formed reference (which makes the text one to decode).
    expect(found('dave&#x40z;example.com &#64;', 'email')).toEqual([]);
    expect(found('dave&#64a;example.com &#64;', 'email')).toEqual([]);
    expect(found('a&#x;b&#64;example.com', 'email')).toEqual(['EMAIL:b&#64;example.com=b@example.com']);
    expect(found('a&#xz40;b&#64;example.com', 'email')).toEqual(['EMAIL:b&#64;example.com=b@example.com']);
    expect(found('a&#a64;b&#64;example.com', 'email')).toEqual(['EMAIL:b&#64;example.com=b@example.com']);
  });

  it('decodes code points 1 to 10FFFF except surrogates', () => {
    expect(found('password=ab&#0;cd&#64;', 'secrets')).toEqual(['PASSWORD:ab&#0;cd&#64;=ab&#0;cd@']);
    expect(found('password=ab&#1114111;cd&#64;', 'secrets')).toEqual(['PASSWORD:ab&#1114111;cd&#64;=ab\u{10FFFF}cd@']);
    expect(found('password=ab&#55295;cd&#64;', 'secrets')).toEqual(['PASSWORD:ab&#55295;cd&#64;=ab\uD7FFcd@']);
    expect(found('password=ab&#55296;cd&#64;', 'secrets')).toEqual(['PASSWORD:ab&#55296;cd&#64;=ab&#55296;cd@']);
    expect(found('password=ab&#57343;cd&#64;', 'secrets')).toEqual(['PASSWORD:ab&#57343;cd&#64;=ab&#57343;cd@']);
  });
});

describe('+ as a space (formRegions)', () => {
  it('reads + as a space in a query, up to a fragment', () => {
    expect(found('https://x.test/?x:q=call+020+7946+0958', 'phone')).toEqual(['PHONE:020+7946+0958=02079460958']);
    expect(found('https://x.test/?x:q=1#call+020+7946+0958', 'phone')).toEqual([]);
    expect(found('https://x.test/call+020+7946+0958?x:q=1', 'phone')).toEqual([]);
    expect(found('https://app.test/#?x:q=call+020+7946+0958', 'phone')).toEqual(['PHONE:020+7946+0958=02079460958']);
  });

  it('reads + as a space in a form body: a token with = and &, or the whole text', () => {
    expect(found('x:q=call+020+7946+0958', 'phone')).toEqual(['PHONE:020+7946+0958=02079460958']);
    expect(found('sent x:q=call+020+7946+0958&y:z=1 today', 'phone')).toEqual(['PHONE:020+7946+0958=02079460958']);
    expect(found('sent x:q=call+020+7946+0958 today', 'phone')).toEqual([]);
    expect(found('x:y=1 call+020+7946+0958&co', 'phone')).toEqual([]);
    // A ? with no = after it opens no query; nor does a token with ? and & read from its start.
    expect(found('see x=1?call+020+7946+0958 ok', 'phone')).toEqual([]);
    expect(found('x=1&y?call+020+7946+0958', 'phone')).toEqual([]);
    // Several form tokens: each one's + are spaces (the first keeps its calling code's +, decoded or not).
    expect(found('a:b=+4&x=1 c:d=call+020+7946+0958&e=1', 'phone')).toEqual(['PHONE:020+7946+0958=02079460958']);
  });

  it('reads + as itself before and after a form token, and a leading + before a digit as a calling code', () => {
    expect(found('a:b=1+2&x=1 then call+020+7946+0958', 'phone')).toEqual([]);
    expect(found('call+020+7946+0958 x:q=1+2&c=1', 'phone')).toEqual([]);
    expect(found('call +44 20 7946 0958 or mail a%40b.com', 'phone')).toEqual(['PHONE:+44 20 7946 0958=+442079460958']);
    expect(found('x:phone=+442079460958&y:z=1', 'phone')).toEqual(['PHONE:+442079460958=+442079460958']);
    // A + that is no form's space ends a span found in the decoded view where it is written.
    expect(new Set(found('secret: abc%40def+', 'secrets'))).toEqual(new Set(['PASSWORD:abc%40def+']));
  });
});

describe('covering spans (dropCovered)', () => {
  it('drops a fragment inside a covering span, wherever the covering spans are in the text', () => {
    expect(found('?last_name=Cancer%20Jones', 'person', 'health')).toEqual(['MEDICAL_TERM:Cancer', 'PERSON:Cancer%20Jones=cancer jones']);
    expect(found('met Amara%20Okafor ?last_name=Cancer%20Jones', 'person')).toEqual(['PERSON:Cancer%20Jones=cancer jones', 'PERSON:Amara%20Okafor=amara okafor']);
  });

  it('keeps what lies before, between and after the covering spans', () => {
    expect(found('bob@example.com met Amara%20Okafor', 'email', 'person')).toEqual(['EMAIL:bob@example.com=bob@example.com', 'PERSON:Amara%20Okafor=amara okafor']);
    expect(found('met Amara%20Okafor mail bob@example.com', 'email', 'person')).toEqual(['EMAIL:bob@example.com=bob@example.com', 'PERSON:Amara%20Okafor=amara okafor']);
    expect(found('met Amara%20Okafor mail bob@example.com ?last_name=Vogt', 'email', 'person')).toEqual(['EMAIL:bob@example.com=bob@example.com', 'PERSON:Vogt=vogt', 'PERSON:Amara%20Okafor=amara okafor']);
  });

  it('keeps a covering span inside another and a span of another kind equal to a covering one', () => {
    // A parameter's whole value is covered (its title is no part of the pseudonym's input since 2026-12-07: F1 of that day's leak probe).
    expect(found('?last_name=Dr%20Amara%20Okafor', 'person')).toEqual(['PERSON:Dr%20Amara%20Okafor=amara okafor', 'PERSON:Amara%20Okafor=amara okafor']);
    expect(found('?phone=4111111111111111', 'phone', 'card')).toEqual(['CARD:4111111111111111=4111111111111111', 'PHONE:4111111111111111=4111111111111111']);
  });

  it('takes removed characters after a span in the normalized view one code unit at a time', () => {
    expect(found('bob@example.com\u200b and', 'email')).toEqual(['EMAIL:bob@example.com\u200b=bob@example.com']);
  });
});

describe('decodeComponent', () => {
  it('reads + as a space in a classified value, except a leading one before a digit', () => {
    expect(found('?last_name=Amara+Okafor', 'person')).toEqual(['PERSON:Amara+Okafor=amara okafor']);
    expect(found('?last_name=Smith+3', 'person')).toEqual(['PERSON:Smith+3=smith 3']);
    // The decoded value made canonical as the same SSN in text (digits only; 2026-12-06e, one value one pseudonym).
    expect(found('?ssn=123+45+6789&x=1', 'ssn')).toEqual(['SSN:123+45+6789=123456789']);
  });
});
