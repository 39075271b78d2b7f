import type { Detection } from './types.js';

// ------------------------------------------------------------------ secret files and blocks
// Issue 11, the sixth fresh probe of 2026-12-03: files whose grammar, not a key's name, says a
// value is secret were stored raw when a tool read them as text:
//   - a PuTTY private key (`.ppk`, versions 2 and 3): the `Private-Lines: N` block (the key's
//     private half in Base64, N lines) and its `Private-MAC:` / `Private-Hash:` line (PuTTY's
//     documentation, appendix C "PPK file format"); the public lines and the comment stay;
//   - a Kubernetes Secret manifest (`kind: Secret`): every value under `data:` (Base64) and
//     `stringData:` (plain), one per key, block scalars (`key: |`) whole (the core/v1 Secret API);
//     a kubeconfig's `client-key-data:` (a Base64 private key);
//   - an `.npmrc`: `_auth=` (Base64 of `user:password`), `_password=` (Base64 of the password),
//     also after a registry's scope (`//registry.example.com/:_password=…`; npm's config docs).
// Each rule starts at a literal and reads each line once. A line ends at LF, CR LF or CR alone
// (YAML 1.2, b-break); PuTTY's reader ends a line at a CR or LF and takes one more CR or LF with
// it (sshpubk.c, read_body: `\n\n` is one line end there), so a file saved with CR line ends loads.

const push = (out: Detection[], start: number, end: number, type: string) => {
  if (end > start) out.push({ start, end, type, class: 'secret' });
};

