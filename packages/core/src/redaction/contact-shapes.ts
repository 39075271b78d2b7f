import { keyWords, normalizeKeyName as normalizeKeyNameCached } from './key-names.js';

// Contact data that JSON spreads over members in shapes no member name alone gives away (a sixth
// fresh probe of 2026-12-03 found each stored raw). The redactor's walk (redactor.ts) asks these
// for every object:
//  - an email address split into its local part and its domain: `{"user":"tevita.havili",
//    "host":"gmail.com"}`, `{"local":"amara.okafor","domain":"nhs.net"}`, `{"mailbox":…,
//    "domain":…}` (splitEmailOf): the local part is masked as EMAIL with the pseudonym of the
//    joined address, so it joins `tevita.havili@gmail.com` written anywhere else; the domain stays;
//  - an object that is a postal address (isAddressObject): Stripe's and many APIs' `address`
//    (`{line1, line2, city, postal_code, state, country}`), the FHIR Address datatype (`use`,
//    `type`, `text`, `line`, `city`, `district`, `state`, `postalCode`, `country`, `period`;
//    https://hl7.org/fhir/datatypes.html#Address): its street lines (`line`, `line1`-`line3`,
//    `lines`), its `text` (the whole address as one string) and `district` (a county: HIPAA Safe
//    Harbor, 45 CFR 164.514(b)(2)(i)(B)) are masked as ADDRESS. `line1` alone under another name
//    is no address (a log's or a poem's first line);
//  - coordinates as a list or one string under a location's name (`{"coords":[37.4224764,
//    -122.0842499]}`, `{"latlng":"37.4224764,-122.0842499"}`, `home_location`, `position`) and a
//    GeoJSON Point anywhere (`{"type":"Point","coordinates":[-122.0842499,37.4224764]}`, RFC 7946
//    §3.1.2, longitude first): masked as GEO (`pii.location`) when precise, with the rule of the
//    latitude/longitude members (three decimals or more, about 100 m, in range; `[51.5, -0.12]`,
//    a city's, stays).

/** A member name's normal form (key-names.ts, which keeps them); a name over 64 characters names nothing here. */
const normalizeKeyName = (key: string): string => (key.length > 64 ? '' : normalizeKeyNameCached(key));

/** Member names of a local part and of a domain, and which may pair. */
const LOCAL_MEMBERS = new Set(['local', 'localpart', 'mailbox', 'user', 'username', 'login', 'emailuser', 'emaillocalpart', 'mailuser']);
const DOMAIN_MEMBERS = new Set(['domain', 'host', 'hostname', 'domainname', 'maildomain', 'emaildomain', 'emailhost']);
/** Beside these, `user` and `host` are a connection's (a database, SSH, IMAP server), not an address's parts. */
const CONNECTION_MEMBERS = new Set(['port', 'database', 'db', 'dbname', 'schema', 'password', 'passwd', 'pass', 'protocol', 'scheme', 'path', 'url', 'uri', 'ssl', 'tls', 'key', 'identityfile', 'privatekey', 'socket', 'driver', 'dialect']);
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}$/;

/**
 * Whether an object with these member names may be an email address split in two (splitEmailOf):
 * 2 to 8 members, a local part's (LOCAL_MEMBERS) and a domain's (DOMAIN_MEMBERS). splitEmailOf
 * returns undefined for any other set of names, whatever the values; a function of the names alone.
 */
export function mayBeSplitEmail(keys: readonly string[]): boolean {
  if (keys.length < 2 || keys.length > 8) return false;
  return keys.some((key) => LOCAL_MEMBERS.has(normalizeKeyName(key))) && keys.some((key) => DOMAIN_MEMBERS.has(normalizeKeyName(key)));
}
/**
 * An email address given as a local-part member and a domain member of one object: the local
 * part's member name and the joined address (lower case, as the email detector normalizes), or
 * undefined. The domain must have a dot and an alphabetic top-level domain (`localhost`, an IP
 * are no domain); `user` or `login` with `host` only when nothing marks a connection (`port`,
 * `database`, `password`, ...).
 */
