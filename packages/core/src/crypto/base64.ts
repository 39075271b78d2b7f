// Strict standard base64 (RFC 4648 section 4, with padding) for the signed-note and
// checkpoint formats. Node's Buffer decoder silently skips invalid characters and
// accepts missing padding; a verifier must not, or two different strings would decode
// to the same signature or root.

const canonical = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Standard base64 with padding. */
export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/**
 * Decode standard padded base64, or return undefined when `text` is not the canonical
 * encoding of some byte string (bad characters, missing padding, non-zero trailing bits).
 * Never echoes the input, so it is safe on secret material.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (typeof text !== 'string' || !canonical.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  // Reject encodings whose unused trailing bits are not zero (e.g. "AB==" vs "AA==").
  if (bytes.toString('base64') !== text) return undefined;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
