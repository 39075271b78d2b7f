// Biometric templates under generic member names (the open part of L6 of the probe of 2026-12-06c;
// issue 11). A template named for its modality is masked by its member's name (health-ids.ts
// BIOMETRIC_KEYS: `fingerprintTemplate`, `faceEmbedding`, `voiceprint`); these readers take the
// cases where the name alone does not say so, and the object or the text around it does:
// - a template member (`template`, `vector`, `embedding`, `minutiae`, `template_b64`, …) of an object
//   under a modality's name: `{fingerprint:{finger:'right_index',template:'Rk1S…',format:'ISO 19794-2'}}`;
// - the vector of an embedding made by a face or speaker recognition model named beside it:
//   `{embedding:{model:'arcface',vector:[0.0531,…]}}`, `{model:'ECAPA-TDNN',embedding:[…]}`;
// - a template member whose value is an ISO/IEC 19794 (or ANSI/INCITS 378) biometric data record,
//   base64 or hex, known by its format identifier (`FMR\0`: base64 `Rk1SA…`, hex `464d5200…`);
// - in text, a template key beside a biometric key of the same text (`minutiae: … template_b64=Rk1S…`);
// - a template member, or a generic data member (`data`, `blob`, `bytes`), beside a member that says what the object
//   holds (issue 11, 2026-12-07): a format or a type whose value names a biometric standard or modality
//   (`{template:'…', format:'ISO19794-2'}`, `{data:'…', type:'fingerprint'}`, `standard:'ANSI/INCITS 378'`), a member
//   named for a modality holding no string (`face:{…}`, `iris:{…}`; a string only under `finger`: a key's
//   `fingerprint` and a font's `face` are strings), or a member named for a template (`face_embedding`, `minutiae`: health-ids.ts BIOMETRIC_KEYS);
// - a vector of 128 or 512 numbers that are not all whole (a face embedding's sizes: dlib, FaceNet; ArcFace,
//   FaceNet512) under `embedding`, `vector`, `encoding` or `descriptor` beside a member naming a person
//   (`person`, `person_id`, `personName`): `{person_id:'P-17', embedding:[…128 numbers…]}`.
// A template's value has its shape: a run of 16 or more base64 or hex characters with no blank, a
// list of 8 or more numbers, or a list of such strings or lists; a text template (`{voice:{template:'Hello {name}'}}`),
// a format's name, a finger's name, a count stay.

/** Member names (normalizeKeyName's form) of a template's value, when the object or text says it is biometric. */
const TEMPLATE_MEMBERS: ReadonlySet<string> = new Set([
  'template', 'templates', 'templatedata', 'templateb64', 'templatebase64', 'templatehex', 'isotemplate', 'ansitemplate',
  'minutiae', 'minutiaedata', 'embedding', 'embeddings', 'vector', 'vectors', 'descriptor', 'descriptors',
  'encoding', 'encodings', 'features', 'featurevector', 'b64', 'base64', 'record', 'bir',
]);
/** Object names (normalizeKeyName's form) of a biometric modality: their template members hold a template. */
const MODALITY_PARENTS: ReadonlySet<string> = new Set([
  'fingerprint', 'fingerprints', 'finger', 'fingers', 'thumbprint', 'face', 'faces', 'facial', 'faceprint', 'iris', 'irises',
  'retina', 'palm', 'palmprint', 'palmvein', 'vein', 'fingervein', 'voice', 'voiceprint', 'speaker', 'hand', 'handgeometry',
  'biometric', 'biometrics', 'biometry', 'biometricdata', 'biometrictemplate', 'enrolledfingerprint', 'enrolledface',
]);
/** The members that name the model or algorithm that made an embedding (normalizeKeyName's form). */
const MODEL_MEMBERS: ReadonlySet<string> = new Set(['model', 'modelname', 'modelid', 'encoder', 'extractor', 'algorithm', 'recognizer', 'backbone', 'network']);
/**
 * Face and speaker recognition models (lower case, blanks, `-` and `_` removed; a name starting with
 * one, `facenet512`, `arcfacer100`, `ecapatdnn`): an embedding they make identifies its person.
 */