export function splitEmailOf(value: Readonly<Record<string, unknown>>, keys: readonly string[]): { local: string; address: string } | undefined {
  if (keys.length < 2 || keys.length > 8) return undefined;
  let local: string | undefined;
  let domain: string | undefined;
  let connection = false;
  for (const key of keys) {
    const name = normalizeKeyName(key);
    if (LOCAL_MEMBERS.has(name)) local = local === undefined ? key : '';
    else if (DOMAIN_MEMBERS.has(name)) domain = domain === undefined ? key : '';
    else if (CONNECTION_MEMBERS.has(name)) connection = true;
  }
  if (local === undefined || domain === undefined || local === '' || domain === '') return undefined;
  const localName = normalizeKeyName(local);
  if (connection && (localName === 'user' || localName === 'username' || localName === 'login')) return undefined;
  const part = value[local];
  const host = value[domain];
  if (typeof part !== 'string' || typeof host !== 'string' || part.length > 64 || host.length > 253) return undefined;
  if (!LOCAL_PART.test(part) || !/[A-Za-z]/.test(part) || !DOMAIN.test(host)) return undefined;
  return { local, address: `${part}@${host}`.toLowerCase() };
}

/** Names under which an object is a postal address (normalized; `billing_address`, `addresses`, `Anschrift` too). */
const ADDRESS_OBJECT_NAMES = new Set(['address', 'addresses', 'adresse', 'adressen', 'anschrift', 'direccion', 'endereco', 'indirizzo', 'adres', 'postaladdress', 'mailingaddress', 'homeaddress', 'billingaddress', 'shippingaddress', 'residentialaddress', 'streetaddress']);
/** Words before `address` in a member name that make it a machine's or a mailbox's address (`ipAddress`, `serverAddress`, `fromAddress`). */
const TECHNICAL_ADDRESS = /^(?:ip|ipv4|ipv6|mac|hw|hardware|server|host|email|mail|e?mailbox|wallet|contract|remote|local|bind|listen|network|net|web|url|broadcast|gateway|public|private|memory|mem|base|return|proxy|node|peer|socket|bluetooth|ble|multicast|smtp|from|to|replyto|sender|recipient|cc|bcc|source|destination|dest|src|dst|device|physical?mac|link|ethernet|eth|lan|wan|vpn|dns|p2p|bitcoin|btc|eth|ethereum|deposit|withdrawal|payout)$/;
/** The members of a FHIR Address (https://hl7.org/fhir/datatypes.html#Address). */
const FHIR_ADDRESS_KEYS = new Set(['use', 'type', 'text', 'line', 'city', 'district', 'state', 'postalCode', 'country', 'period', 'id', 'extension']);
/** Members beside `line1` that make an object a postal address without its name (Stripe's Address). */
const ADDRESS_SIBLINGS = new Set(['city', 'postalcode', 'postcode', 'zip', 'zipcode', 'state', 'country', 'countrycode', 'region', 'province', 'town', 'locality']);
/** The members of an address object that hold a street line, the whole address or a district. */
const ADDRESS_OBJECT_PARTS = new Set(['line', 'lines', 'line1', 'line2', 'line3', 'line4', 'addr1', 'addr2', 'addr3', 'text', 'district', 'formatted', 'formattedaddress', 'full', 'fulladdress', 'streetline', 'streetlines']);

/**
 * Whether an object is a postal address: a FHIR Address (only its members, with `line` or
 * `text`, and `line` a list or a city, postal code, district, state or country beside `text`),
 * an object under an address's name (`address`, `billing_address`, an item of `addresses`; not a
 * machine's or a mailbox's, `ipAddress`, `fromAddress`: TECHNICAL_ADDRESS), or one
 * with `line1` beside a city, postal code, state or country.
 * @param parentKey the name the object stands under (for a list's item, the list's name)
 */
