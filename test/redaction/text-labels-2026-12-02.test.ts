// Attack round 2026-12-02 (test/redaction/attack-2026-12-02.cases.md), the free-text cases:
//  - #2  password labels of other languages with a qualifier between label and value
//        (`mot de passe temporaire : …`, `contraseña provisional: …`, `senha provisória é …`);
//  - #6  account numbers after their common labels (`Account: …`, `acct …`, `a/c …`,
//        `rekeningnummer …`, `Kto.-Nr. …`, `conto n. …`) and Polish NRB numbers;
//  - #8  `Authorization:` schemes other than Basic/Bearer/Token (`SSWS`, `GenieKey`, …);
//  - #9  fixed-prefix token families (Google OAuth client secret, Atlassian, Vault, Doppler,
//        Postman, Databricks, Supabase, Mailgun, Telegram, Discord/Teams webhooks, Azure AD);
//  - #11 Portuguese (and Spanish/Italian) phone words (`Telemóvel: 912345678`, `Ligue-me para …`).
// Each positive is a case stored raw before the fix; each family has look-alikes that must stay.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';

const redactor = createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 12)]), keysDir: mkdtempSync(join(tmpdir(), 'aa-textlabels-')) });

/** What is stored for a tool result `text`. */
async function stored(text: string): Promise<string> {
  const result = await redactor.redact({ type: 'tool.result', tool: { name: 'shell', result: text } });
  const event = (result as { event?: unknown }).event ?? result;
  return JSON.stringify(event);
}

/** The detections of `type` (any type when omitted) overlapping `value` in `text`. */
function covering(text: string, value: string, type?: RegExp): string[] {
  const start = text.indexOf(value);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  const end = start + value.length;
  return detectSensitive(text)
    .filter((d) => d.start < end && d.end > start && (type === undefined || type.test(d.type)))
    .map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
}

/** `value` lies wholly inside one detection. */
function masked(text: string, value: string): boolean {
  const start = text.indexOf(value);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  const end = start + value.length;
  return detectSensitive(text).some((d) => d.start <= start && d.end >= end);
}

describe('#2 password labels with a qualifier before the value', () => {
  const cases: Array<[string, string]> = [
    ['mot de passe temporaire : Bienvenue#2026', 'Bienvenue#2026'],
    ['Votre mot de passe provisoire est Bienvenue#2026', 'Bienvenue#2026'],
    ['contraseña provisional: Verano2026$', 'Verano2026$'],
    ['Tu contraseña temporal es Verano2026$', 'Verano2026$'],
    ['contrasena nueva: Verano2026$', 'Verano2026$'],
    ['password temporanea: Estate2026!', 'Estate2026!'],
    ['La password provvisoria è Estate2026!', 'Estate2026!'],
    ['A sua senha provisória é Verao2026!', 'Verao2026!'],
    ['senha temporaria: Verao2026!', 'Verao2026!'],
    ['Passwort vorläufig: Sommer2026!', 'Sommer2026!'],
    ['Kennwort neu: Sommer2026!', 'Sommer2026!'],
    ['wachtwoord tijdelijk: Zomer2026!', 'Zomer2026!'],
    ['password temporary: Winter2026!', 'Winter2026!'],
    ['mot de passe du wifi : Bienvenue#2026', 'Bienvenue#2026'],
    ['contraseña del wifi: Verano2026$', 'Verano2026$'],
    ['senha do wifi é Verao2026!', 'Verao2026!'],
  ];
  it.each(cases)('%s', async (text, secret) => {
    expect(masked(text, secret)).toBe(true);
    expect(await stored(text)).not.toContain(secret);
  });

  it('leaves prose where the qualifier is followed by no value', () => {
    for (const text of [
      'Le mot de passe temporaire expire dans 24 heures.',
      'La contraseña provisional caduca mañana.',
      'La password temporanea scade domani.',
      'A senha provisória expira amanhã.',
      'password policy: minimum 12 characters',
      'password length: 12',
      'password strength: strong',
      'mot de passe oublié ? Cliquez ici',
      'password nuova richiesta il 2026-12-02',
    ]) {
      expect(detectSensitive(text).filter((d) => d.class === 'secret'), text).toEqual([]);
    }
  });
});

