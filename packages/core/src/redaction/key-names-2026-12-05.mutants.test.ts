// What key-names.ts's lines of 2026-12-05 promise (issue 13, written from the Stryker run of
// PARTY_NAMES, THING_NAME_WORDS' vehicle and breed words, PLACE_NAME_WORDS and keyEndsIn, the
// check isThingNameKey and isPlaceNameKey share): a party's `name` member names a person; a key
// ending in a place word (or a thing word) before its optional suffix names a place (a thing),
// within four words and 64 characters; the answer is the same from the cache. Direct calls.
import { describe, expect, it } from 'vitest';
import { isPersonKeyName, isPlaceNameKey, isThingNameKey } from './key-names.js';

const PARTIES = [
  'nextofkin', 'guarantor', 'policyholder', 'mother', 'father', 'mothers', 'fathers', 'caregiver', 'cosigner', 'coborrower', 'borrower', 'tenant', 'landlord', 'witness', 'decedent', 'deceased', 'insuredperson', 'mothermaiden', 'subscriber', 'cardholder',
  'applicant', 'coapplicant', 'assessee', 'taxpayer', 'claimant', 'insured', 'student', 'pupil', 'passenger', 'traveler', 'traveller', 'driver',
  'rider', 'courier', 'employee', 'candidate', 'resident', 'lessee', 'lessor', 'executor', 'testator', 'heir', 'grantor', 'grantee', 'plaintiff',
  'defendant', 'victim', 'suspect', 'guardian', 'parent', 'spouse', 'child', 'son', 'daughter', 'debtor', 'creditor', 'signer', 'signatory',
  'attendee', 'donor', 'caller', 'patient', 'member', 'client', 'guest',
];

describe('PARTY_NAMES: a party\'s name member names a person', () => {
  it.each(PARTIES)('%s_name, %sName', (party) => {
    expect(isPersonKeyName(`${party}_name`)).toBe(true);
    expect(isPersonKeyName(`${party}Name`)).toBe(true);
  });
  it.each(['applicant', 'assessee', 'taxpayer', 'claimant', 'landlord', 'witness', 'cosigner', 'heir', 'plaintiff', 'courier', 'rider', 'donor'])('%s alone, or its id, is no name member', (party) => {
    expect(isPersonKeyName(party)).toBe(false);
    expect(isPersonKeyName(`${party}_id`)).toBe(false);
  });
  it.each(['tool_name', 'fileName', 'school_name', 'product_name', 'event_name', 'landlords_name_x', 'name'])('%s: no party\'s', (key) => {
    expect(isPersonKeyName(key)).toBe(false);
  });
});

describe('isPlaceNameKey: a key ending in a place word', () => {
  it.each(['city', 'town', 'locality', 'municipality', 'village', 'suburb', 'hamlet', 'township', 'borough', 'ciudad', 'ville', 'stadt', 'ort', 'citta', 'cidade', 'localidad', 'localite', 'wohnort', 'gemeinde'])('%s', (word) => {
    expect(isPlaceNameKey(word)).toBe(true);
    expect(isPlaceNameKey(`${word}_name`)).toBe(true);
    expect(isPlaceNameKey(`billing_${word}`)).toBe(true);
  });
  it.each([
    ['city', true], ['City', true], ['homeTown', true], ['city_name', true], ['cityName', true], ['billing_city_name', true],
    ['localité', true], ['Città', true], ['ciudad_name', true],
    // four words at most, the suffix among them; 64 characters at most.
    ['my_billing_home_city', true], ['my_billing_home_city_name', false], ['a_my_billing_home_city', false], ['my_home_city_name', true],
    [`${'x'.repeat(59)}_city`, true], [`${'x'.repeat(60)}_city`, false],
    // the word must end the key (or come before `name` alone).
    ['city_id', false], ['city_code', false], ['city_title', false], ['cityState', false], ['name', false], ['town_name_name', false],
    ['name_city', true], ['', false], ['capacity', false], ['citizen', false],
  ] as const)('%s: %s', (key, expected) => {
    expect(isPlaceNameKey(key)).toBe(expected);
    // Asked again, the cached answer is the same.
    expect(isPlaceNameKey(key)).toBe(expected);
  });
});

describe('isThingNameKey: the same check over the thing words', () => {
  it.each([
    ['vehicle', true], ['vehicles', true], ['breed', true], ['breeds', true], ['vehicle_name', true], ['dog_breed', true], ['petBreedLabel', true],
    ['vehicleTitle', true], ['product_title', true], ['color_label', true], ['vehicle_id', false], ['breeder', false], ['vehicle_owner', false],
    ['city', false], ['product_city', false], ['city_product', true], ['my_car_vehicle_model', true], ['a_my_car_vehicle_model', false],
    [`${'x'.repeat(56)}_product`, true], [`${'x'.repeat(57)}_product`, false], ['label', false], ['title', false],
  ] as const)('%s: %s', (key, expected) => {
    expect(isThingNameKey(key)).toBe(expected);
    expect(isThingNameKey(key)).toBe(expected);
  });
  it('keeps its answers apart from isPlaceNameKey\'s (two caches)', () => {
    expect(isPlaceNameKey('town_label')).toBe(false);
    expect(isThingNameKey('town_label')).toBe(false);
    expect(isThingNameKey('brand_name')).toBe(true);
    expect(isPlaceNameKey('brand_name')).toBe(false);
    expect(isPlaceNameKey('hamlet_name')).toBe(true);
    expect(isThingNameKey('hamlet_name')).toBe(false);
  });
  it('answers the same past the cache\'s 4,096 names', () => {
    for (let i = 0; i < 4200; i++) isPlaceNameKey(`key${i}_city`);
    expect(isPlaceNameKey('key4199_city')).toBe(true);
    expect(isPlaceNameKey('key4199_cities')).toBe(false);
    expect(isPlaceNameKey('zz_fresh_town')).toBe(true);
  });
});
