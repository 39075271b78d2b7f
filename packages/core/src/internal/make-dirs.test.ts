import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDirs } from './make-dirs.js';

describe('makeDirs', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-make-dirs-'));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('creates every missing level, with the mode given, and accepts a folder that exists', () => {
    const deep = path.join(root, 'a', 'b', 'c');
    makeDirs(deep, 0o700);
    expect(fs.statSync(deep).isDirectory()).toBe(true);
    expect(fs.statSync(path.join(root, 'a')).mode & 0o777).toBe(0o700 & ~process.umask());
    makeDirs(deep);
    makeDirs(root);
  });

  it('throws ENOTDIR when a file is in the way', () => {
    fs.mkdirSync(root, { recursive: true });
    fs.writeFileSync(path.join(root, 'file'), 'x');
    expect(() => makeDirs(path.join(root, 'file', 'sub'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  it.runIf(process.platform === 'linux' && fs.existsSync('/proc/self'))('throws for a folder under /proc, where Node\'s recursive mkdir never returns', () => {
    expect(() => makeDirs('/proc/agent-audit-nope/ledger')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