describe('#6 account numbers after their label', () => {
  const cases: Array<[string, string]> = [
    ['Account: 4830291175', '4830291175'],
    ['Acct: 4830291175', '4830291175'],
    ['transfer to account 31926819 today', '31926819'],
    ['sort code 20-00-00 account 31926819', '31926819'],
    ['a/c 4830291175', '4830291175'],
    ['A/C: 4830291175', '4830291175'],
    ['rekeningnummer 4830291175', '4830291175'],
    ['Kto.-Nr. 4830291175', '4830291175'],
    ['Konto-Nr.: 4830291175', '4830291175'],
    ['Kontonr. 4830291175', '4830291175'],
    ['conto n. 4830291175', '4830291175'],
    ['numero di conto: 4830291175', '4830291175'],
    ['número de conta 4830291175', '4830291175'],
    ['numer konta: 4830291175', '4830291175'],
    ['acct 4830-2911-75', '4830-2911-75'],
  ];
  it.each(cases)('%s', async (text, value) => {
    expect(covering(text, value, /ACCOUNT_NUMBER|IBAN/)).not.toEqual([]);
    expect(masked(text, value)).toBe(true);
    expect(await stored(text)).not.toContain(value.replace(/-/g, '').slice(0, 6));
  });

  it('Polish NRB: 26 digits with the IBAN check of PL, grouped 2+6×4 or after its label', async () => {
    // 20 1020 5558 1111 1234 5678 9012: IBAN check digits 20 for PL.
    for (const [text, value] of [
      ['Numer rachunku: 20 1020 5558 1111 1234 5678 9012', '20 1020 5558 1111 1234 5678 9012'],
      ['przelew na 20 1020 5558 1111 1234 5678 9012 do piątku', '20 1020 5558 1111 1234 5678 9012'],
      ['NRB 20102055581111123456789012', '20102055581111123456789012'],
    ] as const) {
      expect(covering(text, value, /IBAN|ACCOUNT/), text).not.toEqual([]);
      expect(masked(text, value), text).toBe(true);
    }
    // The attack's own spelling fails the check: it is masked after its label only.
    const labelled = 'Numer rachunku: 12 1020 5558 1111 1234 5678 9012';
    expect(masked(labelled, '12 1020 5558 1111 1234 5678 9012')).toBe(true);
    expect(await stored(labelled)).not.toContain('5558 1111');
  });

  it('leaves account words without a number, and numbers of things', () => {
    for (const text of [
      'account 2024 review',
      'account 123',
      'Account: admin',
      'my account was created on 2026-12-02',
      'account 12 of 40 processed',
      'accounts: 48302',
      'Conto: 1250 euro',
      'a/c unit 12345 installed',
      'order 20 1020 5558 1111 1234 5678 9012 shipped',
      'batch 12345678901234567890123456',
    ]) {
      expect(detectSensitive(text).filter((d) => d.type === 'ACCOUNT_NUMBER' || d.type === 'IBAN'), text).toEqual([]);
    }
  });
});

describe('#8 Authorization header schemes', () => {
  const cases: Array<[string, string]> = [
    ['Authorization: SSWS 00Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb12', '00Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb12'],
    ['curl -H "Authorization: GenieKey 3f6b2c1a-9d4e-4b7a-8c2d-1e5f6a7b8c9d" https://api.opsgenie.com', '3f6b2c1a-9d4e-4b7a-8c2d-1e5f6a7b8c9d'],
    ['Authorization: Splunk 7a1c9e3b-55d2-4f0e-9b8a-2c6d4e1f0a9b', '7a1c9e3b-55d2-4f0e-9b8a-2c6d4e1f0a9b'],
    ['authorization: DeepL-Auth-Key 9d3f1a2b-7c4e-4d5f-8a6b-0c1d2e3f4a5b:fx', '9d3f1a2b-7c4e-4d5f-8a6b-0c1d2e3f4a5b:fx'],
    ['{"Authorization": "ApiKey aGVsbG86d29ybGQxMjM0NTY3ODkw"}', 'aGVsbG86d29ybGQxMjM0NTY3ODkw'],
    ['Authorization: 7a1c9e3b55d24f0e9b8a2c6d4e1f0a9b', '7a1c9e3b55d24f0e9b8a2c6d4e1f0a9b'],
  ];
  it.each(cases)('%s', async (text, token) => {
    expect(masked(text, token)).toBe(true);
    expect(await stored(text)).not.toContain(token.slice(0, 12));
  });

  it('leaves Authorization prose and placeholders', () => {
    for (const text of ['Authorization: required', 'Authorization: SSWS ${OKTA_API_TOKEN}', 'Authorization: see the docs', 'Authorization: SSWS <token>', 'Authorization: Negotiate', 'Authorization failed for request 2026-12-02T10:00:00Z']) {
      expect(detectSensitive(text).filter((d) => d.class === 'secret'), text).toEqual([]);
    }
  });
});

