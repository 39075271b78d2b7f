import { SPECIAL_CATEGORY_KEYS } from './special-categories.js';
import { aboutSecretField, formFieldOf, isKubernetesSecret, labelDecision, typedSecretMembers } from './form-fields.js';
import { hasUserMember, unknownUserPasswordMember } from './unknown-users.js';
import { isOAuthCodeObject } from './oauth-codes.js';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { mnemonicOfList } from './seed-phrases.js';
import { AuditError, RedactionError } from '../spec/errors.js';
import type { CaptureMode, CapturePolicy, RedactionResult, Redactor, RedactOptions } from '../spec/redactor.js';
import { canonicalize as canonicalJson, sortKeys } from '../crypto/jcs.js';
import {
  classesFromRegistry,
  classify,
  DEFAULT_RESOURCE_RULES,
  mergePolicy,
  type ClassificationPolicy,
  type ResourceRule,
} from './classification.js';
import { dicomElementKind, dicomValueSpans, isDicomTag } from './dicom.js';
import { argvSecrets, BUILTIN_DETECTORS, birthDateSpelling, detectBuiltin, findNormalized, isTollFreeNumber, messageIdMemberValue, phoneCueAtEnd, phoneSpellings, recipientPhone, resolveOverlaps, type BuiltinDetectorName } from './detectors.js';
import type { ArgvSpan } from './argv.js';
import { digitGroupsOf, splitNumberMembers, type SplitPart } from './split-values.js';
import { labelPhrases, MAX_RUN_VALUE, RUN_NAME, runTextOf, type RunText } from './rich-text-runs.js';
import { type Kind as EdiKind, x12MemberKinds, x12SegmentOfKey } from './edi.js';
import { FIELD_DETECTIONS, type FieldKind } from './internal/field-kinds.js';
import { NACHA_ID_MEMBERS } from './bank-messages.js';
import { graphqlRequestOf } from './graphql-variables.js';
import { POSTCODE_MEMBERS } from './postcodes.js';
import { attributePair, mayBeAttributePair, mayBeFieldChange, dataLayerBase, extensionName, fieldChangeOf, isContentMember, isOperandMember, isOperatorObject, isTypeWrapper, positionalPathBase, searchedFields, searchFieldBase, unprefixedName } from './wrapped-values.js';
import { awsQueryAround, idTypeCodeKind, idTypeTexts, isAwsAccountId, isAwsObject, isWhatsAppObject, isWhatsAppPhoneMember, valueKindOf } from './identifiers.js';
import { accountPersonValue, listedAccountPersonValue } from './account-names.js';
import { aNumberPhone, isWorkingDirectory, bareAccountValue, columnKind, columnKinds, expandedKeyName, isFormatPlaceholder, emailColumnValue, NUMBER_KIND_DETECTIONS, keyWords, DEFAULT_IDENTITY_KEYS, DEFAULT_SECRET_KEYS, EXACT_SECRET_KEYS, governmentIdKey, governmentIdType, governmentIdValue, HUMAN_NAME_PARTS, identityKeyType, isBareAccountKeyName, isBareAccountListKeyName, normalizeKeyName, type GovernmentIdKey, hasSurnameKey, isPersonalSiblingKey, addressPartValue, isAddressPartKeyName, isDobKeyName, isNumberedAddressPart, holdsNoIdentifier, isFieldAbbreviation, isGenericNameKey, isHumanName, isLoneNameKey, isNameMemberKey, isNameOwnerWord, isPersonKeyName, isRecipientKeyName, isThingIdKeyName, isRandomToken, isTokenKeyName, base64KeyValue, storageKeyName, storageKeyValue, SIM_KEY_MEMBERS, isOrganizationLineKey, isThingNameKey, isPlaceNameKey, matchKeyName, nameMembers, salesforceFieldBase, numberKeyKind, personReference, personRoleTier, personRoleValue, CUSTOMER_NOT_NAMES, type NumberKeyKind, type PersonRoleTier, planNameValue } from './key-names.js';
import { createKeyring, Keyring, loadKeyring } from './keys.js';
import { cardIssuer, ibanValid, luhnValid } from './internal/checks.js';
import { parsePath, pathMatches, type PathSegment } from './paths.js';
import { delimitedRecords, isFieldValueHeader, sameTables, textTables, type DelimitedTable, type TableCell, delimitedTable } from './tables.js';
import { gatedTest } from './internal/prefilter.js';
import { tableNationalId } from './national-ids.js';
import { callPairs, changePairs, elementPairs, filterPairs, mayHoldCalls, mayHoldChanges, mayHoldFilters, mayHoldPairs, textPairs, type TextPair } from './text-pairs.js';
import { boundStatementOf, type BoundStatement } from './sql-binds.js';
import { markupSpan, markupView, mayHoldMarkup } from './markup-view.js';
import { answerParts, answerSpan, answeringSpeaker, askedIn, askingSpeaker, asksForName, asksForSecret, asksForStreetAddress, insideMarkup, isAnsweringRole, isAskingRole, MAX_ANSWER_CHARS, mayBeDialog, mayHoldTurns, messageText, questionClauses, questionText, secretAnswer, secretSpan, speakerOf, spellingAfter, streetLineAnswer, transcriptAnswers, TURN_TEXT_MEMBERS, turnText } from './turn-answers.js';
import { distinguishedNamePairs, fdfPairs, mayHoldDistinguishedName, mayHoldFdf, mayHoldNamedPairs, mayHoldOfx, ofxPairs, xmlNamedPairs } from './named-pairs.js';
import { HEADER_NAME, inCodedTag, markupTables } from './xml-values.js';
import { BIOMETRIC, HEALTH_ID_KEYS, LICENCE_MEMBER, STUDENT_ID_MEMBERS, STUDENT_PARENTS, STUDENT_RECORD_ID, healthIdKeyEnding, normalizeHealthId, type HealthIdKind } from './health-ids.js';
import { COMMERCIAL_ID_KEYS } from './commercial-ids.js';
import { contentDigest, pseudonym, REDACTION_FAILED_MARKER } from './pseudonym.js';
import type { Detection, Detector } from './types.js';
import { cutSecretEnd, cutSecretEndAfter, secretAcrossSeam } from './cut-secrets.js';
import { cutValueAtEnd } from './cut-values.js';
import { labelAtEnd, memberValueAtStart } from './streamed-labels.js';
import { euLicenceMembers } from './eu-licences.js';
import { balanceMembers, isBalanceOrAccountKey, moneyKeyInText } from './commercial-ids.js';
import { biometricMembers, biometricRecordText, isTemplateMember, templateText } from './biometric-members.js';
import { accountIdCookieObject, accountIdCookieValue, sessionCookieObject } from './cookies.js';
import { MAX_CARRIED_TAIL, MAX_REMEMBERED_CHARS, type RememberedValue, SessionMemory, type SessionMemoryOptions, SessionValues } from './session-memory.js';
import { isWholeScriptName } from './script-names.js';
import { firmLikeName, firmPartAt, givenNameTier, isAmbiguousPersonName, isGivenNameWord, isKoreanName, isListedFirm, isListedFirstAndLast, isListedPersonName, isOrganizationValue, isLowerNameWord, isRecordNameWord, isSureGivenName, isSurnameParticle, personNameVariants, personNormalForm, isHyphenatedSurname, surnameFirstValue, titlesEnd } from './names.js';
import { attachInternals } from './internals.js';
import { RecentMap, RecurringTexts } from './internal/recent.js';
import { indexOfWithin, lineStartFrom } from './internal/lines.js';
import { coordinateColumns, coordinatesIn, mayBeSplitEmail, preciseDegreeOf, preciseE7, type CoordinateAxis, isAddressObject, isAddressObjectPart, isGeoJsonPoint, isRouteOfPoints, locationKeyKind, splitEmailOf } from './contact-shapes.js';
import { LEGAL_FORM_KEYS } from './legal-forms.js';
import { MIN_TEXT_BASE64_CHARS, mediaFromArray, mediaFromObject, mediaFromWholeString, mediaInText, mediaJson, payloadMemberOf, payloadValue } from '../internal/media.js';

/** Where `full` capture puts originals. `createVault()` returns one. */
export interface VaultWriter {
  /** Stores `plaintext` under `ref`, readable only while every subject's key exists. */
  store(entry: { ref: string; subjects: readonly string[]; plaintext: string; type: string }): Promise<void>;
}

export interface RedactorOptions {
  /** Pseudonym/digest key: a keyring, or key bytes/string. Default: the managed `pseudonym` key under `keysDir`. */
  pseudonymKey?: Keyring | Uint8Array | string;
  /** Folder of managed keys; default `$AGENT_AUDIT_HOME/keys` or `~/.config/agent-audit/keys`. */
  keysDir?: string;
  /** Built-in detectors to run (default: all). */
  builtins?: readonly BuiltinDetectorName[];
  /** Extra detectors, synchronous or asynchronous (e.g. a named-entity recognizer). */
  detectors?: readonly Detector[];
  /** Time limit of one asynchronous detector call (default 250 ms). */
  detectorTimeoutMs?: number;
  /** Object key names whose whole value is a secret (replaces the default list). */
  secretKeys?: readonly string[];
  /** Added to the secret key names. */
  extraSecretKeys?: readonly string[];
  /** Key names whose whole value is a government identifier. */
  identityKeys?: readonly string[];
  /** pino-style paths from the event root whose value is replaced whatever it holds, e.g. `attrs.customer.dob`. */
  paths?: readonly string[];
  /** Overrides of the classification policy (classes, regimes, baseline). */
  classification?: Partial<ClassificationPolicy>;
  /** Resource registry entries, added to the defaults (FHIR clinical resource types are PHI). */
  resources?: readonly ResourceRule[];
  /** `false` drops the default resource rules. */
  defaultResources?: boolean;
  /** Needed for `full` capture: originals are encrypted there. */
  vault?: VaultWriter;
  /**
   * Session memory: a value found to be personal data once (a detected span, a value under a
   * person-name, identity, secret or number key) is masked wherever it recurs later in the same
   * session or trace, with the pseudonym of its first sighting. Held in this process's memory
   * only, never written. Limits default to 1000 sessions/traces (LRU) and 256 values each;
   * `false` turns it off.
   */
  sessionMemory?: SessionMemoryOptions | false;
}

interface FieldGroupModes {
  content: CaptureMode;
  arguments: CaptureMode;
  result: CaptureMode;
}

const captureModes: readonly CaptureMode[] = ['none', 'hash', 'redacted', 'full'];

function resolveCapture(capture: CaptureMode | CapturePolicy | undefined): FieldGroupModes {
  const policy: CapturePolicy = typeof capture === 'string' ? { default: capture } : (capture ?? {});
  const fallback = policy.default ?? 'redacted';
  const pick = (mode: CaptureMode | undefined): CaptureMode => {
    const chosen = mode ?? fallback;
    // An unknown mode is treated as the safest one that keeps something: redacted.
    return captureModes.includes(chosen) ? chosen : 'redacted';
  };
  return { content: pick(policy.content), arguments: pick(policy.arguments), result: pick(policy.result) };
}

const MAX_DEPTH = 64;
/** Pseudonyms kept per generation and type in the redactor's cache (RecentMap). */
const TOKEN_GENERATION = 2048;
/** Longest string whose built-in detections are cached from its first sighting (shortDetections). */
const MAX_CACHED_TEXT = 64;
/** Longest text whose built-in detections are cached once it recurs (recurringDetections). */
const MAX_RECURRING_TEXT = 256 * 1024;
/** Characters of recurring texts held per generation of recurringDetections (two generations: at most 8 MiB of UTF-16). */
const RECURRING_TEXT_CHARS = 2 * 1024 * 1024;
/** Fingerprints of texts seen once, per generation of recurringDetections. */
const RECURRING_FINGERPRINTS = 8192;
/** Members that hold whatever their object is called (`campaign.name`, `product.title`): thingNamePath reads the object's member. */
const GENERIC_TITLE_MEMBERS = new Set(['name', 'title', 'label', 'displayname', 'display_name']);
/**
 * Objects that say they are no person (O1 and O2 of the probe of 2026-12-05h: a GitHub repository's
 * `full_name` and `name`, the web-flow committer `{ name: 'GitHub', email: 'noreply@github.com' }`, Okta
 * System Log targets of `type: 'AppInstance'`, SCIM Groups, Mailchimp tags were masked as persons under
 * their name members). The object's own type member decides (`type`, `objectType`, `@odata.type`,
 * `resourceType`, `kind`; its last segment after `.`, `#`, `:` or `/`, lower case): an app, a group, a
 * team, a bot, a service principal, a device, a repository, an organisation, a tag ... (NOT_PERSON_TYPES;
 * `User`, `AppUser`, `Person` and every type not listed decide nothing). So does a SCIM resource whose
 * `schemas` holds the Group schema, the member the object is under when it names such a thing
 * (THING_PARENTS: `repository`, `repo`, `organization`, `tags`, `labels`, `groups`, `teams`, `project`),
 * and a bot or service account: a name ending in `[bot]`, the committers GitHub and GitLab write
 * (`GitHub`, `GitLab`, `web-flow`), or a no-reply address beside a name that holds no listed given name or
 * surname (`Maria Lopez <noreply@hubspot.com>`, a notification sent on a person's behalf, stays hers; a
 * user's own `…@users.noreply.github.com` is no no-reply local part). Then the object's name members
 * (thingObjectNameKey) are read as text with no person in them; its other members as before.
 */
const NOT_PERSON_TYPES = new Set(['appinstance', 'app', 'application', 'group', 'usergroup', 'team', 'channel', 'organization', 'organisation', 'org', 'bot', 'service', 'serviceprincipal', 'device', 'repository', 'repo', 'project', 'tag', 'label', 'policy', 'policyentity', 'policyrule', 'zone', 'workspace', 'integration', 'segment', 'audience', 'campaign', 'product', 'plan', 'price', 'folder', 'site', 'school', 'district', 'course', 'class', 'section', 'holiday']);
const TYPE_MEMBERS = ['type', 'objectType', 'object_type', '@odata.type', 'resourceType', 'kind'] as const;
const THING_PARENTS = new Set(['repository', 'repositories', 'repo', 'repos', 'organization', 'organizations', 'organisation', 'organisations', 'org', 'orgs', 'tag', 'tags', 'label', 'labels', 'group', 'groups', 'team', 'teams', 'project', 'projects', 'school', 'schools', 'course', 'courses', 'class', 'classes', 'section', 'sections', 'holiday', 'holidays']);
const SERVICE_ACCOUNT_NAMES = new Set(['github', 'gitlab', 'web-flow', 'bitbucket', 'github actions', 'github-actions', 'gitlab ci']);
const NO_REPLY_LOCAL = /^(?:no-?reply|do-?not-?reply|donotreply|no_reply|noreply-[a-z0-9]+)@/i;
const SCIM_GROUP_SCHEMA = /:Group$/;
/** Whether a member's name is one a thing's object names it by (`name`, `full_name`, `displayName`, `title`). */
function thingObjectNameKey(key: string): boolean {
  if (key.length > 32) return false;
  const normalized = normalizeKeyName(key);
  return isGenericNameKey(key) || normalized === 'fullname' || normalized === 'displayname' || normalized === 'title' || normalized === 'label';
}
/** Whether a name value belongs to a bot or a service account (see NOT_PERSON_TYPES' note). */
function serviceAccountName(name: string, emails: readonly string[]): boolean {
  const text = name.trim();
  if (text.length === 0 || text.length > 64) return false;
  if (/\[bot\]$/i.test(text) || SERVICE_ACCOUNT_NAMES.has(text.toLowerCase())) return true;
  if (!emails.some((email) => NO_REPLY_LOCAL.test(email.trim()))) return false;
  return !text.split(/[\s,.-]+/).some((word) => word !== '' && isListedPersonName(word));
}
/** Members an animal's object stands under (`pet`, `pets[]`, `animal`, `dog`): its name is the animal's. */
const ANIMAL_PARENTS = new Set(['pet', 'pets', 'animal', 'animals', 'dog', 'dogs', 'cat', 'cats', 'horse', 'horses', 'canine', 'feline', 'puppy', 'kitten']);
/** An animal's kind as its object's `type` or `kind` says it (`{ name: 'Charlie', type: 'dog' }`). */
const ANIMAL_KINDS = new Set(['dog', 'cat', 'canine', 'feline', 'equine', 'horse', 'pony', 'rabbit', 'hamster', 'guineapig', 'ferret', 'parrot', 'bird', 'budgie', 'reptile', 'lizard', 'snake', 'tortoise', 'turtle', 'puppy', 'kitten', 'rodent', 'avian', 'bovine', 'ovine', 'caprine', 'porcine', 'pet', 'animal']);
/** Members that say an object is an animal's whatever they hold (but a human species): a species, a breed. */
const ANIMAL_MEMBERS = new Set(['species', 'breed', 'animaltype', 'pettype', 'petspecies', 'animalspecies']);
const HUMAN_SPECIES = /^(?:human|humans|homo sapiens|person|people|man|woman)$/i;
/** A pet's name: one word of letters (an apostrophe, a dot or a dash inside), 24 characters at most. */
const PET_NAME = /^\s*[\p{L}][\p{L}\p{M}'’.-]{0,23}\s*$/u;
/**
 * Whether an object is an animal's (O3 of the README-only probe of 2026-12-06b: a vet's
 * `{pet:{name:'Luna',species:'cat'}}` had the pet's name masked as a person, and remembered for the
 * session): under an animal's member (ANIMAL_PARENTS), beside a `species` or `breed` member that is
 * no human's, or of a `type`/`kind` that is an animal (ANIMAL_KINDS), whose name is one word
 * (PET_NAME). A pet's name is no personal data; its owner's stays masked (an `owner` member or
 * object is read as before), and so do two words or more under the name member.
 */
function animalObject(value: Readonly<Record<string, unknown>>, keys: readonly string[], parent: string | undefined): boolean {
  // A pet's name is one word (`Luna`, `Mr.Whiskers`); two words or more under it (`Maria Garcia`) may be the owner's, read as before.
  if (keys.some((key) => isGenericNameKey(key) && typeof value[key] === 'string' && !PET_NAME.test(value[key] as string))) return false;
  if (parent !== undefined && parent.length <= 16 && ANIMAL_PARENTS.has(parent.toLowerCase())) return true;
  for (const key of keys) {
    const member = value[key];
    if (typeof member !== 'string' || member.length > 40 || key.length > 16) continue;
    const name = normalizeKeyName(key);
    if (ANIMAL_MEMBERS.has(name) && member.trim() !== '' && !HUMAN_SPECIES.test(member.trim())) return true;
    if ((name === 'type' || name === 'kind') && ANIMAL_KINDS.has(member.toLowerCase().replace(/[^a-z]/g, ''))) return true;
  }
  return false;
}
/** Whether an object says it is no person (see NOT_PERSON_TYPES' note); `parent` is the member it is under, `genericName` whether a key is a generic name's, `typeMember` whether a key is one of TYPE_MEMBERS or `schemas` (ObjectShape). */
function thingObjectOf(value: Readonly<Record<string, unknown>>, keys: readonly string[], parent: string | undefined, genericName: boolean, typeMember: boolean): boolean {
  if (parent !== undefined && parent.length <= 16 && THING_PARENTS.has(parent.toLowerCase())) return true;
  if (genericName && keys.length <= 32 && animalObject(value, keys, parent)) return true;
  // (Without a type member or `schemas` among `keys`, nothing below but the generic name's test can answer true.)
  if (!typeMember && !genericName) return false;
  if (typeMember) for (const member of TYPE_MEMBERS) {
    const type = value[member];
    if (typeof type !== 'string' || type.length > 80) continue;
    const last = type.slice(Math.max(type.lastIndexOf('.'), type.lastIndexOf('#'), type.lastIndexOf(':'), type.lastIndexOf('/')) + 1);
    if (NOT_PERSON_TYPES.has(last.toLowerCase().replace(/[^a-z]/g, ''))) return true;
  }
  const schemas = value.schemas;
  if (Array.isArray(schemas) && schemas.length <= 8 && schemas.some((schema) => typeof schema === 'string' && SCIM_GROUP_SCHEMA.test(schema))) return true;
  if (!genericName) return false;
  const names = keys.filter((key) => typeof value[key] === 'string' && isGenericNameKey(key));
  if (names.length === 0) return false;
  const emails = keys.filter((key) => /mail/i.test(key) && typeof value[key] === 'string').map((key) => value[key] as string);
  return names.some((key) => serviceAccountName(value[key] as string, emails));
}
/** A listed first name and a listed surname, nothing else (`Amara Okafor`: a person wherever it stands). */
const listedFullName = (span: string): boolean => {
  const words = span.trim().split(/\s+/);
  return words.length === 2 && isListedFirstAndLast(words[0] as string, words[1] as string);
};
/** The longest value under a thing's key read as a thing's name (redactText), and its shape: up to five words, no sentence punctuation. */
const MAX_THING_NAME = 48;
const WORDS_OF_A_NAME = /^\s*[\p{L}\p{N}'’&+-]+(?:\s[\p{L}\p{N}'’&+-]+){0,4}\s*$/u;
/**
 * A work's or a course's title of two authors, one word each (issue 11, O2's open part of probe-2026-12-05i:
 * `{title:'Shakespeare and Marlowe'}`, `{title:'Goethe and Schiller'}` under a lone `title` member): no person's name,
 * as a `title` member holds a thing's; a full name there (`Anna Schmidt and Peter Braun`) reads as before.
 */
const TWO_AUTHORS_TITLE = /^\p{Lu}[\p{L}\p{M}'’-]{1,30} (?:and|&|und|et|e|y) \p{Lu}[\p{L}\p{M}'’-]{1,30}$/u;
const titleMember = (path: readonly string[]): boolean => {
  for (let k = path.length - 1; k >= 0; k--) {
    const member = path[k] as string;
    if (!/^\d+$/.test(member)) return member.toLowerCase() === 'title';
  }
  return false;
};
const NO_DETECTIONS: readonly Detection[] = Object.freeze([]);
/** JSON inside a string inside JSON...: levels parsed, and the longest string parsed. */
const MAX_EMBEDDED_JSON_DEPTH = 3;
const MAX_EMBEDDED_JSON_CHARS = 1 << 20;

/** A word of a header that names a city (key-names.ts PLACE_NAME_WORDS but `ort`, a part of many words): placeColumnPersons's cheap gate. */
const mayHoldPlaceHeader = gatedTest(/city|town|locality|municipality|village|suburb|hamlet|borough|ciudad|ville|stadt|citta|cidade|localidad|localite|gemeinde|county|parish|province|prefecture|canton|kreis/i);
/** The index of the first of `cells` (in the text's order) that ends after `position`; `cells.length` when none does. */
function firstCellEndingAfter(cells: readonly TableCell[], position: number): number {
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cells[mid] as TableCell).end <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The object or array a string holds as JSON (`'{"a":1}'`), or undefined. Bounded by MAX_EMBEDDED_JSON_CHARS. */
function parseEmbeddedJson(text: string): object | undefined {
  if (text.length < 2 || text.length > MAX_EMBEDDED_JSON_CHARS) return undefined;
  let first = 0;
  while (first < text.length && text.charCodeAt(first) <= 32) first++;
  let last = text.length - 1;
  while (last > first && text.charCodeAt(last) <= 32) last--;
  const open = text[first];
  const close = text[last];
  if (!((open === '{' && close === '}') || (open === '[' && close === ']'))) return undefined;
  // Nested deeper than the walk goes: text, not a document (a fresh attacker's 262,144 nested
  // brackets overflowed the stack in JSON.stringify, and the whole event was masked as failed).
  if (nestedDeeperThan(text, first, last, MAX_DEPTH)) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the JSON text between `from` and `to` (inclusive) opens more than `limit` objects or
 * arrays inside one another: one pass, brackets inside strings (and escaped quotes) not counted.
 */
function nestedDeeperThan(text: string, from: number, to: number, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = from; i <= to; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92) i++; // backslash: the next character is escaped
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      if (++depth > limit) return true;
    } else if (code === 125 || code === 93) depth--;
  }
  return false;
}

/**
 * The digits of a JSON number that is a payment card under any key: 13-19 digits, Luhn-valid,
 * with an issuer's prefix. Numbers above 2^53 are imprecise in JS; their printed digits decide.
 */
function cardNumber(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1e12 || value >= 1e19) return undefined;
  const digits = BigInt(value).toString();
  if (digits.length < 13 || digits.length > 19) return undefined;
  const printed = String(value);
  for (const candidate of printed === digits ? [digits] : [digits, printed]) {
    if (/^\d{13,19}$/.test(candidate) && luhnValid(candidate) && cardIssuer(candidate) !== undefined) return candidate;
  }
  return undefined;
}

/** A listed name, or one Hangul word that reads as a Korean name (names.ts isKoreanName): a role key's value of one word (personRoleValue). */
const listedOrKoreanName = (word: string): boolean => isListedPersonName(word) || isKoreanName(word);

/** A health identifier's member (`mrn`, `memberId`, `vin`, ...: HEALTH_ID_KEYS) decides as its kind. */
type KeyDecision = 'login' | 'email' | 'latitude' | 'longitude' | 'latitudeE7' | 'longitudeE7' | 'birthOrDeath' | 'identity' | 'identityPassport' | 'identityLicence' | 'secret' | 'keyLike' | 'tokenKey' | 'person' | 'dob' | 'address' | 'addressNumber' | 'streetLine' | 'thingId' | 'bareAccount' | 'recipient' | RoleDecision | 'mrz' | HealthIdKind | NumberKeyKind | GovernmentIdKey | 'none';
/**
 * A member name that says a person's role (`beneficiary`, `assignee`, `customer`: key-names.ts
 * personRoleTier): its value is a PERSON when it has a name's shape (personRoleValue). Under a
 * recipient's name (`recipient`, `sender`, `emergency_contact`) a phone first, then a name.
 */
type RoleDecision = `role-${PersonRoleTier}` | `recipient-${PersonRoleTier}`;
const ROLE_TIERS: ReadonlyMap<string, PersonRoleTier> = new Map([
  ['role-strong', 'strong'], ['role-role', 'role'], ['role-weak', 'weak'], ['recipient-strong', 'strong'], ['recipient-role', 'role'], ['recipient-weak', 'weak'],
  ['role-customer', 'customer'], ['recipient-customer', 'customer'],
]);
/** A customer's value that names a firm, a product or a listed firm named after persons (`Acme Trading`, `GitHub`, `Morgan Stanley`). */
const customerFirm = (value: string): boolean => firmLikeName(value) || isOrganizationValue(value) || isListedFirm(value.trim().replace(/\s+/g, ' '));
/** Generic id column names (normalizeKeyName's form): a row's id, or a person's national number beside a person's columns (personIdColumns). */
const GENERIC_ID_COLUMNS: ReadonlySet<string> = new Set(['id', 'idno', 'idnumber', 'idnr', 'identifier', 'identity', 'identityno', 'identitynumber', 'kimlik', 'kimlikno']);
/** Member names of an account's name (normalizeKeyName's form): its value is a PERSON when it spells one (account-names.ts accountPersonValue). */
const LOGIN_KEYS: ReadonlySet<string> = new Set(['username', 'usernames', 'loginname', 'login', 'logonname', 'samaccountname', 'rolesessionname', 'sessionname', 'iamuser', 'iamusername', 'sshuser', 'unixuser', 'osuser', 'sourceidentity', 'userid', 'uid', 'accountid', 'loginid', 'useraccount', 'accountusername']);
/** Members whose object is an account (`user: { name }`): its generic name member is the account's name. */
const ACCOUNT_HOLDERS: ReadonlySet<string> = new Set(['user', 'users', 'account', 'accounts', 'iamuser', 'useridentity', 'actor', 'principal', 'owner', 'impersonateduser', 'member', 'members']);
/** Terraform resource types whose `result` attribute is a generated secret (the member's name says nothing). */
const TERRAFORM_SECRET_TYPES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['random_password', new Set(['result'])],
  // A random_string's `id` is its `result` (a random_password's is `none`).
  ['random_string', new Set(['result', 'id'])],
  // The secret's `value`, resource and data source (terraform-secrets.ts reads their text forms).
  ['azurerm_key_vault_secret', new Set(['value'])],
]);
/** Python's `KeyError: '<key>'` with a key of one capitalized word (keyErrorNames; global). */
const KEY_ERROR = /\bKeyError: (['"])(\p{Lu}[\p{Ll}\p{M}'’-]{2,30})\1/gu;
/** Members that say what kind of party an object is (personObjectTier), as normalizeKeyName writes them. */
const PARTY_KIND_MEMBERS: ReadonlySet<string> = new Set(['role', 'relationship', 'relation', 'persontype', 'partytype', 'participanttype', 'contacttype', 'type', 'kind']);
/** A person's attributes beside a generic name (personObjectTier), as normalizeKeyName writes them. */
const PERSON_ATTRIBUTE_MEMBERS: ReadonlySet<string> = new Set(['age', 'gender', 'sex', 'pronouns', 'pronoun']);
/** What a value under a key is (redactor's keyedValue): a token's type, a data class, the normalized form (undefined: as written). */
interface KeyedValue {
  type: string;
  class: string;
  normalized: string | undefined;
}
function isRoleDecision(decision: KeyDecision): decision is RoleDecision {
  return typeof decision === 'string' && ROLE_TIERS.has(decision);
}
/**
 * Whether the member `key` of an object under a member that decided `inherited` takes that
 * decision: under a phone, card or account member its `data`, `value`, `number`; under an
 * identifier's member also `ID`, `Value`, `Number`, `documentNumber`, ..., when the value holds a
 * digit (`passport: { number: 'X5522019', country }`; `ssn: { value: 'see note', source }` stays).
 */
function inheritedBy(inherited: KeyDecision, key: string, child: JsonValue): boolean {
  if (!isIdDecision(inherited)) return INHERITING_MEMBERS.has(key);
  return DOCUMENT_NUMBER_MEMBERS.has(key) && ((typeof child === 'number' && Number.isSafeInteger(child)) || (typeof child === 'string' && /\d/.test(child)));
}
/**
 * A dotted field path as query languages write one (`patients.lastName`, `a.b_c.d`), or a key
 * namespaced by `:` or `/` as memory stores and caches write one (`user:1182:name`,
 * `user/first_name`, `mem:user:spouse_name`): no blanks, no `@`, the segments words or ids, the
 * last one a word.
 */
const FIELD_PATH = /^[A-Za-z0-9_][\w-]{0,63}(?:[.:/][A-Za-z0-9_][\w-]{0,63}){0,6}[.:/][A-Za-z_][\w-]{0,63}$/;
/** Where a field path's last segment starts (after its last `.`, `:` or `/`). */
const lastSegmentStart = (key: string): number => Math.max(key.lastIndexOf('.'), key.lastIndexOf(':'), key.lastIndexOf('/')) + 1;
/** Whether a namespace's last word segment (ids such as `1182`, `9f2` skipped) names a person who has a name (`user`, `contact`, `caller`, `patient`: key-names.ts isNameOwnerWord). */
function namespacedNameOwner(namespace: string): boolean {
  const segments = namespace.split(/[.:/]/);
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i] as string;
    if (/\d/.test(segment)) continue;
    return isNameOwnerWord(normalizeKeyName(segment));
  }
  return false;
}
/** A MongoDB aggregation field reference: `$` and a field or a dotted field path (`$lastName`, `$patient.ssn`). */
const FIELD_REFERENCE = /^\$[A-Za-z_][\w-]{0,63}(?:\.[A-Za-z_][\w-]{0,63}){0,7}$/;
/**
 * A decision that a value is a person's identifier of one kind (a government id, a health
 * identifier): what a type reference beside a generic member may name, and what an enclosing
 * member passes to its object's generic members (`National_ID: [{ ID }]`, `passport: { number }`).
 */
/** A NACHA individual identification number: an account number, as in the record's text (bank-messages.ts). */
const NACHA_INDIVIDUAL_ID: KeyDecision = FIELD_DETECTIONS.account;
/** What a fixed-layout message's field kind (internal/field-kinds.ts) decides for a JSON member holding it. */
function fieldKindDecision(kind: FieldKind, value: JsonValue): KeyDecision {
  switch (kind) {
    case 'name': return 'person';
    // A street line or a postal code holds digits (read as a numbered part), a city none.
    case 'address': return typeof value === 'number' || (typeof value === 'string' && /\d/.test(value)) ? 'addressNumber' : 'address';
    case 'phone': return 'PHONE';
    case 'email': return 'email';
    case 'date': return 'dob';
    case 'ssn': return 'identity';
    default: return FIELD_DETECTIONS[kind];
  }
}
function isIdDecision(decision: KeyDecision): boolean {
  return typeof decision === 'object' || decision === 'identity' || decision === 'identityPassport' || decision === 'identityLicence'
    || decision === 'NATIONAL_ID' || decision === 'PASSPORT' || decision === 'DRIVER_LICENSE' || decision === 'SOCIAL' || decision === 'RG' || decision === 'NIP' || decision === 'IK' || decision === 'ANUMBER';
}
/** A passport's or an identity card's machine-readable zone by its member name (ICAO Doc 9303): every line of it is identity data. */
const MRZ_KEYS: ReadonlySet<string> = new Set(['mrz', 'mrzlines', 'mrzline', 'mrzline1', 'mrzline2', 'mrzline3', 'mrztext', 'mrzcode', 'mrzdata', 'machinereadablezone']);
const LEADING_CALLING_PLUS = /^\s*\+/;
/** Members only a place or business search result has (Google Places, Yelp Fusion, Foursquare Places). */
const BUSINESS_RESULT_KEYS: ReadonlySet<string> = new Set(['place_id', 'business_status', 'user_ratings_total', 'formatted_phone_number', 'international_phone_number', 'opening_hours', 'price_level', 'vicinity', 'review_count', 'is_closed', 'fsq_id', 'yelp_id']);
/** A business result's contact members, kept as the business's. */
const BUSINESS_RESULT_CONTACT_KEYS: ReadonlySet<string> = new Set(['formatted_address', 'formatted_phone_number', 'international_phone_number', 'vicinity', 'display_phone', 'phone', 'address', 'tel', 'telephone']);
/**
 * A company's own name beside its address (O1 of the probe of 2026-12-05a): members naming the company
 * the object is about, and members naming that company's premises, as normalizeKeyName writes them.
 * `{ company: 'Acme Corp', hq: '5757 N Green Bay Ave, …' }`, `storeAddress`, `returnAddress`: the
 * address is the company's, no person's. A plain `address` says nothing of whose it is (`{ name,
 * company, address }` is a person's card with an employer), and an object under another member
 * (`contact: { name, address }`) is read on its own.
 */
const COMPANY_NAME_KEYS: ReadonlySet<string> = new Set(['company', 'companyname', 'organization', 'organisation', 'organizationname', 'organisationname', 'orgname', 'legalname', 'businessname', 'registeredname', 'merchant', 'merchantname']);
/**
 * A bank's and a branch's codes (US ABA routing, UK sort code, Australian BSB) beside the bank's name
 * or SWIFT/BIC code in one object (`{ aba, bank: 'Bank of America' }`, `{ aba, sortCode, swift,
 * bankIban }`): the bank's published directory numbers, no person's (O5 of the thirteenth probe,
 * 2026-12-05f: typed ACCOUNT_NUMBER). Alone, or beside an account only, they stay masked as the
 * codes that go with a person's account (a probe of 2026-12-03). A person's account beside them
 * (`accountNumber`, an IBAN) is masked whatever is beside it.
 */
