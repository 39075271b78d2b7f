import type { Detection } from './types.js';

/**
 * The generated secret of Terraform's `random_password` and `random_string` in text (L4 of the
 * eleventh probe, 2026-12-05d): the attribute is `result`, a name that says nothing; the resource
 * type says it is a secret. (In state, plan and `terraform show -json` JSON the redactor's walk
 * masks a `result` member inside an object whose `type` is one of them: redactor.ts.)
 *  - an attribute address and its value, as `terraform console` and `terraform output` print it:
 *    `random_password.db.result = "…"`, `module.db.random_string.suffix.result = "…"`;
 *  - `terraform state show`'s block: `resource "random_password" "db" {` … `result = "…"` … `}`.
 * Kept: `(sensitive value)` (no quotes), any other resource's `result` (`null_resource`,
 * `aws_lambda_invocation`), `random_pet` and `random_id` (names and ids, no secrets).
 * Linear: a literal prefilter; each block is scanned once, up to its closing `}` or the next
 * resource, at most 8,192 characters (the `}` is searched for only within that bound).
 */
const ADDRESS_RESULT = /\brandom_(?:password|string)\.[\w-]{1,64}\.result[ \t]*=[ \t]*"([^"\\\r\n]{1,512})"/g;
const BLOCK_RESULT = /^[ \t]*result[ \t]*=[ \t]*"([^"\\\r\n]{1,512})"/gm;
const BLOCK_OPEN = /resource "random_(?:password|string)" "[\w-]{1,64}" \{/g;

export function detectTerraformSecrets(text: string, out: Detection[]): void {
  if (text.indexOf('random_') === -1) return;
  for (const m of text.matchAll(ADDRESS_RESULT)) {
    const value = m[1] as string;
    const end = (m.index as number) + m[0].length - 1;
    out.push({ start: end - value.length, end, type: 'PASSWORD', class: 'secret' });
  }
  if (text.indexOf('resource "random_') === -1) return;
  BLOCK_OPEN.lastIndex = 0;
  for (let open = BLOCK_OPEN.exec(text); open !== null; open = BLOCK_OPEN.exec(text)) {
    const from = open.index + open[0].length;
    const limit = Math.min(text.length, from + 8192);
    // The next resource first (the search stops at it), then the block's `}` within that bound: a
    // search of the whole rest of the text for `}` at every block was quadratic (a text of
    // `resource "random_password" "a" {` lines holds none: 200 KB took 123 ms, 50 KB 11 ms).
    const next = text.indexOf('resource "', from);
    const bound = next === -1 || next > limit ? limit : next;
    const close = text.slice(from, bound).indexOf('\n}');
    const to = close === -1 ? bound : from + close;
    const block = text.slice(from, to);
    for (const m of block.matchAll(BLOCK_RESULT)) {
      const value = m[1] as string;
      const end = from + (m.index as number) + m[0].length - 1;
      out.push({ start: end - value.length, end, type: 'PASSWORD', class: 'secret' });
    }
    BLOCK_OPEN.lastIndex = Math.max(BLOCK_OPEN.lastIndex, to);
  }
}
