// Firms of the legal, staffing and reinsurance trades named after their founders (O1 of the sixteenth
// probe of 2026-12-05i: `Skadden Arps`, `Davis Polk`, `Freshfields Bruckhaus Deringer`, `Morgan Lewis`,
// `Quinn Emanuel`, `Gibson Dunn`, `Paul Weiss`, `Hannover Rück` were masked as persons). Written by hand
// from the firms' own short names as the trade press writes them (the largest US, UK, European, Canadian,
// Australian and Asian law firms by headcount; no npm data package of firm names is a dependency). Only
// names of two words or more: a firm of one surname (`Cooley`, `Dechert`, `Withers`) is as often a person.
// names.ts reads them as FIRMS (a run that spells one is the firm unless a title precedes it or a
// person's verb and pronoun follow it: `Paul Weiss called about his lease`).

const LAW_FIRMS = `skadden arps|skadden arps slate|skadden arps slate meagher|davis polk|davis polk & wardwell|cravath swaine|
cravath swaine & moore|wachtell lipton|wachtell lipton rosen|simpson thacher|simpson thacher & bartlett|sullivan & cromwell|
cleary gottlieb|cleary gottlieb steen|debevoise & plimpton|weil gotshal|weil gotshal & manges|paul weiss|paul weiss rifkind|
quinn emanuel|quinn emanuel urquhart|gibson dunn|gibson dunn & crutcher|morgan lewis|morgan lewis & bockius|kirkland & ellis|
latham & watkins|sidley austin|mayer brown|jones day|white & case|ropes & gray|goodwin procter|wilmer cutler|wilmer cutler pickering|
covington & burling|arnold & porter|williams & connolly|akin gump|akin gump strauss|milbank tweed|fried frank|fried frank harris|
cahill gordon|cahill gordon & reindel|shearman & sterling|willkie farr|willkie farr & gallagher|proskauer rose|paul hastings|
o'melveny & myers|munger tolles|munger tolles & olson|irell & manella|greenberg traurig|holland & knight|king & spalding|
alston & bird|vinson & elkins|baker botts|norton rose|norton rose fulbright|fulbright & jaworski|morrison & foerster|
winston & strawn|katten muchin|katten muchin rosenman|mcdermott will|mcdermott will & emery|seyfarth shaw|littler mendelson|
jackson lewis|ogletree deakins|fisher phillips|squire patton boggs|squire sanders|patton boggs|reed smith|eversheds sutherland|
dla piper|pillsbury winthrop|faegre drinker|faegre baker|drinker biddle|perkins coie|davis wright tremaine|husch blackwell|
baker donelson|bryan cave|bryan cave leighton|bryan cave leighton paisner|kilpatrick townsend|hunton andrews kurth|
hunton & williams|troutman pepper|troutman sanders|ballard spahr|blank rome|duane morris|foley & lardner|foley hoag|
sheppard mullin|crowell & moring|crowell moring|steptoe & johnson|hughes hubbard|hughes hubbard & reed|schulte roth|
schulte roth & zabel|kramer levin|kasowitz benson|boies schiller|boies schiller flexner|susman godfrey|wilson sonsini|
wilson sonsini goodrich|fenwick & west|gunderson dettmer|orrick herrington|orrick herrington & sutcliffe|mintz levin|
nixon peabody|lowenstein sandler|haynes and boone|haynes & boone|locke lord|vedder price|kelley drye|loeb & loeb|day pitney|
shook hardy|shook hardy & bacon|quarles & brady|godfrey & kahn|taft stettinius|frost brown todd|dinsmore & shohl|bass berry|
bass berry & sims|bradley arant|butler snow|jenner & block|neal gerber|dickinson wright|barnes & thornburg|dorsey & whitney|
fredrikson & byron|stoel rives|lane powell|gordon rees|lewis brisbois|wilson elser|hinshaw & culbertson|cozen o'connor|
saul ewing|pepper hamilton|buchanan ingersoll|eckert seamans|kirkpatrick lockhart|cadwalader wickersham|curtis mallet|
chadbourne & parke|hogan lovells|hogan & hartson|allen & overy|clifford chance|slaughter and may|slaughter & may|
herbert smith|herbert smith freehills|freshfields bruckhaus|freshfields bruckhaus deringer|mishcon de reya|osborne clarke|
pinsent masons|addleshaw goddard|irwin mitchell|burges salmon|bird & bird|taylor wessing|simmons & simmons|stephenson harwood|
watson farley|watson farley & williams|hill dickinson|browne jacobson|trowers & hamlins|charles russell speechlys|farrer & co|
gleiss lutz|hengeler mueller|glade michel wirtz|heuking kühn|cms hasche sigle|hasche sigle|gide loyrette|gide loyrette nouel|
bredin prat|darrois villey|de brauw|de brauw blackstone|de brauw blackstone westbroek|loyens & loeff|uría menéndez|uria menendez|
gómez acebo & pombo|gomez acebo & pombo|pérez llorca|perez llorca|bonelli erede|gianni origoni|lenz & staehelin|bär & karrer|
baer & karrer|niederer kraft frey|walder wyss|wolf theiss|cerha hempel|mannheimer swartling|kromann reumert|gorrissen federspiel|
castrén & snellman|hannes snellman|vieira de almeida|morais leitão|osler hoskin|osler hoskin & harcourt|stikeman elliott|
blake cassels|mccarthy tétrault|mccarthy tetrault|davies ward|fasken martineau|borden ladner gervais|bennett jones|
king & wood mallesons|minter ellison|corrs chambers westgarth|clayton utz|russell mcveagh|bell gully|chapman tripp|
nishimura & asahi|anderson mori|anderson mori & tomotsune|mori hamada|mori hamada & matsumoto|nagashima ohno|
nagashima ohno & tsunematsu|kim & chang|lee & ko|shin & kim|cyril amarchand|shardul amarchand|amarchand mangaldas|
khaitan & co|rajah & tann|allen & gledhill|drew & napier|mattos filho|pinheiro neto|machado meyer|webber wentzel|
cliffe dekker|cliffe dekker hofmeyr|edward nathan sonnenbergs`;

// Executive search, staffing and recruitment firms, and reinsurers, named after their founders or a
// city and the trade's word (`Korn Ferry`, `Hannover Rück`). `Robert Walters`, `Harvey Nash` and
// `Michael Page` are left out: a person of that name is as common; `Agency Robert Walters` is read by
// the agency's noun before it (names.ts FIRM_NOUN_BEFORE).
const STAFFING_AND_REINSURANCE_FIRMS = `korn ferry|spencer stuart|heidrick & struggles|russell reynolds|egon zehnder|
robert half|page group|hannover rück|hannover re|munich re|swiss re|general re|gen re|scor re|everest re|partner re|
hiscox re`;

/** The firms of both lists, lower case, words joined by one blank (` & ` kept). */
export const TRADE_FIRMS: readonly string[] = `${LAW_FIRMS}|${STAFFING_AND_REINSURANCE_FIRMS}`.split(/\|\s*/);
