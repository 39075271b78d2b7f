import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { createProgress, renderProgress } from './progress.js';

describe('progress bar', () => {
  it('shows the bar, percent, done/total and an ETA', () => {
    expect(renderProgress('verifying a', 250_000, 1_000_000, 10_000)).toBe('verifying a  [#####---------------]  25%  250,000/1,000,000 events  ETA 30s');
    expect(renderProgress('verifying a', 10, undefined, 10)).toBe('verifying a  10 events');
    expect(renderProgress('x', 1_000, 1_000, 5_000)).not.toMatch(/ETA/);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const stderr = Object.assign(new PassThrough(), { isTTY: false });
    let text = '';
    stderr.on('data', (c: Buffer) => (text += c.toString()));
    const progress = createProgress({ stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: {} }, 'verifying', 10);
    progress.update(5);
    progress.done();
    expect(text).toBe('');
  });

  it('draws and clears on a terminal', () => {
    const stderr = Object.assign(new PassThrough(), { isTTY: true });
    let text = '';
    stderr.on('data', (c: Buffer) => (text += c.toString()));
    let t = 0;
    const progress = createProgress({ stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: {} }, 'verifying', 100, () => (t += 1000));
    progress.update(50);
    progress.done();
    expect(text).toContain('50/100 events');
    expect(text.endsWith('\r\x1b[K')).toBe(true);
  });
});