export function isAddressObject(parentKey: string | undefined, keys: readonly string[], value: Readonly<Record<string, unknown>>): boolean {
  if (keys.length === 0 || keys.length > 16) return false;
  if (parentKey !== undefined) {
    const name = normalizeKeyName(parentKey);
    if (ADDRESS_OBJECT_NAMES.has(name) || (name.length > 7 && name.endsWith('address') && !TECHNICAL_ADDRESS.test(name.slice(0, -7)))) return true;
  }
  if (keys.every((key) => FHIR_ADDRESS_KEYS.has(key) || key.startsWith('_'))) {
    if (Array.isArray(value.line)) return true;
    if (keys.includes('text') && keys.some((key) => key === 'city' || key === 'postalCode' || key === 'district' || key === 'state' || key === 'country')) return true;
  }
  return keys.some((key) => normalizeKeyName(key) === 'line1') && keys.some((key) => ADDRESS_SIBLINGS.has(normalizeKeyName(key)));
}

/** Whether a member of an address object holds a street line, the whole address or a district. */
export function isAddressObjectPart(key: string): boolean {
  return ADDRESS_OBJECT_PARTS.has(normalizeKeyName(key));
}

/** Names of a location (the last word or two of a member name: `coords`, `home_location`, `latLng`, `gps`). */
const LOCATION_WORDS = new Set(['coords', 'coord', 'coordinates', 'coordinate', 'latlng', 'latlon', 'latlong', 'lnglat', 'lonlat', 'longlat', 'geo', 'geolocation', 'location', 'loc', 'position', 'gps', 'geopoint', 'geocode', 'geocoords', 'latitudelongitude']);
/** Names of a place in a layout as often (`position` of a 3D scene or a UI element): read only as one string. */
const STRING_ONLY = new Set(['position']);
/** Names that put the longitude first (GeoJSON, `lnglat`). */
const LONGITUDE_FIRST = new Set(['lnglat', 'lonlat', 'longlat']);
/** Decimal degrees with three decimals or more, as the latitude/longitude member rule reads them. */
const PRECISE_DEGREES = /^-?\d{1,3}\.\d{3,}$/;
/** Two degrees in one string: `37.4224764,-122.0842499`, `(37.42247, -122.08425)`, `37.42247 -122.08425`. */
const DEGREE_PAIR = /^\(?\s{0,3}(-?\d{1,3}\.\d{3,20})\s{0,3}[,;\s]\s{0,3}(-?\d{1,3}\.\d{3,20})\s{0,3}\)?$/;

/** Whether a member name names a location: 'lonFirst' when it puts the longitude first, 'stringOnly' for `position`. */
export function locationKeyKind(key: string): LocationKeyKind | undefined {
  if (key.length > 64) return undefined;
  let kind = locationKinds.get(key);
  if (kind === undefined) {
    kind = locationKindOf(key) ?? null;
    if (locationKinds.size >= 4096) locationKinds.clear();
    locationKinds.set(key, kind);
  }
  return kind ?? undefined;
}
const locationKinds = new Map<string, LocationKeyKind | null>();
function locationKindOf(key: string): LocationKeyKind | undefined {
  // Cheap refusal first: every location word holds one of these letters' pairs.
  if (!/lo|co|la|ln|ge|gp|po/i.test(key)) return undefined;
  const words = keyWords(key);
  const last = words[words.length - 1] ?? '';
  const lastTwo = words.slice(-2).join('');
  const word = LOCATION_WORDS.has(lastTwo) ? lastTwo : LOCATION_WORDS.has(last) ? last : undefined;
  if (word === undefined) return undefined;
  return LONGITUDE_FIRST.has(word) ? 'lonFirst' : STRING_ONLY.has(word) ? 'stringOnly' : 'latFirst';
}
export type LocationKeyKind = 'latFirst' | 'lonFirst' | 'stringOnly';

