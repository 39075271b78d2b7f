// Car makes and their models, for the readers that would take a vehicle in a record for a person or a
// place (issue 11): a make that is a listed surname or given name (`Honda`, `Nissan`, `Ford`, `Mercedes`,
// `Lincoln`) before its model with no `Make` label (`2019 Honda Civic`, `Nissan Leaf, reg LK68 XYZ`; O2 of
// the README-only probe of 2026-12-06b, its open part), and a model year before a make and a model read as a
// postal code before a city (`2019 Honda Civic` alone). Closed lists and bounded, anchored regexes only.

/**
 * Car makes (O5 of the probe of 2026-12-05a: `a grey Toyota Prius`, `a grey Kia Soul`): a closed list.
 * names.ts reads one with a colour right before it (`a silver Nissan Leaf`), and vehicleRun below with
 * its model, its model year or a registration after it, so a person named like a make (`Kia Johnson`,
 * `Mercedes Lopez`) stays one.
 */
export const CAR_MAKES: ReadonlySet<string> = new Set(`toyota nissan kia honda ford hyundai mazda subaru volkswagen vw chevrolet chevy tesla bmw audi mercedes volvo jeep dodge
chrysler buick cadillac lexus acura infiniti lincoln mitsubishi suzuki peugeot renault citroen citroën fiat skoda škoda seat opel vauxhall
porsche jaguar dacia polestar rivian genesis mini smart cupra alfa lancia saab rover ram gmc isuzu byd geely`.split(/\s+/));

/**
 * Models of the makes above that are words or names (`Civic`, `Leaf`, `Focus`, `Ranger`, `Cooper`), by
 * make: a model reads so only after its own make (`Mini Cooper` is a car, `Mercedes Cooper` a person).
 * Models written as codes (`CX-5`, `F-150`, `RAV4`) are read by their shape (MODEL_CODE).
 */
const CAR_MODELS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    honda: 'civic accord jazz fit pilot odyssey insight passport ridgeline element prelude integra legend crv hrv',
    nissan: 'leaf micra qashqai juke note altima sentra rogue navara murano pathfinder frontier titan versa maxima ariya patrol',
    ford: 'focus fiesta mustang ranger escape explorer transit puma kuga mondeo galaxy bronco edge expedition fusion taurus maverick ka',
    toyota: 'corolla camry prius yaris hilux tacoma tundra highlander aygo avensis auris sienna supra',
    kia: 'soul sportage picanto ceed rio niro sorento optima stinger telluride',
    hyundai: 'tucson kona elantra sonata santa ioniq',
    mazda: 'miata',
    subaru: 'outback forester impreza legacy crosstrek ascent',
    volkswagen: 'golf polo passat tiguan jetta beetle touareg',
    vw: 'golf polo passat tiguan jetta beetle touareg',
    chevrolet: 'malibu impala silverado camaro corvette cruze equinox tahoe spark bolt',
    chevy: 'malibu impala silverado camaro corvette cruze equinox tahoe spark bolt',
    jeep: 'cherokee wrangler compass renegade',
    dodge: 'charger challenger durango',
    lincoln: 'navigator continental',
    mitsubishi: 'outlander lancer pajero shogun',
    suzuki: 'swift vitara jimny',
    renault: 'clio megane',
    vauxhall: 'corsa astra',
    mini: 'cooper countryman',
    tesla: 'model',
    volvo: 'xc40 xc60 xc90',
  }).map(([make, models]) => [make, new Set(models.split(' '))]),
);

/** A model's code right after a make (`CX-5`, `F-150`, `RAV4`, `X5`, `Q7`, `ID.3`): capitals and digits, a digit in it. */
const MODEL_CODE = /^[ \t](?=[A-Z0-9.\-]{2,8}(?![\p{L}\p{N}]))[A-Z]{0,4}[.\-]?\d/u;
/** A model year (1950-2039) and one blank right before the make (`2019 Honda Civic`). */
export const MODEL_YEAR_BEFORE = /(?:^|[^\p{L}\p{N}.,:/-])(?:19[5-9]\d|20[0-3]\d)[ \t]$/u;
/**
 * A registration, a plate or a VIN with its value's start (letters and a digit: `LK68`, `7ABC123`), or a
 * mileage, right after the make and model (`Nissan Leaf, reg LK68 XYZ`, `Ford Focus (reg …)`, `, 42,000
 * miles`); `reg. nurse` after a person is none.
 */
const VEHICLE_AFTER = /^[ \t]*[,(;–-]?[ \t]*(?:(?:reg(?:istration)?\.?|regn|plate|number plate|licen[cs]e plate|VIN)[ \t:#.]{1,3}(?=[A-Z]{0,4}\d)|mileage|odometer|\d{1,3}(?:,\d{3}|k)[ \t]?(?:miles|mi|km)(?![\p{L}]))/u;

/** Whether `model` (lower case) is a listed model of `make` (lower case). */
export function carModelOf(make: string, model: string): boolean {
  return CAR_MODELS.get(make)?.has(model) === true;
}

/** A word of a run as vehicleRun reads it: its lower case, and whether the name lists hold it as a given name or a surname. */
export interface RunWord {
  readonly lower: string;
  readonly listed: boolean;
}

/**
 * Whether a run of one to three capitalized words that starts with a car make is the vehicle: the make
 * and a listed model of it (`Honda Civic`, `Nissan Leaf`; a third word no listed name, `Honda Civic
 * Type`), or the make alone before a model's code (`Ford F-150`), or the make and words the name lists
 * do not hold with a model year right before the run (`2019 Subaru Outback`) or a registration, a plate,
 * a VIN or a mileage after it (`Nissan Navara reg: KX19 ABC`). `Mercedes Lopez, plate 7ABC123`, `In 2019
 * Ford Harrison joined` and `Mercedes Benz Okafor` stay persons. `before` is the text before the run,
 * `after` the text after its last word (16 characters are enough).
 */
export function vehicleRun(words: readonly RunWord[], before: string, after: string): boolean {
  const make = words[0];
  if (make === undefined || words.length > 3 || !CAR_MAKES.has(make.lower)) return false;
  const second = words[1];
  if (second !== undefined && carModelOf(make.lower, second.lower) && words[2]?.listed !== true) return true;
  if (words.length === 1) return MODEL_CODE.test(after) || (/^[ \t]\p{Lu}[\p{L}\p{N}-]/u.test(after) && (MODEL_YEAR_BEFORE.test(before.slice(-8)) || VEHICLE_AFTER.test(after)));
  if (words.slice(1).some((word) => word.listed)) return false;
  return MODEL_YEAR_BEFORE.test(before.slice(-8)) || VEHICLE_AFTER.test(after);
}
