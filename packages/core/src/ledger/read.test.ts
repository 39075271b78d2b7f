import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileLineChunks } from './read.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-read-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const MiB = 1024 * 1024;

async function linesOf(file: string): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const chunk of readFileLineChunks(file)) for (const line of chunk) out.push(Buffer.from(line));
  return out;
}

describe('readFileLineChunks', () => {
  it('returns every line exactly, whether it fits a chunk, spans many, or ends on a chunk boundary', async () => {
    const lines = [
      Buffer.from('short'),
      Buffer.alloc(3.5 * MiB, 0x61), // spans four 1 MiB reads
      Buffer.from('after the long one'),
      Buffer.alloc(MiB - ('short'.length + 1) - 1, 0x62), // with the lines before, ends near a boundary
      Buffer.from(''),
      Buffer.alloc(2 * MiB - 1, 0x63), // its newline is the last byte of a read
      Buffer.from('ü ✓ \u{1F600}'),
    ];
    const file = path.join(root, 'mixed.jsonl');
    fs.writeFileSync(file, Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])));
    const read = await linesOf(file);
    expect(read.map((l) => l.length)).toEqual(lines.map((l) => l.length));
    read.forEach((line, i) => expect(line.equals(lines[i] as Buffer), `line ${i}`).toBe(true));
  });

  it('returns a last line without its newline as a line (verify then names it)', async () => {
    const file = path.join(root, 'torn.jsonl');
    fs.writeFileSync(file, `one\n${'x'.repeat(2 * MiB + 5)}`);
    const read = await linesOf(file);
    expect(read.map((l) => l.length)).toEqual([3, 2 * MiB + 5]);
  });
});
