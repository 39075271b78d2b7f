// Unit tests of the rules a sixth fresh probe of 2026-12-03 asked for (contact-shapes.ts,
// postcodes.ts, payments.ts, pg-details.ts, media.ts payloadMemberOf); the probe's inputs and the
// end-to-end check are in test/redaction/probe6-contact.test.ts.
import { describe, expect, it } from 'vitest';
import { payloadMemberOf, payloadValue } from '../internal/media.js';
import { coordinatesIn, isAddressObject, isAddressObjectPart, isGeoJsonPoint, locationKeyKind, splitEmailOf } from './contact-shapes.js';
import { detectPaymentAccounts } from './payments.js';
import { detectKeyDetails } from './pg-details.js';
import { detectLabelledPostcodes } from './postcodes.js';
import type { Detection } from './types.js';

const found = (detect: (text: string, out: Detection[]) => void, text: string): string[] => {
  const out: Detection[] = [];
  detect(text, out);
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
};

describe('splitEmailOf', () => {
  it('pairs a local part and a domain member', () => {
    expect(splitEmailOf({ user: 'Tevita.Havili', host: 'Gmail.com' }, ['host', 'user'])).toEqual({ local: 'user', address: 'tevita.havili@gmail.com' });
    expect(splitEmailOf({ local: 'a+b', domain: 'x.co.uk', name: 'A' }, ['domain', 'local', 'name'])).toEqual({ local: 'local', address: 'a+b@x.co.uk' });
    expect(splitEmailOf({ mailbox: 'amara', domain: 'nhs.net' }, ['domain', 'mailbox'])?.address).toBe('amara@nhs.net');
  });
  it('refuses connections, non-domains, doubles, long and odd values', () => {
    expect(splitEmailOf({ user: 'app', host: 'db.example.com', port: 5432 }, ['host', 'port', 'user'])).toBeUndefined();
    expect(splitEmailOf({ local: 'x', domain: 'example.com', port: 1 }, ['domain', 'local', 'port'])?.address).toBe('x@example.com');
    expect(splitEmailOf({ user: 'root', host: 'localhost' }, ['host', 'user'])).toBeUndefined();
    expect(splitEmailOf({ user: 'root', host: '10.0.0.1' }, ['host', 'user'])).toBeUndefined();
    expect(splitEmailOf({ user: 'a b', host: 'x.com' }, ['host', 'user'])).toBeUndefined();
    expect(splitEmailOf({ user: '1234', host: 'x.com' }, ['host', 'user'])).toBeUndefined();
    expect(splitEmailOf({ user: 'a', username: 'b', host: 'x.com' }, ['host', 'user', 'username'])).toBeUndefined();
    expect(splitEmailOf({ user: 'a'.repeat(65), host: 'x.com' }, ['host', 'user'])).toBeUndefined();
    expect(splitEmailOf({ user: 'a', host: 7 }, ['host', 'user'])).toBeUndefined();
  });
});

describe('isAddressObject', () => {
  it('by its name, a FHIR Address shape, or line1 beside a city', () => {
    expect(isAddressObject('address', ['line1'], { line1: 'x' })).toBe(true);
    expect(isAddressObject('billing_address', ['text'], { text: 'x' })).toBe(true);
    expect(isAddressObject('Anschrift', ['line'], { line: 'x' })).toBe(true);
    expect(isAddressObject(undefined, ['line', 'use'], { line: ['x'], use: 'home' })).toBe(true);
    expect(isAddressObject(undefined, ['city', 'text'], { text: 'x', city: 'y' })).toBe(true);
    expect(isAddressObject('customer', ['city', 'line1'], { line1: 'x', city: 'y' })).toBe(true);
  });
  it('not a machine address, nor line1 or text alone', () => {
    for (const name of ['ipAddress', 'serverAddress', 'fromAddress', 'wallet_address', 'macAddress']) expect(isAddressObject(name, ['text'], { text: 'x' }), name).toBe(false);
    expect(isAddressObject('diff', ['line1', 'line2'], { line1: 'a', line2: 'b' })).toBe(false);
    expect(isAddressObject(undefined, ['text', 'use'], { text: 'x', use: 'y' })).toBe(false);
    expect(isAddressObject(undefined, ['line'], { line: 3 })).toBe(false);
  });
  it('its parts', () => {
    for (const key of ['line', 'line1', 'Line2', 'text', 'district', 'formatted_address']) expect(isAddressObjectPart(key), key).toBe(true);
    for (const key of ['city', 'state', 'country', 'use', 'postalCode']) expect(isAddressObjectPart(key), key).toBe(false);
  });
});