const RECOGNITION_MODELS = /^(?:arcface|insightface|facenet|vggface|deepface|deepid|openface|sface|ghostfacenet|adaface|magface|cosface|sphereface|elasticface|dlibface|facerecognition|buffalo|antelope|ecapa|xvector|resemblyzer|wespeaker|titanet|spkrec|speakerembedding|speakerverification|pyannoteembedding)/;
/** ISO/IEC 19794 and ANSI/INCITS 378 record format identifiers (`FMR\0`, `FIR\0`, `FAC\0`, `IIR\0`, `VIR\0`, `FSK\0`, `FSP\0`, `SDI\0`, `HND\0`) as base64 starts. */
const RECORD_BASE64 = /^(?:Rk1SA|RklSA|RkFDA|SUlSA|VklSA|RlNLA|RlNQA|U0RJA|SE5EA)/;
/** The same identifiers as hex. */
const RECORD_HEX = /^(?:464d5200|46495200|46414300|49495200|56495200|46534b00|46535000|53444900|484e4400)/i;
const TEMPLATE_TEXT = /^(?:[A-Za-z0-9+/_-]{16,}={0,2}|[0-9A-Fa-f]{16,})$/;

import { normalizeKeyName } from './key-names.js';
import { isBiometricKeyName } from './health-ids.js';

/** Generic members that hold a template's bytes only where a sibling says they are biometric (`{data:'…', type:'fingerprint'}`). */
const DATA_MEMBERS: ReadonlySet<string> = new Set(['data', 'blob', 'bytes', 'payload', 'value', 'content']);
/** Members that say what an object holds (normalizeKeyName's form): their string value names a format or a modality. */
const DESCRIPTOR_MEMBERS: ReadonlySet<string> = new Set([
  'format', 'type', 'kind', 'standard', 'spec', 'specification', 'modality', 'biometrictype', 'biometricformat', 'templatetype',
  'templateformat', 'dataformat', 'recordformat', 'formattype', 'datatype', 'category', 'source', 'sensor',
]);
/**
 * A biometric standard's or modality's name as a descriptor's value (lower case, blanks, `_`, `-`, `/`, `.` and `:`
 * removed): ISO/IEC 19794-x and its successor 39794, ANSI/INCITS 378 and 381, ANSI/NIST-ITL, the record identifiers
 * (`FMR`, `FIR`, `FAC`, `IIR`), WSQ (the FBI's fingerprint image compression), `minutiae`, and the modalities; not a
 * bare `voice` or `speaker` (a voice message's `{type:'voice', data}` is a recording, media.ts's).
 */
const BIOMETRIC_DESCRIPTOR = /^(?:iso(?:iec)?(?:19794|39794)|(?:ansi)?(?:incits)?(?:378|381|385)(?:\d{4})?$|ansinistitl|fmr$|fir$|fac$|iir$|wsq|minutiae|fingerprint|fingervein|thumbprint|face(?:template|embedding|print|geometry)?$|facial|iris(?:code|template|scan)?$|retina$|palm(?:print|vein)?$|voiceprint|speaker(?:embedding|template)$|handgeometry|biometric)/;
/** Sibling members named for a modality: beside them a template member holds a template. */
const MODALITY_SIBLINGS: ReadonlySet<string> = new Set(['face', 'faces', 'facial', 'faceprint', 'iris', 'irises', 'retina', 'palm', 'palmprint', 'finger', 'fingers', 'thumbprint', 'voiceprint', 'handgeometry', 'fingerprint', 'fingerprints']);
/** Sibling members naming a person: beside them a vector of a face embedding's size is one. */
const PERSON_SIBLINGS: ReadonlySet<string> = new Set(['person', 'personid', 'personname', 'personuuid', 'persons', 'people', 'faceid', 'facebox', 'facerect', 'facebbox', 'identity', 'identityid']);
/** The members of a vector (an embedding), read by its size beside a person. */
const VECTOR_MEMBERS: ReadonlySet<string> = new Set(['embedding', 'embeddings', 'vector', 'encoding', 'descriptor', 'featurevector', 'features']);

/** A member name compared (key-names.ts normalizeKeyName, cached: lower case, no blanks, `_`, `.`, `-`). */
const fold = (name: string): string => (name.length > 64 ? '' : normalizeKeyName(name));

/** Whether `name` (as written) is a template's member name: `template`, `template_b64`, `vector`, `minutiae`. */
export const isTemplateMember = (name: string): boolean => TEMPLATE_MEMBERS.has(fold(name));

/** Whether a string has a template's shape: 16 or more base64 or hex characters, no blank; at most 1 MB read. */
export function templateText(value: string): boolean {
  return value.length >= 16 && value.length <= 1 << 20 && TEMPLATE_TEXT.test(value);
}

