// Issue 11, the fifteenth probe (2026-12-05h), over-redaction rows O1-O4
// (test/redaction/probe-2026-12-05h.cases.md): GitHub webhook structure (a repository's name
// members, the web-flow committer `GitHub <noreply@github.com>`) and directory objects that say
// they are no person (Okta `AppInstance` targets, SCIM Groups, Mailchimp tags) read as persons
// under their name members; a session remembering `GitHub` as a person and masking `github`
// inside later ids; `FROM` after a SOQL `Name` column read as the name's value; SaaS products and
// data vendors (`Sales Hub`, `Workflow Builder`, `Cron Monitors`, `Thomson Reuters`) read as persons.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, type Redactor } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { check, masked, storedResults } from './masked-text.js';

const key = () => createKeyring([new Uint8Array(32).fill(11)]);
const { stored } = storedResults(createRedactor({ pseudonymKey: key(), sessionMemory: false }));
/** Each kept value must be in the stored result, each personal value must not. */
function expectStored(result: unknown, keep: readonly string[], gone: readonly string[] = []): void {
  const out = stored(result);
  expect([out, keep.filter((value) => !out.includes(value))]).toEqual([out, []]);
  expect([out, gone.filter((value) => out.includes(value))]).toEqual([out, []]);
}
/** A tool result of one session, as the redactor stores it (session memory on). */
function inSession(redactor: Redactor, session: string, result: unknown, seq: number): string {
  const out = redactor.redact({ v: 1, id: `e${seq}`, ts: '2026-01-01T00:00:00.000Z', stream: 's', seq, session, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} });
  return JSON.stringify((out as { event: { tool: { result: unknown } } }).event.tool.result);
}

describe('O1: GitHub webhook structure is no person', () => {
  it('the probe rows', () => {
    expectStored({ ref: 'refs/heads/main', repository: { full_name: 'brightwave/ingest-service' }, pusher: { name: 'nobiefuna', email: 'ngozika.obiefuna@example.com' }, commits: [{ id: 'a'.repeat(40), message: 'Fix retry backoff in webhook consumer', author: { name: 'Ngozika Obiefuna-Larsen', email: 'ngozika.obiefuna@example.com', username: 'nobiefuna' }, committer: { name: 'GitHub', email: 'noreply@github.com' } }] },
      ['brightwave/ingest-service', 'Fix retry backoff in webhook consumer', '"GitHub"'], ['Ngozika', 'Obiefuna-Larsen', 'ngozika.obiefuna@example.com']);
    expectStored({ repository: { full_name: 'brightwave/ingest-service', description: 'Webhook ingestion for Stripe, Twilio and Shopify', default_branch: 'main', topics: ['webhooks', 'stripe', 'twilio'] } }, ['brightwave/ingest-service', 'Webhook ingestion for Stripe, Twilio and Shopify']);
    expectStored({ repository: { full_name: 'octo-org/hello-world' } }, ['octo-org/hello-world']);
  });
  it('the held-back inputs', () => {
    expectStored({ repository: { full_name: 'octo-org/hello-world', name: 'hello-world' } }, ['octo-org/hello-world', '"hello-world"']);
    expectStored({ commits: [{ committer: { name: 'GitHub', email: 'noreply@github.com' }, message: 'Merge pull request #12' }] }, ['"GitHub"']);
    expectStored({ repository: { full_name: 'acme/payments-api', owner: { login: 'acme' } }, sender: { type: 'Bot', login: 'dependabot[bot]' } }, ['acme/payments-api', 'dependabot[bot]']);
    expectStored({ organization: { login: 'brightwave' }, repository: { name: 'ingest-service', full_name: 'brightwave/ingest-service' } }, ['brightwave/ingest-service', '"ingest-service"']);
  });
  it('more of the kind: other repositories, organisations and bot committers', () => {
    expectStored({ pull_request: { head: { repo: { name: 'Payments Gateway', full_name: 'Acme Labs/Payments Gateway' } } } }, ['"Payments Gateway"', 'Acme Labs/Payments Gateway']);
    expectStored({ project: { path_with_namespace: 'acme/web' }, repository: { name: 'Customer Portal', homepage: 'https://gitlab.example.com/acme/portal' } }, ['"Customer Portal"']);
    expectStored({ commit: { committer: { name: 'GitLab', email: 'gitlab@example.com' } } }, ['"GitLab"']);
    expectStored({ commit: { committer: { name: 'web-flow', email: 'noreply@github.com' } } }, ['"web-flow"']);
    expectStored({ commit: { author: { name: 'renovate[bot]', email: '29139614+renovate[bot]@users.noreply.github.com' } } }, ['renovate[bot]']);
    expectStored({ commit: { author: { name: 'Release Pipeline', email: 'no-reply@ci.example.com' } } }, ['Release Pipeline']);
    expectStored({ organization: { name: 'Brightwave Systems', login: 'brightwave' } }, ['Brightwave Systems']);
  });
  it('keeps the persons of the same frames masked', () => {
    expectStored({ repository: { full_name: 'acme/payments-api', owner: { login: 'acme', name: 'Kaveh Farahani-Dufresne', email: 'kaveh@example.com' } } }, ['acme/payments-api'], ['Kaveh', 'Farahani-Dufresne']);
    expectStored({ commits: [{ author: { name: 'Thandiwe Mokoena-Pillay', email: 'thandiwe@example.com' }, committer: { name: 'GitHub', email: 'noreply@github.com' } }] }, ['"GitHub"'], ['Thandiwe', 'Mokoena-Pillay']);
    // A person's name with a no-reply address (a notification sent on someone's behalf) stays a person's.
    expectStored({ from: { name: 'Maria Lopez', email: 'noreply@hubspot.com' } }, [], ['Maria Lopez']);
    expectStored({ committer: { name: 'Radoslava van der Heijden', email: '12345+rvdh@users.noreply.github.com' } }, [], ['Radoslava']);
    expectStored({ sender: { type: 'User', login: 'nobiefuna', name: 'Ngozika Obiefuna-Larsen' } }, [], ['Ngozika', 'Obiefuna-Larsen']);
  });
  it('a session does not remember an organisation or product word as a person', () => {
    const redactor = createRedactor({ pseudonymKey: key() });
    inSession(redactor, 'gh', { displayName: 'GitHub' }, 0);
    const later = inSession(redactor, 'gh', { note: 'see p15-github-push-P1 and github.com/acme/payments-api', session: 'p15-github-push-P1' }, 1);
    expect(later).toContain('p15-github-push-P1');
    expect(later).toContain('github.com/acme');
    // A person's name is remembered as before.
    inSession(redactor, 'gh', { displayName: 'Ngozika Obiefuna-Larsen' }, 2);
    expect(inSession(redactor, 'gh', { note: 'ask ngozika obiefuna-larsen' }, 3)).not.toContain('obiefuna');
  });
});

