// The open parts of five rows of the seventeenth README-only probe (test/redaction/probe-2026-12-05j.cases.md; issue 11):
// L9: a surname alone after a capitalized kinship noun (`Mutter Demir ruft an`, `Mother Ndlovu rang the ward`);
// L3: a lone given name after a capitalized kinship noun at a sentence's start (`Daughter Abena (LPA) manages the
// account`), and a given name that is a month (`Children: April (5)`, `met June and Kofi`);
// L10: Korean trial labels without a colon (`피험자 이준호, 방문 3`) and as JSON keys (`{"피험자": "이준호"}`);
// L1: a surname before an appositive with no age (`Karaosmanoğlu, the index participant, …`);
// O1: `Lincoln Memorial` without `the`, `…, Korle Bu.` with no head.
// Each block: the row's inputs, held-back inputs of the same kind not tuned on, and look-alikes that stay.
import { describe, expect, it } from 'vitest';
import { createRedactor } from '@agent-audit/core';
import { check, masked, storedResults, type Case } from './masked-text.js';

const stored = () => storedResults(() => createRedactor());

describe('a surname or a given name alone after a capitalized kinship noun (L9, L3)', () => {
  it.each<Case>([
    // L9's open part, the row's
    ['Mutter Demir ruft an.', ['Demir'], ['Mutter', 'ruft an']],
    ['Vater Yıldız hat angerufen.', ['Yıldız'], ['Vater', 'hat angerufen']],
    // English: those that leaked (found first)
    ['Mother Vlintuk is on the phone.', ['Vlintuk'], ['Mother', 'is on the phone']],
    ['Mother Ndlovu (NOK) present.', ['Ndlovu'], ['Mother', '(NOK) present']],
    ['Mum Ndlovu rang the ward.', ['Ndlovu'], ['Mum', 'rang the ward']],
    ['Uncle Vlintuk collects him on Fridays.', ['Vlintuk'], ['Uncle', 'collects him']],
    // L3's open part, the row's
    ['Daughter Abena (LPA) manages the account.', ['Abena'], ['Daughter', '(LPA) manages the account']],
    ['Son Kofi called.', ['Kofi'], ['called']],
    // held back (not tuned on)
    ['Die Mutter Aydoğdu meldet sich beim Jugendamt.', ['Aydoğdu'], ['Die Mutter', 'Jugendamt']],
    ['Gespräch mit Vater Ndlovu am Montag.', ['Ndlovu'], ['Gespräch mit Vater', 'Montag']],
    ['Großmutter Aydın holt das Kind ab.', ['Aydın'], ['Großmutter', 'holt das Kind ab']],
    ['Kindesmutter Vlintuk, wohnhaft in Köln.', ['Vlintuk'], ['Kindesmutter', 'wohnhaft in Köln']],
    ['Grandmother Ndlovu attends weekly.', ['Ndlovu'], ['Grandmother', 'attends weekly']],
    ['Aunt Aydoğdu will take the children.', ['Aydoğdu'], ['Aunt', 'will take the children']],
    ['Mother Zephra reports poor sleep.', ['Zephra'], ['Mother', 'reports poor sleep']],
    ['Home visit. Son Thandiwe (14) was at school; Daughter Selin stayed home.', ['Thandiwe', 'Selin'], ['Daughter', 'stayed home']],
    ["Mum Ndlovu's flat is cold.", ['Ndlovu'], ['Mum', 'flat is cold']],
    // a given name and a surname the lists lack (found checking unlisted persons)
    ['Daughter Zephra Vlintuk (LPA) manages the account.', ['Zephra', 'Vlintuk'], ['Daughter', '(LPA) manages']],
    ['Uncle Thandiwe Ndlovu-Mbeki, next of kin.', ['Thandiwe', 'Ndlovu'], ['Uncle', 'next of kin']],
    ['Stepfather Okonkwo-Adeyemi refused entry.', ['Okonkwo-Adeyemi'], ['Stepfather', 'refused entry']],
  ])('%j', (text, values, kept) => check([[text, values, kept]]));

  it('in a JSON member, and again where the name recurs', () => {
    const { leaksIn, keptIn } = stored();
    const note = { note: 'Mutter Demir ruft an. Demir bittet um Rückruf.' };
    expect(leaksIn(note, ['Demir'])).toEqual([]);
    expect(keptIn(note, ['Mutter', 'ruft an', 'bittet um Rückruf'])).toEqual([]);
    const english = { notes: ['Daughter Abena (LPA) manages the account.'] };
    expect(leaksIn(english, ['Abena'])).toEqual([]);
    expect(keptIn(english, ['Daughter', 'manages the account'])).toEqual([]);
  });

  it.each([
    // titles and brands, personifications
    'Uncle Ben sells rice.',
    'Father Christmas brings gifts.',
    'Brother Printers are on sale.',
    'Mother Nature is cruel.',
    'Mother Earth needs us.',
    'Mother Goose stories for kids.',
    'Father Time waits for no one.',
    'Sister Act is a film.',
    'Big Brother Watch said so.',
    'Mutter Erde braucht uns.',
    'Mutter Natur ist grausam.',
    'Mutter Kirche hat gesprochen.',
    'Kind Gottes sind wir alle.',
    'Kind Snacks are tasty.',
    'Kind regards, Anna',
    'Vater unser im Himmel.',
    'Das Kind besucht die erste Klasse.',
    'Die Mutter berichtet von Schlafproblemen.',
  ])('look-alike %j stays', (text) => {
    expect(masked(text)).toBe(text.replace(', Anna', ', [PERSON]'));
  });

  it.each([
    // masked as a person before (kinship noun with it); the personified noun is none
    ['Vater Staat zahlt nicht.', 'Vater Staat zahlt nicht.'],
    ['Sohn Gottes', 'Sohn Gottes'],
    ['Vater Rhein fließt.', 'Vater Rhein fließt.'],
  ])('a personified noun after a kinship noun is no name: %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it.each<Case>([
    // persons the lists hold stay masked (the kinship noun readable where it was masked with them)
    ['Mutter Anna ruft an.', ['Anna'], ['ruft an']],
    ['Mother Okafor called.', ['Okafor'], ['Mother', 'called']],
    ['Mother Jones reported it.', ['Jones'], ['reported it']],
    ['Her father, Mr Vlintuk, called.', ['Vlintuk'], ['Her father']],
    ['Mutter Derya Demir ruft am Montag an.', ['Derya', 'Demir'], ['Mutter', 'Montag']],
    ['Sister Ndlovu on ward 5 agreed.', ['Ndlovu'], ['Sister', 'on ward 5']],
    // a kinship noun that is a name too stays masked where names.ts masked it with the name (`Son` a family name)
    ['Son Heung-min scored twice.', ['Son', 'Heung-min'], ['scored twice']],
    ['Cousin Ndlovu-Mbeki called.', ['Ndlovu', 'Mbeki'], ['called']],
  ])('a person stays masked: %j', (text, values, kept) => check([[text, values, kept]]));
});