/** A latitude and a longitude, precise and in range, in the order given. */
function precisePair(a: string, b: string, order: 'latFirst' | 'lonFirst' | 'either'): boolean {
  if (!PRECISE_DEGREES.test(a) || !PRECISE_DEGREES.test(b)) return false;
  const x = Math.abs(Number(a));
  const y = Math.abs(Number(b));
  if (order === 'latFirst') return x <= 90 && y <= 180;
  if (order === 'lonFirst') return x <= 180 && y <= 90;
  return (x <= 90 && y <= 180) || (x <= 180 && y <= 90);
}

const degreesOf = (item: unknown): string | undefined => (typeof item === 'number' && Number.isFinite(item) ? String(item) : typeof item === 'string' ? item.trim() : undefined);

/**
 * How a value under a location's name holds a precise point: 'list' for a list of two or three
 * numbers (or numeric strings; a third is an altitude) whose first two are precise degrees in
 * range, 'string' for one string holding the pair; undefined otherwise. A GeoJSON `coordinates`
 * member (`geoJson`) puts the longitude first; under other names either order is read. Under
 * `position` only a string (a list there is a 3D scene's or a layout's as often).
 */
export function coordinatesIn(value: unknown, kind: LocationKeyKind, geoJson = false): 'list' | 'string' | undefined {
  const order = geoJson || kind === 'lonFirst' ? 'lonFirst' : 'either';
  if (Array.isArray(value)) {
    if (kind === 'stringOnly') return undefined;
    if (value.length < 2 || value.length > 3) return undefined;
    const a = degreesOf(value[0]);
    const b = degreesOf(value[1]);
    if (a === undefined || b === undefined || (value.length === 3 && degreesOf(value[2]) === undefined)) return undefined;
    return precisePair(a, b, order) ? 'list' : undefined;
  }
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const pair = DEGREE_PAIR.exec(value.trim());
  return pair !== null && precisePair(pair[1] as string, pair[2] as string, order) ? 'string' : undefined;
}

/**
 * Names of a route or a track (the last word of a member name: `points`, `track`, `breadcrumbs`,
 * `route`, `waypoints`, `trail`, `trkpts`, `gpsTrack`): fleet, telematics and delivery tools return
 * a vehicle's or a courier's positions under them (L4 of the README-only probe of 2026-12-06b).
 */
const ROUTE_WORDS = new Set(['points', 'track', 'tracks', 'trackpoints', 'trkpts', 'trkpt', 'breadcrumbs', 'breadcrumb', 'route', 'routes', 'waypoints', 'trail', 'trace', 'polyline', 'path', 'positions', 'locations', 'fixes', 'coords', 'coordinates']);
/** At most this many items of a route are read; a longer list is read by its items' own rules. */
const MAX_ROUTE_POINTS = 100_000;

/**
 * Whether `value`, under the member `key`, is a route: a list of one or more points, each a list
 * of two or three numbers whose first two are precise degrees in range (coordinatesIn's rule, in
 * either order), under a member named for a route or a track (ROUTE_WORDS: `points`, `track`,
 * `breadcrumbs`, …; `{track:[[-36.848461,174.763336],…]}`). GDPR Art. 4(1) names location data
 * among personal data; a vehicle's track is its driver's. Reads each item once.
 */
export function isRouteOfPoints(key: string, value: unknown): boolean {
  // A point's array first (cheap, and false for nearly every array the walk meets), then the member's words.
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_ROUTE_POINTS || key.length > 64 || !Array.isArray(value[0])) return false;
  const words = keyWords(key);
  if (!ROUTE_WORDS.has(words[words.length - 1] ?? '')) return false;
  for (const item of value) if (!Array.isArray(item) || coordinatesIn(item, 'latFirst') !== 'list') return false;
  return true;
}

/** Whether an object is a GeoJSON Point (`{"type":"Point","coordinates":[lon, lat]}`, RFC 7946 §3.1.2). */
export function isGeoJsonPoint(value: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
  return keys.length <= 6 && value.type === 'Point' && Array.isArray(value.coordinates);
}

