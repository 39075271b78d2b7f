// Head words of landmarks, streets and public bodies in German, Italian, French, Spanish,
// Portuguese, Dutch, Polish and Turkish (the twelfth README-only probe of 2026-12-05e, O5 and O6:
// `Brandenburger Tor`, `Ponte Vecchio`, `Pałac Kultury`, `Topkapı Sarayı`, `Agenzia delle Entrate`,
// `Urząd Skarbowy`, `Gelir İdaresi Başkanlığı` were read as persons). A capitalized run led by one
// of PLACE_BODY_LEADS (or right after one and its article or preposition: `Teatro alla Scala`,
// `Comune di Milano`), or ended by one of PLACE_BODY_TAILS (`Galata Kulesi`, `Vergi Dairesi`), is
// that place or body. Written by hand from the languages' own nouns (no data package of place
// names is a dependency); `Federal` leads a US programme or agency (`Federal Pell Grant`, O7); the words are the head nouns, not the places' names, so a landmark or a
// body the list never saw is read by its noun. Vietnamese, Indonesian and romanised Thai heads and
// administrative units (`Vịnh Hạ Long`, `Chợ Bến Thành`, `Gudang Tokopedia Cikarang`, `Tambon Suthep`,
// `Jakarta Pusat`; O3 and O4 of the thirteenth probe of 2026-12-05f) too. Courts, codes and statutes, and tax offices
// of Portuguese, Italian, Spanish, Polish and German (`Tribunal do Trabalho de Lisboa`, `Tribunale di Milano, Sezione
// Lavoro`, `Estatuto de los Trabajadores`, `Sądu Okręgowego w Krakowie`, `Oberlandesgericht Hamm`, `Finanzamt München`;
// O3 of the sixteenth probe of 2026-12-05i) too. Public bodies, utilities and universities of Vietnam, Finland, Turkey and
// Hungary (`Bộ Y tế`, `Tampereen Sähkölaitos`, `Helsingin Energia`, `Aile ve Sosyal Hizmetler Bakanlığı`, `Gyermekjóléti
// Szolgálat`, `Magyar Államkincstár`; O2 of the seventeenth probe of 2026-12-05j): Vietnamese leads, Finnish and Hungarian
// tails (whole words, and the ends of compounds: BODY_COMPOUND_ENDS), and a one-word run joined by `ve`/`és`/`ja`/`và` to
// a body's name (names.ts placeOrBodyRun).
// Hospitals and clinics of eight languages (`Hospital Gregorio Marañón`, `Policlinico Gemelli`, `Szpital Bielański`,
// `Centrum Zdrowia Dziecka`) and Polish `im.` ("named after": `Szpital im. Mikołaja Kopernika`): O2 of the leak probe of 2026-12-07.

/** Capitalized words that lead a landmark's, a street's or a public body's name (lower case). */
export const PLACE_BODY_LEADS: ReadonlySet<string> = new Set(
  `schloss burg kloster festung palast
ponte galleria teatro palazzo castello duomo basilica torre piazza fontana villa porta loggia
château chateau palais pont tour musée
castillo palacio catedral mezquita alcázar alcazar puente torre
plaza parque mercado lago laguna cerro volcán volcan museo estadio playa bahía bahia santuario mirador empresa correo correios
mosteiro palácio castelo ponte avenida rua praça largo estação lagoa igreja museu estádio praia morro
paleis kasteel
pałac pałacu zamek zamku lotnisko lotniska rondo most mostu plac placu ulica ulicy aleja dworzec kościół katedra
agencia agenzia agence urząd urzędu urzad guardia poste regione provincia comunidad junta generalitat diputación
ministero prefettura questura procura direzione dirección direccion administración administracion
krajowa krajowy narodowy narodowa państwowa państwowy
festa fiesta
federal
hospital hôpital hopital ospedale policlinico poliklinik poliklinika klinikum krankenhaus ziekenhuis szpital szpitala szpitalu szpitalem
clínica clinique klinika sanatorium sanatorio centrum
tribunal tribunale tribunais tribunali corte sezione juzgado audiencia código codigo codice estatuto statuto supremo
sąd sądu sądzie sądem sądowi trybunał trybunału trybunale kodeks kodeksu kodeksie
finanzamt finanzamtes amtsgericht landgericht oberlandesgericht arbeitsgericht landesarbeitsgericht bundesarbeitsgericht
sozialgericht landessozialgericht bundessozialgericht finanzgericht bundesfinanzhof verwaltungsgericht oberverwaltungsgericht
bundesverwaltungsgericht bundesgerichtshof bundesverfassungsgericht amtsgerichts landgerichts oberlandesgerichts arbeitsgerichts
vịnh chợ phố lăng đền chùa cầu núi đường phường quận huyện tỉnh
bộ sở cục viện
gudang gedung kelurahan kecamatan kabupaten provinsi desa kota jalan pasar gunung pantai danau pulau masjid
tambon amphoe khet khwaeng changwat thanon wat`.split(/\s+/),
);