describe('O2: directory objects whose type says they are no person', () => {
  it('the probe rows', () => {
    expectStored({ target: [{ type: 'AppInstance', displayName: 'Salesforce.com', alternateId: 'Salesforce Production' }, { type: 'AppInstance', displayName: 'Google Workspace' }], client: { userAgent: { browser: 'CHROME', os: 'Mac OS X' }, zone: 'null' } }, ['Salesforce.com', 'Salesforce Production', 'Google Workspace']);
    expectStored({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Finance Approvers', members: [{ value: '2819c223-7f76-453a-919d-413861904646', display: 'Accounts Payable Team' }] }, ['Finance Approvers', 'Accounts Payable Team']);
    expectStored({ tags: [{ name: 'Black Friday 2026' }, { name: 'Newsletter - Weekly' }, { name: 'Cart Abandoner' }], interests: { '9143cf3bd1': true } }, ['Black Friday 2026', 'Newsletter - Weekly', 'Cart Abandoner']);
  });
  it('the held-back inputs', () => {
    expectStored({ target: [{ type: 'AppInstance', displayName: 'Microsoft Office 365' }] }, ['Microsoft Office 365']);
    expectStored({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Payroll Admins' }, ['Payroll Admins']);
    expectStored({ tags: [{ id: 3, name: 'Lapsed Donor' }] }, ['Lapsed Donor']);
    expectStored({ target: [{ type: 'AppInstance', displayName: 'Google Workspace' }] }, ['Google Workspace']);
    expectStored({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Regional Managers' }, ['Regional Managers']);
  });
  it('more of the kind: other types, Graph groups and service principals, labels and segments', () => {
    expectStored({ target: [{ type: 'UserGroup', displayName: 'Contract Reviewers' }] }, ['Contract Reviewers']);
    expectStored({ '@odata.type': '#microsoft.graph.group', displayName: 'Claims Handlers', mail: 'claims@example.com' }, ['Claims Handlers']);
    expectStored({ '@odata.type': '#microsoft.graph.servicePrincipal', displayName: 'Harvest Timesheets' }, ['Harvest Timesheets']);
    expectStored({ labels: [{ id: 7, name: 'Needs Triage' }, { id: 8, name: 'Customer Escalation' }] }, ['Needs Triage', 'Customer Escalation']);
    expectStored({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Store Supervisors', members: [] }, ['Store Supervisors']);
    expectStored({ groups: [{ id: 'g1', name: 'Lapsed Members' }] }, ['Lapsed Members']);
  });
  it('keeps persons: user targets and types, SCIM Users, a group member', () => {
    expectStored({ actor: { type: 'User', displayName: 'Kaveh Farahani-Dufresne', alternateId: 'kaveh@example.com' }, target: [{ type: 'AppInstance', displayName: 'Google Workspace' }, { type: 'AppUser', displayName: 'Thandiwe Mokoena-Pillay' }] }, ['Google Workspace'], ['Kaveh', 'Farahani-Dufresne', 'Thandiwe', 'Mokoena-Pillay']);
    expectStored({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], displayName: 'Ngozika Obiefuna-Larsen', userName: 'nobiefuna' }, [], ['Ngozika', 'Obiefuna-Larsen']);
    expectStored({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Payroll Admins', members: [{ value: 'u1', display: 'Radoslava van der Heijden' }] }, ['Payroll Admins'], ['Radoslava']);
    expectStored({ tags: [{ name: 'VIP' }], contact: { name: 'Oyinkansola Adeyemi-Brooks', email: 'oyin@example.com' } }, ['VIP'], ['Oyinkansola', 'Adeyemi-Brooks']);
  });
});

describe('O3: SQL keywords are never a name’s value', () => {
  it('the probe row and the held-back inputs', () => {
    check([
      ["SELECT Id, Name FROM Account WHERE Industry = 'Banking' LIMIT 10", [], ["SELECT Id, Name FROM Account WHERE Industry = 'Banking' LIMIT 10"]],
      ["SELECT Name FROM Lead WHERE Status = 'Open'", [], ["SELECT Name FROM Lead WHERE Status = 'Open'"]],
      ['SELECT Id, Name FROM Opportunity LIMIT 5', [], ['SELECT Id, Name FROM Opportunity LIMIT 5']],
      ['SELECT Name FROM Contact ORDER BY CreatedDate DESC', [], ['SELECT Name FROM Contact ORDER BY CreatedDate DESC']],
    ]);
    expectStored({ soql: 'SELECT Id, Name FROM Opportunity LIMIT 5' }, ['SELECT Id, Name FROM Opportunity LIMIT 5']);
  });
  it('more of the kind: other keywords after a name column', () => {
    check([
      ['SELECT Id FROM Account ORDER BY Name DESC', [], ['ORDER BY Name DESC']],
      ["SELECT Id, Name FROM Account WHERE Name LIKE 'Acme%'", [], ["WHERE Name LIKE 'Acme%'"]],
      ['SELECT Name, Email FROM Contact ORDER BY Name ASC LIMIT 20 OFFSET 40', [], ['ORDER BY Name ASC LIMIT 20 OFFSET 40']],
      ['SELECT Account.Name FROM Opportunity WHERE Account.Name != NULL', [], ['WHERE Account.Name != NULL']],
    ]);
  });
  it('keeps a name in capitals after a name label', () => {
    check([
      ['Name: KAVEH FARAHANI', ['KAVEH FARAHANI'], ['Name: ']],
      ["UPDATE Contact SET Name = 'Thandiwe Mokoena' WHERE Id = 7", ['Thandiwe Mokoena'], ['UPDATE Contact SET Name']],
    ]);
  });
});

describe('O4: SaaS products, features and data vendors are no persons', () => {
  it('the probe rows', () => {
    check([
      ['Upgraded from Sales Hub Starter to Sales Hub Professional; Marketing Hub Enterprise stays.', [], ['Sales Hub Starter', 'Sales Hub Professional', 'Marketing Hub Enterprise']],
      ['Slack Enterprise Grid with Slack Connect and Huddles enabled; Workflow Builder for onboarding.', [], ['Workflow Builder']],
      ['Sentry Performance, Session Replay and Cron Monitors on the Business plan.', [], ['Cron Monitors']],
      ['Mailchimp Standard with Customer Journey Builder; Typeform Plus; Calendly Teams.', [], ['Customer Journey Builder']],
      ['Merino Crew Sweater (Navy, L) and Alpine Trail Runner (Size 42) were back-ordered.', [], ['Merino Crew Sweater', 'Alpine Trail Runner']],
      ['Integrations: Dow Jones Factiva, Thomson Reuters CLEAR, Lexis Nexis, Dun & Bradstreet.', [], ['Thomson Reuters CLEAR', 'Lexis Nexis']],
    ]);
  });
  it('the held-back inputs', () => {
    check([
      ['Upgraded to Service Hub Professional with Operations Hub', [], ['Service Hub Professional', 'Operations Hub']],
      ['Cron Monitors on the Business plan', [], ['Cron Monitors']],
      ['Customer Journey Builder and Content Optimizer', [], ['Customer Journey Builder', 'Content Optimizer']],
      ['Integrations with Thomson Reuters and Lexis Nexis', [], ['Thomson Reuters', 'Lexis Nexis']],
      ['Ordered from Merino Crew Sweater collection', [], ['Merino Crew Sweater']],
    ]);
  });
  it('more of the kind: product nouns after a run, integration lists', () => {
    check([
      ['Moved from Commerce Hub to Salesforce Marketing Cloud and Tableau Cloud.', [], ['Commerce Hub', 'Marketing Cloud', 'Tableau Cloud']],
      ['Enabled with Form Builder, Report Builder and Uptime Monitors.', [], ['Form Builder', 'Report Builder', 'Uptime Monitors']],
      ['Customer Data Suite and Jasper Workspace are licensed per seat.', [], ['Customer Data Suite', 'Jasper Workspace']],
      ['Ordered from Harbour Wool Sweater range and Alder Rain Jacket.', [], ['Harbour Wool Sweater', 'Alder Rain Jacket']],
      ['The app integrates with Lexis Nexis, Thomson Reuters and Bloomberg Law.', [], ['Lexis Nexis', 'Thomson Reuters']],
      ['Connectors: Quinto Ledger, Marlow Books, Tessaro Pay', [], ['Quinto Ledger', 'Marlow Books', 'Tessaro Pay']],
    ]);
  });
  it('keeps persons beside them', () => {
    check([
      ['Call from Ngozika Obiefuna about the Sales Hub upgrade.', ['Ngozika Obiefuna'], ['Sales Hub upgrade']],
      ['Customer Kaveh Farahani asked about Workflow Builder.', ['Kaveh Farahani'], ['Workflow Builder']],
      ['Integrations with Lexis Nexis were set up by Thandiwe Mokoena.', ['Thandiwe Mokoena'], ['Lexis Nexis']],
      ["Integrated with Maria Garcia's calendar", ['Maria Garcia'], ['Integrated with']],
      ['Tools: ask Oyinkansola Adeyemi about the licence', ['Oyinkansola Adeyemi'], ['Tools: ask']],
      // A surname that is a product's noun, after a label naming a person, a title, or before a person's verb.
      ['Bob Builder called about the roof.', ['Bob Builder'], ['called about the roof']],
      ['Contact: Maria Builder', ['Maria Builder'], ['Contact: ']],
      ['Dr. Ann Cloud said hi', ['Ann Cloud'], ['said hi']],
      ['Ms. Hunter Green jacket size', ['Hunter Green'], ['jacket size']],
    ]);
  });
  it('reads in linear time', () => {
    const line = 'Integrations with Thomson Reuters, Lexis Nexis and Sales Hub; SELECT Id, Name FROM Account; Cron Monitors\n';
    expect(timeRatio((text) => masked(text), (n) => line.repeat(Math.ceil(n / line.length)), 12_500, 25_000)).toBeLessThanOrEqual(3);
    const open = 'integrations with ' + 'Ab Cd, '.repeat(4);
    expect(timeRatio((text) => masked(text), (n) => open.repeat(Math.ceil(n / open.length)), 12_500, 25_000)).toBeLessThanOrEqual(3);
  });
});