const BANK_CODE_KEYS: ReadonlySet<string> = new Set(['aba', 'abanumber', 'abarouting', 'abaroutingnumber', 'routingnumber', 'routingno', 'routingtransitnumber', 'routing', 'rtn', 'sortcode', 'sortcodenumber', 'bsb', 'bsbnumber', 'bsbcode']);
const BANK_NAME_KEYS: ReadonlySet<string> = new Set(['bank', 'bankname', 'nameofbank', 'institution', 'institutionname', 'financialinstitution', 'swift', 'swiftcode', 'bic', 'biccode', 'swiftbic']);
/** A bank's name (letters, with `Bank`, a legal form or a capitalized word) or a BIC (8 or 11 characters: ISO 9362). */
const BANK_NAME_VALUE = /^(?:[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?|\p{Lu}[\p{L}&.,' -]{1,60})$/u;
const COMPANY_ADDRESS_KEYS: ReadonlySet<string> = new Set(['hq', 'hqaddress', 'headquarters', 'headquartersaddress', 'headoffice', 'headofficeaddress', 'registeredoffice', 'registeredofficeaddress', 'registeredaddress', 'companyaddress', 'corporateaddress', 'storeaddress', 'shopaddress', 'warehouseaddress', 'returnaddress', 'returnsaddress']);
/**
 * Legal forms of a company (a legal person): a business without one may be a sole trader, a natural
 * person whose business address is often their home (`{ businessName: 'Qxaro Vlintuk Plumbing',
 * address }`), and stays masked.
 */
// The forms of every EU country and the Nordics come from legal-forms.ts' one table (O2 of the probe of 2026-12-05g).
const LEGAL_FORMS: ReadonlySet<string> = new Set(['incorporated', 'corporation', 'co', 'company', 'kk', ...LEGAL_FORM_KEYS]);
/** True for a company's name with a legal form at its end and no listed given name and surname in it (`Acme Corp`; not `Amara Okafor LLC`, `Qxaro Vlintuk Plumbing`). */
function legalEntityName(value: string): boolean {
  if (value.length > 80) return false;
  const words = value.trim().split(/[\s,]+/).filter((word) => word !== '');
  if (words.length < 2 || !LEGAL_FORMS.has((words[words.length - 1] as string).toLowerCase().replace(/[.'’]+$/, '').replace(/[./]/g, ''))) return false;
  for (let at = 0; at + 1 < words.length - 1; at++) if (isListedFirstAndLast(words[at] as string, words[at + 1] as string)) return false;
  return true;
}
/**
 * A value that is one number as written (digits, blanks and `-./#()` between them) and does not
 * start with a calling code: under a key that names a thing's identifier (`sku`, `order_id`) it is
 * that identifier, no phone number or SSN.
 */
const ONE_NUMBER = /^[\s#(]*\d[\d\s\-./#()]{0,38}$/;
/** A cell that is one pseudonym token already. */
/** The members of an object under a phone/card/account key that hold the number itself (Plaid `{ data, primary, type }`). */
const INHERITING_MEMBERS: ReadonlySet<string> = new Set(['data', 'value', 'number']);
const WHOLE_TOKEN = /^\[[A-Z_]+:psn_[A-Za-z0-9]+_[a-z2-7]+\]$/;
/**
 * The decisions a key in text takes over from a member's (keyedDetections): not a secret's, which
 * the text detectors read in these forms already (detectAssignments), nor a thing's id or a table's
 * email column. A date of birth's is read apart (a date at the value's start: birthDateSpelling).
 */
function takesTextDecision(decision: KeyDecision): boolean {
  return decision !== 'none' && decision !== 'secret' && decision !== 'keyLike' && decision !== 'tokenKey' && decision !== 'dob' && decision !== 'birthOrDeath' && decision !== 'thingId' && decision !== 'email';
}
/** Capitalized words only, no digit (`Vlintuk`, `Jean Dupont`, `O'Neil`): a lone name key's value in text (isLoneNameKey). */
const CAPITALIZED_WORDS = /^\p{Lu}[\p{L}\p{M}'’.-]{0,40}(?:[ \t]\p{Lu}[\p{L}\p{M}'’.-]{0,40}){0,4}$/u;
/** The length of `value` up to the end of its last word that holds a digit (all of it when none does). */
function upToLastDigitWord(value: string): number {
  let end = value.length;
  for (;;) {
    let start = end;
    while (start > 0 && !/\s/.test(value[start - 1] as string)) start--;
    if (start === 0 || /\d/.test(value.slice(start, end))) return end;
    end = start;
    while (end > 0 && /\s/.test(value[end - 1] as string)) end--;
    if (end === 0) return value.length;
  }
}
/**
 * Whether a phone of `found` holds the value from `start` to `end` of `text` and runs on past it, or holds it whole
 * when it has ten digits or more (no postal code has: a ZIP+4 has nine): the value is that phone, or a part of it.
 */
function phoneHoldsValue(text: string, found: readonly Detection[], start: number, end: number): boolean {
  for (const each of found) {
    if (each.type !== 'PHONE' || each.start > start || each.end < end) continue;
    if (each.end > end || text.slice(start, end).replace(/\D+/g, '').length >= 10) return true;
  }
  return false;
}
/**
 * A value in text that stands for none: a type in a schema or a signature (`first_name: str`,
 * `lastName: string;`, `phone: Optional[str]`), a variable or a template (`$FIRST_NAME`,
 * `{{ user.name }}`, `%(name)s`), markup.
 */
const NOT_A_VALUE = /^(?:[$%{<]|(?:str|string|int|integer|float|double|number|bool|boolean|none|null|nil|undefined|any|optional|list|dict|object|date|datetime|text|varchar|char|uuid|required|true|false)(?![\p{L}\p{N}_]))/iu;

/**
 * A FHIR Patient resource (`{"resourceType":"Patient","id":"00482913"}`) or an object typed a
 * patient (`{"type":"patient","id":…}`): its `id` is the patient's logical id, an identifier of the
 * person (HIPAA Safe Harbor (R), "any other unique identifying number"; probe 6 of 2026-12-03). Not
 * another resource's id (`Observation/123`). Masked as `MRN`, as a `Patient/<id>` reference in text.
 */
function isPatientObject(value: Record<string, JsonValue>): boolean {
  const type = value.resourceType ?? value.type ?? value.kind;
  return typeof type === 'string' && type.toLowerCase() === 'patient';
}
/**
 * An IPv4 address as its 32-bit integer (`{"client_ip":3405803833}`, as databases and some
 * loggers store it; probe 6 of 2026-12-03) under a member named as an IP address (`ip`,
 * `client_ip`, `remoteIp`, `ipv4`, `ip_address`, `src_ip_addr`): its dotted form, or undefined.
 * A number from 1.0.0.0 (16777216) to 4294967295, or a string of its digits; other numbers stay.
 */
function ipv4OfInteger(key: string, value: JsonValue): string | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d{8,10}$/.test(value) ? Number(value) : undefined;
  if (number === undefined || !Number.isSafeInteger(number) || number < 16_777_216 || number > 4_294_967_295) return undefined;
  const words = keyWords(key);
  const last = words[words.length - 1];
  const named = last === 'ip' || last === 'ipv4' || ((last === 'address' || last === 'addr') && (words[words.length - 2] === 'ip' || words[words.length - 2] === 'ipv4'));
  if (!named || words.length > 5) return undefined;
  return [number >>> 24, (number >>> 16) & 255, (number >>> 8) & 255, number & 255].join('.');
}
/**
 * `birth`, `death`, `died`, `deceased` alone: a date of birth or death when the value starts with
 * a date (`{"birth":"1984-03-12"}` was stored raw, probe 6 of 2026-12-03); a place or a flag stays
 * (`{"birth":"Auckland"}`, `{"deceased":"no"}`). Masked as `DOB`, as the date-of-birth keys are.
 */
const BIRTH_OR_DEATH_KEYS: ReadonlySet<string> = new Set(['birth', 'death', 'died', 'deceased', 'dod']);
const STARTS_WITH_DATE = /^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{8}(?!\d))/;
const PATIENT_ID: HealthIdKind = HEALTH_ID_KEYS.get('mrn') as HealthIdKind;
/** A social network's account id under its cookie's name or as a cookie object's value (cookies.ts accountIdCookieValue). */
const ACCOUNT_ID_COOKIE: HealthIdKind = { type: 'IDENTIFIER', class: 'pii' };
/** Member names that are an account-id cookie's (`c_user`, `ds_user_id`, `twid`), exactly: their value when it is one (`{"c_user":"100012345678901"}`). */
const accountIdCookieMember = (key: string, child: JsonValue): boolean => (typeof child === 'string' || (typeof child === 'number' && Number.isSafeInteger(child))) && key.length <= 10 && accountIdCookieValue(key, String(child));
/** What sets a text table's cells apart (tables.ts): a span holding one may run over two cells (withinCells). */
const CELL_BREAK = /[\n\t,;|]/;
/** Blanks and quotes at a cell's ends, left out of a span cut to the cell. */
const CELL_PAD = /[\s"'`]/;
/** A letter or a digit: what a span holds outside the cells of a table only when it is no value of that table (runsOutOfCells). */
const WORD_OUTSIDE_CELL = /[\p{L}\p{N}]/u;
/**
 * A bare registry id's member (`registryId`, `registry_number`, `registryNo`): an immunisation
 * information system's record of the patient beside a patient's members (`{ patientName,
 * registryId: '88120334' }`: a record number, HIPAA's identifier (45 CFR 164.514(b)(2)(i)(H)) as
 * `iisId` is; health-ids.ts), a container registry's or a package registry's elsewhere
 * (`{ registryId: 'docker.io' }`, ECR's `registryId`, an AWS account: structure). Decided by the
 * object's other members (patientRecordBeside) and the value's shape (registryRecordValue); the
 * misc brief of 2026-12-05, item 3.
 */
const REGISTRY_ID_KEYS: ReadonlySet<string> = new Set(['registryid', 'registrynumber', 'registryno', 'registrynr', 'registryref']);
const isRegistryIdKey = (key: string): boolean => key.length <= 24 && /registry/i.test(key) && REGISTRY_ID_KEYS.has(normalizeKeyName(key));
/**
 * Members that make an object a patient's record: a patient's own (`patientName`, `patient`,
 * `patient_dob`), a medical record number's (HEALTH_ID_KEYS' MRN kind), an immunisation's
 * (`vaccine`, `vaccineCode`, `immunization`, `cvx`), or a FHIR Patient's `resourceType`.
 */
const PATIENT_RECORD_MEMBER = /^(?:patient|vaccin|immuni[sz]ation|cvx)/;
function patientRecordBeside(value: Record<string, JsonValue>, keys: readonly string[]): boolean {
  if (isPatientObject(value)) return true;
  return keys.some((key) => {
    if (key.length > 48 || isRegistryIdKey(key)) return false;
    const name = normalizeKeyName(key);
    return PATIENT_RECORD_MEMBER.test(name) || HEALTH_ID_KEYS.get(name) === PATIENT_ID;
  });
}
/**
 * A registry's record number as a value: 5 to 24 letters, digits, blanks and dashes with five digits
 * or more (`88120334`, `IIS-88120334`), not a host (`docker.io`). Not after a registry's name that
 * health-ids.ts reads before its number (`NYSIIS-88120334`, `ImmTrac2-…`: it masks the number
 * alone, in text and under any member, so both get one pseudonym).
 */
function registryRecordValue(child: JsonValue): boolean {
  const text = typeof child === 'number' ? String(child) : typeof child === 'string' ? child.trim() : '';
  if (!/^[A-Za-z0-9][A-Za-z0-9 -]{4,23}$/.test(text) || /^(?:nysiis|immtrac2?)-/i.test(text)) return false;
  let digits = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) digits++;
  return digits >= 5;
}
/** keyedValue's number under a number key: its punctuation (left out), its shape once compact, and four digits in a row (module constants: a literal there was a RegExp per value; none keeps state between calls, `replace` starts a global one at 0). */
const NUMBER_PUNCTUATION = /[\s\-./()+]/g;
const NUMBER_SHAPE = /^[A-Za-z0-9]{6,34}$/;
const FOUR_DIGITS = /\d{4}/;
const NON_DIGITS = /\D/g;
/**
 * The members of an identity document's object that hold its number (`{"type":"passport","number":"X1234567"}`),
 * and the generic members an identifier stands under beside its type or under its kind's member
 * (Workday `{ ID, ID_Type_Reference }`, `{ IdentificationType, Value }`; not `id`, a record's).
 */
const DOCUMENT_NUMBER_NAMES: ReadonlySet<string> = new Set(['number', 'value', 'documentNumber', 'document_number', 'docNumber', 'doc_number', 'no', 'num', 'nr', 'ID', 'Id', 'Value', 'VALUE', 'Number', 'NUMBER',
  // Spanish and Portuguese (`{"tipo":"CC","numero":…}`, `numeroDocumento`; L16 of 2026-12-05f).
  'numero', 'número', 'nro', 'numeroDocumento', 'numero_documento', 'numeroDoc', 'nroDocumento', 'nro_documento', 'numeroIdentificacion', 'numero_identificacion']);
/**
 * A document's number by its words, in any case and joiner: `doc`/`document` then
 * `number`/`no`/`num`/`nr` (`docNo`, `DocNo`, `doc_no`, `documentNo`, `DocumentNumber`, `docNum`;
 * L10 of the sixth probe of 2026-12-04: APIS `{docNo, docType:'P'}` was stored raw).
 */
const DOCUMENT_NUMBER_NAME = /^doc(?:ument)?[-_]?(?:number|no|num|nr)$/i;
const DOCUMENT_NUMBER_MEMBERS = { has: (key: string): boolean => DOCUMENT_NUMBER_NAMES.has(key) || (key.length <= 16 && DOCUMENT_NUMBER_NAME.test(key)) };
/**
 * Whether a PERSON reading is one ordinary English word that the name lists hold as no name, in any
 * case (`Urgent`, `Pending`, `Sorry`, `Apologies`, `Central`: read as a signer after a sign-off or as
 * a lone name by a weak cue): masked where it was read, but not remembered for the session, where it
 * masked the word in every later event and inside ids (O9 of the probe of 2026-12-06: `This is
 * [PERSON], please escalate; priority: [PERSON]` after `Thanks,\nUrgent`). A word the lists hold as a
 * name is remembered as before, also one that is a word too (names.ts isRecordNameWord,
 * isAmbiguousPersonName, isGivenNameWord: `Ngozi`, `Tawhiri`, an unlisted word; `Grace`, `Auth`,
 * `Molina`), and so is a value a key rule masked (`{ surname: 'Baker' }`: wholeValue).
 */
function loneOrdinaryWord(type: string, raw: string): boolean {
  if (type !== 'PERSON' || raw.length > 32) return false;
  const word = raw.trim();
  if (word.length < 2 || !/^[A-Za-z]+$/.test(word)) return false;
  const capitalized = (word[0] as string).toUpperCase() + word.slice(1).toLowerCase();
  return !isRecordNameWord(capitalized) && !isAmbiguousPersonName(word) && !isGivenNameWord(capitalized);
}

/** Member names that name a key by its name, so that the object's `value` is the key (`keyName`, az CLI; `secretName`, `tokenName`, `credentialName`). */
const KEY_NAME_MEMBERS: ReadonlySet<string> = new Set(['keyname', 'secretname', 'tokenname', 'credentialname', 'accesskeyname', 'apikeyname']);
/**
 * Whether an object's members (or a table's columns) are a key's name and its value: a `keyName`
 * member (KEY_NAME_MEMBERS, any case, `_` and `-` left out) and a `value` member, as `az storage
 * account keys list` prints a storage account's keys (`{ keyName: 'key1', permissions: 'FULL',
 * value }`, also as a table). The value is then read as under a key's name (the 'tokenKey'
 * decision: masked when it has a random token's or a base64 key's shape; `{ keyName: 'ttl',
 * value: '3600' }` stays).
 */
function keyNamedValue(names: readonly string[]): boolean {
  let named = false;
  let valued = false;
  for (const name of names) {
    if (name.length > 16) continue;
    const lower = name.toLowerCase();
    if (lower === 'value') valued = true;
    else if (KEY_NAME_MEMBERS.has(lower.replace(/[_-]/g, ''))) named = true;
  }
  return named && valued;
}

/**
 * A value under a key named exactly `key` is a secret when it looks like one: 12+ characters
 * without spaces or dots, letters and digits mixed, not a path (`{ key: 'ArrowDown' }`,
 * `{ key: 'photos/2024/cat.jpg' }`, `{ key: 'X-Api-Key', value }` stay), not words and numbers
 * joined by `-`, `_` or `:` (`{ key: 'order-000123' }`, a Kafka record's key).
 */
function keyLikeValue(value: string): boolean {
  if (value.length < 12 || value.length > 4096 || !/^[A-Za-z0-9_\-+/=]+$/.test(value)) return false;
  if (!/[A-Za-z]/.test(value) || !/\d/.test(value) || value.split('/').length > 2) return false;
  // Words and numbers joined by `-`, `_` or `:` (a Kafka record's or a cache's key: `order-000123`,
  // `invoice-2026-0042`, `user-profile-v2`; the fourth probe of 2026-12-04, Q2) name a record.
  if (/[-_:]/.test(value) && value.split(/[-_:]/).every((part) => /^(?:[A-Za-z]{1,24}|\d{1,12}|[A-Za-z]{1,2}\d{1,3})$/.test(part))) return false;
  return !/^(.)\1*$/.test(value);
}
/** A coordinate column's decision (columnDecisions) and back (keyedValue). */
const AXIS_DECISIONS = { lat: 'latitude', lon: 'longitude', latE7: 'latitudeE7', lonE7: 'longitudeE7' } as const;
const AXIS_OF = { latitude: 'lat', longitude: 'lon', latitudeE7: 'latE7', longitudeE7: 'lonE7' } as const;
const LATITUDE_KEYS = ['latitude', 'lat', 'Latitude', 'Lat', 'LATITUDE'];
/** Degrees times 10^7 as integers (Google's location history, `Records.json`: `latitudeE7`, `longitudeE7`). */
const LATITUDE_E7_KEYS = ['latitudeE7', 'latE7', 'latitude_e7', 'lat_e7'];
const LONGITUDE_E7_KEYS = ['longitudeE7', 'lngE7', 'lonE7', 'longitude_e7', 'lng_e7', 'lon_e7'];
const LONGITUDE_KEYS = ['longitude', 'lng', 'lon', 'long', 'Longitude', 'Lng', 'Lon', 'LONGITUDE'];
/** Decimal degrees with three decimals or more (about 100 m or finer), as a number or a string. */
const PRECISE_DEGREES = /^-?\d{1,3}\.\d{3,}$/;

/**
 * A point given as latitude and longitude members whose values are precise decimal degrees in
 * range (three decimals or more: about 100 m; `{"lat": 51.5, "lng": -0.12}`, a city's, stays):
 * the two member names, else undefined. A person's location is personal data (GDPR Art. 4(1)
 * "location data"); the text rule for labelled coordinates is addresses-intl.ts's (a probe of
 * 2026-12-03 found the object form stored raw).
 */
function coordinateMembers(value: Record<string, JsonValue>, keys: readonly string[]): [string, string] | undefined {
  // Degrees times 10^7 (`{latitudeE7: 559532510, longitudeE7: -31882670}`: Google's location history; contact-shapes.ts preciseE7).
  const latE7 = LATITUDE_E7_KEYS.find((key) => keys.includes(key));
  const lonE7 = latE7 === undefined ? undefined : LONGITUDE_E7_KEYS.find((key) => keys.includes(key));
  if (latE7 !== undefined && lonE7 !== undefined) {
    const a = value[latE7];
    const b = value[lonE7];
    if ((typeof a === 'number' || typeof a === 'string') && (typeof b === 'number' || typeof b === 'string') && preciseE7(a, 90) && preciseE7(b, 180)) return [latE7, lonE7];
  }
  const lat = LATITUDE_KEYS.find((key) => keys.includes(key));
  const lon = LONGITUDE_KEYS.find((key) => keys.includes(key));
  if (lat === undefined || lon === undefined) return undefined;
  const a = value[lat];
  const b = value[lon];
  if ((typeof a !== 'number' && typeof a !== 'string') || (typeof b !== 'number' && typeof b !== 'string')) return undefined;
  const x = String(a).trim();
  const y = String(b).trim();
  if (!PRECISE_DEGREES.test(x) || !PRECISE_DEGREES.test(y) || Math.abs(Number(x)) > 90 || Math.abs(Number(y)) > 180) return undefined;
  return [lat, lon];
}

/** The name an object stands under: its member's, or for an item of a list the list's (`address: [{ line }]`). */
function parentKeyOf(segments: readonly string[]): string | undefined {
  const last = segments[segments.length - 1];
  if (last === undefined || !/^\d+$/.test(last)) return last;
  return segments[segments.length - 2];
}

/**
 * Member names of a column table's column list and of its rows (`{ cols, rows }`, `{ columns, data }`,
 * `{ fields, values }`, `{ headers, records }`, ClickHouse `{ meta, data }`, DB-API
 * `{ description, rows }`, Snowflake `{ resultSetMetaData: { rowType }, data }`, BigQuery
 * `{ schema: { fields }, rows }`, Athena `{ ResultSetMetadata: { ColumnInfo }, Rows }`).
 */
const TABLE_COLUMNS = ['cols', 'columns', 'fields', 'headers', 'header', 'columnNames', 'column_names', 'schema', 'meta', 'description', 'resultSetMetaData', 'ResultSetMetadata', 'rowType', 'rowtype', 'ColumnInfo'];
const TABLE_ROWS = ['rows', 'data', 'values', 'records', 'results', 'Rows', 'rowset'];
/** The list of columns inside a column member that is an object (BigQuery `schema.fields`, Snowflake `resultSetMetaData.rowType`, Athena `ResultSetMetadata.ColumnInfo`). */
const NESTED_COLUMNS = ['fields', 'rowType', 'rowtype', 'ColumnInfo', 'columns', 'cols'];
/** A column object's name member (Postgres and BigQuery `name`, Athena `Name`, `label`, `column_name`). */
const COLUMN_NAME_MEMBERS = ['name', 'Name', 'column_name', 'columnName', 'label', 'Label'];

/** A column's name: a string, an object's name member, or a DB-API description tuple's first item. */
function columnNameOf(column: JsonValue): string | undefined {
  if (typeof column === 'string') return column;
  if (column === null || typeof column !== 'object') return undefined;
  if (Array.isArray(column)) return typeof column[0] === 'string' ? column[0] : undefined;
  for (const member of COLUMN_NAME_MEMBERS) if (typeof column[member] === 'string') return column[member] as string;
  return undefined;
}

/**
 * A row's cells: the row itself when it is a list, or the list that is the only member of a row
 * object (BigQuery `{ f: [...] }`, Athena `{ Data: [...] }`); undefined for any other row.
 */
function rowCellsOf(row: JsonValue): { member?: string; cells: JsonValue[] } | undefined {
  if (Array.isArray(row)) return { cells: row };
  if (row === null || typeof row !== 'object') return undefined;
  let found: { member?: string; cells: JsonValue[] } | undefined;
  let count = 0;
  for (const key in row) {
    if (++count > 1) return undefined;
    const cells = row[key];
    if (Array.isArray(cells)) found = { member: key, cells };
  }
  return found;
}

/** A cell's value: the cell, or the only member of a cell object holding a string, number or null (BigQuery `{ v }`, Athena `{ VarCharValue }`). */
function cellValueOf(cell: JsonValue): { member?: string; value: JsonValue } {
  if (cell === null || typeof cell !== 'object' || Array.isArray(cell)) return { value: cell };
  let member: string | undefined;
  for (const key in cell) {
    if (member !== undefined) return { value: cell };
    member = key;
  }
  const value = member === undefined ? undefined : cell[member];
  return member !== undefined && (typeof value === 'string' || typeof value === 'number' || value === null) ? { member, value } : { value: cell };
}

/** A header row's cell: a column's name of one to four words, with a letter. */
const HEADER_ROW_CELL = /^(?=[^\n]{1,64}$)[\p{L}_][\p{L}\p{N}_.#/()-]*(?: [\p{L}\p{N}_.#/()-]+){0,3}$/u;

/**
 * The names of a list of rows whose first row is a header (Google Sheets `values`, Athena `Rows`,
 * a CSV read into lists): two or more rows, the first of 2 to 4,096 cells that are all column
 * names (HEADER_ROW_CELL); undefined otherwise. Whether a column is personal is the caller's.
 */
function headerRowOf(value: readonly JsonValue[]): string[] | undefined {
  if (value.length < 2) return undefined;
  const first = rowCellsOf(value[0] as JsonValue);
  if (first === undefined || first.cells.length < 2 || first.cells.length > 4096) return undefined;
  const names: string[] = [];
  for (const cell of first.cells) {
    const name = cellValueOf(cell).value;
    if (typeof name !== 'string' || !HEADER_ROW_CELL.test(name)) return undefined;
    names.push(name);
  }
  return rowCellsOf(value[1] as JsonValue) === undefined ? undefined : names;
}

/**
 * A column table: one member a list of column names (strings, objects with a name member:
 * Postgres `fields`, ClickHouse `meta`; DB-API description tuples), or an object holding that
 * list (BigQuery `schema.fields`, Snowflake `resultSetMetaData.rowType`), another a list of rows
 * (lists, or objects whose only member is the list of cells: BigQuery `{ f }`, Athena `{ Data }`).
 * Returns the rows' member, the columns' member and the names, or undefined.
 */
function columnTableOf(value: Record<string, JsonValue>, keys: readonly string[]): { rows: string; columns: string; names: (string | undefined)[] } | undefined {
  const columns = TABLE_COLUMNS.find((key) => keys.includes(key));
  // The rows' member is a list (ClickHouse's `rows` is their count beside `data`).
  const rows = TABLE_ROWS.find((key) => keys.includes(key) && Array.isArray(value[key]));
  if (columns === undefined || rows === undefined) return undefined;
  let list = value[columns];
  if (list !== null && typeof list === 'object' && !Array.isArray(list)) {
    const holder = list;
    const nested = NESTED_COLUMNS.find((key) => Array.isArray(holder[key]));
    list = nested === undefined ? undefined : holder[nested];
  }
  const body = value[rows];
  if (!Array.isArray(list) || list.length === 0 || list.length > 4096 || !Array.isArray(body) || !body.some((row) => rowCellsOf(row) !== undefined)) return undefined;
  const names = list.map(columnNameOf);
  return names.some((name) => name !== undefined) ? { rows, columns, names } : undefined;
}

/** A field definition's member that says what it holds in words (BigQuery and JSON Schema `description`, Avro `doc`, Zendesk `title`, `label`, `displayName`). */
const FIELD_LABEL_MEMBERS = ['description', 'doc', 'title', 'raw_title', 'label', 'Label', 'displayName', 'display_name'];
/** Lists of field definitions: a column list's members and Zendesk's `ticket_fields`, `user_fields`, `organization_fields`. */
const FIELD_DEFINITIONS = [...TABLE_COLUMNS, 'ticket_fields', 'user_fields', 'organization_fields', 'custom_field_definitions'];
/** Lists of row objects keyed by field name (`rows`, `records`, ...), and of `{ id, value }` answers (Zendesk `custom_fields`, `fields`). */
const DESCRIBED_ROW_SET: ReadonlySet<string> = new Set([...TABLE_ROWS, 'custom_fields', 'fields']);
const FIELD_DEFINITION_SET: ReadonlySet<string> = new Set(FIELD_DEFINITIONS);

/**
 * Field definitions held apart from their values (the fourth probe of 2026-12-04, J16): a list of
 * definitions whose name or id says nothing (`c1`, `f2`, `42`) and whose label does (BigQuery
 * `schema.fields[].description`, Avro `fields[].doc`, Zendesk `ticket_fields[].title`), beside a
 * list of rows keyed by those names (`rows: [{ c1: … }]`, `records`) or of `{ id, value }` answers
 * (Zendesk `custom_fields`). Returns the definitions' member, the rows' member, and each name or id
 * (as a string) with its label; undefined when no definition has a label.
 */
function describedFieldsOf(value: Record<string, JsonValue>, keys: readonly string[]): { definitions: string; rows: string; labels: Map<string, string> } | undefined {
  // One pass over the members with set lookups: every object of every event pays this.
  let definitions: string | undefined;
  let rows: string | undefined;
  for (const key of keys) {
    if (definitions === undefined && FIELD_DEFINITION_SET.has(key)) definitions = key;
    else if (rows === undefined && DESCRIBED_ROW_SET.has(key) && Array.isArray(value[key])) rows = key;
  }
  if (definitions === undefined || rows === undefined) return undefined;
  let list = value[definitions];
  if (list !== null && typeof list === 'object' && !Array.isArray(list)) {
    const holder = list;
    const nested = NESTED_COLUMNS.find((key) => Array.isArray(holder[key]));
    list = nested === undefined ? undefined : holder[nested];
  }
  if (!Array.isArray(list) || list.length === 0 || list.length > 4096) return undefined;
  let labels: Map<string, string> | undefined;
  for (const field of list) {
    if (field === null || typeof field !== 'object' || Array.isArray(field)) continue;
    const id = field.id ?? field.name ?? field.Name;
    const label = FIELD_LABEL_MEMBERS.map((member) => field[member]).find((text): text is string => typeof text === 'string' && text.length > 0 && text.length <= 200);
    if ((typeof id === 'string' || typeof id === 'number') && label !== undefined) (labels ??= new Map()).set(String(id), label);
  }
  return labels === undefined ? undefined : { definitions, rows, labels };
}

/** A direct identifier's token, whole (recordCompany). */
const DIRECT_TOKEN = /^\[(?:EMAIL|PHONE|SSN|NATIONAL_ID|PASSPORT|DRIVER_LICENSE|TAX_ID):psn_[A-Za-z0-9]+_[a-z2-7]+\]$/;
/** A person's token, whole, or after a salutation or a title (`Frau [PERSON:…]`, `Mr [PERSON:…]`, `Dr. [PERSON:…]`): recordCompany's field the name rules found a person's name in, whole. */
const PERSON_TOKEN = /^(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Herr|Frau|Hr|Fr|Mme|Mlle|Sr|Sra|Srta|Sig|Sig\.ra|Dhr|Mevr)\.? )?\[PERSON:psn_[A-Za-z0-9]+_[a-z2-7]+\]$/;
/** A delimited field that is a number of a phone's length and nothing else (recordCompany's bare phone: K16 of the probe of 2026-12-04e). */
/** A field of digits and a phone's punctuation only. */
const BARE_NUMBER = /^[ ]?[+(]?\d[\d ().-]{5,18}\d[ ]?$/;
const PHONE_FIELD = /(?:^|[,;\t])[ ]?[+(]?\d[\d ().-]{5,18}\d[ ]?(?=$|[,;\t\r\n])/m;
/**
 * Two fields side by side of one capitalized word each, the first maybe led by a surname's particles (`Brunnhuber\tHildegard`,
 * `van Leeuwen, Femke`, `Zwiebelhofer,Leberecht`): recordCompany's gate for a record no rule put a token in (2026-12-08).
 */
const NAME_FIELDS = /(?:^|[,;\t])[ ]?(?:\p{Ll}{1,4} ){0,2}\p{Lu}[\p{Ll}\p{M}'’-]+[ ]?[,;\t][ ]?\p{Lu}[\p{Ll}\p{M}'’-]+[ ]?(?=$|[,;\t\r\n])/mu;
/** A field that goes on a list in prose (`…, and the team`, `…, or Berlin`): its line is no table's row (recordCompany). */
const PROSE_LIST_FIELD = /^(?:and|or|und|oder|et|ou|y|e|en|of|&)[ \t]/u;
/** One capitalized word, a record's field whole (recordCompany's name pair). */
const ONE_NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
/** A whole calendar date, its year captured: `1984-03-12`, `1984/03/12`, `12/03/1984`, `12.03.1984`, `3-12-1984`. */
const RECORD_DATE = /^(?:(\d{4})[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.](\d{4}))$/;
/** Fields of a pair or cookie object that describe a secret rather than hold it. */
const structuralKeys = new Set(['name', 'key', 'type', 'path', 'domain', 'expires', 'httponly', 'secure', 'samesite', 'comment', 'scheme', 'in', 'format', 'alg', 'kid', 'use', 'kty', 'method', 'realm', 'issuer', 'audience', 'scope', 'token_type', 'tokentype', 'expires_in', 'expires_at', 'expiresat']);

interface Pending {
  classes: Set<string>;
  errors: Error[];
  failedDetectors: Set<string>;
  vaultEntries: Array<{ ref: string; type: string; plaintext: string; subjects: string[] }>;
  /** Pseudonyms found in the field being walked (subjects of its `full` record). */
  fieldPseudonyms: Set<string> | undefined;
  /** Values under `full` capture go to the vault. */
  full: boolean;
  /** The strings redactString made in this event (redacted), in order; with session memory only (see `finishInOrder`). */
  visited?: string[];
  /** How many strings had been made when a key rule last gave session memory a new value in this event. */
  freshAt?: number;
  /** The second pass of finishInOrder (which looks no further). */
  again?: true;
  /** Strings' ends to keep for the session's next event, set when the event is done (finishInOrder): path, then the raw end or undefined to forget it. */
  carried?: Array<string | undefined>;
  /** The event is a `model.response` (a streamed answer's chunk): a secret cut at a string's end is carried (cutSecretEnd). */
  streamed?: boolean;
  /**
   * The event may be one chunk of a stream whose next chunk is the session's next event of its
   * type: a `model.response` or a `message.agent` (an agent's message streamed to its user). A
   * value's label at a string's end is carried (noteEnd, streamed-labels.ts labelAtEnd).
   */
  labelsCarried?: boolean;
  /** The last string of this event whose end was masked as a value's start (cut-values.ts): noteEnd keeps its raw end. */
  cutText?: string;
  /** The question the event ends with, for the session's next event (turn-answers.ts): its decision, null for none (the event answered or asked nothing new), undefined when the event has no turn. */
  asked?: string | null;
}

type CustomResults = Map<string, Detection[] | Error>;
/** Decisions of fields named apart from their values (describedFieldsOf): by a row's member name, or `#id` for a `{ id, value }` answer. */
type DescribedFields = ReadonlyMap<string, KeyDecision>;

/** A blank: space, tab, line breaks (what separates the words of prose). */
const isBlankCode = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
/** What may follow a number cut short at a string's end: a blank or a group separator (`536-22-`, `4111 1111 `, `12.`, `030/`). */
const CUT_SEPARATOR: ReadonlySet<number> = new Set([32, 9, 10, 13, 45, 46, 47, 0xa0]);
/** Marks a kept end that goes on only in a chunk glued to it, as a value of the type written after the mark (redactor maskedEnd). */
const GLUED_ONLY = '\u0001';
/** Marks a kept end that is a value's label (`…password is `, `…"cvv":"`): the next chunk's first value is that label's (redactor noteEnd; streamed-labels.ts). */
const LABEL_END = '\u0002';
/**
 * A person's title at a streamed chunk's end (`…Dr. `, `Frau `, `MRS `, `the dr `), in any case, a dot and up to two
 * blanks after it: the name in the next chunk is read with the title in front, as in one chunk (redactor noteEnd; `Dr. `
 * + `Vlintuk will see you now` was stored raw). The titles of names.ts TITLE_BEFORE; read on the chunk's last 8 characters.
 */
const TITLE_AT_END = /(?<![\p{L}\p{N}])(?:mr|mrs|ms|mx|dr|prof|sir|dame|herr|frau|mme|mlle)\.?[ \t]{0,2}$/iu;
/** A masked value's token at a stored string's end (`[PASSWORD:psn_…]`, `[IBAN]`). */
const MASK_TOKEN_END = /\[([A-Z][A-Z0-9_]{1,40})(?::[^\]\s]{1,80})?\]$/;

/**
 * The default redactor: detects personal data, secrets and health context in every string of an
 * event (keys included), replaces each finding by a typed keyed pseudonym, applies capture modes,
 * and classifies the event. It runs in the core's pipeline before hashing.
 *
 * @example
 * ```ts
 * const auditor = createAuditor({ agent: { id: 'bot' }, sink, redactor: createRedactor({ keysDir: '/etc/agent-audit/keys' }) });
 * ```
 */
/**
 * The classes of what an envelope field that is structure has masked in place (redactor
 * `structureValue`): values whose shape or checksum makes them certain. Addresses, dates, IP
 * addresses, account numbers and health terms are not read there (a server's address, a date in
 * a model id, an error number are structure).
 */
const STRUCTURE_CLASSES: ReadonlySet<string> = new Set(['pii.email', 'pii.phone', 'payment.card', 'financial.iban', 'pii.government_id', 'secret']);
/** A provider's secret by its prefix (gitleaks' shapes), or credentials in a URL. */
const STRUCTURE_SECRET = /(?:^|[^A-Za-z0-9])(?:sk|pk|rk)[-_]|gh[pousr]_|github_pat_|glpat-|xox[abprse]-|A[KS]IA[A-Z0-9]{12}|AIza|eyJ[A-Za-z0-9_-]{8}|hf_[A-Za-z]{8}|npm_[A-Za-z0-9]{8}|dckr_pat_|SG\.[A-Za-z0-9_-]{8}|-----BEGIN|:\/\/[^\s/:@]*:[^\s/@]+@/;
/** Two capitalized words joined by spaces or `_` (`Tevita Havili`, `Tevita_Havili`), or a title before one. */
const STRUCTURE_NAME = /\p{Lu}\p{Ll}+[ _]+\p{Lu}\p{Ll}|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ _]+\p{Lu}/u;
/** A hexadecimal id (a UUID, a trace or span id): structure, whatever digits it holds. */
const HEX_ID = /^(?=[0-9a-f-]*[a-f])[0-9a-f-]{16,}$/i;
/** A run of at least 7 digits, separators of up to 3 characters between them (a phone, an SSN, a card, an IBAN's digits). */
const DIGIT_RUN = /\d(?:[ ()./+_-]{0,3}\d){6}/;

/**
 * What an object's member names alone say, for walk: the tests of the names only (a generic name
 * member, a surname member, a FHIR HumanName's parts, a business result's, a bank code's, a
 * company's premises, a personal sibling, given and family members: key-names.ts), and for the
 * shape rules that also read values (columnTableOf, describedFieldsOf, coordinateMembers,
 * patientRecordBeside, typedIdDecision, a student's record) whether a member they need is there
 * at all: each of those returns nothing without such a member, so skipping it then changes no
 * result. Each field is a function of `keys` (sorted, as walk takes them) alone.
 */
interface ObjectShape {
  /** The member names, sorted (compared on a lookup: objectShapes keeps several sets under one first name). */
  readonly keys: readonly string[];
  readonly humanName: boolean;
  readonly genericName: boolean;
  readonly surnamed: boolean;
  readonly business: boolean;
  readonly bankCode: boolean;
  readonly companyAddress: boolean;
  readonly personalSibling: boolean;
  /** key-names.ts nameMembers (never changed once made), or undefined over 16 members. */
  readonly nameParts: ReadonlySet<string> | undefined;
  readonly columnTable: boolean;
  readonly describedFields: boolean;
  readonly coordinates: boolean;
  readonly registryId: boolean;
  readonly documentNumber: boolean;
  readonly studentId: boolean;
  /** wrapped-values.ts mayBeFieldChange, mayBeAttributePair; unknown-users.ts hasUserMember; contact-shapes.ts mayBeSplitEmail (up to 8 members, as walk asks). */
  readonly fieldChange: boolean;
  readonly attributePair: boolean;
  readonly userMember: boolean;
  readonly splitEmail: boolean;
  /** A type member (TYPE_MEMBERS) or `schemas`: thingObjectOf reads their values only then. */
  readonly typeMember: boolean;
}
const includesAny = (keys: readonly string[], names: readonly string[]): boolean => names.some((name) => keys.includes(name));
/** Exported for its unit tests only (redactor-shapes.mutants.test.ts); not in the package's index. */
export function shapeOf(keys: readonly string[]): ObjectShape {
  const genericName = keys.length <= 64 && keys.some(isGenericNameKey);
  return {
    keys,
    humanName: keys.length <= 9 && isHumanName(keys),
    genericName,
    surnamed: genericName && hasSurnameKey(keys),
    business: keys.length <= 64 && keys.some((key) => BUSINESS_RESULT_KEYS.has(key)),
    bankCode: keys.length <= 32 && keys.some((key) => BANK_CODE_KEYS.has(normalizeKeyName(key))),
    companyAddress: keys.length <= 64 && keys.some((key) => COMPANY_ADDRESS_KEYS.has(normalizeKeyName(key))),
    personalSibling: keys.some(isPersonalSiblingKey),
    nameParts: keys.length <= 16 ? nameMembers(keys) : undefined,
    // columnTableOf: a column list's member and a rows' member.
    columnTable: keys.length <= 16 && includesAny(keys, TABLE_COLUMNS) && includesAny(keys, TABLE_ROWS),
    // describedFieldsOf: a definitions' member and a rows' member.
    describedFields: keys.length <= 16 && keys.some((key) => FIELD_DEFINITION_SET.has(key)) && keys.some((key) => DESCRIBED_ROW_SET.has(key)),
    // coordinateMembers: a latitude and a longitude member (degrees, or degrees times 10^7).
    coordinates: keys.length <= 32 && ((includesAny(keys, LATITUDE_E7_KEYS) && includesAny(keys, LONGITUDE_E7_KEYS)) || (includesAny(keys, LATITUDE_KEYS) && includesAny(keys, LONGITUDE_KEYS))),
    registryId: keys.length <= 64 && keys.some(isRegistryIdKey),
    documentNumber: keys.length <= 16 && keys.some((key) => DOCUMENT_NUMBER_MEMBERS.has(key)),
    studentId: keys.length <= 64 && keys.some((key) => STUDENT_ID_MEMBERS.has(key)),
    fieldChange: mayBeFieldChange(keys),
    attributePair: keys.length <= 64 && mayBeAttributePair(keys),
    userMember: hasUserMember(keys),
    splitEmail: mayBeSplitEmail(keys),
    typeMember: keys.some((key) => key === 'schemas' || (TYPE_MEMBERS as readonly string[]).includes(key)),
  };
}
/**
 * Shapes by their first member name (objectShape), each list holding at most SHAPES_PER_NAME sets
 * of names, newest last; bounded: cleared at 4,096 names (names recur across events: a tool's
 * result has a few shapes). Looked up by the first name, whose hash a member name has already, and
 * the names compared: no text is made per object.
 */
const objectShapes = new Map<string, ObjectShape[]>();
const SHAPES_PER_NAME = 8;
/** shapeOf(keys), worked out once per set of member names (objectShapes). Exported for its unit tests only. */
export function objectShape(keys: readonly string[]): ObjectShape {
  const first = keys[0];
  if (first === undefined || keys.length > 64) return shapeOf(keys);
  let known = objectShapes.get(first);
  if (known !== undefined) {
    for (const shape of known) {
      const names = shape.keys;
      if (names.length !== keys.length) continue;
      let same = true;
      for (let at = 1; at < names.length && same; at++) same = names[at] === keys[at];
      if (same) return shape;
    }
  } else {
    if (objectShapes.size >= 4096) objectShapes.clear();
    known = [];
    objectShapes.set(first, known);
  }
  const shape = shapeOf(keys);
  if (known.length >= SHAPES_PER_NAME) known.shift();
  known.push(shape);
  return shape;
}

/**
 * Whether an envelope field that is structure could hold what `structureValue` masks: an `@`, a
 * run of 7 digits (not in a hexadecimal id), a secret's prefix, or two capitalized words. A tool
 * name, an error code or a provider's call id holds none of them, and costs these tests only.
 */
function mayHoldStructureData(text: string): boolean {
  if (text.length < 6) return false;
  if (text.includes('@')) return true;
  if (DIGIT_RUN.test(text) && !HEX_ID.test(text)) return true;
  return STRUCTURE_SECRET.test(text) || STRUCTURE_NAME.test(text);
}

/** The words before a name in a structure field that make it a person's (`triage for Tevita Havili`), also as a label with `:` or `=` (`Patient: John Smith`, `Name=…`: the adapters' probe of 2026-12-07, M2). */
const STRUCTURE_NAME_CUE = /(?:^|[ _])(?:for|to|of|by|from|with|patient|customer|client|member|user|applicant|subscriber|claimant|beneficiary|payee|name|insured|guest|passenger|student|resident|caller|employee)(?:[ _]*[:=][ _]*|[ _]+)$/i;
const STRUCTURE_TITLE = /(?:^|[ _])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ _]*$/;

/**
 * Whether a person's name found in an envelope field that is structure (`view`: the field with
 * `_` read as spaces) is certain enough to mask there: capitalized words only, after a title
 * (`Dr Okafor`), or two or more words after a cue word (`for`, `to`, `patient`, ...), beside other
 * personal data in the same field (`certain`: `lookup_Tevita_Havili_536-22-8514`), or a listed
 * first name and surname (`Amara Okafor`). `Ask Claude`, `Jenkins Build`, `Max Retries Exceeded`
 * are kept as written.
 */
function structureName(view: string, start: number, end: number, certain: boolean): boolean {
  const words = view.slice(start, end).split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0 || !words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word))) return false;
  const before = view.slice(Math.max(0, start - 24), start);
  if (STRUCTURE_TITLE.test(before)) return true;
  if (words.length < 2) return false;
  return certain || STRUCTURE_NAME_CUE.test(before) || isListedFirstAndLast(words[0] as string, words[words.length - 1] as string);
}

/**
 * Whether the quoted value starting at `valueStart` follows a quoted key and a colon, as a JSON
 * member is written (`"customer":"…"`, `"patient" : "…"`, escaped `\"patient\":\"…`): reads back over
 * the value's opening quote (and its backslash), blanks, the colon, blanks, and asks for a closing
 * quote (escaped or not) right before them. At most 8 characters read.
 */
function quotedKeyBefore(text: string, valueStart: number): boolean {
  let at = valueStart - 1;
  if (text.charCodeAt(at) !== 34 && text.charCodeAt(at) !== 39) return false;
  at--;
  if (text.charCodeAt(at) === 92) at--;
  const stop = Math.max(0, valueStart - 8);
  while (at >= stop && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at--;
  if (text.charCodeAt(at) !== 58) return false;
  at--;
  while (at >= stop && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at--;
  return at >= 0 && (text.charCodeAt(at) === 34 || text.charCodeAt(at) === 39);
}

/** The prefix of a question the user asked (SessionValues.asked), answered in the session's next event's output, not its input. */
const USER_ASKED = 'user>';

export function createRedactor(options: RedactorOptions = {}): Redactor {
  let keyring: Keyring | undefined =
    options.pseudonymKey instanceof Keyring ? options.pseudonymKey : options.pseudonymKey !== undefined ? createKeyring([options.pseudonymKey]) : undefined;
  const getKeyring = (): Keyring => {
    keyring ??= loadKeyring('pseudonym', options.keysDir === undefined ? {} : { dir: options.keysDir });
    return keyring;
  };
  const enabled = new Set<string>(options.builtins ?? BUILTIN_DETECTORS);
  /** The latest year of birth recordCompany reads a date as: ten years before this one. */
  const birthYearBound = new Date().getUTCFullYear() - 10;
  const customDetectors = options.detectors ?? [];
  const timeoutMs = options.detectorTimeoutMs ?? 250;
  const secretKeys = [...(options.secretKeys ?? DEFAULT_SECRET_KEYS), ...(options.extraSecretKeys ?? [])].map((key) => key.toLowerCase().replace(/[\s_.\-]/g, ''));
  const identityKeys = (options.identityKeys ?? DEFAULT_IDENTITY_KEYS).map((key) => key.toLowerCase().replace(/[\s_.\-]/g, ''));
  const paths: PathSegment[][] = (options.paths ?? []).map((path) => parsePath(path));
  const policy = mergePolicy(options.classification);
  const resources = [...(options.defaultResources === false ? [] : DEFAULT_RESOURCE_RULES), ...(options.resources ?? [])];
  const vault = options.vault;

  // Key names repeat across events; their classification is cached (names only, bounded).
  const keyDecisions = new Map<string, KeyDecision>();
  function keyDecision(key: string): KeyDecision {
    // Key names are short; a long string (a pair's first item, a map keyed by text) names nothing
    // and is not kept in the cache.
    if (key.length > 128) return 'none';
    let decision = keyDecisions.get(key);
    if (decision === undefined) {
      // A Salesforce custom field decides as its name without the suffix (`SSN__c` as `SSN`, `dob__pc` as `dob`; key-names.ts).
      const salesforce = salesforceFieldBase(key);
      decision = salesforce !== undefined ? keyDecision(salesforce)
        :
        matchKeyName(key, identityKeys) !== undefined ? ({ SSN: 'identity', PASSPORT: 'identityPassport', DRIVER_LICENSE: 'identityLicence' } as const)[identityKeyType(key)]
        : matchKeyName(key, secretKeys) !== undefined ? 'secret'
        // Exact names only: `pass` (not `boarding_pass`), `key` (when the value looks like one).
        : EXACT_SECRET_KEYS.has(normalizeKeyName(key)) ? 'secret'
        : normalizeKeyName(key) === 'key' || SIM_KEY_MEMBERS.has(normalizeKeyName(key)) ? 'keyLike'
        : isDobKeyName(key) ? 'dob'
        : BIRTH_OR_DEATH_KEYS.has(normalizeKeyName(key)) ? 'birthOrDeath'
        : isAddressPartKeyName(key) ? (isNumberedAddressPart(key) ? 'addressNumber' : 'address')
        // A government id's name before a number's (`id_card` is an identity card, not a payment card).
        // A passport's machine-readable zone under its name, a string or its lines (`{"mrz":["P<GBR…","…"]}`): every line, names too (probe 6 of 2026-12-03).
        : MRZ_KEYS.has(normalizeKeyName(key)) ? 'mrz'
        // A NACHA entry's individual identification number as a JSON member (bank-messages.ts; J23).
        : NACHA_ID_MEMBERS.has(normalizeKeyName(key)) ? NACHA_INDIVIDUAL_ID
        : HEALTH_ID_KEYS.get(normalizeKeyName(key)) ?? COMMERCIAL_ID_KEYS.get(normalizeKeyName(key)) ?? (enabled.has('special') ? SPECIAL_CATEGORY_KEYS.get(normalizeKeyName(key)) : undefined) ?? POSTCODE_MEMBERS.get(normalizeKeyName(key)) ?? healthIdKeyEnding(keyWords(key)) ?? (isPersonKeyName(key) ? 'person' : personRoleTier(key) === 'strong' && !isRecipientKeyName(key) ? 'role-strong' : (governmentIdKey(key) ?? numberKeyKind(key) ?? (isBareAccountKeyName(key) ? 'bareAccount' : roleDecision(key) ?? (isThingIdKeyName(key) || isOrganizationLineKey(key) ? 'thingId' : 'none'))));
      if (decision === 'none') decision = qualifiedKeyDecision(key);
      // An account's name (`UserName`, `user_name`, `login`, `roleSessionName`): a PERSON when it spells one (account-names.ts accountPersonValue; L3 of 2026-12-05d).
      if (decision === 'none' && LOGIN_KEYS.has(normalizeKeyName(key))) decision = 'login';
      // `writeKey`, `write_key`, `sdkKey`, `ingestKey`: a name ending in `key` holds a secret when its value is a random token (key-names.ts isTokenKeyName, isRandomToken; L4 of 2026-12-05h).
      if (decision === 'none' && isTokenKeyName(key)) decision = 'tokenKey';
      if (keyDecisions.size >= 10_000) keyDecisions.clear();
      keyDecisions.set(key, decision);
    }
    return decision;
  }
  /**
   * A member name read past what a search engine, a query language or an HR system adds to a
   * field's name (wrapped-values.ts): a multi-field's sub-field (`last_name.keyword` decides as
   * `last_name`), a MongoDB path's array positions (`patients.$.lastName` as `patients.lastName`),
   * a dotted path's last field (`patients.lastName` as `lastName`), a MongoDB field reference
   * (`$lastName`, `$patient.ssn`), and an identifier's data layer (Workday's `National_ID_Data` as
   * `National_ID`; an identifier's decisions only: `Personal_Data` decides nothing). A fresh probe
   * of 2026-12-04, H18, H19.
   */
  function qualifiedKeyDecision(key: string): KeyDecision {
    const field = searchFieldBase(key) ?? positionalPathBase(key);
    if (field !== undefined) return keyDecision(field);
    // A MongoDB field reference (`$lastName`, `$patient.ssn`: `$expr: { $eq: ['$lastName', …] }`) names its field.
    if (key.charCodeAt(0) === 36 && FIELD_REFERENCE.test(key)) return keyDecision(key.slice(1));
    // A dotted field path (MongoDB, Elasticsearch: `patients.lastName`) and a memory store's or a
    // cache's namespaced key (`user:1182:name`, `user/first_name`, `session:9f2:caller_name`,
    // `mem:user:spouse_name`) are named by their last segment; a generic `name` after `:` or `/` is
    // a person's when a segment before it names its owner (`user:1182:name`, `contact/name`:
    // namespacedNameOwner; ECS's dotted `user.name` is a login and stays). L5 of probe 2026-12-05h:
    // their values were stored raw.
    if (FIELD_PATH.test(key)) {
      const cut = lastSegmentStart(key);
      const last = key.slice(cut);
      const decision = keyDecision(last);
      return decision === 'none' && isGenericNameKey(last) && key.charCodeAt(cut - 1) !== 46 && namespacedNameOwner(key.slice(0, cut - 1)) ? 'person' : decision;
    }
    const base = dataLayerBase(key);
    const decision = base === undefined ? 'none' : keyDecision(base);
    if (isIdDecision(decision)) return decision;
    // An abbreviated name (`brth_dt`, `last_nm`, `pat_lname`, `MBR_NO`, `home_ph`) decides as its words written out (key-names.ts expandedKeyName).
    const expanded = expandedKeyName(key);
    return expanded === undefined ? 'none' : keyDecision(expanded);
  }
  /**
   * What a generic id member (`ID`, `Value`, `Number`, `number`, `documentNumber`) of `value`
   * holds by a member naming its type (identifiers.ts idTypeTexts: `{"document":{"type":"passport",
   * "number":…}}`, `{"idType":"drivers_license","value":…}` since probe 6 of 2026-12-03; Workday
   * `ID_Type_Reference: { ID: 'USA-SSN' }`, `IdentificationType: 'Passport'` since H18 of a fresh
   * probe of 2026-12-04): the type's texts read as a government id's name (key-names.ts
   * governmentIdKey: `SSN`, `Passport`, `National Insurance Number`), else as member names that name
   * an identifier (`MRN`, `passport_number`), or as an HL7 table 0203 code (`USA-DL`, `GBR-NI`).
   * `Employee_ID`, `invoice`, `license` name none.
   */
  function typedIdDecision(value: Record<string, JsonValue>, keys: readonly string[]): KeyDecision | undefined {
    const types = idTypeTexts(value, keys, keyWords);
    if (types === undefined) return undefined;
    for (const text of types.texts) {
      // A government id's name first, as before (`national_id` is a NATIONAL_ID here, as in text).
      const decision = governmentIdKey(text) ?? keyDecision(text);
      if (isIdDecision(decision)) return decision;
      const code = idTypeCodeKind(text, types.specific);
      if (code !== undefined) return code;
    }
    return undefined;
  }
  /**
   * Decisions of described fields (describedFieldsOf): each name or id that decides nothing by
   * itself, with its label's decision (a free-text label read as a form field's: fieldDecision);
   * an id also as `#id`, for a `{ id, value }` answer. Undefined when no label decides anything.
   */
  function describedDecisions(labels: ReadonlyMap<string, string>): DescribedFields | undefined {
    let decisions: Map<string, KeyDecision> | undefined;
    for (const [name, label] of labels) {
      if (keyDecision(name) !== 'none') continue;
      const decision = fieldDecision(label);
      if (decision === 'none' || decision === 'thingId') continue;
      (decisions ??= new Map()).set(name, decision).set(`#${name}`, decision);
    }
    return decisions;
  }
  /**
   * What the fields an Elasticsearch full-text query searches decide for its `query` (`multi_match`
   * over `last_name^2` and `maiden_name`, `query_string` with `default_field: 'surname'`): the first
   * field's decision when every field decides something, else `none` (`title` beside `last_name`
   * leaves the query as text).
   */
  function fieldsDecision(fields: readonly string[]): KeyDecision {
    let first: KeyDecision = 'none';
    for (const field of fields) {
      const decision = keyDecision(field);
      if (decision === 'none' || decision === 'thingId' || decision === 'secret' || decision === 'keyLike' || decision === 'tokenKey') return 'none';
      if (first === 'none') first = decision;
    }
    return first;
  }
  // What a form field's label decides (form-fields.ts labelDecision: a free-text label read by its
  // words); cached like key names (labels recur), bounded.
  const labelDecisions = new Map<string, KeyDecision>();
  function fieldDecision(label: string): KeyDecision {
    let decision = labelDecisions.get(label);
    if (decision === undefined) {
      decision = labelDecision<KeyDecision>(label, keyDecision, 'none', labelWordDecision);
      // A field about a secret that takes none (`Show password`, `Forgot password?`) is no secret's
      // field (form-fields.ts, as typedSecretMembers reads it).
      if (decision === 'secret' && aboutSecretField(label)) decision = 'none';
      if (labelDecisions.size >= 4096) labelDecisions.clear();
      labelDecisions.set(label, decision);
    }
    return decision;
  }
  /**
   * What a run of a free-text label's words may decide: a field's data, not a person's role nor a
   * recipient (`Notes about the patient`, `Customer satisfaction` name no field of a name), nor a
   * thing's id, nor a secret (`Token count` is metadata; a secret's words are typedSecretMembers').
   */
  function labelWordDecision(decision: KeyDecision): boolean {
    return decision !== 'recipient' && decision !== 'thingId' && decision !== 'secret' && decision !== 'keyLike' && decision !== 'tokenKey' && !isRoleDecision(decision);
  }
  /**
   * The members of a form field's object that hold its answer and what the field's name decides for
   * them (`{ label: "SSN", value }`, `{ question: "What is your date of birth?", answer }`, a
   * Typeform answer `{ field: { ref: "ssn" }, type: "text", text }`), or undefined. An answer that
   * is itself a field's name of that kind (a select option `{ label: "Mobile", value: "mobile" }`)
   * is kept.
   */
  function formAnswers(value: Record<string, JsonValue>, keys: readonly string[]): { members: ReadonlySet<string>; decision: KeyDecision } | undefined {
    const field = formFieldOf(value, keys);
    if (field === undefined) return undefined;
    for (const name of field.names) {
      const decision = fieldDecision(name);
      if (decision === 'none' || decision === 'thingId') continue;
      const members = field.answers.filter((member) => {
        const answer = value[member];
        return typeof answer !== 'string' || answer.length > 128 || keyDecision(answer) !== decision;
      });
      return members.length === 0 ? undefined : { members: new Set(members), decision };
    }
    return undefined;
  }
  /**
   * The role decision for a generic name member of `value` (K13 of the fifth probe of 2026-12-04):
   * `role-strong` or `role-role` when a member that says what kind of party the object is (`role`,
   * `relationship`, `relation`, `personType`, `partyType`, `participantType`, `contactType`; `type`,
   * `kind` for a strong role only) holds a person's role (key-names.ts personRoleTier: `patient`,
   * `guardian`, `doctor`; `user`, `customer`, `owner` are firms' and systems' roles as often: none);
   * `role-role` beside a person's attribute (`age`, `gender`, `sex`, `pronouns`). A lone `{ name }`
   * stays the name detectors' (a listed name is masked there; an unknown word is a tool's as often).
   */
  function personObjectTier(value: Readonly<Record<string, JsonValue>>, keys: readonly string[]): KeyDecision | undefined {
    for (const key of keys) {
      const word = normalizeKeyName(key);
      if (PERSON_ATTRIBUTE_MEMBERS.has(word)) return 'role-role';
      const item = value[key];
      if (typeof item !== 'string' || item.length > 40 || !PARTY_KIND_MEMBERS.has(word)) continue;
      const tier = personRoleTier(item);
      if (tier === 'strong') return 'role-strong';
      if (tier === 'role' && word !== 'type' && word !== 'kind') return 'role-role';
    }
    return undefined;
  }
  /** `recipient`, `sender`, `to`: a phone, and a name too when the name says a person's role; `beneficiary`, `assignee`: a name. */
  function roleDecision(key: string): KeyDecision | undefined {
    const tier = personRoleTier(key);
    if (isRecipientKeyName(key)) return tier === undefined ? 'recipient' : `recipient-${tier}`;
    return tier === undefined ? undefined : `role-${tier}`;
  }
  /** The secret members of the Terraform object the walk is innermost inside (walk: TERRAFORM_SECRET_TYPES; undefined: none). */
  let terraformSecretMembers: ReadonlySet<string> | undefined;
  /** The depth of the walk's segments at a thing object's name member being walked (thingObjectOf), -1 elsewhere: redactText reads no person there. */
  let thingMemberDepth = -1;
  // Clean key names (nothing detected) are cached too; a key holding a finding is never cached.
  const cleanKeys = new Set<string>();

  // Pseudonyms of recurring values (the same customer's email in every event of a session)
  // are kept per redactor, whose keyring never changes once loaded: one HMAC per distinct value
  // instead of one per occurrence. One RecentMap per type (types are few and fixed: no
  // `type + value` key string is built per lookup), each bounded to 2 x 2,048 values, those
  // that recur staying; holds values already in this process's memory.
  const tokens = new Map<string, RecentMap<string, string>>();
  function token(type: string, normalized: string): string {
    let ofType = tokens.get(type);
    if (ofType === undefined) {
      ofType = new RecentMap<string, string>(TOKEN_GENERATION);
      tokens.set(type, ofType);
    }
    let out = ofType.get(normalized);
    if (out === undefined) {
      out = pseudonym(getKeyring(), type, normalized);
      ofType.set(normalized, out);
    }
    return out;
  }
  // The built-in detections of short strings (statuses, currencies, names, phone numbers) are
  // remembered, so recurring ones are not scanned again: detectBuiltin is a function of the text
  // alone (the enabled detectors are fixed per redactor). Clean ones map to NO_DETECTIONS, like
  // clean key names. The arrays are never changed after they are stored. Bounded (RecentMap: up
  // to 2 x 5,000 strings of at most 64 characters).
  const shortDetections = new RecentMap<string, readonly Detection[]>(5000);
  // Longer texts are cached once they recur (internal/recent.ts RecurringTexts): the instructions
  // and the conversation so far that every model call sends again. Same contract as above.
  const recurringDetections = new RecurringTexts<readonly Detection[]>(RECURRING_TEXT_CHARS, RECURRING_FINGERPRINTS);
  function builtinDetections(text: string, keyIsSecret: boolean): readonly Detection[] {
    if (keyIsSecret || text.length > MAX_CACHED_TEXT) return textDetections(text, keyIsSecret);
    return shortDetections.get(text) ?? detectAndKeep(text);
  }
  /** Detects in a long text seen before and not in the cache, and caches the result. */
  function detectAndKeepRecurring(text: string): readonly Detection[] {
    const detected = textDetections(text, false);
    const found = detected.length === 0 ? NO_DETECTIONS : detected;
    recurringDetections.set(text, found);
    return found;
  }
  /** Detects in a short string not in the cache, and caches the result. */
  function detectAndKeep(text: string): readonly Detection[] {
    const detected = textDetections(text, false);
    const found = detected.length === 0 ? NO_DETECTIONS : detected;
    shortDetections.set(text, found);
    return found;
  }

  /** The built-in detections of a string, and the values its key/value pairs name (keyedDetections). */
  function textDetections(text: string, keyIsSecret: boolean): Detection[] {
    const found = detectBuiltin(text, enabled, keyIsSecret);
    const paired = mayHoldPairs(text) || mayHoldCalls(text) || mayHoldOfx(text) || mayHoldChanges(text) || mayHoldFilters(text) ? keyedDetections(text, found) : found;
    // A transcript's answer after its question (turn-answers.ts; J8 of the probe of 2026-12-04d).
    const turned = mayHoldTurns(text) ? transcriptDetections(text, paired) : paired;
    // Python's `KeyError: 'Vlintuk'`: a name looked up as a key (K13 of the fifth probe of 2026-12-04).
    const keyErrored = text.indexOf('KeyError: ') !== -1 && enabled.has('person') ? keyErrorNames(text, turned) : turned;
    // A person read in a line of a text that has more lines: perhaps a table's header cell (headerCellPersons).
    const headed = keyErrored.length > 0 && text.indexOf('\n') > 0 && keyErrored.some((each) => each.type === 'PERSON' && onDelimitedLine(text, each.start)) ? headerCellPersons(text, keyErrored) : keyErrored;
    // A phone reading in a column that names a thing's id (`cell_id`, `ein`, `order_id`): thingColumnPhones.
    const phoned = headed.length > 0 && text.indexOf('\n') > 0 && headed.some((each) => each.type === 'PHONE') ? thingColumnPhones(text, headed) : headed;
    // A person read in a column that names a city (`city`, `town`): placeColumnPersons.
    const keyed = phoned.length > 0 && text.indexOf('\n') > 0 && mayHoldPlaceHeader(text) && phoned.some((each) => each.type === 'PERSON' && onDelimitedLine(text, each.start, true)) ? placeColumnPersons(text, phoned) : phoned;
    if (!mayHoldMarkup(text)) return keyed;
    // A table in markup cells has a closing tag.
    const tabled = text.length >= 24 && text.indexOf('</') !== -1 ? markupTableDetections(text, keyed) : keyed;
    return markupDetections(text, tabled, keyIsSecret);
  }
  /**
   * The key of a Python `KeyError: '…'` when it is one capitalized word with a name's shape (names.ts
   * isRecordNameWord: a listed name, or an unknown word that is no frequent English word, no place and
   * has no English word's ending), masked as a person's name, added to `found`. `KeyError: 'user_id'`,
   * `'Authorization'`, `'Content-Type'`, `'Paris'` stay.
   */
  function keyErrorNames(text: string, found: Detection[]): Detection[] {
    let out = found;
    KEY_ERROR.lastIndex = 0;
    for (let match = KEY_ERROR.exec(text); match !== null; match = KEY_ERROR.exec(text)) {
      const word = match[2] as string;
      if (!isRecordNameWord(word)) continue;
      const start = match.index + match[0].length - word.length - 1;
      if (out === found) out = found.slice();
      out.push({ start, end: start + word.length, type: 'PERSON', class: 'pii.person', normalized: personNormalForm(word) });
    }
    return out;
  }
  /**
   * `found` without the PHONE readings that are inside a text table's cell under a header that
   * names a thing's id (keyDecision `thingId`: `cell_id`, `ein`, `order_id`, `sku`), as such a
   * member's value is no phone (O3 of the twelfth probe, 2026-12-05e: a CDR's `cell_id`
   * `310-260-4417-22901` was typed PHONE beside the caller's and callee's numbers, which stay). The
   * cells are listed once in the text's order and each reading is looked up by binary search.
   */
  function thingColumnPhones(text: string, found: Detection[]): Detection[] {
    return withoutReadingsInColumns(text, found, 'PHONE', (name) => keyDecision(name) === 'thingId');
  }
  /**
   * `found` without the PERSON readings inside a text table's cell under a header that names a city, a town or a
   * locality (key-names.ts isPlaceNameKey: `city`, `town`, `locality`), as such a member's value is a place (X4 of
   * 2026-12-05): O1 of the seventeenth probe, 2026-12-05j, `site,name,city,role` then `104,Mayo Clinic
   * Rochester,Rochester,PI` masked the city (`Rochester` is a listed given name), and the session's memory then
   * the site's name. Found in the cell's span only; the other columns keep their readings.
   */
  function placeColumnPersons(text: string, found: Detection[]): Detection[] {
    return withoutReadingsInColumns(text, found, 'PERSON', isPlaceNameKey);
  }
  /**
   * `found` without the readings of `type` that lie inside a text table's cell under a header `column`
   * accepts (a name of at most 64 characters). The cells are listed once in the text's order and each
   * reading is looked up by binary search.
   */
  function withoutReadingsInColumns(text: string, found: Detection[], type: string, column: (name: string) => boolean): Detection[] {
    const cells: TableCell[] = [];
    for (const table of textTables(text)) {
      const chosen = table.header.map((name) => name !== '' && name.length <= 64 && column(name));
      if (!chosen.includes(true)) continue;
      for (const row of table.rows) for (let c = 0; c < row.length; c++) if (chosen[c]) cells.push(row[c] as TableCell);
    }
    if (cells.length === 0) return found;
    cells.sort((a, b) => a.start - b.start);
    return found.filter((each) => {
      if (each.type !== type) return true;
      const cell = cells[firstCellEndingAfter(cells, each.start)];
      return cell === undefined || cell.start > each.start || cell.end < each.end;
    });
  }
  /**
   * Whether the line holding text[at] has a table's delimiter (`,`, a tab, `;`, `|`) and another line after it
   * (headerCellPersons's gate), or, with `lastLine`, is a table's last line too (placeColumnPersons's).
   */
  function onDelimitedLine(text: string, at: number, lastLine = false): boolean {
    // Both ends within the 1,024 characters a table's line may hold, read no further: unbounded
    // scans to the line's ends for every person of one long line were quadratic (issue 11).
    let end = indexOfWithin(text, 10, at, at + 1025);
    if (end < 0) {
      if (!lastLine || text.length - at > 1025) return false;
      end = text.length;
    }
    const start = lineStartFrom(text, at + 1, end - 1025);
    return end - start <= 1024 && /[,\t;|]/.test(text.slice(start, end));
  }
  /**
   * `found` without the PERSON readings inside a text table's header cell that names a column of
   * personal data (columnDecisions decides the header, and the cell as a member name decides
   * something: keyDecision or columnKind), as a markup table's header cells are
   * (markupTableDetections). The fifth probe of 2026-12-04, P9: `Soyadı,Adı,Doğum Tarihi` kept
   * `Doğum Tarihi` as `[PERSON]`, `Data de Nascimento` as `Data [PERSON]`. A cell that names no
   * column keeps its reading (`Okafor,dob`: a surname where a header's cell would be).
   */
  function headerCellPersons(text: string, found: Detection[]): Detection[] {
    let out = found;
    for (const table of textTables(text)) {
      if (columnDecisions(table.header) === undefined) continue;
      let start = 0;
      for (let line = 0; line < table.line && start >= 0; line++) {
        const next = text.indexOf('\n', start);
        start = next < 0 ? -1 : next + 1;
      }
      if (start < 0) continue;
      const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
      for (const each of out) {
        if (each.type !== 'PERSON' || each.start < start || each.end > lineEnd) continue;
        // The cell around the reading: from the delimiter before it to the one after it, trimmed and unquoted.
        let from = each.start;
        while (from > start && text[from - 1] !== table.delimiter) from--;
        let to = each.end;
        while (to < lineEnd && text[to] !== table.delimiter) to++;
        const cell = text.slice(from, to).trim().replace(/^["'`]|["'`]$/g, '').trim();
        if (cell.length === 0 || cell.length > 64 || (keyDecision(cell) === 'none' && columnKinds([cell])[0] === 'none')) continue;
        out = (out === found ? found.slice() : out).filter((other) => other !== each);
      }
    }
    return out;
  }
  /** The answers of a transcript in `text` (turn-answers.ts transcriptAnswers), each masked as its question's kind (answerValue), added to `found`. */
  function transcriptDetections(text: string, found: Detection[]): Detection[] {
    const answers = transcriptAnswers(text);
    if (answers.length === 0) return found;
    const out = found === NO_DETECTIONS ? [] : found;
    for (const answer of answers) {
      const decision = askedDecision(answer.question);
      if (decision === 'none') continue;
      // An answer that runs over to the next line (`A.  March 14,` then `1987.`): read as one, both parts masked.
      const more = answer.more;
      const joined = more === undefined ? undefined : answerValue(decision, `${text.slice(answer.start, answer.end)} ${text.slice(more.start, more.end)}`);
      if (more !== undefined && joined !== undefined && joined.type !== 'SECRET') {
        const normalized = joined.normalized === undefined ? {} : { normalized: joined.normalized };
        out.push({ start: answer.start, end: answer.end, type: joined.type, class: joined.class, ...normalized }, { start: more.start, end: more.end, type: joined.type, class: joined.class, ...normalized });
        continue;
      }
      const kind = answerValue(decision, text.slice(answer.start, answer.end));
      if (kind === undefined) continue;
      const normalized = kind.normalized === undefined ? {} : { normalized: kind.normalized };
      const end = kind.type === 'SECRET' ? secretSpan(text, answer).end : answer.end;
      out.push({ start: answer.start, end, type: kind.type, class: kind.class, ...normalized });
      const spelled = kind.type === 'PERSON' ? spellingAfter(text, answer.end, text.slice(answer.start, answer.end)) : undefined;
      if (spelled !== undefined) out.push({ start: spelled.start, end: spelled.end, type: kind.type, class: kind.class, normalized: kind.normalized ?? text.slice(answer.start, answer.end) });
    }
    return out;
  }
  /**
   * What a question asks for (`What is your date of birth?`: `dob`; `And your surname?`,
   * `What is your name?`, `Who am I speaking with?`: `person`; `What's your member ID?`: the
   * health id's kind; `Please type your password.`: `secret`; `What's the address on file?`:
   * `streetLine`), read as a form field's label (fieldDecision); `none` for a kind no answer is
   * taken for (a role, a thing's id, a key, a recipient).
   */
  function askedDecision(question: string): KeyDecision {
    const decision = fieldDecision(question);
    if (decision === 'secret' || (asksForSecret(question) && !aboutSecretField(question))) return 'secret';
    if (decision === 'none' || decision === 'thingId' || decision === 'keyLike' || decision === 'tokenKey' || decision === 'recipient' || decision === 'mrz' || (typeof decision === 'string' && isRoleDecision(decision))) {
      // A postal address asked for by the bare word (`What's the address on file?`; K9 of the fifth probe of 2026-12-04).
      return asksForName(question) ? 'person' : asksForStreetAddress(question) ? 'streetLine' : 'none';
    }
    return decision;
  }
  /** A question's decision as session memory holds it (a string: a health id's kind as `kind:TYPE:class`). */
  function askedKey(decision: KeyDecision): string {
    return typeof decision === 'string' ? decision : `kind:${decision.type}:${decision.class}`;
  }
  /** A decision held by askedKey, read back. */
  function askedFromKey(key: string | undefined): KeyDecision | undefined {
    if (key !== undefined && key.startsWith(USER_ASKED)) return undefined;
    if (key === undefined || !key.startsWith('kind:')) return key as KeyDecision | undefined;
    const [, type, kindClass] = key.split(':');
    return { type, class: kindClass } as KeyDecision;
  }
  /**
   * A turn's whole answer (`answer`, trimmed) as the kind its question asked for, or undefined when
   * it has not that kind's shape: a date of birth a date (birthDateSpelling, the whole answer), a
   * person's name one to four words of letters (personRoleValue), any other kind by keyedValue's
   * checks (an SSN, a passport, an account number by their shapes).
   */
  function answerValue(decision: KeyDecision, answer: string): KeyedValue | undefined {
    if (decision === 'dob' || decision === 'birthOrDeath') {
      const date = birthDateSpelling(answer);
      return date === undefined || date.length < answer.length - 1 ? undefined : { type: 'DOB', class: 'pii.date_of_birth', normalized: date.normalized };
    }
    // A name asked for: a name's shape, or one lower-case word no list holds as a common word (`zephra`; K9 of the fifth probe of 2026-12-04).
    if (decision === 'person') return enabled.has('person') && (personRoleValue(answer, 'role', isListedPersonName) || isLowerNameWord(answer)) ? { type: 'PERSON', class: 'pii.person', normalized: personNormalForm(answer) } : undefined;
    // A typed password, PIN or code: one token of a secret's shape (turn-answers.ts secretAnswer).
    if (decision === 'secret') return secretAnswer(answer) ? { type: 'SECRET', class: 'secret', normalized: undefined } : undefined;
    // A health id asked for (`What's your member ID?`): an id's shape, a digit and no blank run of words (`I don't have it` stays).
    if (typeof decision === 'object' && !/^(?=.*\d)[A-Za-z0-9][A-Za-z0-9 ./-]{3,30}$/.test(answer)) return undefined;
    return keyedValue(decision, answer);
  }
  /** One answer in a turn: the span of its value in the turn's text and the kind its question asked for. */
  type TurnAnswer = { span: { start: number; end: number }; kind: KeyedValue };
  /**
   * What a question asks for, as a list: the whole question's decision, then those of its clauses
   * when it asks for two values or more (`please reply with your date of birth and the last 4 of
   * your SSN`: turn-answers.ts questionClauses); empty when it asks for nothing an answer is taken for.
   */
  function askedDecisions(question: string): KeyDecision[] {
    const out: KeyDecision[] = [];
    const whole = askedDecision(question);
    if (whole !== 'none') out.push(whole);
    const clauses = questionClauses(question);
    if (clauses !== undefined) {
      for (const clause of clauses) {
        const decision = askedDecision(clause);
        if (decision !== 'none' && !out.some((held) => askedKey(held) === askedKey(decision))) out.push(decision);
      }
    }
    return out;
  }
  /**
   * The answers in a turn's `text` to a question that asked for `asked` (its decisions): the whole
   * short answer (answerSpan, inside markup: `<p>1983-07-19</p>`) as the first kind whose shape it
   * has (answerValue), or else each part of a reply to two questions (`1983-07-19, 8514`:
   * answerParts) as the first kind whose shape that part has. Empty when none has a kind's shape.
   */
  function turnAnswers(asked: readonly KeyDecision[], text: string): TurnAnswer[] {
    if (asked.length === 0) return [];
    const inner = text.indexOf('<') >= 0 ? insideMarkup(text) : { start: 0, end: text.length };
    if (inner.end - inner.start > MAX_ANSWER_CHARS * 2 || text.lastIndexOf('<', inner.end - 1) >= inner.start) return [];
    const span = answerSpan(text, inner.start, inner.end);
    if (span === undefined) return [];
    const kindOf = (part: { start: number; end: number }): KeyedValue | undefined => {
      for (const decision of asked) {
        const kind = answerValue(decision, text.slice(part.start, part.end));
        if (kind !== undefined) return kind;
      }
      return undefined;
    };
    const whole = kindOf(span);
    if (whole !== undefined) return [{ span: whole.type === 'SECRET' ? secretSpan(text, span) : span, kind: whole }];
    const out: TurnAnswer[] = [];
    for (const part of answerParts(text, span) ?? []) {
      const kind = kindOf(part);
      if (kind !== undefined) out.push({ span: part, kind });
    }
    return out;
  }
  /**
   * The answers of a conversation's turns in one list: a chat's messages (`[{ role: 'assistant',
   * content: Q }, { role: 'user', content: A }]`), and the turn lists of conversation APIs
   * (Intercom `conversation_parts` with `author.type` and HTML `body`, Zendesk `comments` with
   * `author_id`, Twilio messages with `direction`, Help Scout `threads`, Freshdesk `incoming`,
   * Slack `user`; turn-answers.ts speakerOf; L2 of the probe of 2026-12-05d). By index: each turn
   * whose whole text is a short answer (turnAnswers) of a kind the turn before it asked for, when
   * another speaker wrote it. Either party may ask (a user's `DOB?` then the model's date), except
   * that a name asked of the model (`What is your name?` to an assistant) is its own. `before`:
   * the question the session's last event ended with, taken by the first turn when no turn of the
   * list is an asking party's.
   */
  function chatAnswers(items: readonly JsonValue[], before: KeyDecision | undefined): Map<number, { member: string; answers: TurnAnswer[] }> | undefined {
    let out: Map<number, { member: string; answers: TurnAnswer[] }> | undefined;
    const speakers = items.map((item) => (item !== null && typeof item === 'object' && !Array.isArray(item) ? speakerOf(item) : undefined));
    let asked: KeyDecision[] = before !== undefined && !speakers.some(askingSpeaker) ? [before] : [];
    let asker: string | undefined;
    let question = '';
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        asked = [];
        continue;
      }
      const speaker = speakers[index];
      if (speaker === undefined) continue;
      const turn = turnText(item);
      if (asked.length > 0 && speaker !== asker && turn !== undefined) {
        // A name asked of the model by its user is the model's (`What is your name?` then `Quillbot`).
        const own = answeringSpeaker(asker) && askingSpeaker(speaker) && /\byou(?:rs?|rself)?\b/i.test(question);
        const answers = turnAnswers(own ? asked.filter((decision) => decision !== 'person') : asked, turn.text);
        if (answers.length > 0) (out ??= new Map()).set(index, { member: turn.member, answers });
      }
      const asks = turn === undefined ? undefined : askedIn(questionText(turn.text));
      asked = asks === undefined ? [] : askedDecisions(asks);
      asker = speaker;
      question = asks ?? '';
    }
    return out;
  }
  /**
   * `text` with its answers masked whole as their kinds; a spelling of a name after it
   * (`Dorvane. D-O-R-V-A-N-E.`) as the same value; what is left read as any text.
   */
  function answeredText(text: string, span: { start: number; end: number }, kind: KeyedValue, pending: Pending): string {
    return answeredTexts(text, [{ span, kind }], pending);
  }
  function answeredTexts(text: string, answers: readonly TurnAnswer[], pending: Pending): string {
    let out = '';
    let at = 0;
    for (const { span, kind } of answers) {
      const value = text.slice(span.start, span.end);
      const token = wholeValue(value, kind.type, kind.class, pending, kind.normalized) as string;
      const spelled = kind.type === 'PERSON' ? spellingAfter(text, span.end, value) : undefined;
      const between = text.slice(at, span.start);
      out += `${between.length === 0 ? '' : redactString(between, 'content', pending, undefined, false)}${token}`;
      if (spelled !== undefined) out += `${text.slice(span.end, spelled.start)}${token}`;
      at = spelled === undefined ? span.end : spelled.end;
    }
    const rest = text.slice(at);
    return `${out}${rest.length === 0 ? '' : redactString(rest, 'content', pending, undefined, false)}`;
  }
  /**
   * A walked turn (`child`) with its answers masked (answeredTexts) in the text member they were
   * read in, or its one text part; each other text member of the turn (`html_body` beside `body`)
   * whose own answer spells the same values too.
   */
  function answeredMessage(item: Record<string, JsonValue>, child: Record<string, JsonValue>, answer: { member: string; answers: TurnAnswer[] }, pending: Pending): JsonValue {
    const raw = item[answer.member];
    let out: Record<string, JsonValue> = child;
    if (typeof raw === 'string') out = { ...child, [answer.member]: answeredTexts(raw, answer.answers, pending) };
    else {
      const part = Array.isArray(raw) ? raw[0] : undefined;
      const walked = child[answer.member];
      if (part !== null && typeof part === 'object' && !Array.isArray(part) && typeof part.text === 'string' && Array.isArray(walked) && walked[0] !== null && typeof walked[0] === 'object') {
        out = { ...child, [answer.member]: [{ ...(walked[0] as Record<string, JsonValue>), text: answeredTexts(part.text, answer.answers, pending) }] };
      }
    }
    const rawOf = (answers: readonly TurnAnswer[], text: string): string[] => answers.map((held) => text.slice(held.span.start, held.span.end));
    const values = typeof raw === 'string' ? rawOf(answer.answers, raw) : undefined;
    if (values === undefined) return out;
    for (const member of TURN_TEXT_MEMBERS) {
      const other = item[member];
      if (member === answer.member || typeof other !== 'string') continue;
      const inner = other.indexOf('<') >= 0 ? insideMarkup(other) : { start: 0, end: other.length };
      const span = answerSpan(other, inner.start, inner.end);
      if (span === undefined) continue;
      const same = answer.answers.length === 1 ? [{ span, kind: (answer.answers[0] as TurnAnswer).kind }] : undefined;
      if (same !== undefined && rawOf(same, other)[0] === values[0]) out = { ...out, [member]: answeredTexts(other, same, pending) };
    }
    return out;
  }
  /**
   * The runs of a rich-text list (rich-text-runs.ts) that are a label's value: the run after one
   * that ends with a label a member of that name would decide (`DOB `, `Date of birth: `,
   * `Patient name: `, `Member ID: `), by index, with that decision; the value is the next run
   * whole, at most MAX_RUN_VALUE characters on one line (a person's name: one to four words of letters).
   */
  function runLabels(items: readonly JsonValue[]): Map<number, { run: RunText; decision: KeyDecision }> | undefined {
    let out: Map<number, { run: RunText; decision: KeyDecision }> | undefined;
    let before = runTextOf(items[0]);
    for (let index = 1; index < items.length; index++) {
      const run = runTextOf(items[index]);
      const phrases = before === undefined || run === undefined ? undefined : labelPhrases(before.text);
      before = run;
      if (phrases === undefined || run === undefined) continue;
      const value = run.text.trim();
      if (value.length === 0 || value.length > MAX_RUN_VALUE || value.indexOf('\n') >= 0) continue;
      for (const phrase of phrases) {
        const decision = textKeyDecision(phrase);
        if (decision === 'none' || decision === 'thingId') continue;
        if ((decision === 'person' || isRoleDecision(decision)) && !RUN_NAME.test(value)) break;
        (out ??= new Map()).set(index, { run, decision });
        // A name split over runs (`Customer: ` + `Thandiwe ` + `Mokoena-Pillay`, an ADF text node per
        // word; L1 of probe 2026-12-05h): the run after a name run that ends with a blank goes on
        // with the name when it is one or two capitalized name words (continuedName).
        if ((decision === 'person' || isRoleDecision(decision)) && /[ \t]$/.test(run.text)) {
          const next = runTextOf(items[index + 1]);
          if (next !== undefined && continuedName(next.text.trim())) out.set(index + 1, { run: next, decision });
        }
        break;
      }
    }
    return out;
  }
  /** The rest of a name in a run of its own: one or two capitalized words, each a record's name word or a double-barrelled surname (`Mokoena-Pillay`, `Okafor`). */
  function continuedName(text: string): boolean {
    if (text.length === 0 || text.length > MAX_RUN_VALUE || !RUN_NAME.test(text)) return false;
    const words = text.split(' ');
    return words.length <= 2 && words.every((word) => isRecordNameWord(word) || isHyphenatedSurname(word));
  }
  /** A walked run (`child`) with its text masked whole as its label's value (byKey), its blanks around kept; as walked when the value is not of the label's kind. */
  function labelledRun(child: Record<string, JsonValue>, run: RunText, decision: KeyDecision, pending: Pending): JsonValue {
    const value = run.text.trim();
    const masked = byKey(isRoleDecision(decision) ? 'person' : decision, value, pending);
    if (typeof masked !== 'string') return child;
    const at = run.text.indexOf(value);
    const text = `${run.text.slice(0, at)}${masked}${run.text.slice(at + value.length)}`;
    let out = child;
    for (const path of run.paths) {
      if (path.length === 1) out = { ...out, [path[0] as string]: text };
      else {
        const inner = out[path[0] as string];
        if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) out = { ...out, [path[0] as string]: { ...inner, [path[1] as string]: text } };
      }
    }
    return out;
  }
  /**
   * What an event's content leaves asked for the session's next event: the decision of the
   * question its output ends with (a string, a message, OpenAI `choices[0].message`, a list whose
   * last message asks), null when it has a turn that asks nothing (the question was answered or
   * dropped), undefined when it has no turn at all.
   */
  function turnAsked(content: NonNullable<UnsealedEvent['content']>): string | null | undefined {
    const output = content.output;
    let text: string | undefined;
    if (typeof output === 'string') text = output;
    else if (output !== null && typeof output === 'object') {
      let message: JsonValue | undefined = output;
      if (Array.isArray(output)) message = output[output.length - 1];
      else if (Array.isArray(output.choices)) message = (output.choices[0] as Record<string, JsonValue> | undefined)?.message;
      else if (Array.isArray(output.messages)) message = output.messages[output.messages.length - 1];
      if (message !== null && typeof message === 'object' && !Array.isArray(message) && (message.role === undefined || isAskingRole(message.role))) text = messageText(message);
    }
    if (text !== undefined) {
      const question = askedIn(text);
      const decision = question === undefined ? 'none' : askedDecision(question);
      return decision === 'none' ? null : askedKey(decision);
    }
    // A request without output whose last turn is the user's question (`DOB?` in a model request's
    // messages): the model's answer in the session's next event takes its kind (L2 of the probe
    // of 2026-12-05d), held with USER_ASKED before it; a name asked of the model (`What is your
    // name?`) is the model's own and is none.
    const input = content.input;
    if (output === undefined && input !== undefined && input !== null) {
      let message: JsonValue | undefined = input;
      if (Array.isArray(input)) message = input[input.length - 1];
      else if (typeof input === 'object' && Array.isArray(input.messages)) message = input.messages[input.messages.length - 1];
      const asked = typeof message === 'string' ? message : message !== null && typeof message === 'object' && !Array.isArray(message) && isAnsweringRole(message.role) ? messageText(message) : undefined;
      const question = asked === undefined ? undefined : askedIn(questionText(asked));
      const decision = question === undefined ? 'none' : askedDecision(question);
      if (decision !== 'none' && !(decision === 'person' && /\byou(?:rs?|rself)?\b/i.test(question as string))) return `${USER_ASKED}${askedKey(decision)}`;
    }
    return content.input === undefined ? undefined : null;
  }
  /**
   * The cells of tables written in markup (xml-values.ts markupTables: HTML `<table>`, SpreadsheetML
   * rows and shared strings, WordprocessingML, OpenDocument; a fresh probe of 2026-12-04, H9), each
   * column decided by its header as a member by its name (columnDecisions, as a table in text is),
   * each cell's text read as that member's value (keyedValue). In the shared strings' weaker
   * reading a value must have its column's shape: a person's name one to five capitalized words
   * without a digit, any other kind its own check (keyedValue's); a string that is itself a
   * column's name stays.
   */
  function markupTableDetections(text: string, found: Detection[]): Detection[] {
    const tables = markupTables(text, namesPersonalKind);
    if (tables.length === 0) return found;
    let out = found;
    let seen: Set<string> | undefined;
    for (const table of tables) {
      const decisions = columnDecisions(table.header);
      if (decisions === undefined) continue;
      // A column's name is no person's (`Patient Last Name`, `Kunde`): a name detector's reading inside a header cell is dropped.
      for (const cell of table.headerCells) {
        for (const run of cell) {
          if (!out.some((each) => each.type === 'PERSON' && each.start >= run.start && each.end <= run.end)) continue;
          if (out === found) out = found.slice();
          out = out.filter((each) => !(each.type === 'PERSON' && each.start >= run.start && each.end <= run.end));
        }
      }
      for (const row of table.rows) {
        for (let c = 0; c < row.length && c < decisions.length; c++) {
          const decision = decisions[c] as KeyDecision;
          const cell = row[c];
          if (decision === 'none' || cell === undefined) continue;
          for (const run of cell) {
            const value = text.slice(run.start, run.end);
            if (WHOLE_TOKEN.test(value) || (table.list && HEADER_NAME.test(value) && namesPersonalKind(value))) continue;
            if (table.list && decision === 'person' && !CAPITALIZED_WORDS.test(value)) continue;
            const kind = keyedValue(decision, value);
            if (kind === undefined || (kind.type === 'PERSON' && !/\p{L}/u.test(value))) continue;
            // Found already (a detector's reading of the same cell): one set of the spans, built once.
            seen ??= new Set(out.map((each) => `${each.start}:${each.end}:${each.type}`));
            if (seen.has(`${run.start}:${run.end}:${kind.type}`)) continue;
            if (out === found) out = found.slice();
            out.push({ start: run.start, end: run.end, type: kind.type, class: kind.class, normalized: kind.normalized ?? value });
          }
        }
      }
    }
    return out;
  }
  /** Whether a column's name names a kind of personal data (markupTables: where the shared strings' header ends). */
  const namesPersonalKind = (name: string): boolean => {
    const decision = keyDecision(name);
    return decision !== 'none' && decision !== 'thingId';
  };
  /**
   * The spans of `text`'s markup view (markup-view.ts: emphasis, backticks and HTML tags taken out,
   * a label cell before its value cell read as `label: value`, a form input as `field: value`)
   * added to `found`, mapped back: a label the markup hid decides its value as in plain text
   * (second probe of 2026-12-04, G4, G5, G13). Secrets are the text's own (found as written).
   */
  function markupDetections(text: string, found: Detection[], keyIsSecret: boolean): Detection[] {
    const view = markupView(text);
    if (view === undefined) return found;
    const inView = detectBuiltin(view.text, enabled, keyIsSecret);
    const inner = mayHoldPairs(view.text) || mayHoldCalls(view.text) ? keyedDetections(view.text, inView) : inView;
    let out = found;
    for (const detection of inner) {
      if (detection.class === 'secret') continue;
      const span = markupSpan(view, detection.start, detection.end);
      if (span === undefined) continue;
      const [start, end] = span;
      if (found.some((each) => each.start === start && each.end === end)) continue;
      if (out === found) out = found.slice();
      out.push({ ...detection, start, end, normalized: detection.normalized ?? view.text.slice(detection.start, detection.end) });
    }
    return out;
  }
  /**
   * A key's decision in text: keyDecision's (the structured path's), else, for a dotted or nested
   * name (`customer.first_name`, `user.phone`), its last part's.
   */
  function textKeyDecision(name: string): KeyDecision {
    const decision = keyDecision(name);
    if (decision !== 'none') return decision;
    const dot = name.lastIndexOf('.');
    return dot > 0 && dot < name.length - 1 ? keyDecision(name.slice(dot + 1)) : 'none';
  }
  /**
   * Whether a key in text may decide for its value: a decision of its own, a date of birth's (its
   * value read as a date: Ruby `"dob"=>"…"`, PHP `[dob] => …`, `fecha_nacimiento=…`, `dob:
   * ISODate("…")`), a generic name beside a surname, a name's part beside another
   * (`{'given':'Qxaro','family':'Dorvane'}`), a lone name key (`nom=`, LDAP `sn:`), or a biometric
   * template's generic key (`template_b64=`: biometric-members.ts, read in keyedDetections).
   */
  const wantedTextKey = (name: string): boolean => {
    const decision = textKeyDecision(name);
    if (decision === 'dob' || decision === 'birthOrDeath') return true;
    if (isLoneNameKey(name)) return true;
    return decision === 'none' ? isGenericNameKey(name) || isNameMemberKey(name) || isTemplateMember(name) : takesTextDecision(decision);
  };
  /** A key a call names (callPairs: `setPassword("…")`, `headers.set('X-Api-Key', '…')`): a text key's, or a secret's, as no text detector reads calls. */
  const wantedCallKey = (name: string): boolean => wantedTextKey(name) || textKeyDecision(name) === 'secret';
  /**
   * Personal data named by its key in a text format (text-pairs.ts: `key=value`, `key: value`,
   * `"key":"value"`, `key="value"` attributes, `<key>value</key>`): each key decided as a member of
   * a JSON object by that name (keyDecision; a generic `name` beside a surname key as in an object),
   * each value read as that member's value (keyedValue: the same type, class and normalized form,
   * so the same pseudonym). Secrets in these forms are the text detectors' (detectAssignments); a
   * date-of-birth key's value is a DOB when it starts with a date (the second probe of 2026-12-04,
   * G11: Ruby `"dob"=>`, PHP `[dob] =>`, `fecha_nacimiento=`). Issue 11, F3 of the probe of 2026-12-04.
   */
  function keyedDetections(text: string, found: Detection[]): Detection[] {
    const pairs = mayHoldPairs(text) ? textPairs(text, wantedTextKey) : [];
    const elements = elementPairs(text, wantedTextKey);
    // A value named by an XML attribute or a sibling element (named-pairs.ts: SAML `<Attribute Name>`,
    // `<entry key>`, `<param name value>`, plist `<key>`; the fourth probe of 2026-12-04, J1).
    // The naming attribute's text is no value of its own (`name="surname"` beside a surname).
    const markup = text.indexOf('<') !== -1;
    if (markup && mayHoldNamedPairs(text)) {
      const named = new Set<number>();
      for (const pair of xmlNamedPairs(text, wantedTextKey, named)) elements.push(pair);
      if (named.size > 0) {
        for (let k = pairs.length - 1; k >= 0; k--) if (named.has((pairs[k] as TextPair).start)) pairs.splice(k, 1);
        for (let k = elements.length - 1; k >= 0; k--) if (named.has((elements[k] as TextPair).start)) elements.splice(k, 1);
      }
    }
    // An LDAP DN's `cn` (`dn: cn=Zephra Mollquist,ou=people,…`, J12) and a PDF form's `/T (LastName) /V (…)` (FDF, J19).
    if (mayHoldDistinguishedName(text)) for (const pair of distinguishedNamePairs(text)) elements.push(pair);
    if (mayHoldFdf(text)) for (const pair of fdfPairs(text, wantedTextKey)) elements.push(pair);
    // OFX statement fields, closed or not (`<ACCTID>000123456789<ACCTTYPE>`, `<NAME>QXARO VLINTUK<MEMO>`, J10).
    if (markup && mayHoldOfx(text)) for (const pair of ofxPairs(text)) elements.push(pair);
    // A value passed to a call that names it (the third probe of 2026-12-04, H17: `setLastName("…")`, `.ssn("…")` in a builder, `put("dob", …)`).
    if (mayHoldCalls(text)) for (const pair of callPairs(text, wantedCallKey)) pairs.push(pair);
    // A change written as text (`Field "Last Name" changed from "…" to "…"`, `changed surname … -> …`; K4 of the fifth probe of 2026-12-04).
    if (mayHoldChanges(text)) for (const pair of changePairs(text, wantedTextKey)) pairs.push(pair);
    // A filter's comparison (SCIM `name.familyName eq "…"`, OData `$filter=lastname eq '…'`, `contains(lastname,'…')`; K6 of the fifth probe of 2026-12-04).
    if (mayHoldFilters(text)) for (const pair of filterPairs(text, wantedTextKey)) pairs.push(pair);
    if (pairs.length === 0 && elements.length === 0) return found;
    let surnamed: boolean | undefined;
    let members: Set<string> | undefined;
    const names = (): string[] => pairs.map((each) => each.name).concat(elements.map((each) => each.name));
    for (const pair of elements.length === 0 ? pairs : pairs.concat(elements)) {
      let decision = textKeyDecision(pair.name);
      // A coded value's `displayName` (HL7 v3 CD: `<code code="…" codeSystem="…" displayName="…"/>`) is the code's text.
      if (pair.name.length === 11 && pair.name.toLowerCase() === 'displayname' && inCodedTag(text, pair.start)) continue;
      if (decision === 'secret') {
        // A call's argument only (wantedCallKey): a secret's literal, as an assignment's (detectAssignments) is.
        const value = text.slice(pair.start, pair.end);
        if (pair.call === true && value.length >= 3 && !NOT_A_VALUE.test(value) && !WHOLE_TOKEN.test(value)) found.push({ start: pair.start, end: pair.end, type: 'PASSWORD', class: 'secret' });
        continue;
      }
      if (decision === 'dob' || decision === 'birthOrDeath') {
        // A date of birth's key: the date its value starts with (detectors.ts birthDateSpelling), normalized as detectBirthDates does.
        const date = birthDateSpelling(text.slice(pair.start, Math.min(pair.start + 64, Math.max(pair.lineEnd, pair.end))));
        if (date === undefined || date.length <= 0) continue;
        found.push({ start: pair.start, end: pair.start + date.length, type: 'DOB', class: 'pii.date_of_birth', normalized: date.normalized });
        continue;
      }
      // A template's generic key (`template_b64=Rk1S…`) whose value has a template's shape and is an ISO/IEC 19794
      // record, or stands beside a biometric key of the same text (`minutiae: … template_b64=…`): biometric-members.ts.
      if (decision === 'none' && isTemplateMember(pair.name)) {
        const value = text.slice(pair.start, pair.end);
        const kind = templateText(value) && (biometricRecordText(value) || names().some((name) => textKeyDecision(name) === BIOMETRIC)) ? keyedValue(BIOMETRIC, value) : undefined;
        // As the same value under a JSON member: its type, class and normalized form (one pseudonym).
        if (kind !== undefined) found.push({ start: pair.start, end: pair.end, type: kind.type, class: kind.class, normalized: kind.normalized ?? value });
        continue;
      }
      // `savings=12500000 currency=USD`: a balance beside money's keys, as in an object (commercial-ids.ts balanceMembers).
      if (isBalanceOrAccountKey(pair.name) && moneyKeyInText(text)) continue;
      if ((pair.loneName === true || isLoneNameKey(pair.name)) && (decision === 'none' || decision === 'thingId')) {
        surnamed ??= hasSurnameKey(names());
        if (!surnamed) {
          // Alone: a person's name when the value has a name's shape (capitalized words, no digit).
          const value = text.slice(pair.start, pair.lineEnd === pair.end ? pair.nameEnd : pair.lineEnd);
          // A DN's `cn` (RFC 4514): an escaped comma is the name's own (`Vlintuk\, Qxaro`); two words at
          // least (`CN=Users` stays), read as the same words alone in a member would be (the name
          // detectors: `Domain Controllers`, `Backup Operators`, `Vpn Gateway` stay).
          const shape = pair.loneName === true ? value.replace(/\\,[ \t]?/g, ' ') : value;
          if (!enabled.has('person') || !CAPITALIZED_WORDS.test(shape) || !personRoleValue(shape, 'role', isListedPersonName)) continue;
          if (pair.loneName === true && (!/\S\s+\S/.test(shape) || !detectBuiltin(shape, enabled).some((each) => each.type === 'PERSON' && each.start === 0 && each.end === shape.length))) continue;
          found.push({ start: pair.start, end: pair.start + value.length, type: 'PERSON', class: 'pii.person', normalized: personNormalForm(shape) });
          continue;
        }
        decision = 'person';
      }
      if (decision === 'none') {
        members ??= nameMembers(names());
        surnamed ??= hasSurnameKey(names());
        if (!members.has(pair.name) && !(surnamed && isGenericNameKey(pair.name))) continue;
        decision = 'person';
      }
      const named = decision === 'person' || isRoleDecision(decision);
      // A lone `key: value` inside a sentence: a name only when capitalized.
      if (named && !pair.certain && !/^\p{Lu}/u.test(text.slice(pair.start, pair.start + 1))) continue;
      const first = text.slice(pair.start, pair.end);
      if (NOT_A_VALUE.test(first) || WHOLE_TOKEN.test(first)) continue;
      let end = named && pair.lineEnd === pair.end ? pair.nameEnd : pair.lineEnd;
      // A number's or an id's line ends with its last word that holds a digit (`Tel.: +44 207 946
      // 0000 today`, `ssn: 536228514 (verified)`); an address part's line is read whole.
      if (!named && end > pair.end && decision !== 'address' && decision !== 'addressNumber') end = pair.start + upToLastDigitWord(text.slice(pair.start, end));
      let kind = keyedValue(decision, text.slice(pair.start, end));
      if (kind === undefined && end !== pair.end) {
        end = pair.end;
        kind = keyedValue(decision, first);
      }
      if (kind === undefined) continue;
      // A postal code's or a house number's label that is also a phone's word in another language (Turkish `Cep:`, the
      // mobile, read as Brazil's CEP) before a phone the detectors read from the value's start on past it: the phone's
      // (`Cep: 0 (532) 123 45 67` kept `Cep: [ADDRESS]` on the `0` and the rest raw; L9 of the README-only probe of 2026-12-06b).
      if (decision === 'addressNumber' && phoneHoldsValue(text, found, pair.start, end)) continue;
      const value = text.slice(pair.start, end);
      // In text a number's or an id's value holds a digit (`SSN: not provided`, `passport: valid`
      // stay), an address part's a digit or a capital (`Street: closed` is prose).
      // An account's name (`UserName=mquintanilla`, `login: marisol.quintanilla`) spells its person with no digit (account-names.ts accountPersonValue; L6b of 2026-12-05c).
      if (decision === 'address' ? !/[\d\p{Lu}]/u.test(value) : !named && decision !== 'addressNumber' && decision !== 'mrz' && decision !== 'login' && !/\d/.test(value)) continue;
      // 12 digits after `account=` in an AWS query (a region or an ARN around it): an AWS account
      // id, kept as in an AWS object (awsAccountKept) and by detectors.ts detectParameters.
      if (decision === 'bareAccount' && text.charCodeAt(pair.start - 1) === 61 && isAwsAccountId(value) && awsQueryAround(text, pair.start)) continue;
      // A role's word is a label of prose as often in text (`Patient: stable overnight`, `Driver:
      // updated`): a role key in text gives a phone only (`to: +14155550132`); the name detectors
      // read names after those words.
      // A key and a value both quoted are a JSON member inside text (`msg='{"customer":"Zwiebelhofer,
      // Leberecht"}'`, `payload="{\"patient\":\"…\"}"`; F12 of the leak probe of 2026-12-07): read
      // as that member of an object would be.
      if (isRoleDecision(decision) && kind.type !== 'PHONE' && !(pair.quoted && quotedKeyBefore(text, pair.start))) continue;
      if (kind.type === 'PERSON' && !/\p{L}/u.test(value)) continue;
      found.push({ start: pair.start, end, type: kind.type, class: kind.class, normalized: kind.normalized ?? value });
    }
    return found;
  }

  // Session memory (see RedactorOptions.sessionMemory); `memory` is the current event's (none
  // without a session or trace), `memories` the same as a list of none or one.
  const sessionMemory = options.sessionMemory === false ? undefined : new SessionMemory(options.sessionMemory ?? {});
  let memory: SessionValues | undefined;
  let memories: SessionValues[] = [];
  /** What the session's last event asked for (SessionValues.asked), read when an event starts: its first answer takes that kind (turn-answers.ts). */
  let askedBefore: KeyDecision | undefined;
  // One function for every recall (no closure made per string). find's empty list is shared
  // (frozen): findNormalized makes a list of its own before it adds to an empty one, and the
  // callers below only read an empty answer (no array made per string without a recurrence).
  const findInMemory = (spelling: string): Detection[] => (memory as SessionValues).find(spelling);
  function recall(text: string): Detection[] | undefined {
    if (memory === undefined || memory.size === 0) return undefined;
    // In the text and in its normalized view (`Ylvi\u200bsaker`, full-width letters), mapped back.
    // A recurrence has a detection's fields (start, end, type, class, normalized): used as is.
    const found = findNormalized(text, findInMemory);
    if (found.length === 0) return undefined;
    // A remembered part of a person's name inside a firm's name of the same spelling is the
    // firm's (`Stanley` of a person, then `custodian Morgan Stanley`; names.ts firmPartAt): left.
    if (!found.some((hit) => hit.type === 'PERSON')) return found;
    const kept = found.filter((hit) => hit.type !== 'PERSON' || !firmPartAt(text, hit.start, hit.end));
    return kept.length === 0 ? undefined : kept;
  }
  // A name's variants are a function of the name (the name lists never change once loaded): a
  // name forgotten and sighted again in a session does not work them out again. Bounded
  // (RecentMap: up to 2 x 1,024 names); the arrays are never changed after they are stored.
  const nameVariants = new RecentMap<string, readonly string[]>(1024);
  /** A phone number's other spellings by its canonical form (RecentMap: up to 2 x 1,024 numbers). */
  const phoneVariants = new RecentMap<string, readonly string[]>(1024);
  /** A name of several parts: blanks, a comma or an emoji between them (`Okafor,Amara`, `Qxaro👩‍⚕️Vlintuk`). */
  const NAME_PARTS = /[\s,\u200d\ufe0f]|\p{Extended_Pictographic}/u;
  function remember(raw: string, type: string, dataClass: string, normalized: string, into: SessionValues | undefined = memory): boolean {
    if (into === undefined) return false;
    // A title is no part of a remembered name (F1 of the leak probe of 2026-12-07: `Herr` of `Herr Kasimir Wendelin`
    // was remembered as a part and masked alone later with his pseudonym): the name is remembered from its first word after them.
    if (type === 'PERSON') {
      const skip = titlesEnd(raw.trimStart());
      if (skip > 0) {
        const rest = raw.trimStart().slice(skip);
        if (rest === '') return false;
        raw = rest;
      }
    }
    // A vendor's, a product's or a bot's word masked as a person (`GitHub` under `displayName`) is not remembered:
    // it would mask the word inside every later id of the session (names.ts isOrganizationValue; O1 of 2026-12-05h).
    if (type === 'PERSON' && raw.length <= 40 && isOrganizationValue(raw)) return false;
    // One object for every spelling below: the memory copies it once for a run of equal ones (SessionValues.add).
    const value: RememberedValue = { type, class: dataClass, normalized };
    const fresh = into.remember(raw, value);
    // A person's name recurs in parts and other orders ("Tapsell, Wiremu", "Wiremu" after
    // "Wiremu Tapsell"): those are remembered too, masked with the full name's pseudonym
    // (worked out once, at the name's first sighting in the session).
    // The bound is on the name without the blanks around it, as the memory counts it: a name
    // padded past 128 characters (`'Xavq Plimbo' + 125 spaces`) was remembered whole but not in
    // its parts, and `Plimbo` alone was stored raw later in the session.
    const name = raw.trim();
    if (fresh && type === 'PERSON' && name.length <= MAX_REMEMBERED_CHARS && NAME_PARTS.test(name)) {
      let variants = nameVariants.get(name);
      try {
        if (variants === undefined) {
          variants = personNameVariants(name);
          nameVariants.set(name, variants);
        }
      } catch {
        // The name lists are missing: the person detector reports that on its own.
      }
      for (const variant of variants ?? []) if (!isOrganizationValue(variant)) into.remember(variant, value);
    }
    // A phone number recurs in its other spellings (`07700900123`, `447700900123`, `0044 7700
    // 900123` after `+44 7700 900123`): those are remembered too, with the same canonical form and
    // so the same pseudonym (detectors.ts phoneSpellings; at most four, worked out once per number).
    if (fresh && type === 'PHONE') {
      let spellings = phoneVariants.get(normalized);
      if (spellings === undefined) {
        spellings = phoneSpellings(normalized);
        phoneVariants.set(normalized, spellings);
      }
      for (const spelling of spellings) into.remember(spelling, value);
    }
    return fresh;
  }

  function redactString(text: string, path: string | readonly string[], pending: Pending, custom: CustomResults | undefined, keyIsSecret: boolean, thingId = false, customOnly = false): string {
    const out = redactText(text, path, pending, custom, keyIsSecret, thingId, customOnly);
    // What it became: a value masked here already (by a detector or from memory) needs no second pass.
    pending.visited?.push(out);
    if (memory !== undefined && !customOnly) noteEnd(text, out, path, pending);
    return out;
  }

  // Values streamed in chunks, one event each (the second probe of 2026-12-04, G7: `…card on file
  // is 4111 1111` then ` 1111 1111, expiring 12/27.`, `The SSN we have is 536-22-` then `8514.`):
  // no chunk holds enough for a detector. The raw end of a string that may go on (noteEnd) is kept
  // in the session's memory, by the string's path in its event; the next event's string at the
  // same path is read with it in front (continuedSpans), and a value found across the seam is
  // masked in the new string as the whole value (its type, its pseudonym) and remembered for the
  // session. The part stored with the earlier event stays as it was sealed then (an event is
  // sealed when it is recorded): that part alone is no value a detector reads.
  /** Characters of a string's start read after the kept end (a value split there is shorter). */
  const MAX_CONTINUATION = 64;
  const pathKey = (path: string | readonly string[]): string => (typeof path === 'string' ? path : path.join('.'));
  /**
   * Whether a value's path names a thing's attribute (key-names.ts isThingNameKey): the member it is
   * under, past list indexes (`items.0.color`), or for a generic `name`/`title`/`label` the member
   * above it (`campaign.name`, `product.title`).
   */
  const thingNamePath = (path: readonly string[]): boolean => {
    let seen = 0;
    for (let k = path.length - 1; k >= 0 && seen < 2; k--) {
      const member = path[k] as string;
      if (/^\d+$/.test(member)) continue;
      if (isThingNameKey(member)) return true;
      if (seen === 0 && !GENERIC_TITLE_MEMBERS.has(member.toLowerCase())) return false;
      seen++;
    }
    return false;
  };
  /** The member a value is under (past a list's index) names a city, town or locality (isPlaceNameKey). */
  const placeNamePath = (path: readonly string[]): boolean => {
    for (let k = path.length - 1; k >= 0; k--) {
      const member = path[k] as string;
      if (!/^\d+$/.test(member)) return isPlaceNameKey(member);
    }
    return false;
  };
  /** The spans of `text` that finish a value begun at the end of the session's last string at `path` (undefined: none). */
  function continuedSpans(text: string, path: string | readonly string[]): Detection[] | undefined {
    let tail = (memory as SessionValues).carryOf(pathKey(path));
    if (tail === undefined || text.length === 0) return undefined;
    // A label kept at the last chunk's end (L3 of the probe of 2026-12-06b): the value this string starts with is the label's.
    const labelled = tail.charCodeAt(tail.length - 1) === 2;
    if (labelled) tail = tail.slice(0, -1);
    // A value read whole at the last chunk's end goes on only in a chunk glued to it, as a value of its type (maskedEnd).
    let sameType: string | undefined;
    const mark = tail.lastIndexOf(GLUED_ONLY);
    if (mark !== -1) {
      if (CUT_SEPARATOR.has(text.charCodeAt(0))) return undefined;
      sameType = tail.slice(mark + 1);
      tail = tail.slice(0, mark);
    }
    const seam = tail.length;
    const joined = tail + text.slice(0, MAX_CONTINUATION);
    let found: readonly Detection[];
    try {
      found = textDetections(joined, false);
    } catch {
      return undefined; // the string's own detection reports a failing detector
    }
    let out: Detection[] | undefined;
    // Where this string's first value starts: after blanks and an opening quote, within the part joined (`password:` +
    // `     Kiwi!…`, five blanks, was stored raw under a bound of four).
    let lead = 0;
    while (labelled && lead < MAX_CONTINUATION && lead < text.length && (isBlankCode(text.charCodeAt(lead)) || text.charCodeAt(lead) === 34 || text.charCodeAt(lead) === 39)) lead++;
    for (const detection of found) {
      if (detection.end <= seam || (sameType !== undefined && detection.type !== sameType)) continue;
      if (detection.start >= seam && !(labelled && detection.start <= seam + lead)) continue;
      let start = 0;
      const end = detection.end - seam;
      while (start < end && isBlankCode(text.charCodeAt(start))) start++;
      if (start === end) continue;
      const raw = joined.slice(detection.start, detection.end);
      const normalized = detection.normalized ?? raw;
      remember(raw, detection.type, detection.class, normalized);
      (out ??= []).push({ start, end, type: detection.type, class: detection.class, normalized });
    }
    if (labelled && out === undefined) out = memberValueAfter(tail, text);
    // A secret whose run goes on over the seam (`ghp_AbCd…` + `QrSt…`, `gh` + `p_AbCd…`: L7 of the
    // probe of 2026-12-05h) is masked to the end of its run in this string, however long: the
    // window read above may end inside it (a fine-grained GitHub token, a JWT), or hold no part a
    // rule reads (a JWT cut in its payload). A span read across the seam that reaches as far stays.
    const secret = secretAcrossSeam(tail, text);
    if (secret !== undefined && !(out ?? []).some((detection) => detection.end >= secret.end)) {
      const type = out?.find((detection) => detection.class === 'secret')?.type ?? secret.type;
      out = (out ?? []).filter((detection) => detection.start >= secret.end);
      remember(secret.whole, type, 'secret', secret.whole);
      out.push({ start: 0, end: secret.end, type, class: 'secret', normalized: secret.whole });
    }
    return out;
  }
  /** A label's words or a member's name that the key rules decide for (streamed-labels.ts labelAtEnd). */
  const labelDecides = (name: string): boolean => {
    const decision = keyDecision(name);
    return decision !== 'none' && decision !== 'thingId';
  };
  /**
   * The value a JSON or Python member's name cut at the last chunk's end names (`"cvv":"` +
   * `737","exp":…`), at the start of `text`, read as that member's value (byKey's rules: a secret's
   * name masks any value, other names a value of their kind): one span, remembered; undefined when
   * the kept end is no member's name or the value is none of its kind.
   */
  function memberValueAfter(tail: string, text: string): Detection[] | undefined {
    const label = labelAtEnd(tail, labelDecides);
    if (label === undefined || !label.member) return undefined;
    const span = memberValueAtStart(text, label.open);
    if (span === undefined) return undefined;
    const value = text.slice(span.start, span.end);
    const decision = keyDecision(label.name);
    const kind = decision === 'secret' ? { type: 'SECRET', class: 'secret', normalized: undefined } : keyedValue(decision, value);
    if (kind === undefined) return undefined;
    const normalized = kind.normalized ?? value;
    remember(value, kind.type, kind.class, normalized);
    return [{ start: span.start, end: span.end, type: kind.type, class: kind.class, normalized }];
  }
  /**
   * Notes the end of `text` (redacted as `out`) for the session's next event when it may go on
   * there: a piece of prose (a blank in its last MAX_CARRIED_TAIL characters) whose last word,
   * separators after it left aside, holds a digit or `@` (a number or an address cut short), not
   * masked here. Identifiers without a blank (`user-17`, `4471-220-19`) are no chunks of prose and
   * are not kept; anything else at a path that had an end kept forgets it.
   */
  function noteEnd(text: string, out: string, path: string | readonly string[], pending: Pending): void {
    // Only what is streamed comes in chunks: an answer's text and its tool calls' argument deltas.
    // What an adapter puts beside them in `attrs` (a run's or a tool's name, tags) is written whole
    // in every event: a LangChain `model.response` whose run name `triage for John Smith` ended in
    // a masked name had its end carried, and the next event's run name `lookup` at the same path
    // was read glued to it and masked as a person (L5 of the adapters' probe of 2026-12-07).
    const chunk = !(typeof path === 'string' ? path : path[0] ?? '').startsWith('attrs');
    const streamed = pending.streamed === true && chunk;
    // A streamed answer's chunk that ends in a secret's prefix and body, or a prefix cut short
    // (`xoxb-1234…`, `sk-proj-AbCd…`, `gh`), masked here or not (cut-secrets.ts). Not in other
    // events: a whole token that ends one event's string is no chunk of the next one's first word.
    let tail: string | undefined;
    if (streamed) {
      tail = cutSecretEnd(text, MAX_CARRIED_TAIL);
      // A chunk that is all one run goes on with the end kept before it (a token over three chunks).
      const kept = tail === undefined ? (memory as SessionValues).carryOf(pathKey(path)) : undefined;
      const before = kept !== undefined && kept.includes(GLUED_ONLY) ? kept.slice(0, kept.lastIndexOf(GLUED_ONLY)) : kept;
      if (before !== undefined) tail = cutSecretEndAfter(before, text, MAX_CARRIED_TAIL);
    }
    // A chunk that ends in a value's label (`…password is `, `…"cvv":"`, `MRN `: L3 of the probe
    // of 2026-12-06b), or in a phone's cue the key rules leave (`…call me on `, `ring me on`) or a
    // person's title (`…Dr. `): the next chunk's first value is read with the label or the cue in
    // front. A member's name is kept as `"name":` and its opening quote, whatever its length (up to
    // the 128 characters the key rules read): a name longer than the kept end was cut from it, and
    // the next chunk's value stored raw (`…"primary_cardholder_billing_card_verification_cvv":"` +
    // `737",…`; the open part of L3). Streamed answers and agent messages (labelsCarried).
    if (tail === undefined && pending.labelsCarried === true && chunk) {
      const label = labelAtEnd(text, labelDecides);
      if (label !== undefined && label.member) {
        const quote = label.name.includes('"') ? "'" : '"';
        tail = `${quote}${label.name}${quote}:${label.open === 0 ? '' : String.fromCharCode(label.open)}${LABEL_END}`;
      } else if (label !== undefined || phoneCueAtEnd(text) || TITLE_AT_END.test(text.slice(-8))) tail = text.slice(Math.max(0, text.length - MAX_CARRIED_TAIL + 1)) + LABEL_END;
    }
    tail ??= cutEnd(text, out);
    // A streamed chunk whose stored end is a masked value (a password, an IBAN's or a date's start:
    // L9 of the probe of 2026-12-05i): the value may go on in the next chunk (`Payr0ll!Int` +
    // `egr8-2026`), which the join then reads with the raw end in front.
    if (tail === undefined && streamed) tail = maskedEnd(text, out, pending.cutText === text);
    if (tail === undefined && !(memory as SessionValues).carrying) return;
    (pending.carried ??= []).push(pathKey(path), tail);
  }
  /**
   * The raw end of a piece of prose (a blank among its last characters) whose stored form ends in a
   * masked value's token. `cut`: the token is a value's start (cut-values.ts, `…goes to [IBAN:…] `),
   * which goes on in the next chunk after a blank or not; up to three separators after it, the same
   * in both. Otherwise the value was read whole here (`…password is [PASSWORD:…]`), and only a next
   * chunk glued to it goes on with it, as a value of the same type (`Payr0ll!Int` + `egr8-2026`;
   * not `…45 67` + ` 2026 was…`, nor `SSN 536-22-8514` + `0132 more` read as a phone): the end is
   * kept marked so (GLUED_ONLY and the type after it), with nothing after the token.
   */
  function maskedEnd(text: string, out: string, cut: boolean): string | undefined {
    const n = text.length;
    const m = out.length;
    let k = 0;
    if (cut) while (k < 3 && k < n && CUT_SEPARATOR.has(text.charCodeAt(n - 1 - k)) && text.charCodeAt(n - 1 - k) === out.charCodeAt(m - 1 - k)) k++;
    if (k === n || out.charCodeAt(m - 1 - k) !== 93 || text.charCodeAt(n - 1 - k) === 93 || (!cut && CUT_SEPARATOR.has(text.charCodeAt(n - 1 - k)))) return undefined;
    const token = MASK_TOKEN_END.exec(out.slice(Math.max(0, m - k - 96), m - k));
    if (token === null) return undefined;
    const type = token[1] as string;
    const from = Math.max(0, n - (cut ? MAX_CARRIED_TAIL : MAX_CARRIED_TAIL - 1 - type.length));
    for (let i = from; i < n - k; i++) if (isBlankCode(text.charCodeAt(i))) return cut ? text.slice(from) : text.slice(from) + GLUED_ONLY + type;
    return undefined;
  }
  function cutEnd(text: string, out: string): string | undefined {
    const n = text.length;
    if (n < 2) return undefined;
    // Separators and blanks after the last word (`536-22-`, `4111 1111 `).
    let end = n;
    while (end > 0 && n - end < 3 && CUT_SEPARATOR.has(text.charCodeAt(end - 1))) end--;
    if (end === 0 || CUT_SEPARATOR.has(text.charCodeAt(end - 1))) return undefined;
    let marked = false;
    let from = end;
    while (from > 0 && end - from < MAX_CARRIED_TAIL) {
      const code = text.charCodeAt(from - 1);
      if (isBlankCode(code)) break;
      if ((code >= 48 && code <= 57) || code === 64) marked = true;
      from--;
    }
    // A house number and one to three capitalized words (`2210 Peachtree`, `77 North Harbor`): a
    // street's name cut before its street word (L13 of the probe of 2026-12-05e).
    if (!marked && from > 0 && end === n) from = houseNumberBefore(text, from);
    if (from === -1) return undefined;
    if (!marked && from < end && !isCapitalWordAt(text, from)) marked = true;
    if (!marked || from === 0 || end - from >= MAX_CARRIED_TAIL) return undefined;
    // Unmasked: the end of `text` is also the end of what was stored.
    const keep = Math.min(MAX_CARRIED_TAIL, n);
    let same = 0;
    while (same < keep && text.charCodeAt(n - 1 - same) === out.charCodeAt(out.length - 1 - same)) same++;
    if (same < n - from) return maskedShortPhone(text, out, from) || maskedLoginBeforeHost(text, out, from, same) ? text.slice(Math.max(0, n - MAX_CARRIED_TAIL)) : undefined;
    return text.slice(n - same);
  }
  /**
   * Where a house number starts before the capitalized word at `from` and up to two more before
   * it (`… at 2210 Peachtree`, `… at 77 North Harbor`): one to six digits (a letter after them
   * allowed) after a blank or the string's start; -1 when the words before are no such number.
   * Reads at most MAX_CARRIED_TAIL characters back.
   */
  function houseNumberBefore(text: string, from: number): number {
    if (!isCapitalWordAt(text, from)) return -1;
    let at = from;
    for (let words = 1; words <= 3; words++) {
      // The blank before the word at `at`, then the word before it.
      if (at === 0 || text.charCodeAt(at - 1) !== 32) return -1;
      let start = at - 1;
      while (start > 0 && text.charCodeAt(start - 1) !== 32 && at - start < 16) start--;
      if (start > 0 && text.charCodeAt(start - 1) !== 32) return -1;
      const word = text.slice(start, at - 1);
      if (/^\d{1,6}[A-Za-z]?$/.test(word)) return start > 0 ? start : -1;
      if (words === 3 || !isCapitalWordAt(text, start) || from - start >= MAX_CARRIED_TAIL) return -1;
      at = start;
    }
    return -1;
  }
  /** A capitalized word of letters only starts at `at` (and runs to a blank or the end). */
  function isCapitalWordAt(text: string, at: number): boolean {
    const code = text.charCodeAt(at);
    if (!(code >= 65 && code <= 90)) return false;
    let k = at + 1;
    while (k < text.length && text.charCodeAt(k) !== 32) {
      const c = text.charCodeAt(k);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return false;
      k++;
    }
    return k - at >= 2;
  }
  /**
   * The end of `text` was masked as a phone of fewer than ten digits (`tel 0532 123` read alone as
   * a phone): the number may go on in the next chunk (` 45 67`), so the raw end is kept (L13 of the
   * probe of 2026-12-05e). Only a `[PHONE:…]` token ending the stored string, over a last word of digits.
   */
  function maskedShortPhone(text: string, out: string, from: number): boolean {
    if (!/\[PHONE:[^\]\s]{1,80}\]$/.test(out.slice(-96))) return false;
    let digits = 0;
    let k = text.length;
    while (k > 0 && text.length - k < 24) {
      const c = text.charCodeAt(k - 1);
      if (c >= 48 && c <= 57) digits++;
      else if (c !== 32 && c !== 45 && c !== 46) break;
      k--;
    }
    return k <= from && digits >= 6 && digits < 10;
  }
  /**
   * The last word of `text` (from `from`) is a login masked before `@` and a host stored raw after it
   * (account-names.ts hostLogins: `Write to [PERSON:…]@exam`): the host may be a domain cut short
   * (`qxaro.vlintuk@exam` + `ple.org today`), so the raw end is kept for the join, which masks the
   * address whole (L8 of the probe of 2026-12-06b). `same`: how many last characters the stored string shares.
   */
  function maskedLoginBeforeHost(text: string, out: string, from: number, same: number): boolean {
    const at = text.lastIndexOf('@');
    if (at < from) return false;
    const host = text.length - at;
    return same >= host && out.charCodeAt(out.length - 1 - host) === 93;
  }
  /**
   * The session id, redacted in full by the detectors (and custom detectors) as written, never by
   * session memory: no recall of a value the session learned, no end carried from its last event.
   * An identifier is what queries and joins key on (`agent-audit query --session`): read alone, it
   * is the same string in every event of its session (an email used as the session id is its
   * pseudonym in each); recalled, a word that the session learned later (a one-word false PERSON,
   * `Auth`) rewrote it from that event on, and the session split in two (O9 of the probe of
   * 2026-12-06). What its detectors find is remembered as in any string. Not kept among the
   * strings a second pass searches (finishInOrder): a second pass would not change it.
   */
  function redactIdentifier(text: string, path: string, pending: Pending, custom: CustomResults | undefined): string {
    return redactText(text, path, pending, custom, false, false, false, true);
  }
  /** Applies the ends an event noted (noteEnd), once its redaction is final. */
  function keepEnds(pending: Pending): void {
    const carried = pending.carried;
    if (carried === undefined || memory === undefined) return;
    for (let i = 0; i < carried.length; i += 2) memory.carry(carried[i] as string, carried[i + 1]);
  }
  /** The member a value is under, past list indexes (`references.0` is under `references`). */
  const memberKey = (path: readonly string[]): string | undefined => {
    for (let k = path.length - 1; k >= 0; k--) {
      const member = path[k] as string;
      if (!/^\d+$/.test(member)) return member;
    }
    return undefined;
  };
  function redactText(text: string, path: string | readonly string[], pending: Pending, custom: CustomResults | undefined, keyIsSecret: boolean, thingId: boolean, customOnly: boolean, identifier = false): string {
    let detections: readonly Detection[];
    // `customOnly`: a member name that is a field abbreviation (`Arn`, `Max`) is read by the custom
    // rules alone, neither by the built-ins nor from session memory.
    // `identifier`: the session id (redactIdentifier) is read by the detectors alone, never from session memory.
    let recalled = memories.length > 0 && !customOnly && !identifier ? recall(text) : undefined;
    if (memory !== undefined && memory.carrying && !customOnly && !identifier) {
      const continued = continuedSpans(text, path);
      if (continued !== undefined) recalled = recalled === undefined ? continued : continued.concat(recalled);
    }
    // A streamed answer's chunk that ends in a value's start (`+33 6 12 `, `DE89 3704 0044 `, `born
    // 02.08.`, `SSN 536-22-`: cut-values.ts) masks that start; noteEnd keeps the raw end for the join.
    if (pending.streamed === true && !customOnly && !keyIsSecret && !identifier) {
      const cut = cutValueAtEnd(text, enabled);
      if (cut !== undefined) {
        recalled = recalled === undefined ? [cut] : recalled.concat(cut);
        pending.cutText = text;
      }
    }
    const cacheable = !keyIsSecret && text.length <= MAX_CACHED_TEXT;
    // A conversation's messages (`content` of model and message events) recur by design: every
    // model call sends the conversation so far again. They are kept from their first sighting.
    const recurring =
      !keyIsSecret && !customOnly && !cacheable && text.length <= MAX_RECURRING_TEXT
        ? typeof path !== 'string' && path[0] === 'content'
          ? { value: recurringDetections.find(text), sighted: true }
          : recurringDetections.get(text)
        : undefined;
    const cached = customOnly ? NO_DETECTIONS : cacheable ? shortDetections.get(text) : recurring?.value;
    if (cached === NO_DETECTIONS && custom === undefined && recalled === undefined) return text;
    try {
      detections = cached ?? (cacheable ? detectAndKeep(text) : recurring?.sighted === true ? detectAndKeepRecurring(text) : textDetections(text, keyIsSecret));
    } catch (cause) {
      pending.errors.push(new RedactionError({ message: `built-in detection failed at ${typeof path === 'string' ? path : path.join('.')}`, cause }));
      return REDACTION_FAILED_MARKER;
    }
    if (custom !== undefined) {
      const extra = custom.get(text);
      if (extra instanceof Error) {
        pending.classes.add('unknown');
        return REDACTION_FAILED_MARKER;
      }
      if (extra !== undefined) detections = detections.concat(extra);
    }
    // A short value under a key that names a product's or an offer's attribute (`color`, `tier`,
    // `product_name`: key-names.ts isThingNameKey) is a thing's name, not a person's (P3 of the
    // probe of 2026-12-04e); a longer text there (a sentence, a note) keeps its readings.
    // (Before the recurrences are added: a value this session knows as a person's stays masked there.)
    if (typeof path !== 'string' && text.length <= MAX_THING_NAME && detections.some((detection) => detection.type === 'PERSON') && WORDS_OF_A_NAME.test(text) && (path.length === thingMemberDepth || thingNamePath(path) || (TWO_AUTHORS_TITLE.test(text) && titleMember(path)))) detections = detections.filter((detection) => detection.type !== 'PERSON' || listedFullName(text.slice(detection.start, detection.end)));
    // Recurrences first: one that spans what a detector found too (`Ms Okafor`, `OKAFOR Amara`)
    // wins the tie and keeps the pseudonym of the value's first sighting.
    if (recalled !== undefined) detections = recalled.concat(detections);
    // A short value under a key that names a city, town or locality (`{ city: 'Marion' }`:
    // key-names.ts isPlaceNameKey) is a place, never a person's name, not even one this session
    // knows as a person's (X4 of 2026-12-05); a longer text there keeps its readings.
    if (typeof path !== 'string' && text.length <= MAX_THING_NAME && detections.some((detection) => detection.type === 'PERSON') && WORDS_OF_A_NAME.test(text) && placeNamePath(path)) detections = detections.filter((detection) => detection.type !== 'PERSON');
    // Under a key naming a thing's identifier (`{"sku":"4471-220-19"}`), the number that is the
    // whole value is that identifier: a phone or SSN reading of it is dropped.
    // A business's address kept so (a business result's, a company's `hq`) takes the names read inside it with it:
    // its words are a street's and a city's (`Rochester` in `200 First St SW, Rochester, MN 55905`).
    // A message id under its member (`internetMessageId`, `messageId`, `inReplyTo`, a `references`
    // list's items: O8 of the probe of 2026-12-05e) is no mailbox: the whole value, or inside `<…>`.
    if (typeof path !== 'string' && detections.some((detection) => detection.type === 'EMAIL')) {
      const key = memberKey(path);
      if (key !== undefined) detections = detections.filter((detection) => detection.type !== 'EMAIL' || !messageIdMemberValue(key, text, detection.start, detection.end));
    }
    if (thingId) {
      const wholeValue = (detection: Detection): boolean => text.slice(0, detection.start).trim() === '' && text.slice(detection.end).trim() === '';
      const address = detections.find((detection) => detection.type === 'ADDRESS' && wholeValue(detection));
      // So is a card's shortest reading (12 to 14 digits, Maestro's and Diners'): a waybill that passes Luhn (`{"trackingNumber":"6893-1120-4457"}`, O5 of 2026-12-05f).
      const shortCard = (detection: Detection): boolean => detection.type === 'CARD' && (detection.normalized ?? '').length <= 14;
      detections = detections.filter((detection) => !((detection.type === 'PHONE' || detection.type === 'SSN' || detection.type === 'ADDRESS' || shortCard(detection)) && wholeValue(detection)) && !(address !== undefined && detection.type === 'PERSON' && detection.start >= address.start && detection.end <= address.end));
    }
    if (detections.length === 0) return text;
    for (const detection of detections) pending.classes.add(detection.class);
    let kept = resolveOverlaps(detections);
    if (kept.length === 0) return text;
    // A value found here recurs later in the same string, where no detector reads it (an
    // iCalendar event's `SUMMARY:… Qxaro Vlintuk` then `ATTENDEE;CN=Qxaro Vlintuk`, a vCard's
    // `N:Vlintuk;Qxaro`; a probe of 2026-12-04): remembered first, then read again from the
    // memory. Only where the string has room for another occurrence.
    if (memory !== undefined && !customOnly && !identifier && roomForRecurrence(text, kept)) {
      let fresh = false;
      for (const detection of kept) {
        const raw = text.slice(detection.start, detection.end);
        if (!loneOrdinaryWord(detection.type, raw) && remember(raw, detection.type, detection.class, detection.normalized ?? raw)) {
          fresh = true;
          freshPerson(detection, pending);
        }
      }
      const again = fresh ? recall(text) : undefined;
      if (again !== undefined) kept = resolveOverlaps(again.concat(kept));
      // Every span is in the memory now: found here and remembered above, or recalled from it.
      return replaceSpans(text, withinCells(text, kept), pending, true);
    }
    return replaceSpans(text, withinCells(text, kept), pending);
  }
  /**
   * `kept` with every span that runs over a text table's cell boundary cut at it: one span a cell,
   * each with the whole span's type and normalized form (its pseudonym). The passes compose here:
   * a name session memory recalled across two cells (`Okafor,Amara` under `last_name,first_name`,
   * `Amara\tOkafor`: the family-first and the blank-joined spellings of a remembered name) was one
   * token over the delimiter, so the row lost a cell, the column pass (maskTableColumns) no longer
   * found the table from that row on, and every later row's names were stored raw (the property
   * test of the misc brief of 2026-12-05, item 6). Only when a span holds a delimiter or a line
   * break (most hold none), then the tables are read once.
   */
  function withinCells(text: string, kept: readonly Detection[]): readonly Detection[] {
    let crossing = false;
    for (const detection of kept) {
      if (CELL_BREAK.test(text.slice(detection.start, detection.end))) {
        crossing = true;
        break;
      }
    }
    if (!crossing) return kept;
    const cells: TableCell[] = [];
    for (const table of textTables(text)) for (const row of table.rows) for (const cell of row) cells.push(cell);
    if (cells.length === 0) return kept;
    const out: Detection[] = [];
    for (const detection of kept) {
      const lo = firstCellEndingAfter(cells, detection.start);
      let pieces = 0;
      for (let i = lo; i < cells.length && (cells[i] as TableCell).start < detection.end; i++) pieces++;
      if (pieces < 2 || runsOutOfCells(text, detection, cells, lo, pieces)) {
        out.push(detection);
        continue;
      }
      const normalized = detection.normalized ?? text.slice(detection.start, detection.end);
      for (let i = lo; i < lo + pieces; i++) {
        const cell = cells[i] as TableCell;
        let start = Math.max(detection.start, cell.start);
        let end = Math.min(detection.end, cell.end);
        while (start < end && CELL_PAD.test(text[start] as string)) start++;
        while (end > start && CELL_PAD.test(text[end - 1] as string)) end--;
        if (end > start) out.push({ ...detection, start, end, normalized });
      }
    }
    return out;
  }
  /**
   * Whether the span of `detection` holds a letter or a digit outside the cells it crosses
   * (`cells[lo, lo + pieces)`): it runs over what the table reading took for a row's index, or past
   * the row into the next line. There the value is not the table's (a mailing block, `Jane Roe` /
   * `12 Orchard Lane` / `Skokie, IL 60076`, read as a printed data frame: the name's words a header,
   * the house number a row's index; L11 of the probe of 2026-12-05e stored the house number and the
   * city line raw, the street's words masked one by one), and it is masked whole. Between cells a
   * span holds only delimiters, blanks and quotes. One pass over the span.
   */
  function runsOutOfCells(text: string, detection: Detection, cells: readonly TableCell[], lo: number, pieces: number): boolean {
    let at = detection.start;
    for (let i = lo; i <= lo + pieces; i++) {
      const cell = cells[i];
      const stop = i < lo + pieces && cell !== undefined ? Math.min(cell.start, detection.end) : detection.end;
      for (; at < stop; at++) if (WORD_OUTSIDE_CELL.test(text[at] as string)) return true;
      if (i < lo + pieces && cell !== undefined) at = Math.max(at, cell.end);
    }
    return false;
  }
  /** Whether `text` holds more than its detections and one more copy of the shortest (recurrences in the same string are looked for only then). */
  function roomForRecurrence(text: string, kept: readonly Detection[]): boolean {
    let covered = 0;
    let shortest = Infinity;
    for (const detection of kept) {
      const size = detection.end - detection.start;
      covered += size;
      if (size < shortest) shortest = size;
    }
    return text.length - covered >= shortest;
  }

  /**
   * `text` with each of `kept` (sorted, not overlapping: resolveOverlaps) replaced by its pseudonym
   * (of `normalized`, else the span's text), each value remembered for the session (`remembered`:
   * they are in its memory already) and noted for the field's and the vault's entries.
   */
  /**
   * A person's name first found in a string's text marks the strings of the event before it for a
   * second pass (finishInOrder), as a value masked whole does: a member walked earlier may hold it
   * with no cue of its own (`{ assignee: 'ngozi', note: 'requested by Ngozi' }`: members are walked
   * in key order; L7 of the probe of 2026-12-05d). Names only: the other kinds have shapes of their own.
   */
  function freshPerson(detection: Detection, pending: Pending): void {
    if (detection.type === 'PERSON' && pending.visited !== undefined && pending.visited.length > 0) pending.freshAt = pending.visited.length;
  }
  function replaceSpans(text: string, kept: readonly Detection[], pending: Pending, remembered = false): string {
    // The pieces are joined once, into one flat string. Appending them with `+=` built a rope of
    // two nodes per detection that stayed alive until the event was sealed: for a 512 KiB string of
    // 80,000 detections, 38 MB that every young-generation GC of the thread copied again.
    const pieces: string[] = new Array(kept.length * 2 + 1);
    let n = 0;
    let cursor = 0;
    for (const detection of kept) {
      const raw = text.slice(detection.start, detection.end);
      const replacement = token(detection.type, detection.normalized ?? raw);
      if (!remembered && memories.length > 0 && !loneOrdinaryWord(detection.type, raw) && remember(raw, detection.type, detection.class, detection.normalized ?? raw)) freshPerson(detection, pending);
      pieces[n++] = text.slice(cursor, detection.start);
      pieces[n++] = replacement;
      cursor = detection.end;
      pending.fieldPseudonyms?.add(replacement);
      if (pending.full) pending.vaultEntries.push({ ref: replacement, type: detection.type, plaintext: raw, subjects: [replacement] });
    }
    pieces[n] = text.slice(cursor);
    return pieces.join('');
  }

  /**
   * An envelope field that is structure (`tool.name`, `tool.callId`, `decision.action`,
   * `error.code`, ...: STRUCTURE_FIELDS): kept as written when it is ordinary structure
   * (`crm.lookup_customer`, `call_0001`, `ECONNRESET`), with the high-confidence personal data in
   * it masked in place by the same pseudonyms as elsewhere: emails, phones, cards, IBANs, government
   * ids (SSN and the other shape- or checksum-validated ids), secrets; a person's name only where it
   * is certain (structureName). Read as words too where `_` joins them
   * (`lookup_Tevita_Havili_536-22-8514`). Gated by cheap tests (mayHoldStructureData), so a
   * provider's call id or a tool name costs a scan of its characters, not a detection; the short
   * strings detected are cached. docs/REDACTION.md, "Envelope fields". Row 102 of
   * test/redaction/probe-2026-12-03e.cases.md.
   */
  function structureValue(text: string, pending: Pending): string {
    if (text.length === 0 || !mayHoldStructureData(text)) return text;
    let found: Detection[];
    try {
      const direct = builtinDetections(text, false);
      const words = text.includes('_') ? builtinDetections(text.replace(/_/g, ' '), false) : NO_DETECTIONS;
      const view = words.length === 0 ? text : text.replace(/_/g, ' ');
      found = [];
      for (const detection of direct) if (detection.mask !== false && STRUCTURE_CLASSES.has(detection.class)) found.push(detection);
      for (const detection of words) if (detection.mask !== false && STRUCTURE_CLASSES.has(detection.class)) found.push(detection);
      const certain = found.length > 0;
      for (const detection of direct.concat(words)) {
        if (detection.type === 'PERSON' && detection.mask !== false && structureName(view, detection.start, detection.end, certain)) found.push(detection);
      }
    } catch (cause) {
      pending.errors.push(new RedactionError({ message: 'built-in detection failed in an envelope field', cause }));
      return REDACTION_FAILED_MARKER;
    }
    if (found.length === 0) return text;
    // A name joined by `_` (`Tevita_Havili`) gets the pseudonym of the name written with spaces.
    const kept = resolveOverlaps(found).map((detection) =>
      detection.normalized === undefined && detection.type === 'PERSON' ? { ...detection, normalized: personNormalForm(text.slice(detection.start, detection.end).replace(/_/g, ' ')) } : detection,
    );
    for (const detection of kept) pending.classes.add(detection.class);
    const out = replaceSpans(text, kept, pending);
    pending.visited?.push(out);
    return out;
  }

  /** A DICOM JSON element's Value: each string masked by the element's kind (a PN's `Alphabetic`, `Ideographic`, `Phonetic` too); numbers and other members stay. */
  function dicomValues(items: readonly JsonValue[], kind: FieldKind, pending: Pending): JsonValue[] {
    const mask = (text: string): string => {
      const spans = dicomValueSpans(text, kind);
      if (spans.length === 0) return text;
      for (const span of spans) pending.classes.add(span.class);
      return replaceSpans(text, spans, pending);
    };
    return items.map((item) => {
      if (typeof item === 'string') return mask(item);
      if (kind !== 'name' || item === null || typeof item !== 'object' || Array.isArray(item)) return item;
      const group: Record<string, JsonValue> = {};
      for (const [member, text] of Object.entries(item)) group[member] = typeof text === 'string' ? mask(text) : text;
      return group;
    });
  }

  function wholeValue(value: JsonValue, type: string, dataClass: string, pending: Pending, normalized?: string): string {
    pending.classes.add(dataClass);
    const raw = typeof value === 'string' ? value : canonicalJson(value);
    const replacement = token(type, normalized ?? raw);
    if (memories.length > 0 && typeof value !== 'object' && remember(raw, type, dataClass, normalized ?? raw) && pending.visited !== undefined && pending.visited.length > 0) {
      pending.freshAt = pending.visited.length;
    }
    pending.fieldPseudonyms?.add(replacement);
    if (pending.full) pending.vaultEntries.push({ ref: replacement, type, plaintext: raw, subjects: [replacement] });
    return replacement;
  }

  /**
   * Structure-aware masking of one value under a key that names what it holds (a secret, a
   * government id, a person's name, a card/phone/account number). Returns undefined when the
   * key says nothing or the value is not of the named kind; the caller then walks it as usual.
   */
  function byKey(decision: KeyDecision, child: JsonValue, pending: Pending): JsonValue | undefined {
    if (decision === 'none' || decision === 'thingId' || child === null || child === '' || typeof child === 'boolean') return undefined;
    // A list of numbers under a secret's or a biometric template's name (a Solana keypair's 64 bytes under
    // `secretKey`, a face embedding under `faceEmbedding`) is one value, masked whole: each number on its own
    // was stored raw, as strings alone are read (L3 and L6 of the probe of 2026-12-06c).
    if ((decision === 'secret' || decision === BIOMETRIC) && Array.isArray(child) && child.length > 0 && child.every((item) => typeof item === 'number')) {
      return decision === 'secret' ? wholeValue(child, 'SECRET', 'secret', pending) : wholeValue(child, BIOMETRIC.type, BIOMETRIC.class, pending);
    }
    // A list of objects or lists under a biometric template's name (`{minutiae: [{x, y, angle, type}, …]}`: each
    // point's numbers were stored raw, being no string; issue 11, 2026-12-07) is one template, masked whole.
    if (decision === BIOMETRIC && Array.isArray(child) && child.length > 0 && child.every((item) => typeof item === 'object' && item !== null)) {
      return wholeValue(child, BIOMETRIC.type, BIOMETRIC.class, pending);
    }
    if (decision === 'secret') return typeof child === 'object' ? undefined : wholeValue(child, 'SECRET', 'secret', pending);
    if (decision === 'person' && Array.isArray(child) && child.every((item) => typeof item === 'string')) {
      // Each item in the normal form of one name (`Amara  Okafor` is `amara okafor`, as a single
      // value and in text): the same person, the same pseudonym.
      return child.map((item) => (item === '' ? item : wholeValue(item, 'PERSON', 'pii.person', pending, personNormalForm(item as string))));
    }
    if (typeof child === 'object') return undefined;
    // Values that are no JSON (a BigInt) reach the member rules as before and fail there, as the
    // caller expects (redact() then throws a RedactionError that quotes no value).
    const kind = keyedValue(decision, child);
    return kind === undefined ? undefined : wholeValue(child, kind.type, kind.class, pending, kind.normalized);
  }

  /**
   * What one string or number under a key that names what it holds is (byKey's rules, shared with
   * the pairs of text formats: keyedDetections): its token type, data class and normalized form
   * (undefined: the value as written), or undefined when the value is not of the named kind. No
   * secret here (a secret's name masks any value: byKey).
   */
  function keyedValue(decision: KeyDecision, child: string | number): KeyedValue | undefined {
    if (decision === 'none' || decision === 'thingId' || decision === 'secret' || child === '') return undefined;
    // A template's hint for the field (`YYYY-MM-DD`, `XXX-XX-XXXX`, `<last name>`, `LAST_NAME`) is no value (key-names.ts isFormatPlaceholder).
    if (typeof child === 'string' && isFormatPlaceholder(child)) return undefined;
    const scalar = typeof child === 'string' || typeof child === 'number';
    // Under a table's email column (key-names.ts columnKind; no member name decides so): the cell whole.
    if (decision === 'email') return typeof child === 'string' && emailColumnValue(child) ? { type: 'EMAIL', class: 'pii.email', normalized: child.trim().toLowerCase() } : undefined;
    // `given.surname`, `given_surname` or an initial and a listed surname under an account's name (account-names.ts).
    if (decision === 'login') return typeof child === 'string' && enabled.has('person') && accountPersonValue(child.trim()) ? { type: 'PERSON', class: 'pii.person', normalized: personNormalForm(child.trim()) } : undefined;
    if (decision === 'birthOrDeath') return typeof child === 'string' && STARTS_WITH_DATE.test(child) ? { type: 'DOB', class: 'pii.date_of_birth', normalized: child.trim().toLowerCase() } : undefined;
    if (decision === 'dob' || typeof decision === 'object') {
      if (!scalar) return undefined;
      const raw = String(child).trim();
      // A member name shared with other things takes only the id's shape (health-ids.ts CIVIC_ID_KEYS: `{registration:'AB12 CDE'}`).
      if (typeof decision === 'object' && decision.accept !== undefined && !decision.accept(raw)) return undefined;
      // A health identifier is normalized as in text (health-ids.ts), so both get one pseudonym.
      return decision === 'dob' ? { type: 'DOB', class: 'pii.date_of_birth', normalized: raw.toLowerCase() } : { type: decision.type, class: decision.class, normalized: normalizeHealthId(raw) };
    }
    // `to`, `from`, `contact`, ...: a phone only when the value parses as one (detectors.ts recipientPhone).
    if (decision === 'recipient' || isRoleDecision(decision)) {
      const normalized = decision === 'recipient' || decision.startsWith('recipient-') ? (typeof child === 'string' ? recipientPhone(child) : undefined) : undefined;
      if (normalized !== undefined) return { type: 'PHONE', class: 'pii.phone', normalized };
      if (decision === 'recipient') return undefined;
      // A string under a role key is a PERSON when it has a name's shape (key-names.ts personRoleValue).
      // An account that spells its person's name under a role (`user: 'marisol.quintanilla'`, Terraform's aws_iam_user_login_profile) too,
      // with a listed name in it (`{first: 'cursor_abc', last: 'cursor_xyz'}` stays).
      // One Hangul word counts as a listed name when it reads as a Korean one (`{"피험자": "이준호"}`, `{"reviewer": "김민준"}`: names.ts isKoreanName).
      const tier = ROLE_TIERS.get(decision) as PersonRoleTier;
      return typeof child === 'string' && enabled.has('person') && ((personRoleValue(child, tier, listedOrKoreanName) && (tier !== 'customer' || !customerFirm(child))) || listedAccountPersonValue(child.trim())) ? { type: 'PERSON', class: 'pii.person', normalized: personNormalForm(child) } : undefined;
    }
    // A cell of a latitude or longitude column (columnDecisions): a precise degree on its axis (contact-shapes.ts preciseDegreeOf).
    if (decision === 'latitude' || decision === 'longitude' || decision === 'latitudeE7' || decision === 'longitudeE7') return scalar && preciseDegreeOf(child, AXIS_OF[decision]) ? { type: 'GEO', class: 'pii.location', normalized: undefined } : undefined;
    // A machine-readable zone's lines (`{"mrz": ["P<GBRHAVILI<<TEVITA<<<…", "…"]}`): each line whole.
    if (decision === 'mrz') return typeof child === 'string' && /^(?=[A-Z0-9<]*<)[A-Z0-9<]{10,}$/.test(child.replace(/\s+/g, '')) ? { type: 'PASSPORT', class: 'pii.government_id', normalized: child.replace(/\s+/g, '') } : undefined;
    if (decision === 'keyLike') return typeof child === 'string' && keyLikeValue(child) ? { type: 'SECRET', class: 'secret', normalized: undefined } : undefined;
    if (decision === 'tokenKey') return typeof child === 'string' && (isRandomToken(child) || base64KeyValue(child)) ? { type: 'SECRET', class: 'secret', normalized: undefined } : undefined;
    // A street line asked for by the bare word `address` (turn-answers.ts streetLineAnswer): a house number and a street, or a street and its number.
    if (decision === 'streetLine') return typeof child === 'string' && streetLineAnswer(child.trim()) ? { type: 'ADDRESS', class: 'pii.address', normalized: child.trim().toLowerCase().replace(/[\s,]+/g, ' ') } : undefined;
    // A part of a postal address by its name (`street`, `houseNumber`, `postalCode`, ISO 20022
    // `StrtNm`): the value whole, a string of letters or digits or a number (key-names.ts).
    if (decision === 'address' || decision === 'addressNumber') {
      // A number only as a house number or a postal code, and not 0; a string of the part's shape.
      if (typeof child === 'number') return decision === 'addressNumber' && Number.isFinite(child) && child > 0 ? { type: 'ADDRESS', class: 'pii.address', normalized: String(child) } : undefined;
      if (typeof child !== 'string' || !addressPartValue(decision === 'addressNumber', child)) return undefined;
      return { type: 'ADDRESS', class: 'pii.address', normalized: child.trim().toLowerCase().replace(/[\s,]+/g, ' ') };
    }
    if (decision === 'identity' || decision === 'identityPassport' || decision === 'identityLicence') {
      const type = decision === 'identity' ? 'SSN' : decision === 'identityPassport' ? 'PASSPORT' : 'DRIVER_LICENSE';
      // Normalized as the text detectors normalize the same number (`536-22-8514`, `536 22 8514` and `536228514` as
      // `536228514`; a passport's letters in capitals): the raw string gave a JSON member's SSN another pseudonym
      // than the same SSN's in prose (2026-12-06e). A value of no id's shape keeps its raw form.
      return holdsNoIdentifier(child) ? undefined : { type, class: 'pii.government_id', normalized: typeof child === 'string' || typeof child === 'number' ? governmentIdValue(String(child)) : undefined };
    }
    if (decision === 'NATIONAL_ID' || decision === 'PASSPORT' || decision === 'DRIVER_LICENSE' || decision === 'SOCIAL' || decision === 'RG' || decision === 'NIP' || decision === 'IK' || decision === 'ANUMBER' || decision === 'bareAccount') {
      // The name says what the value is only when the value has that shape (key-names.ts):
      // `{"passport":"valid"}`, `{"account":"acme-prod"}` stay.
      if (typeof child !== 'string' && !(typeof child === 'number' && Number.isSafeInteger(child))) return undefined;
      const text = String(child);
      // `a_number`: an A-number, or a call detail record's A party read as the B party's number is (key-names.ts aNumberPhone).
      if (decision === 'ANUMBER' && governmentIdValue(text, decision) === undefined) return aNumberPhone(text) === undefined ? undefined : keyedValue('PHONE', child);
      if (decision !== 'bareAccount') {
        const normalized = governmentIdValue(text, decision);
        return normalized === undefined ? undefined : { type: governmentIdType(decision), class: 'pii.government_id', normalized };
      }
      if (!bareAccountValue(text)) return undefined;
      const compact = text.replace(/[\s\-./]/g, '').toUpperCase();
      return ibanValid(compact) ? { type: 'IBAN', class: 'financial.iban', normalized: compact } : { type: 'ACCOUNT_NUMBER', class: 'financial.account', normalized: compact };
    }
    // A billing plan's name under `nickname` (`Growth Monthly`): planNameValue (O5 of the probe of 2026-12-05d).
    if (decision === 'person') return typeof child === 'string' && !planNameValue(child) ? { type: 'PERSON', class: 'pii.person', normalized: personNormalForm(child) } : undefined;
    if (!scalar) return undefined;
    const text = typeof child === 'number' ? (Number.isSafeInteger(child) ? String(child) : '') : child;
    const compact = text.replace(NUMBER_PUNCTUATION, '');
    if (!NUMBER_SHAPE.test(compact) || !FOUR_DIGITS.test(compact)) return undefined;
    // A toll-free or freephone number under a phone key is a business's (as in text; O4 of 2026-12-04f).
    if (decision === 'PHONE' && isTollFreeNumber(text)) return undefined;
    // A valid IBAN under an account key is an IBAN, with the token the IBAN detector gives it.
    const kind = decision === 'ACCOUNT' && ibanValid(compact.toUpperCase()) ? { type: 'IBAN', class: 'financial.iban' } : NUMBER_KIND_DETECTIONS[decision];
    // Canonical forms as the text detectors make them: IBAN upper case, `+<digits>` for an
    // international phone, digits otherwise, so a value joins its mentions in free text.
    const digitsOnly = compact.replace(NON_DIGITS, '');
    const normalized = decision === 'ACCOUNT' ? compact.toUpperCase() : decision === 'PHONE' && text.trim().startsWith('+') ? `+${digitsOnly}` : digitsOnly;
    return { type: kind.type, class: kind.class, normalized };
  }

  /**
   * A string that holds a JSON object or array (`{"body":"{\"password\":\"...\"}"}`) is
   * parsed, walked like any structure and serialized again, up to MAX_EMBEDDED_JSON_DEPTH
   * levels and MAX_EMBEDDED_JSON_CHARS characters. Undefined when it is not JSON or nothing
   * in it was masked (the caller then scans it as text, which also finds numbers that no key
   * names: `{"n":4111111111111111}`).
   */
  function embeddedJson(text: string, segments: string[], pending: Pending, custom: CustomResults | undefined, depth: number): string | undefined {
    if (embeddedDepth >= MAX_EMBEDDED_JSON_DEPTH) return undefined;
    const parsed = parseEmbeddedJson(text);
    if (parsed === undefined) return undefined;
    embeddedDepth++;
    try {
      const before = JSON.stringify(parsed);
      const after = JSON.stringify(walk(parsed as JsonValue, segments, pending, custom, false, depth + 1));
      return after === before ? undefined : after;
    } finally {
      embeddedDepth--;
    }
  }
  let embeddedDepth = 0;

  /**
   * The tables in a text (`tables.ts` textTables: CSV, TSV, semicolons, SQLite's pipes, tables
   * drawn with a rule under their header, psql, Markdown, MySQL, and psql's and MySQL's records;
   * at the start of the text or after lines of prose), after the text detectors ran: each column is decided by its header as a member by its
   * name, and its cells masked as that member's values would be (`last_name`, `dob`, `phone`,
   * `ssn`, `password`, ...), an `email` column's cells whole as EMAIL. A generic `name` column is
   * a person's name beside another column of personal data (an email, a phone, a date of birth;
   * key-names.ts columnKinds, the rule SQL and Postgres key details use too), as `name` is beside a
   * surname member. A cell that is one token already stays. Returns `text` itself when nothing
   * was masked.
   */
  function maskTableColumns(original: string, text: string, pending: Pending): string {
    // The columns are named by the header as written: a header cell the text detectors took for
    // a name (`Kunde,dob`, `Name,Geburtsdatum,Ort`) left no header to read in `text`, and every
    // column unmasked (a fresh attacker's finding, 2026-12-02).
    const sources = textTables(original);
    if (sources.length === 0) return text;
    const tables = original === text ? sources : sameTables(text, sources);
    let out = '';
    let at = 0;
    for (let t = 0; t < sources.length; t++) {
      const source = sources[t] as DelimitedTable;
      const table = tables[t];
      if (table === undefined) continue;
      // A record written a row a field (`| Field | Value |` then `| SSN | 536228514 |`, `key,value`):
      // each row's first cell, as written, decides its second as the rows' names would as members.
      const fieldValue = isFieldValueHeader(source.header);
      const names = fieldValue && table.rows.length === source.rows.length ? source.rows.map((row) => fieldName(original, row[0] as TableCell)) : undefined;
      // (A row naming a storage key is read by its value alone, storageKeyRow: the rows decide nothing else then.)
      const fields = names === undefined ? undefined : (columnDecisions(names) ?? (names.some((name) => storageKeyName(name)) ? names.map((): KeyDecision => 'none') : undefined));
      const decisions = fieldValue ? undefined : columnDecisions(source.header);
      const scriptNamed = fieldValue || !enabled.has('person') ? undefined : source.header.map((name) => name !== '' && isGenericNameKey(name));
      // A generic `id` column beside a person's columns (a household's `member,relationship,dob,id`): its national numbers (L4 of 2026-12-05j).
      const personIds = decisions === undefined || !enabled.has('ssn') ? undefined : personIdColumns(source.header, decisions);
      if (decisions === undefined && fields === undefined && !scriptNamed?.includes(true)) continue;
      for (let r = 0; r < table.rows.length; r++) {
        const row = table.rows[r] as TableCell[];
        for (let c = 0; c < row.length; c++) {
          const decision = (fields === undefined ? decisions?.[c] : c === 1 ? fields[r] : 'none') ?? 'none';
          const cell = row[c] as TableCell;
          if (decision === 'none' && personIds?.[c] === true) {
            const value = text.slice(cell.start, cell.end);
            const id = WHOLE_TOKEN.test(value) ? undefined : tableNationalId(value);
            if (id === undefined) continue;
            out += text.slice(at, cell.start) + wholeValue(value, 'NATIONAL_ID', 'pii.government_id', pending, id);
            at = cell.end;
            continue;
          }
          if (decision === 'none' && !(fields !== undefined && c === 1 && storageKeyRow(decision, fields, original, row, c, text.slice(cell.start, cell.end)) === 'secret')) {
            // A generic `name` column's cell that is wholly a name in a script with no capitals
            // (`id,name,city\n7,정하은,…`; the tenth probe of 2026-12-05, L2): script-names.ts isWholeScriptName.
            if (!scriptNamed?.[c]) continue;
            const value = text.slice(cell.start, cell.end);
            if (value.charCodeAt(0) < 0x590 || !isWholeScriptName(value)) continue;
            out += text.slice(at, cell.start) + wholeValue(value, 'PERSON', 'pii.person', pending, personNormalForm(value));
            at = cell.end;
            continue;
          }
          const value = text.slice(cell.start, cell.end);
          // A negative degree whose digits session memory found again (it remembers a value without
          // the separators around it, `-` among them): the cell whole, as its first reading masked it.
          if ((decision === 'latitude' || decision === 'longitude' || decision === 'latitudeE7' || decision === 'longitudeE7') && (value.charCodeAt(0) === 45 || value.charCodeAt(0) === 43) && WHOLE_TOKEN.test(value.slice(1))) {
            out += text.slice(at, cell.start) + value.slice(1);
            at = cell.end;
            continue;
          }
          if (value === '' || WHOLE_TOKEN.test(value)) continue;
          // A person's column whose cell the name rules masked in part (`"Te Rangi, Aroha"` under `Student` was
          // `[PERSON], Aroha`: the given name after the comma unlisted; L14 of the probe of 2026-12-06c): the cell as
          // written is read whole by its column, and masked whole when the column takes it as a name.
          if (fields === undefined && (decision === 'person' || isRoleDecision(decision)) && value.includes('[PERSON:') && table.rows.length === source.rows.length) {
            const written = source.rows[r]?.[c];
            const whole = written === undefined ? undefined : byKey(decision, original.slice(written.start, written.end), pending);
            if (typeof whole === 'string' && WHOLE_TOKEN.test(whole)) {
              out += text.slice(at, cell.start) + whole;
              at = cell.end;
              continue;
            }
          }
          const masked = byKey(storageKeyRow(decision, fields, original, row, c, value), value, pending);
          if (typeof masked !== 'string') continue;
          out += text.slice(at, cell.start) + masked;
          at = cell.end;
        }
      }
    }
    return at === 0 ? text : out + text.slice(at);
  }

  /**
   * Fields by company (G17 of the second probe of 2026-12-04: `Qxaro,Vlintuk,1984-03-12,536-22-8514,qv@example.org`
   * kept the names and the date of birth while the SSN and the email were masked). In a delimited
   * record (tables.ts delimitedRecords: a line of 3 to 64 fields split by commas, tabs or
   * semicolons, header or not) one of whose fields is whole a direct identifier's token (EMAIL,
   * PHONE, SSN, a national id, passport, driver's licence or tax id), after the text detectors
   * and the header rules ran:
   * - a whole calendar date of a year at least ten before this one (`1984-03-12`, `12/03/1984`,
   *   `12.03.1984`) is a date of birth (a log's, an order's or a metric's date is recent);
   * - one to three capitalized words of which each is a name word (names.ts isRecordNameWord: a
   *   listed name, or an unknown word that is no frequent English word nor has an English
   *   ending) are a person's name: two or three words, a listed name, or one unlisted word in a
   *   field next to another such field (`Qxaro,Vlintuk`; `Widget,Blue` and `Checkout,Failed`
   *   stay), unless the column is an enum: in a text of several records of that width the same
   *   value stands in the column twice;
   * - a column masked so in one record masks the fields of that shape in the other records of
   *   the same width (the same column over several rows).
   * Records with no identifier (`2026-12-04,checkout,200,1523`, a product list) stay as they are.
   * One pass over the text and one over the records. Returns `text` itself when nothing was masked.
   */
  function recordCompany(text: string, pending: Pending): string {
    if (!enabled.has('person')) return text;
    const records = delimitedRecords(text);
    if (records.length === 0) return text;
    // Per width: the columns found personal, and each column's values (an enum repeats one).
    const personal = new Map<number, Map<number, 'person' | 'dob'>>();
    const seen = new Map<number, Array<Map<string, number>>>();
    const identified: boolean[] = [];
    // The fields of each record that the name rules masked whole as a person (`[PERSON:…]\t[PERSON:…]\t17.02.1949`).
    const personCells: Array<number[] | undefined> = [];
    // Bare phone numbers by record (`Vlintuk,Qxaro,1984-03-12,4155550132`: no detector reads ten
    // bare digits as a phone without a phone word; K16 of the probe of 2026-12-04e): a field that
    // libphonenumber-js takes for a phone (recipientPhone) identifies the record when a name or a
    // date of birth stands beside it, and is masked as the phone it is.
    const phonesOf: Array<Array<[number, string]> | undefined> = [];
    for (const record of records) {
      const width = record.cells.length;
      let columns = seen.get(width);
      if (columns === undefined) seen.set(width, (columns = Array.from({ length: width }, () => new Map<string, number>())));
      let direct = false;
      let phones: Array<[number, string]> | undefined;
      let persons: number[] | undefined;
      for (let c = 0; c < width; c++) {
        const cell = record.cells[c] as TableCell;
        const value = text.slice(cell.start, cell.end);
        if (cell.end - cell.start <= 64) (columns[c] as Map<string, number>).set(value, ((columns[c] as Map<string, number>).get(value) ?? 0) + 1);
        if (DIRECT_TOKEN.test(value)) direct = true;
        else if (PERSON_TOKEN.test(value)) (persons ??= []).push(c);
        else if (cell.end - cell.start <= 24 && enabled.has('phone') && BARE_NUMBER.test(value)) {
          const phone = recipientPhone(value);
          if (phone !== undefined) (phones ??= []).push([c, phone]);
        }
      }
      identified.push(direct);
      phonesOf.push(phones);
      personCells.push(persons);
    }
    // A record the name rules found a person's name in, whole over two fields next to each other (a surname, a given
    // name) or over one beside a date of a year of birth, is a person's (F12 of the probe of 2026-12-07: a headerless
    // TSV's first row was masked and the rows of its shape under it stored whole): read as one beside an identifier.
    for (let r = 0; r < records.length; r++) {
      const cells = personCells[r];
      if (identified[r] || cells === undefined) continue;
      const record = records[r] as { cells: TableCell[] };
      const pair = cells.some((c, k) => k > 0 && cells[k - 1] === c - 1);
      if (pair || record.cells.some((cell, c) => !cells.includes(c) && companyKind(text, cell, undefined) === 'dob')) identified[r] = true;
    }
    // Rows no token identified (2026-12-08, issue 11: the open leaks of F12 of the probe of 2026-12-07), a line that goes on
    // a list in prose left out (`…, and the team`):
    // - a column where the name rules found a name whole in a row is a persons' column for the rows of that width, whose
    //   fields of a name's shape are names (`Oberleitner Maria\t4C\tVanselow Grace` under `Hildegard Brunnhuber\t3A\tKasimir
    //   Wendelin`; the masking pass below reads each by its shape and the column's enum guard);
    // - two fields side by side that are a surname's word and a sure given name (`Brunnhuber\tHildegard\tWard 3`), a sure
    //   given name and a listed surname, or a surname led by its particles and a name's word (`van Leeuwen, Femke,Utrecht`)
    //   make their two columns persons' (namePair; the record's other fields stay: `Ward 3`, `Utrecht`);
    // - two name fields side by side beside a date of birth make the record a person's as an identifier does
    //   (`Zwiebelhofer,Leberecht,3A,17/02/1949`).
    for (let r = 0; r < records.length; r++) {
      if (identified[r]) continue;
      const record = records[r] as { cells: TableCell[] };
      if (record.cells.some((cell) => PROSE_LIST_FIELD.test(text.slice(cell.start, Math.min(cell.end, cell.start + 5))))) continue;
      const width = record.cells.length;
      const columns = seen.get(width);
      for (const c of personCells[r] ?? []) personalColumn(personal, width, c);
      for (let c = 0; c + 1 < width; c++) {
        if (!namePair(text, record.cells[c] as TableCell, record.cells[c + 1] as TableCell, columns?.[c], columns?.[c + 1])) continue;
        personalColumn(personal, width, c);
        personalColumn(personal, width, c + 1);
      }
      const kinds = record.cells.map((cell, c) => companyKind(text, cell, columns?.[c]));
      const named = (c: number): boolean => kinds[c] === 'person' || kinds[c] === 'word';
      // (A bare phone's record is left to the phone's rule below, which masks the number too.)
      if (phonesOf[r] === undefined && kinds.includes('dob') && kinds.some((_, c) => c > 0 && named(c) && named(c - 1))) identified[r] = true;
    }
    // A record whose only identifier is such a phone: its fields beside it decide whether it is a
    // person's (a name and a date of birth), and the phone's own cells are no name or date.
    const phoneMasks = new Map<number, Array<[number, string]>>();
    for (let r = 0; r < records.length; r++) {
      const phones = identified[r] ? undefined : phonesOf[r];
      if (!identified[r] && phones === undefined) continue;
      const record = records[r] as { cells: TableCell[] };
      const width = record.cells.length;
      const tokens = personCells[r];
      const kinds = record.cells.map((cell, c) => (phones?.some(([p]) => p === c) === true ? undefined : tokens?.includes(c) === true ? 'person' : companyKind(text, cell, seen.get(width)?.[c])));
      if (phones !== undefined) {
        const named = kinds.filter((kind) => kind === 'person').length + (kinds.filter((kind) => kind === 'word').length >= 2 ? 1 : 0);
        if (named === 0 || !kinds.includes('dob')) continue;
        phoneMasks.set(r, phones);
      }
      for (let c = 0; c < width; c++) {
        let kind = kinds[c];
        // One unlisted word (`Widget`, `Checkout`) is a name only beside another name field (`Qxaro,Vlintuk`).
        if (kind === 'word') kind = kinds[c - 1] === 'word' || kinds[c - 1] === 'person' || kinds[c + 1] === 'word' || kinds[c + 1] === 'person' ? 'person' : undefined;
        if (kind === undefined) continue;
        personalColumn(personal, width, c, kind);
      }
    }
    if (personal.size === 0) return text;
    let out = '';
    let at = 0;
    for (let r = 0; r < records.length; r++) {
      const record = records[r] as { cells: TableCell[] };
      const columns = personal.get(record.cells.length);
      if (columns === undefined) continue;
      // A first row whose fields name columns (`Soyadı,Adı,Doğum Tarihi`, `Nome,Sobrenome,…`) is the table's header, no person's
      // record, however the rows under it are read (P9 of the probe of 2026-12-04e; headerCellPersons).
      if (r === 0 && record.cells.filter((cell) => isColumnName(text.slice(cell.start, cell.end))).length >= 2) continue;
      const phones = phoneMasks.get(r);
      for (let c = 0; c < record.cells.length; c++) {
        const phone = phones?.find(([p]) => p === c);
        if (phone !== undefined) {
          const cell = record.cells[c] as TableCell;
          out += text.slice(at, cell.start) + (wholeValue(text.slice(cell.start, cell.end), 'PHONE', 'pii.phone', pending, phone[1]) as string);
          at = cell.end;
          continue;
        }
        const want = columns.get(c);
        if (want === undefined) continue;
        const cell = record.cells[c] as TableCell;
        const column = seen.get(record.cells.length)?.[c];
        let kind = companyKind(text, cell, column);
        // In a column of persons' names a given name the lists also hold as a word is a name (`Maria`, `Grace`).
        if (kind === undefined && want === 'person') kind = givenNamesField(text, cell, column);
        if ((kind === 'word' ? 'person' : kind) !== want) continue;
        const value = text.slice(cell.start, cell.end);
        const masked = want === 'dob' ? wholeValue(value, 'DOB', 'pii.date_of_birth', pending, value.toLowerCase()) : wholeValue(value, 'PERSON', 'pii.person', pending, personNormalForm(value));
        out += text.slice(at, cell.start) + (masked as string);
        at = cell.end;
      }
    }
    return at === 0 ? text : out + text.slice(at);
  }

  /** Whether a table's field, trimmed and unquoted, names a column (a key of the member rules or a column kind of key-names.ts columnKinds; headerCellPersons' test). */
  function isColumnName(field: string): boolean {
    const cell = field.trim().replace(/^["'`]|["'`]$/g, '').trim();
    return cell.length > 0 && cell.length <= 64 && (keyDecision(cell) !== 'none' || columnKinds([cell])[0] !== 'none');
  }
  /**
   * 'person' when a field is one to three capitalized given names of the lists, or name words, that repeat nowhere else in
   * its column (recordCompany's column of names); one that repeats there only when each of its words is a listed given
   * name (two `Maria`s in a column of given names, 2026-12-08: an enum's repeated word, `Gold`, `Active`, is none).
   */
  function givenNamesField(text: string, cell: TableCell, column: Map<string, number> | undefined): 'person' | undefined {
    if (cell.end - cell.start > 64 || cell.end - cell.start < 2) return undefined;
    const value = text.slice(cell.start, cell.end);
    const words = value.split(' ');
    if (words.length > 3) return undefined;
    if ((column?.get(value) ?? 0) > 1) return words.every(isGivenNameWord) ? 'person' : undefined;
    return words.every((word) => isGivenNameWord(word) || isRecordNameWord(word)) ? 'person' : undefined;
  }

  /** Marks a record width's column as a persons' (or a date of birth's) column (recordCompany); the first kind given stays. */
  function personalColumn(personal: Map<number, Map<number, 'person' | 'dob'>>, width: number, c: number, kind: 'person' | 'dob' = 'person'): void {
    let columns = personal.get(width);
    if (columns === undefined) personal.set(width, (columns = new Map()));
    if (!columns.has(c)) columns.set(c, kind);
  }

  /**
   * Whether two fields side by side are a person's name with no rule's token in them (recordCompany, 2026-12-08): a surname's
   * word (a name word that is no given name) then a sure given name (`Brunnhuber\tHildegard`: names.ts isSureGivenName, not
   * `Maria`, `Red`, `Ward`), a sure given name then a listed surname (`Hildegard\tOkafor`), or a surname led by one or two
   * particles then a name's word (`van Leeuwen, Femke`), or a name the name rules masked whole beside a sure given name
   * (`van der Meulen;Hildegard`); a value that repeats in its column is an enum's (`Debian,Woody`).
   */
  function namePair(text: string, first: TableCell, second: TableCell, firstColumn: Map<string, number> | undefined, secondColumn: Map<string, number> | undefined): boolean {
    if (first.end - first.start > 40 || second.end - second.start > 24) return false;
    const a = text.slice(first.start, first.end);
    const b = text.slice(second.start, second.end);
    if ((firstColumn?.get(a) ?? 0) > 1 || (secondColumn?.get(b) ?? 0) > 1) return false;
    // A name the name rules masked whole (a particle-led surname, `[PERSON:…];Hildegard`) beside a sure given name.
    if (PERSON_TOKEN.test(a)) return isSureGivenName(b);
    if (PERSON_TOKEN.test(b)) return isSureGivenName(a);
    if (!ONE_NAME_WORD.test(b)) return false;
    if (ONE_NAME_WORD.test(a)) return (isSureGivenName(b) && isRecordNameWord(a) && givenNameTier(a) === 0) || (isSureGivenName(a) && isListedPersonName(b) && givenNameTier(b) === 0);
    return particleSurname(a) && isRecordNameWord(b);
  }

  /** A surname led by one or two lower-case particles (`van Leeuwen`, `van der Berg`, `de Groot`): the particles, then one name word. */
  function particleSurname(value: string): boolean {
    const words = value.split(' ');
    return words.length >= 2 && words.length <= 3 && words.slice(0, -1).every(isSurnameParticle) && isRecordNameWord(words[words.length - 1] as string);
  }

  /** What a record's field is by its shape beside a direct identifier (recordCompany): a date of birth, a person's name, or neither. */
  function companyKind(text: string, cell: TableCell, column: Map<string, number> | undefined): 'person' | 'word' | 'dob' | undefined {
    if (cell.end - cell.start > 64 || cell.end - cell.start < 3) return undefined;
    const value = text.slice(cell.start, cell.end);
    const date = RECORD_DATE.exec(value);
    if (date !== null) {
      const year = Number(date[1] ?? date[2]);
      return year >= 1900 && year <= birthYearBound ? 'dob' : undefined;
    }
    if ((column?.get(value) ?? 0) > 1) return undefined;
    // A surname led by its particles is a name's shape (`van Leeuwen`, `de Groot`: 2026-12-08).
    if (particleSurname(value)) return 'person';
    const words = value.split(' ');
    if (words.length > 3 || !words.every(isRecordNameWord)) return undefined;
    return words.length > 1 || isListedPersonName(value) ? 'person' : 'word';
  }

  /** A field-value table's field name: its first cell as written, without Markdown's `**` or backticks around it; none past 64 characters. */
  /** 'secret' for a field/value table's row whose field names a storage key and whose value is one (storageKeyValue: `StorageKey  Pq8vW2xZ…==`), else `decision`. */
  function storageKeyRow(decision: KeyDecision, fields: readonly KeyDecision[] | undefined, original: string, row: readonly TableCell[], c: number, value: string): KeyDecision {
    return decision === 'none' && fields !== undefined && c === 1 && storageKeyValue(fieldName(original, row[0] as TableCell), value) ? 'secret' : decision;
  }
  function fieldName(text: string, cell: TableCell): string {
    return cell.end - cell.start > 64 ? '' : text.slice(cell.start, cell.end).replace(/^[*`]{1,2}|[*`]{1,2}$/g, '').trim();
  }

  /**
   * The columns of a generic id's name (`id`, `ID`, `id_no`, `id_number`, `identifier`, `kimlik_no`) in a table one of whose
   * columns is a person's (a name, a role, a date of birth): a national number there is the person's (tableNationalId's
   * checks). Undefined when there is no such column or no person's column.
   */
  function personIdColumns(header: readonly string[], decisions: readonly KeyDecision[]): boolean[] | undefined {
    if (!decisions.some((d) => d === 'person' || d === 'dob' || d === 'birthOrDeath' || isRoleDecision(d))) return undefined;
    const ids = header.map((name, c) => decisions[c] === 'none' && GENERIC_ID_COLUMNS.has(normalizeKeyName(name)));
    return ids.includes(true) ? ids : undefined;
  }

  /** How a table's columns are masked, by its header as a member by its name; undefined when none is. */
  function columnDecisions(header: readonly string[]): KeyDecision[] | undefined {
    const decisions: KeyDecision[] = header.map((name) => (name === '' ? 'none' : keyDecision(name)));
    // A key's name beside its value (`KeyName  Permissions  Value`, az's table output): the value column holds the keys (keyNamedValue).
    if (header.length <= 9 && keyNamedValue(header)) for (let c = 0; c < header.length; c++) if ((header[c] as string).toLowerCase() === 'value' && decisions[c] === 'none') decisions[c] = 'tokenKey';
    // A column's kind is key-names.ts columnKinds', as SQL's and a Postgres key detail's are: a
    // generic `name` is a person's beside a personal column, here also one only a member name
    // names (a health identifier, a custom identity key). (`from`/`to` columns are ranges as often
    // as phones, `order_id`, `sku` name things: no sign of a person by themselves.)
    // A `license` column is a package's as often as a driver's (`name,version,license`): no sign of a person by itself.
    const kinds = columnKinds(header, decisions.some((d) => d !== 'none' && d !== 'secret' && d !== 'keyLike' && d !== 'tokenKey' && d !== 'recipient' && d !== 'thingId' && d !== LICENCE_MEMBER && !isRoleDecision(d)));
    // A name's parts as an object's members are (key-names.ts nameMembers): `given` beside `surname`
    // (a genealogy export's `id,given,surname`; L4 of probe 2026-12-05g), `vards` beside `uzvards`;
    // a cell of a name's shape each (`first,last` columns of numbers stay).
    const members = header.length <= 64 ? nameMembers(header) : undefined;
    for (let c = 0; c < decisions.length; c++) {
      const kind = kinds[c];
      if (decisions[c] === 'none' && (kind === 'person' || kind === 'email')) decisions[c] = kind;
      else if (decisions[c] === 'none' && members?.has(header[c] as string) === true) decisions[c] = 'role-strong';
    }
    // A latitude column beside a longitude one (`lat,lon`, `gps_lat`, `Longitude`; contact-shapes.ts
    // coordinateColumns): each precise degree of theirs is a point's (L4 of the probe of 2026-12-06b).
    // Decided after the kinds: a point is no sign that a generic `name` column is a person's (`name,lat,lon` of places).
    const axes = coordinateColumns(header);
    if (axes !== undefined) for (let c = 0; c < decisions.length; c++) if (decisions[c] === 'none' && axes[c] !== undefined) decisions[c] = AXIS_DECISIONS[axes[c] as CoordinateAxis];
    return decisions.every((d) => d === 'none') ? undefined : decisions;
  }

  function walk(value: JsonValue, segments: string[], pending: Pending, custom: CustomResults | undefined, keyIsSecret: boolean, depth: number, inherited?: KeyDecision, described?: DescribedFields): JsonValue {
    if (typeof value === 'string') {
      // Under a secret key, every string is the secret or part of it, except structural fields
      // of a pair or cookie object (`{ name, value, path }` in HAR cookies).
      if (keyIsSecret && value !== '' && !structuralKeys.has((segments[segments.length - 1] ?? '').toLowerCase())) return wholeValue(value, 'SECRET', 'secret', pending);
      // Media and long base64 blobs (also in JSON parsed from strings, which record() never saw).
      let text = value;
      if (text.length >= MIN_TEXT_BASE64_CHARS) {
        const media = mediaFromWholeString(text);
        if (media !== undefined) return mediaJson(media);
        text = mediaInText(text) ?? text;
      }
      // Every string of an embedded document was scanned by the walk: its result is final.
      const embedded = embeddedJson(text, segments, pending, custom, depth);
      if (embedded !== undefined) return embedded;
      const redacted = redactString(text, segments, pending, custom, keyIsSecret);
      const tabled = redacted.indexOf('\n') >= 0 ? maskTableColumns(text, redacted, pending) : redacted;
      // A delimited record with a direct identifier's token in it (recordCompany).
      const delimited = tabled.indexOf(',') >= 0 || tabled.indexOf('\t') >= 0 || tabled.indexOf(';') >= 0;
      return delimited && (tabled.indexOf(':psn_') >= 0 || PHONE_FIELD.test(tabled) || NAME_FIELDS.test(tabled)) ? recordCompany(tabled, pending) : tabled;
    }
    if (typeof value === 'number') return cardNumber(value) === undefined ? value : wholeValue(value, 'CARD', 'payment.card', pending, cardNumber(value));
    if (value === null || typeof value !== 'object') return value;
    if (depth > MAX_DEPTH) {
      pending.errors.push(new RedactionError({ message: `value nested deeper than ${MAX_DEPTH} at ${segments.join('.')}; replaced by a marker` }));
      return REDACTION_FAILED_MARKER;
    }
    if (Array.isArray(value)) {
      // A payload cut into pieces or bytes as numbers, in JSON parsed from a string (record()
      // summarized the others).
      if ((value.length >= 2 && typeof value[0] === 'string') || typeof value[0] === 'number') {
        const media = mediaFromArray(value, segments[segments.length - 1], undefined, undefined);
        if (media !== undefined) return mediaJson(media);
      }
      // A wallet's seed phrase as a list of words (seed-phrases.ts): each word masked, one pseudonym.
      if (value.length >= 12 && value.length <= 24 && typeof value[0] === 'string') {
        const phrase = mnemonicOfList(value);
        if (phrase !== undefined) return value.map((item) => wholeValue(item, 'SEED_PHRASE', 'secret', pending, phrase));
      }
      // A command as an array of strings (`["mysql", "-u", "root", "-phunter2"]`, spawn and exec
      // arguments): read as the command line it stands for (argv.ts).
      const argv = enabled.has('secrets') && typeof value[0] === 'string' ? argvSecrets(value) : undefined;
      if (argv !== undefined) return argvItems(value as string[], argv, segments, pending, custom, keyIsSecret, depth);
      // A `[name, value]` pair (header tuples, `Object.entries`, URLSearchParams): the name
      // decides, as an object key would.
      // Rows under a header row (Google Sheets `values: [['Last name', 'DOB', 'SSN'], [...]]`,
      // Athena `Rows`): each column decided by its header as a member by its name, as a column
      // table's are (G2 of the second probe of 2026-12-04).
      const header = value.length >= 2 && value.length <= 1_000_000 && typeof value[0] === 'object' ? headerRowOf(value) : undefined;
      // Two columns whose first row does not name both is a list of `[name, value]` pairs (header tuples, `Object.entries`).
      if (header !== undefined && (header.length > 2 || header.every((name) => keyDecision(name) !== 'none')) && columnDecisions(header) !== undefined) {
        segments.push('0');
        const first = pathRule(segments) ? wholeValue(value[0] as JsonValue, 'REDACTED', 'unknown', pending) : walk(value[0] as JsonValue, segments, pending, custom, keyIsSecret, depth + 1);
        segments.pop();
        return [first, ...tableRows(value.slice(1), header, segments, pending, custom, keyIsSecret, depth, 1)];
      }
      const pairDecision = value.length === 2 && typeof value[0] === 'string' ? keyDecision(value[0]) : 'none';
      if (pairDecision !== 'none') {
        const masked = byKey(pairDecision, value[1] as JsonValue, pending);
        if (masked !== undefined) return [redactString(value[0] as string, segments, pending, custom, false), masked];
      }
      // A chat's messages: an answer after its question (turn-answers.ts; J8 of the probe of 2026-12-04d).
      const first = value[0];
      const answers = value.length >= 1 && value.length <= 4096 && mayBeDialog(first) ? chatAnswers(value, askedBefore) : undefined;
      // Rich-text runs: a run that ends with a label names the run after it (rich-text-runs.ts; L1 of 2026-12-05d).
      const labelled = first !== null && typeof first === 'object' && value.length >= 2 && value.length <= 100_000 ? runLabels(value) : undefined;
      return value.map((item, index) => {
        segments.push(String(index));
        let child = pathRule(segments) ? wholeValue(item, 'REDACTED', 'unknown', pending) : walk(item, segments, pending, custom, keyIsSecret, depth + 1, undefined, described);
        const answer = answers?.get(index);
        if (answer !== undefined && child !== null && typeof child === 'object' && !Array.isArray(child)) child = answeredMessage(item as Record<string, JsonValue>, child, answer, pending);
        const run = labelled?.get(index);
        if (run !== undefined && child !== null && typeof child === 'object' && !Array.isArray(child)) child = labelledRun(child, run.run, run.decision, pending);
        segments.pop();
        return child;
      });
    }
    const out: Record<string, JsonValue> = {};
    const own = Object.keys(value);
    // Bytes as an object (a Buffer or a typed array through JSON), in JSON parsed from a string.
    if (own.length === 2 || own[0] === '0') {
      const media = mediaFromObject(value, own, undefined);
      if (typeof media === 'string') return redactString(media, segments, pending, custom, keyIsSecret);
      if (media !== undefined) return mediaJson(media);
    }
    // In RFC 8785 order: the copy then holds its members as canonicalize() writes them, which lets
    // it use JSON.stringify (one pass, one string) when the event is sealed.
    const keys = sortKeys(own);
    // What the member names alone say (objectShape: worked out once per set of names).
    const shape = objectShape(keys);
    // `{ name, value }` pairs (HAR headers, queryString, cookies; `{ key, value }` settings) and
    // attribute pairs in other spellings (Cognito `{ Name: "custom:ssn", Value }`, AWS tags
    // `{ Key, Value }`, HubSpot `{ property, value }`, `{ attribute, value }`, `{ key, val }`,
    // `{ name, values: […] }`, HubSpot webhooks' `{ propertyName, propertyValue }`, DocuSign tabs'
    // `{ tabLabel, value }`; wrapped-values.ts attributePair): the pair's name, past a namespace
    // prefix, decides for its value. A FHIR HumanName's parts are a person's name.
    let pairValueDecision: KeyDecision = 'none';
    let pairValueMember: string | undefined;
    // A field's change or a rejected value (`{ Field, OldValue, NewValue }`, `{ field, rejectedValue }`,
    // pydantic `{ loc, input }`, AJV `{ instancePath, data }`; wrapped-values.ts fieldChangeOf, K4 and
    // K5 of the fifth probe of 2026-12-04): the field's name decides for each of its values.
    let changeMembers: string[] | undefined;
    const change = shape.fieldChange ? fieldChangeOf(value, keys) : undefined;
    if (change !== undefined) {
      pairValueDecision = keyDecision(change.name);
      if (pairValueDecision === 'none') pairValueDecision = fieldDecision(change.name);
      const unprefixed = pairValueDecision === 'none' ? unprefixedName(change.name) : undefined;
      if (unprefixed !== undefined) pairValueDecision = keyDecision(unprefixed);
      // An email field's value, as a table's email column's (an address a validator rejected has no TLD: `qxaro.vlintuk@example`).
      if (pairValueDecision === 'none' && columnKind(unprefixed ?? change.name) === 'email') pairValueDecision = 'email';
      // A select option's or a rename's value that names a field (`{ field: 'ssn', from: 'ssn', to: 'tax_id' }`) is no value of it.
      if (pairValueDecision !== 'none' && !change.members.some((member) => typeof value[member] === 'string' && (value[member] as string).length <= 128 && keyDecision(value[member] as string) === pairValueDecision)) changeMembers = change.members;
      else pairValueDecision = 'none';
    } else if (keys.length <= 64) {
      // Up to 64 members for a vendor's spelling (HubSpot's `propertyName`, DocuSign's `tabLabel`), 8 for `{ name, value }` (attributePair).
      const pair = shape.attributePair ? attributePair(value, keys) : undefined;
      if (pair !== undefined) {
        pairValueMember = pair.member;
        pairValueDecision = keyDecision(pair.name);
        const unprefixed = pairValueDecision === 'none' ? unprefixedName(pair.name) : undefined;
        if (unprefixed !== undefined) pairValueDecision = keyDecision(unprefixed);
        // A FHIR extension's url past its resource's name (`…/patient-mothersMaidenName`).
        const element = pairValueDecision === 'none' ? extensionName(pair.name) : undefined;
        if (element !== undefined) pairValueDecision = keyDecision(element);
        // A select option whose value names its own field (`{ name: "ssn", value: "ssn" }`) stays, as formAnswers keeps it.
        const pairValue = value[pair.member];
        if (typeof pairValue === 'string' && pairValue.length <= 128 && keyDecision(pairValue) === pairValueDecision) pairValueDecision = 'none';
      } else if (keys.length <= 8 && 'query' in value) {
        // An Elasticsearch full-text query: its fields name its `query` (wrapped-values.ts searchedFields).
        const fields = searchedFields(value);
        if (fields !== undefined) {
          pairValueDecision = fieldsDecision(fields);
          pairValueMember = 'query';
        }
      }
    }
    // A browser's session cookie as an object whose name is no secret's (`user_session`, `li_at`,
    // Slack's `d`; cookies.ts, L2 of the probe of 2026-12-06b): its value is a login's credential.
    if (pairValueDecision === 'none' && changeMembers === undefined && keys.length <= 24 && 'value' in value && 'name' in value && sessionCookieObject(value, keys)) {
      pairValueMember = 'value';
      pairValueDecision = 'secret';
    }
    // A social network's account-id cookie as an object (Facebook's `c_user`, Instagram's `ds_user_id`, X's `twid`): the account's id (cookies.ts).
    else if (pairValueDecision === 'none' && changeMembers === undefined && keys.length <= 24 && 'value' in value && 'name' in value && accountIdCookieObject(value, keys)) {
      pairValueMember = 'value';
      pairValueDecision = ACCOUNT_ID_COOKIE;
    }
    // A form field and the text typed into it (`{ element: "Password field", text }`, `{ selector:
    // "#password", value }`: browser and computer-use tools), a Kubernetes Secret's `data` and
    // `stringData` (form-fields.ts; the sixth fresh probe of 2026-12-03).
    const typedSecret = keys.length <= 16 ? typedSecretMembers(value, keys) : undefined;
    // A password typed as the user's name beside a reason that no such user exists (`{ reason: 'user_not_found', username: 'Tr5#Lq9zWm2x' }`; L10 of 2026-12-06).
    const unknownUser = shape.userMember && enabled.has('secrets') ? unknownUserPasswordMember(value, keys) : undefined;
    // A form field's name beside its answer (`{ label: "SSN", value }`, `{ question, answer }`, a
    // Typeform answer): the name decides for the answer as a member name would (form-fields.ts;
    // issue 11, F4 of the probe of 2026-12-04).
    const formField = keys.length <= 8 && typedSecret === undefined ? formAnswers(value, keys) : undefined;
    const kubernetesSecret = keys.length <= 16 && isKubernetesSecret(value, keys);
    // A token request's or an authorization response's `code` (`{ code, grant_type: 'authorization_code' }`, `{ code, state }`): oauth-codes.ts.
    const oauthCode = keys.length <= 32 && 'code' in value && isOAuthCodeObject(value, keys);
    // A FHIR Identifier or ContactPoint (identifiers.ts): its shape says what `value` holds.
    // (A key's name beside its value, `{ keyName: 'key1', permissions: 'FULL', value }` of `az storage account keys list`: keyNamedValue.)
    const valueKind = keys.length <= 9 && 'value' in value ? (valueKindOf(value, keys) ?? (keyNamedValue(keys) ? 'tokenKey' : undefined)) : undefined;
    // A WhatsApp message or contact: `from`, `to`, `recipient_id` are the user's phone number.
    const whatsApp = keys.length <= 16 && isWhatsAppObject(value, keys);
    const humanName = shape.humanName;
    // `{ nombre, apellido }`, `{ nom, prenom }`: a generic name key beside a surname key is a person's name.
    const genericName = shape.genericName;
    const surnamed = shape.surnamed;
    // `{ name: 'tevita havili', ssn: '536-22-8514' }`: a generic name key's text beside a member
    // that holds personal data as text or a number (an SSN, a date of birth, an email, a phone, an
    // address: isPersonalSiblingKey) is a person's name (a probe of 2026-12-04). `{ name: 'search',
    // type: 'tool' }`, `{ name: 'report.pdf', size: 3 }` and a schema's `{ name: {…}, email: {…} }` stay.
    // A toll-free number under a phone key is a business's and says nothing of the name (O4 of 2026-12-04f: `{ name: 'Acme Store', phone: '1-800-275-2273' }`).
    // A place or business search result (Google Places `place_id`, `formatted_phone_number`; Yelp `review_count`,
    // `is_closed`; Foursquare `fsq_id`): its name, phone and address are the business's (O1 of 2026-12-04g).
    const business = shape.business;
    // A company's name with its legal form beside a member naming its premises (COMPANY_ADDRESS_KEYS): that address is the company's.
    const bankCodesOwned = shape.bankCode && keys.some((key) => BANK_NAME_KEYS.has(normalizeKeyName(key)) && typeof value[key] === 'string' && BANK_NAME_VALUE.test((value[key] as string).trim()));
    const companyOwned = shape.companyAddress && keys.some((key) => COMPANY_NAME_KEYS.has(normalizeKeyName(key)) && typeof value[key] === 'string' && legalEntityName(value[key] as string));
    const personalName = genericName && !surnamed && !business && shape.personalSibling && keys.some((key) => isPersonalSiblingKey(key) && (typeof value[key] === 'number' || (typeof value[key] === 'string' && !(columnKind(key) === 'PHONE' && isTollFreeNumber(value[key] as string)))));
    // `{ name: 'Mollquist', role: 'patient' }`, `{ name: 'Zephra', age: 41 }`: a generic name key beside
    // a member saying the object is a person (a person's role as the value of `role`,
    // `relationship`, `type`, ...; `age`, `gender`, `pronouns`):
    // the name read as a role's value by that tier (K13 of the fifth probe of 2026-12-04;
    // personObjectTier). `{ role: 'tool', name: 'search' }` stays; `role: 'user'` decides nothing here.
    const personObject = genericName && !surnamed && !personalName && keys.length <= 16 ? personObjectTier(value, keys) : undefined;
    // `{ first, last }`, `{ fn, ln }`, `{ forename, surname }`: given and middle members beside a family member (key-names.ts nameMembers).
    const nameParts = shape.nameParts;
    // The member this object is under (past a list's index): `subject`, `individual`, `name`.
    const parent = /^\d+$/.test(segments[segments.length - 1] ?? '') ? segments[segments.length - 2] : segments[segments.length - 1];
    // An X12 segment written as JSON under its id (`NM1: { NM103, NM104, NM109 }`, `DMG: { DMG02 }`,
    // `REF: { qualifier: 'SY', value }`, Stedi's `subscriber_name_NM1`): its elements by edi.ts's table (J6).
    const x12Segment = parent !== undefined && keys.length <= 32 ? x12SegmentOfKey(parent) : undefined;
    const x12 = x12Segment === undefined ? undefined : x12MemberKinds(x12Segment, value, keys);
    // A FHIR Reference to a Patient, Practitioner, RelatedPerson or Person: its `display` is the person's name.
    const reference = keys.length <= 8 ? personReference(value, keys, parent) : undefined;
    // A HumanName with its text alone (`contact[].name: { text: 'leilani havili' }`): the text is a name when it has a name's shape.
    // An account object's name (`user: { name }`, `account: { name }`): an account's (account-names.ts; L3 of 2026-12-05d).
    const accountHolder = parent !== undefined && keys.length <= 32 && ACCOUNT_HOLDERS.has(normalizeKeyName(parent));
    // An object that says it is no person (a repository, an app, a group, a tag, a bot committer): its name members are a thing's (thingObjectOf).
    const thingObject = keys.length <= 64 && enabled.has('person') && thingObjectOf(value, keys, parent, genericName, shape.typeMember);
    const nameText = parent !== undefined && keys.length <= 4 && (parent === 'name' || parent === 'names') && keys.includes('text') && keys.every((key) => HUMAN_NAME_PARTS.has(key) || key === 'use' || key === 'period');
    // A card, SSN or phone split across members (`cc1`…`cc4`, `area_code`/`prefix`/`line`), a date of birth
    // (`dob_day`/`dob_month`/`dob_year`, `dateOfBirth: { year, month, day }`: `parent`): split-values.ts.
    const split = splitNumberMembers(value, keys, parent);
    // A table as columns and rows (`{ cols: ["name", "ssn"], rows: [["Amara Okafor", "536228514"]] }`:
    // SQL and BI tools' results): each cell is read as the value of its column's name.
    const table = shape.columnTable ? columnTableOf(value, keys) : undefined;
    // Field definitions apart from their rows, joined by a name or an id (BigQuery `description`,
    // Avro `doc`, Zendesk `ticket_fields[].title` for `custom_fields[].value`; J16 of 2026-12-04d).
    const describedFields = shape.describedFields ? describedFieldsOf(value, keys) : undefined;
    const rowDecisions = describedFields === undefined ? undefined : describedDecisions(describedFields.labels);
    if (table !== undefined && rowDecisions !== undefined) table.names = table.names.map((name) => (name !== undefined && rowDecisions.has(name) ? (describedFields?.labels.get(name) ?? name) : name));
    // A parameterised SQL statement (`{ sql: '… WHERE ssn = $1', params: ['536228514'] }`, node-postgres
    // `{ text, values }`, knex `{ sql, bindings }`): each bind read as the value of the column it
    // stands for (sql-binds.ts; H16 of the probe of 2026-12-04c). A GraphQL request's `variables`
    // likewise by the arguments the query passes them to (graphql-variables.ts; J17 of 2026-12-04d).
    const bound = keys.length <= 16 ? boundStatementOf(value, keys) ?? graphqlRequestOf(value, keys) : undefined;
    // A point as latitude and longitude members (`{"latitude": "51.5074", "longitude": "-0.1278"}`).
    const point = shape.coordinates ? coordinateMembers(value, keys) : undefined;
    // An MCP server's or a spawn's `{ command, args }`: the arguments read after their command (argv.ts).
    const commandArgs = keys.length <= 32 && enabled.has('secrets') ? argvMember(value, keys) : undefined;
    // A patient's logical id; an identity document's number beside its type.
    const patient = keys.length <= 64 && 'id' in value && isPatientObject(value);
    // A student's object (`student: { identifier }`, `disclosureLog[].student.id`): its id members are the school's number for the student (health-ids.ts STUDENT_RECORD_ID).
    const studentRecord = shape.studentId && parent !== undefined && STUDENT_PARENTS.has(parent);
    // A biometric template under a generic member (`template`, `vector`) of a modality's object, beside a recognition model's name, or an ISO/IEC 19794 record (biometric-members.ts).
    const biometric = biometricMembers(value, keys, parent);
    // `savings`/`checking` holding a balance beside a currency, an amount or under `balances` (commercial-ids.ts balanceMembers).
    const balances = balanceMembers(value, keys, parent);
    // An EU driving licence's fields as members named by their numbers (`{'1':'ROSSI','3':'22/05/1988 ROMA','5':…}`: eu-licences.ts).
    const euLicence = keys.length >= 4 && keys.length <= 24 && (keys.includes('5') || keys.includes('5.')) ? euLicenceMembers(value, keys) : undefined;
    // A bare registry id beside a patient's members: the patient's immunisation registry record (isRegistryIdKey).
    const patientRegistry = shape.registryId && patientRecordBeside(value, keys);
    const documentKind = shape.documentNumber ? typedIdDecision(value, keys) : undefined;
    // An email address split into a local part and a domain (`{"user":"tevita.havili","host":"gmail.com"}`),
    // a postal address object (Stripe's `address.line1`, a FHIR Address's `line`, `text`, `district`),
    // a GeoJSON Point: contact-shapes.ts.
    const splitEmail = shape.splitEmail ? splitEmailOf(value, keys) : undefined;
    const addressObject = keys.length <= 16 && isAddressObject(parentKeyOf(segments), keys, value);
    const geoJsonPoint = keys.length <= 6 && isGeoJsonPoint(value, keys);
    // A provider's payload by its object's shape (Anthropic `source`, Gemini `inline_data`, a Gmail
    // body), in JSON parsed from a string only: record() replaced those of the event itself, and a
    // decoded body must not be decoded again.
    const payload = embeddedDepth > 0 ? payloadMemberOf(value, keys, parentKeyOf(segments)) : undefined;
    // A DICOM JSON element under its tag (PS3.18 F.2: `"00100010":{"vr":"PN","Value":[{"Alphabetic":"…"}]}`):
    // the Value's strings by the tag's kind (dicom.ts; the third probe of 2026-12-04, H2).
    const dicomKind = keys.length <= 4 && typeof value.vr === 'string' && Array.isArray(value.Value) && isDicomTag(segments[segments.length - 1] ?? '') && (enabled.has('person') || enabled.has('health')) ? dicomElementKind(segments[segments.length - 1] as string, value.vr) : undefined;
    // A Terraform random_password or random_string (state, plan and show JSON): its `result`, at any depth, is the secret (L4 of 2026-12-05d);
    // a random_string's `id` and an azurerm_key_vault_secret's `value` too (the Stryker run of 2026-12-05).
    // An object with another `type` ends it (`sensitive_attributes`' `{"type":"get_attr","value":"value"}` is a path, no secret).
    const outerTerraformMembers = terraformSecretMembers;
    if (typeof value.type === 'string') terraformSecretMembers = TERRAFORM_SECRET_TYPES.get(value.type);
    try {
      for (const key of keys) {
        const child = value[key] as JsonValue;
        if (dicomKind !== undefined && key === 'Value') {
          segments.push(key);
          out[key] = pathRule(segments) ? wholeValue(child, 'REDACTED', 'unknown', pending) : dicomValues(child as JsonValue[], dicomKind, pending);
          segments.pop();
          continue;
        }
        if (payload !== undefined && key === 'data' && typeof child === 'string') {
          const replaced = payloadValue(child, payload, value, undefined);
          segments.push(key);
          out[key] = typeof replaced === 'string' ? walk(replaced, segments, pending, custom, keyIsSecret, depth + 1) : mediaJson(replaced);
          segments.pop();
          continue;
        }
        const licenceField = euLicence?.get(key);
        if (licenceField !== undefined) {
          out[key] = pathRule([...segments, key]) ? wholeValue(child, 'REDACTED', 'unknown', pending) : wholeValue(child, licenceField[0], licenceField[1], pending, (child as string).toLowerCase());
          continue;
        }
        if (point !== undefined && (key === point[0] || key === point[1])) {
          out[key] = pathRule([...segments, key]) ? wholeValue(child, 'REDACTED', 'unknown', pending) : wholeValue(child, 'GEO', 'pii.location', pending);
          continue;
        }
        if (commandArgs !== undefined && key === commandArgs.key) {
          segments.push(key);
          out[key] = argvItems(child as string[], commandArgs.spans, segments, pending, custom, keyIsSecret, depth + 1);
          segments.pop();
          continue;
        }
        if (splitEmail !== undefined && key === splitEmail.local) {
          out[key] = pathRule([...segments, key]) ? wholeValue(child, 'REDACTED', 'unknown', pending) : wholeValue(child, 'EMAIL', 'pii.email', pending, splitEmail.address);
          continue;
        }
        // Coordinates as a list or one string under a location's name (`coords`, `latlng`), a GeoJSON Point's `coordinates`.
        const location = geoJsonPoint && key === 'coordinates' ? 'lonFirst' : child !== null && typeof child !== 'number' && typeof child !== 'boolean' ? locationKeyKind(key) : undefined;
        const coordinates = location === undefined ? undefined : coordinatesIn(child, location, geoJsonPoint && key === 'coordinates');
        if (coordinates !== undefined) {
          out[key] = pathRule([...segments, key]) ? wholeValue(child, 'REDACTED', 'unknown', pending)
            : coordinates === 'string' ? wholeValue(child, 'GEO', 'pii.location', pending)
            : (child as JsonValue[]).map((item) => wholeValue(item, 'GEO', 'pii.location', pending));
          continue;
        }
        // A route's points (`{track:[[-36.848461,174.763336],…]}`, `points`, `breadcrumbs`; L4 of the probe of 2026-12-06b): each number.
        if (Array.isArray(child) && isRouteOfPoints(key, child)) {
          out[key] = pathRule([...segments, key]) ? wholeValue(child, 'REDACTED', 'unknown', pending)
            : (child as JsonValue[][]).map((point) => point.map((item) => wholeValue(item, 'GEO', 'pii.location', pending)));
          continue;
        }
        // The column list is names, each read on its own: two of them are no `[name, value]` pair
        // (`columns: ['last_name', 'dob']` masked `dob` as the surname's value).
        if (table !== undefined && key === table.columns && Array.isArray(child)) {
          segments.push(key);
          out[key] = pathRule(segments) ? wholeValue(child, 'REDACTED', 'unknown', pending) : child.map((item, index) => {
            segments.push(String(index));
            const walked = pathRule(segments) ? wholeValue(item, 'REDACTED', 'unknown', pending) : walk(item, segments, pending, custom, keyIsSecret, depth + 2);
            segments.pop();
            return walked;
          });
          segments.pop();
          continue;
        }
        if (bound !== undefined && key === bound.member) {
          segments.push(key);
          out[key] = pathRule(segments) ? wholeValue(child, 'REDACTED', 'unknown', pending) : bindValues(child, bound, segments, pending, custom, keyIsSecret, depth + 1);
          segments.pop();
          continue;
        }
        if (rowDecisions !== undefined && key === describedFields?.rows && (table === undefined || key !== table.rows)) {
          segments.push(key);
          out[key] = pathRule(segments) ? wholeValue(child, 'REDACTED', 'unknown', pending) : walk(child, segments, pending, custom, keyIsSecret, depth + 1, undefined, rowDecisions);
          segments.pop();
          continue;
        }
        if (table !== undefined && key === table.rows) {
          segments.push(key);
          out[key] = tableRows(child as JsonValue[], table.names, segments, pending, custom, keyIsSecret, depth + 1);
          segments.pop();
          continue;
        }
        segments.push(key);
        let redactedKey = key;
        // A field abbreviation that is also a person's name (`Arn`, `Max`, `Jan`) is structure as a
        // member name: never read as text, nor recalled from session memory (custom rules still run).
        const abbreviation = isFieldAbbreviation(key);
        if (custom !== undefined || ((!cleanKeys.has(key) || (memories.length > 0 && recall(key) !== undefined)) && !abbreviation)) {
          redactedKey = redactString(key, segments, pending, custom, false, false, abbreviation);
          if (redactedKey === key && custom === undefined && cleanKeys.size < 10_000 && builtinDetections(key, false).length === 0) cleanKeys.add(key);
        }
        // A record keyed by a person's name in a script with no capitals (`{"김하늘":{…}}`, `{"ሰላም ታደሰ":[…]}`;
        // the tenth probe of 2026-12-05, L2): the whole key by its shape (script-names.ts isWholeScriptName).
        if (redactedKey === key && child !== null && typeof child === 'object' && key.charCodeAt(0) >= 0x590 && enabled.has('person') && isWholeScriptName(key)) {
          redactedKey = wholeValue(key, 'PERSON', 'pii.person', pending, personNormalForm(key));
        }
        const decision =
          typeof child === 'string' && isWorkingDirectory(key, child) ? 'none'
          : typedSecret?.has(key) === true || key === unknownUser || (kubernetesSecret && (key === 'data' || key === 'stringData')) || (oauthCode && key === 'code') || (terraformSecretMembers?.has(key) === true && typeof child === 'string') ? 'secret'
          : thingObject && typeof child === 'string' && thingObjectNameKey(key) ? 'none'
          : x12?.has(key) === true ? fieldKindDecision(x12.get(key) as EdiKind, child)
          // A row keyed by described field names (`{ c1: … }`), or a `{ id, value }` answer to a described field.
          : described?.has(key) === true ? described.get(key) as KeyDecision
          : described !== undefined && (key === 'value' || key === 'values') && (typeof value.id === 'string' || typeof value.id === 'number') && described.has(`#${value.id}`) ? described.get(`#${value.id}`) as KeyDecision
          : (key === pairValueMember || changeMembers?.includes(key) === true) && pairValueDecision !== 'none' ? pairValueDecision
          : key === 'value' && valueKind !== undefined ? valueKind
          : formField?.members.has(key) === true ? formField.decision
          : whatsApp && isWhatsAppPhoneMember(key) ? 'PHONE'
          : accountIdCookieMember(key, child) ? ACCOUNT_ID_COOKIE
          : patient && key === 'id' ? PATIENT_ID
          : studentRecord && STUDENT_ID_MEMBERS.has(key) && (typeof child === 'string' || typeof child === 'number') ? STUDENT_RECORD_ID
          : biometric?.has(key) === true ? BIOMETRIC
          : balances?.has(key) === true ? 'none'
          : patientRegistry && isRegistryIdKey(key) && registryRecordValue(child) ? PATIENT_ID
          : documentKind !== undefined && DOCUMENT_NUMBER_MEMBERS.has(key) ? documentKind
          // An object in a list under a phone/account key (Plaid `phone_numbers: [{ data, type }]`): its `data`/`value`/`number` is that number;
          // under an identifier's key (Workday `National_ID: [{ ID }]`, `passport: { number, country }`) its generic id members too.
          : inherited !== undefined && inheritedBy(inherited, key, child) ? inherited
          : Array.isArray(child) && isBareAccountListKeyName(key) ? 'bareAccount'
          : humanName && HUMAN_NAME_PARTS.has(key) ? 'person'
          : addressObject && isAddressObjectPart(key) ? 'address'
          : business && (BUSINESS_RESULT_CONTACT_KEYS.has(key) || isGenericNameKey(key)) ? 'thingId'
          : companyOwned && typeof child === 'string' && COMPANY_ADDRESS_KEYS.has(normalizeKeyName(key)) ? 'thingId'
          : bankCodesOwned && typeof child === 'string' && BANK_CODE_KEYS.has(normalizeKeyName(key)) ? 'thingId'
          // (The key first: both are functions of their argument alone, and most members of a person's object are no name.)
          : (surnamed || personalName) && isGenericNameKey(key) && (surnamed || (typeof child === 'string' && !firmLikeName(child))) ? 'person'
          : personObject !== undefined && typeof child === 'string' && isGenericNameKey(key) ? personObject
          : nameParts?.has(key) === true && keyDecision(key) === 'none' ? 'role-strong'
          : reference !== undefined && key === 'display' ? (reference === 'named' ? 'person' : 'role-role')
          : nameText && key === 'text' ? 'role-weak'
          // A double-barrelled surname alone or before its given names under a generic name member (`{Name:'Farahani-Dufresne, Kaveh'}`,
          // `requester: {name:'Osei-Tutu'}`: names.ts surnameFirstValue; L1 of probe 2026-12-05h).
          : typeof child === 'string' && child.length <= 80 && child.indexOf('-') > 0 && isGenericNameKey(key) && enabled.has('person') && surnameFirstValue(child) ? 'person'
          : accountHolder && typeof child === 'string' && isGenericNameKey(key) ? 'login'
          : storageKeyKept(awsAccountKept(keyDecision(key), child, value, keys), key, child);
        const part = split?.get(key);
        const ipInteger = typeof child === 'object' ? undefined : ipv4OfInteger(key, child);
        const redactedChild = pathRule(segments) ? wholeValue(child, 'REDACTED', 'unknown', pending)
          : part !== undefined ? splitPart(part, pending)
          : ipInteger !== undefined ? wholeValue(child, 'IP', 'pii.ip_address', pending, ipInteger)
          : thingObject && decision === 'none' && typeof child === 'string' && thingObjectNameKey(key) ? thingMember(child, segments, pending, custom, keyIsSecret, depth + 1)
          : underKey(decision, child, segments, pending, custom, keyIsSecret, depth + 1);
        segments.pop();
        // defineProperty for `__proto__`: the key stays data instead of replacing the prototype.
        if (redactedKey === '__proto__') Object.defineProperty(out, redactedKey, { value: redactedChild, enumerable: true, writable: true, configurable: true });
        else out[redactedKey] = redactedChild;
      }
    } finally {
      terraformSecretMembers = outerTerraformMembers;
    }
    return out;
  }

  /** A thing object's name member (thingObjectOf): walked as text with thingMemberDepth set, so redactText reads no person in it. */
  function thingMember(child: string, segments: string[], pending: Pending, custom: CustomResults | undefined, keyIsSecret: boolean, depth: number): JsonValue {
    const outer = thingMemberDepth;
    thingMemberDepth = segments.length;
    try {
      return underKey('none', child, segments, pending, custom, keyIsSecret, depth);
    } finally {
      thingMemberDepth = outer;
    }
  }

  /**
   * The items of a command's array with the secret spans argv.ts found masked, each span by its
   * value's pseudonym (the rest of a masked item, `-p` or `--password=`, read as any string); the
   * other items walked as usual.
   */
  function argvItems(items: readonly string[], spans: readonly ArgvSpan[][], segments: string[], pending: Pending, custom: CustomResults | undefined, keyIsSecret: boolean, depth: number): JsonValue[] {
    return items.map((item, index) => {
      segments.push(String(index));
      try {
        if (pathRule(segments)) return wholeValue(item, 'REDACTED', 'unknown', pending);
        const found = [...(spans[index] ?? [])].sort((a, b) => a[0] - b[0]);
        if (found.length === 0) return walk(item, segments, pending, custom, keyIsSecret, depth + 1);
        let masked = '';
        let at = 0;
        for (const [start, end, type] of found) {
          if (end <= at) continue;
          const from = Math.max(start, at);
          if (from > at) masked += redactString(item.slice(at, from), segments, pending, custom, keyIsSecret);
          masked += wholeValue(item.slice(from, end), type, 'secret', pending);
          at = end;
        }
        if (at < item.length) masked += redactString(item.slice(at), segments, pending, custom, keyIsSecret);
        return masked;
      } finally {
        segments.pop();
      }
    });
  }

  /**
   * The binds of a parameterised statement (sql-binds.ts boundStatementOf), each under the decision
   * of the column it stands for, the statement's columns read together (columnDecisions, as a column
   * table's are); a named bind no column names by its own name (`{ ':dob': … }`). A list by position;
   * an object by name (`:dob`, `@dob`, `$dob` as `dob`); a JSON list in a string (Prisma's query
   * event) parsed and written back. A bind as an object with a `name` (AWS RDS Data API `{ name,
   * value: { stringValue } }`, tedious `{ name, type, value }`) by that name; with a `val` or
   * `value` (node-oracledb `{ val, type }`) that member holds it.
   */
  function bindValues(child: JsonValue, bound: BoundStatement, segments: string[], pending: Pending, custom: CustomResults | undefined, keyIsSecret: boolean, depth: number): JsonValue {
    if (depth > MAX_DEPTH) return walk(child, segments, pending, custom, keyIsSecret, depth);
    const { byPosition, byName } = bound.binds;
    const columns = [...new Set([...byPosition, ...byName.values()].filter((column): column is string => column !== undefined))];
    const decisions = columnDecisions(columns);
    const columnDecision = (column: string | undefined): KeyDecision => (column === undefined || decisions === undefined ? 'none' : (decisions[columns.indexOf(column)] ?? 'none'));
    const nameDecision = (name: string): KeyDecision => {
      const bare = name.replace(/^[:@$]/, '');
      const column = byName.get(bare);
      return column !== undefined ? columnDecision(column) : keyDecision(bare);
    };
    const bind = (item: JsonValue, decision: KeyDecision, depthNow: number): JsonValue => {
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
        const members = Object.keys(item);
        const named = typeof item.name === 'string' && members.length <= 8 ? nameDecision(item.name) : undefined;
        const holder = members.length <= 8 ? (['value', 'val'] as const).find((member) => member in item) : undefined;
        if (holder !== undefined && (named ?? decision) !== 'none') {
          const out: Record<string, JsonValue> = {};
          for (const member of sortKeys(members)) {
            segments.push(member);
            const inner = item[member] as JsonValue;
            out[member] = pathRule(segments) ? wholeValue(inner, 'REDACTED', 'unknown', pending)
              : member === holder ? underKey(named ?? decision, inner, segments, pending, custom, keyIsSecret, depthNow + 1)
              : walk(inner, segments, pending, custom, keyIsSecret, depthNow + 1);
            segments.pop();
          }
          return out;
        }
      }
      return underKey(decision, item, segments, pending, custom, keyIsSecret, depthNow);
    };
    if (typeof child === 'string') {
      // Prisma's query event: `params: '["536228514","Vlintuk"]'`.
      let parsed: unknown;
      try {
        parsed = child.length <= 100_000 ? JSON.parse(child) : undefined;
      } catch {
        parsed = undefined;
      }
      if (!Array.isArray(parsed)) return walk(child, segments, pending, custom, keyIsSecret, depth);
      const after = JSON.stringify(bindValues(parsed as JsonValue[], bound, segments, pending, custom, keyIsSecret, depth + 1));
      return after === JSON.stringify(parsed) ? walk(child, segments, pending, custom, keyIsSecret, depth) : after;
    }
    if (Array.isArray(child)) {
      return child.map((item, index) => {
        segments.push(String(index));
        const out = pathRule(segments) ? wholeValue(item, 'REDACTED', 'unknown', pending) : bind(item, columnDecision(byPosition[index]), depth + 1);
        segments.pop();
        return out;
      });
    }
    if (child === null || typeof child !== 'object') return walk(child, segments, pending, custom, keyIsSecret, depth);
    const out: Record<string, JsonValue> = {};
    for (const key of sortKeys(Object.keys(child))) {
      segments.push(key);
      const redactedKey = redactString(key, segments, pending, custom, false);
      const item = child[key] as JsonValue;
      const redacted = pathRule(segments) ? wholeValue(item, 'REDACTED', 'unknown', pending) : bind(item, nameDecision(key), depth + 1);
      segments.pop();
      if (redactedKey === '__proto__') Object.defineProperty(out, redactedKey, { value: redacted, enumerable: true, writable: true, configurable: true });
      else out[redactedKey] = redacted;
    }
    return out;
  }

  /** `{ command: "mysql", args: ["-u", "root", "-phunter2"] }` (also `cmd`, `argv`, `arguments`): the member holding the arguments and their secret spans. */
  function argvMember(value: Record<string, JsonValue>, keys: readonly string[]): { key: string; spans: ArgvSpan[][] } | undefined {
    const commandKey = keys.find((key) => key === 'command' || key === 'cmd' || key === 'executable' || key === 'program');
    const argsKey = keys.find((key) => key === 'args' || key === 'argv' || key === 'arguments');
    if (commandKey === undefined || argsKey === undefined) return undefined;
    const command = value[commandKey];
    const args = value[argsKey];
    if (typeof command !== 'string' || !Array.isArray(args) || args.length === 0 || typeof args[0] !== 'string') return undefined;
    const spans = argvSecrets([command, ...args]);
    return spans === undefined ? undefined : { key: argsKey, spans: spans.slice(1) };
  }

  /**
   * The rows of a column table: each cell under its column's name, as an object's member would be
   * (`keyDecision`); a row that is no array is walked as usual. `segments` name the cell by its
   * column (`rows.0.ssn`), so path rules can name a column too.
   */
  /**
   * The rows of a column table, each cell read as the value of its column's name (columnDecisions:
   * the rules of a member of that name, a generic `name` a person's beside a personal column);
   * a row that repeats the names (Athena's first row) and rows of another shape are walked as they are.
   */
  function tableRows(rows: JsonValue[], names: readonly (string | undefined)[], segments: string[], pending: Pending, custom: CustomResults | undefined, keyIsSecret: boolean, depth: number, from = 0): JsonValue[] {
    const decisions = columnDecisions(names.map((name) => name ?? ''));
    return rows.map((row, index) => {
      const r = index + from;
      segments.push(String(r));
      // Cells are named by their column even when none is personal: a path rule names a cell so (`rows.0.city`).
      const parts = depth > MAX_DEPTH ? undefined : rowCellsOf(row);
      let out: JsonValue;
      if (parts === undefined || isNamesRow(parts.cells, names)) out = pathRule(segments) ? wholeValue(row, 'REDACTED', 'unknown', pending) : walk(row, segments, pending, custom, keyIsSecret, depth + 1);
      else {
        const cells = parts.cells.map((cell, c) => {
          const name = names[c];
          segments.push(name ?? String(c));
          const decision: KeyDecision = decisions?.[c] ?? 'none';
          const { member, value } = cellValueOf(cell);
          let redacted: JsonValue;
          if (pathRule(segments)) redacted = wholeValue(cell, 'REDACTED', 'unknown', pending);
          else if (member === undefined) redacted = underKey(decision, cell, segments, pending, custom, keyIsSecret, depth + 2);
          else {
            segments.push(member);
            redacted = { [member]: underKey(decision, value, segments, pending, custom, keyIsSecret, depth + 3) };
            segments.pop();
          }
          segments.pop();
          return redacted;
        });
        out = parts.member === undefined ? cells : { [parts.member]: cells };
      }
      segments.pop();
      return out;
    });
  }

  /** Whether a row's cells are the table's column names again (Athena's first row), compared without case. */
  function isNamesRow(cells: readonly JsonValue[], names: readonly (string | undefined)[]): boolean {
    if (cells.length !== names.length) return false;
    for (let c = 0; c < cells.length; c++) {
      const value = cellValueOf(cells[c] as JsonValue).value;
      if (typeof value !== 'string' || value.toLowerCase() !== names[c]?.toLowerCase()) return false;
    }
    return true;
  }

  /** 'secret' for a storage account's or a service's key under `StorageKey` or `primaryKey` (storageKeyValue), else `decision`. */
  function storageKeyKept(decision: KeyDecision, key: string, child: JsonValue): KeyDecision {
    return decision === 'none' && typeof child === 'string' && storageKeyValue(key, child) ? 'secret' : decision;
  }
  /** 'none' for a bare account member holding an AWS account id in an AWS object (identifiers.ts isAwsObject), else `decision`. */
  function awsAccountKept(decision: KeyDecision, child: JsonValue, object: Readonly<Record<string, JsonValue>>, keys: readonly string[]): KeyDecision {
    // No closure per member for this rare case: isAwsObject runs only under a bare account key holding an AWS account id.
    return decision === 'bareAccount' && isAwsAccountId(child) && isAwsObject(object, keys) ? 'none' : decision;
  }

  /**
   * One member of a split number: its pseudonym is the whole number's, so every part reads the
   * same token. The vault and session memory take the whole number once (never a 4-digit part,
   * which would mask every such group later in the session).
   */
  function splitPart(part: SplitPart, pending: Pending): string {
    pending.classes.add(part.dataClass);
    const replacement = token(part.type, part.whole);
    pending.fieldPseudonyms?.add(replacement);
    if (part.first) {
      if (memories.length > 0) remember(part.whole, part.type, part.dataClass, part.whole);
      if (pending.full) pending.vaultEntries.push({ ref: replacement, type: part.type, plaintext: part.whole, subjects: [replacement] });
    }
    return replacement;
  }

  /**
   * A value under a key that names what it holds: masked whole when it is of that kind; a list
   * is taken item by item, at any depth (`{"ssn": ["123456789"]}`, `{"phone": [["+44 …"]]}`: a
   * fresh finding stored such lists raw); anything else is walked as usual.
   */
  function underKey(decision: KeyDecision, child: JsonValue, segments: string[], pending: Pending, custom: CustomResults | undefined, keyIsSecret: boolean, depth: number): JsonValue {
    const masked = byKey(decision, child, pending);
    if (masked !== undefined) return masked;
    // A customer's status (`{ kunde: 'Neu' }`, `{ customer: 'VIP' }`: key-names.ts CUSTOMER_NOT_NAMES) is kept, though one such word alone reads as a listed name.
    if (decision === 'role-customer' && typeof child === 'string' && CUSTOMER_NOT_NAMES.has(child.trim().toLowerCase())) return child;
    if (decision === 'secret' && child !== null && typeof child === 'object') return walk(child, segments, pending, custom, true, depth);
    // (An organisation's line, `supportPhone: '+44 20 7946 0000'`, also with its calling code.)
    // A business result's address or phone (BUSINESS_RESULT_CONTACT_KEYS: a 'thingId' only there) is the business's,
    // and so is a company's address under a member naming its premises (COMPANY_ADDRESS_KEYS: a 'thingId' only beside its name).
    if (decision === 'thingId' && typeof child === 'string' && (BUSINESS_RESULT_CONTACT_KEYS.has(segments[segments.length - 1] ?? '') || COMPANY_ADDRESS_KEYS.has(normalizeKeyName(segments[segments.length - 1] ?? '')))) return redactString(child, segments, pending, custom, keyIsSecret, true);
    if (decision === 'thingId' && typeof child === 'string' && (ONE_NUMBER.test(child) || (ONE_NUMBER.test(child.replace(LEADING_CALLING_PLUS, '')) && isOrganizationLineKey(segments[segments.length - 1] ?? '')))) return redactString(child, segments, pending, custom, keyIsSecret, true);
    // A value wrapped in a type object under a name that says what it holds (DynamoDB `{ S }`,
    // Firestore `{ stringValue }`, Notion `{ rich_text: [{ plain_text }] }`, Avro `{ string }`:
    // wrapped-values.ts), or under a query DSL's operators (Mongo `{ $in: […] }`, Elasticsearch
    // `{ gte, format }`, Prisma `{ equals }`, Hasura `{ _eq }`; H19 of a fresh probe of 2026-12-04):
    // the decision reaches the wrapped leaves and operands; tag members are read as usual.
    const holder = decision !== 'none' && decision !== 'thingId' && decision !== 'keyLike' && decision !== 'tokenKey' && child !== null && typeof child === 'object' && !Array.isArray(child) && depth <= MAX_DEPTH
      ? (isTypeWrapper(child) ? isContentMember : isOperatorObject(child) ? isOperandMember : undefined)
      : undefined;
    if (holder !== undefined && child !== null && typeof child === 'object' && !Array.isArray(child)) {
      const out: Record<string, JsonValue> = {};
      for (const key of sortKeys(Object.keys(child))) {
        segments.push(key);
        const member = child[key] as JsonValue;
        out[key] = pathRule(segments) ? wholeValue(member, 'REDACTED', 'unknown', pending)
          : holder(key) ? underKey(decision, member, segments, pending, custom, keyIsSecret, depth + 1)
          : walk(member, segments, pending, custom, keyIsSecret, depth + 1);
        segments.pop();
      }
      return out;
    }
    // A card, phone or IBAN as a list of its groups (`{"card_number": ["4111", "1111", "1111", "1111"]}`: split-values.ts digitGroupsOf).
    if ((decision === 'CARD' || decision === 'PHONE' || decision === 'ACCOUNT' || decision === 'bareAccount') && Array.isArray(child)) {
      const whole = digitGroupsOf(decision === 'bareAccount' ? 'ACCOUNT' : decision, child);
      if (whole !== undefined) return child.map((_, index) => splitPart({ ...whole, first: index === 0 }, pending));
    }
    if (decision !== 'none' && Array.isArray(child) && depth <= MAX_DEPTH) {
      // A conversation's turns under a key that decides (`items`, `conversation_parts`): its answers too (chatAnswers).
      const answers = child.length >= 1 && child.length <= 4096 && mayBeDialog(child[0]) ? chatAnswers(child, askedBefore) : undefined;
      return child.map((item, index) => {
        segments.push(String(index));
        let out = pathRule(segments) ? wholeValue(item, 'REDACTED', 'unknown', pending) : underKey(decision, item, segments, pending, custom, keyIsSecret, depth + 1);
        const answer = answers?.get(index);
        if (answer !== undefined && out !== null && typeof out === 'object' && !Array.isArray(out)) out = answeredMessage(item as Record<string, JsonValue>, out, answer, pending);
        segments.pop();
        return out;
      });
    }
    // An object under a phone, account or card key (Plaid `{ number, type }`, `{"account": {"number": …}}`): its `data`, `value`, `number` are that number;
    // under an identifier's key (`National_ID`, `passport`, `mrn`) its generic id members too (`ID`, `Value`, `Number`).
    return walk(child, segments, pending, custom, keyIsSecret, depth, decision === 'PHONE' || decision === 'ACCOUNT' || decision === 'CARD' || decision === 'bareAccount' || isIdDecision(decision) ? decision : undefined);
  }

  function pathRule(segments: readonly string[]): boolean {
    return paths.length > 0 && paths.some((pattern) => pathMatches(pattern, segments));
  }

  /** Applies a field group's capture mode to one field value. */
  function captureField(
    value: JsonValue | undefined,
    mode: CaptureMode,
    segments: string[],
    pending: Pending,
    custom: CustomResults | undefined,
    event: UnsealedEvent,
    subjects: readonly string[],
  ): JsonValue | undefined {
    if (value === undefined) return undefined;
    if (mode === 'none' || mode === 'hash') {
      // Classify what is not kept, so retention still reflects it; discard the rewritten value.
      const probe: Pending = { ...pending, full: false, vaultEntries: [], fieldPseudonyms: undefined };
      walk(value, segments, probe, custom, false, 0);
      const canonical = canonicalJson(value);
      const summary: Record<string, JsonValue> = { $capture: mode, type: Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value, bytes: Buffer.byteLength(canonical) };
      if (typeof value === 'string') summary.chars = value.length;
      else if (Array.isArray(value)) summary.items = value.length;
      else if (value !== null && typeof value === 'object') summary.keys = Object.keys(value).length;
      if (mode === 'hash') summary.digest = contentDigest(getKeyring(), value);
      return summary;
    }
    const full = mode === 'full' && vault !== undefined;
    if (mode === 'full' && vault === undefined) {
      pending.errors.push(new RedactionError({ message: 'capture mode full needs a vault (createRedactor({ vault })); the redacted form was kept and no original was stored' }));
    }
    if (!full && !pending.full && pending.fieldPseudonyms === undefined) {
      // Nothing of the field is collected (no vault record): the event's own pending serves.
      return walk(value, segments, pending, custom, false, 0);
    }
    const fieldPseudonyms = new Set<string>();
    const fieldPending: Pending = { ...pending, full, fieldPseudonyms };
    const redacted = walk(value, segments, fieldPending, custom, false, 0);
    if (full) {
      const ref = `evt:${event.id}/${segments.join('.')}`;
      pending.vaultEntries.push({ ref, type: 'FIELD', plaintext: canonicalJson(value), subjects: [...subjects, ...fieldPseudonyms] });
    }
    return redacted;
  }

  async function runCustom(strings: Set<string>, errors: Error[], failed: Set<string>): Promise<CustomResults> {
    const results: CustomResults = new Map();
    const calls: Array<Promise<void>> = [];
    for (const text of strings) {
      for (const detector of customDetectors) {
        calls.push(
          callDetector(detector, text, detector.timeoutMs ?? timeoutMs).then(
            (found) => {
              const previous = results.get(text);
              if (previous instanceof Error) return;
              results.set(text, (previous ?? []).concat(found));
            },
            (error: unknown) => {
              if (!failed.has(detector.name)) {
                failed.add(detector.name);
                errors.push(new RedactionError({ message: `detector ${detector.name} failed; the affected values were replaced by ${REDACTION_FAILED_MARKER}`, cause: error }));
              }
              results.set(text, error instanceof Error ? error : new Error(String(error)));
            },
          ),
        );
      }
    }
    await Promise.all(calls);
    return results;
  }

  function finish(event: UnsealedEvent, capture: FieldGroupModes, custom: CustomResults | undefined, pending: Pending): RedactionResult {
    memory = sessionMemory?.valuesOf(event.session, event.trace?.traceId);
    memories = memory === undefined ? [] : [memory];
    askedBefore = askedFromKey(memory?.asked);
    const heldAsked = memory?.asked;
    const askedOfModel = heldAsked !== undefined && heldAsked.startsWith(USER_ASKED) ? askedFromKey(heldAsked.slice(USER_ASKED.length)) : undefined;
    if (memory !== undefined && pending.again === undefined) pending.visited = [];
    const out: UnsealedEvent = { ...event };
    const re = (value: string | undefined, field: string): string | undefined => (value === undefined ? undefined : redactString(value, field, pending, custom, false));
    // Envelope fields that are structure: kept as written, high-confidence personal data masked in place (structureValue).
    const st = <T extends string | number | undefined>(value: T): T => (typeof value === 'string' ? (structureValue(value, pending) as T) : value);
    if (event.source !== undefined) out.source = st(event.source);
    if (event.session !== undefined) out.session = redactIdentifier(event.session, 'session', pending, custom);
    if (event.actor !== undefined) {
      out.actor = { ...event.actor, id: re(event.actor.id, 'actor.id') as string };
      // The actor's name is a person's when it has a name's shape (`TEVITA HAVILI`, `tevita havili`;
      // not `billing-bot`): masked whole, as under a role key (the sixth probe of 2026-12-03 found it stored raw).
      if (event.actor.name !== undefined) {
        out.actor.name = enabled.has('person') && personRoleValue(event.actor.name, 'weak', isListedPersonName) ? (wholeValue(event.actor.name, 'PERSON', 'pii.person', pending, personNormalForm(event.actor.name)) as string) : (re(event.actor.name, 'actor.name') as string);
      }
    }
    const subjects: string[] = [];
    if (out.actor !== undefined) subjects.push(`actor:${out.actor.id}`);
    else if (out.session !== undefined) subjects.push(`session:${out.session}`);
    if (event.model !== undefined) {
      const model = { ...event.model };
      for (const key of ['provider', 'id', 'finishReason', 'responseId'] as const) if (model[key] !== undefined) model[key] = st(model[key]);
      if (model.parameters !== undefined) model.parameters = walk(model.parameters, ['model', 'parameters'], pending, custom, false, 0) as Record<string, JsonValue>;
      if (model.toolCalls !== undefined) {
        model.toolCalls = model.toolCalls.map((call, index) => {
          const copy = { ...call, name: st(call.name) };
          if (call.id !== undefined) copy.id = st(call.id);
          if (call.arguments !== undefined) copy.arguments = captureField(call.arguments, capture.arguments, ['model', 'toolCalls', String(index), 'arguments'], pending, custom, event, subjects);
          return copy;
        });
      }
      out.model = model;
    }
    if (event.tool !== undefined) {
      const tool = { ...event.tool, name: st(event.tool.name) };
      if (tool.callId !== undefined) tool.callId = st(tool.callId);
      if (tool.server !== undefined) tool.server = st(tool.server);
      if (tool.arguments !== undefined) tool.arguments = captureField(tool.arguments, capture.arguments, ['tool', 'arguments'], pending, custom, event, subjects);
      if (tool.result !== undefined) tool.result = captureField(tool.result, capture.result, ['tool', 'result'], pending, custom, event, subjects);
      out.tool = tool;
    }
    if (event.resource !== undefined) {
      out.resource = { ...event.resource, type: st(event.resource.type), id: re(event.resource.id, 'resource.id') as string };
      if (event.resource.operation !== undefined) out.resource.operation = st(event.resource.operation);
    }
    if (event.decision !== undefined) {
      out.decision = { ...event.decision, action: st(event.decision.action) };
      if (event.decision.policy !== undefined) out.decision.policy = st(event.decision.policy);
      if (event.decision.reason !== undefined) out.decision.reason = re(event.decision.reason, 'decision.reason') as string;
    }
    if (event.error !== undefined) {
      out.error = { ...event.error, message: re(event.error.message, 'error.message') as string };
      if (event.error.type !== undefined) out.error.type = st(event.error.type);
      if (event.error.code !== undefined) out.error.code = st(event.error.code);
    }
    if (event.content !== undefined) {
      const content: NonNullable<UnsealedEvent['content']> = {};
      if (event.content.input !== undefined) content.input = captureField(event.content.input, capture.content, ['content', 'input'], pending, custom, event, subjects) as JsonValue;
      if (event.content.output !== undefined) content.output = captureField(event.content.output, capture.content, ['content', 'output'], pending, custom, event, subjects) as JsonValue;
      // The answer to the question the session's last event ended with (turn-answers.ts; J8 of the probe of 2026-12-04d).
      if (memory !== undefined) {
        const input = event.content.input;
        if (askedBefore !== undefined && typeof input === 'string' && typeof content.input === 'string') {
          const span = answerSpan(input);
          const kind = span === undefined ? undefined : answerValue(askedBefore, input.slice(span.start, span.end));
          if (span !== undefined && kind !== undefined) content.input = answeredText(input, kind.type === 'SECRET' ? secretSpan(input, span) : span, kind, pending);
        }
        // The model's answer to the user's question the session's last event ended with (`DOB?` then `1983-07-19`).
        const output = event.content.output;
        if (askedOfModel !== undefined && output !== undefined) {
          if (typeof output === 'string' && typeof content.output === 'string') {
            const answers = turnAnswers([askedOfModel], output);
            if (answers.length > 0) content.output = answeredTexts(output, answers, pending);
          } else if (output !== null && typeof output === 'object' && !Array.isArray(output) && (output.role === undefined || isAskingRole(output.role)) && content.output !== null && typeof content.output === 'object' && !Array.isArray(content.output)) {
            const turn = turnText(output);
            const answers = turn === undefined ? [] : turnAnswers([askedOfModel], turn.text);
            if (turn !== undefined && answers.length > 0) content.output = answeredMessage(output as Record<string, JsonValue>, content.output, { member: turn.member, answers }, pending);
          }
        }
        pending.asked = turnAsked(event.content);
      }
      out.content = content;
    }
    if (event.attrs !== undefined) out.attrs = walk(event.attrs, ['attrs'], pending, custom, false, 0) as Record<string, JsonValue>;

    const tools = [event.tool?.name, ...(event.model?.toolCalls?.map((call) => call.name) ?? [])].filter((name): name is string => name !== undefined);
    const registryClasses = classesFromRegistry(resources, { tools, ...(event.tool?.server === undefined ? {} : { server: event.tool.server }), ...(event.resource?.type === undefined ? {} : { resourceType: event.resource.type }) });
    const known = event.data?.classes ?? [];
    const classification = classify([...pending.classes, ...registryClasses, ...known], policy, event.compliance?.regimes ?? []);
    if (event.compliance?.retentionDays !== undefined && (classification.compliance.retentionDays ?? 0) < event.compliance.retentionDays) {
      classification.compliance.retentionDays = event.compliance.retentionDays;
    }
    if (event.data?.sensitivity !== undefined && event.data.sensitivity === 'restricted') classification.data.sensitivity = 'restricted';
    // On the event too (the result's own `data` and `compliance` are what the core merges), except
    // for the core's sealing (RedactorInternals.redactForSeal), which merges them into a copy of its
    // own: two members added to an event of any shape were a store V8 sends to its runtime (a
    // transition of a megamorphic site), 5 to 7% of the seal (hotpath-compare, 2026-12-04).
    if (attachClassification) {
      out.data = classification.data;
      out.compliance = classification.compliance;
    }
    const result: RedactionResult = { event: out, data: classification.data, compliance: classification.compliance };
    if (pending.errors.length > 0) result.errors = pending.errors;
    return result;
  }

  function collectStrings(value: unknown, into: Set<string>, depth: number, jsonLevel = 0): void {
    if (typeof value === 'string') {
      into.add(value);
      // User detectors see the strings of embedded JSON too, as the walk will ask for them.
      if (jsonLevel < MAX_EMBEDDED_JSON_DEPTH) {
        const parsed = parseEmbeddedJson(value);
        if (parsed !== undefined) collectStrings(parsed, into, depth + 1, jsonLevel + 1);
      }
      return;
    }
    if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (const item of value) collectStrings(item, into, depth + 1, jsonLevel);
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      into.add(key);
      collectStrings(child, into, depth + 1, jsonLevel);
    }
  }

  async function flushVault(result: RedactionResult, pending: Pending): Promise<RedactionResult> {
    if (vault === undefined || pending.vaultEntries.length === 0) return result;
    const seen = new Set<string>();
    const writes: Array<Promise<void>> = [];
    for (const entry of pending.vaultEntries) {
      const subjects = [...new Set(entry.subjects)].sort();
      const id = `${entry.ref}\0${subjects.join('\0')}`;
      if (seen.has(id)) continue;
      seen.add(id);
      writes.push(vault.store({ ref: entry.ref, subjects, plaintext: entry.plaintext, type: entry.type }));
    }
    const settled = await Promise.allSettled(writes);
    const failures = settled.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failures.length > 0) {
      const errors = result.errors ?? [];
      errors.push(new RedactionError({ message: `${failures.length} original(s) could not be stored in the vault; the ledger keeps the redacted form`, cause: failures[0]?.reason }));
      result.errors = errors;
    }
    return result;
  }

  /** Whether finish() puts the classification on the event it returns (false only inside redactForSeal). */
  let attachClassification = true;
  const redactor: Redactor = {
    redact(event: UnsealedEvent, redactOptions: RedactOptions): RedactionResult | Promise<RedactionResult> {
      const capture = resolveCapture((redactOptions as { capture?: CaptureMode | CapturePolicy } | undefined)?.capture);
      const pending: Pending = { classes: new Set(), errors: [], failedDetectors: new Set(), vaultEntries: [], fieldPseudonyms: undefined, full: false };
      if (customDetectors.length === 0) {
        const [result, used] = finishInOrder(event, capture, undefined, pending);
        return used.vaultEntries.length > 0 ? flushVault(result, used) : result;
      }
      const strings = new Set<string>();
      // Each value the walk redacts, from depth 0 as the walk takes it, so that every string the
      // walk reaches (objects down to MAX_DEPTH) was seen by the detectors. Collected as items of
      // one list, the fields started 2 to 4 levels deeper than the walk's count (content and tool
      // calls deeper still), and the strings of the deepest objects the walk keeps were never
      // given to the detectors: stored raw.
      const fields = [event.session, event.actor?.id, event.actor?.name, event.model?.parameters, ...(event.model?.toolCalls ?? []).map((call) => call.arguments), event.tool?.arguments, event.tool?.result, event.resource?.id, event.decision?.reason, event.error?.message, event.content?.input, event.content?.output, event.attrs];
      for (const field of fields) collectStrings(field, strings, 0);
      return runCustom(strings, pending.errors, pending.failedDetectors).then((custom) => flushVault(...finishInOrder(event, capture, custom, pending)));
    },
  };
  /**
   * finishJson(), then once more when a value that a key rule masked and session memory took for
   * the first time in this event (`{"surname": "Tawhiri"}`) also stands in a string the walk
   * redacted before it (`[{"note": "tawhiri called"}, {"surname": "Tawhiri"}]`, a sixth fresh probe
   * of 2026-12-03: the note was stored raw). The second pass finds it there through session memory,
   * which now holds it; both passes give the same pseudonyms. Only the strings redacted before the
   * last such value are searched, as they were stored; an event with no such value costs one list
   * of the strings it made.
   *
   * @returns the result and the Pending of the pass that made it (its vault entries).
   */
  function finishInOrder(event: UnsealedEvent, capture: ReturnType<typeof resolveCapture>, custom: CustomResults | undefined, pending: Pending): [RedactionResult, Pending] {
    const errorsBefore = pending.errors.length;
    if (event.type === 'model.response') pending.streamed = true;
    if (event.type === 'model.response' || event.type === 'message.agent') pending.labelsCarried = true;
    const result = finishJson(event, capture, custom, pending);
    const { freshAt, visited } = pending;
    if (memory !== undefined && pending.asked !== undefined) memory.ask(pending.asked ?? undefined);
    if (freshAt === undefined || visited === undefined || memory === undefined) {
      keepEnds(pending);
      return [result, pending];
    }
    // The strings as they were stored, searched with the session's memory, which now holds the
    // new values: a value remembered before a string was redacted was masked in it then, so a
    // recurrence found here is one of the values this event added after that string.
    let again = false;
    for (let i = 0; i < freshAt && !again; i++) again = findNormalized(visited[i] as string, findInMemory).length > 0;
    if (!again) {
      keepEnds(pending);
      return [result, pending];
    }
    // The custom detectors' failures (reported before the first pass) carry over; the rest is made again.
    const second: Pending = { classes: new Set(), errors: pending.errors.slice(0, errorsBefore), failedDetectors: pending.failedDetectors, vaultEntries: [], fieldPseudonyms: undefined, full: false, again: true, ...(pending.streamed === true ? { streamed: true as const } : {}), ...(pending.labelsCarried === true ? { labelsCarried: true as const } : {}) };
    const final = finishJson(event, capture, custom, second);
    keepEnds(second);
    return [final, second];
  }
  /**
   * finish() for an event of JSON values. `redact()` takes JSON (record() snapshots anything else
   * first); a value that is not (a BigInt, a getter that throws) gets a RedactionError (code
   * `redaction_failed`) that names no value: the error it raised may quote the data (a probe of
   * 2026-12-03: a getter's message carried an SSN to the caller, a BigInt threw a TypeError).
   */
  function finishJson(event: UnsealedEvent, capture: ReturnType<typeof resolveCapture>, custom: Parameters<typeof finish>[2], pending: Pending): RedactionResult {
    try {
      return finish(event, capture, custom, pending);
    } catch (error) {
      // The project's own errors (a key file readable by others, a vault) say what to do and quote no value.
      if (error instanceof AuditError) throw error;
      throw new RedactionError({ message: `redact() takes an event of JSON values (record() snapshots other values first); this one holds a value it cannot read (${error instanceof Error ? error.name : typeof error})` });
    }
  }
  // What the core needs to run this redactor in a worker thread (see auditor/offload.ts).
  attachInternals(redactor, {
    recipe() {
      if (customDetectors.length > 0 || vault !== undefined) return undefined;
      const ring = getKeyring();
      const { pseudonymKey: _key, keysDir: _dir, detectors: _detectors, vault: _vault, ...rest } = options;
      return { options: rest as Record<string, unknown>, keys: ring.ids().map((id) => ({ id, secret: new Uint8Array(ring.key(id) as Buffer) })), activeId: ring.activeId };
    },
    redactForSeal(event, redactOptions) {
      if (customDetectors.length > 0) return redactor.redact(event, redactOptions);
      attachClassification = false;
      try {
        return redactor.redact(event, redactOptions);
      } finally {
        attachClassification = true;
      }
    },
    memoryOf: (event) => sessionMemory?.snapshot(event.session, event.trace?.traceId) ?? [],
    loadMemory: (snapshot) => sessionMemory?.load(snapshot),
  });
  return redactor;
}

function callDetector(detector: Detector, text: string, timeoutMs: number): Promise<Detection[]> {
  let result: readonly Detection[] | Promise<readonly Detection[]>;
  try {
    result = detector.detect(text, { path: '' });
  } catch (error) {
    return Promise.reject(error);
  }
  const check = (found: readonly Detection[]): Detection[] => {
    if (!Array.isArray(found)) throw new TypeError(`detector ${detector.name} returned ${typeof found}, not an array`);
    for (const detection of found) {
      if (!Number.isInteger(detection.start) || !Number.isInteger(detection.end) || detection.start < 0 || detection.end > text.length || detection.start > detection.end) {
        throw new RangeError(`detector ${detector.name} returned span [${String(detection.start)}, ${String(detection.end)}) outside the text`);
      }
    }
    return found.map((detection) => ({ ...detection, type: (detection.type || 'CUSTOM').toUpperCase().replace(/[^A-Z0-9_]/g, '_'), class: detection.class || 'unknown' }));
  };
  if (!(result instanceof Promise) && !(typeof (result as { then?: unknown }).then === 'function')) {
    try {
      return Promise.resolve(check(result));
    } catch (error) {
      return Promise.reject(error);
    }
  }
  return new Promise<Detection[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`detector ${detector.name} timed out after ${timeoutMs} ms`)), timeoutMs);
    timer.unref?.();
    Promise.resolve(result).then(
      (found) => {
        clearTimeout(timer);
        try {
          resolve(check(found));
        } catch (error) {
          reject(error);
        }
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