/**
 * Capitalized words that end a landmark's or a public body's name (lower case, a Turkish word
 * without its case ending after an apostrophe): Turkish compounds in their possessive form
 * (`Sarayı`, `Kulesi`, `Caddesi`, `Müdürlüğü`, `Başkanlığı`, `Bankası`), and English and German
 * heads that follow the name. `Dom`, `Tor` and `Münster` (given names and surnames too) only after
 * a German place adjective in `-er` (`Kölner Dom`, `Brandenburger Tor`): GERMAN_ADJECTIVE_TAILS.
 */
export const PLACE_BODY_TAILS: ReadonlySet<string> = new Set(
  `sarayı kulesi havalimanı havalimani caddesi cad sokağı sokak bulvarı camii köprüsü meydanı çarşısı müzesi parkı
müdürlüğü dairesi başkanlığı bakanlığı kapısı bankası yolları belediyesi hastanesi üniversitesi mahkemesi valiliği
kaymakamlığı kurumu bayramı
energia vesi sähkö laitos virasto toimisto keskus kunta kaupunki ministeriö oikeus sairaala yliopisto seurakunta lautakunta
valtuusto hyvinvointialue poliisi
szolgálat központ egyetem hivatal hatóság bíróság törvényszék minisztérium kincstár önkormányzat ügyészség rendőrség kórház
intézet igazgatóság főigazgatóság pénztár művek iskola főiskola
lighthouse
travail tributaria tributarias italiane telekom
dom tor münster
pusat utara selatan barat timur`.split(/\s+/),
);

/**
 * Ends of Finnish and Hungarian compounds that name a public body, a utility or a court by their
 * head noun (`Sähkölaitos`, `Sosiaalitoimisto`, `Käräjäoikeus`, `Államkincstár`, `Kormányhivatal`,
 * `Gyámhatóság`, `Vízművek`): the last word of a run ending so (with at least three letters before
 * the end) is that body. No surname of these languages ends so; `Kamara` and `Tanács` (surnames too) are left out.
 */
export const BODY_COMPOUND_ENDS: readonly string[] = `laitos virasto toimisto keskus lautakunta valtuusto ministeriö oikeus sairaala yliopisto
hyvinvointialue hivatal hatóság bíróság törvényszék minisztérium kincstár szolgálat központ ügyészség rendőrség kapitányság
igazgatóság művek pénztár önkormányzat intézet kórház`.split(/\s+/);

/** Whether `form` (a tail's form) ends with a body's compound end after three letters or more. */
function bodyCompoundEnd(form: string): boolean {
  for (const end of BODY_COMPOUND_ENDS) if (form.length >= end.length + 3 && form.endsWith(end)) return true;
  return false;
}

/** Tails that count only after a word in `-er` (a German place adjective: `Kölner Dom`). */
export const GERMAN_ADJECTIVE_TAILS: ReadonlySet<string> = new Set(['dom', 'tor', 'münster']);

/** Articles and prepositions between a lead and the name it heads (`Teatro alla Scala`, `Avenida da Liberdade`). */
export const LEAD_CONNECTORS: ReadonlySet<string> = new Set(
  'di da de del della delle dei degli dello dell alla alle al agli do dos das du des la le les y e i cổ der'.split(' '),
);