/** Words that name a latitude column, and a longitude one (the last word of a column's name, or the one before a unit: `gps_lat`, `pickup_latitude`, `lat_deg`). */
const LATITUDE_WORDS = new Set(['lat', 'latitude', 'latitud', 'latitudine', 'breitengrad']);
const LONGITUDE_WORDS = new Set(['lon', 'lng', 'long', 'longitude', 'longitud', 'longitudine', 'laengengrad', 'längengrad']);
/** Unit words after a coordinate's word in a column's name (`lat_deg`, `Longitude (degrees)`, `lat_wgs84`). */
const DEGREE_UNITS = new Set(['deg', 'degs', 'degree', 'degrees', 'dd', 'wgs84', 'decimal']);
/**
 * The word of a column's name that says which axis it holds (its last, or the one before a unit),
 * and whether the column holds degrees times 10^7 as integers (an `E7` after it: Google's location
 * history `latitudeE7`, `longitudeE7`).
 */
function axisWord(name: string): [string, boolean] {
  if (name.length > 64 || !/la|lo|ln|lä|breit/i.test(name)) return ['', false];
  const words = keyWords(name);
  const last = words[words.length - 1] ?? '';
  if (last === 'e7') return [words[words.length - 2] ?? '', true];
  return [DEGREE_UNITS.has(last) ? (words[words.length - 2] ?? '') : last, false];
}
/** A column's axis (coordinateColumns): a latitude's or a longitude's, in degrees or in degrees times 10^7 (`E7`). */
export type CoordinateAxis = 'lat' | 'lon' | 'latE7' | 'lonE7';

/**
 * The latitude and longitude columns of a table's header (a CSV, TSV, pipe or Markdown table, a
 * JSON column table, a sheet's header row): 'lat' for a column whose name's last word names a
 * latitude (`lat`, `latitude`, `gps_lat`, `pickup_latitude`, `lat_deg`), 'lon' for a longitude
 * (`lon`, `lng`, `long`, `longitude`, `end_lng`), undefined for the others; undefined in all when
 * the header has no latitude column beside a longitude one (`short,long` is an option's, a lone
 * `lat` is no point). Fleet, telematics and delivery tools return positions so (L4 of the
 * README-only probe of 2026-12-06b: `vehicle,plate,driver,ts,lat,lon,speed` kept every point).
 */
export function coordinateColumns(header: readonly string[]): Array<CoordinateAxis | undefined> | undefined {
  let lat = false;
  let lon = false;
  const axes = header.map((name): CoordinateAxis | undefined => {
    const [word, e7] = axisWord(name);
    if (LATITUDE_WORDS.has(word)) {
      lat = true;
      return e7 ? 'latE7' : 'lat';
    }
    if (LONGITUDE_WORDS.has(word)) {
      lon = true;
      return e7 ? 'lonE7' : 'lon';
    }
    return undefined;
  });
  return lat && lon ? axes : undefined;
}

/** A signed decimal degree with three decimals or more (about 100 m or finer), a degree sign after it optional. */
const PRECISE_DEGREE = /^[-+]?\d{1,3}\.\d{3,20}°?$/;

/**
 * Whether a cell under a latitude or longitude column (coordinateColumns) is a precise position on
 * that axis: decimal degrees with three decimals or more (the rule of the latitude/longitude
 * members), at most 90 for a latitude and 180 for a longitude; `51.5`, a city's, stays.
 */
export function preciseDegreeOf(value: string | number, axis: CoordinateAxis): boolean {
  if (axis === 'latE7' || axis === 'lonE7') return preciseE7(value, axis === 'latE7' ? 90 : 180);
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value.trim();
  const limit = axis === 'lat' ? 90 : 180;
  if (!PRECISE_DEGREE.test(text)) return text.length <= 32 && (preciseSexagesimal(text, axis) || preciseNmea(text, limit, axis));
  const degrees = Math.abs(Number.parseFloat(text.replace('°', '')));
  return degrees <= limit;
}