describe('#9 fixed-prefix token families', () => {
  const tokens: Array<[string, string, string]> = [
    ['GOOGLE_OAUTH_CLIENT_SECRET', 'client secret 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 in the json', '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'],
    ['ATLASSIAN_TOKEN', 'jira ATATT3j7tAyTwEaNfhP_DVNV7eMIHjl4zjkmx62X1p-MBUIcH5uCQ0fv9tGr4-JuEwe4KWErtY2prGwg0T3l28nOeFeNVbfjQaE41IKJKnxPGg7KtW0fPlanHfae0A2m_pJVRjkIYJNNkNLUdeDhmICj-NO32BHWIGuLe8Zaf3fxzOwgYr4ZrO3vHK2Yp-rM ok', 'ATATT3j7tAyTwEaNfhP_DVNV7eMIHjl4zjkmx62X1p-MBUIcH5uCQ0fv9tGr4-JuEwe4KWErtY2prGwg0T3l28nOeFeNVbfjQaE41IKJKnxPGg7KtW0fPlanHfae0A2m_pJVRjkIYJNNkNLUdeDhmICj-NO32BHWIGuLe8Zaf3fxzOwgYr4ZrO3vHK2Yp-rM'],
    ['VAULT_TOKEN', 'VAULT says hvs.QuzzuhImdvwvs9Q9qhUfO82_BIki9zAm-vI7T8yJSGRLUvv2lVhURNPVNCot-pWB7eulKyxyH9Bz1JIZkhP07PwZLJn', 'hvs.QuzzuhImdvwvs9Q9qhUfO82_BIki9zAm-vI7T8yJSGRLUvv2lVhURNPVNCot-pWB7eulKyxyH9Bz1JIZkhP07PwZLJn'],
    ['VAULT_TOKEN', 'batch hvb.fXTh2653vAvTJylPqdiPG2gacBUOXr6_W79svSuZT1C7P3VWfzh1BeVLTWykwvD4lVVeoByRdC-xEPtDMmjJjmKt47Ms1AAzyv1jmVK5msvHWXyIkRwfUWTHJO67D0anIbF_GO8oxozABV5AYPmaTY', 'hvb.fXTh2653vAvTJylPqdiPG2gacBUOXr6_W79svSuZT1C7P3VWfzh1BeVLTWykwvD4lVVeoByRdC-xEPtDMmjJjmKt47Ms1AAzyv1jmVK5msvHWXyIkRwfUWTHJO67D0anIbF_GO8oxozABV5AYPmaTY'],
    ['DOPPLER_TOKEN', 'doppler run with dp.st.prd.eFMsL2lWuWkpPOjsTZzEtpthHoQW0od6UjaUP1AJkGu', 'dp.st.prd.eFMsL2lWuWkpPOjsTZzEtpthHoQW0od6UjaUP1AJkGu'],
    ['POSTMAN_KEY', 'X-Api-Key PMAK-92fd8fd1cc34a634cecf260a-b01bf7519d2f35232e2430e462e6531250', 'PMAK-92fd8fd1cc34a634cecf260a-b01bf7519d2f35232e2430e462e6531250'],
    ['DATABRICKS_TOKEN', 'host=adb-1.azuredatabricks.net dapi77a6b24a6a50f4f956909c53be4316e1', 'dapi77a6b24a6a50f4f956909c53be4316e1'],
    ['SUPABASE_TOKEN', 'supabase login sbp_bfe55c4169517b278c57bdf6ac4898dff51886fa', 'sbp_bfe55c4169517b278c57bdf6ac4898dff51886fa'],
    ['MAILGUN_KEY', 'mailgun api:key-1ab5a4153e4e79e16b19ef87948fc156', 'key-1ab5a4153e4e79e16b19ef87948fc156'],
    ['TELEGRAM_BOT_TOKEN', 'bot token 123456789:AADbF3qZQj7alEMyWgfGGkaaGcZDfY2-N4O', '123456789:AADbF3qZQj7alEMyWgfGGkaaGcZDfY2-N4O'],
    ['TELEGRAM_BOT_TOKEN', 'GET https://api.telegram.org/bot123456789:AADbF3qZQj7alEMyWgfGGkaaGcZDfY2-N4O/sendMessage?chat_id=1', '123456789:AADbF3qZQj7alEMyWgfGGkaaGcZDfY2-N4O'],
    ['DISCORD_WEBHOOK', 'POST https://discord.com/api/webhooks/1234567890123456789/ENTKnMYEJ1PaauWrzHxwy7m4hiA875X4dt07lxnFZvuHjINNMjO5S7rWj3gxTFHMFdyx', 'ENTKnMYEJ1PaauWrzHxwy7m4hiA875X4dt07lxnFZvuHjINNMjO5S7rWj3gxTFHMFdyx'],
    ['TEAMS_WEBHOOK', 'https://contoso.webhook.office.com/webhookb2/3192a24f-1d82-449f-b4fc-9d571acb4fdf@7ece6f64-8b58-4936-bac1-5115e11f993e/IncomingWebhook/d65c1f83f92e9df025705ca029974913/7ece6f64-8b58-4936-bac1-5115e11f993e', 'IncomingWebhook/d65c1f83f92e9df025705ca029974913'],
    ['AZURE_AD_CLIENT_SECRET', 'client secret Q8Q8Q~jnfuJeeCX7Q3xYoGDXVIX5S9tjFZrsHGgb', 'Q8Q8Q~jnfuJeeCX7Q3xYoGDXVIX5S9tjFZrsHGgb'],
  ];
  it.each(tokens)('%s', async (type, text, token) => {
    expect(covering(text, token, new RegExp(`^${type}$`))).not.toEqual([]);
    expect(masked(text, token)).toBe(true);
    expect(await stored(text)).not.toContain(token.slice(-16));
  });

  it('leaves look-alikes of each family', () => {
    for (const text of [
      'GOCSPX-example', // too short
      'ATATT3 is a ticket', // no body
      'hvs.example.com and hvb.local', // host names
      'hvs.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'dp.st.prd is the Doppler service token prefix',
      'PMAK-0000 placeholder',
      'dapibus lectus, sed dapi-12', // Latin, short
      'dapi0123456789abcdef', // too short
      'sbp_123 is a build id',
      'key-value-store and key-rotation-policy-2026',
      'key-00000000000000000000000000000000',
      'ratio 12:34 and 123456789:abc',
      'https://discord.com/channels/123456789012345678/987654321098765432',
      'https://discord.com/api/webhooks',
      'https://contoso.webhook.office.com/help',
      'version 1.2.3~rc1 and path/to~file and a~b',
      'Q8Q8Q~short',
    ]) {
      expect(detectSensitive(text).filter((d) => d.class === 'secret'), text).toEqual([]);
    }
  });
});