/** A token's lower case as the sets hold it: `İ`'s dot dropped, a Turkish case ending after an apostrophe cut (`mahkemesi'ne`). */
export function headForm(lower: string): string {
  let form = lower.indexOf('\u0307') === -1 ? lower : lower.replace(/\u0307/g, '');
  const apostrophe = form.search(/['’]/);
  if (apostrophe > 0) form = form.slice(0, apostrophe);
  return form;
}

/** Whether `lower` (a capitalized word) ends a place's or a body's name after `previousLower`. */
export function isPlaceBodyTail(lower: string, previousLower: string | undefined): boolean {
  const form = headForm(lower);
  if (!PLACE_BODY_TAILS.has(form)) return bodyCompoundEnd(form);
  return !GERMAN_ADJECTIVE_TAILS.has(form) || (previousLower !== undefined && previousLower.length >= 4 && previousLower.endsWith('er'));
}

/**
 * Ends of German and Dutch compounds that lead a hospital's or a clinic's name as their head noun does
 * (`Universitätsklinikum Heidelberg`, `Kreiskrankenhaus Sigmaringen`, `Universitätsmedizin Berlin`, `Herzzentrum
 * Leipzig`, `Kantonsspital Aarau`, `Stadtziekenhuis Rotterdam`; 2026-12-07d: the place after one was read as a surname).
 * No surname of these languages ends so; three letters at least before the end.
 */
export const LEAD_COMPOUND_ENDS: readonly string[] = 'klinikum krankenhaus klinik spital ziekenhuis medizin zentrum'.split(' ');

/** Whether `lower` (a capitalized word) leads a place's or a body's name (also a compound of a hospital's head: LEAD_COMPOUND_ENDS). */
export function isPlaceBodyLead(lower: string): boolean {
  const form = headForm(lower);
  if (PLACE_BODY_LEADS.has(form)) return true;
  for (const end of LEAD_COMPOUND_ENDS) if (form.length >= end.length + 3 && form.endsWith(end)) return true;
  return false;
}

// A capitalized lead, then up to two connectors, then the run (`Comune di `, `Teatro alla `): read
// on the 40 characters before a run (bounded).
const LEAD_BEFORE = /(\p{Lu}[\p{Ll}\p{M}]+)[ \t]+((?:\p{Ll}+[ \t]+){0,2})$/u;

/**
 * The administrative units of Vietnam, Indonesia and Thailand written before a place's name, in lower
 * case or abbreviated with a dot (`phường Bến Nghé`, `TP. Hồ Chí Minh`, `Kel. Kebon Sirih`, `Kec.
 * Menteng`; O3 and O4 of the thirteenth probe of 2026-12-05f: the names were read as persons).
 */
const ADMIN_UNIT_BEFORE = /(?:^|[^\p{L}])(?:phường|quận|huyện|xã|tỉnh|thành phố|thị xã|thị trấn|tp\.|kel\.|kec\.|kab\.|kelurahan|kecamatan|kabupaten|desa|provinsi|prov\.|jl\.|gg\.|tambon|amphoe|khet|khwaeng|changwat)[ \t]+$/iu;

/**
 * A Vietnamese landmark's head of two words, capitalized, before the name of the person it is named
 * after (the open part of O3 of 2026-12-05f: `Lăng Chủ tịch Hồ Chí Minh`, `Bảo tàng Hồ Chí Minh`,
 * `Nhà tù Hỏa Lò`, `Trường THPT Lê Quý Đôn`, `Bệnh viện Bạch Mai`): the run after it is the landmark's name.
 */
const VI_LANDMARK_BEFORE = /(?:^|[^\p{L}])((?:bảo tàng|nhà tù|bệnh viện|công viên|nhà hát|sân bay|đại học|nhà thờ|nhà văn hóa|lăng chủ tịch|lăng bác|tượng đài|trường(?:[ \t]+(?:thpt|thcs|ptth|tiểu học|trung học|đại học|cao đẳng))?))[ \t]+$/iu;

/**
 * Polish `im.` (imienia, "named after") between a body's head and the person it is named after (`Szpital im.
 * Mikołaja Kopernika`, `Szkoła Podstawowa nr 12 im. Marii Konopnickiej`; O2 of the leak probe of 2026-12-07):
 * the run after it is the body's name. In lower case only (a German `Im.` opens no name).
 */
const NAMED_AFTER_BEFORE = /(?:^|[^\p{L}\p{N}])im\.[ \t]{1,2}$/u;

/** Whether `before` (the text before a run) ends with a place's or body's lead and its connectors. */
export function placeBodyLeadBefore(before: string): boolean {
  if (ADMIN_UNIT_BEFORE.test(before.slice(-24)) || NAMED_AFTER_BEFORE.test(before.slice(-8))) return true;
  const landmark = VI_LANDMARK_BEFORE.exec(before.slice(-32));
  if (landmark !== null && /^\p{Lu}/u.test(landmark[1] as string)) return true;
  const match = LEAD_BEFORE.exec(before.slice(-40));
  if (match === null || !isPlaceBodyLead((match[1] as string).toLowerCase())) return false;
  const connectors = (match[2] as string).trim();
  return connectors === '' || connectors.split(/[ \t]+/).every((word) => LEAD_CONNECTORS.has(word));
}

/**
 * A holiday's head, capitalized, and its article before the rest of its name (`Tag der Deutschen Einheit`, `Tag der
 * Arbeit`; O3 of the probe of 2026-12-05i): `Tag` is English's verb too (`Tag Maria Garcia in the photo`), so only
 * with the article.
 */
const HOLIDAY_LEAD_BEFORE = /(?:^|[^\p{L}])Tag[ \t]+der[ \t]+$/u;
/** Whether `before` (the text before a run) ends with a holiday's head and its article. */
export function holidayLeadBefore(before: string): boolean {
  return HOLIDAY_LEAD_BEFORE.test(before.slice(-16));
}
