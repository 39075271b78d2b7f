import { describe, expect, it } from 'vitest';
import { markupSpan, markupView, mayHoldMarkup } from './markup-view.js';

// The markup view (second probe of 2026-12-04, G4, G5, G13): labels and values as shown.
const shown = (text: string): string | undefined => markupView(text)?.text;

describe('markupView: emphasis, code and tags taken out', () => {
  it.each([
    ['**DOB:** 1984-03-12', 'DOB: 1984-03-12'],
    ['- **Last name**: Vlintuk', '- Last name: Vlintuk'],
    ['__DOB__: 1984-03-12', 'DOB: 1984-03-12'],
    ['*DOB*: 1984-03-12', 'DOB: 1984-03-12'],
    ['***MRN:*** 00482913', 'MRN: 00482913'],
    ['DOB: `1966-07-08`', 'DOB: 1966-07-08'],
    ['**First name:** `Wenlix`', 'First name: Wenlix'],
    ['<b>DOB</b>: <code>1984-03-12</code>', 'DOB: 1984-03-12'],
    ['<strong>DOB:</strong> 1984-03-12', 'DOB: 1984-03-12'],
    ['<b>DOB</b>: 1984-03-12', 'DOB: 1984-03-12'],
    ['<EM class="x">Last name:</EM> Vlintuk', 'Last name: Vlintuk'],
  ])('%j', (text, view) => {
    expect(shown(text)).toBe(view);
  });

  it('a label cell before its value cell reads `label: value`; a block edge is a line break', () => {
    expect(shown('<dt>DOB</dt><dd>03/12/1984</dd>')).toBe('\nDOB: 03/12/1984\n');
    expect(shown('<dl>\n  <dt>Date of birth</dt>\n  <dd>12 March 1984</dd>\n</dl>')).toBe('\nDate of birth: 12 March 1984\n');
    expect(shown('<tr><th>DOB</th><td>1984-03-12</td></tr>')).toBe('\nDOB: 1984-03-12\n');
    expect(shown('<label for=x>DOB:</label> <span>1984-03-12</span>')).toBe('DOB: 1984-03-12');
    expect(shown('<td>MRN</td><td>00482913</td>')).toBe('MRN: 00482913');
  });

  it('a form field with a value is a line `field: value` (autofill name, else name, else id), in any attribute order', () => {
    expect(shown('<input type="date" name="dob" value="1984-03-12">')).toBe('\ndob: 1984-03-12\n');
    expect(shown("<input value='Dorvane' name=lastName>")).toBe('\nlastName: Dorvane\n');
    expect(shown('<input name="field_7" autocomplete="shipping family-name" value="Dorvane">')).toBe('\nfamily-name: Dorvane\n');
    expect(shown('<input id="ssn" autocomplete="off" value="536228514"/>')).toBe('\nssn: 536228514\n');
    expect(shown('<select name="ssn"><option value="1">x</option><option selected value="536228514">Mine</option></select>')).toBe('x\nssn: 536228514\nssn: Mine');
    expect(shown('<textarea name="notes">Called Qxaro</textarea>')).toBe('\nnotes: Called Qxaro');
    // No value, a button: no field line.
    expect(shown('<input name="dob">1984-03-12')).toBe('1984-03-12');
    expect(shown('<input type="submit" name="last_name" value="Save">')).toBe('');
  });

  it('each unit maps back onto the characters it stands for', () => {
    const text = '<input value="Dorvane" name="lastName"> and **DOB:** 1984-03-12';
    const view = markupView(text);
    expect(view).toBeDefined();
    const v = view as NonNullable<typeof view>;
    const at = v.text.indexOf('Dorvane');
    expect(markupSpan(v, at, at + 7)).toEqual([text.indexOf('Dorvane'), text.indexOf('Dorvane') + 7]);
    const date = v.text.indexOf('1984');
    expect(markupSpan(v, date, date + 10)).toEqual([text.indexOf('1984'), text.length]);
    // A span of inserted units only (`lastName: `) stands for no original character.
    const key = v.text.indexOf('lastName');
    expect(markupSpan(v, key, key + 8)).toBeUndefined();
    expect(v.from.length).toBe(v.text.length);
  });

  it('look-alikes: no markup, or none the view reads, gives no view', () => {
    for (const text of ['first_name: Qxaro', 'call_00000ffp user_1002', '2**32 and a*b*c', 'a * b * c', '* item one\n* item two', 'Array<string> and Map<K, V>', '<first_name>Qxaro</first_name>', 'def f(*args, **kwargs):', '____ fill in ____', 'x < y > z']) {
      expect(shown(text), text).toBeUndefined();
    }
    expect(mayHoldMarkup('plain text 1984-03-12')).toBe(false);
  });

  it('twice the input, at most 2.2x the steps, and a bounded constant a character (hostile 512 KiB)', () => {
    const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    for (const unit of ['**a ', '<b ', '<input value="', '<td>x</td><td>', '`', '_a_ ', '<select name=a><option selected>', '<b>', '<label>a</label> ', '** ', '<input name=a value=b>']) {
      const steps = (n: number): number => {
        const work = { steps: 0 };
        markupView(fill(unit, n), work);
        return work.steps;
      };
      const small = steps(256 * 1024);
      const large = steps(512 * 1024);
      expect(large / Math.max(small, 1), unit).toBeLessThan(2.2);
      expect(large / (512 * 1024), unit).toBeLessThan(8);
    }
  });
});