describe('coordinates', () => {
  it('location names', () => {
    expect(locationKeyKind('coords')).toBe('latFirst');
    expect(locationKeyKind('home_location')).toBe('latFirst');
    expect(locationKeyKind('latLng')).toBe('latFirst');
    expect(locationKeyKind('lngLat')).toBe('lonFirst');
    expect(locationKeyKind('position')).toBe('stringOnly');
    for (const key of ['composition', 'locale', 'scores', 'allocation_id', 'locations_count']) expect(locationKeyKind(key), key).toBeUndefined();
  });
  it('precise pairs in range, as lists or strings', () => {
    expect(coordinatesIn([37.4224764, -122.0842499], 'latFirst')).toBe('list');
    expect(coordinatesIn([-122.0842499, 37.4224764], 'latFirst')).toBe('list');
    expect(coordinatesIn(['51.5074', '-0.1278', '30'], 'latFirst')).toBe('list');
    expect(coordinatesIn('37.4224764, -122.0842499', 'latFirst')).toBe('string');
    expect(coordinatesIn('(37.42247 -122.08425)', 'stringOnly')).toBe('string');
    expect(coordinatesIn([-122.084, 37.422], 'lonFirst', true)).toBe('list');
  });
  it('not a city, a layout, out of range or other lists', () => {
    expect(coordinatesIn([51.5, -0.12], 'latFirst')).toBeUndefined();
    expect(coordinatesIn([0.125, 0.375], 'stringOnly')).toBeUndefined();
    expect(coordinatesIn([120.125, 150.375], 'latFirst')).toBeUndefined();
    expect(coordinatesIn([37.422, -122.084], 'lonFirst', true)).toBeUndefined();
    expect(coordinatesIn([1, 2, 3, 4], 'latFirst')).toBeUndefined();
    expect(coordinatesIn('37.4224764', 'latFirst')).toBeUndefined();
    expect(coordinatesIn('a,b', 'latFirst')).toBeUndefined();
  });
  it('GeoJSON Points', () => {
    expect(isGeoJsonPoint({ type: 'Point', coordinates: [1, 2] }, ['coordinates', 'type'])).toBe(true);
    expect(isGeoJsonPoint({ type: 'LineString', coordinates: [[1, 2]] }, ['coordinates', 'type'])).toBe(false);
  });
});

describe('detectLabelledPostcodes', () => {
  it('codes after labels', () => {
    expect(found(detectLabelledPostcodes, 'postcode SW1A 1AA')).toEqual(['ADDRESS:SW1A 1AA']);
    expect(found(detectLabelledPostcodes, 'ZIP+4: 90210-1234')).toEqual(['ADDRESS:90210-1234']);
    expect(found(detectLabelledPostcodes, 'Eircode: D6W 1234')).toEqual(['ADDRESS:D6W 1234']);
    expect(found(detectLabelledPostcodes, 'PLZ 00-590 Warszawa')).toEqual(['ADDRESS:00-590']);
    expect(found(detectLabelledPostcodes, 'CP 1000-001')).toEqual(['ADDRESS:1000-001']);
    expect(found(detectLabelledPostcodes, 'zip = "02139"')).toEqual(['ADDRESS:02139']);
  });
  it('no code, a count, `cp` in lower case, glued', () => {
    for (const text of ['zip 12345 files', 'cp 75008 x', 'CP 123', 'zipcode12345', 'postcode SW1A 1AAB', 'zip 90210x', 'zip 7', 'CP 750081']) expect(found(detectLabelledPostcodes, text), text).toEqual([]);
  });
});

