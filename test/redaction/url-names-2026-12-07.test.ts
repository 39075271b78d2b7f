// Names in URLs (F13 of the README-only leak probe of 2026-12-07, issue 11): profile slugs of social and
// professional sites (`linkedin.com/in/hildegard-brunnhuber-4b2a19/`, `facebook.com/ottilie.vanselow.9`), a CRM's
// or an EHR's route whose segment after a collection of persons is a name's slug (`crm.internal/customers/
// hildegard-brunnhuber/edit`, `ehr.local/#/patients/Zwiebelhofer_Leberecht_1949-02-17`: the name and the date
// of birth) and a query parameter naming the user (`reset?…&u=kwendelin`) were stored whole. A profile's
// handle is an online identifier of a natural person (GDPR Art. 4(1), Recital 30). The host and the route's
// words stay readable.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { storedText } from './masked-text.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
const { stored, gone } = storedText(redactor);

describe('F13: profile slugs of social and professional sites', () => {
  it.each([
    ['see https://www.linkedin.com/in/hildegard-brunnhuber-4b2a19/ for details', ['hildegard', 'brunnhuber', '4b2a19'], ['https://www.linkedin.com/in/', '/ for details']],
    ['profile: https://facebook.com/ottilie.vanselow.9', ['ottilie', 'vanselow'], ['https://facebook.com/']],
    ['https://x.com/kwendelin/status/1234567890', ['kwendelin'], ['https://x.com/', '/status/1234567890']],
    ['DM from twitter.com/@lzwiebel_77', ['lzwiebel_77'], ['twitter.com/']],
    ['https://www.instagram.com/ottilie.vanselow/', ['ottilie.vanselow'], ['instagram.com/']],
    ['https://www.tiktok.com/@mgrzeskowiak?lang=de', ['mgrzeskowiak'], ['tiktok.com/@', '?lang=de']],
    ['reviewer: https://github.com/kwendelin', ['kwendelin'], ['https://github.com/']],
    ['https://de.linkedin.com/in/leberecht-zwiebelhofer', ['leberecht', 'zwiebelhofer'], ['de.linkedin.com/in/']],
  ])('%s', (text, raws, kept) => gone(text, raws, kept));
  it("a site's own pages and a repository stay", () => {
    for (const text of [
      'https://www.facebook.com/groups/123456', 'https://facebook.com/help/contact', 'https://x.com/home', 'https://x.com/i/flow/login', 'https://x.com/search?q=fhir',
      'https://www.instagram.com/p/CxYz12AbC/', 'https://www.instagram.com/explore/', 'https://github.com/vitest-dev/vitest/issues/123', 'https://github.com/features',
      'https://www.linkedin.com/company/acme-gmbh/', 'https://www.linkedin.com/jobs/view/123', 'https://www.tiktok.com/explore', 'https://github.com/settings/tokens',
    ]) expect([text, stored(text)]).toEqual([text, text]);
  });
});

describe("F13: a CRM's or an EHR's route naming a person", () => {
  it.each([
    ['open https://crm.internal/customers/hildegard-brunnhuber/edit now', ['hildegard', 'brunnhuber'], ['https://crm.internal/customers/', '/edit now']],
    ['open http://ehr.local/#/patients/Zwiebelhofer_Leberecht_1949-02-17', ['Zwiebelhofer', 'Leberecht', '1949-02-17'], ['http://ehr.local/#/patients/']],
    ['GET /api/v2/clients/ottilie.vanselow/invoices 200', ['ottilie', 'vanselow'], ['/api/v2/clients/', '/invoices 200']],
    ['https://portal.example/patienten/oberleitner-maria-01011950/befunde', ['oberleitner', 'maria', '01011950'], ['/patienten/', '/befunde']],
    ['https://app.example/members/Leberecht%20Zwiebelhofer?tab=plan', ['Leberecht', 'Zwiebelhofer'], ['/members/', '?tab=plan']],
    ['redirect to /kunden/kasimir_wendelin', ['kasimir', 'wendelin'], ['/kunden/']],
  ])('%s', (text, raws, kept) => gone(text, raws, kept));
  it('routes of words, ids and templates stay', () => {
    for (const text of [
      'https://crm.internal/customers/new/edit', 'https://crm.internal/customers/export-csv', '/patients/recent-admissions', '/api/users/sign-in',
      'https://crm.internal/customers/12345/edit', '/patients/3f2b9c1e-8a7d-4c55-9a11-2b3c4d5e6f70', '/customers/:customerId/orders', '/patients/{patient_id}',
      '/clients/bulk-import', '/members/active-members', 'https://shop.example/customers/account/login', '/contacts/search-results',
    ]) expect([text, stored(text)]).toEqual([text, text]);
  });
});

describe('F13: a query parameter naming the user', () => {
  it.each([
    ['link https://bank.example/reset?token=abc&u=kwendelin', ['kwendelin'], ['https://bank.example/reset?token=', '&u=']],
    ['https://sso.example/login?username=ovanselow&next=/home', ['ovanselow'], ['?username=', '&next=/home']],
    ['/auth/callback?user=hbrunnhuber#done', ['hbrunnhuber'], ['?user=', '#done']],
    ['https://x.example/a?login=leberecht.zwiebelhofer', ['leberecht', 'zwiebelhofer'], ['?login=']],
  ])('%s', (text, raws, kept) => gone(text, raws, kept));
  it('other parameters, numbers, placeholders and prose stay', () => {
    for (const text of ['https://x.example/a?ui=dark&menu=open', '/a?u=&x=1', '/a?user=12345', '/a?user={user}', '/a?username=$USER', 'tom & user=admin here', '/a?user=me', '/search?query=user%3Dbob']) {
      expect([text, stored(text)]).toEqual([text, text]);
    }
  });
});

describe('linear time', () => {
  it('many routes and one long URL', () => {
    const line = 'https://crm.internal/customers/hildegard-brunnhuber/edit https://x.com/kwendelin /patients/new?u=kwendelin&user=x ';
    expect(timeRatio((text) => stored(text), (n) => line.repeat(Math.ceil(n / line.length)), 12_500, 25_000)).toBeLessThanOrEqual(3);
    expect(timeRatio((text) => stored(text), (n) => `https://a.example/${'patients/'.repeat(Math.ceil(n / 9))}x`, 12_500, 25_000)).toBeLessThanOrEqual(3);
  });
});