/**
 * Degrees and minutes with their decimals (`51°30.123'N`, `51 30.123`, `N 51° 30.123'`), or degrees, minutes and seconds
 * (`51°30'07.4"N`, `51 30 07.4 N`): group 1 a hemisphere's letter before, 2 the sign, 3 the degrees, 4 the minutes, 5 their
 * decimals, 6 the seconds, 7 a hemisphere's letter after (issue 11, L4's open part: a table's `lat`/`lon` columns of these
 * were stored raw).
 */
const SEXAGESIMAL_CELL = /^([NSEW])?[ \t]?(-)?(\d{1,3})(?:°[ \t]?|[ \t])(\d{1,2})(?:(\.\d{1,6})['′]?|(?:['′][ \t]?|[ \t])(\d{1,2}(?:\.\d{1,4})?)(?:″|"|'')?)[ \t]?([NSEW])?$/;
/** A hemisphere's letter of the axis, at most one. */
function hemisphereFits(before: string | undefined, after: string | undefined, axis: CoordinateAxis): boolean {
  if (before !== undefined && after !== undefined) return false;
  const letter = before ?? after;
  return letter === undefined || (axis === 'lat' ? letter === 'N' || letter === 'S' : letter === 'E' || letter === 'W');
}
/** A cell of degrees and minutes precise to about 20 m (two decimals of a minute) or with seconds, in range. */
function preciseSexagesimal(text: string, axis: CoordinateAxis): boolean {
  const match = SEXAGESIMAL_CELL.exec(text);
  if (match === null || !hemisphereFits(match[1], match[7], axis)) return false;
  const decimals = match[5];
  const seconds = match[6];
  if (!((decimals !== undefined && decimals.length >= 3) || seconds !== undefined)) return false;
  const minutes = Number(match[4]);
  if (minutes >= 60 || (seconds !== undefined && Number(seconds) >= 60)) return false;
  const degrees = Number(match[3]) + minutes / 60;
  return degrees <= (axis === 'lat' ? 90 : 180);
}
/**
 * NMEA's `ddmm.mmmm` and `dddmm.mmmm` (`5557.1951`, `00311.2960W`): degrees then two digits of minutes and their decimals, as
 * GPS receivers log them into `lat`/`lon` columns; read so only when the whole is past the axis's range as a degree
 * (`52.370216` is a decimal degree) or a hemisphere's letter follows, with two decimals of a minute or more.
 */
const NMEA_CELL = /^(-)?(\d{0,3})([0-5]\d)(\.\d{2,6})[ \t]?([NSEW])?$/;
function preciseNmea(text: string, limit: number, axis: CoordinateAxis): boolean {
  const match = NMEA_CELL.exec(text);
  if (match === null || !hemisphereFits(undefined, match[5], axis)) return false;
  const whole = Number(`${match[2]}${match[3]}`);
  const degrees = Number(match[2] === '' ? '0' : match[2]);
  return (whole > limit || match[5] !== undefined) && degrees < limit;
}

/** Degrees times 10^7 as an integer (`559532510`, `-31882670`), as a string or a number. */
const E7_DEGREES = /^[-+]?\d{1,10}$/;
/**
 * Whether a value is a precise position in degrees times 10^7 (Google's location history
 * `latitudeE7: 559532510`): an integer of at most `limit` degrees whose degrees have three decimals
 * or more (not a multiple of 10^5: `515000000`, 51.5 degrees, is a city's).
 */
export function preciseE7(value: string | number, limit: number): boolean {
  const text = typeof value === 'number' ? (Number.isSafeInteger(value) ? String(value) : '') : value.trim();
  if (!E7_DEGREES.test(text)) return false;
  const number = Math.abs(Number(text));
  return number <= limit * 1e7 && number % 100_000 !== 0;
}