describe('detectPaymentAccounts', () => {
  it('ISO 20022, MT fields, transfer verbs', () => {
    expect(found(detectPaymentAccounts, '<DbtrAcct><Id><Othr><Id> 9876543210 </Id></Othr></Id></DbtrAcct>')).toEqual(['ACCOUNT_NUMBER:9876543210']);
    expect(found(detectPaymentAccounts, ':59A:/DE-12345\nBIC')).toEqual(['ACCOUNT_NUMBER:DE-12345']);
    expect(found(detectPaymentAccounts, 'wired $1,200 to 12-345-678901 yesterday')).toEqual(['ACCOUNT_NUMBER:12-345-678901']);
  });
  it('an IBAN is left to the IBAN detector; short, counted and non-account values stay', () => {
    expect(found(detectPaymentAccounts, ':59:/GB82WEST12345698765432')).toEqual([]);
    expect(found(detectPaymentAccounts, '<Acct><Id><Othr><Id>ABCDEF</Id></Othr></Id></Acct>')).toEqual([]);
    expect(found(detectPaymentAccounts, ':59:/ABC\n')).toEqual([]);
    expect(found(detectPaymentAccounts, 'send to 123456 people')).toEqual([]);
    expect(found(detectPaymentAccounts, 'transfer to 12345')).toEqual([]);
  });
});

describe('detectKeyDetails', () => {
  it('each value by its column', () => {
    expect(found(detectKeyDetails, 'Key (last_name, dob)=(havili, 1984-03-12) already exists')).toEqual(['PERSON:havili', 'DOB:1984-03-12']);
    expect(found(detectKeyDetails, 'Key (email)=(A@B.com) already exists')).toEqual(['EMAIL:A@B.com']);
    expect(found(detectKeyDetails, 'Key (id, surname)=(5, null) already exists')).toEqual([]);
    expect(found(detectKeyDetails, 'Key (ssn)=(unknown) already exists')).toEqual([]);
    expect(found(detectKeyDetails, 'Key (surname)=(Havili)')).toEqual(['PERSON:Havili']);
  });
});

describe('payloadMemberOf and payloadValue', () => {
  it('shapes', () => {
    expect(payloadMemberOf({ type: 'base64', media_type: 'image/png', data: 'iVBORw==' }, ['data', 'media_type', 'type'], 'source')).toBe('file');
    expect(payloadMemberOf({ mimeType: 'image/png', data: 'iVBORw==' }, ['data', 'mimeType'], 'inlineData')).toBe('file');
    expect(payloadMemberOf({ data: 'aGk', size: 2 }, ['data', 'size'], 'body')).toBe('text');
    expect(payloadMemberOf({ data: 'aGk', size: 3 }, ['data', 'size'], 'body')).toBeUndefined();
    expect(payloadMemberOf({ data: 'aGk' }, ['data'], 'body')).toBe('maybeText');
    expect(payloadMemberOf({ data: 'hi there' }, ['data'], 'body')).toBeUndefined();
    expect(payloadMemberOf({ mimeType: 'image/png', data: 'iVBORw==' }, ['data', 'mimeType'], 'blob')).toBeUndefined();
    expect(payloadMemberOf({ type: 'url', data: 'aGk' }, ['data', 'type'], 'source')).toBeUndefined();
  });
  it('a text body is its text; a binary one and a file are summaries', () => {
    expect(payloadValue(Buffer.from('héllo').toString('base64url'), 'text', {}, undefined)).toBe('héllo');
    expect(payloadValue(Buffer.from([0, 1, 2, 255]).toString('base64url'), 'text', {}, undefined)).toMatchObject({ bytes: 4, mimeType: 'application/octet-stream' });
    expect(payloadValue(Buffer.from('hi').toString('base64'), 'file', { media_type: 'text/plain' }, undefined)).toMatchObject({ bytes: 2, mimeType: 'text/plain' });
    expect(payloadValue('ok', 'maybeText', {}, undefined)).toBe('ok');
    expect(payloadValue(Buffer.from('Hi there').toString('base64url'), 'maybeText', {}, undefined)).toBe('Hi there');
  });
});
