/**
 * A bounded map that keeps what recurs: two generations of up to `generation` entries each.
 * When the current generation is full it becomes the old one (the older one is dropped); an
 * entry found in the old generation moves to the current one. Values that keep recurring stay,
 * one-off values (a new email per event) pass through, and at most 2 x `generation` entries are
 * held. (Clearing one map when full, as before, also dropped every recurring value each time.)
 */
export class RecentMap<K, V> {
  private current = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(private readonly generation: number) {}

  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const older = this.old.get(key);
    if (older !== undefined) this.set(key, older);
    return older;
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.generation) {
      this.old = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}

/**
 * A 32-bit fingerprint of a text (FNV-1a over its UTF-16 code units, then its length mixed in).
 * Equal texts have equal fingerprints; different texts rarely do (a collision only makes
 * RecurringTexts keep a text one sighting early).
 */
export function textFingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash ^ text.length) >>> 0;
}

/**
 * What was worked out for long texts that recur: a model's instructions and the conversation so
 * far, which every model call of an agent sends again (the AI SDK's and LangChain's prompts), so
 * their redaction would otherwise grow with the square of the steps. A text is kept from its
 * second sighting on: the first leaves only its fingerprint (textFingerprint), so one-off texts
 * (each event's own tool result) are neither held nor copied by the garbage collector.
 * Two generations as in RecentMap, bounded by characters (at most 2 x `maxChars` characters of
 * keys) and fingerprints (at most 2 x `maxFingerprints` numbers).
 */
export class RecurringTexts<V> {
  private current = new Map<string, V>();
  private old = new Map<string, V>();
  private chars = 0;
  private seen = new Set<number>();
  private seenOld = new Set<number>();

  constructor(
    private readonly maxChars: number,
    private readonly maxFingerprints: number,
  ) {}

  /**
   * The value kept for `text`, or undefined; `sighted` is false when the text was not seen
   * before (nothing is kept for it then, and this sighting is noted).
   */
  get(text: string): { value: V | undefined; sighted: boolean } {
    const fingerprint = textFingerprint(text);
    if (!this.seen.has(fingerprint) && !this.seenOld.has(fingerprint)) {
      if (this.seen.size >= this.maxFingerprints) {
        this.seenOld = this.seen;
        this.seen = new Set();
      }
      this.seen.add(fingerprint);
      return { value: undefined, sighted: false };
    }
    return { value: this.find(text), sighted: true };
  }

  /**
   * The value kept for `text`, or undefined, whether or not its fingerprint was noted: for texts
   * kept from their first sighting (a conversation's messages, which recur by design).
   */
  find(text: string): V | undefined {
    const value = this.current.get(text);
    if (value !== undefined) return value;
    const older = this.old.get(text);
    if (older !== undefined) this.set(text, older);
    return older;
  }

  /** Keeps `value` for `text` (a text longer than `maxChars` is not kept). */
  set(text: string, value: V): void {
    if (text.length > this.maxChars) return;
    if (this.chars + text.length > this.maxChars) {
      this.old = this.current;
      this.current = new Map();
      this.chars = 0;
    }
    this.current.set(text, value);
    this.chars += text.length;
  }
}
