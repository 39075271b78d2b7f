import { describe, expect, it } from 'vitest';
import { NAME_ENDS_AFTER, OWNER_CONTACT_NOUN_BEFORE, PERSON_ROLE_LABEL_BEFORE, PERSON_ROLE_NOUN_BEFORE, STRONG_NAME_CUE_BEFORE } from './person-labels.js';

// Issue 13: person-labels.ts under Stryker (docs/TESTING.md). The file holds only module-level
// patterns, so its mutants are static: the run needs AGENT_AUDIT_MUTATE_COVERAGE=all. Each pattern
// tested directly on the text before (or after) a name, as names.ts and addresses.ts slice it.
const cases = (pattern: RegExp, yes: string[], no: string[]) => {
  it.each(yes)('%j: yes', (text) => expect(pattern.test(text)).toBe(true));
  it.each(no)('%j: no', (text) => expect(pattern.test(text)).toBe(false));
};

describe('PERSON_ROLE_LABEL_BEFORE', () => {
  cases(
    PERSON_ROLE_LABEL_BEFORE,
    [
      'Tenant:', 'tenant: ', 'TENANT:\t', '\nOwner :', 'x. Landlord  :  ', '(Guarantor:', '|\tDriver:', '.  holder:', '-\t\tContact:',
      'Emergency contact:', 'Primary\tcontact:', 'Account holder:', 'joint tenant:', 'Assigned to:', 'assigned\tto:', 'Next of kin:', 'next\tof\tkin:',
      'co-signer:', 'Cosigner:', 'Card holder:', 'Policy holder:', 'Requestor:', 'Caseworker:', 'Candidate:', 'Lease holder:',
    ],
    [
      'Location:', 'Venue:', 'Site:', 'Tenant', 'Tenant: Grace', 'The tenant:', 'The\ttenant:', 'Subtenant:', 'xOwner:', 'Emergency  contact:',
      'assigned  to:', 'co--signer:', 'Tenant::', 'Tenant: :', 'My contact:', 'Owner\n:',
    ],
  );
});

describe('PERSON_ROLE_NOUN_BEFORE', () => {
  cases(
    PERSON_ROLE_NOUN_BEFORE,
    ['Tenant ', 'the tenant ', 'the guarantor\t', 'Landlady  ', '(driver ', '-executrix ', 'STUDENT ', 'pupil \t', 'a claimant '],
    ['Tenant', 'Tenant   ', 'Subtenant ', 'Tenant x ', 'Tenant: ', 'Tenant\n', 'the owner '],
  );
});

describe('STRONG_NAME_CUE_BEFORE', () => {
  cases(
    STRONG_NAME_CUE_BEFORE,
    [
      'Name:', 'name: ', 'NAME:\t', '\nName :', 'x. Name  :  ', '(name:', '|\tName:',
      'Patient:', 'patient:', 'PATIENT:', 'Pt:', 'pt:', 'Client:', 'client:', 'Member:', 'member:', 'Employee:', 'employee:', 'Applicant:', 'applicant:',
      'Insured:', 'insured:', 'Claimant:', 'claimant:', 'Guest:', 'guest:', 'Passenger:', 'passenger:', 'Student:', 'student:', 'Resident:', 'resident:',
      'Caller:', 'caller:',
      'Full name:', 'full Name:', 'Full\tname:', "Patient's name:", 'patient’s name:', 'Patient name:', 'Customer name:', 'customer name:',
      'Client name:', 'client name:', 'Legal name:', 'legal name:', 'First and Last name:', 'first\tand\tlast name:', 'the full name: ',
      'My name is ', 'my name is ', 'My full name is ', 'My  full\tname\tis\t', 'I am ', 'I\tam  ', "I'm ", 'I’m ', 'Call me ', 'call\tme ', 'Named ', 'named ',
      ', I am ', 'My full  name is ', 'My name  is ', 'I  am ', 'Call  me ',
    ],
    [
      'Name', 'Name: x', 'Surname:', 'Username:', 'The name:', 'The\tname:', 'NAme:', 'nAME:', 'PAtient:', 'Full  name:', 'Fullname:', 'Patients name:',
      "Patient''s name:", 'First and Last  name:', 'Firstand last name:', 'xFull name:', 'My name is', 'My name isn ', 'Myname is ', 'I am', 'Iam ', 'Sam ',
      "Tim'm ", 'Call me', 'recall me ', 'Unnamed ', 'Name:\n:', 'I m ',
    ],
  );
});

describe('OWNER_CONTACT_NOUN_BEFORE', () => {
  cases(
    OWNER_CONTACT_NOUN_BEFORE,
    [
      'Owner ', 'owner\t', 'Contact  ', '\nOwner ', '-  Owner ', '(contact ', 'Account owner ', 'Emergency\tcontact ', 'Record owner ',
      'See point of contact ', 'point\tof\tcontact\t', 'POINT OF CONTACT ', '(point of contact ',
    ],
    [
      'Owner', 'Owner   ', 'The owner ', 'The\towner ', 'Powner ', 'Account  owner ', 'xpoint of contact ', 'point  of contact ',
      'Owner x ', 'Owner: ', 'Owner\n',
    ],
  );
});

describe('NAME_ENDS_AFTER', () => {
  cases(
    NAME_ENDS_AFTER,
    [
      '', '  ', '\t', '\n', '\rx', ',', ' ;', '(x', '. ', '.', '!\t', '?\nx', ' - x', '-\tx', '– x', '— x', '| x',
      ' 555', '  +1 555', ' (555)', ' grace@x', ' <grace@example.com>', '\tg@', `  ${'a'.repeat(64)}@x`,
    ],
    [
      ' Academy', 'Academy', '.x', '..', ' -x', '-', '   555', ' +x', ' @x', ' <@x', ' a b@', ` ${'a'.repeat(65)}@x`, ' <<a@x', ' a<b@x', ' x',
    ],
  );
});
