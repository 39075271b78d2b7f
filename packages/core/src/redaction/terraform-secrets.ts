import type { Detection } from './types.js';

/**
 * The generated secret of Terraform's `random_password` and `random_string` in text (L4 of the
 * eleventh probe, 2026-12-05d), and the `value` of `azurerm_key_vault_secret` (the resource and the
 * data source; the Stryker run of 2026-12-05): the attribute's name says nothing, the resource type
 * says it is a secret; a random_string's `id` is its result too. (In state, plan and `terraform show
 * -json` JSON the redactor's walk masks the same members inside an object of the same `type`:
 * redactor.ts TERRAFORM_SECRET_TYPES.)
 *  - an attribute address and its value, as `terraform console` and `terraform output` print it,
 *    under every address form: a module path (`module.app["eu"].module.db[2].`, not read: the
 *    type is searched for wherever it starts), a data source (`data.`), an instance key of
 *    `count` or `for_each` (`[0]`, `["admin"]`), a splat (`[*]`) or a 0.11 index (`.0.`, `.*.`):
 *    `random_password.db.result = "…"`, `random_password.db["admin"].result = "…"`,
 *    `module.db.random_string.suffix[0].result = "…"`, `data.azurerm_key_vault_secret.x["k"].value = "…"`;
 *  - `terraform state show`'s block: `resource "random_password" "db" {` (`data "…" "…" {` for a
 *    data source) … `result = "…"` … `}`, and a plan's, whose lines carry a change marker (`+`,
 *    `-`, `~`, `-/+`, `+/-`) and may end in `-> "new"`, masked too.
 * Kept: `(sensitive value)` (no quotes), the address itself, any other resource's `result` or
 * `value` (`null_resource`, `azurerm_key_vault`), the other attributes (`name`, `length`, a random_password's `id`),
 * `random_pet` and `random_id` (names and ids, no secrets).
 * Linear: a literal prefilter; each block is scanned once, up to its closing `}` or the next
 * resource or data source (each searched for again only once passed), at most 8,192 characters (the `}` is searched for only within that bound).
 */
/**
 * Each secret-bearing type and the attributes that hold its secret: a random_string's `id` is its
 * `result` (a random_password's is `none`).
 */
const SECRET_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  random_password: ['result'],
  random_string: ['result', 'id'],
  azurerm_key_vault_secret: ['value'],
};
const TYPES = '(random_password|random_string|azurerm_key_vault_secret)';
const KEY = '(?:\\[(?:\\d{1,9}|\\*|"[^"\\\\\\r\\n]{0,128}")\\]|\\.(?:\\d{1,9}|\\*))?';
const QUOTED = '"([^"\\\\\\r\\n]{1,512})"';
const NEW_VALUE = `(?:[ \\t]*->[ \\t]*${QUOTED})?`;
const ADDRESS_RESULT = new RegExp(`\\b${TYPES}\\.[\\w-]{1,64}${KEY}\\.(result|value|id)[ \\t]*=[ \\t]*${QUOTED}${NEW_VALUE}`, 'g');
const BLOCK_RESULT = new RegExp(`^[ \\t]*(?:[-+~]|-/\\+|\\+/-)?[ \\t]*(result|value|id)[ \\t]*=[ \\t]*${QUOTED}${NEW_VALUE}`, 'gm');
const BLOCK_OPEN = new RegExp(`(?:resource|data) "${TYPES}" "[\\w-]{1,64}" \\{`, 'g');

/**
 * The value (and the new value after `->`, when there is one) of a match `whole` at `at`: each
 * value's span ends before its closing quote.
 */
function pushValues(out: Detection[], whole: string, at: number, value: string, newValue: string | undefined): void {
  const secret = (end: number, v: string): Detection => ({ start: end - v.length, end, type: 'PASSWORD', class: 'secret' });
  if (newValue === undefined) {
    out.push(secret(at + whole.length - 1, value));
    return;
  }
  // The old value's closing quote: the last `"` before the new value's opening one (no value holds a `"`).
  const oldEnd = at + whole.lastIndexOf('"', whole.length - newValue.length - 3);
  out.push(secret(oldEnd, value), secret(at + whole.length - 1, newValue));
}

export function detectTerraformSecrets(text: string, out: Detection[]): void {
  if (text.indexOf('random_') === -1 && text.indexOf('key_vault_secret') === -1) return;
  for (const m of text.matchAll(ADDRESS_RESULT)) {
    if (SECRET_ATTRIBUTES[m[1] as string]?.includes(m[2] as string) === true) pushValues(out, m[0], m.index as number, m[3] as string, m[4]);
  }
  if (text.indexOf('"random_') === -1 && text.indexOf('"azurerm_key_vault_secret"') === -1) return;
  // The next `resource "` and `data "` after a block, remembered while still ahead (-1: none is
  // left): each is searched for again only once the blocks pass it, so the searches stay linear.
  let nextResource = -2;
  let nextData = -2;
  BLOCK_OPEN.lastIndex = 0;
  for (let open = BLOCK_OPEN.exec(text); open !== null; open = BLOCK_OPEN.exec(text)) {
    const attributes = SECRET_ATTRIBUTES[open[1] as string] as readonly string[];
    const from = open.index + open[0].length;
    const limit = Math.min(text.length, from + 8192);
    // The next resource or data source first (the search stops at it), then the block's `}` within
    // that bound: a search of the whole rest of the text for `}` at every block was quadratic (a text
    // of `resource "random_password" "a" {` lines holds none: 200 KB took 123 ms, 50 KB 11 ms).
    if (nextResource !== -1 && nextResource < from) nextResource = text.indexOf('resource "', from);
    if (nextData !== -1 && nextData < from) nextData = text.indexOf('data "', from);
    const next = nextResource === -1 ? nextData : nextData === -1 ? nextResource : Math.min(nextResource, nextData);
    const bound = next === -1 || next > limit ? limit : next;
    const close = text.slice(from, bound).indexOf('\n}');
    const to = close === -1 ? bound : from + close;
    const block = text.slice(from, to);
    for (const m of block.matchAll(BLOCK_RESULT)) {
      if (attributes.includes(m[1] as string)) pushValues(out, m[0], from + (m.index as number), m[2] as string, m[3]);
    }
    BLOCK_OPEN.lastIndex = Math.max(BLOCK_OPEN.lastIndex, to);
  }
}
