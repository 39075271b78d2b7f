/**
 * A view of a string that the detectors read instead of, or beside, the string as written (its
 * percent-decoded, character-reference-decoded or base64-decoded spelling; its layout rewritten):
 * `text`, and for each of its units j the offsets `[starts[j], ends[j])` of the original characters
 * it stands for, so that a span found in the view masks the original. `changed[j]` counts how many
 * of the first j units were rewritten (decoded, or taken for other characters).
 */
export interface TextView {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  changed: Int32Array;
}

/** Writes a TextView one unit at a time, for at most `capacity` units. */
export class TextViewWriter {
  private readonly units: string[] = [];
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly changed: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.changed = new Int32Array(capacity + 1);
  }

  /** Appends `unit` (one UTF-16 unit of the view), standing for the original's `[from, to)`; `rewritten` when it is not that text as written. */
  emit(unit: string, from: number, to: number, rewritten: boolean): void {
    const j = this.count;
    this.units.push(unit);
    this.starts[j] = from;
    this.ends[j] = to;
    this.changed[j + 1] = (this.changed[j] as number) + (rewritten ? 1 : 0);
    this.count = j + 1;
  }

  /** How many units written so far were rewritten. */
  get rewritten(): number {
    return this.changed[this.count] as number;
  }

  /** The view written (its arrays cut to the units written). */
  finish(): TextView {
    const j = this.count;
    return { text: this.units.join(''), starts: this.starts.subarray(0, j), ends: this.ends.subarray(0, j), changed: this.changed.subarray(0, j + 1) };
  }
}
