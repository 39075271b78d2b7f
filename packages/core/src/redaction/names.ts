import type { Detection } from './types.js';
import { isStreetWordOrSuffix } from './addresses.js';
import { NAME_ENDS_AFTER, OWNER_CONTACT_NOUN_BEFORE, PERSON_ROLE_LABEL_BEFORE, PERSON_ROLE_NOUN_BEFORE, STRONG_NAME_CUE_BEFORE } from './person-labels.js';
import { gatedTest } from './internal/prefilter.js';
import { indexOfWithin, lineEndUntil, lineStartWithin } from './internal/lines.js';
import { spanReach } from './internal/span-reach.js';
import { SpanGrid } from './internal/span-grid.js';
import { LATIN_NAME_LABEL_WORDS } from './key-vocabulary.js';
import { LEGAL_FORM_AFTER, LEGAL_FORM_SPELLINGS, legalFormWord } from './legal-forms.js';
import { holidayLeadBefore, isPlaceBodyLead, isPlaceBodyTail, placeBodyLeadBefore } from './place-heads.js';
import { TRADE_FIRMS } from './trade-firms.js';
import { DEVICE_ARTICLE_BEFORE, DEVICE_NOUN_AFTER, INSTITUTION_DESCRIPTORS, NAME_SUFFIXES, PERSON_CREDENTIALS_AFTER, ROLE_ITEM_END_AFTER, ROOM_HEADS, mayHoldOrgRoleLabel, orgRoleListBefore } from './org-roles.js';
import { CAR_MAKES, vehicleRun } from './vehicles.js';
import { JOB_HEADS, financeBrandRun, jobTitleRun, logTermOpening, loneUtterance, monthBeforeStatementNoun, paymentReferenceLead, paymentReferenceRun } from './look-alike-runs.js';
import { openNameTable, WORD_KIND, wordsOfKind, type WordSet } from './name-table.js';
import { ACCENTED_GIVEN_NAMES } from './accented-given-names.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Person names in free text, from name lists and cues, without a model.
//
// Lists (built at build time by scripts/build-name-lists.mjs, shipped in the package as a hash
// table read without decoding: name-table.ts): census and
// stdlib first names, census and cspell surnames, minus common English words (SCOWL); names that
// are common words ("Mark", "Grace", "Baker") and the places, medical eponyms and drug names
// below are "ambiguous": they count only next to another name or after a cue.
//
// A capitalized run of words (single spaces, initials allowed) is a name when
//  - it holds a listed name and at most two unknown capitalized words ("Nguyen Thi Mai"), or
//  - it is an ambiguous first name followed by an unknown or ambiguous surname ("Grace Okafor"), or
//  - a cue precedes it: a title (Mr, Mrs, Ms, Dr, Prof, ...), "my name is", "I'm", "patient",
//    "Dear", "Hi", a signature ("Regards,\n"), a form label ("Name:", "Patient:").
// A run is never a name when an eponym reading follows ("Parkinson's disease", "Apgar score",
// "Holter monitor") or an organisation or street word follows ("Ford Motor Company", "Baker Street").
// Lower-case text: a listed first name followed by a listed surname ("maria garcia").
// Cost: one tokenizing pass and Set lookups per word; windows around a run are bounded.

// Places whose names are also given names or surnames: countries, states, large cities, regions.
const PLACES = `america africa asia europe australia oceania antarctica arctic atlantic pacific
alabama alaska arizona arkansas california carolina colorado connecticut dakota delaware florida georgia hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
montana nebraska nevada hampshire jersey mexico york ohio oklahoma oregon pennsylvania rhode tennessee texas utah
vermont virginia washington wisconsin wyoming columbia ontario quebec alberta victoria queensland tasmania manitoba
england scotland wales ireland britain france germany spain italy portugal austria switzerland belgium netherlands
holland denmark sweden norway finland iceland poland czechia slovakia hungary romania bulgaria greece turkey cyprus
russia ukraine belarus estonia latvia lithuania serbia croatia slovenia bosnia albania macedonia moldova malta
china japan korea india pakistan bangladesh nepal vietnam thailand cambodia laos myanmar malaysia singapore indonesia
philippines taiwan mongolia iran iraq israel jordan lebanon syria egypt libya tunisia algeria morocco sudan ethiopia
kenya nigeria ghana senegal uganda tanzania zambia zimbabwe angola namibia botswana chad niger mali congo rwanda
canada brazil argentina chile peru bolivia ecuador colombia venezuela uruguay paraguay guyana cuba haiti jamaica
panama honduras guatemala nicaragua salvador dominica grenada barbados bahamas fiji samoa tonga zealand greenland
paris london berlin madrid rome vienna prague warsaw budapest athens lisbon dublin brussels amsterdam oslo stockholm
helsinki copenhagen moscow kyiv kiev istanbul cairo lagos nairobi tokyo beijing shanghai delhi mumbai sydney melbourne
adelaide perth brisbane auckland toronto montreal vancouver ottawa calgary regina boston chicago houston dallas austin
denver phoenix seattle portland atlanta miami orlando tampa detroit cleveland columbus cincinnati memphis nashville
charlotte raleigh richmond baltimore philadelphia pittsburgh buffalo albany hartford newark trenton dover lincoln
omaha wichita tulsa jackson madison milwaukee lansing springfield savannah charleston augusta salem eugene reno
vegas angeles francisco diego jose sacramento fresno oakland berkeley pasadena aurora troy florence alexandria
lourdes kingston hamilton wellington geneva zurich munich hamburg cologne frankfurt stuttgart dresden leipzig milan
naples venice turin genoa bologna verona marseille lyon nice toulouse bordeaux nantes lille seville valencia
barcelona bilbao porto oxford cambridge manchester liverpool leeds bristol sheffield chester lancaster york kent devon
cornwall essex surrey sussex durham westminster brooklyn manhattan bronx queens harlem hollywood malibu sheridan
shannon sherwood everest sahara nile amazon danube rhine thames hudson mississippi siberia bavaria tyrol provence
rhone rhône alps alpes loire seine garonne normandy normandie brittany bretagne burgundy bourgogne alsace lorraine
champagne aquitaine occitanie picardie auvergne savoie tuscany toscana lombardy lombardia piedmont piemonte sicily
sardinia catalonia catalunya andalusia andalucia galicia castile castilla navarra aragon saxony sachsen hesse hessen
flanders wallonia brabant limburg zeeland friesland holstein westphalia silesia moravia bohemia transylvania
dalmatia istria crimea caucasus balkans scandinavia lapland yorkshire lancashire cheshire dorset somerset cumbria
ulster munster leinster connacht highlands
basel linz graz salzburg innsbruck bern lausanne lugano zurich zürich geneva genève
chelsea fulham kensington camden islington mayfair soho greenwich wimbledon clapham lambeth southwark hackney brixton
ealing croydon bromley enfield barnet harrow birmingham coventry leicester nottingham norwich derby preston bolton
carlisle exeter plymouth brighton bradford wakefield huddersfield sunderland newcastle glasgow edinburgh aberdeen
dundee cardiff swansea belfast
medellín medellin cartagena trujillo antioquia bogotá bogota barranquilla bucaramanga cusco cuzco arequipa lima chiclayo
piura iquitos montevideo valparaíso valparaiso guadalajara monterrey puebla oaxaca recife fortaleza curitiba manaus
guangzhou shenzhen tianjin chongqing chengdu wuhan hangzhou nanjing suzhou qingdao dalian xiamen ningbo shenyang
harbin changsha zhengzhou jinan kunming fuzhou hefei nanning guiyang lanzhou taiyuan shijiazhuang urumqi hohhot lhasa
xining yinchuan haikou zhuhai dongguan foshan wuxi changzhou yantai guilin luoyang kaifeng shantou wenzhou nanchang
guangdong guangxi fujian zhejiang jiangsu shandong henan hebei hubei hunan sichuan yunnan guizhou shaanxi shanxi
gansu qinghai hainan anhui jiangxi liaoning heilongjiang xinjiang ningxia`;

// Medical eponyms: diseases, tests, scores, devices and signs named after people.
const EPONYMS = `parkinson alzheimer crohn hodgkin apgar holter down asperger tourette huntington cushing hashimoto
kaposi guillain barré barre gehrig raynaud sjogren sjögren wilms ewing meniere ménière paget marfan
klinefelter rett munchausen heimlich babinski pap whipple foley doppler braxton kegel lyme tay sachs fallot reye
brugada wernicke korsakoff broca burkitt hirschsprung kawasaki legionnaires lewy gaucher fabry pompe niemann duchenne
charcot dupuytren osgood schlatter peyronie ehlers danlos trendelenburg valsalva romberg snellen ishihara rorschach
gleason breslow kussmaul korotkoff cheyne zollinger sheehan langerhans purkinje kupffer golgi krukenberg virchow
addison epstein barr
euler gauss markov bayes fourier laplace poisson riemann dijkstra kolmogorov bernoulli boltzmann lagrange cauchy
fibonacci pythagoras euclid galois heisenberg schrödinger schrodinger levenshtein turing hamming kalman waals neumann
willis bell eustachian fallopian`;

// Nouns for a person in German, French, Spanish, Portuguese, Italian and Dutch (customer, patient,
// employee, user) that the lists hold as surnames (`Kunde`) or may: a name only next to another
// name or after a cue (`Der Kunde möchte …`, `{"Kunde": 1}`; `Herr Kunde` is a person; a probe of 2026-12-03).
// German `Junge` (boy) and its kin (O3 of probe-2026-12-05j: `Der Junge geht …`, `Junge Union` were persons).
const PERSON_NOUNS = `kunde kunden kundin patientin patienten mitarbeiter mitarbeiterin benutzer benutzerin nutzer
nutzerin käufer verkäufer junge jungen mädchen jugendliche jugendlicher eltern geschwister client cliente clientes clienta usuario usuaria utilisateur utilisatrice paciente patiente
klant klanten gebruiker medewerker utente cliënt`;

// Brand and generic drug names that double as given names or surnames.
const DRUGS = `allegra lyrica ambien valium xanax cialis viagra zoloft prozac paxil lexapro celexa wellbutrin abilify
seroquel lipitor crestor zocor plavix eliquis xarelto coumadin lasix norvasc zestril synthroid tylenol advil motrin
aleve claritin zyrtec benadryl keppra lamictal topamax neurontin ativan klonopin adderall ritalin concerta vyvanse
humira enbrel remicade keytruda opdivo herceptin avastin rituxan ozempic wegovy mounjaro trulicity januvia jardiance
farxiga victoza lantus humalog novolog levemir tresiba basaglar toujeo entresto brilinta effient pradaxa savaysa
flomax proscar avodart detrol vesicare myrbetriq boniva fosamax evista prolia reclast premarin estrace provera
diflucan valtrex zovirax tamiflu augmentin keflex cipro levaquin bactrim zithromax flagyl doxy minocin
voltaren nurofen novalgin pantozol nexium marcumar thomapyrin dafalgan doliprane efferalgan spasfon gaviscon smecta
tachipirina brufen aulin enantyum nolotil gelocatil frenadol pyralgina ketonal apap`;

// Software, services, banks and payment brands that the lists hold as names (`Kafka`, `Jira`,
// `Stripe`): no person's name (a probe of 2026-12-03), and, beside a bot's name in a list, what makes it a tool
// (`We use Jenkins, Ansible, Terraform and Grafana`).
const SOFTWARE_NAMES = `stripe paypal twilio sendgrid okta shopify zendesk hubspot intercom plaid adyen klarna braintree mailchimp siri alexa cortana
prometheus alertmanager biontech moderna astrazeneca santander barclays coutts hsbc natwest monzo revolut venmo zelle
hadoop flink kafka spark kubernetes terraform ansible grafana kibana elasticsearch opensearch postgres postgresql
mongodb redis nginx django laravel symfony webpack nodejs numpy pandas pytorch tensorflow keras jupyter airflow
snowflake databricks tableau salesforce jira confluence gitlab github bitbucket dynatrace datadog splunk
sentry vercel netlify heroku supabase firebase cassandra couchbase clickhouse rabbitmq zookeeper`;

// Capitalized words the name lists hold that are rarely a person's name in running text:
// days, months that are no given name, nationalities and languages, form labels, honorific words;
// SQL type names, so a column and its type are no name (`name VARCHAR(40) NOT NULL`: X3 of 2026-12-05).
const NOT_NAMES = new Set(`varchar varchar2 nvarchar nvarchar2 nchar char clob nclob bigint smallint tinyint mediumint tinytext mediumtext longtext bytea varbinary citext
überweisung zahlung gutschrift lastschrift monday tuesday wednesday thursday friday saturday sunday january february march july
september october november december christmas easter labor labour thanksgiving halloween fax phone tel email mail
mobile desk website web internet referral referrals uninsured underinsured motorist motorists kz inc ltd llc gmbh greek russian czech polish german french english spanish italian
dutch swedish danish norwegian finnish hungarian romanian bulgarian serbian croatian slovak slovenian slovene
ukrainian turkish arab arabic persian chinese japanese korean vietnamese thai indian american canadian mexican
brazilian argentinian african european asian latin jewish christian muslim catholic protestant hindu buddhist
republic kingdom united states union federation emirates islands god lord jesus allah buddha karma uber ok okay
forename forenames surname surnames initials bot user assistant system agent customer operator support admin hi hiya hey hello dear yes no thanks regards sincerely cheers best kind warm mr mrs ms miss mx dr prof sir madam
viele liebe beste herzliche freundliche freundlichen grüße grüsse gruß gruss vriendelijke hartelijke groet groeten cordialement
bien salutations amicalement atentamente saludo saludos cordiales abrazo cordiali distinti saluti saluto atenciosamente
cumprimentos abraços vänliga hälsningar venlig vennlig hilsen terveisin pozdrawiam geb
thx danke merci obrigado obrigada gracias grazie bedankt tack takk kiitos dziękuję dzięki
mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines sein seine seinen seinem seiner seines
ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer euer eure der sehr geehrte geehrter geehrten damen herren
votre vos notre nos leur leurs vuestro vuestra vuestros vuestras nuestro nuestra nuestros nuestras uw onze jouw geachte
bonjour bonsoir salut coucou estimado estimada estimados estimadas querido querida queridos hola buenos buenas buongiorno
buonasera salve egregio egregia prezado prezada olá hallo moin servus grüezi guten bitte hej nr
portal portals login logon signin signup dashboard app apps
địa điểm phố căn cước dân chợ vịnh phường quận huyện tỉnh
${SOFTWARE_NAMES}`.split(/\s+/));

// Words that start the name of an institution (a bank, a university, a hospital, a ministry, a
// museum, ...) in English, Spanish, Portuguese, French, Italian, German and Dutch: a capitalized
// run they lead is that institution, not a person (`Banco de España`, `Universidad de Granada`,
// `Caixa Geral`; a title before them still makes a person: `Dr Bank`).
const INSTITUTION_LEADS = new Set(`banco banca banque bank caja caixa caisse sparkasse volksbank universidad universidade université
universität universita università university instituto institut institute istituto ministerio ministério ministère ministry
ministerium fundación fundação fondation fondazione stiftung foundation museo museu musée museum colegio escuela école schule
hospital hôpital ospedale krankenhaus ziekenhuis clínica clinica clinique klinik klinikum iglesia église kirche chiesa
aeropuerto aeroporto aéroport flughafen airport hotel hôtel teatro théâtre theater theatre gobierno governo gouvernement
regierung ayuntamiento comune mairie rathaus gemeente tribunal tribunale gericht policía polizia polizei
kita kitas kindergarten kinderkrippe krippe hort kinderhort`.split(/\s+/));

// Months and seasons that are also given names: ambiguous ("June is the month", "June Okafor").
const MONTH_NAMES = 'april may june august summer autumn';

// Banks, brokers and wealth managers whose names are person names (the third probe of 2026-12-04,
// O3: `held at Charles Stanley; custodian Morgan Stanley` stored `[PERSON:x]; custodian Morgan
// [PERSON:x]`). Written by hand from the firms' registered names (FINRA BrokerCheck, the FCA
// register, the BaFin database); no npm data package of firm names is a dependency. Firms led by
// initials are listed with the initials' letters (`jp morgan` is `J.P. Morgan` and `JP Morgan`,
// `t rowe price` is `T. Rowe Price`: initialledFirm).
const FINANCIAL_FIRMS = `charles stanley|charles schwab|morgan stanley|edward jones|edward d jones|raymond james|goldman sachs|merrill lynch|
dean witter|morgan stanley dean witter|smith barney|jp morgan|jp morgan chase|morgan chase|t rowe price|rowe price|piper sandler|
piper jaffray|janney montgomery scott|janney montgomery|brown brothers harriman|brown brothers|stifel nicolaus|hilliard lyons|
ladenburg thalmann|keefe bruyette|sandler o'neill|robert w baird|rw baird|da davidson|b riley|ag edwards|ef hutton|kidder peabody|
lehman brothers|bear stearns|salomon brothers|paine webber|legg mason|franklin templeton|hargreaves lansdown|brewin dolphin|
rathbone brothers|quilter cheviot|kleinwort benson|kleinwort hambros|c hoare|julius baer|lombard odier|edmond de rothschild|
mm warburg|sal oppenheim|hauck aufhäuser|lloyds|barclays|fidelity|stifel|jefferies|cazenove|schroders`;

// Health systems and hospitals whose names read as persons (the same probe, O4: `Kaiser
// Permanente`, `Brigham and Women's`, `Mass General Brigham` were masked). Written by hand from the
// systems' own names (large US systems and academic medical centres); a run that spells one is
// the institution, unless a title precedes it (`Dr. Brigham`). Systems named by one surname alone
// (`Geisinger`, `Ochsner`, `Vanderbilt`) are not listed: a lone surname is as often a person.
const HEALTH_SYSTEMS = `kaiser permanente|kaiser foundation|brigham and women's|brigham and women|mass general brigham|mass general|
massachusetts general|cedars sinai|beth israel|beth israel deaconess|beth israel lahey|dana farber|lenox hill|yale new haven|
hackensack meridian|christiana care|advocate aurora|baylor scott|dartmouth hitchcock|barnes jewish|nyu langone|md anderson|
sloan kettering|memorial sloan kettering|mayo clinic|cleveland clinic|johns hopkins`;

// Firms whose names are made of person names ("Morgan Stanley", "Dell"): a run that spells one of
// these (or starts one: "Johnson Controls") is a firm, unless a title precedes it ("Mr Dell").
// India's groups named after their founders' families and Czech brands (`Tata Consultancy Services`,
// `Reliance Jio`, `Kofola ČeskoSlovensko`; O2 of the probe of 2026-12-05g).
const FIRMS = new Set(`morgan stanley|goldman sachs|johnson controls|johnson matthey|berkshire hathaway|wolters kluwer|merrill lynch|
charles schwab|wells fargo|harvey nichols|harvey norman|paul smith|ted baker|jo malone|laura ashley|kate spade|michael kors|marc jacobs|tory burch|vera wang|jimmy choo|ben sherman|karen millen|stella mccartney|vivienne westwood|alexander mcqueen|tom ford|hewlett packard|lockheed martin|ralph lauren|calvin klein|estee lauder|estée lauder|tommy hilfiger|
dell xps|dell inspiron|dell latitude|dell precision|dell optiplex|
louis vuitton|christian dior|hugo boss|harley davidson|rolls royce|mercedes benz|eli lilly|bristol myers|thermo fisher|coca cola|pepsi cola|
arthur andersen|booz allen|marsh mclennan|raymond james|edward jones|kimberly clark|sherwin williams|jones lang lasalle|
baker mckenzie|dow jones|warner bros|bank of america|john deere|john lewis|marks and spencer|sainsbury|tesco|dell|disney|
mcdonald|mcdonalds|mcdonald's|boeing|pfizer|merck|bayer|roche|novartis|siemens|bosch|porsche|ferrari|lamborghini|philips|
nestle|nestlé|kellogg|heinz|deloitte|mckinsey|gillette|colgate|marriott|hilton|hyatt|walgreens|kroger|tesla|bloomberg|
reuters|forbes|hearst|gucci|prada|versace|armani|chanel|cartier|toyota|honda|suzuki|yamaha|mitsubishi|walmart|macy's|
sotheby's|christie's|chrysler|chevrolet|peugeot|renault|citroen|citroën|daimler|opel|michelin|dyson|wrigley|hershey|
campbell soup|johnson & johnson|procter & gamble|ernst & young|barnes & noble|dun & bradstreet|ben & jerry's|
washington post|georgia tech|mcdonnell douglas|virginia tech|alfa romeo|aston martin|martin marietta|lincoln electric|ford motor|jack daniel's|
honda civic|honda accord|honda jazz|toyota corolla|toyota camry|toyota yaris|ford fiesta|ford focus|ford mustang|
claude sonnet|claude opus|claude haiku|claude instant|claude code|apache kafka|apache spark|apache airflow|apache tomcat|
société générale|societe generale|bnp paribas|crédit agricole|credit agricole|credit suisse|deutsche bank|danske bank|abn amro|
cash app|american express|memorial sloan kettering|sloan kettering|royal marsden|mayo clinic|cleveland clinic|johns hopkins|
kafka streams|
tata consultancy services|tata consultancy|tata motors|tata steel|tata power|tata sons|reliance jio|reliance industries|reliance retail|
mahindra & mahindra|bajaj auto|bajaj finance|adani group|adani ports|kofola|kofola československo|kofola ceskoslovensko|
apache cassandra|apache maven|apache flink|apache solr|adobe acrobat|adobe photoshop|adobe illustrator|adobe reader|
${FINANCIAL_FIRMS}|
${HEALTH_SYSTEMS}`.split(/\|\s*/));
// The law firms, search firms and reinsurers of trade-firms.ts (O1 of the probe of 2026-12-05i); their
// words are left out of the lower-case words kept (lowerKeep): they are read capitalized only.
const LOWER_FIRMS: readonly string[] = [...FIRMS];
for (const firm of TRADE_FIRMS) FIRMS.add(firm);

// Product lines led by a vendor, a distribution or a German firm's first word: a run they lead is
// that product or firm (`Deutsche Bahn`, `Ubuntu Jammy`, `Debian Bullseye`, `Apache Kafka`; a
// probe of 2026-12-03), unless a title precedes it.
// Indonesian food products (`Indomie Goreng`, `Kopi Kapal Api`, `Nasi Goreng`; O4 of the thirteenth probe of 2026-12-05f).
// HR, payroll and recruiting vendors whose products are written after them (`Ceridian Dayforce`, `Paychex Flex`,
// `LinkedIn Recruiter`; O1 of the probe of 2026-12-05i).
const PRODUCT_LEADS = new Set('deutsche apache adobe ubuntu debian fedora mozilla microsoft google oracle nvidia samsung visa mastercard amex pfizer indomie kopi nasi ceridian paychex paylocity paycom paycor kronos ukg successfactors linkedin ziprecruiter glassdoor icims taleo jobvite smartrecruiters bamboohr'.split(' '));

// Fiction's and games' best-known characters, named as persons are (`Sherlock Holmes`, `Lara Croft`;
// O6 of the probe of 2026-12-05g): a run that spells one is the character, unless a title precedes it.
const CHARACTERS = new Set(`sherlock holmes|hercule poirot|miss marple|jane marple|lara croft|harry potter|hermione granger|ron weasley|
albus dumbledore|james bond|indiana jones|luke skywalker|han solo|darth vader|leia organa|frodo baggins|bilbo baggins|
geralt of rivia|master chief|solid snake|princess peach|sonic the hedgehog|atticus finch|jay gatsby|
elizabeth bennet|jane eyre|huckleberry finn|tom sawyer|peter pan|nancy drew|lisbeth salander|kurt wallander|harry hole`.split(/\|\s*/));

// Places of two or three words whose words are listed names (`Costa Rica`, `Sierra Leone`, `Hong
// Kong`): a run that starts with one is the place, unless a title precedes it (`Mr Costa`). Ghana's two teaching
// hospitals by the places they stand in, written with no head (`…, Department of Social Welfare, Korle Bu.`, `Sites:
// Korle Bu, Komfo Anokye`; O1's open part of probe-2026-12-05j, 2026-12-06).
// Written by hand (no npm data package of country and city names is a dependency): the countries
// and territories of ISO 3166 with names of several words, capitals and large cities, landmarks;
// European cities of several words that were read as persons (O1 of the leak probe of 2026-12-07:
// `Zielona Góra`, `Alcalá de Henares`, `Ostrów Wielkopolski`, `Den Haag`, `Bergen op Zoom`), with
// and without their accents.
const MULTI_WORD_PLACES = new Set(`costa rica|sagrada familia|sagrada família|checkpoint charlie|taj mahal|sri lanka|burkina faso|sierra leone|hong kong|puerto rico|el salvador|san marino|
new zealand|south africa|south sudan|north korea|south korea|saudi arabia|united kingdom|united states|czech republic|
dominican republic|ivory coast|cote d'ivoire|côte d'ivoire|cape verde|cabo verde|papua new guinea|equatorial guinea|
solomon islands|marshall islands|cayman islands|faroe islands|timor leste|east timor|trinidad and tobago|
antigua and barbuda|saint lucia|saint kitts|bosnia and herzegovina|guinea bissau|sao tome|são tomé|
buenos aires|kuala lumpur|rio de janeiro|são paulo|sao paulo|santiago de chile|mexico city|panama city|guatemala city|
kuwait city|abu dhabi|addis ababa|dar es salaam|phnom penh|port louis|port moresby|tel aviv|ho chi minh|
hồ chí minh|thành phố hồ chí minh|hà nội|ha noi|hội an|hoi an|hạ long|ha long|đà nẵng|da nang|bến thành|ben thanh|bến nghé|ben nghe|nha trang|cần thơ|can tho|hải phòng|hai phong|
chiang mai|chiang rai|hat yai|pattaya city|jakarta pusat|jakarta selatan|jakarta utara|jakarta barat|jakarta timur|
la paz|las vegas|los angeles|san francisco|san diego|san jose|santa cruz|santa fe|new york|new orleans|new delhi|
salt lake city|rio grande|porto alegre|belo horizonte|santo domingo|cape town|victoria falls|niagara falls|
mont blanc|monte carlo|monte rosa|mount everest|kilimanjaro|ayers rock|costa brava|costa del sol|sierra nevada|
hong kong island|lake victoria|lake geneva|lake como|santa monica|palo alto|mountain view|san antonio|
st petersburg|saint petersburg|st louis|saint louis|baton rouge|des moines|la jolla|martha's vineyard|
machu picchu|cristo redentor|pão de açúcar|pao de acucar|valle sagrado|el poblado|la boca|cercado de lima|la libertad|ciudad de méxico|
king's lynn|king's cross|earl's court|shepherd's bush|parson's green|bishop's stortford|bishop's castle|land's end|
korle bu|komfo anokye|
den haag|bergen op zoom|alphen aan den rijn|capelle aan den ijssel|den helder|den bosch|
reggio emilia|reggio calabria|reggio nell'emilia|la spezia|ascoli piceno|sesto san giovanni|castellammare di stabia|torre del greco|
alcalá de henares|alcala de henares|alcalá de guadaíra|palma de mallorca|las palmas|santa cruz de tenerife|san sebastián|san sebastian|jerez de la frontera|torrejón de ardoz|torrejon de ardoz|dos hermanas|la coruña|a coruña|castellón de la plana|vitoria gasteiz|
zielona góra|zielona gora|jelenia góra|jelenia gora|ostrów wielkopolski|ostrow wielkopolski|gorzów wielkopolski|gorzow wielkopolski|nowy sącz|nowy sacz|nowy targ|bielsko biała|bielsko biala|biała podlaska|biala podlaska|stalowa wola|ruda śląska|ruda slaska|piotrków trybunalski|piotrkow trybunalski|tomaszów mazowiecki|tomaszow mazowiecki|jastrzębie zdrój|jastrzebie zdroj|
aix en provence|boulogne billancourt|clermont ferrand|la rochelle|le havre|le mans|saint étienne|saint etienne|
frankfurt am main|frankfurt an der oder|freiburg im breisgau|mülheim an der ruhr|muelheim an der ruhr|halle an der saale|bad homburg`.split(/\|\s*/));

// Words that name a station, a district or a terminal after a city (`München Hauptbahnhof`).
// (Added to NOT_PERSON_AFTER.)

// Labels of government ids the name lists hold or that read as a name (`NINO: QQ 12 34 56 C`,
// `My Aadhaar is …`): before a colon, `#`, `no.`, `number` or `is` they are that label.
// UK `PAYE` (an employer's reference), Portuguese `NISS` and Spanish `NUSS` (social security), the
// Portuguese `Cartão de Cidadão` (its last word) and a `UTR`: O4 of the probe of 2026-12-05e; `reference`,
// `ref` and the Romance `n.º`/`nº` after them count as the label's link.
// A copula of the eight languages counts as the link too (`Meine Sozialversicherungsnummer lautet …`, `o meu
// NISS é …`, `Mi NUSS es el …`; L8 of the probe of 2026-12-05e, where the label read as a name).
/** A card's or a document's head noun that ends a run led by the English `My` (`My Ghana Card`, `My Aadhaar Card`, `My Oyster Card`): a thing of the writer's. */
const MY_THING_HEADS = new Set('card cards pass passport licence license id account wallet number'.split(' '));
const ID_LABELS = new Set('nino aadhaar aadhar pesel bsn insee nir dni nie nif cpf curp rut kvnr personnummer ssn itin steuer paye niss nuss utr cidadão cidadao sozialversicherungsnummer rentenversicherungsnummer versicherungsnummer'.split(' '));
/** Labels of a public body (Spanish, Portuguese, Italian, French, German, English, Dutch, Polish, Turkish) right before its name. */
const AGENCY_LABEL_BEFORE = /(?:^|[^\p{L}])(?:organismo|organisme|organizaci[oó]n|organiza[cç][aã]o|organizzazione|entidad|entidade|ente|instituci[oó]n|institui[cç][aã]o|istituto|institut|institution|agencia|ag[eê]ncia|agenzia|agence|agency|authority|autoridad|autoridade|autorit[àa]|autorit[ée]|beh[öo]rde|amt|dienststelle|tr[äa]ger|administraci[oó]n|administra[cç][aã]o|administration|ministerio|minist[eè]re|ministero|ministry|department|instantie|instelling|urz[aą]d|instytucja|kurum|kurulu[sş]|issuing\s(?:body|agency|authority)|organismo\s(?:emisor|pagador))\s{0,2}[:=]\s{0,3}$/iu;
/** An article right before a word in capitals (`en el SEPE`, `al SEPE`, `dem SEPE`): people's names take none (articles that are also a name's particles, `del`, `da`, `de la`, are left out). */
const ARTICLE_BEFORE_ACRONYM = /(?:^|[^\p{L}])(?:el|al|los|las|les|il|nel|nella|alla|ao|die|das|dem|the)\s$/u;
/**
 * The first words of a season's greeting in the languages of the probes (`Feliz`, `Frohe`, `Joyeux`,
 * `Buon`, `Prettige`, `Wesołych`, `Mutlu`); Czech, Slovak, the Nordic languages, Estonian, Finnish,
 * Greek in Latin letters, Swahili, Latvian, Lithuanian and Hungarian (`Veselé Vánoce`, `God jul`,
 * `Häid jõule`, `Kala Christougenna`, `Heri ya Krismasi`), and the thanks `Tak for` (Danish) and
 * `Asante sana` (Swahili), whose second word is one of WISH_WORDS (O5 of the probe of 2026-12-05g).
 */
const WISH_LEADS = new Set(`feliz felices frohe frohes fröhliche fröhliches schöne schönes gesegnete gesegnetes gutes joyeux joyeuse joyeuses bonne bonnes bon buon buona buone boas boa próspero próspera prospero prettige fijne vrolijk vrolijke gelukkig gelukkige zalig wesołych szczęśliwego mutlu iyi
veselé veselý šťastné šťastný glædelig glaedelig godt god gott glad häid head hyvää hyvaa kala kalo kali kales eftychismeno eytyxismeno heri mwaka priecīgus linksmų linksmu boldog kellemes
tak asante`.split(/\s+/));
/** The holidays and the year's words of such a greeting (`Navidad`, `Weihnachten`, `Noël`, `Natale`, `Año Nuevo`, `Neues Jahr`, `Świąt`); after a lead they may be in lower case (`Häid jõule`, `Tak for`, `Asante sana`), and `to`/`ya` join (`Eftychismeno to Neo Etos`, `Heri ya Krismasi`). */
const WISH_WORDS = new Set(`navidad navidades natal año ano nuevo novo nova pascua pascuas páscoa pascoa fiestas festas reyes weihnachten weihnachtsfest ostern osterfest neues neujahr jahr feiertage fest festtage noël noel année annee fêtes fetes pâques paques natale anno nuovo pasqua feste capodanno kerstmis kerst kerstdagen kerstfeest nieuwjaar pasen paasdagen feestdagen świąt swiat nowego roku wielkanocy yıllar bayramlar bayramınız yılınız
vánoce vanoce vianoce velikonoce nový novy nové rok jul jól nytår nytaar nyttår nytt år påske jõule jõulud uut aastat
joulua uutta vuotta christougenna xristougenna neo etos chronia xronia pascha to ya krismasi mwaka mpya ziemassvētkus kalėdų
naujųjų metų karácsonyt ünnepeket új évet
for sana`.split(/\s+/));
/** A blank and a word of a greeting, whole. */
const WISH_WORD_AT = /^ ([\p{L}\p{M}]+)(?![\p{L}\p{M}\p{N}'’-])/u;
/**
 * Where a season's greeting that starts at `index` ends (the index after its last word), or `index`
 * when none starts there: a lead word and one to three holiday words joined by single spaces, or a
 * holiday word right after a lead word (a lead the lists do not hold was skipped as no name).
 */
function wishEnd(text: string, tokens: Token[], index: number): number {
  const head = tokens[index] as Token;
  let k = index;
  if (WISH_LEADS.has(head.lower)) k++;
  else {
    const previous = tokens[index - 1];
    if (previous === undefined || previous.start < 0 || !previous.capitalized || !WISH_LEADS.has(previous.lower) || text.slice(previous.end, head.start) !== ' ') return index;
  }
  const from = k;
  // The words are read from the text (a lower-case ASCII word is a token without its place, OTHER_WORD).
  let at = k > index ? head.end : (tokens[index - 1] as Token).end;
  while (k < tokens.length && k < from + 3) {
    const word = tokens[k] as Token;
    const next = WISH_WORD_AT.exec(text.slice(at, at + 32));
    if (next === null || (word.start >= 0 && word.start !== at + 1) || !WISH_WORDS.has((next[1] as string).toLowerCase())) break;
    at += next[0].length;
    k++;
  }
  return k > from ? k : index;
}
/**
 * Phrases of Swahili, Hindi in Latin letters and Spanish whose capitalized first word the lists hold as a
 * name: the lead and the words that may follow it, one or two, in either case (O2, O3 and O1's open part
 * of the probe of 2026-12-06c): `Tuma pesa` (send money), `Huduma Namba` (Kenya's id service), `Asante kwa`
 * (thanks for), `Kal Tak` (by tomorrow), `Shubh Diwali`, `Kripya Somvar` (please, Monday), `Mera Aadhaar`,
 * `Meri Pehchaan`, `Un cordial saludo`. A lead before any other word is read as before (`Kal Penn`, `Meri Tamm`).
 */
const PHRASE_LEADS = new Map<string, Set<string>>(
  Object.entries({
    tuma: 'pesa ujumbe sms namba nambari kwa hela fedha picha barua jibu',
    huduma: 'namba kwa ya za bora',
    asante: 'kwa sana',
    kal: 'tak',
    aaj: 'tak',
    abhi: 'tak',
    parso: 'tak',
    shubh: 'diwali deepavali dipawali navratri holi dussehra dasara lohri pongal onam baisakhi vaisakhi janmashtami raksha bandhan ganesh chaturthi sankranti ugadi dhanteras vivah yatra prabhat sandhya ratri din labh deepotsav',
    kripya: 'somvar mangalvar budhvar guruvar shukravar shanivar ravivar dhyan',
    mera: 'aadhaar aadhar bharat desh',
    meri: 'pehchaan pehchan',
    un: 'cordial fuerte afectuoso atento saludo abrazo',
  }).map(([lead, words]) => [lead, new Set(words.split(' '))]),
);
/** Where such a phrase that starts at `index` ends (the index after its last word), or `index` when none starts there. */
function phraseEnd(text: string, tokens: Token[], index: number): number {
  const head = tokens[index] as Token;
  const follow = PHRASE_LEADS.get(head.lower);
  if (follow === undefined) return index;
  let k = index + 1;
  let at = head.end;
  while (k < tokens.length && k < index + 3) {
    const word = tokens[k] as Token;
    const next = WISH_WORD_AT.exec(text.slice(at, at + 32));
    if (next === null || (word.start >= 0 && word.start !== at + 1) || !follow.has((next[1] as string).toLowerCase())) break;
    at += next[0].length;
    k++;
  }
  return k > index + 1 ? k : index;
}
/** A transcript's `Q.` and `A.` lines (after a line number if any): the text's lines are looked for once per text. */
const Q_LINE = /(?:^|\n)[ \t]*(?:\d{1,3}[ \t]+)?Q\.[ \t]/;
const A_LINE = /(?:^|\n)[ \t]*(?:\d{1,3}[ \t]+)?A\.[ \t]/;
let markerText: string | undefined;
let markerLines = false;
/** A transcript's `Q.`/`A.` marker: a capital Q or A at a line's start (after a line number), a dot and a blank, in a text with both a `Q.` and an `A.` line. */
function transcriptMarkerAt(text: string, head: Token): boolean {
  const letter = text.charCodeAt(head.start);
  if ((letter !== 65 && letter !== 81) || text.charCodeAt(head.end) !== 46 || !/[ \t]/.test(text[head.end + 1] ?? '')) return false;
  if (!/(?:^|\n)[ \t]*(?:\d{1,3}[ \t]+)?$/.test(text.slice(Math.max(0, head.start - 12), head.start))) return false;
  if (markerText !== text) {
    markerText = text;
    markerLines = Q_LINE.test(text) && A_LINE.test(text);
  }
  return markerLines;
}
/** What follows a Spanish or Portuguese wish's `Feliz` (`cumpleaños`, `aniversário`, `Navidad`, `Natal`, `año nuevo`, `Ano Novo`). */
const WISH_AFTER_FELIZ = /^\s{1,2}(?:cumplea[ñn]os|cumple|anivers[áa]rio|navidad|natal|a[ñn]o|ano|d[íi]a|pascua|p[áa]scoa)(?![\p{L}])/iu;
const ID_LABEL_AFTER = /^\s{0,2}(?::|#|nr\b|no\b|number\b|num\b|(?:is|was|ist|war|lautet|lautete|es|era|est|è|é|foi|jest|to)(?=\s)|=|reference\b|ref\b|n\.?\s?[º°o]|nº)/i;

// Nouns after a bot's or build tool's name that make it the tool (`Jenkins pipeline failed`).
const TOOL_NOUNS = new Set('pipeline pipelines job jobs build builds server servers plugin plugins agent agents node nodes workflow workflows run runs alert alerts dashboard dashboards instance instances cluster clusters config configuration ticket tickets bot webhook webhooks console controller worker workers runner runners integration api token check checks scan scans report reports'.split(' '));

// Vietnamese: after a listed Vietnamese family name, these short given and middle names continue
// the run even though they are common English words or too short for the lists ("Nguyễn Văn An").
const VI_FAMILY = new Set('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh doan trinh truong lam mai'.split(' '));
const VI_PARTS = new Set(`an anh bao binh chau chi cuong dung duc duy giang ha hai hanh hau hieu hoa hoai hoang hong hung huong huy
khanh khoa kim lan lien linh loan long luan mai minh my nam nga ngan ngoc nhi nhung phong phuc phuong quan quang quoc quynh
sang son tam tan thanh thao thi thien thinh tho thu thuy tien tin toan trang tri trinh trung tu tuan tuyet tung uyen van viet
vinh vu xuan yen`.split(/\s+/));

/** Lower-case word without diacritics ("nguyễn" -> "nguyen", "đức" -> "duc", "łukasz" -> "lukasz"). */
export function foldDiacritics(lower: string): string {
  return lower.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}

/** ACCENTED_GIVEN_NAMES by their folded form (`joao`, `conceicao`, `goncalo`, `phuong`): only names that carry a diacritic. */
let foldedGivenNames: ReadonlySet<string> | undefined;
/**
 * Whether a word (any case, with its accents or without) is a Portuguese, Spanish, French or Vietnamese given name of
 * ACCENTED_GIVEN_NAMES folded as a login folds it (`joao`, `Joao`, `João`, `conceicao`: every accent dropped at once),
 * three letters or more and no frequent English word, no word the lists hold as a name and a common word, no place,
 * eponym or drug (`hung`, `van`, `my`, `tan` are left out). For logins and joined names (account-names.ts,
 * dotted-names.ts), where a name is written in ASCII; the lists hold these names in no spelling, or only with an accent.
 */
export function isFoldedGivenName(word: string): boolean {
  if (word.length < 3 || word.length > 24) return false;
  const folded = foldDiacritics(word.toLowerCase());
  foldedGivenNames ??= new Set(ACCENTED_GIVEN_NAMES.map((name) => [name.toLowerCase(), foldDiacritics(name.toLowerCase())] as const).filter(([lower, plain]) => plain !== lower && plain.length >= 3).map(([, plain]) => plain));
  if (!foldedGivenNames.has(folded)) return false;
  try {
    const l = nameLists();
    return !l.frequent.has(folded) && !l.ambiguousFirst.has(folded) && !l.ambiguousLast.has(folded) && !l.stop.has(folded) && !NOT_NAMES.has(folded);
  } catch {
    return false;
  }
}

// A run that starts with one of these is a place ("San Bernardino", "Santa Clara", "Saint-Denis").
// A Romanian, Czech, Slovak, Croatian or Greek street's or square's leading word (`Calea Victoriei`,
// `Piața Revoluției`, `Náměstí Míru`, `Odos Egnatias`), a saint's of Hungarian, the Slavic languages
// and Greek (`Szent István`, `Sveti Stefan`, `Agios Nikolaos`), and the Romanian `Ziua` (the day of:
// `Ziua Națională`): O4 of the probe of 2026-12-05g, where the run after them read as a person.
const PLACE_PREFIXES = new Set(['san', 'santa', 'santo', 'são', 'sao', 'saint', 'sainte', 'sankt', 'st', 'ste', 'los', 'las', 'port', 'fort', 'mount', 'lake', 'cape', 'new', 'north', 'south', 'east', 'west', 'upper', 'lower', 'bad', 'villa', 'ciudad', 'puerto', 'porto', 'monte', 'colle', 'castel',
  'calea', 'strada', 'piața', 'piata', 'bulevardul', 'aleea', 'șoseaua', 'soseaua', 'splaiul', 'intrarea', 'náměstí', 'namesti', 'námestie', 'nábřeží', 'trg', 'odos', 'plateia', 'leoforos',
  'szent', 'sveti', 'sveta', 'svatý', 'svatá', 'svätý', 'svätá', 'agios', 'agia', 'agioi', 'ziua']);

// Words after a run that make it something other than a person.
const NOT_PERSON_AFTER = new Set(`inc incorporated corp corporation co company companies llc llp ltd limited plc gmbh ag sa sas spa bv nv
group holdings partners associates bank bancorp capital fund trust foundation institute university college school
academy hospital clinic center centre medical health labs laboratories pharma pharmaceuticals motors motor airlines
airways systems technologies technology solutions software industries international global enterprises
street st avenue ave road rd lane ln drive dr boulevard blvd court ct place pl square sq way parkway pkwy highway hwy
terrace crescent close circle plaza bridge river lake mountain mountains mount park island islands bay beach valley
county city town village province state district region hotel restaurant cafe bar pub church cathedral temple
station airport stadium arena hall library museum gallery theatre theater street's hauptbahnhof bahnhof hbf
flughafen airport gare estación estacion stazione
crisis virus chain chains elimination transform transforms inequality conjecture lemma algorithm filter features
disease diseases syndrome syndromes disorder lymphoma sarcoma carcinoma tumor tumour palsy score scale monitor
monitoring test tests testing sign signs reflex reflexes catheter procedure maneuver manoeuvre operation operations
law laws effect effects principle theorem equation index criteria classification classifications method methods
number numbers constant distribution cell cells node nodes fracture fractures cyst cysts gland glands duct ducts
phenomenon triad stain staining smear valve shunt tube technique approach incision position test's
tree trees correlation correlations coefficient coefficients rank heap heaps
orchestra band choir ensemble quartet trio agency studio studios records media press publishing publishers books
research consulting consultants ventures investments investment ratings insurance assurance energy power foods charity charities
brands stores store shop shops market markets mall restaurants services service network networks communications
telecom airlines logistics transport shipping express courier cargo freight construction builders properties realty estate estates farms farm
winery brewery pharmacy therapeutics biosciences bioscience genomics diagnostics devices electronics robotics
analytics labs lab infirmary hospice
bakery bakeries dental dentistry orthodontics salon salons barbers barbershop cleaners laundromat florist florists
boutique bistro pizzeria deli autos repair repairs plumbing roofing landscaping veterinary optical opticians optometry
pediatrics paediatrics dermatology chiropractic physiotherapy fitness hardware outfitters jewelers jewellers creamery
catering drugstore dispensary
orthopedics orthopaedics cardiology neurology oncology radiology urology gastroenterology ophthalmology obstetrics
gynecology gynaecology psychiatry podiatry audiology endocrinology nephrology pulmonology rheumatology anesthesiology
coffee inn trattoria ristorante osteria brasserie tavern steakhouse taqueria cantina motel hostel
gardens heights
pies pizzas burgers kebabs curries noodles donuts doughnuts bagels bakes cakes grills tyres tires kitchens bathrooms
windows carpets plumbers roofers joiners glaziers removals couriers caterers
lofts townhomes townhouses apartments condos condominiums residences`.split(/\s+/));
/**
 * A SaaS product's or feature's head noun and a garment's, capitalized after the words that name the product
 * (`Sales Hub`, `Workflow Builder`, `Cron Monitors`, `Marketing Cloud`, `Customer Journey Builder`, `Merino Crew
 * Sweater`; O4 of the probe of 2026-12-05h: the words before them were masked as persons): no name's word, and
 * the run before one is the product's name (decide), unless a title, a label naming a person (`Name:`, `Contact:`)
 * or a person's verb after the noun (`Bob Builder called`) says it is a person.
 */
const PRODUCT_HEADS = new Set('hub hubs builder monitors suite suites workspace workspaces optimizer optimiser optimizers cloud console portal sweater sweaters cardigan cardigans jacket jackets hoodie hoodies pullover pullovers'.split(' '));
// Company-form abbreviations, counted only when capitalized ("Nordic Tools AS", not "Kristian Herzog as guardian").
const COMPANY_FORMS = new Set(['ag', 'kg', 'oy', 'oyj', 'ab', 'as', 'asa', 'aps', 'spa', 'srl', 'sarl', 'bvba', 'nv', 'kft', 'zrt', 'doo', 'sro', 'sa', 'sas', 'bv', 'co', 'se', 'kk']);

// Cues before a run: titles, introductions, salutations, signatures and form labels.
/** The words of a name field's label before `Name` (`Last Name`, `Maiden Name`, `Display Name`). */
const NAME_FIELD_WORDS: ReadonlySet<string> = new Set(['first', 'last', 'middle', 'given', 'family', 'maiden', 'full', 'nick', 'user', 'display', 'preferred', 'legal', 'christian', 'birth', 'married', 'former', 'other', 'second', 'sur', 'fore', 'company', 'account', 'customer', 'contact', 'patient', 'member', 'screen', 'short', 'long', 'official', 'alias']);
const FIELD_NOUN_AFTER = /^[ \t]{1,4}(?:name|names|initial|initials)(?![\p{L}])/iu;
/** A form's words that are no value after a `Name` label (`Name Field`, `Name    Required`). */
const FORM_NOUNS: ReadonlySet<string> = new Set(['field', 'fields', 'required', 'optional', 'label', 'value', 'column', 'type', 'format', 'status', 'mandatory', 'missing', 'invalid', 'empty', 'blank', 'error', 'length', 'input', 'box', 'section', 'entry', 'placeholder', 'unknown', 'pending', 'match', 'mismatch', 'verified', 'changed', 'updated']);
const NAME_LABEL_BEFORE = /\bname[ \t]{1,4}$/i;
// A maiden name's cue (`née`, `nee`, `geb.`, `geborene`, Scandinavian `född`/`født`) is one too: `Anna Berg (née Lindqvist)` (L11 of probe-2026-12-05g).
const CUE_BEFORE = /(?:\b(?:mr|mrs|ms|mss|miss|mx|dr|drs|prof|professor|sir|dame|lady|lord|rev|reverend|fr|father|sister|brother|herr|herrn|hr|hrn|frl|frau|mme|mlle|mde|dhr|mevr|mevrouw|mej|de heer|sr|sra|srta|dott|dottssa|sig|sigra|nurse|doctor|patient|patients|dear|hi|hello|hey|thanks|thank you|cc|attn|attention|c\/o|signed|regards|sincerely|cheers|best|yours|faithfully|truly|(?:my|his|her|their|your|the)[ \t]{1,4}(?:(?:full|first|last|maiden|given|family)[ \t]{1,4}|sur)?name[ \t]{1,4}(?:is|was)|(?:mein|meine|sein|ihr|dein)[ \t]{1,4}(?:nach|familien|vor|ruf|geburts)?name[ \t]{1,4}(?:ist|lautet|war)|(?:mon|son|ton|votre)[ \t]{1,4}(?:nom[ \t]{1,4}de[ \t]{1,4}famille|nom|pr[ée]nom)[ \t]{1,4}(?:est|[ée]tait)|(?:mi|su|tu)[ \t]{1,4}(?:apellido|primer[ \t]{1,4}apellido|segundo[ \t]{1,4}apellido|nombre)[ \t]{1,4}(?:es|era)|(?:il[ \t]{1,4})?(?:mio|suo|tuo|vostro)[ \t]{1,4}(?:cognome|nome)[ \t]{1,4}(?:è|e['’]|era)|(?:mijn|zijn|haar|uw|je)[ \t]{1,4}(?:achter|voor|familie)?naam[ \t]{1,4}(?:is|was)|i'm|i’m|i am|this is|call me|named|called|(?:full |first |last |family |given |patient |legal |maiden |account |customer |contact )?name(?:\s?\?)?|(?:first|given) name,? (?:and|&) (?:middle )?initial|patient|from|to|by|author|contact|attendees?|participants?|invitees?|customer|client|guest|recipient|sender|holder|cardholder|employee|physician|surgeon|beneficiary|payee|debtor|creditor|passenger|traveller|traveler|insured|policyholder|applicant|claimant|driver|courier|rider|tenant|landlord|landlady|lessee|lessor|student|pupil|candidate|guarantor|decedent|executor|executrix|caseworker|n[ée]e|geb|geborene|f[öø]dd|f[öø]dt|said|asked|told|replied|wrote|thanked|emailed|texted|called|calls me|call me|named (?:him|her|them|it)|(?:known|referred to) as|aka|a\.k\.a\.)\.?,?:?\s{1,4})$/i;
/**
 * Payment and transfer cues (bank statements, payment orders, card lines): the words after them
 * name the payer or payee (`Transfer from TEVITA HAVILI to NGAIO TAWHIRI`, `Zahlung an HAVILI
 * TEVITA`, `POS 03/12 CARD 1111 TEVITA HAVILI`, `Paid to Ngaio Tawhiri`; a probe of 2026-12-03
 * found names in capitals the lists lack raw there). A verb or noun of paying, then up to 50
 * characters of the same clause and `from`/`to`/`an`/..., or a card's last four digits. The
 * payment apps' words on US bank statements (`ZELLE TO WENLIX DORVANE`, `VENMO PAYMENT …`) and the
 * Receiver of a NACHA ACH entry (`Receiver QXARO VLINTUK acct …`) count too (the fourth probe of
 * 2026-12-04, J9).
 */
const PAYMENT_CUE_BEFORE = /(?:(?:^|[^\p{L}])(?:transfer(?:red|s)?|pay(?:ment|s)?|paid|send|sent|wire[ds]?|remit(?:ted|tance)?|refund(?:ed)?|deposit(?:ed)?|zelle|venmo|receiver|zahlung|überweisung|gutschrift|lastschrift|virement|pago|transferencia)(?:[^\n.;:]{0,50}?[ \t](?:from|to|an|von|à|para|for|by))?:?[ \t]{1,2}|(?:^|[^\p{L}])card[ \t]+(?:[x*]{0,12}[ -]?)?\d{4}[ \t]{1,2})$/iu;
/**
 * An identity label right after a name (`Tevita Havili SSN 536-22-8514`, `HAVILI TEVITA DOB
 * 12/03/1984`, `Tevita Havili, MRN 00482913`): the label says whose number follows, so it cues the
 * name before it as `name:` does the one after it (a probe of 2026-12-03 found the name raw).
 */
const IDENTITY_LABEL_AFTER = /^,?[ \t]{1,2}(?:SSN|S\.S\.N\.|SIN|DOB|D\.O\.B\.?|MRN|NHI|NHS(?: No\.?| number)?|NINO|passport(?: no\.?| number)?|date of birth|born|b\.|d\/o\/b|geb\.?|geboren)\b[ \t:#.=-]*(?:no\.?|number)?[ \t:#.=-]*(?:[A-Z]{1,3})?\d/i;
/**
 * A kinship noun in lower case with no possessive before a capitalized name, after a preposition,
 * a clinical verb or a person's possessive (`Pt seen w/ wife Zephra`, `accompanied by daughter
 * Zephra`, `Pt brought in by son Wenlix`, `Spoke with mother Zephra re: consent`, `Pt's wife
 * Zephra`; K15 of the fifth probe of 2026-12-04 found them raw; `my wife Zephra` was read by
 * lowerCaseAfterPersonNoun; kinNounBefore); after `late` and `beloved` too (`her late mother Lindqvist`, L11 of
 * probe-2026-12-05g). The noun in capitals is a title or a name's part (`Mother Teresa`,
 * `Uncle Ben`), not read here; `partner` is a firm's as often (`with partner Acme`).
 */
const KIN_NOUNS = new Set('son daughter wife husband mother father mom mum dad brother sister nephew niece cousin uncle aunt grandson granddaughter grandmother grandfather grandma grandpa fiancé fiancée fiance fiancee spouse stepson stepdaughter stepmother stepfather boyfriend girlfriend sibling guardian'.split(' '));
const KIN_LEAD_BEFORE = /(?:^|[^\p{L}])(?:w\/|[Ww]ith|by|[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[Ll]ate|[Bb]eloved|and|&|plus|from|to|per|via|called|visited|[Aa]ccompanied|[Pp]t['’]?s|[Pp]atient['’]?s|[Cc]lient['’]?s|[Cc]aller['’]?s|[Mm]ember['’]?s|[Cc]ustomer['’]?s|[,;:(])[ \t]{0,2}$/u;
/** Whether `before` ends with a kinship noun in lower case (KIN_NOUNS) and one or two blanks, after a preposition, a verb or a person's possessive (KIN_LEAD_BEFORE). */
function kinNounBefore(before: string): boolean {
  let end = before.length;
  while (end > 0 && (before.charCodeAt(end - 1) === 32 || before.charCodeAt(end - 1) === 9)) end--;
  if (end === before.length || before.length - end > 2) return false;
  let start = end;
  while (start > 0 && ((before.charCodeAt(start - 1) >= 97 && before.charCodeAt(start - 1) <= 122) || before.charCodeAt(start - 1) === 0xe9)) start--;
  return end - start >= 3 && KIN_NOUNS.has(before.slice(start, end)) && KIN_LEAD_BEFORE.test(before.slice(Math.max(0, start - 16), start));
}
/**
 * German kinship nouns, capitalized as German writes its nouns, right before a given name and a surname with no
 * colon (`Mutter Elif Aydın meldet sich`, `Kind Lina-Marie Demir besucht`, `Kindesvater Murat Güneş`; L9 of
 * probe-2026-12-05j found the names raw when the surname is also a word or a place, `Demir`, `Aydın`): a cue for a
 * run of two name words or more (germanKinBefore), and no part of the name when it leads the run. One word after
 * it is no name by this alone (`Mutter Erde`, `Vater Staat`; English `Kind Snacks`).
 */
export const GERMAN_KIN_NOUNS: ReadonlySet<string> = new Set(`kind mutter vater tochter sohn großmutter großvater oma opa enkel enkelin enkelkind bruder schwester
halbbruder halbschwester pflegemutter pflegevater pflegekind pflegetochter pflegesohn stiefmutter stiefvater stieftochter stiefsohn
kindesmutter kindsmutter kindesvater kindsvater ehemann ehefrau lebensgefährte lebensgefährtin`.split(/\s+/));
const GERMAN_KIN_TAIL = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}{2,18}):?[ \t]{1,2}$/u;
/** A German article or possessive right before a word (`Der`, `die`, `einem`, `meine`, `ihrem`). */
const GERMAN_DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:[Dd](?:er|ie|as|en|em|es)|[EeMmDdSsKk]?ein(?:e[mnrs]?)?|[Ii]hr(?:e[mnrs]?)?|[Uu]nser(?:e[mnrs]?)?|[Ee]uer|[Ee]ure[mnrs]?)[ \t]{1,2}$/u;
/** District and compass words that name an agency's branch after its name (`Jugendamt Mitte`, `Beratungsstelle Nord`). */
const AGENCY_BRANCH_WORDS = new Set('nord süd sued ost west mitte nordost nordwest südost südwest zentral zentrum innenstadt altstadt'.split(' '));
/**
 * A run that opens with a capitalized word the lists lack (kind `U`), then `des` or `der` alone and a capitalized word: a
 * German noun and its genitive (`Schlafstörungen des Jungen`, `Streitigkeiten der Eltern`). A listed given name before
 * the article keeps a name or an epithet (`Jean des Granges`, `Karl der Große`); `van der`, `von der` are two particles.
 */
function germanGenitiveRun(text: string, run: Token[]): boolean {
  const first = run[0] as Token;
  if (first.kind !== 'U' || !first.capitalized) return false;
  const next = run.find((token, k) => k > 0 && token.start >= 0 && token.capitalized);
  if (next === undefined) return false;
  const gap = text.slice(first.end, next.start);
  return gap === ' des ' || gap === ' der ';
}
/** Whether `before` ends with a capitalized German kinship noun (GERMAN_KIN_NOUNS), a colon perhaps, and one or two blanks. */
function germanKinBefore(before: string): boolean {
  const code = before.charCodeAt(before.length - 1);
  if (code !== 32 && code !== 9) return false;
  const tail = GERMAN_KIN_TAIL.exec(before.slice(-24));
  return tail !== null && GERMAN_KIN_NOUNS.has((tail[1] as string).toLowerCase());
}
/**
 * Kinship nouns of Spanish, Portuguese, Italian, French and Dutch and the possessives and articles
 * of the same languages before them (`su hija Ximena`, `o neto Tiago`, `sua figlia Chiara`, `sa
 * fille Maëlys`, `haar zoon Daan`, `l'oncle Grégoire`; L5 of the tenth probe of 2026-12-05 found
 * the names raw in social-work case notes, where the English and German forms were masked). A
 * noun in lower case, its determiner right before it, then the run: romanceKinBefore. Each word
 * carries its languages (bits: es 1, pt 2, it 4, fr 8, nl 16) and a determiner counts only before
 * a noun of one of its languages, so English `a cousin` or `la` before a Dutch noun is none.
 */
const ROMANCE_KIN: ReadonlyMap<string, number> = new Map([
  ...'hijo hija hijos hijas nieto nieta bisnieto bisnieta esposo esposa madre padre mamá papá hermano hermana hermanito hermanita abuelo abuela bisabuelo bisabuela tío tía sobrino sobrina novio novia niño niña nene nena bebé suegro suegra cuñado cuñada yerno nuera padrastro madrastra hijastro hijastra pareja'.split(' ').map((w) => [w, 1] as const),
  ...'filho filha filhos filhas neto neta bisneto bisneta esposo esposa marido mãe pai irmão irmã irmãos avô avó bisavô bisavó tio tia sobrinho sobrinha namorado namorada companheiro companheira menino menina bebê sogro sogra cunhado cunhada genro nora enteado enteada madrasta padrasto'.split(' ').map((w) => [w, 2] as const),
  ...'figlio figlia figli figlie nipote nipotino nipotina marito moglie madre padre mamma papà fratello sorella fratellino sorellina nonno nonna bisnonno bisnonna zio zia cugino cugina fidanzato fidanzata compagno compagna bambino bambina suocero suocera cognato cognata genero nuora figliastro figliastra'.split(' ').map((w) => [w, 4] as const),
  ...'fils fille filles mari épouse époux mère père maman papa frère sœur soeur grand-mère grand-père grand-mere grand-pere petit-fils petite-fille oncle tante neveu nièce cousin cousine conjoint conjointe compagnon compagne fiancé fiancée beau-père belle-mère beau-fils belle-fille demi-frère demi-sœur'.split(' ').map((w) => [w, 8] as const),
  ...'zoon zoontje dochter dochtertje moeder vader mama papa broer broertje zus zusje zuster opa oma grootvader grootmoeder kleinzoon kleindochter oom tante neef nicht echtgenoot echtgenote vrouw man partner vriend vriendin schoonmoeder schoonvader stiefvader stiefmoeder'.split(' ').map((w) => [w, 16] as const),
].reduce((map, [word, bits]) => map.set(word, (map.get(word) ?? 0) | bits), new Map<string, number>()));
const ROMANCE_KIN_DETERMINERS: ReadonlyMap<string, number> = new Map([
  ...'su sus mi mis tu tus nuestro nuestra nuestros nuestras el la los las un una'.split(' ').map((w) => [w, 1] as const),
  ...'o a os as seu sua seus suas meu minha teu tua nosso nossa dele dela um uma'.split(' ').map((w) => [w, 2] as const),
  ...'il lo la i le gli suo sua suoi mio mia miei tuo tua nostro nostra loro un una'.split(' ').map((w) => [w, 4] as const),
  ...'son sa ses mon ma mes ton ta tes notre votre leur le la les un une'.split(' ').map((w) => [w, 8] as const),
  ...'haar zijn mijn jouw uw onze ons hun de het een'.split(' ').map((w) => [w, 16] as const),
].reduce((map, [word, bits]) => map.set(word, (map.get(word) ?? 0) | bits), new Map<string, number>()));
const ROMANCE_KIN_TAIL = /(?:^|[^\p{L}'’])(?:(\p{L}{1,9})[ \t]{1,2}|([lL])['’])(\p{Ll}[\p{Ll}-]{1,14})[ \t]{1,2}$/u;
/** Whether `before` ends with a Romance or Dutch kinship noun in lower case after its determiner (ROMANCE_KIN, ROMANCE_KIN_DETERMINERS). */
function romanceKinBefore(before: string): boolean {
  const tail = ROMANCE_KIN_TAIL.exec(before.slice(-32));
  if (tail === null) return false;
  const noun = ROMANCE_KIN.get(tail[3] as string);
  if (noun === undefined) return false;
  // `l'oncle`, `l'épouse`: French and Italian elision.
  const determiner = tail[2] !== undefined ? 4 | 8 : ROMANCE_KIN_DETERMINERS.get((tail[1] as string).toLowerCase());
  return determiner !== undefined && (determiner & noun) !== 0;
}
/**
 * Role and kinship words of Finnish, Swahili, Slovak, Czech and Romanian before a person's name
 * (L8 of probe-2026-12-05g found the names raw after them): customer, patient, wife, husband,
 * mother, father, son, daughter, beneficiary, sender, recipient, payer, treasurer, chair and
 * secretary (`Asiakas Mikko Korhonen`, `Mweka hazina: Halima Said`, `kontakt manželka Eva
 * Balážová`, `Beneficiar POPESCU ANDREI-MIHAI`), and M-Pesa's `imetumwa kwa` (sent to) and `kutoka
 * kwa` (from) before a name in capitals. Each word in lower case or capitalized (not in capitals:
 * `SYN` is TCP's), with its colon, and an id number of 6-20 digits between it and the name
 * (`Beneficiar 1850709123455 POPESCU …`); a Swahili possessive after it (`mke wake`, `mtoto wangu`). Read by intlRoleBefore on decide's 40 characters before a run.
 */
const INTL_ROLE_WORDS = [
  // Finnish
  'asiakas', 'potilas', 'vaimo', 'aviomies', 'puoliso', 'äiti', 'isä', 'poika', 'tytär', 'edunsaaja', 'lähettäjä', 'vastaanottaja', 'maksaja', 'saaja', 'rahastonhoitaja', 'puheenjohtaja', 'sihteeri',
  // Swahili
  'mteja', 'mgonjwa', 'mke', 'mume', 'mamake', 'babake', 'mtoto', 'mnufaika', 'mtumaji', 'mpokeaji', 'mweka[ \\t]hazina', 'mwenyekiti', 'katibu', 'imetumwa[ \\t]kwa', 'kutoka[ \\t]kwa', 'umetuma[ \\t]kwa',
  // Slovak and Czech
  'zákazník', 'zákazníčka', 'zákaznice', 'klientka', 'pacient', 'pacientka', 'manželka', 'manžel', 'matka', 'otec', 'syn', 'dcéra', 'dcera', 'príjemca', 'příjemce', 'odosielateľ', 'odesílatel', 'oprávnený', 'pokladník', 'pokladníčka', 'pokladní', 'predseda', 'předseda', 'tajomník', 'tajomníčka', 'tajemník', 'tajemnice',
  // Romanian
  'clientul', 'clienta', 'pacientul', 'pacienta', 'soția', 'soţia', 'sotia', 'soțul', 'soţul', 'sotul', 'tatăl', 'tatal', 'fiul', 'fiica', 'beneficiar', 'beneficiarul', 'beneficiara', 'plătitor', 'platitor', 'destinatar', 'destinatarul', 'expeditor', 'expeditorul', 'trezorier', 'președinte', 'presedinte', 'secretar',
];
/** INTL_ROLE_WORDS by their last word, each with the word before it that a two-word one needs (`kwa` ← `imetumwa`), or '' for a word alone. */
const INTL_ROLE_LAST: ReadonlyMap<string, ReadonlySet<string>> = INTL_ROLE_WORDS.reduce((map, word) => {
  const parts = word.split('[ \\t]');
  const last = parts[parts.length - 1] as string;
  map.set(last, new Set([...(map.get(last) ?? []), parts.length > 1 ? (parts[0] as string) : '']));
  return map;
}, new Map<string, Set<string>>());
const SWAHILI_POSSESSIVES = new Set(['wake', 'wangu', 'wako', 'yake', 'yangu', 'yako']);
const isLetterAt = (text: string, at: number): boolean => at >= 0 && /\p{L}/u.test(text.charAt(at));
/** The word of letters ending at `end` (exclusive) in `text`: its start. */
function wordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < 24 && isLetterAt(text, start - 1)) start--;
  return start;
}
/** A word as intlRoleBefore takes it: in lower case or capitalized, not in capitals. */
const roleCased = (word: string): string | undefined => {
  const lower = word.toLowerCase();
  return word.slice(1) === lower.slice(1) ? lower : undefined;
};
/**
 * Whether `before` ends with a word of INTL_ROLE_WORDS (see there): read backwards from its end,
 * blanks, an id of 6-20 digits and its blanks, a colon, the word (a Swahili possessive after it,
 * the first word of a two-word one before it), and no letter before the word. No regex over the
 * window: decide asks it for every run.
 */
function intlRoleBefore(before: string): boolean {
  let at = before.length;
  let blanks = 0;
  while (at > 0 && blanks < 3 && (before.charCodeAt(at - 1) === 32 || before.charCodeAt(at - 1) === 9)) { at--; blanks++; }
  if (blanks === 0) return false;
  let digits = 0;
  while (at > 0 && digits <= 20 && before.charCodeAt(at - 1) >= 48 && before.charCodeAt(at - 1) <= 57) { at--; digits++; }
  if (digits > 0) {
    if (digits < 6 || digits > 20) return false;
    blanks = 0;
    while (at > 0 && blanks < 3 && (before.charCodeAt(at - 1) === 32 || before.charCodeAt(at - 1) === 9)) { at--; blanks++; }
    if (blanks === 0) return false;
  }
  if (before.charCodeAt(at - 1) === 58) {
    at--;
    while (at > 0 && at > before.length - 40 && (before.charCodeAt(at - 1) === 32 || before.charCodeAt(at - 1) === 9) && before.length - at < 40) at--;
  }
  let start = wordStartBefore(before, at);
  if (start === at) return false;
  let word = roleCased(before.slice(start, at));
  const gap = (end: number): boolean => end >= 2 && (before.charCodeAt(end - 1) === 32 || before.charCodeAt(end - 1) === 9) && isLetterAt(before, end - 2);
  if (word !== undefined && SWAHILI_POSSESSIVES.has(word) && gap(start)) {
    at = start - 1;
    start = wordStartBefore(before, at);
    word = roleCased(before.slice(start, at));
  }
  if (word === undefined) return false;
  const firsts = INTL_ROLE_LAST.get(word);
  if (firsts === undefined) return false;
  if (firsts.has('') && !isLetterAt(before, start - 1)) return true;
  if (!gap(start)) return false;
  const firstStart = wordStartBefore(before, start - 1);
  const first = roleCased(before.slice(firstStart, start - 1));
  return first !== undefined && firsts.has(first) && !isLetterAt(before, firstStart - 1);
}
/**
 * Words of institutions in the languages of INTL_ROLE_WORDS (hospital, ministry, bank, university,
 * town hall, council, school, company, national, county) and Romanian nouns with their definite
 * article `-ul`/`-ului` of six letters or more (`Spitalul`, `Ministerul`; `Paul`, `Raul` are
 * shorter): after a role's word they name where the person is, no person (`Pacient Spitalul
 * Judetean Cluj`, `Mteja Benki Kuu`).
 */
const INTL_INSTITUTION_WORD = /^(?:spital\p{L}*|minister\p{L}*|banc[aăi]|universit\p{L}*|prim[aă]ri\p{L}*|nemocnic\p{L}*|univerzit\p{L}*|ministerstv\p{L}*|sairaal\p{L}*|yliopist\p{L}*|kunta|kaupunki|hospitali|wizara|benki|kampuni|shule|halmashauri|chuo|general|na[tţț]ional\p{L}*|n[aá]rodn\p{L}*|jude[tţț]ean\p{L}*|\p{L}{4,}ul(?:ui)?)$/u;
/** The one-word ones of INTL_ROLE_WORDS capitalized at a run's start (`Asiakas Heikki Nieminen soitti`): no part of the name. */
const INTL_ROLE_LEADS = new Set(INTL_ROLE_WORDS.filter((word) => !word.includes(' ')));
/**
 * A statement of a name right before a run (`mother's maiden name is Mollquist`, `maiden name is`,
 * `the patient's last name was`; K21 of the fifth probe of 2026-12-04 found it raw): a person's
 * noun's possessive or a name's qualifier before `name is`/`name was` (`the file's name is Config`
 * stays). Tested only when the window ends with `is`/`was` (nameStatementBefore).
 */
const NAME_STATEMENT_BEFORE = /(?:(?:mother|father|mom|mum|dad|parent|wife|husband|spouse|son|daughter|child|brother|sister|patient|pt|customer|client|caller|member|user|owner|holder|cardholder|employee|applicant|guarantor|tenant|student|baby|person)['’]?s[ \t]{1,4}(?:(?:full|first|last|maiden|given|family|middle|legal)[ \t]{1,4})?|(?:full|first|last|maiden|given|family|middle|legal)[ \t]{1,4})name[ \t]{1,4}(?:is|was)\s{1,4}$/i;
function nameStatementBefore(before: string): boolean {
  const tail = before.trimEnd().slice(-4).toLowerCase();
  return (/[ \t]is$/.test(tail) || /^[ \t]was$/.test(tail)) && NAME_STATEMENT_BEFORE.test(before);
}
/** Clinical and nursing titles in capitals before a surname (`RN Tawhiri gave 5mg`, `NP Srisuk`, `LPN Okafor`). */
const CLINICAL_TITLE_BEFORE = /(?:^|[^\p{L}])(?:RN|NP|LPN|LVN|CNA|APRN|CRNA|PA-C|RPh|HCA|RM|Sr|Pt|NOK|EMT)\.?:?[ \t]{1,2}$/u;
/** Age and sex written beside a patient's name (`Pt: Havili T. 41M`, `Summary: 41M Havili presenting`, `Havili, 41 y/o F`). */
const AGE_SEX_AFTER = /^(?:[ \t]\p{Lu}\.?)?,?[ \t]{1,2}\(?\d{1,3}[ \t]?(?:y\/?o|yo|yrs?|y\.o\.)?[ \t]?[MF]\b/u;
const AGE_SEX_BEFORE = /(?:^|[^\p{L}\d])\d{1,3}[ \t]?(?:y\/?o|yo|y\.o\.)?[ \t]?[MF][ \t]{1,2}$/u;
/** A court case's name (`Baker v. Carr`, `Marbury v. Madison`, `Roe vs. Wade`): public record, left readable. */
const CASE_NAME_AFTER = /^ (?:v|vs)\.? \p{Lu}/u;
const CASE_NAME_BEFORE = /\p{Lu}[\p{L}'’-]* (?:v|vs)\.? $/u;
/** Nouns of a place that a common word or a word of the lists heads (`Rose Garden`, `Covent Garden`, `Trafalgar Square`). */
const PLACE_HEADS = new Set('garden gardens square bridge palace abbey cathedral arcade mall plaza pier wharf quay heath castle market springs falls heights harbor harbour valley canyon creek islands'.split(' '));
/** `name=` and its kind in text (`KYC: name=Tevita Havili; dob=…`): a key that names a person, then `=`. */
const NAME_EQUALS_BEFORE = /(?:^|[^\p{L}])(?:(?:full|first|last|given|family|sur|patient|customer|account|holder|payee|beneficiary)?_?name|payee|beneficiary|holder|patient|pt)[ \t]?=[ \t]?$/iu;
/** An amount after a name is no house number ("Pay Thandiwe Ndlovu 200 EUR"). */
/**
 * A package size after a run (`Jack Daniels 70cl`, `Dr Pepper 12oz`, `Jim Beam 750ml`, `Coca Cola
 * 330 ml`, `Johnnie Walker 1.75L`, `Guinness 4-pack`): a volume (cl, ml, l, oz, fl oz, gallons) or
 * a pack count makes the run a product's name, titled or not (the second probe of 2026-12-04, G20).
 * Not a weight (`Maria Garcia 70kg`, `Baby Garcia 7lb`: a patient's) nor a dose (`10mg`).
 */
/**
 * A product line's model code after its brand's word (`Shure SM7B`, `Sony WH-1000XM5`, `Rode NT1`,
 * `Brother HL-L2350DW`, `Nvidia RTX 4090`): letters, then one to five digits, then letters or
 * digits, one token (X2 of 2026-12-05). Bounded quantifiers only, anchored: linear.
 */
const MODEL_CODE_AFTER = /^ (?:(?:RTX|GTX|RX) \d{3,4}|[A-Z]{1,4}-?(?:[A-Z]{1,3})?\d{1,5}[A-Z0-9]{0,6}(?:-[A-Z0-9]{1,6})?)(?![\p{L}\p{N}-])/u;
/** An equipment's label at a line's start (`Mic:`, `Camera:`, `Printer:`): what follows it is a product, the label no speaker's name (X2 of 2026-12-05). */
/** Labels of romanized Japanese records that the lists hold as names (`Koza` account, `Jusho` address, `Shozoku` department, `Kyuyo` pay, `Seibetsu` sex, `Yakushoku` post). */
const ROMAJI_LABELS: ReadonlySet<string> = new Set('koza kouza kōza jusho juusho jūsho shozoku kyuyo kyuuyo kyūyo seibetsu yakushoku ginko ginkou ginkō shiten kinmusaki'.split(' '));
/** `bango` ("number") after a word: the word names a number (`Shain bango`, `Kojin bango`), no person. */
const ROMAJI_NUMBER_AFTER = /^[ \t]bang(?:ou|o|ō)(?![\p{L}])/u;
const EQUIPMENT_LABELS = new Set('mic mics microphone camera cam cams webcam printer router modem monitor speaker speakers headphones headset earbuds laptop keyboard mouse lens amp amplifier mixer interface preamp gpu cpu psu console tablet'.split(' '));
/** After an equipment's label at a line's start (`Mic: Shure`, `Amp: Marshall`): a lone word is the brand's. */
const EQUIPMENT_LABEL_BEFORE = new RegExp(`(?:^|\\n)[ \\t*>-]*(?:${[...EQUIPMENT_LABELS].join('|')})[ \\t]*:[ \\t]*$`, 'i');
/**
 * A vehicle record's make label before a run (`Make: HONDA Model: ACCORD`, `MAKE: MAZDA`,
 * `Make/Model: Nissan Leaf`; O2 of the README-only probe of 2026-12-06b: `Honda`, `Nissan` are
 * listed surnames): with its colon; without one (`Year 2018 Make SUBARU Model OUTBACK`) only
 * capitalized and with the model's label after the run (makeRun), so `Make Amara Okafor the owner` stays a name.
 */
const MAKE_LABEL_BEFORE = /(?:^|[^\p{L}])(?:make|Make|MAKE)(?:[ \t]?\/[ \t]?(?:model|Model|MODEL))?[ \t]{0,3}:[ \t]{0,3}$/u;
const BARE_MAKE_BEFORE = /(?:^|[^\p{L}])(?:Make|MAKE)[ \t]{1,3}$/u;
const MODEL_LABEL_AFTER = /^[ \t]{1,3}(?:Model|MODEL)(?![\p{L}])/u;
/**
 * Whether a run of one to three words stands after a vehicle's make label (MAKE_LABEL_BEFORE, or
 * BARE_MAKE_BEFORE with `Model` after it or ending it): a car maker's name, no person's. The
 * label `Model` read into the run (`HONDA Model`) goes with it.
 */
function makeRun(text: string, run: readonly Token[], before: string): boolean {
  if (run.length > 3) return false;
  if (MAKE_LABEL_BEFORE.test(before)) return true;
  if (!BARE_MAKE_BEFORE.test(before)) return false;
  const last = run[run.length - 1] as Token;
  return (run.length >= 2 && last.lower === 'model') || MODEL_LABEL_AFTER.test(text.slice(last.end, last.end + 12));
}
const LINE_START_BEFORE = /\n[ \t*>-]*$/;
const TEXT_START_BEFORE = /^[ \t*>-]*$/;
const PACKAGE_SIZE_AFTER = /^[ \u00a0]?\d{1,4}(?:[.,]\d{1,3})?[ \u00a0]?(?:cl|ml|l|ltr|litres?|liters?|fl\.? ?oz|oz|gal|gallons?)(?![\p{L}\d])|^[ \u00a0]?\d{1,3}[ -]?(?:pack|pk)(?![\p{L}\d])/iu;
/** An age after a run (`Maria Garcia 42 yrs`, `Tevita Havili 41 years old`, `Anna Müller 67 Jahre`): no house number. */
const AGE_AFTER = /^ \d{1,3} ?(?:y\/?o|yo|yrs?|years?|y\.o\.|jahre?|ans|años|anos|anni|jaar)(?![\p{L}\d])/iu;
/** A house number and up to four capitalized words after a run (` 12 Main St`, ` 1600 Pennsylvania Avenue`): see addressAhead. */
const NUMBER_THEN_WORDS = /^ \d{1,5}[A-Za-z]? (\p{Lu}[\p{L}\p{M}'’-]*\.?(?: \p{Lu}[\p{L}\p{M}'’-]*\.?){0,3})/u;
/**
 * Whether the number after a run starts a street address of its own (a number, a street's name,
 * then its suffix or street word: `Tevita Havili 12 Main St`, a mailing label's name and street),
 * so the number is no house number of the run (`Joaquin Suarez 2906` is a street and its number).
 */
function addressAhead(after: string): boolean {
  const words = NUMBER_THEN_WORDS.exec(after)?.[1]?.split(' ');
  if (words === undefined) return false;
  for (let k = 1; k < words.length; k++) if (isStreetWordOrSuffix((words[k] as string).toLowerCase().replace(/\.$/, ''))) return true;
  return false;
}
const AMOUNT_AFTER = /^ \d{1,5} ?(?:eur|usd|gbp|chf|jpy|inr|zar|ngn|kes|aud|cad|nzd|sgd|hkd|mxn|brl|cny|sek|nok|dkk|pln|euros?|dollars?|pounds?|rand|naira|rupees?)\b/i;
const ADDRESS_VERBS = new Set(['ask', 'call', 'ping', 'email', 'text', 'message', 'tell', 'remind', 'notify', 'thank', 'pay', 'refund', 'meet', 'invite', 'contact', 'phone', 'page', 'hire', 'fire', 'bill', 'charge', 'credit', 'add', 'added']);
const SENTENCE_START = /(?:^|[.!?\n:;]\s{0,3})$/;
/** Verbs of what a person did, right after a name ("Rahul approved the refund", "Katarzyna said"). */
const PERSON_VERB_AFTER = /^,? (?:(?:will|can|could|to) (?:cover|take|swap|work) (?:the|my|your|his|her|their|a|an) (?:[a-z]{3,10} )?shifts?\b|approved|said|says|asked|asks|wrote|writes|replied|replies|confirmed|requested|signed|agreed|complained|reported|mentioned|emailed|texted|phoned|explained|suggested|declined|refused|thanked|apologi[sz]ed|promised|insisted|told|tells|called|calls|answered|commented|responded|objected|consented|authori[sz]ed|rejected)\b/;
/** A verb addressed to a person at a sentence's start ("Ask Rahul about it", "Call Thandiwe Ndlovu", "Pay Thandiwe Ndlovu 200 EUR"). */
const ADDRESSED_BEFORE = /(?:^|[.!?\n]\s{0,3}|[:;]\s{1,3})(?:ask|call|ping|email|e-mail|text|message|tell|remind|notify|thank|pay|refund|escalate to|assign to|cc|loop in|meet|spoke to|spoke with|talked to|talked to|met with|meeting with|added|invite|contact|phone|owner:?|assignee:?)\s{1,3}$/i;
// Cues that only count when the run is not a single common-looking word ("by Jane Doe", "To: Ann").
/** A signing or approving verb and `by` before a name (`Approved by Aryan Pratap Singh Rathore on 2026-11-02`): a person's cue, though `by` alone is a weak one (L1 of the eighth probe). */
const APPROVER_BEFORE = /\b(?:approved|reviewed|signed|countersigned|authori[sz]ed|verified|prepared|submitted|checked|witnessed|attested|certified) by\s{1,4}$/i;
/**
 * A verb of what only a person does to another and `by` before a lone given name (`called by
 * Hyacinth`, `requested by Ngozi`, `referred by Oluwaseun`; L7 of the probe of 2026-12-05d): the
 * signing verbs of APPROVER_BEFORE and the verbs of a desk's or a clinic's request. Not the verbs a
 * system does too (`created`, `generated`, `sent`, `updated`, `triggered`, `sorted`, `ordered`, `caused`).
 */
/**
 * A person's kin right after a run (`Met Chidinma Eze-Oyelaran and her husband at the gala`, `…
 * and his wife`; L9 of probe-2026-12-05g found the name raw in a donor's note): `and` and `her` or
 * `his` before a kinship noun say the run is a person's name (`Met Acme Corp and their CFO` stays:
 * `their`, and no kin). Anchored at the run's end.
 */
const KIN_AND_AFTER = /^,?[ \t]{1,2}and[ \t]{1,2}(?:her|his)[ \t]{1,2}(?:husband|wife|spouse|partner|fianc[ée]e?|son|sons|daughter|daughters|children|kids|mother|father|parents|sister|brother|boyfriend|girlfriend|family|grandchildren)(?![\p{L}])/u;
/**
 * A tenant's or a neighbour's self-introduction at a message's start (`Hi, this is Chidinma in unit
 * 3B`, `Hello, this is Torvald from 3B, the heater is broken`; L9 of probe-2026-12-05g found the
 * lone name raw): a greeting and `this is` before the run (THIS_IS_GREETING_BEFORE) and the unit
 * after it (UNIT_AFTER): a lone word the lists lack that loneByName takes is a given name there
 * (`Hi, this is Support`, `Hi, this is Comcast calling` stay).
 */
const THIS_IS_GREETING_BEFORE = /(?:^|[.!?\n])[ \t]{0,3}(?:hi|hello|hey|hiya|good[ \t]+(?:morning|afternoon|evening))[ \t]*[,!.]?[ \t]*this[ \t]+is[ \t]{1,2}$/iu;
const UNIT_AFTER = /^,?[ \t]{1,2}(?:in|from|at)[ \t]{1,2}(?:(?:unit|apt\.?|apartment|flat|suite|room|#)[ \t]{0,2}[\p{L}\p{N}-]{1,6}|\d{1,4}\p{Lu}?|\p{Lu}\d{1,4})(?![\p{L}\p{N}])/u;
const LONE_BY_BEFORE = /\b(?:approved|reviewed|signed|countersigned|authori[sz]ed|verified|prepared|submitted|checked|witnessed|attested|certified|requested|called|phoned|referred|escalated|assigned|reported|raised|dictated|recommended|introduced|nominated|sponsored|interviewed|examined|seen|treated|visited|accompanied) by\s{1,4}$/i;
const WEAK_CUE = /\b(?:from|to|by|author|contact|hi|hello|hey|thanks|thank you|cc|best|named|called|this is)\.?,?:?\s{1,4}$/i;

const PLACE_OR_EMPLOYER_BEFORE = /\b(?:in|at|near|into|across|around|outside|inside|based in|originally from|moved to|returned to|travell?ing to|flew to|work(?:s|ed|ing)? (?:for|at)|employed (?:by|at)|joined|became|acquired by|subsidiary of)\s{1,3}$/i;

/**
 * A verb of living, being born, working, moving or travelling and a locative preposition of
 * Italian, Spanish, Portuguese, French, German or Dutch before a run (`nato a Roma`, `vive a
 * Milano`, `vive en Sevilla`, `trabaja en Granada`, `mora em Lisboa`, `nasceu no Porto`, `vit à
 * Nancy`, `zieht nach Kassel`, `komt uit Emmen`), or a word of origin and `di`/`de`/`da`/`aus`/`uit`
 * (`originario di Napoli`, `viene de Córdoba`): the run is a place (the third probe of
 * 2026-12-04, O2: `nato a Roma e vive a Milano` stored both cities as persons). The verb decides,
 * not the preposition alone: `a` and `de` also stand before persons (Spanish `visité a María`,
 * `llamé a Lucía`, `Maria de Souza`, `Jan de Jong`), so does French `à` (`écrit à Marie`). Up to
 * two adverbs of time or a year may stand between the verb and the preposition (`vive ora a
 * Milano`, `vive ahora en Sevilla`, `vit depuis 2010 à Nancy`), no other word: `fui a ver a María`
 * keeps the person. As `in`/`at` (PLACE_OR_EMPLOYER_BEFORE), it
 * keeps a run of one listed name at most; a title before the run is a person's cue and wins.
 */
const LOCATIVE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:(?:${[
    // Italian
    'nat[oaie]|nasce|nacque|viv[eoi]|vivono|vissut[oaie]|abit[aoi]|abitano|risied[eoi]|residente|lavor[aoi]|lavorano|lavorato|trasferit[oaie]|andat[oaie]|and[aò]|vado|torn[aoò]|tornat[oaie]|arrivat[oaie]|arriv[aoò]|partit[oaie]|studi[ao]|cresciut[oaie]',
    // Spanish
    'naci[óo]|nacid[oa]s?|nac[ií]|viv[eoí]|viven|vivía|vivió|vivido|resid[eo]|residen|residente|trabaj[aoóé]|trabajan|trabajaba|mud[óé]|mudad[oa]|mudarse|viaj[aoóé]|viajan|llegu[ée]|lleg[aoó]|volvi[óo]|vuelv[eo]|regres[aoóé]|voy|va|van|fue|fui|iba|estudi[aoóé]|crec[ií]|creci[óo]',
    // Portuguese
    'nasc[ei]|nasceu|nascid[oa]s?|mor[ao]|moram|morava|morou|trabalh[aoe]|trabalham|trabalhou|mud(?:ou|ei)|viaj(?:ou|ei)|cheg(?:ou|uei)|vou|vai|foi|estud(?:a|o|ou)|cresceu|reside',
    // French
    'n[ée]e?s?|vi[st]|vivent|vécu|habit[ée]s?|habitent|travaill[ée]s?|travaillent|déménag[ée]|allée?s?|vais|va|arrivée?s?|part|partie?s?|résid[ée]s?',
    // German
    'wohn(?:t|e|en|te)|leb(?:t|e|en|te)|geboren|arbeit(?:et|e|en)|zieh(?:t|e|en)|zog|gezogen|umgezogen|fähr(?:t)|fahre|fuhr|flieg(?:t|e)|flog|geflogen|reis(?:t|e|te)|kommt|komme|kam|stamm(?:t|e)',
    // Dutch
    'woon|woont|wonen|woonde|geboren|werk|werkt|werken|werkte|verhuisd|verhuist|verhuisde|kom|komt|kwam|reis|reist|reisde|ga|gaat|ging|vliegt|vloog',
  ].join('|')})(?:[ \\t]+(?:ora|ancora|adesso|oggi|sempre|ahora|ya|actualmente|todavía|hoy|siempre|agora|ainda|hoje|actuellement|maintenant|toujours|depuis|seit|jetzt|heute|noch|immer|nu|nog|altijd|sinds|\\d{1,4})){0,2}[ \\t]+(?:a|al|in|en|em|no|na|nos|nas|à|au|aux|nach|aus|uit|naar|desde)|(?:originari[oa]s?|originale|proveniente|provenienti|oriund[oa]s?|originaire|originário|originária|natural|proviene|procede|viene|vienen|vengo|vem|veio|vient|venu|venue)[ \\t]+(?:di|da|de|desde|d[eo]s?|aus|uit))[ \\t]{1,2}$`,
  'iu',
);
/** The prepositions LOCATIVE_BEFORE ends with: a run's `before` is read by it only when its last word is one (a Set lookup). */
const LOCATIVE_PREPOSITIONS = new Set('a al in en em no na nos nas à au aux nach aus uit naar desde di da de do dos des'.split(' '));
/** Whether a locative verb and preposition end `before` (LOCATIVE_BEFORE), its last word looked up first. */
function locativeBefore(before: string): boolean {
  const end = before.length - 1;
  if (end < 2 || before.charCodeAt(end) !== 32) return false;
  const from = before.lastIndexOf(' ', end - 1);
  return LOCATIVE_PREPOSITIONS.has(before.slice(from + 1, end).toLowerCase()) && LOCATIVE_BEFORE.test(before);
}

/**
 * A noun of travel, transport or office and a preposition of destination, origin or place of
 * Italian, Spanish, Portuguese and French before a run (`il volo per Roma`, `il treno per Milano`,
 * `el tren para Sevilla`, `el autobús hacia Toledo`, `o voo para Lisboa`, `le vol pour Nantes`,
 * `treno da Torino`, `la oficina en Bilbao`): the run is a place, with no verb before it (the
 * fourth README-only probe of 2026-12-04, Q4, O2's kind: LOCATIVE_BEFORE wants a verb). The noun
 * decides: `regalo per Giulia`, `grazie per Maria`, English `as per Sarah` keep the person; no
 * `di`/`de` (`il volo di Marco` is Marco's flight). It keeps a run of one word, or of words no list
 * holds as a name: `il volo per Maria Rossi` (a booking's passenger) stays a person.
 */
const TRAVEL_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[
    // Italian
    'vol[oi]|tren[oi]|aereo|aerei|nave|navi|traghett[oi]|autobus|pullman|corriera|navetta|bigliett[oi]|viaggio|viaggi|partenz[ae]|arriv[oi]|collegament[oi]|coincidenz[ae]|ufficio|uffici|sede|filiale|negozio|albergo|autostrada|uscita|direzione|rotta',
    // Spanish
    'vuelos?|tren(?:es)?|avi[óo]n|autob[úu]s|bus|barco|ferry|billetes?|boletos?|pasajes?|viajes?|salidas?|llegadas?|conexi[óo]n|oficinas?|sucursal|tienda|carretera|autopista|rumbo|traslado|escala',
    // Portuguese
    'voos?|comboios?|trem|avi[ãa]o|[ôo]nibus|autocarro|navio|bilhetes?|passagens?|viage[mn]s?|partida|chegada|escrit[óo]rio|filial|loja|estrada|rodovia',
    // French
    'vols?|trains?|avion|bateau|navette|billets?|voyages?|d[ée]part|arriv[ée]e|correspondance|bureau|agence|si[èe]ge|autoroute|direction',
  ].join('|')})(?:[ \\t]+(?:diretto|diretti|regionale|notturno|directo|directos|nocturno|direto|diretos|direct|directs))?[ \\t]+(?:per|para|pra|pour|hacia|verso|a|à|al|au|en|in|em|no|na|da|desde|vers)[ \\t]{1,2}$`,
  'iu',
);
/** The prepositions TRAVEL_BEFORE ends with (a Set lookup on `before`'s last word gates the regex). */
const TRAVEL_PREPOSITIONS = new Set('per para pra pour hacia verso a à al au en in em no na da desde vers'.split(' '));
/**
 * A street's word in lower case right before a run (`in via Garibaldi`, `da via Roma`, `in piazza
 * Garibaldi`, `corso Vittorio`, `calle Serrano`, `rua Augusta`, `boulevard Haussmann`): the run is
 * the street's name (Q4 of the fourth probe of 2026-12-04). `via` only after an Italian
 * preposition (`in`, `da`, `di`, `a`, `su`, `per` and their articled forms): English `sent via
 * Maria Garcia` keeps the person.
 */
const LOWER_STREET_WORDS = new Set('calle carrer rua rue viale vicolo corso piazza piazzale piazzetta avenida avinguda plaza plaça praça praca paseo passeig camino carretera travessa travesía alameda estrada strada boulevard chemin impasse allée quai largo lungomare'.split(' '));
const ITALIAN_VIA_BEFORE = /(?:^|[^\p{L}])(?:in|da|di|a|su|per|e|nella|dalla|della|alla|sulla|nell['’]|dall['’]|dell['’]|all['’])[ \t]?via[ \t]$/u;
/** Whether `before` ends with a noun of travel and its preposition (TRAVEL_BEFORE) or a lower-case street word (LOWER_STREET_WORDS). */
function travelOrStreetBefore(before: string): boolean {
  const end = before.length - 1;
  if (end < 2 || before.charCodeAt(end) !== 32) return false;
  const from = before.lastIndexOf(' ', end - 1);
  const word = before.slice(from + 1, end);
  if (word === 'via') return ITALIAN_VIA_BEFORE.test(before);
  if (LOWER_STREET_WORDS.has(word)) return true;
  return TRAVEL_PREPOSITIONS.has(word.toLowerCase()) && TRAVEL_BEFORE.test(before);
}

/**
 * A street's word in lower case right before a run, of any length (`piazza Giuseppe Garibaldi`,
 * `rue Émile Zola`, `ulica Jana Pawła`): LOWER_STREET_WORDS, the Polish ones, French `place` and
 * `avenue` after a French word or a punctuation mark (`puis avenue Victor Hugo`; English `first
 * place John Smith` keeps the person), and `via` after an Italian preposition or in an Italian
 * list (`poi via Alessandro Manzoni`, `…, Teatro alla Scala, via Giuseppe Verdi`; `sent via Maria
 * Garcia` keeps the person).
 */
const LOWER_STREET_WORDS_MORE = new Set('ulica ulicy aleja alei plac placu rondo osiedle caddesi sokak bulvarı'.split(' '));
const FRENCH_STREET_BEFORE = /(?:^|[,;:(]|(?:^|[^\p{L}])(?:puis|et|la|sur|de|en|vers|à|au|rendez-vous|dans))[ \t]?(?:place|avenue)[ \t]$/iu;
const ITALIAN_LIST_VIA_BEFORE = /(?:(?:^|[^\p{L}])poi[ \t]via|(?:piazza|corso|viale|vicolo|largo|teatro|ponte|palazzo|galleria|duomo|della|alla|nella)[^\n]{0,30},[ \t]via)[ \t]$/iu;
function lowerStreetWordBefore(before: string): boolean {
  const end = before.length - 1;
  if (end < 2 || before.charCodeAt(end) !== 32) return false;
  const from = before.lastIndexOf(' ', end - 1);
  const word = before.slice(from + 1, end);
  if (word === 'via') return ITALIAN_VIA_BEFORE.test(before) || ITALIAN_LIST_VIA_BEFORE.test(before);
  if (word === 'place' || word === 'avenue') return FRENCH_STREET_BEFORE.test(before);
  return LOWER_STREET_WORDS.has(word) || LOWER_STREET_WORDS_MORE.has(word);
}

/** A blank, up to two particles and a capitalized word (after a place's lead word). */
const LEAD_THEN_NAME = /^[ \t](?:(?:de|del|da|do|dos|das|la|las|los)[ \t]){0,2}\p{Lu}/u;
/** The run is a place's or a public body's name by its head word (place-heads.ts): a lead, a lead and connectors before it, a tail ending it or right after it. */
const VI_TITLES = /căn cước công dân|chứng minh nhân dân|cộng hòa xã hội chủ nghĩa việt nam|cộng hoà xã hội chủ nghĩa việt nam|giấy phép lái xe|sổ hộ khẩu|giấy khai sinh/gu;
/** Whether [start, end) lies inside a Vietnamese document title (VI_TITLES), read on the 40 characters around it. */
function insideVietnameseTitle(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 40);
  const window = text.slice(from, end + 40).toLowerCase();
  for (const match of window.matchAll(VI_TITLES)) {
    const at = from + (match.index as number);
    if (at <= start && at + match[0].length >= end) return true;
  }
  return false;
}
/** One or two lower-case words and a colon after a run (VI_SENTENCE_LABEL), a letter only Vietnamese writes (VI_LETTER), a verb of saying (VI_SAYING). */
const VI_SENTENCE_LABEL = /^[ \t]((?:\p{Ll}[\p{Ll}\p{M}]{0,7})(?:[ \t]\p{Ll}[\p{Ll}\p{M}]{0,7})?)[ \t]*(?:\/[^\n:]{0,40})?[:：]/u;
const VI_LETTER = /[ăâđêôơưĩũ\u1ea0-\u1ef9]/u;
const VI_SAYING = /^(?:nói|hỏi|viết|đáp|kể|gửi|nhắn|trả lời)$/u;
/** An Indonesian identity card's field label that holds no name, and its colon, right before a run. */
const KTP_FIELD_BEFORE = /(?:^|[^\p{L}])(?:agama|kepercayaan|pekerjaan|kewarganegaraan|status perkawinan|jenis kelamin|gol\.? darah|berlaku hingga)[ \t]*:[ \t]*$/iu;
/** Particles of surnames that are no article (`du`, `van`, `von`, `de`, `da`, `dos`, `di`, `ter`): placeOrBodyRun. */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['du', 'van', 'von', 'de', 'da', 'das', 'dos', 'di', 'der', 'den', 'ter', 'ten']);
function placeOrBodyRun(text: string, tokens: Token[], index: number, run: Token[], before: string): boolean {
  const first = run[0] as Token;
  const last = run[run.length - 1] as Token;
  if (run.length >= 2 && first.capitalized && isPlaceBodyLead(first.lower)) return true;
  // A lead alone before a capitalized word or a particle and one (`Mercado Central`, `Mercado de San
  // Juan`: the run stops at `Mercado` when the rest is no name or a place; O2 of 2026-12-05f).
  if (run.length === 1 && first.capitalized && isPlaceBodyLead(first.lower) && LEAD_THEN_NAME.test(text.slice(last.end, last.end + 40))) return true;
  // A verb at a sentence's start, an article, then the place (`Visitamos la Sagrada Família`,
  // `Vimos la Torre de Belém`): the article's particle starts a multi-word place or a lead.
  for (let k = 1; k + 1 < run.length; k++) {
    const particle = run[k] as Token;
    if (particle.capitalized || !PARTICLES.has(particle.lower)) continue;
    const head = run[k + 1] as Token;
    // Two particles of a surname's prefix (`Piet van den Bosch`: names-left 2026-12-07e, the town `Den Bosch` hid the
    // whole name): the place's phrase led by the second particle is the surname.
    if (!head.capitalized && TWO_PARTICLES.test(` ${particle.lower} ${head.lower} `)) continue;
    // A surname's particle (no article, or an article after one: `de la`) before a place's lead that ends the run (`Émile
    // du Pont`, `Ana de la Torre`): the
    // lead names no place with nothing after it; it is the surname (the whole name was kept).
    if (k + 2 === run.length && (SURNAME_PARTICLES.has(particle.lower) || TWO_PARTICLES.test(` ${(run[k - 1] as Token).lower} ${particle.lower} `)) && head.capitalized && isPlaceBodyLead(head.lower)) continue;
    if ((head.capitalized && isPlaceBodyLead(head.lower)) || phraseAt(text, tokens, index + k + 1, MULTI_WORD_PLACES)) return true;
  }
  if (placeBodyLeadBefore(before) || holidayLeadBefore(before)) return true;
  if (run.length >= 2 && last.capitalized && isPlaceBodyTail(last.lower, (run[run.length - 2] as Token).lower)) return true;
  const next = tokens[index + run.length];
  return next !== undefined && next.capitalized && text.slice(last.end, next.start) === ' ' && isPlaceBodyTail(next.lower, last.lower);
}

/** A word that joins two parts of a public body's name (Turkish, Hungarian, Finnish, Vietnamese `and`), a blank either side. */
const BODY_JOINER_AFTER = /^ (?:ve|és|ja|và) (?=\p{Lu})/u;
/**
 * After the token at `at - 1`: a joiner (BODY_JOINER_AFTER), then up to four capitalized words apart by one
 * blank, the last a body's tail (place-heads.ts). Lower-case words the lists do not keep are no tokens, so
 * the joiner is read on the text and the words after it are found by their start.
 */
function joinedToBody(text: string, tokens: Token[], at: number): boolean {
  const end = (tokens[at - 1] as Token).end;
  const joiner = BODY_JOINER_AFTER.exec(text.slice(end, end + 5));
  if (joiner === null) return false;
  let k = at;
  while (k < tokens.length && (tokens[k] as Token).start < end + joiner[0].length) k++;
  let previous: Token | undefined;
  for (let n = 0; n < 4; n++, k++) {
    const word = tokens[k];
    if (word === undefined || !word.capitalized || word.start !== (previous === undefined ? end + joiner[0].length : previous.end + 1) || (previous !== undefined && text.charCodeAt(previous.end) !== 32)) return false;
    if (previous !== undefined && isPlaceBodyTail(word.lower, previous.lower)) return true;
    previous = word;
  }
  return false;
}

/** Countries as their own languages and English write them, after a brand's name (`Telekom Deutschland`, `Vodafone España`, `Orange Polska`). */
const BRAND_COUNTRIES = new Set(`deutschland österreich schweiz suisse svizzera españa italia france nederland belgië belgique polska türkiye
portugal brasil méxico mexico argentina colombia chile perú peru danmark norge sverige suomi éire ireland hellas românia česko magyarország
hrvatska srbija ukraina uk usa us america canada australia india japan nippon`.split(/\s+/));
/**
 * Countries as the languages of Europe and Latin America write them, beside BRAND_COUNTRIES less its English names (which
 * are given names too: `India`, `America`): one alone is the country, no person (names-left 2026-12-07e: `o PT governa o
 * Brasil`, `el PSOE gobierna España`, `a Itália perdeu` masked the country; the lists hold `Brasil`, `Francia`, `Itália` as
 * surnames). A person's verb after it keeps the run (`Brasil said`), as two words do (`João Brasil`, `Maria España`).
 */
const LONE_COUNTRIES: ReadonlySet<string> = new Set([
  ...[...BRAND_COUNTRIES].filter((name) => !['uk', 'usa', 'us', 'america', 'canada', 'australia', 'india', 'japan', 'ireland', 'chile', 'peru'].includes(name)),
  ...`brasile brésil brasilien brazilië alemanha alemania allemagne germania duitsland frança francia frankrijk frankreich itália italie italien
espanha spagna espagne spanje spanien inglaterra inghilterra angleterre engeland japão japón japon giappone cina chine canadá canadà
rússia rusia russie russia rusland russland holanda olanda hollande grécia grecia grèce griechenland griekenland suíça suiza zwitserland
áustria austria autriche oostenrijk marrocos marruecos maroc marocco marokko turquia turquía turquie turchia turkije türkei moçambique
venezuela bolívia bolivia equador ecuador uruguai uruguay paraguai paraguay polónia polônia polonia pologne polen bélgica belgio
dinamarca danimarca danemark denemarken dänemark noruega norvegia norvège noorwegen norwegen suécia suecia svezia suède zweden schweden
irlanda irlande ierland irland escócia escocia scozia écosse schotland schottland`.split(/\s+/),
]);
/**
 * A brand and the country it serves, two words (`Telekom Deutschland`, `Telefónica Deutschland`,
 * `Swisscom Schweiz`, `Vodafone España`): no person when the first word is no listed given name
 * (`Maria España`, `Chris Ireland` stay persons) nor a listed surname, nor an accented given name (`João Brasil`).
 */
function brandCountryRun(named: readonly Token[]): boolean {
  // A common word may lead (`Provider Swisscom Schweiz`, `Network Telekom Deutschland`).
  if (named.length < 2 || named.length > 3 || (named.length === 3 && !['W', 'U', 'l'].includes((named[0] as Token).kind))) return false;
  const [brand, country] = named.slice(-2) as [Token, Token];
  // An accented given name the lists lack (isFoldedGivenName: `João Brasil`, `João Portugal`; names-left 2026-12-07f: kept
  // as a brand) leads a person's name, as a listed one does.
  return country.capitalized && BRAND_COUNTRIES.has(country.lower) && (brand.kind === 'U' || brand.kind === 'W') && !(named.length === 2 && isFoldedGivenName(brand.lower));
}
/**
 * A given name and a country's word as its surname (`Maria Portugal`, `João Portugal`, `Peter Brasil`; names-left
 * 2026-12-07f: kept raw, as `Maria Lincoln` is with no cue): a listed given name that is a word too but no frequent word,
 * place or team's word (`Maria`, `Peter`; not `Victoria`, `Georgia`, `Mark`), or an accented given name the lists lack
 * (isFoldedGivenName: `João`), before a country of LONE_COUNTRIES (not its English names, which are given names or
 * brands' too: `Mark Ireland`), no Romance adjective of FOREIGN_PREDICATE_NAMES (`Bella Italia`, `Viva España`, `Nova
 * Brasil`), no capitalized word before the run (`Ave Maria Portugal`). Read on a two-word run only.
 */
function givenBeforeCountry(named: readonly Token[], l: NameLists): boolean {
  const [given, country] = named as [Token, Token];
  if (!given.capitalized || !country.capitalized || country.possessive || !LONE_COUNTRIES.has(country.lower)) return false;
  if (given.kind === 'U') return isFoldedGivenName(given.lower);
  return given.kind === 'f' && !l.frequent.has(given.lower) && !l.stop.has(given.lower) && !TEAM_WORDS.has(given.lower) && !FOREIGN_PREDICATE_NAMES.has(given.lower);
}
/** A capitalized word and a blank right before a run (`Ave Maria Portugal`): the run is part of a longer phrase. */
const CAPITAL_WORD_BEFORE = /\p{Lu}[\p{L}\p{M}]*[ \t]$/u;
/**
 * A case's reporter citation after its short name: an optional comma and `at`, a volume, one to four
 * abbreviations with their dots (a series `2d`, `3d`, `4th` glued or apart: `U.S.`, `S. Ct.`, `F.3d`,
 * `F. Supp. 2d`, `Ill. App. 3d`), then a page or `at` and a page (Bluebook's full and short forms).
 */
const REPORTER_CITE_AFTER = /^,?[ \t](?:at[ \t])?\d{1,4}[ \t](?:\p{Lu}[\p{L}]{0,6}\.(?:[ \t]?\d(?:d|th|st|nd|rd))?[ \t]?){1,4}(?:at[ \t])?\d/u;
/** Bluebook's signals that open a citation sentence (`See Iqbal, 556 U.S. at 678`, `Cf. …`): they lead the run of the case's name. */
const CITE_SIGNALS = new Set('see cf accord contra compare under but also'.split(' '));
/** A capitalized town's word and `upon` before the run (`Newcastle upon Tyne`, `Kingston upon Hull`), or `upon` and a capitalized word after it (`Stratford upon Avon`). */
const UPON_BEFORE = /(?:^|[^\p{L}])\p{Lu}([\p{L}'’]+)[ -]upon[ -]$/u;
const UPON_AFTER = /^[ -]upon[ -]\p{Lu}/u;
/** Verbs that take `upon` (`Called upon Maria`, `Rely upon`, `Based upon`): a sentence's verb, no town. */
const UPON_VERB = /^(?:\p{L}+(?:ed|ing|s|ly)|rely|call|look|depend|insist|act|agree|improve|draw|dwell|reflect|impose|enter|prevail|wait|frown|smile|come|happen|stumble|seize|fall|set|hit|once|thereupon|whereupon|take|put|bestow|confer|lay|turn|build|stand|feed|prey|touch)$/u;
/**
 * The run (one word) is an English town's river or the town before `upon`: a capitalized word that is
 * no frequent English word before `upon` (`Newcastle upon Tyne`; `Called upon Maria` keeps Maria), or
 * a word that is no listed given name before `upon` and a capitalized word (`Stratford upon Avon`).
 */
function uponTown(text: string, word: Token, before: string): boolean {
  const town = UPON_BEFORE.exec(before);
  if (town !== null) {
    const lower = (before.slice(town.index).match(/\p{L}[\p{L}'’]*/u)?.[0] ?? '').toLowerCase();
    if (!UPON_VERB.test(lower)) return true;
  }
  return word.kind !== 'F' && word.kind !== 'f' && UPON_AFTER.test(text.slice(word.end, word.end + 8));
}
/** Persons' roles that label a field (`Insured:`, `Insured DOB:`, `Claimant vehicle`): alone they are no name. */
const ROLE_LABEL_WORDS = new Set('insured policyholder claimant applicant beneficiary subscriber cardholder decedent guarantor payee tenant lessee lessor employee patient'.split(' '));
/** An operating system's name and version, then `(`: a release's code name follows (`Ubuntu 22.04 LTS (`, `Debian 13 (`, `macOS 14 (`). */
const RELEASE_BEFORE = /(?:^|[^\p{L}])(?:ubuntu|debian|fedora|mint|raspbian|android|macos|mac os x|os x|centos|rhel|opensuse|elementary os|pop!_os)[ \t]+v?\d{1,4}(?:\.\d{1,4}){0,3}(?:[ \t]+lts)?[ \t]\($/iu;

/**
 * Spanish and Portuguese months the lists hold as names (`Julio`, `Mayo`, `Abril`, `Agosto`, …): after a
 * day's number and `de` they are a date, which names streets and squares (`Avenida 9 de Julio`, `Jr.
 * 28 de Julio`, `Rua 25 de Março`; O2 of the thirteenth probe, 2026-12-05f: `Avenida 9 [PERSON]`).
 */
const ROMANCE_MONTHS: ReadonlySet<string> = new Set('enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '));
const DAY_DE_BEFORE = /(?:^|[^\p{N}])(?:[1-9]|[12]\d|3[01])[ \t]+d[eo][ \t]+$/u;

/** English abbreviations of months (`Jan`, `Dec`, `Sept`) that are also given names or surnames in the lists (`May` is in MONTH_NAMES). */
const MONTH_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/**
 * "Rent Dec", "Payroll Jan", "Sales Jan", "Mortgage Feb": a month's abbreviation right after a
 * capitalized word that is no listed name (a memo's or a ledger line's category and its month)
 * is no person (the fourth README-only probe of 2026-12-04, Q1: `<MEMO>Rent Dec</MEMO>` stored
 * `Rent [PERSON]`, `Payroll Jan` `[PERSON]`). `run` ends with the abbreviation; the word before it
 * is the run's first word or the token before the run, joined by one blank. A listed name before
 * it (`Kowalski Jan`, `Kristina Dec`) keeps the person; so does a cue (decide checks `Thanks Jan`,
 * `Hi Jan`, `Dear Dec`, `Ask Jan` before calling it).
 */
function monthAfterWord(text: string, tokens: Token[], index: number, run: Token[]): boolean {
  const last = run[run.length - 1] as Token;
  if (run.length > 2 || !MONTH_ABBREVIATIONS.has(last.lower) || last.possessive) return false;
  const word = run.length === 2 ? (run[0] as Token) : tokens[index - 1];
  if (word === undefined || !word.capitalized || word.possessive || word.kind === 'F' || word.kind === 'L' || word.kind === 'I' || word.lower.length < 3) return false;
  return text.slice(word.end, last.start) === ' ';
}

/**
 * A weekday's abbreviation in a date or a schedule (O1 of the probe of 2026-12-05d): `Mon` and
 * `Thu` are listed given names, so HTTP and email dates (RFC 7231, RFC 2822: `Mon, 01 Dec 2026
 * 09:15:00 -0800`), `date`'s output (`Thu Dec  4 10:00:00 UTC 2026`) and schedules (`Mon 10:00,
 * Thu 14:30`, `Mon–Thu`, `Mon, Thu and Fri`, `every Thu`) stored `[PERSON]`. The abbreviation is no
 * person when a day of the month, a time, a month's name or another weekday follows it
 * (WEEKDAY_DATE_AFTER), or another weekday or a word of recurrence stands right before it
 * (WEEKDAY_BEFORE). Only a run of the abbreviation alone; decide leaves a title, a cue, a greeting
 * and a verb addressed to a person before it a person (`Dear Thu,`, `Ask Thu at 10:00`), and a
 * surname beside it (`Thu Nguyen`) makes a longer run.
 */
const WEEKDAY_ABBREVIATIONS = new Set('mon tue tues wed thu thur thurs fri sat sun'.split(' '));
const WEEKDAY_WORD = '(?:mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?';
const MONTH_WORD = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY_DATE_AFTER = new RegExp(`^\\.?(?:,[ \\t]{0,2}|[ \\t]{1,2})(?:\\d{1,2}(?:[ \\t-]${MONTH_WORD}(?![\\p{L}])|[./-]\\d{1,2}(?![\\d])|:\\d{2}|[ \\t]?(?:am|pm|h)(?![\\p{L}])|(?:st|nd|rd|th)(?![\\p{L}]))|${MONTH_WORD}[ \\t]{1,2}\\d{1,2}(?![\\d])|(?:(?:and|or|to|through|thru|till|until)[ \\t]{1,2}|&[ \\t]{0,2})?${WEEKDAY_WORD}(?![\\p{L}])|(?:at|from|until|till|by)[ \\t]{1,2}\\d{1,2}(?:[:.]\\d{2})?(?![\\d]))|^[ \\t]?[-–—/][ \\t]?(?:${WEEKDAY_WORD}(?![\\p{L}])|\\d)`, 'iu');
const WEEKDAY_BEFORE = new RegExp(`(?:(?:^|[^\\p{L}])${WEEKDAY_WORD}(?:,[ \\t]{0,2}|[ \\t]{1,2}(?:and|or|to|through|thru|till|until)[ \\t]{1,2}|[ \\t]{0,2}(?:&|[-–—/])[ \\t]{0,2})|(?:^|[^\\p{L}])(?:every|each|next|last|this|on|until|till|closed|open|opens)[ \\t]{1,2})$`, 'iu');
const MONTH_DAY_AFTER = /^[ \t]{1,2}\d{1,2}(?!\d)/;
function weekdayOfDate(text: string, run: readonly Token[], before: string): boolean {
  const first = run[0] as Token;
  const last = run[run.length - 1] as Token;
  if (run.length > 3 || last.possessive || !WEEKDAY_ABBREVIATIONS.has(first.lower)) return false;
  // `Mon Thu Fri`: weekdays alone; `Thu Dec  4`: a weekday, a month and its day.
  if (run.length > 1) return run.every((token) => WEEKDAY_ABBREVIATIONS.has(token.lower)) || (run.length === 2 && MONTH_ABBREVIATIONS.has(last.lower) && MONTH_DAY_AFTER.test(text.slice(last.end, last.end + 4)));
  return WEEKDAY_DATE_AFTER.test(text.slice(first.end, first.end + 24)) || WEEKDAY_BEFORE.test(before.slice(-24));
}

/**
 * Inside a browser's user agent, the platform's comment after a product and its version
 * (`Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)`, `(X11; Linux x86_64)`, `(Linux; Android 14;
 * Pixel 8)`): device and system names, no person (O4 of the probe of 2026-12-05d: `Macintosh` and
 * `Mac` were listed names). The `(` opens at most 120 characters before the run, no `)` between,
 * and a `Product/1.2 ` stands before it.
 */
const UA_PRODUCT_BEFORE = /[A-Za-z]\/[\d.]{1,12} $/;
function userAgentComment(text: string, start: number): boolean {
  // Searched in the window only: a text without `(` costs no scan back to its start (linear time).
  const from = Math.max(0, start - 120);
  const window = text.slice(from, start);
  const open = window.lastIndexOf('(');
  if (open === -1 || window.indexOf(')', open) !== -1 || window.indexOf('\n', open) !== -1) return false;
  return UA_PRODUCT_BEFORE.test(text.slice(Math.max(0, from + open - 16), from + open));
}
/**
 * A text-to-speech voice's id, a vendor's namespace glued to the voice by a dot (O3 of the probe of
 * 2026-12-05d: Twilio's `<Say voice="Polly.Joanna">`, `Polly.Matthew-Neural` stored `[PERSON].Joanna`;
 * `Polly` is a listed name). The voice after the dot is no run of its own (a dot glues it).
 */
const VOICE_NAMESPACES = new Set(['polly']);
/** Whether a word (any case) is a speech engine's namespace before a voice's name (`Polly` of `Polly.Joanna`): for dotted-names.ts. */
export const isVoiceNamespace = (word: string): boolean => VOICE_NAMESPACES.has(word.toLowerCase());
const VOICE_AFTER = /^\.\p{Lu}[\p{L}]{1,20}(?:-[A-Za-z0-9]{1,12}){0,2}(?![\p{L}\d.])/u;
function voiceId(text: string, run: readonly Token[]): boolean {
  const only = run[0] as Token;
  return run.length === 1 && VOICE_NAMESPACES.has(only.lower) && VOICE_AFTER.test(text.slice(only.end, only.end + 40));
}
/**
 * A list of films, shows, books or songs after its label (O6 of the probe of 2026-12-05d: `movie
 * night: The Truman Show, Forrest Gump, Jerry Maguire, Annie Hall.` stored four persons): titles
 * named after their characters. The label (WORKS_LABEL) and its colon stand in the same sentence
 * before the run, at most 160 characters back; a cue still makes a person (`movie night: hosted
 * by Maria Lopez` is decided by the cue only when the label is not read: the label wins; see
 * docs/REDACTION.md).
 */
const WORKS_LABEL = /(?:^|[^\p{L}])(?:movies?|films?|movie night|film night|watch ?list|to watch|watched|rewatched|screenings?|double feature|reading list|to read|playlist|box sets?|(?:tv )?series|novels?|albums?|(?:video )?games|top played|most played|recently played|now playing|currently playing|wish ?list)[ \t]{0,2}(?:\([^()\n]{0,30}\))?[ \t]{0,2}:[^:]*$/iu;
function worksListBefore(text: string, start: number): boolean {
  // Searched in the window only: no scan back to the text's start (linear time).
  let window = text.slice(Math.max(0, start - 160), start);
  if (!window.includes(':')) return false;
  for (const mark of ['\n', '. ', '! ', '? ']) {
    const at = window.lastIndexOf(mark);
    if (at !== -1) window = window.slice(at + mark.length);
  }
  return window.includes(':') && WORKS_LABEL.test(window);
}

/**
 * Patronymic particles between a given name and a father's name: Hebrew `ben` (son of) and `bat`
 * (daughter of), Welsh `ap` (son of) and `ferch`/`verch` (daughter of): `Yael ben Haim`, `Rhodri ap
 * Gwilym`, `Seren ferch Gwyn` (the eighth probe of 2026-12-05, L2). Read only between two
 * capitalized words; kept out of PARTICLES, whose words are never a name's in lower case (`ben` is
 * a given name there: `this is ben smith`).
 */
const PATRONYMIC_PARTICLES = new Set(['ben', 'bat', 'ap', 'ferch', 'verch']);
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'y']);

interface NameLists {
  first: WordSet;
  last: WordSet;
  ambiguousFirst: WordSet;
  ambiguousLast: WordSet;
  frequent: WordSet;
  stop: Set<string>;
  /**
   * Hashes (wordHash) of the lower-case words whose identity matters when written in lower
   * case: listed names, particles, the words after a run that make it no person, firm words.
   * Any other lower-case ASCII word is skipped without making a string of it.
   */
  lowerKeep: { has(hash: number): boolean };
}

/** FNV-1a over the ASCII letters of text[start, end), lower-cased, as a small integer (no string made). */
function wordHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ (text.charCodeAt(k) | 32), 16777619);
  return hash & 0x3fffffff;
}

/** Entries of keptMemo's table: a power of two. */
const KEPT_MEMO_SIZE = 4096;
/**
 * `kept` (a function of a word's hash, wordHash: non-negative) answered from a direct-mapped table
 * of its last answers, KEPT_MEMO_SIZE entries indexed by the hash's low bits (an entry holds the
 * hash it answered for, -1 none). Every lower-case word of prose is asked (nothingToFind, the
 * token pass); the lists' table of kept hashes is 1.5 MB read at a random slot per word, a
 * cache miss each, where prose repeats a vocabulary of a few hundred words that the 20 KB here
 * hold. Exact: the lists do not change once read, so an answer stays true for its hash.
 */
export function keptMemo(kept: (hash: number) => boolean): (hash: number) => boolean {
  const hashes = new Int32Array(KEPT_MEMO_SIZE).fill(-1);
  const answers = new Uint8Array(KEPT_MEMO_SIZE);
  return (hash) => {
    const at = hash & (KEPT_MEMO_SIZE - 1);
    if (hashes[at] === hash) return answers[at] === 1;
    const answer = kept(hash);
    hashes[at] = hash;
    answers[at] = answer ? 1 : 0;
    return answer;
  };
}

/** One shared token for lower-case words that matter to no rule (see NameLists.lowerKeep). */
const OTHER_WORD: Token = Object.freeze({ start: -1, end: -1, kind: 'W', capitalized: false, lower: '', possessive: false }) as Token;

declare const __dirname: string | undefined;

/**
 * Where the name lists are: `dist/data/person-names.bin` next to the bundles (ESM and CJS alike)
 * in the package; `assets/data/person-names.bin` when running from the sources.
 */
function dataFile(): string {
  // The module's own folder: `import.meta.url` in the ESM bundle and the sources; the CJS bundle,
  // where esbuild leaves `import.meta` empty, has its module-scoped `__dirname`. Not `__dirname`
  // first: in an ES module a global of that name may exist and name another folder (`node -e` and
  // the REPL set it to '.'), and the lists were then looked for under the working directory, so
  // every detection threw (found 2026-12-06).
  const url = (import.meta as { url?: unknown }).url;
  const base = typeof url === 'string' && url !== '' ? fileURLToPath(new URL('.', url)) : (__dirname as string);
  const bundled = join(base, 'data', 'person-names.bin');
  return existsSync(bundled) ? bundled : join(base, '..', '..', 'assets', 'data', 'person-names.bin');
}

let lists: NameLists | undefined;
/**
 * The name lists, read once: one read of the table file (about 1 ms), wrapped in typed arrays
 * with no decoding (name-table.ts). Throws when the data file is missing or broken (a re-bundled
 * copy of the package without dist/data/): the redactor then masks the strings it could not check
 * and reports the error, rather than letting names through unchecked.
 */
function nameLists(): NameLists {
  if (lists) return lists;
  const file = dataFile();
  let table: ReturnType<typeof openNameTable>;
  try {
    table = openNameTable(readFileSync(file));
  } catch (cause) {
    throw new Error(`person-name lists not found at ${file}: ship dist/data/person-names.bin with the bundle, or disable the 'person' detector`, { cause });
  }
  // The lower-case words kept besides the listed names' (whose hashes the table holds).
  const keep = new Set<number>();
  const add = (word: string) => {
    if (/^[a-z]+$/.test(word)) keep.add(wordHash(word, 0, word.length));
  };
  for (const set of [PARTICLES, PATRONYMIC_PARTICLES, NOT_PERSON_AFTER]) for (const word of set) add(word);
  for (const firm of LOWER_FIRMS) for (const word of firm.split(/[ &']+/)) add(word);
  add('disease');
  add('syndrome');
  lists = {
    first: wordsOfKind(table, WORD_KIND.first),
    last: wordsOfKind(table, WORD_KIND.last),
    ambiguousFirst: wordsOfKind(table, WORD_KIND.ambiguousFirst),
    ambiguousLast: wordsOfKind(table, WORD_KIND.ambiguousLast),
    frequent: wordsOfKind(table, WORD_KIND.frequent),
    stop: new Set([...PLACES.split(/\s+/), ...EPONYMS.split(/\s+/), ...DRUGS.split(/\s+/), ...MONTH_NAMES.split(' '), ...PERSON_NOUNS.split(/\s+/)]),
    lowerKeep: { has: keptMemo((hash: number) => table.keeps(hash) || keep.has(hash)) },
  };
  return lists;
}

/**
 * Whether a word (any case) is a listed first name or surname that is no common word (`dave`,
 * `okafor`; `mark`, `grace`, `baker` are words too): for rules that need a person's name without
 * its capital (a mailbox, `dave at example dot com`). False when the lists are missing.
 */
export function isListedPersonName(word: string): boolean {
  try {
    const lower = word.toLowerCase();
    const { first, last, stop } = nameLists();
    return (first.has(lower) || last.has(lower)) && !stop.has(lower);
  } catch {
    return false;
  }
}

/**
 * Whether one word is an account named by an initial and a surname (`mquintanilla`, `nokonkwo`):
 * seven to 31 letters, the part after the first a listed surname of six letters or more that is
 * no frequent word, no place, eponym or drug, and the whole no frequent word. For account
 * positions only (account-names.ts: an IAM ARN's user, `UserName`); `docker`, `tester`,
 * `writer` (d + ocker, …) are too short to be read so. False when the lists are missing.
 */
export function isInitialAndSurname(word: string): boolean {
  if (!/^[A-Za-z][a-z]{6,30}$/.test(word)) return false;
  try {
    const lower = word.toLowerCase();
    const rest = lower.slice(1);
    const l = nameLists();
    return l.last.has(rest) && !l.stop.has(rest) && !l.frequent.has(rest) && !l.frequent.has(lower) && !l.stop.has(lower);
  } catch {
    return false;
  }
}

/**
 * Whether a capitalized word (`Qxaro`, `Vlintuk`, `Garcia`) may be a person's name as a field of
 * a delimited record beside a direct identifier (redactor.ts recordCompany): a listed first name
 * or surname, or an unknown word of three letters or more that is no frequent English word, no
 * word kept out of names (places, eponyms, drugs, months, `NOT_NAMES`) and has no ending of an
 * English word (`-ing`, `-tion`, `-ment`, ...). `Active`, `Premium`, `Checkout`, `Paris` are no
 * such word. False when the lists are missing.
 */
/**
 * Whether one word in lower case may be a name the lists lack where a name was asked for (a turn's
 * answer to `Who am I speaking with?`: `zephra`; turn-answers.ts): lowerNameWord's strict reading,
 * no English word, place, function word, firm's, team's or bot's word, chat word, nor an English
 * ending. False when the lists are missing.
 */
export function isLowerNameWord(word: string): boolean {
  try {
    return /^\p{Ll}[\p{Ll}\p{M}'’-]{2,30}$/u.test(word) && lowerNameWord(word, true, nameLists());
  } catch {
    return false;
  }
}

/** A lone word after LONE_BY_BEFORE that may be a given name: a capital then small letters, 3 letters or more, no stop word, no frequent English word unless a listed given name (`Hyacinth`), no English ending, no team's word. */
function loneByName(word: string, l: NameLists): boolean {
  if (!/^\p{Lu}[\p{Ll}\p{M}'’-]{2,30}$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (l.stop.has(lower) || NOT_NAMES.has(lower) || TEAM_WORDS.has(lower)) return false;
  if (l.first.has(lower) || l.ambiguousFirst.has(lower)) return true;
  return !l.frequent.has(lower) && !l.ambiguousLast.has(lower) && !ENGLISH_WORD_LIKE.test(lower);
}

/**
 * Whether one capitalized word is a given name of the lists, also one they keep as a common word
 * (`Grace`, `Hyacinth`, `Hope`, `Mark`): for positions where a person's name is all that can stand
 * (a device's owner before its model, account-names.ts). No stop word, no team's word.
 */
export function isGivenNameWord(word: string): boolean {
  if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word)) return false;
  try {
    const lower = word.toLowerCase();
    const l = nameLists();
    if (l.stop.has(lower) || NOT_NAMES.has(lower) || TEAM_WORDS.has(lower)) return false;
    return l.first.has(lower) || l.ambiguousFirst.has(lower);
  } catch {
    return false;
  }
}

/**
 * How surely one capitalized word is a given name as the subject of a personal fact (`Maria earns 61k`, `Jordan is gay`;
 * personal-subjects.ts): 2 for a listed given name that is no place, month or team's word (`Amara`, `Pedro`);
 * 1 for a listed given name that is also a place, a month or a team's word (the lists' stop words and TEAM_WORDS:
 * `Jordan`, `Paris`, `April`), a name only where the predicate can be said of a person alone (a rare word does not count:
 * `Maria`, a plural of `mare`, is 2; an accented given name the lists lack, isFoldedGivenName's, too: `Lucía`); 0 for no
 * listed given name (`Apple`, `Christmas`, `Ireland`, `Monday`). 0 when the lists are missing. A given name that is also
 * a frequent English word is 2 (`Grace`, `Hope`, `Frank`): the build keeps every listed name out of the frequent words
 * (scripts/build-name-lists.mjs FREQUENT_WORDS), so the `frequent` test below never holds for a listed name (found by
 * the Stryker run of 2026-12-08; kept as the over-read side: `Grace is catholic` is read as a person). `Will`, `May`
 * and the other modal verbs are lowered to 1 by personal-subjects.ts MODAL_NAMES.
 */
export function givenNameTier(word: string): 0 | 1 | 2 {
  if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word) || word.length > 24) return 0;
  try {
    const lower = word.toLowerCase();
    const l = nameLists();
    if (NOT_NAMES.has(lower)) return 0;
    if (!l.first.has(lower) && !l.ambiguousFirst.has(lower)) return isFoldedGivenName(word) ? 2 : 0;
    return l.stop.has(lower) || TEAM_WORDS.has(lower) || l.frequent.has(lower) ? 1 : 2;
  } catch {
    return 0;
  }
}

export function isRecordNameWord(word: string): boolean {
  if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word)) return false;
  try {
    const lower = word.toLowerCase();
    const l = nameLists();
    if (l.stop.has(lower) || NOT_NAMES.has(lower)) return false;
    if ((l.first.has(lower) || l.last.has(lower)) && !l.frequent.has(lower)) return true;
    return lower.length >= 3 && !l.frequent.has(lower) && !l.ambiguousFirst.has(lower) && !l.ambiguousLast.has(lower) && !ENGLISH_WORD_LIKE.test(lower) && !TEAM_WORDS.has(lower);
  } catch {
    return false;
  }
}

/**
 * Whether one capitalized word is a listed given name and nothing else the lists know: no common word, place, month,
 * team's word, nor a word the lists hold as both a name and a word (`Hildegard`, `Amara`; not `Maria`, `Grace`, `Red`,
 * `Ward`, `West`, which givenNameTier ranks 2 as well). For a field with no cue but its neighbour (redactor.ts
 * recordCompany: `Brunnhuber\tHildegard\tWard 3`). False when the lists are missing.
 */
export function isSureGivenName(word: string): boolean {
  if (givenNameTier(word) !== 2) return false;
  try {
    const lower = word.toLowerCase();
    const l = nameLists();
    return l.first.has(lower) && !l.ambiguousFirst.has(lower) && !l.ambiguousLast.has(lower);
  } catch {
    return false;
  }
}

/**
 * Whether one capitalized word is a listed given name or surname, also one the lists keep as a place or a word
 * (`Jordan`, `Paris`, `Chester`, `Okafor`), but no day, language or form word (NOT_NAMES), team's word, nor the head of
 * a place's or a firm's name (NOT_PERSON_AFTER: `Street`, `Park`, `Hall`): a surname after a sure given name
 * (personal-subjects.ts: `Maria Jordan is catholic`). False when the lists are missing.
 */
export function isListedNameWord(word: string): boolean {
  if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word)) return false;
  try {
    const lower = word.toLowerCase();
    const l = nameLists();
    if (NOT_NAMES.has(lower) || TEAM_WORDS.has(lower) || NOT_PERSON_AFTER.has(lower)) return false;
    return l.first.has(lower) || l.last.has(lower) || l.ambiguousFirst.has(lower) || l.ambiguousLast.has(lower);
  } catch {
    return false;
  }
}

/** Whether a capitalized word leads a place's name (`West`, `North`, `San`, `Port`, `Lake`: PLACE_PREFIXES), whatever the name lists hold. */
export const isPlacePrefix = (word: string): boolean => PLACE_PREFIXES.has(word.toLowerCase());

/** Whether a word, as written, is a lower-case particle that leads a surname (`van`, `de`, `von`, `der`: PARTICLES). */
export const isSurnameParticle = (word: string): boolean => PARTICLES.has(word);

/**
 * Whether a capitalized word is a title or an office's word that stands before a surname (`Dr`, `Prof`, `Director`,
 * `Judge`, `Nurse`, `Professor`, `Doctor`: RUN_TITLES, OFFICE_TITLES and the two titles' long forms): the subject of a
 * personal fact is the surname after it (personal-subjects.ts: `Director Okafor earns £52,000 a year`).
 */
export function isSubjectTitle(word: string): boolean {
  const lower = word.toLowerCase();
  return RUN_TITLES.has(lower) || OFFICE_TITLES.has(lower) || lower === 'professor' || lower === 'doctor';
}

/** A double-barrelled surname's shape: two or three capitalized parts joined by hyphens (`Adeyemi-Brooks`, `Vaitkutė-Ndlovu`). */
const HYPHENATED_SURNAME = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+){1,2}$/u;
/**
 * Whether one word is a double-barrelled surname whose parts need no list (L1 of probe 2026-12-05h:
 * `Adeyemi-Brooks`, `Osei-Tutu`, `Farahani-Dufresne`, `Vaitkutė-Ndlovu`): two or three capitalized
 * parts joined by hyphens, one of them four letters or more, each a record's name word
 * (isRecordNameWord: a listed name or an unknown word that is no frequent English word), or two
 * parts of which one is a listed given name or surname of three letters or more and the other any
 * capitalized word of four or more (`Adeyemi-Brooks`: `Brooks` is a frequent word). Not a firm
 * spelled so (`Hewlett-Packard`, `Rolls-Royce`, `Coca-Cola`: FIRMS), nor a compound led by a
 * prefix or a combining form (`Non-Profit`, `Co-Founder`, `Self-Service`, `Anglo-Saxon`:
 * COMPOUND_HEADS), nor one with a place's or a stop word's part. `Follow-Up`, `Roll-Out`, `Wi-Fi`,
 * `Co-Op`, `Play-Doh` are none. Used only where a cue says a surname stands there (a name member,
 * a record title's start, an answer to a surname question: the callers).
 */
export function isHyphenatedSurname(word: string): boolean {
  if (word.length > 48 || !HYPHENATED_SURNAME.test(word)) return false;
  try {
    const parts = word.split('-');
    const lower = parts.map((part) => part.toLowerCase());
    if (FIRMS.has(lower.join(' ')) || !parts.some((part) => part.length >= 4)) return false;
    const l = nameLists();
    if (lower.some((part) => COMPOUND_HEADS.has(part) || l.stop.has(part) || NOT_NAMES.has(part))) return false;
    if (parts.every((part) => isRecordNameWord(part))) return true;
    if (parts.length !== 2) return false;
    const listed = (i: number): boolean => (parts[i] as string).length >= 3 && isRecordNameWord(parts[i] as string) && (l.first.has(lower[i] as string) || l.last.has(lower[i] as string));
    return (listed(0) && (parts[1] as string).length >= 4) || (listed(1) && (parts[0] as string).length >= 4);
  } catch {
    return false;
  }
}
/**
 * Whether a name member's whole value is a double-barrelled surname alone or before its given
 * names, as CRMs write a contact's `Name` (Salesforce `Last, First`; L1 of probe 2026-12-05h:
 * `{Name:'Farahani-Dufresne, Kaveh'}`, `{requester:{name:'Osei-Tutu'}}` were stored raw): the
 * surname (isHyphenatedSurname), then optionally a comma and one or two capitalized name words
 * (`Nwachukwu-Reyes, Bartholomé`). `Acme-Global, Inc`, `Follow-Up` are none.
 */
export function surnameFirstValue(value: string): boolean {
  const text = value.trim();
  if (text.length > 80) return false;
  const comma = text.indexOf(',');
  if (!isHyphenatedSurname(comma < 0 ? text : text.slice(0, comma))) return false;
  if (comma < 0) return true;
  const given = text.slice(comma + 1).trim().split(/[ \t]+/);
  return given.length <= 2 && given.every((word) => isRecordNameWord(word) || isGivenNameWord(word));
}
/** Prefixes and combining forms that lead hyphenated compounds, not surnames (`Non-Profit`, `Co-Founder`, `Anglo-Saxon`, `Saint-Denis`). */
const COMPOUND_HEADS = new Set(
  'co non pre post anti self multi low high vice ex re sub super semi mid inter cross over under out up down well all half full part de un pro counter top bi tri mono micro macro mini meta neo pan para poly pseudo quasi ultra extra intra trans afro anglo franco indo sino euro greco italo russo austro judeo saint sainte san santa st'.split(' '),
);

/**
 * Whether two words (any case) are a listed first name followed by a listed surname (`Amara
 * Okafor`, `John Smith`; a surname that is also a word counts, a first name that is one does not:
 * `Will Smith`, `Mark Baker` are not): the certainty a structure field needs to mask a name with no
 * cue (redactor.ts `structureValue`). False when the lists are missing.
 */
export function isListedFirstAndLast(firstWord: string, lastWord: string): boolean {
  try {
    const first = firstWord.toLowerCase();
    const last = lastWord.toLowerCase();
    const lists = nameLists();
    return lists.first.has(first) && !lists.stop.has(first) && (lists.last.has(last) || lists.ambiguousLast.has(last)) && !lists.stop.has(last);
  } catch {
    return false;
  }
}

/**
 * Whether a word (any case) is a listed name that is also a common word (`Maria`, `Smith`, `Mark`,
 * `Grace`): a name only where the context says a person is named (name-contexts.ts, after a
 * person's label). False when the lists are missing.
 */
export function isAmbiguousPersonName(word: string): boolean {
  try {
    const lower = word.toLowerCase();
    const { ambiguousFirst, ambiguousLast } = nameLists();
    return ambiguousFirst.has(lower) || ambiguousLast.has(lower);
  } catch {
    return false;
  }
}

/**
 * Reads and decodes the name lists now rather than at the first string that could hold a name.
 * A sealing worker calls it once it is ready, so the one-time cost (about 20 ms of CPU and some
 * megabytes that its garbage collector copies) is paid at start-up, not in the middle of the
 * first large event. A missing data file is ignored here: it is reported when a string is checked.
 */
export function preloadNameLists(): void {
  try {
    nameLists();
  } catch {
    // Reported by detectPersons(), with the string it could not check.
  }
}

/** Word kinds: F first name, L surname, f/l ambiguous first/surname, U unknown capitalized word, I initial, W other. */
type Kind = 'F' | 'L' | 'f' | 'l' | 'U' | 'I' | 'W';

interface Token {
  start: number;
  end: number;
  kind: Kind;
  capitalized: boolean;
  lower: string;
  /** The token ended in `'s`: the span stops before it. */
  possessive: boolean;
}

const letterOrMark = /[\p{L}\p{M}]/u;
/**
 * A letter or combining mark at text[index]; ASCII answered without a regex. The marks that only
 * dress an emoji are none: the variation selectors (U+FE00-U+FE0F: `❤️` is U+2764 U+FE0F) and the
 * keycap U+20E3 (`#️⃣`). Read as marks, they glued the emoji's tail to the next word, which then
 * began with no capital (`Qxaro👩‍⚕️Vlintuk`, `Marisol ❤️ Etxeberria`: L8 of the eighth probe).
 */
function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if ((code >= 0xfe00 && code <= 0xfe0f) || code === 0x20e3) return false;
  return letterOrMark.test(text[index] as string);
}
const upper = /\p{Lu}/u;
const ascii = /^[\x00-\x7f]*$/;
const isDigitCode = (code: number) => code >= 48 && code <= 57;
/**
 * One pass without allocation that rules out most strings: ASCII text with no capital letter
 * starting a word (camelCase keys do not count) and no lower-case listed first name followed by
 * another word cannot hold a name. Other scripts and capitals go to the full scan.
 */
function nothingToFind(text: string, l: NameLists): boolean {
  const length = text.length;
  let k = 0;
  while (k < length) {
    const code = text.charCodeAt(k);
    if (code >= 128) return false;
    const upperFirst = code >= 65 && code <= 90;
    if (!upperFirst && !(code >= 97 && code <= 122)) {
      k++;
      continue;
    }
    const start = k;
    let allUpper = upperFirst;
    for (k++; k < length; k++) {
      const c = text.charCodeAt(k);
      if (c >= 97 && c <= 122) allUpper = false;
      else if (!(c >= 65 && c <= 90)) {
        // In a capitalized word, an apostrophe or hyphen before a letter joins one word, as in the
        // full scan ("ZOE-Ann"); lower-case words stay split, so "anne-marie garcia" is read at "marie".
        const next = upperFirst && (c === 39 || c === 45) && k + 1 < length ? text.charCodeAt(k + 1) | 32 : 0;
        if (next >= 97 && next <= 122) k++;
        else break;
      }
    }
    if (k < length && text.charCodeAt(k) >= 128) return false;
    const size = k - start;
    const after = k < length ? text.charCodeAt(k) : 32;
    if (upperFirst) {
      // A capitalized word that could be a name: not an initial, not an acronym of three letters
      // or fewer ("EUR"), not glued to digits or identifier characters ("ORD-2026", "DE89").
      const before = start > 0 ? text.charCodeAt(start - 1) : 32;
      const glued = glue(before) || glue(after) || (after === 45 && isDigitCode(text.charCodeAt(k + 1))) || (before === 45 && isDigitCode(text.charCodeAt(start - 2)));
      if (!glued && size >= 2 && !(allUpper && size <= 3)) return false;
      // A listed name of one word before a slash and a team's word (`Okafor/Support`: oneNameSlashAt).
      if ((after === 47 || after === 92) && oneNameSlashAt(text, start, k, l)) return false;
      // Two or three capitals are a name after a cue ("dear AMY", "cheers,\nZOE"), as they are for the full scan.
      if (!glued && size >= 2 && cueBefore(text, start)) return false;
    } else if (after === 32 && size > 2 && l.lowerKeep.has(wordHash(text, start, k))) {
      // A lower-case listed first name followed by a space could start "john smith"; an ambiguous
      // one (a common word of the English lists: "maria") only before a listed name ("maria
      // garcia"), as lowerCasePair reads them. Most English words are ambiguous first names'
      // neighbours, so checking the next word keeps ordinary lower-case prose out of the full scan.
      const word = text.slice(start, k).toLowerCase();
      if (l.first.has(word)) return false;
      if (l.ambiguousFirst.has(word)) {
        let end = k + 1;
        while (end < length && text.charCodeAt(end) >= 97 && text.charCodeAt(end) <= 122) end++;
        const next = text.slice(k + 1, end);
        if (next.length > 1 && (l.first.has(next) || l.last.has(next))) return false;
      }
    }
  }
  return true;
}

/** A title, greeting, introduction, label or sign-off line ends right before text[start] (decide's cues, on its 40-character window). */
function cueBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return CUE_BEFORE.test(before) || GREETING_BEFORE.test(before) || SIGN_OFF_BEFORE.test(before);
}

/** text[start, end) holds ASCII letters only. */
function asciiLetters(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k) | 32;
    if (code < 97 || code > 122) return false;
  }
  return true;
}
const isUpperAscii = (code: number) => code >= 65 && code <= 90;
const isSpaceCode = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
/**
 * A chat @mention of a full name (L4 of the sixth probe of 2026-12-04: `@Qxaro Vlintuk can you
 * review?`, `cc @Qxaro Vlintuk @Wenlix Dorvane`, `+Qxaro Vlintuk added to the thread`, `@Vlintuk,
 * Qxaro please check`, as Slack, Teams, Google Chat and Jira comments read pasted as text, were
 * stored raw: the `@` or `+` glued to the word made it an identifier). The word at [start, end)
 * after the sign is read as a word when the sign starts a word of its own (after a blank, an
 * opening bracket or quote, or at the start), the word is capitalized, and a second capitalized
 * word follows after a blank or a comma and a blank: one-word handles and code annotations
 * (`@Override`, `@Bean public`, `@Injectable()`, `@jdoe`) stay identifiers. A ticket's or a
 * mention's `#` alike (`Ticket #Maria Lopes, 934567890`, `Assigned to #Thandiwe Ndlovu`: S1 of
 * probe-2026-12-05j, nothing was found); the words after it are then read as any run is, so a
 * hashtag of two words that make no name stays (`#Black Friday`, `#Throwback Thursday`).
 */
function mentionAt(text: string, start: number, end: number): boolean {
  const sign = start - 1;
  const before = sign > 0 ? text.charCodeAt(sign - 1) : 32;
  if (!(isSpaceCode(before) || before === 40 || before === 91 || before === 34 || before === 39 || before === 0x201c || before === 0x2018)) return false;
  if (!isUpperLetter(text, start)) return false;
  let k = end;
  if (text.charCodeAt(k) === 44) k++;
  // Emoji before the second word (`cc @Tevita 🙂 Havili`, `@Qxaro👩‍⚕️Vlintuk`: EMOJI_GAP, gapJoins).
  const code = text.charCodeAt(end);
  if (code >= 0x2000 || (code === 32 && text.charCodeAt(end + 1) >= 0x2000)) {
    let next = end;
    while (next < end + 33 && next < text.length && !isLetter(text, next)) next++;
    if (next > end && next - end <= 32 && EMOJI_GAP.test(text.slice(end, next))) return isUpperLetter(text, next) && !isUpperLetter(text, next + 1);
  }
  // A blank or a tab (`@Maria\tGarcia`, pasted from a chat export).
  if (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9) return false;
  return isUpperLetter(text, k + 1) && !isUpperLetter(text, k + 2);
}
/** A capital (ASCII or not) at `at`. */
function isUpperLetter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 65 && code <= 90) return true;
  if (code < 128 || Number.isNaN(code)) return false;
  const char = text[at] as string;
  return char !== char.toLowerCase() && char === char.toUpperCase();
}
/**
 * Whether the word at [start, end), followed by `/`, ends a name of two words or more written
 * with capitals at their starts and the slash joins it to a capitalized word (`Amara
 * Okafor/Support`, `Assigned to: Amara Okafor/Jane Doe`, `Maria Garcia/Finance Team`): the slash
 * stands as ` / ` does between a person and a team, a department or another person, so neither
 * word is glued to it (issue 11 of 2026-12-05: `Okafor` was stored raw beside a masked `Amara`).
 * A path's or an identifier's slash stays glue: the word before is no capitalized word after one
 * blank (`src/Button`, `Sales/Marketing`), or that word follows a slash, a dot or a digit
 * (`docs/Getting Started/Install`); words in capitals (`OKAFOR/AMARA`, `TCP/IP`) are slashedNames'.
 * Reads at most 40 characters back.
 */
function nameSlashAt(text: string, start: number, end: number): boolean {
  if (end - start < 2 || !isUpperLetter(text, start) || !isUpperLetter(text, end + 1) || text.slice(start, end) === text.slice(start, end).toUpperCase()) return false;
  if (text.charCodeAt(start - 1) !== 32) return false;
  let from = start - 1;
  const limit = Math.max(0, start - 40);
  while (from > limit && (isLetter(text, from - 1) || text.charCodeAt(from - 1) === 45 || text.charCodeAt(from - 1) === 39)) from--;
  if (from === start - 1 || !isUpperLetter(text, from)) return false;
  return nameLeadAt(text, from);
}
/** What may stand right before a name that a slash ends (nameSlashAt): a line's start, a blank, `:`, `,`, `;`, `(`, `[`, a quote, `>`, `*`. */
function nameLeadAt(text: string, from: number): boolean {
  if (from === 0) return true;
  const lead = text.charCodeAt(from - 1);
  return lead === 32 || lead === 9 || lead === 10 || lead === 13 || lead === 58 || lead === 44 || lead === 59 || lead === 40 || lead === 91 || lead === 34 || lead === 39 || lead === 62 || lead === 42;
}
/**
 * Whether the word at [start, end), followed by `/` or `\\`, is a listed given name or surname of
 * one word (no common word: not ambiguous, not a place's, not frequent) and the slash joins it to a
 * team's or a department's word (TEAM_WORDS: `Okafor/Support`, `Assigned: Nguyen/Billing`,
 * `Garcia/Finance`; issue 11 of 2026-12-05): a person and her team, as `Okafor / Support` is.
 * Decided against paths and products: the word stands where a name starts (nameLeadAt: not after
 * a slash, a dot or a letter: `src/Nguyen/Billing` stays), the team word ends the pair (no slash,
 * backslash, dot and letter after it: `Nguyen/Billing/Invoices` is a folder's path), and a word the
 * lists lack or hold as a common word stays glued (`Docker/Compose`, `Sales/Marketing`,
 * `Jordan/Support`, `Hill/Support`). Reads at most 40 characters after the slash.
 */
function oneNameSlashAt(text: string, start: number, end: number, l: NameLists): boolean {
  if (end - start < 3 || !isUpperLetter(text, start) || !isUpperLetter(text, end + 1) || !nameLeadAt(text, start)) return false;
  const value = text.slice(start, end);
  if (value === value.toUpperCase()) return false;
  const lower = value.toLowerCase();
  if (!(l.first.has(lower) || l.last.has(lower)) || l.stop.has(lower) || l.ambiguousFirst.has(lower) || l.ambiguousLast.has(lower) || l.frequent.has(lower)) return false;
  let k = end + 1;
  while (k < text.length && k - end <= 40 && isLetter(text, k)) k++;
  const next = text.charCodeAt(k);
  if (next === 47 || next === 92 || next === 95 || isDigitCode(next) || (next === 46 && isLetter(text, k + 1))) return false;
  return isTeamWord(text.slice(end + 1, k).toLowerCase(), false);
}
/** Digits and identifier characters: `_ / \\ @ # $ % & = + <` next to a word. */
const glue = (code: number) => isDigitCode(code) || code === 95 || code === 47 || code === 92 || code === 64 || code === 35 || code === 36 || code === 37 || code === 38 || code === 61 || code === 43;

/**
 * Common surnames that are also a place's or a thing's word among NOT_PERSON_AFTER (`Park`, the
 * third most common Korean surname; `Hall`, `Lane`, `Court`, `Church`, `Temple`, `Law`, `Power`,
 * `Close`, `Lake`): capitalized, kind `l` (a surname that is also another word) rather than `W`,
 * so they join a run (`Maria Park`, `Dr. Grace Hall`, `Ms. Park`); decide() reads a run holding
 * one as a person only after a person's cue or in a person's shape (placeWordPerson), so `Central
 * Park`, `Hyde Park`, `Carnegie Hall`, `Penny Lane` and `the Royal Albert Hall` stay places.
 */
const PLACE_WORD_SURNAMES = new Set(['park', 'hall', 'lane', 'court', 'church', 'temple', 'law', 'power', 'close', 'lake']);
/** Those of PLACE_WORD_SURNAMES that name a place (`Stanley Park`, `Albert Hall`, `Franklin Court`), not `law` and `power`. */
const PLACE_WORDS_OF_SURNAMES = new Set(['park', 'hall', 'lane', 'court', 'church', 'temple', 'close', 'lake']);
function kindOf(lower: string, capitalized: boolean, allCaps: boolean, l: NameLists): Kind {
  if (capitalized && !allCaps && PLACE_WORD_SURNAMES.has(lower)) return 'l';
  if (allCaps && SQL_KEYWORDS.has(lower)) return 'W';
  if (NOT_NAMES.has(lower) || NOT_PERSON_AFTER.has(lower) || PLACE_PREFIXES.has(lower)) return 'W';
  if (/['’]/.test(lower) && !/^(?:o|d|l|mc|di|de|da)['’]/.test(lower)) return 'W';
  if (l.stop.has(lower)) return l.first.has(lower) || l.ambiguousFirst.has(lower) ? 'f' : 'l';
  if (l.first.has(lower)) return 'F';
  if (l.last.has(lower)) return 'L';
  if (l.ambiguousFirst.has(lower)) return 'f';
  if (l.ambiguousLast.has(lower)) return 'l';
  // Names written with diacritics the lists lack ("Nguyễn", "Đặng", "Łukasz"): looked up folded.
  if (lower.charCodeAt(0) > 127 || !ascii.test(lower)) {
    const folded = foldDiacritics(lower);
    if (folded !== lower && ascii.test(folded)) {
      const kind = kindOf(folded, capitalized, allCaps, l);
      if (kind !== 'U' && kind !== 'W') return kind;
    }
  }
  if (!capitalized || allCaps || l.frequent.has(lower) || lower.length < 2) return 'W';
  // An unlisted word with an ending of English abstract nouns is no name ("Authentication",
  // "Onboarding" aside, "Reconciliation": a probe of 2026-12-03 masked "Strong Customer Authentication").
  if (lower.length >= 7 && NOUN_ENDING.test(lower)) return 'W';
  // An unlisted word that is the `-ing` form of an English word of the lists names an activity,
  // no person (`Online Banking`: P3 of the fifth probe of 2026-12-04); listed surnames of that
  // shape (`Fielding`, `Golding`, `Manning`) were read above.
  if (lower.length >= 6 && lower.endsWith('ing') && gerundOfWord(lower.slice(0, -3), l)) return 'W';
  // A compound of the Germanic languages that ends in an institution's word is that institution
  // (`Universitetssjukhuset`, `Kreiskrankenhaus`, `Stadtsparkasse`, `Hogeschool`; a probe of
  // 2026-12-03 masked `Karolinska Universitetssjukhuset`).
  if (lower.length >= 8 && INSTITUTION_ENDING.test(lower)) return 'W';
  // A generic drug's name by its INN stem (WHO's stems: `Omeprazol`, `Paracetamol`, `Diclofenac`, `Ramipril`, `Metoprolol`,
  // `Atorvastatin`, `Ibuprofen`; O4 of the leak probe of 2026-12-07), unlisted and eight letters or more.
  if (lower.length >= 8 && INN_STEM.test(lower)) return 'W';
  return 'U';
}
/** WHO INN stems that end a generic drug's name (German and Romance spellings too: `-prazol`, `-cetamol`). */
const INN_STEM = /(?:prazole?|sartan|[^a]pril|olol|statine?|fenac|profen|cetamol|azepam|dipine?|formine?|oxacine?|cill?ine?|mycine?|cyclin|cycline|tidine?|gliptine?|gliflozin|triptan|setrone?|semide?|thiazide?|oxetine?|lukast|parine?)$/;
/** An English word of the lists: a frequent word, or a common word that is also a name (`bank`, `call`, `pay`). */
const englishWord = (word: string, l: NameLists): boolean => l.frequent.has(word) || l.ambiguousFirst.has(word) || l.ambiguousLast.has(word);
/** Whether `stem` (a word less its `-ing`) is an English word as written (`bank-ing`), with its `e` (`shar-ing`), or with its doubled consonant (`shipp-ing`). */
function gerundOfWord(stem: string, l: NameLists): boolean {
  if (stem.length < 3) return false;
  if (englishWord(stem, l) || englishWord(`${stem}e`, l)) return true;
  const size = stem.length;
  return size >= 4 && stem.charCodeAt(size - 1) === stem.charCodeAt(size - 2) && englishWord(stem.slice(0, -1), l);
}
/** A title before a lower-case surname: capitalized, or with its dot (`Ms. nwosu`, `Dr okafor`, `mrs. okafor`). */
const LOWER_TITLE_BEFORE = /(?:^|[^\p{L}])(?:(?:Mr|Mrs|Ms|Mx|Dr|Miss|Prof)\.?|(?:mr|mrs|ms|mx|dr|prof)\.)[ \t]{1,2}$/u;
const THING_NOUNS = 'project|host|hostname|cluster|server|node|service|codename|operation|sprint|release|model|app|repo|repository|branch|database|bucket|queue|topic|namespace|env|environment|vm|instance';
const THING_NOUN_BEFORE = new RegExp(`\\b(?:${THING_NOUNS})\\s{1,2}$`, 'i');
const THING_HEADS = new Set(THING_NOUNS.split('|'));
// Prepositions that take a place or a thing far more often than a person (`mit`, `bei`, `für`,
// `beim` take people: `mit Müller gesprochen`, and are left out).
const GERMAN_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:nach|zu|seit|ohne|durch|gegen|ins|zum|zur|vom|aus)\s{1,2}$/u;
const INSTITUTION_WORDS = new Set(['hospital', 'hospitals', 'infirmary', 'clinic', 'university', 'college', 'airport', 'station', 'school', 'centre', 'center', 'hotel', 'trust', 'institute', 'museum', 'stadium', 'campus', 'klinikum', 'krankenhaus', 'universität', 'hôpital', 'ospedale']);
/**
 * A German possessive determiner (`mein`, `seine`, `unserem`; adjectives may follow), a determiner
 * or a preposition fused with its article and one or two adjectives in German inflection
 * (`im kleinen Dorf`, `in einem alten Dorf`, `das große Haus`), or `im`/`am` right before a word
 * (`im Dorf`, `am Markt`): the word is a noun (German capitalizes its nouns), even one the lists
 * hold as a surname (`Mein Sohn`, `meine Mutter`; O10 of the probe of 2026-12-05e, found by its
 * fixers: `Dorf`). A given name stays a person (`meine Anna`); so does a surname after the
 * nominative forms that close a letter (`Ihr Okafor`, `Ihre Schmidt`, `Dein`, `Euer`, `Unser`).
 */
const GERMAN_NOUN_BEFORE = /(?:^|[^\p{L}])(?:(?:mein|meine|meinen|meinem|meiner|meines|deinen|deinem|deiner|deines|sein|seine|seinen|seinem|seiner|seines|ihren|ihrem|ihrer|ihres|unseren|unserem|unserer|euren|eurem|eurer)(?:\s\p{Ll}{2,20}(?:e|en|em|er|es)){0,2}|(?:im|am|vom|zum|zur|ins|beim|der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|dieser|diese|dieses|diesem|diesen|jeder|jede|jedes|jedem|jeden)(?:\s\p{Ll}{2,20}(?:e|en|em|er|es)){1,2}|im|am)\s{1,2}$/iu;
/** A German possessive determiner right before a word (`Unser Nachbar`, `meine Kollegin`). */
const GERMAN_POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:mein|meine|meinen|meinem|meiner|dein|deine|deinen|deinem|deiner|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|unser|unsere|unseren|unserem|unserer|euer|eure|euren|eurem|eurer)\s$/iu;
/** A German preposition fused with its article opening a sentence before a lower-case word (`Im kleinen Dorf`, `Am nächsten Tag`): no Korean surname `Im`. */
const GERMAN_FUSED_START_AFTER = /^\s\p{Ll}{2,20}(?:e|en|em|er|es)\s\p{Lu}/u;
const GERMAN_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|keine|keinen|ihre|ihren|unsere|unseren)\s{1,2}$/u;
const NOUN_ENDING = /(?:tion|sion|ment|ness|ship|ism|ology|ability|ibility)$/;
/**
 * Ends of Swedish, Norwegian, Danish, German and Dutch compounds that name an institution, with
 * their definite endings; German public bodies and insurers among them (`Krankenkasse`,
 * `Ersatzkasse`, `Stadtwerke`, `Finanzamt`, `Landratsamt`, `Amtsgericht`, `Ärztekammer`,
 * `Rentenversicherung`, `Knappschaft`; the third probe of 2026-12-04, O4).
 */
const INSTITUTION_ENDING = /(?:^|.{3})(?:sjukhus|sykehus|sygehus|krankenhaus|klinikum|klinik|universitet|universität|hochschule|högskola|høgskole|hogeschool|ziekenhuis|gymnasium|museum|museet|institut|instituut|stiftung|stiftelse|kommune|kommun|gemeinde|bibliothek|bibliotek|akademie|akademi|sparkasse|bank|versicherung|verwaltung|ministerium|departement|verket|styrelse|myndighet|skola|skole|school|kyrka|kirke|kirche|teater|theater|stadion|kasse|werke|amt|gericht|kammer|verband|agentur|behörde|zentrum|gesellschaft|genossenschaft|knappschaft|anstalt|direktion|apotheke|schule|stelle|stätte)(?:et|en|an|a|n|s|e)?$/;

/** A compound that names an institution (`krankenkasse`, `stadtwerke`, `finanzamt`; INSTITUTION_ENDING): eight letters or more; callers ask it of words the lists lack (kind `W`). */
function institutionCompound(lower: string): boolean {
  return lower.length >= 8 && INSTITUTION_ENDING.test(lower);
}

/**
 * A hyphenated word in capitals read by its parts (a probe of 2026-12-03: `ANNA-LENA MÜLLER` masked
 * `MÜLLER` only, `ANNA-LENA MÜLLER-LÜDENSCHEIDT` nothing, as words in capitals count only when
 * listed): every part a listed name (a place, an eponym or a common word among them counts as
 * ambiguous) or an unknown word of three letters or more that is no frequent English word; the
 * word is then a strong name when a part is one, else an ambiguous one (`HOPE-ROSE`: only next to
 * another name). Parts of two letters (`MARIA-TV`) or frequent words (`MARK-UP`) make none.
 */
function hyphenatedKind(lower: string, kind: Kind, l: NameLists): Kind {
  let found: Kind | undefined;
  let ambiguous: Kind | undefined;
  for (const part of lower.split('-')) {
    const partKind = kindOf(part, true, false, l);
    if (strong(partKind)) found ??= partKind;
    else if (partKind === 'f' || partKind === 'l') ambiguous ??= partKind;
    else if (!(partKind === 'U' && part.length >= 3)) return kind;
  }
  return found ?? ambiguous ?? kind;
}

const strong = (kind: Kind) => kind === 'F' || kind === 'L';

/**
 * Words in capitals count as names only when listed, so a given name or surname the lists lack
 * stayed raw beside its masked partner (`JEAN-PAUL GAULTIER`, `RAHUL VERMA`, `JOHANNES VARVIO`), or
 * after a title (`Dr. ADAEZE NWOSU`; a probe of 2026-12-03). An unknown word in capitals of four
 * letters or more (shorter ones are acronyms as often: `MAX`), no frequent or English-looking word and no word the lists keep out, is read as
 * an unknown name (`U`) when a listed name in capitals stands beside it (one blank between) or a
 * title before it, or another such word after a title (`Dr. ADAEZE NWOSU`). `JOHN REPORT`,
 * `MARIA URGENT`, `PETER API` stay.
 */
function capsBesideNames(text: string, tokens: Token[], l: NameLists): void {
  let titled = -2;
  // A word taken beside a listed name passes it on to the next one (`JOHN VARVIO KUSIO` left
  // `KUSIO` raw: a probe of 2026-12-03); the run's rules allow two unknown words beside a listed one.
  let chained = -2;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const previous = tokens[k - 1];
    // A listed name in capitals after a title or a label passes the title on (`Beneficiary: MARIA
    // TAMMELA KUSIO`: `MARIA` is ambiguous, a common word of the lists).
    if (token.kind !== 'W' && token.kind !== 'I' && token.kind !== 'U' && allCapsToken(text, token) && (titleOrCueBefore(text, token) || (titled === k - 1 && text.slice((previous as Token).end, token.start) === ' '))) {
      titled = k;
      continue;
    }
    // A surname that is a place's word in capitals right after a name read behind a title or a
    // label (`Patient: MARIA PARK`, `Patient: JOHN HALL`: stored raw, found by the Stryker run of
    // 2026-12-05; `HYDE PARK` alone stays a place).
    if (token.kind === 'W' && titled === k - 1 && PLACE_WORD_SURNAMES.has(token.lower) && allCapsToken(text, token) && text.slice((previous as Token).end, token.start) === ' ') {
      tokens[k] = { ...token, kind: 'l' };
      continue;
    }
    // A double-barrelled surname in capitals whose parts no list holds, after a title or a form's name
    // label (`Surname VAUQUELIN-DAUDET`; L2 of probe-2026-12-05i): each part read as isHyphenatedSurname reads one. Not after
    // other cues (`Caller Computer Name: LAPTOP-RAJESHK` is a machine's name).
    if (token.kind === 'W' && token.capitalized && !token.possessive && token.lower.includes('-') && allCapsToken(text, token) && capsHyphenatedSurname(token.lower) && (formNameLabelBefore(text, token.start) || TITLE_BEFORE.test(text.slice(Math.max(0, token.start - 8), token.start)))) {
      tokens[k] = { ...token, kind: 'U' };
      titled = k;
      continue;
    }
    if (token.kind !== 'W' || !capsCandidate(text, token, l)) continue;
    const next = tokens[k + 1];
    const besidePrevious = previous !== undefined && (strong(previous.kind) || chained === k - 1) && !previous.possessive && allCapsToken(text, previous) && text.slice(previous.end, token.start) === ' ';
    const besideNext = next !== undefined && strong(next.kind) && !token.possessive && allCapsToken(text, next) && text.slice(token.end, next.start) === ' ';
    const afterTitle = titleOrCueBefore(text, token) || (titled === k - 1 && text.slice((previous as Token).end, token.start) === ' ') || (initialBefore(text, token.start) && TITLE_INITIAL_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start)));
    if (besidePrevious || besideNext || afterTitle) {
      tokens[k] = { ...token, kind: 'U' };
      if (afterTitle) titled = k;
      if (besidePrevious || besideNext) chained = k;
    }
  }
  // And backwards: `KUSIO VARVIO JOHN`.
  for (let k = tokens.length - 2; k >= 0; k--) {
    const token = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (token.kind !== 'W' || next.kind !== 'U' || token.possessive || !allCapsToken(text, next) || text.slice(token.end, next.start) !== ' ' || !capsCandidate(text, token, l)) continue;
    const after = tokens[k + 2];
    if (after !== undefined && strong(after.kind) && allCapsToken(text, after) && text.slice(next.end, after.start) === ' ') tokens[k] = { ...token, kind: 'U' };
  }
}
/**
 * A form's or an identity card's name label that starts its line, alone or joined to its
 * translation by `/` (ICAO Doc 9303 and EU ID cards print `Surname / Nom`, `Name/Surname`,
 * `Vornamen/Given names`; US ID-card OCR writes `LN` and `FN`; member and insurance cards
 * `Member:`), then a colon, blanks or a line break before the value (the fourth probe of
 * 2026-12-04, J9: `LN VLINTUK\nFN QXARO`, `Surname / Nom\nMOLLQUIST`, `Member: WENLIX DORVANE`
 * were stored raw). Tested on the label's line only (labelLineBefore), so the regex sees at most
 * one short line.
 */
const NAME_LABEL_WORDS = 'ln|fn|gn|surnames?|last ?names?|first ?names?|given ?names?|family ?names?|fore ?names?|middle ?names?|names?|nom|noms|nom de famille|pr[ée]noms?|nachnamen?|familienname|vornamen?|geburtsname|apellidos?|nombres?|cognome|nome|nomi|sobrenomes?|achternaam|voorna(?:a|me)n|nazwisko|imiona?|efternamn|f[öo]rnamn|etternavn|fornavn|sukunimi|etunimet|фамилия|имя|отчество|фио|ф\\.и\\.о\\.|полное имя|прізвище|ім[\'’]я|по батькові|име|презиме|επ[ωώ]νυμο|[οό]νομα|ονοματεπ[ωώ]νυμο|πατρ[ωώ]νυμο|soyad[ıi]?|ad[ıi]|ad[ıi]? soyad[ıi]?|soyisim|isim|nama(?: lengkap)?|member(?: name)?|subscriber(?: name)?|primary insured|insured name|card ?holder|account ?holder|receiver(?: name)?|individual name|dependent|dependant|guarantor|caller ?id(?: name)?|caller ?name|cnam(?: name)?|titulaire(?: du compte)?|titular(?: de la cuenta)?|intestatari[oa](?: del conto)?|rekeninghouder|tenaamstelling';
const NAME_LABEL_LINE = new RegExp(`^[ \\t]*(?:\\d{1,2}\\.(?:[a-z]\\.)?[ \\t]{1,2})?(?:${NAME_LABEL_WORDS})(?:[ \\t]*\\/[ \\t]*(?:${NAME_LABEL_WORDS})){0,2}(?:[ \\t]{0,2}\\((?:last|first|given|family|middle|sur|fore) ?names?\\))?(?:[ \\t]*:[ \\t]{0,3}|[ \\t]*\\r?\\n[ \\t]*|[ \\t]{1,2})$`, 'i');
/**
 * The name labels of the other languages written in Latin letters, from key-vocabulary.ts's `words`
 * vocabularies (the same words as their keys; L3 of probe 2026-12-05g: `Prenume: Andrei-Mihai`,
 * `Uzvārds: Ozoliņa`, `Vezetéknév: Horváth` were stored raw), with and without their marks, blanks
 * as one blank or none. Their word for "name" (`nume`, `ime`, `vārds`, `onoma`) is one too, as
 * English `Name:` is; with a colon or a line break after it only (`Nev Campbell` stays a name).
 */
const LATIN_LABEL_WORDS = LATIN_NAME_LABEL_WORDS.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]+/g, '[ \\t-]?')).join('|');
const LATIN_NAME_LABEL_LINE = new RegExp(`^[ \\t]*(?:\\d{1,2}\\.[ \\t]{1,2})?(?:${LATIN_LABEL_WORDS})(?:[ \\t]*\\/[ \\t]*(?:${LATIN_LABEL_WORDS}|${NAME_LABEL_WORDS})){0,2}(?:[ \\t]*:[ \\t]{0,3}|[ \\t]*\\r?\\n[ \\t]*)$`, 'iu');
/** A label's word where the value would be: a table's header row (`Surname  Given  DOB`, `Surname First name Phone`), no value. */
const NAME_LABEL_AHEAD = new RegExp(`^(?:${NAME_LABEL_WORDS}|${LATIN_LABEL_WORDS.split('|').filter((word) => word.length >= 6).join('|')}|first|last|given|middle|family)(?![\\p{L}])`, 'iu');
/**
 * Whether a name label's line (NAME_LABEL_LINE) ends right before the value at text[at]: the text
 * from the label line's start to the value, at most 48 characters, and the value no label's word.
 */
function labelLineBefore(before: string, text: string, at: number): boolean {
  let end = before.length;
  while (end > 0 && (before.charCodeAt(end - 1) === 32 || before.charCodeAt(end - 1) === 9)) end--;
  if (end === 0) return false;
  // The label's line ends with its colon, a letter or a line break (the value on the next line).
  let lineEnd = end;
  if (before.charCodeAt(lineEnd - 1) === 10) lineEnd--;
  if (lineEnd > 0 && before.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  const start = before.lastIndexOf('\n', lineEnd - 1) + 1;
  if (start === 0 && before.length >= 40) return false;
  if (lineEnd - start > 48 || lineEnd - start < 2) return false;
  const line = before.slice(start);
  return (NAME_LABEL_LINE.test(line) || NAME_LABEL_IN_LINE.test(line) || LATIN_NAME_LABEL_LINE.test(line)) && !NAME_LABEL_AHEAD.test(text.slice(at, at + 24));
}
/**
 * A form's explicit name label inside its line, after a colon, a semicolon or a comma, with no
 * colon of its own (`Question 3: Surname Nguyen-Tran, Given names Bao Anh`: an Australian TFN
 * declaration or an immigration form pasted as text; L7 of the eighth probe of 2026-12-05). Only
 * the words that can name nothing but a name's part: a bare `name` there is prose.
 */
const NAME_LABEL_IN_LINE = /[:;,][ \t]{1,2}(?:surnames?|last ?names?|first ?names?|given ?names?|family ?names?|fore ?names?|middle ?names?|nachnamen?|vornamen?|apellidos?|nazwisko|imiona?)(?:[ \t]*:[ \t]{0,3}|[ \t]{1,2})$/i;
/**
 * A person's role in gig work, housing, school, hiring, estates and claims that leads a capitalized
 * run before the person's name (`Driver Kwabena Mensah-Boateng`, `Tenant …`, `Guarantor …`): the
 * role is no part of the name, which is read with the role as its cue (CUE_BEFORE holds them; L4
 * of the eighth probe of 2026-12-05: the name was stored raw, or masked with its role).
 */
const ROLE_LEAD_NOUNS = new Set('driver courier rider dasher shopper tenant landlord landlady lessee lessor student pupil candidate applicant claimant guarantor decedent executor executrix caseworker beneficiary subscriber recipient'.split(' '));
/**
 * A person's office written as a title right before the name, capitalized or not (`Principal Oluwadamilare Thistlewood of
 * Lincoln Elementary`, `Nurse Bartholomäus Quirrenbach of Johns Hopkins`, `Librarian …`, `Registrar …`; issue 11, the
 * person-name parts left open in probe-2026-12-05i): a cue for the words the lists lack after it, which read as a
 * capitalized phrase's (titleCasePhrase) when an institution's name follows with `of`. Those of OFFICE_LEADS that
 * the capitalized run takes in (`Nurse`, `Coach`, `Bishop` are surnames too) lead it as ROLE_LEAD_NOUNS do, and are
 * left out of the name when two words or more follow (`Dean`, `Deputy`, `Elder`, `Justice` are given names: a cue
 * only).
 */
const OFFICE_LEADS: ReadonlySet<string> = new Set('principal superintendent coach librarian registrar counselor counsellor chaplain headmaster headmistress headteacher trustee provost chancellor nurse midwife sheriff detective sergeant lieutenant constable trooper inspector judge senator governor mayor councillor councilwoman councilman commissioner pastor rabbi imam bishop deacon'.split(' '));
const OFFICE_TITLES: ReadonlySet<string> = new Set([...OFFICE_LEADS, 'dean', 'deputy', 'justice', 'elder', 'coordinator', 'administrator', 'supervisor', 'director', 'officer', 'teacher', 'instructor', 'lecturer', 'treasurer', 'secretary']);
/**
 * The word right before the run, one blank between, is an office's title (OFFICE_TITLES; before one word alone only
 * OFFICE_LEADS: `Director Mode`, `Officer Krupke` stay); a possessive is not (`the Principal's Oluwa…`).
 */
function officeTitleBefore(text: string, previous: Token | undefined, first: Token, words: number): boolean {
  return previous !== undefined && !previous.possessive && previous.end + 1 === first.start && text.charCodeAt(previous.end) === 32 && (words > 1 ? OFFICE_TITLES : OFFICE_LEADS).has(previous.lower);
}
/** Words of paying and their prepositions that lead a capitalized run before a payer's or payee's name (PAYMENT_CUE_BEFORE reads them once they are left out of the run). */
/**
 * A capitalized word that names a record's number or a person's role, no name (`Kundennummer`, `Rechnungsnummer`,
 * `Vorgangsnummer`, `Kontonummer`, `Kundin`): before a name of two words or more it leads the run, which is read
 * from the name on (S2 of probe-2026-12-05j: `Kundennummer Maria Lopes` was no person, `Kundennummer Maria Garcia`
 * one with the word).
 */
const LABEL_NOUN_ENDING = /(?:nummer|nr|konto|kennung|referenz|kennzeichen|aktenzeichen)$/;
const PERSON_NOUN_WORDS: ReadonlySet<string> = new Set(PERSON_NOUNS.split(/\s+/));
const labelNounLead = (token: Token): boolean => token.capitalized && ((token.lower.length >= 8 && token.kind === 'U' && LABEL_NOUN_ENDING.test(token.lower)) || PERSON_NOUN_WORDS.has(token.lower));
const RUN_LEAD_CUES = new Set('payment payments transfer transfers deposit refund wire remittance zelle venmo receiver from to'.split(' '));
/** A title or a strong cue (no `to`, `from`, `hi`) right before the token. */
function titleOrCueBefore(text: string, token: Token): boolean {
  const before = text.slice(Math.max(0, token.start - 40), token.start);
  return TITLE_BEFORE.test(before) || (CUE_BEFORE.test(before) && !WEAK_CUE.test(before)) || labelLineBefore(before, text, token.start) || formNameLabelBefore(text, token.start);
}
/**
 * The name labels of UK payroll forms inside their line, with no colon (L2 of probe-2026-12-05i: HMRC's
 * P60 prints `Surname VAUQUELIN-DAUDET  Forenames or initials SÉGOLÈNE`, the P45 `Surname …. First
 * name(s) CHIDINMA ADAEZE.`; the forenames were stored raw): `Surname`, `Forename(s)`, `Forenames or
 * initials`, `First name(s)`, `Given name(s)`, `Middle name(s)`, `Last name`, a colon allowed, after a
 * line's start (a box's number allowed), a form's number (`P60`, `P45`), two blanks or a punctuation
 * mark and a blank. Read on the 44 characters before a capitalized word only (capsBesideNames, decide;
 * there not before a word in capitals that no name is: `Forenames or initials BLOCK CAPITALS`).
 */
const FORM_NAME_LABEL_BEFORE = /(?:\n[ \t]*(?:\d{1,2}[a-z]?\.?[ \t]{1,2})?|[:;,.)][ \t]{1,2}|[ \t]{2}|(?<![\p{L}\p{N}])P\d{2}[ \t]{1,2})(?:surname|forenames?(?:\(s\))?(?:[ \t]or[ \t]initials)?|first[ \t]names?(?:\(s\))?|given[ \t]names?(?:\(s\))?|middle[ \t]names?(?:\(s\))?|last[ \t]name)[ \t]{0,2}:?[ \t]{1,3}$/iu;
function formNameLabelBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - 44);
  let k = at;
  while (k > from && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  if (k === at) return false;
  if (text.charCodeAt(k - 1) === 58) k--;
  // The label's last word (`…name`, `…names`, `…name(s)`, `…initials`) before any regex.
  const tail = text.slice(Math.max(0, k - 8), k).toLowerCase();
  if (!(tail.endsWith('name') || tail.endsWith('names') || tail.endsWith('(s)') || tail.endsWith('initials'))) return false;
  // A table's header row (`Surname  Given  DOB`): a label's word where the value would be (NAME_LABEL_AHEAD).
  return FORM_NAME_LABEL_BEFORE.test(from === 0 ? `\n${text.slice(0, at)}` : text.slice(from, at)) && !NAME_LABEL_AHEAD.test(text.slice(at, at + 24));
}
const allCapsToken = (text: string, token: Token): boolean => {
  const word = text.slice(token.start, token.end);
  return word === word.toUpperCase() && word !== word.toLowerCase();
};
/** Whether a hyphenated word in capitals (its lower case given) is a double-barrelled surname, written with capitals at its parts' heads. */
function capsHyphenatedSurname(lower: string): boolean {
  if (lower.length > 48 || !/^\p{Ll}+(?:-\p{Ll}+){1,2}$/u.test(lower)) return false;
  return isHyphenatedSurname(lower.split('-').map((part) => (part[0] as string).toUpperCase() + part.slice(1)).join('-'));
}
function capsCandidate(text: string, token: Token, l: NameLists): boolean {
  if (!token.capitalized || token.end - token.start < 4) return false;
  const word = text.slice(token.start, token.end);
  if (word !== word.toUpperCase() || !/^\p{Lu}+$/u.test(word)) return false;
  const lower = token.lower;
  return !l.frequent.has(lower) && !l.stop.has(lower) && !NOT_NAMES.has(lower) && !NOT_PERSON_AFTER.has(lower) && !PLACE_PREFIXES.has(lower) && !CAPS_NOT_NAMES.has(lower) && !ENGLISH_WORD_LIKE.test(lower);
}
/** Abbreviations written in capitals beside a name (`ATTN JOHN`, `FAO MARIA GARCIA`). */
/**
 * SQL's keywords that are no one's name, written in capitals as statements write them (`SELECT Id, Name FROM
 * Account`, `ORDER BY Name DESC`, `WHERE Name LIKE …`: O3 of the probe of 2026-12-05h, `FROM` read as the value of
 * the `Name` column's cue): never a name's word (kindOf, capsCandidate). Words that are surnames too (`CASE`,
 * `CROSS`, `TOP`) are left out.
 */
const SQL_KEYWORDS: ReadonlySet<string> = new Set('select from where desc asc like ilike limit offset having union values distinct returning between exists null nulls join inner outer order group insert update delete into'.split(' '));
const CAPS_NOT_NAMES = new Set([...SQL_KEYWORDS, 'attn', 'fao', 'fyi', 'asap', 'fwd', 'bcc', 'tbd', 'todo', 'wip', 'eta', 'ooo', 'pto', 'hr', 'ceo', 'cto', 'cfo', 'coo', 'vp', 'svp', 'evp', 'mgr', 'dept', 'ref', 'acct', 'mrn', 'dob', 'ssn', 'pii', 'phi', 'api', 'sso', 'mfa', 'otp', 'pin', 'usd', 'eur', 'gbp']);
/** Endings of English words that no name list keeps out of capitals (`REPORTING`, `PAYMENTS`, `ACCOUNTS`). */
const ENGLISH_WORD_LIKE = /(?:ing|tion|sion|ment|ments|ness|ity|able|ible|ed|ers)$/;
const nameLike = (kind: Kind) => kind !== 'W';
/** One lone surrogate code unit or U+FFFD, with a blank either side or none (no `u` flag: code units). */
const LONE_SURROGATE_GAP = /^ ?[\uD800-\uDFFF\uFFFD] ?$/;
/**
 * The characters of an emoji: pictographs (Extended_Pictographic), skin tones (Emoji_Modifier),
 * regional indicators (flags), the zero-width joiner of a sequence (`👩‍⚕️`), variation selectors,
 * the keycap and the tag characters of subdivision flags.
 */
const EMOJI_CHARS = '\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\u{1F1E6}-\\u{1F1FF}\\u200d\\ufe0e\\ufe0f\\u20e3\\u{E0020}-\\u{E007F}';
/** A gap of one to a few emoji between two words, glued or with a blank or two either side (at most 32 units, tested only when that short). */
const EMOJI_GAP = new RegExp(`^[ \\t\\u00a0]{0,2}(?=[^ \\t\\u00a0]*[\\p{Extended_Pictographic}\\u{1F1E6}-\\u{1F1FF}])[${EMOJI_CHARS}]{1,24}[ \\t\\u00a0]{0,2}$`, 'u');
/** Emoji characters, for a name's normal form (the same pseudonym with or without them). */
const EMOJI_RUN = new RegExp(`[${EMOJI_CHARS}]+`, 'gu');
/** A blank run of one or two with a tab in it: a tab between two words, as a column's or a chat's separator. */
const TAB_GAP = /^(?:\t| \t|\t )$/;
/**
 * Whether the run's last word `previous` and the next word `candidate` (at tokens[cursor]), apart
 * by `gap`, are one name read as if the gap were one blank (L8 of the eighth probe of 2026-12-05:
 * `Marisol ❤️ Etxeberria`, `Tevita 🙂 Havili`, `Qxaro👩‍⚕️Vlintuk` in dating-app and gaming chats,
 * and `@Maria\tGarcia`, were stored raw or half masked). The gap is emoji (EMOJI_GAP: a pictograph
 * with its skin tone, joiners and selectors, blanks either side) or a tab (TAB_GAP). Both words must
 * be name-like: capitalized, no common word (kind `W`) or initial, and one of them a listed name or
 * both unknown; an ambiguous word (`Rose`, `Welcome`, `Team`: a common word of the lists) only
 * beside a listed one, and on the left only an ambiguous given name before a listed surname that
 * ends the capitalized run (`Rose 🌹 Garcia`; `Welcome 👋 John Smith` and `Welcome 👋 John` keep
 * `Welcome` out; `Go Team 🎉 Rocket`, `I ❤️ Paris` stay).
 */
function gapJoins(text: string, gap: string, previous: Token, candidate: Token, tokens: Token[], cursor: number): boolean {
  const size = gap.length;
  if (size === 0 || size > 32 || previous.possessive || !previous.capitalized || !candidate.capitalized) return false;
  // A tab, a surrogate or a symbol from U+2000 on in the gap, or no regex runs (`, `, ` - `).
  let hint = false;
  for (let k = 0; k < size && !hint; k++) {
    const code = gap.charCodeAt(k);
    hint = code === 9 || code >= 0x2000;
  }
  if (!hint) return false;
  // A trade mark or copyright sign marks a brand (`Acme™ Widget`), no name.
  if (!(TAB_GAP.test(gap) || (EMOJI_GAP.test(gap) && !/[\u00a9\u00ae\u2122]/.test(gap)))) return false;
  const left = previous.kind;
  const right = candidate.kind;
  if (left === 'W' || left === 'I' || right === 'W' || right === 'I' || previous.end - previous.start < 2 || candidate.end - candidate.start < 2) return false;
  // An ambiguous word on the left: a given name (`Rose`) before a listed surname that ends the run;
  // an ambiguous surname or a word before a given name is a greeting's or a wish's (`Welcome 👋
  // John`, `Hope 🙏 John recovers`).
  if (left === 'l') return false;
  if (left === 'f') {
    const after = tokens[cursor + 1];
    const more = after !== undefined && after.capitalized && text.slice(candidate.end, after.start) === ' ';
    return right === 'L' && !more;
  }
  if (right === 'f' || right === 'l') return strong(left);
  return strong(left) || strong(right) || (left === 'U' && right === 'U');
}
/** A display name before an address in angle brackets (`From: TEVITA HAVILI <th@x.org>`). */
const EMAIL_AFTER = /^[ \t]{1,2}<[^\s<>@]{1,64}@/;
/** A mail header's label (`From:`, `To:`, `Cc:`, `Reply-To:`) at a line's start. */
const HEADER_BEFORE = /(?:^|\n)[ \t]*(?:from|to|cc|bcc|reply-to|sender):[ \t]{1,2}$/i;

/**
 * Two words in capitals the lists lack (`TEVITA HAVILI`) are a name in a payment's or a record's
 * context (a probe of 2026-12-03 found them raw): after a payment cue (PAYMENT_CUE_BEFORE), a
 * `name=` key, a mail header or an age and sex (`41M`); before an identity label
 * (IDENTITY_LABEL_AFTER), an address in angle brackets or an age and sex; or as the whole value.
 * Each word must pass capsCandidate (four letters or more, no frequent or English-looking word),
 * so `PAYMENT REFERENCE`, `ACCESS DENIED` and `NOT FOUND` stay.
 */
/**
 * `YAW MENSAH`, `MEI LING`, `ANA GARCIA`: a listed given name of three letters in capitals (read
 * as an acronym on its own) right before a listed name in capitals is the given name (L3 of the
 * eighth probe of 2026-12-05 left `YAW` raw beside a masked `MENSAH`). Not a common word of the
 * lists nor a capitals abbreviation (`THE`, `CEO`, `ATM`).
 */
function shortCapsGivenNames(text: string, tokens: Token[], l: NameLists): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'W' || token.end - token.start !== 3 || !token.capitalized || token.possessive) continue;
    const next = tokens[k + 1] as Token;
    if (!strong(next.kind) || !allCapsToken(text, next) || !allCapsToken(text, token) || text.slice(token.end, next.start) !== ' ') continue;
    const lower = token.lower;
    if (!l.first.has(lower) || l.stop.has(lower) || l.frequent.has(lower) || CAPS_NOT_NAMES.has(lower) || NOT_NAMES.has(lower)) continue;
    tokens[k] = { ...token, kind: 'F' };
  }
}

function capsPairsInContext(text: string, tokens: Token[], l: NameLists): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k] as Token;
    const b = tokens[k + 1] as Token;
    if (a.kind !== 'W' || (b.kind !== 'W' && b.kind !== 'U') || a.possessive || text.slice(a.end, b.start) !== ' ' || !capsCandidate(text, a, l) || !capsCandidate(text, b, l)) continue;
    const before = text.slice(Math.max(0, a.start - 60), a.start);
    const after = text.slice(b.end + (b.possessive ? 2 : 0), b.end + 40);
    const whole = text.trim() === text.slice(a.start, b.end);
    // A person's cue before the pair (a greeting, `thanks`, `Approved by`, `Attendees:`) or a
    // person's verb after it (`TUNDE BAKARE will cover the night shift`; L3 of the eighth probe of
    // 2026-12-05: names in capitals with no label were stored raw).
    // (`from`, `to` and `by` alone are no person's cue in capitals: `from VARVIO KUSI`, `to ACME HOLDINGS`.)
    const personal = (CUE_BEFORE.test(before) && !/(?:^|[^\p{L}])(?:from|to|by)\s{1,4}$/iu.test(before)) || APPROVER_BEFORE.test(before) || PERSON_VERB_AFTER.test(after);
    if (!(whole || personal || PAYMENT_CUE_BEFORE.test(before) || NAME_EQUALS_BEFORE.test(before) || HEADER_BEFORE.test(before) || AGE_SEX_BEFORE.test(before) || IDENTITY_LABEL_AFTER.test(after) || EMAIL_AFTER.test(after) || AGE_SEX_AFTER.test(after))) continue;
    tokens[k] = { ...a, kind: 'U' };
    tokens[k + 1] = { ...b, kind: 'U' };
    k++;
  }
}

/**
 * A listed name in capitals that is also an English word or as short as an acronym (`YAW`, `MAY`,
 * `JOY`, `GRACE`: kept out of names in capitals) right before a surname in capitals,
 * listed or no English word (`MENSAH`, `BAKARE`), after a person's cue (a greeting, `thanks`,
 * `Dear`, a title, a label, an approving verb and `by`; not `from`, `to`, `by` alone) or before a
 * person's verb (`YAW MENSAH will cover the night shift`): the given name and the surname (the
 * open part of L3 of the eighth probe of 2026-12-05, `YAW [PERSON:…]`). `MAY CONTAIN NUTS`,
 * `YAW RATE SENSOR` (no cue) stay.
 */
function givenWordsInCaps(text: string, tokens: Token[], l: NameLists): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k] as Token;
    if (!a.capitalized || a.possessive || strong(a.kind) || a.kind === 'U' || a.kind === 'I' || a.end - a.start < 3 || !allCapsToken(text, a)) continue;
    const lower = a.lower;
    if (!(l.first.has(lower) || l.ambiguousFirst.has(lower) || l.last.has(lower)) || CAPS_NOT_NAMES.has(lower) || NOT_NAMES.has(lower)) continue;
    const b = tokens[k + 1] as Token;
    if (!b.capitalized || !allCapsToken(text, b) || text.slice(a.end, b.start) !== ' ') continue;
    if (!(strong(b.kind) || b.kind === 'U' || (b.kind === 'W' && capsCandidate(text, b, l)))) continue;
    // A third word in capitals after them is a heading or a phrase (`MAY OKAFOR REPORT`).
    const c = tokens[k + 2];
    if (c !== undefined && c.capitalized && allCapsToken(text, c) && text.slice(b.end, c.start) === ' ') continue;
    const before = text.slice(Math.max(0, a.start - 60), a.start);
    const after = text.slice(b.end + (b.possessive ? 2 : 0), b.end + 40);
    const personal = (CUE_BEFORE.test(before) && !/(?:^|[^\p{L}])(?:from|to|by)\s{1,4}$/iu.test(before)) || APPROVER_BEFORE.test(before) || (!b.possessive && PERSON_VERB_AFTER.test(after));
    if (!personal) continue;
    tokens[k] = { ...a, kind: 'F' };
    if (!strong(b.kind)) tokens[k + 1] = { ...b, kind: 'U' };
    k++;
  }
}

/** A patronymic particle between two words (PATRONYMIC_PARTICLES): the gate of patronymicNames. */
const PATRONYMIC_GATE = new RegExp(` (?:${[...PATRONYMIC_PARTICLES].join('|')}) `);

/**
 * "Rhodri ap Gwilym", "Noa bat Sheva": the capitalized words either side of a patronymic particle
 * (PATRONYMIC_PARTICLES) are read as name words, listed or not, unless a list holds them as common
 * words, places or eponyms (L2 of the eighth probe of 2026-12-05: Welsh names were stored raw).
 */
function patronymicNames(text: string, tokens: Token[], l: NameLists): void {
  const usable = (token: Token) => token.capitalized && !token.possessive && token.end - token.start >= 2 && !l.frequent.has(token.lower) && !l.stop.has(token.lower) && !NOT_NAMES.has(token.lower);
  for (let k = 0; k + 2 < tokens.length; k++) {
    const particle = tokens[k + 1] as Token;
    if (particle.capitalized || !PATRONYMIC_PARTICLES.has(particle.lower)) continue;
    const given = tokens[k] as Token;
    const father = tokens[k + 2] as Token;
    if (text.slice(given.end, particle.start) !== ' ' || text.slice(particle.end, father.start) !== ' ' || !usable(given) || !usable(father)) continue;
    if (given.kind === 'W') tokens[k] = { ...given, kind: 'U' };
    if (father.kind === 'W') tokens[k + 2] = { ...father, kind: 'U' };
  }
}

/**
 * Finds person names in free text.
 *
 * @param text any string (a message, a tool result, a JSON document as text)
 * @param out detections are appended here: `{ type: 'PERSON', class: 'pii.person' }`, spans in
 *   UTF-16 code units, `normalized` the lower-cased name with single spaces
 */
/**
 * Counts the work of one detectPersons call, for tests that the quick pass and the lower-case fast
 * path rule text out without the slow path (they exist for the speed target; see
 * names-work.mutants.test.ts). Callers leave it out; counting is one increment where it is given.
 */
export interface PersonScanWork {
  /** Texts the quick pass `nothingToFind` sent on to the full scan. */
  scans: number;
  /** Words the tokenizer made a string of (the lower-case fast path skips the others without one). */
  strings: number;
}

/**
 * The cues of signedInitialSurname, a gate: the same answers as `includes` of each (`igned`, `IGNED`,
 * `eceived by`, `ECEIVED BY`, `ccepted by`, `ollected by`, `POD`), which searched the whole text
 * one by one before 2026-12-07.
 */
const mayHoldSignedCue = gatedTest(/igned|IGNED|eceived by|ECEIVED BY|ccepted by|ollected by|POD/);

export function detectPersons(text: string, out: Detection[], work?: PersonScanWork): void {
  // Korean names (Hangul has no case): detectKoreanNames, wired here because the Hangul count is
  // not one the caller keeps (it calls detectHanNames for Han script only).
  detectKoreanNames(text, out);
  const slash = text.includes('/');
  const backslash = text.includes('\\');
  // A user's home folder in lower case (`/home/grace_hill/.bashrc`) before the quick return below.
  if ((slash || backslash) && mayHoldProfileFolder(text)) profileFolderNames(text, out, nameLists());
  // A text of lower-case words on lines may end with a signer (`cheers\nzephra`; K14).
  if (!upper.test(text) && !text.includes(' ') && !text.includes('\n')) return;
  const l = nameLists();
  if (slash) slashedNames(text, out, l);
  if (slash || backslash) pathSegmentNames(text, out);
  if (backslash) domainAccountNames(text, out, l);
  if (text.includes('\n')) lowerCaseSignature(text, out, l);
  lowerCaseAfterPersonNoun(text, out, l);
  lowerCaseAfterLowerTitle(text, out, l);
  lowerCaseAfterNameCue(text, out, l);
  if (mayHoldSignedCue(text)) signedInitialSurname(text, out, l);
  if (nothingToFind(text, l)) return;
  if (work) work.scans++;
  const tokens: Token[] = [];
  // One pass over the characters (no regex, no match objects): words are letters and marks,
  // with inner apostrophes and hyphens ("O'Brien", "Nwosu-Okafor").
  const length = text.length;
  let i = 0;
  // Where the word after a name's slash starts (nameSlashAt): the slash before it is no glue.
  let nameSlashEnd = -1;
  while (i < length) {
    if (!isLetter(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let j = i + 1;
    while (j < length) {
      if (isLetter(text, j)) j++;
      else {
        const d = text.charCodeAt(j);
        if ((d === 39 || d === 0x2019 || d === 45) && j + 1 < length && isLetter(text, j + 1)) j += 2;
        else break;
      }
    }
    i = j;
    const size = j - start;
    if (size > 40) continue;
    let end = j;
    let possessive = false;
    if (size > 2 && text.charCodeAt(end - 1) === 115 /* s */ && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019)) {
      end -= 2;
      possessive = true;
    }
    // Words glued to digits or identifier characters ("ORD-2024", "9TY09", "user_Name") are no names.
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const after = j < length ? text.charCodeAt(j) : 32;
    // A slash between a name and a team or another person (`Amara Okafor/Support`) glues neither word (nameSlashAt).
    // A backslash as a slash (`Amara Okafor\\Support`), and a listed name of one word before a team's (`Okafor/Support`).
    const slashAfter = (after === 47 || after === 92) && (nameSlashAt(text, start, j) || oneNameSlashAt(text, start, j, l));
    if (slashAfter) nameSlashEnd = j + 1;
    if ((glue(before) && start !== nameSlashEnd && !(before === 61 && NAME_EQUALS_BEFORE.test(text.slice(Math.max(0, start - 24), start))) && !((before === 64 || before === 43 || before === 35) && mentionAt(text, start, j))) || (glue(after) && !slashAfter) || (after === 45 && isDigitCode(text.charCodeAt(j + 1))) || (before === 45 && isDigitCode(text.charCodeAt(start - 2))) || (before === 46 && start > 1 && !isSpaceCode(text.charCodeAt(start - 2)) && !joinedInitialAt(text, start, j))) {
      tokens.push({ start, end, kind: 'W', capitalized: false, lower: '', possessive });
      continue;
    }
    const head = text.charCodeAt(start);
    // Most words of prose are lower-case ASCII words no rule cares about: skipped without a string.
    if (head >= 97 && head <= 122 && asciiLetters(text, start, end) && !l.lowerKeep.has(wordHash(text, start, end))) {
      tokens.push(OTHER_WORD);
      continue;
    }
    if (work) work.strings++;
    const value = text.slice(start, end);
    // ASCII lower-case letters are by far the most common start: one comparison.
    const capitalized = head >= 97 && head <= 122 ? false : (head >= 65 && head <= 90) || value[0] !== (value[0] ?? '').toLowerCase();
    let kind: Kind = 'W';
    let lower: string;
    if (!capitalized) {
      // Lower-case words matter only as "maria garcia" (lists hold no one- or two-letter names
      // that are no common word): at most two lookups.
      lower = value;
      if (value.length > 2) {
        if (l.first.has(lower)) kind = l.stop.has(lower) ? 'W' : 'F';
        else if (l.last.has(lower)) kind = l.stop.has(lower) ? 'W' : 'L';
      }
    } else if (value.length === 1) {
      lower = value.toLowerCase();
      kind = 'I';
    } else {
      lower = (ascii.test(value) ? value : value.normalize('NFC')).toLowerCase();
      const allCaps = value === value.toUpperCase();
      kind = kindOf(lower, true, allCaps, l);
      // "ANNA-LENA", "MÜLLER-LÜDENSCHEIDT", "Anna-Lena": a hyphenated word whose parts are names.
      // Only in capitals: written mixed-case, a double surname alone is as often a firm ("Mayo-Walters").
      if (allCaps && kind === 'W' && lower.includes('-')) kind = hyphenatedKind(lower, kind, l);
      // "NaN", "JavaScriptX": a capital after lower-case letters at the end is a token, not a name ("McDonald" is).
      if (!allCaps && value.length > 2 && isUpperAscii(value.charCodeAt(value.length - 1))) kind = 'W';
      // Upper-case words are names only when listed and longer than an acronym ("MARIA GARCIA",
      // "JOHN SMITH", not "ORD" or "TY"); an ambiguous one ("SMITH") counts next to a listed one.
      if (allCaps && kind !== 'W' && value.length <= 3) kind = 'W';
    }
    tokens.push({ start, end, kind, capitalized, lower, possessive });
  }
  shortCapsGivenNames(text, tokens, l);
  capsBesideNames(text, tokens, l);
  capsPairsInContext(text, tokens, l);
  givenWordsInCaps(text, tokens, l);
  if (PATRONYMIC_GATE.test(text)) patronymicNames(text, tokens, l);

  const people: Array<[number, number]> = text.includes(', ') || text.includes(' and ') || text.includes(' & ') ? cuedNameLists(text, l) : [];
  const cued = people.slice();
  // A directory's `Surname, Given & Given2` (a family's members; L2 of probe-2026-12-05g): no `Ernst & Young`.
  if (text.includes(' & ') && text.includes(', ')) {
    const pairs = directoryPairs(text, l);
    if (pairs.length > 0) cued.push(...pairs), cued.sort((x, y) => x[0] - y[0]);
  }
  const firms = text.includes(' and ') || text.includes(' & ') ? firmLists(text, l, people) : [];
  // A list after a meeting's cue is one of people, not a firm (`Meeting with Ravi, Sanjay and Meera`).
  const orgLists = new OrgLists(cued.length === 0 ? firms : firms.filter(([start]) => !cued.some(([from, to]) => start >= from && start < to)));
  const peopleLists = new OrgLists(people.sort((x, y) => x[0] - y[0]));
  const cuedLists = new OrgLists(cued);
  let index = 0;
  while (index < tokens.length) {
    const head = tokens[index];
    if (head === undefined) break;
    if (head.capitalized && head.kind === 'W' && head.lower.length >= 3 && !head.possessive && salutationWord(text, head)) {
      // "Cheers,\nMere", "Hi Will,": a common word standing as the name of a greeting or sign-off.
      pushPerson(text, out, head.start, head.end);
      index++;
      continue;
    }
    // O12 of the probe of 2026-12-05e (found by its fixers): a season's greeting (`Feliz Navidad`,
    // `Frohe Weihnachten`, `Joyeux Noël`, `Buon Natale`, `Feliz Año Nuevo`) is no person; the name
    // after it is read on its own (`Joyeux Noël Marie Dubois`).
    if (head.capitalized) {
      const wish = Math.max(wishEnd(text, tokens, index), phraseEnd(text, tokens, index));
      if (wish > index) {
        index = wish;
        continue;
      }
    }
    // O11 of the probe of 2026-12-05e (found by its fixers): a transcript's `Q.`/`A.` marker at a
    // line's start is no initial of the name after it (`A. Leonora Maria Castellanos.`).
    if (head.kind === 'I' && head.end - head.start === 1 && transcriptMarkerAt(text, head)) {
      index++;
      continue;
    }
    if (head.capitalized && head.kind !== 'W' && head.kind !== 'I' && !head.possessive) {
      const next = tokens[index + 1];
      const continues = next !== undefined && next.start >= 0 && next.capitalized && text.slice(head.end, next.start) === ' ';
      const before = text.slice(Math.max(0, head.start - 40), head.start);
      // O13 of the probe of 2026-12-05e (found by its fixers): a word in capitals after a public
      // body's label (`Organismo: SEPE`, `Entidad: DIAN`, `Behörde:`, `Agency:`) or after an article
      // no name takes (`en el SEPE de …`, `dem SEPE`) is a public body's acronym, not a surname in
      // capitals (`Titular: SEPE MARTINEZ` stays: a word in capitals after it continues a name).
      if (head.end - head.start >= 3 && allCapsToken(text, head) && !(continues && allCapsToken(text, next as Token)) && (AGENCY_LABEL_BEFORE.test(before) || ARTICLE_BEFORE_ACRONYM.test(before))) {
        index++;
        continue;
      }
      // O10: a German noun the lists hold as a surname only, after a possessive or a determiner and
      // adjectives, opening a run (`Mein Sohn Tobias`, `meine Mutter Greta Sommer`): the name after it is read alone.
      // An unknown word counts only right after a possessive and before a listed name (`Unser Nachbar Müller`).
      if (continues && !l.first.has(head.lower) && !l.ambiguousFirst.has(head.lower) && !TITLE_BEFORE.test(before) && (((head.kind === 'L' || head.kind === 'l') && GERMAN_NOUN_BEFORE.test(before)) || (head.kind === 'U' && strong((next as Token).kind) && GERMAN_POSSESSIVE_BEFORE.test(before)))) {
        index++;
        continue;
      }
    }
    if (!head.capitalized || head.kind === 'W') {
      // "Ms. nwosu", "Dr. okafor": a lower-case word after a title written with a capital or a dot
      // is a surname, unless it is a frequent word ("Dr. appointment"; a probe of 2026-12-03).
      if (!head.capitalized && !head.possessive && head.end - head.start >= 3 && /^[\p{Ll}'’-]+$/u.test(text.slice(head.start, head.end)) && !l.frequent.has(head.lower) && !LOWER_NOT_NAMES.has(head.lower) && !PARTICLES.has(head.lower) && LOWER_TITLE_BEFORE.test(text.slice(Math.max(0, head.start - 8), head.start))) {
        pushPerson(text, out, head.start, head.end);
        index++;
        continue;
      }
      // Lower-case names: a listed first name followed by a listed surname ("maria garcia").
      const next = tokens[index + 1];
      if (!head.capitalized && next !== undefined && !next.capitalized && !head.possessive && lowerCasePair(head, next, l) && text.slice(head.end, next.start) === ' ' && !copulaVerbAt(text, head)) {
        // A third listed name joined by one space belongs to it ("ping victor hugo": the pair read
        // first must not leave "hugo" raw; a probe of 2026-12-03).
        const third = tokens[index + 2];
        // "ping john smith": a third word that makes a pair with the second joins too (it was left raw).
        const three = third !== undefined && !third.capitalized && !next.possessive && (strong(third.kind) || lowerCasePair(next, third, l)) && !PARTICLES.has(third.lower) && text.slice(next.end, third.start) === ' ';
        const end = three ? index + 2 : index + 1;
        // "wells fargo", "john deere tractor", "costa rica": a firm or a place in lower case (a probe of 2026-12-03).
        if (!eponymAfter(text, tokens, end, l) && !firmAt(text, tokens, index) && !phraseAt(text, tokens, index, MULTI_WORD_PLACES)) pushPerson(text, out, head.start, (tokens[end] as Token).end);
        index = end + 1;
        continue;
      }
      index++;
      continue;
    }
    // "Call Thandiwe Ndlovu", "Pay Thandiwe Ndlovu": a verb that is also a surname ("Call", "Pay")
    // opening a sentence before more capitalized words is the verb, not part of the name.
    // Not when a person's verb follows the next word, which ends the run: `Bill Pay called` is a
    // person who has those names; nor after a title, whose dot ends no sentence (`Mr. Bill Pay`)
    // (P3 of the fifth probe of 2026-12-04; `Call Support` stays). So is a place's word that is a
    // surname (PLACE_WORD_SURNAMES: `Close John Smith's ticket`, `Park Maria's car`; N1 of the
    // probe of 2026-12-04f), unless a person's verb follows the pair (`Temple Grandin spoke`) or a
    // name's label or a self-introduction stands before it (`Patient: Park Jiwoo`, `Name: Park
    // Min-jun`: STRONG_NAME_CUE_BEFORE, whose colon SENTENCE_START read as a sentence's end).
    if ((head.kind === 'f' || head.kind === 'l') && tokens[index + 1]?.capitalized === true && (((ADDRESS_VERBS.has(head.lower) || (head.capitalized && PLACE_WORD_SURNAMES.has(head.lower) && !STRONG_NAME_CUE_BEFORE.test(text.slice(Math.max(0, head.start - 24), head.start)))) && SENTENCE_START.test(text.slice(Math.max(0, head.start - 4), head.start)) && !verbAfterPair(text, tokens, index) && !TITLE_BEFORE.test(text.slice(Math.max(0, head.start - 8), head.start))) || THING_HEADS.has(head.lower))) {
      index++;
      continue;
    }
    // Collect a run of capitalized name-like tokens joined by single spaces (initials may carry a dot).
    const run: Token[] = [head];
    let cursor = index + 1;
    const vietnamese = VI_FAMILY.has(head.lower.charCodeAt(0) > 127 || !ascii.test(head.lower) ? foldDiacritics(head.lower) : head.lower);
    while (cursor < tokens.length && run.length < 6) {
      const previous = run[run.length - 1] as Token;
      const candidate = tokens[cursor] as Token;
      // Particles the token rules below do not read, found in the text: "Ana de los Ríos", "Anna
      // van 't Hoff", "Daan v.d. Meulen", "Hans von und zu Liechtenstein", and a surname in lower
      // case after two particles ("Daan van der meulen"); a particle glued to the surname:
      // "Pierre d'Artagnan", "Marco dell'Orto", "Omar al-Farouk" (a probe of 2026-12-02).
      // Looked for before the gap test: a particle of one or two letters (`v.d.`) is a shared
      // token without a position.
      const more = previous.possessive ? 0 : particleRunAt(text, previous, tokens, cursor, l);
      if (more > 0) {
        for (let k = cursor; k < cursor + more - 1; k++) run.push({ ...(tokens[k] as Token), kind: 'I' });
        run.push(particleName(text, previous, tokens[cursor + more - 1] as Token, l));
        cursor += more;
        continue;
      }
      const gap = text.slice(previous.end, candidate.start);
      // A lone surrogate (or the U+FFFD that replaces it) between two words does not split the name
      // (`Tevita \uD800 Havili`: a probe of 2026-12-03 found both halves raw).
      // Emoji or a tab between two name-like words (gapJoins: `Tevita 🙂 Havili`, `@Maria\tGarcia`).
      const joined = gap === ' ' || gap === '\u00a0' || (previous.kind === 'I' && (gap === '. ' || gap === '.')) || LONE_SURROGATE_GAP.test(gap) || gapJoins(text, gap, previous, candidate, tokens, cursor);
      if (!joined || previous.possessive) break;
      // A title inside a run starts the name after it (`Die Patientin Frau Müller-Lüdenscheidt`:
      // the run `Patientin Frau Müller-Lüdenscheidt` was no name, and the surname was stored raw;
      // a probe of 2026-12-04): the words before it are read on their own.
      if (candidate.capitalized && RUN_TITLES.has(candidate.lower) && tokens[cursor + 1]?.capitalized === true) break;
      if (candidate.capitalized && nameLike(candidate.kind)) {
        run.push(candidate);
        cursor++;
        continue;
      }
      if (vietnamese && candidate.capitalized && candidate.end - candidate.start <= 6 && VI_PARTS.has(foldDiacritics(text.slice(candidate.start, candidate.end).toLowerCase()))) {
        run.push({ ...candidate, kind: 'f' });
        cursor++;
        continue;
      }
      // "Ludwig van Beethoven": a particle between capitalized words.
      const after = tokens[cursor + 1];
      if (!candidate.capitalized && (PARTICLES.has(candidate.lower) || PATRONYMIC_PARTICLES.has(candidate.lower)) && after !== undefined && after.capitalized && nameLike(after.kind) && text.slice(candidate.end, after.start) === ' ') {
        run.push(candidate, after);
        cursor += 2;
        continue;
      }
      // "Daan van der Meulen", "Anna van den Berg", "María de la Cruz": two particles (a fresh
      // attacker's finding, 2026-12-02: `van der Meulen` was left beside the masked given name).
      const last = tokens[cursor + 2];
      if (!candidate.capitalized && PARTICLES.has(candidate.lower) && after !== undefined && !after.capitalized && PARTICLES.has(after.lower) && last !== undefined && last.capitalized && nameLike(last.kind) && text.slice(candidate.end, after.start) === ' ' && text.slice(after.end, last.start) === ' ') {
        run.push(candidate, after, last);
        cursor += 3;
        continue;
      }
      break;
    }
    let trailing: Token | undefined;
    while (run.length > 0 && (run[run.length - 1] as Token).kind === 'I') trailing = run.pop();
    // "PAYMENT WENLIX DORVANE", "TRANSFER FROM QXARO VLINTUK": a word of paying (or `from`/`to`)
    // that the lists hold as a name leads the run; the name is the words after it, read with the
    // cue before them (the fourth probe of 2026-12-04, J9: the payment word made the run fail, or
    // was masked with it).
    let lead = 0;
    while (run.length - lead >= 3 && (RUN_LEAD_CUES.has((run[lead] as Token).lower) || ROLE_LEAD_NOUNS.has((run[lead] as Token).lower) || INTL_ROLE_LEADS.has((run[lead] as Token).lower) || OFFICE_LEADS.has((run[lead] as Token).lower) || GERMAN_KIN_NOUNS.has((run[lead] as Token).lower) || labelNounLead(run[lead] as Token)) && (run[lead + 1] as Token).kind !== 'I') lead++;
    // A record's number's label before a transfer's purpose (`Rechnungsnummer Dezember Abschlag`: REMITTANCE_WORDS, GERMAN_NOUN_ENDING) leads no name.
    if (run.length >= 2 && labelNounLead(run[0] as Token) && run.slice(1).some((token) => REMITTANCE_WORDS.has(token.lower) || (token.kind === 'U' && GERMAN_NOUN_ENDING.test(token.lower)))) run.length = 0;
    if (lead > 0) {
      index += lead;
      run.splice(0, lead);
    }
    if (run.length > 0) {
      const found = out.length;
      decide(text, tokens, index, run, out, l, orgLists, peopleLists, cuedLists);
      if (out.length > found && trailing !== undefined) middleInitialAfter(text, out, run[run.length - 1] as Token, trailing);
      // "Rhodri ap Gwilym", "Dafydd ap Llywelyn": a patronymic particle between capitalized words
      // that are no common words makes a person's name, listed or not (L2 of the eighth probe).
      if (out.length === found && run.length >= 3) {
        const particle = run.findIndex((token, k) => k > 0 && k < run.length - 1 && !token.capitalized && PATRONYMIC_PARTICLES.has(token.lower));
        if (particle > 0 && run.every((token) => !token.capitalized || (!l.frequent.has(token.lower) && !l.stop.has(token.lower) && !NOT_NAMES.has(token.lower)))) pushPerson(text, out, (run[0] as Token).start, (run[run.length - 1] as Token).end);
      }
      // "Then von der Leyen said", "President von der Leyen": a word before the particles that the
      // run took in and that made it fail is no part of the name; the particles and the surname are
      // read on their own (a probe of 2026-12-03 found the surname raw).
      if (out.length === found && run.length >= 3 && (run[1] as Token).kind === 'I' && !strong((run[0] as Token).kind) && GERMANIC_PARTICLES_AFTER.test(text.slice((run[0] as Token).end, (run[0] as Token).end + 10))) {
        const surname = run.findIndex((token, k) => k > 0 && token.kind !== 'I');
        const at = surname > 0 ? tokens.findIndex((token) => token.start === (run[surname] as Token).start) : -1;
        if (at > index) decide(text, tokens, at, run.slice(surname), out, l, orgLists, peopleLists, cuedLists);
      }
    }
    index = Math.max(cursor, index + 1);
  }
  if (text.includes(', ')) familyNameFirst(text, tokens, out, l);
  if (text.includes(',')) listSiblings(text, out, l);
  familyFirstInContext(text, out, l);
  if (text.includes(', ')) givenAfterLabelledSurname(text, out, l);
  if (text.includes(', ')) surnameBeforeLabelledGiven(text, out, l);
  if (text.includes(', ')) partyFamilyFirst(text, out, l);
  if (mayHoldShortPinyinSurname(text)) shortPinyinSurnames(text, out, l);
  if (mayHoldFirmListLabel(text)) firmListItems(text, out);
  if (mayHoldIntegrationLead(text)) integrationItems(text, out);
  if (text.includes(' v. ') || text.includes(' v ') || text.includes(' vs') || text.includes('In re ')) citedCaseParties(text, out, l);
  if (text.includes('laintiff') || text.includes('efendant') || text.includes('LAINTIFF') || text.includes('EFENDANT') || text.includes('etitioner') || text.includes('espondent') || text.includes('ppell')) captionParties(text, out);
}

/** The word after tokens[index] ends a capitalized run of two (joined by one blank, no capitalized word after it) and a person's verb follows it (`Bill Pay called`). */
function verbAfterPair(text: string, tokens: Token[], index: number): boolean {
  const head = tokens[index] as Token;
  const second = tokens[index + 1] as Token;
  const third = tokens[index + 2];
  if (second.possessive || text.slice(head.end, second.start) !== ' ' || (third !== undefined && third.capitalized && text.slice(second.end, third.start) === ' ')) return false;
  return PERSON_VERB_AFTER.test(text.slice(second.end, second.end + 24));
}

/**
 * Items of a list of people share one shape (`1. FIFITA, Siosaia (M)` / `2. HAVILI, Tevita (M)`,
 * `HAVILI T, FIFITA S, TAWHIRI N`): when one item is a name found by the rules above, or the
 * items carry a sex or an age (`(M)`, `(41F)`), every item of that shape is one (a probe of
 * 2026-12-03 found only the listed names masked, their siblings raw). Items whose words are
 * frequent words or words kept out of names (`HEPATITIS B`, `1. Notes, General`) make no list.
 */
function listSiblings(text: string, out: Detection[], l: NameLists): void {
  for (const shape of [BULLETED_FAMILY_FIRST, SURNAME_INITIAL_LIST]) {
    const items: Array<[number, number, boolean]> = [];
    if (shape === SURNAME_INITIAL_LIST) {
      for (const list of text.matchAll(shape)) {
        let at = list.index as number;
        for (const item of list[0].split(/, ?/)) {
          const start = text.indexOf(item, at);
          items.push([start, start + item.length, false]);
          at = start + item.length;
        }
      }
    } else {
      for (const item of text.matchAll(shape)) {
        const start = (item.index as number) + item[0].indexOf(item[1] as string);
        items.push([start, start + (item[1] as string).length, item[2] !== undefined]);
      }
    }
    if (items.length < 2 && !items.some(([, , marked]) => marked)) continue;
    const words = (start: number, end: number) => text.slice(start, end).toLowerCase().split(/[ ,.]+/).filter((word) => word.length > 1);
    const usable = items.filter(([start, end]) => !words(start, end).some((word) => l.frequent.has(word) || NOT_NAMES.has(word) || CAPS_NOT_NAMES.has(word)));
    if (usable.length < 2 && !usable.some(([, , marked]) => marked)) continue;
    const found = (start: number, end: number) => out.some((d) => d.type === 'PERSON' && d.start < end && d.end > start);
    if (!usable.some(([start, end, marked]) => marked || found(start, end))) continue;
    for (const [start, end] of usable) {
      if (!out.some((d) => d.type === 'PERSON' && d.start <= start && d.end >= end)) pushPerson(text, out, start, end);
    }
  }
}
/** `1. FIFITA, Siosaia (M)`, `- Havili, Tevita`, `• HAVILI, Tevita T. (41M)`: a bulleted or numbered item, family name first; group 2 a sex or age mark. */
const BULLETED_FAMILY_FIRST = /^[ \t]*(?:\d{1,3}[.)]|[-*•·])[ \t]+(\p{Lu}[\p{L}\p{M}'’-]{1,30}, \p{Lu}[\p{L}\p{M}'’-]{1,30}(?: \p{Lu}\.?)?)(?=[ \t]*(?:$|[(,;–-]))(?:[ \t]*(\((?:[MF]|\d{1,3} ?(?:y\/?o|yo|y)? ?[MF]?|[MF],? ?\d{1,3})\)))?/gmu;
/** `HAVILI T, FIFITA S, TAWHIRI N`: surnames in capitals with an initial, two or more, joined by commas. */
const SURNAME_INITIAL_LIST = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}'’-]{1,30} \p{Lu}\.?(?:, ?\p{Lu}[\p{Lu}'’-]{1,30} \p{Lu}\.?)+(?![\p{L}\p{N}])/gu;

/**
 * A name as airline and card records write it, in capitals with a slash (`SMITH/JOHN MR`,
 * `OKAFOR/AMARA MS`, a card's track `^OKAFOR/AMARA^`): surname, slash, given names, an optional
 * title. One part must be a listed name (strong) and none a frequent word: `TCP/IP`, `AND/OR`,
 * `CI/CD`, `N/A` stay (a probe of 2026-12-03 found passenger names raw).
 */
function slashedNames(text: string, out: Detection[], l: NameLists): void {
  for (const match of text.matchAll(SLASHED_NAME)) {
    // A hyphenated part is read by its pieces (`SMITH/JOHN-PAUL`, `NWOSU-OKAFOR/ADA`: a probe of 2026-12-03 found them raw).
    const parts = [match[1] as string, ...(match[2] as string).split(' ')].flatMap((part) => part.toLowerCase().split('-')).filter((part) => part !== '');
    const start = match.index as number;
    const end = start + (match[1] as string).length + 1 + (match[2] as string).length;
    // The name field of a magnetic stripe's track 1 (`%B4111…^VLINTUK/QXARO^…`, ISO/IEC 7813: the
    // field between the account number's `^` and the next): a person's name whatever the lists
    // hold (a fresh probe of 2026-12-04, H4, found it raw), with a middle initial before the `^`.
    const track = text.charCodeAt(start - 1) === 94 ? TRACK_NAME_END.exec(text.slice(end, end + 4)) : null;
    if (track !== null && TRACK_ONE_BEFORE.test(text.slice(Math.max(0, start - 22), start - 1))) {
      pushPerson(text, out, start, end + (track[0].length - 1));
      continue;
    }
    // An airline's name element (L1 of the sixth probe of 2026-12-04): `SURNAME/GIVEN` before a
    // title (`VLINTUK/QXARO MR`), as a PNR's numbered element (`1.VLINTUK/QXARO`, `1.1VLINTUK/…`),
    // or after a passenger's label (`pax: DORVANE/WENLIX`): a person's name whatever the lists hold.
    if (TITLE_AFTER.test(text.slice(end, end + 6)) || PNR_ELEMENT_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || PASSENGER_LABEL_BEFORE.test(text.slice(Math.max(0, start - 24), start))) {
      pushPerson(text, out, start, end);
      continue;
    }
    if (parts.some((part) => l.frequent.has(part) || NOT_NAMES.has(part) || CAPS_NOT_NAMES.has(part))) continue;
    if (!parts.some((part) => l.first.has(part) || l.last.has(part))) continue;
    pushPerson(text, out, start, end);
  }
  // The same element with capitals at the words' starts before a title (`Vlintuk/Qxaro Mr`).
  if (anyTitle(text)) for (const match of text.matchAll(TITLED_SLASHED_NAME)) pushPerson(text, out, match.index, match.index + (match[1] as string).length);
  if (!anyGluedElement(text)) return;
  // Sabre's element number glued to the name (`1.1VLINTUK/QXARO MR`).
  for (const match of text.matchAll(PNR_GLUED_NAME)) pushPerson(text, out, match.index + match[0].length - (match[1] as string).length, match.index + match[0].length);
  // A boarding pass's barcode (IATA BCBP, Resolution 792): format code `M`, the number of legs,
  // then the name field of 20 characters, `SURNAME/GIVEN TITLE` padded with blanks, then the
  // electronic ticket indicator (`M1VLINTUK/QXARO MR    EABC123 LHRJFKBA …`).
  {
    for (const match of text.matchAll(BCBP_NAME)) {
      const start = match.index + 2;
      const field = (match[1] as string).replace(/ +$/, '');
      const title = BCBP_TITLE.exec(field);
      const name = title === null ? field : field.slice(0, title.index);
      if (name.indexOf('/') > 0) pushPerson(text, out, start, start + name.length);
    }
  }
}
/** The cues of the airline name forms below (prefilter.ts: one shared index of the text; most texts with a `/` hold none). */
const anyTitle = gatedTest(/ (?:mrs?|ms|mstr|miss|dr)(?![a-z])/i);
const anyGluedElement = gatedTest(/\d\.\d[A-Z]|M[1-4][A-Z]/);
/** A title after an airline's name element (`MR`, `MRS`, `MS`, `MSTR`, `MISS`, `DR`, `CHD`, `INF`; `Mr` too). */
const TITLE_AFTER = /^ {1,2}(?:MRS?|MS|MSTR|MISS|DR|PROF|CHD|INF|Mrs?|Ms|Mstr|Miss|Dr)(?![\p{L}\p{N}])/u;
/** A PNR's element number right before a name (`1.`, `2.1`, at a line's or a word's start). */
const PNR_ELEMENT_BEFORE = /(?:^|[\s(])\d{1,2}\.\d?$/u;
/** A passenger's label right before a name (`pax: `, `Passenger `, `Traveller: `, `Guest `; not `Name:`, which stands before `AC/DC`). */
const PASSENGER_LABEL_BEFORE = /(?<![\p{L}\p{N}])(?:pax|passenger|passagier|passager|pasajero|traveller|traveler|guest)s?[ \t]{0,2}[:=#-]?[ \t]{1,3}$/iu;
/** A name element after a PNR's element number and a passenger's number glued to it (`1.1VLINTUK/QXARO`). */
const PNR_GLUED_NAME = /(?<![\p{L}\p{N}.])\d{1,2}\.\d(\p{Lu}[\p{Lu}'’-]{1,30}\/\p{Lu}[\p{Lu}'’-]{1,30}(?: (?!(?:MRS?|MS|MSTR|MISS|DR|PROF)\b)\p{Lu}[\p{Lu}'’-]{1,30})?)(?![\p{L}\p{N}\/])/gu;
/** `Surname/Given` with capitals at the words' starts before a title. */
const TITLED_SLASHED_NAME = /(?<![\p{L}\p{N}\/])(\p{Lu}\p{Ll}[\p{Ll}'’-]{1,30}\/\p{Lu}\p{Ll}[\p{Ll}'’-]{1,30}(?: \p{Lu}\p{Ll}[\p{Ll}'’-]{1,30})?)(?= {1,2}(?:MRS?|MS|MSTR|MISS|DR|Mrs?|Ms|Mstr|Miss|Dr)(?![\p{L}\p{N}]))/gu;
/** A BCBP's format code, legs and name field (20 characters of capitals, `/`, `'`, `-`, `.` and blanks), then `E` or a blank. */
const BCBP_NAME = /(?<![\p{L}\p{N}])M[1-4]([A-Z][A-Z\/'\-. ]{19})(?=[E ])/gu;
const BCBP_TITLE = / (?:MRS?|MS|MSTR|MISS|DR|PROF|CHD|INF)$/;
/**
 * A track 1's start sentinel, format code and account number right before the name field's `^`;
 * or its format code `B` and account number alone, as ISO 8583 DE45 and dumps write it
 * (`DE45=B4111…^VLINTUK/QXARO^…`, `{track1:'B4111…^…'}`; the fourth probe of 2026-12-04, J5).
 */
const TRACK_ONE_BEFORE = /(?:%[A-Z]|(?<![\p{L}\p{N}])B)\d{12,19}$/u;
/** The end of a track 1 name field: an optional middle initial, then `^`. */
const TRACK_NAME_END = /^(?: \p{Lu}\.?)?\^/u;
const SLASHED_NAME = /(?<![\p{L}\p{N}\/])(\p{Lu}[\p{Lu}'’-]{1,30})\/(\p{Lu}[\p{Lu}'’-]{1,30}(?: (?!(?:MRS?|MS|MSTR|MISS|DR|PROF)\b)\p{Lu}[\p{Lu}'’-]{1,30})?)(?= (?:MRS?|MS|MSTR|MISS|DR|PROF)\b|[\^ \t,;.)\n]|$)(?![\p{L}\p{N}\/])/gu;

/**
 * A name as one segment of a URL's path, its words joined by `+` or by spaces that were `%20`
 * (`/patients/Amara%20Okafor/records`, `/users/Thandiwe+Ndlovu`: the percent-decoded view of
 * `detectors.ts` hands this scan the spaces). The `/` before a word glues it to an identifier
 * for the scan of prose, so the path form was stored raw while `Amara%20Okafor` alone was masked
 * (a probe of 2026-12-03). A segment of two to four capitalized words (particles between them:
 * `Ana%20de%20los%20R%C3%ADos`) after another segment (a
 * path: `/patients/…`, `example.org/…`; `x/Maria Garcia`, `SMITH/JOHN PETER` are no paths), the
 * whole segment up to `/`, `?`, `#`, `;`, `&`, a blank, a quote or the end, is read as a string of its own, as
 * a JSON value is: `/Program Files/`, `/Getting Started/` stay (frequent words), so do lower-case
 * slugs (`/amara-okafor/`) and one word alone (`/Jordan/`).
 */
function pathSegmentNames(text: string, out: Detection[]): void {
  for (const match of text.matchAll(PATH_SEGMENT)) {
    const segment = match[1] as string;
    const start = (match.index as number) + 1;
    const found: Detection[] = [];
    // `+` and the blank are one character each: the offsets of the segment read alone are the text's.
    detectPersons(segment.replace(/\+/g, ' '), found);
    for (const detection of found) pushPerson(text, out, start + detection.start, start + detection.end);
  }
}
// A Windows path's backslash as a slash (`D:\\Clients\\Amara Okafor\\contract.pdf`; issue 11 of 2026-12-05).
const PATH_SEGMENT = /(?<=[/\\][^\s/\\]{1,64})[/\\](\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?:[ +](?:(?:van|von|de|der|den|del|della|di|da|dos|das|du|le|la|los|las|bin|ibn|al|el|ter|ten|zu|y)[ +]){0,3}\p{Lu}[\p{L}\p{M}'’-]{0,30}){1,3})(?=[/\\?#;&\s"'<>)\]]|$)/gu;

/**
 * A user's profile or home folder (`C:\\Users\\Amara Okafor\\Documents`, `C:\\Documents and
 * Settings\\Grace Hill\\`, `\\\\fileserver\\home\\Grace Hill\\`, `/home/grace_hill/.bashrc`,
 * `C:\\Users\\amara.okafor\\AppData`): the folder is named after its user (issue 11 of 2026-12-05:
 * a backslash glued the name to the path, `Amara` alone or nothing masked). Capitalized words (one
 * to four, ending at a slash or a backslash) are read as a name on their own (detectPersons), and
 * two or three words whose first is a listed given name and whose others are listed names are the
 * user's name even when the lists hold them as common words (`Grace Hill`); a folder of one word is
 * read as an account's name (accountName: `amara.okafor`, `grace_hill`, `jsmith`). Folders of
 * ordinary words stay (`Public`, `All Users`, `Default User`, `ubuntu`). Bounded quantifiers only.
 */
const PROFILE_FOLDER = /(?:^|[/\\])(?:users|home|homes|profiles|documents and settings)[/\\](?:(\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?: \p{Lu}[\p{L}\p{M}'’-]{0,30}){1,3})(?=[/\\])|([\p{L}][\p{L}\p{M}\d'’._-]{1,40})(?=[/\\\s"'<>),;]|$))/giu;
const mayHoldProfileFolder = gatedTest(/(?:users|home|homes|profiles|settings)[/\\]/i);
function profileFolderNames(text: string, out: Detection[], l: NameLists): void {
  for (const match of text.matchAll(PROFILE_FOLDER)) {
    const words = match[1];
    const start = (match.index as number) + match[0].length - (words ?? (match[2] as string)).length;
    if (words === undefined) {
      // A system's or a service's account is no person's, even where a surname is spelt so (`/home/jenkins/`).
      if (SYSTEM_FOLDER_ACCOUNTS.has((match[2] as string).replace(/\.+$/, '').toLowerCase())) continue;
      const end = accountNameEnd(match[2] as string, l) || twoPartFolderEnd(match[2] as string, l) || loginFolderEnd(text, match.index as number, match[2] as string, l);
      if (end > 0) pushPerson(text, out, start, start + end);
      continue;
    }
    const found: Detection[] = [];
    detectPersons(words, found);
    if (found.length > 0) {
      for (const detection of found) pushPerson(text, out, start + detection.start, start + detection.end);
      continue;
    }
    const parts = words.toLowerCase().split(' ');
    const head = parts[0] as string;
    if (parts.length <= 3 && (l.first.has(head) || l.ambiguousFirst.has(head)) && !l.stop.has(head) && parts.slice(1).every((part) => (l.first.has(part) || l.last.has(part) || l.ambiguousFirst.has(part) || l.ambiguousLast.has(part)) && !l.stop.has(part) && !isTeamWord(part, false))) pushPerson(text, out, start, start + words.length);
  }
}

/**
 * A home folder of one login of no name's shape (`C:\\Users\\hbrunnhuber\\`, `/home/kwendelin/`, `/Users/amara2/`;
 * F13 of the README-only leak probe of 2026-12-07): the folder is its user's account name, an online identifier
 * of a natural person (GDPR Art. 4(1), Recital 30), whatever its letters (any script's: Windows names a profile's
 * folder after its account, `C:\\Users\\José\\`, `C:\\Users\\Jürgen\\`). Read only in a file system's path: the
 * `users`/`home` segment starts the path (after a blank, a quote, `=`, `(`, `:` of a drive, or a UNC share
 * `\\\\host\\`), not a web route (`/api/users/search`, `example.com/home/index.html`). System, service, shared and
 * placeholder accounts stay (`Public`, `Default`, `Administrator` and its localized names, `Administrateur`, `Гость`, `ubuntu`, `runner`, `ec2-user`, `node`, `$USER`,
 * `<username>`, `%USERNAME%`; SYSTEM_FOLDER_ACCOUNTS), and so do frequent English words (`about`, `user`, `deploy`)
 * and logins of two letters (`hr`, `it`: a department's share), each part of a joined login read so (`app_user`,
 * `build_agent`, a trailing number aside: `user01`). The login's length, or 0.
 */
const LOGIN_FOLDER = /^\p{L}[\p{L}\p{M}\d._-]{2,31}$/u;
/** Where a file system's home path starts: before the `/` or `\\` of `users`/`home` (the text's start too). */
const PATH_START_BEFORE = /(?:^|[\s"'`=(,;:[]|\\\\[\w.-]{1,63})$/;
export const SYSTEM_FOLDER_ACCOUNTS: ReadonlySet<string> = new Set(`public default defaultuser0 defaultapppool all administrator admin localadmin root guest shared user users
ubuntu debian centos fedora rocky almalinux alpine opc azureuser cloud-user ec2-user vagrant pi runner runneradmin circleci travis jenkins gitlab-runner
buildkite buildkite-agent teamcity bamboo builder build ci deploy deployer git gitlab postgres mysql oracle redis mongodb elasticsearch node nodejs
www www-data nginx apache httpd daemon nobody docker podman vscode codespace codespaces gitpod coder developer dev test tester steam ansible
ubuntu-user service svc backup app apps web mail ftp sync syncthing nextcloud homebrew linuxbrew mobile
administrateur administrador amministratore administratör järjestelmänvalvoja администратор gast invité invitado convidado ospite vieras гость`.split(/\s+/));
function loginFolderEnd(text: string, at: number, login: string, l: NameLists): number {
  let end = login.length;
  while (end > 0 && login.charCodeAt(end - 1) === 46) end--;
  const value = login.slice(0, end);
  const lower = value.toLowerCase();
  if (!LOGIN_FOLDER.test(value)) return 0;
  // Each part of a joined login too (`app_user`, `build_agent`, `shared.folder`, `mac_mini`: a service's, a machine's).
  for (const part of lower.split(/[._-]/)) {
    const word = part.replace(/\d+$/, '');
    if (SYSTEM_FOLDER_ACCOUNTS.has(word) || l.frequent.has(word) || l.stop.has(word) || isTeamWord(word, false) || MACHINE_FOLDER_WORDS.has(word)) return 0;
  }
  // The match starts at the slash before `users`/`home` (or at the text's start).
  const first = text.charCodeAt(at);
  if (first !== 47 && first !== 92) return at === 0 ? end : 0;
  return PATH_START_BEFORE.test(text.slice(Math.max(0, at - 66), at)) ? end : 0;
}

/**
 * A home folder of two words joined by a dot or an underscore that the lists lack (`/Users/obiageli.nwachukwu/`,
 * `/home/adaeze_okwuosa/`, `C:\\Users\\chiamaka.eze\\`; L5 of probe 2026-12-05f): the folder is named after its
 * user, `given.surname` as IT departments make them, so two words that read as a name's (listed, or lowerNameWord,
 * strict: no frequent, function, team or bot word, no English ending, a vowel, four letters or more) are one. Service and shared folders
 * stay (`app_user`, `www_data`, `build_agent`, `ec2-user`). The folder's length less its trailing dots.
 */
const TWO_PART_FOLDER = /^([a-z]{2,24})[._]([a-z]{2,24})$/;
/** Systems' and machines' words of such folders (`kali_linux`, `mac_mini`, `pi_zero`): no user's name. */
export const MACHINE_FOLDER_WORDS: ReadonlySet<string> = new Set('linux unix gnu macos osx mac macbook imac mini pro air kali ubuntu debian fedora centos rhel arch manjaro raspbian raspberry pi zero docker vagrant wsl vm vps'.split(' '));
function twoPartFolderEnd(value: string, l: NameLists): number {
  const parts = TWO_PART_FOLDER.exec(value.toLowerCase());
  if (parts === null || MACHINE_FOLDER_WORDS.has(parts[1] as string) || MACHINE_FOLDER_WORDS.has(parts[2] as string)) return 0;
  // An unlisted word of three letters or fewer is an abbreviation as often (`dev_env`, `mac_mini`).
  const word = (part: string) => (part.length >= 4 && lowerNameWord(part, true, l)) || ((l.first.has(part) || l.last.has(part)) && !l.frequent.has(part) && !l.stop.has(part) && !isTeamWord(part, false));
  return word(parts[1] as string) && word(parts[2] as string) ? value.length : 0;
}

/**
 * Whether a login of two or three words joined by `.`, `_` or `-` (`dilnoza.rashidova`, `grace_hill`, `Grace.Hill`) is a
 * person's name by the home folder's test of that shape (profileFolderNames: accountNameEnd, twoPartFolderEnd): its words
 * listed names, or two words that read as a name's. For account-names.ts (a login before `@` and a host).
 */
export function isPersonLogin(login: string): boolean {
  const l = nameLists();
  const lower = login.toLowerCase();
  return accountNameEnd(lower, l) === login.length || twoPartFolderEnd(lower, l) === login.length;
}

/**
 * Whether a one-word login the lists lack reads as a given name's (`dilnoza`, `aroha`): four letters or more and
 * lowerNameWord's strict test (no frequent English word, no English ending, a vowel, no word the lists hold as both a
 * name and a common word). For account-names.ts, only in an SSH public key's comment.
 */
export function isLoginNameWord(login: string): boolean {
  const lower = login.toLowerCase();
  return /^[a-z]{4,24}$/.test(lower) && lowerNameWord(lower, true, nameLists());
}

/**
 * A Windows account `DOMAIN\\user` (`CORP\\amara.okafor`, `CONTOSO\\grace.hill`, `CORP\\jsmith`):
 * a NetBIOS domain in capitals (2-15 letters, digits, `-`), a backslash, and a user's name of an
 * account's shape (accountName), as Windows logs and `runas /user:` write it (issue 11 of
 * 2026-12-05: stored raw). System and service accounts (`NT AUTHORITY\\SYSTEM`,
 * `BUILTIN\\Administrators`, `CORP\\svc_backup`), registry keys (`HKLM\\SOFTWARE`) and a path's
 * segments (a backslash after the user) stay.
 */
const DOMAIN_ACCOUNT = /(?<![\p{L}\d\\/_.-])[A-Z][A-Z\d-]{1,14}\\([A-Za-z][A-Za-z\d'’._-]{1,40})(?![\p{L}\d'’_\\/-])/gu;
function domainAccountNames(text: string, out: Detection[], l: NameLists): void {
  for (const match of text.matchAll(DOMAIN_ACCOUNT)) {
    const user = match[1] as string;
    const end = accountNameEnd(user, l);
    const start = (match.index as number) + match[0].length - user.length;
    if (end > 0) pushPerson(text, out, start, start + end);
  }
}

/**
 * How much of an account's or a home folder's name (`amara.okafor`, `Amara.Okafor`, `grace_hill`,
 * `okafor-a`, `jsmith`, `amara`) is a person's name: two or three parts joined by `.`, `_` or `-`
 * whose parts are listed names or initials, one listed (or two listed as common words, a given
 * name first: `grace.hill`); one listed name that is no common word (`okafor`); an initial before a
 * listed surname of five letters or more (`jsmith`, `aokafor`). Trailing dots are no part. 0 when
 * none (`svc_backup`, `administrator`, `ubuntu`, `Public`).
 */
function accountNameEnd(value: string, l: NameLists): number {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 46) end--;
  const lower = value.slice(0, end).toLowerCase();
  if (!/^[a-z][a-z'’._-]*$/.test(lower)) return 0;
  const strongName = (word: string) => (l.first.has(word) || l.last.has(word)) && !l.stop.has(word) && !l.ambiguousFirst.has(word) && !l.ambiguousLast.has(word) && !l.frequent.has(word);
  // A given name of the other languages' lists as a login writes it (`joao`, `conceicao`: isFoldedGivenName) counts as a listed given name.
  const foldedGiven = (word: string) => !l.first.has(word) && isFoldedGivenName(word);
  const anyName = (word: string) => ((l.first.has(word) || l.last.has(word) || l.ambiguousFirst.has(word) || l.ambiguousLast.has(word)) && !l.stop.has(word) && !isTeamWord(word, false)) || foldedGiven(word);
  const parts = lower.split(/[._-]/);
  if (parts.length === 1) {
    if (strongName(lower)) return end;
    const surname = lower.slice(1);
    return lower.length >= 6 && (strongName(surname) || ((l.ambiguousLast.has(surname) || l.ambiguousFirst.has(surname)) && !l.stop.has(surname) && !l.frequent.has(surname))) ? end : 0;
  }
  if (parts.length > 3 || parts.some((part) => part === '')) return 0;
  const named = parts.filter((part) => part.length >= 2);
  if (named.length === 0 || !named.every(anyName)) return 0;
  const head = parts[0] as string;
  return named.some(strongName) || (named.length >= 2 && (l.first.has(head) || l.ambiguousFirst.has(head) || foldedGiven(head))) ? end : 0;
}

/**
 * A lower-case name after a noun that points to a person (a probe of 2026-12-03 found `pt nwosu`,
 * `patient okafor`, `her son tevita` raw): after `pt`/`patient` a listed first name or surname that
 * is no frequent English word (`pt afebrile`, `patient education`, `pt tolerated` stay: clinical
 * notes write many words after `pt`); after a kinship noun with a possessive (`her son`, `my
 * wife`, `their daughter`) any word that is no English word of the lists (frequent, or a name that is a
 * common word: `her mother tongue`, `his father figure`), no function word and has no
 * ending of English inflection or derivation (`-ed`, `-ing`, `-ly`, `-s`, `-ous`, `-ive`, ...:
 * `her son went`, `my wife cooks`, `his father passed` stay; `child` and `baby` head compounds,
 * `our child widget`, `her baby formula`, and are left out). German and French words are not
 * looked up (no dictionary of them ships with the package); after English kinship nouns they are rare.
 */
/** The quick test of lowerCaseAfterPersonNoun: a person noun then a space (gated: prose rarely starts one of these words' triples). */
const mayHoldPersonNoun = gatedTest(/(?:pt|patient|son|daughter|wife|husband|partner|mother|father|mom|mum|dad|brother|sister|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|grandmother|grandfather|grandma|grandpa)\.? /i);

function lowerCaseAfterPersonNoun(text: string, out: Detection[], l: NameLists): void {
  if (!mayHoldPersonNoun(text)) return;
  for (const match of text.matchAll(LOWER_AFTER_PERSON_NOUN)) {
    const kin = match[1] !== undefined;
    const name = match[2] as string;
    // Common words the lists hold as names are words here (`her mother tongue`, `my child seat`, `her baby bump`).
    if (l.frequent.has(name) || l.ambiguousFirst.has(name) || l.ambiguousLast.has(name) || LOWER_NOT_NAMES.has(name) || PARTICLES.has(name) || l.stop.has(name) || PERSON_CONTINUES.has(name) || NOT_NAMES.has(name)) continue;
    const listed = l.first.has(name) || l.last.has(name);
    if (!listed && !(kin && name.length >= 4 && !ENGLISH_INFLECTION.test(name))) continue;
    const start = (match.index as number) + match[0].length - name.length;
    // A second listed name joins (`patient amara okafor`); the pair rule reads that one too.
    const second = /^ (\p{Ll}[\p{Ll}'’-]{2,30})(?![\p{L}\d])/u.exec(text.slice(start + name.length, start + name.length + 34))?.[1];
    // (A listed first name and a listed name after it are the pair rule's: `patient amara okafor`.)
    if (second !== undefined && l.first.has(name) && (l.first.has(second) || l.last.has(second)) && !l.stop.has(second)) continue;
    const both = second !== undefined && (l.first.has(second) || l.last.has(second)) && !l.stop.has(second) && !l.frequent.has(second) && !PARTICLES.has(second);
    pushPerson(text, out, start, start + name.length + (both ? 1 + (second as string).length : 0));
  }
}
/**
 * A lower-case surname after a lower-case title, as all-lower-case chat writes both (`referred by dr
 * ndlovu`, `dr. venkataraman`, `mr vasquez-ortuño`, `prof. adeyinka-sule`; L1 of probe-2026-12-06: the
 * token rules read a lower-case word after a title written with a capital or a dot only when a list
 * holds it). The word must read as a name's (LOWER_TITLE_NAME_WORD): no English word of the lists
 * (frequent, or a name that is a common word: `dr strange`, `mrs dash`), no product after `ms`
 * (`ms teams`, `ms excel`), no English ending unless listed; a second such word is the surname after a
 * given name (`dr thandiwe ndlovu`). `ms` and `mr` after a number are units and merge requests (`200 ms
 * latency`); a street's `dr` before a function word stays (`maple dr then`).
 */
const mayHoldLowerTitle = gatedTest(/(?:dr|mr|mrs|ms|mx|prof)\.?[ \t]{1,2}[a-z]/);
const LOWER_TITLE_SURNAME = /(?:dr|mr|mrs|ms|mx|prof)\.?[ \t]{1,2}(\p{Ll}[\p{Ll}\p{M}'’]{1,30}(?:-\p{Ll}[\p{Ll}\p{M}'’]{1,30})?)(?![\p{L}\p{N}])(?![@.\/_-][\p{L}\p{N}])/gu;
/** Words of Microsoft's products after `ms` (`ms teams`, `ms excel`): no surname. */
const MS_PRODUCTS = new Set('office excel outlook word teams access azure edge dos paint project visio sql onenote sharepoint exchange powerpoint'.split(' '));
function lowerTitleNameWord(word: string, l: NameLists): boolean {
  // A double surname (`okonjo-mbeki`, `adeyinka-sule`): each part a name's word.
  if (word.includes('-')) return word.split('-').every((part) => lowerTitleNameWord(part, l));
  if (word.length < 3 || !/[aeiouyàáâäãåèéêëìíîïòóôöõùúûüýğı]/.test(word)) return false;
  if (l.frequent.has(word) || l.stop.has(word) || l.ambiguousFirst.has(word) || l.ambiguousLast.has(word) || NOT_NAMES.has(word) || NOT_PERSON_AFTER.has(word) || PERSON_CONTINUES.has(word) || PARTICLES.has(word) || FORM_NOUNS.has(word) || LOWER_NOT_NAMES.has(word) || INTRO_NOT_NAMES.has(word) || isTeamWord(word, false) || BOT_NAMES.has(word) || SPOKEN_FILLER.test(word)) return false;
  return l.first.has(word) || l.last.has(word) || !ENGLISH_INFLECTION.test(word);
}
/** A person's verb right after a surname (`dr brown said`, `mr king called`, `dr white has prescribed`), or a modal and a verb of a person's (`mrs green will ring`, `ms black will call`). */
const TITLED_PERSON_VERB_AFTER = /^[ \t]{1,2}(?:(?:(?:has|had|just|also|then|already|never)[ \t]{1,2})?(?:said|says|told|tells|asked|asks|called|calls|rang|rings|phoned|emailed|texted|wrote|writes|replied|prescribed|prescribes|referred|refers|recommended|recommends|diagnosed|examined|examines|suggested|suggests|advised|advises|explained|mentioned|confirmed|approved|signed|agreed|reckons|thinks|wants|wanted|needs|saw|sees|seen|operated|treated|treats|left|retired|cancelled|canceled|rescheduled|booked)|(?:will|would|can|could|should|must|wants[ \t]to|is[ \t]going[ \t]to)[ \t]{1,2}(?:call|ring|phone|email|text|write|see|review|sign|approve|confirm|refer|prescribe|contact|send|check))(?![\p{L}])/iu;
/** What a person has, after a possessive surname (`dr brown's office`). */
const TITLED_PERSON_HAS_AFTER = /^[ \t]{1,2}(?:office|surgery|clinic|practice|nurse|receptionist|secretary|assistant|team|letter|notes|appointment|appointments|patients?|list|rounds|ward|email|number|phone|advice|orders?|referral|prescription)(?![\p{L}])/iu;
/**
 * A lower-case surname that is also a common English word after a lower-case title (the open part of
 * L1 of probe-2026-12-06: `dr brown`, `mr king` stayed, as `lowerTitleNameWord` refuses the
 * ambiguous names, those the lists hold as names and as English words): such a name of three
 * letters or more, read only with a person's verb right after it (`dr brown said`, `mr king
 * called`, `dr white has prescribed`, `mrs green will ring`: TITLED_PERSON_VERB_AFTER) or as a possessive
 * before what a person has (`dr brown's office`, `mr king's secretary`: TITLED_PERSON_HAS_AFTER). A product's
 * or a thing's name after a title stays (`dr pepper is great`, `mr clean works`, `dr brown rice`,
 * `mr muscle spray`). `word` may end in its possessive `'s` (LOWER_TITLE_SURNAME's letters hold the
 * apostrophe); returns the surname's length, or 0.
 */
function commonWordSurname(word: string, text: string, end: number, l: NameLists): number {
  const possessive = /['’]s$/.test(word);
  const base = possessive ? word.slice(0, -2) : word;
  if (base.length < 3 || base.includes('-') || /['’]/.test(base) || !(l.ambiguousLast.has(base) || l.ambiguousFirst.has(base) || l.last.has(base) || l.first.has(base)) || l.stop.has(base) || PARTICLES.has(base)) return 0;
  return (possessive ? TITLED_PERSON_HAS_AFTER : TITLED_PERSON_VERB_AFTER).test(text.slice(end, end + 40)) ? base.length : 0;
}
function lowerCaseAfterLowerTitle(text: string, out: Detection[], l: NameLists): void {
  if (!mayHoldLowerTitle(text)) return;
  for (const match of text.matchAll(LOWER_TITLE_SURNAME)) {
    const at = match.index as number;
    const previous = at > 0 ? text.charCodeAt(at - 1) : 32;
    // The title starts its word; it is no unit after a number (`200 ms`, `30ms`).
    if (isLetterAt(text, at - 1) || isDigitCode(previous) || (at > 1 && isSpaceCode(previous) && isDigitCode(text.charCodeAt(at - 2)))) continue;
    const title = text.slice(at, at + 4).toLowerCase();
    const word = match[1] as string;
    if (title.startsWith('ms') && MS_PRODUCTS.has(word)) continue;
    const start = at + match[0].length - word.length;
    if (!lowerTitleNameWord(word, l)) {
      // A surname that is a common word (`dr brown`, `mr king`) only with a person's verb or possession after it (commonWordSurname).
      const surname = commonWordSurname(word, text, start + word.length, l);
      if (surname > 0) pushPerson(text, out, start, start + surname);
      continue;
    }
    let end = start + word.length;
    // A second such word is the surname after a given name (`dr thandiwe ndlovu`).
    const second = text.charCodeAt(end) === 32 ? LOWER_WORD.exec(text.slice(end + 1, end + 35))?.[1] : undefined;
    if (second !== undefined && lowerTitleNameWord(second, l)) end += 1 + second.length;
    pushPerson(text, out, start, end);
  }
}
const LOWER_AFTER_PERSON_NOUN = /(?<![\p{L}\d])(?:(?:my|his|her|their|your|our)\s(son|daughter|wife|husband|partner|mother|father|mom|mum|dad|brother|sister|nephew|niece|cousin|uncle|aunt|grandson|granddaughter|grandmother|grandfather|grandma|grandpa)|(?:pt|patient)\.?)[ \t]{1,2}(\p{Ll}[\p{Ll}'’-]{2,30})(?![\p{L}\d])(?![@.\/_-]\w)/giu;
/**
 * Lower-case names after an explicit name cue (K10 of the fifth probe of 2026-12-04: chat users
 * type in lower case, and `my name is qxaro vlintuk`, `hi, this is zephra from accounts payable`,
 * `please update the address for qxaro vlintuk` were stored raw; the lists hold neither word).
 * Three cues, each followed by lower-case words read one by one (lowerNameWord) until one is no
 * name's:
 *  - a statement of a name (NAME_STATEMENT: `my name is`, `mother's maiden name is`, `last name`
 *    or `name is` at a clause's start): up to three words, a name that is also a common word
 *    (`my name is grace`) included;
 *  - a greeting and an introduction (GREETING_INTRO: `hi, i'm`, `hello this is`, `hey it's`): up
 *    to three words that are no English word of the lists (`hi, i'm stuck`, `hi this is regarding`
 *    stay);
 *  - a record's noun and `for`/`of` (RECORD_FOR: `the address for`, `account of`): exactly two
 *    such words, a given name and a surname (`the account for acme corp` stays: `corp` is a firm's).
 *  - the introductions of French, Spanish, Italian, Dutch, Polish and German (FOREIGN_NAMING,
 *    FOREIGN_INTRO: F4 of the probe of 2026-12-07).
 * Not read: a name without a cue (`update qxaro vlintuk`), one word after a record's noun, and
 * the words of other languages after their cues (no dictionary of them ships with the package).
 */
/** The quick tests of lowerCaseAfterNameCue (gated: most prose holds none of these). */
// The word `name` as chat users mistype it, two neighbouring letters swapped (`nmae`, `anme`, `naem`; L19 of probe-2026-12-06)
// or its `a` dropped (`nme`; its open part, 2026-12-06c).
const NAME_LITERAL = /name|nmae|anme|naem|nme/i;
// A gate (one bit test of the mask once a text's is worked out; before 2026-12-07 a search of the whole text).
const mayHoldNameWord = gatedTest(NAME_LITERAL);
// The gate of GREETING_INTRO shared with the cues of the other languages (FOREIGN_NAMING, FOREIGN_INTRO: F4 of the probe of 2026-12-07).
const mayHoldIntro = gatedTest(/(?:hi|hello|hey|hiya|howdy|greetings|morning|afternoon|evening|day|yo|ello)[iyoa]*(?:[ \t]+(?:there|all|team|everyone|again))?[ \t]*(?:[,!.:-]+[ \t]*)?(?:i'm|i’m|i am|im|this is|it's|it’s|its) |m['’][ \t]?appelle[ \t]|llamo[ \t]|chiamo[ \t]|heet[ \t]|nazywam[ \t]|na[ \t]+imi|ich[ \t]+hei|ik[ \t]+ben[ \t]|ich[ \t]+bin[ \t]|soy[ \t]|sono[ \t]|sou[ \t]|je[ \t]+suis[ \t]|jestem[ \t]|ici[ \t]|hier[ \t]+(?:ist|spricht)[ \t]|met[ \t]|tu[ \t]|c['’]est[ \t]|habla[ \t]|parla[ \t]|name[ \t]+(?:ist|lautet|war)[ \t]|nom[ \t]+(?:de[ \t]+famille[ \t]+)?(?:est|[ée]tait)[ \t]|(?:apellido|nombre)[ \t]+(?:es|era)[ \t]|(?:cognome|nome)[ \t]+(?:è|e['’]|era)[ \t]|naam[ \t]+(?:is|was)[ \t]/i);
/**
 * The verbs of naming oneself in French, Spanish, Italian, Dutch, Polish and German (`je m'appelle`,
 * `me llamo`, `mi chiamo`, `ik heet`, `nazywam się`, `mam na imię`, `ich heiße`) and the statements of a
 * name (`mein Nachname ist`, `mon nom est`, `mi apellido es`, `il mio nome è`, `mijn naam is`): read as GREETING_INTRO's
 * introduction is, the name words checked by lowerNameWord and FOREIGN_NOT_NAMES (F4 of the probe of
 * 2026-12-07: `je m'appelle gwendoline lebrun` was stored raw; `je m'appelle comment ?` stays).
 */
const FOREIGN_NAMING = /(?<![\p{L}])(?:je[ \t]+m['’][ \t]?appelle|me[ \t]+llamo|mi[ \t]+chiamo|ik[ \t]+heet|nazywam[ \t]+si[ęe]|mam[ \t]+na[ \t]+imi[ęe]|ich[ \t]+hei(?:ß|ss)e)(?:[ \t]*,)?[ \t]{1,3}(?=\p{Ll})/giu;
/**
 * A copula or a caller's word that introduces a speaker (`soy`, `sono`, `ik ben`, `ich bin`, `je suis`,
 * `jestem`, `c'est`, and on the telephone `ici`, `hier ist`, `hier spricht`, `met`, `tu`, `habla`,
 * `parla`) at a sentence's or a line's start or after a greeting of those languages (`hola soy remedios
 * ibarguren`, `hoi, met sjoukje wiersma`, `dzień dobry, tu grażyna wiśniewska`): only two or three name
 * words that end the clause, the first none of FOREIGN_NOT_NAMES (`soy médico`, `ik ben blij`, `ich bin
 * sehr müde` stay).
 */
const FOREIGN_INTRO = /(?<![\p{L}])(?:(?:yo[ \t]+)?soy|(?:io[ \t]+)?sono|(?:eu[ \t]+)?sou|ik[ \t]+ben|ich[ \t]+bin|je[ \t]+suis|jestem|c['’]est|ici|hier[ \t]+(?:ist|spricht)|met|tu|habla|parla)[ \t]{1,3}(?=\p{L})/giu;
const FOREIGN_GREETING_BEFORE = /(?:^|[.!?\n:;])[ \t]{0,3}((?:hola|buenos[ \t]+d[íi]as|buenas(?:[ \t]+(?:tardes|noches))?|bonjour|bonsoir|salut|all[ôo]|coucou|ciao|salve|buongiorno|buonasera|pronto|hoi|hallo|hai|dag|goedemorgen|goedemiddag|goedenavond|goedendag|moin|servus|gr[üu](?:ß|ss)[ \t]+gott|guten[ \t]+(?:tag|morgen|abend)|dzie[ńn][ \t]+dobry|cze[śs][ćc]|witam|halo|ol[áa]|oi|bom[ \t]+dia|boa[ \t]+(?:tarde|noite))[ \t]*[,!.:-]*[ \t]*)?$/iu;
/** The copulas of FOREIGN_INTRO, read at a sentence's start without a greeting too. */
const FOREIGN_COPULA = /^(?:(?:yo[ \t]+)?soy|(?:io[ \t]+)?sono|(?:eu[ \t]+)?sou|ik[ \t]+ben|ich[ \t]+bin|je[ \t]+suis|jestem)[ \t]/iu;
/**
 * Particles and a lower-case surname after a lower-case given name (`jan de vries`, `ana dos santos`), before no host's or
 * mail's character (`vries.nl`, `vries@`); a dot that ends a sentence ends it (2026-12-08: `ik ben jan de vries.` kept
 * the whole name).
 */
const PARTICLE_SURNAME_AFTER = /^(?: (?:van|von|de|der|den|da|das|do|dos|di|du|le|la|del|della|ten|ter)){1,3} (\p{Ll}[\p{Ll}'’-]{2,30})(?![\p{L}\p{N}@\/_-]|\.[\p{L}\p{N}])/u;
/**
 * Words of those languages that are listed given names and a copula's predicate (`ik ben moe`: tired, `ik ben alleen`,
 * `je suis ravi`, `soy rico`, `sono felice`, `soy rosa`, `sono serena`): one alone after a copula is read as the predicate.
 */
const FOREIGN_PREDICATE_NAMES: ReadonlySet<string> = new Set('moe alleen lief fan ravi rico felice rosa blanca clara bella serena santo santa viva nova'.split(' '));
/**
 * Endings of nouns of a people or a town's inhabitants and of adjectives of origin in Dutch, French, Spanish, Italian and
 * Portuguese (`Nederlander`, `Marokkaan`, `Italiaan`, `Français`, `Mexicano`, `Italiano`, `Português`): written with a capital
 * after a copula, no name.
 */
const ORIGIN_NOUN_ENDING = /(?:er|[ik]aan|aans|ees|ais|aise|ois|oise|ano|ana|ino|ina|ese|eño|eña|ense|ês|esa|eir[oa]|ier|ië?r|ca|co|ek|man)$/u;
/**
 * Predicates of those languages after a copula that no list holds as a word (`thuis`, `klaar`, `prêt`, `pronto`, `cansado`),
 * and Dutch nouns of a people with no ending of ORIGIN_NOUN_ENDING (`Belg`, `Turk`, `Pool`): no name after a copula, in
 * either case.
 */
const FOREIGN_PREDICATE_WORDS: ReadonlySet<string> = new Set((
  'thuis klaar ziek blij bang boos druk jarig weg wakker gek trots vrij laat vroeg binnen buiten fit oké ok okay op zwanger ' +
  'getrouwd gescheiden dood rijk arm stil bezig terug benieuwd verliefd ' +
  'prêt prête malade content contente seul seule libre fier fière perdu perdue désolé désolée enceinte marié mariée là ' +
  'listo lista cansado cansada feliz triste libre soltero soltera casado casada enfermo enferma aquí ' +
  'pronto pronta stanco stanca qui malato malata libero libera felice triste sposato sposata ' +
  'pronto bem aqui doente cansado sozinho sozinha ' +
  'belg turk pool rus fin zweed noor deen brit schot ier griek tsjech koerd'
).split(' '));
/**
 * A capitalized word the lists lack alone after a copula of Dutch, French, Spanish, Italian, Portuguese or Polish at a
 * sentence's start or after a greeting (`ik ben Daan`, `Hoi, je suis Maëlle.`, `sou Thiago`; names-left 2026-12-07e: the
 * listed names were masked, `Daan` not): a name when it ends the clause and is no frequent word, no place, no word with
 * an ending of a people's noun or of FOREIGN_WORD_ENDING. Not after German `ich bin`, whose nouns are capitalized (`ich
 * bin Arzt`). A listed word is left to the run rules (decide).
 */
function capitalNameAfterCopula(text: string, at: number, cue: string, out: Detection[], l: NameLists): void {
  if (/^ich/i.test(cue)) return;
  const word = /^\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]{1,20}(?=[ \t]*(?:[,.;:!?)\n\r]|$))/u.exec(text.slice(at, at + 24))?.[0];
  if (word === undefined) return;
  const lower = word.toLowerCase();
  const kind = kindOf(lower, true, false, l);
  // A listed given name the run rules leave alone there (`eu sou João`) too.
  if (kind === 'F' && !FOREIGN_PREDICATE_NAMES.has(lower) && !FOREIGN_PREDICATE_WORDS.has(lower)) {
    pushPerson(text, out, at, at + word.length);
    return;
  }
  if (kind !== 'U' || lower.includes('-') || FOREIGN_PREDICATE_WORDS.has(lower) || ORIGIN_NOUN_ENDING.test(lower) || FOREIGN_WORD_ENDING.test(lower) || FOREIGN_NOT_NAMES.has(lower) || isPlaceBodyLead(lower)) return;
  pushPerson(text, out, at, at + word.length);
}
/**
 * Endings of those languages' participles, adjectives and nouns of a job or a state (`arrivato`,
 * `estudiante`, `universitario`, `cansada`, `müdig`, `freundlich`, `désolée`, `heureux`): a word the
 * lists lack with one is no name's after a copula (`Sono arrivato ieri sera`, `Soy estudiante universitario`).
 */
const FOREIGN_WORD_ENDING = /(?:[aiu]d[oa]s?|[aiu]t[oa]s?|[ae]nte|[ae]nti|ari[oa]|iv[oa]|os[oa]|ic[oa]|ist[ae]|ale|ile|ig|lich|isch|bar|los|lijk|ée?|eux|euse|if|ive|ique|able|ment)$/u;
/**
 * The statements of a name in those languages (`mein Nachname ist`, `mon nom de famille est`, `mi apellido es`, `il
 * mio nome è`, `mijn naam is`): read as `my name is` is (a statement: one surname with any ending included).
 */
const FOREIGN_STATEMENT = /(?<![\p{L}])(?:(?:mein|meine|sein|ihr|dein)[ \t]+(?:nach|familien|vor|ruf|geburts)?name[ \t]+(?:ist|lautet|war)|(?:mon|son|ton|votre)[ \t]+(?:nom(?:[ \t]+de[ \t]+famille)?|pr[ée]nom)[ \t]+(?:est|[ée]tait)|(?:mi|su|tu)[ \t]+(?:apellido|nombre)[ \t]+(?:es|era)|(?:il[ \t]+)?(?:mio|suo|tuo)[ \t]+(?:cognome|nome)[ \t]+(?:è|e['’]|era)|(?:mijn|zijn|haar|uw)[ \t]+(?:achter|voor|familie)?naam[ \t]+(?:is|was))[ \t]{1,3}(?=\p{Ll})/giu;
/** Words of those languages after such a cue that start no name: articles, pronouns, adverbs, negations, adjectives of state. */
const FOREIGN_NOT_NAMES: ReadonlySet<string> = new Set((
  'el la los las un una uno muy no ya tan también aquí acá nuevo nueva yo tu su mi de del en con para por que bien mal todo ' +
  'le les une des très pas plus bien ici là déjà aussi moi toi lui elle nous vous en au aux du ce cet cette mon ton son ma ta sa nouveau nouvelle ' +
  'il lo gli un uno una molto non già qui qua anche così io tu lui lei noi voi di da del della in con per nuovo nuova sempre ancora ' +
  'de het een ik je jij hij zij wij mij me u erg heel zo ook al nog niet wel hier daar er van met voor blij nieuw nieuwe ' +
  'der die das den dem des ein eine einer einen dich dir mich mir sie ihn ihr euch uns sehr so ganz auch noch schon gerade jetzt hier da wieder nicht kein keine neu neue ' +
  'jest nie już też jeszcze bardzo tak to ta ten ja ty on ona my wy pan pani nowy nowa tutaj ' +
  'total gut echt muy super vraiment tellement trop vero davvero proprio zeer heel erg sur dans sous avec pour sans correct faux falsch richtig'
).split(' '));
/**
 * Adverbs of degree, time and manner of those languages that open a copula's predicate (`ik ben bijna klaar`, `sono quasi
 * pronto`, `je suis presque prêt`, `soy casi listo`, `jestem prawie gotowy`, `ich bin gleich da`; 2026-12-07d: masked as
 * a name): such a word first makes FOREIGN_INTRO's words no name. Surnames that are such words too (`Kurz`, `Eben`) are
 * left out; `gleich`, `casi` and `fertig` are listed surnames read here as the adverbs they are after a copula.
 */
const FOREIGN_PREDICATE_ADVERBS: ReadonlySet<string> = new Set((
  'bijna net even nu straks meteen alweer helemaal nogal pas eindelijk gewoon echt ' +
  'fast gleich bald sofort wirklich ziemlich etwas kaum endlich leider eigentlich immer zu ' +
  'presque bientôt enfin toujours encore assez tout juste si ' +
  'casi todavía aún aun bastante realmente siempre algo demasiado ' +
  'quasi appena subito ormai abbastanza troppo tanto poco ' +
  'prawie zaraz trochę całkiem naprawdę zawsze właśnie'
).split(' '));
const mayHoldRecordFor = gatedTest(/(?:address|phone|number|email|e-mail|account|record|profile|details|file|info|contact)(?:es|s)? (?:for|of) /i);
// Each cue's regex starts with its literal words (a leading lookbehind would be tried at every
// position of every text); what must precede it is read in a short window before the match.
/** `name`, its copula or `'s`, and the gap before a lower-case word: the statement's end (NAME_STATEMENT). */
// Its misspellings too (`my nmae is`, `nmae:`), `names` for `name's` in chat (`hello my names …`), and a dash for the colon (`name - …`, `full name – …`); L2 and L19 of probe-2026-12-06.
const NAME_WORD_AT = /(?:name|nmae|anme|naem|nme)(?:[ \t]+(?:is|was)(?![\p{L}])|['’]?s)?[ \t]*(?:[:=]|[-–—](?=[ \t]))?[ \t]{1,3}(?=\p{Ll})/giu;
/** An owner before `name`: `my`, `her`, `mother's`, `the patient's`, with a name's qualifier (`my full name`, `my surname`). */
const NAME_OWNER_BEFORE = /(?<![\p{L}\d])(?:my|his|her|their|your|our|(?:mother|father|mom|mum|dad|parent|wife|husband|spouse|son|daughter|child|brother|sister|patient|pt|customer|client|caller|member|user|owner|holder|cardholder|employee|applicant|guarantor|tenant|student|baby|person)['’]s)[ \t]+(?:(?:full|first|last|given|family|maiden|middle|legal|real|christian|birth)[ \t]?|sur)?$/iu;
/** A clause's start before `name`, with a name's qualifier or none (`, first name`, `surname`, `Name is` at the start). */
const NAME_CLAUSE_BEFORE = /(?:^|[.!?,;:(\n])[ \t]{0,3}((?:full|first|last|given|family|maiden|middle|legal|customer|patient|client|caller|contact|account)[ \t]?|sur)?$/iu;
// A greeting as chat stretches it (`heyy`, `hiii`, `hellooo`, `ello`, `yoo`) and `it's me` (L2 of probe-2026-12-06).
const GREETING_INTRO = /(?:hi+|h?ello+|he+y+|hiya+|howdy|greetings|good[ \t]+(?:morning|afternoon|evening|day)|yo+)(?:[ \t]+(?:there|all|team|everyone|again))?[ \t]*(?:[,!.:-]+[ \t]*)?(?:i['’]?m|i[ \t]+am|this[ \t]+is|it['’]?s|its)(?:[ \t]+me[ \t]*,?)?[ \t]{1,3}(?=\p{Ll})/giu;
/**
 * A gamer's introduction of their real name in chat (`irl im chidinma eze-oyelaran btw`, `irl i'm …`,
 * `irl my name is …`, `irl name's …`; L9 of probe-2026-12-05g found the name raw): `irl` (in real
 * life) as a word, then the introduction; the lower-case name words are read as after `hi, i'm`.
 */
const IRL_INTRO = /irl[ \t]*[,:-]?[ \t]*(?:i['’]?m|i[ \t]+am|my[ \t]+(?:real[ \t]+)?name[ \t]+is|name['’]s)[ \t]{1,3}(?=\p{Ll})/giu;
const mayHoldIrlIntro = gatedTest(/irl[ \t]*[,:-]?[ \t]*(?:i'm|i’m|im|i am|my |name)/i);
const RECORD_FOR = /(?:address|phone(?:[ \t]+number)?|number|e-?mail|account|record|profile|details|file|info|information|contact)s?[ \t]+(?:for|of)[ \t]+(?=\p{Ll})/giu;
/**
 * A transcript's speaker label and spoken fillers before a greeting or an introduction (L15 of the
 * probe of 2026-12-04g: `Caller: yeah hi this is dorric halversham`, `Speaker 2: yes it's …`,
 * `agent: who am I speaking with? caller: it's …`).
 */
// The label's and the fillers' blanks read one way only (`[ \t]*(?:[,.!][ \t]*)?`): the same texts as
// `[ \t]*[,.!]?[ \t]*` (and as `[ \t]*:?` and `[ \t]*` after the label), which split each gap of
// blanks in two, every way, before an introduction that did not follow (`caller`, five gaps of 40
// blanks and `this is 1` took 15 s; speaker-intros-linear-2026-12-05.test.ts).
const SPEAKER_LABEL = "(?:caller|customer|client|patient|member|user|guest|speaker[ \\t]?\\d{1,2}|spk[ \\t]?\\d{1,2}|\\[caller\\]|\\[customer\\])[ \\t]*(?::[ \\t]*)?";
const FILLERS = "(?:(?:yeah|yes|yep|yup|yea|uh|um|uhm|umm|er|erm|oh|ok|okay|so|well|sure|right|hi|hello|hey)[ \\t]*(?:[,.!][ \\t]*)?){0,4}";
const SPEAKER_FILLER_BEFORE = new RegExp(`(?:^|[.!?\\n])[ \\t]*${SPEAKER_LABEL}${FILLERS}$`, 'iu');
const SPEAKER_INTRO = new RegExp(`(?:^|[.!?\\n][ \\t]*|(?<![\\p{L}])(?=(?:caller|customer|speaker|spk)))${SPEAKER_LABEL}${FILLERS}(?:this[ \\t]+is|it['’]?s|i['’]m|im|i[ \\t]+am)[ \\t]{1,3}(?=\\p{Ll})`, 'giu');
// The gate's words before the introduction: up to four runs of letters (`yeah hi`, `yeahits`), each
// whole (`(?![a-z])`) but the last, which may run into the introduction's first word. The same texts
// as `(?:[a-z]+[ \t,.!]*){0,4}`, which tried every split of the words after `customer` or `user` in
// prose (2.4% of the bench's redaction CPU, a third of what it gained since 4fbda9f; `user ` and
// 400 letters took 13 s, 2026-12-05); this form is linear. The blanks after the label are read one way too
// (`[ \t\d\]]*(?::[ \t]*)?`, the same texts as `[ \t\d\]]*:?[ \t]*`: `caller`, 40,000 blanks and a
// letter took 10 s).
const mayHoldSpeakerIntro = gatedTest(/(?:caller|customer|client|patient|member|user|guest|speaker|spk)[ \t\d\]]*(?::[ \t]*)?(?:[a-z]+(?![a-z])[ \t,.!]*){0,3}(?:[a-z]+(?![a-z])[ \t,.!]*|[a-z]+)?(?:this is|it's|it’s|its|i'm|i’m|im|i am) /i);
/** A sentence's or a line's start right before a greeting. */
const SENTENCE_START_BEFORE = /(?:^|[.!?\n])[ \t]{0,3}$/;
/** A lower-case word (letters, inner apostrophes and hyphens) and the end of its token: not an email's, a path's or a handle's part. */
const VERB_ENDING = /(?:ing|ed|ly)$/;
const LOWER_WORD = /^(\p{Ll}[\p{Ll}\p{M}'’-]{0,30})(?![\p{L}\p{N}])(?![@.\/_-][\p{L}\p{N}])/u;
/** Function words that may follow a name after a record's noun (`the address for qxaro vlintuk to …`). */
const RECORD_NAME_FOLLOWERS = new Set('to and or in on at as by for is was are has had please asap thanks who whose since because if so but'.split(' '));
/** Words a chat writes after `hi, i'm` that no list holds (`okay`, `afk`). */
const INTRO_NOT_NAMES = new Set('okay alright afk brb btw fyi lol omg asap tbh imo imho ooo wfh online offline logged locked dont cant wont isnt doesnt didnt wasnt arent aint havent hasnt couldnt wouldnt shouldnt'.split(' '));

function lowerCaseAfterNameCue(text: string, out: Detection[], l: NameLists): void {
  if (mayHoldNameWord(text)) {
    for (const match of text.matchAll(NAME_WORD_AT)) {
      const at = match.index as number;
      const before = text.slice(Math.max(0, at - 48), at);
      // A statement: an owner and a copula (`my name is`, `mother's maiden name is`, `my name's`),
      // or a clause's start and a qualifier (`, first name`, `surname is`) or a copula (`name is`).
      const copula = match[0].length > 4 && /^(?:name|nmae|anme|naem|nme)(?:[ \t]+(?:is|was)|['’]?s)/i.test(match[0]);
      // `names` with no apostrophe is `name's` only after `my` (`hello my names …`; `their names include …` is a plural).
      const chatNames = copula && /^\S{4}s/.test(match[0]);
      if (chatNames && !/(?:^|[^\p{L}])my[ \t]+$/iu.test(before)) continue;
      const clause = copula && NAME_OWNER_BEFORE.test(before) ? undefined : NAME_CLAUSE_BEFORE.exec(before);
      if (clause === null) continue;
      if (clause !== undefined && clause[1] === undefined && !copula) {
        // A bare label at a clause's start with its colon or dash (`name: …`, `nmae - …`): a given name and
        // a surname, as after a record's noun (`name: nginx`, `name: build and test` stay).
        if (/[:=\-–—][ \t]*$/.test(match[0])) lowerNamesAt(text, at + match[0].length, out, l, 'record');
        continue;
      }
      lowerNamesAt(text, at + match[0].length, out, l, chatNames ? 'intro' : 'statement');
    }
  }
  if (mayHoldIntro(text)) {
    for (const match of text.matchAll(GREETING_INTRO)) {
      const at = match.index as number;
      if (SENTENCE_START_BEFORE.test(text.slice(Math.max(0, at - 4), at)) || SPEAKER_FILLER_BEFORE.test(text.slice(Math.max(0, at - 48), at))) lowerNamesAt(text, at + match[0].length, out, l, 'intro');
    }
  }
  if (mayHoldIntro(text)) {
    for (const match of text.matchAll(FOREIGN_NAMING)) {
      const at = (match.index as number) + match[0].length;
      if (!FOREIGN_NOT_NAMES.has(LOWER_WORD.exec(text.slice(at, at + 34))?.[1] ?? '')) lowerNamesAt(text, at, out, l, 'intro');
    }
    for (const match of text.matchAll(FOREIGN_STATEMENT)) {
      const at = (match.index as number) + match[0].length;
      const first = LOWER_WORD.exec(text.slice(at, at + 34))?.[1] ?? '';
      if (!FOREIGN_NOT_NAMES.has(first) && !(FOREIGN_WORD_ENDING.test(first) && !l.first.has(first) && !l.last.has(first))) lowerNamesAt(text, at, out, l, 'statement');
    }
    for (const match of text.matchAll(FOREIGN_INTRO)) {
      const index = match.index as number;
      const greeting = FOREIGN_GREETING_BEFORE.exec(text.slice(Math.max(0, index - 32), index));
      // A caller's word (`ici`, `met`, `tu`, `hier ist`, `c'est`) only after a greeting (`Tu pedido está listo.` stays).
      if (greeting === null || (greeting[1] === undefined && !FOREIGN_COPULA.test(match[0]))) continue;
      const at = index + match[0].length;
      const copula = FOREIGN_COPULA.test(match[0]);
      if (isUpperLetter(text, at)) {
        if (copula) capitalNameAfterCopula(text, at, match[0], out, l);
        continue;
      }
      let [words, end] = lowerNameWords(text, at, true, true, l);
      // A lower-case surname after particles (`ik ben jan de vries`, `je suis marie le roux`): it was `ik [PERSON] de vries`.
      if (words >= 1 && words < 3 && text.charCodeAt(end) === 32) {
        const tail = PARTICLE_SURNAME_AFTER.exec(text.slice(end, end + 48));
        if (tail !== null && lowerNameWord(tail[1] as string, false, l)) {
          end += tail[0].length;
          words = 2;
        }
      }
      if (words < 1 || !/^[ \t]*(?:[,.;:!?)\n\r]|$)/.test(text.slice(end, end + 3))) continue;
      const named = text.slice(at, end).split(' ').filter((word) => !PARTICLES.has(word));
      if (FOREIGN_PREDICATE_ADVERBS.has(named[0] as string) || named.some((word) => FOREIGN_NOT_NAMES.has(word) || (FOREIGN_WORD_ENDING.test(word) && !l.first.has(word) && !l.last.has(word)))) continue;
      // One word (`ik ben jan`, `je suis camille`): after a copula only, a listed given name that is no predicate of those
      // languages (FOREIGN_PREDICATE_NAMES: `ik ben moe`, `soy rosa`; names-left 2026-12-07e).
      if (words === 1 && (!copula || !(l.first.has(named[0] as string) || l.first.has(foldDiacritics(named[0] as string))) || FOREIGN_PREDICATE_NAMES.has(named[0] as string) || FOREIGN_PREDICATE_WORDS.has(named[0] as string))) continue;
      pushPerson(text, out, at, end);
    }
  }
  if (mayHoldIrlIntro(text)) {
    for (const match of text.matchAll(IRL_INTRO)) {
      const at = match.index as number;
      if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1] as string)) lowerNamesAt(text, at + match[0].length, out, l, 'intro');
    }
  }
  // A transcript's speaker line (`Caller: yeah hi this is …`, `Speaker 2: yes it's …`): its label and
  // fillers before the introduction, with or without a greeting (L15 of the probe of 2026-12-04g).
  if (mayHoldSpeakerIntro(text)) {
    for (const match of text.matchAll(SPEAKER_INTRO)) lowerNamesAt(text, (match.index as number) + match[0].length, out, l, 'intro');
  }
  if (mayHoldRecordFor(text)) {
    for (const match of text.matchAll(RECORD_FOR)) {
      const at = match.index as number;
      if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1] as string)) lowerNamesAt(text, at + match[0].length, out, l, 'record');
    }
  }
}

/** The lower-case name words from text[at] after a cue of `cue`'s kind (lowerCaseAfterNameCue), pushed as one person when they make a name. */
function lowerNamesAt(text: string, at: number, out: Detection[], l: NameLists, cue: 'statement' | 'intro' | 'record'): void {
  const strict = cue !== 'statement';
  // A transcript's filler between the cue and the name (`my last name is uh vlintuk`; with L12 of 2026-12-05c): no name, skipped.
  const filler = SPOKEN_FILLER_AT.exec(text.slice(at, at + 12));
  if (filler !== null) at += filler[0].length;
  let [words, end] = lowerNameWords(text, at, strict, false, l);
  // A self-introduction of two unlisted words with an English-looking ending (`hi this is dorric
  // halversham`, `-ic`, `-ist`): a name when neither is an English word of the lists nor a verb's
  // form (`hi this is electric blue`, `i am optimistic today` stay).
  if (cue === 'intro' && words < 2) {
    const [relaxedWords, relaxedEnd] = lowerNameWords(text, at, strict, true, l);
    if (relaxedWords === 2) [words, end] = [relaxedWords, relaxedEnd];
  }
  if (words === 0) return;
  // After a record's noun, a given name and a surname that end the clause, or before a function
  // word (`the contact for kube proxy settings`, `details for acme cloud platform` stay).
  if (cue === 'record') {
    if (words !== 2) return;
    const next = text.charCodeAt(end) === 32 ? LOWER_WORD.exec(text.slice(end + 1, end + 35))?.[1] : undefined;
    if (next === undefined ? /^[ \t]*[\p{L}\p{N}]/u.test(text.slice(end, end + 3)) : !PERSON_CONTINUES.has(next) && !RECORD_NAME_FOLLOWERS.has(next)) return;
  }
  pushPerson(text, out, at, end);
}

/** How many lower-case name words (up to three) start at text[at], and where the last ends (lowerNameWord). */
function lowerNameWords(text: string, at: number, strict: boolean, relaxed: boolean, l: NameLists): [number, number] {
  let end = at;
  let words = 0;
  let cursor = at;
  for (;;) {
    const word = LOWER_WORD.exec(text.slice(cursor, cursor + 34))?.[1];
    if (word === undefined || !lowerNameWord(word, strict, l, relaxed)) break;
    words++;
    end = cursor + word.length;
    if (words === 3 || text.charCodeAt(end) !== 32) break;
    cursor = end + 1;
  }
  return [words, end];
}

/**
 * Whether a lower-case word may be a name's after a name cue: no frequent English word, place,
 * eponym, month, person's noun, function word, form noun, firm's word, team or bot of the lists,
 * no English inflection unless a listed name; `strict` (an introduction, a record's noun) also
 * no word the lists hold as both a name and a common word (`will`, `grace`, `stuck`), no chat
 * word, and a vowel in a word of three letters or more.
 */
function lowerNameWord(word: string, strict: boolean, l: NameLists, relaxed = false): boolean {
  if (word.length < 2 || word.toLowerCase() !== word || SPOKEN_FILLER.test(word)) return false;
  if (l.frequent.has(word) || l.stop.has(word) || NOT_NAMES.has(word) || NOT_PERSON_AFTER.has(word) || PERSON_CONTINUES.has(word) || PARTICLES.has(word) || FORM_NOUNS.has(word) || isTeamWord(word, false) || BOT_NAMES.has(word)) return false;
  const listed = l.first.has(word) || l.last.has(word);
  // After a statement of a name, only a verb's endings (`name is misspelled`); a surname may end like a noun (`mollquist`).
  // `relaxed` (two words of a self-introduction): only a verb's endings and a plural's.
  if (!listed && (strict && !relaxed ? ENGLISH_INFLECTION : VERB_ENDING).test(word)) return false;
  if (relaxed && !listed && /[^s]s$/.test(word)) return false;
  // A short function word after a statement (`MY NAME IS on the badge`); a longer one may be a given name (`my name is hope`).
  if (!strict) return !(word.length <= 3 && LOWER_NOT_NAMES.has(word));
  return word.length >= 3 && /[aeiouyàáâäãåèéêëìíîïòóôöõùúûüý]/.test(word) && !l.ambiguousFirst.has(word) && !l.ambiguousLast.has(word) && !LOWER_NOT_NAMES.has(word) && !INTRO_NOT_NAMES.has(word);
}
/** A transcript's fillers (`uh`, `um`, `er`, `erm`, `uhm`, `hmm`): no name's word. */
const SPOKEN_FILLER = /^(?:u+h+|u+m+|u+h+m+|e+r+m*|h+m+)$/;
/** A filler and its blank or comma at a name's expected start (lowerNamesAt). */
const SPOKEN_FILLER_AT = /^(?:u+h+|u+m+|u+h+m+|e+r+m*|h+m+),?[ \t]{1,2}(?=\p{L})/u;
/** Endings of English inflections and derivations: a lower-case word with one is read as a word, not a name. */
const ENGLISH_INFLECTION = /(?:ed|ing|ly|s|ous|ive|ful|less|able|ible|al|ic|ile|ent|ant|ary|ory|ize|ise|ism|ist|ity|tion|sion|ment|ness|ward|wise|er|ure|age|ance|ence|th)$/;

/**
 * A name written family name first with a comma (`Garcia, Maria`, `SMITH, JOHN`, `Nowak,
 * Agnieszka`, `Smith, John A.`: records, rosters, bank statements): the two words are one name
 * when both read as names and one of them is listed (a strong first name or surname). Each half
 * alone was masked or not by the rules above, so one half stayed raw (a probe of 2026-12-03). Not
 * in a list (`Kónya, Becker and Vasquez`, `Garcia, Maria, Lopez`), where each is read alone.
 */
/** Particles that lead a Dutch, German, Italian or Portuguese surname written first (`van Leeuwen, Femke`, `ter Horst`, `di Marco`). */
const FIELD_LEAD_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'der', 'den', 'di', 'du', 'da', 'dos', 'das', 'ter', 'ten', 'del', 'della']);
const TITLE_CASE_AT = /^\p{Lu}\p{Ll}/u;
/** A field's start right before a surname's first particle: the text's or a line's start, a label's colon, a quote, a bracket, a tab. */
const FIELD_START_BEFORE = /(?:^|[\n\r\t:;"'(<[{=|>])[ \t]{0,2}$/u;
/** A field's end right after the given name: the text's or a line's end, a quote, a bracket, `;`, `|`, a tab, a sentence's dot, a comma with no capital after it. */
const FIELD_END_AFTER = /^(?:[ \t]*(?:$|[\n\r"'<(;|\t)\]}>])|\.(?:\s|$)|,(?![ \t]*\p{Lu}))/u;
/**
 * A surname led by particles, a comma and a given name as a whole field (names-left 2026-12-07f: `van Leeuwen, Femke`,
 * `Naam: van Houten, Marieke`, a CSV cell `"de Graaf, Sietske"` stayed raw when neither word is listed, where `de Jong,
 * Pieter` was masked): one to three particles in lower case at a field's start, the two words unlisted or listed as
 * names, no place of the lists, and nothing after the given name but the field's end. Read only on a pair that
 * familyNameFirst has found (two capitalized words joined by `, `): no scan of its own.
 */
function particleFamilyField(text: string, tokens: Token[], k: number, given: Token, l: NameLists): boolean {
  const family = tokens[k] as Token;
  if (!TITLE_CASE_AT.test(text.slice(family.start, family.start + 2)) || !TITLE_CASE_AT.test(text.slice(given.start, given.start + 2)) || l.stop.has(family.lower) || l.stop.has(given.lower) || !/^[ULFlf]$/.test(family.kind) || !/^[ULFf]$/.test(given.kind)) return false;
  let lead = k;
  while (lead > 0 && k - lead < 3) {
    const particle = tokens[lead - 1] as Token;
    if (particle.capitalized || !FIELD_LEAD_PARTICLES.has(particle.lower) || text.slice(particle.end, (tokens[lead] as Token).start) !== ' ') break;
    lead--;
  }
  if (lead === k) return false;
  const first = tokens[lead] as Token;
  return FIELD_START_BEFORE.test(text.slice(Math.max(0, first.start - 3), first.start)) && FIELD_END_AFTER.test(text.slice(given.end, given.end + 3));
}
function familyNameFirst(text: string, tokens: Token[], out: Detection[], l: NameLists): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const family = tokens[k] as Token;
    const given = tokens[k + 1] as Token;
    if (!family.capitalized || !given.capitalized || family.possessive || family.kind === 'W' || given.kind === 'W' || family.kind === 'I' || given.kind === 'I') continue;
    // A word of two letters or a frequent word (`Go, Okafor`), or a firm (`Dell, Garcia`), is no family name.
    if (family.end - family.start < 3 || given.end - given.start < 3 || l.frequent.has(family.lower) || l.frequent.has(given.lower) || FIRMS.has(family.lower) || FIRMS.has(given.lower)) continue;
    if (text.slice(family.end, given.start) !== ', ' || (!(strong(family.kind) || strong(given.kind)) && !particleFamilyField(text, tokens, k, given, l))) continue;
    // The next field's label is no given name (`Surname Okafor, Given names Chidi`: L7 of the eighth probe).
    if (NAME_LABEL_AHEAD.test(text.slice(given.start, given.start + 24))) continue;
    // A city and its country (`Bergen, Norway`), a Nordic street's fused name in a list (`Drottninggatan,
    // Karl Johans gate`): O4 of the probe of 2026-12-05g.
    if (COUNTRY_AFTER.test(text.slice(family.end, family.end + 24)) || FUSED_STREET_END.test(family.lower)) continue;
    // Two festivals in a list (`Diwali, Eid al-Fitr`, `Shavuot, Tisha B'Av`: O3 of the probe of 2026-12-05c).
    if (festivalRun([family, given], text.slice(Math.max(0, family.start - 40), family.start), text.slice(given.end, given.end + 24))) continue;
    // A date's month naming a street before a city (`Avenida 18 de Julio, Montevideo`: O2 of 2026-12-05f).
    if (ROMANCE_MONTHS.has(family.lower) && DAY_DE_BEFORE.test(text.slice(Math.max(0, family.start - 12), family.start))) continue;
    // A list of places and bodies (`Teatro alla Scala, Palazzo Pitti`, `Comune di Milano, Regione
    // Lombardia`): a place's or a body's head word before the family name or as the given name (place-heads.ts).
    if (isPlaceBodyLead(given.lower) || isPlaceBodyTail(family.lower, tokens[k - 1]?.lower) || placeBodyLeadBefore(text.slice(Math.max(0, family.start - 40), family.start))) continue;
    // The end of a name written given name first is no family name before a comma (`AMARA OKAFOR, AmaraOkafor`).
    // Particles before the family word belong to it (`de Vries, Jan`, `van der Berg, Pieter`: the span
    // starts at them); after a name word they end a name written given name first (`Jan de Vries,
    // Erasmus MC`, `João dos Santos, Universidade de Lisboa`: the span `Vries, Erasmus` outranked
    // `Jan de Vries` and left `Jan de` raw; names-left 2026-12-07e). At most three particles.
    let lead = k;
    while (lead > 0 && k - lead < 3) {
      const particle = tokens[lead - 1] as Token;
      if (particle.capitalized || !PARTICLES.has(particle.lower) || text.slice(particle.end, (tokens[lead] as Token).start) !== ' ') break;
      lead--;
    }
    const previous = tokens[lead - 1];
    if (lead < k && previous !== undefined && previous.capitalized && previous.kind !== 'W' && /^\s+$/.test(text.slice(previous.end, (tokens[lead] as Token).start))) continue;
    if (previous !== undefined && previous.capitalized && previous.kind !== 'W' && /^\s+$/.test(text.slice(previous.end, family.start))) continue;
    // Firms and brands in a comma list (O1 of probe 2026-12-05f: `Procter & Gamble, Morgan Stanley`,
    // `Ernst & Young, Charles Schwab`, `Flying Blue, Hertz Gold Plus` were masked as `Gamble, Morgan`):
    // the family word ends a name joined by `&` or led by another capitalized word with no person's
    // cue before it, or the given word starts a listed firm (FIRMS).
    if (previous !== undefined && previous.capitalized && (text.slice(previous.end, family.start) === ' & ' || (text.slice(previous.end, family.start) === ' ' && !cueBefore(text, family.start) && !TITLE_BEFORE.test(text.slice(Math.max(0, family.start - 8), family.start))))) continue;
    if (phraseAt(text, tokens, k + 1, FIRMS)) continue;
    // A place's name after its prefix (`Santa Clara, Grace Bay`, `San Jose, Maria`): P2 of the fifth probe of 2026-12-04.
    if (previous !== undefined && PLACE_PREFIXES.has(previous.lower) && /^\s+$/.test(text.slice(previous.end, family.start))) continue;
    // A station or a place named after a street (`Dempster Street Metra, Howard Street station`:
    // O5 of the probe of 2026-12-05e): a capitalized street word right before the family name.
    if (previous !== undefined && previous.capitalized && isStreetWordOrSuffix(previous.lower) && text.slice(previous.end, family.start) === ' ') continue;
    // Not a list: nothing but a line's or a sentence's end, lower-case words or an initial after it.
    let end = given.end;
    const rest = text.slice(end, end + 8);
    const initial = /^ \p{Lu}\.(?![\p{L}])/u.exec(rest);
    if (initial !== null) end += initial[0].length;
    const after = text.slice(end, end + 6);
    if (/^(?:,\s*\p{Lu}| (?:and|&|und|et|y|e|or) )/u.test(after) || /,\s*$/.test(text.slice(Math.max(0, family.start - 3), family.start))) continue;
    pushPerson(text, out, (tokens[lead] as Token).start, end);
    k++;
  }
}

/**
 * A remittance's reference noun and its number before a run (`Rechnung 4711 Qxaro Vlintuk`,
 * `Überweisung Rechnung 88 Wenlix Dorvane`, `Kd.-Nr. 55102 …`, `Invoice 4711 …`): the number is
 * the invoice's or the customer's, not a house number, so the run after it is read as a name (the
 * fourth README-only probe of 2026-12-04, J21: the house-number rule left the name raw). German
 * (and English) nouns of a transfer's reference line (Verwendungszweck; DK/EPC remittance
 * information, up to 140 characters).
 */
/**
 * A label of an id, a ticket, a case, an order or an account and its number (letters and digits, an IBAN's groups) right
 * before a run (`Ticket 4471 Thandiwe Ndlovu`, `ref 0123 Maria Lopes`, `IBAN PT50 0002 0123 Zephra Vlintuk`, `Member ID
 * W774102983 Tavita Leota`): the number is the id's, no house number of the run (S3 of probe-2026-12-05j: nothing was found).
 * Not `No`/`Nr`/`Number`, which lead a house number (`No 5 Maria Garcia` is a street).
 */
const ID_LABEL_NUMBER_BEFORE = /(?:^|[^\p{L}])(?:ticket|case|ref|reference|code|order|claim|policy|member(?:[ \t]id)?|account|acct|booking|id|invoice|tracking|iban|incident|request|job|customer|client|patient)\.?[ \t]{0,2}[#:]?[ \t]{0,2}(?:[A-Z]{0,4}\d{1,12}[ \t]{1,2}){1,8}$/iu;
const REFERENCE_NUMBER_BEFORE = /(?:^|[^\p{L}])(?:rechnung(?:snummer|snr\.?|s-nr\.?)?|re\.?-?nr\.?|rg\.?-?nr\.?|kundennummer|kunden-?nr\.?|kd\.?-?nr\.?|vertrag(?:snummer)?|vertrags-?nr\.?|mitgliedsnummer|mitglieds-?nr\.?|auftrag(?:snummer)?|auftrags-?nr\.?|bestellung|bestellnummer|beleg(?:nummer)?|mandat(?:sreferenz)?|invoice|inv\.)[ \t]{0,2}(?:nr\.?|no\.?|#|:)?[ \t]{0,2}\d{1,12}(?:[-/.]\d{1,12}){0,2}[ \t]{1,2}$/iu;
/** Endings of German nouns of goods and services that no list keeps out of names (`Fensterputz Treppenhaus`, `Heizungswartung`): after a reference number, an unlisted word with one is no name. */
const GERMAN_NOUN_ENDING = /(?:ung|heit|keit|schaft|tät|haus|kosten|gebühr|gebühren|beitrag|zahlung|miete|rechnung|putz|dienst|arbeiten|material|service|reinigung)$/;
/** Words of a German transfer's purpose that follow its reference number (`Rechnung 4711 Miete Dezember`): a run holding one is no name. */
const REMITTANCE_WORDS = new Set('miete nebenkosten betriebskosten abschlag abschlagszahlung strom gas wasser heizung wartung beitrag mitgliedsbeitrag gebühr gebühren zinsen rate teilzahlung restzahlung anzahlung mahnung gutschrift erstattung rückerstattung kaution lieferung reparatur januar februar märz april mai juni juli august september oktober november dezember quartal monat jahr'.split(' '));
/** A quoted display name written family name first before an address in angle brackets (RFC 5322 `display-name`: `"Mollquist, Zephra" <z@x.org>`). */
/**
 * A chat @mention of a display name written family name first (`@Vlintuk, Qxaro please check`, as
 * Teams and Outlook show `Last, First`; L4 of the sixth probe of 2026-12-04): the sign starting a
 * word of its own, two capitalized words joined by a comma and a blank, both of personWords.
 */
const MENTION_FAMILY_FIRST = /(?<![^\s(\["'“‘])[@+](\p{Lu}[\p{Ll}\p{M}'’-]{1,30}, \p{Lu}[\p{Ll}\p{M}'’-]{1,30})(?![\p{L}\p{M}\d@.'’-])/gu;
const QUOTED_FAMILY_FIRST = /"(\p{Lu}[\p{L}\p{M}'’-]{1,30},[ \t]?\p{Lu}[\p{L}\p{M}'’-]{0,30}(?:[ \t]\p{Lu}\.?)?)"[ \t]{0,2}<[^\s<>@"]{1,64}@/gu;
/** An iCalendar ORGANIZER or ATTENDEE property's common name (RFC 5545 §3.2.2 `CN=`), quoted or not: `ORGANIZER;CN=Zephra Mollquist:mailto:…`, `ATTENDEE;…;CN="Dorvane, Wenlix";…`. */
const ICAL_COMMON_NAME = /(?:^|\n)[ \t]?(?:ORGANIZER|ATTENDEE)[^\n:]{0,200}?;CN=(?:"([^"\n]{2,80})"|([^";:\n]{2,80}))(?=[;:])/g;
/** A label that says the name after it is written family name first: `Name (Last, First): Vlintuk, Qxaro`, `Patient (last, first): Dorvane, Wenlix`, `Surname, Given name:`. */
const LAST_FIRST_LABEL = /\((?:last|surname|family)(?: name)?,[ \t]?(?:first|given)(?: names?)?\)[ \t]*:?[ \t]{0,3}(\p{Lu}[\p{L}\p{M}'’-]{1,30},[ \t]?\p{Lu}[\p{L}\p{M}'’-]{1,30}(?:[ \t]\p{Lu}\.?)?)/giu;
/** A list of family names each with an initial and its dot (`Mollquist Z., Dorvane W., Vlintuk Q.`): two items or more. */
const SURNAME_DOT_LIST = /(?<![\p{L}\p{N}.])\p{Lu}\p{Ll}[\p{L}\p{M}'’-]{1,30} \p{Lu}\.(?:,[ \t]?\p{Lu}\p{Ll}[\p{L}\p{M}'’-]{1,30} \p{Lu}\.)+(?![\p{L}\p{N}])/gu;
const SURNAME_DOT_ITEM = /\p{Lu}\p{Ll}[\p{L}\p{M}'’-]{1,30} \p{Lu}\./gu;

/** No word of `value` is a team's or department's word, a word kept out of names or a frequent word the lists hold as no name (`Support, Billing`, `Conference Room`). */
function personWords(value: string, l: NameLists): boolean {
  return value.split(/[ ,.]+/).every((word) => {
    const lower = word.toLowerCase();
    return lower.length < 2 || !(NOT_NAMES.has(lower) || isTeamWord(lower, false) || (l.frequent.has(lower) && !l.first.has(lower) && !l.last.has(lower)) || THING_HEADS.has(lower) || INSTITUTION_WORDS.has(lower));
  });
}
/**
 * Names written family name first where the text says so, whatever the lists hold (the fourth
 * README-only probe of 2026-12-04, J13: familyNameFirst wants a listed word, so `"Mollquist,
 * Zephra" <…>` and `CN="Dorvane, Wenlix"` were stored raw): a quoted display name with a comma
 * before an address in angle brackets (QUOTED_FAMILY_FIRST), an iCalendar ORGANIZER's or
 * ATTENDEE's `CN=` (ICAL_COMMON_NAME: any name, given name first or not, unless every word is a
 * frequent word: personWords, `CN=Conference Room` stays), a value after `(Last, First)` (LAST_FIRST_LABEL),
 * and a list of two family names or more each with an initial (SURNAME_DOT_LIST: `Mollquist Z.,
 * Dorvane W.`; not when a word takes a letter: `Vitamin D., Hepatitis B.`), and an @mention of
 * one (MENTION_FAMILY_FIRST: `@Vlintuk, Qxaro`). Each gated by a
 * character test, so ordinary text pays an indexOf or two.
 */
/**
 * The given name after a surname read behind a name label, `SURNAME, GIVEN` as pharmacy labels,
 * lab slips and registration forms print it (L12 of the probe of 2026-12-04g: `PATIENT: VLINTUK,
 * QXARO   DOB: …` masked the surname and left `QXARO`): one or two capitalized words (or a word and
 * an initial) after the comma, up to the end of the line, a gap of two blanks, a punctuation mark
 * or the next label, join the surname's span. Not a frequent English word (`Patient: Vlintuk,
 * Stable`).
 */
// The holder's labels of F5 of the probe of 2026-12-07 too (`Titular: OLAIZOLA ETXEBERRIA, Ane` kept the given name).
const NAME_LABEL_FOR_SURNAME = /(?:^|[^\p{L}])(?:patient|pt|name|full[ \t]name|student|member|client|customer|resident|employee|insured|subscriber|guarantor|beneficiary|claimant|applicant|passenger|guest|account[ \t]?holder|titulaire(?:[ \t]du[ \t]compte)?|titular(?:[ \t]de[ \t]la[ \t]cuenta)?|intestatari[oa](?:[ \t]del[ \t]conto)?|rekeninghouder|tenaamstelling)(?:[ \t]name)?[ \t]*[:#]?[ \t]*$/iu;
const GIVEN_AFTER_COMMA = /^,[ \t]{1,2}(\p{Lu}[\p{L}'’-]{1,30})(?:[ \t](\p{Lu}\.?|\p{Lu}[\p{L}'’-]{1,30}))?(?=$|[ \t]*\r?\n|[ \t]{2,}|[ \t]*[,;(|]|[ \t]+(?:DOB|D\.O\.B|MRN|RX|SSN|ID|Age|AGE|Sex|SEX)(?![\p{L}]))/u;
function givenAfterLabelledSurname(text: string, out: Detection[], l: NameLists): void {
  for (const detection of out) {
    if (detection.type !== 'PERSON' || text.charCodeAt(detection.end) !== 44) continue;
    if (!NAME_LABEL_FOR_SURNAME.test(text.slice(Math.max(0, detection.start - 32), detection.start))) continue;
    const given = GIVEN_AFTER_COMMA.exec(text.slice(detection.end, detection.end + 72));
    if (given === null || l.frequent.has((given[1] as string).toLowerCase()) || (given[2] !== undefined && given[2].length > 2 && l.frequent.has(given[2].toLowerCase()))) continue;
    detection.end += given[0].length;
    detection.normalized = text.slice(detection.start, detection.end).normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  }
}

/**
 * `Surname, Given` after a party's label and its colon, as contracts, leases, claims, depositions and
 * port requests write the party (L3 of probe-2026-12-05i: `Recipient: Vauquelin-Daudet, Ségolène.`
 * masked the surname and left the unlisted given name, `Deponent: Vauquelin-Daudet, Anaïs` and
 * `name on the LOA: Achterberg, Ségolène.` left both): the two words (a second given name or an
 * initial allowed) up to the line's end, two blanks, a punctuation mark, a sentence's end or a dash,
 * each a record's name word (isRecordNameWord: listed, or unknown and no frequent English word), a
 * double-barrelled surname (isHyphenatedSurname), a listed given name, or a word already masked; the
 * pair of personWords and no legal form (`Acme, Inc.`, `Finance, Payroll`,
 * `Vehicle, Contents` stay). The labels (PARTY_LABELS) are a party's role or `name` (also `name on
 * the LOA`, `name of the insured`). Read only at each `: ` of a text with `, ` (a sticky pattern that fails
 * on the first character there; the label is looked at after a match).
 */
const PARTY_LABELS: ReadonlySet<string> = new Set(
  'recipient recipients addressee tenant tenants landlord landlady lessee lessor licensee licensor sublessee deponent witness declarant affiant plaintiff defendant petitioner respondent appellant appellee claimant insured policyholder beneficiary employee candidate applicant debtor creditor borrower coborrower co-borrower guarantor payee decedent testator subscriber cardholder holder signatory signer student pupil patient client customer member resident guardian spouse dependent dependant passenger victim name'.split(' '),
);
const PARTY_FAMILY_FIRST = /[ \t]{0,3}(\p{Lu}[\p{L}\p{M}'’-]{1,30}),[ \t]{1,2}(\p{Lu}[\p{L}\p{M}'’-]{1,30})(?:[ \t](\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]{1,30}))?(?=[ \t]*(?:$|\r?\n|[,;(|)]|[.!?](?:\s|$))|[ \t]{2}|[ \t]+[-–—][ \t])/uy;
/**
 * Issue 11 (L3's open part): the pair after a label that is no party's, a person's role in a workflow, a review, a
 * school, a clinic or a case (`Reviewer: Lindqvist, Maja`, `Assignee: Oyelowo, Tunde`, `Contact: Okonkwo, Chidi`;
 * not the roles that name software or firms as often: `Host:`, `Agent:`, `Editor:`, `Sponsor:`, `Owner:`),
 * or a past participle and `by`/`to` (`Signed by:`, `Prepared by:`, `Assigned to:`): read as after a party's label.
 * After any other label (`Panel:`, `Attendees:`) one of the two words must be listed as a person's name
 * (isListedPersonName); the pair's words are record name words either way, so `Location: Paris, France`, `City:
 * Springfield, IL`, `Subject: Payment, overdue` stay.
 */
const ROLE_LABELS: ReadonlySet<string> = new Set(
  'contact reviewer reviewers approver approvers assignee assignees author authors interviewer interviewers interviewee requester requestor reporter preparer submitter signer cosigner co-signer manager supervisor examiner adjuster officer attorney counsel lawyer solicitor advisor adviser mentor tutor teacher instructor counselor counsellor physician doctor clinician nurse therapist caregiver carer referee organizer organiser attendee participant chairperson notary translator interpreter investigator liaison'.split(' '),
);
const PARTICIPLE_BY_LABEL = /(?:^|[^\p{L}])\p{L}{2,16}ed[ \t]+(?:by|to)$/iu;
/** `name on the LOA`, `name of the insured`, `authorized name`: a name's label of a few words before its colon. */
const NAME_OF_LABEL = /(?:^|[^\p{L}])name(?:[ \t]+(?:on|of|in)[ \t]+(?:the[ \t]+|this[ \t]+)?[\p{L}-]{2,16})?$/iu;
function partyFamilyFirst(text: string, out: Detection[], l: NameLists): void {
  // The pairs first, `out` as it came; then what the detections say of them, by a binary search over them sorted once
  // (spanReach), and one pass that drops the persons inside a pair: a scan of `out` per pair was quadratic on a long
  // text of such lines once any label could lead one (issue 11; line-scans-linear-2026-12-05.test.ts).
  const pairs: Array<{ start: number; end: number; surnameEnd: number; givenStart: number; givenEnd: number; surnameListed: boolean; givenListed: boolean; secondOk: boolean }> = [];
  for (let colon = text.indexOf(': '); colon !== -1; colon = text.indexOf(': ', colon + 2)) {
    PARTY_FAMILY_FIRST.lastIndex = colon + 1;
    const m = PARTY_FAMILY_FIRST.exec(text);
    if (m === null) continue;
    let w = colon;
    while (w > 0 && (text.charCodeAt(w - 1) === 32 || text.charCodeAt(w - 1) === 9)) w--;
    let from = w;
    while (from > 0 && /[\p{L}-]/u.test(text[from - 1] as string)) from--;
    const label = text.slice(from, w).toLowerCase();
    // A label of no person's role (ROLE_LABELS): a pair with a listed word only.
    const otherLabel = !PARTY_LABELS.has(label) && !ROLE_LABELS.has(label) && !NAME_OF_LABEL.test(text.slice(Math.max(0, w - 40), w)) && !PARTICIPLE_BY_LABEL.test(text.slice(Math.max(0, w - 24), w));
    const surname = m[1] as string;
    const given = m[2] as string;
    const second = m[3];
    const start = colon + 1 + m[0].length - m[0].trimStart().length;
    const givenStart = start + surname.length + m[0].slice(m[0].length - m[0].trimStart().length + surname.length).search(/\p{Lu}/u);
    const end = colon + 1 + m[0].length;
    const words = second === undefined ? [surname, given] : [surname, given, second];
    if (words.some((word) => LEGAL_FORM_SPELLINGS.has(word) || LEGAL_FORM_SPELLINGS.has(word.replace(/\.$/, ''))) || !personWords(words.join(' '), l)) continue;
    if (otherLabel && !(isRecordNameWord(surname) && isRecordNameWord(given) && (isListedPersonName(surname) || isListedPersonName(given)))) continue;
    // After a label that is no party's or a role's plural, a pair that a comma and another capitalized word follow is a list's
    // items (`Attendees: Ravi, Sanjay, Meera`, `Reviewers: Ravi, Sanjay, Meera`).
    if ((otherLabel || (!PARTY_LABELS.has(label) && label.endsWith('s'))) && text.charCodeAt(end) === 44 && /^,[ \t]{0,2}\p{Lu}/u.test(text.slice(end, end + 4))) continue;
    pairs.push({
      start,
      end,
      surnameEnd: start + surname.length,
      givenStart,
      givenEnd: givenStart + given.length,
      surnameListed: isHyphenatedSurname(surname) || isRecordNameWord(surname),
      givenListed: isGivenNameWord(given) || isRecordNameWord(given),
      secondOk: second === undefined || /^\p{Lu}\.?$/u.test(second) || isGivenNameWord(second) || isRecordNameWord(second),
    });
  }
  if (pairs.length === 0) return;
  const persons = spanReach(out.filter((d) => d.type === 'PERSON'));
  const others = spanReach(out.filter((d) => d.type !== 'PERSON'));
  // A person's span from at or before `from` to at or after `to`.
  const covered = (from: number, to: number): boolean => persons.endBefore(from + 1) >= to;
  const taken: Array<[number, number]> = [];
  for (const pair of pairs) {
    if (!pair.secondOk || others.endBefore(pair.end) > pair.start) continue;
    if (!(pair.surnameListed || covered(pair.start, pair.surnameEnd)) || !(pair.givenListed || covered(pair.givenStart, pair.givenEnd))) continue;
    if (covered(pair.start, pair.end)) continue;
    taken.push([pair.start, pair.end]);
  }
  if (taken.length === 0) return;
  // Drop the persons inside a pair taken (the pairs are in the text's order and do not overlap).
  const inside = (d: Detection): boolean => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((taken[mid] as [number, number])[0] <= d.start) lo = mid + 1;
      else hi = mid;
    }
    const range = taken[lo - 1];
    return range !== undefined && d.end <= range[1];
  };
  let kept = 0;
  for (const d of out) if (!(d.type === 'PERSON' && inside(d))) out[kept++] = d;
  out.length = kept;
  for (const [start, end] of taken) pushPerson(text, out, start, end);
}

/**
 * The surname in capitals before a given name masked on its own, `SURNAME, GIVEN` right after a
 * field's label in capitals at its line's start, as lab slips, orders and reports print the ordering,
 * referring or resulting clinician (L4 of probe 2026-12-05f: `ORDERING: BRIGHTWATER, ANSELM MD` masked
 * the listed given name and left the unlisted surname; an unknown word in capitals is read as an
 * acronym or a shout, no name, unless a cue says so): a word of three capitals or more, no frequent
 * word and no word kept out of names, joins the given name's span. The label is one to three words in
 * capitals and its colon, nothing else before it on the line.
 */
const CAPITAL_LABEL_SURNAME_BEFORE = /^[ \t]{0,4}[A-Z]{2,20}(?:[ \t][A-Z]{2,20}){0,2}[ \t]{0,2}:[ \t]{1,3}(\p{Lu}[\p{Lu}'’-]{2,30}), $/u;
/**
 * The same after a party's role (a relative, a customer, a CAD log's reporting party: ROLE_LABEL_SURNAME_BEFORE)
 * in any case, with or without its colon, anywhere on the line (`Mother: LINDQVIST, Agnes`, a CAD log's
 * `14:02:11 RP VANDERHOEVEN, LEOPOLD CB …`, `Customer OSTERGAARD, PHILIPPA`; L10 of probe-2026-12-05g).
 */
/** How far back surnameBeforeLabelledGiven reads a detection's line, and so how far it moves a start. */
const SURNAME_LINE_WINDOW = 72;

/**
 * `out.some((d) => d !== detection && d.start < detection.start && d.end > start)` for the
 * detections of surnameBeforeLabelledGiven, in O(log n) plus a bounded window instead of O(n) per
 * call (issue 11: one call per `ROLE SURNAME, Given` line made the rule quadratic on a hostile list
 * of such lines, 2.65x the time per doubling). Ends never change there and a start only moves
 * back, by at most SURNAME_LINE_WINDOW, and only `detection`'s own at its turn, so: a detection
 * that started before `detection` still does, and overlaps when its end is past `start` (the
 * largest end of those, by start, answers); one that started at or after it overlaps when it was
 * moved before it (its end is then past `start` anyway), and such a one started within
 * SURNAME_LINE_WINDOW of it.
 */
function overlapsBefore(out: readonly Detection[]): (detection: Detection, start: number) => boolean {
  const reach = spanReach(out);
  return (detection, start) => {
    if (reach.endBefore(detection.start) > start) return true;
    const { ordered, starts } = reach;
    for (let k = reach.firstAtOrAfter(detection.start); k < ordered.length && (starts[k] as number) <= detection.start + SURNAME_LINE_WINDOW; k++) {
      const d = ordered[k] as Detection;
      if (d !== detection && d.start < detection.start) return true;
    }
    return false;
  };
}
function surnameBeforeLabelledGiven(text: string, out: Detection[], l: NameLists): void {
  let overlaps: ((detection: Detection, start: number) => boolean) | undefined;
  for (const detection of out) {
    if (detection.type !== 'PERSON' || text.charCodeAt(detection.start - 2) !== 44) continue;
    // At most SURNAME_LINE_WINDOW characters back (a line start further back rules the detection out): a scan back
    // to the text's start for every detection on one long line was quadratic (issue 11).
    const lineStart = lineStartWithin(text, detection.start, SURNAME_LINE_WINDOW);
    if (lineStart === -1) continue;
    const before = text.slice(lineStart, detection.start);
    const surname = CAPITAL_LABEL_SURNAME_BEFORE.exec(before) ?? ROLE_LABEL_SURNAME_BEFORE.exec(before);
    if (surname === null) continue;
    const lower = (surname[1] as string).toLowerCase();
    if (l.frequent.has(lower) || NOT_NAMES.has(lower) || isTeamWord(lower, false) || INSTITUTION_WORDS.has(lower)) continue;
    const start = detection.start - 2 - (surname[1] as string).length;
    overlaps ??= overlapsBefore(out);
    if (overlaps(detection, start)) continue;
    detection.start = start;
    detection.normalized = text.slice(detection.start, detection.end).normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  }
}

/**
 * A list of firms after a label that names firms by their role in trade (`Auditors:`, `Carriers:`,
 * `Couriers:`, `Brokers:`, `Vendors:`, `Suppliers:`, `Lenders:`, `Insurers:`, `Airlines:`,
 * `Hotels:`, and the software a tool connects to, `Integrations:`, `Connectors:`, `Plugins:`, `Apps:`, `Tools:`,
 * `Data providers:` (O4 of the probe of 2026-12-05h), …; O1 and O6 of probe 2026-12-05f: `Auditors: Ernst & Young, Grant Thornton, Baker
 * Tilly`, `Carriers: …, Yang Ming, C.H. Robinson`, `Couriers: Olva Courier, Servientrega` were
 * masked as persons): in a list of three items or more, each of one to five words, up to the line's
 * or the sentence's end, an item the scan read as a person is the firm's name, unless a title leads
 * it (`Dr.`, `Mr`). A person named in prose after such a label (`Vendors: ask John Smith`) is no
 * list of short items and stays masked.
 */
const FIRM_LIST_LABEL = /(?:^|[\n.;|]\s{0,3})[ \t]*(?:our[ \t])?(?:auditors|carriers|couriers|vendors|suppliers|brokers|brokerages|lenders|insurers|underwriters|custodians|sponsors|manufacturers|distributors|retailers|airlines|shippers|forwarders|freight forwarders|shipping lines|hotels|hotel chains|brands|firms|companies|employers|competitors|exchanges|banks|integrations|connectors|plugins|add-ons|addons|apps|tools|products|platforms|data providers|data sources|data vendors)[ \t]{0,2}:[ \t]{0,3}/giu;
const mayHoldFirmListLabel = gatedTest(/(?:auditors|carriers|couriers|vendors|suppliers|brokers|brokerages|lenders|insurers|underwriters|custodians|sponsors|manufacturers|distributors|retailers|airlines|shippers|forwarders|shipping lines|hotels|hotel chains|brands|firms|companies|employers|competitors|exchanges|banks|integrations|connectors|plugins|add-ons|addons|apps|tools|products|platforms|data providers|data sources|data vendors)[ \t]{0,2}:/i);
const FIRM_LIST_SEPARATOR = /,[ \t]*|;[ \t]*|[ \t]+(?:and|y|e|und|et|or)[ \t]+/g;
function firmListItems(text: string, out: Detection[]): void {
  FIRM_LIST_LABEL.lastIndex = 0;
  for (let match = FIRM_LIST_LABEL.exec(text); match !== null; match = FIRM_LIST_LABEL.exec(text)) {
    const from = match.index + match[0].length;
    // The list's line, 400 characters at most, and the sentence's end in it, read no further: both
    // searches read on to the text's end for every label of one long line (quadratic; issue 11).
    // The window holds the character after `to`, what a full stop at `to - 1` is followed by.
    let to = lineEndUntil(text, from, from + 400);
    const window = text.slice(from, to + 1);
    const sentence = /[.!?](?:\s|$)/g;
    // A sentence's end, not an initial's dot (`C.H. Robinson`, `T. Rowe Price`).
    for (let end = sentence.exec(window); end !== null && from + end.index < to; end = sentence.exec(window)) {
      const index = from + end.index;
      if (!/(?:^|[^\p{L}])\p{Lu}$/u.test(text.slice(Math.max(from, index - 2), index))) {
        to = index;
        break;
      }
    }
    const items: Array<[number, number]> = [];
    let start = from;
    // The separators in a window that holds whatever one starting before `to` can read (blanks
    // across `to`, a word of three letters, blanks, the character that ends them): a search of the
    // whole text read on to its end for every label of a text with no separator (quadratic; issue 11).
    let reach = to;
    while (reach < text.length && (text.charCodeAt(reach) === 32 || text.charCodeAt(reach) === 9)) reach++;
    reach += 3;
    while (reach < text.length && (text.charCodeAt(reach) === 32 || text.charCodeAt(reach) === 9)) reach++;
    const list = text.slice(from, reach + 1);
    FIRM_LIST_SEPARATOR.lastIndex = 0;
    for (let separator = FIRM_LIST_SEPARATOR.exec(list); separator !== null && from + separator.index < to; separator = FIRM_LIST_SEPARATOR.exec(list)) {
      items.push([start, from + separator.index]);
      start = from + separator.index + separator[0].length;
    }
    items.push([start, to]);
    if (items.length < 3 || items.some(([a, b]) => b <= a || text.slice(a, b).trim().split(/[ \t]+/).length > 5)) continue;
    for (let k = out.length - 1; k >= 0; k--) {
      const detection = out[k] as Detection;
      if (detection.type !== 'PERSON' || detection.start < from || detection.end > to) continue;
      // A family-first reading across two items (`Robinson, Expeditors`) goes too.
      const itemStart = items.find(([a, b]) => detection.start >= a && detection.start < b)?.[0] ?? from;
      if (TITLE_BEFORE.test(text.slice(Math.max(itemStart, detection.start - 8), detection.start))) continue;
      out.splice(k, 1);
    }
    FIRM_LIST_LABEL.lastIndex = Math.max(FIRM_LIST_LABEL.lastIndex, to);
  }
}

/**
 * The products and firms a tool connects to, after a noun or a verb of integrating and `with`, `to` or `for`
 * with no colon (`Integrations with Thomson Reuters and Lexis Nexis`, `The app integrates with Lexis Nexis,
 * Thomson Reuters and Bloomberg Law`, `Connectors for Quinto Ledger`; O4 of the probe of 2026-12-05h: the two
 * data vendors were masked as persons): the items joined by `,`, `and`, `&` or `or` that are capitalized
 * words only (one to five; a number, `&`, `.` and `-` inside), up to the first item that is not or the
 * sentence's end, are things, unless a title leads one. A possessive ends the list before its item
 * (`Integrated with Maria Garcia's calendar` is hers), and so does a lower-case word (`… were set up by
 * Thandiwe Mokoena`: what follows is read as before). One pass: each lead reads at most 200 characters and the
 * scan goes on after them.
 */
const INTEGRATION_LEAD = /(?<![\p{L}\p{N}])(?:integrations?|integrat(?:es|ed|ing)|connectors?|plugins?)[ \t]{1,2}(?:with|to|for)[ \t]{1,2}/giu;
const mayHoldIntegrationLead = gatedTest(/integrat|connector|plugin/i);
const INTEGRATION_ITEM = /^(?:\p{Lu}[\p{L}\p{N}.&-]*|\d[\p{L}\p{N}.-]*)(?:[ \t](?:\p{Lu}[\p{L}\p{N}.&-]*|\d[\p{L}\p{N}.-]*|&)){0,4}/u;
const INTEGRATION_JOIN = /^(?:,[ \t]{0,2}(?:and[ \t]{1,2}|or[ \t]{1,2})?|[ \t]{1,2}(?:and|or|&)[ \t]{1,2})/;
function integrationItems(text: string, out: Detection[]): void {
  INTEGRATION_LEAD.lastIndex = 0;
  for (let match = INTEGRATION_LEAD.exec(text); match !== null; match = INTEGRATION_LEAD.exec(text)) {
    const from = match.index + match[0].length;
    const window = text.slice(from, from + 200);
    const items: Array<[number, number]> = [];
    let at = 0;
    for (;;) {
      const item = INTEGRATION_ITEM.exec(window.slice(at));
      if (item === null) break;
      const end = at + item[0].length;
      // A possessive (`Maria Garcia's`) or a lower-case word right after the capitalized words ends the list before this item.
      const next = window.slice(end, end + 2);
      if (/^['’]/.test(next) || (/^[ \t]\p{Ll}/u.test(next) && !/^[ \t](?:and|or)[ \t]/.test(window.slice(end, end + 5)))) {
        if (/^[ \t](?:are|is|were|was|have|has|go|went|live|enabled|on|in|for|since|to)(?![\p{L}])/u.test(window.slice(end, end + 9))) items.push([from + at, from + end]);
        break;
      }
      items.push([from + at, from + end]);
      const join = INTEGRATION_JOIN.exec(window.slice(end));
      if (join === null) break;
      at = end + join[0].length;
    }
    for (let k = out.length - 1; k >= 0; k--) {
      const detection = out[k] as Detection;
      if (detection.type !== 'PERSON') continue;
      const item = items.find(([a, b]) => detection.start >= a && detection.end <= b);
      if (item === undefined || TITLE_BEFORE.test(text.slice(Math.max(item[0], detection.start - 8), detection.start))) continue;
      out.splice(k, 1);
    }
    INTEGRATION_LEAD.lastIndex = Math.max(INTEGRATION_LEAD.lastIndex, from + Math.min(window.length, 200));
  }
}

/**
 * A romanised Chinese name written surname first with the surname in capitals, as passports,
 * hotels' police registrations and airlines print it, when the surname has two letters (`LI
 * Zhiqiang`, `WU Xiaoming`, `HE Jianhua`; L7 of probe 2026-12-05f: `name LI Zhiqiang` stored raw,
 * `LI Wei` masked `Wei` alone): two capitals are read as an acronym (`LI` is HTML's list item), so
 * the run stopped there. The surname is one of the common Chinese surnames of two letters in Hanyu
 * Pinyin; the given name after one blank is capitalized and in lower case after its first letter,
 * and spells one to three pinyin syllables (PINYIN_NAME), no place of PLACES, no frequent English
 * word. One syllable only when the lists already hold it as a given name or a detection covers it
 * (`LI Wei`, `LI Na`): two syllables or more otherwise (`LI Zhiqiang`). The given name's detection,
 * if any, takes the surname in.
 */
const SHORT_PINYIN_SURNAME = /(?<![\p{L}\p{N}])(LI|WU|XU|HU|HE|MA|LU|YU|GU|DU|FU|SU|YE|QI|JI|MU|XI|YI|BI|LV|OU)[ \t](\p{Lu}\p{Ll}{1,14})(?![\p{L}\p{N}])/gu;
const mayHoldShortPinyinSurname = gatedTest(/(?:LI|WU|XU|HU|HE|MA|LU|YU|GU|DU|FU|SU|YE|QI|JI|MU|XI|YI|BI|LV|OU)[ \t][A-Z][a-z]/);
/** One Hanyu Pinyin syllable without tones: an initial (or none) and a final. */
const PINYIN_SYLLABLE = '(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|v)|er)';
const PINYIN_NAME = new RegExp(`^(${PINYIN_SYLLABLE})(${PINYIN_SYLLABLE})?(${PINYIN_SYLLABLE})?$`);
function shortPinyinSurnames(text: string, out: Detection[], l: NameLists): void {
  SHORT_PINYIN_SURNAME.lastIndex = 0;
  // Whether a detection covers or overlaps a match, asked once per match: the grid answers from the detections
  // near it (a walk of `out` per match made `LI Wei, LI Wei, …` quadratic: 2.32x the work for twice the text).
  // A covering person widened to the surname stays in its blocks: later matches start after the widened part.
  const grid = new SpanGrid(out);
  for (let match = SHORT_PINYIN_SURNAME.exec(text); match !== null; match = SHORT_PINYIN_SURNAME.exec(text)) {
    const given = match[2] as string;
    const lower = given.toLowerCase();
    const syllables = PINYIN_NAME.exec(lower);
    if (syllables === null || englishWord(lower, l) || l.stop.has(lower) || NOT_NAMES.has(lower)) continue;
    const start = match.index;
    const givenStart = start + match[0].length - given.length;
    const end = start + match[0].length;
    const covering = grid.find(givenStart, end, true, 'PERSON');
    if (covering !== undefined) {
      if (covering.start > start) {
        covering.start = start;
        covering.normalized = text.slice(covering.start, covering.end).normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
      }
      continue;
    }
    if (syllables[2] === undefined && !l.first.has(lower)) continue;
    if (grid.find(start, end, false) !== undefined) continue;
    pushPerson(text, out, start, end);
  }
}

/**
 * An initial and a surname after a proof-of-delivery or signing cue (L14 of the probe of
 * 2026-12-04g: `POD: Signed by F. OTTERBURY at 14:02`, `Delivered, signed: Q BELLWICK`, `Received by:
 * Q. Bellwick` were raw): the surname in capitals or capitalized, not a frequent English word.
 */
const SIGNED_INITIAL_SURNAME = /(?:^|[^\p{L}])(?:(?:[Ss]igned|SIGNED)(?:[ \t]+(?:by|for|BY|FOR))?|(?:[Rr]eceived|RECEIVED|[Aa]ccepted|ACCEPTED|[Cc]ollected|COLLECTED)[ \t]+(?:by|BY)|POD)[ \t]*[:\-]?[ \t]*((?:\p{Lu}(?:\.[ \t]?|[ \t])){1,2})(\p{Lu}\p{Ll}[\p{Ll}'’-]+|\p{Lu}{2}[\p{Lu}'’-]+)(?![\p{L}])/gu;
// Who or where a parcel was left with, written like a surname after a signing cue (`Signed by: R. MAILROOM`).
const DELIVERY_PLACES: ReadonlySet<string> = new Set(['neighbour', 'neighbor', 'neighbours', 'neighbors', 'reception', 'receptionist', 'mailroom', 'concierge', 'front', 'desk', 'safe', 'porch', 'door', 'doorstep', 'doorman', 'customer', 'resident', 'tenant', 'security', 'office', 'staff', 'manager', 'driver', 'courier', 'parcel', 'locker', 'garage', 'shed', 'lobby', 'guard', 'porter', 'janitor', 'mailbox', 'letterbox', 'backdoor', 'side', 'rear', 'owner', 'occupant', 'recipient', 'agent', 'warehouse', 'dock', 'store', 'shop', 'clerk', 'nurse', 'pharmacist', 'family', 'spouse', 'wife', 'husband', 'son', 'daughter', 'unknown', 'contactless', 'signature']);
function signedInitialSurname(text: string, out: Detection[], l: NameLists): void {
  SIGNED_INITIAL_SURNAME.lastIndex = 0;
  for (let match = SIGNED_INITIAL_SURNAME.exec(text); match !== null; match = SIGNED_INITIAL_SURNAME.exec(text)) {
    const initials = match[1] as string;
    const surname = match[2] as string;
    if (surname.length < 3 || l.frequent.has(surname.toLowerCase()) || DELIVERY_PLACES.has(surname.toLowerCase())) continue;
    const end = match.index + match[0].length;
    const start = end - surname.length - initials.length;
    if (out.some((d) => d.start < end && d.end > start)) continue;
    pushPerson(text, out, start, end);
  }
}

/**
 * The parties named in a court filing's caption (L2 of the probe of 2026-12-04g: `JORVIK PALLADINE,
 * Plaintiff,` over `v.` and `SERAPHINA KEELWORTH, Defendant.` were stored raw): the name before
 * `, Plaintiff` (`Defendant`, `Petitioner`, `Respondent`, `Appellant`, `Appellee`) at a line's start.
 * A party that names a state, a government or a firm stays (`STATE OF OHIO`, `ACME CORP.`). A case's
 * name in a citation (`Bellwick v. Halversham, 512 F.3d 101`) is left readable as public record
 * (CASE_NAME_AFTER), a decision this rule does not change.
 */
const CASE_NOT_PERSON = /^(?:the[ \t]+)?(?:state|states|united|people|commonwealth|city|county|town|village|government|department|commissioner|secretary|attorney|board|republic|kingdom|crown|regina|rex|u\.s\.|usa)(?![\p{L}])|(?:inc|corp|corporation|co|company|llc|ltd|plc|bank|group|holdings|association|union|university|hospital|insurance)\.?$/iu;
const CAPTION_PARTY = /(?:^|\n)[ \t]*((?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3}\p{Lu}[\p{L}'’.-]*),[ \t]*\r?\n?[ \t]*(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Appellants?|Appellees?|PLAINTIFFS?|DEFENDANTS?|PETITIONERS?|RESPONDENTS?)(?![\p{L}])/gu;
/** ` v. `, ` vs. ` between the parties of a case, or `In re` before its one party. */
const CASE_JOINT = /[ \t](?:v|vs)\.?[ \t]+(?=\p{Lu})|(?<![\p{L}\p{N}])In re[ \t]+(?=\p{Lu})/gu;
/** The first party: up to four capitalized words ending right before ` v. `. */
const PARTY_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])((?:\p{Lu}[\p{L}'’.-]*[ \t]){0,3}\p{Lu}[\p{L}'’.-]*,?)$/u;
/** The second party: capitalized words, and `of`, `the`, `and`, `&` inside (`Board of Education`). */
const PARTY_AFTER = /^\p{Lu}[\p{L}'’.-]*(?:[ \t](?:\p{Lu}[\p{L}'’.-]*|of|the|and|&)){0,5}/u;
/** A reporter citation after the parties: volume, reporter, page (`, 512 F.3d 101`, `, 12 Cal. 4th 55`, `(2011) 51 Cal.4th 1`, `, 2026 WL 441201`, `, 2019-Ohio-442`). */
const REPORTER_AFTER = /^,?[ \t]{1,3}(?:\(\d{4}\)[ \t]{1,3})?(?:\d{1,4}[ \t][A-Z][A-Za-z.]{0,9}(?:[ \t]?(?:[A-Z][A-Za-z.]{0,9}|\d[a-z]{1,2})){0,3}[ \t]\d{1,6}|\d{4}-[A-Z][a-z]{1,9}-\d{1,6})/;
/** A government as a party (`State`, `People`, `United States`, `Commonwealth`, `State of Ohio`). */
const GOVERNMENT_PARTY = /^(?:the )?(?:State|STATE|People|PEOPLE|United States|UNITED STATES|Commonwealth|COMMONWEALTH|Government|Crown|The Queen|The King|R|Regina|Rex|(?:State|People|Commonwealth|City|County|Town|Village|District|Territory|Republic|Kingdom) of [\p{L} .]+|(?:STATE|PEOPLE|COMMONWEALTH) OF [\p{Lu} .]+)(?: of America)?$/u;
/** Signals and words of a sentence before a case's first party (`See`, `Cf.`, `In`, `Under`). */
const CASE_SIGNALS = new Set('see cf cf. compare accord but also contra in under per citing following and the e.g. e.g., as id. id'.split(' '));
/** Words of an organisation, an agency or an office: such a party stays readable. */
const ORGANISATION_PARTY = /(?:^|[ \t])(?:Inc|Corp|Corporation|LLC|LLP|L\.L\.C|Ltd|Co|Company|Companies|Board|Department|Dept|Agency|Commission|Commissioner|Bureau|Authority|University|College|Bank|Association|Union|Office|Service|Services|Administration|School|Schools|District|Council|Committee|Trust|Hospital|Institute|Society|Foundation|Group|Partners|Insurance|County|City|Town|Secretary|Government|Republic|Attorney|Sheriff|Warden|Director|Court|Church|Holdings|Industries|Bancorp|Systems|Technologies|Labs|Motors|Airlines|Railroad|Railway|Estate|Grand|Jury|Subpoena|Matter|Application|Petition)\b\.?/u;

/**
 * The parties of a case named in a citation (L2 of the seventh probe of 2026-12-04; issue 11): a
 * party to litigation is personal data (GDPR Art. 4(1), criminal matters Art. 10), so a person-like
 * party of `X v. Y` before a reporter citation (`Bellwick v. Halversham, 512 F.3d 101`), and the
 * party of `State v. X`, `People v. X`, `United States v. X`, `Commonwealth v. X` or `In re X`
 * with or without one, is masked. Governments and organisations stay (`Brown v. Board of
 * Education`: `Brown` only; `Acme Corp. v. Globex Inc.`), and so does a case named without a
 * citation (`Baker v. Carr`, `Roe v Wade was overturned`): decide's CASE_NAME_AFTER keeps those.
 */
function citedCaseParties(text: string, out: Detection[], l: NameLists): void {
  for (const match of text.matchAll(CASE_JOINT)) {
    const at = match.index as number;
    const rightStart = at + match[0].length;
    const right = PARTY_AFTER.exec(text.slice(rightStart, rightStart + 96))?.[0].replace(/[.,]+$/, '');
    if (right === undefined) continue;
    const cited = REPORTER_AFTER.test(text.slice(rightStart + right.length, rightStart + right.length + 48).replace(/^\.+/, ''));
    if (match[0].startsWith('In')) {
      if (personLikeParty(right, l)) pushPerson(text, out, rightStart, rightStart + right.length);
      continue;
    }
    const leftMatch = PARTY_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
    if (leftMatch === null) continue;
    let left = (leftMatch[1] as string).replace(/,$/, '');
    // Drop a citation signal or a sentence's word before the first party (`See Bellwick`).
    for (let space = left.indexOf(' '); space > 0 && CASE_SIGNALS.has(left.slice(0, space).toLowerCase()); space = left.indexOf(' ')) left = left.slice(space + 1);
    if (CASE_SIGNALS.has(left.toLowerCase())) continue;
    const government = GOVERNMENT_PARTY.test(left);
    if (!cited && !government) continue;
    const leftEnd = at - (leftMatch[1] as string).length + (leftMatch[1] as string).replace(/,$/, '').length;
    if (!government && personLikeParty(left, l)) pushPerson(text, out, leftEnd - left.length, leftEnd);
    if (!GOVERNMENT_PARTY.test(right) && personLikeParty(right, l)) pushPerson(text, out, rightStart, rightStart + right.length);
  }
}

/** A party that reads as a person: no organisation's or government's word, and a word the lists hold as a name or lack. */
function personLikeParty(party: string, l: NameLists): boolean {
  if (GOVERNMENT_PARTY.test(party) || ORGANISATION_PARTY.test(party)) return false;
  const words = party.split(/[ \t]+/).filter((word) => /^\p{Lu}/u.test(word));
  if (words.length === 0 || words.length > 4) return false;
  return words.some((word) => {
    const lower = word.replace(/[.'’]+$/, '').toLowerCase();
    const allCaps = word === word.toUpperCase();
    return kindOf(lower, true, allCaps, l) !== 'W' || (allCaps && (l.first.has(lower) || l.last.has(lower) || !l.frequent.has(lower)));
  });
}

function captionParties(text: string, out: Detection[]): void {
  CAPTION_PARTY.lastIndex = 0;
  for (let match = CAPTION_PARTY.exec(text); match !== null; match = CAPTION_PARTY.exec(text)) {
    const party = match[1] as string;
    const start = match.index + match[0].indexOf(party);
    const end = start + party.length;
    if (CASE_NOT_PERSON.test(party) || out.some((d) => d.type === 'PERSON' && d.start <= start && d.end >= end)) continue;
    for (let k = out.length - 1; k >= 0; k--) {
      const d = out[k] as Detection;
      if (d.type === 'PERSON' && d.start >= start && d.end <= end) out.splice(k, 1);
    }
    pushPerson(text, out, start, end);
  }
}

/**
 * A display name written `Surname, Given` without quotes where only a person's name stands (L6 of
 * the twelfth probe, 2026-12-05e: Outlook's quoted header `To: Lindqvist, Soren <…>` masked only
 * the given name, Teams' WebVTT voice `<v Raghunathan, Priyamvada>` neither, when the lists lack
 * the surname): in a mail header's address list (`From:`, `To:`, `Cc:`, `Bcc:`, `Reply-To:`,
 * `Sender:` at a line's start, a quote's `>` allowed) each entry of two capitalized words joined
 * by a comma (an initial allowed after them) that ends at an address in angle brackets, a `;`
 * or the line's end; and a WebVTT voice tag's name (`<v Surname, Given>`, `<v.loud …>`). Each word
 * a name word of a record (isRecordNameWord: listed, or unknown and no frequent English word) and
 * the pair of personWords (`Sales, Marketing`, `Support, Billing` stay). Gated by `:` or `<v`.
 */
const HEADER_ADDRESS_LINE = /(?:^|\n)[ \t>]{0,8}(?:from|to|cc|bcc|reply-to|sender)[ \t]{0,2}:[ \t]{0,4}([^\n]{1,2000})/gi;
/**
 * The address labels of mail clients in German, French, Spanish, Portuguese, Italian, Dutch,
 * Polish, Turkish and the Nordic languages (`Von:`, `An:`, `De :`, `À :`, `Para:`, `Da:`, `A:`,
 * `Van:`, `Aan:`, `Od:`, `Do:`, `DW:`, `Kimden:`, `Kime:`, `Bilgi:`, `Från:`, `Till:`, `Fra:`,
 * `Til:`, `Kopie:`, `Cci:`, `CCO:`, `Ccn:`), read only in a text that holds another line of a
 * localized header (MAIL_HEADER_COMPANION: a subject's or sending date's label of those languages),
 * since `A:`, `Do:`, `An:` are words elsewhere (L6 of the twelfth probe, 2026-12-05e, open part).
 */
const FOREIGN_HEADER_ADDRESS_LINE = /(?:^|\n)[ \t>]{0,8}(?:von|an|kopie|blindkopie|de|à|a|para|da|van|aan|od|do|dw|udw|kimden|kime|bilgi|gizli|från|till|kopia|fra|til|kopi|cci|cco|ccn|antwort an|répondre à|responder a|rispondi a|antwoord aan)[ \t]{0,2}:[ \t]{0,4}([^\n]{1,2000})/giu;
const MAIL_HEADER_COMPANION = /(?:^|\n)[ \t>]{0,8}(?:betreff|gesendet|datum|objet|envoyé|date|asunto|enviado(?: el)?|fecha|assunto|data|oggetto|inviato|onderwerp|verzonden|temat|wysłano|konu|tarih|gönderildi|gönderilme tarihi|ämne|skickat|emne|sendt|subject|sent)[ \t]{0,2}:/iu;
const HEADER_FAMILY_FIRST = /(?:^|[;,][ \t]{0,4})(\p{Lu}[\p{L}\p{M}'’-]{1,30},[ \t]\p{Lu}[\p{L}\p{M}'’-]{1,30}(?:[ \t]\p{Lu}\.?)?)(?=[ \t]{0,2}(?:<[^\s<>@"]{1,64}@|\[mailto:)|[ \t]*(?:;|\r?$))/gu;
const VOICE_FAMILY_FIRST = /<v(?:\.[\w.-]{1,40})?[ \t]{1,4}(\p{Lu}[\p{L}\p{M}'’-]{1,30},[ \t]\p{Lu}[\p{L}\p{M}'’-]{1,30}(?:[ \t]\p{Lu}\.?)?)[ \t]*>/gu;
/** FOREIGN_HEADER_ADDRESS_LINE's one-word labels that the lists hold as names (`Para`, `Kime`, `Van`, `Da`, `De`, `Do`, `An`, `Od`, `Fra`, `Til`). */
const FOREIGN_HEADER_LABELS = new Set(['von', 'an', 'kopie', 'de', 'para', 'da', 'van', 'aan', 'od', 'do', 'kimden', 'kime', 'bilgi', 'gizli', 'från', 'till', 'kopia', 'fra', 'til', 'kopi', 'betreff', 'gesendet', 'datum', 'objet', 'asunto', 'enviado', 'fecha', 'assunto', 'data', 'oggetto', 'inviato', 'onderwerp', 'verzonden', 'temat', 'konu', 'tarih', 'emne', 'sendt']);
/** Weekdays that German and Turkish write with a capital, after a localized header's date label (`Gesendet: Montag, 1. Dezember 2026`; `Montag` is a listed surname). */
const HEADER_WEEKDAYS = new Set(['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar']);
const HEADER_DATE_LABEL_BEFORE = /(?:^|\n)[ \t>]{0,8}(?:gesendet|datum|date|envoyé|enviado(?: el)?|fecha|data|inviato|verzonden|wysłano|tarih|gönderildi|skickat|sendt|sent)[ \t]{0,2}:[ \t]{0,4}$/iu;
let companionText: string | undefined;
let companionFound = false;
/** Whether `text` holds a localized mail header's subject or date line (MAIL_HEADER_COMPANION), once per text. */
function mailHeaderText(text: string): boolean {
  if (companionText !== text) {
    companionText = text;
    companionFound = MAIL_HEADER_COMPANION.test(text);
  }
  return companionFound;
}
/**
 * A one-word run that is a localized mail header's label at its line's start (`Para: …`, `Kime:
 * …`: listed surnames read as a chat's speaker) or a capitalized weekday after its date label
 * (`Gesendet: Montag, …`), in a text with such a header (L6 of the twelfth probe, open part).
 */
function localizedHeaderWord(text: string, word: Token, before: string): boolean {
  const lower = word.lower;
  if (HEADER_WEEKDAYS.has(lower)) return HEADER_DATE_LABEL_BEFORE.test(before) && mailHeaderText(text);
  if (!FOREIGN_HEADER_LABELS.has(lower) || !/(?:^|\n)[ \t>]{0,8}$/.test(before) || !/^[ \t]{0,2}:/.test(text.slice(word.end, word.end + 4))) return false;
  return mailHeaderText(text);
}
/** Whether `value` (`Surname, Given` with an initial or none) reads as a person's name where a display name stands. */
function displayFamilyFirst(value: string, l: NameLists): boolean {
  const words = value.split(/,?[ \t]/).filter((word) => word.length > 2 || !/^\p{Lu}\.?$/u.test(word));
  return words.length === 2 && words.every((word) => isRecordNameWord(word)) && personWords(value, l);
}
/**
 * A list of `Surname, Given` entries joined by commas only (`To: Lindqvist, Soren, Raghunathan,
 * Priyamvada`): two capitalized words or more in pairs, the whole list, every pair read as
 * displayFamilyFirst reads one (L6 of the twelfth probe, open part). Bounded: one anchored test.
 */
const COMMA_ONLY_PAIRS = /^(?:\p{Lu}[\p{L}\p{M}'’-]{1,30},[ \t]\p{Lu}[\p{L}\p{M}'’-]{1,30},[ \t]){1,40}\p{Lu}[\p{L}\p{M}'’-]{1,30},[ \t]\p{Lu}[\p{L}\p{M}'’-]{1,30}[ \t]*\r?$/u;
/** The `Surname, Given` entries of one header's address list (`list` starts at `listStart` in `text`). */
function headerFamilyFirstList(text: string, list: string, listStart: number, out: Detection[], l: NameLists): void {
  HEADER_FAMILY_FIRST.lastIndex = 0;
  for (let m = HEADER_FAMILY_FIRST.exec(list); m !== null; m = HEADER_FAMILY_FIRST.exec(list)) {
    const value = m[1] as string;
    if (!displayFamilyFirst(value, l)) continue;
    const start = listStart + m.index + m[0].length - value.length;
    pushPerson(text, out, start, start + value.length);
  }
  if (list.length > 400 || !COMMA_ONLY_PAIRS.test(list)) return;
  const words = /\p{Lu}[\p{L}\p{M}'’-]{1,30}/gu;
  const found: Array<[number, number]> = [];
  let pair: RegExpExecArray[] = [];
  for (let w = words.exec(list); w !== null; w = words.exec(list)) {
    pair.push(w);
    if (pair.length < 2) continue;
    const [a, b] = pair as [RegExpExecArray, RegExpExecArray];
    pair = [];
    const value = list.slice(a.index, b.index + b[0].length);
    if (!displayFamilyFirst(value, l)) return;
    found.push([listStart + a.index, listStart + b.index + b[0].length]);
  }
  for (const [start, end] of found) pushPerson(text, out, start, end);
}
function displayFamilyFirstNames(text: string, out: Detection[], l: NameLists): void {
  if (text.indexOf(':') !== -1 && text.indexOf(', ') !== -1) {
    HEADER_ADDRESS_LINE.lastIndex = 0;
    for (let line = HEADER_ADDRESS_LINE.exec(text); line !== null; line = HEADER_ADDRESS_LINE.exec(text)) {
      const list = line[1] as string;
      const listStart = line.index + line[0].length - list.length;
      headerFamilyFirstList(text, list, listStart, out, l);
    }
    if (MAIL_HEADER_COMPANION.test(text)) {
      FOREIGN_HEADER_ADDRESS_LINE.lastIndex = 0;
      for (let line = FOREIGN_HEADER_ADDRESS_LINE.exec(text); line !== null; line = FOREIGN_HEADER_ADDRESS_LINE.exec(text)) {
        const list = line[1] as string;
        headerFamilyFirstList(text, list, line.index + line[0].length - list.length, out, l);
      }
    }
  }
  if (text.indexOf('<v') !== -1) {
    VOICE_FAMILY_FIRST.lastIndex = 0;
    for (let m = VOICE_FAMILY_FIRST.exec(text); m !== null; m = VOICE_FAMILY_FIRST.exec(text)) {
      const value = m[1] as string;
      if (!displayFamilyFirst(value, l)) continue;
      const start = m.index + m[0].indexOf(value, 2);
      pushPerson(text, out, start, start + value.length);
    }
  }
}

function familyFirstInContext(text: string, out: Detection[], l: NameLists): void {
  displayFamilyFirstNames(text, out, l);
  if (text.includes('<') && text.includes('"')) {
    QUOTED_FAMILY_FIRST.lastIndex = 0;
    for (let m = QUOTED_FAMILY_FIRST.exec(text); m !== null; m = QUOTED_FAMILY_FIRST.exec(text)) {
      if (personWords(m[1] as string, l)) pushPerson(text, out, m.index + 1, m.index + 1 + (m[1] as string).length);
    }
  }
  if (text.includes('@') || text.includes('+')) {
    MENTION_FAMILY_FIRST.lastIndex = 0;
    for (let m = MENTION_FAMILY_FIRST.exec(text); m !== null; m = MENTION_FAMILY_FIRST.exec(text)) {
      if (personWords(m[1] as string, l)) pushPerson(text, out, m.index + 1, m.index + 1 + (m[1] as string).length);
    }
  }
  if (text.includes('CN=')) {
    ICAL_COMMON_NAME.lastIndex = 0;
    for (let m = ICAL_COMMON_NAME.exec(text); m !== null; m = ICAL_COMMON_NAME.exec(text)) {
      const value = (m[1] ?? m[2]) as string;
      const words = value.split(/[ ,]+/).filter((word) => word.length > 0);
      if (/\d|@/.test(value) || words.length > 5 || !personWords(value, l)) continue;
      const start = m.index + m[0].length - value.length - (m[1] === undefined ? 0 : 1);
      pushPerson(text, out, start, start + value.length);
    }
  }
  if (text.includes('(') && text.includes(', ')) {
    LAST_FIRST_LABEL.lastIndex = 0;
    for (let m = LAST_FIRST_LABEL.exec(text); m !== null; m = LAST_FIRST_LABEL.exec(text)) {
      const value = m[1] as string;
      const start = m.index + m[0].length - value.length;
      pushPerson(text, out, start, start + value.length);
    }
  }
  if (text.includes('., ')) {
    SURNAME_DOT_LIST.lastIndex = 0;
    for (let m = SURNAME_DOT_LIST.exec(text); m !== null; m = SURNAME_DOT_LIST.exec(text)) {
      const list = m[0];
      if (LETTER_TAKER_BEFORE.test(`${list.slice(0, list.indexOf(' '))} `)) continue;
      const items = [...list.matchAll(SURNAME_DOT_ITEM)];
      if (items.some((item) => { const word = item[0].slice(0, item[0].indexOf(' ')).toLowerCase(); return l.frequent.has(word) || LETTER_TAKER_BEFORE.test(`${word} `); })) continue;
      for (const item of items) pushPerson(text, out, m.index + (item.index as number), m.index + (item.index as number) + item[0].length);
    }
  }
}

/** `St.`, `Ste.`, `Ft.`, `Mt.`, `Pt.` (Saint, Fort, Mount, Point) right before a run: a place's name (`St. Louis`, `Ft. Lauderdale`, `Mt. Vernon`). */
const PLACE_ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(?:St|Ste|Ft|Mt|Pt)\.[ \t]?$/u;
/** A holiday's `Day` (and `Jr.` before it) right after a run: `Columbus Day`, `Martin Luther King Jr. Day`. */
const HOLIDAY_AFTER = /^(?:,? Jr\.?)? Day(?![\p{L}])/u;
const JR_DAY_AFTER = /^\.? Day(?![\p{L}])/u;
/** A procedure's or a sign's noun right after an eponym (`Nissen fundoplication`, `Whipple procedure`, `Tommy John surgery` among EPONYM_PROCEDURES). */
const EPONYM_NOUN_AFTER = /^ (?:procedure|fundoplication|repair|reconstruction|technique|maneuver|manoeuvre|classification|criteria|score|scale|sign|reflex|syndrome|incision|stitch|suture|shunt|catheter|graft|flap|operation)(?![\p{L}])/iu;
/** Procedures named after a person with a noun that a patient's name also takes (`surgery`): read as a phrase. */
const EPONYM_PROCEDURES = new Set(['tommy john']);
/**
 * A part of the body, a tissue or a lesion named after someone, by its noun right after the
 * eponym, possessive or not (O5 of the probe of 2026-12-04f: `Achilles tendon`, `Barrett
 * esophagus`, `Peyer's patches`, `Wharton jelly`, `Zenker diverticulum`, `Morton neuroma`).
 */
// Nouns that are also verbs of a person's (`patches`, `spots`, `fractures`) count after a possessive only (`Peyer's patches`).
const ANATOMY_NOUN_AFTER = /^(?:['’]s? (?:patch(?:es)?|spots?|fractures)|(?:['’]s?)? (?:tendons?|o?esophagus|ligaments?|ducts?|canals?|glands?|membranes?|capsules?|bursae?|ganglia|ganglion|nerves?|artery|arteries|fascia|pouch|triangle|tubes?|valves?|nodes?|nodules?|fib(?:er|re)s|corpuscles?|sinus(?:es)?|jelly|crypts?|plexus|papillae?|ampulla|diverticulum|neuroma|hernia|ulcers?|tumou?rs?|lymphoma|sarcoma|cysts?|fracture|palsy|aphasia|phenomenon|contracture|encephalopathy|anomaly|disease|lesions?))(?![\p{L}])/iu;
/** `Morbus` (German and Latin for disease) before an eponym: `Morbus Crohn`, `Morbus Bechterew`. */
const MORBUS_BEFORE = /(?:^|[^\p{L}])Morbus[ \t]$/u;
/** Brands named with an honorific (`Dr. Pepper`, `Mrs. Fields`, `Mr. Coffee`, `Uncle Ben`), by the honorific that belongs to each. */
const TITLED_BRANDS = new Map<string, string>([
  ['pepper', 'dr'], ['tussauds', 'madame'], ['martens', 'dr'], ['scholl', 'dr'], ['oetker', 'dr'], ['bronner', 'dr'], ['fields', 'mrs'], ['butterworth', 'mrs'], ['coffee', 'mr'], ['clean', 'mr'], ['muscle', 'mr'], ['ben', 'uncle'],
]);
const BRAND_TITLE_BEFORE = /(?:^|[^\p{L}])(Dr|Mrs|Mr|Uncle)\.?[ \t]$/u;
/** The US government-sponsored mortgage and student-loan agencies, named like persons; as a whole run only (`Fannie Mae Johnson` is a person). */
const AGENCIES = new Set(['fannie mae', 'freddie mac', 'ginnie mae', 'sallie mae', 'farmer mac']);
/**
 * A named storm (O2 of the probe of 2026-12-04f): `Hurricane Milton`, `Typhoon Haiyan`, `Cyclone
 * Gabrielle`, `Tropical Storm Debby`, `Winter Storm Elliott` (the WMO's and national weather
 * services' naming); `Storm` alone leads a storm's name too (`Storm Ciarán`), unless a greeting
 * before it or a person's verb after it says it is a given name (`Dear Storm Vlintuk`, `Storm
 * Vlintuk called`).
 */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'tropical', 'winter', 'storm', 'superstorm', 'tempête', 'sturm', 'orkan', 'tormenta', 'huracán', 'tifón']);
const STORM_WORD_BEFORE = /(?:^|[^\p{L}])(?:[Hh]urricane|[Tt]yphoon|[Cc]yclone|[Tt]ropical [Ss]torm|[Ww]inter [Ss]torm|[Tt]ropical [Dd]epression)[ \t]$/u;
/**
 * A building, room, ward, memorial, prize or instrument named after a person, written with `the`
 * before the name and its noun after it (O3 of the probe of 2026-12-04f: `the Lincoln Memorial`,
 * `the Nobel Prize`, `the James Webb Space Telescope`, `the Marie Curie ward`, `the Ada Lovelace
 * meeting room`). Capitalized `Hall`, `Wing`, `Ward`, `Park` and `Field` are surnames as often,
 * so they count in lower case only; without `the` (`Patient Qxaro Vlintuk room 12`) a name stays, but a place's or
 * another stop word's name before a memorial's or a building's head in the run is the place (`Lincoln Memorial`:
 * PLACE_NAMED_HEADS).
 */
/**
 * A place's branch or office (O6 of the probe of 2026-12-04f: `Call our Dayton branch`, `{ name:
 * 'Dayton Branch' }`): one word before `branch`, `office`, `location`, `outlet` or `depot`. A listed
 * given name before a capitalized `Branch` is a person (`Michelle Branch`).
 */
const BRANCH_WORDS = new Set(['branch', 'branches', 'office', 'offices', 'location', 'outlet', 'depot', 'warehouse', 'franchise']);
const BRANCH_AFTER = /^ (?:branch|branches|office|offices|location|outlet|depot|warehouse|franchise)(?![\p{L}])/iu;
/**
 * Doctrines, plans, treaties and acts named after a person, with `the` before the run (`the Monroe
 * Doctrine`, `the Marshall Plan`), and estimators, inventories and the like without it (`Kaplan
 * Meier estimator`, `Myers Briggs inventory`): O2 of the probe of 2026-12-04g.
 */
const DOCTRINE_AFTER = /^(?:['’]s)? (?:[Dd]octrines?|[Pp]lan|[Tt]reaty|[Aa]ccords?|[Aa]mendment|[Aa]ct|[Pp]roclamation)(?![\p{L}])/u;
const TECHNICAL_EPONYM_AFTER = /^(?:['’]s)? (?:estimators?|inventory|paradox|hypothesis|coefficients?|curves?|indicators?|formula|correction|criterion|statistics?|inequality|conjecture|lemma|postulate|transformation|estimate|rho|tau|signed[- ]ranks?|rank[- ]sums?|U[- ]test|W[- ]test)(?![\p{L}])/iu;
/**
 * O6 of the probe of 2026-12-05g: what is named after a person and is no person, told by the noun
 * after the run. A named instrument's capitalized words and its noun (`Beck Depression Inventory`,
 * `Hamilton Anxiety Rating Scale`); an author's or artist's works (`Agatha Christie novels`, `Frida
 * Kahlo prints`: nouns that are a verb too, `prints`, `books`, `posters`, only where the phrase
 * ends, so `Maria Garcia prints the report` stays a person); a character's skin or costume in a
 * game (`Lara Croft skin`).
 */
/** A piece of furniture's noun after a product's name in capitals (`BILLY bookcase`, `MALM bed frame`, `KALLAX shelf`); not before a number (`SMITH bed 4` is a patient's). */
const FURNITURE_AFTER = /^ (?:bookcases?|bookshelf|bookshelves|shelf|shelves|shelving|bed|beds|bed frame|bunk bed|wardrobes?|dressers?|chest of drawers|desks?|chairs?|armchairs?|sofas?|sofa-bed|couch|tables?|lamps?|cabinets?|mattress|mattresses|drawers?|stools?|mirrors?|rugs?|curtains?)(?![\p{L}])(?![ \t]?#?\d)/u;
const INSTRUMENT_AFTER = /^(?: \p{Lu}[\p{Ll}-]{2,20}){1,3} (?:Inventory|Scale|Questionnaire|Checklist|Test|Index)(?![\p{L}])/u;
/**
 * O2 of the probe of 2026-12-05i: US legal doctrines, warnings and disclosures named after the parties of the cases that
 * made them, before their noun (`Daubert standard`, `a Daubert hearing`, `Miranda warning`, `Brady material`, `Garrity
 * warning`, `Giglio material`, `Batson challenge`, `Monell claim`), with or without `the`: a list, as a party's surname
 * before `hearing` is as often the party's (`the Okafor hearing` stays a person's). Student aid named after persons
 * (`Pell Grant`, `Stafford Loan`, `Cal Grant`) before its noun; a scholarship or fellowship named after anyone before its
 * capitalized noun (`Gates Scholarship`); a school after its person's name (`Abraham Lincoln Elementary`, `Thurgood
 * Marshall Middle School`, `Martin Luther King Jr. Academy`).
 */
/**
 * Laws and reforms of other countries named after the minister or member who wrote them (issue 11, O2's open part of
 * probe-2026-12-05i: `la Legge Fornero`, `la Loi Evin`, `la Ley Sinde`, `a Lei Maria da Penha`, `die Lex Koller`): the
 * law's noun of its language, after an article or preposition of that language (`Lei`, `Ley`, `Loi`, `Lex` are
 * names too: `Lei Wang`, `Lex Luthor` stay persons), or written in lower case (`la loi Macron`, `legge Biagi`), right
 * before the run or leading it. And the German labour-market reforms named after Peter Hartz with their numeral
 * (`Hartz IV`, `Hartz-IV-Empfänger`); a regnal numeral after any other name stays a person's (`Henry VIII`).
 */
const LAW_NOUNS: ReadonlySet<string> = new Set(['legge', 'loi', 'ley', 'lei', 'lex']);
const LAW_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:la|el|a|da|na|do|della|dalla|nella|alla|sulla|nelle|une|du|de|die|der|den|dem|des|con|per|en|por|pela|sulla)[ \t]+$/iu;
const LAW_NOUN_BEFORE = /(?:^|[^\p{L}])(?:(?:[Ll]a|[Ee]l|[Aa]|[Dd]a|[Nn]a|[Dd]o|[Dd]ella|[Dd]alla|[Nn]ella|[Aa]lla|[Ss]ulla|[Uu]ne|[Dd]u|[Dd]e|[Dd]ie|[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Cc]on|[Pp]er|[Ee]n|[Pp]or|[Pp]ela)[ \t]+(?:Legge|Loi|Ley|Lei|Lex)|legge|loi|ley|lei|Legge)[ \t]$/u;
const LAW_ARTICLES: ReadonlySet<string> = new Set('la el a da na do della dalla nella alla sulla nelle une du de die der den dem des con per en por pela'.split(' '));
const HARTZ_NUMERAL_AFTER = /^[ -](?:I{1,3}|IV)(?![\p{L}])/u;
/**
 * Where the law's name starts in the run: 0 for a law noun before the run, the law noun's index when an article the
 * run took in (`Con la Legge Fornero`, `La Loi Evin`) or the text before it leads it, or -1 for no law.
 */
function lawOfPerson(text: string, run: readonly Token[], named: readonly Token[], before: string): number {
  const last = run[run.length - 1] as Token;
  if (named.length === 1 && last.lower === 'hartz' && HARTZ_NUMERAL_AFTER.test(text.slice(last.end, last.end + 6))) return 0;
  if (before.length > 3 && before.charCodeAt(before.length - 1) === 32) {
    // The word before the blank is a law's noun (three or five letters) before the regex reads its article.
    const wordStart = wordStartBefore(before, before.length - 1);
    const length = before.length - 1 - wordStart;
    if ((length === 3 || length === 5) && LAW_NOUNS.has(before.slice(wordStart, before.length - 1).toLowerCase()) && LAW_NOUN_BEFORE.test(before)) return 0;
  }
  for (let k = 0; k < run.length - 1 && k < 4; k++) {
    const token = run[k] as Token;
    if (!token.capitalized || !LAW_NOUNS.has(token.lower)) continue;
    if (k === 0 ? LAW_ARTICLE_BEFORE.test(before) : LAW_ARTICLES.has((run[k - 1] as Token).lower) && (run[k - 1] as Token).end + 1 === token.start) return k;
  }
  return -1;
}
const LEGAL_EPONYMS: ReadonlySet<string> = new Set('daubert miranda brady garrity giglio frye batson franks kastigar terry monell bivens strickland gideon faretta marsden pitchess jencks loudermill weingarten skidmore auer allen wade mathews lemon zippo erie pullman burford rooker feldman noerr pennington'.split(' '));
const LEGAL_EPONYM_NOUN_AFTER = /^ (?:standard|hearings?|motions?|challenges?|warnings?|rights|waivers?|materials?|violations?|obligations?|disclosures?|statements?|information|stops?|claims?|actions?|charge|test|rules?|analysis|framework|factors|notices?|exception|doctrine|deference|inquiry|review|issues?|evidence|requests?|abstention|instructions?|admonitions?|impeachment|liability|defen[cs]e|list|letters?|frisk)(?![\p{L}])/u;
const AID_EPONYMS: ReadonlySet<string> = new Set('pell stafford perkins cal teach plus fulbright rhodes marshall truman goldwater gilman boren udall gates mitchell churchill'.split(' '));
const AID_NOUNS: ReadonlySet<string> = new Set(['grant', 'grants', 'loan', 'loans']);
const AID_NOUN_AFTER = /^ (?:Grants?|Loans?)(?![\p{L}])/u;
const SCHOLARSHIP_AFTER = /^(?:['’]s)? (?:Scholarships?|Fellowships?|Scholars Program)(?![\p{L}])/u;
const SCHOOL_AFTER = /^ (?:Elementary|Middle School|Junior High|Intermediate School|Primary School|Preparatory|Prep School|Academy|High School|Charter School|Magnet School|Montessori|Grammar School|Community School|K-8)(?![\p{L}])/u;
/**
 * The same with one or two capitalized words the run did not take between it and the school's noun (issue 11, item 1
 * of the names left open in probe-2026-12-05i: `of Sojourner Truth Elementary`, the common word `Truth` ending the
 * person's name outside the run, left `Sojourner` masked): the school's name is the run and those words.
 */
const SCHOOL_AFTER_WORDS = /(?: \p{Lu}[\p{Ll}'’-]{1,20}){1,2} (?:Elementary|Middle School|Junior High|Intermediate School|Primary School|Preparatory|Prep School|Academy|High School|Charter School|Magnet School|Montessori|Grammar School|Community School|K-8)(?![\p{L}])/uy;
/** The doctrine, aid, scholarship or school after a run (see LEGAL_EPONYMS); after `Jr.` or `Sr.` the noun follows the dot. */
function eponymThingAfter(text: string, named: readonly Token[], last: Token): boolean {
  const after = text.slice(last.end, last.end + 24);
  if (named.length <= 2 && !last.possessive) {
    const words = named.map((token) => token.lower).join(' ');
    if ((LEGAL_EPONYMS.has(words) && LEGAL_EPONYM_NOUN_AFTER.test(after)) || (AID_EPONYMS.has(words) && AID_NOUN_AFTER.test(after))) return true;
  }
  // `Grant` and `Loan` are names' words too (`Hugh Grant`): read inside the run after a listed aid's word.
  if (named.length === 2 && last.capitalized && AID_NOUNS.has(last.lower) && AID_EPONYMS.has((named[0] as Token).lower)) return true;
  if (named.length > 4) return false;
  if (SCHOLARSHIP_AFTER.test(after)) return true;
  const dotted = (last.lower === 'jr' || last.lower === 'sr') && text.charCodeAt(last.end) === 46;
  if (last.possessive) return false;
  if (SCHOOL_AFTER.test(dotted ? text.slice(last.end + 1, last.end + 25) : after)) return true;
  if (named.length > 3 || text.charCodeAt(last.end) !== 32) return false;
  SCHOOL_AFTER_WORDS.lastIndex = last.end;
  return SCHOOL_AFTER_WORDS.test(text);
}
const WORK_NOUN_AFTER = /^ (?:novels|paintings|sculptures|mysteries|thrillers|poems|biograph(?:y|ies)|(?:books|prints|posters|records|albums|films|movies|songs|plays|quotes|skins?|cosplay|costumes?|outfits?)(?=[ \t]*(?:$|[\r\n,;:.)!?]|[ \t](?:and|or|&)[ \t])))(?![\p{L}])/u;
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \t]$/u;
/** The heads of a memorial or a building that are no surnames (`Lincoln Memorial`, `Wembley Arena`): decide. */
const PLACE_NAMED_HEADS: ReadonlySet<string> = new Set(['memorial', 'memorials', 'auditorium', 'pavilion', 'observatory', 'telescope', 'museum', 'stadium', 'arena', 'airport']);
const THING_RUN_ENDS = new Set(['memorial', 'prize', 'prizes', 'award', 'awards', 'medal', 'scholarship', 'fellowship', 'lecture', 'lectures', 'library', 'building', 'center', 'centre', 'campus', 'telescope', 'institute', 'museum', 'stadium', 'arena', 'airport', 'station', 'tunnel', 'theatre', 'theater', 'auditorium', 'pavilion', 'observatory', 'foundation', 'trust', 'hospital', 'school', 'college', 'university']);
const NAMED_PLACE_NOUN_AFTER = /^\.?(?:['’]s)?(?: (?:Space|Memorials?|Research|Medical|Cancer|Children['’]s|Community|Presidential|Peace|[Mm]eeting|[Cc]onference|[Bb]oard|[Rr]eading|[Tt]eaching))? (?:Memorial|Prizes?|Awards?|Medals?|Scholarships?|Fellowships?|Lectures?|Library|Building|Cent(?:er|re)|Campus|Telescope|Institute|Museum|Stadium|Arena|Airport|Station|Tunnel|Theat(?:re|er)|Auditorium|Pavilion|Observatory|memorials?|prizes?|awards?|medals?|scholarships?|fellowships?|lectures?|library|building|cent(?:er|re)|campus|telescope|institute|museum|stadium|arena|airport|tunnel|ward|wing|room|rooms|suite|hall|bridge|park|school|college|university|hospital|foundation|trust)(?![\p{L}])/u;

/**
 * Clinical scales named after two persons joined by `and`, by the scale's noun after the pair (O2
 * of the probe of 2026-12-05a: `Hoehn and Yahr stage 2`, `Kellgren and Lawrence grade 3`, `Hunt
 * and Hess grade 2`): one capitalized word on the other side of `and`, then the noun. A surname
 * alone (no listed given name) before a stage or grade and its numeral is a scale too (`Fontaine
 * stage IIb`); a cue before it (`Patient: Fontaine stage 2`) keeps the person.
 */
const SCALE_NOUNS = '(?:stage|grade|class|score|scale|criteria|classification)(?![\\p{L}])';
const SCALE_PAIR_AFTER = new RegExp(`^ and (\\p{Lu}\\p{Ll}[\\p{L}'’-]{0,30}) ${SCALE_NOUNS}`, 'u');
const SCALE_PAIR_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}[\p{L}'’-]{0,30}) and $/u;
const SCALE_NOUN_AFTER = new RegExp(`^ ${SCALE_NOUNS}`, 'u');
// A pupil's grade or class after a surname (`Okafor grade 3`) stays a person: a digit counts after `stage` only.
const SCALE_STAGE_AFTER = /^ (?:(?:stage|grade|class) [IVX]{1,4}[a-d]?|stage [0-5][a-d]?)(?![\p{L}\p{N}])/u;
// In lower case only: a capitalized colour is a surname as often (`Tom Brown Ford`).
const COLOUR_BEFORE = /(?:^|[^\p{L}])(?:gold|silver|white|black|green|blue|red|pink|grey|gray|brown|purple|beige|yellow|orange|maroon|burgundy|navy|teal|bronze|champagne|charcoal|graphite)[ \t]$/u;
/**
 * Dog and cat breeds (O6 of the probe of 2026-12-05a): a breed's head word ending the run
 * (`Labrador Retriever`, `Jack Russell Terrier`, `Cavalier King Charles Spaniel`, `Maine Coon`),
 * and a breed of BREED_WORDS as the whole run in a pet's parenthesis with its age (`Biscuit
 * (Labrador, 6y)`, `Oscar (Jack Russell, 9y)`). `Shepherd` and `Collie` are surnames as often and
 * are left out of the heads.
 */
const BREED_HEADS = new Set('retriever retrievers terrier terriers spaniel spaniels doodle labradoodle cockapoo schnauzer mastiff pinscher'.split(' '));
/** Breeds of two words with no head that name no person (`Coon` alone is a surname: `Carrie Coon`). */
const BREED_PAIRS = new Set(['maine coon', 'border collie', 'shih tzu', 'lhasa apso', 'bichon frise', 'cane corso', 'great dane']);
const BREED_WORDS = new Set(['labrador', 'jack russell', 'king charles', 'cavalier', 'maine coon', 'yorkie', 'westie', 'border collie', 'bernese', 'newfoundland', 'dobermann', 'doberman', 'rottweiler', 'weimaraner', 'dalmatian', 'pomeranian', 'ragdoll', 'persian', 'siamese', 'bengal', 'burmese', 'birman', 'maltese', 'havanese']);
/**
 * A possessor or an article, a word of a pet's age, look or origin or none, and an animal's word, then one
 * blank or a comma, right before a run (`our dog `, `my cat `, `the kitten `, `her old horse `, `My rescue
 * dog, `): the one word after it is the pet's name (PET_NOUNS: kept animals and a few breeds). `the hot dog
 * Oliver ordered` (no such word before `dog`), `my dog walker Bella Garcia` (`walker` after it) and `my son
 * Oliver` keep the person.
 */
const PET_NOUNS = 'dog|cat|pet|puppy|pup|kitten|kitty|horse|pony|mare|gelding|stallion|foal|rabbit|bunny|hamster|gerbil|guinea pig|ferret|parrot|budgie|cockatiel|tortoise|turtle|lizard|gecko|goldfish|hen|goat|donkey|labrador|beagle|poodle|spaniel|terrier|retriever|collie|dachshund|greyhound|whippet|pug|husky|tabby';
const PET_NOUN_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:my|our|his|her|their|your|the|a|this|that|\\p{Lu}\\p{Ll}{1,20}['’]s)[ \\t]{1,2}(?:(?:old|older|young|little|big|new|senior|rescue|rescued|sweet|elderly|male|female|black|white|ginger|grey|gray|tabby)[ \\t]{1,2}){0,2}(?:${PET_NOUNS})(?:,[ \\t]{0,2}|[ \\t])$`, 'iu');
/** A pet's name's label (`Pet name:`, `Pet's name:`, `Dog's name:`, `Pet:`, `Cat:` at a line's or a field's start): the one word after it is the pet's. */
const PET_LABEL_BEFORE = /(?:^|[\n;|,][ \t]*)(?:pet|dog|cat|puppy|kitten|horse|animal)(?:['’]s)?(?:[ \t]name)?[ \t]*:[ \t]{0,3}$/i;
/** After `Reg`: a registration's expiry or number word (`exp`, `expires`, `expiry`, `no.`, `#`, `renewal`) before a value with a digit (`Reg no longer works here` stays a person), or a colon and a plate's start (capitals then a digit, `AB12`, or a digit, capitals and a digit, `7ABC123`; not a phone's digits). */
const REG_LABEL_AFTER = /^(?:[ \t]{1,2}(?:exp(?:iry|ires|ired|iration)?\.?|no\.?|number|#|renewal|due)[ \t]{0,2}[:#]?[ \t]{0,3}(?=\d|[A-Z]{1,3}\d)|[ \t]?[:#][ \t]{0,3}(?=[A-Z]{1,3}\d|\d[A-Z]{2,3}\d))/u;
const PET_PARENTHESIS_BEFORE = /\p{Lu}[\p{L}'’-]{0,30} \($/u;
const PET_AGE_AFTER = /^, ?\d{1,2} ?(?:y|yo|yrs?|years?|m|mo|mos|months?|w|wk|wks|weeks?)\)/u;

/** Accounts named after a person and the word after them: `Roth IRA`, `Coverdell ESA`, `Keogh plan`. */
const ACCOUNT_EPONYMS = new Map<string, RegExp>([['roth', /^ (?:IRA|401\(?k\)?|403\(?b\)?)(?![\p{L}])/u], ['coverdell', /^ ESA(?![\p{L}])/u], ['keogh', /^ plan(?![\p{L}])/iu]]);

/**
 * Colour, product, feature and plan names in prose made of words that are also names (P3 of the
 * fifth probe of 2026-12-04, the prose form; its JSON form is key-names.ts isThingNameKey):
 * `a Rose Gold iPhone`, `the Bill Pay feature`, `Will Call pickup`, `Ruby Red lipstick`, `Pearl
 * White Model Y`. A noun of a product, a feature or an offer right after the run
 * (PRODUCT_NOUN_AFTER), a product's capitalized head ending it (THING_HEAD_LAST), a verb of using,
 * buying or changing plans right before it (THING_VERB_BEFORE), or an article or possessive
 * before a run that ends in a colour or an offer's word (THING_DETERMINER_BEFORE, COLOUR_WORDS,
 * OFFER_WORDS). Read only for runs whose words are all common words the lists hold as names
 * (kinds `f`/`l`: `Rose`, `Gold`, `Bill`, `Pay`), and for a listed given name before a colour with
 * a product's noun after it (`Jasmine Green tea`); decide() asks it only with no title, cue,
 * greeting, person's verb or record label around the run (`Dear Rose Gold,`, `patient Will Call`,
 * `Bill Pay called`, `Ms. Hunter Green` stay persons), and a possessive ends it (`Rose Gold's
 * iPhone` is a person's).
 */
/**
 * Brands that are a founder's full name (O4 of the probe of 2026-12-05a: `Betty Crocker frosting`,
 * `Duncan Hines cake mix`, `Benjamin Moore paint`, `Jack Wolfskin backpack`, `Paul Mitchell
 * shampoo`): read as the brand only before a product's noun (PRODUCT_NOUN_AFTER, thingName), since
 * people bear these names too (`Paul Mitchell returned the shampoo`); unconditional firms are FIRMS.
 */
const FOUNDER_BRANDS = new Set(['betty crocker', 'duncan hines', 'benjamin moore', 'jack wolfskin', 'paul mitchell', 'mary kay', 'sara lee', 'marie callender', 'orville redenbacher', 'kenneth cole', 'steve madden', 'vera bradley', 'tommy bahama', 'john frieda']);
const PRODUCT_NOUN_AFTER = /^ (?:frosting|icing|cake|cookies|brownie|mix|shampoo|conditioner|backpack|rucksack|iphone|ipad|ipod|imac|macbook|airpods|phone|smartphone|laptop|tablet|strap|lipstick|lip|gloss|polish|nail|nails|eyeshadow|blush|mascara|perfume|fragrance|scent|candle|tea|paint|finish|colou?r|colou?rway|shade|edition|version|variant|model|trim|interior|exterior|upholstery|leather|jacket|coat|dress|shirt|sweater|hoodie|shoes|sneakers|boots|handbag|feature|features|plan|plans|tier|subscription|membership|bundle|option|setting|settings|button|toggle|mode|widget|pickup|window|counter|promo|promotion|sale|discount|offer|deal|coupon|rewards|perks)(?![\p{L}\p{N}])/iu;
const THING_HEAD_LAST = new Set(['model', 'edition', 'series', 'collection']);
const THING_VERB_BEFORE = /(?:^|[^\p{L}])(?:use|uses|using|used|enable|enabled|enabling|activate|activated|disable|disabled|turn on|turned on|set up|setting up|try|tried|upgrade to|upgraded to|upgrading to|downgrade to|downgraded to|switch to|switched to|switching to|subscribe to|subscribed to|sign up for|signed up for|enrol(?:l|led|ling)? in|opt(?:ed)? into|buy|bought|buying|order|ordered|purchase|purchased)[ \t]{1,2}(?:(?:a|an|the|our|your|my|their)[ \t]{1,2})?$/iu;
const THING_DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|our|your|this|that|each|every|any)[ \t]$/iu;
const COLOUR_WORDS = new Set('gold silver white black green blue red pink rose grey gray brown purple violet ivory cream pearl bronze copper coral jade ruby amber olive navy teal scarlet crimson indigo lavender lilac mint sage sand slate charcoal graphite'.split(' '));
const OFFER_WORDS = new Set('sale pay plus pro premium rewards saver select prime express banking'.split(' '));

function thingName(text: string, named: Token[], run: Token[], before: string): boolean {
  const last = run[run.length - 1] as Token;
  if (last.possessive || named.length < 2 || named.length > 3 || run.length !== named.length) return false;
  const common = named.every((token) => token.kind === 'f' || token.kind === 'l');
  if (PRODUCT_NOUN_AFTER.test(text.slice(last.end, last.end + 16))) return common || (named.length === 2 && (COLOUR_WORDS.has(last.lower) || FOUNDER_BRANDS.has(`${(named[0] as Token).lower} ${last.lower}`)));
  if (!common) return false;
  return THING_HEAD_LAST.has(last.lower) || THING_VERB_BEFORE.test(before) || (THING_DETERMINER_BEFORE.test(before) && (COLOUR_WORDS.has(last.lower) || OFFER_WORDS.has(last.lower)));
}

/**
 * Laboratory apparatus named after a person, by its noun right after the name (O6 of the probe of
 * 2026-12-05c: `Petri dish`, `Buchner funnel`, `Liebig condenser`, `Kjeldahl flask`, `Meker
 * burner`, `Mohr pipette`, `Gooch crucible`, `Soxhlet extractor`, `Ostwald viscometer`, `Abbe
 * refractometer`, `Kipp's apparatus`), one name word before it. Not after a possessive, save
 * `apparatus` after a word that is no listed given name (`Anna's flask`, `Anna's apparatus` are
 * hers); the anatomy's `tube` is ANATOMY_NOUN_AFTER's.
 */
const LAB_APPARATUS_AFTER = /^(?:['’]s apparatus|(?:-[\p{Lu}][\p{L}]+)? (?:dish(?:es)?|funnels?|flasks?|burners?|pipettes?|burettes?|condensers?|crucibles?|extractors?|viscometers?|refractometers?|desiccators?|manometers?|apparatus|distillation (?:heads?|traps?)|traps?|columns?[ \t]+(?:chromatography|distillation|packing))(?![\p{L}]))/u;

/**
 * Religious and cultural festivals, by their words (O3 of the probe of 2026-12-05c: `Rosh
 * Hashanah`, `Yom Kippur`, `Eid al-Adha`, `Happy Diwali`, `Diwali, Eid` read as a surname and a
 * given name). FESTIVAL_HEADS name a festival and hardly a person; FESTIVAL_PARTS are the other
 * words of festivals' names and greetings, some of them given names (`Ganesh`, `Durga`, `Shana`,
 * `Tova`, `Happy`), which alone stay persons (`Ganesh Kumar`, `Shana Miller`).
 */
const FESTIVAL_HEADS = new Set(`kippur hashanah hashana hashono simchat hanukkah hanukah chanukah chanukkah passover pesach sukkot succot sukkos shavuot shavuos purim
eid adha fitr aidilfitri aidiladha ramadan ramazan ramzan ramadhan muharram ashura mawlid milad bayram bayrami bayramı
diwali deepavali divali holi navratri navaratri dussehra dasara dashain tihar chaturthi bandhan jayanti janmashtami sankranti pongal onam vaisakhi baisakhi
lohri bihu ugadi padwa shivratri shivaratri navami chhath puja thaipusam nyepi galungan vesak wesak waisak losar nowruz norooz navruz chuseok seollal songkran
timkat meskel kwanzaa hogmanay christmas easter pentecost whitsun epiphany lunar qingming obon
epifania epifanía epiphanie pentecoste pentecostés natividad assunta ascensione ascensión befana ferragosto toussaint`.split(/\s+/));
const FESTIVAL_PARTS = new Set(`happy merry blessed joyous joyful chag sameach shana tova tovah rosh yom simchat torah tisha b av lag baomer al ul el e
mubarak kareem hari raya haji kurban seker şeker guru nanak ganesh durga raksha maha makar gudi holika dahan ram karva karwa chauth new year festival day eve`.split(/\s+/));
/** Greetings of two words that name no festival themselves (`Shana Tova`, `Chag Sameach`). */
const FESTIVAL_GREETINGS = new Set(['shana tova', 'shana tovah', 'chag sameach']);

/**
 * True when every word of the run is a festival's or a festival greeting's word and one names a
 * festival (FESTIVAL_HEADS) or the run is such a greeting, with no person's cue before it and no
 * person's verb after it (`Ramadan called back` is a person named Ramadan).
 */
function festivalRun(named: Token[], before: string, after: string): boolean {
  let head = false;
  for (const token of named) {
    for (const part of token.lower.toLowerCase().split(/[-'’]/)) {
      if (part === '') continue;
      if (FESTIVAL_HEADS.has(part)) head = true;
      else if (!FESTIVAL_PARTS.has(part)) return false;
    }
  }
  // `Tisha B'Av`: the fast's second word is no name word of the run.
  if (!head && !FESTIVAL_GREETINGS.has(named.map((token) => token.lower.toLowerCase()).join(' ')) && !(named.length === 1 && /^ B['’]Av(?![\p{L}])/u.test(after))) return false;
  if (CUE_BEFORE.test(before) || PERSON_VERB_AFTER.test(after)) return false;
  // A head that is also a person's name (`Ramadan`, `Eid`, `Ramzan`, `Muharram`) alone needs a
  // festival's context: another festival's word around it or a word of its time (`Ramadan begins
  // on Monday`, `Holidays: …, Ramadan, …`; `Ramadan will join the meeting` is a person).
  if (named.length === 1 && NAME_LIKE_HEADS.has((named[0] as Token).lower.toLowerCase())) return festivalContext(before, after);
  return true;
}

/** Festival heads that are also persons' names: alone they need festivalContext. */
// Christian feasts that are given names too (`Epifania`, `Pentecoste`, `Natividad`; O6 of the probe of 2026-12-05e): the same context.
const NAME_LIKE_HEADS = new Set(['ramadan', 'ramazan', 'ramzan', 'ramadhan', 'muharram', 'ashura', 'eid', 'milad', 'bayram', 'epifania', 'epifanía', 'epiphanie', 'pentecoste', 'pentecostés', 'natividad', 'assunta', 'ascensione', 'ascensión', 'befana', 'ferragosto', 'toussaint']);
/** Words of a festival's time around a festival's name. */
// Holidays' and days off's words of other languages, and holidays beside them in a list (`…, Juneteenth, Tag der Deutschen
// Einheit and Toussaint`; O3 of the probe of 2026-12-05i).
const FESTIVAL_TIME_WORDS = new Set('holiday holidays festival festivals during month fast fasting iftar suhoor sehri begins starts ends ended began eve observance observe closed celebrate celebrating celebrations juneteenth einheit feiertag feiertage férié fériés vacances festivo festivos feriado feriados'.split(' '));
/** True when a word of `before` (its last 40 characters) or `after` is a festival's head or a word of its time. */
function festivalContext(before: string, after: string): boolean {
  // A date, then the feast alone in parentheses (`06.01.2027 (Epifania)`).
  if (/\d[ \t]?\($/.test(before) && after.charCodeAt(0) === 41) return true;
  for (const word of `${before.slice(-40)} ${after}`.toLowerCase().split(/[^\p{L}]+/u)) if (FESTIVAL_HEADS.has(word) || FESTIVAL_TIME_WORDS.has(word)) return true;
  return false;
}

/**
 * Runs that read as a person's name and are something else (the fifth probe of 2026-12-04, P1,
 * P4, P5, P7, P8): a place after `St.`/`Ft.`/`Mt.`, a holiday before `Day`, an eponymous procedure
 * or a disease after `Morbus`, a brand after its own honorific, an account named after a senator.
 * A title before the run (`Dr. Pepper Smith`, `Ms. Rose Gold`) keeps the person, except for a
 * brand's own honorific before its brand word alone.
 */
function lookAlike(text: string, tokens: Token[], index: number, run: Token[], named: Token[], before: string, titled: boolean): boolean {
  const last = run[run.length - 1] as Token;
  const after = text.slice(last.end, last.end + 16);
  if (named.length === 1) {
    const word = (named[0] as Token).lower;
    const brandTitle = TITLED_BRANDS.get(word);
    const title = BRAND_TITLE_BEFORE.exec(before)?.[1]?.toLowerCase();
    // The brand word alone after its honorific, and no capitalized word after it (`Dr. Pepper Smith` is a person).
    // A person's verb after it (`Dr Pepper called back`) keeps the doctor of that name.
    if (brandTitle !== undefined && title === brandTitle && !/^ \p{Lu}/u.test(after) && !PERSON_VERB_AFTER.test(text.slice(last.end, last.end + 24))) return true;
    if (!titled && ACCOUNT_EPONYMS.get(word)?.test(after) === true) return true;
  }
  if (titled) return false;
  if (festivalRun(named, before, text.slice(last.end, last.end + 24))) return true;
  if (named.length === 1 && !(last.possessive && (last.kind === 'F' || last.kind === 'f')) && LAB_APPARATUS_AFTER.test(text.slice(last.end, last.end + 24))) return true;
  // O2, O5, O6 of the probe of 2026-12-05a: a two-person scale, a car after its colour, a pet's breed.
  const wide = text.slice(last.end, last.end + 48);
  // Two given names before `grade` or `score` are people who grade or score (`Anna and Maria grade the papers`).
  const pairOther = (SCALE_PAIR_AFTER.exec(wide)?.[1] ?? (SCALE_NOUN_AFTER.test(after) ? SCALE_PAIR_BEFORE.exec(before)?.[1] : undefined))?.toLowerCase();
  if (named.length === 1 && !last.possessive && ((pairOther !== undefined && !(last.kind === 'F' && nameLists().first.has(pairOther))) || (last.kind !== 'F' && last.kind !== 'f' && SCALE_STAGE_AFTER.test(after) && !CUE_BEFORE.test(before)))) return true;
  if (named.length <= 3 && CAR_MAKES.has((named[0] as Token).lower) && COLOUR_BEFORE.test(before) && (named.length >= 2 || /^ \p{Lu}[\p{L}\p{N}-]/u.test(after))) return true;
  // A make with its model, its model year or a registration after it, with no `Make` label (`2019 Honda Civic`,
  // `Nissan Leaf, reg LK68 XYZ`, `Ford F-150`; the open part of O2 of the README-only probe of 2026-12-06b; vehicles.ts).
  // `Reg` (a listed given name) as a vehicle registration's label: before its expiry or number words, or before a colon
  // and a plate's value (`Plate 7ABC123, Reg exp 03/2027`, `Reg: AB12 CDE`; O2 and L6 of the README-only probe of 2026-12-06b).
  if (run.length === 1 && (named[0] as Token).lower === 'reg' && REG_LABEL_AFTER.test(text.slice(last.end, last.end + 16)) && !CUE_BEFORE.test(before)) return true;
  if (!CUE_BEFORE.test(before) && vehicleRun(named.map((token) => ({ lower: token.lower, listed: token.kind === 'F' || token.kind === 'L' || token.kind === 'f' || token.kind === 'l' })), before, after)) return true;
  if (named.length >= 2 && last.capitalized && (BREED_HEADS.has(last.lower) || (named.length === 2 && BREED_PAIRS.has(`${(named[0] as Token).lower} ${last.lower}`)))) return true;
  if (named.length <= 2 && PET_PARENTHESIS_BEFORE.test(before) && PET_AGE_AFTER.test(after) && BREED_WORDS.has(named.map((token) => token.lower).join(' '))) return true;
  // A pet's name right after its possessor and its animal's word (`our dog Bella`, `my cat Oliver has …`,
  // `the kitten Luna`; the open part of O3 of the README-only probe of 2026-12-06b): one word, no surname after it.
  if (named.length === 1 && run.length === 1 && (PET_NOUN_BEFORE.test(before.slice(-48)) || PET_LABEL_BEFORE.test(before.slice(-32)))) return true;
  if ((named.length === 1 && BRANCH_AFTER.test(after) && !PERSON_VERB_AFTER.test(text.slice(last.end, last.end + 24))) || (named.length === 2 && last.capitalized && BRANCH_WORDS.has(last.lower) && (named[0] as Token).kind !== 'F')) return true;
  const afterRun = text.slice(last.end, last.end + 24);
  if (named.length <= 2 && (TECHNICAL_EPONYM_AFTER.test(afterRun) || (DOCTRINE_AFTER.test(afterRun) && THE_BEFORE.test(before)))) return true;
  if (eponymThingAfter(text, named, last)) return true;
  if (named.length <= 2 && !last.possessive && (WORK_NOUN_AFTER.test(afterRun) || INSTRUMENT_AFTER.test(text.slice(last.end, last.end + 64)))) return true;
  if (named.length === 1 && allCapsToken(text, last) && FURNITURE_AFTER.test(afterRun)) return true;
  // A storm (STORM_WORDS): its word leads the run or stands right before it.
  const lead = (named[0] as Token).lower;
  if (named.length >= 2 && named.length <= 3 && STORM_WORDS.has(lead) && (lead !== 'storm' || (!GREETING_BEFORE.test(before) && !PERSON_VERB_AFTER.test(text.slice(last.end, last.end + 24))))) return true;
  if (named.length === 1 && STORM_WORD_BEFORE.test(before)) return true;
  // A building, prize or room after `the` (NAMED_PLACE_NOUN_AFTER), its noun inside the run or after it.
  if (named.length <= 4 && THE_BEFORE.test(before) && ((named.length >= 2 && last.capitalized && THING_RUN_ENDS.has(last.lower)) || NAMED_PLACE_NOUN_AFTER.test(text.slice(last.end, last.end + 32)))) return true;
  if (named.length === 2 && AGENCIES.has(`${(named[0] as Token).lower} ${(named[1] as Token).lower}`)) return true;
  // One word after `St.` is the place (`St. Louis`); two are a name after a saint's (`St. Maria Garcia`).
  if ((named.length === 1 && PLACE_ABBREVIATION_BEFORE.test(before)) || MORBUS_BEFORE.test(before)) return true;
  // `Morbus Bechterew` read as one run: the disease's word leads it.
  if (named.length === 2 && (named[0] as Token).lower === 'morbus') return true;
  // A holiday: `Day` ends the run (`Columbus Day`) or follows it (`… King Jr. Day`); not after a listed given name alone (`Doris Day`).
  const dayLast = last.lower === 'day' && last.capitalized && run.length >= 2;
  if (dayLast || HOLIDAY_AFTER.test(after) || (last.lower === 'jr' && JR_DAY_AFTER.test(after))) {
    const beforeDay = dayLast ? named[named.length - 2] : named[named.length - 1];
    if (beforeDay !== undefined && !(named.length <= 2 && beforeDay.kind === 'F')) return true;
  }
  if ((EPONYM_NOUN_AFTER.test(after) || ANATOMY_NOUN_AFTER.test(text.slice(last.end, last.end + 24))) && named.length <= 2) return true;
  if (named.length === 2 && / surgery(?![\p{L}])/iu.test(after.slice(0, 9)) && EPONYM_PROCEDURES.has(`${(named[0] as Token).lower} ${(named[1] as Token).lower}`)) return true;
  return false;
}

/**
 * Common surnames (of the census' first two hundred) that the lists hold as ambiguous given names
 * (kind `f`, as `Maria`, `Grace`): after an ambiguous given name they are a surname (`Grace
 * Miller`, `Rose Walker`). Those that are a colour, a place's word or a common adjective or verb
 * (`King`, `Hill`, `Wood`, `Long`, `West`, `Grant`, `Rose`, `Hunt`) are left out.
 */
const SURNAME_WORDS = new Set('smith miller martin lee walker wright turner cooper reed brooks foster wells porter mason warren pierce hart'.split(' '));
/** A person's state or presence said right after a name (`Maria Park is here`, `… has arrived`, `… checked in`). */
const PRESENCE_AFTER = /^,? (?:is|was) (?:here|waiting|in room|in the waiting|on the line|on hold|at the desk|back)\b|^,? (?:has arrived|arrived|checked in|is calling|left a message|came in)\b/;
/** A list of people: `and`, `&` or a comma between two names. */
const PERSON_LIST_JOIN = /^(?:,? and|,? &|,) $/;
/**
 * A run holding a surname that is also a place's word (PLACE_WORD_SURNAMES) with no person's cue
 * around it: a person's name when it is two words, a given name the lists hold as no common word
 * before a word that names no place (kind `F`: `Jude Law`, `Stanley Power`), a given name of
 * either kind with its presence said after it (`Maria Park is here`, `Henry Park is here`), a given
 * name in a list with another person (`Minji Park and Seojun Kim`, `Attendees: Maria Park, John
 * Hall`), or after a
 * weak cue that is no preposition of place (`Contact: Jiwoo Park`), with no
 * capitalized word right before or after it (`Royal Albert Hall`, `Hyde Park Corner`) and no `the`
 * before it. A surname before the place's word (`Hyde Park`, `Carnegie Hall`), a common word
 * (`Penny Lane`, `Central Park`), a listed given name with none of those cues (`Stanley Park is
 * lovely`, `We visited Albert Park`: X1 of 2026-12-05, as `Meet at Albert Park` already was) or
 * three words are the place.
 */
/** A word of going or being somewhere right before a place named after someone (`visited`, `around`, `near`, `to`). */
const PLACE_VISIT_BEFORE = /(?:^|[^\p{L}])(?:visit|visits|visited|visiting|around|through|across|toward|towards|into|near|at|in|to|from|outside|inside|behind|past|via)\s{1,3}$/iu;
function placeWordPerson(text: string, tokens: Token[], index: number, run: Token[], named: Token[], before: string, out: Detection[], cued: boolean): boolean {
  const head = named[0] as Token;
  const last = run[run.length - 1] as Token;
  if (THE_BEFORE.test(before)) return false;
  // A listed surname after the place's word (`Mary Church Terrell`).
  const lastNamed = named[named.length - 1] as Token;
  if (named.length <= 3 && !PLACE_WORD_SURNAMES.has(lastNamed.lower) && (lastNamed.kind === 'F' || lastNamed.kind === 'L')) return true;
  if (named.length !== 2 || !PLACE_WORD_SURNAMES.has(last.lower)) return false;
  const previous = tokens[index - 1];
  if (previous !== undefined && previous.capitalized && /^[ \t]$/.test(text.slice(previous.end, (run[0] as Token).start))) return false;
  const after = text.slice(last.end + (last.possessive ? 2 : 0), last.end + 40);
  if (/^ \p{Lu}/u.test(after) && !/^ (?:and|&) /.test(after)) return false;
  // A listed given name before a word that names no place (`Jude Law`, `Stanley Power`) is a
  // person, and so it is before a place's word unless a word of going or being somewhere stands
  // before it (`We visited Albert Park`, `a walk around Stanley Park`): with no cue either way a
  // person of that name is as likely as the place, and a leak costs more than a masked park
  // (`John Hall`, `Stanley Park is lovely` are masked; 2026-12-05).
  if (head.kind === 'F' && (!PLACE_WORDS_OF_SURNAMES.has(last.lower) || !PLACE_VISIT_BEFORE.test(before))) return true;
  // A weak cue (`Contact:`, `cc`, `Seen by`), not a preposition of place (`to`, `from`). A listed
  // given name before a place's word takes a cue or its presence said, as an ambiguous one does:
  // with neither it is the place named after someone (`Stanley Park is lovely`, `We visited Albert
  // Park`), as after `at` (PLACE_OR_EMPLOYER_BEFORE: `Meet at Albert Park`; X1 of 2026-12-05).
  if (cued && (head.kind === 'F' || head.kind === 'f' || head.kind === 'U') && !/(?:^|[^\p{L}])(?:to|from|at|in|near)\s{1,3}$/iu.test(before)) return true;
  if ((head.kind === 'F' || head.kind === 'f') && PRESENCE_AFTER.test(after)) return true;
  if (head.kind !== 'U' && head.kind !== 'f' && head.kind !== 'F') return false;
  // An unlisted or ambiguous given name in a list of people: a person found right before it, or a listed name after it.
  const start = (run[0] as Token).start;
  if (out.some((found) => found.type === 'PERSON' && found.end < start && PERSON_LIST_JOIN.test(text.slice(found.end, start)))) return true;
  const next = /^(?:,? and|,? &|,) (\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)/u.exec(after);
  if (next === null) return false;
  // After a listed given name, an ambiguous given name opening the pair after it counts too (`John Hall and Maria Lee`).
  return isListedPersonName(next[1] as string) || isListedPersonName(next[2] as string) || (head.kind === 'F' && nameLists().ambiguousFirst.has((next[1] as string).toLowerCase()) && !PLACE_WORD_SURNAMES.has((next[2] as string).toLowerCase()));
}

/**
 * The open parts of O3, O4 and O6 of the thirteenth probe of 2026-12-05f: runs that name a route, a
 * town, a product, a method or a landmark, not a person (no title before them; `cue`: no name's cue
 * either).
 * - An airport routing, IATA codes joined by dashes (`PVG-FRA-ORD`; two codes after `route`, `leg`,
 *   `sector`, `flight` or `via`).
 * - A US town before its state's postal code and nothing of a name after it (`Hodgkins, IL
 *   12/02/2026`, `Wilson, NC, US`), read as `Surname, Given`; `Hodgkins, Ilse` stays a person.
 * - A brand and an unlisted product word before a model's code (`Stanley Quencher H2.0`), and a run
 *   with a number word (`Lean Six Sigma`).
 * - An Indonesian or Malay food or drink: `Teh` (tea, a surname too) before a common word of its
 *   packaging or taste (`Teh Botol Sosro`, `Teh Kotak`; `Nama: Teh Siew Ling` stays a person).
 * - An Indonesian field label at a line's start before its colon (`Kantor:`, `Rumah:`) when an
 *   Indonesian address or firm word stands near (`Jl.`, `PT`, `Gedung`, `Alamat:`); a speaker's
 *   label in a transcript (`Kantor: I disagree`) stays a person.
 * - A Vietnamese landmark's two-word head (`Bảo tàng`, `Nhà tù`, `Bệnh viện`): its first word is no
 *   given name (`Bảo`), and the run after such a head is the landmark's name (place-heads.ts).
 */
const IATA_ROUTE = /^[A-Z]{3}(?:-[A-Z]{3})+$/;
const ROUTE_CUE_BEFORE = /(?:^|[^\p{L}])(?:route|routing|routed|leg|legs|sector|sectors|flight|flights|itinerary|segment|via)[ \t]*:?[ \t]*$/iu;
const US_STATE_CODES = new Set('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI'.split(' '));
/** A street's or a square's word in lower case after its name (Nordic, Estonian, Latvian, Lithuanian, Czech, Slovak, Hungarian). */
const LOWER_STREET_AFTER = /^ (?:torg|torget|gata|gatan|gate|gaten|gade|vej|vejen|väg|vägen|vei|veien|vegen|plass|plassen|plads|pladsen|allé|tori|tänav|puiestee|maantee|iela|laukums|gatvė|prospektas|aikštė|utca|út|tér|körút|sétány|náměstí|nábřeží|třída|námestie|nábrežie)(?![\p{L}])/u;
/** A Nordic street's name with its street word fused to it (`Drottninggatan`, `Strandvejen`, `Storgata`, `Kungsvägen`). */
const FUSED_STREET_END = /\p{L}{3}(?:gatan|gata|gate|gaten|gade|vägen|vejen|veien|vegen|torget|stræde|straße|strasse)$/u;
/** A country's name after a city and its comma (`Bergen, Norway`). */
const COUNTRY_AFTER = /^, (?:Norway|Sweden|Denmark|Finland|Iceland|Estonia|Latvia|Lithuania|Czechia|Czech Republic|Slovakia|Hungary|Romania|Greece|Poland|Germany|Austria|Switzerland|France|Spain|Portugal|Italy|Netherlands|Belgium|Ireland|England|Scotland|Wales|Kenya|Tanzania|Uganda|India|Pakistan|Bangladesh|Canada|Mexico|Brazil|Argentina|Australia|Japan|China)(?![\p{L}])/u;
/** `The` at a list item's start, and the item's end after one word. */
const LIST_THE_BEFORE = /(?:^|[,:;\n(][ \t]{0,2})The $/;
const LIST_ITEM_END_AFTER = /^(?:$|[,;)\n]|\.(?:\s|$))/;
const STATE_CODE_AFTER = /^,[ \t]([A-Z]{2})(?=$|\r?\n|\)|\.(?:\s|$)|[ \t]+(?:\d|\(|—|–|-[ \t])|,[ \t]*(?:US|USA|U\.S\.|United States)(?![\p{L}]))/u;
const SIZE_AFTER = /^ \d{1,3}(?:[.,]\d{1,2})?[ -]?(?:quarts?|qt|cups?|inch|inches|in\.|pieces?|pcs?|oz|litres?|liters?|l)(?![\p{L}\p{N}])/iu;
const NUMBER_WORDS = new Set('two three four five six seven eight nine eleven twelve twenty thirty forty fifty hundred thousand million'.split(' '));
const TEH_PRODUCT_WORDS = new Set('botol kotak gelas pucuk celup tarik manis hijau melati tawar hangat dingin susu lemon kemasan sosro javana'.split(' '));
const ID_LINE_LABELS = new Set('kantor rumah alamat kota kantor pusat perusahaan jabatan tujuan asal catatan keterangan telepon telp gudang toko cabang'.split(' '));
const ID_CONTEXT = /(?:^|[^\p{L}])(?:jl\.|jalan|gg\.|rt\/rw|kel\.|kec\.|kab\.|pt|cv|tbk|gedung|lt\.|alamat|rumah|kantor|telp|kelurahan|kecamatan|kabupaten|provinsi)(?![\p{L}])/iu;
const VI_TWO_WORD_HEADS = new Set(['bảo tàng', 'nhà tù', 'bệnh viện', 'công viên', 'nhà hát', 'sân bay', 'đại học', 'nhà thờ', 'nhà văn hóa', 'trường học', 'khu du lịch']);
const isRouteChar = (code: number): boolean => (code >= 65 && code <= 90) || code === 45;
function tradeOrPlaceRun(text: string, run: Token[], named: Token[], before: string): boolean {
  const first = run[0] as Token;
  const last = run[run.length - 1] as Token;
  const cue = CUE_BEFORE.test(before);
  // IATA codes joined by dashes: the whole chain of capitals and dashes around the run.
  // (Each side read up to 64 characters, so a flood of capitals and dashes stays linear.)
  let from = first.start;
  const fromLimit = Math.max(0, first.start - 64);
  while (from > fromLimit && isRouteChar(text.charCodeAt(from - 1))) from--;
  let to = last.end;
  const toLimit = Math.min(text.length, last.end + 64);
  while (to < toLimit && isRouteChar(text.charCodeAt(to))) to++;
  const chain = text.slice(from, to);
  if (chain.length >= 7 && chain.length <= 63 && IATA_ROUTE.test(chain) && (chain.length >= 11 || ROUTE_CUE_BEFORE.test(text.slice(Math.max(0, from - 16), from)))) return true;
  if (cue) return false;
  if (named.length === 1 && !last.possessive) {
    const state = STATE_CODE_AFTER.exec(text.slice(last.end, last.end + 24));
    if (state !== null && US_STATE_CODES.has(state[1] as string)) return true;
  }
  // (Not a spreadsheet's next cell reference with its colon: `A2: Qxaro Vlintuk B2: 1979-02-11`.)
  if (named.length === 2 && (named[1] as Token).kind === 'U' && text.charCodeAt(last.end) === 32) {
    const code = MODEL_CODE_AFTER.exec(text.slice(last.end, last.end + 24));
    if (code !== null && !/^[ \t]*[:=]/.test(text.slice(last.end + code[0].length, last.end + code[0].length + 4))) return true;
  }
  if (named.length >= 2 && named.some((token) => token.capitalized && NUMBER_WORDS.has(token.lower))) return true;
  if (named.length === 2 && (named[1] as Token).kind === 'U' && SIZE_AFTER.test(text.slice(last.end, last.end + 16))) return true;
  if (named.some((token, k) => token.lower === 'teh' && k + 1 < named.length && TEH_PRODUCT_WORDS.has((named[k + 1] as Token).lower))) return true;
  if (first.lower === 'teh' && named.length === 1) {
    const next = /^[ \t]+(\p{L}+)/u.exec(text.slice(last.end, last.end + 16));
    if (next !== null && TEH_PRODUCT_WORDS.has((next[1] as string).toLowerCase())) return true;
  }
  if (run.length === 1 && text.charCodeAt(last.end) === 58 && ID_LINE_LABELS.has(first.lower) && (LINE_START_BEFORE.test(before) || (first.start === before.length && TEXT_START_BEFORE.test(before)))) {
    const near = text.slice(Math.max(0, first.start - 160), first.start) + ' ' + text.slice(last.end + 1, last.end + 160);
    if (ID_CONTEXT.test(near)) return true;
  }
  if (run.length === 1 && first.lower === 'trường' && /^[ \t]+(?:THPT|THCS|PTTH|PTCS|Tiểu học|Trung học|Đại học|Cao đẳng)(?![\p{L}])/u.test(text.slice(last.end, last.end + 16))) return true;
  if (run.length === 1) {
    const next = /^[ \t]+(\p{Ll}[\p{Ll}\p{M}]*(?:[ \t]+\p{Ll}[\p{Ll}\p{M}]*)?)/u.exec(text.slice(last.end, last.end + 24));
    if (next !== null) {
      const words = (next[1] as string).split(/[ \t]+/);
      if (VI_TWO_WORD_HEADS.has(`${first.lower} ${words[0] as string}`) || (words.length > 1 && VI_TWO_WORD_HEADS.has(`${first.lower} ${words.join(' ')}`))) return true;
    }
  }
  return false;
}

let orgLabelText: string | undefined;
let orgLabelFound = false;
/**
 * O1 of the seventeenth probe (2026-12-05j): the run (no title before it) is a device's make and model, an article or a
 * possessive before it and a device's noun after it (`a SolarEdge HD-Wave inverter`, `an Itron Cyble module`), or an
 * item of a list after an organisation's or a product's role label (`Sponsor: Boehringer Ingelheim; CRO: …`, `Tariffs:
 * Octopus Flux, Octopus Tracker.`, `Meter Sensus iPERL and an Itron Cyble module`; org-roles.ts orgRoleListBefore)
 * ending at its item's end. A person's evidence keeps the run a person: a listed given name first (`Sponsor: Anna
 * Berg`), an ambiguous one before a listed name, a listed surname last (`Sponsor: Kofi Mensah`, a visa's sponsor;
 * `Novo Nordisk` ends unlisted), credentials or a trial role after it (`Zephra Vlintuk (PI)`, `,
 * MD`), or anything else after it than the item's end (`Tariffs: Octavia Flux asked …`). The label is looked for once
 * per text (mayHoldOrgRoleLabel).
 */
function orgRoleRun(text: string, run: Token[], named: Token[]): boolean {
  const first = run[0] as Token;
  const last = run[run.length - 1] as Token;
  if (last.possessive) return false;
  // A blank and a lower-case letter after the run before the device's nouns are read (most runs have neither).
  const next = text.charCodeAt(last.end + 1);
  if (text.charCodeAt(last.end) === 32 && next >= 97 && next <= 122 && DEVICE_NOUN_AFTER.test(text.slice(last.end, last.end + 24)) && DEVICE_ARTICLE_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start))) return true;
  if (orgLabelText !== text) {
    orgLabelText = text;
    orgLabelFound = mayHoldOrgRoleLabel(text);
  }
  if (!orgLabelFound) return false;
  const after = text.slice(last.end, last.end + 32);
  if (!ROLE_ITEM_END_AFTER.test(after) || PERSON_CREDENTIALS_AFTER.test(after)) return false;
  const lead = named[0] as Token;
  if (lead.kind === 'F' || (lead.kind === 'f' && named.slice(1).some((token) => token.kind === 'F' || token.kind === 'L')) || (named.length >= 2 && (named[named.length - 1] as Token).kind === 'L')) return false;
  return orgRoleListBefore(text, first.start);
}

function decide(text: string, tokens: Token[], index: number, run: Token[], out: Detection[], l: NameLists, orgLists: OrgLists, peopleLists: OrgLists, cuedLists: OrgLists): void {
  const first = run[0] as Token;
  const last = run[run.length - 1] as Token;
  const named = run.filter((token) => token.kind !== 'I' && !PARTICLES.has(token.lower));
  // Five name words only with a person's cue (checked below): South Asian names of a given name,
  // middle names, a clan name and a surname (`Naga Venkata Sai Teja Kommineni`; L1 of the eighth probe).
  if (named.length === 0 || named.length > 5) return;
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  if (run.length === 1 && localizedHeaderWord(text, first, before)) return;
  if (!TITLE_BEFORE.test(before) && (userAgentComment(text, first.start) || voiceId(text, run) || (worksListBefore(text, first.start) && !CUE_BEFORE.test(before)))) return;
  // `The Truman Show`, `Maria Garcia Show`: the word named after the person read inside the run (NAMED_AFTER_WORDS).
  if (run.length >= 2 && last.capitalized && !last.possessive && NAMED_AFTER_WORDS.has(last.lower) && !TITLE_BEFORE.test(before)) return;
  // `Lincoln Memorial` without `the` (O1's open part of 2026-12-05j, 2026-12-06): a memorial's or a building's head ending
  // the run after words the lists hold as places or other stop words only (PLACES, eponyms, drugs: no name) is the place
  // named so. Names the lists lack or hold as names stay persons (`Zephra Vlintuk Memorial` is a private person's
  // memorial service or fund as often, `Maria Garcia Auditorium`): as with `the`, a person's name is never left for it.
  if (run.length >= 2 && last.capitalized && !last.possessive && PLACE_NAMED_HEADS.has(last.lower) && !TITLE_BEFORE.test(before) && named.length >= 2 && named.slice(0, -1).every((token) => token.capitalized && l.stop.has(token.lower))) return;
  // `Ronald McDonald House` (O1 of 2026-12-05j): a full name and `House` (a surname too, so inside the run) is the
  // charity's or the building's; two words (`Maria House`) or a person's cue or verb keep the person.
  if (named.length >= 3 && last.capitalized && !last.possessive && last.lower === 'house' && !TITLE_BEFORE.test(before) && !CUE_BEFORE.test(before) && !PERSON_VERB_AFTER.test(text.slice(last.end, last.end + 24))) return;
  // "Dr. de Vries", "Patient: van der Berg": the particles that lead the run belong to the surname,
  // and a title or cue before them counts as one before it (a probe of 2026-12-02).
  const particles = PARTICLES_BEFORE.exec(before);
  const lead = particles === null ? '' : before.slice(0, before.length - (particles[1] as string).length);
  const leadCue = particles !== null && CUE_BEFORE.test(lead);
  // A run led by a title that German capitalizes as a word of the run (`Frau Lüdenscheidt`, `Herr
  // Okafor`) is titled as one after the title is (`Heute Frau Lüdenscheidt hat`: the capitalized
  // word before it read as a title-case phrase; a probe of 2026-12-04).
  const titleLead = run.length > 1 && first.capitalized && RUN_TITLES.has(first.lower);
  // `100 N Wacker Dr Chicago IL 60606` (a W-2's employer line; O5 of the probe of 2026-12-05e): `Dr`
  // after a house number and a street's name is the street's `Drive`, and the run after it the city.
  if (DRIVE_BEFORE.test(before)) return;
  const titled = titleLead || TITLE_BEFORE.test(before) || DUTCH_TITLE_BEFORE.test(before) || (particles !== null && (TITLE_BEFORE.test(lead) || DUTCH_TITLE_BEFORE.test(lead)));
  // O5 of the leak probe of 2026-12-07: a colleague or a rank addressed by a title with no name (`Sehr geehrte Frau
  // Kollegin`, `Herr Kollege`, `Frau Doktor`, `Herr Oberarzt`); a name after it is its own run (`Frau Kollegin Dr. Rautenstrauch`).
  if (titled && named.every((token) => RUN_TITLES.has(token.lower) || ADDRESSED_ROLE_NOUNS.has(token.lower)) && named.some((token) => ADDRESSED_ROLE_NOUNS.has(token.lower))) return;
  // A clinical document's heading in capitals (`INFORME DE ALTA`, `RAPPORT DE SORTIE`, `LETTERA DI DIMISSIONE`, `BERICHT
  // ZUR AUFNAHME`; O5 of the leak probe of 2026-12-07): one word in capitals ending its line after a document's noun on it.
  if (!titled && run.length === 1 && allCapsToken(text, first) && DOCUMENT_HEADING_BEFORE.test(before) && LINE_END_AFTER.test(text.slice(last.end, last.end + 4))) return;
  // A Dutch possessive before a kinship noun (`Haar zoon`, `Zijn vrouw`, `Hun dochter`): the pronoun, no name.
  if (!titled && run.length === 1 && DUTCH_POSSESSIVES.has(first.lower) && DUTCH_KIN_AFTER.test(text.slice(last.end, last.end + 20))) return;
  // A job's head noun alone, capitalized, with no title (`Seen by Registrar.`, `Discussed with Consultant`): the role (JOB_HEADS), unless the lists hold it as a given name or a surname.
  if (!titled && run.length === 1 && first.kind !== 'F' && first.kind !== 'L' && !last.possessive && JOB_HEADS.has(first.lower) && !PERSON_VERB_AFTER.test(text.slice(last.end, last.end + 24))) return;
  // O3 of probe-2026-12-05j: a German noun the lists lack and its genitive (`von Schlafstörungen des Jungen`, `über
  // Problemen der Familie`) was read as a name with the particles `von` and `des`/`der`; a run that opens so is no person.
  if (!titled && run.length >= 3 && germanGenitiveRun(text, run)) return;
  // "Baker v. Carr", "Landmark case about Marbury v. Madison": a court case's name is public record
  // (Bluebook style: parties' names joined by `v.`), left readable.
  if (!titled && (CASE_NAME_AFTER.test(text.slice(last.end, last.end + 6)) || CASE_NAME_BEFORE.test(before))) return;
  // The open parts of O1 of the probe of 2026-12-05e: a company's brand and the country it serves
  // (`Telekom Deutschland`, `Vodafone España`), a case's short name before its reporter citation
  // (`Erie at 304 U.S. 64`, `Iqbal, 556 U.S. at 678`), an English town `upon` its river
  // (`Newcastle upon Tyne`, `Stratford upon Avon`).
  if (!titled && brandCountryRun(named)) return;
  // O2-O4 of the leak probe of 2026-12-07: a hospital's or a ward's name, an eponym after another language's disease
  // word, a drug by its brand, its dosage form or its generic maker (namedThingRun).
  if (!titled && namedThingRun(text, tokens, index, run, named, before, particles, l)) return;
  // A country alone (LONE_COUNTRIES: `o PT governa o Brasil`), and a town after a copula of the first person and `di`/`de`
  // (`sono di Roma`, `sou de Lisboa`, `siamo di Napoli`: where one is from; names-left 2026-12-07e).
  if (!titled && run.length === 1 && !last.possessive && (particles === null || ORIGIN_COPULA_BEFORE.test(lead)) && LONE_COUNTRIES.has(first.lower) && !PERSON_VERB_AFTER.test(text.slice(last.end, last.end + 24))) return;
  if (!titled && run.length === 1 && particles !== null && /^d[aeiu] $/.test(particles[1] as string) && ORIGIN_COPULA_BEFORE.test(lead)) return;
  if (!titled && (run.length === 1 || (run.length === 2 && CITE_SIGNALS.has(first.lower))) && !CASE_NAME_BEFORE.test(before) && REPORTER_CITE_AFTER.test(text.slice(last.end, last.end + 48))) return;
  if (!titled && run.length === 1 && uponTown(text, first, before)) return;
  // "Rose Garden", "Covent Garden": a common word (or an ambiguous name) before a place's noun.
  // "Palm Springs", "Niagara Falls", "Shaker Heights" (P2 of the fifth probe of 2026-12-04): a place's geographic noun too; a person's verb after it keeps the person (`Maria Springs called`).
  if (!titled && named.length === 2 && PLACE_HEADS.has(last.lower) && ((named[0] as Token).kind === 'f' || (named[0] as Token).kind === 'l' || (named[0] as Token).kind === 'U') && !PERSON_VERB_AFTER.test(text.slice(last.end, last.end + 24))) return;
  // O2 of the probe of 2026-12-05g: a company's legal form of any EU country or the Nordics after
  // the run or ending it (`Novo Nordisk A/S`, `Škoda Auto a.s.`, `Nokia Oyj`, `Orkla ASA`; legal-forms.ts).
  if (!titled && !last.possessive && (LEGAL_FORM_AFTER.test(text.slice(last.end, last.end + 24)) || (run.length >= 2 && legalFormWord(text.slice(last.start, last.end), text.slice(last.end, last.end + 8))))) return;
  // "Parkinson's disease" is an eponym, "Dr Garcia's clinic" a person's clinic.
  if (!(titled && last.possessive) && eponymAfter(text, tokens, index + run.length - 1, l)) return;
  if (!titled && productHeadRun(text, tokens, index + run.length - 1, run.length, before)) return;
  if (lookAlike(text, tokens, index, run, named, before, titled)) return;
  // O3 of probe-2026-12-06: a payment reference in German or French (`Verwendungszweck: Mietzahlung Januar`, `Loyer decembre`; look-alike-runs.ts).
  if (!titled && paymentReferenceRun(text, named.map((token) => token.lower), first.start, last.end)) return;
  // O5 of the leak probe of 2026-12-07: a reference's nouns before a given name after its label (`Verwendungszweck:
  // Darlehen Rückzahlung Max`): the name is read on its own. Before a surname alone the run stays whole (`Miete Ndlovu`).
  const referenceLead = titled || run.length < 2 ? 0 : paymentReferenceLead(text, run.map((token) => token.lower), first.start);
  const afterLead = run[referenceLead];
  if (referenceLead > 0 && afterLead !== undefined && (afterLead.kind === 'F' || afterLead.kind === 'f')) {
    decide(text, tokens, index + referenceLead, run.slice(referenceLead), out, l, orgLists, peopleLists, cuedLists);
    return;
  }
  // O4 of probe-2026-12-06: a job title after a signer's label (`Signed: Senior Claims Adjuster`, `Approved by: Payroll Administrator`).
  if (!titled && jobTitleRun(text, run.map((token) => token.lower), last.end, (word) => l.frequent.has(word) && !l.first.has(word) && !l.last.has(word))) return;
  // O7 of probe-2026-12-06: an insurer's, a bank's or a card's brand (`Molina Healthcare`, `Payer: Molina`, `Barclaycard Platinum`) without a person's cue.
  if (!titled && !CUE_BEFORE.test(before) && financeBrandRun(text, run.map((token) => token.lower), first.start, last.end)) return;
  const lawAt = titled ? -1 : lawOfPerson(text, run, named, before);
  if (lawAt !== -1) {
    // The words before the article, if any, read on their own (`Dopo` of `Dopo la Legge Biagi`).
    if (lawAt >= 3) decide(text, tokens, index, run.slice(0, lawAt - 1), out, l, orgLists, peopleLists, cuedLists);
    return;
  }
  if (PACKAGE_SIZE_AFTER.test(text.slice(last.end, last.end + 16))) return;
  // A brand's word before a model's code (`I use a Shure SM7B`), and an equipment's label at a
  // line's start (`Mic: Rode NT1`; `Mic called` stays a person): products, not persons (X2 of 2026-12-05).
  if (!titled && named.length === 1 && text.charCodeAt(last.end) === 32 && MODEL_CODE_AFTER.test(text.slice(last.end, last.end + 24)) && !CUE_BEFORE.test(before)) return;
  if (!titled && run.length === 1 && text.charCodeAt(last.end) === 58 && EQUIPMENT_LABELS.has(first.lower) && (first.start === before.length ? TEXT_START_BEFORE : LINE_START_BEFORE).test(before)) return;
  // A romanized Japanese record's label (L1 of probe-2026-12-05i: `Koza: DE89…` masked as a person; `Shain bango:`): one
  // of ROMAJI_LABELS before its colon, or any word before `bango` ("number": `Shain bango`, `Kojin bango`).
  if (!titled && run.length === 1 && ((text.charCodeAt(last.end) === 58 && ROMAJI_LABELS.has(first.lower)) || (text.charCodeAt(last.end + 1) === 98 && ROMAJI_NUMBER_AFTER.test(text.slice(last.end, last.end + 10))))) return;
  if (!titled && named.length === 1 && EQUIPMENT_LABEL_BEFORE.test(before)) return;
  if (!titled && makeRun(text, run, before)) return;
  // A Vietnamese label in sentence case at a line's start (`Địa chỉ:`, `Điểm đến:`, `Lịch trình:`; O3 of
  // 2026-12-05f): one capitalized word, then one or two lower-case words of Vietnamese letters and a
  // colon. A Vietnamese name capitalizes every syllable (`Trần Thị Mai:`), and a name before a verb of
  // saying (`Đức nói:`) stays one.
  if (!titled && run.length === 1 && (first.start === before.length ? TEXT_START_BEFORE : LINE_START_BEFORE).test(before)) {
    const label = VI_SENTENCE_LABEL.exec(text.slice(last.end, last.end + 24));
    if (label !== null && (VI_LETTER.test(first.lower) || VI_LETTER.test(label[1] as string)) && !VI_SAYING.test(label[1] as string)) return;
  }
  // The titles of Vietnamese documents (`CĂN CƯỚC CÔNG DÂN`, `CHỨNG MINH NHÂN DÂN`, `CỘNG HÒA XÃ HỘI CHỦ
  // NGHĨA VIỆT NAM`; O3 of 2026-12-05f: `CÔNG` read as a given name): a run inside one is no name.
  if (!titled && VI_LETTER.test(text.slice(Math.max(0, first.start - 30), last.end + 30).toLowerCase()) && insideVietnameseTitle(text, first.start, last.end)) return;
  // The values of an Indonesian identity card's fields (`Agama : ISLAM`, `Pekerjaan : KARYAWAN SWASTA`; O4 of 2026-12-05f) are no names.
  if (!titled && KTP_FIELD_BEFORE.test(before)) return;
  if (!titled && tradeOrPlaceRun(text, run, named, before)) return;
  // O1 of 2026-12-05j: a device's make and model before its noun (`a SolarEdge HD-Wave inverter`), and an item of
  // a list after an organisation's or a product's role label (`Sponsor: Novo Nordisk`, `Tariffs: …, Octopus Flux`;
  // org-roles.ts); a listed given name or credentials keep the person (`Sponsor: Anna Berg (PI)`).
  if (!titled && orgRoleRun(text, run, named)) return;
  // After a label that names a person's name (`Patient: Joy Field, DOB 1980-02-03`, `Name: Hope
  // Brook; MRN 12345`), a street word ending the run is a surname, not a street near a house number:
  // only a street's word after the run counts there (STRONG_NAME_CUE_BEFORE).
  const strongLabel = STRONG_NAME_CUE_BEFORE.test(before.slice(-24));
  if (placeOrShip(text, tokens, index) || streetAhead(text, tokens, index + run.length - 1, run.length > 1 && !strongLabel)) return;
  if (!titled && (teamSigns(named, before) || teamAfter(text, named, last) || (particles !== null && !leadCue && particleTerm(text, named, last)) || streetWordLeads(text, run))) return;

  if (!titled && (INSTITUTION_LEADS.has(first.lower) || PRODUCT_LEADS.has(first.lower))) return;
  // "Schloss Neuschwanstein", "Teatro alla Scala", "Galata Kulesi", "Vergi Dairesi": a landmark's,
  // a street's or a public body's head word of eight languages leads the run (or stands before it
  // with its article) or ends it (place-heads.ts; O5 and O6 of the probe of 2026-12-05e).
  if (!titled && placeOrBodyRun(text, tokens, index, run, before)) return;
  // One word joined by `ve`/`és`/`ja`/`và` to a body's name that ends in its head (`Aile ve Sosyal Hizmetler
  // Bakanlığı`, `Gençlik ve Spor Bakanlığı`; O2 of 2026-12-05j): the body's first word (`Aile` is a listed given
  // name too). After a person's cue or a title (`Dr. Ayşe ve Sağlık Bakanlığı`, `said Ayşe ve …`) it stays a person.
  if (!titled && run.length === 1 && joinedToBody(text, tokens, index + 1) && !CUE_BEFORE.test(before.slice(-40))) return;
  // O4 and O7 of the probe of 2026-12-05e: a role's noun alone is a label (`Insured DOB:`,
  // `policyholder\nInsured vehicle`); an unlisted adjective in `-able`/`-ible` is no name (`Accounts
  // Payable <ap@…>`); a release's code name in parentheses after an operating system's version
  // (`Ubuntu 24.04.1 LTS (Noble Numbat)`, `Debian 13 (Trixie)`); a possessive firm of a place
  // (`Lloyd's of London`).
  if (!titled && run.length === 1 && ROLE_LABEL_WORDS.has(first.lower)) return;
  if (!titled && named.length === 1 && first.kind === 'U' && first.lower.length >= 6 && /(?:able|ible)$/.test(first.lower)) return;
  if (!titled && text.charCodeAt(last.end) === 41 && RELEASE_BEFORE.test(before)) return;
  if (!titled && named.length === 1 && last.possessive && /^['’]s of \p{Lu}/u.test(text.slice(last.end, last.end + 7)) && !CUE_BEFORE.test(before)) return;
  // "Project Artemis", "host Athena", "die Rechnung": an unlisted word after a noun that names a
  // thing, or after a German article (German capitalizes its nouns), is no name (a probe of 2026-12-03).
  if (!titled && particles === null && (named.length === 1 || (named.length === 2 && !(strong((named[0] as Token).kind) && strong((named[1] as Token).kind)))) && (THING_NOUN_BEFORE.test(before) || (named.length === 1 && !strong((named[0] as Token).kind) && GERMAN_ARTICLE_BEFORE.test(before)))) return;
  // "Costa Rica", "Rio de Janeiro", "Victoria Falls": a place of several words (a probe of 2026-12-03).
  // A possessive place (`Martha's Vineyard`; `King's Lynn`, its run `Lynn` after the possessive word): O3 of the probe of 2026-12-05a.
  const possessiveBefore = tokens[index - 1];
  if (!titled && phraseAt(text, tokens, index, CHARACTERS)) return;
  if (!titled && (phraseAt(text, tokens, index, MULTI_WORD_PLACES) || (possessiveBefore !== undefined && possessiveBefore.possessive && possessiveBefore.capitalized && phraseAt(text, tokens, index - 1, MULTI_WORD_PLACES)))) return;
  // O4 of the probe of 2026-12-05g: a Nordic, Baltic, Czech, Slovak or Hungarian street's or
  // square's word in lower case after the run (`Gustav Adolfs torg`, `Karl Johans gate`, `Rātslaukuma
  // iela`), a city before its country (`Bergen, Norway`), a building after `The` alone in a list (`The Ellington,`).
  if (!titled && !last.possessive && LOWER_STREET_AFTER.test(text.slice(last.end, last.end + 12))) return;
  if (!titled && named.length === 1 && last.kind !== 'F' && COUNTRY_AFTER.test(text.slice(last.end, last.end + 24))) return;
  if (!titled && named.length === 1 && run.length === 1 && last.kind !== 'F' && LIST_THE_BEFORE.test(before) && LIST_ITEM_END_AFTER.test(text.slice(last.end, last.end + 4))) return;
  // `My Ghana Card is GHA-…`, `My Visa Card expired`: the English possessive (not the Vietnamese given name `My`) before a card's or document's name (L4 of 2026-12-05j).
  if (!titled && run.length >= 2 && text.slice(first.start, first.end) === 'My' && MY_THING_HEADS.has(last.lower)) return;
  // "NINO: QQ 12 34 56 C", "My Aadhaar is 2345-…": an id's label before its value.
  if (!titled && ID_LABELS.has(last.lower) && ID_LABEL_AFTER.test(text.slice(last.end, last.end + 12)) && /\d/.test(text.slice(last.end, last.end + 24))) return;
  // `Feliz cumpleaños!!`, `Feliz aniversário`, `feliz año nuevo`: a wish's `happy`, no person (the open part of L4 of 2026-12-05e).
  if (!titled && named.length === 1 && /^feli(?:z|ces)$/.test(last.lower) && WISH_AFTER_FELIZ.test(text.slice(last.end, last.end + 16))) return;
  // "Jenkins pipeline failed": a bot or build tool before a noun of its own, or in a list of tools.
  if (!titled && named.length === 1 && BOT_NAMES.has(last.lower) && (TOOL_NOUNS.has(/^ ([a-z]{2,16})\b/.exec(text.slice(last.end, last.end + 18))?.[1] ?? '') || inToolList(text, last))) return;
  // "nach Hause", "zu Hause", "durch Wald": a word the lists hold as a surname only, after a German
  // preposition of place or time, is a German noun (German capitalizes nouns; a probe of 2026-12-03
  // masked `Hause`). A given name stays a person (`zu Anna`), so does a title (`zu Herrn Becker`).
  if (!titled && named.length === 1 && last.kind === 'L' && !l.first.has(last.lower) && (GERMAN_PREPOSITION_BEFORE.test(before) || GERMAN_NOUN_BEFORE.test(before))) return;
  if (!titled && run.length === 1 && (first.lower === 'im' || first.lower === 'am') && SENTENCE_START.test(before.slice(-4)) && GERMAN_FUSED_START_AFTER.test(text.slice(first.end, first.end + 28))) return;
  // "Queen Elizabeth Hospital Birmingham", "University Hospital Coventry": a word right after an
  // institution's word in capitals is the place in the institution's name.
  const previousToken = tokens[index - 1];
  // A district's or a compass word after one is the branch (`Familienberatungsstelle Nord`, `Jugendamt Mitte`; O3 of
  // probe-2026-12-05j), even when the lists hold it as a surname (`Nord`).
  if (!titled && previousToken !== undefined && previousToken.capitalized && ((named.length === 1 && INSTITUTION_WORDS.has(previousToken.lower)) || (named.length <= 2 && previousToken.kind === 'W' && (!named.some((token) => strong(token.kind)) || (named.length === 1 && AGENCY_BRANCH_WORDS.has(first.lower))) && institutionCompound(previousToken.lower))) && text.slice(previousToken.end, first.start) === ' ') return;
  // O3 of probe-2026-12-05j: a lone German kinship noun after an article or a possessive is that noun (`Der Sohn
  // besucht …`, `die Mutter`; GERMAN_KIN_NOUNS), even one the lists hold as a surname (`Sohn`).
  if (!titled && run.length === 1 && GERMAN_KIN_NOUNS.has(first.lower) && GERMAN_DETERMINER_BEFORE.test(before)) return;
  // "Techniker Krankenkasse", "Barmer Ersatzkasse", "Stadtwerke München": a run right before a
  // compound that names an institution, or of no listed name right after one, is that
  // institution's name (the third probe of 2026-12-04, O4: `mit der Techniker Krankenkasse`, `an
  // die Stadtwerke München` were persons; `Stadtsparkasse Okafor` keeps the person).
  const nextToken = tokens[index + run.length];
  if (!titled && named.length <= 2 && nextToken !== undefined && nextToken.capitalized && nextToken.kind === 'W' && text.slice(last.end, nextToken.start) === ' ' && institutionCompound(nextToken.lower)) return;
  // Firms named after people: "Morgan Stanley", "Johnson Controls", "we bought from Dell", and
  // "Ernst & Young"-style pairs joined by an ampersand.
  // (A member of a list of people after a meeting's cue is no firm: `Lunch with Priya, Anil & Deepa`.)
  // A person's verb right after the firm's spelling and a personal pronoun of the same clause
  // make it a person who has the firm's name (`Charles Stanley called about his account`; `Morgan
  // Stanley said in a note` stays the firm).
  // O1 of the probe of 2026-12-05i: a firm's noun right before the run, with no colon (`the law firm Odusanya
  // Whitcombe`, `Agency Robert Walters` of an ATS's sources, `recruitment agency Michael Page`), or a trade's
  // head noun, capitalized, ending the run or right after it (`Nomura Securities`, `Hannover Rück`).
  if (!titled && (FIRM_NOUN_BEFORE.test(before) || tradeHeadRun(text, tokens, index + run.length - 1, run.length))) return;
  if (!titled && run.length === 1 && !last.possessive && (before.includes(' at ') || before.includes(' from ')) && LAWYERS_AT_BEFORE.test(before)) return;
  // O1's open part of probe-2026-12-05i: a listed firm of two words or more inside a longer run (`Via Gibson Dunn
  // Crutcher`, `Okafor Skadden Arps`) is the firm from its first word on; the words before it are read on their own. A
  // given name alone before it may begin a person's name that ends in the firm's words (`Maria Morgan Stanley`,
  // `Juan Davis Polk`): read as before.
  if (!titled && run.length >= 3) {
    for (let j = 1; j <= run.length - 2; j++) {
      if ((run[j] as Token).kind === 'I' || !(run[j] as Token).capitalized || !FIRM_FIRST_WORDS.has((run[j] as Token).lower) || (j === 1 && ((run[0] as Token).kind === 'F' || (run[0] as Token).kind === 'f')) || !phraseAt(text, tokens, index + j, FIRMS)) continue;
      decide(text, tokens, index, run.slice(0, j), out, l, orgLists, peopleLists, cuedLists);
      return;
    }
  }
  if (!titled && !FIRM_NAMED_PERSON_AFTER.test(text.slice(last.end + (last.possessive ? 2 : 0), last.end + 72)) && !designerNamedPerson(text, run, named, before, last) && (firmAt(text, tokens, index) || initialledFirm(text, run, before, last.end) || (ampersandFirm(text, first.start, last.end + (last.possessive ? 2 : 0)) && !cuedLists.has(first.start)) || (!last.possessive && commaFirm(text, named, last.end)))) return;
  // "Joaquin Suarez 2906", "9816 214 Pavlou Drandaki": words next to a house number are a street.
  // Not after a label that names a person (strongLabel: `Patient: John Smith 4111 1111 1111 1111`,
  // `Client: Maria Lopes 934 567 890`, `Name: Hope Brook 12`): the number after the name is the
  // record's next field (the adapters' probe of 2026-12-07, L4); `Address: Joaquin Suarez 2906` stays a street.
  const b1 = before.charCodeAt(before.length - 1);
  const b2 = before.charCodeAt(before.length - 2);
  const numberAfter = text.slice(last.end + (last.possessive ? 2 : 0), last.end + 20);
  // After a role or kinship word of INTL_ROLE_WORDS (intlRoleBefore) the digits before the run are an id and those after it a phone (`manželka Eva Balážová 0908 765 432`): no street.
  // Up to three words, none an institution's (`Pacient Spitalul Judetean Cluj` is a hospital's: INTL_INSTITUTION_WORD), or more with a listed one or in capitals (`POPESCU ANDREI-MIHAI`).
  // A German kinship noun before two name words or more (germanKinBefore: `Mutter Elif Aydın`) counts as these do.
  const intlRole = (intlRoleBefore(before) || (named.length >= 2 && germanKinBefore(before))) && !named.some((token) => INTL_INSTITUTION_WORD.test(token.lower)) && (named.length <= 3 || named.some((token) => strong(token.kind)) || named.every((token) => allCapsToken(text, token)));
  if ((b1 === 32 || b1 === 9) && b2 >= 48 && b2 <= 57 && named.some((token) => REMITTANCE_WORDS.has(token.lower) || (token.kind === 'U' && GERMAN_NOUN_ENDING.test(token.lower))) && REFERENCE_NUMBER_BEFORE.test(before)) return;
  if (!intlRole && (((b1 === 32 || b1 === 9) && b2 >= 48 && b2 <= 57 && !PAYMENT_CUE_BEFORE.test(before) && !REFERENCE_NUMBER_BEFORE.test(before) && !ID_LABEL_NUMBER_BEFORE.test(before) && !gitAuthorBefore(text, before, last.end)) || (!strongLabel && /^ \d{1,5}(?:[A-Za-z])?(?![\d.,:/-]\d)(?:$|[\s,.;!?)])/.test(numberAfter) && !AMOUNT_AFTER.test(numberAfter) && !AGE_SEX_AFTER.test(numberAfter) && !AGE_AFTER.test(numberAfter) && !addressAhead(text.slice(last.end + (last.possessive ? 2 : 0), last.end + 64)) && !unitCodeAfterName(text, run, named, before, numberAfter)))) return;
  // "in Bremen Ohlenhof", "I work for Wolters Kluwer": a place or an employer, unless clearly a full name.
  const strongNamed = named.filter((token) => strong(token.kind)).length;
  if (strongNamed < 2 && PLACE_OR_EMPLOYER_BEFORE.test(before)) return;
  // "nato a Roma", "vive en Sevilla": a verb of living or travelling and its preposition before a
  // place (LOCATIVE_BEFORE); "nato a Roma da Giulia Bianchi": the place, a particle, then a person
  // read on her own (the particle before her is kept with her, as a particle that leads a name is).
  if (!titled && locativeBefore(before)) {
    if (strongNamed < 2) return;
    const second = run[1];
    if (run.length >= 3 && second !== undefined && !second.capitalized && PARTICLES.has(second.lower)) {
      decide(text, tokens, index + 2, run.slice(2), out, l, orgLists, peopleLists, cuedLists);
      return;
    }
  }
  // A form's or a table's field label, not a value after one (the fourth probe of 2026-12-04, Q3:
  // `First Name    Last Name    Status` masked `Last`, read as a name after the cue `Name`;
  // `First Name Field` masked `Field`): a lone word of a name field's label before `Name`
  // (`Last Name`, `Given Name`), or a form's noun (`Field`, `Required`, `Status`) right after a
  // `Name` cue.
  if (named.length === 1 && run.length === 1) {
    const only = named[0] as Token;
    if ((NAME_FIELD_WORDS.has(only.lower) && FIELD_NOUN_AFTER.test(text.slice(only.end, only.end + 12))) || (FORM_NOUNS.has(only.lower) && NAME_LABEL_BEFORE.test(before))) return;
  }
  // "il volo per Roma", "in via Garibaldi": a noun of travel and its preposition, or a street's
  // word, before a place or a street's name (TRAVEL_BEFORE, LOWER_STREET_WORDS).
  if (!titled && (named.length === 1 || strongNamed === 0) && travelOrStreetBefore(before)) return;
  // "piazza Giuseppe Garibaldi", "avenue Victor Hugo", "calle de Alfonso XII": a street's word in
  // lower case right before a full name names the street after the person (O5 of the probe of 2026-12-05e).
  if (!titled && (lowerStreetWordBefore(before) || (particles !== null && lowerStreetWordBefore(lead)))) return;
  const strongCount = strongNamed;
  // Cues decide only runs without a listed name, or with a lone one.
  const needsCue = strongCount === 0 || (named.length === 1 && !strong((named[0] as Token).kind));
  // No cue from a line's "Word: text" shape: "Echo: hello" and "Authorization: Bearer" are no speakers.
  // A greeting or a sign-off that stands as one ("Hi Wiremu," / "Best,\nTamati") is a full cue.
  const salutation = needsCue && named.length <= 3 && !named.some((token) => NOT_SALUTED.has(token.lower)) && greetingAround(text, before, last.end + (last.possessive ? 2 : 0), true);
  // A payment's cue takes two words or more (`Pay Bill`, `Paid Netflix` stay).
  // A clinical title before a lone unlisted word with an English ending is a phrase (`RN Handover`, `NP Complete`).
  const clinical = CLINICAL_TITLE_BEFORE.test(before) && !(named.length === 1 && (named[0] as Token).kind === 'U' && (ENGLISH_INFLECTION.test((named[0] as Token).lower) || l.frequent.has((named[0] as Token).lower)));
  const cueBefore = CUE_BEFORE.test(before) || DUTCH_TITLE_BEFORE.test(before) || intlRole || clinical || officeTitleBefore(text, tokens[index - 1], first, named.length) || (needsCue && (kinNounBefore(before) || romanceKinBefore(before)) && named.every((token) => token.kind !== 'W') && (named.length === 1 || named.some((token) => token.kind === 'U' || strong(token.kind)))) || (needsCue && nameStatementBefore(before)) || labelLineBefore(before, text, first.start) || (formNameLabelBefore(text, first.start) && !/^[ \t]\p{Lu}{2,}(?![\p{L}\p{N}])/u.test(text.slice(last.end, last.end + 40))) || (named.length >= 2 && PAYMENT_CUE_BEFORE.test(before)) || NAME_EQUALS_BEFORE.test(before) || AGE_SEX_BEFORE.test(before);
  // "von der Leyen said", "President van den Broek": two Dutch or German particles make a surname's
  // prefix, so the unknown word after them is a surname (a probe of 2026-12-03 found it raw; a term
  // after it, `van der Waals force`, returned above). Not the Romance `de la`: "of the" in prose.
  const surnamePrefix = particles !== null && last.kind !== 'f' && last.kind !== 'l' && surnameAfterPrefix(text, particles[1] as string, last);
  const cue = needsCue && (salutation || cueBefore || leadCue || surnamePrefix || titleLead);
  const weak = cue && !salutation && WEAK_CUE.test(cueBefore ? before : lead);
  const unknown = named.filter((token) => token.kind === 'U').length;
  const firstKind = (named[0] as Token).kind;
  // What people do, said right after the run ("Rahul approved the refund", "Maria said"), and a
  // verb addressed to a person right before it at a sentence's start ("Ask Rahul about it", "Call
  // Thandiwe Ndlovu", "Refund Thandiwe Ndlovu"): cues for names the lists lack (a probe of
  // 2026-12-03 found them raw). An ambiguous word (a common English word) takes only the first.
  const after = text.slice(last.end + (last.possessive ? 2 : 0), last.end + 40);
  const doneByPerson = !last.possessive && (PERSON_VERB_AFTER.test(after) || KIN_AND_AFTER.test(after));
  const addressed = ADDRESSED_BEFORE.test(before);
  // An identity label, an age and sex or an address in angle brackets after it (IDENTITY_LABEL_AFTER).
  const recordAfter = !last.possessive && (IDENTITY_LABEL_AFTER.test(after) || AGE_SEX_AFTER.test(after) || EMAIL_AFTER.test(after));
  // `a Rose Gold iPhone`, `the Bill Pay feature`, `Use Bill Pay`: a product's, a colour's or a
  // feature's name made of common words (P3 of the fifth probe of 2026-12-04; thingName).
  if (!titled && !cueBefore && !salutation && !leadCue && !doneByPerson && !addressed && !recordAfter && thingName(text, named, run, before)) return;
  // A title, a cue that is no weak one, a greeting, a person's verb after the run, a verb addressed
  // to a person before it, or a record's label, age or email after it: the run is a person's name
  // even when its words are places or common words (`Mrs. Maria Lincoln`, `Patient: Maria Dover`,
  // `Dear Maria Lincoln,`, `Maria Lincoln called`, `Ms. Ruby Red`).
  const personCue = titled || (cueBefore && !WEAK_CUE.test(before)) || APPROVER_BEFORE.test(before) || salutation || GREETING_BEFORE.test(before) || (leadCue && !WEAK_CUE.test(lead)) || doneByPerson || addressed || recordAfter;
  // A surname before a place's word after a verb addressed to a person and nothing else of a
  // person's (`Contact Hyde Park`, `Contact Carnegie Hall for tickets`): the place, as without the
  // verb (placeWordPerson); a given name keeps the person (`Contact Amara Park`; issue 11 of 2026-12-05).
  if (addressed && !titled && !(cueBefore && !WEAK_CUE.test(before)) && !salutation && !doneByPerson && !recordAfter && run.length === 2 && named.length === 2 && ((named[0] as Token).kind === 'L' || (named[0] as Token).kind === 'l') && last.capitalized && PLACE_WORDS_OF_SURNAMES.has(last.lower)) return;
  // A run holding a surname that is also a place's word (`Park`, `Hall`, `Lane`: PLACE_WORD_SURNAMES).
  const placeWord = named.length >= 2 && !personCue && named.some((token, k) => k > 0 && token.capitalized && PLACE_WORD_SURNAMES.has(token.lower));
  if (placeWord && !placeWordPerson(text, tokens, index, run, named, before, out, cueBefore)) return;
  // `Lake Tahoe`, `Lake Como`: `Lake` leading a run is the place's prefix.
  if (!personCue && first.capitalized && first.lower === 'lake' && named.length >= 2) return;
  let accept: boolean;
  if (named.length === 1) {
    const only = named[0] as Token;
    const inFirm = orgLists.has(only.start);
    const inPeople = peopleLists.has(only.start);
    // "Don't go to town, Mark!", "Remember me, Maria?": a name called out between a comma and ! or ?.
    const vocative = (only.kind === 'f' || only.kind === 'l') && /, $/.test(before) && /^[!?]/.test(text.slice(only.end + (only.possessive ? 2 : 0), only.end + 3));
    const verbCue = !inFirm && (only.kind === 'U' ? doneByPerson || addressed || recordAfter : only.kind === 'f' && doneByPerson);
    // "J. Smith was discharged", "pt J. Smith": an initial and its dot before a name that is also a
    // common word (`Smith`, `Baker`, `King`) make it a surname, as a listed surname is (a probe of
    // 2026-12-04); not a letter that grades or names a thing before a sentence's first word
    // (`vitamin B. May cause`, `hepatitis B. Young patients`, `Plan B. Will`: LETTER_TAKERS). An
    // unlisted word after an initial stays unread (`E. Coli`, `H. Pylori`).
    const initial = run[0] as Token;
    const initialBefore = (only.kind === 'l' || only.kind === 'f') && !inFirm && run.length === 2 && initial.kind === 'I' && /^[A-Z]$/.test(text.slice(initial.start, initial.end)) && text.charCodeAt(initial.end) === 46 && !LETTER_TAKER_BEFORE.test(text.slice(Math.max(0, initial.start - 24), initial.start));
    // "Discharged: J. Garcia, M. Nguyen, T. Havili", "pt T. Havili": a word the lists lack after an
    // initial and its dot is a surname beside another initial and name of a list of people (a
    // listed name, or one found already) or after a clinical cue (a probe of 2026-12-04), not a
    // species (`E. Coli`, `S. Aureus`: SPECIES_AFTER_INITIAL) and not after a letter of its own
    // (`U.S. Army`).
    const unlistedAfterInitial = only.kind === 'U' && !inFirm && run.length === 2 && initial.kind === 'I' && /^[A-Z]$/.test(text.slice(initial.start, initial.end)) && text.charCodeAt(initial.end) === 46 && !SPECIES_AFTER_INITIAL.has(only.lower) && !/[\p{L}\p{N}.]$/u.test(before) && !LETTER_TAKER_BEFORE.test(before) && (INITIAL_CUE_BEFORE.test(before) || initialNameBeside(text, before, initial.start, only, out, l));
    // A lone given name the lists lack or hold as a word too after a person's verb and `by` (LONE_BY_BEFORE: `called by Hyacinth`,
    // `requested by Ngozi`): a capital then small letters, no firm's, no frequent word, no English ending (recordNameWord).
    const doneBy = !inFirm && run.length === 1 && (only.kind === 'U' || only.kind === 'f') && !only.possessive && LONE_BY_BEFORE.test(before) && loneByName(text.slice(only.start, only.end), l);
    const tenantIntro = !inFirm && run.length === 1 && (only.kind === 'U' || only.kind === 'f') && !only.possessive && THIS_IS_GREETING_BEFORE.test(before) && UNIT_AFTER.test(after) && loneByName(text.slice(only.start, only.end), l);
    accept = strong(only.kind) ? !inFirm : (cue && !weak) || (!inFirm && inPeople && !l.stop.has(only.lower)) || vocative || verbCue || initialBefore || unlistedAfterInitial || doneBy || tenantIntro;
  } else if (strongCount >= 1) {
    // More unknown words beside a listed one only with a person's cue (`Aryan Pratap Singh Rathore
    // will cover the shift`, `Hi Venkata Subrahmanya Sastry Kolluri`: L1 of the eighth probe).
    accept = unknown <= 2 || (unknown <= 4 && (personCue || (cue && !weak)));
  } else if (firstKind === 'f') {
    // An ambiguous given name and a surname that is also a place (`Maria Lincoln`, `Maria Dover`:
    // PLACES) is a person's name after a person's cue (personCue), and so are common words after a
    // title (`Ms. Ruby Red`; after a cue alone they stay no name: `Dear Grace Mark`); without a
    // cue, only before an unknown or ambiguous surname, or a common surname the lists hold as an
    // ambiguous given name (`Grace Miller`: SURNAME_WORDS).
    const surnames = named.slice(1).every((token) => token.kind === 'U' || token.kind === 'l' || token.kind === 'L' || l.stop.has(token.lower) || SURNAME_WORDS.has(token.lower));
    // After a label or a self-introduction that names a person's name (`Name: Carol King`,
    // `Patient: Joy Field`, `my name is Ivy Ford`: STRONG_NAME_CUE_BEFORE; L1 of the probe of
    // 2026-12-04g), two ambiguous words are a given name and a surname.
    // So after a role label of a person with its colon (`Tenant: Grace Hill`, `Owner: Grace Hill`,
    // `Contact: Maria Lincoln`: PERSON_ROLE_LABEL_BEFORE; issue 11 of 2026-12-05). `Location: Grace
    // Hill` stays a place; `Contact: Hyde Park`, `Owner: Acme Ltd` hold no given name.
    // So after `Owner`, `Contact`, `Account owner`, `Point of contact` without a colon when the name
    // ends there (`Owner Grace Hill`, `Contact Grace Hill, 555-0100`, `Contact Grace Hill approved
    // it`: OWNER_CONTACT_NOUN_BEFORE, NAME_ENDS_AFTER; `Contact Grace Hill Academy` stays).
    const labelled = named.length === 2 && (named[1] as Token).kind === 'f' && (STRONG_NAME_CUE_BEFORE.test(before.slice(-24)) || PERSON_ROLE_LABEL_BEFORE.test(before.slice(-32)) || PERSON_ROLE_NOUN_BEFORE.test(before.slice(-16)) || (OWNER_CONTACT_NOUN_BEFORE.test(before.slice(-32)) && !last.possessive && (NAME_ENDS_AFTER.test(after) || doneByPerson)));
    accept = titled || labelled || (personCue && surnames) || named.slice(1).every((token) => SURNAME_WORDS.has(token.lower)) || (named.slice(1).every((token) => token.kind === 'U' || token.kind === 'l' || token.kind === 'L') && !named.slice(1).every((token) => l.stop.has(token.lower)));
  } else if (unknown === named.length && named.length <= 3) {
    // Two or three unknown capitalized words ("Krisztián Szöllösy", "Chihiro Fukunaga"): a name
    // when nothing marks them as an organisation, place or title (checked above), or after a cue.
    accept = cue || doneByPerson || addressed || recordAfter || !titleCasePhrase(text, tokens, index, index + run.length - 1);
  } else if (unknown === named.length && personCue) {
    // Four or five unknown words with a person's cue (`Venkata Subrahmanya Sastry Kolluri will
    // cover the night shift`: L1 of the eighth probe).
    accept = true;
  } else {
    accept = cue && (!weak || unknown >= 1);
  }
  if (placeWord) accept = true;
  if (!accept && !titled && run.length === 2 && named.length === 2 && !CAPITAL_WORD_BEFORE.test(before) && givenBeforeCountry(named, l)) accept = true;
  if (named.length === 5 && !(personCue || (cue && !weak))) accept = false;
  // The surname first (`Park Jiwoo called`, `Patient: Park Min-jun`: Korean order) after a person's cue.
  if (!accept && personCue && first.capitalized && first.lower === 'park' && named.length >= 2 && named.length <= 3 && named.slice(1).every((token) => token.kind === 'U')) accept = true;
  if (accept && named.length === 1 && l.stop.has((named[0] as Token).lower) && !cue && !(doneByPerson && (named[0] as Token).kind === 'f')) accept = false;
  if (accept && !titled && !cue && run.length === 1 && (romanceDeterminer(text, before, first) || romanceVerbLead(text, before, first))) accept = false;
  if (accept && !titled && !cueBefore && !salutation && !addressed && monthAfterWord(text, tokens, index, run)) accept = false;
  // O2 of probe-2026-12-06: `SO Dec rent`, `Memo: Jan utilities`: a month's abbreviation before a statement line's noun (look-alike-runs.ts).
  if (accept && !titled && !salutation && !addressed && run.length === 1 && !last.possessive && monthBeforeStatementNoun(text, first.lower, last.end)) accept = false;
  // O6 of probe-2026-12-06: `Auth request:`, `Cron started 02:05`: a computing term opening a log line (look-alike-runs.ts).
  if (accept && !titled && !cueBefore && !salutation && !addressed && run.length === 1 && logTermOpening(text, first.lower, first.start, last.end)) accept = false;
  // O8 of probe-2026-12-06: `Best,\nEscalated`: a word the lists lack that is a message of its own, alone after a sign-off (look-alike-runs.ts; salutationWord reads the listed words).
  if (accept && !titled && salutation && run.length === 1 && loneUtterance(first.lower)) accept = false;
  if (accept && !titled && !cueBefore && !salutation && !addressed && weekdayOfDate(text, run, before)) accept = false;
  if (accept && !titled && run.length === 1 && ROMANCE_MONTHS.has(first.lower) && DAY_DE_BEFORE.test(before)) accept = false;
  if (!accept) return;
  // A Dutch honorific written without its dot leads the run (`Mevr A. van der Heijden`, `Dhr J. de
  // Vries`): the name starts after it, the title stays readable as `mevr.` before a run does.
  const dutchLead = titleLead && DUTCH_RUN_TITLES.has(first.lower) ? (run[1] as Token).start : -1;
  pushRunPerson(text, out, dutchLead !== -1 ? dutchLead : particles === null ? first.start : first.start - (particles[1] as string).length, last.end);
  if (named.length === 1 && !last.possessive) nextLineSurname(text, tokens, index + run.length, before, last, l, out);
}

/**
 * The author's place in git's one-line formats (L1 of the twelfth probe, 2026-12-05e: `git log
 * --format='%h %an %ad %s'` stored `3f9a1c2 Leonora Castellanos 2026-12-02 Fix rounding` raw, and
 * `git shortlog -sn` its `    42\tLeonora Castellanos`): the digits before the run end a commit's
 * hash (seven to forty hex digits with a letter `a`-`f`; a graph's `*` or `|` before it) or an ISO
 * date, or they are shortlog's count at a line's start followed by a tab and the run ends its line
 * (or an address in angle brackets, `-e`). No house number is written so. Anchored, on the 40
 * characters before the run and 340 after it.
 */
const GIT_HASH_OR_DATE_BEFORE = /(?:(?<![\p{L}\p{N}_./-])(?=[0-9a-f]{0,39}[a-f])[0-9a-f]{7,40}|(?<![\p{L}\p{N}_./:-])\d{4}-\d{2}-\d{2})[ \t]{1,2}$/u;
const SHORTLOG_COUNT_BEFORE = /(?:^|\n)[ \t]{0,8}\d{1,7}\t$/;
const SHORTLOG_NAME_AFTER = /^(?:[ \t]{1,2}<[^\s<>]{1,64}@[^\s<>]{1,255}>)?[ \t]*(?:\r?\n|$)/;
/**
 * An abbreviated hash of digits only (`4410982 Qxaro Vlintuk 2026-11-03 Merge branch`; one in
 * sixteen seven-digit hashes has no letter) at a line's start, a graph's `*` or `|` allowed before
 * it, is a hash only when the run is followed by an ISO date or git's relative date (`, 3 days
 * ago`): a house number has a street after it (L1 of the twelfth probe, open part).
 */
const DIGIT_HASH_BEFORE = /(?:^|\n)(?:[*|][ \t]{1,2})?\d{7,12}[ \t]$/;
const GIT_DATE_AFTER = /^(?:[ \t]{1,2}\d{4}-\d{2}-\d{2}(?![\d-])|,?[ \t]\d{1,3}[ \t](?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)[ \t]ago\b)/;
function gitAuthorBefore(text: string, before: string, end: number): boolean {
  if (GIT_HASH_OR_DATE_BEFORE.test(before)) return true;
  if (DIGIT_HASH_BEFORE.test(before) && GIT_DATE_AFTER.test(text.slice(end, end + 24))) return true;
  return SHORTLOG_COUNT_BEFORE.test(before) && SHORTLOG_NAME_AFTER.test(text.slice(end, end + 340));
}
/** A flat's, room's or seat's code after a name: one to four digits and a capital (`4B`, `14C`, `112A`; a lower-case letter is a house number's, `12a`), then the end, a blank or a punctuation mark. */
const UNIT_CODE_AFTER = /^ \d{1,4}[A-Z](?=$|[\s,.;!?)])/;
/**
 * `Maria Lopez 4B`, `Seat: Amara Okafor 14C`, `Guest: Maria Lopez 4B`: a listed given name and
 * surname (no word of them a common word, and none a street's word before them) before a flat's,
 * room's or seat's code (UNIT_CODE_AFTER) are the person the code is hers, not a street named after
 * a person before its house number (`Joaquin Suarez 2906` stays; a probe of 2026-12-05 found the
 * name stored raw). The code stays: the span is the name's.
 */
function unitCodeAfterName(text: string, run: readonly Token[], named: readonly Token[], before: string, numberAfter: string): boolean {
  if (named.length < 2 || named.length > 3 || run.some((token) => token.possessive) || !UNIT_CODE_AFTER.test(numberAfter)) return false;
  const first = named[0] as Token;
  const last = named[named.length - 1] as Token;
  if (!(first.kind === 'F' || first.kind === 'f') || !(last.kind === 'L' || last.kind === 'l' || last.kind === 'U') || !(strong(first.kind) || strong(last.kind))) return false;
  const word = /(\p{L}+)[ \t]{1,2}$/u.exec(before)?.[1]?.toLowerCase();
  return !(word !== undefined && (LOWER_STREET_WORDS.has(word) || LEADING_STREET_WORDS.has(word) || PLACE_PREFIXES.has(word)));
}

/** A line's `Label:` that names a person (`Name of insured:`, `Patient Name:`, `Claimant:`), the line's start to the value. */
const NAME_VALUE_LABEL_LINE = /^[ \t]{0,8}[\p{L}][\p{L} \t'’.]{0,30}:[ \t]{0,8}$/u;
/** What ends a value of a form's column: the line's or the text's end, column padding, or another `Label:`. */
const COLUMN_END_AFTER = /^(?:[ \t]*(?:\r?\n|$)|[ \t]{2,}|\t|[ \t]\p{Lu}[\p{L}.#]{0,12}(?: [\p{L}.#]{1,12})?:)/u;
/**
 * A name continued on the next line after its label (PDF and form text extraction; L11 of the
 * seventh probe of 2026-12-04): `Name of insured: Brannoch\nFeltsby\nPolicy: …`, `Patient Name:
 * Dorric\nHalversham    MRN: …`. When a label's value is one word alone on its line, the next
 * line's one capitalized word that the lists hold as a name or lack (no English word: `Approved`),
 * ending at the line's end, column padding or another label, is the rest of the name; a label
 * (`Policy:`) or a sentence (`The claim was filed`) on the next line is not.
 */
function nextLineSurname(text: string, tokens: Token[], nextIndex: number, before: string, last: Token, l: NameLists, out: Detection[]): void {
  const next = tokens[nextIndex];
  if (next === undefined || !next.capitalized || next.possessive || !(next.kind === 'U' || strong(next.kind) || next.kind === 'l') || l.stop.has(next.lower)) return;
  if (!/^[ \t]*\r?\n[ \t]{0,8}$/.test(text.slice(last.end, next.start))) return;
  const lineStart = before.lastIndexOf('\n') + 1;
  const label = before.slice(lineStart);
  if (!NAME_VALUE_LABEL_LINE.test(label) || !(STRONG_NAME_CUE_BEFORE.test(label) || /name|insured|claimant|beneficiary|policyholder|holder|applicant/i.test(label))) return;
  if (!COLUMN_END_AFTER.test(text.slice(next.end, next.end + 32))) return;
  // The next field's label is no surname (`FirstName: Qxaro\nLast Name: Vlintuk`, MySQL's vertical
  // output: `Last` was taken for the surname, found by text-tables.test.ts's property).
  if (NAME_LABEL_AHEAD.test(text.slice(next.start, next.start + 24))) return;
  pushPerson(text, out, next.start, next.end);
}

// Lower-case names: a listed first name and a listed surname or first name ("patricia johnson"),
// or one of them a name the lists hold as ambiguous (a word of the English lists, as many
// frequent names are: "maria", "smith", "martin") beside a listed one: "maria garcia", "john
// smith" (a probe of 2026-12-03: they were documented as caught and stayed raw). Two ambiguous
// words are no name ("will smith", "mark rose"), nor an ambiguous word that is an English verb or
// function word next to a name ("john will", "john may", "in garcia", "so johnson").
const LOWER_NOT_NAMES = new Set(`will may can an any in my so ha had hi ok ma pa em else even early far free many see say saw sang sung
soon way wait wake wash win wilt worth read row rip rob ran ram nap pat pet tan trip tuck wade mar marry carry care chase
cherish chuck cull dare deny desire drew hang hew hung hunt itch lay lean link loan lock love pace park trace bail ban bear
bent brew cash bill mark grant hope frank rich young long major minor miss happy lucky keen fair glad merry noble royal
new old big top far near just only also too very then when what who how why here there where our his her their its
ado adore amble con coy curt cut did do done even gay hasty ditto sly tiny few yet yes no not nor of on off per via
king queen prince princess lady duke earl baron mayor rabbi dame sergeant marshal warden captain general north west`.split(/\s+/));
/**
 * Whether `head` is Dutch `ben` after `ik` or German `bin` after `ich` (a copula, no given name `Ben`), or an adverb of
 * FOREIGN_PREDICATE_ADVERBS after a copula: `ik ben moe` (tired)
 * was masked as the name `ben moe`, `ik ben jan` as `ben jan` (names-left 2026-12-07e); what follows is read as an
 * introduction (FOREIGN_INTRO).
 */
function copulaVerbAt(text: string, head: Token): boolean {
  if (head.lower === 'ben' || head.lower === 'bin') return /(?:^|[^\p{L}])i(?:k|ch)[ \t]+$/iu.test(text.slice(Math.max(0, head.start - 6), head.start));
  // An adverb opening a copula's predicate (`soy casi feliz`: `Casi` and `Feliz` are listed names; a draw of
  // copula-adverbs-2026-12-07d's property found it masked).
  return FOREIGN_PREDICATE_ADVERBS.has(head.lower) && COPULA_BEFORE.test(text.slice(Math.max(0, head.start - 12), head.start));
}
/** A copula of FOREIGN_COPULA right before a word. */
const COPULA_BEFORE = /(?:^|[^\p{L}])(?:soy|sono|sou|ben|bin|suis|jestem)[ \t]{1,3}$/iu;
function lowerCasePair(head: Token, next: Token, l: NameLists): boolean {
  // Nor a pair whose second word is a particle: `Er kam von der Arbeit` (`kam` is a listed name,
  // `von` a particle; a probe of 2026-12-03), `ich war van der …`.
  if (PARTICLES.has(head.lower) || PARTICLES.has(next.lower) || head.lower === '' || next.lower === '') return false;
  // Nor a possessive or an article before a kinship noun of its language: French `son fils`, `son
  // mari` (`Son` a listed name, `fils` a name's suffix; O5 of the tenth probe of 2026-12-05).
  if (((ROMANCE_KIN_DETERMINERS.get(head.lower) ?? 0) & (ROMANCE_KIN.get(next.lower) ?? 0)) !== 0) return false;
  if (head.kind === 'F' && (next.kind === 'L' || next.kind === 'F')) return true;
  const ambiguous = (token: Token) => token.kind === 'W' && token.lower.length > 2 && l.ambiguousFirst.has(token.lower) && !LOWER_NOT_NAMES.has(token.lower) && !l.stop.has(token.lower);
  // "john smith": a listed first name and an ambiguous one; "maria garcia": an ambiguous first
  // name and a listed surname or first name.
  return (head.kind === 'F' && ambiguous(next)) || (ambiguous(head) && (next.kind === 'L' || next.kind === 'F'));
}

// Spanish, Portuguese and Italian possessives and articles that are also listed names (`Su`, `Tu`,
// `Un`, `Mi`): at a sentence's start before a lower-case noun of those languages they are no name
// (`Su pedido ha sido enviado`, `Tu cuenta`, `Un saludo`; a probe of 2026-12-03).
const ROMANCE_DETERMINERS = new Set('su sus tu tus mi mis un una uno el lo'.split(' '));
const ROMANCE_NOUN_AFTER = /^ (\p{Ll}{2,}(?:o|a|os|as|ón|ión|dad|tud|or|ores|ente|entes|ante|antes|aje|ajes))(?![\p{L}'’])/u;
const ENGLISH_AFTER = new Set('also was has into onto too who ago yoga idea data area extra'.split(' '));
/** A sentence-start `Su`/`Tu`/`Un`… (ROMANCE_DETERMINERS) before a Romance noun. */
function romanceDeterminer(text: string, before: string, token: Token): boolean {
  if (!ROMANCE_DETERMINERS.has(token.lower) && !FRENCH_POSSESSIVES.has(token.lower)) return false;
  if (!/(?:^|[.!?¡¿:\n]\s{0,3}|^\s{1,3})$/.test(before)) return false;
  // An id's label in capitals after a possessive (`Mi DNI es …`, `Tu NIE`, `Mon NIR est …`; a fresh
  // probe of 2026-12-04, O1, masked the possessive as a person).
  if (ID_LABEL_AFTER_POSSESSIVE.test(text.slice(token.end, token.end + 8))) return true;
  if (!ROMANCE_DETERMINERS.has(token.lower)) return false;
  const noun = ROMANCE_NOUN_AFTER.exec(text.slice(token.end, token.end + 32))?.[1];
  return noun !== undefined && !ENGLISH_AFTER.has(noun);
}
/**
 * Verbs of wanting, needing and being able in the first person of Portuguese, Spanish and Italian
 * that the lists hold as names (`Quero`, a surname; O7 of probe 2026-12-05f: `Quero trocar o
 * produto.` stored `[PERSON] trocar o produto`): at a sentence's start before a lower-case
 * infinitive (`-ar`, `-er`, `-ir`, `-re`, `-or`: `trocar`, `devolver`, `pedir`, `pôr`) or an
 * article, a preposition or `que` they are the verb, no name (`Quero Silva` stays a name).
 */
const ROMANCE_LEAD_VERBS = new Set('quero queria preciso precisava gostaria posso poderia desejo tenho quiero quería quisiera necesito puedo podría deseo tengo voglio vorrei devo posso potrei desidero'.split(' '));
const INFINITIVE_OR_PARTICLE_AFTER = /^[ \t](?:\p{Ll}{2,}(?:ar|er|ir|re|or|ôr)|o|a|os|as|um|uma|el|la|los|las|un|una|uno|il|lo|le|de|del|do|da|que|saber|fazer|ver|ir)(?![\p{L}'’])/u;
function romanceVerbLead(text: string, before: string, token: Token): boolean {
  if (!ROMANCE_LEAD_VERBS.has(token.lower) || !/(?:^|[.!?¡¿:\n]\s{0,3}|^\s{1,3}|,\s{1,2})$/.test(before)) return false;
  return INFINITIVE_OR_PARTICLE_AFTER.test(text.slice(token.end, token.end + 24));
}
const FRENCH_POSSESSIVES = new Set(['mon', 'ma', 'ton', 'ta', 'son', 'sa', 'meu', 'minha', 'teu', 'tua', 'seu', 'sua', 'il', 'la']);
/** A national id's or document's label in capitals (DNI, NIE, NIF, NIR, CPF, RG, SSN, CURP, RUT, …). */
const ID_LABEL_AFTER_POSSESSIVE = /^ (?:DNI|NIE|NIF|NIR|NSS|CPF|RG|SSN|CURP|RFC|RUT|CUIL|CUIT|CNI|CIN|CF|INSEE|NUSS|NISS|CC|BI)(?![\p{L}\p{N}])/u;

/** Species names written with their genus's initial (`E. coli`), capitalized in a heading or a list: no surname after an initial. */
const SPECIES_AFTER_INITIAL = new Set(
  'coli pylori aureus difficile pneumoniae aeruginosa tuberculosis gonorrhoeae albicans monocytogenes epidermidis faecalis faecium influenzae meningitidis pyogenes agalactiae typhi typhimurium enterica jejuni botulinum perfringens tetani cholerae pallidum trachomatis burgdorferi vaginalis lamblia falciparum vivax elegans melanogaster cerevisiae subtilis thaliana sapiens rex baumannii cloacae mirabilis marcescens maltophilia catarrhalis pertussis diphtheriae anthracis pestis neoformans fumigatus glabrata auris gondii mansoni saprophyticus lugdunensis mutans sanguinis mitis acnes avium leprae ulcerans'.split(' '),
);
/** Clinical cues before a list of patients or staff, for a word the lists lack after an initial (`pt T. Havili`, `Discharged: T. Havili`). */
const INITIAL_CUE_BEFORE = /\b(?:pt|pts|discharged|admitted|transferred|attending|referred by|referring|seen by|reviewed by|consultant|surgeon|physician|clinician|carer|caregiver|authors?|signed by)\.?\s{0,2}:?\s{1,2}$/i;
/** An item of a list before (`J. Garcia, `, `M. Nguyen and `) or after (`, J. Garcia`) a run: an initial, its dot and a word. */
const LIST_ITEM_BEFORE = /(?:^|[^\p{L}\p{N}.])[A-Z]\. ?(\p{Lu}[\p{Ll}'’-]{1,30})(?:, {1,2}(?:and {1,2}|& {1,2})?| {1,2}(?:and|&) {1,2}|; {1,2})$/u;
const LIST_ITEM_AFTER = /^(?:, {1,2}(?:and {1,2}|& {1,2})?| {1,2}(?:and|&) {1,2}|; {1,2})[A-Z]\. ?(\p{Lu}[\p{Ll}'’-]{1,30})(?![\p{L}.])/u;

/**
 * Whether a list item beside the initial-and-word run at `runStart` (its word `only`, `before` the
 * text before it) is an initial and a listed name (`J. Garcia`), or one found as a person already.
 */
function initialNameBeside(text: string, before: string, runStart: number, only: Token, out: readonly Detection[], l: NameLists): boolean {
  const listed = (word: string): boolean => {
    const lower = word.toLowerCase();
    // A listed name that is also a common word counts after its initial (`A. Smith`, as initialBefore reads it).
    const kind = kindOf(lower, true, false, l);
    return kind !== 'U' && kind !== 'W' && !SPECIES_AFTER_INITIAL.has(lower);
  };
  const previous = LIST_ITEM_BEFORE.exec(before);
  if (previous !== null) {
    const surname = previous[1] as string;
    if (listed(surname)) return true;
    const previousEnd = runStart - before.length + previous.index + previous[0].indexOf(surname) + surname.length;
    const found = out[out.length - 1];
    if (found !== undefined && found.type === 'PERSON' && found.end === previousEnd && !SPECIES_AFTER_INITIAL.has(surname.toLowerCase())) return true;
  }
  const next = LIST_ITEM_AFTER.exec(text.slice(only.end, only.end + 40));
  return next !== null && listed(next[1] as string);
}

/** Words after which a capital letter is a grade, a type or a name of a thing, not an initial (`vitamin B`, `hepatitis C`, `Plan B`, `Type A`, `Section D`). */
const LETTER_TAKER_BEFORE = /\b(?:vitamins?|hepatitis|influenza|type|plan|grade|class|group|section|stage|phase|part|schedule|category|level|tier|block|building|wing|ward|bay|row|seat|gate|terminal|appendix|exhibit|annex|option|model|series|hall|unit|zone|platform|lot|apartment|apt|suite|room|floor|team|division|league|form|rule|article|chapter|point|item|note|step|size|cup|blood|strain|serotype|antigen|factor|lane|track|channel|line|version)\s{1,2}$/i;
/** Titles that start a name inside a capitalized run (see detectPersons; TITLE_BEFORE's words). */
/**
 * A middle initial after a name found (`Soren M.`, `Qxaro T   Last name`, `Zephra Q.`): the run
 * left it out (a run does not end with an initial), so `[PERSON] M.` kept it readable beside the
 * masked given name (L7 of the twelfth probe, 2026-12-05e, open part). One capital after one blank,
 * then the end, a blank, `,`, `;`, `"`, `)`, or a dot and one of those; not the pronoun `I`
 * without its dot (`Hi Maria I hope`).
 * The detection that ends at the run's last word is widened to the initial.
 */
function middleInitialAfter(text: string, out: Detection[], last: Token, initial: Token): void {
  if (initial.end - initial.start !== 1 || initial.start !== last.end + 1 || text.charCodeAt(last.end) !== 32) return;
  const letter = text.charCodeAt(initial.start);
  if (letter < 65 || letter > 90) return;
  const after = initial.end < text.length ? text.charCodeAt(initial.end) : 32;
  if (letter === 73 && after !== 46) return;
  const closes = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 44 || code === 59 || code === 34 || code === 41;
  // Initials joined by their dots after it (`OOSTERHUIS W.J.`, up to three more: F5 of the probe of 2026-12-07 kept them).
  let end = initial.end;
  for (let more = 0; after === 46 && more < 3 && isUpperAscii(text.charCodeAt(end + 1)) && text.charCodeAt(end + 2) === 46; more++) end += 2;
  // After its dot only the end, a blank or a closing mark (`K.x`, `D..` are no initials of a name).
  if (!(after === 46 ? end + 1 >= text.length || closes(text.charCodeAt(end + 1)) : closes(after))) return;
  for (let k = out.length - 1; k >= 0; k--) {
    const found = out[k] as Detection;
    if (found.type !== 'PERSON' || found.end !== last.end) continue;
    out[k] = { ...found, end, normalized: `${found.normalized ?? text.slice(found.start, found.end).normalize('NFC').toLowerCase()} ${text.slice(initial.start, end).toLowerCase()}` };
    return;
  }
}
/** Dutch honorifics among RUN_TITLES: kept out of the name they lead. */
const DUTCH_RUN_TITLES = new Set(['dhr', 'mevr', 'mevrouw', 'mej']);
/** A document's noun in capitals opening its line, and up to three words in capitals after it, right before a run (`INFORME DE `, `RAPPORT DE `, `LETTERA DI `). */
const DOCUMENT_HEADING_BEFORE = /(?:^|\n)[ \t#*>-]*(?:INFORME|BERICHT|ARZTBRIEF|BRIEF|RAPPORT|COMPTE[ \t]RENDU|LETTRE|RELAZIONE|LETTERA|VERSLAG|CERTIFICADO|CERTIFICAT|CERTIFICATO|HOJA|EPIKRYZA|KARTA|RELAT[ÓO]RIO|NOTA|CARTA|REPORT|SUMMARY|NOTE)(?:[ \t]{1,2}\p{Lu}{1,14}){0,3}[ \t]{1,2}$/u;
/** Only blanks, a colon or nothing before the line's end. */
const LINE_END_AFTER = /^[ \t]*:?[ \t]*(?:\r?\n|$)/;
/** German nouns a letter addresses a colleague or a rank by, after `Herr` or `Frau` and with no name (O5 of the leak probe of 2026-12-07). */
const ADDRESSED_ROLE_NOUNS: ReadonlySet<string> = new Set(`kollege kollegin kollegen kolleginnen doktor doktorin professor professorin oberarzt oberärztin
chefarzt chefärztin pfarrer pfarrerin direktor direktorin präsident präsidentin bürgermeister bürgermeisterin minister ministerin
rechtsanwalt rechtsanwältin anwalt anwältin vorsitzender vorsitzende`.split(/\s+/));
/** Dutch possessive pronouns that the lists hold as names (`Haar`, `Zijn`). */
const DUTCH_POSSESSIVES: ReadonlySet<string> = new Set(['haar', 'zijn', 'hun']);
/** A Dutch kinship noun in lower case right after the possessive (`Haar zoon`, `Zijn vrouw`, `Hun kinderen`). */
const DUTCH_KIN_AFTER = /^ (?:zoon|zoons|zonen|dochter|dochters|kind|kinderen|man|vrouw|echtgenoot|echtgenote|partner|moeder|vader|ouders|broer|zus|zuster|oma|opa|kleinzoon|kleindochter|schoonzoon|schoondochter|neef|nicht|oom|tante|vriend|vriendin)(?![\p{L}])/u;
const RUN_TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'herr', 'frau', 'mme', 'mlle', 'dhr', 'mevr', 'mevrouw', 'mej']);
// `Hr.`, `Hrn.`, `Frl.`: German abbreviations of Herr, Herrn, Fräulein (F8 of the leak probe of 2026-12-07: `Bitte Hr. Zwiebelhofer zurückrufen` was stored raw).
const TITLE_BEFORE = /\b(?:mr|mrs|ms|mx|dr|prof|sir|dame|herr|herrn|frau|mme|mlle|hr|hrn|frl)\.?\s{1,2}$/i;
/** A house number, a direction, one to three capitalized words and `Dr`: the street's `Drive` (read on the 40 characters before a run). */
const DRIVE_BEFORE = /(?:^|[^\p{L}\p{N}])\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}Dr\.?,?[ \t]$/u;
/**
 * Dutch honorifics (L9 of the twelfth probe, 2026-12-05e: `Werknemer: dhr. M. van der Heijden`, `t.a.v.
 * mevr. F. de Vries-Bakker` were stored raw): `dhr.`, `mevr.`, `mw.`, `mej.` with their dot (`5 MW.`
 * stays a unit: the abbreviation in small letters or capitalized only), `mevrouw`, `de heer`. A run
 * after one is titled and cued as after `Mr.`: its initials, particles and an unlisted surname are
 * one name (CUE_BEFORE holds the words but `mw`, which it would read in any case).
 */
const DUTCH_TITLE_BEFORE = /(?:^|[^\p{L}])(?:(?:[Dd]hr|DHR|[Mm]evr|MEVR|[Mm]ej)\.?|[Mm]w\.|[Mm]evrouw|[Dd]e [Hh]eer)\s{1,2}$/u;
/**
 * A title and one initial before a surname in capitals (L11 of the sixth probe of 2026-12-04:
 * `Ticket for Mr Q VLINTUK`, `Attn: MRS W DORVANE` were stored raw; capsBesideNames): the initial
 * a capital, its dot or none, on one line; the title capitalized (`5 ms A TIMEOUT` is no title).
 */
/** One capital, its dot or none, and a blank or two right before `at` (TITLE_INITIAL_BEFORE's tail, read by code first). */
function initialBefore(text: string, at: number): boolean {
  let k = at - 1;
  if (!(text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) return false;
  k--;
  if (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k--;
  if (text.charCodeAt(k) === 46) k--;
  return isUpperLetter(text, k) && !isUpperLetter(text, k - 1);
}
const TITLE_INITIAL_BEFORE = /(?<![\p{L}])(?:M[Rr][Ss]?|M[SsXx]|M[Ii][Ss][Ss]|D[Rr]|P[Rr][Oo][Ff]|S[Ii][Rr]|D[Aa][Mm][Ee]|H[Ee][Rr][Rr]|F[Rr][Aa][Uu]|M[Mm][Ee]|M[Ll][Ll][Ee])\.?[ \t]{1,2}\p{Lu}\.?[ \t]{1,2}$/u;
// A quote opening a string counts as a start (`"body": "Hi Ngozi, …"` in a tool call's JSON in a model's text: L7 of the probe of 2026-12-05d).
const GREETING_BEFORE = /(?:^|[\n.!?]\s{0,3}|^\s{1,3}|["“]\s{0,2})(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|thanks|thank you|cheers),?[ \t]{1,3}$/i;
// Sign-offs of English, German, Dutch, French, Spanish, Italian, Portuguese and the Nordic
// languages (the letter-writing formulas of each: `Mit freundlichen Grüßen`, `Met vriendelijke
// groet`, `Cordialement`, `Atentamente`, `Cordiali saluti`, `Atenciosamente`, `Med vänliga hälsningar`).
const SIGN_OFF_WORDS = 'best|best regards|best wishes|kind regards|warm regards|warmest regards|regards|cheers|thanks|many thanks|thanks again|thank you|sincerely|yours(?: truly| sincerely| faithfully)?|warmly|love|take care|all the best|ta|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|freundliche grüsse|viele grüße|viele grüsse|liebe grüße|liebe grüsse|beste grüße|beste grüsse|herzliche grüße|herzliche grüsse|gruß|gruss|grüße|grüsse|lg|mfg|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|groeten|groet|cordialement|bien cordialement|bien à vous|salutations|sincères salutations|amicalement|bisous|atentamente|saludos|un saludo|saludos cordiales|cordiales saludos|un abrazo|cordiali saluti|distinti saluti|saluti|un saluto|atenciosamente|cumprimentos|com os melhores cumprimentos|abraços|abraço|med vänliga hälsningar|vänliga hälsningar|hälsningar|med venlig hilsen|venlig hilsen|mvh|med vennlig hilsen|vennlig hilsen|ystävällisin terveisin|terveisin|pozdrawiam|z poważaniem|thx|danke|danke schön|danke schon|vielen dank|merci|merci beaucoup|mille mercis|obrigado|obrigada|muito obrigado|muito obrigada|gracias|muchas gracias|grazie|grazie mille|dank je|dank je wel|dank u|dank u wel|bedankt|tack|tack så mycket|takk|tusen takk|tak|kiitos|dziękuję|dzięki';
const SIGN_OFF_BEFORE = new RegExp(`(?:^|\\n)[ \\t]*(?:${SIGN_OFF_WORDS})[,.!]?[ \\t]*\\r?\\n[ \\t]*(?:-{1,2}[ \\t]*)?$|(?:^|\\n)-- ?\\r?\\n[ \\t]*$`, 'i');
/**
 * A sign-off and the signer on one line, after a dash or punctuation (`Cheers - Zephra`, `thanks! —
 * Zephra`, `Thx, Wenlix D.`; K14 of the fifth probe of 2026-12-04 found them raw): the sign-off
 * starts its line or follows a sentence's end, its abbreviations too (`thx`, `ty`, `rgds`, `br`,
 * `kr`); the name must close the line (greetingAround).
 */
const SIGN_OFF_SAME_LINE = new RegExp(`(?:^|\\n|[.!?][ \\t]+)[ \\t]*(?:${SIGN_OFF_WORDS}|thnx|thnks|tnx|tx|ty|tyvm|tks|tku|rgds|brgds|kr|br|bw|cya)(?:[ \\t]*[,.!]{1,3}[ \\t]*(?:[-–—~]{1,2}[ \\t]*)?|[ \\t]+[-–—~]{1,2}[ \\t]*)$`, 'i');

/**
 * "Hi Wiremu," / "Dear Aroha:" / "Hello Mere!" (a greeting, then the name closing its clause) and
 * "Best,\nTamati" / "Cheers,\n-- Mere" (a sign-off line, then the name alone on its line).
 */
function greetingAround(text: string, before: string, end: number, sameLine = false): boolean {
  const after = text.slice(end, end + 3);
  if (GREETING_BEFORE.test(before)) return after === '' || /^\s*(?:[,!:;\n—–-]|$)/.test(after);
  // After a sign-off the name may be followed by its team or role on the line: `Maria (DevOps)`,
  // `Maria from DevOps`, `Maria | Support`, `Maria - SRE` (a probe of 2026-12-03: stored raw).
  if (SIGN_OFF_BEFORE.test(before)) return after === '' || /^[ \t]*(?:\r?\n|$|,)/.test(after) || SIGNATURE_ROLE.test(text.slice(end, end + 80));
  // A sign-off on the name's line (`Cheers - Zephra`, `Thx, Wenlix D.`): the name closes the line, a final dot or `!` allowed.
  return sameLine && punctuationEnds(before) && SIGN_OFF_SAME_LINE.test(before) && (/^(?:[ \t]\p{Lu}\.?)?[.!]?[ \t]*(?:\r?\n|$)/u.test(text.slice(end, end + 8)) || SIGNATURE_ROLE.test(text.slice(end, end + 80)));
}
/** Whether `before` ends with a comma, a dot, `!`, a dash or `~` and blanks: the cheap test before SIGN_OFF_SAME_LINE. */
function punctuationEnds(before: string): boolean {
  let end = before.length;
  while (end > 0 && (before.charCodeAt(end - 1) === 32 || before.charCodeAt(end - 1) === 9)) end--;
  const code = end === 0 ? 0 : before.charCodeAt(end - 1);
  return code === 44 || code === 46 || code === 33 || code === 45 || code === 0x2013 || code === 0x2014 || code === 126;
}
/** A team or a role after a signer's name on the sign-off's next line. */
const SIGNATURE_ROLE = /^[ \t]+(?:\([^()\n]{1,60}\)|(?:from|at|of|@|von|vom|de|du|da|di|\||[-–—])[ \t]+[^\n]{1,60})[ \t]*(?:\r?\n|$)/;

// Words that close a greeting without being a name ("Hi there,", "Thanks all!", "Best,\nThe team").
const NOT_SALUTED = new Set('there all everyone everybody team folks guys friends again both you sir madam back world mate buddy dude love darling honey sweetie babe again anyway guys ladies gentlemen colleagues everybody'.split(' '));

// Teams, departments and bots that sign a message or are greeted (`Best,\nDevOps`, `Regards,\nSupport`,
// `Met vriendelijke groet,\nKlantenservice`, `Thanks,\nJenkins`; a probe of 2026-12-02): the words
// of English, German, Dutch, French, Spanish, Italian, Portuguese and the Nordic languages for a
// team or a department, and, in TEAM_ENDINGS, the endings of their compounds (`Kundenservice`,
// `Servicedesk`, `Dependabot`), counted only for a word that is no listed name (`Talbot` is).
const TEAM_WORDS = new Set(`devops devsecops secops sre ops it hr qa ci noc soc support helpdesk servicedesk security billing sales marketing
finance accounting accounts legal compliance engineering operations platform infrastructure infra payroll procurement purchasing
recruiting recruitment reception frontdesk admin administration management team staff office crew squad department dept
service services desk bot robot webmaster postmaster noreply notifications alerts monitoring automation release releases
onboarding partnerships community care success experience relations editorial newsroom communications comms facilities logistics shipping warehouse dispatch
kundenservice kundendienst kundensupport buchhaltung vertrieb personalabteilung verwaltung sekretariat empfang redaktion
klantenservice klantendienst administratie boekhouding verkoop sav comptabilité accueil secrétariat direction équipe
soporte atención facturación ventas contabilidad administración equipo assistenza amministrazione contabilità vendite
segreteria suporte atendimento faturação vendas equipa equipe kundtjänst kundeservice kundeservicen asiakaspalvelu
servicio servicios serviço serviços cliente clientes técnico técnica tecnico oficina admisiones admisión admissões departamento depto
pessoal financeira financiera finanzas finanças área cobranzas cobranza cobrança cobros setor sector compras secretaría secretaria
académica acadêmica academica recursos humanos gerencia gerência tesorería tesouraria jurídico juridico comercial logística almacén
reclamaciones reclamações sinistros siniestros rrhh`.split(/\s+/));
// Bots and build tools that sign notifications: a person only with another name (`Jenkins Okafor`),
// a title (`Mr Jenkins`) or elsewhere than alone on the line after a sign-off (`Dear Jenkins,`).
const BOT_NAMES = new Set('jenkins github gitlab bitbucket dependabot renovate renovatebot travis circleci buildkite teamcity sentry pagerduty opsgenie grafana datadog zapier slackbot copilot snyk sonarqube sonarcloud codecov mergify netlify vercel heroku jira confluence argocd terraform ansible kubernetes chatgpt okta auth0 hudson bamboo drone buildbot spinnaker tekton nagios zabbix prometheus alertmanager statuspage zendesk freshdesk intercom hubspot claude gemini'.split(' '));
const TEAM_ENDINGS = /.{3}(?:service|dienst|desk|support|team|bot|ops)$/;
// Possessives and articles before a team's name (`Ihr Kundenservice`, `Your Support Team`, `Uw klantenservice`).
// Spanish and Portuguese particles inside a department's name (`Servicio de Atención al Cliente`, `Setor de Compras`;
// O1 of the probe of 2026-12-06c): a run of them and team words only is a team; a person's name holds a name's word.
const TEAM_DETERMINERS = new Set('the your our ihr ihre unser unsere uw ons je votre vos notre su sus tu nuestro nuestra il la le el lo o a seu sua nosso nossa vostro vostra din ditt er de del al da do dos das y e'.split(' '));

/**
 * Unknown words followed by team words to the end of the line (`Cheers,\nGlobex Support Team`,
 * `Initech IT`): a firm's team. A listed given name before them stays a person (`Maria Support`).
 */
function teamAfter(text: string, named: Token[], last: Token): boolean {
  if (last.possessive || !named.every((token) => token.kind === 'U')) return false;
  const rest = /^((?: [\p{L}&]{2,20}){1,3})[ \t]*(?:\r?\n|$)/u.exec(text.slice(last.end, last.end + 64))?.[1];
  return rest !== undefined && rest.trim().split(' ').every((word) => isTeamWord(word.toLowerCase(), true) || word === '&');
}

/** A team, department or bot word (see TEAM_WORDS); `unlisted`: the word is no listed name, so an ending counts. */
function isTeamWord(lower: string, unlisted: boolean): boolean {
  return TEAM_WORDS.has(lower) || (unlisted && TEAM_ENDINGS.test(lower));
}

/**
 * The run names a team, a department or a bot rather than a person: its words are team words (and
 * articles or possessives), or, on the line after a sign-off, bot names (`Best,\nDevOps`,
 * `Cheers,\nThe Platform Team`, `Thanks,\nJenkins`; `Thanks,\nJenkins Okafor` is a person).
 */
function teamSigns(named: Token[], before: string): boolean {
  // A firm's name then its team (`Best,\nAcme Billing`, `Globex Support`, `Initech Sales Team`;
  // a probe of 2026-12-03): unknown words, then team words to the end; no listed given name before.
  const lastTeam = named.length >= 2 && isTeamWord((named[named.length - 1] as Token).lower, false);
  if (lastTeam) {
    let k = named.length - 1;
    while (k > 0 && isTeamWord((named[k - 1] as Token).lower, false)) k--;
    if (k > 0 && named.slice(0, k).every((token) => token.kind === 'U' || TEAM_DETERMINERS.has(token.lower))) return true;
  }
  let team = false;
  let bot = false;
  for (const token of named) {
    if (isTeamWord(token.lower, token.kind === 'U' || token.kind === 'W')) team = true;
    else if (BOT_NAMES.has(token.lower)) bot = true;
    else if (!TEAM_DETERMINERS.has(token.lower)) return false;
  }
  if (team) return true;
  return bot && SIGN_OFF_BEFORE.test(before);
}

// Street words that lead a street's name in Romance languages (`Calle Mayor nº 12`, `Rua Augusta, 1500`).
const LEADING_STREET_WORDS = new Set('calle carrer rua rue via viale vicolo corso piazza piazzale avenida avinguda plaza plaça praça praca paseo passeig camino carretera travessa travesía alameda estrada strada boulevard avenue chemin impasse allée quai largo'.split(' '));

/** "Calle Mayor nº 12", "Rua Augusta, 1500": a leading street word, its name and a number close after are a street (the address detector's), not a person. */
function streetWordLeads(text: string, run: Token[]): boolean {
  const first = run[0] as Token;
  const last = run[run.length - 1] as Token;
  return run.length >= 2 && LEADING_STREET_WORDS.has(first.lower) && /\d/.test(text.slice(last.end, last.end + 12));
}

// Particles right before a run that starts with a surname (`van der Berg`, `de Vries`, `von Neumann`,
// `de la Cruz`); not an article alone (`der`, `le`, `la`, `du`: `mit der Post`, `la Rosa restaurant`).
/** Dutch and German particles that make a surname's prefix (`van der`, `von der`, `ter`). */
const GERMANIC_PARTICLES_AFTER = /^ (?:van (?:der|den|de|het|['’]t)|von (?:der|dem|den)|ten|ter) /u;
const GERMANIC_PREFIX = /^(?:van (?:der|den|de|het|['’]t)|von (?:der|dem|den)|ten|ter) $/u;

/**
 * The unknown word `last` after the particles `prefix` is a surname: after Dutch ones (`van der`,
 * `ter`: Dutch writes its nouns in lower case); after German `von der` only before an English word
 * that keeps a person's name going (`von der Leyen said`), since German capitalizes its nouns
 * (`von der Seite`, `von der Arbeit` stay).
 */
function surnameAfterPrefix(text: string, prefix: string, last: Token): boolean {
  if (!GERMANIC_PREFIX.test(prefix)) return false;
  if (!prefix.startsWith('von')) return true;
  const word = /^,? ([a-z]{2,16})\b/.exec(text.slice(last.end, last.end + 20))?.[1];
  return word !== undefined && PERSON_CONTINUES.has(word);
}
/** A copula of the first person in Italian, Spanish, Portuguese or French right before a particle (`sono di`, `soy de`, `sou de`, `je suis de`). */
const ORIGIN_COPULA_BEFORE = /(?:^|[^\p{L}])(?:sono|siamo|soy|somos|sou|suis|sommes)[ \t]+$/iu;
const PARTICLES_BEFORE = /(?:^|[^\p{L}'’])((?:van|von|de|da|di|del|della|dos|das|ten|ter)(?: (?:der|den|dem|de|la|le|les|los|las|['’]t))? |(?:in|op|uit|aan|bij|voor|onder) (?:['’]t|de|den|der|het|ten|ter) )$/u;
// Words after a particle-led name that keep it a person's (`van der Berg yesterday`, `the de la Cruz
// family`): pronouns, conjunctions, prepositions, time words, verbs of saying and being.
const PERSON_CONTINUES = new Set(`also and about after again against already always another before because been being both could
does doing during each either else even ever family families household children brothers sisters twins clan from have having here
himself herself into just later like maybe more most much must never next often once only over perhaps please rather really
recently said says since should sometimes soon still such than that their them then there these they this those though through
today told tomorrow tonight twice under unless until very want wants wanted were what when where whether which while who whom
whose will with without would wrote yesterday asked answered replied thinks thought knew knows came went made took gave sent spoke`.split(/\s+/));

/**
 * "Import van der Pol oscillator", "a von Neumann architecture", "the van 't Hoff factor": a lone
 * name word after a particle run that starts the phrase (PARTICLES_BEFORE, with no title or cue
 * before it: `Dr. de Vries office hours` is a person), followed by a lower-case word that reads
 * as a noun (four letters or more, not a verb form in -ed, -ing or -s (-ss, -us, -is are nouns:
 * `radius`, `analysis`), an adverb in -ly, nor a word of PERSON_CONTINUES) is a term named after someone, not a person in the text.
 */
function particleTerm(text: string, named: Token[], last: Token): boolean {
  if (named.length !== 1 || last.possessive) return false;
  const word = /^ (\p{Ll}[\p{Ll}-]{3,24})(?![\p{L}'’])/u.exec(text.slice(last.end, last.end + 28))?.[1];
  if (word === undefined || PERSON_CONTINUES.has(word)) return false;
  return !/(?:ed|ly|ing|[^sui]s)$/.test(word);
}

// A run of particles that the token rules do not read (`de los`, `van 't`, `v.d.`, `von und zu`, ...),
// at most three, between a name word and the surname.
const PARTICLE_RUN = /^ (?:von und zu |(?:in|op|uit|aan|bij|voor|onder) (?:['’]t|de|den|der|het|ten|ter) |(?:(?:van|von|vom|de|der|den|dem|del|della|delle|dello|degli|dei|dal|dalla|di|da|dos|das|du|des|le|la|les|los|las|bin|bint|binti|ibn|al|el|ter|ten|te|zu|zum|zur|y|af|['’]t|v\. ?d\.|v\.|vd\.?|v\/d) )){1,3}/u;
// Particles glued to the surname: `d'Artagnan`, `dell'Orto`, `al-Farouk`.
const GLUED_PARTICLE = /^(?:d|dell|dall|degli|l|de)['’]\p{Lu}|^(?:al|el|ul|ad|as|ash|at|az|ar|an|abu)-\p{Lu}/u;
const TWO_PARTICLES = /^ (?:van (?:der|den|de|het|['’]t)|von (?:der|dem)|de (?:la|las|los|le)|v\. ?d\.|vd\.?|v\/d) $/u;
const LOWER_SURNAME = /^\p{Ll}[\p{Ll}'’-]{2,30}(?![\p{L}\d])/u;

/**
 * The number of tokens from tokens[cursor] that continue a name run ending at `previous` through
 * particles (PARTICLE_RUN, GLUED_PARTICLE), the surname included; 0 when none does. A surname in
 * lower case counts only after two particles that make a surname's prefix (`van der`, `de la`)
 * and a name word, when it is no frequent English word (`Jan van de week` stays).
 */
function particleRunAt(text: string, previous: Token, tokens: Token[], cursor: number, l: NameLists): number {
  const candidate = tokens[cursor];
  // An initial's dot before the blank (`dhr. M. in 't Veld`): the particles are read after it.
  const from = previous.kind === 'I' && text.charCodeAt(previous.end) === 46 ? previous.end + 1 : previous.end;
  // A blank, then a lower-case letter or an apostrophe: one comparison for most runs.
  const next = text.charCodeAt(from + 1);
  if (candidate === undefined || text.charCodeAt(from) !== 32 || !((next >= 97 && next <= 122) || next === 39 || next === 0x2019)) return 0;
  if (candidate.start === from + 1 && GLUED_PARTICLE.test(text.slice(candidate.start, candidate.end))) return 1;
  const particles = PARTICLE_RUN.exec(text.slice(from, from + 24));
  if (particles === null) return 0;
  // Dutch prefixes led by a preposition (`in 't Veld`, `op de Beeck`, `uit den Bogaard`): after an
  // initial, or with `'t` (`Jan in 't Zandt`); `Jan in de Stad` is a place (L9 of the twelfth probe).
  if (/^ (?:in|op|uit|aan|bij|voor|onder) /.test(particles[0]) && previous.kind !== 'I' && !/['’]t /.test(particles[0])) return 0;
  // "Baker v. Carr", "Marbury v Madison", "Roe vs. Wade": a court case's name (`v.` alone is no
  // `van` there; see CASE_NAME).
  if (/^ (?:v|vs)\.? $/.test(particles[0])) return 0;
  const target = from + particles[0].length;
  const count = (particles[0].match(/\p{L}+/gu) ?? []).length;
  const name = tokens[cursor + count];
  if (name === undefined) return 0;
  if (name.start === target && name.capitalized && nameLike(name.kind)) return count + 1;
  if (name.start !== target && name.start !== -1) return 0;
  const lower = LOWER_SURNAME.exec(text.slice(target, target + 32))?.[0];
  if (lower === undefined || !TWO_PARTICLES.test(particles[0]) || !nameLike(previous.kind) || previous.kind === 'I' || l.frequent.has(lower) || PARTICLES.has(lower) || LABEL_THING_NOUNS.has(lower)) return 0;
  return count + 1;
}

/**
 * Whether text[start, end) is a capital initial after one to three others, each with its dot and no
 * blank (`J` and its dot of `W.J. Oosterhuis`, `R` of `J.R.R. Tolkien`): an initial, no word glued to a
 * dot (F5 of the probe of 2026-12-07: `Rekeninghouder: W.J. Oosterhuis` was stored raw; `U.S. Army` is
 * read as before: a run of initials alone names no one).
 */
function joinedInitialAt(text: string, start: number, end: number): boolean {
  return end === start + 1 && text.charCodeAt(end) === 46 && isUpperAscii(text.charCodeAt(start)) && JOINED_INITIALS_BEFORE.test(text.slice(Math.max(0, start - 7), start));
}
const JOINED_INITIALS_BEFORE = /(?:^|[^\p{L}\p{N}.])(?:[A-Z]\.){1,3}$/u;

/** The things a holder's label names after two particles (`Titular de la cuenta:`, F5 of the probe of 2026-12-07): no lower-case surname. */
const LABEL_THING_NOUNS: ReadonlySet<string> = new Set('cuenta cuentas tarjeta póliza poliza compte carte conto carta polizza rekening'.split(' '));

/** The surname token of a particle run: a glued particle's name is read from its capitalized part; a lower-case surname is an unknown name. */
function particleName(text: string, previous: Token, token: Token, l: NameLists): Token {
  if (token.start !== -1 && GLUED_PARTICLE.test(text.slice(token.start, token.end))) {
    const rest = text.slice(token.start, token.end).replace(/^\p{Ll}+['’-]/u, '').toLowerCase();
    const kind = kindOf(rest, true, false, l);
    return { ...token, kind: kind === 'W' ? 'U' : kind, capitalized: true };
  }
  if (token.start !== -1 && token.capitalized) return token;
  const start = previous.end + (PARTICLE_RUN.exec(text.slice(previous.end, previous.end + 24))?.[0].length ?? 0);
  const word = LOWER_SURNAME.exec(text.slice(start, start + 32))?.[0] ?? '';
  return { start, end: start + word.length, kind: 'U', capitalized: false, lower: word, possessive: false };
}

/** Words that close a chat after its sign-off and name no one (`cheers\nlmk`, `thanks\nxoxo`). */
const SIGN_OFF_TAIL = new Set('lmk xoxo xox xo xx hugs love later soon ciao bye byee adios cheerio ttyl ttys gtg thx tyvm'.split(' '));
/** A word in lower case alone on a line (after a signature's `-- ` too). */
const LOWER_CASE_LINE = /\n[ \t]*(?:-{1,2}[ \t]*)?(\p{Ll}[\p{Ll}'’-]{1,30}(?: \p{Ll}[\p{Ll}'’-]{1,30}){0,2})[ \t]*(?=\r?\n|$)/gu;
/**
 * A listed first name written in lower case alone on the line after a sign-off (`Thanks,\nmaria`,
 * `Regards,\njohn smith`: a probe of 2026-12-03 found it stored raw): a person. Only names of the
 * first-name lists that are no frequent English word (`Thanks,\nwill`, `Thanks,\nmay` stay).
 */
function lowerCaseSignature(text: string, out: Detection[], l: NameLists): void {
  for (const match of text.matchAll(LOWER_CASE_LINE)) {
    const name = match[1] as string;
    // The match ends with the blanks after the name (`Thanks,\nmaria `): the name ends before them.
    const start = match.index + match[0].trimEnd().length - name.length;
    // Every word on the line is a name (`john smith`): a line of prose after a sign-off (`hope this
    // helps`, `will do`, `see below`, `happy to help`: a fresh probe of 2026-12-03) is no signer.
    // A team after the name (`bob from ops`, `maria at billing`) is the signer's role.
    const signer = name.replace(/ (?:from|at|of|von|vom|de|du|da|di) .*$/, '');
    const words = signer.split(' ');
    const word = words[0] as string;
    const length = signer.length;
    const kind = kindOf(word, false, false, l);
    const listed = !words.slice(1).some((next) => kindOf(next, false, false, l) === 'W' || l.frequent.has(next) || l.stop.has(next) || PERSON_CONTINUES.has(next) || LOWER_NOT_NAMES.has(next)) && (kind === 'F' || kind === 'f') && !l.frequent.has(word) && !l.stop.has(word) && !LOWER_NOT_NAMES.has(word) && !isTeamWord(word, false) && !BOT_NAMES.has(word);
    // A name the lists lack (`cheers\nzephra`; K14 of the fifth probe of 2026-12-04): on the text's
    // last line only, one or two words none of which is an English word of the lists, a chat word
    // or a team's (lowerNameWord, strict): `thanks\nsee you` and `cheers\nlmk` stay.
    const unlisted = !listed && words.length <= 2 && length === name.length && /^[ \t]*(?:\r?\n[ \t]*)*$/.test(text.slice(start + length)) && words.every((each) => lowerNameWord(each, true, l) && !SIGN_OFF_TAIL.has(each));
    if ((listed || unlisted) && SIGN_OFF_BEFORE.test(text.slice(Math.max(0, start - 60), start))) pushPerson(text, out, start, start + length);
  }
}

/** A capitalized common word that closes a greeting or stands alone after a sign-off line. */
function salutationWord(text: string, token: Token): boolean {
  const after = token.end < text.length ? text.charCodeAt(token.end) : -1;
  if (!(after === -1 || after === 44 || after === 33 || after === 58 || after === 10 || after === 13)) return false;
  if (NOT_NAMES.has(token.lower) || NOT_SALUTED.has(token.lower) || NOT_PERSON_AFTER.has(token.lower) || PLACE_PREFIXES.has(token.lower) || isTeamWord(token.lower, true) || BOT_NAMES.has(token.lower) || loneUtterance(token.lower)) return false;
  if (token.lower !== text.slice(token.start, token.end).toLowerCase() || token.start === 0) return false;
  return greetingAround(text, text.slice(Math.max(0, token.start - 40), token.start), token.end);
}

/** A firm's noun right before a run (`law firm `, `agency `; not `agency's `, not `Agency: `). */
const FIRM_NOUN_BEFORE = /(?:^|[^\p{L}'’])(?:firm|agency|reinsurer|brokerage)[ \t]$/iu;
/**
 * A law firm of one surname after a lawyer's noun and `at`/`from` (issue 11, O1's open part of probe-2026-12-05i:
 * `our outside counsel at Cooley`, `Lawyers at Cahill and Orrick`; the lawyers are at the firm, not the person): a
 * lone word, also the later items of a list after the noun. Two words stay a person's name (`counsel at Maria
 * Cooley's office` reads as before).
 */
const LAWYERS_AT_BEFORE = /(?:^|[^\p{L}])(?:counsel|attorneys?|lawyers?|solicitors?|barristers?|litigators?|paralegals?|partners?|associates?)[ \t]+(?:at|from)[ \t]+(?:\p{Lu}[\p{L}'’-]{1,30}(?:,[ \t]+|[ \t]+(?:and|&|or)[ \t]+)){0,3}$/iu;
/** The head nouns of trades whose firms are named after their founders (`Nomura Securities`, `Hannover Rück`, `Hays Recruitment`). */
const TRADE_HEADS: ReadonlySet<string> = new Set(['securities', 'brokerage', 'reinsurance', 'rück', 'rückversicherung', 'recruitment', 'staffing']);
/** A run of two words or more that ends in a trade's head noun, or a run right before one (one blank between), capitalized. */
function tradeHeadRun(text: string, tokens: Token[], lastIndex: number, size: number): boolean {
  const last = tokens[lastIndex] as Token;
  if (size >= 2 && last.capitalized && TRADE_HEADS.has(last.lower)) return true;
  const next = tokens[lastIndex + 1];
  return next !== undefined && next.capitalized && TRADE_HEADS.has(next.lower) && text.slice(last.end, next.start) === ' ';
}

/** A firm of FIRMS starts at tokens[index] (one to three words: "Dell", "Morgan Stanley", "Bank of America"). */
/** The first words of FIRMS' phrases of two words or more (a Set lookup before phraseAt for a firm inside a run). */
const FIRM_FIRST_WORDS: ReadonlySet<string> = new Set([...FIRMS].filter((phrase) => phrase.includes(' ')).map((phrase) => phrase.slice(0, phrase.indexOf(' '))));
function firmAt(text: string, tokens: Token[], index: number): boolean {
  return phraseAt(text, tokens, index, FIRMS);
}

/** A phrase of `phrases` (FIRMS, MULTI_WORD_PLACES) starts at tokens[index]; one word only when it stands alone. */
function phraseAt(text: string, tokens: Token[], index: number, phrases: ReadonlySet<string>): boolean {
  let phrase = '';
  let alone = false;
  for (let k = index; k < index + 4 && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (k > index) {
      const gap = text.slice((tokens[k - 1] as Token).end, token.start);
      if (gap === ' & ') phrase += ' &';
      // A possessive inside the phrase (`Martha's Vineyard`, `King's Lynn`): its `'s` is already in `phrase`.
      else if (!((tokens[k - 1] as Token).possessive && (gap === "'s " || gap === '’s ')) && gap !== ' ' && gap !== '-') break;
      phrase += ' ';
    }
    // One hyphenated token spells a phrase too ("Morgan-Stanley", "Harley-Davidson").
    phrase += (token.lower === '' ? text.slice(token.start, token.end).toLowerCase() : token.lower).replace(/-/g, ' ');
    // A firm in the possessive ("Morgan Stanley's profits", "Dell's laptops") is still the firm;
    // "McDonald's" and "Macy's" are listed with their 's.
    const bare = phrase;
    if (token.possessive) phrase += "'s";
    if (phrases.has(phrase) || (token.possessive && phrases.has(bare))) {
      // A one-word firm ("Dell") only when it stands alone, not as part of a longer name ("Michael
      // Dell"); a longer phrase it starts may still follow ("Honda Civic").
      if (k > index) return true;
      const previous = tokens[index - 1];
      const next = tokens[index + 1];
      const joinedBefore = previous !== undefined && previous.capitalized && text.slice(previous.end, token.start) === ' ';
      const joinedAfter = next !== undefined && next.capitalized && text.slice(token.end + (token.possessive ? 2 : 0), next.start) === ' ';
      alone = !joinedBefore && !joinedAfter;
    }
  }
  return alone;
}

/**
 * Designers' and shops' brands that are a given name and a surname (FIRMS), worn by many persons:
 * `Paul Smith`, `Ted Baker`, `Kate Spade`, `Tom Ford`.
 */
const DESIGNER_BRANDS = new Set(['paul smith', 'ted baker', 'kate spade', 'tom ford', 'michael kors', 'marc jacobs', 'tory burch', 'vera wang', 'jimmy choo', 'ben sherman', 'karen millen', 'laura ashley', 'jo malone', 'harvey nichols', 'harvey norman', 'stella mccartney', 'vivienne westwood', 'alexander mcqueen', 'ralph lauren', 'calvin klein', 'tommy hilfiger', 'john lewis', 'hugo boss']);
/** What a customer does, said right after a name (`Paul Smith returned the shirt`, `Ted Baker ordered a replacement`): the verb, then an object's determiner or a number. */
const CUSTOMER_VERB_AFTER = /^,? (?:returned|ordered|bought|purchased|paid|booked|cancell?ed|received|exchanged|collected|picked up|reordered|rebooked) (?:the|a|an|his|her|their|my|your|our|it|them|this|that|these|those|two|three|\d)\b/;
/**
 * A run that spells a designer's brand (DESIGNER_BRANDS) is a person of that name where the text
 * makes it one: a cue that is no weak one (`Customer: Paul Smith`, `Dear Paul Smith`), a greeting
 * (`Hi Paul Smith,`), or a person's or a customer's verb after it (`Paul Smith returned the shirt`,
 * `Paul Smith said`); a title was read before. `a Paul Smith shirt`, `at Paul Smith on Regent
 * Street`, `bought from Ted Baker`, `Paul Smith returned to profit` stay the brand (a probe of
 * 2026-12-05 found such persons stored raw).
 */
function designerNamedPerson(text: string, run: readonly Token[], named: readonly Token[], before: string, last: Token): boolean {
  if (named.length !== 2 || run.length !== 2 || last.possessive) return false;
  if (!DESIGNER_BRANDS.has(`${(named[0] as Token).lower} ${last.lower}`)) return false;
  const after = text.slice(last.end, last.end + 40);
  return (CUE_BEFORE.test(before) && !WEAK_CUE.test(before)) || GREETING_BEFORE.test(before) || greetingAround(text, before, last.end, true) || PERSON_VERB_AFTER.test(after) || CUSTOMER_VERB_AFTER.test(after);
}

/** A person's verb after a firm's spelling, then a personal pronoun in the same clause (`Charles Stanley called about his account`). */
const FIRM_NAMED_PERSON_AFTER = /^,? (?:said|says|asked|asks|wrote|writes|replied|replies|called|calls|phoned|emailed|texted|told|tells|complained|mentioned|explained|confirmed|requested|thanked)\b[^.;!?\n]{0,48}?\b(?:he|she|his|her|him|hers|himself|herself)\b/i;

/**
 * A firm of FIRMS led by initials (`J.P. Morgan`, `JP Morgan`, `T. Rowe Price`, `D.A. Davidson`,
 * `Robert W. Baird`): the initials before the run (or leading it) and its words, dots dropped and
 * single letters run together, spell a listed firm (`jp morgan`, `t rowe price`, `da davidson`,
 * `robert w baird`). Read only when an initial leads or is inside the run or a capital ends the
 * text before it (a few character tests).
 */
function initialledFirm(text: string, run: readonly Token[], before: string, end: number): boolean {
  const c = before.charCodeAt(before.length - 2);
  const initialBefore = before.charCodeAt(before.length - 1) === 32 && (c === 46 || (c >= 65 && c <= 90)) ? INITIALS_BEFORE.exec(before) : null;
  if (initialBefore === null && !run.some((token) => token.kind === 'I')) return false;
  const start = (run[0] as Token).start - (initialBefore === null ? 0 : (initialBefore[1] as string).length);
  const words = text.slice(start, end).toLowerCase().split(/[\s.]+/).filter((word) => word !== '');
  // Single letters that lead are one set of initials (`j p morgan` is `jp morgan`; `robert w baird` stays).
  let lead = 0;
  while (lead < words.length && (words[lead] as string).length === 1) lead++;
  const key = lead > 1 ? [words.slice(0, lead).join(''), ...words.slice(lead)] : words;
  return FIRMS.has(key.join(' '));
}
/** Up to three capital initials, with or without dots, right before a run (`J.P. `, `JP `, `T. `). */
const INITIALS_BEFORE = /(?<![\p{L}\p{N}])((?:\p{Lu}\.?){1,3} )$/u;

/**
 * Whether the one word text[start, end) is a part of a firm's name of FIRMS written around it
 * (`Stanley` in `custodian Morgan Stanley`, `Charles` in `Charles Schwab`, `Morgan` in `J.P.
 * Morgan`, `Brigham` in `Mass General Brigham`): up to three words before it and three after it,
 * joined by a blank, a hyphen, ` & ` or ` and `, dots dropped, spell a listed firm with it.
 * Session memory asks it of a remembered part of a person's name before masking a recurrence
 * (redactor.ts recall; the third probe of 2026-12-04, O3: a person's `Stanley` masked the one of
 * `Morgan Stanley`). False for a span of several words, which is a name of its own.
 */
/**
 * Whether a short value reads as a business's name rather than a person's: its last word is a
 * trade's, an institution's or a company form's (`Hilton Garden Inn`, `Blue Bottle Coffee`,
 * `Golden Gate Dental`, `Acme Corp`: NOT_PERSON_AFTER, COMPANY_FORMS, but not a word that is a
 * common surname too, SURNAME_ENDINGS). The redactor asks it before reading a generic `name` beside an
 * address or a phone as a person's (O1 of the probe of 2026-12-04g).
 */
// Words of NOT_PERSON_AFTER that are common surnames too (`Maria Hall`, `Jiwoo Park`, `Jude Law`): no firm's ending here.
const SURNAME_ENDINGS: ReadonlySet<string> = new Set([...PLACE_WORD_SURNAMES, 'bridge', 'bay', 'street', 'beach', 'mount', 'river', 'field', 'hill', 'castle', 'chambers', 'house', 'cross', 'gates', 'press', 'bar', 'ford', 'banks', 'wood', 'woods', 'brook', 'brooks', 'mills', 'way', 'place', 'island', 'valley', 'band', 'chain', 'market', 'town', 'city', 'state', 'county', 'station']);
export function firmLikeName(value: string): boolean {
  if (value.length > 80) return false;
  const words = value.trim().split(/[\s,]+/).filter((word) => word !== '');
  if (words.length < 2) return false;
  const last = (words[words.length - 1] as string).toLowerCase().replace(/[.'’]+$/, '');
  return (NOT_PERSON_AFTER.has(last) && !SURNAME_ENDINGS.has(last)) || COMPANY_FORMS.has(last);
}

/**
 * Words that name a software vendor, a product or a bot and no person (BOT_NAMES, PRODUCT_LEADS and the SaaS
 * vendors of webhook payloads), less the words the lists hold as a given name or a surname (`Travis`, `Jenkins`,
 * `Claude`, `Hudson`): session memory remembers no such value as a person (O1 of the probe of 2026-12-05h: once
 * `GitHub`, a web-merge commit's committer, was masked as a person, `github` was masked inside every later id
 * of the session, `p15-[PERSON]-push-P1`).
 */
const SAAS_VENDORS = 'stripe slack salesforce twilio shopify mailchimp calendly typeform docusign sendgrid segment hubspot zendesk intercom okta auth0 sentry jira atlassian trello asana notion figma dropbox airtable webflow gitlab github bitbucket'.split(' ');
let organizationWords: Set<string> | undefined;
/**
 * Whether a value is a vendor's, a product's or a bot's word, alone or with product nouns (`GitHub`, `GitLab`,
 * `Google Workspace`; `GitHub Actions` is not: `actions` is no product noun of PRODUCT_HEADS or NOT_PERSON_AFTER). Listed firms
 * named after persons (FIRMS: `Charles Stanley`) are not asked: a person of that name recurs as that person.
 */
export function isOrganizationValue(value: string): boolean {
  if (value.length > 40) return false;
  const words = value.trim().toLowerCase().split(/\s+/);
  if (words.length > 3) return false;
  if (organizationWords === undefined) {
    organizationWords = new Set<string>();
    for (const word of [...BOT_NAMES, ...PRODUCT_LEADS, ...SAAS_VENDORS]) if (!isListedPersonName(word)) organizationWords.add(word);
  }
  const known = organizationWords;
  return words.some((word) => known.has(word)) && words.every((word) => known.has(word) || PRODUCT_HEADS.has(word) || NOT_PERSON_AFTER.has(word));
}

export function firmPartAt(text: string, start: number, end: number): boolean {
  if (end - start > 40 || /[\s]/.test(text.slice(start, end))) return false;
  const leftText = FIRM_WORDS_BEFORE.exec(text.slice(Math.max(0, start - 48), start))?.[1];
  const rightText = FIRM_WORDS_AFTER.exec(text.slice(end, end + 48))?.[1];
  if (leftText === undefined && rightText === undefined) return false;
  const split = (words: string | undefined): string[] => (words === undefined ? [] : words.toLowerCase().replace(/\./g, '').split(/[ -]+/).filter((word) => word !== ''));
  const left = split(leftText);
  const right = split(rightText).map((word) => word.replace(/['’]s$/, ''));
  const word = text.slice(start, end).toLowerCase().replace(/\./g, '');
  for (let a = 0; a <= left.length; a++) {
    for (let b = a === 0 ? 1 : 0; b <= right.length; b++) {
      const phrase = [...left.slice(left.length - a), word, ...right.slice(0, b)].join(' ');
      if (FIRMS.has(phrase) || FIRMS.has(`${phrase}'s`)) return true;
    }
  }
  return false;
}
const FIRM_WORD = "[\\p{L}\\p{M}'’.&]{1,24}";
const FIRM_WORDS_BEFORE = new RegExp(`((?:${FIRM_WORD}[ -]){1,3})$`, 'u');
const FIRM_WORDS_AFTER = new RegExp(`^((?:[ -]${FIRM_WORD}){1,3})`, 'u');

/** "Ernst & Young", "Procter & Gamble": a capitalized word joined to the run by " & ". */
function ampersandFirm(text: string, start: number, end: number): boolean {
  return /^ & \p{Lu}/u.test(text.slice(end, end + 4)) || /\p{Lu}[\p{L}'’]* & $/u.test(text.slice(Math.max(0, start - 32), start));
}
/**
 * The first of a firm's founders, a lone word, listed with a comma before another and `& Co`, `& Sons`, `& Partners`
 * (issue 11, look-alikes of L3's open part: `Re: Smith, Jones & Co`, `Client: Johnson, Matthey & Co` masked `Smith`,
 * `Johnson`).
 */
const COMMA_FIRM_AFTER = /^, \p{Lu}[\p{L}'’-]{1,30} & (?:Co|Company|Sons|Partners|Associates)(?![\p{L}])/u;
function commaFirm(text: string, named: readonly Token[], end: number): boolean {
  return named.length === 1 && text.charCodeAt(end) === 44 && COMMA_FIRM_AFTER.test(text.slice(end, end + 48));
}

/** "Tube Snake Boogie": the run continues a capitalized phrase (a title, a heading, a firm). */
function titleCasePhrase(text: string, tokens: Token[], firstIndex: number, lastIndex: number): boolean {
  const previous = tokens[firstIndex - 1];
  const next = tokens[lastIndex + 1];
  const first = tokens[firstIndex] as Token;
  const last = tokens[lastIndex] as Token;
  // A record's number's label before the run is none of the phrase (`Vorgangsnummer Thandiwe Ndlovu`: labelNounLead).
  if (previous !== undefined && previous.capitalized && !labelNounLead(previous) && text.slice(previous.end, first.start) === ' ') return true;
  return next !== undefined && next.capitalized && text.slice(last.end, next.start) === ' ';
}


/** "San Bernardino", "USS Mahler": a place prefix or a ship prefix right before the run. */
function placeOrShip(text: string, tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const first = tokens[index] as Token;
  if (previous !== undefined && PLACE_PREFIXES.has(previous.lower) && previous.capitalized && /^[ \-]$/.test(text.slice(previous.end, first.start))) return true;
  return /\b(?:USS|USNS|USNV|USCGC|HMS|HMCS|HMAS|HMNZS|RMS|SS|MV)\s$/.test(text.slice(Math.max(0, first.start - 7), first.start));
}

/**
 * Numbers that are no house number (houseNumberNear): a date (`1970-02-03`, `03/02/1970`), a time
 * (`14:05`), a number after a record's or a phone's word (`born 1970`, `DOB 1970`, `aged 54`, `tel
 * 0161 496 0000`, `ext. 4521`), and digits with blanks, dots, dashes or brackets that make seven
 * digits or more (a phone: `+44 20 7946 0958`, `555-0100`; counted in houseNumberNear). Bounded
 * quantifiers, read on a window of at most 130 characters: linear.
 */
const NOT_HOUSE_NUMBER = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|(?<![\p{L}])(?:born|b\.|dob|d\.o\.b\.?|aged?|since|ext\.?|tel\.?|phone|mobile|mob\.?|cell|fax)[ \t:#.]{0,3}\+?\d{1,5}|\+?\(?\d[\d \t().-]{3,18}\d/giu;
/** A whole date or time among NOT_HOUSE_NUMBER's matches. */
const DATE_OR_TIME = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2})$/;
/**
 * Whether a house number stands near a run ending in a street's word or before one (streetAhead):
 * digits in the 60 characters before the run, after the last line break, `:` or `;` (a label's
 * colon ends another field: `Ticket 4521 contact: Amara Park`), or in the 30 after the street's
 * word up to the next `,`, `;`, `(` or line break (a comma opens another field: `Contact: Amara
 * Park, 555-0100`, `…, born 1970`, `…, 12 High Street`), less the numbers that are no house number
 * (NOT_HOUSE_NUMBER). `12 Elisabeth Parks`, `Elisabeth Parks 12`, `Isaac Lodge Road 5` keep theirs
 * (issue 11, 2026-12-05).
 */
function houseNumberNear(text: string, lastStart: number, end: number): boolean {
  let before = text.slice(Math.max(0, lastStart - 60), end);
  const field = Math.max(before.lastIndexOf('\n'), before.lastIndexOf(':'), before.lastIndexOf(';'));
  if (field >= 0) before = before.slice(field + 1);
  const rest = text.slice(end, end + 30);
  const stop = rest.search(/[,;(\n]/);
  const window = before + (stop >= 0 ? rest.slice(0, stop) : rest);
  if (!/\d/.test(window)) return false;
  // A date, a time or a labelled number goes; digits with separators go when they make a phone's seven.
  return /\d/.test(window.replace(NOT_HOUSE_NUMBER, (number) => (/^[+(]?\d/.test(number) && !DATE_OR_TIME.test(number) && (number.match(/\d/g) ?? []).length < 7 ? number : '')));
}

/** "Isaac Lodge Street", "Elisabeth Parks" near a house number: a street named after someone. */
function streetAhead(text: string, tokens: Token[], lastIndex: number, several: boolean): boolean {
  for (let k = several ? lastIndex : lastIndex + 1; k <= lastIndex + 2; k++) {
    const token = tokens[k];
    if (token === undefined) return false;
    if (k > lastIndex) {
      const previous = tokens[k - 1] as Token;
      if (!/^ {1,2}$/.test(text.slice(previous.end, token.start)) || !token.capitalized) return false;
      // A field's label after a column's padding is no street's suffix (`Rosalind Thackeray  DL: MN
      // K417-…  Exp 2029-08-19`: `DL`, USPS's Dale, before its colon; L2 of probe 2026-12-05f).
      if (text.charCodeAt(token.end) === 58) return false;
    }
    if (isStreetWordOrSuffix(token.lower)) {
      if (/^(?:street|road|avenue|lane|boulevard|drive|str|straße|strasse|rue|via|calle|rua)$/.test(token.lower) && k > lastIndex) return true;
      if (houseNumberNear(text, tokens[lastIndex]!.start, token.end)) return true;
    }
  }
  return false;
}

/**
 * Lists of given names after a cue that points to people (`Meeting with Ravi, Sanjay and Meera`,
 * `Attendees: Ravi, Sanjay, Meera`, `cc Ravi and Meera`): a probe of 2026-12-03 found such lists
 * raw when no member is listed (after `with` a list read as a firm's name). Cues: a meeting, call
 * or talk `with` (`met with`, `sync with`, `lunch with`, `1:1 with`, `spoke to`), `cc`, and the
 * labels `attendees`, `participants`, `invitees`, `guests`, `present`, `absent`, `apologies`,
 * `reviewers`, `assignees`. Two to eight members of one or two capitalized words, joined by `, `,
 * ` and `, ` & `; every word an unknown word or a name (listed or ambiguous) that is no place,
 * eponym, drug, team, bot or software word: `Meeting with Sales, Legal and Finance`, `call with
 * Berlin, Paris and Madrid`, `sync with Jira and Confluence` stay.
 */
function cuedNameLists(text: string, l: NameLists): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  if (!LIST_CUE_HINT.test(text)) return found;
  for (const match of text.matchAll(CUED_LIST)) {
    const list = match[1] as string;
    const words = list.split(/,? (?:and|&) |, | /);
    const named = words.every((word) => {
      const lower = word.toLowerCase();
      if (isTeamWord(lower, false) || BOT_NAMES.has(lower)) return false;
      const kind = kindOf(lower, true, false, l);
      return kind !== 'W' && kind !== 'I' && !l.stop.has(lower);
    });
    if (!named) continue;
    const start = (match.index as number) + match[0].length - list.length;
    found.push([start, start + list.length]);
  }
  return found;
}
/**
 * `Wainwright, Philippa & Barnaby`, `Okonkwo, Chidinma & Thaddeus` at a line's, a field's or a
 * list item's start (church, club and parish directories, a family's membership; L2 of
 * probe-2026-12-05g): the given names after the surname's comma, joined by ` & `, are a family's
 * members, no firm named `Philippa & Barnaby`. Each given name is listed as one or unknown to the lists
 * (no surname, no English word; the second may be a surname too after a listed given name,
 * `Araminta & Cuthbert`, or an English word, then the first alone is taken),
 * and no listed firm (`Procter & Gamble`, `& Sons`); the spans of the given names. Tried only after a line's start, a tab, `:` or
 * `;` (each such place once: linear).
 */
function directoryPairs(text: string, l: NameLists): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const match of text.matchAll(DIRECTORY_PAIR)) {
    const first = match[1] as string;
    const second = match[2] as string;
    const firstKind = kindOf(first.toLowerCase(), true, false, l);
    const secondKind = kindOf(second.toLowerCase(), true, false, l);
    // A listed surname is no given name (`Kónya, Becker & Vasquez`: a firm of partners).
    if (!GIVEN_KINDS.has(firstKind) || secondKind === 'L' || (secondKind === 'l' && firstKind === 'U') || FIRMS.has(`${first} & ${second}`.toLowerCase())) continue;
    const end = (match.index as number) + match[0].length;
    const secondLower = second.toLowerCase();
    if (FIRM_TAILS.has(secondLower)) continue;
    const start = end - first.length - second.length - 3;
    // A second word that is an English word too (`Solveig & Per`): the first alone.
    if (GIVEN_KINDS.has(secondKind) || secondKind === 'l' || l.first.has(secondLower)) found.push([start, end]);
    else found.push([start, start + first.length]);
  }
  return found;
}
const GIVEN_KINDS = new Set<string>(['F', 'f', 'U']);
/** What ends a firm's name after ` & ` (`Wainwright & Sons`, `Baxter & Co`): no given name. */
const FIRM_TAILS = new Set('son sons co company partners partner associates brothers bros daughters friends family families others guests children kids sister sisters wife husband spouse team staff'.split(' '));
const DIRECTORY_PAIR = /(?:^|[\t;:])[ \t]*\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?, (\p{Lu}[\p{Ll}\p{M}'’-]{1,30}) & (\p{Lu}[\p{Ll}\p{M}'’-]{1,30})(?![\p{L}\p{N}]| &| \p{Lu})/gmu;
const LIST_CUE_HINT = /\b(?:with|cc|to|attendees|participants|invitees|guests|present|absent|apologies|reviewers|assignees)\b/i;
const LIST_MEMBER = "\\p{Lu}[\\p{Ll}\\p{M}'’-]{1,30}(?: \\p{Lu}[\\p{Ll}\\p{M}'’-]{1,30})?";
/** A cue word as written at a sentence's start or inside it (`Meeting`, `meeting`, `MEETING`): no `i` flag, under which `\\p{Lu}` takes any letter. */
const anyCase = (words: string): string => words.split('|').map((word) => `[${word[0]}${(word[0] as string).toUpperCase()}]${word.slice(1)}|${word.toUpperCase()}`).join('|');
// The role labels of surnameBeforeLabelledGiven (here, after anyCase).
const ROLE_LABEL_SURNAME_BEFORE = new RegExp(
  `(?:^|[\\s|;(])(?:${anyCase('rp|r/p|caller|complainant|reporting party|victim|suspect|subject|witness|driver|owner|customer|client|patient|pt|member|tenant|applicant|borrower|cardholder|guarantor|mother|father|parent|guardian|spouse|husband|wife|son|daughter|contact|nok|next of kin|employee|candidate|donor|beneficiary|insured|claimant|debtor|resident|occupant|passenger|student')})(?:[ \\t]{0,2}:)?[ \\t]{1,3}(\\p{Lu}[\\p{Lu}'’-]{2,30}), $`,
  'u',
);
const CUED_LIST = new RegExp(
  `(?:\\b(?:${anyCase('meeting|meetings|met|meet|call|calls|sync|chat|lunch|dinner|coffee|catch-up|catchup|1:1|one-on-one|interview|spoke|speaking|talked|talking')})\\s(?:${anyCase('with|to')})|\\b(?:${anyCase('cc')}):?|\\b(?:${anyCase('attendees|participants|invitees|guests|present|absent|apologies|reviewers|assignees')})\\s?:)\\s{1,3}(${LIST_MEMBER}(?:(?:, |,? (?:and|&) )${LIST_MEMBER}){1,7})(?![\\p{L}\\d]|,? (?:and|&) \\p{Lu}| \\p{Lu})`,
  'gu',
);

/**
 * A bot's or tool's name in a list with other software (`We use Jenkins, Ansible, Terraform and
 * Grafana`, `Jenkins or GitLab CI`): the tool, not the person (a probe of 2026-12-03). Lists of
 * capitalized words joined by `, `, ` and `, ` or `, ` & ` around tokens[index], another member
 * of which is a bot or software name (BOT_NAMES, SOFTWARE_NAMES).
 */
function inToolList(text: string, token: Token): boolean {
  const from = Math.max(0, token.start - 120);
  const window = text.slice(from, token.end + 120);
  for (const match of window.matchAll(TOOL_LIST)) {
    const start = from + (match.index as number);
    if (start > token.start) break;
    if (start + match[0].length < token.end) continue;
    return match[0].split(/,? (?:and|or|&) |, /).some((word) => {
      const lower = word.toLowerCase();
      return lower !== token.lower && (BOT_NAMES.has(lower) || SOFTWARE.has(lower));
    });
  }
  return false;
}
const TOOL_LIST = /(?<![\p{L}\d])\p{Lu}[\p{L}\d.+#'’-]{1,30}(?:(?:, |,? (?:and|or|&) )\p{Lu}[\p{L}\d.+#'’-]{1,30}){1,9}/gu;
const SOFTWARE = new Set(SOFTWARE_NAMES.split(/\s+/));

/**
 * Spans of "Davis, Reynolds and Williamson" lists that read as a firm's name: after "the", "at",
 * "from", "for", "with", "of", "joined", or followed by a capitalized word or "is a".
 */
function firmLists(text: string, l: NameLists, people: Array<[number, number]>): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  // Looked for around each " and " / " & " only (a bounded window each): linear in the text.
  const joins: number[] = [];
  for (const word of [' and ', ' & ']) for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) joins.push(at);
  joins.sort((x, y) => x - y);
  let covered = -1;
  for (const at of joins) {
    if (at < covered) continue;
    const from = Math.max(0, at - 130);
    const window = text.slice(from, at + 40);
    for (const match of window.matchAll(firmList)) {
      const start = from + match.index;
      const end = start + match[0].length;
      if (end <= at) continue;
      const before = text.slice(Math.max(0, start - 12), start);
      const after = text.slice(end, end + 12);
      if (/\b(?:the|at|from|for|with|of|joined|by|to)\s$/i.test(before) || /^(?:'s)? (?:\p{Lu}|is an? |was an? )/u.test(after)) found.push([start, end]);
      // Otherwise a list of people when it holds a listed name: its other members count too
      // ("our founders: Kónya, Becker and Vasquez").
      else if (match[0].split(/,? (?:and|&) |, /).some((word) => { const lower = word.toLowerCase(); return (l.first.has(lower) || l.last.has(lower)) && !l.stop.has(lower); })) people.push([start, end]);
      covered = end;
      break;
    }
  }
  return found;
}

const firmList = /(?<![\p{L}])\p{Lu}[\p{L}'’\-]{1,30}(?:, \p{Lu}[\p{L}'’\-]{1,30}){1,3},? (?:and|&) \p{Lu}[\p{L}'’\-]{1,30}/gu;

/** Firm-name lists in text order, asked about increasing positions only: linear overall. */
class OrgLists {
  private cursor = 0;
  constructor(private readonly spans: ReadonlyArray<[number, number]>) {}
  has(position: number): boolean {
    while (this.cursor < this.spans.length && (this.spans[this.cursor] as [number, number])[1] <= position) this.cursor++;
    const span = this.spans[this.cursor];
    return span !== undefined && position >= span[0];
  }
}

/** The kinds of a club after a run (`Country Club`, `Golf Club`, `Yacht Club`): eponymAfter. */
const CLUB_KINDS = new Set('country golf tennis yacht cricket rugby football soccer sports sport social athletic athletics rowing sailing boat polo squash bowling bowls chess book ski swimming swim racquet hunt gun rifle jockey working'.split(' '));
/**
 * What is named after a person and is no person, capitalized right after the name (O6 of the
 * probe of 2026-12-05d, where only a holiday's `… Day` was read): an event, a lecture, a prize
 * or a show (`Grace Hopper Celebration`, `Alan Turing Lecture`, `Nobel Prize`, `The Truman Show`,
 * `Turing Award`); and a plan's or a product's tier after a name in capitals or words (`ACME SAAS
 * PRO`: O5), and an operating system (`Mac OS`: O4). Capitalized only: `Did Grace Hopper show up?`.
 */
const NAMED_AFTER_WORDS = new Set(`celebration celebrations lecture lectures lectureship oration award awards prize prizes medal medals
fellowship fellowships scholarship scholarships professorship chair conference symposium summit festival gala cup trophy
show shows story musical exhibition retrospective biopic documentary collection
pro plus premium os
announcements alerts updates notifications digest newsletter newsletters bulletin`.split(/\s+/));
/** True when the run ending at tokens[lastIndex] reads as an eponym or an organisation/place name. */
function eponymAfter(text: string, tokens: Token[], lastIndex: number, l: NameLists): boolean {
  const last = tokens[lastIndex];
  if (last === undefined) return false;
  const next = tokens[lastIndex + 1];
  if (next === undefined) return false;
  const gap = text.slice(last.end + (last.possessive ? 2 : 0), next.start);
  // `Martin Luther King Jr. Boulevard` (O1 of 2026-12-05j): a suffix's dot before a street's or an institution's noun.
  if (gap === '. ' && next.capitalized && NAME_SUFFIXES.has(last.lower) && NOT_PERSON_AFTER.has(next.lower)) return true;
  if (gap !== ' ' && gap !== '-' && gap !== "' " && gap !== '’ ') return false;
  if (NOT_PERSON_AFTER.has(next.lower)) return true;
  // `Korle Bu Teaching Hospital`, `Ronald McDonald Family Room`, `Rosa Parks Family Centre` (O1 of 2026-12-05j):
  // one or two descriptors (INSTITUTION_DESCRIPTORS), then an institution's or a room's head.
  if (next.capitalized && gap === ' ' && INSTITUTION_DESCRIPTORS.has(next.lower)) {
    let previous = next;
    for (let k = lastIndex + 2; k <= lastIndex + 3; k++) {
      const head = tokens[k];
      if (head === undefined || !head.capitalized || text.slice(previous.end + (previous.possessive ? 2 : 0), head.start) !== ' ') break;
      if (ROOM_HEADS.has(head.lower) || NOT_PERSON_AFTER.has(head.lower)) return true;
      if (!INSTITUTION_DESCRIPTORS.has(head.lower)) break;
      previous = head;
    }
  }
  if (COMPANY_FORMS.has(next.lower) && next.capitalized) return true;
  if (next.capitalized && gap === ' ' && NAMED_AFTER_WORDS.has(next.lower)) return true;
  // "Upton Scudamore Country Club", "Wentworth Golf Club", "Grace Hill Club": a club's name is a
  // venue (the eval of issue 11, 2026-12-05: `Where: UPTON SCUDAMORE Country Club.` read as a
  // person once a date on the line before no longer made it a street near a house number).
  if (next.capitalized && (next.lower === 'club' || (CLUB_KINDS.has(next.lower) && /^ Club(?![\p{L}])/iu.test(text.slice(next.end, next.end + 6))))) return true;
  // "Parkinson's disease", "Hodgkin lymphoma": an eponym in the stop list followed by a medical word.
  if (l.stop.has(last.lower) && (next.lower === 'disease' || next.lower === 'syndrome')) return true;
  return false;
}

/**
 * O2-O4 of the leak probe of 2026-12-07 (issue 11): things named after a person or a place, read as persons.
 * - A ward after a name that is no listed given name (`Lister Ward`, `Nightingale Ward`; `Emma Ward` stays), or
 *   `Ward` before a ward's role (`Ward Sister`, `Ward Manager`).
 * - A Dutch article before the run (`in het Antoni van Leeuwenhoek`, `het Erasmus MC`): Dutch puts no article before a
 *   person's name; and one word before `MC`/`UMC` (`Erasmus MC`, `Radboud UMC`: a university medical centre).
 * - An unlisted word and a city of PLACES (`Charité Berlin`, `Helios Berlin`; `Anna Berlin` stays).
 * - An eponym after a disease's word of French, Italian, Spanish, Portuguese, Dutch, German or Polish
 *   (DISEASE_OF_BEFORE: `syndrome de Gilles de la Tourette`, `morbo di Cooley`, `ziekte van Pfeiffer`, `Morbus
 *   Bechterew`): the first name word no listed given name, or the last one an eponym of the lists (`la maladie de
 *   Jean`, `ziekte van Jan de Vries`, `choroba Jana Kowalskiego` are a person's illness and stay masked).
 * - A drug: one word before a dosage form (DOSAGE_FORM_AFTER: `Voltaren Gel`, `Diclac Retard`), or a generic maker
 *   after a drug's name (GENERIC_MAKERS: `Paracetamol Sandoz`, `Omeprazol Teva`; the drug by its INN stem, kindOf).
 *   A listed given name keeps the person (`Maria Sandoz`, `Teva Goldberg`).
 * Each reads at most 40 characters around the run.
 */
function namedThingRun(text: string, tokens: Token[], index: number, run: Token[], named: Token[], before: string, particles: RegExpExecArray | null, l: NameLists): boolean {
  const first = run[0] as Token;
  const last = run[run.length - 1] as Token;
  const lead = named[0] as Token;
  const given = (token: Token): boolean => token.kind === 'F' || token.kind === 'f';
  const next = tokens[index + run.length];
  const nextJoined = next !== undefined && !last.possessive && next.capitalized && text.slice(last.end, next.start) === ' ';
  if (last.capitalized && last.lower === 'ward' && run.length >= 2 && !named.slice(0, -1).some(given)) return true;
  if (nextJoined && next.lower === 'ward' && !named.some(given)) return true;
  if (run.length === 1 && first.lower === 'ward' && first.capitalized && WARD_ROLE_AFTER.test(text.slice(last.end, last.end + 16))) return true;
  if (particles !== null && DUTCH_ARTICLE_LEAD.test(particles[1] as string)) {
    const word = DUTCH_WORD_BEFORE_ARTICLE.exec(before.slice(0, before.length - (particles[1] as string).length));
    const lower = word === null ? '' : (word[1] as string).toLowerCase();
    if (word !== null && !DUTCH_TITLE_WORDS.has(lower) && (lower === word[1] || !(l.first.has(lower) || l.ambiguousFirst.has(lower) || l.last.has(lower)))) return true;
  }
  if (named.length === 1 && !last.possessive && MEDICAL_CENTRE_AFTER.test(text.slice(last.end, last.end + 5))) return true;
  if (named.length === 2 && run.length === 2 && !given(lead) && (lead.kind === 'W' || (lead.kind === 'U' && !isFoldedGivenName(lead.lower))) && last.capitalized && PLACE_WORDS.has(last.lower)) return true;
  const disease = DISEASE_OF_BEFORE.exec(text.slice(Math.max(0, lead.start - 40), lead.start));
  if (disease !== null && named.length <= 3 && (!given(lead) || l.stop.has((named[named.length - 1] as Token).lower))) return true;
  if (run.length >= 2 && first.capitalized && DISEASE_LEADS.has(first.lower) && !given(named[1] as Token)) return true;
  if (named.length === 1 && !given(lead) && !last.possessive && DOSAGE_FORM_AFTER.test(text.slice(last.end, last.end + 16))) return true;
  if (named.length === 2 && !given(lead) && DOSAGE_FORM_AFTER.test(` ${text.slice(last.start, last.end)}`)) return true;
  const previous = tokens[index - 1];
  if (run.length === 1 && GENERIC_MAKERS.has(first.lower) && previous !== undefined && text.slice(previous.end, first.start) === ' ' && (DRUG_WORDS.has(previous.lower) || INN_STEM.test(previous.lower))) return true;
  const drug = (token: Token): boolean => token.kind === 'W' || token.kind === 'U' || DRUG_WORDS.has(token.lower);
  if (named.length === 2 && last.capitalized && GENERIC_MAKERS.has(last.lower) && drug(lead)) return true;
  if (named.length === 1 && nextJoined && GENERIC_MAKERS.has(next.lower) && drug(lead)) return true;
  return false;
}
/** A ward's role after `Ward` (`Ward Sister`, `Ward Manager`, `Ward Clerk`, `Ward Round`). */
const WARD_ROLE_AFTER = /^ (?:Sister|Manager|Clerk|Round|Rounds|Nurse|Staff|Matron|Pharmacist|Doctor|Team|Host|Receptionist)(?![\p{L}])/u;
/** `in het`, `op het`, `uit 't` …: a Dutch preposition and the neuter article before a run (PARTICLES_BEFORE's Dutch form). */
const DUTCH_ARTICLE_LEAD = /^(?:in|op|uit|aan|bij|voor|onder) (?:het|['’]t) $/;
/**
 * The word before the preposition and article (`Opgenomen in het`, `behandeld in het`): a lower-case word or a word
 * the lists lack, and no Dutch title (`Geachte heer in 't Hout`, `dhr. M. in 't Veld`, `Contact: Jan in 't Zandt` are persons).
 */
const DUTCH_WORD_BEFORE_ARTICLE = /(?:^|[^\p{L}.])(\p{L}{2,20})[ \t]$/u;
const DUTCH_TITLE_WORDS: ReadonlySet<string> = new Set(['heer', 'meneer', 'mevrouw', 'mevr', 'mw', 'dhr', 'juffrouw', 'mej', 'de', 'familie', 'fam']);
/** A university medical centre's `MC`/`UMC` right after one word (`Erasmus MC`, `Radboud UMC`). */
const MEDICAL_CENTRE_AFTER = /^ U?MC(?![\p{L}\p{N}])/u;
const PLACE_WORDS: ReadonlySet<string> = new Set(`${PLACES}`.split(/\s+/));
/** A disease's word and its `of` (`syndrome de`, `maladie de`, `morbo di`, `malattia di`, `ziekte van`, `enfermedad de`, `doença de`, `choroba`, `zespół`, `Morbus`, `Krankheit`) before the run. */
const DISEASE_OF_BEFORE = /(?:^|[^\p{L}])(?:syndromes?|maladies?|sindromes?|síndromes?|sindrome|morbo|malattia|malattie|ziekte|syndroom|enfermedad|enfermedades|doença|doenca|choroba|chorob[ayę]|zesp[oó][lł]u?|morbus|krankheit|erkrankung|signe|segno|signo|teken)[ \t]{1,2}(?:(?:de|di|du|des|del|della|van|von|la|le|da|do)[ \t]{1,2}|[ld]['’]){0,3}$/iu;
/** Disease words capitalized at a run's head (`Morbus Bechterew`, `Syndrom …`). */
const DISEASE_LEADS: ReadonlySet<string> = new Set(['morbus', 'syndrom', 'choroba', 'zespół']);
/** A drug's dosage form right after its brand (`Voltaren Gel`, `Diclac Retard`, `Nurofen Forte`, `Aspirin Complex`). */
const DOSAGE_FORM_AFTER = /^ (?:Gel|Emulgel|Retard|Resinat|Dispers|Forte|Mite|Akut|Complex|Duo|Comp|Tabletten|Filmtabletten|Brausetabletten|Kapseln|Tropfen|Salbe|Creme|Spray|Sirup|Saft|Zäpfchen|Pflaster|Injektionslösung|Comprimés?|Gélules?|Sirop|Pommade|Compresse|Capsule|Sciroppo|Pomata|Comprimidos?|Cápsulas?|Tabletki|Kapsułki|Maść|Tabletten|Tablets?|Capsules?|Syrup|Ointment|Cream|Patch(?:es)?|Drops|Suppositor(?:y|ies)|Infusion|Injection|Inhaler)(?![\p{L}])/u;
/** Makers of generic drugs whose name follows the drug's (`Paracetamol Sandoz`, `Omeprazol Teva`, `Ibuprofen Ratiopharm`). */
const GENERIC_MAKERS: ReadonlySet<string> = new Set(`sandoz teva mylan viatris ratiopharm stada hexal zentiva actavis cipla aurobindo accord krka
aristo heumann abz betapharm aliud puren basics winthrop biogaran arrow cristers almus zydus lupin glenmark apotex ranbaxy
wockhardt torrent polpharma adamed cinfa normon kern`.split(/\s+/));
const DRUG_WORDS: ReadonlySet<string> = new Set(DRUGS.split(/\s+/));

/**
 * Whether the run ending at tokens[lastIndex] (`size` tokens) names a product by its head noun (PRODUCT_HEADS):
 * capitalized, the run's last word after another (`Workflow Builder`, `Merino Crew Sweater`) or the word right
 * after it (`Cron Monitors`), with no label naming a person before the run (`Name:`, `Contact:`) and no person's
 * verb after the noun (`Bob Builder called`, `Kaveh Builder said`).
 */
function productHeadRun(text: string, tokens: Token[], lastIndex: number, size: number, before: string): boolean {
  const last = tokens[lastIndex];
  if (last === undefined) return false;
  let head: Token | undefined;
  if (size >= 2 && last.capitalized && PRODUCT_HEADS.has(last.lower)) head = last;
  else {
    const next = tokens[lastIndex + 1];
    if (next !== undefined && !last.possessive && next.capitalized && PRODUCT_HEADS.has(next.lower) && text.slice(last.end, next.start) === ' ') head = next;
  }
  if (head === undefined || head.possessive) return false;
  if (STRONG_NAME_CUE_BEFORE.test(before.slice(-24)) || PERSON_ROLE_LABEL_BEFORE.test(before.slice(-32))) return false;
  return !PERSON_VERB_AFTER.test(text.slice(head.end, head.end + 40));
}

/** Appends the PERSON detection of text[start, end): its normal form is the NFC, lower-cased name with single spaces. */
/**
 * A run's name, parted at its tabs (gapJoins read `Maria\tGarcia` as one name): each part masked on
 * its own, so a table's or a COPY row's columns stay columns.
 */
function pushRunPerson(text: string, out: Detection[], start: number, end: number): void {
  let from = start;
  // Tabs inside the run only: an unbounded search read on to the text's end for every run (quadratic).
  let tab = indexOfWithin(text, 9, from, end);
  if (tab === -1) {
    pushPerson(text, out, start, end);
    return;
  }
  while (tab !== -1 && tab < end) {
    let to = tab;
    while (to > from && text.charCodeAt(to - 1) === 32) to--;
    if (to > from) pushPerson(text, out, from, to);
    from = tab + 1;
    while (from < end && text.charCodeAt(from) === 32) from++;
    tab = indexOfWithin(text, 9, from, end);
  }
  if (end > from) pushPerson(text, out, from, end);
}

export function pushPerson(text: string, out: Detection[], start: number, end: number): void {
  const value = text.slice(start, end);
  // Emoji inside a name (`Tevita 🙂 Havili`: gapJoins) are no part of its normal form.
  const bare = value.length > 2 && /[\u00a9\u00ae\u2000-\u3300\ud800-\udbff\ufe0f]/.test(value) ? value.replace(EMOJI_RUN, ' ').trim() : value;
  out.push({ start, end, type: 'PERSON', class: 'pii.person', normalized: bare.normalize('NFC').toLowerCase().replace(/\s+/g, ' ') });
}

// ----------------------------------------------------------------------------- spelled names
// A name spelled out letter by letter, as a caller does on the phone and a transcript writes it
// (the third probe of 2026-12-04, H14: `Qxaro Vlintuk, that is V-L-I-N-T-U-K` and `spelled V L I
// N T U K` kept the spelling while the name was masked). A run of three or more single letters
// joined by one or two blanks, dashes, dots or commas (`V-L-I-N-T-U-K`, `V L I N T U K`, `V.L.I.N.`,
// `v, l, i, n`) is a person's name when a spelling cue stands right before it (`spelled`, `spelt`,
// `spelling`, `that is`, `that's`, `as in`, `letters`, `buchstabiert`, `se escribe`, `s'écrit`), or
// when it spells a word of a person's name found within 80 characters before it. Its normalized
// value is the joined letters in lower case, as that word's would be. Gate: a cue word in the
// text, or a person found in it.
// Also (L12 of the tenth probe of 2026-12-05, found raw): a letter said with a word for it (`b as
// in bravo a k e r`, `O as in Oscar, K as in kilo, A, F, O, R`: the word must start with its
// letter); a statement of a name right before the run (`last name is S-M-I-T-H`, `my surname is
// b as in bravo …`, `name: z-e-p-h-r-a`); and, in lower case with no cue, the word right before or
// right after the run that it spells (`oyelaran o y e l a r a n`, `… a n i e l s daniels`): the
// run and that word are the name, unless the word is a frequent English word and no cue stands
// before (`cat c a t`).
const SPELLED_UNIT = String.raw`\p{L}(?:[ \t]{1,2}as[ \t]{1,2}in[ \t]{1,2}\p{L}{2,16})?`;
const SPELLED_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])${SPELLED_UNIT}(?:[ .,\-–]{1,2}${SPELLED_UNIT}){2,40}(?![\p{L}\p{N}])\.?`, 'gu');
/** A letter's `as in` word inside a spelled run: group 1 the letter, 2 the word. */
const AS_IN_WORD = /(\p{L})[ \t]{1,2}as[ \t]{1,2}in[ \t]{1,2}(\p{L}{2,16})/gu;
const SPELLING_CUE = /(?:\bspell(?:ed|t|ing)?(?:[ \t]+(?:it|that|as|out))?|\bthat(?:'s|’s|[ \t]+is)|\bas[ \t]+in|\bletters?|\bbuchstabiert|\bse[ \t]+escribe|\bs'écrit|\bsi[ \t]+scrive)[ \t]*[:,\-–]?[ \t]*$/i;
/** A statement of a person's name right before a spelled run (`my last name is`, `surname:`, `name:` at a line's start), a filler allowed after it. */
const NAME_SPELLING_CUE = /(?:\b(?:my|his|her|their|your|patient['’]?s|caller['’]?s|member['’]?s)[ \t]{1,2}(?:(?:first|last|family|given|middle|maiden|full)[ \t]{1,2})?name|\b(?:first|last|family|given|middle|maiden)[ \t]{1,2}name|\bsurname|(?:^|[\n;(])[ \t]*name(?=[ \t]*:))(?:[ \t]{1,2}(?:is|was|it['’]?s|spelled|spelt))?[ \t]*[:,\-–]?[ \t]*(?:(?:u+h+|u+m+|e+r+)[ \t,]{1,3})?$/i;
const SPELLING_GATE = /spel|that|as in|letter|buchstab|escribe|écrit|scrive|name/i;
/** SPELLING_GATE as a gate (the same answers; before 2026-12-07 a search of the whole text per call). */
const mayHoldSpellingCue = gatedTest(SPELLING_GATE);
/** Three single letters apart (the gate of a text with no cue and no person found). */
const THREE_LETTERS = /(?:^|[ \t,])\p{L}[ \t,.\-]{1,2}\p{L}[ \t,.\-]{1,2}\p{L}(?![\p{L}\p{N}])/u;
/** A lower-case word right before a run (a filler allowed between): group 1. */
const WORD_BEFORE_RUN = /(?:^|[^\p{L}\p{N}'’-])(\p{Ll}{3,40})[ \t,]{1,2}(?:(?:u+h+|u+m+|e+r+)[ \t,]{1,3})?$/u;
/** A word right after a run: group 1. */
const WORD_AFTER_RUN = /^[ \t,]{1,2}(\p{L}{3,40})(?![\p{L}\p{N}'’-])/u;

/**
 * Names spelled letter by letter in `text` (see above), pushed as PERSON; `out` already holds
 * the text's other detections (the persons found before). Linear: one scan for runs, a bounded
 * look before and after each.
 */
export function detectSpelledNames(text: string, out: Detection[]): void {
  const cue = mayHoldSpellingCue(text);
  let persons: Detection[] | undefined;
  for (const detection of out) if (detection.type === 'PERSON') (persons ??= []).push(detection);
  // Without a cue or a person, only a run beside the word it spells: three single letters in a row first.
  if (!cue && persons === undefined && !THREE_LETTERS.test(text)) return;
  persons?.sort((a, b) => a.end - b.end);
  let nearest = 0;
  for (const run of text.matchAll(SPELLED_RUN)) {
    const start = run.index as number;
    let end = start + run[0].length;
    if (text.charCodeAt(end - 1) === 46) end--;
    const written = text.slice(start, end);
    // A letter's `as in` word counts as its letter (its first letter must be the letter).
    let spoken = true;
    const bare = written.includes(' as ') || written.includes('\tas') ? written.replace(AS_IN_WORD, (_, letter: string, word: string) => {
      if (word[0]?.toLowerCase() !== letter.toLowerCase()) spoken = false;
      return letter;
    }) : written;
    if (!spoken) continue;
    const letters = bare.replace(/[ .,\-–]/g, '');
    // Single letters only: `A.B.` is no run of three, `I am ok` holds words.
    if (letters.length * 2 - 1 > bare.length + 1 || letters.length < 3) continue;
    const lower = letters.normalize('NFC').toLowerCase();
    const before = text.slice(Math.max(0, start - 80), start);
    let named = cue && (SPELLING_CUE.test(before.slice(-24)) || NAME_SPELLING_CUE.test(before.slice(-48)));
    if (!named && persons !== undefined) {
      // The persons ending within 80 characters before the run (sorted by their end; runs come in order).
      while (nearest < persons.length && (persons[nearest] as Detection).end < start - 80) nearest++;
      for (let k = nearest; k < persons.length && k < nearest + 8; k++) {
        const person = persons[k] as Detection;
        if (person.end > start) break;
        if (text.slice(person.start, person.end).normalize('NFC').toLowerCase().split(/[\s,.'’-]+/).includes(lower)) named = true;
      }
    }
    // The word the run spells, right before or right after it (`oyelaran o y e l a r a n`, `… a n i e l s daniels`).
    const wordBefore = WORD_BEFORE_RUN.exec(before.slice(-52));
    const wordAfter = WORD_AFTER_RUN.exec(text.slice(end, end + 44));
    const spelledBefore = wordBefore !== null && (wordBefore[1] as string).normalize('NFC').toLowerCase() === lower;
    const spelledAfter = wordAfter !== null && (wordAfter[1] as string).normalize('NFC').toLowerCase() === lower;
    if (!named && (spelledBefore || spelledAfter) && !nameLists().frequent.has(lower)) named = true;
    if (!named) continue;
    out.push({ start, end, type: 'PERSON', class: 'pii.person', normalized: lower });
    if (spelledBefore) {
      const wordStart = start - Math.min(52, before.length) + wordBefore.index + wordBefore[0].indexOf(wordBefore[1] as string);
      out.push({ start: wordStart, end: wordStart + (wordBefore[1] as string).length, type: 'PERSON', class: 'pii.person', normalized: lower });
    }
    if (spelledAfter) {
      const wordStart = end + wordAfter[0].length - (wordAfter[1] as string).length;
      out.push({ start: wordStart, end: wordStart + (wordAfter[1] as string).length, type: 'PERSON', class: 'pii.person', normalized: lower });
    }
  }
}

// ---------------------------------------------------------------------------------- Han names
// Chinese names have no case and no spaces around them in Chinese prose, so without a word
// segmenter only names that stand apart are found: a run of two or three Han characters set off
// by spaces, punctuation or Latin text, starting with one of the common family names (the ~120
// most frequent cover about 90% of the population), either three characters long
// ("Patient 王小明 arrived") or after a cue ("患者 李华", "姓名：王芳", "Dr 张伟"), or followed by an
// honorific ("陈先生", "林女士"). Names inside unbroken Chinese sentences: detectHanNamesInSentences.
// Traditional forms of the family names above whose traditional character differs (張 陳 劉 黃 ...,
// as written in Taiwan, Hong Kong and Macau): the cue words are matched in both scripts, so the
// family names must be too ("收件人：陳大文", "請聯繫張偉醫生").
const HAN_TRADITIONAL = new Map(
  Array.from('张張刘劉陈陳杨楊黄黃赵趙吴吳孙孫马馬罗羅郑鄭谢謝许許韩韓冯馮邓鄧肖蕭蒋蔣叶葉苏蘇吕呂卢盧钟鍾谭譚陆陸贾賈韦韋邹鄒闫閻龙龍贺賀顾顧龚龔万萬钱錢严嚴汤湯温溫齐齊乔喬庞龐颜顏庄莊聂聶鲁魯欧歐关關兰蘭宁寧纪紀毕畢单單涂塗骆駱蓝藍鲍鮑华華饶饒阳陽时時农農缪繆简簡车車项項连連芦蘆麦麥娄婁窦竇党黨费費卫衛应應闵閔邬鄔边邊师師栾欒荣榮丛叢巩鞏迟遲邝鄺谈談荆荊乐樂储儲劳勞谌諶蔺藺楼樓盘盤满滿闻聞厉厲区區阚闞权權强強帅帥盖蓋练練丰豐国國计計晋晉门門云雲来來阙闕乌烏况況鲜鮮诸諸战戰银銀宾賓阴陰尧堯闭閉'.match(/../gu) ?? [], (pair) => [pair[0] as string, pair[1] as string]),
);
/** The characters of `chars` and the traditional forms of those that have one. */
const withTraditional = (chars: string): string[] => Array.from(chars).flatMap((c) => [c, ...(HAN_TRADITIONAL.has(c) ? [HAN_TRADITIONAL.get(c) as string] : [])]);
const HAN_FAMILY = new Set(withTraditional('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由傅'));
const HAN_COMPOUND = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '司徒', '夏侯', '长孙', '宇文', '端木', '歐陽', '諸葛']);
const HAN_HONORIFIC = /^(?:先生|女士|小姐|太太|同学|老师|医生|醫生|教授|师傅)/;
const HAN_CUE = /(?:患者|病人|病患|姓名|名字|客户|客戶|联系人|聯絡人|收件人|寄件人|先生|女士|医生|醫生|护士|用户|用戶|员工|員工|(?:\b(?:patient|name|mr|mrs|ms|dr|dear|hi|hello|contact|customer|client|from|to|by|signed)\.?))[\s:：,，、]{0,3}$/i;
const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);

/** Chinese names in Han script that stand apart from the text around them (see above). */
export function detectHanNames(text: string, out: Detection[]): void {
  const first = out.length;
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isHan(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && isHan(text.charCodeAt(i))) i++;
    const size = i - start;
    if (size < 2 || size > 6) continue;
    const run = text.slice(start, i);
    const compound = HAN_COMPOUND.has(run.slice(0, 2));
    if (!compound && !HAN_FAMILY.has(run[0] as string)) continue;
    // After a number a family name that is also a measure word is the measure word: 6位数字 "a
    // 6-digit number", 3张照片 "3 photos" (a probe of 2026-12-03 masked 位数字).
    if (!compound && HAN_MEASURE_WORDS.has(run[0] as string) && start > 0 && HAN_NUMBER_BEFORE.test(text[start - 1] as string)) continue;
    const honorific = HAN_HONORIFIC.exec(run.slice(size - 2));
    const nameSize = honorific && size - 2 >= 1 ? size - 2 : size;
    if (nameSize > (compound ? 4 : 3)) continue;
    const cue = honorific !== null && nameSize < size ? true : HAN_CUE.test(text.slice(Math.max(0, start - 12), start));
    // A kanji run between kana is a word of a Japanese sentence (高橋梁の工事, 金曜日に), not a
    // Chinese name standing apart: only a cue or an honorific makes it one.
    const kana = (start > 0 && isKana(text.charCodeAt(start - 1))) || (i < length && isKana(text.charCodeAt(i)));
    if (!(cue || (nameSize === (compound ? 4 : 3) && !kana))) continue;
    // "連絡先：", "联系人" without a cue: a common word that starts with a family name (a probe of 2026-12-03).
    if (!cue && HAN_NOT_NAME.has(run.slice(0, 2))) continue;
    out.push({ start, end: start + nameSize, type: 'PERSON', class: 'pii.person', normalized: run.slice(0, nameSize) });
  }
  // Names inside unbroken sentences, and Japanese names (kanji family names): see below.
  detectHanNamesInSentences(text, out);
  detectJapaneseNames(text, out);
  detectJapaneseCuedNames(text, out, first);
}

// ------------------------------------------------------------ Han names inside Chinese sentences
// In unbroken Chinese prose a name is found only next to a cue word or before an honorific; a
// family name alone is never enough ("王者荣耀", "高兴", "李子", "周末", "马上", "金融" stay).
//  - After a cue: 姓名 名字 名字叫 名字是 我叫 他叫 她叫 叫做 名叫 联系人 收件人 寄件人 收货人 负责人 经办人 申请人
//    签名 ("label" cues: what follows is a name), 患者 病人 病患 客户 用户 员工 家属 联系
//    请联系 我是 ("noun" cues: a word may follow instead), each optionally followed by up to two
//    of ":：" and spaces. After a noun cue the family name must be one of the 80 most frequent
//    and not one that mostly starts a common word (于 曾 任 方 石 白 付 范 田 丁 程 余 夏 汪).
//  - Before an honorific: 先生 女士 小姐 太太 夫人 (any family name but a function word: 这位先生,
//    和, 那, 来 ...), or a title noun 老师 医生 教授 师傅 同学 经理 律师 护士 大夫 (a one-character
//    name there needs a boundary before it, a particle, verb or cue: 找王老师, 请联系李医生; so
//    历史老师, 语文老师, 音乐老师 are no names).
// The name's length (no segmenter): the family name and up to two given characters; the given
// name stops before a character that is rarely part of one and often follows a name: particles,
// pronouns, time words, common verbs (的 了 是 在 今 昨 来 去 说 问 找 给 和 与 也 都 已 就 会 要
// 被 把 年 月 日 岁 男 女 ...; not 明 or 天, common given characters), before an honorific, and
// at the end of the run. So 患者李华今天来 gives 李华, 我叫张伟， gives 张伟, 请联系王小明先生
// gives 王小明, and 患者李华复诊 gives 李华复 (masking a character too many rather than too few).
// A family name + next character that is a common word (高兴 高热 黄疸 周末 周一 马上 金额 康复
// 陈述 焦虑 岳母 ...) is no name. Cost: one regular-expression scan for the cue and honorific
// words, then at most five characters looked at around each.
/** Family names that are also measure words (位 名 个 张 只 条 把 件 次), read as such after a number. */
const HAN_MEASURE_WORDS = new Set(withTraditional('位名个张只条把件次'));
/** A digit (ASCII or full-width) or a Chinese numeral. */
const HAN_NUMBER_BEFORE = /[0-9０-９一二三四五六七八九十两几多百千万〇零]/;
const HAN_FAMILY_ORDER = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵';
const HAN_FAMILY_AFTER_NOUN = new Set(withTraditional(Array.from(HAN_FAMILY_ORDER).slice(0, 80).filter((c) => !'于曾任方石白付范田丁程余夏汪'.includes(c)).join('')));
const HAN_FUNCTION = new Set(withTraditional('来和都向于於那但位相应时由'));
const HAN_STOP = new Set(
  Array.from(
    '的了着过是在今昨前后上下早晚来去回到从和与跟及或也都已又还就才将要会能可被把给对向于为因所等说讲问答告叫让请找看见打发吗呢吧啊呀嘛哦您你我他她它们这那哪谁什怎每各有没不很非住电手年月日号点岁男女性先者之其此该并而但却再正刚近自主复入出需想希觉认以位相应时由当只且则' +
      '著過後從與為對會給讓請說講問見發嗎們這誰電號點歲沒還並卻剛復覺認當則於',
  ),
);
const HAN_NOT_NAME = new Set(
  `王国 王者 王朝 李子 张开 张贴 周末 周围 周年 周期 周身 周一 周二 周三 周四 周五 周六 周日 周天 黄色 黄金 黄疸 马上 马路
  金融 金额 金属 高兴 高级 高中 高速 高度 高温 高血 高热 高烧 高龄 高危 高考 高效 方面 方法 方式 方向 方便 方案 时间 时候
  安全 安排 安静 成功 成为 成人 文化 文件 明天 明白 明显 明确 白色 白天 全部 全身 全国 全天 关系 关于 关注 信息 原因 原来
  公司 公共 常规 常见 常用 平时 平素 平安 左侧 左右 左边 康复 程序 程度 管理 项目 简单 任务 任何 包括 单位 费用 游戏 路上
  石膏 毛病 海外 钱包 严重 温度 武器 连续 孙子 孙女 司机 车辆 华人 韩国 江湖 夏天 季节 季度 史上 宫颈 肖像 谢谢 许多 曾经
  陈述 何时 何种 何处 余下 岳父 岳母 焦虑 叶酸 苏醒 陆续 董事 梅毒 凌晨 房颤 杜绝 胡说 郭? 林业 朱红 罗列 宋体 唐朝 冯? 彭湃
  杨树 吴语 赵? 徐徐 刘海 蔡? 潘? 邓? 曹? 袁? 田地 于是 曾被 任职 范围 戴着 付款 方才 石头
  王國 張開 張貼 周圍 黃色 黃金 黃疸 馬上 馬路 金額 金屬 高興 高級 高溫 高熱 高燒 高齡 時間 時候 安靜 成為 明顯 明確 全國
  關係 關於 關注 原來 常規 常見 平時 左側 左邊 康復 項目 簡單 任務 單位 費用 遊戲 錢包 嚴重 溫度 連續 孫子 孫女 司機 車輛
  華人 韓國 季節 宮頸 謝謝 許多 曾經 陳述 何時 何種 何處 焦慮 葉酸 蘇醒 陸續 房顫 杜絕 胡說 林業 朱紅 羅列 宋體 楊樹 吳語
  劉海 任職 戴著 石頭 連絡 联络 聯絡 联系 聯繫 連携 連續 连接 連結 連接`
    .split(/\s+/)
    .filter((word) => word.length === 2 && !word.includes('?')),
);
const HAN_LABEL_CUE = /^(?:姓名|名字叫|名字是|名字|我叫|他叫|她叫|叫做|名叫|联系人|聯絡人|聯繫人|收件人|寄件人|收货人|收貨人|负责人|負責人|经办人|經辦人|申请人|申請人|签名|簽名)$/;
const HAN_SENTENCE_CUE = /(?:姓名|名字叫|名字是|名字|我叫|他叫|她叫|叫做|名叫|联系人|聯絡人|聯繫人|收件人|寄件人|收货人|收貨人|负责人|負責人|经办人|經辦人|申请人|申請人|签名|簽名|患者|病人|病患|客户|客戶|用户|用戶|员工|員工|家属|家屬|请联系|請聯繫|請聯絡|联系|聯繫|聯絡|我是)[:：\s]{0,2}|先生|女士|小姐|太太|夫人|老师|老師|医生|醫生|教授|师傅|師傅|同学|同學|经理|經理|律师|律師|护士|護士|大夫/g;
const HAN_STRONG_HONORIFIC = new Set(['先生', '女士', '小姐', '太太', '夫人']);
const HAN_CUE_BEFORE = /(?:患者|病人|病患|客户|客戶|用户|用戶|员工|員工|家属|家屬|联系|聯繫|聯絡|我是|姓名|名字|我叫|叫做|名叫|联系人|收件人|寄件人|收货人)$/;

function pushHan(text: string, out: Detection[], start: number, end: number): void {
  out.push({ start, end, type: 'PERSON', class: 'pii.person', normalized: text.slice(start, end) });
}

/** Number of given-name characters (0-2) from `from`, by the stop rule above. */
function hanGivenLength(text: string, from: number): number {
  let size = 0;
  while (size < 2) {
    const at = from + size;
    if (at >= text.length || !isHan(text.charCodeAt(at))) break;
    const char = text[at] as string;
    if (HAN_STOP.has(char) || HAN_HONORIFIC_WORDS.has(text.slice(at, at + 2))) break;
    size++;
  }
  return size;
}

/** Chinese names inside a longer run of Han characters, after a cue word or before an honorific (see above). */
export function detectHanNamesInSentences(text: string, out: Detection[]): void {
  HAN_SENTENCE_CUE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = HAN_SENTENCE_CUE.exec(text)) !== null) {
    const word = match[0];
    const at = match.index;
    const end = at + word.length;
    if (HAN_HONORIFIC_WORDS.has(word)) {
      hanBeforeHonorific(text, out, at, HAN_STRONG_HONORIFIC.has(word));
      continue;
    }
    // After a cue: the name starts at `end`. Cue words overlap (名字叫做): a cue not followed by
    // a name lets the scan go on from its second character.
    HAN_SENTENCE_CUE.lastIndex = at + 1;
    const cue = word.replace(/[:：\s]+$/, '');
    const label = HAN_LABEL_CUE.test(cue);
    const compound = HAN_COMPOUND.has(text.slice(end, end + 2));
    const family = compound ? 2 : 1;
    const first = text[end] ?? '';
    if (!compound && !(label ? HAN_FAMILY.has(first) : HAN_FAMILY_AFTER_NOUN.has(first))) continue;
    const given = hanGivenLength(text, end + family);
    if (given === 0) continue;
    if (!compound && HAN_NOT_NAME.has(text.slice(end, end + 2))) continue;
    pushHan(text, out, end, end + family + given);
    // The scan goes on from the given name, not from its end: a given name of up to two
    // characters may have taken the first character of the next cue (患者张伟家属李华 gives 张伟家,
    // and 家属 then finds 李华; from the name's end 李华 was left in clear).
    HAN_SENTENCE_CUE.lastIndex = end + family;
  }
}
const HAN_HONORIFIC_WORDS = new Set(['先生', '女士', '小姐', '太太', '夫人', '老师', '老師', '医生', '醫生', '教授', '师傅', '師傅', '同学', '同學', '经理', '經理', '律师', '律師', '护士', '護士', '大夫']);

/** The name ending right before the honorific at `at`: the earliest valid start of 1-4 characters. */
function hanBeforeHonorific(text: string, out: Detection[], at: number, strong: boolean): void {
  let runStart = at;
  while (runStart > 0 && at - runStart < 5 && isHan(text.charCodeAt(runStart - 1))) runStart--;
  for (let start = Math.max(runStart, at - 4); start < at; start++) {
    const compound = HAN_COMPOUND.has(text.slice(start, start + 2));
    const family = compound ? 2 : 1;
    const given = at - start - family;
    if (given < 0 || given > 2) continue;
    const first = text[start] as string;
    if (!compound && (!HAN_FAMILY.has(first) || HAN_FUNCTION.has(first))) continue;
    let stopped = false;
    for (let k = start + family; k < at; k++) if (HAN_STOP.has(text[k] as string)) stopped = true;
    if (stopped) continue;
    if (!compound && given > 0 && HAN_NOT_NAME.has(text.slice(start, start + 2))) continue;
    // A one-character name before a title noun needs a boundary before it (历史老师 is no name).
    if (!compound && given === 0 && !strong && start > 0 && isHan(text.charCodeAt(start - 1))) {
      const before = text[start - 1] as string;
      if (!HAN_STOP.has(before) && !HAN_CUE_BEFORE.test(text.slice(Math.max(0, start - 3), start))) continue;
    }
    pushHan(text, out, start, at);
    return;
  }
}

// ---------------------------------------------------------------------------- Korean names
// A Hangul word of two to four syllables starting with a common Korean family name is a name
//  - when an honorific or title is attached or follows after a space (김민준님이, 최지훈 씨,
//    박서연 고객님, 이수진 과장, 김민준 군; 환자 only as 환자분/환자님: 고혈압 환자 is a disease), or
//  - when a cue word precedes it: a label (이름, 성명, 성함, 환자명, 고객명, also 이름은, 이름:),
//    then two to four syllables; or a noun (환자, 고객, 담당자, 보호자, 수신인, 신청인, ...), then
//    three or four (고객 정보, 환자 안전 are two-syllable words), or an English cue (Patient 김민준).
// The particle after the name stays out of the span (김민준님이 → 김민준, 박서연입니다 → 박서연):
// the name is the first of three, two, four syllables (four, three for a two-syllable family
// name) after which the rest of the word is an honorific and/or a particle or copula. Given-name
// syllables must be among the ~170 common in Korean given names (which keeps 고혈압, 정신과,
// 정보를 out), and titles that look like names (이사님, 선생님, 고객님, 원장님, 차장님, 이모님)
// are no names. Family names: the most frequent in the 2015 census of Statistics Korea (KOSIS,
// 성씨·본관), about 70 single-syllable ones (over 90% of the population), and the compound
// 남궁 황보 제갈 선우 독고 사공 서문. No npm data package lists Korean family names in Hangul
// (checked: the registry's name-list packages are romanized or random-name generators).
const KO_FAMILY = new Set(
  Array.from('김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉'),
);
const KO_COMPOUND = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문']);
const KO_GIVEN = new Set(
  Array.from(
    '민서지준현수영우진연은하윤예주성재호훈희경정혜원동승태상석철용기병환종명미숙순자옥선아유나다채소빈린율건도시한규범혁찬형웅욱일제인광식남구춘향란화애덕국창효결온별솔람슬늘봄새해이가라보비리여안완후휘강겸균근길관득만무문봉삼세신양엽오의임장조중천청충치택표필학헌협홍흥곤년녀님래량렬록룡루륜묵백복부빛산섭손송수연열왕요운원위윤익잔재전점주지직집찬창채철초추칠탁파평하항해향허현형혜호환황훈흠희',
  ),
);
const KO_TITLE_WORDS = new Set(
  `이사 선생 고객 원장 차장 소장 반장 기사 주임 전무 상무 회장 사장 부장 과장 실장 팀장 대리 계장 총장 학장 교장 교감 국장 차관 장관
  의원 위원 대표 간사 감사 신부 목사 수녀 형님 언니 오빠 누나 아버 어머 할머 사모 장모 장인 부인 주인 고모 이모 삼촌 도련 선배 후배
  동생 여사 성도 집사 권사 장로 전도 교수 박사 의사 간호 수간 조교 강사 원생 신도 손님 환자 보호 담당 기자 작가 감독 코치 주무 구청
  시장 군수 도지 지사 총리 정부 김치 박물 이사회 정부 조합 조장 부대 소대 중대 대대 연대 사단 중사 상사 하사 병장 상병 일병 이병 소위
  중위 대위 소령 중령 대령 준장 소장 중장 대장 원사 준위 고문 지점 본부 지부 강의 정원 고객님 하나 공주 왕자 제수 영감 도령 성주 공자`.split(/\s+/),
);
const KO_HONORIFIC = '(?:선생님|선생|고객님|환자분|환자님|과장님|과장|부장님|부장|대리님|대리|팀장님|팀장|실장님|실장|차장님|차장|사장님|사장|이사님|이사|교수님|교수|박사님|박사|원장님|원장|님|씨)';
const KO_PARTICLE = '(?:이|가|은|는|을|를|의|에게|에게서|에게는|께|께서|께서는|께서도|께는|께도|한테|한테서|와|과|랑|이랑|도|만|로|으로|이나|나|야|아|이여|입니다|이다|이에요|예요|이고|이며|이라고|라고|이랑|이신|이시고|이십니다|이세요|이지요|이죠|요)?';
const KO_AFTER_ATTACHED = new RegExp(`^${KO_HONORIFIC}${KO_PARTICLE}$`);
const KO_AFTER_SPACED = new RegExp(`^(?:${KO_HONORIFIC}|군|양)${KO_PARTICLE}$`);
const KO_AFTER_CUED = new RegExp(`^${KO_PARTICLE}$`);
/** A copula after a name introduced by `저는`/`나는` ("I am …"): 저는 박서준입니다, 나는 김민준이야. */
const KO_AFTER_COPULA = /^(?:입니다|이에요|예요|이고요|이라고|라고|이다|이야|야)$/;
/** "I" before a name that a copula closes (the second probe of 2026-12-04, G18: `저는 박서준입니다` was stored raw). */
const KO_SELF_CUE = new Set(['저는', '나는', '전', '난']);
const KO_PARTICLE_FINAL = new Set(Array.from('가를을의는도와과만로'));
const KO_LABEL_CUE = new Set(['이름', '성명', '성함', '환자명', '고객명', '환자이름', '고객이름', '본인']);
const KO_NOUN_CUE = new Set(['환자', '고객', '담당자', '담당', '보호자', '수신인', '수신자', '발신인', '발신자', '신청인', '신청자', '작성자', '예약자', '대표자', '계약자', '의뢰인', '수취인', '수령인', '주치의', '담당의', '피보험자', '가입자', '받는분', '보내는분']);
/**
 * A clinical trial's labels for its subject (subject, trial subject, participant; L10 of probe-2026-12-05j: `피험자:
 * 이준호`, `임상시험 참여자: 정하늘` were stored raw): a name only after the label's colon, and of three syllables (four
 * with a two-syllable family name), so prose after them stays (`대상자 전원이 동의했다`, `피험자: 선정기준 충족`).
 */
const KO_TRIAL_CUE = new Set(['대상자', '피험자', '참여자', '참가자', '시험대상자', '연구대상자', '연구참여자', '임상시험대상자', '시험참여자']);
/**
 * With no colon after the trial's label (L10's open part, 2026-12-06), the name stands alone before a record's punctuation
 * (`,`, `;`, `(`, `)`, `/`, `.` before no digit) or the line's end, one blank allowed before it; and a trial's noun of three
 * syllables that reads as a family name and given syllables (`안전성` safety, `유효성` efficacy, `신청서` application) is none.
 */
const KO_RECORD_END_AFTER = /^[ \t]?(?:[,;()/]|\.(?!\d)|\r?\n|$)/;
const KO_TRIAL_NOUNS: ReadonlySet<string> = new Set(['안전성', '유효성', '적합성', '신뢰성', '타당성', '정확성', '신청서', '계획서', '지원서', '설명서', '확인서', '진단서', '소견서', '보고서', '동의서', '명단', '예정자', '탈락자', '완료자', '등록자', '선정자', '제외자']);
/**
 * Whether a word in Hangul is a Korean name alone: a family name (one syllable, or two of 남궁 황보 제갈 선우 독고 사공 서문)
 * and one to three given syllables common in names, no title (`이사`, `선생`) nor trial noun (`안전성`). For a person's role
 * key whose value is one Hangul word (`{"피험자": "이준호"}`, `{"reviewer": "김민준"}`; L10's open part of 2026-12-06).
 */
export function isKoreanName(word: string): boolean {
  if (word.length < 2 || word.length > 5 || !/^[\uac00-\ud7a3]+$/.test(word) || KO_TRIAL_NOUNS.has(word)) return false;
  const size = koreanNameLength(word, /^$/, 2);
  return size === word.length && (size <= 3 || KO_COMPOUND.has(word.slice(0, 2)));
}
const KO_ENGLISH_CUE = /\b(?:patient|name|mr|mrs|ms|dr|dear|hi|hello|contact|customer|client)\.?[\s:]{1,3}$/i;
// `of` (`the resident registration number of 박지훈`, L8 of the thirteenth probe of 2026-12-05f) as these: three syllables or more.
const KO_VERB_CUE = /\b(?:for|with|email|e-mail|call|ask|tell|remind|thank|text|message|notify|pay|invite|cc|of)[ \t]{1,2}$/i;
const isHangul = (code: number) => code >= 0xac00 && code <= 0xd7a3;
const hangulText = /[\uac00-\ud7a3]/;

/** The name's length at the start of `word` whose rest `after` accepts, or 0 (see above). */
function koreanNameLength(word: string, after: RegExp, minimum: number): number {
  const compound = KO_COMPOUND.has(word.slice(0, 2));
  if (!compound && !KO_FAMILY.has(word[0] as string)) return 0;
  const family = compound ? 2 : 1;
  for (const size of compound ? [4, 3] : [3, 2, 4]) {
    if (size < minimum || size > word.length) continue;
    if (!after.test(word.slice(size))) continue;
    const name = word.slice(0, size);
    if (KO_TITLE_WORDS.has(name) || KO_TITLE_WORDS.has(name.slice(0, 2))) continue;
    let given = true;
    for (let k = family; k < size; k++) if (!KO_GIVEN.has(name[k] as string)) given = false;
    if (given) return size;
  }
  return 0;
}

/** Korean names in Hangul next to an honorific, a title or a cue word (see above). */
export function detectKoreanNames(text: string, out: Detection[]): void {
  if (!hangulText.test(text)) return;
  const length = text.length;
  let previousStart = -1;
  let previousEnd = -1;
  let i = 0;
  while (i < length) {
    if (!isHangul(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && isHangul(text.charCodeAt(i))) i++;
    const end = i;
    const lastStart = previousStart;
    const lastEnd = previousEnd;
    previousStart = start;
    previousEnd = end;
    if (end - start < 2 || end - start > 12) continue;
    const word = text.slice(start, end);
    // 1. An honorific attached: 김민준님이, 최지훈씨.
    let size = koreanNameLength(word, KO_AFTER_ATTACHED, 2);
    // 2. An honorific or title as the next word: 최지훈 씨, 박서연 고객님, 김민준 군.
    if (size === 0 && end - start <= 4 && (text[end] === ' ' || text[end] === '\u00a0')) {
      let next = end + 1;
      while (next < length && next - end <= 8 && isHangul(text.charCodeAt(next))) next++;
      if (next > end + 1 && KO_AFTER_SPACED.test(text.slice(end + 1, next))) size = koreanNameLength(word, /^$/, 2);
    }
    // 3. A cue before: 이름: 박서연, 제 이름은 김민준입니다, 환자 김민준의.
    if (size === 0) {
      let cue = '';
      if (lastEnd >= 0 && start - lastEnd <= 3 && /^[\s:：]+$/.test(text.slice(lastEnd, start))) cue = text.slice(lastStart, lastEnd);
      const label = KO_LABEL_CUE.has(cue) || KO_LABEL_CUE.has(cue.replace(/[은는이가]$/, ''));
      if (label) size = koreanNameLength(word, KO_AFTER_CUED, 2);
      else if (KO_SELF_CUE.has(cue)) size = koreanNameLength(word, KO_AFTER_COPULA, 2);
      else if (KO_NOUN_CUE.has(cue)) size = koreanNameLength(word, KO_AFTER_CUED, 3);
      else if (KO_TRIAL_CUE.has(cue)) {
        // After the label's colon a particle may follow the name; with no colon (`피험자 이준호, 방문 3`) the word is the name
        // alone and a record's punctuation or the line's end follows it (`대상자 전원이 동의했다` stays prose).
        const colon = text.slice(lastEnd, start).trim() !== '';
        size = colon ? koreanNameLength(word, KO_AFTER_CUED, 3) : KO_RECORD_END_AFTER.test(text.slice(end, end + 3)) && !KO_TRIAL_NOUNS.has(word) ? koreanNameLength(word, /^$/, 3) : 0;
        if (size === 4 && !KO_COMPOUND.has(word.slice(0, 2))) size = 0;
      }
      else if (lastEnd < start - 1 && KO_ENGLISH_CUE.test(text.slice(Math.max(0, start - 14), start))) size = koreanNameLength(word, KO_AFTER_CUED, 2);
      // An English verb addressed to a person or `for` (`Please email 박서연 the results`, `the
      // address for 이서준`; the tenth probe of 2026-12-05, L1): three syllables or more, as after a noun cue.
      else if (lastEnd < start - 1 && KO_VERB_CUE.test(text.slice(Math.max(0, start - 10), start))) size = koreanNameLength(word, KO_AFTER_CUED, 3);
      // A three-syllable word ending in a case particle is a two-syllable word and its particle
      // (고객 정보가, 환자 안전을), unless the word goes on after it.
      if (size === 3 && end - start === 3 && KO_PARTICLE_FINAL.has(word[2] as string)) size = 0;
    }
    if (size > 0) out.push({ start, end: start + size, type: 'PERSON', class: 'pii.person', normalized: word.slice(0, size) });
  }
}

// -------------------------------------------------------------------------- Japanese names
// A common Japanese family name in kanji, optionally followed by a given name, is a name
//  - before an honorific or title: さん 様 さま 氏 先生 くん 君 ちゃん 殿 部長 課長 社長 係長 会長 教授
//    (not 様々 様子 様式 様相 氏名), attached or after
//    one space; the given name is one to three kanji (佐藤花子様, 田中 太郎さん) or two to four
//    kana (田中ゆき さん, 田中エリカさん); a kanji run before the honorific may hold a word
//    before the name (担当田中さん → 田中; the earliest family name that leaves at most three
//    given kanji is taken); one-kanji family names (林 森 原 関 東 辻 堀) only here;
//  - after a cue: 患者 氏名 名前 お客様 担当者 担当 依頼者 申請者 契約者 受取人 差出人 宛名
//    利用者 会員 ご本人, followed by up to two of の は ： : and spaces (患者の田中太郎, 氏名：鈴木一郎);
//    a given name in kanji only (up to three kanji where the kanji run ends, else two: 患者の
//    田中太郎来院 → 田中太郎), stopping before a kanji honorific and before kanji that start the
//    next word rather than a given name (来 入 退 受 宛 御: 患者の中村来院 → 中村); kana after a
//    family name with no honorific are read as particles (患者の田中ゆきが is 田中 only).
// Family names: the ~150 most frequent (明治安田生命 surname survey and 名字由来net rankings), with
// the usual old-form spellings (渡邉 渡邊 齋藤 齊藤 髙橋). No npm data package lists them in kanji
// (@zxcvbn-ts/language-ja has romanized surnames only). Family names read as ordinary words with
// no honorific and no cue (山本番組, 中野区, 上野駅) are left alone.
const JP_FAMILY = new Set(
  `佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島
  石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉藤 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野
  田村 中山 和田 石田 森田 上田 原 内田 柴田 酒井 宮崎 横山 高木 安藤 宮本 大野 小島 谷口 今井 工藤 高田 増田 丸山 杉山 村田 大塚 小山 平野
  藤本 河野 上野 野口 武田 松井 千葉 岩崎 菅原 木下 久保 佐野 野村 松尾 市川 菊地 杉本 古川 大西 島田 水野 桜井 高野 渡部 吉川 山内 西田
  飯田 菊池 西川 小松 北村 安田 五十嵐 川口 平田 関 中田 久保田 服部 東 岩田 土屋 川崎 福島 本田 辻 樋口 秋山 田口 永井 山中 中西 吉村 川上
  石原 大橋 松岡 馬場 浜田 森本 星野 矢野 浅野 大久保 松下 小池 野田 荒木 大谷 内藤 松浦 熊谷 黒田 尾崎 永田 川村 望月 田辺 松村 荒井 堀
  大石 中尾 渡邉 渡邊 齋藤 齊藤 髙橋 小田 新井 宮田 桑原 原口 片山 早川 堀内 北川 中谷 角田 千田 関口 八木 本間 大川 宇野`.split(/\s+/),
);
const JP_ONE_KANJI = new Set(['林', '森', '原', '関', '東', '辻', '堀']);
const JP_HONORIFIC = /さん|さま|様|氏|先生|くん|君|ちゃん|殿|部長|課長|社長|係長|会長|教授/g;
const JP_CUE = /(?:患者|氏名|名前|お客様|担当者|担当|依頼者|申請者|契約者|受取人|差出人|宛名|利用者|会員|ご本人)(?:[のは：:\s\u3000]{1,2})?/g;
// Kanji that start the word after a name rather than a given name (来院 入院 受診 宛て 様 先生 ...).
const JP_GIVEN_STOP = new Set(Array.from('来入退受宛様氏殿君先御等'));
const JP_KANJI_HONORIFIC = /^(?:様|氏|先生|君|殿|部長|課長|社長|係長|会長|教授)/;
const isKanji = (code: number) => isHan(code) || code === 0x3005; /* 々 */
const isKana = (code: number) => (code >= 0x3041 && code <= 0x3096) || (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc;
const isSpace = (code: number) => code === 32 || code === 0x3000;

/** The start of a family name that ends exactly at `end` (two- and three-kanji names first), or -1. */
function jpFamilyEndingAt(text: string, end: number, oneKanji: boolean): number {
  for (const size of [3, 2, 4]) {
    if (end - size >= 0 && JP_FAMILY.has(text.slice(end - size, end))) return end - size;
  }
  if (oneKanji && end >= 1 && JP_ONE_KANJI.has(text[end - 1] as string)) return end - 1;
  return -1;
}

/**
 * Katakana names (foreign names written in Japanese: `クザロ・ヴリンタク`, `ドルヴァン ウェンリクス`;
 * the second probe of 2026-12-04, G18, found them stored raw): the end of a katakana name of one to
 * three words of two or more kana, joined by `・` (U+30FB, the middle dot Japanese writes between
 * a foreign name's parts), `゠` (U+30A0) or a space, that starts at `from`; -1 when there is none.
 * `parts` gets the number of words.
 */
function katakanaNameEnd(text: string, from: number, parts: { count: number }): number {
  let at = from;
  let end = -1;
  parts.count = 0;
  while (parts.count < 3) {
    let k = at;
    while (k < text.length && k - at < 16 && isKatakana(text.charCodeAt(k))) k++;
    if (k - at < 2 || (k < text.length && isKatakana(text.charCodeAt(k)))) break;
    end = k;
    parts.count++;
    const joiner = text.charCodeAt(k);
    if (!(joiner === 0x30fb || joiner === 0x30a0 || isSpace(joiner)) || !isKatakana(text.charCodeAt(k + 1))) break;
    at = k + 1;
  }
  return end;
}
/** The start of a katakana name of one to three words that ends at `end` (see katakanaNameEnd), or -1; `parts` gets its words. */
function katakanaNameStart(text: string, end: number, parts: { count: number }): number {
  let at = end;
  let start = -1;
  parts.count = 0;
  while (parts.count < 3) {
    let k = at;
    while (k > 0 && at - k < 16 && isKatakana(text.charCodeAt(k - 1))) k--;
    if (at - k < 2 || (k > 0 && isKatakana(text.charCodeAt(k - 1)))) break;
    start = k;
    parts.count++;
    const joiner = text.charCodeAt(k - 1);
    if (!(joiner === 0x30fb || joiner === 0x30a0 || isSpace(joiner)) || k < 2 || !isKatakana(text.charCodeAt(k - 2))) break;
    at = k - 1;
  }
  return start;
}
const isKatakana = (code: number) => (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc;
/** Cues that name the person themselves, after which one katakana word is a name too (`氏名：エリカ`, `私の名前はエリカです`, `お名前`). */
const JP_SELF_CUE = /(?:氏名|私の名前|お名前|僕の名前|わたしの名前)[のは：:\s\u3000]{0,2}$/;
/** "I am called …" after a name: `山田太郎と申します`, `クザロ・ヴリンタクといいます`. */
const JP_CALLED = /と(?:申します|申す|いいます|言います|もうします)/g;

/** Japanese names in kanji before an honorific or after a cue word (see above). */
export function detectJapaneseNames(text: string, out: Detection[]): void {
  const parts = { count: 0 };
  // A name before `と申します` (kanji: a listed family name then one to three kanji; katakana: a katakana name).
  JP_CALLED.lastIndex = 0;
  let called: RegExpExecArray | null;
  while ((called = JP_CALLED.exec(text)) !== null) {
    const end = called.index;
    const kana = katakanaNameStart(text, end, parts);
    // `と申します` introduces oneself only; `といいます` names things too (`これはデータベースといいます`):
    // one katakana word there is no name.
    if (kana >= 0 && (parts.count >= 2 || (called[0] as string).includes('申') || (called[0] as string).includes('もう'))) {
      out.push({ start: kana, end, type: 'PERSON', class: 'pii.person', normalized: text.slice(kana, end) });
      continue;
    }
    let runStart = end;
    while (runStart > 0 && end - runStart < 7 && isKanji(text.charCodeAt(runStart - 1))) runStart--;
    for (let p = runStart; p < end; p++) {
      const size = [3, 2, 4].find((n) => JP_FAMILY.has(text.slice(p, p + n)) && end - p - n <= 3);
      if (size !== undefined) {
        out.push({ start: p, end, type: 'PERSON', class: 'pii.person', normalized: text.slice(p, end) });
        break;
      }
    }
  }
  JP_HONORIFIC.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = JP_HONORIFIC.exec(text)) !== null) {
    const at = match.index;
    const word = match[0];
    const following = text[at + word.length];
    if ((word === '様' && (following === '々' || following === '子' || following === '式' || following === '相')) || (word === '氏' && following === '名')) continue;
    let end = at;
    if (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    if (end === 0) continue;
    let start = -1;
    // A katakana name of two words or more before the honorific (`クザロ・ヴリンタクさん`).
    const kana = isKatakana(text.charCodeAt(end - 1)) ? katakanaNameStart(text, end, parts) : -1;
    if (kana >= 0 && parts.count >= 2) start = kana;
    else if (isKana(text.charCodeAt(end - 1))) {
      // Kana given name: 2-4 kana of one script, then an optional space, then the family name.
      let k = end;
      const katakana = text.charCodeAt(end - 1) >= 0x30a1;
      while (k > 0 && end - k < 5 && isKana(text.charCodeAt(k - 1)) && text.charCodeAt(k - 1) >= 0x30a1 === katakana) k--;
      if (end - k < 2 || end - k > 4 || (k > 0 && isKana(text.charCodeAt(k - 1)))) continue;
      if (k > 0 && isSpace(text.charCodeAt(k - 1))) k--;
      start = jpFamilyEndingAt(text, k, false);
    } else if (isKanji(text.charCodeAt(end - 1))) {
      let runStart = end;
      while (runStart > 0 && end - runStart < 7 && isKanji(text.charCodeAt(runStart - 1))) runStart--;
      // 佐藤 花子様: a given name of 1-3 kanji after a space.
      if (end - runStart <= 3 && runStart > 0 && isSpace(text.charCodeAt(runStart - 1)) && (runStart === 1 || isKanji(text.charCodeAt(runStart - 2)))) {
        start = jpFamilyEndingAt(text, runStart - 1, true);
      }
      if (start < 0) {
        for (let p = runStart; p < end && start < 0; p++) {
          for (const size of [3, 2, 4, 1]) {
            const given = end - p - size;
            if (given < 0 || given > 3) continue;
            const family = text.slice(p, p + size);
            if (size === 1 ? JP_ONE_KANJI.has(family) : JP_FAMILY.has(family)) {
              start = p;
              break;
            }
          }
        }
      }
    }
    if (start >= 0) out.push({ start, end, type: 'PERSON', class: 'pii.person', normalized: text.slice(start, end) });
  }
  JP_CUE.lastIndex = 0;
  while ((match = JP_CUE.exec(text)) !== null) {
    const from = match.index + match[0].length;
    let familyEnd = -1;
    for (const size of [3, 2, 4]) {
      if (JP_FAMILY.has(text.slice(from, from + size))) {
        familyEnd = from + size;
        break;
      }
    }
    if (familyEnd < 0) {
      // A katakana name after the cue: two words or more (`患者：クザロ・ヴリンタク`), or one after a
      // cue that names the person themselves (`私の名前はエリカです`); `担当はサポート` stays.
      const kanaEnd = katakanaNameEnd(text, from, parts);
      if (kanaEnd >= 0 && (parts.count >= 2 || JP_SELF_CUE.test(text.slice(Math.max(0, match.index - 3), from)))) {
        out.push({ start: from, end: kanaEnd, type: 'PERSON', class: 'pii.person', normalized: text.slice(from, kanaEnd) });
      } else {
        // A name's reading in hiragana, family and given name apart (`担当：たなか みさき`; the tenth
        // probe of 2026-12-05, L1, found it raw): two words of two to five hiragana.
        const reading = HIRAGANA_NAME.exec(text.slice(from, from + 12));
        if (reading !== null) out.push({ start: from, end: from + reading[0].length, type: 'PERSON', class: 'pii.person', normalized: reading[0] });
      }
      continue;
    }
    let end = familyEnd;
    let given = familyEnd;
    if (given < text.length && isSpace(text.charCodeAt(given))) given++;
    let run = given;
    while (run < text.length && run - given < 4 && isKanji(text.charCodeAt(run)) && !(run === given && JP_GIVEN_STOP.has(text[run] as string)) && !JP_KANJI_HONORIFIC.test(text.slice(run, run + 2))) run++;
    if (run > given) end = run - given <= 3 ? run : given + 2;
    out.push({ start: from, end, type: 'PERSON', class: 'pii.person', normalized: text.slice(from, end) });
  }
}

/**
 * Whether a whole string (a record's key, a `name` column's cell) is a Korean or Japanese name by
 * its shape alone (the tenth probe of 2026-12-05, L2: `{"김하늘":{…}}`, `{"高橋健一":{…}}`, a CSV's
 * `name` column `정하은` were stored raw): Hangul of three or four syllables that is wholly a family
 * name and listed given-name syllables (koreanNameLength: 정하은, 이서준; 이메일, 최대값 stay), or a
 * listed Japanese family name in kanji then (after an optional blank) one or two kanji that do not
 * start the next word, or two to four kana (高橋健一, 田中 美咲, 中村さくら).
 */
export function isWholeCjkName(value: string): boolean {
  if (/^[\uac00-\ud7a3]{3,4}$/.test(value)) return koreanNameLength(value, /^$/, 3) === value.length;
  if (JP_PLACE_END.test(value)) return false;
  for (const size of [3, 2]) {
    if (!JP_FAMILY.has(value.slice(0, size))) continue;
    const given = value.slice(size).replace(/^[ \u3000]/, '');
    if (/^[\u4e00-\u9fff\u3005]{1,2}$/.test(given) && !JP_GIVEN_STOP.has(given[0] as string) && !JP_KANJI_HONORIFIC.test(given)) return true;
    if (/^(?:[\u3041-\u3096]{2,4}|[\u30a1-\u30fa\u30fc]{2,4})$/.test(given)) return true;
  }
  return false;
}

/** Kanji that end a place's or a firm's name, not a given name (中村区, 田中商店, 山本医院, 上野駅). */
const JP_PLACE_END = /[区市町村県都府道駅線店社院館署部課局屋所場園]$/;
/** Words for a group of people after `Dear`/`Hi` (各位, 皆様 "everyone", 御中 "to the firm"): no names. */
const JA_NOT_NAME = new Set(['各位', '皆様', '皆さま', '皆さん', 'みなさん', 'みなさま', '御中', '担当者', '担当者様', '関係者', '関係者各位', 'お客様', '先生']);

const HIRAGANA_NAME = /^[\u3041-\u3096]{2,5}[ \u3000][\u3041-\u3096]{2,5}(?![\u3041-\u30ff\u4e00-\u9fff])/u;

// ------------------------------------------------ Japanese names after English cues, and readings
// A Japanese name in an English sentence or form (the tenth probe of 2026-12-05, L1: `Name: 佐藤花子`,
// `Patient 山本健太 was discharged`, `Dear 小林美穂,`, `Please email 渡辺直美 the report`, `the address
// for 高橋健一` were stored raw, while a Korean name after the same cue was masked): a run of kanji
// and kana standing apart (no kanji or kana right after it; one blank inside it, `田中 太郎`) of two
// to eight characters
//  - after an English name cue (`Name:`, `Patient`, `Mr`, `Dr`, `Dear`, `Hi`, `Contact`,
//    `Customer`, `Client`, `Signed`, `From`, `Attn`): a run with kana in it (`中村さくら`), with a
//    blank inside (`吉田 優子`, `ヤマダ タロウ`), or of kanji from a listed Japanese family name
//    (`佐藤花子`; other kanji runs are the Chinese rules' to read);
//  - after an English verb addressed to a person or `for`/`with` (`email`, `call`, `ask`, `tell`,
//    `remind`, `thank`, `text`, `message`, `notify`, `pay`, `invite`, `cc`): only a run that
//    starts with a listed Japanese family name and has a given name after it (`for 東京` stays).
// Neither a run of kana alone in one word (`Hi チーム`), a word for a group (`Dear 各位`), nor a run
// that ends in a place's or firm's kanji (`for 中村区`, `Customer: 田中商店`).
// And a name's reading or written form in parentheses right after a name (`たなか みさき（田中美咲）`,
// `山田太郎（やまだ たろう）`): a run of kanji and kana of up to ten characters (one blank) that fills
// the parentheses. Missed: a Japanese name with no cue in English text, a name of one kanji run
// longer than eight characters.
const JA_ENGLISH_CUE = /\b(?:patient|name|full name|mr|mrs|ms|miss|dr|dear|hi|hello|contact|customer|client|signed|from|attn)\.?[ \t\u00a0]*[:：]?[ \t\u00a0]*(?=[\u3041-\u30ff\u4e00-\u9fff\u3005])/giu;
const JA_VERB_CUE = /\b(?:for|with|email|e-mail|call|ask|tell|remind|thank|text|message|notify|pay|invite|cc)[ \t\u00a0]+(?=[\u3041-\u30ff\u4e00-\u9fff\u3005])/giu;
const isJapaneseLetter = (code: number) => isKanji(code) || isKana(code);

/** The end of a standing-apart run of kanji and kana from `at` (one blank inside), or -1. */
function japaneseRunEnd(text: string, at: number, most: number): number {
  let i = at;
  let blank = false;
  while (i < text.length && i - at <= most) {
    const code = text.charCodeAt(i);
    if (isJapaneseLetter(code)) i++;
    else if (!blank && isSpace(code) && i > at && isJapaneseLetter(text.charCodeAt(i + 1))) {
      blank = true;
      i++;
    } else break;
  }
  if (i - at > most || (i < text.length && isJapaneseLetter(text.charCodeAt(i)))) return -1;
  return i - at >= 2 ? i : -1;
}

/** Japanese names after English cues, and a name's reading in parentheses after a name (see above). */
export function detectJapaneseCuedNames(text: string, out: Detection[], from: number): void {
  const found = out.length;
  const push = (start: number, end: number) => {
    // A name the Chinese rules found there already (`Patient 王小明`) is not found twice.
    for (let k = from; k < found; k++) if ((out[k] as Detection).start < end && (out[k] as Detection).end > start) return;
    out.push({ start, end, type: 'PERSON', class: 'pii.person', normalized: text.slice(start, end) });
  };
  if (/[a-z]/i.test(text)) {
    for (const match of text.matchAll(JA_ENGLISH_CUE)) {
      const start = (match.index as number) + match[0].length;
      const end = japaneseRunEnd(text, start, 8);
      if (end < 0) continue;
      const run = text.slice(start, end);
      // No group word, place or firm; kana alone only as two words (`Hi チーム` is "Hi team"); kanji
      // alone only from a listed Japanese family name or with a blank inside (`Dr 王小明明`, four
      // characters from a Chinese family name, is left to the Chinese rules, which take none).
      if (JA_NOT_NAME.has(run) || JP_PLACE_END.test(run)) continue;
      const kanji = /[\u4e00-\u9fff\u3005]/.test(run);
      const kana = /[\u3041-\u30ff]/.test(run);
      const blank = /[ \u3000]/.test(run);
      if (kanji && !kana && !blank && !JP_FAMILY.has(run.slice(0, 2)) && !JP_FAMILY.has(run.slice(0, 3))) continue;
      if (!kanji && !blank) continue;
      push(start, end);
    }
    for (const match of text.matchAll(JA_VERB_CUE)) {
      const start = (match.index as number) + match[0].length;
      const end = japaneseRunEnd(text, start, 8);
      if (end < 0 || JP_PLACE_END.test(text.slice(start, end))) continue;
      const family = [3, 2].find((size) => JP_FAMILY.has(text.slice(start, start + size)));
      if (family !== undefined && end - start - family >= 1) push(start, end);
    }
  }
  // A reading in parentheses after a name found here or before (`たなか みさき（田中美咲）`).
  const count = out.length;
  for (let k = from; k < count; k++) {
    const person = out[k] as Detection;
    if (person.type !== 'PERSON') continue;
    const open = text.charCodeAt(person.end);
    if (open !== 0xff08 && open !== 0x28) continue;
    const end = japaneseRunEnd(text, person.end + 1, 10);
    const close = text.charCodeAt(end);
    if (end > 0 && (close === 0xff09 || close === 0x29)) push(person.end + 1, end);
  }
}

/**
 * A person's name as its pseudonym's input, in text and under a member name alike: trimmed,
 * inner white space collapsed to one space, lower case (`Amara  Okafor` is `amara okafor`).
 */
export function personNormalForm(name: string): string {
  const trimmed = name.trim();
  const from = titlesEnd(trimmed);
  const normal = (from > 0 && from < trimmed.length ? trimmed.slice(from) : trimmed).replace(/\s+/g, ' ').toLowerCase();
  // Turkish honorifics after the given name (`Ayşe Hanım Yılmaz`, `Mehmet Bey`) are left out as the titles before it are.
  if (!normal.includes(' ') || !HONORIFIC_AFTER_TEST.test(normal)) return normal;
  const words = normal.split(' ').filter((word) => !HONORIFICS_AFTER.has(word));
  return words.length > 0 ? words.join(' ') : normal;
}

/** Turkish honorifics written after the given name (`Ayşe Hanım`, `Mehmet Bey`, `Ali Efendi`): no part of the name either (F1 of the leak probe of 2026-12-07). */
const HONORIFICS_AFTER: ReadonlySet<string> = new Set(['bey', 'beyefendi', 'hanım', 'hanim', 'hanımefendi', 'hanimefendi', 'efendi']);
const HONORIFIC_AFTER_TEST = /(?:^|\s)(?:bey|hanım|hanim|efendi)/iu;
/** Whether a word (any case) is a Turkish honorific written after a name (HONORIFICS_AFTER). */
export function isHonorificAfter(word: string): boolean {
  // Every honorific starts with b, h or e and has 3 to 11 letters: anything else is answered
  // without `toLocaleLowerCase('tr')`, an ICU call of about a microsecond (6% of a name's
  // detection in a profile of 2026-12-07). Only B, H and E lower-case to b, h and e.
  if (word.length < 3 || word.length > 11) return false;
  const first = word.charCodeAt(0) | 0x20;
  if (first !== 0x62 && first !== 0x68 && first !== 0x65) return false;
  return HONORIFICS_AFTER.has(word.toLocaleLowerCase('tr'));
}

// Titles and honorifics before a name, in the languages the name rules know (issue 11, F1 of the
// leak probe of 2026-12-07): lower case, without their final dot. They are no part of a person's
// name: a span, a remembered value and a pseudonym's input start after them.
//  en: Mr, Mrs, Ms, Mx, Miss, Dr, Prof, Sir, Dame, Rev; de: Herr, Herrn, Frau, Fräulein, Hr., Fr.,
//  Frl.; fr: Monsieur, Madame, Mademoiselle, M., Mme, Mlle, Me; es/pt: Señor, Señora, Señorita, Sr.,
//  Sra., Srta., Doña, Dña., Senhor, Senhora; it: Signor(e), Signora, Signorina, Sig., Sig.ra, Sig.na,
//  Dott., Dott.ssa, Prof.ssa, Avv., Ing.; nl: Dhr., Mevr., Mevrouw, Mej., Mw., Heer; pl: Pan, Pani,
//  Panna, Mgr, Inż.; nordic: Fru, Frk.; cs/sk: Paní, Slečna; ro: Domnul, Doamna, Dl., Dna.; tr: Bayan,
//  Sayın (`Bay` is a word too). `Don`, `Dona` and `Dom` are given names as often: they are left to the name.
const PERSON_TITLES: ReadonlySet<string> = new Set(
  `mr mrs ms mss mx miss mister missus madam dr drs dra doctor doctora doktor docteur prof profs professor professora sir dame rev revd reverend
  herr herrn frau fräulein frl hr hrn fr
  monsieur messieurs madame mesdames mademoiselle mesdemoiselles mme mmes mlle mlles
  señor señora señorita senor senora senorita sr sra srta sres doña dña senhor senhora srª
  signor signore signora signorina sig sigg sigra sig.ra signa sig.na dott dottssa dott.ssa dottor dottore dottoressa prof.ssa avv
  dhr mevr mevrouw mej heer juffrouw
  pani panna mgr inż
  fru frk paní slečna domnul doamna bayan sayın`.split(/\s+/),
);
/** Titles that count with their dot only (`Me.`, `Ing.`, `Dl.`: `Me` and `Dna` are words too); `M.` before a given name and a surname only (titlesEnd). */
const DOTTED_TITLES: ReadonlySet<string> = new Set(['me', 'ing', 'lek', 'pr', 'mm', 'mw', 'dl', 'dna', 'd-na']);
/** Academic degrees stacked after a title (`Frau Dr. med.`, `Dr. rer. nat.`, `Dipl.-Ing.`, `Prof. Dr. hab.`): only after a title or with their dot. */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['med', 'dent', 'vet', 'rer', 'nat', 'phil', 'jur', 'habil', 'hab', 'dipl', 'ing', 'mag', 'univ', 'oec', 'pol', 'sc', 'techn', 'lek', 'mgr', 'inż', 'med.univ', 'dipl.-ing']);

/** One word of a title: `Herr`, `Sig.ra`, `Dr.med.`, `Dipl.-Ing.`, by its text without the final dot. */
function titleWord(word: string, dotted: boolean, afterTitle: boolean): boolean {
  const lower = word.toLowerCase();
  if (PERSON_TITLES.has(lower) || (dotted && DOTTED_TITLES.has(lower))) return true;
  if ((afterTitle || dotted) && DEGREE_WORDS.has(lower)) return true;
  // Glued with dots or a hyphen: every piece a title or a degree (`Dr.med.`, `Prof.Dr.`).
  if (!/[.-]/.test(lower)) return false;
  const pieces = lower.split(/\.-?|-/).filter((piece) => piece !== '');
  return pieces.length > 1 && pieces.every((piece, k) => PERSON_TITLES.has(piece) || ((k > 0 || afterTitle) && DEGREE_WORDS.has(piece)));
}

/**
 * Where a person's name starts after the titles and honorifics that lead `text` (0 when none
 * does; `text.length` when `text` is titles only): `Frau Dr. med. Hildegard Brunnhuber` → 14,
 * `Sig.ra Donatella Scarpellini` → 7, `Herr` → 4. A word with letters only, dots and hyphens.
 * `Pan` (Polish; also a Chinese surname: `Pan Wei`) counts before two words or a Polish name.
 */
export function titlesEnd(text: string): number {
  let at = 0;
  let end = 0;
  const length = text.length;
  while (at < length) {
    let j = at;
    while (j < length && (isLetter(text, j) || ((text.charCodeAt(j) === 46 || text.charCodeAt(j) === 45) && j > at))) j++;
    if (j === at) break;
    const dotted = text.charCodeAt(j - 1) === 46;
    const word = dotted ? text.slice(at, j - 1) : text.slice(at, j);
    // The next character ends the word: a blank, the end, or nothing else (`Herr-Müller`, `Sig:` are no titles).
    if (j < length && !isSpaceCode(text.charCodeAt(j))) break;
    const lower = word.toLowerCase();
    if (lower === 'm' ? !(dotted && givenAndSurnameAfter(text.slice(j))) : !titleWord(word, dotted, end > 0) && !(lower === 'pan' && polishNameAfter(text.slice(j)))) break;
    end = j;
    at = j;
    while (at < length && isSpaceCode(text.charCodeAt(at))) at++;
  }
  return end === 0 ? 0 : at;
}
/** Two words or more after `M.`, the first no initial (`M. Anselme Vaucouleurs`; in `M. Nguyen` the `M.` is an initial as often). */
function givenAndSurnameAfter(rest: string): boolean {
  const words = rest.trim().split(/\s+/);
  return words.length >= 2 && (words[0] as string).length > 2 && !(words[0] as string).endsWith('.');
}
/** The name after `Pan`: two words or more, or one Polish by its letters or its ending (`Nowak`, `Wiśniewski`). */
function polishNameAfter(rest: string): boolean {
  const words = rest.trim().split(/\s+/);
  return words.length >= 2 || /[ąćęłńóśźż]|(?:ski|cki|dzki|wicz|czyk|szyk|ak|ek|uk)$/iu.test(words[0] ?? '');
}

/**
 * A title right before a name is no part of the person (F1 of the leak probe of 2026-12-07: after
 * `Herr Kasimir Wendelin` was remembered whole, `Herr` alone was masked with his pseudonym). Each
 * PERSON span of out from `from` on starts after its leading titles (titlesEnd); a span of titles
 * only (`Sig` of `Sig.ra`, `Herr`) is dropped, and so is one whose rest is an article's phrase
 * (`Herr der Ringe`, `Frau des Hauses`) or a brand named with an honorific (`Madame Tussauds`).
 */
export function trimPersonTitles(text: string, out: Detection[], from: number): void {
  let kept = from;
  for (let k = from; k < out.length; k++) {
    const detection = out[k] as Detection;
    if (detection.type !== 'PERSON') {
      out[kept++] = detection;
      continue;
    }
    let span = text.slice(detection.start, detection.end);
    // A Turkish honorific alone (`Bey`) is no name; one that ends the span (`Mehmet Bey`, `Ayşe Hanım`) is left out of it.
    if (isHonorificAfter(span)) continue;
    const last = /[ \t]+(\p{L}+)$/u.exec(span);
    const end = last !== null && isHonorificAfter(last[1] as string) ? detection.start + last.index : detection.end;
    span = text.slice(detection.start, end);
    const skip = titlesEnd(span);
    if (skip > 0 || titleAloneAt(text, detection.start, end)) {
      const rest = span.slice(skip);
      if (rest === '' || skip === 0 || TITLED_REST.test(rest) || titledBrand(span, rest)) continue;
      out[kept++] = { ...detection, start: detection.start + skip, end, normalized: personNormalForm(rest) };
      continue;
    }
    // An honorific cut off the end, or one inside the name (`Ayşe Hanım Yılmaz`), leaves the pseudonym's input too.
    out[kept++] = end !== detection.end || HONORIFIC_AFTER_TEST.test(span) ? { ...detection, end, normalized: personNormalForm(span) } : detection;
  }
  out.length = kept;
}
/** A span that is one title's first part (`Sig` of `Sig.ra`, `Dott` of `Dott.ssa`, `Prof` of `Prof.ssa`). */
function titleAloneAt(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 46) return false;
  let j = end + 1;
  while (j < text.length && isLetter(text, j)) j++;
  return j > end + 1 && PERSON_TITLES.has(text.slice(start, j).toLowerCase());
}
/** A brand named with its honorific (TITLED_BRANDS: `Madame Tussauds`, `Dr. Oetker`), after that honorific. */
function titledBrand(span: string, rest: string): boolean {
  const title = TITLED_BRANDS.get(rest.toLowerCase().replace(/['’]s?$/, ''));
  return title !== undefined && span.toLowerCase().startsWith(title);
}
/** The rest after a title that makes no person: an article, or a brand's name (`Herr der Ringe`, `Frau des Hauses`). */
const TITLED_REST = /^(?:der|die|das|des|dem|den|the|la|le|les|el|il|lo|los|las)(?![\p{L}])/u;

/**
 * The other spellings of a person's name worth remembering in a session once the full name was
 * seen: "Tapsell, Wiremu" and "Tapsell Wiremu" (family name first), and each part that is a name
 * rather than a common word ("Wiremu", "Tapsell"; not "Grace" or "Baker", which would mask the
 * word wherever it recurs). Parts shorter than four characters are not returned. A name given
 * family first with a comma ("Tapsell, Wiremu") gives "Wiremu Tapsell" and its parts.
 */
export function personNameVariants(name: string): string[] {
  // A comma parts words as a blank does (`Okafor, Amara` given family-first): no part keeps it;
  // so do emoji (`Tevita 🙂 Havili`, `Qxaro👩‍⚕️Vlintuk`: gapJoins).
  const words = name.replace(EMOJI_RUN, ' ').split(/[\s,]+/).filter((word) => word !== '');
  // Titles lead no variant and are no part (`Frau Hildegard Brunnhuber`: not `Frau`, not `Brunnhuber, Frau Hildegard`).
  const titles = titlesEnd(name.trim());
  if (titles > 0 && titles < name.trim().length) return personNameVariants(name.trim().slice(titles));
  if (words.length < 2 || words.length > 4) return [];
  const l = nameLists();
  const out: string[] = [];
  const last = words[words.length - 1] as string;
  const rest = words.slice(0, -1).join(' ');
  out.push(`${last}, ${rest}`, `${last} ${rest}`);
  for (const word of words) {
    if (word.length < 4 || word.endsWith('.')) continue;
    const lower = word.toLowerCase();
    if (PARTICLES.has(lower) || HONORIFICS_AFTER.has(lower)) continue;
    const kind = kindOf(lower, true, false, l);
    if (kind === 'F' || kind === 'L' || kind === 'U') out.push(word);
  }
  return out;
}

/** Whether words (any case, joined by blanks) spell a listed firm named after persons (FIRMS: `Morgan Stanley`, `Charles Schwab`, `Goldman Sachs`). */
export function isListedFirm(words: string): boolean {
  if (words.length > 80) return false;
  const lower = words.toLowerCase();
  return FIRMS.has(lower) || MAJOR_FIRMS.has(lower);
}
/**
 * Large firms and brands of one word that no list holds as a given name, read only where a value may be a firm or a
 * person (a customer's role: `kunde=Volkswagen`, `{ klant: 'Heineken' }`; names-left 2026-12-07e: masked as a PERSON
 * while `kunde=Siemens` was kept). Not in FIRMS, which the name scan asks of every run: these words are no names in
 * prose. Brands that are listed given names are left out (`Zara`, `Nike`, `Otto`, `Meta`, `Shell`, `Pandora`, `Aviva`):
 * a customer so named is as likely a person.
 */
const MAJOR_FIRMS: ReadonlySet<string> = new Set(`volkswagen audi bmw skoda opel volvo fiat stellantis apple amazon alphabet ibm intel amd
cisco sap salesforce adobe qualcomm broadcom lenovo asus acer huawei xiaomi sony panasonic toshiba hitachi fujitsu canon nikon nokia
ericsson allianz axa generali basf henkel lufthansa airbus adidas puma zalando telekom vodafone telefonica telefónica heineken unilever
totalenergies repsol equinor ikea aldi lidl rewe edeka carrefour auchan danone loreal l'oréal l'oreal lvmh spotify netflix uber airbnb paypal
ebay tiktok bytedance alibaba tencent baidu accenture capgemini atos kpmg pwc ubs rabobank commerzbank santander bbva unicredit hsbc
natwest prudential ahold kpn asml akzonobel randstad ryanair easyjet klm iberia sncf ocado asos primark reebok inditex nordea maersk
carlsberg lego electrolux scania husqvarna miele vorwerk rossmann dhl fedex`.split(/\s+/));