/** Whether a string is an ISO/IEC 19794 or ANSI/INCITS 378 record, base64 or hex (its format identifier, then a template's shape). */
export const biometricRecordText = (value: string): boolean => (RECORD_BASE64.test(value) || RECORD_HEX.test(value)) && templateText(value);

/** Whether a member's value has a template's shape: a string (templateText), a list of 8+ numbers, or a list of up to 64 such strings or lists. */
function templateValue(value: unknown): boolean {
  if (typeof value === 'string') return templateText(value);
  if (!Array.isArray(value) || value.length === 0) return false;
  if (value.every((item) => typeof item === 'number')) return value.length >= 8;
  // A list of templates or embeddings (one per finger, per face found).
  return value.length <= 64 && value.every((item) => (typeof item === 'string' && templateText(item)) || (Array.isArray(item) && item.length >= 8 && item.every((each) => typeof each === 'number')));
}

/**
 * The members of `value` (an object with `keys`, under the member `parent`) that hold a biometric
 * template, or undefined for none: its template members (TEMPLATE_MEMBERS) whose values have a
 * template's shape, when the parent names a modality (`fingerprint`, `face`, `iris`, `voice`), a
 * member names a face or speaker recognition model (`model: 'arcface'`), or the value itself is an
 * ISO/IEC 19794 record. Reads at most 16 members.
 */
export function biometricMembers(value: Readonly<Record<string, unknown>>, keys: readonly string[], parent: string | undefined): ReadonlySet<string> | undefined {
  if (keys.length > 16) return undefined;
  let found: Set<string> | undefined;
  let context: boolean | undefined;
  for (const key of keys) {
    // (The names are 3 to 14 characters, 16 with separators: the length first, most members are none of them.)
    if (key.length < 3 || key.length > 16) continue;
    const name = fold(key);
    const generic = DATA_MEMBERS.has(name);
    if (!generic && !TEMPLATE_MEMBERS.has(name)) continue;
    const child = value[key];
    if (!templateValue(child)) continue;
    // A generic data member holds a template only where a sibling or the parent says so (no model's name, no record's identifier alone).
    if (generic) {
      if ((parent !== undefined && MODALITY_PARENTS.has(fold(parent))) || biometricSibling(value, keys)) (found ??= new Set()).add(key);
      continue;
    }
    context ??= (parent !== undefined && MODALITY_PARENTS.has(fold(parent))) || keys.some((other) => {
      const model = value[other];
      return typeof model === 'string' && model.length <= 64 && MODEL_MEMBERS.has(fold(other)) && RECOGNITION_MODELS.test(model.toLowerCase().replace(/[\s_\-]/g, ''));
    }) || biometricSibling(value, keys);
    if (context || (typeof child === 'string' && biometricRecordText(child)) || faceVectorBesidePerson(child, key, keys)) (found ??= new Set()).add(key);
  }
  return found;
}

/** Whether a sibling says the object is biometric: a descriptor naming a standard or a modality, a member named for a modality or for a template. */
function biometricSibling(value: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
  return keys.some((other) => {
    if (other.length > 24) return false;
    const name = fold(other);
    const member = value[other];
    if (DESCRIPTOR_MEMBERS.has(name)) return typeof member === 'string' && member.length <= 64 && BIOMETRIC_DESCRIPTOR.test(member.toLowerCase().replace(/[\s_\-/.:]/g, ''));
    // A modality's member holding a string names one only as a finger's position (`finger:'right_index'`): a bare
    // `fingerprint` string is a key's or a certificate's (`SHA256:…`), `face:'Arial'` a font's.
    if (MODALITY_SIBLINGS.has(name)) return typeof member !== 'string' || name === 'finger' || name === 'fingers';
    return isBiometricKeyName(name);
  });
}

/** A face embedding's sizes (dlib and FaceNet 128; ArcFace, InsightFace and FaceNet512 512). */
const FACE_VECTOR_SIZES: ReadonlySet<number> = new Set([128, 512]);
/** Whether `child` under `key` is a vector of a face embedding's size, not all whole numbers, beside a member naming a person. */
function faceVectorBesidePerson(child: unknown, key: string, keys: readonly string[]): boolean {
  return Array.isArray(child) && FACE_VECTOR_SIZES.has(child.length) && VECTOR_MEMBERS.has(fold(key))
    && child.every((item) => typeof item === 'number') && child.some((item) => !Number.isInteger(item))
    && keys.some((other) => other.length <= 24 && PERSON_SIBLINGS.has(fold(other)));
}
