/**
 * A Map that keeps at most `max` entries, forgetting the oldest first. The run's caches are keyed by text
 * a repository writes (rendered files, policy texts, image references, Git trees, glob sets): a bound
 * keeps a hostile repository from growing them without limit, and a handful of entries covers the sides
 * and clusters being planned.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.max && !this.has(key)) this.delete(this.keys().next().value as K);
    return super.set(key, value);
  }

  /** The value kept for `key`, made (and kept) on first use. */
  getOr(key: K, make: () => V): V {
    const hit = this.get(key);
    if (hit !== undefined || this.has(key)) return hit as V;
    const made = make();
    this.set(key, made);
    return made;
  }
}
