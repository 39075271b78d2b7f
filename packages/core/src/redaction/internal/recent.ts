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
