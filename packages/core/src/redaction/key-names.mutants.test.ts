// What key-names.ts promises (issue 13, from surviving mutants of key-names.ts): how a key name
// is split into words and normalized, which names hold a secret, a government id, a person's name
// or a card, phone or account number, and which look-alikes do not (`toolName`, `fileName`,
// `max_tokens`, `token_type`, `shipping`, `oauth`). In process, key-names.ts alone (the redactor's
// use of them is in structure.test.ts and acronym-plural-keys.test.ts).
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_IDENTITY_KEYS, DEFAULT_SECRET_KEYS, hasSurnameKey, holdsNoIdentifier, isBareAccountListKeyName, isDobKeyName, isFieldAbbreviation, isGenericNameKey, isHumanName, isPersonKeyName, isSecretKeyName, keyWords, matchKeyName, namesSecret, normalizeKeyName, numberKeyKind, withoutAccents,
} from './key-names.js';

const secret = (name: string) => matchKeyName(name, DEFAULT_SECRET_KEYS);
const identity = (name: string) => matchKeyName(name, DEFAULT_IDENTITY_KEYS);

describe('normalizeKeyName', () => {
  it('lower-cases and drops spaces, tabs, underscores, dots and hyphens, and nothing else', () => {
    expect(normalizeKeyName('X-Api Key.v_1')).toBe('xapikeyv1');
    expect(normalizeKeyName('A\tB\nC')).toBe('abc');
    expect(normalizeKeyName('a-b-c_d_e.f.g h i')).toBe('abcdefghi');
    expect(normalizeKeyName('Pass/Word:2')).toBe('pass/word:2');
  });
});

