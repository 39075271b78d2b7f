// Mutation tests for terraform-secrets.ts (issue 13; docs/TESTING.md, the terraform-secrets.ts row
// of 2026-12-05): detectTerraformSecrets called directly, each value's exact span, and the bounds
// of a `resource "random_…"` block (its `}`, the next resource, 8,192 characters).
import { describe, expect, it } from 'vitest';
import type { Detection } from './types.js';
import { detectTerraformSecrets } from './terraform-secrets.js';

const detect = (text: string): Detection[] => {
  const out: Detection[] = [];
  detectTerraformSecrets(text, out);
  return out;
};
/** The PASSWORD detection of `value` at its `nth` place (0 the first) in `text`. */
const at = (text: string, value: string, nth = 0): Detection => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(value, start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + value.length, type: 'PASSWORD', class: 'secret' };
};
const values = (text: string): string[] => detect(text).map((d) => text.slice(d.start, d.end));

describe('an attribute address and its value', () => {
  it('the value inside its quotes, after other text, for password and string', () => {
    const text = 'Outputs:\nrandom_password.db.result = "Gq8#nLm2Vx!7pRt4"\nmodule.x.random_string.suffix.result="k2m4"';
    expect(detect(text)).toEqual([at(text, 'Gq8#nLm2Vx!7pRt4'), at(text, 'k2m4')]);
  });
  it('found wherever it starts: at 0, at 1 (after one blank)', () => {
    expect(values('random_password.a.result = "at-zero"')).toEqual(['at-zero']);
    expect(values(' random_password.a.result = "at-one"')).toEqual(['at-one']);
    expect(values(' resource "random_password" "a" {\n  result = "block-at-one"\n}')).toEqual(['block-at-one']);
  });
  it('a text without `random_` or with other resources gives nothing', () => {
    expect(detect('db.result = "Gq8#nLm2Vx!7pRt4"')).toEqual([]);
    expect(detect('random_pet.name.id = "proud-fox"\nrandom_password.db.result = (sensitive value)')).toEqual([]);
  });
});

describe('a resource block of terraform state show', () => {
  it('the result line of a random_password block, at its offset', () => {
    const text = '# random_password.admin:\nresource "random_password" "admin" {\n    id     = "none"\n    length = 16\n    result = "Wm3#xQ8!vL2pZk7R"\n}\n';
    expect(detect(text)).toEqual([at(text, 'Wm3#xQ8!vL2pZk7R')]);
  });
  it('each block of several, a random_string one too, and both an address and a block', () => {
    const text = 'random_password.a.result = "addr-value-1"\nresource "random_password" "a" {\n  result = "first-value-1"\n}\nresource "random_string" "b" {\n  result = "second-value-2"\n}\n';
    expect(detect(text)).toEqual([at(text, 'addr-value-1'), at(text, 'first-value-1'), at(text, 'second-value-2')]);
  });
  it('a result after the block closes is not the block\'s', () => {
    const text = 'resource "random_password" "a" {\n  length = 20\n}\nresult = "not-in-block"\n';
    expect(detect(text)).toEqual([]);
  });
  it('a result after a closing brace that is not at a line start is still the block\'s', () => {
    const text = 'resource "random_password" "a" {\n  keepers = { a = "b" }\n  result = "after-inner-brace"\n}\n';
    expect(values(text)).toEqual(['after-inner-brace']);
  });
  it('a block without its brace ends at the next resource: another resource\'s result is kept', () => {
    const text = 'resource "random_password" "a" {\n  length = 20\nresource "null_resource" "x" {\n  result = "ok-build-42"\n}\n';
    expect(detect(text)).toEqual([]);
    const text2 = 'resource "random_password" "a" {\n  result = "inside-first"\nresource "null_resource" "x" {\n  result = "ok-build-42"\n}\n';
    expect(values(text2)).toEqual(['inside-first']);
  });
  it('a block without its brace or a next resource is read to the end of the text', () => {
    const text = 'resource "random_password" "a" {\n  length = 20\n  result = "to-the-end"';
    expect(detect(text)).toEqual([at(text, 'to-the-end')]);
  });
  it('a block without its brace is read for at most 8,192 characters', () => {
    const pad = `  # ${'x'.repeat(60)}\n`.repeat(140); // 9,100 characters
    const text = `resource "random_password" "a" {\n${pad}  result = "too-far-away"\n`;
    expect(detect(text)).toEqual([]);
    const near = `resource "random_password" "a" {\n${pad.slice(0, 8000)}\n  result = "near-enough"\n`;
    expect(values(near)).toEqual(['near-enough']);
    // The bound counts from the block's `{`, not from the start of the text.
    const later = `${'#'.repeat(9000)}\nresource "random_password" "a" {\n  result = "after-a-long-head"\n`;
    expect(values(later)).toEqual(['after-a-long-head']);
  });
  it('a next resource farther than 8,192 characters does not stretch the block', () => {
    const pad = `  # ${'x'.repeat(60)}\n`.repeat(140);
    const text = `resource "random_password" "a" {\n${pad}  result = "too-far-away"\nresource "null_resource" "x" {\n}\n`;
    expect(detect(text)).toEqual([]);
  });
  it('a block whose brace comes first, then the next resource: the brace ends it', () => {
    const text = 'resource "random_password" "a" {\n}\nresult = "between"\nresource "random_string" "b" {\n  result = "in-b"\n}\n';
    expect(values(text)).toEqual(['in-b']);
  });
  it('called twice on one text, the same detections (no state left between calls)', () => {
    const text = 'resource "random_password" "a" {\n  result = "twice-value"\n}\n';
    expect(values(text)).toEqual(['twice-value']);
    expect(values(text)).toEqual(['twice-value']);
  });
});