/** `Private-Lines: 3` then the lines; `Private-MAC: <hex>` (v2) or `Private-Hash:` (v1), to its line's end. */
const privateLines = /^[ \t]*Private-Lines:[ \t]*(\d{1,3})[ \t]*[\r\n][\r\n]?/gm;
const privateMac = /^[ \t]*Private-(?:MAC|Hash):[ \t]*([A-Fa-f0-9]{16,128})/gm;
/** `kind: Secret` as a manifest's line (YAML). */
const secretKind = /^[ \t]*kind:[ \t]*["']?Secret["']?[ \t]*$/m;
/** A `data:` or `stringData:` key ending its line; group 1 its indentation. */
const dataBlock = /^([ \t]*)(?:data|stringData):[ \t]*(?:\r\n?|\n)/gm;
/** `name: value` inside a data block; group 1 the indentation, group 2 the value (a U+2028 in it too: no YAML 1.2 line break). */
const dataEntry = /^([ \t]*)["']?[A-Za-z0-9_.\-]{1,253}["']?:[ \t]*(.*)$/s;
const clientKeyData = /(?<![\w-])client-key-data:[ \t]*["']?([A-Za-z0-9+/=]{16,})/g;
const npmrcSecret = /(?:^|[\s:])_(?:auth|password)[ \t]{0,3}=[ \t]{0,3}["']?([^\s"']{4,})/gm;

/** The index of the line break (CR or LF) that ends the line at `from`, or the text's length. */
function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** Where PuTTY's next line starts after the break at `stop`: a CR or LF right after it is part of the break. */
const nextPpkLine = (text: string, stop: number): number => {
  const c = text.charCodeAt(stop + 1);
  return stop + (c === 10 || c === 13 ? 2 : 1);
};

export function detectKeyFiles(text: string, out: Detection[]): void {
  if (text.includes('Private-')) {
    for (const m of text.matchAll(privateLines)) {
      const count = Number(m[1]);
      let at = m.index + m[0].length;
      const start = at;
      let end = at;
      for (let line = 0; line < count && at < text.length; line++) {
        const stop = lineEnd(text, at);
        const content = text.slice(at, stop);
        if (!/^[ \t]*[A-Za-z0-9+/=]+[ \t]*$/.test(content)) break;
        end = at + content.trimEnd().length;
        at = nextPpkLine(text, stop);
      }
      push(out, start + (text.slice(start, end).length - text.slice(start, end).trimStart().length), end, 'PRIVATE_KEY');
    }
    for (const m of text.matchAll(privateMac)) {
      const value = m[1] as string;
      push(out, m.index + m[0].length - value.length, m.index + m[0].length, 'PRIVATE_KEY');
    }
  }
  if (text.includes('kind') && (text.includes('data:') || text.includes('Data:')) && secretKind.test(text)) {
    for (const m of text.matchAll(dataBlock)) {
      const indent = (m[1] as string).length;
      let at = m.index + m[0].length;
      let block: { indent: number; start: number; end: number } | undefined;
      while (at < text.length) {
        const stop = lineEnd(text, at);
        const line = text.slice(at, stop);
        const lead = line.length - line.trimStart().length;
        if (line.trim() !== '' && lead <= indent) break;
        if (block !== undefined && (line.trim() === '' || lead > block.indent)) {
          if (line.trim() !== '') {
            if (block.start === -1) block.start = at + lead;
            block.end = at + line.trimEnd().length;
          }
        } else {
          if (block !== undefined) push(out, block.start, block.end, 'PASSWORD');
          block = undefined;
          // A comment line (`# …`) is no entry: `#` is no name character.
          const entry = dataEntry.exec(line);
          if (entry !== null) {
            // The lines below an entry and deeper than it belong to its value: a block scalar's
            // lines (`key: |`), or a plain or quoted value continued on the next lines (YAML folds
            // them into the value). A comment runs to the line's end (U+2028 included).
            block = { indent: (entry[1] as string).length, start: -1, end: -1 };
            const rest = entry[2] as string;
            const raw = rest.replace(/[ \t]+#.*$/s, '').trimEnd();
            if (!/^[|>][+-]?\d?$/.test(raw) && raw !== '') {
              const quoted = /^(["'])(.*)\1$/.exec(raw);
              const value = quoted === null ? raw : (quoted[2] as string);
              // The value starts where group 2 does (not at raw's first occurrence: `password: pass`).
              const start = at + line.length - rest.length + (quoted === null ? 0 : 1);
              push(out, start, start + value.length, 'PASSWORD');
            }
          }
        }
        // After a CR LF the LF reads as an empty line, which changes nothing: a blank line neither
        // ends the block nor a value's span.
        at = stop + 1;
      }
      if (block !== undefined) push(out, block.start, block.end, 'PASSWORD');
    }
  }
  if (text.includes('client-key-data')) {
    for (const m of text.matchAll(clientKeyData)) {
      const value = m[1] as string;
      push(out, m.index + m[0].length - value.length, m.index + m[0].length, 'PRIVATE_KEY');
    }
  }
  if (text.includes('_auth') || text.includes('_password')) {
    for (const m of text.matchAll(npmrcSecret)) {
      const value = m[1] as string;
      if (value.startsWith('$')) continue;
      push(out, m.index + m[0].length - value.length, m.index + m[0].length, 'PASSWORD');
    }
  }
}

/** A line of a base64 body: the base64 alphabet, `=` padding at its end. */
const BASE64_LINE = /^[A-Za-z0-9+/]+={0,2}$/;
/**
 * Whether `body` (a YAML block scalar's lines, blanks around them left out) is a private key's base64
 * body without its `-----BEGIN` line: DER (X.690) whose outer SEQUENCE opens with an INTEGER version
 * 0, 1 or 3 followed by a SEQUENCE, an INTEGER or an OCTET STRING, as PKCS#8 (RFC 5208:
 * `MIIEvQIBADANBgkq…`, `MIGHAgEAMBMGByqGSM49…`), PKCS#1 (RFC 8017 A.1.2: `MIIEpAIBAAKCAQEA…`), SEC1
 * (RFC 5915: `MHcCAQEEI…`) and PKCS#12 (RFC 7292, version 3) start. A certificate (`MIIDXTCCAkWg…`:
 * a SEQUENCE first) and a public key (`MIIBIjANBgkq…`, `MFkwEwYHKoZIzj0C…`) are none. 32 base64
 * characters or more; a body cut short counts (a fragment of a key is secret). Reads the first 12
 * characters' bytes and each line once. L9 of the probe of 2026-12-06.
 */
export function derPrivateKeyBody(body: string): boolean {
  if (body.length < 32 || body.charCodeAt(0) !== 77) return false;
  let chars = 0;
  for (const line of body.split('\n')) {
    const content = line.trim();
    if (content === '') continue;
    if (!BASE64_LINE.test(content)) return false;
    chars += content.length;
  }
  if (chars < 32) return false;
  const head = Buffer.from(body.replace(/\s+/g, '').slice(0, 12), 'base64');
  if (head[0] !== 0x30) return false;
  const size = head[1] as number;
  const at = size < 0x80 ? 2 : size >= 0x81 && size <= 0x83 ? 2 + (size - 0x80) : -1;
  if (at < 0) return false;
  const version = head[at + 2] as number;
  const next = head[at + 3] as number;
  return head[at] === 0x02 && head[at + 1] === 0x01 && (version === 0 || version === 1 || version === 3) && (next === 0x30 || next === 0x02 || next === 0x04);
}