describe('a given name that is a month (L3)', () => {
  it.each<Case>([
    // the row's
    ['Children: April (5), May (3).', ['April', 'May'], ['Children:', '(5)', '(3)']],
    ['Children: April (5)', ['April'], ['Children:', '(5)']],
    ['Home visit: met June and Kofi at the flat.', ['June', 'Kofi'], ['Home visit: met', 'at the flat']],
    // held back
    ['Kids: August (7) and Thandiwe (4).', ['August', 'Thandiwe'], ['Kids:', '(7)', '(4)']],
    ['Met with Zephra, June and Selin at school.', ['Zephra', 'June', 'Selin'], ['Met with', 'at school']],
    ['Siblings: July (12), Abena (9).', ['July', 'Abena'], ['Siblings:', '(12)']],
  ])('%j', (text, values, kept) => check([[text, values, kept]]));

  it.each([
    'The board met June 12 at the office.',
    'The committee met June and July.',
    'We met May and June deadlines.',
    'Children: March 2024 intake',
    'Children: None',
    'Children: 2 (ages 5, 9)',
    'The team met Thursday.',
  ])('look-alike %j stays', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('a Korean name after a trial label with no colon, and as a JSON key (L10)', () => {
  it.each<Case>([
    // the row's
    ['피험자 이준호, 방문 3', ['이준호'], ['피험자', '방문 3']],
    // held back
    ['임상시험 대상자 박서연, 생년월일 확인', ['박서연'], ['임상시험 대상자', '생년월일 확인']],
    ['연구참여자 최서연 (스크리닝 완료)', ['최서연'], ['연구참여자', '스크리닝 완료']],
    ['참가자 윤하은\n방문일 12월 3일', ['윤하은'], ['참가자', '방문일']],
    ['시험대상자 남궁민수; 동의서 서명 완료', ['남궁민수'], ['시험대상자', '동의서 서명 완료']],
  ])('%j', (text, values, kept) => check([[text, values, kept]]));

  it('as a JSON key', () => {
    const { leaksIn, keptIn } = stored();
    expect(leaksIn({ 피험자: '이준호' }, ['이준호'])).toEqual([]);
    expect(leaksIn({ 대상자: '박서연', 방문: 3 }, ['박서연'])).toEqual([]);
    expect(leaksIn({ subjects: [{ 참여자: '정하늘', 상태: '등록' }] }, ['정하늘'])).toEqual([]);
    expect(leaksIn({ 연구대상자: '남궁민수' }, ['남궁민수'])).toEqual([]);
    expect(keptIn({ 대상자: '박서연', 방문: 3 }, ['대상자', '방문'])).toEqual([]);
    // a Korean name under another role key of one word
    expect(leaksIn({ reviewer: '김민준' }, ['김민준'])).toEqual([]);
  });

  it.each([
    '대상자 전원이 동의했다',
    '피험자 보호 위원회',
    '대상자 선정기준, 제외기준',
    '임상시험 대상자 안전성, 유효성 평가',
    '참여자 모집 완료.',
    '대상자 수는 30명',
  ])('look-alike %j stays', (text) => {
    expect(masked(text)).toBe(text);
  });

  it('look-alike values under the keys stay', () => {
    const { keptIn } = stored();
    expect(keptIn({ 대상자: '전체 120명' }, ['전체 120명'])).toEqual([]);
    expect(keptIn({ 피험자: '선정기준충족' }, ['선정기준충족'])).toEqual([]);
    expect(keptIn({ 대상자수: 120 }, ['120'])).toEqual([]);
    expect(keptIn({ reviewer: '관리자' }, ['관리자'])).toEqual([]);
  });
});

describe('a surname alone before an appositive with no age (L1)', () => {
  it.each<Case>([
    // the row's
    ['Karaosmanoğlu, the index participant, reported nausea on day 3.', ['Karaosmanoğlu'], ['the index participant, reported nausea']],
    ['Narrative: Owusu-Ansah, a participant in cohort B, reported nausea.', ['Owusu', 'Ansah'], ['Narrative:', 'a participant in cohort B, reported nausea']],
    // held back
    ['Narrative: Häkkinen-Lehtovaara, the second participant at site 12, withdrew consent.', ['Häkkinen', 'Lehtovaara'], ['the second participant at site 12, withdrew']],
    ['Case summary: Vlintuk, a patient of the Leeds clinic, was admitted.', ['Vlintuk'], ['Case summary:', 'a patient of the Leeds clinic']],
    ['SAE 0413: Ndlovu-Kgosana, the index patient (subject 301-0009), developed a rash.', ['Ndlovu', 'Kgosana'], ['SAE 0413:', 'the index patient (subject 301-0009)']],
    ['Tőkés-Hajdú, a randomised participant, missed visit 4.', ['Tőkés', 'Hajdú'], ['a randomised participant, missed visit 4']],
    ['Summary: Aydoğdu, the patient, declined surgery.', ['Aydoğdu'], ['Summary:', 'the patient, declined surgery']],
    ['Narrative: Mbeki-Oyelaran, a woman in the placebo arm, fainted.', ['Mbeki', 'Oyelaran'], ['a woman in the placebo arm, fainted']],
  ])('%j', (text, values, kept) => check([[text, values, kept]]));

  it.each([
    'Clinically, the patient, who was afebrile, improved.',
    'Postoperatively, the patient (bed 3) was stable.',
    'Meanwhile, the index participant withdrew.',
    'Last week in Kumasi, a participant in cohort B, reported nausea.',
    'Investigator, the patient, and the sponsor signed the form.',
    'Coordinator, a participant in the pilot, left early.',
    'Keytruda, the study drug, was given on day 1.',
    'Boston, the site of the trial, was chosen.',
    'Sources told CNN, a participant in the study, that it ended.',
    'However, a participant in cohort B, reported nausea.',
    // firms, places and drugs before a noun they take too
    'Oxfam, a participant in the coalition, said the talks stalled.',
    'Novartis, a participant in the consortium, withdrew.',
    'Tamale, a participant in the regional network, reported cases.',
    'Paracetamol, the usual adult, 1 g dose.',
    'Nigeria, the largest participant, objected.',
  ])('look-alike %j stays', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('a memorial or a building named by a place, without `the`, and two hospitals by their places (O1)', () => {
  it.each([
    // the row's
    'Lincoln Memorial',
    'Sites: Lincoln Memorial, Washington Heights.',
    // held back
    'We walked to Lincoln Memorial after lunch.',
    'Lincoln Auditorium opens at 9.',
    'Paris Observatory data are public.',
    'Atlanta Pavilion is closed for repairs.',
    'Madison Auditorium',
    'Kotoka Airport reopened.',
  ])('%j stays', (text) => {
    expect(masked(text)).toBe(text);
  });

  it.each([
    // a hospital by its place with no head: the row's, then held back
    'Referred by the Department of Social Welfare, Korle Bu.',
    'Sites: Korle Bu, Komfo Anokye.',
    'Transferred from Komfo Anokye yesterday.',
    'Korle Bu called to confirm the bed.',
  ])('%j stays', (text) => {
    expect(masked(text)).toBe(text);
  });

  it.each<Case>([
    ['Dr. Korle Bu called.', ['Korle Bu'], ['Dr.']],
    ['Maria Garcia called about the memorial.', ['Maria Garcia'], ['the memorial']],
    ['Dr. Lincoln Memorial called.', ['Lincoln Memorial'], ['Dr.']],
    ['Maria Garcia Building Services called.', ['Maria Garcia'], []],
    // a name the lists lack or hold as a name before the head stays masked: a private person's memorial service or fund
    ['Spoke to Zephra Vlintuk Memorial staff.', ['Zephra Vlintuk'], ['Spoke to', 'staff']],
    ['Thandiwe Ndlovu Memorial', ['Thandiwe Ndlovu'], []],
    ['Maria Garcia Auditorium opens at 9.', ['Maria Garcia'], ['opens at 9']],
    ['Selin Aydoğdu Pavilion rental', ['Selin Aydoğdu'], ['rental']],
    ['Contact Qxaro Vlintuk, Library card 4471.', ['Qxaro Vlintuk'], ['Library card']],
  ])('a person stays masked: %j', (text, values, kept) => check([[text, values, kept]]));
});