describe('keyWords', () => {
  it('splits a lower-case letter or digit from the capital after it, over the whole ranges', () => {
    expect(keyWords('aB')).toEqual(['a', 'b']);
    expect(keyWords('zB')).toEqual(['z', 'b']);
    expect(keyWords('x0B')).toEqual(['x0', 'b']);
    expect(keyWords('x9B')).toEqual(['x9', 'b']);
    expect(keyWords('bA')).toEqual(['b', 'a']);
    expect(keyWords('bZ')).toEqual(['b', 'z']);
  });
  it('splits a run of capitals before the capital that starts a word, over the whole ranges', () => {
    expect(keyWords('AKey')).toEqual(['a', 'key']);
    expect(keyWords('ZKey')).toEqual(['z', 'key']);
    expect(keyWords('XAb')).toEqual(['x', 'ab']);
    expect(keyWords('XZb')).toEqual(['x', 'zb']);
    expect(keyWords('XYa')).toEqual(['x', 'ya']);
    expect(keyWords('XYz')).toEqual(['x', 'yz']);
    expect(keyWords('HTTPRequestID')).toEqual(['http', 'request', 'id']);
  });
  it('keeps letters and digits of every range together and drops every other character', () => {
    expect(keyWords('a90z')).toEqual(['a90z']);
    expect(keyWords('__a__b__')).toEqual(['a', 'b']);
    expect(keyWords('a.b-c d/e:f')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(keyWords('')).toEqual([]);
    expect(keyWords('--')).toEqual([]);
  });
  it('keeps the plural s of a capitalized acronym on its word (PINs, SSNs, URLs)', () => {
    expect(keyWords('PINs')).toEqual(['pins']);
    expect(keyWords('userPINs')).toEqual(['user', 'pins']);
    expect(keyWords('SSNs')).toEqual(['ssns']);
    expect(keyWords('URLsList')).toEqual(['urls', 'list']);
    // A capital and a longer lower-case run is still a word of its own.
    expect(keyWords('APIKeys')).toEqual(['api', 'keys']);
    expect(keyWords('OTPsecret')).toEqual(['ot', 'psecret']);
  });
  it('reads at most the first 128 characters', () => {
    expect(keyWords('a'.repeat(200))).toEqual(['a'.repeat(128)]);
    expect(keyWords(`${'a'.repeat(127)}_password`)).toEqual(['a'.repeat(127)]);
  });
});

describe('matchKeyName: secrets', () => {
  it('gives the longest configured key the name ends with', () => {
    expect(secret('x_session_token')).toBe('sessiontoken');
    expect(secret('userAccessToken')).toBe('accesstoken');
    expect(secret('X-Api-Key')).toBe('xapikey');
    expect(secret('password')).toBe('password');
    // Whatever the order of the configured list.
    expect(matchKeyName('x_session_token', ['sessiontoken', 'token'])).toBe('sessiontoken');
    expect(matchKeyName('x_session_token', ['token', 'sessiontoken'])).toBe('sessiontoken');
    // A key given whole matches in any spelling, a short one split by dots too.
    expect(secret('O.T.P')).toBe('otp');
    expect(secret('P-I-N')).toBe('pin');
  });
  it('takes short keys (pin, otp, sig, auth) only as the whole last word', () => {
    expect(secret('card_pin')).toBe('pin');
    expect(secret('X-Auth')).toBe('auth');
    expect(secret('OTP')).toBe('otp');
    for (const name of ['shipping', 'oauth', 'design', 'signal', 'spinner', 'mapping', 'cotp']) expect(secret(name), name).toBeUndefined();
  });
  it('strips trailing digits, digit words and qualifier words before matching', () => {
    expect(secret('password_2')).toBe('password');
    expect(secret('password12')).toBe('password');
    expect(secret('md5password2')).toBe('password');
    expect(secret('password_confirmation_2')).toBe('password');
    expect(secret('newPasswordConfirm')).toBe('password');
    expect(secret('user_pin_confirmation')).toBe('pin');
    expect(secret('secret_value')).toBe('secret');
  });
  it('a qualifier word, a digit or nothing alone is no secret', () => {
    for (const name of ['new', 'confirmation', 'new_2', '2', '', '__', 'value_hash']) expect(secret(name), name).toBeUndefined();
  });
  it('reads a plural last word as its singular, but not a plural of metadata or a double s', () => {
    expect(secret('apiKeys')).toBe('apikey');
    expect(secret('client_secrets')).toBe('clientsecret');
    expect(secret('pins')).toBe('pin');
    expect(secret('user_pins_2')).toBe('pin');
    expect(identity('ssns')).toBe('ssn');
    for (const name of ['keys', 'token_names', 'passwordless', 'max_tokens', 'prompt_tokens', 'tokens', 'pass', 'ps', 'secret_ids']) expect(secret(name), name).toBeUndefined();
  });
  it('only a last word ending in s is read as a plural: a word one letter longer than a short key is no secret', () => {
    for (const name of ['pine', 'pint', 'sigh', 'authy', 'otpx', 'passwordx']) expect(secret(name), name).toBeUndefined();
  });
  it('`tokens` is a secret only when a more specific key results', () => {
    // A word that ends in `tokens` without being the word `tokens` is a plural like any other.
    expect(secret('csrftokens')).toBe('token');
    expect(secret('accessTokens')).toBe('accesstoken');
    expect(secret('session_tokens')).toBe('sessiontoken');
    expect(secret('tokens')).toBeUndefined();
    expect(secret('max_tokens')).toBeUndefined();
    expect(secret('completion_tokens')).toBeUndefined();
  });
  it('reads names of at most 64 normalized characters', () => {
    expect(secret(`${'x'.repeat(56)}password`)).toBe('password');
    expect(secret(`${'x'.repeat(57)}password`)).toBeUndefined();
  });
  it('names that end in a metadata word are about a secret, not one (a configured key name is matched as it is)', () => {
    for (const name of ['token_type', 'apiKeyId', 'secret_name', 'passwordHint', 'tokenCount', 'password_length', 'api_key_url', 'secret_ref']) expect(secret(name), name).toBeUndefined();
    expect(secret('session_id')).toBe('sessionid');
    expect(secret('aws_account_id')).toBe('awsaccountid');
    // A name that ends in such a key is that key, though it ends in a metadata word too.
    expect(secret('user_session_id')).toBe('sessionid');
    expect(secret('x_aws_account_id')).toBe('awsaccountid');
    // With a configured list that holds a key and the same key with a metadata ending.
    const keys = ['token', 'tokenid', 'secret', 'secretname'];
    expect(matchKeyName('tokenId', keys)).toBe('tokenid');
    expect(matchKeyName('token_id', keys)).toBe('tokenid');
    expect(matchKeyName('my_secret_name', keys)).toBeUndefined();
    expect(matchKeyName('my_token_id', keys)).toBeUndefined();
    expect(matchKeyName('my_secret', keys)).toBe('secret');
  });
  it('isSecretKeyName is the default list', () => {
    expect(isSecretKeyName('db_password')).toBe(true);
    expect(isSecretKeyName('toolName')).toBe(false);
    expect(isSecretKeyName('fileName')).toBe(false);
  });
});

describe('isPersonKeyName', () => {
  it('names exactly the listed keys in any spelling, and no longer name', () => {
    expect(isPersonKeyName('Emergency-Contact_Name')).toBe(true);
    expect(isPersonKeyName('toolName')).toBe(false);
    expect(isPersonKeyName('fileName')).toBe(false);
    expect(isPersonKeyName('x'.repeat(50))).toBe(false);
    expect(isPersonKeyName(`${'_'.repeat(40)}firstName`)).toBe(true);
  });
});

describe('isHumanName', () => {
  it('needs a family or a given part, and only HumanName keys or _extensions', () => {
    expect(isHumanName(['family'])).toBe(true);
    expect(isHumanName(['given'])).toBe(true);
    expect(isHumanName(['family', '_family', 'period', 'id', 'extension', 'use', 'text', 'prefix', 'suffix'])).toBe(true);
    expect(isHumanName(['text', 'use'])).toBe(false);
    expect(isHumanName([])).toBe(false);
    expect(isHumanName(['family', 'fontSize'])).toBe(false);
    expect(isHumanName(['given', 'family_'])).toBe(false);
  });
});

describe('numberKeyKind', () => {
  it('names every listed card key, also written as one word', () => {
    for (const name of ['pan', 'ccnumber', 'ccnum', 'creditcard', 'debitcard', 'cardnumber', 'cardno', 'cardnum', 'primaryaccountnumber', 'card', 'card_nr', 'payment_card', 'payment_card_number']) {
      expect(numberKeyKind(name), name).toBe('CARD');
    }
    for (const name of ['card_holder', 'cards', 'discard', 'cardboard_number']) expect(numberKeyKind(name), name).toBeUndefined();
  });
  it('names phone keys: a phone word, ending in a phone word or a number word', () => {
    for (const name of ['phone', 'home_phone', 'mobileNumber', 'phone_no', 'fax', 'work_cell_number']) expect(numberKeyKind(name), name).toBe('PHONE');
    for (const name of ['phone_owner', 'number', 'phone_verified', 'phoneCountryCode', 'phone_ext']) expect(numberKeyKind(name), name).toBeUndefined();
  });
  it('names every listed account key, also written as one word, and account or acct with a number word', () => {
    for (const name of ['iban', 'bban', 'accountnumber', 'accountno', 'accountnum', 'acctnumber', 'acctno', 'acctnum', 'bankaccount', 'bankaccountnumber', 'routingnumber', 'sortcode', 'bankAccount', 'savings_account_number', 'acct_nr']) {
      expect(numberKeyKind(name), name).toBe('ACCOUNT');
    }
    for (const name of ['account', 'account_id', 'acct', 'accountant_number', 'bank']) expect(numberKeyKind(name), name).toBeUndefined();
  });
  it('reads names of at most six words', () => {
    expect(numberKeyKind('a_b_c_d_mobile_number')).toBe('PHONE');
    expect(numberKeyKind('a_b_c_d_e_mobile_number')).toBeUndefined();
    expect(numberKeyKind('')).toBeUndefined();
  });
});

describe('changed on 2026-12-02: password words, pass and key endings, names and dates of birth in other languages', () => {
  it('adds the password words of every language, normalized and without accents, to a list holding password only', () => {
    for (const name of ['passwort', 'mot_de_passe', 'motDePasse', 'contraseña', 'contrasena', 'Kennwort', 'パスワード', '用户密码', 'hasło'])
      expect(matchKeyName(name, ['password']), name).toBeDefined();
    expect(matchKeyName('passwort', ['token'])).toBeUndefined();
    expect(matchKeyName('passwort', ['password', 'token'])).toBe('passwort');
  });

  it('removes accents of Latin and Greek words only', () => {
    expect(withoutAccents('contraseña')).toBe('contrasena');
    expect(withoutAccents('κωδικός')).toBe('κωδικος');
    expect(withoutAccents('jelszó-x y')).toBe('jelszo-x y');
    expect(withoutAccents('パスワード')).toBe('パスワード');
    expect(withoutAccents('contraseña密码')).toBe('contraseña密码');
  });

  it('reads a final pass, pwd or passwd as a password after an owner word or in an environment name, in two to six words', () => {
    for (const name of ['DB_PASS', 'db_pass', 'adminPass', 'SMTP_PWD', 'smtp_passwd', 'X_PASS', 'a_b_c_d_db_pass', 'A_B_C_D_E_PASS'])
      expect(isSecretKeyName(name), name).toBe(true);
    for (const name of ['boarding_pass', 'bus_pass', 'x_pass', 'a_b_c_d_e_db_pass', 'A_B_C_D_E_F_PASS', 'DB_PASSES', 'db_pas', 'pass', 'DB_PASS_X'])
      expect(isSecretKeyName(name), name).toBe(false);
    expect(matchKeyName('DB_PASS', ['secret'])).toBeUndefined();
    expect(matchKeyName('DB_PASS', ['password'])).toBe('password');
  });

  it('reads <service>_key and _keys as an API key for known services, in two to six words, with apikey listed', () => {
    for (const name of ['stripe_key', 'OPENAI_KEY', 'twilioKeys', 'a_b_c_d_stripe_key'])
      expect(isSecretKeyName(name), name).toBe(true);
    for (const name of ['sort_key', 'primary_key', 'a_b_c_d_e_stripe_key', 'stripe_keyring', 'stripe'])
      expect(isSecretKeyName(name), name).toBe(false);
    expect(matchKeyName('stripe_key', ['password'])).toBeUndefined();
    expect(matchKeyName('stripe_key', ['apikey'])).toBe('apikey');
  });

  it('namesSecret: a secret key name, or pass as the whole name in any spelling', () => {
    expect(namesSecret('pass')).toBe(true);
    expect(namesSecret('PASS')).toBe(true);
    expect(namesSecret('password')).toBe(true);
    expect(namesSecret('boarding_pass')).toBe(false);
    expect(namesSecret('title')).toBe(false);
  });

  it('a generic name key is a person\'s beside a surname or given-name key of at most 40 characters', () => {
    expect(hasSurnameKey(['nombre', 'apellido'])).toBe(true);
    expect(hasSurnameKey(['nom', 'prénom'])).toBe(true);
    expect(hasSurnameKey(['name', 'title'])).toBe(false);
    expect(hasSurnameKey(['name', 'lastname'.padStart(41, 'x')])).toBe(false);
    expect(isGenericNameKey('nombre')).toBe(true);
    expect(isGenericNameKey('Name')).toBe(true);
    expect(isGenericNameKey('toolName')).toBe(false);
  });

  it('person keys of other languages, with or without accents, up to 40 characters', () => {
    for (const name of ['Nachname', 'prénom', 'prenom', 'imię', 'first_name']) expect(isPersonKeyName(name), name).toBe(true);
    expect(isPersonKeyName('fileName')).toBe(false);
    expect(isPersonKeyName(`${'x'.repeat(33)}_lastname`)).toBe(false);
  });

  it('date of birth keys: listed, or ending in one of eight letters or more, or a last word dob; at most 48 characters', () => {
    for (const name of ['dob', 'DOB', 'born', 'patient_dob', 'customerDateOfBirth', 'my_birthday', 'Geburtsdatum', 'födelsedatum', `${'a'.repeat(39)}_birthdate`])
      expect(isDobKeyName(name), name).toBe(true);
    for (const name of ['patientdob', 'my_bday', 'dob_x', 'x', `${'a'.repeat(40)}_birthdate`]) expect(isDobKeyName(name), name).toBe(false);
  });

  it('phone, card and account keys of other languages, in at most six words', () => {
    expect(numberKeyKind('telefonnummer')).toBe('PHONE');
    expect(numberKeyKind('handy')).toBe('PHONE');
    expect(numberKeyKind('móvil')).toBe('PHONE');
    expect(numberKeyKind('mobile_nummer')).toBe('PHONE');
    expect(numberKeyKind('a_b_c_d_e_phone')).toBe('PHONE');
    expect(numberKeyKind('a_b_c_d_e_f_phone')).toBeUndefined();
    expect(numberKeyKind('acct_nr')).toBe('ACCOUNT');
    expect(numberKeyKind('account')).toBeUndefined();
  });
});

describe('date of birth keys with whose date after them', () => {
  // The DOB_KEYS comment names `fecha_nacimiento_titular`; its value (and `birth_date_holder`'s)
  // was stored raw through the redactor: the name does not end in a date-of-birth key.
  it('reads a date-of-birth key followed by the person it belongs to as one', () => {
    for (const name of ['fecha_nacimiento_titular', 'fechaNacimientoTitular', 'birth_date_holder', 'date_of_birth_patient', 'dob_holder', 'geburtsdatum_inhaber'])
      expect(isDobKeyName(name), name).toBe(true);
  });

  it('not with any other word after it', () => {
    for (const name of ['birthday_party', 'birthdate_format', 'dob_x', 'birthday_message', 'holder']) expect(isDobKeyName(name), name).toBe(false);
  });
});

describe('from the survivors of the 2026-12-02 run', () => {
  it('a final passwd after an owner word names a password, with a list holding password (passwd is no password word)', () => {
    expect(matchKeyName('db_passwd', ['password'])).toBe('password');
    expect(matchKeyName('bus_passwd', ['password'])).toBeUndefined();
  });

  it('an environment name is upper case words joined by _, the whole name (trimmed), several capitals a word', () => {
    expect(isSecretKeyName('BUS_PASS')).toBe(true);
    expect(isSecretKeyName(' BUS_PASS ')).toBe(true);
    expect(isSecretKeyName('bus_BOARDING_PASS')).toBe(false);
    expect(isSecretKeyName('BOARDING_PASS.')).toBe(false);
  });

  it('withoutAccents leaves a word with any letter of another script whole, wherever it is', () => {
    expect(withoutAccents('パスワードé')).toBe('パスワードé');
  });
});

// The lines changed on 2026-12-03 (ea96e18, c7a71b4, 0c8c54c), measured again: the bounds of
// each rule, called directly.
describe('changed on 2026-12-03: field abbreviations, values that hold no identifier, plural account keys', () => {
  it('isFieldAbbreviation: the listed words of up to four letters in any case, no other name', () => {
    for (const name of ['Arn', 'SID', 'max', 'Sept', 'SEPT', 'Lat']) expect(isFieldAbbreviation(name), name).toBe(true);
    for (const name of ['Jo', 'Anna', 'Maxi', 'Amara', 'Septe']) expect(isFieldAbbreviation(name), name).toBe(false);
  });

  it('holdsNoIdentifier: null, booleans, integers below 10,000 either side of zero, blanks, flag and placeholder words, dates and versions', () => {
    for (const value of [null, true, false, 0, 12, 9999, -9999, '', '   ', ' N/A ', 'unknown', ' pending ', 'not provided', '***', '2024-01-15', '1.2.3'] as const) {
      expect(holdsNoIdentifier(value), JSON.stringify(value)).toBe(true);
    }
    for (const value of [10_000, -10_000, 12.5, 123456789, 'X1234567', '123-45-6789', 'pending review'] as const) {
      expect(holdsNoIdentifier(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('isBareAccountListKeyName: a bare account key with an s at its end, in any case', () => {
    for (const name of ['accounts', 'bank_accounts', 'ACCOUNTS', 'savingsAccounts']) expect(isBareAccountListKeyName(name), name).toBe(true);
    for (const name of ['account', 'savings_accountx', 'accountsx', 'account_ids', 's', '']) expect(isBareAccountListKeyName(name), name).toBe(false);
  });
});
