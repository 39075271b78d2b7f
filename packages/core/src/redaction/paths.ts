/**
 * Redaction paths in the style of pino's `redact.paths`: dot and bracket notation over the
 * event, with `*` matching any one key or index, e.g. `tool.arguments.card.number`,
 * `attrs["x-api-key"]`, `tool.arguments.items[*].ssn`, `content.*.password`.
 */
export type PathSegment = string;

export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  let index = 0;
  let current = '';
  const flush = () => {
    if (current.length > 0) segments.push(current);
    current = '';
  };
  while (index < path.length) {
    const char = path[index] as string;
    if (char === '.') {
      flush();
      index++;
    } else if (char === '[') {
      flush();
      const close = path.indexOf(']', index);
      if (close === -1) throw new Error(`redaction path ${JSON.stringify(path)}: unclosed [`);
      let inner = path.slice(index + 1, close).trim();
      if ((inner.startsWith('"') && inner.endsWith('"')) || (inner.startsWith("'") && inner.endsWith("'"))) inner = inner.slice(1, -1);
      if (inner.length === 0) throw new Error(`redaction path ${JSON.stringify(path)}: empty []`);
      segments.push(inner);
      index = close + 1;
    } else {
      current += char;
      index++;
    }
  }
  flush();
  if (segments.length === 0) throw new Error(`redaction path ${JSON.stringify(path)} is empty`);
  return segments;
}

/** True when the concrete path (segments from the event root) is matched by a pattern. */
export function pathMatches(pattern: readonly PathSegment[], concrete: readonly string[]): boolean {
  if (pattern.length !== concrete.length) return false;
  for (let index = 0; index < pattern.length; index++) {
    const segment = pattern[index];
    if (segment !== '*' && segment !== concrete[index]) return false;
  }
  return true;
}