describe('#11 Portuguese, Spanish and Italian phone words', () => {
  const cases: Array<[string, string]> = [
    ['Telemóvel: 912345678', '912345678'],
    ['telemóvel 912 345 678', '912 345 678'],
    ['Ligue-me para 912 345 678', '912 345 678'],
    ['telefone: 212 345 678', '212 345 678'],
    ['móvil: 612 345 678', '612 345 678'],
    ['Llámame al 612345678', '612345678'],
    ['cellulare 312 345 6789', '312 345 6789'],
    ['Chiamami al 3123456789', '3123456789'],
    ['contacto: 912345678', '912345678'],
  ];
  it.each(cases)('%s', async (text, phone) => {
    expect(covering(text, phone, /PHONE/)).not.toEqual([]);
    expect(await stored(text)).not.toContain(phone);
  });

  it('leaves nine-digit numbers that are no phones of those countries, and counts', () => {
    for (const text of ['Telemóvel: 123456789', 'móvil 12345678', 'telemóvel 012345678', 'ligue 3 vezes', 'Faturas: 912 345 678 euros em 2026', 'NIF 912345678', 'encomenda 912345678']) {
      expect(detectSensitive(text).filter((d) => d.type === 'PHONE'), text).toEqual([]);
    }
  });
});

describe('one-time and access codes after their label', () => {
  // attack-2026-12-02 #14: `TAN: 482913` and `Your code is 482913` were stored.
  const codes = (text: string) => detectSensitive(text).filter((d) => d.class === 'secret').map((d) => text.slice(d.start, d.end));

  it('masks a TAN, an SMS, 2FA, login or access code and `your code is`, in English, German, French and Spanish', () => {
    const cases: Array<[string, string]> = [
      ['Your TAN: 482913', '482913'],
      ['Your code is 482913', '482913'],
      ['2FA code: 48291365', '48291365'],
      ['SMS code: 5521', '5521'],
      ['login code is 774411', '774411'],
      ['Ihr Bestätigungscode lautet 482913', '482913'],
      ['Votre code de vérification : 482913', '482913'],
      ['Su código de verificación es 482913', '482913'],
    ];
    for (const [text, value] of cases) expect(codes(text), text).toContain(value);
  });

  it('leaves other codes and numbers: an error or status code, a year after Tan, a word holding tan', () => {
    for (const text of ['error code is 404', 'status code 2000 reached', 'Tan 2024 report', 'Sultan: 482913', 'important 482913', 'the zip code is 90210']) {
      expect(codes(text), text).toEqual([]);
    }
  });
});
