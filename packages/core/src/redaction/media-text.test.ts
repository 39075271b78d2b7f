import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { mediaInText } from '../internal/media.js';

// Issue 11, media outside the listed member names: any long base64 run (a whole string under any
// key, a data: URL or a run inside free text, JSON parsed from strings) whose first bytes announce
// a media type is summarized; other long mixed-case base64 runs in text become [BLOB:…].

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });
async function redact(input: unknown): Promise<unknown> {
  const event = {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'model.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    content: { input },
  };
  const result = await redactor.redact(event as never, { capture: {} } as never);
  return result.event.content?.input;
}

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(600)]);
const b64 = png.toString('base64');
const sha = createHash('sha256').update(png).digest('hex');

describe('media outside media-named members', () => {
  it('a whole base64 string under any key becomes the summary', async () => {
    expect(await redact({ screenshot: b64 })).toEqual({ screenshot: { mimeType: 'image/png', bytes: png.length, sha256: sha } });
  });

  it('a data: URL inside free text becomes an inline token', async () => {
    const out = (await redact(`see ![scan](data:image/png;base64,${b64}) above`)) as string;
    expect(out).toBe(`see ![scan]([MEDIA:image/png,${png.length},sha256:${sha}]) above`);
  });

  it('an MCP result that arrives as JSON text loses its data', async () => {
    const text = JSON.stringify({ content: [{ type: 'image', data: b64, mimeType: 'image/png' }] });
    const out = JSON.stringify(await redact(text));
    expect(out).not.toContain(b64.slice(0, 40));
    expect(out).toContain(sha);
  });

  it('long opaque base64 in text becomes a BLOB; short runs, hex and prose stay', () => {
    const blob = randomBytes(300).toString('base64');
    expect(mediaInText(`payload ${blob} end`)).toMatch(/^payload \[BLOB:300,sha256:[0-9a-f]{64}\] end$/);
    expect(mediaInText(`digest ${'ab12'.repeat(80)} ok`)).toBeUndefined();
    expect(mediaInText('ordinary words and an id ABCdef123')).toBeUndefined();
  });

  // Held back: spellings written after the fix and run untuned (not adjusted to pass).
  it('held-back spellings', async () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(400)]).toString('base64');
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(400)]).toString('base64');
    expect(JSON.stringify(await redact({ attachments: [jpeg] }))).not.toContain(jpeg.slice(0, 40));
    expect(JSON.stringify(await redact(`<img src="data:image/jpeg;base64,${jpeg}">`))).not.toContain(jpeg.slice(0, 40));
    expect(JSON.stringify(await redact({ body: JSON.stringify({ file: { contents: pdf } }) }))).not.toContain(pdf.slice(0, 40));
    expect(JSON.stringify(await redact(`inline pdf:${pdf}`))).not.toContain(pdf.slice(0, 40));
  });
});
